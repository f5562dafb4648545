"""``stmtkit parse``: full records."""

from __future__ import annotations

import os
import sys
from typing import Any

import click

from ..pipeline import Options
from .app import (
    EXIT_FAILED,
    EXIT_OK,
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
@click.option("--format", "fmt", type=click.Choice(["json", "ndjson", "text", "pretty"]), help="Output format (default: pretty on a terminal, json otherwise).")
@click.option("--explain", is_flag=True, help="Print to stderr which rule claimed which lines.")
@parse_options
def parse(files: tuple[str, ...], fmt: str | None, explain: bool, no_color: bool, debug: bool, **opts: Any) -> None:
    """Parse statements into full records."""
    from . import render

    options = build_options(**opts)
    fmt = fmt or ("pretty" if stdout_is_terminal() else "json")
    outcomes = list(read_all(files, options))
    failed = report_failures(outcomes)
    records = [o.record for o in outcomes]
    if explain:
        _explain(files, options)
    if fmt == "json":
        click.echo(render.dump_json(records[0] if len(records) == 1 else records))
    elif fmt == "ndjson":
        for r in records:
            click.echo(render.dump_json(r, indent=None))
    elif fmt == "text":
        for o in outcomes:
            if not o.failed:
                prefix = f"==> {o.name} <==\n" if len(outcomes) > 1 else ""
                click.echo(prefix + render.document_text(o.record), nl=False)
    else:
        for r in records:
            render.pretty(r, color=use_color(no_color))
    sys.exit(EXIT_FAILED if failed else EXIT_OK)


def _explain(files: tuple[str, ...], options: Options) -> None:
    from ..api import parse_file

    for name in files:
        if name == "-" or os.path.isdir(name):
            continue
        try:
            statement = parse_file(
                name,
                reference_date=options.reference_date,
                assume_tz=options.assume_tz,
                languages=options.languages,
                ascii_punctuation=options.ascii_punctuation,
                max_bytes=options.max_bytes,
            )
        except Exception:  # already reported as an error record
            continue
        for step in statement.explain:
            click.echo(f"{name}:{step.lines[0]}-{step.lines[1]}\t{step.rule}\t{step.why}", err=True)
