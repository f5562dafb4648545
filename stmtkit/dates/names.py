"""Month and weekday names: the CLDR tables, parsed on first use, and lookups by language.

``month_number("мая")`` is 5 in any language; with a language hint the
hinted languages' names win where languages disagree (``listopad`` is November
in Czech and Polish, October in Croatian).  A word that is a prefix of one
month's names (``верес`` for ``вересня``, ``sept`` for ``septembre``) or a
case form sharing a long stem with them (Croatian ``studenom`` beside
``studeni``) is read as that month when no other month shares the prefix.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from itertools import islice

# Where languages disagree on a name and nothing is hinted, these languages' reading wins
# (the languages with the most news and statements), then the rest in code order.
_PRIORITY = (
    "en", "fr", "de", "es", "it", "pt", "ru", "uk", "tr", "az", "pl", "cs", "nl", "sv", "el",
    "ro", "hu", "fi", "da", "nb", "sk", "sl", "hr", "sr", "bs", "bg", "be", "lt", "lv", "et",
    "ca", "gl", "eu", "sq", "mk", "kk", "uz", "ky", "ka", "hy", "id", "ms", "fil", "vi", "af", "sw",
)


@lru_cache(maxsize=2)
def _parse(blob: str) -> dict[str, dict[str, int]]:
    return _read_rows(blob)


def _read_rows(blob: str) -> dict[str, dict[str, int]]:
    tables: dict[str, dict[str, int]] = {}
    for row in blob.splitlines():
        lang, _, items = row.partition(":")
        table: dict[str, int] = {}
        for item in filter(None, items.split("|")):
            name, _, number = item.rpartition("=")
            table[name] = int(number)
        tables[lang] = table
    return tables


def months_by_language() -> dict[str, dict[str, int]]:
    from ..data import cldr_dates

    return _parse(cldr_dates.MONTHS)


def weekdays_by_language() -> dict[str, dict[str, int]]:
    from ..data import cldr_dates

    return _parse(cldr_dates.WEEKDAYS)


def merged_table(tables: dict[str, dict[str, int]], languages: tuple[str, ...]) -> dict[str, int]:
    """One table over all languages; short Latin names only from hinted or main languages.

    Three Latin letters name a month in some language and are an English word elsewhere
    ("was" is February in Wolof-script tables): outside the main languages they are left out.
    """
    main = {*languages, *_PRIORITY}
    merged: dict[str, int] = {}
    for lang in [*languages, *_PRIORITY, *tables]:
        for name, number in tables.get(lang, {}).items():
            if lang not in main and len(name) <= 4 and name.isascii():
                continue
            merged.setdefault(name, number)
    return merged


def _language_names(blob: str, language: str) -> dict[str, int]:
    """One language's row of a generated table (``lang:name=n|name=n…``), parsed alone."""
    start = 0 if blob.startswith(f"{language}:") else blob.find(f"\n{language}:") + 1
    if start == 0 and not blob.startswith(f"{language}:"):
        return {}
    end = blob.find("\n", start)
    return _read_rows(blob[start : end if end >= 0 else len(blob)])[language]


def _hinted(blob: str, default: dict[str, int], languages: tuple[str, ...]) -> dict[str, int]:
    """``merged_table`` over every language with ``languages`` first, made from the default table.

    The hinted languages' names win (the first hint first); every other name reads as with no hint,
    so only the hinted rows are parsed, not the names of 300 languages.
    """
    hinted: dict[str, int] = {}
    for language in languages:
        for name, number in _language_names(blob, language).items():
            hinted.setdefault(name, number)
    return {**default, **hinted}


# Month and weekday tables, and the names in order: one per language selection (a bounded domain).
@lru_cache(maxsize=32)
def month_table(languages: tuple[str, ...] = ()) -> dict[str, int]:
    """Folded month name → month number (1-12), hinted languages first."""
    from ..data import cldr_dates  # 120 kB of names: loaded with the first date read, not at import

    if not languages:  # merged when the module was generated: no parsing on the first date
        return cldr_dates.DEFAULT_MONTHS
    return _hinted(cldr_dates.MONTHS, cldr_dates.DEFAULT_MONTHS, languages)


@lru_cache(maxsize=32)
def weekday_table(languages: tuple[str, ...] = ()) -> dict[str, int]:
    """Folded weekday name → weekday (0 = Monday)."""
    from ..data import cldr_dates

    if not languages:
        return cldr_dates.DEFAULT_WEEKDAYS
    return _hinted(cldr_dates.WEEKDAYS, cldr_dates.DEFAULT_WEEKDAYS, languages)


def _added_words(languages: tuple[str, ...]) -> list[str]:
    """The one-word month names a hint adds to the default table (``month_table`` puts them after its names)."""
    from ..data import cldr_dates

    return [name for name in islice(month_table(languages), len(cldr_dates.DEFAULT_MONTHS), None) if " " not in name]


@lru_cache(maxsize=32)
def _names_in_order(languages: tuple[str, ...]) -> tuple[list[str], list[int]]:
    """The one-word month names, sorted, and their months: the names a prefix starts are side by side."""
    from ..data import cldr_dates  # the default table's one-word names, sorted when it was generated

    table = month_table(languages)
    names = cldr_dates.DEFAULT_MONTH_WORDS.split("|")
    added = _added_words(languages)
    if added:
        names = sorted([*names, *added])
    return names, [table[name] for name in names]


@lru_cache(maxsize=32)
def month_name_starts(languages: tuple[str, ...]) -> frozenset[str]:
    """The first two, three and four letters of every one-word month name: most words start none."""
    from ..data import cldr_dates  # those of the default table's names cut when it was generated

    starts = frozenset(cldr_dates.DEFAULT_MONTH_STARTS.split("|"))
    added = _added_words(languages)
    return starts.union(name[:end] for name in added for end in (2, 3, 4)) if added else starts


def _month_of_prefix(prefix: str, languages: tuple[str, ...]) -> int | None:
    """The month of every month name ``prefix`` starts, 0 when they name several, None when it starts none."""
    names, numbers = _names_in_order(languages)
    i = bisect_left(names, prefix)
    month = None
    while i < len(names) and names[i].startswith(prefix):
        if month is None:
            month = numbers[i]
        elif numbers[i] != month:
            return 0
        i += 1
    return month


_STEM_MIN = 5


def month_number(word: str, languages: tuple[str, ...] = ()) -> int | None:
    """The month a folded word names, or None.

    >>> month_number("мая"), month_number("верес"), month_number("studenom"), month_number("mark")
    (5, 9, 11, None)
    """
    exact = month_table(languages).get(word)
    if exact is not None:
        return exact
    # Three ASCII letters are too often a word ("was", "mar" aside): a prefix needs four ("sept").
    # Every name the word or its stems (5+ letters) could start shares the word's first four letters
    # (asked before the digits: most words are turned away on it).
    if len(word) < (2 if not word.isascii() else 4) or word[:4] not in month_name_starts(languages):
        return None
    if any(c.isdigit() for c in word):
        return None
    number = _month_of_prefix(word, languages)
    if number:
        return number
    # A case ending on a stem: keep at least five letters and drop at most three; a word that
    # extends a whole month name is another word ("Junior" is not "junio", "Augusto" not "august").
    table = month_table(languages)
    for end in range(len(word) - 1, max(_STEM_MIN, len(word) - 3) - 1, -1):
        stem = word[:end]
        if stem in table:
            return None
        number = _month_of_prefix(stem, languages)
        if number is not None:
            return number or None
    return None
