"""Reading a dateline: a string → date, time, UTC offset, zone.

``find_date`` looks for the first date expression in a string and returns
what it read and where (so the dateline stage can tell a stamp that fills its
line from a date inside a sentence).  Month and weekday names come from the
generated CLDR tables in ``stmtkit.data.cldr_dates``; matching works on a
folded copy of the string (lowercase, no diacritics) of the same length, so
positions map back to the original text.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import regex

from ..data import cldr_dates
from ..model import Dateline


def fold_char(c: str) -> str:
    """One character → one lowercase character without diacritics (keeps string length)."""
    if c.isascii():
        return c.lower()
    lowered = c.lower()[:1]
    base = unicodedata.normalize("NFD", lowered)[:1]
    return base or lowered


def fold(text: str) -> str:
    return "".join(fold_char(c) for c in text)


@lru_cache(maxsize=64)
def month_table(languages: tuple[str, ...] | None) -> dict[str, int]:
    """Folded month name → month number; hinted languages win over the rest."""
    table: dict[str, int] = {}
    order = list(languages or ()) + [lang for lang in cldr_dates.MONTHS if lang not in (languages or ())]
    for lang in order:
        for name, number in cldr_dates.MONTHS.get(lang, {}).items():
            table.setdefault(name, number)
    return table


@lru_cache(maxsize=64)
def weekday_table(languages: tuple[str, ...] | None) -> dict[str, int]:
    table: dict[str, int] = {}
    order = list(languages or ()) + [lang for lang in cldr_dates.WEEKDAYS if lang not in (languages or ())]
    for lang in order:
        for name, number in cldr_dates.WEEKDAYS.get(lang, {}).items():
            table.setdefault(name, number)
    return table


_WORD = r"(?P<month>\p{L}[\p{L}\p{M}]*\.?)"
_DAY = r"(?P<day>[0-3]?\d)(?:er|st|nd|rd|th|\.|-?го|-?е)?"
_YEAR = r"(?P<year>(?:19|20|21)\d\d)"
_SEP = r"[\s,]*(?:(?:de|del|of|d|г|г\.|года|yil|il)\s+)?"

_DATE_FORMS = [
    # 2024-05-27, 2024-05-27T17:59:00+04:00
    regex.compile(
        r"(?<!\d)(?P<year>\d{4})-(?P<mon>[01]?\d)-(?P<day>[0-3]?\d)"
        r"(?:[t ](?P<hour>[0-2]?\d):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d)(?:[.,]\d+)?)?"
        r"\s*(?P<iso_offset>z|[+-−]\d\d(?::?\d\d)?)?)?(?!\d)",
        regex.V1,
    ),
    # 27 mai 2024, 27. Mai 2024, 22 de abril de 2012, 27 мая 2024 г.
    regex.compile(rf"(?<![\p{{L}}\d]){_DAY}\s*{_SEP}{_WORD}{_SEP}{_YEAR}(?!\d)", regex.V1),
    # May 27, 2024
    regex.compile(rf"(?<![\p{{L}}\d]){_WORD}\s*{_DAY}(?:,\s*|\s+){_YEAR}(?!\d)", regex.V1),
    # 27.05.2024, 27/05/2024
    regex.compile(r"(?<![\d.])(?P<day>[0-3]?\d)(?P<sep>[./-])(?P<mon>[01]?\d)(?P=sep)(?P<year>\d{4})(?![\d])"),
]

_TIME = regex.compile(
    r"(?:[\s,]*(?:à|a|at|um|alle|ore|saat|às|as|a las|в|o|-|–|—|\|)?\s*)"
    r"(?P<hour>[0-2]?\d)\s*(?:[:h.]|\s+h\s+)\s*(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?"
    r"(?:\s*(?P<ampm>[ap]\.?\s?m\.?))?(?:\s*(?:uhr|h))?(?![\d])",
    regex.V1,
)

_OFFSET = regex.compile(
    r"[\s,]*\(?\s*(?:(?:utc|gmt)\s*(?P<sign>[+-−])\s*(?P<oh>\d{1,2})(?::?(?P<om>\d\d))?"
    r"|(?P<sign2>[+-])(?P<oh2>\d\d):?(?P<om2>\d\d)"
    r"|(?P<utc>utc|gmt|z)(?![\p{L}]))\s*\)?",
    regex.V1,
)


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date read from a string, and the ``start``/``end`` of what was read."""

    value: dt.datetime | dt.date
    offset: dt.timedelta | None
    start: int
    end: int


