"""Cutting a folded string into tokens, and the one-letter *shape* of each.

The reader matches date forms on the shape string (one character a token), so
a form is a short pattern over roles rather than a pattern over every
spelling: ``27 mai 2024 17:59 (UTC +04:00)`` has the shape ``dMyd:d(Z+d:d)``,
``May 27, 2024 5:59 PM`` the shape ``Md,yd:dP``.

Shapes: ``d`` a 1-2 digit number, ``y`` a 4-digit one, ``n`` any other number;
``M`` month (its value 1-12, or ``SOLAR_HIJRI_MONTH`` + 1-12 (``ETHIOPIAN_MONTH`` + 1-13) for a
Solar Hijri month), ``W`` weekday, ``P`` am/pm, ``Z`` zone or UTC, ``R`` relative day,
``N`` noon/midnight, ``H`` hour word, ``m`` minute word, ``s`` second word,
``o`` ordinal ending glued to a number, ``g`` "year" word, ``a`` time link
(``à``, ``um``, ``в``), ``f`` date filler (``de``, ``of``), ``t`` the ISO ``T``,
``Y`` ``O`` ``D`` the CJK year/month/day marks, ``E`` a Japanese era (``令和``),
``1`` its first year (``元年``), ``x`` any other word; other
punctuation stands for itself (dashes all become ``-``).
"""

# No `from __future__ import annotations`: typing.NamedTuple compiles string annotations (0.23 M a field).

import re
from functools import lru_cache
from typing import NamedTuple, cast

from ..data import cldr_month_phrases, zones
from ..data import dateline_words as words
from ..fold import fold_aligned
from ..memo import parse_memo
from ..patterns import holds_digit, lazy
from .names import month_name_starts, month_number, month_table, weekday_table

# Punctuation: ASCII, Latin-1 (« » ° ©), general punctuation (dashes, quotes, bullets), CJK and
# full-width punctuation, Arabic comma and question mark, the full stops of Armenian, Indic scripts (the
# danda), Myanmar and Ethiopic.  Everything that is neither a space,
# a digit nor punctuation is a word character: letters and their marks (Thai vowel signs,
# Devanagari matras), which the stdlib ``re`` (twice as fast here as ``regex``) has no class for.
_PUNCT = (
    r"!-/:-@\[-`{-~\u00a1-\u00bf\u00d7\u00f7\u2010-\u2027\u2030-\u205e\u3000-\u303f"
    r"\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u060c\u061b\u061f\u066a-\u066d\u06d4"
    r"\u0589\u0964\u0965\u104a\u104b\u1362-\u1368"
)
_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_NOT_WORD = rf"\s\d{_PUNCT}"


def _token_pattern(not_word: str, han: str) -> re.Pattern[str]:
    word_char = f"[^{not_word}]"
    # The spaces before a token are its first group: ``findall`` gives every token with what
    # stands before it, so positions are counted without a match object a token.
    return lazy(
        r"(\s*)(?:(\d+)"
        # Han words that are one unit ("下午" afternoon, "今天" today), then single Han characters,
        # then words: letters and marks, inner dots ("a.m", "ก.พ", "report.az") and apostrophes ("aujourd'hui")
        rf"|({han}{word_char}+(?:[.'’]{word_char}+)*)"
        r"|([^\s]))",
        engine="re",
    )


# Two tokenizers that cut alike wherever no character is at or above U+3400 (every Han character
# and Han word is): the plain one, and the one that knows Han, for a string that needs it.  A
# class of Han ranges costs re 1.5 ms to compile, and most processes
# (`stmtkit dateline --text '27 mai 2024 17:59 (UTC +04:00)'`) never see Han text.
_PLAIN_TOKEN = _token_pattern(_NOT_WORD, "")
_HAN_TOKEN = _token_pattern(
    _NOT_WORD + _HAN, f"上午|下午|午前|午後|晚上|今天|昨天|前天|今日|昨日|一昨日|令和|平成|昭和|元年|[{_HAN}]|"
)
_FIRST_HAN = "\u3400"
# A character at or above U+3400 (a search: max() walked every line in Python objects).
_FROM_FIRST_HAN = lazy(f"[^\\x00-{chr(ord(_FIRST_HAN) - 1)}]", engine="re")


