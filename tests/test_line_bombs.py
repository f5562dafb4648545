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
