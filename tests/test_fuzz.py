"""Properties that hold for every input: any bytes or text give a record or a ``StmtkitError``.

And what a record says does not depend on the state the text arrived in:
parsing the normalised text again gives the same title, dateline,
signatories and lists.
"""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import stmtkit
from conftest import examples
from stmtkit.decode import decode
from stmtkit.normalize import normalize

# Lines a statement is made of, in several languages and states, to mix with random text.
FRAGMENTS = [
    "",
    "Des associations demandent un moratoire sur l'extension du port",
    "# 14 mars 2025 09:30 (UTC +01:00)",
    "27 мая 2024, 17:59",
    "May 27, 2024 5:59 PM (GMT+4)",
    "BAKU, May 27 (APA) —",
    "Nous demandons à la métropole de suspendre les travaux :",
    "1. Une étude indépendante de la qualité de l'air ;",
    "2) La publication intégrale des contrats",
    "a) first item",
    "• bullet item",
    "Signé par:",
    "Signed by:",
    "Подписали:",
    "İmzalayanlar:",
    "-Claire Fontanel",
    "- Rachid Benali, président, Association des riverains",
    "Dr. Jane Roe (University of Nowhere)",
    "Анна Петровна Смирнова, председатель",
    "Organisations:",
    "Individuals:",
    "#",
    "En transaction",
    "Share on Facebook",
    "Sincerely,",
    "dÃ©claration signÃ©e",
    "Signe\u0301 par\u00a0:",
    "Sig\u200bned by:",
    "\ufeff\u200e",
    "-" * 40,
    "1. " * 20,
]

LINES = st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=40))
DOCUMENTS = st.lists(LINES, max_size=30).map("\n".join)
SETTINGS = settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])


def fields(doc: stmtkit.Statement) -> dict[str, Any]:
    return {
        "title": doc.title.text if doc.title else None,
        "dateline": doc.dateline.to_dict() if doc.dateline else None,
        "signatories": [s.to_dict() for s in doc.signatories],
        "lists": [block.to_dict() for block in doc.lists],
    }


def parse_or_error(data: str | bytes) -> stmtkit.Statement | None:
    try:
        doc = stmtkit.parse(data)
    except stmtkit.StmtkitError as exc:
        assert str(exc)
        assert exc.to_dict()["error"] != "internal-error", str(exc)
        return None
    doc.to_json()  # every record serialises
    return doc


@SETTINGS
@given(st.binary(max_size=2000))
def test_any_bytes_give_a_record_or_a_stmtkit_error(data: bytes) -> None:
    parse_or_error(data)


@SETTINGS
@given(st.text(max_size=2000))
def test_any_text_gives_a_record_or_a_stmtkit_error(text: str) -> None:
    doc = parse_or_error(text)
    assert doc is not None  # text is never refused, only bytes can be


@SETTINGS
@given(DOCUMENTS)
# Found by this property: an entry line that cleaning leaves empty ("^") under a role-like line.
@example("Signé par:\n@\na\n^")
def test_statement_like_text_gives_a_record(text: str) -> None:
    assert parse_or_error(text) is not None


def dateline_between_signatories(record: dict[str, Any]) -> bool:
    """A letter's place and date line between two runs of signers: the signature block is read across
    it (its span holds the line), the dateline owns the line and no signatory does."""
    first, last = record["dateline"]["lines"]
    sig = record["signatures"]
    if not sig or not (sig["lines"][0] < first and last < sig["lines"][1]):
        return False
    return not any(s["lines"][0] <= last and first <= s["lines"][1] for s in sig["signatories"])


@SETTINGS
@given(DOCUMENTS, st.sampled_from(["utf-8", "utf-16", "utf-8-sig"]), st.booleans())
# Found by this property: a date line between two runs read as signers (the block is read across it).
@example("Nous demandons à la métropole de suspendre les travaux :\n"
         "Des associations demandent un moratoire sur l'extension du port\n# 14 mars 2025 09:30 (UTC +01:00)\n"
         "2) La publication intégrale des contrats\n@", "utf-8", False)
def test_every_line_ends_in_exactly_one_element(text: str, encoding: str, crlf: bool) -> None:
    if crlf:
        text = text.replace("\n", "\r\n")
    doc = parse_or_error(text.encode(encoding, errors="surrogatepass"))
    if doc is None:
        return
    record = doc.to_dict()
    spans = [record["title_lines"]] if record.get("title_lines") else []
    spans += [e["lines"] for e in record["preamble"] + record["body"] + record["boilerplate"]]
    spans += [s["lines"] for s in (record["signatures"], record["metadata_lines"] and {"lines": record["metadata_lines"]}) if s]
    if record["dateline"] and not dateline_between_signatories(record):
        spans.append(record["dateline"]["lines"])
    covered = sorted(n for first, last in spans for n in range(first, last + 1))
    assert len(covered) == len(set(covered)), "a line belongs to two elements"


@SETTINGS
@given(DOCUMENTS)
def test_parsing_the_normalised_text_again_gives_the_same_fields(text: str) -> None:
    data = text.encode("utf-8", errors="surrogatepass")
    first = parse_or_error(data)
    if first is None:
        return
    normalised, _ = normalize(decode(data).text)
    again = parse_or_error(normalised)
    assert again is not None
    assert fields(again) == fields(first)
    assert normalize(normalised) == (normalised, [])
