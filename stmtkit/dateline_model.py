"""A dateline: when and where a statement was published, and its JSON form.

The date reader (``stmtkit.dates``) returns it and the document model
(``stmtkit.model``, which re-exports it) carries it; it lives apart so that
the reader depends on nothing else of the model.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from .model_base import Record, slot_setters

Span = tuple[int, int]
JSONDict = dict[str, Any]


def _span(lines: Span) -> list[int]:
    return [lines[0], lines[1]]


def format_offset(offset: dt.timedelta | None) -> str | None:
    """``timedelta(hours=4)`` → ``"+04:00"``."""
    if offset is None:
        return None
    total = int(offset.total_seconds())
    sign = "-" if total < 0 else "+"
    total = abs(total)
    return f"{sign}{total // 3600:02d}:{total % 3600 // 60:02d}"


def date_of(value: dt.datetime | dt.date | None) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    return value


def time_of(value: dt.datetime | dt.date | None) -> dt.time | None:
    if isinstance(value, dt.datetime):
        return value.time()
    return None


def utc_of(value: dt.datetime | dt.date | None) -> dt.datetime | None:
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value.astimezone(dt.timezone.utc)
    return None


def dateline_record(d: Dateline) -> JSONDict:
    """The JSON form of a dateline (SPEC §2): ``Dateline.to_dict`` is this function.

    One test of the value's type decides every date field at once (``date_of``,
    ``time_of`` and ``utc_of`` would each test it again): for
    ``2024-05-27T17:59+04:00`` the record reads ``"datetime": "2024-05-27T17:59:00+04:00"``,
    ``"utc": "2024-05-27T13:59:00Z"``, ``"date": "2024-05-27"``, ``"time": "17:59"``.
    """
    value = d.datetime
    iso: str | None
    utc: str | None = None
    time: str | None = None
    date: str | None = None
    if isinstance(value, dt.datetime):
        iso = value.replace(tzinfo=None).isoformat()
        if value.tzinfo is not None:
            offset = format_offset(value.utcoffset())
            if offset:
                iso += offset
            utc = value.astimezone(dt.timezone.utc).replace(tzinfo=None).isoformat() + "Z"
        date = value.date().isoformat()
        # "%H:%M" as strftime writes it, seconds only when there are some ("17:59", "17:59:30").
        time = f"{value.hour:02d}:{value.minute:02d}:{value.second:02d}" if value.second else f"{value.hour:02d}:{value.minute:02d}"
    elif value is not None:
        iso = date = value.isoformat()
    else:
        iso = None
    lines = d.lines
    place_lines = d.place_lines
    return {
        "text": d.text,
        "datetime": iso,
        "utc": utc,
        "date": date,
        "time": time,
        "utc_offset": format_offset(d.utc_offset),
        "timezone": d.timezone,
        "place": d.place,
        "agency": d.agency,
        "lines": [lines[0], lines[1]] if lines else None,
        "place_lines": [place_lines[0], place_lines[1]] if place_lines else None,
    }


@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class Dateline(Record):
    """When and where a statement was published.

    ``datetime`` is an aware ``datetime`` when the text states an offset or a
    zone, a naive one when it states a time only, and a ``date`` when it
    states no time.
    """

    text: str
    datetime: dt.datetime | dt.date | None
    utc_offset: dt.timedelta | None = None
    timezone: str | None = None
    place: str | None = None
    agency: str | None = None
    lines: Span | None = None
    # Where place and agency were read when they stand on lines of their own ("MADRID" / "SERVIMEDIA").
    place_lines: Span | None = None

    def __init__(
        self, text: str, datetime: dt.datetime | dt.date | None, utc_offset: dt.timedelta | None = None,
        timezone: str | None = None, place: str | None = None, agency: str | None = None,
        lines: Span | None = None, place_lines: Span | None = None,
    ) -> None:
        (
            set_text, set_datetime, set_utc_offset, set_timezone, set_place, set_agency, set_lines,
            set_place_lines,
        ) = _DATELINE_SETTERS
        set_text(self, text)
        set_datetime(self, datetime)
        set_utc_offset(self, utc_offset)
        set_timezone(self, timezone)
        set_place(self, place)
        set_agency(self, agency)
        set_lines(self, lines)
        set_place_lines(self, place_lines)

    @property
    def date(self) -> dt.date | None:
        return date_of(self.datetime)

    @property
    def time(self) -> dt.time | None:
        return time_of(self.datetime)

    @property
    def utc(self) -> dt.datetime | None:
        return utc_of(self.datetime)

    def to_dict(self) -> JSONDict:
        return dateline_record(self)


_DATELINE_SETTERS = slot_setters(Dateline)
