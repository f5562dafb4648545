"""``stmtkit to-json`` (batch conversion) and ``stmtkit schema``."""

from __future__ import annotations

import os
import sys
from typing import Any

import click

from .app import (
    build_options,
    cli,
    parse_options,
)


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
