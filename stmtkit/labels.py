"""List labels: what opens a list item (``1.`` ``a)`` ``(iv)`` ``•`` …), a question several stages ask.

The lists stage builds lists from them; the title stage asks whether a line opens
with one (a list item is no headline).
"""

# No `from __future__ import annotations`: typing.NamedTuple compiles string annotations (0.23 M a field).

from typing import NamedTuple

import regex

from .data.structure_words import LIST_ALPHABETS
from .model import ListStyle
from .patterns import lazy

_LABEL = lazy(
    r"^(?:"
    # "1.2." and "1.2)": an item of a sub-list numbered after its parent.
    r"(?P<multi>\d{1,3}(?:\.\d{1,3}){1,3})(?P<multisep>[.)])[ \t]+"
    # "1." "1)" "1)." "1-" "1 -" "1 –", the Spanish and Portuguese ordinal "1º" (and the degree sign French and Italian
    # texts type for it: "1°"), and a dash after the mark: "1.-", "1º.-", "2) –".
    r"|(?P<num>\d{1,3})(?P<numsep>(?:[º°]\.?|\)\.|[.)/])(?:\s?[-–—])?|\s?[-–—])[ \t]+"
    r"|\((?P<pnum>\d{1,3})\)[ \t]*"
    r"|(?P<alpha>[a-zA-Z\p{Cyrillic}])[.)][ \t]+"
    r"|\((?P<palpha>[a-zA-Z\p{Cyrillic}])\)[ \t]*"
    r"|(?P<roman>[ivxlcIVXLC]{1,6})[.)][ \t]+"
    r"|\((?P<proman>[ivxlcIVXLC]{1,6})\)[ \t]*"
    # "-Islam Bafadarov": scraped lists often drop the space after a dash or bullet.
    r"|(?P<bullet>[•\-–·▪●◦‣■□➢►✓✔○◆◇❖➤→⁃\uf0b7\uf0a7\uf0d8])[ \t]*"
    # "*" needs a space: "*Note*" is emphasis, not an item.
    r"|(?P<star>\*)[ \t]+"
    # ". La nécessité …", ".L’urgence …": a full stop standing for the bullet a converted document lost,
    # a capital right after it (asked below: ". . ." and "...and" are no items)
    r"|(?P<dot>\.)[ \t]?"
    r")(?=\S)",
    regex.V1,
)
# The names of _LABEL's groups in their order: ``dict(zip(names, m.groups()))`` is the
# groupdict, built in a fifth of the time (groupdict took 2 µs, half of reading a label).
_LABEL_GROUPS = tuple(sorted(_LABEL.groupindex, key=_LABEL.groupindex.__getitem__))
# Phone numbers, figures and stray signs: an item's text starts with a letter, a quote or a bracket.
_ITEM_START = lazy(r"[\p{L}\p{Pi}\p{Ps}\"'«“„‘@]")
_MINUS_LIKE = "-–"
_ROMAN_DIGITS = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
_ROMAN_LETTERS = frozenset(_ROMAN_DIGITS)
_ROMAN_VALID = lazy(r"^(?:c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$", regex.I)

class Label(NamedTuple):
    """One reading of a label: its style, the label as written, and its place in the sequence."""

    style: ListStyle
    label: str
    ordinal: int | None
    end: int
    family: str  # "1." vs "1)" vs "(1)" vs "-" vs "•": items of one list share it


def _roman_value(s: str) -> int | None:
    if not _ROMAN_VALID.match(s):
        return None
    total, prev = 0, 0
    for c in reversed(s.lower()):
        v = _ROMAN_DIGITS[c]
        total += -v if v < prev else v
        prev = max(prev, v)
    return total or None


# "27. Mai 2024", "1. januar 2025,": a day, a month word and a year.
_DATE_AFTER_DAY = lazy(r"^(?P<word>\p{L}{3,})\.?,?\s+\d{4}\b", regex.V1)


def _glued_number(text: str) -> list[Label]:
    """``1.Keep …``, ``2)Restore …``: the scrape dropped the space after the number, a letter right after its mark (told by
    string tests: another alternative in ``_LABEL`` cost every one-file run its compiling)."""
    digits = len(text) - len(text.lstrip("0123456789"))
    mark, rest = text[digits : digits + 1], text[digits + 1 :]
    if not 1 <= digits <= 3 or mark not in (".", ")") or not rest[:1].isalpha() or is_numbered_date(text[:digits], rest):
        return []
    return [Label("decimal", text[:digits], int(text[:digits]), digits + 1, "1" + mark)]


def _figure_then_word(rest: str) -> bool:
    """``1 Mayıs alanı …``: a figure, a space, then a letter."""
    figure, _, after = rest.partition(" ")
    return figure.isdigit() and after[:1].isalpha()


def is_numbered_date(label: str, rest: str) -> bool:
    """``27. Mai 2024`` is a date, not the 27th item of a list (``2. Since 1955 …`` is an item: no month's name)."""
    if int(label) > 31 or (m := _DATE_AFTER_DAY.match(rest)) is None:
        return False
    from .dates.names import month_number  # (asked of the few lines shaped so)
    from .fold import fold_aligned

    return month_number(fold_aligned(m.group("word"))) is not None


def _is_cyrillic(letter: str) -> bool:
    return "\u0400" <= letter <= "\u04ff"


def _letter_ordinal(letter: str) -> int | None:
    """Place of a label letter in its alphabet: ``c`` → 3, ``в`` → 3 (Russian lists skip ё й ъ ы ь)."""
    low = letter.lower()
    for alphabet in LIST_ALPHABETS.values():
        at = alphabet.find(low)
        if at >= 0:
            return at + 1
    return None


