"""Time zones: abbreviations resolved by language and place, named local times, offsets from tzdata.

``zone_for_word("ist", ("he",))`` is ``("Asia/Jerusalem", "+02:00")``;
``named_time(folded, pos)`` reads "Baku time", "heure de Paris",
"по московскому времени" at ``pos``; ``offset_on(zone, when)`` is the zone's
UTC offset on that date from tzdata (``MSK`` was +04:00 in 2012, +03:00 now).
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import TYPE_CHECKING

from ..data import zones as data
from ..fold import fold_aligned

if TYPE_CHECKING:
    from collections.abc import Mapping

    import regex

    from .forms import Reading
    from .tokens import Token


def zone_for_word(word: str, languages: tuple[str, ...], place: str | None = None,
                  overrides: dict[str, str] | None = None) -> tuple[str, str | None] | None:
    """(IANA zone, fixed offset or None) of a folded zone abbreviation.

    An override (``{"ist": "Asia/Jerusalem"}``) wins; then the meaning whose zone's city is
    the dateline's place; then the first meaning for a hinted language; then the default.
    """
    if overrides and word in overrides:
        return overrides[word], None
    meanings = data.ABBREVIATIONS.get(word)
    if not meanings:
        return None
    if place:
        city = fold_aligned(place).replace(" ", "_")
        for zone, offset, _ in meanings:
            if zone.rsplit("/", 1)[-1].lower() == city:
                return zone, offset
    for lang in languages:
        for zone, offset, langs in meanings:
            if lang in langs:
                return zone, offset
    zone, offset, _ = meanings[0]
    return zone, offset


@lru_cache(maxsize=1)
def _city_zones() -> dict[str, str]:
    """Folded city → IANA zone: tzdata's own city names, then the spelled-out table."""
    from zoneinfo import available_timezones

    cities: dict[str, str] = {}
    for name in sorted(available_timezones()):
        if "/" in name and not name.startswith(("Etc/", "SystemV/", "US/")):
            cities.setdefault(fold_aligned(name.rsplit("/", 1)[-1].replace("_", " ")), name)
    cities.update({fold_aligned(k): v for k, v in data.CITY_ZONES.items()})
    return cities


@lru_cache(maxsize=1)
def _iana_names() -> dict[str, str]:
    """Folded IANA name → the name as tzdata spells it ("europe/paris" → "Europe/Paris")."""
    from zoneinfo import available_timezones

    return {fold_aligned(name): name for name in available_timezones()}


@lru_cache(maxsize=1)
def _named_pattern() -> regex.Pattern[str]:
    import regex

    phrases = sorted((fold_aligned(p) for p in data.NAMED_TIMES), key=len, reverse=True)
    templates = [
        regex.escape(fold_aligned(t)).replace(regex.escape("{city}"), r"(?P<city>\p{L}[\p{L}\p{M}\-]*(?: \p{L}[\p{L}\p{M}]*)?)")
        for t in data.CITY_TIME_TEMPLATES
    ]
    alternatives = [
        r"(?P<iana>(?:africa|america|antarctica|asia|atlantic|australia|europe|indian|pacific|etc)/[a-z_\-]+(?:/[a-z_\-]+)?)",
        f"(?P<fixed>{'|'.join(regex.escape(p) for p in phrases)})",
    ]
    alternatives += [f"(?:{t})" for t in templates]
    return regex.compile(r"[\s,(\[]*(?:" + "|".join(alternatives) + r")(?![\p{L}])[)\]]?", regex.V1)


@lru_cache(maxsize=1)
def _fixed_names() -> dict[str, str]:
    return {fold_aligned(k): v for k, v in data.NAMED_TIMES.items()}


def named_time(folded: str, pos: int) -> tuple[str, int] | None:
    """(IANA zone, end) of a named local time starting at ``pos`` of a folded string."""
    if pos >= len(folded):
        return None
    m = _named_pattern().match(folded, pos, min(len(folded), pos + 60))
    if m is None:
        return None
    if m.group("iana"):
        name = _iana_names().get(m.group("iana"))
        return (name, m.end()) if name else None
    if m.group("fixed"):
        return _fixed_names()[m.group("fixed")], m.end()
    for city in m.captures("city"):
        zone = _city_zones().get(city) or _city_zones().get(city.split(" ")[0])
        if zone:
            return zone, m.end()
    return None


def known_zone(name: str) -> bool:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def offset_on(zone: str, when: dt.datetime) -> dt.timedelta | None:
    """The UTC offset of ``zone`` at the wall-clock time ``when`` (naive), from tzdata."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return when.replace(tzinfo=ZoneInfo(zone)).utcoffset()
    except (ZoneInfoNotFoundError, ValueError):
        return None


def parse_offset(text: str) -> dt.timedelta:
    """``"+04:00"`` → 4 hours."""
    sign = -1 if text[0] == "-" else 1
    return sign * dt.timedelta(hours=int(text[1:3]), minutes=int(text[4:6]))


def zone_after(reading: Reading, tokens: list[Token], folded: str, languages: tuple[str, ...],
               place: str | None, overrides: Mapping[str, str] | None) -> tuple[str | None, str | None, int]:
    """(IANA zone, fixed offset, end in folded text) of the zone stated after the time."""
    end = tokens[reading.last].end
    if reading.zone_token is not None:
        found = zone_for_word(tokens[reading.zone_token].text, languages, place, dict(overrides or {}))
        if found is not None:
            return found[0], found[1], end
    if reading.hour is not None:
        named = named_time(folded, end)
        if named is not None:
            return named[0], None, named[1]
    return None, None, end


def aware(value: dt.datetime, reading: Reading, zone: str | None, fixed: str | None) -> dt.datetime:
    """The wall time ``value`` with the offset the reading states, or its ``zone``'s (a ``fixed`` one first)."""
    if reading.offset_minutes is not None:
        return value.replace(tzinfo=dt.timezone(dt.timedelta(minutes=reading.offset_minutes)))
    if zone is None:
        return value
    offset = parse_offset(fixed) if fixed else offset_on(zone, value)
    return value.replace(tzinfo=dt.timezone(offset)) if offset is not None else value


def assume(value: dt.datetime | dt.date, assume_tz: str | None) -> tuple[dt.datetime | dt.date, str | None]:
    """(``value`` in ``assume_tz`` when it states no offset, the zone assumed or None)."""
    if assume_tz is None or not isinstance(value, dt.datetime) or value.tzinfo is not None:
        return value, None
    if not known_zone(assume_tz):
        from ..errors import StmtkitError

        raise StmtkitError(f"unknown time zone {assume_tz!r}: give an IANA name such as 'Europe/Paris'")
    offset = offset_on(assume_tz, value)
    return (value.replace(tzinfo=dt.timezone(offset)) if offset is not None else value), assume_tz
