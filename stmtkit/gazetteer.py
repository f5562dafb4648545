"""Is this text a place: a country or a city of CLDR's names (``stmtkit.data.places``), in any of its languages.

Shared by the dateline's ledes (``Wien (OTS) -``) and the signature entries (``Name, Berlin``).
"""

from __future__ import annotations

from .fold import fold_words
from .memo import per_parse


def _places(initial: str) -> tuple[frozenset[str], frozenset[str]]:
    """The countries and cities whose folded name opens with ``initial``: built one initial at a time (the whole
    table, some 50,000 names, cost a one-file parse 21 M instructions to build; most pages ask a few initials)."""
    found = _BUILT.get(initial)
    return found if found is not None else _build(initial)


# The initials built so far (static data, keyed by a character; asked on every is_place, so a dict, not a cached call
# that imports the table each time).
_BUILT: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
_NONE: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())


def _build(initial: str) -> tuple[frozenset[str], frozenset[str]]:
    from .data.places import CITIES_BY_INITIAL, COUNTRIES_BY_INITIAL  # lazy

    if initial not in COUNTRIES_BY_INITIAL and initial not in CITIES_BY_INITIAL:
        return _NONE  # (not kept: a character no name opens with leaves the table its own size)
    built = _BUILT[initial] = (frozenset(COUNTRIES_BY_INITIAL.get(initial, "").split("|")) - {""},
                               frozenset(CITIES_BY_INITIAL.get(initial, "").split("|")) - {""})
    return built


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
