"""The dateline of the document model, in a module of its own.

``stmtkit dateline --text '27 mai 2024 17:59 (UTC +04:00)'`` reads one
dateline and builds no other element: building the eleven other frozen
dataclasses of ``stmtkit.model`` took about 4 ms of its start-up.
``stmtkit.model`` imports ``Dateline`` (and the shared ``Span`` and
``JSONDict``) from here; import them from ``stmtkit.model``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

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


@dataclass(frozen=True, slots=True)
class Dateline:
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

    @property
    def date(self) -> dt.date | None:
        if isinstance(self.datetime, dt.datetime):
            return self.datetime.date()
        return self.datetime

    @property
    def time(self) -> dt.time | None:
        if isinstance(self.datetime, dt.datetime):
            return self.datetime.time()
        return None

    @property
    def utc(self) -> dt.datetime | None:
        value = self.datetime
        if isinstance(value, dt.datetime) and value.tzinfo is not None:
            return value.astimezone(dt.timezone.utc)
        return None

    def to_dict(self) -> JSONDict:
        value = self.datetime
        time = self.time
        utc = self.utc
        iso: str | None
        if isinstance(value, dt.datetime):
            iso = value.replace(tzinfo=None).isoformat()
            offset = format_offset(value.utcoffset()) if value.tzinfo else None
            if offset:
                iso += offset
        else:
            iso = value.isoformat() if value else None
        return {
            "text": self.text,
            "datetime": iso,
            "utc": utc.replace(tzinfo=None).isoformat() + "Z" if utc else None,
            "date": self.date.isoformat() if self.date else None,
            "time": (time.strftime("%H:%M:%S") if time.second else time.strftime("%H:%M")) if time else None,
            "utc_offset": format_offset(self.utc_offset),
            "timezone": self.timezone,
            "place": self.place,
            "agency": self.agency,
            "lines": _span(self.lines) if self.lines else None,
            "place_lines": _span(self.place_lines) if self.place_lines else None,
        }
