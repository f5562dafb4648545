"""Is this text a place: a country or a city of CLDR's names (``stmtkit.data.places``), in any of its languages.

Shared by the dateline's ledes (``Wien (OTS) -``) and the signature entries (``Name, Berlin``).
"""

from __future__ import annotations

from functools import lru_cache

from .fold import fold_words
from .memo import per_parse


@lru_cache(maxsize=1)
def _places() -> tuple[frozenset[str], frozenset[str]]:
    from .data.places import CITIES, COUNTRIES  # lazy: ~6000 names

    return COUNTRIES, CITIES


@per_parse  # asked again of the same names by the entries, the ledes and the closings (a third of the calls)
def is_place(text: str) -> bool:
    """A country or a city alone: ``Switzerland``, ``the Netherlands``, ``US``, ``Berlin``, ``Москва``."""
    folded = fold_words(text).strip(" .,;()")
    if not folded or len(folded) > 40:
        return False
    countries, cities = _places()
    if folded in countries or folded in cities:
        return True
    return folded.startswith("the ") and folded[4:] in countries
