"""Romanisation variants folded in signatory keys, so one person has one key across documents.

Applied in order to the transliterated (``anyascii``), casefolded name: ASCII by then, so a
letter is ``[a-z]`` and the rows are patterns of the standard library's ``re``.  Each row is
``(pattern, replacement, needs, why)`` with the real spellings that needed it.
"""

from __future__ import annotations

# Letters replaced before transliteration: Azerbaijani names are romanised in the
# English press with "a" for "ə" (Məmmədli → Mammadli) and "j" for "c" (Cəlilzadə →
# Jalilzadeh).  "ə" is replaced in every name; "c" only in names written with "ə",
# since in Turkish or English names it keeps its value.
AZERBAIJANI_LETTERS: dict[str, str] = {"ə": "a", "Ə": "A"}
# ...except in the "-zadə" of family names, which the press writes "-zade(h)": Cəlilzadə → Jalilzadeh
# (a final "ə" elsewhere stays "a": Səbinə → Sabina).
AZERBAIJANI_FINAL_SCHWA = (r"(?<=zad)ə\b", "e")
AZERBAIJANI_ONLY_IN_SCHWA_NAMES: dict[str, str] = {"c": "j", "C": "J"}

# The third field lists the letters a match cannot do without (one of them must be in the key
# for the pattern to run; none listed: it always runs): most names hold no "kh", "yev" or "dzh".
KEY_FOLDS: tuple[tuple[str, str, tuple[str, ...], str], ...] = (
    (r"dzh", "j", ("dzh",), "Джалилзаде → Dzhalilzade, English Jalilzadeh"),
    (r"kh", "x", ("kh",), "Khalilov / Xəlilov / Халилов"),
    (r"(?<=ch|sh|zh)o(?=va?\b)", "e", ("hov",), "Gorbachov / Gorbachev, Pugachova / Pugacheva (ё after a hissing sound)"),
    (r"(?<=[a-z])yo(?=va?\b)", "e", ("yov",), "Kovalyova / Kovaleva (ё)"),
    (r"iye(?=va?\b)", "ie", ("iyev",), "Aliyev / Aliev, Chikhiyeva / Chikhieva: -iyev(a) → -iev(a)"),
    (r"(?<=[aeou])ye(?=va?\b)", "e", ("yev",), "Sergeyev / Sergeev, Alekseyeva / Alekseeva"),
    (r"zh", "j", ("zh",), "Жала / Jala"),
    (r"sh", "s", ("sh",), "Shahin / Şahin / Sahin: anyascii and the Turkish press drop the cedilla, English writes sh"),
    (r"ch", "c", ("ch",), "Chingiz / Çingiz"),
    (r"gh", "g", ("gh",), "Aghayev / Ağayev"),
    (r"([a-z])\1+", r"\1", (), "Mammadli / Mamadli, Hasanov / Hassanov: doubled letters"),
    (r"(?<=[a-z])(?:iy|ij|yi|y)\b", "i", ("y", "j"), "Dmitriy / Dmitry / Dmitrii, Yuriy / Yury"),
    (r"\bye", "e", ("ye",), "Yelena / Elena, Yevgeny / Evgeny"),
    (r"(?<=[aeiou])h\b", "", ("h",), "Jalilzadeh / Jalilzade"),
    (r"(?<=[a-z])ia\b", "iya", ("ia",), "Maria / Mariya, Natalia / Nataliya"),
)