_DASHES = "‐‑‒–—−―-"
_CJK_MARKS = {"年": "Y", "년": "Y", "月": "O", "월": "O", "日": "D", "일": "D", "号": "D", "號": "D",
              "時": "H", "时": "H", "点": "H", "點": "H", "시": "H", "分": "m", "분": "m", "秒": "s", "초": "s"}


class Token(NamedTuple):
    """One token: a named tuple, as thousands are made per second."""

    shape: str
    text: str
    start: int
    end: int
    value: int = 0  # a number's value, a month's or weekday's number, days back for a relative word


def _word_tables() -> dict[str, tuple[str, int]]:
    """Folded word → (shape, value); the first role listed wins a word with two."""
    table: dict[str, tuple[str, int]] = {}
    groups: tuple[tuple[str, int, frozenset[str]], ...] = (
        ("f", 0, words.DATE_FILLERS), ("a", 0, words.TIME_LINKS), ("g", 0, words.YEAR_WORDS),
        ("H", 0, words.HOUR_WORDS), ("m", 0, words.MINUTE_WORDS), ("s", 0, words.SECOND_WORDS),
        ("P", 1, words.AM_WORDS), ("P", 2, words.PM_WORDS),
        ("N", 12, words.NOON_WORDS), ("N", 24, words.MIDNIGHT_WORDS),
    )
    for shape, value, group in groups:
        for w in group:
            table.setdefault(fold_aligned(w).rstrip("."), (shape, value))
    for w in (*zones.UTC_WORDS, *zones.ABBREVIATIONS):
        table[fold_aligned(w)] = ("Z", 0)
    for w, days in words.RELATIVE_DAYS.items():
        if " " not in w:
            table[fold_aligned(w)] = ("R", days)
    for w, shape in _CJK_MARKS.items():
        table[w] = (shape, 0)
    for era, base in words.JAPANESE_ERAS.items():
        table[era] = ("E", base)
    table["元年"] = ("1", 1)  # the era's first year: a year number and its mark in one
    return table


_WORD_SHAPES = _word_tables()
# Two-word relative days ("bu gün", "i dag", "hôm nay"): first word → second word → days back.
_RELATIVE_PHRASES: dict[str, dict[str, int]] = {}
for _phrase, _days in words.RELATIVE_DAYS.items():
    if " " in _phrase:
        _first, _second = fold_aligned(_phrase).split(" ", 1)
        _RELATIVE_PHRASES.setdefault(_first, {})[_second] = _days
# Months named by two words ("تشرين الثاني", "нэгдүгээр сар"): first word → second word → month.
_TWO_WORD_MONTHS = cldr_month_phrases.TWO_WORD_MONTHS
_LEAD_WORDS = frozenset(words.MONTH_LEAD_WORDS) | frozenset(_RELATIVE_PHRASES) | frozenset(_TWO_WORD_MONTHS) | words.DAY_TENS
# Full-width punctuation of CJK text stands for its ASCII twin: "2024年5月27日（月）17:59"; so do the Arabic
# comma and semicolon and the Urdu full stop: "12 مارس 2023، 14:30".
_PUNCT_SHAPES = {"（": "(", "）": ")", "，": ",", "：": ":", "．": ".", "／": "/", "【": "[", "】": "]", "、": ",",
                 "،": ",", "؛": ";", "۔": "."}
# Optional vowel points of Arabic and Hebrew (shadda, fatha, niqqud): a word is spelled with or
# without them ("الثّاني", "الثاني"), so its shape is looked up without them.
_VOWEL_POINTS = lazy(r"[\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u064b-\u065f\u0670]", engine="re")
_MONTH_PREFIXES = tuple(fold_aligned(p) for p in words.MONTH_PREFIXES)
_ASCII_MONTH_PREFIX = any(map(str.isascii, _MONTH_PREFIXES))  # (none today: "เดือน", "ב")


