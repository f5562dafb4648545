"""The block a closing formula opens (``Sincerely,``, ``С уважением, Дмитрий Шубин``), the last one in the text."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from ..model import SignatureBlock
from ..state import Context
from .block import Found, closes_the_text, collect_rows, read_block
from .layouts import Row
from .lines import at_least_words, closing_of

# A closing formula among the last lines of the text opens a block as it is.
_CLOSING_WINDOW = 12
# "Saygılarımızla, Ege Kıyı Gönüllüleri Derneği": a sign-off on one line is short.
MAX_SIGN_OFF_WORDS = 12
# A closing formula far from the end opens a block of at least this many people with their functions.
_MIN_SIGNED_IN_FULL = 3


def after_closing(ctx: Context, inside: Callable[[int], bool]) -> Iterator[tuple[str, SignatureBlock]]:
    """``Sincerely,`` (or ``С уважением, Имя``), the last one in the text, then the signers.

    Near the end it is taken as it is; further up (a letter closed by a long list of
    signers) the block it opens must close the text.
    """
    content = ctx.free_content()
    position = len(content)
    asked, found = None, None  # a line repeated in a row is asked about once
    for number, text in zip(content.numbers_reversed(), content.texts_reversed(), strict=True):
        position -= 1
        if text != asked:
            asked, found = text, closing_of(text)
        if not found:
            continue
        formula, inline = found
        if inside(number) or (inline and at_least_words(inline, MAX_SIGN_OFF_WORDS + 1)):
            return
        rows = collect_rows(ctx, number + 1)
        block = read_block(Found(formula, number, inline), rows)
        near_the_end = position >= len(content) - _CLOSING_WINDOW
        first = _first_paragraph(rows)
        if block and len(first) < len(rows) and not _signed_in_full(block):
            # the paragraph under the formula is people with their functions, and the page goes on below it
            # (the letter an e-mail forwards, an address): that paragraph, wherever it stands
            head = read_block(Found(formula, number, inline), first)
            if head and _signed_in_full(head):
                yield "closing", head
                return
        if block and (near_the_end or closes_the_text(ctx, block.lines[1])):
            yield "closing", block
        return


def _first_paragraph(rows: Sequence[Row]) -> Sequence[Row]:
    """The rows up to the first blank line between two of them."""
    for at in range(1, len(rows)):
        if rows[at].after_blank:
            return rows[:at]
    return rows


def _signed_in_full(block: SignatureBlock) -> bool:
    """Under the formula, several people each with a function or body (``Anna Berg, professor, a@b.example``):
    the letter's signers even where the page goes on (the letter it forwarded, an address, more text)."""
    signers = block.signatories
    return len(signers) >= _MIN_SIGNED_IN_FULL and all(s.kind == "person" and (s.role or s.affiliation) for s in signers)
