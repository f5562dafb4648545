"""``stmtkit parse``: full records."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from ..model import Statement
from .app import (
    EXIT_FAILED,
    EXIT_OK,
    build_options,
    cli,
    input_options,
    parse_options,
    read_all,
    report_failures,
    stdout_is_terminal,
    use_color,
)


@cli.command()
@click.argument("files", nargs=-1, type=click.Path(allow_dash=True, readable=False))
@click.option("--format", "fmt", type=click.Choice(["json", "ndjson", "text", "pretty"]), help="Output format (default: pretty on a terminal; otherwise json for one input, ndjson for a folder or several).")
@click.option("--explain", is_flag=True, help="Print to stderr which rule claimed which lines (FILE:FIRST-LAST<TAB>rule<TAB>why).")
@input_options
@parse_options
def parse(files: tuple[str, ...], fmt: str | None, explain: bool, pattern: str, color: str, no_color: bool, debug: bool, **opts: Any) -> None:
    """Parse statements into full records.

    One FILE (or standard input) gives one record; a folder or several
    inputs give a stream: NDJSON, or one JSON array with --format json,
    however many files the folder holds. A failed input's error record
    {"error": …, "path": …, "message": …} takes its place in JSON output.

    \b
    Examples:
      stmtkit parse letter.txt | jq .title
      stmtkit parse scrape/ | jq -c 'select(.error)'
      stmtkit parse --format text letter.txt

    \b
    Exit status: 0 every input parsed; 1 some input failed (one line on
    stderr each); 2 usage error.
    """
    from . import render

    options = build_options(**opts)
    # The trail of each statement as it is parsed (files, folders and standard input alike).
    outcomes, many = read_all(files, options, pattern, _print_explain if explain else None)
    fmt = fmt or ("pretty" if stdout_is_terminal() else "ndjson" if many else "json")
    failed = report_failures(outcomes)
    records = [o.record for o in outcomes]
    if fmt == "json":
        click.echo(render.dump_json(records if many else records[0]))
    elif fmt == "ndjson":
        for r in records:
            click.echo(render.dump_json(r, indent=None))
    elif fmt == "text":
        for o in outcomes:
            if not o.failed:
                prefix = f"==> {o.name} <==\n" if many else ""
                click.echo(prefix + render.document_text(o.record), nl=False)
    else:
        for r in records:
            render.pretty(r, color=use_color(color, no_color))
    sys.exit(EXIT_FAILED if failed else EXIT_OK)


def _print_explain(name: str, statement: Statement) -> None:
    for step in statement.explain:
        click.echo(f"{name}:{step.lines[0]}-{step.lines[1]}\t{step.rule}\t{step.why}", err=True)
