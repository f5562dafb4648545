"""Signers under a header line that names their columns: ``Name / Affiliation``, ``氏名/所属``.

Not a table (no bar or tab on the rows below, which ``candidates`` reads): the header says the lines under it are
signers, each entry ``Name (Affiliation)`` or ``Name / Affiliation``, one a line or
many on one line between slashes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from ..data import folded_cues as cue
from ..fold import fold_key
from ..model import SignatureBlock
from ..state import Context
from .block import Found, collect_rows, read_block

# A header of column names is short: two to four names of a few words.
_MAX_HEADER_CHARS = 60
_MAX_CELLS = 4


def column_header(text: str) -> bool:
    """``Name / Affiliation``, ``氏名/所属``: two to four column names, one of them the name's."""
    if len(text) > _MAX_HEADER_CHARS or not ("/" in text or "／" in text):
        return False
    cells = [c.strip() for c in text.replace("／", "/").split("/") if c.strip()]
    if not 2 <= len(cells) <= _MAX_CELLS:
        return False
    fields = []
    for cell in cells:  # the first cell that names no column settles it: most slashes are dates or paths
        field = cue.TABLE_COLUMNS.get(fold_key(cell)) if cell[:1].isalpha() else None
        if field is None:
            return False
        fields.append(field)
    return "name" in fields


def under_column_headers(ctx: Context, inside: Callable[[int], bool]) -> Iterator[tuple[str, SignatureBlock]]:
    """The block under the first header line naming the signers' columns, the header its first line."""
    if not ctx.lines.holds("/／"):
        return  # a header splits its names at a slash
    for number, text in ctx.free_content().items():
        if "/" not in text and "／" not in text:
            continue  # most lines: no call
        if not column_header(text) or inside(number):
            continue
        rows = collect_rows(ctx, number + 1)
        block = read_block(Found(None, number, ""), rows) if rows else None
        if block is not None:
            yield "table", block
            return
