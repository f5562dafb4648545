"""Turning the parsing options' strings into ``Options``.

``app.build_options`` turns an ``OptionValueError`` into click's ``BadParameter``
(a usage error, exit 2, naming the option).
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
    """``"fr, EN"`` → ``("fr", "en")``; None or an empty list → None; an unknown code is an error."""
    from ..api import known_languages, language_list

    hints = language_list(value)
    if hints:
        known = known_languages()
        # A regional code ("pt-br", "zh_hant") is known when its language is.
        unknown = [code for code in hints if code not in known and code.replace("_", "-").split("-")[0] not in known]
        if unknown:
            raise OptionValueError(
                f"{', '.join(map(repr, unknown))}: no language stmtkit knows (ISO 639 codes such as fr,en,ru)", "'--languages'"
            )
    return hints


def make_options(reference_date_value: str | None, assume_tz: str | None, languages: str | None,
                 ascii_punctuation: bool, max_bytes: int | None, input_format: str = "auto") -> Options:
    # The light options module, not the pipeline: `stmtkit dateline --text` never needs the pipeline.
    from ..options import DEFAULT_MAX_BYTES, Options

    return Options(
        reference_date=reference_date(reference_date_value),
        assume_tz=checked_zone(assume_tz),
        languages=language_hints(languages),
        ascii_punctuation=ascii_punctuation,
        max_bytes=DEFAULT_MAX_BYTES if max_bytes is None else max_bytes,
        input_format=input_format,
    )


def zone_overrides(items: tuple[str, ...] | list[str]) -> dict[str, str]:
    """``("IST=Asia/Jerusalem",)`` → ``{"IST": "Asia/Jerusalem"}``; an unknown zone is an error, as for --assume-tz."""
    names = {}
    for item in items:
        abbr, sep, zone = item.partition("=")
        if not sep or not abbr.strip() or not zone.strip():
            raise OptionValueError(f"{item!r} is not ABBR=ZONE, as in IST=Asia/Jerusalem", "'--zone'")
        try:
            checked_zone(zone.strip())
        except OptionValueError as exc:
            raise OptionValueError(exc.message, "'--zone'") from None
        names[abbr.strip()] = zone.strip()
    return names