@lru_cache(maxsize=1)
def _calendar_months() -> dict[str, int]:
    """Folded Solar Hijri month name → ``SOLAR_HIJRI_MONTH`` + its number (Arabic and Persian yeh and kaf alike); an
    Ethiopian one → ``ETHIOPIAN_MONTH`` + its number."""
    from ..data.calendar_months import ETHIOPIAN_MONTHS, SOLAR_HIJRI_MONTHS

    table: dict[str, int] = {}
    for names in SOLAR_HIJRI_MONTHS.values():
        for number, spellings in enumerate(names, 1):
            for name in spellings.split("|"):
                for spelling in {name, name.replace("ی", "ي").replace("ک", "ك")}:
                    table.setdefault(fold_aligned(spelling), SOLAR_HIJRI_MONTH + number)
    for number, spellings in enumerate(ETHIOPIAN_MONTHS, 1):
        for name in spellings.split("|"):
            table.setdefault(fold_aligned(name), ETHIOPIAN_MONTH + number)
    return table


# A month token's value past this names a Solar Hijri month (``stmtkit.dates.forms`` converts the date).
SOLAR_HIJRI_MONTH, ETHIOPIAN_MONTH = 100, 200
_ETHIOPIAN_DATING = words.ETHIOPIAN_CALENDAR_LANGUAGE  # its papers' month names are the Ethiopian calendar's


@lru_cache(maxsize=32)
def _name_tables(languages: tuple[str, ...]) -> tuple[dict[str, int], dict[str, int], frozenset[str]]:
    """The month and weekday tables of a selection and its month names' openings, in one look-up."""
    return month_table(languages), weekday_table(languages), month_name_starts(languages)


def word_shape(
    word: str, languages: tuple[str, ...], tables: tuple[dict[str, int], dict[str, int], frozenset[str]] | None = None
) -> tuple[str, int]:
    """The shape of one folded word and its value (month, weekday, days back, am 1 / pm 2).

    Function words win over month names ("de", "am"), except zone and hour words of two
    letters, which many languages also use as month or weekday abbreviations.  ``tables``:
    ``_name_tables(languages)``, when the caller (the tokenizer, a word at a time) has them.
    """
    bare = word.rstrip(".")
    known = _WORD_SHAPES.get(bare)
    if known and (known[0] not in "HZ" or len(bare) >= 3):
        return known
    months, weekdays, starts = tables or _name_tables(languages)
    month = months.get(bare) if _ETHIOPIAN_DATING not in languages else _calendar_months().get(bare) or months.get(bare)
    if month is None and known:  # two-letter zone or hour words: "ET" (not a weekday), "h"
        return known
    weekday = weekdays.get(bare) if month is None else None
    if weekday is not None:
        return "W", weekday
    wide = not bare.isascii()
    if month is None and wide:  # the other calendars' months are written in Arabic and Ethiopic script
        month = _calendar_months().get(bare)
    if month is None and bare[:4] in starts:  # a month by prefix or stem opens as a name does (few words do)
        month = month_number(bare, languages)
    # (an ASCII word opens with no prefix beyond ASCII: the prefixes are asked of the others alone)
    if month is None and (wide or _ASCII_MONTH_PREFIX) and bare.startswith(_MONTH_PREFIXES):
        prefix = next(p for p in _MONTH_PREFIXES if bare.startswith(p))
        month = month_number(bare[len(prefix) :], languages)
    if month is not None:
        return "M", month
    if bare == "t":
        return "t", 0
    day = _DAY_WORD(bare)  # (written folded: nothing to build)
    if day is not None:
        return "d", day  # "this fourth day of June", "a los tres días del mes de marzo"
    return "x", 0


_DAY_WORD = words.DAY_WORDS.get


def _join_tens(tokens: list[Token], folded: str) -> None:
    """Merge a tens word and the unit word after it, with or without a hyphen ("twenty-first",
    "thirty first"), into one day number, in place."""
    i = 0
    while i < len(tokens) - 1:
        tens = tokens[i]
        unit = i + 2 if tokens[i + 1].shape == "-" and i + 2 < len(tokens) else i + 1
        after = tokens[unit]
        if tens.text in _DAY_TENS and after.shape == "d" and after.value < 10 and not after.text.isdigit() \
                and unit - i <= 2 and after.start - tens.end <= 1:
            tokens[i : unit + 1] = [Token("d", folded[tens.start : after.end], tens.start, after.end, tens.value + after.value)]
        i += 1


_DAY_TENS = words.DAY_TENS


