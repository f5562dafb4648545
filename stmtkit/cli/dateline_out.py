"""What ``stmtkit dateline`` prints, without click: shared by the click command and the fast path.

``text_result`` reads ``--text``; ``output_lines`` renders results in the plain
formats (iso, text, json, ndjson; ``pretty`` needs rich and stays in the
command); ``exit_status`` says how the command ends.  The click command
(``dateline_cmd``) and ``stmtkit.cli.fast`` both print these lines, so the two
cannot drift apart.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..model import JSONDict

EXIT_OK, EXIT_FAILED, EXIT_NOTHING = 0, 1, 3
PLAIN_FORMATS = ("iso", "json", "ndjson", "text")


def text_result(string: str, *, reference_date: dt.datetime | None, assume_tz: str | None,
                languages: tuple[str, ...] | None, zone_names: Mapping[str, str]) -> tuple[list[str], JSONDict | None]:
    """(warning lines for stderr, the dateline record or None) of one string."""
    # The fields and their record, not the model's Dateline: the same JSON (Dateline.to_dict is
    # dateline_record) without importing dataclasses, a sixth of a fresh process's start-up.
    from ..dateline_model import dateline_record
    from ..dates.read import read_found

    found = read_found(string, reference_date=reference_date, assume_tz=assume_tz, languages=languages,
                       zone_names=zone_names)
    if found is None:
        return [], None
    return [f"stmtkit: warning: {message}" for message in found.warnings], dateline_record(found.fields)


def output_lines(results: Sequence[tuple[str, JSONDict | None]], fmt: str, utc: bool) -> list[str]:
    """The stdout lines of ``results`` (name, dateline or None) in a plain format."""
    many = len(results) > 1
    lines: list[str] = []
    for name, d in results:
        prefix = f"{name}\t" if many and fmt in ("iso", "text") else ""
        if fmt == "iso":
            if d:
                lines.append(prefix + str(d["utc"] if utc and d.get("utc") else d["datetime"]))
        elif fmt == "text":
            if d:
                keys = ("datetime", "utc_offset", "timezone", "place", "agency", "text")
                lines.append(prefix + " | ".join(str(d[k]) for k in keys if d.get(k)))
        elif fmt == "ndjson":
            lines.append(_dump_json(d, indent=None))
    if fmt == "json":
        lines.append(_dump_json([d for _, d in results] if many else (results[0][1] if results else None)))
    return lines


def exit_status(results: Sequence[tuple[str, JSONDict | None]], failed: int, require: bool) -> int:
    if failed:
        return EXIT_FAILED
    if require and not any(d for _, d in results):
        return EXIT_NOTHING
    return EXIT_OK


def _dump_json(value: Any, indent: int | None = 2) -> str:
    # render (with json and csv) loads only for the JSON formats: `dateline --text` prints ISO and needs neither.
    from . import render

    return render.dump_json(value, indent=indent)
