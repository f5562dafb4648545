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

from ..patterns import lazy
from .tokens import _LEAD_WORDS, _MONTH_PREFIXES, _NOT_WORD, _WORD_SHAPES, _name_tables, word_shape

# Bytes of ASCII text that no token counts on to read a date: every byte but a digit (the first
# table) or but a word character (the second) becomes a space.
_ASCII_DIGITS = bytes(b if 0x30 <= b <= 0x39 else 0x20 for b in range(256))
# (In ASCII the word characters are the letters and the control characters that are no white space.)
_ASCII_WORD_CHARS = bytes(
    b if b < 128 and (chr(b).isalpha() or not (chr(b).isspace() or chr(b).isprintable())) else 0x20 for b in range(256)
)
# Two numbers of one or two digits one or two of . / - apart, spaces aside: the text's shape may hold
# ``forms.could_hold_a_date``'s pair of numbers (a number of more digits is no ``d``).
_NUMBER_PAIR = lazy(r"(?<!\d)\d{1,2}\s*[./-](?:\s*[./-])?\s*\d{1,2}(?!\d)", engine="re")
# A number that is no year (a day or a count: shape d or n) and a word right after it: the
# relative-time reader's opening ("3 hours ago"), in the folded text rather than its shape.
_NUMBER_THEN_WORD = lazy(rf"(?<!\d)(?:\d{{1,3}}|\d{{5,}})\s*[^{_NOT_WORD}]", engine="re")


@lru_cache(maxsize=1)
def _shaping_words() -> frozenset[bytes]:
    """The ASCII words that make a relative day or merge with the next word (``today``, ``bu``), as
    the runs of word characters an ASCII text cuts them into: ``aujourd'hui`` stands as ``aujourd``."""
    relative = (word for word, (shape, _) in _WORD_SHAPES.items() if shape == "R")
    return frozenset(re.split(r"[.'’]", word)[0].encode() for word in (*_LEAD_WORDS, *relative) if word.isascii())


# Bytes of ASCII text kept for its words whole: the word characters, and the full stop and the
# apostrophe that join a word's runs as the tokenizer joins them ("a.m", "aujourd'hui").
_ASCII_JOINED_WORDS = bytes(b if _ASCII_WORD_CHARS[b] == b != 0x20 or b in b".'" else 0x20 for b in range(256))


@lru_cache(maxsize=1)
def _other_date_words() -> frozenset[str]:
    """The relative days and merging words (a few dozen): the month names are asked of their own table."""
    return frozenset((*(word for word, (shape, _) in _WORD_SHAPES.items() if shape == "R"), *_LEAD_WORDS))


@lru_cache(maxsize=32)
def _date_words(languages: tuple[str, ...]) -> tuple[dict[str, int], frozenset[str], tuple[str, ...]]:
    """What a word must be to make a month, a relative day or a merge under these hints: a month name of
    the hints' table or one of ``_other_date_words``, or (a month by prefix or stem) a word opening with
    one of these four letters or prefixes.  (The month table is asked as it is: a set of its thousands
    of names cost a first parse more than all its look-ups.)"""
    months, _weekdays, starts = _name_tables(languages)
    return months, starts, tuple(p for p in _MONTH_PREFIXES if p.isascii())


def _no_date_word(raw: bytes, languages: tuple[str, ...], words_as_cut: bool = True) -> bool:
    """Whether no word of an ASCII text surely makes a month, a relative day or a merge (``word_shape``
    and ``_LEAD_WORDS``), told from its words cut as the tokenizer cuts them; False when unsure.

    A word that may name a month is asked of ``word_shape`` ("des" is a month's name and a filler
    first, "studie" no month's stem); not when the words are not the tokens' own (``words_as_cut``
    False: ß made "ss", and "oujoss" opens as the month "oujoß" does, but names none)."""
    text = raw.translate(_ASCII_JOINED_WORDS).decode("ascii")
    if ".." in text or ".'" in text or "'." in text or "''" in text:
        return False  # two joiners in a row part words the stripping below would not part
    months, starts, prefixes = _date_words(languages)
    others = _other_date_words()
    for chunk in text.split():
        word = chunk.strip(".'")  # a joiner at either end belongs to no word
        if word in others:
            return False
        # (a month by prefix or stem has four letters at least: month_number)
        if (word in months or (len(word) >= 4 and word[:4] in starts) or (prefixes and word.startswith(prefixes))) \
                and (not words_as_cut or word_shape(word, languages)[0] == "M"):
            return False
    return True


# The ASCII twin of a text beyond ASCII by spaces, punctuation or ß alone: each stands for what the tokenizer
# makes of it, a space, a punctuation token (``-`` joins no word) or letters: ``ss`` (no date word holds ß in its
# first four letters; the one month that holds it, ``oujoß``, opens as its twin does).  ``’`` joins words.
_TWIN_SPACES = "\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f"
_TWIN_PUNCT = "\u00a1-\u00bf\u00d7\u00f7\u2010-\u2018\u201a-\u2027\u2030-\u205e"
_UNTWINNED = lazy(f"[^\\x00-\\x7f{_TWIN_SPACES}{_TWIN_PUNCT}ß]", engine="re")
_BEYOND_ASCII = lazy("[^\\x00-\\x7f]", engine="re")


@lru_cache(maxsize=1)
def _twins() -> dict[str, str]:
    """Each character of the two classes (their ranges spelled out, on first use) and ß → its twin."""
    pairs = [(chars, twin) for cls, twin in ((_TWIN_SPACES, " "), (_TWIN_PUNCT, "-")) for chars in re.findall(r".-.|.", cls, re.S)]
    return {"ß": "ss", **{chr(c): twin for chars, twin in pairs for c in range(ord(chars[0]), ord(chars[-1]) + 1)}}


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
    (``languages``: the hints whose month names count); a text beyond ASCII by spaces, punctuation
    and ß alone by its twin (``_twins``).
    """
    words_as_cut = True
    if not folded.isascii():
        if _UNTWINNED.search(folded) is not None:
            return None
        words_as_cut = "ß" not in folded
        twins = _twins()  # (each character replaced in C: str.translate asks a dict for each, 0.1 us)
        for char in set(_BEYOND_ASCII.findall(folded)):
            folded = folded.replace(char, twins[char])
    raw = folded.encode("ascii")
    runs = raw.translate(_ASCII_DIGITS).split()
    short = [run for run in runs if len(run) <= 2]
    if short:
        # (no CJK mark is ASCII, and a twin's "-" pairs more numbers than the tokens do, never fewer)
        if (len(short) > 1 and _NUMBER_PAIR.search(folded) is not None) or not _no_date_word(raw, languages, words_as_cut):
            return None
    elif not _shaping_words().isdisjoint(raw.translate(_ASCII_WORD_CHARS).split()):
        return None
    return bool(runs) and _NUMBER_THEN_WORD.search(folded) is not None