def _vietnamese_month(tokens: list[Token], folded: str) -> None:
    """Merge "tháng" + a number ("tháng 5", "Tháng Mười Hai") into one month token, in place."""
    i = 0
    while i < len(tokens) - 1:
        if tokens[i].text in words.MONTH_LEAD_WORDS:
            nxt = tokens[i + 1]
            number, last = 0, i
            if nxt.shape == "d" and 1 <= nxt.value <= 12:
                number, last = nxt.value, i + 1
            elif nxt.text in words.NUMBER_WORDS:
                number, last = words.NUMBER_WORDS[nxt.text], i + 1
                if number == 10 and i + 2 < len(tokens) and tokens[i + 2].text in ("mot", "hai"):
                    number, last = 10 + words.NUMBER_WORDS[tokens[i + 2].text], i + 2
            if 1 <= number <= 12:
                first = tokens[i]
                tokens[i : last + 1] = [Token("M", folded[first.start : tokens[last].end], first.start, tokens[last].end, number)]
        i += 1


def tokenize(folded: str, languages: tuple[str, ...] = ()) -> list[Token]:
    """Tokens of a folded string, each with its shape and position."""
    return tokenize_noting_merges(folded, languages)[0]


def tokenize_noting_merges(folded: str, languages: tuple[str, ...] = ()) -> tuple[list[Token], bool]:
    """``tokenize``, and whether a word that may merge with the next one ("tháng 5", "bu gün") was seen."""
    out, lead = _scan(folded, languages, _words_met(languages))
    if lead:
        _join_tens(out, folded)
        _vietnamese_month(out, folded)
        _merge_pairs(out, folded, _RELATIVE_PHRASES, "R")
        _merge_pairs(out, folded, _TWO_WORD_MONTHS, "M")
    return out, lead


def _scan(folded: str, languages: tuple[str, ...], met: dict[str, tuple[str, int]] | None = None) -> tuple[list[Token], bool]:
    """The tokens, before merges, and whether a word that may merge with the next one was seen.

    ``met`` remembers the shapes of the words met (the parse's table): a document repeats its words.
    """
    if met is None:  # outside a parse: remembered for this string only
        met = {}
    out: list[Token] = []
    append = out.append
    new = tuple.__new__  # a named tuple without its Python-level __new__: tokens are made by the thousand
    lead = False
    ordinals = words.ORDINALS
    spaced_days = words.SPACED_DAY_WORDS
    leads = _LEAD_WORDS
    prev_end = -1
    prev_shape = ""
    plain = folded.isascii()
    pattern = _HAN_TOKEN if not plain and _FROM_FIRST_HAN.search(folded) else _PLAIN_TOKEN
    pointed = not plain and _VOWEL_POINTS.search(folded) is not None
    tables = None  # the hints' name tables, looked up with the first word not met yet (not once a word)
    end = 0
    for space, number, word, text in pattern.findall(folded):
        start = end + len(space) if space else end
        if number:  # a long one is never part of a date (and int() refuses 4300+ digits)
            n = len(number)
            end = start + n
            shape = "d" if n <= 2 else ("y" if n == 4 else "n")
            append(new(Token, (shape, number, start, end, int(number) if n <= 9 else 0)))
        elif text:  # punctuation
            end = start + 1
            shape = "-" if text in _DASHES else _PUNCT_SHAPES.get(text, text)
            append(new(Token, (shape, text, start, end, 0)))
        else:
            end = start + len(word)
            if pointed:
                word = _VOWEL_POINTS.sub("", word)
            known = met.get(word)
            if known is None:
                if tables is None:
                    tables = _name_tables(languages)
                known = met[word] = word_shape(word, languages, tables)
            shape, value = known
            if prev_shape in "dyn" and word.rstrip(".") in ordinals and (
                    prev_end == start or (prev_shape == "d" and word.rstrip(".") in spaced_days)):
                shape = "o"  # "9th", "1er", "25শে"; a glued "г" ("2005г.") stays a year word
            elif word in leads:
                lead = True  # (a merge may follow: "tháng 5", "bu gün", "twenty-first")
            append(new(Token, (shape, word, start, end, value)))
        prev_end, prev_shape = end, shape
    if pattern is _HAN_TOKEN and _HAN_NUMERAL.search(folded):
        _han_numbers(out)
    return out, lead


