"""``stmtkit dateline``: the dateline of each input, or of ``--text``."""

from __future__ import annotations

import sys
from typing import Any

import click

from ..model import JSONDict
from .app import (
    EXIT_FAILED,
    EXIT_NOTHING,
    build_options,
    cli,
    parse_options,
    read_all,
    report_failures,
    stdout_is_terminal,
    use_color,
)


@cli.command()
@click.argument("files", nargs=-1, type=click.Path(allow_dash=True))
@click.option("--text", "string", metavar="STRING", help="Read this string instead of files.")
@click.option("--utc", is_flag=True, help="Print the instant in UTC.")
@click.option("--format", "fmt", type=click.Choice(["iso", "json", "ndjson", "text", "pretty"]), help="Output format (default: pretty on a terminal, iso otherwise).")
@click.option("--require", is_flag=True, help="Exit 3 when no dateline is found.")
@click.option("--zone", "zones", metavar="ABBR=ZONE", multiple=True, help="With --text: read a zone abbreviation as this IANA zone (IST=Asia/Jerusalem).")
@parse_options
def dateline(files: tuple[str, ...], string: str | None, utc: bool, fmt: str | None, require: bool, zones: tuple[str, ...], no_color: bool, debug: bool, **opts: Any) -> None:
    """Print the dateline: ISO 8601 by default."""
    options = build_options(**opts)
    fmt = fmt or ("pretty" if stdout_is_terminal() else "iso")
    results: list[tuple[str, JSONDict | None]] = []
    failed = 0
    if string is not None:
        from ..dates.fold import fold
        from ..dates.read import read_stamp

        zone_names = {}
        for item in zones:
            abbr, sep, zone = item.partition("=")
            if not sep or not abbr.strip() or not zone.strip():
                raise click.BadParameter(f"{item!r} is not ABBR=ZONE, as in IST=Asia/Jerusalem", param_hint="--zone")
            zone_names[fold(abbr.strip())] = zone.strip()
        stamp = read_stamp(string, reference_date=options.reference_date, assume_tz=options.assume_tz,
                           languages=options.languages, zone_names=zone_names)
        for message in stamp.warnings if stamp else ():
            click.echo(f"stmtkit: warning: {message}", err=True)
        results.append(("<text>", stamp.dateline.to_dict() if stamp else None))
    else:
        outcomes = list(read_all(files, options))
        failed = report_failures(outcomes)
        results = [(o.name, o.record.get("dateline")) for o in outcomes if not o.failed]
        for o in outcomes:
            for w in [] if o.failed else o.record.get("warnings", []):
                if w.get("code") == "dateline":
                    click.echo(f"stmtkit: warning: {o.name}: {w.get('message')}", err=True)
    many = len(results) > 1
    for name, d in results:
        prefix = f"{name}\t" if many and fmt in ("iso", "text") else ""
        if fmt == "iso":
            if d:
                click.echo(prefix + str(d["utc"] if utc and d.get("utc") else d["datetime"]))
        elif fmt == "text":
            if d:
                click.echo(prefix + " | ".join(str(d[k]) for k in ("datetime", "utc_offset", "timezone", "place", "agency", "text") if d.get(k)))
        elif fmt == "ndjson":
            click.echo(_dump_json(d, indent=None))
        elif fmt == "pretty":
            _pretty_dateline(name, d, use_color(no_color))
    if fmt == "json":
        click.echo(_dump_json([d for _, d in results] if many else (results[0][1] if results else None)))
    if failed:
        sys.exit(EXIT_FAILED)
    if require and not any(d for _, d in results):
        sys.exit(EXIT_NOTHING)


def _dump_json(value: Any, indent: int | None = 2) -> str:
    # render (with json and csv) loads only for the JSON formats: `dateline --text` prints ISO and needs neither.
    from . import render

    return render.dump_json(value, indent=indent)


def _pretty_dateline(name: str, d: JSONDict | None, color: bool) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(no_color=not color)
    if not d:
        console.print(f"{name}: no dateline")
        return
    table = Table(title=name, show_header=False)
    for key in ("text", "datetime", "utc", "date", "time", "utc_offset", "timezone", "place", "agency"):
        table.add_row(key, "" if d.get(key) is None else str(d[key]))
    console.print(table)
