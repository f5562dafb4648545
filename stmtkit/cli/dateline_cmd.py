"""``stmtkit dateline``: the dateline of each input, or of ``--text``."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

import click

from .app import (
    build_options,
    cli,
    parse_options,
    read_all,
    report_failures,
    stdout_is_terminal,
    use_color,
)
from .dateline_out import exit_status, output_lines, text_result
from .option_values import OptionValueError, zone_overrides

if TYPE_CHECKING:
    from ..model import JSONDict


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
    # JSON modes: every input in order, a failed one as its error record (as `parse` prints it).
    shown: list[tuple[str, JSONDict | None]] | None = None
    failed = 0
    if string is not None:
        try:
            zone_names = zone_overrides(zones)
        except OptionValueError as exc:
            raise click.BadParameter(exc.message, param_hint=exc.hint) from None
        warnings, found = text_result(string, reference_date=options.reference_date, assume_tz=options.assume_tz,
                                      languages=options.languages, zone_names=zone_names)
        for line in warnings:
            click.echo(line, err=True)
        results.append(("<text>", found))
    else:
        outcomes = list(read_all(files, options))
        failed = report_failures(outcomes)
        results = [(o.name, o.record.get("dateline")) for o in outcomes if not o.failed]
        if fmt in ("json", "ndjson"):
            shown = [(o.name, o.record if o.failed else o.record.get("dateline")) for o in outcomes]
        for o in outcomes:
            for w in [] if o.failed else o.record.get("warnings", []):
                if w.get("code") == "dateline":
                    click.echo(f"stmtkit: warning: {o.name}: {w.get('message')}", err=True)
    if fmt == "pretty":
        for name, d in results:
            _pretty_dateline(name, d, use_color(no_color))
    else:
        # The same lines as the fast path of `stmtkit dateline --text` (stmtkit.cli.fast) prints.
        for line in output_lines(results if shown is None else shown, fmt, utc):
            click.echo(line)
    status = exit_status(results, failed, require)
    if status:
        sys.exit(status)


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
