"""``stmtkit to-json`` (batch conversion) and ``stmtkit schema``."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from typing import Any

import click

from .app import (
    build_options,
    cli,
    parse_options,
)


@cli.command("to-json")
@click.argument("inputs", nargs=-1, type=click.Path(allow_dash=True, readable=False))
@click.option("-o", "--output", "output_dir", type=click.Path(file_okay=False), help="Write one .json per input into this folder, mirroring the input tree (atomically: temp file + rename).")
@click.option("--glob", "--include", "pattern", default="*.txt,*.md,*.html,*.htm", show_default=True, metavar="PATTERN", help="Which files to take from folders (name patterns, or path patterns with /, separated by commas).")
@click.option("--files-from", metavar="FILE", type=click.Path(allow_dash=True, dir_okay=False), help="Read input paths from FILE (- for stdin), one a line; read as the run goes.")
@click.option("-0", "--null", "null_separated", is_flag=True, help="With --files-from: paths end with a NUL byte, not a newline (find -print0).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), help="Worker processes (default: all cores).")
@click.option("--skip-unchanged", is_flag=True, help="With -o: skip inputs whose existing output records the same content hash.")
@click.option("--errors", "errors_file", type=click.Path(dir_okay=False), help="Write error records (NDJSON) to this file instead of stderr.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary line.")
@click.option("--dry-run", is_flag=True, help="Print each input and where its record would go (- for stdout); read and write nothing.")
@click.option("--prune", is_flag=True, help="With -o: remove the .json outputs whose input is gone (inputs as arguments only).")
@parse_options
def to_json(inputs: tuple[str, ...], output_dir: str | None, pattern: str, files_from: str | None, null_separated: bool,
            jobs: int | None, skip_unchanged: bool, errors_file: str | None, quiet: bool, dry_run: bool, prune: bool,
            color: str, no_color: bool, debug: bool, **opts: Any) -> None:
    """Batch conversion for cron jobs: NDJSON on stdout, or one .json per input with -o DIR.

    Reads files, folders, standard input (no INPUT, or -) or the paths listed
    in --files-from. On stdout a failed input's error record takes its place;
    each failure is also one line on stderr (or a record in --errors). A
    summary line ends the run on stderr unless -q.

    \b
    Examples:
      stmtkit to-json scrape/ -o json/ --skip-unchanged -q
      find scrape -name '*.txt' -print0 | stmtkit to-json --files-from - -0 -o json/
      stmtkit to-json scrape/ | jq -c 'select(.error)'

    \b
    Exit status: 0 every input parsed; 1 some input failed; 2 usage error.
    """
    from ..parallel import available_cores
    from .batch import dry_run as plan_only
    from .batch import run_batch

    options = build_options(**opts)
    if files_from is not None and inputs:
        raise click.UsageError("give inputs either as arguments or with --files-from, not both")
    if null_separated and files_from is None:
        raise click.UsageError("-0 reads --files-from FILE with NUL separators: give --files-from")
    if skip_unchanged and output_dir is None:
        raise click.UsageError("--skip-unchanged compares with the outputs of an earlier run: it needs -o DIR")
    if prune and (output_dir is None or files_from is not None):
        raise click.UsageError("--prune needs -o DIR and the inputs as arguments (a --files-from list may be partial)")
    if files_from is not None and files_from != "-" and not os.path.isfile(files_from):
        raise click.UsageError(f"--files-from {files_from!r}: no such file")
    _check_output_apart(inputs, output_dir)
    paths = _listed_paths(files_from, "\0" if null_separated else "\n") if files_from is not None else list(inputs) or ["-"]
    if dry_run:
        sys.exit(plan_only(paths, output_dir=output_dir, pattern=pattern))
    _check_writable(output_dir, errors_file)
    code = run_batch(paths, options, output_dir=output_dir, pattern=pattern, jobs=jobs or available_cores(),
                     skip_unchanged=skip_unchanged, errors_file=errors_file, quiet=quiet, prune=prune)
    sys.exit(code)


def _check_writable(output_dir: str | None, errors_file: str | None) -> None:
    """Fail at once (exit 2) when the output folder or the error file cannot be made, not once per input."""
    try:
        if output_dir is not None:
            os.makedirs(output_dir, exist_ok=True)
        if errors_file is not None:
            with open(errors_file, "w", encoding="utf-8"):
                pass
    except OSError as exc:
        raise click.UsageError(f"cannot write {exc.filename or output_dir}: {exc.strerror or exc}") from None


def _check_output_apart(inputs: tuple[str, ...], output_dir: str | None) -> None:
    """Refuse (exit 2) an output folder that is an input or holds one: its outputs would be read back.

    ``to-json ow --glob '*.json' -o ow`` overwrote its own inputs; an output
    folder *inside* an input folder is fine (the walk never enters it).
    """
    if output_dir is None:
        return
    from .outputs import is_within

    real_out = os.path.realpath(output_dir)
    for name in inputs:
        if name != "-" and is_within(name, real_out):
            raise click.UsageError(
                f"the output folder {output_dir!r} is or holds the input {name!r}: "
                "a run never reads its own outputs; choose an output folder apart from the inputs"
            )


def _listed_paths(source: str, separator: str = "\n") -> Iterator[str]:
    """The paths listed in ``source`` (``-``: stdin), one a line (or NUL-separated), read lazily:
    ``find … | stmtkit to-json --files-from -``.

    Read as bytes, as file names are: a line that is not UTF-8 is still the
    name of a file (``os.fsdecode``), and a line holding a NUL becomes that
    input's error record, not the end of the run.
    """
    stream = sys.stdin.buffer if source == "-" else open(source, "rb")  # noqa: SIM115
    split = separator.encode()
    try:
        for line in stream if split == b"\n" else _split_stream(stream, split):
            path = os.fsdecode(line.rstrip(b"\r\n") if split == b"\n" else line)
            if path.strip():
                yield path
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()


def _split_stream(stream: Any, separator: bytes) -> Iterator[bytes]:
    """The pieces of a byte stream between ``separator``s, read a block at a time."""
    pending = b""
    while block := stream.read(65536):
        *pieces, pending = (pending + block).split(separator)
        yield from pieces
    if pending:
        yield pending


@cli.command()
def schema() -> None:
    """Print the JSON Schema (draft 2020-12) of a record."""
    from importlib.resources import files

    click.echo(files("stmtkit").joinpath("schema.json").read_text(encoding="utf-8"), nl=False)
