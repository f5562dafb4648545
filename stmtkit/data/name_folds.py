"""Romanisation variants folded in signatory keys, so one person has one key across documents.

Applied in order to the transliterated (``anyascii``), casefolded name.  Each
row is ``(pattern, replacement, why)`` with the real spellings that needed it.
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

KEY_FOLDS: tuple[tuple[str, str, str], ...] = (
    (r"dzh", "j", "Джалилзаде → Dzhalilzade, English Jalilzadeh"),
    (r"kh", "x", "Khalilov / Xəlilov / Халилов"),
    (r"(?<=ch|sh|zh)o(?=va?\b)", "e", "Gorbachov / Gorbachev, Pugachova / Pugacheva (ё after a hissing sound)"),
    (r"(?<=\p{L})yo(?=va?\b)", "e", "Kovalyova / Kovaleva (ё)"),
    (r"iye(?=va?\b)", "ie", "Aliyev / Aliev, Chikhiyeva / Chikhieva: -iyev(a) → -iev(a)"),
    (r"(?<=[aeou])ye(?=va?\b)", "e", "Sergeyev / Sergeev, Alekseyeva / Alekseeva"),
    (r"zh", "j", "Жала / Jala"),
    (r"sh", "s", "Shahin / Şahin / Sahin: anyascii and the Turkish press drop the cedilla, English writes sh"),
    (r"ch", "c", "Chingiz / Çingiz"),
    (r"gh", "g", "Aghayev / Ağayev"),
    (r"(\p{L})\1+", r"\1", "Mammadli / Mamadli, Hasanov / Hassanov: doubled letters"),
    (r"(?<=\p{L})(?:iy|ij|yi|y)\b", "i", "Dmitriy / Dmitry / Dmitrii, Yuriy / Yury"),
    (r"\bye", "e", "Yelena / Elena, Yevgeny / Evgeny"),
    (r"(?<=[aeiou])h\b", "", "Jalilzadeh / Jalilzade"),
    (r"(?<=\p{L})ia\b", "iya", "Maria / Mariya, Natalia / Nataliya"),
)
