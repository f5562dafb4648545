"""``stmtkit dateline``: the dateline of each input, or of ``--text``.

One output record per input, always, so that output lines match inputs: a
file without a dateline gives an empty record (an empty value in ``iso``,
``text`` and ``csv``; ``"dateline": null`` in JSON), a failed one its error
record in JSON and an empty record elsewhere (its error on stderr).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any, NamedTuple

import click

from .app import (
    EXIT_FAILED,
    EXIT_NOTHING,
    build_options,
    cli,
    input_options,
    parse_options,
    read_all,
    report_failures,
    stdout_is_terminal,
    use_color,
    warning_line,
)
from .option_values import OptionValueError, zone_overrides

if TYPE_CHECKING:
    from ..model import JSONDict

CSV_COLUMNS = ("path", "datetime", "utc", "date", "time", "utc_offset", "timezone", "place", "agency")
TEXT_FIELDS = ("utc_offset", "timezone", "place", "agency", "text")


class Row(NamedTuple):
    """One input's dateline: ``name`` as shown, ``path`` as JSON records it (None: stdin, --text)."""

    name: str
    path: str | None
    dateline: JSONDict | None
    error: JSONDict | None = None

    def has_date(self) -> bool:
        return bool(self.dateline and self.dateline.get("datetime"))

    def record(self) -> JSONDict:
        return self.error if self.error is not None else {"path": self.path, "dateline": self.dateline}


@cli.command()
@click.argument("files", nargs=-1, type=click.Path(allow_dash=True, readable=False))
@click.option("--text", "string", metavar="STRING", help="Read this string instead of files.")
@click.option("--utc", is_flag=True, help="Print the instant in UTC (nothing, with a warning, when the dateline states no offset).")
@click.option("--format", "fmt", type=click.Choice(["iso", "text", "csv", "json", "ndjson", "pretty"]), help="Output format (default: pretty on a terminal, iso otherwise).")
@click.option("--require", is_flag=True, help="Exit 3 when no input states a date.")
@click.option("--zone", "zones", metavar="ABBR=ZONE", multiple=True, help="With --text: read a zone abbreviation as this IANA zone (IST=Asia/Jerusalem).")
@input_options
@parse_options
def dateline(files: tuple[str, ...], string: str | None, utc: bool, fmt: str | None, require: bool, zones: tuple[str, ...],
             pattern: str, color: str, no_color: bool, debug: bool, **opts: Any) -> None:
    """Print the dateline of each input: ISO 8601 by default.

    One line (one record) per input: with a folder or several inputs, each
    starts with the path (path<TAB>value); an input without a date gives an
    empty value. --format csv has fixed columns (path, datetime, utc, date,
    time, utc_offset, timezone, place, agency); json/ndjson records read
    {"path": …, "dateline": {…} or null}.

    \b
    Examples:
      stmtkit dateline --text '27 mai 2024 17:59 (UTC +04:00)'
      stmtkit dateline --utc letter.txt
      stmtkit dateline --format csv scrape/ > datelines.csv

    \b
    Exit status: 0 every input read; 1 some input failed; 2 usage error;
    3 no input states a date (with --require).
    """
    options = build_options(**opts)
    fmt = fmt or ("pretty" if stdout_is_terminal() else "iso")
    failed = 0
    if string is not None:
        if files:
            raise click.UsageError("give either --text STRING or files, not both")
        try:
            zone_names = zone_overrides(zones)
        except OptionValueError as exc:
            raise click.BadParameter(exc.message, param_hint=exc.hint) from None
        from ..api import read_dateline

        reading = read_dateline(string, reference_date=options.reference_date, assume_tz=options.assume_tz,
                                languages=options.languages, zone_names=zone_names)
        for message in reading.warnings:
            warning_line(None, message)
        rows = [Row("<text>", None, None if reading.dateline is None else reading.dateline.to_dict())]
        many = False
    else:
        if zones:
            raise click.UsageError("--zone applies to --text only (files are read with the zones their language implies)")
        outcomes, many = read_all(files, options, pattern)
        failed = report_failures(outcomes)
        rows = []
        for o in outcomes:
            if o.failed:
                rows.append(Row(o.name, o.record.get("path"), None, o.record))
                continue
            path = (o.record.get("source") or {}).get("path")
            rows.append(Row(o.name, path, o.record.get("dateline")))
            for w in o.record.get("warnings", []):
                if w.get("code") == "dateline":
                    warning_line(o.name, str(w.get("message")))
    if fmt == "pretty":
        for row in rows:
            _pretty_dateline(row, use_color(color, no_color))
    else:
        for line in output_lines(rows, fmt, utc=utc, many=many):
            click.echo(line)
    if failed:
        sys.exit(EXIT_FAILED)
    if require and not any(row.has_date() for row in rows):
        sys.exit(EXIT_NOTHING)


def output_lines(rows: list[Row], fmt: str, *, utc: bool, many: bool) -> list[str]:
    """The stdout lines of ``rows`` in a plain format: one per row (csv: and a header; json: one value)."""
    if fmt in ("json", "ndjson", "csv"):
        return _structured_lines(rows, fmt, many)
    lines = []
    for row in rows:
        value = _value(row, utc)
        if fmt == "text" and value:
            value = " | ".join([value, *(str(row.dateline[k]) for k in TEXT_FIELDS if row.dateline and row.dateline.get(k))])
        lines.append(f"{row.name}\t{value}" if many else value)
    return lines


def _structured_lines(rows: list[Row], fmt: str, many: bool) -> list[str]:
    # render (json, csv) is imported for these formats only: the ISO line needs neither.
    from . import render

    if fmt == "json":
        records = [row.record() for row in rows]
        return [render.dump_json(records if many else records[0])]
    if fmt == "ndjson":
        return [render.dump_json(row.record(), indent=None) for row in rows]
    if fmt == "csv":
        table = [{"path": row.name, **(row.dateline or {})} for row in rows]
    return render.csv_text(table, list(CSV_COLUMNS)).splitlines()


def _value(row: Row, utc: bool) -> str:
    """The instant as ISO 8601: ``datetime`` (a date alone when no time is stated), or ``utc`` with --utc."""
    d = row.dateline
    if not d or not d.get("datetime"):
        return ""
    if not utc:
        return str(d["datetime"])
    if not d.get("utc"):
        warning_line(None if row.name == "<text>" else row.name,
                     f"the dateline {d['datetime']} states no UTC offset: --utc prints nothing for it (give --assume-tz ZONE)")
        return ""
    return str(d["utc"])


def _pretty_dateline(row: Row, color: bool) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(no_color=not color, force_terminal=color or None)
    d = row.dateline
    if row.error is not None or not d:
        console.print(f"{row.name}: no dateline", markup=False, highlight=False)
        return
    table = Table(title=row.name, show_header=False)
    for key in ("text", "datetime", "utc", "date", "time", "utc_offset", "timezone", "place", "agency"):
        table.add_row(key, "" if d.get(key) is None else str(d[key]))
    console.print(table)
