"""Issue 15, bounded memory: runs of identical boilerplate lines are one element with a count.

Peak memory and time of the bombs themselves are measured by bench/memory.py, not here;
these tests check the record's shape and that nothing is held per line of a run.
"""

from __future__ import annotations

import tracemalloc

import pytest

import stmtkit
from conftest import FIXTURES
from stmtkit.state import RUN_AS_ONE


def test_a_run_of_dash_lines_is_one_element_with_its_count() -> None:
    doc = stmtkit.parse(b"-\n" * 5000)
    assert [b.to_dict() for b in doc.boilerplate] == [{"kind": "scrape-marker", "text": "-", "lines": [1, 5000], "count": 5000}]
    assert len(doc.explain) == 1
    assert stmtkit.Statement.from_dict(doc.to_dict()) == doc


def test_a_run_may_have_blank_lines_between_and_ends_at_other_text() -> None:
    text = "Title of the statement\n\nA sentence of the body.\n\n" + "#\n\n" * 20 + "*\n" * 3
    doc = stmtkit.parse(text)
    run = [b for b in doc.boilerplate if b.text == "#"]
    assert len(run) == 1 and run[0].count == 20 and run[0].lines == (5, 43)
    assert [b.count for b in doc.boilerplate if b.text == "*"] == [1, 1, 1]  # shorter than a run


def test_short_runs_stay_one_element_a_line() -> None:
    """The reference's two `#` lines stay two elements, as SPEC shows them."""
    doc = stmtkit.parse_file(FIXTURES / "fr-signes-par.txt")
    assert all(b.count == 1 for b in doc.boilerplate)
    text = "A title here\n\nBody text of it.\n\n" + "-\n" * (RUN_AS_ONE - 1)
    assert [b.count for b in stmtkit.parse(text).boilerplate] == [1] * (RUN_AS_ONE - 1)
    text += "-\n"
    assert [b.count for b in stmtkit.parse(text).boilerplate] == [RUN_AS_ONE]


@pytest.mark.parametrize("unit", [b"-\n", b"1. x\n"], ids=["dash lines", "list lines"])
def test_peak_memory_of_a_line_bomb_is_a_small_constant_per_line(unit: bytes) -> None:
    """100 KB of one short line repeated. The dash lines took 222x the input (a record, an
    explanation and a claim string per line), then 64x (a Line object, its number and two list
    slots per line); the lines are now the text and an array of offsets: 16x, and 19x for the
    list lines (53x before)."""
    # The stages' tables (month names, cue words) load once per process, not per input.
    stmtkit.parse_file(FIXTURES / "fr-signes-par.txt")
    stmtkit.parse(unit * 10)
    data = unit * (100_000 // len(unit))
    tracemalloc.start()
    try:
        stmtkit.parse(data)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 30 * len(data), f"{peak / len(data):.0f}x the input"


def test_a_list_that_starts_inside_a_run_of_one_label_is_found() -> None:
    """A line repeated in a row is read once, and a list is not read again from a line that
    repeats the one above and below it: the list that starts on the last of them is still found."""
    doc = stmtkit.parse("A title for it\n\nSome text of the body above the list.\n\n" + "1. x\n" * 50 + "2. y\n3. z\n")
    assert [(b.lines, [i.text for i in b.items]) for b in doc.lists] == [((54, 56), ["x", "y", "z"])]
    assert [p.lines for p in doc.body if p.to_dict()["type"] == "paragraph"][-1] == (5, 53)


def test_a_date_line_below_a_run_of_one_line_is_read() -> None:
    """Below the lede window a line that repeats one that gave no date is not read again; the next line is."""
    doc = stmtkit.parse("Title of the letter\n\n" + "Point 5 of the plan.\n" * 40 + "\nParis, 12 March 2024\n")
    assert doc.dateline is not None and doc.dateline.lines == (44, 44)


def test_runs_of_two_markers_stay_apart() -> None:
    """Lines added together join a run only when they read the same text."""
    doc = stmtkit.parse("-\n" * 10 + "#\n" * 10 + "-\n" * 10)
    assert [(b.text, b.lines, b.count) for b in doc.boilerplate] == [("-", (1, 10), 10), ("#", (11, 20), 10), ("-", (21, 30), 10)]
