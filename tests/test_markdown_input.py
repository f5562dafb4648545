"""Markdown input: inline markup out of every field value, ``raw`` as written, structure as the stages know it."""

from __future__ import annotations

import stmtkit
from stmtkit.inputs.markdown_text import markdown_lines

LETTER = """\
---
title: "Letter on the **harbour** ferry"
date: 2023-04-18
---

<div align="center">

## A letter on the harbour ferry

</div>

We, the *commuters* of the east bank, read the [council's notice](https://council.example/n) with alarm.

We ask for:

- a ferry every **twenty** minutes;
- the `night` service kept; and
- a stop at the \\_old pier\\_

![The ferry at dawn](ferry.jpg)

Signed by:

| Name | Affiliation |
| --- | --- |
| **Eva Lindqvist** | [East Bank Commuters](https://ebc.example) |
| Karim Said | night nurse |
"""


def test_lines_keep_their_numbers_and_raw_text_while_text_loses_inline_markup() -> None:
    lines = markdown_lines(LETTER)
    assert len(lines) == LETTER.count("\n")
    by_number = {ln.number: ln for ln in lines}
    assert by_number[1].text == "---"  # front matter is left to its stage, its values read as any text
    assert by_number[2].text == 'title: "Letter on the harbour ferry"' and "**harbour**" in by_number[2].raw
    assert by_number[6].text == "" and by_number[6].raw == '<div align="center">'
    assert by_number[8].text == "A letter on the harbour ferry"
    assert by_number[12].text == "We, the commuters of the east bank, read the council's notice with alarm."
    assert by_number[12].raw.startswith("We, the *commuters*")
    assert by_number[16].text == "- a ferry every twenty minutes;"
    assert by_number[18].text == "- a stop at the _old pier_"
    assert by_number[20].text == "The ferry at dawn"
    assert by_number[26].text == "| Eva Lindqvist | East Bank Commuters |"


def test_a_markdown_statement_parses_to_clean_fields() -> None:
    doc = stmtkit.parse(LETTER, source="letter.md")
    record = doc.to_dict()
    assert record["source"]["format"] == "markdown" and record["source"]["line_numbers"] == "input"
    assert record["metadata"] == {"title": "Letter on the harbour ferry", "date": "2023-04-18"}
    assert record["title"] == "Letter on the harbour ferry"
    assert doc.dateline is not None and str(doc.dateline.date) == "2023-04-18"
    items = doc.lists[0].items
    assert [i.text for i in items[:2]] == ["a ferry every twenty minutes", "the night service kept"]
    assert items[0].raw == "- a ferry every **twenty** minutes;"  # raw keeps the markup
    assert [(s.name, s.affiliation or s.role) for s in doc.signatories] == [
        ("Eva Lindqvist", "East Bank Commuters"), ("Karim Said", "night nurse")]
    assert doc.signatories[0].raw == "**Eva Lindqvist**"  # the name's cell as written
    # every field value is clean, raw keeps the input as written
    assert not [v for v in _values(record, skip=("raw",)) if any(m in v for m in ("**", "](", "`", "<div", "\\_"))]


SIGNED = """\
# Letter on the creek path

We ask the council to keep the creek path open to walkers all year.

**Signed by:**

- **Ana Ruiz** (chair, [Friends of the Creek](https://creek.example))
- [Li Wei](https://li.example), teacher
- Tom \\_Berg\\_, _Riverside School_

**Eva Holm**, [Ole Dahl](https://ole.example), *Kim Lund*, Jan Berg and Per Moe
"""


def test_a_signatory_reads_clean_fields_while_raw_keeps_the_markup_as_written() -> None:
    doc = stmtkit.parse(SIGNED, source="creek.md")
    got = [(s.name, s.role, s.affiliation, s.raw) for s in doc.signatories]
    assert got[:3] == [
        ("Ana Ruiz", "chair", "Friends of the Creek", "- **Ana Ruiz** (chair, [Friends of the Creek](https://creek.example))"),
        ("Li Wei", "teacher", None, "- [Li Wei](https://li.example), teacher"),
        ("Tom _Berg_", None, "Riverside School", "- Tom \\_Berg\\_, _Riverside School_"),
    ]
    # several signers on one line: each raw is its own stretch of the line, markup and link included
    assert [(s.name, s.raw) for s in doc.signatories[3:]] == [
        ("Eva Holm", "**Eva Holm**"), ("Ole Dahl", "[Ole Dahl](https://ole.example)"),
        ("Kim Lund", "*Kim Lund*"), ("Jan Berg", "Jan Berg"), ("Per Moe", "Per Moe")]
    assert all(s.raw in SIGNED for s in doc.signatories)


def test_the_same_letter_as_plain_text_keeps_raw_as_the_entry_read() -> None:
    doc = stmtkit.parse(SIGNED, source="creek.txt")
    assert doc.to_dict()["source"]["format"] == "text"
    assert all(s.raw in SIGNED for s in doc.signatories)


def _values(node: object, skip: tuple[str, ...]) -> list[str]:
    """Every string in a record, those under the ``skip`` keys left out."""
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [v for key, child in node.items() if key not in skip for v in _values(child, skip)]
    if isinstance(node, list):
        return [v for child in node for v in _values(child, skip)]
    return []


def test_markdown_is_detected_by_content_without_a_name() -> None:
    doc = stmtkit.parse(LETTER.split("---\n", 2)[2])
    assert doc.to_dict()["source"]["format"] == "markdown"


def test_a_text_file_with_markdown_signs_stays_text_when_named_txt() -> None:
    doc = stmtkit.parse(LETTER, source="letter.txt")
    assert doc.to_dict()["source"]["format"] == "text"


def test_an_autolink_keeps_its_brackets_as_plain_text_writes_a_contact() -> None:
    lines = markdown_lines("Signed by:\n\n- Ana Ruiz <ana@example.org>\n- [Li Wei](https://example.org/li)\n")
    assert [ln.text for ln in lines if ln.text.startswith("-")] == ["- Ana Ruiz <ana@example.org>", "- Li Wei"]
