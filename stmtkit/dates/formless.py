"""Lines told to hold no date form without cutting their tokens: the date reader's shortcut for prose.

Most lines a stage reads are prose ("Les riverains du port ont publié …"); cutting a line into tokens
(``tokens._scan``) costs some 10,000 instructions a token.  ``holds_no_form`` tells from the line's
bytes, and the few words that may name a month, that no form of ``stmtkit.dates.forms`` can match
its tokens, or answers None when only the tokens can tell.  ``tests/test_dates_tokens.py`` holds it
to the tokens.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..data.dateline_words import DAY_WORDS
from ..fold import wide_chars
from ..patterns import lazy
from .tokens import _LEAD_WORDS, _MONTH_PREFIXES, _NOT_WORD, _WORD_SHAPES, _name_tables, word_shape

# Bytes of a text's UTF-8 that no token counts on to read a date: every byte but an ASCII digit (the first
# table) or but a word character's (the second) becomes a space.  (In ASCII the word characters are the
# letters and the control characters that are no white space; beyond it a byte is kept, as the letters'
# bytes are: ``holds_no_form`` asks these tables only of a text whose characters beyond ASCII are letters.)
_ASCII_DIGITS = bytes(b if 0x30 <= b <= 0x39 else 0x20 for b in range(256))
_WORD_BYTES = bytes(
    b if b >= 128 or chr(b).isalpha() or not (chr(b).isspace() or chr(b).isprintable()) else 0x20 for b in range(256)
)
# Two numbers of one or two digits one or two of . / - apart, spaces aside: the text's shape may hold
# ``forms.could_hold_a_date``'s pair of numbers (a number of more digits is no ``d``).
# (Both patterns open with a digit, then look behind it for another, as "(?<!\d)\d" would before it:
# a pattern opening with a digit is searched for at the digits alone, one opening with an assertion
# at every position of the text, three times the time on a paragraph's 200 characters.)
_NUMBER_PAIR = lazy(r"\d(?<!\d\d)\d?\s*[./-](?:\s*[./-])?\s*\d{1,2}(?!\d)", engine="re")
# A number that is no year (a day or a count: shape d or n) and a word right after it: the
# relative-time reader's opening ("3 hours ago"), in the folded text rather than its shape.
_NUMBER_THEN_WORD = lazy(rf"\d(?<!\d\d)(?:\d{{0,2}}|\d{{4,}})\s*[^{_NOT_WORD}]", engine="re")
# The apostrophe beyond ASCII that joins a word's runs as ' does ("aujourd’hui", "ukraine’s"), and its bytes.
_JOINER = "’"
_JOINER_BYTES = _JOINER.encode()


@lru_cache(maxsize=1)
def _shaping_words() -> frozenset[bytes]:
    """The words that make a relative day or merge with the next word (``today``, ``bu``, ``hôm``), as
    the runs of word characters a text cuts them into: ``aujourd'hui`` stands as ``aujourd``."""
    return frozenset(re.split(r"[.'’]", word)[0].encode() for word in _other_date_words()) \
        | frozenset(word.encode() for word in DAY_WORDS)  # "this fourth day of June, 2023": a day written as a word


# Bytes kept for a text's words whole: the word characters', and the full stop and the apostrophe
# that join a word's runs as the tokenizer joins them ("a.m", "aujourd'hui"; ``’``'s bytes are kept).
_JOINED_WORD_BYTES = bytes(b if _WORD_BYTES[b] == b != 0x20 or b in b".'" else 0x20 for b in range(256))


@lru_cache(maxsize=1)
def _other_date_words() -> frozenset[str]:
    """The relative days and merging words (a few dozen): the month names are asked of their own table."""
    return frozenset((*(word for word, (shape, _) in _WORD_SHAPES.items() if shape == "R"), *_LEAD_WORDS))


@lru_cache(maxsize=32)
def _date_words(languages: tuple[str, ...]) -> tuple[dict[str, int], frozenset[str], tuple[str, ...]]:
    """What a word must be to make a month, a relative day or a merge under these hints: a month name of
    the hints' table or one of ``_other_date_words``, or (a month by prefix or stem) a word opening with
    one of these four letters or prefixes (those a word of the letters ``holds_no_form`` reads may open
    with).  (The month table is asked as it is: a set of its thousands of names cost a first parse more
    than all its look-ups.)"""
    months, _weekdays, starts = _name_tables(languages)
    return months, starts, tuple(p for p in _MONTH_PREFIXES if p[:1] < _BEYOND_LETTERS)


