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
from ..patterns import WHITESPACE

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
def _ago_words() -> tuple[tuple[str, ...], dict[int, str]]:
    """The words of ``_pattern`` that say the count goes back, folded as it holds them, each with the space it
    needs: after a word before the count ("il y a ", "vor "), before a word after it (" ago", " назад"); and the
    table that writes every white space (what the pattern's ``\\s`` matches) as a space."""
    before = sorted({fold_aligned(w) for w in words.AGO_BEFORE})
    after = sorted(fold_aligned(w) for w in words.AGO_AFTER)
    return (*(w + " " for w in before), *(" " + w for w in after)), dict.fromkeys(map(ord, WHITESPACE), " ")


def _says_ago(folded: str) -> bool:
    """Whether one of ``_ago_words`` stands in ``folded`` as the pattern needs it: a word before the count
    with a white space right after it, a word after it with a white space right before it.  Every phrase the
    readers below take holds one, and most texts hold none.  (The pattern, which opens with an assertion and
    is tried at every position, costs a paragraph some 40,000 instructions; a Python loop over each word's
    occurrences cost some 5,000, "ha" and "vor" standing in many words; one search in C a word with its space
    costs less.  A text whose only white space is the space, what ``str.isprintable`` tells in one pass, is
    searched as it is.)"""
    spaced, spaces = _ago_words()
    text = folded if folded.isprintable() else folded.translate(spaces)
    return any(map(text.__contains__, spaced))


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
