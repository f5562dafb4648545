"""``stmtkit`` commands: parse, dateline, signatories, to-json, schema.

Each command parses its options, calls the library and formats the result.
Exit status: 0 all inputs parsed; 1 some input failed; 2 usage error; 3 an
extractor found nothing and ``--require`` was given.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import click

from .. import __version__
from ..model import JSONDict
from ..pipeline import DEFAULT_MAX_BYTES, Options

F = TypeVar("F", bound=Callable[..., Any])

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_NOTHING = 0, 1, 2, 3


def _stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


def _color(no_color: bool) -> bool:
    return not no_color and "NO_COLOR" not in os.environ and _stdout_is_terminal()


def error_line(path: str | None, message: str) -> None:
    """One line on stderr naming the file and the reason."""
    click.echo(f"stmtkit: {path}: {message}" if path else f"stmtkit: {message}", err=True)


def _parse_reference_date(value: str | None) -> dt.datetime | None:
    if value is None:
        return None
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an ISO 8601 date such as 2024-05-27 or 2024-05-27T18:00") from None


def _check_zone(value: str | None) -> str | None:
    if value is None:
        return None
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise click.BadParameter(f"{value!r} is not an IANA time zone such as Europe/Paris") from None
    return value


def parse_options(func: F) -> F:
    """The options every parsing command shares."""
    decorators = [
        click.option("--reference-date", metavar="DATE", help="Resolve relative and year-less dates against DATE (ISO 8601; default: the file's modification time)."),
        click.option("--assume-tz", metavar="ZONE", help="IANA zone for datelines that state none (recorded in `timezone`)."),
        click.option("--languages", metavar="LIST", help="Language hints, comma-separated ISO 639-1 codes (fr,en)."),
        click.option("--ascii-punctuation", is_flag=True, help="Straighten quotes and dashes in the output text."),
        click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True, help="Refuse inputs larger than this."),
        click.option("--no-color", is_flag=True, help="No colours in pretty output (NO_COLOR is obeyed too)."),
        click.option("--debug", is_flag=True, help="Show tracebacks of internal errors."),
    ]
    for decorator in reversed(decorators):
        func = decorator(func)
    return func


def build_options(reference_date: str | None, assume_tz: str | None, languages: str | None, ascii_punctuation: bool, max_bytes: int) -> Options:
    langs = tuple(x.strip().lower() for x in languages.split(",") if x.strip()) if languages else None
    return Options(
        reference_date=_parse_reference_date(reference_date),
        assume_tz=_check_zone(assume_tz),
        languages=langs,
        ascii_punctuation=ascii_punctuation,
        max_bytes=max_bytes,
    )


def _outcomes(files: Iterable[str], options: Options) -> Iterable[Any]:
    from .inputs import expand, read_outcomes

    names = list(files) or ["-"]
    return read_outcomes(expand(names, "*.txt"), options)


def _report_failures(outcomes: list[Any]) -> int:
    failed = 0
    for o in outcomes:
        if o.failed:
            failed += 1
            error_line(o.record.get("path") or o.name, o.record.get("message", "failed"))
    return failed


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="stmtkit")
def cli() -> None:
    """Turn scraped statement texts into structured JSON: title, dateline, lists, signatories.

    Every command reads files, folders or standard input (no FILE, or -), as
    raw text or as stmtkit JSON/NDJSON, so that commands compose:

        stmtkit parse letter.txt | stmtkit signatories
    """


@cli.command()
@click.argument("files", nargs=-1, type=click.Path(allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(["json", "ndjson", "text", "pretty"]), help="Output format (default: pretty on a terminal, json otherwise).")
@click.option("--explain", is_flag=True, help="Print to stderr which rule claimed which lines.")
@parse_options
def parse(files: tuple[str, ...], fmt: str | None, explain: bool, no_color: bool, debug: bool, **opts: Any) -> None:
    """Parse statements into full records."""
    from . import render

    options = build_options(**opts)
    fmt = fmt or ("pretty" if _stdout_is_terminal() else "json")
    outcomes = list(_outcomes(files, options))
    failed = _report_failures(outcomes)
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
            render.pretty(r, color=_color(no_color))
    sys.exit(EXIT_FAILED if failed else EXIT_OK)


def _explain(files: tuple[str, ...], options: Options) -> None:
    from ..api import read_input
    from ..decode import decode
    from ..lines import split_lines
    from ..normalize import normalize
    from ..pipeline import Context, run_stages

    for name in files:
        if name == "-" or os.path.isdir(name):
            continue
        try:
            text, _ = normalize(decode(read_input(name, options.max_bytes)).text)
        except Exception:  # already reported as an error record
            continue
        ctx = run_stages(Context(split_lines(text), options))
        for owner, (first, last), why in ctx.explain:
            click.echo(f"{name}:{first}-{last}\t{owner}\t{why}", err=True)


@cli.command()
@click.argument("files", nargs=-1, type=click.Path(allow_dash=True))
@click.option("--text", "string", metavar="STRING", help="Read this string instead of files.")
@click.option("--utc", is_flag=True, help="Print the instant in UTC.")
@click.option("--format", "fmt", type=click.Choice(["iso", "json", "ndjson", "text", "pretty"]), help="Output format (default: pretty on a terminal, iso otherwise).")
@click.option("--require", is_flag=True, help="Exit 3 when no dateline is found.")
@parse_options
def dateline(files: tuple[str, ...], string: str | None, utc: bool, fmt: str | None, require: bool, no_color: bool, debug: bool, **opts: Any) -> None:
    """Print the dateline: ISO 8601 by default."""
    from . import render

    options = build_options(**opts)
    fmt = fmt or ("pretty" if _stdout_is_terminal() else "iso")
    results: list[tuple[str, JSONDict | None]] = []
    failed = 0
    if string is not None:
        from ..dates.read import parse_dateline

        found = parse_dateline(string, reference_date=options.reference_date, assume_tz=options.assume_tz, languages=options.languages)
        results.append(("<text>", found.to_dict() if found else None))
    else:
        outcomes = list(_outcomes(files, options))
        failed = _report_failures(outcomes)
        results = [(o.name, o.record.get("dateline")) for o in outcomes if not o.failed]
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
            click.echo(render.dump_json(d, indent=None))
        elif fmt == "pretty":
            _pretty_dateline(name, d, _color(no_color))
    if fmt == "json":
        click.echo(render.dump_json([d for _, d in results] if many else (results[0][1] if results else None)))
    if failed:
        sys.exit(EXIT_FAILED)
    if require and not any(d for _, d in results):
        sys.exit(EXIT_NOTHING)


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
    fmt = fmt or ("pretty" if _stdout_is_terminal() else "text")
    outcomes = list(_outcomes(files, options))
    failed = _report_failures(outcomes)
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
        Console(no_color=not _color(no_color)).print(table)
    if failed:
        sys.exit(EXIT_FAILED)
    if require and not rows:
        sys.exit(EXIT_NOTHING)


@cli.command("to-json")
@click.argument("inputs", nargs=-1, type=click.Path(allow_dash=True))
@click.option("-o", "--output", "output_dir", type=click.Path(file_okay=False), help="Write one .json per input into this folder, mirroring the input tree.")
@click.option("--glob", "pattern", default="*.txt", show_default=True, help="Which files to take from folders.")
@click.option("--files-from", type=click.File("r", encoding="utf-8"), help="Read input paths from this file (- for stdin), one a line.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), help="Worker processes (default: all cores).")
@click.option("--skip-unchanged", is_flag=True, help="Skip inputs whose existing output has the same content hash.")
@click.option("--errors", "errors_file", type=click.Path(dir_okay=False), help="Write error records (NDJSON) to this file.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary.")
@parse_options
def to_json(inputs: tuple[str, ...], output_dir: str | None, pattern: str, files_from: Any, jobs: int | None, skip_unchanged: bool, errors_file: str | None, quiet: bool, no_color: bool, debug: bool, **opts: Any) -> None:
    """Batch conversion for cron jobs: NDJSON on stdout, or one .json per input with -o DIR."""
    from .batch import run_batch

    options = build_options(**opts)
    paths = list(inputs)
    if files_from is not None:
        paths.extend(line.strip() for line in files_from if line.strip())
    if not paths:
        raise click.UsageError("give input files or folders, or --files-from")
    code = run_batch(paths, options, output_dir=output_dir, pattern=pattern, jobs=jobs or os.cpu_count() or 1,
                     skip_unchanged=skip_unchanged, errors_file=errors_file, quiet=quiet)
    sys.exit(code)


@cli.command()
def schema() -> None:
    """Print the JSON Schema (draft 2020-12) of a record."""
    from importlib.resources import files

    click.echo(files("stmtkit").joinpath("schema.json").read_text(encoding="utf-8"), nl=False)


def main() -> None:
    """Entry point: turn any unexpected exception into one line on stderr (``--debug`` shows it)."""
    debug = "--debug" in sys.argv
    try:
        cli.main(prog_name="stmtkit", standalone_mode=False)
    except click.exceptions.Abort:
        error_line(None, "aborted")
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(EXIT_USAGE if exc.exit_code == 2 else exc.exit_code)
    except BrokenPipeError:
        # `stmtkit parse … | head`: the reader went away; not an error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(EXIT_OK)
    except KeyboardInterrupt:
        sys.exit(130)
    except SystemExit:
        raise
    except Exception as exc:
        if debug:
            raise
        error_line(None, f"internal error: {exc.__class__.__name__}: {exc} (run with --debug for the traceback)")
        sys.exit(EXIT_FAILED)
