"""Is this text a place: a country or a city of CLDR's names (``stmtkit.data.places``), in any of its languages.

Shared by the dateline's ledes (``Wien (OTS) -``) and the signature entries (``Name, Berlin``).
"""

from __future__ import annotations

from functools import cache

from .fold import fold_words
from .memo import per_parse


def _places(initial: str) -> tuple[frozenset[str], frozenset[str]]:
    """The countries and cities whose folded name opens with ``initial``: built one initial at a time (the whole
    table, some 50,000 names, cost a one-file parse 21 M instructions to build; most pages ask a few initials)."""
    from .data.places import CITIES_BY_INITIAL, COUNTRIES_BY_INITIAL  # lazy

    if initial not in COUNTRIES_BY_INITIAL and initial not in CITIES_BY_INITIAL:
        return _NONE  # (no cache entry for a character no name opens with: the cache stays the table's size)
    return _built(initial)


_NONE: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())


@cache
def _built(initial: str) -> tuple[frozenset[str], frozenset[str]]:
    from .data.places import CITIES_BY_INITIAL, COUNTRIES_BY_INITIAL

    return (frozenset(COUNTRIES_BY_INITIAL.get(initial, "").split("|")) - {""},
            frozenset(CITIES_BY_INITIAL.get(initial, "").split("|")) - {""})


@per_parse  # asked again of the same names by the entries, the ledes and the closings (a third of the calls)
def is_place(text: str) -> bool:
    """A country or a city alone: ``Switzerland``, ``the Netherlands``, ``US``, ``Berlin``, ``Москва``."""
    folded = fold_words(text).strip(" .,;()")
    if not folded or len(folded) > 40:
        return False
    countries, cities = _places(folded[0])
    if folded in countries or folded in cities:
        return True
    return folded.startswith("the ") and len(folded) > 4 and folded[4:] in _places(folded[4])[0]
