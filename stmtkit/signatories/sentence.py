"""A sentence ending in a full stop that says the names below it signed, as a candidate block.

``The statement is signed by the following federations, in alphabetical order.`` then a group
label and the names: weaker evidence than a heading, looked for only in the last paragraphs
of the text (the names must close it) and only when no stronger candidate could be beaten.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..fold import fold_words
from ..lines import Line, Lines
from ..model import SignatureBlock
from ..state import Context
from .block import Found, collect_rows, read_block
from .cues import names_signing
from .inline import inline_names
from .lines import at_least_words, heading_of
from .text_around import MIN_TEXT_WORDS, closes_the_text

# A sentence ending in a full stop heads the names only when one comes right below it.
_MAX_BLANK_LINES_BELOW = 2
# The signing sentence, and at most one paragraph after its names: the last paragraphs of the text.
_MAX_PARAGRAPHS_UNDER_SENTENCE = 2
# A name or a group label below the sentence is short; the sentence is one sentence.
_MAX_NAME_LINE_WORDS = 10
_MAX_SENTENCE_WORDS = 40


def _short_line_below(ctx: Context, number: int) -> Line | None:
    """The next non-blank line when it is short and ends no sentence (a name or a group label), not
    more prose; the caller asks whether it is a heading of its own (``… signed at our office.`` / ``Signatories:``)."""
    for n in range(number + 1, min(number + _MAX_BLANK_LINES_BELOW + 2, len(ctx.lines) + 1)):
        if ctx.lines.text_at(n):
            below = ctx.line(n)
            text = below.text
            return None if text.endswith(".") or at_least_words(text, _MAX_NAME_LINE_WORDS + 1) else below
    return None


def signing_sentences(ctx: Context, content: Lines) -> Iterator[SignatureBlock]:
    """Blocks under a sentence ending in a full stop that says the names below signed; the names
    close the text, so only the last paragraphs are read (going up, past the names)."""
    paragraphs = 0
    for number, text in zip(content.numbers_reversed(), content.texts_reversed(), strict=True):  # no Line a line
        if text.endswith("."):
            below = _short_line_below(ctx, number)
            block = _names_after_colon(text, number)  # "Ont déjà signé : A, B, C…": the names are the sentence's own
            found = signing_sentence_of(text) if block is None and below is not None and heading_of(below) is None else None
            block = _signing_sentence_block(ctx, number, found[0]) if found else block
            if block is not None:
                yield block
                return
        if at_least_words(text, MIN_TEXT_WORDS):
            paragraphs += 1
            if paragraphs > _MAX_PARAGRAPHS_UNDER_SENTENCE:
                return


def _names_after_colon(text: str, number: int) -> SignatureBlock | None:
    """A sentence saying who signed (line ``number``'s ``text``), then a colon and its names, closed by a full stop
    or an ellipsis (the list goes on elsewhere): the names after the colon, and nothing of the lines below (the
    page goes on there)."""
    head, colon, rest = text.partition(":")
    names = rest.strip().rstrip(" .…").strip()
    if not colon or at_least_words(head, _MAX_HEAD_WORDS + 1) or not names_signing(fold_words(head)):
        return None
    if len(inline_names(names, two_names=True)) < _MIN_INLINE_NAMES:
        return None
    return read_block(Found(head.strip(), number, names), [])


# "Ont déjà signé", "Among the first to sign were": a few words before the colon; two names after it at least.
_MAX_HEAD_WORDS = 6
_MIN_INLINE_NAMES = 2


def _signing_sentence_block(ctx: Context, number: int, heading: str) -> SignatureBlock | None:
    """The names under a sentence saying they signed, when they close the text."""
    rows = collect_rows(ctx, number + 1)
    if not rows or not closes_the_text(ctx, rows[-1].line.number):
        return None
    return read_block(Found(heading, number, ""), rows)


def signing_sentence_of(text: str) -> tuple[str, str] | None:
    """A sentence ending in a full stop that says the names below signed
    (``The statement is signed by the following federations, in alphabetical order.``)."""
    plain = text.strip().strip("*_ ")
    if at_least_words(plain, _MAX_SENTENCE_WORDS + 1):
        return None
    return (plain.rstrip(" ."), "") if names_signing(fold_words(plain)) else None
