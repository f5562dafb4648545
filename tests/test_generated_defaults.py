"""The merged no-hint month and weekday tables stored in the generated module equal a fresh merge.

``stmtkit.data.cldr_dates`` keeps them so that a process reading one date does
not parse and merge every language's row first; a stale copy would change what
``27 mai 2024`` reads as, so the stored tables must be exactly the merge, in order.
"""

from __future__ import annotations

from stmtkit.data import cldr_dates
from stmtkit.dates import names


def test_default_months_are_the_merge_of_every_language() -> None:
    fresh = names.merged_table(names.months_by_language(), ())
    assert list(cldr_dates.DEFAULT_MONTHS.items()) == list(fresh.items())


def test_default_weekdays_are_the_merge_of_every_language() -> None:
    fresh = names.merged_table(names.weekdays_by_language(), ())
    assert list(cldr_dates.DEFAULT_WEEKDAYS.items()) == list(fresh.items())


def test_the_sorted_month_words_and_their_starts_are_those_of_the_default_months() -> None:
    words = sorted(name for name in cldr_dates.DEFAULT_MONTHS if " " not in name)
    assert cldr_dates.DEFAULT_MONTH_WORDS.split("|") == words
    assert cldr_dates.DEFAULT_MONTH_STARTS.split("|") == sorted({word[:end] for word in words for end in (2, 3, 4)})


def test_tables_without_hints_are_the_stored_ones() -> None:
    assert names.month_table(()) is cldr_dates.DEFAULT_MONTHS
    assert names.weekday_table(()) is cldr_dates.DEFAULT_WEEKDAYS
    assert names.month_number("mai") == 5
