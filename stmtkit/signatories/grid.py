"""Entries set out in columns padded with spaces, several on a line:
``Ana Ruiz, UTA        Tomás Gil, UNAP        Eva Sol, UNAP``.

A page laid out as a grid (or a document converted to text) keeps each cell's entry apart by a run of
spaces only.  Read as one text, the line was one name and its fields were the other names.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..patterns import lazy
from .inline import is_full_name
from .rows import Entry, Row
from .segments import split_segments

# Three spaces or more between two cells: one space is a word's, two a typist's slip.
_GAP = lazy(r" {3,}")


def grid_entries(rows: Sequence[Row]) -> list[Entry] | None:
    """Each cell of the rows an entry, when a row holds two cells or more and every cell opens with a full name
    (``Maria Keller      (Teacher)`` is one name and its field set apart, not a grid)."""
    cells_by_row = [_GAP.split(row.line.text.strip()) for row in rows]
    if not any(len(cells) >= 2 for cells in cells_by_row):
        return None
    entries: list[Entry] = []
    for row, cells in zip(rows, cells_by_row, strict=True):
        for cell in cells:
            if not is_full_name(split_segments(cell)[0] if "," in cell else cell):
                return None
            entries.append(Entry(cell, (row.line.number, row.line.number)))
    return entries
