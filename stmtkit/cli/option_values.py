"""Turning the parsing options' strings into ``Options``, without click.

Shared by the click commands (``app.build_options`` turns an ``OptionValueError``
into click's ``BadParameter``) and by the fast path of ``stmtkit dateline --text``
(``stmtkit.cli.fast``), which leaves any bad value to click so that the error
reads the same.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..options import Options


class OptionValueError(ValueError):
    """A value an option cannot take: ``hint`` names the option as click's error shows it."""

    def __init__(self, message: str, hint: str) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


def reference_date(value: str | None) -> dt.datetime | None:
    if value is None:
        return None
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        raise OptionValueError(
            f"{value!r} is not an ISO 8601 date such as 2024-05-27 or 2024-05-27T18:00", "'--reference-date'"
        ) from None


def checked_zone(value: str | None) -> str | None:
    if value is None:
        return None
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise OptionValueError(f"{value!r} is not an IANA time zone such as Europe/Paris", "'--assume-tz'") from None
    return value


def language_hints(value: str | None) -> tuple[str, ...] | None:
    """``"fr, EN"`` → ``("fr", "en")``; None or an empty list → None."""
    return tuple(x.strip().lower() for x in value.split(",") if x.strip()) if value else None


def make_options(reference_date_value: str | None, assume_tz: str | None, languages: str | None,
                 ascii_punctuation: bool, max_bytes: int | None) -> Options:
    # The light options module, not the pipeline: `stmtkit dateline --text` never needs the pipeline.
    from ..options import DEFAULT_MAX_BYTES, Options

    return Options(
        reference_date=reference_date(reference_date_value),
        assume_tz=checked_zone(assume_tz),
        languages=language_hints(languages),
        ascii_punctuation=ascii_punctuation,
        max_bytes=DEFAULT_MAX_BYTES if max_bytes is None else max_bytes,
    )


def zone_overrides(items: tuple[str, ...] | list[str]) -> dict[str, str]:
    """``("IST=Asia/Jerusalem",)`` → ``{"ist": "Asia/Jerusalem"}`` (the abbreviation folded)."""
    from ..dates.fold import fold

    names = {}
    for item in items:
        abbr, sep, zone = item.partition("=")
        if not sep or not abbr.strip() or not zone.strip():
            raise OptionValueError(f"{item!r} is not ABBR=ZONE, as in IST=Asia/Jerusalem", "--zone")
        names[fold(abbr.strip())] = zone.strip()
    return names
