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
    input_options,
    parse_options,
    read_all,
    report_failures,
    stdout_is_terminal,
    use_color,
)


@cli.command()
@click.argument("files", nargs=-1, type=click.Path(allow_dash=True, readable=False))
@click.option("--format", "fmt", type=click.Choice(["text", "json", "ndjson", "csv", "pretty"]), help="Output format (default: pretty on a terminal, text otherwise).")
@click.option("--with-affiliation", is_flag=True, help="Add role and affiliation after the name (text); with --aggregate, the roles and affiliations seen (text, csv).")
@click.option("--aggregate", is_flag=True, help="One row per person (by key) over all inputs, with the documents they signed.")
@click.option("--require", is_flag=True, help="Exit 3 when no signatory is found.")
@input_options
@parse_options
def signatories(files: tuple[str, ...], fmt: str | None, with_affiliation: bool, aggregate: bool, require: bool,
                pattern: str, color: str, no_color: bool, debug: bool, **opts: Any) -> None:
    """Print who signed: one name per line by default.

    With a folder or several inputs, text lines start with the document's
    path (path<TAB>name); csv, json and ndjson rows always name it.

    \b
    Examples:
      stmtkit signatories letter.txt
      stmtkit signatories --format csv --with-affiliation scrape/ > who.csv
      stmtkit to-json scrape/ | stmtkit signatories --aggregate

    \b
    Exit status: 0 every input read; 1 some input failed; 2 usage error;
    3 no signatory found (with --require).
    """
    from . import render

    options = build_options(**opts)
    fmt = fmt or ("pretty" if stdout_is_terminal() else "text")
    outcomes, many = read_all(files, options, pattern)
    failed = report_failures(outcomes)
    pairs = [(o.name, o.record) for o in outcomes if not o.failed]
    if aggregate:
        rows = render.aggregate_signatories(pairs)
        columns = ["key", "name", "kind", "count", "variants", "documents"]
        if with_affiliation:
            columns += ["roles", "affiliations"]
    else:
        rows = render.signatory_rows(pairs)
        columns = ["document", "name", "kind", "role", "affiliation", "group", "key"]
    if fmt == "text":
        for row in rows:
            click.echo(_text_line(row, aggregate=aggregate, with_affiliation=with_affiliation, many=many))
    elif fmt == "json":
        click.echo(render.dump_json(_with_error_records(rows, outcomes, aggregate)))
    elif fmt == "ndjson":
        for row in _with_error_records(rows, outcomes, aggregate):
            click.echo(render.dump_json(row, indent=None))
    elif fmt == "csv":
        click.echo(render.csv_text(rows, columns), nl=False)
    else:
        _pretty_table(rows, columns, many=many, color=use_color(color, no_color))
    if failed:
        sys.exit(EXIT_FAILED)
    if require and not rows:
        sys.exit(EXIT_NOTHING)


def _pretty_table(rows: list[dict[str, Any]], columns: list[str], *, many: bool, color: bool) -> None:
    """A table for reading: no ``key`` (an internal matching form), the document only when there are several;
    names are never wrapped (the other columns wrap first)."""
    from rich.console import Console
    from rich.table import Table

    shown = [c for c in columns if c != "key" and (many or c != "document")]
    table = Table()
    for column in shown:
        table.add_column(column, no_wrap=column == "name", overflow="fold" if column == "name" else "ellipsis")
    for row in rows:
        table.add_row(*("; ".join(map(str, v)) if isinstance(v, list) else ("" if v is None else str(v)) for v in (row.get(c) for c in shown)))
    Console(no_color=not color, force_terminal=color or None, highlight=False).print(table)


def _with_error_records(rows: list[dict[str, Any]], outcomes: list[Any], aggregate: bool) -> list[dict[str, Any]]:
    """JSON modes: a failed input's error record (as `parse` prints it) where its rows would be.

    Aggregated rows belong to no one input: the error records follow them.
    """
    from . import render

    errors = [o.record for o in outcomes if o.failed]
    if not errors:
        return rows
    if aggregate:
        return [*rows, *errors]
    out: list[dict[str, Any]] = []
    for o in outcomes:
        out.extend([o.record] if o.failed else render.signatory_rows([(o.name, o.record)]))
    return out


def _text_line(row: dict[str, Any], *, aggregate: bool, with_affiliation: bool, many: bool) -> str:
    """``name``; ``path<TAB>name`` for several inputs; ``count<TAB>name`` aggregated; role and affiliation on request."""
    if aggregate:
        extra = ["; ".join(row["roles"]), "; ".join(row["affiliations"])] if with_affiliation else []
        return "\t".join([str(row["count"]), row["name"], *extra]).rstrip("\t")
    line: str = row["name"]
    if with_affiliation and (row.get("role") or row.get("affiliation")):
        line = (line + "\t" + "\t".join(row.get(k) or "" for k in ("role", "affiliation"))).rstrip("\t")
    return (f"{row['document']}\t" if many else "") + line