def _offset(sign: str, hours: str, minutes: str | None) -> dt.timedelta | None:
    h, m = int(hours), int(minutes or 0)
    if h > 14 or m >= 60:
        return None
    delta = dt.timedelta(hours=h, minutes=m)
    return -delta if sign in "-−" else delta


def _read_offset(folded: str, pos: int) -> tuple[dt.timedelta | None, int]:
    m = _OFFSET.match(folded, pos)
    if not m:
        return None, pos
    if m.group("utc"):
        return dt.timedelta(0), m.end()
    if m.group("oh") is not None:
        off = _offset(m.group("sign"), m.group("oh"), m.group("om"))
    else:
        off = _offset(m.group("sign2"), m.group("oh2"), m.group("om2"))
    return (off, m.end()) if off is not None else (None, pos)


def _iter_dates(folded: str, months: dict[str, int]) -> Iterable[tuple[int, int, int, int, int, regex.Match[str]]]:
    for form in _DATE_FORMS:
        for m in form.finditer(folded, overlapped=False):
            groups = m.groupdict()
            if groups.get("month"):
                month = months.get(groups["month"].rstrip("."))
                if month is None:
                    continue
            else:
                month = int(groups["mon"])
            yield m.start(), m.end(), int(groups["year"]), month, int(groups["day"]), m


def find_date(
    text: str, languages: tuple[str, ...] | None = None
) -> FoundDate | None:
    """The first date (with the time and offset that follow it) stated in ``text``."""
    folded = fold(text)
    months = month_table(languages)
    best: FoundDate | None = None
    for start, end, year, month, day, m in _iter_dates(folded, months):
        if best is not None and start >= best.start:
            continue
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        value: dt.datetime | dt.date = date
        offset: dt.timedelta | None = None
        groups = m.groupdict()
        if groups.get("hour") is not None:
            hour, minute, second = int(groups["hour"]), int(groups["minute"]), int(groups["second"] or 0)
            if groups.get("iso_offset"):
                raw = groups["iso_offset"]
                offset = dt.timedelta(0) if raw == "z" else _offset(raw[0], raw[1:3], raw[-2:] if len(raw) > 3 else None)
        else:
            t = _TIME.match(folded, end)
            if t:
                hour, minute, second = int(t.group("hour")), int(t.group("minute")), int(t.group("second") or 0)
                ampm = t.group("ampm")
                if ampm and hour <= 12:
                    hour = hour % 12 + (12 if ampm.startswith("p") else 0)
                end = t.end()
            else:
                hour = -1
                minute = second = 0
        if hour >= 24:
            hour = -1
        if hour >= 0:
            value = dt.datetime(year, month, day, hour, minute, second)
            if offset is None:
                offset, end = _read_offset(folded, end)
        if isinstance(value, dt.datetime) and offset is not None:
            value = value.replace(tzinfo=dt.timezone(offset))
        best = FoundDate(value, offset, start, end)
    return best


def _apply_assumed_zone(value: dt.datetime | dt.date, assume_tz: str | None) -> tuple[dt.datetime | dt.date, str | None]:
    if assume_tz is None or not isinstance(value, dt.datetime) or value.tzinfo is not None:
        return value, None
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        zone = ZoneInfo(assume_tz)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        from ..errors import StmtkitError

        raise StmtkitError(f"unknown time zone {assume_tz!r}: give an IANA name such as 'Europe/Paris'") from exc
    return value.replace(tzinfo=zone), assume_tz


def parse_dateline(
    text: str,
    *,
    reference_date: dt.datetime | None = None,
    assume_tz: str | None = None,
    languages: Iterable[str] | None = None,
    lines: tuple[int, int] | None = None,
) -> Dateline | None:
    """Read the date, time, offset and zone stated in ``text``; None if it states no date.

    >>> parse_dateline("27 mai 2024 17:59 (UTC +04:00)").to_dict()["datetime"]
    '2024-05-27T17:59:00+04:00'
    """
    found = find_date(text, tuple(languages) if languages else None)
    if found is None:
        return None
    value, zone = _apply_assumed_zone(found.value, assume_tz)
    offset = found.offset
    if offset is None and isinstance(value, dt.datetime) and value.tzinfo is not None:
        offset = value.utcoffset()
    return Dateline(
        text=text.strip(),
        datetime=value,
        utc_offset=offset,
        timezone=zone,
        lines=lines,
    )
