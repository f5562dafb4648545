"""Relative stamps counted back from the reference time: "2 hours ago", "5 минут назад", "il y a 3 jours".

Read only when a string states no date at all: the result is the reference
time minus the interval, to the minute for minutes and hours, the date alone
for days (a site that says "3 days ago" does not say at what time).
"""

# No `from __future__ import annotations`: typing.NamedTuple compiles string annotations (0.23 M a field).

import datetime as dt
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from ..data import dateline_words as words
from ..fold import fold_aligned

if TYPE_CHECKING:
    import regex


class Ago(NamedTuple):
    seconds: int
    start: int
    end: int


@lru_cache(maxsize=1)
def _pattern() -> "regex.Pattern[str]":
    import regex

    def alt(items: tuple[str, ...]) -> str:
        return "|".join(regex.escape(fold_aligned(w)) for w in sorted(items, key=len, reverse=True))

    return regex.compile(
        rf"(?<![\p{{L}}\d])(?:(?P<before>{alt(words.AGO_BEFORE)})\s+)?(?P<n>\d{{1,3}})\s*(?P<unit>\p{{L}}+)\.?"
        rf"(?:\s+(?P<after>{alt(words.AGO_AFTER)}))?(?![\p{{L}}])",
        regex.V1,
    )


@lru_cache(maxsize=1)
def _units() -> dict[str, int]:
    return {fold_aligned(k): v for k, v in words.AGO_UNITS.items()}


@lru_cache(maxsize=1)
def _ago_words() -> tuple[str, ...]:
    """The words of ``_pattern`` that say the count goes back ("ago", "vor", "il y a"), folded as it holds them."""
    return tuple({fold_aligned(w) for w in (*words.AGO_BEFORE, *words.AGO_AFTER)})


def _says_ago(folded: str) -> bool:
    """Whether one of ``_ago_words`` stands in ``folded``: every phrase the readers below take holds one
    (before or after its count), and most texts hold none.  (A search for each word in C costs a
    paragraph some 5,000 instructions; the pattern, asked at every position, some 40,000.)"""
    return any(word in folded for word in _ago_words())


def age_phrase(folded: str) -> tuple[int, int] | None:
    """Where a folded string says an age, whatever its unit ("5 years ago", "vor 3 Jahren"): a page's
    note of how old its stamp is, not a date to read."""
    if not _says_ago(folded):
        return None
    for m in _pattern().finditer(folded):
        if m.group("before") or m.group("after"):
            return m.start(), m.end()
    return None


def find_ago(folded: str) -> Ago | None:
    """The first "N units ago" in a folded string."""
    if not _says_ago(folded):
        return None
    for m in _pattern().finditer(folded):
        seconds = _units().get(m.group("unit"))
        if seconds and (m.group("before") or m.group("after")):
            return Ago(int(m.group("n")) * seconds, m.start(), m.end())
    return None


def resolve_ago(ago: Ago, reference: dt.datetime) -> dt.datetime | dt.date:
    when = reference - dt.timedelta(seconds=ago.seconds)
    if ago.seconds >= 86400:
        return when.date()
    return when.replace(second=0, microsecond=0, tzinfo=None) if reference.tzinfo is None else when.replace(second=0, microsecond=0)
