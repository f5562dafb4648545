"""The ``stmtkit`` command group and what its commands share (options, inputs, errors).

Each command parses its options, calls the library and formats the result.
Exit status: 0 all inputs parsed; 1 some input failed; 2 usage error; 3 an
extractor found nothing and ``--require`` was given.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TypeVar

import click

from .. import __version__

if TYPE_CHECKING:
    from ..options import Options

F = TypeVar("F", bound=Callable[..., Any])

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_NOTHING = 0, 1, 2, 3


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


def use_color(no_color: bool) -> bool:
    return not no_color and "NO_COLOR" not in os.environ and stdout_is_terminal()


def error_line(path: str | None, message: str) -> None:
    """One line on stderr naming the file and the reason."""
    click.echo(f"stmtkit: {path}: {message}" if path else f"stmtkit: {message}", err=True)


def parse_options(func: F) -> F:
    """The options every parsing command shares."""
    decorators = [
        click.option("--reference-date", metavar="DATE", help="Resolve relative and year-less dates against DATE (ISO 8601; default: the file's modification time)."),
        click.option("--assume-tz", metavar="ZONE", help="IANA zone for datelines that state none (recorded in `timezone`)."),
        click.option("--languages", metavar="LIST", help="Language hints, comma-separated ISO 639-1 codes (fr,en)."),
        click.option("--ascii-punctuation", is_flag=True, help="Straighten quotes and dashes in the output text."),
        click.option("--max-bytes", type=click.IntRange(min=1), help="Refuse inputs larger than this many bytes (default: 20 MiB)."),
        click.option("--no-color", is_flag=True, help="No colours in pretty output (NO_COLOR is obeyed too)."),
        click.option("--debug", is_flag=True, help="Show tracebacks of internal errors."),
    ]
    for decorator in reversed(decorators):
        func = decorator(func)
    return func


def build_options(reference_date: str | None, assume_tz: str | None, languages: str | None, ascii_punctuation: bool, max_bytes: int | None) -> Options:
    from .option_values import OptionValueError, make_options

    try:
        return make_options(reference_date, assume_tz, languages, ascii_punctuation, max_bytes)
    except OptionValueError as exc:
        raise click.BadParameter(exc.message, param_hint=exc.hint) from None


def read_all(files: Iterable[str], options: Options) -> Iterable[Any]:
    from .inputs import expand, read_outcomes

    names = list(files) or ["-"]
    return read_outcomes(expand(names, "*.txt"), options)


def report_failures(outcomes: list[Any]) -> int:
    failed = 0
    for o in outcomes:
        if o.failed:
            failed += 1
            error_line(o.record.get("path") or o.name, o.record.get("message", "failed"))
    return failed


# Which module defines each command: `stmtkit dateline` imports dateline_cmd only, not the
# batch runner, the renderers or the parse command (a fresh process per file must start fast).
COMMAND_MODULES = {
    "parse": "parse_cmd",
    "dateline": "dateline_cmd",
    "signatories": "signatories_cmd",
    "to-json": "to_json_cmd",
    "schema": "to_json_cmd",
}


class LazyGroup(click.Group):
    """A group that imports a command's module only when that command is asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(COMMAND_MODULES))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMAND_MODULES:
            from importlib import import_module

            import_module(f"{__package__}.{COMMAND_MODULES[cmd_name]}")
        return super().get_command(ctx, cmd_name)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="stmtkit")
def cli() -> None:
    """Turn scraped statement texts into structured JSON: title, dateline, lists, signatories.

    Every command reads files, folders or standard input (no FILE, or -), as
    raw text or as stmtkit JSON/NDJSON, so that commands compose:

        stmtkit parse letter.txt | stmtkit signatories
    """