def read_labels(text: str) -> list[Label]:
    """Every reading of the label that opens ``text``: ``i.`` is roman one or the letter after ``h``."""
    if text[:1] in _HAN_DIGITS:
        return _han_label(text)
    # A label opening with a letter ("a)", "iv.") has its "." or ")" within the next six
    # characters: most lines of prose ("Nous appelons…") are turned away without the pattern.
    if text[:1].isalpha() and "." not in text[1:7] and ")" not in text[1:7]:
        return []
    if "\u2460" <= text[:1] <= "\u2473":  # "①", "②": the circled figures of Japanese, Chinese and Korean lists
        rest = text[1:].lstrip(" \t")
        return [Label("decimal", text[0], ord(text[0]) - 0x245F, len(text) - len(rest), "①")] if _ITEM_START.match(rest) else []
    m = _LABEL.match(text)
    if not m:
        if text[:1] == "*":
            # "*Solidarity with …": the scrape dropped the space after a star; a star closing a word too is emphasis
            return [Label("bullet", "*", None, 1, "*")] if text[1:2].isalpha() and "*" not in text[1:] else []
        return _glued_number(text) if text[:1].isdigit() else []
    rest = text[m.end() :]
    g = dict(zip(_LABEL_GROUPS, m.groups(), strict=True))
    if g["dot"] and not rest[:1].isupper():
        return []
    if not _ITEM_START.match(rest) and not (
            ((g["bullet"] and g["bullet"] not in _MINUS_LIKE) or g["star"]) and rest[:1].isdigit()
            and text[m.end() - 1 : m.end()].isspace()) and not (g["num"] and _figure_then_word(rest)):
        # an item opens with a word; after a bullet (not a dash: "- 5 °C") and a space, with a figure too ("• 450 signed");
        # after a number, with a figure and a word ("6- 1 Mayıs alanı …": a date's day, no phone number's digits)
        return []
    sep = text[m.start() : m.end()].strip()
    out: list[Label] = []
    if g["multi"]:
        parts = g["multi"].split(".")
        # The family names the depth: "1.1." items are siblings of each other, children of "1.".
        return [Label("decimal", g["multi"], int(parts[-1]), m.end(), "1" + ".1" * (len(parts) - 1) + g["multisep"])]
    if g["num"] or g["pnum"]:
        n = g["num"] or g["pnum"]
        if is_numbered_date(n, rest):
            return []
        family = "(1)" if g["pnum"] else "1" + (g["numsep"] or "").replace(" ", "").replace("–", "-").replace("—", "-")
        return [Label("decimal", n, int(n), m.end(), family)]
    letters = g["alpha"] or g["palpha"] or g["roman"] or g["proman"]
    if letters:
        bracketed = sep.startswith("(")
        value = _roman_value(letters) if letters.lower() in _ROMAN_LETTERS or len(letters) > 1 else None
        if value:
            style: ListStyle = "lower-roman" if letters.islower() else "upper-roman"
            out.append(Label(style, letters, value, m.end(), "(i)" if bracketed else "i" + sep[-1]))
        ordinal = _letter_ordinal(letters) if len(letters) == 1 else None
        if ordinal is not None:
            style = "lower-alpha" if letters.islower() else "upper-alpha"
            family = ("(а)" if bracketed else "а" + sep[-1]) if _is_cyrillic(letters) else (
                "(a)" if bracketed else "a" + sep[-1])
            out.append(Label(style, letters, ordinal, m.end(), family))
    if g["bullet"] or g["star"] or g["dot"]:
        mark = g["bullet"] or g["star"] or g["dot"]
        # Hyphens and en dashes are typed interchangeably in one list.
        out.append(Label("bullet", mark, None, m.end(), "-" if mark in "-–" else mark))
    # "i." and "I." open roman lists; "c)", "v." or "x)" are more often letters.
    if len(out) == 2 and out[0].ordinal != 1:
        out.reverse()
    return out


# Chinese lists count in Han numerals and close the number with the enumeration comma: "一、", "十二、".
_HAN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_HAN_LABEL = lazy(r"^([一二三四五六七八九十]{1,3})[、．]\s*(?=\S)")


def _han_label(text: str) -> list[Label]:
    m = _HAN_LABEL.match(text)
    value = _han_value(m.group(1)) if m else None
    if m is None or value is None or not _ITEM_START.match(text[m.end() :]):
        return []
    return [Label("decimal", m.group(1), value, m.end(), "一、")]


def _han_value(numeral: str) -> int | None:
    """``三`` → 3, ``十二`` → 12, ``二十`` → 20; None for what is no number below a hundred (``一一``)."""
    tens, _, units = numeral.partition("十")
    if "十" not in numeral:
        return _HAN_DIGITS[numeral] if len(numeral) == 1 else None
    if len(tens) > 1 or len(units) > 1 or "十" in units:
        return None
    return (_HAN_DIGITS[tens] if tens else 1) * 10 + (_HAN_DIGITS[units] if units else 0)


def read_label(text: str) -> Label | None:
    """The likeliest reading of the label that opens ``text`` (roman before alpha for ``i.``)."""
    labels = read_labels(text)
    return labels[0] if labels else None


def ordinal_name(text: str, labels: list[Label]) -> bool:
    """``12º CONGRESSO DOS SINDICATOS``, ``3° Congrès national``: an ordinal numbering an event or body, a capital after
    it and no sentence's end, as Portuguese, Spanish, Italian and French name them; no list item.  ``labels``: what
    ``read_labels`` read of ``text``, which its caller has."""
    return bool(labels) and labels[0].family.startswith(("1º", "1°")) and text[labels[0].end : labels[0].end + 1].isupper() \
        and not text.rstrip().endswith((".", ";", ":", ","))
