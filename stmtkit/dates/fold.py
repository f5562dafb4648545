"""Folding text for matching: lowercase, no diacritics, one character for one.

The folded copy of a string has the same length as the original, so a match
found in the folded copy points at the same characters of the original
(``27 MAI 2024`` and ``27 mai 2024`` fold alike, and the stamp is cut from
the original at the same offsets).  The generator of ``stmtkit.data.cldr_dates``
folds month names with the same function, so the tables and the text agree
(Thai ``กุมภาพันธ์`` keeps its vowel marks on both sides).
"""

from __future__ import annotations

import unicodedata


def fold_char(c: str) -> str:
    """One character → one lowercase character without diacritics.

    >>> fold_char("É"), fold_char("İ"), fold_char("й"), fold_char("ß")
    ('e', 'i', 'и', 'ß')
    """
    lowered = c.lower()[:1] or c
    if lowered == "ı":  # Turkish dotless i: "MAYIS" lowers to "mayis", CLDR writes "mayıs"
        return "i"
    if lowered.isascii():
        return lowered
    decomposed = unicodedata.normalize("NFD", lowered)
    # Strip marks only: a Hangul syllable also decomposes (into letters), and stays whole.
    if len(decomposed) > 1 and unicodedata.combining(decomposed[1]):
        return decomposed[0]
    return lowered


class _FoldTable(dict[int, str]):
    """A ``str.translate`` table that learns each character the first time it is seen."""

    def __missing__(self, code: int) -> str:
        folded = fold_char(chr(code))
        self[code] = folded
        return folded


_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Fold ``text`` (same length as the input).

    >>> fold("Mo, 27. MÄRZ 2024")
    'mo, 27. marz 2024'
    """
    return text.translate(_TABLE)
