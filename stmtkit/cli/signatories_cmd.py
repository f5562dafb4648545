"""``stmtkit signatories``: who signed, per document or aggregated."""

from __future__ import annotations

import sys
from typing import Any

import click

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
@click.option("--format", "fmt", type=click.Choice(["text", "json", "ndjson", "csv", "pretty"]), help="Output format (default: pretty on a terminal, text otherwise).")
@click.option("--with-affiliation", is_flag=True, help="Text format: add role and affiliation after the name.")
@click.option("--aggregate", is_flag=True, help="One row per person (by key) over all inputs, with the documents they signed.")
@click.option("--require", is_flag=True, help="Exit 3 when no signatory is found.")
@parse_options
def signatories(files: tuple[str, ...], fmt: str | None, with_affiliation: bool, aggregate: bool, require: bool, no_color: bool, debug: bool, **opts: Any) -> None:
    """Print who signed: one name per line by default."""
    from . import render

    options = build_options(**opts)
    fmt = fmt or ("pretty" if stdout_is_terminal() else "text")
    outcomes = list(read_all(files, options))
    failed = report_failures(outcomes)
    pairs = [(o.name, o.record) for o in outcomes if not o.failed]
    many = len(pairs) > 1
    if aggregate:
        rows = render.aggregate_signatories(pairs)
        columns = ["key", "name", "kind", "count", "variants", "documents"]
    else:
        rows = render.signatory_rows(pairs)
        columns = ["document", "name", "kind", "role", "affiliation", "group", "key"]
    if fmt == "text":
        for row in rows:
            line = row["name"]
            if aggregate:
                line = f"{row['count']}\t{row['name']}"
            elif with_affiliation and (row.get("role") or row.get("affiliation")):
                line += "\t" + "\t".join(row.get(k) or "" for k in ("role", "affiliation"))
            click.echo((f"{row['document']}\t" if many and not aggregate else "") + line)
    elif fmt == "json":
        click.echo(render.dump_json(rows))
    elif fmt == "ndjson":
        for row in rows:
            click.echo(render.dump_json(row, indent=None))
    elif fmt == "csv":
        click.echo(render.csv_text(rows, columns), nl=False)
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(*columns)
        for row in rows:
            table.add_row(*("; ".join(map(str, v)) if isinstance(v, list) else ("" if v is None else str(v)) for v in (row.get(c) for c in columns)))
        Console(no_color=not use_color(no_color)).print(table)
    if failed:
        sys.exit(EXIT_FAILED)
    if require and not rows:
        sys.exit(EXIT_NOTHING)
