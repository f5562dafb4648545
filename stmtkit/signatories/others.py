"""The count that closes a list of signers: ``…and 1028 other signatories``, ``и ещё 150 человек``.

Such a line is no signer: it is the number of signers the text does not name,
recorded on the block as ``others``.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from ..data.folded_cues import OTHERS_LAST_WORDS as _OTHERS_LAST_WORDS
from ..fold import fold_key, fold_words, wide_chars
from ..model import SignatureBlock
from ..patterns import lazy
from ..state import Context
from .cues import others_count_pattern, others_pattern

# "1 028", "1,028", "1.028": digits with thousands separators.
_NUMBER = lazy(r"\d{1,3}(?:[\s.,\u202f\u00a0]\d{3})+(?!\d)|\d+")
_BLANKS_BEFORE_COUNT = 2


def others_count(text: str) -> int | None:
    """The number of unnamed signers a line states, or None.

    >>> others_count("…and 1028 other signatories"), others_count("+ 1,250 more signatures")
    (1028, 1250)
    >>> others_count("и ещё 150 человек"), others_count("and many others"), others_count("Others joined on 12 May")
    (150, None, None)
    """
    if not _holds_digit(text):
        return None  # most lines: no number to count (asked of every line and entry of the block)
    key = fold_key(text)
    cue = others_count_pattern().match(key) or others_pattern().match(key)
    # the number stands before the cue word ("1028 other …"): "Others joined on 12 May" counts nothing
    number = _NUMBER.search(cue.group()) if cue else None
    if number is None:
        return None
    return int(regex.sub(r"\D", "", number.group()))


def _holds_digit(text: str) -> bool:
    """``any(map(str.isdigit, text))``.  An ASCII text's only digits are 0-9: its bytes less those
    are shorter exactly when it holds one (one C call, where the map calls ``isdigit`` a character).
    Beyond ASCII (where no byte of a wider character is below 128) the same bytes tell its ASCII digits,
    and only its distinct other characters are asked: a line of Cyrillic names uses a few dozen letters."""
    raw = text.encode("utf-8", "surrogatepass")
    if len(raw.translate(None, _ASCII_DIGITS)) != len(raw):
        return True
    return not text.isascii() and any(map(str.isdigit, wide_chars(text)))


_ASCII_DIGITS = b"0123456789"


def with_others_count(ctx: Context, block: SignatureBlock) -> SignatureBlock:
    """The block with the count of its unnamed signers, from a count line inside it or right below it
    (which then joins the block); a count line read as an entry is dropped from the signatories."""
    first, last = block.lines
    count: int | None = None
    for text in ctx.lines[first - 1 : last].texts():
        count = others_count(text) or count
    if count is None and "," in (closing := ctx.text(last)):
        count = without_others_tail(closing)[1]  # the tail of the last line of names ("…, Ole Dahl and 1028 others")
    blanks = 0
    for line in ctx.lines[last:]:
        if not line.text:
            blanks += 1
            if blanks > _BLANKS_BEFORE_COUNT:
                break
            continue
        below = others_count(line.text) if ctx.is_free(line.number) else None
        if below is not None:
            count, last = below, line.number
        break
    if count is None:
        return block
    signatories = tuple(s for s in block.signatories if others_count(s.raw) is None)
    if not signatories:
        return block  # a count alone is no block of signers
    return replace(block, signatories=signatories, lines=(first, last), others=count)


def without_others_tail(segment: str) -> tuple[str, int | None]:
    """The last name of a list without the count closing it, and that count (None when not stated):
    ``Ole Dahl and 1028 other signatories`` → ``("Ole Dahl", 1028)``; a segment with no such tail is returned whole."""
    words = segment.split()
    if len(words) < _MIN_OTHERS_TAIL_WORDS:
        return segment, None
    # a count needs a figure, a tail with none ends with an 'others' word: most lines of names hold neither
    if not _holds_digit(segment) and not _may_close_others(words[-1]):
        return segment, None
    for at in range(1, min(len(words), _MAX_OTHERS_TAIL_WORDS)):
        tail = " ".join(words[-at - 1 :])
        count = others_count(tail)
        if count is not None or _says_others(tail):
            return " ".join(words[: -at - 1]), count
    return segment, None


def _may_close_others(word: str) -> bool:
    """``word`` (the last of a line) may end an 'and others' (``altri``, ``others.``, ``diğerleri``)."""
    plain = word.lower().rstrip(".…")
    if plain.isascii():  # folding leaves most words as lower() does: folded only when it may not
        return plain in _OTHERS_LAST_WORDS
    return fold_words(plain) in _OTHERS_LAST_WORDS


def _says_others(text: str) -> bool:
    """``and many others``, ``e altri``: a tail naming no number."""
    key = fold_key(text).rstrip(" .…")
    found = others_pattern().match(key)
    return found is not None and found.end() == len(key)


# "Ole Dahl e altri": a name and a cue at least; a count closes a list in at most so many words.
_MIN_OTHERS_TAIL_WORDS = 3
_MAX_OTHERS_TAIL_WORDS = 9
