"""Signature blocks laid out as tables: markdown pipe tables and tab-separated columns, with or without a header row."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..data import folded_cues as cue
from ..fold import fold_key
from ..lines import Line
from ..patterns import lazy
from .rows import Entry, Row

_TABLE_RULE = lazy(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$")


def pipe_cells(text: str) -> list[str]:
    """``| Jane Roe | Director |`` → the cells; ``[]`` when the line is not a table row."""
    if not text.startswith("|") and text.count("|") < 2 and " | " not in text:
        return []  # ("Jane Roe | Director": a scrape's row of two cells has one bar between them)
    if _TABLE_RULE.match(text):
        return ["---"]
    cells = [c.strip() for c in text.strip().strip("|").split("|")]
    return cells if len(cells) >= 2 or text.startswith("|") else []


def tab_cells(raw: str) -> list[str]:
    if "\t" not in raw:
        return [raw.strip()] if raw.strip() else []  # one cell: no loop
    return [c.strip() for c in raw.strip().split("\t") if c.strip()]


def _header(cells: Sequence[str]) -> list[str | None] | None:
    """Column fields from a header row, or None when the row is data."""
    words = cue.TABLE_COLUMNS
    fields = [words.get(fold_key(c)) for c in cells]
    if sum(1 for f in fields if f) * 2 < len(cells) or not any(fields):
        return None
    if "name" not in fields and "affiliation" in fields:
        fields[fields.index("affiliation")] = "name"  # a table of organisations: "| Organisation | Country |"
    return fields


def table_entries(rows: Sequence[Row], cells_of: Callable[[str], list[str]], *, use_raw: bool = False) -> list[Entry]:
    entries: list[Entry] = []
    fields: list[str | None] | None = None
    for i, row in enumerate(rows):
        cells = cells_of(row.line.raw if use_raw else row.line.text)
        if not cells or cells == ["---"]:
            continue
        if i == 0 or (fields is None and i == 1 and entries == []):
            header = _header(cells)
            if header:
                fields = header
                continue
        entries.append(_table_entry(cells, fields, row.line))
    return [e for e in entries if e.text]


def _table_entry(cells: Sequence[str], fields: Sequence[str | None] | None, line: Line) -> Entry:
    span = (line.number, line.number)
    if fields is None:
        # No header: the name first, the other cells as "Name, Role, Organisation" would say.
        return Entry(", ".join(c for c in cells if c), span)
    by_field: dict[str, list[str]] = {}
    for fieldname, cell in zip(fields, cells, strict=False):
        if fieldname and cell:
            by_field.setdefault(fieldname, []).append(cell)
    name = " ".join(by_field.get("name", [])) or (cells[0] if cells else "")
    role = ", ".join(by_field.get("role", [])) or None
    affiliation = ", ".join(by_field.get("affiliation", [])) or None
    return Entry(name, span, role=role, affiliation=affiliation, explicit=True)


def signer_table_header(text: str, raw: str) -> bool:
    """A table's header row that names a column of signers (``| Name | Affiliation |``)."""
    for cells in (pipe_cells(text), tab_cells(raw) if "\t" in raw else []):
        fields = _header(cells) if len(cells) >= 2 else None
        if fields and "name" in fields:
            return True
    return False
