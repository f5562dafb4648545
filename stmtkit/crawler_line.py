"""Crawler metadata glued before a page's text: ``date 2017-02 Headline``, ``published: 2024-05-02T18:00 …``.

Asked by the title, dateline and boilerplate stages: the rest of the line is read as if the metadata were not there.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from .data.structure_words import METADATA_KEYS
from .patterns import lazy


def _digit_dash(text: str) -> bool:
    """A figure then a dash somewhere in ``text`` (what a metadata prefix's date holds): found with no pattern."""
    at = text.find("-", 1)
    while at > 0:
        if text[at - 1].isdigit():
            return True
        at = text.find("-", at + 1)
    return False


@lru_cache(maxsize=1)
def _metadata_prefix() -> regex.Pattern[str]:
    """Crawler metadata glued before the text: ``date 2017-02 Headline``, ``published: 2024-05-02T18:00 …``."""
    keys = "|".join(regex.escape(k) for k in METADATA_KEYS)
    return regex.compile(
        rf"^\s*(?i:{keys})\s*[:=]?\s*\d{{4}}-\d{{1,2}}(?:-\d{{1,2}})?(?:[T ]\d{{1,2}}:\d{{2}}(?::\d{{2}})?\S*)?(?:\s+|$)"
    )


def crawler_metadata(text: str) -> int:
    """How many characters of crawler metadata open ``text`` (``date 2017-02 Headline``): 0 for none."""
    # a key first, then a date: its year and a dash
    if not text[:12].lstrip()[:1].isalpha() or not _digit_dash(text):
        return 0
    m = _metadata_prefix().match(text)
    return m.end() if m else 0


# The crawler's month: "date 2022-02 …".
_CRAWLER_MONTH = lazy(r"\b(\d{4})-(\d{2})\b")


def crawler_month(text: str) -> tuple[int, int] | None:
    """The year and month the crawler's metadata opening ``text`` dates the page with (``date 2022-02 …``)."""
    cut = crawler_metadata(text)
    m = _CRAWLER_MONTH.search(text, 0, cut) if cut else None
    return (int(m.group(1)), int(m.group(2))) if m else None
