"""Hostile inputs: each gives a record or a clear error, and finishes.

The inputs are the shapes that made earlier versions hang or crawl: one huge
line, runs of one character, hundreds of thousands of list labels or
signature headings, binary junk, a file cut mid-character.  Nothing here
times the parse (``bench/hostile.py`` does); a guard fails a test that runs
for minutes instead of letting it hang CI.  The biggest inputs are marked
``hostile`` (``pytest -m "not hostile"`` leaves them out); the whole file
runs in well under a minute.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator

import pytest

import stmtkit

GUARD_SECONDS = 120


@pytest.fixture(autouse=True)
def hang_guard() -> Iterator[None]:
    """Fail (not hang) when a parse goes quadratic again."""
    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def expired(signum: int, frame: object) -> None:
        raise TimeoutError(f"still parsing after {GUARD_SECONDS} s: a stage is no longer linear")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(GUARD_SECONDS)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def lines_accounted(doc: stmtkit.Statement, text: str) -> None:
    """Every non-blank line of the input is in exactly one element."""
    record = doc.to_dict()
    spans = [e["lines"] for e in record["preamble"] + record["body"] + record["boilerplate"]]
    for key in ("dateline", "signatures"):
        if record[key]:
            spans.append(record[key]["lines"])
    if doc.title:
        spans.append(list(doc.title.lines))
    if record["metadata_lines"]:
        spans.append(record["metadata_lines"])
    covered = [n for first, last in spans for n in range(first, last + 1)]
    assert len(covered) == len(set(covered)), "a line is in two elements"
    content = {n for n, line in enumerate(text.split("\n"), start=1) if line.strip()}
    assert content <= set(covered), "a line is in no element"


@pytest.mark.hostile
def test_a_10_mb_single_line() -> None:
    text = "word " * 2_000_000
    lines_accounted(stmtkit.parse(text.encode()), text)


def test_a_million_dashes() -> None:
    text = "-" * 1_000_000
    lines_accounted(stmtkit.parse(text), text)


@pytest.mark.hostile
def test_100_000_lines_of_dashes() -> None:
    text = "-\n" * 100_000
    lines_accounted(stmtkit.parse(text), text)


def test_300_000_labels_on_one_line() -> None:
    text = "1. " * 300_000
    lines_accounted(stmtkit.parse(text), text)


@pytest.mark.hostile
def test_30_000_numbered_lines() -> None:
    text = "1. x\n" * 30_000
    lines_accounted(stmtkit.parse(text), text)


@pytest.mark.hostile
def test_50_000_signature_headings() -> None:
    text = "Signed by:\n" * 50_000
    doc = stmtkit.parse(text)
    assert doc.signatures is None
    assert {w.code for w in doc.warnings} == {"signatures-heading-without-names"}
    lines_accounted(doc, text)


@pytest.mark.hostile
def test_20_000_names_on_one_line() -> None:
    syllables = ["ka", "lo", "mi", "ren", "sa", "tu", "vel", "zor", "an", "ber"]
    words = [(a + b + c).capitalize() for a in syllables for b in syllables for c in syllables]
    names = ", ".join(f"{words[i % 1000]} {words[(i * 7 + 3) % 1000]}" for i in range(20_000))
    text = f"A statement\n\nWe demand an answer.\n\nSigned by:\n{names}\n"
    doc = stmtkit.parse(text)
    assert doc.signatures is not None
    assert len(doc.signatories) > 10_000
    lines_accounted(doc, text)


@pytest.mark.parametrize("space", [" ", "\t", "\u00a0"])
def test_a_run_of_200_000_spaces_inside_a_line(space: str) -> None:
    doc = stmtkit.parse("Signed by:\n- Jane" + space * 200_000 + "Roe\n- John Doe\n")
    assert "long-space-runs" in doc.source.repairs
    assert doc.signatures is not None


def test_binary_junk_is_refused() -> None:
    with pytest.raises(stmtkit.DecodeError, match="binary"):
        stmtkit.parse(os.urandom(1_000_000))


def test_binary_junk_in_the_middle_of_text_is_dropped() -> None:
    text = b"Title\n\n" + b"We ask the council to publish the contracts. " * 40
    doc = stmtkit.parse(text + b"\n" + bytes(range(1, 9)) * 5 + b"\n\nSigned by:\n- Jane Roe\n- John Doe\n")
    assert "control-characters" in doc.source.repairs
    assert [s.name for s in doc.signatories] == ["Jane Roe", "John Doe"]


@pytest.mark.parametrize("cut", [1, 2, 3])
def test_a_file_cut_mid_character(cut: int) -> None:
    data = "Signed by:\n- Jane Roe\n- Zoë 𝔘".encode()
    doc = stmtkit.parse(data[: len(data) - cut])
    assert doc.source.encoding == "utf-8"
    assert doc.source.repairs == ("truncated-character",)


def test_a_long_word() -> None:
    text = "a" * 1_000_000 + "\n" + "Ab" * 200_000
    lines_accounted(stmtkit.parse(text), text)


@pytest.mark.parametrize("unit", ["(", "[", "A. ", "Dr. ", ". ", ", ", "1.1.", "a-", "**", "# ", "@a ", "é"])
def test_runs_of_one_pattern(unit: str) -> None:
    stmtkit.parse(unit * (200_000 // len(unit)))


def _page(body: str) -> bytes:
    return f"<!DOCTYPE html><html><head><title>A page</title></head><body>{body}</body></html>".encode()


@pytest.mark.hostile
def test_a_page_of_a_million_tags_gives_its_text() -> None:
    doc = stmtkit.parse(_page("<span>x</span> " * 500_000), source="tags.html")
    assert doc.to_dict()["source"]["format"] == "html"
    assert sum(e.text.count("x") for e in (*doc.preamble, *doc.body) if isinstance(e, stmtkit.model.Paragraph)) == 500_000


@pytest.mark.hostile
def test_a_20_mb_page_is_read_and_one_byte_more_than_the_limit_is_refused_naming_the_file() -> None:
    syllables = ["ka", "lo", "mi", "ren", "sa", "tu", "vel", "zor", "an", "ber"]
    words = [a + b + c for a in syllables for b in syllables for c in syllables]
    # 20,000 paragraphs of a kilobyte each: the page's size, not a count of lines, is what is tried here
    paragraph = "<p>" + "The council met again and agreed on nothing, as each season. " * 16 + "({} {})</p>\n"
    body = "".join(paragraph.format(words[n % 1000], words[n // 1000]) for n in range(20_000))
    data = _page(body)
    assert len(data) > 18_000_000
    doc = stmtkit.parse(data, source="big.html")
    assert len(doc.body) + len(doc.preamble) == 20_000  # every paragraph, none lost
    with pytest.raises(stmtkit.TooLargeError, match=r"big\.html") as caught:
        stmtkit.parse(data, source="big.html", max_bytes=len(data) - 1)
    assert caught.value.path == "big.html"
