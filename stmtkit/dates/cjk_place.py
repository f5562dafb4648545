"""A CJK news lede's opening: a known agency and the place glued to the date (``新华社北京5月13日电``)."""

from __future__ import annotations

from functools import lru_cache

from ..data import dateline_words as words
from ..gazetteer import is_place

# A CJK lede glues agency and place to the date: at most this many Han characters before it.
_CJK_LEDE_MAX = 14
_CJK_PLACE_MAX = 8


def _is_han(text: str) -> bool:
    return all("\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" for c in text)


def cjk_place_before(before: str) -> tuple[str | None, str | None, int]:
    """(place, agency, start) of a CJK lede's opening: ``新华社北京`` before ``5月13日电`` (a known agency, then the place)."""
    head = before.lstrip(" #*>_|")
    start = len(before) - len(head)
    if not (2 <= len(head) <= _CJK_LEDE_MAX and _is_han(head)):
        return None, None, len(before)
    agency = max((a for a in _known_cjk_agencies() if head.startswith(a)), key=len, default=None)
    place = head[len(agency) :] if agency else head
    if not place or len(place) > _CJK_PLACE_MAX or (agency is None and not is_place(place)):
        return None, None, len(before)
    return place, agency, start


@lru_cache(maxsize=1)
def _known_cjk_agencies() -> tuple[str, ...]:
    return tuple(a for a in words.AGENCIES if _is_han(a))
