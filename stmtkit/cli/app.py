"""The ``stmtkit`` command group and what its commands share (options, inputs, errors).

Each command parses its options, calls the library (``stmtkit.api``) and formats the result.
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
    from ..model import Statement
    from ..options import Options
    from .inputs import Outcome

F = TypeVar("F", bound=Callable[..., Any])

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_NOTHING = 0, 1, 2, 3


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


def use_color(color: str, no_color: bool = False) -> bool:
    """``--color always|never|auto`` (auto: a terminal, and NO_COLOR unset); ``--no-color`` is ``never``."""
    if no_color or color == "never":
        return False
    if color == "always":
        return True
    return "NO_COLOR" not in os.environ and stdout_is_terminal()


def error_line(path: str | None, message: str) -> None:
    """One line on stderr naming the file and the reason."""
    click.echo(f"stmtkit: {path}: {message}" if path else f"stmtkit: {message}", err=True)


def warning_line(path: str | None, message: str) -> None:
    error_line(None, f"warning: {path}: {message}" if path else f"warning: {message}")


def byte_size(value: str | int) -> int:
    """A size in bytes: ``40000000``, ``40M`` or ``40MiB`` (×1024²), ``40MB`` (×1000²); K, M and G.

    >>> byte_size("40M"), byte_size("40MB"), byte_size("1.5k")
    (41943040, 40000000, 1536)
    """
    if isinstance(value, int):
        return value
    import re

    match = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(?:([kmg])(ib|b)?|b)?", str(value).strip().lower())
    size = 0
    if match:
        number, unit, suffix = match.groups()
        power = "kmg".index(unit) + 1 if unit else 0
        size = int(float(number) * (1000 if suffix == "b" else 1024) ** power)
    if size < 1:
        # click turns the ValueError into a usage error naming the option
        raise ValueError(f"{value!r} is not a size such as 20000000, 40M (MiB) or 40MB")
    return size


def parse_options(func: F) -> F:
    """The options every parsing command shares."""
    decorators = [
        click.option("--reference-date", metavar="DATE", help="Resolve relative and year-less dates against DATE (ISO 8601; default: the file's modification time)."),
        click.option("--assume-tz", metavar="ZONE", help="IANA zone for datelines that state none (recorded in `timezone`)."),
        click.option("--languages", metavar="LIST", help="Language hints, comma-separated ISO 639 codes (fr,en)."),
        click.option("--ascii-punctuation", is_flag=True, help="Straighten quotes and dashes in the output text."),
        click.option("--input-format", type=click.Choice(["auto", "text", "markdown", "html"]), default="auto", show_default=True,
                     help="What the inputs are: told by content (the file name as a hint), or forced."),
        click.option("--max-bytes", type=byte_size, metavar="SIZE", help="Refuse inputs larger than SIZE: bytes, or 40K/40M/1G (binary), 40MB (decimal) (default: 20M)."),
        click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True, help="Colours in pretty output (auto: on a terminal, unless NO_COLOR is set)."),
        click.option("--no-color", is_flag=True, hidden=True, help="The same as --color never."),
        click.option("--debug", is_flag=True, help="Show tracebacks of internal errors."),
    ]
    for decorator in reversed(decorators):
        func = decorator(func)
    return func


def input_options(func: F) -> F:
    """Which files a folder given as input yields."""
    return click.option(
        "--glob", "--include", "pattern", default="*.txt,*.md,*.html,*.htm", show_default=True, metavar="PATTERN",
        help="Which files to take from folders (name patterns, or path patterns with /, separated by commas).",
    )(func)


def build_options(reference_date: str | None, assume_tz: str | None, languages: str | None, ascii_punctuation: bool, max_bytes: int | None,
                  input_format: str = "auto") -> Options:
    from .option_values import OptionValueError, make_options

    try:
        return make_options(reference_date, assume_tz, languages, ascii_punctuation, max_bytes, input_format)
    except OptionValueError as exc:
        raise click.BadParameter(exc.message, param_hint=exc.hint) from None


def read_all(files: Iterable[str], options: Options, pattern: str = "*.txt,*.md,*.html,*.htm",
             on_parse: Callable[[str, Statement], None] | None = None) -> tuple[list[Outcome], bool]:
    """Every input's outcome, and whether the output is a stream (several records may come).

    The output's shape depends on the command line only (SPEC/README "output
    shape"): a stream when a folder or several inputs are named, or when an
    input is itself a stream of records (stmtkit NDJSON or a JSON array); one
    record for exactly one file or standard input holding one text or record.
    """
    from .inputs import STDIN, may_be_many, read_outcomes, walk_named

    names = list(files) or [STDIN]
    if names == [STDIN] and sys.stdin.isatty():
        error_line(None, "reading standard input (end it with Ctrl-D; give FILE to read a file)")

    def empty_folder(name: str) -> None:
        warning_line(name, f"no file in this folder matches {pattern!r} (choose others with --glob)")

    outcomes = list(read_outcomes(walk_named(names, pattern, on_empty=empty_folder), options, on_parse))
    return outcomes, may_be_many(names) or any(o.stream for o in outcomes)


def report_failures(outcomes: Iterable[Outcome]) -> int:
    from .inputs import failure_text

    failed = 0
    for o in outcomes:
        if o.failed:
            failed += 1
            error_line(o.record.get("path") or o.name, failure_text(o.record))
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

    def resolve_command(self, ctx: click.Context, args: list[str]) -> tuple[str | None, click.Command | None, list[str]]:
        name = args[0] if args else ""
        if not name.startswith("-") and self.get_command(ctx, name) is None and not ctx.resilient_parsing:
            from difflib import get_close_matches

            close = get_close_matches(name, self.list_commands(ctx), n=1, cutoff=0.6)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise click.UsageError(f"no such command {name!r}{hint}", ctx)
        return super().resolve_command(ctx, args)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            # `stmtkit parse … | head`: the reader went away, which is no failure. Caught here,
            # before click's own handling, which exits 1; stdout now points at /dev/null so that
            # flushing it at exit does not fail again.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise click.exceptions.Exit(EXIT_OK) from None


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="stmtkit")
@click.option("--debug", is_flag=True, expose_value=False, help="Show tracebacks of internal errors (also accepted after the command).")
def cli() -> None:
    """Turn scraped statement texts into structured JSON: title, dateline, lists, signatories.

    Every command reads files, folders or standard input (no FILE, or -), as
    raw text or as stmtkit JSON/NDJSON, so that commands compose:

    \b
        stmtkit parse letter.txt | stmtkit signatories

    Output shape: one record for exactly one FILE (or standard input); a
    stream (NDJSON, or a JSON array with --format json; a path column in
    text formats) for a folder or several inputs. Exit status: 0 every input
    read, 1 some input failed (one line on stderr each), 2 usage error,
    3 nothing found with --require.
    """
