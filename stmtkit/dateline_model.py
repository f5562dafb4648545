"""A dateline's fields and its JSON form, without dataclasses.

``stmtkit dateline --text '27 mai 2024 17:59 (UTC +04:00)'`` prints one
dateline's record and builds no element of the document model: importing
``dataclasses`` (which imports ``inspect``) and building the model's frozen
dataclasses took about a sixth of its start-up.  The date reader returns
``DatelineFields`` (``stmtkit.dates.read.read_found``); ``stmtkit.model.Dateline``
is the frozen dataclass over the same fields, and its properties and
``to_dict`` are the functions here, so both print the same record.
``stmtkit.model`` re-exports ``Span`` and ``JSONDict``: import them from there.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

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


class DatelineFields(NamedTuple):
    """The fields of ``stmtkit.model.Dateline``, in its order (``Dateline(*fields)``)."""

    text: str
    datetime: dt.datetime | dt.date | None
    utc_offset: dt.timedelta | None = None
    timezone: str | None = None
    place: str | None = None
    agency: str | None = None
    lines: Span | None = None
    # Where place and agency were read when they stand on lines of their own ("MADRID" / "SERVIMEDIA").
    place_lines: Span | None = None


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


def dateline_record(d: DatelineFields) -> JSONDict:
    """The JSON form of a dateline (SPEC §2): ``Dateline.to_dict`` is this function."""
    value = d.datetime
    time = time_of(value)
    utc = utc_of(value)
    date = date_of(value)
    iso: str | None
    if isinstance(value, dt.datetime):
        iso = value.replace(tzinfo=None).isoformat()
        offset = format_offset(value.utcoffset()) if value.tzinfo else None
        if offset:
            iso += offset
    else:
        iso = value.isoformat() if value else None
    return {
        "text": d.text,
        "datetime": iso,
        "utc": utc.replace(tzinfo=None).isoformat() + "Z" if utc else None,
        "date": date.isoformat() if date else None,
        "time": (time.strftime("%H:%M:%S") if time.second else time.strftime("%H:%M")) if time else None,
        "utc_offset": format_offset(d.utc_offset),
        "timezone": d.timezone,
        "place": d.place,
        "agency": d.agency,
        "lines": _span(d.lines) if d.lines else None,
        "place_lines": _span(d.place_lines) if d.place_lines else None,
    }
