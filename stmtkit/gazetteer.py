"""Is this text a place: a country or a city of CLDR's names (``stmtkit/data/places.tsv``), in any of its languages.

Shared by the dateline's ledes (``Wien (OTS) -``) and the signature entries (``Name, Berlin``).
"""

from __future__ import annotations

from pathlib import Path

from .fold import fold_words
from .memo import per_parse


def _places(initial: str) -> tuple[frozenset[str], frozenset[str]]:
    """The countries and cities whose folded name opens with ``initial``: built one initial at a time (the whole
    table, some 50,000 names, cost a one-file parse 21 M instructions to build; most pages ask a few initials)."""
    found = _BUILT.get(initial)
    return found if found is not None else _build(initial)


# The initials built so far, the table's bytes once read and the initials it holds (static data, keyed by a
# character; asked on every is_place, so dicts and sets, not cached calls).
_BUILT: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
_TABLE: list[bytes] = []
_INITIALS: set[str] = set()
_NONE: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())


def _build(initial: str) -> tuple[frozenset[str], frozenset[str]]:
    """Read the initial's line of ``stmtkit/data/places.tsv`` (``initial<TAB>countries<TAB>cities``, names joined
    by ``|``, under a line listing the initials): the file's bytes are read once, and only the line asked for is
    decoded (a character no name opens with is told by the list: a search of the file for it cost 0.4 M)."""
    if not _TABLE:
        table = (Path(__file__).parent / "data" / "places.tsv").read_bytes()
        _TABLE.append(table)
        header = table.index(b"\n") + 1  # (the second line cut out alone: a split copied the 400 KB after it)
        _INITIALS.update(table[header : table.index(b"\n", header)].decode("utf-8").split("\t")[1:])
    if initial not in _INITIALS:
        return _NONE  # (not kept: a character no name opens with leaves the table its own size)
    table = _TABLE[0]
    start = table.find(b"\n" + initial.encode("utf-8") + b"\t") + 1
    _, countries, cities = table[start : table.find(b"\n", start)].decode("utf-8").split("\t")
    built = _BUILT[initial] = (frozenset(countries.split("|")) - {""}, frozenset(cities.split("|")) - {""})
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
    if folded.startswith(_ARABIC_ARTICLES) and len(rest := folded[folded.index("-") + 1 :]) > 1:
        return rest in _places(rest[0])[1]  # "al-Riyadh", "אל-ריאד": a city's name behind the Arabic article
    return folded.startswith("the ") and len(folded) > 4 and folded[4:] in _places(folded[4])[0]


# The Arabic article as Latin and Hebrew letters write it before a city's name.
_ARABIC_ARTICLES = ("al-", "el-", "אל-")
