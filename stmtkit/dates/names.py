"""Month and weekday names: the CLDR tables, parsed on first use, and lookups by language.

``month_number("мая")`` is 5 in any language; with a language hint the
hinted languages' names win where languages disagree (``listopad`` is November
in Czech and Polish, October in Croatian).  A word that is a prefix of one
month's names (``верес`` for ``вересня``, ``sept`` for ``septembre``) or a
case form sharing a long stem with them (Croatian ``studenom`` beside
``studeni``) is read as that month when no other month shares the prefix.
"""

from __future__ import annotations

from functools import lru_cache

# Where languages disagree on a name and nothing is hinted, these languages' reading wins
# (the languages with the most news and statements), then the rest in code order.
_PRIORITY = (
    "en", "fr", "de", "es", "it", "pt", "ru", "uk", "tr", "az", "pl", "cs", "nl", "sv", "el",
    "ro", "hu", "fi", "da", "nb", "sk", "sl", "hr", "sr", "bs", "bg", "be", "lt", "lv", "et",
    "ca", "gl", "eu", "sq", "mk", "kk", "uz", "ky", "ka", "hy", "id", "ms", "fil", "vi", "af", "sw",
)


@lru_cache(maxsize=2)
def _parse(blob: str) -> dict[str, dict[str, int]]:
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
    from ..data import cldr_dates  # 120 kB of names: loaded with the first date read, not at import

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
            if lang not in main and len(name) <= 3 and name.isascii():
                continue
            merged.setdefault(name, number)
    return merged


@lru_cache(maxsize=32)
def month_table(languages: tuple[str, ...] = ()) -> dict[str, int]:
    """Folded month name → month number (1-12), hinted languages first."""
    if not languages:  # merged when the module was generated: no parsing on the first date
        from ..data import cldr_dates

        return cldr_dates.DEFAULT_MONTHS
    return merged_table(months_by_language(), languages)


@lru_cache(maxsize=32)
def weekday_table(languages: tuple[str, ...] = ()) -> dict[str, int]:
    """Folded weekday name → weekday (0 = Monday)."""
    if not languages:
        from ..data import cldr_dates

        return cldr_dates.DEFAULT_WEEKDAYS
    return merged_table(weekdays_by_language(), languages)


@lru_cache(maxsize=32)
def _prefix_table(languages: tuple[str, ...]) -> dict[str, int]:
    """Every prefix (3+ letters, 2+ outside ASCII: Bulgarian ``ян``) of a month name → the month, or 0 when months share it."""
    prefixes: dict[str, int] = {}
    for name, number in month_table(languages).items():
        if " " in name:
            continue
        for end in range(3 if name.isascii() else 2, len(name) + 1):
            key = name[:end]
            seen = prefixes.get(key)
            prefixes[key] = number if seen in (None, number) else 0
    return prefixes


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
    if len(word) < (2 if not word.isascii() else 4) or any(c.isdigit() for c in word):
        return None
    prefixes = _prefix_table(languages)
    number = prefixes.get(word)
    if number:
        return number
    # A case ending on a stem: keep at least five letters and drop at most three; a word that
    # extends a whole month name is another word ("Junior" is not "junio", "Augusto" not "august").
    table = month_table(languages)
    for end in range(len(word) - 1, max(_STEM_MIN, len(word) - 3) - 1, -1):
        stem = word[:end]
        if stem in table:
            return None
        number = prefixes.get(stem)
        if number is not None:
            return number or None
    return None


def weekday_number(word: str, languages: tuple[str, ...] = ()) -> int | None:
    return weekday_table(languages).get(word)
