"""Signers under a header line that names their columns: ``Name / Affiliation``, ``氏名/所属``.

Not a table (no bar or tab on the rows below): the header says the lines under it are
signers, each entry ``Name (Affiliation)`` or ``Name / Affiliation``, one a line or
many on one line between slashes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from ..data import folded_cues as cue
from ..fold import fold_key
from ..model import SignatureBlock
from ..patterns import lazy
from ..state import Context
from .block import Found, collect_rows, read_block

_CELL_SEPARATOR = lazy(r"\s*[/／|]\s*")
# A header of column names is short: two to four names of a few words.
_MAX_HEADER_CHARS = 60
_MAX_CELLS = 4


def column_header(text: str) -> bool:
    """``Name / Affiliation``, ``氏名/所属``: two to four column names, one of them the name's."""
    if len(text) > _MAX_HEADER_CHARS or not ("/" in text or "／" in text or "|" in text):
        return False
    cells = [c for c in _CELL_SEPARATOR.split(text.strip().strip("|")) if c]
    if not 2 <= len(cells) <= _MAX_CELLS:
        return False
    fields = [cue.TABLE_COLUMNS.get(fold_key(c)) for c in cells]
    return all(fields) and "name" in fields


def under_column_headers(ctx: Context, inside: Callable[[int], bool]) -> Iterator[tuple[str, SignatureBlock]]:
    """The block under the first header line naming the signers' columns, the header its first line."""
    for line in ctx.free_content():
        if inside(line.number) or not column_header(line.text):
            continue
        rows = collect_rows(ctx, line.number + 1)
        block = read_block(Found(None, line.number, ""), rows) if rows else None
        if block is not None:
            yield "table", block
            return