def _no_date_word(raw: bytes, languages: tuple[str, ...]) -> bool:
    """Whether no word of a text (``raw``, its UTF-8) surely makes a month, a relative day or a merge
    (``word_shape`` and ``_LEAD_WORDS``), told from its words cut as the tokenizer cuts them; False when
    unsure.  A word that may name a month is asked of ``word_shape`` ("des" is a month's name and a
    filler first, "studie" no month's stem)."""
    text = raw.translate(_JOINED_WORD_BYTES).decode()
    joiners = text if raw.isascii() else text.replace(_JOINER, "'")
    if ".." in joiners or ".'" in joiners or "'." in joiners or "''" in joiners:
        return False  # two joiners in a row part words the stripping below would not part
    months, starts, prefixes = _date_words(languages)
    others = _other_date_words()
    for chunk in text.split():
        word = chunk.strip(".'’")  # a joiner at either end belongs to no word
        if word in others:
            return False
        # (a month by prefix or stem has four letters at least, two beyond ASCII: month_number)
        if (word in months or ((len(word) >= 4 or not word.isascii()) and word[:4] in starts)
                or (prefixes and word.startswith(prefixes))) and word_shape(word, languages)[0] == "M":
            return False
    return True


# Characters beyond ASCII that stand for an ASCII twin in the tokens: a space, or a punctuation token
# (``-`` joins no word).  ``’`` joins words.
_TWIN_SPACES = "\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f"
_TWIN_PUNCT = "\u00a1-\u00bf\u00d7\u00f7\u2010-\u2018\u201a-\u2027\u2030-\u205e"
# Letters and marks of the Latin, Greek and Cyrillic scripts (and the C1 controls) stand below this: every
# character below it is a word character of the tokenizer or has a twin, and none is a digit but ASCII's,
# a CJK mark, a vowel point, or opens another calendar's month name or a month prefix beyond ASCII.
_BEYOND_LETTERS = "\u0530"


@lru_cache(maxsize=1)
def _twins() -> dict[str, str]:
    """Each character of the two classes (their ranges spelled out, on first use) → its twin."""
    pairs = [(chars, twin) for cls, twin in ((_TWIN_SPACES, " "), (_TWIN_PUNCT, "-")) for chars in re.findall(r".-.|.", cls, re.S)]
    return {chr(c): twin for chars, twin in pairs for c in range(ord(chars[0]), ord(chars[-1]) + 1)}


def holds_no_form(folded: str, languages: tuple[str, ...] = ()) -> bool | None:
    """Whether the tokens of ``folded`` surely hold no date form and merge no words, told without
    cutting them: then whether a number and a word follow one another in them (what the count back
    needs); None when the tokens must be cut to tell.

    Every form holds a relative day, or a number of one or two digits with a month, with a CJK
    mark, or with a second such number one or two of ``. / -`` after it (``forms.could_hold_a_date``).
    In ASCII text (most lines a stage reads are prose) the numbers are seen in the bytes, a C call
    or two, where cutting the tokens is some 10,000 instructions a token; a text with one such
    number, or with several none of them paired so ("Top 5 of 2024", "8 x 50 m"), is then told by
    its words, a set look-up or two a word and the month reader for the few that may name one
    (``languages``: the hints whose month names count).  A text beyond ASCII is told so when its
    spaces and punctuation there have twins (``_twins``) and the rest are letters of the Latin, Greek
    or Cyrillic scripts or the joining ``’`` ("Länder", "мая", "ukraine’s"): its words are those
    of its UTF-8 bytes, each letter's bytes kept (a paragraph's 10 us, where its tokens cost 45).
    """
    beyond = False
    if not folded.isascii():
        twins = _twins()  # (each character replaced in C: str.translate asks a dict for each, 0.1 us)
        for char in wide_chars(folded):  # (set apart in C: a pattern's list of them took a call a character)
            twin = twins.get(char)
            if twin is not None:
                folded = folded.replace(char, twin)
            elif char >= _BEYOND_LETTERS and char != _JOINER:
                return None  # another script's letters, marks, digits, punctuation: the tokens tell
            else:
                beyond = True
    raw = folded.encode()
    runs = raw.translate(_ASCII_DIGITS).split()
    short = [run for run in runs if len(run) <= 2]
    if short:
        # (no CJK mark is left, and a twin's "-" pairs more numbers than the tokens do, never fewer)
        if (len(short) > 1 and _NUMBER_PAIR.search(folded) is not None) or not _no_date_word(raw, languages):
            return None
    else:
        words = raw.translate(_WORD_BYTES)
        if not _shaping_words().isdisjoint((words.replace(_JOINER_BYTES, b" ") if beyond else words).split()):
            return None
    return bool(runs) and _NUMBER_THEN_WORD.search(folded) is not None
