"""Scrape junk: lone markers, site chrome, navigation, widgets, desk codes.

Matched by shape (a line of punctuation only, a copyright line, a row of
language names) as well as by the per-language words in
``stmtkit.data.structure_words``, so unseen sites are handled too.  Each piece is kept
in ``boilerplate`` with its ``kind``.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ..data.structure_words import CHROME_LINES, CHROME_PREFIXES
from ..pipeline import Context
from ..text import fold, fold_key, folded_set

# "#", "* * *", "|", "###", "—", "***"
_MARKER = regex.compile(r"^[\s#*|_=~<>\-–—•·.+\\/]{1,40}$")
# Desk codes of wire services: "-0-", "-05D-"
_DESK_CODE = regex.compile(r"^-\w{1,4}-$")
# Weather and ticker widgets: "+27 °C", "USD 1.7000"
_WIDGET = regex.compile(r"^(?:[+-−]?\d{1,2}\s?°\s?[CF]?|[A-Z]{3}\s+[\d.,]+)$")
# Autonyms that make up language switchers ("English  Español  Français").
_LANGUAGE_NAMES = frozenset(
    fold(w)
    for w in (
        "English", "Español", "Français", "Deutsch", "Italiano", "Português", "Русский", "Українська",
        "Türkçe", "Azərbaycan", "Azərbaycanca", "العربية", "中文", "日本語", "Nederlands", "Polski", "فارسی",
        "Ελληνικά", "Svenska", "Čeština", "Română", "Magyar", "ქართული", "Հայերեն", "Қазақша", "O'zbek",
        "Eng", "Рус", "Az", "En", "Fr", "De", "Es", "Ru", "Tr", "pdf", "doc", "print", "version",
    )
)


@lru_cache(maxsize=1)
def _chrome() -> frozenset[str]:
    return folded_set(CHROME_LINES)


@lru_cache(maxsize=1)
def _chrome_prefixes() -> tuple[str, ...]:
    return tuple(fold(p) for p in CHROME_PREFIXES)


def classify(text: str) -> str | None:
    """The boilerplate kind of one line of text, or None if it is content.

    >>> classify("#"), classify("En transaction"), classify("© Народ Инфо, 2007-2008")
    ('scrape-marker', 'site-chrome', 'copyright')
    """
    if not text:
        return None
    if _DESK_CODE.match(text):
        return "desk-code"
    if _MARKER.match(text):
        return "scrape-marker"
    if _WIDGET.match(text):
        return "widget"
    folded = fold(text)
    if folded.startswith(("©", "(c) ", "copyright")):
        return "copyright"
    if fold_key(text) in _chrome():
        return "site-chrome"
    if folded.startswith(_chrome_prefixes()):
        return "site-chrome"
    words = regex.split(r"[\s|/·•]+", folded.strip(" |"))
    if words and len(words) <= 8 and all(w in _LANGUAGE_NAMES for w in words):
        return "navigation"
    return None


def run(ctx: Context) -> None:
    for line in ctx.free_content():
        kind = classify(line.text)
        if kind:
            ctx.add_boilerplate(kind, (line.number, line.number), f"line shape/lexicon: {kind}")
    content = ctx.free_content()
    # A single stray letter as the very last line ("G" after an agency sign-off).
    if content and len(content[-1].text) == 1 and content[-1].text.isalpha():
        last = content[-1]
        ctx.add_boilerplate("scrape-marker", (last.number, last.number), "stray letter at the end")