_HAN_NUMERAL = lazy(f"[{''.join(words.HAN_DIGITS)}][年月日号號]", engine="re")


def _han_numbers(tokens: list[Token]) -> None:
    """Merge a run of Han numerals right before a year, month or day mark into one number, in place:
    "二〇〇九" → 2009 (digit by digit), "十一" → 11, "二十六" → 26 (with ten); a year of four digits."""
    digits = words.HAN_DIGITS
    i = len(tokens) - 1
    while i > 0:
        mark = tokens[i]
        first = i
        while first > 0 and tokens[first - 1].text in digits and tokens[first - 1].end == tokens[first].start:
            first -= 1
        if first == i or mark.shape not in "YOD":
            i = first - 1 if first < i else i - 1
            continue
        values = [digits[t.text] for t in tokens[first:i]]
        if 10 in values:  # "十一", "二十六", "三十": tens, then units
            at = values.index(10)
            if len(values) > 3 or values.count(10) > 1 or at > 1:
                i = first - 1
                continue
            value = (values[0] if at else 1) * 10 + (values[at + 1] if at + 1 < len(values) else 0)
        else:
            value = int("".join(map(str, values)))
        start, end = tokens[first].start, tokens[i - 1].end
        shape = "y" if len(values) == 4 and mark.shape == "Y" else "d" if value <= 99 else "n"
        tokens[first:i] = [Token(shape, "".join(t.text for t in tokens[first:i]), start, end, value)]
        i = first - 1


# The shapes of the words a parse has met, one table per language hint: a document repeats its
# words.  The tables belong to the parse (``stmtkit.memo``): document text is never kept past its
# parse, and two parses in two threads never share one.  A table is emptied when it grows past
# ``_WORDS_KEPT`` (a 20 MB page of new words; about 120 bytes a word).
_WORDS_KEPT = 1 << 15


def _words_met(languages: tuple[str, ...]) -> dict[str, tuple[str, int]] | None:
    """The words met so far by the parse under way for these language hints; None outside a parse."""
    memo = parse_memo()
    if memo is None:
        return None
    # One entry of the memo, under this function, holds the tables of every language hint.
    tables = cast("dict[tuple[str, ...], dict[str, tuple[str, int]]] | None", memo.get(_words_met))
    if tables is None:
        tables = {}
        memo[_words_met] = tables
    table = tables.get(languages)
    if table is None:
        table = tables[languages] = {}
    elif len(table) > _WORDS_KEPT:
        table.clear()
    return table


def _merge_pairs(tokens: list[Token], folded: str, pairs: dict[str, dict[str, int]], shape: str) -> None:
    """Merge each two words that ``pairs`` names (first word → second word → value) into one token
    of ``shape``, in place: a relative day ("bu gün"), a month of two words ("تشرين الثاني")."""
    i = 0
    while i < len(tokens) - 1:
        value = pairs.get(tokens[i].text, {}).get(tokens[i + 1].text)
        if value is not None:
            start, end = tokens[i].start, tokens[i + 1].end
            tokens[i : i + 2] = [Token(shape, folded[start:end], start, end, value)]
        i += 1


def date_function_words() -> frozenset[str]:
    """The folded words the tokenizer gives a shape of their own (fillers, zones, hour words…)."""
    return frozenset(_WORD_SHAPES)


def shape_of(tokens: list[Token]) -> str:
    return "".join([t.shape[0] for t in tokens])


# A month and its year alone: "May 1993", "März, 2024", "خرداد ماه 1380" (a word for "month" between).
_MONTH_AND_YEAR_SHAPES = frozenset(("My", "M,y", "Mxy", "Mfy", "My.", "M,y.", "Mxy.", "Myg", "Myg."))
_MONTH_AND_YEAR_CHARS = 40


def month_and_year(text: str) -> bool:
    """``text`` is a month's name and a year and nothing more (a letter's date that names no day)."""
    if len(text) > _MONTH_AND_YEAR_CHARS or not holds_digit(text):
        return False
    return shape_of(tokenize(fold_aligned(text.strip(" *_#>")))) in _MONTH_AND_YEAR_SHAPES

