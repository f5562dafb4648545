"""Entry point of the ``stmtkit`` command: runs the click group, turns failures into one line on stderr."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

import click

from .app import EXIT_FAILED, EXIT_OK, EXIT_USAGE, cli, error_line

__all__ = ["cli", "main"]


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point: turn any unexpected exception into one line on stderr (``--debug`` shows it).

    ``argv`` defaults to ``sys.argv[1:]``.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args
    if debug:
        # Seen by the pipeline in this process and in batch workers: stage errors raise.
        os.environ["STMTKIT_DEBUG"] = "1"
    try:
        _run_click(args)
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


def _run_click(args: list[str]) -> None:
    try:
        cli.main(args, prog_name="stmtkit", standalone_mode=False)
    except click.exceptions.Abort:
        error_line(None, "aborted")
        sys.exit(130)
    except click.UsageError as exc:
        if _is_help(exc):
            # `stmtkit` alone: the help, as click prints it (click >= 8.2 raises it as a usage error).
            exc.show()
        else:
            click.echo(usage_message(exc), err=True)
        sys.exit(EXIT_USAGE)
    except click.ClickException as exc:
        error_line(None, exc.format_message())
        sys.exit(EXIT_USAGE if exc.exit_code == 2 else exc.exit_code)


def _is_help(exc: click.UsageError) -> bool:
    no_args_is_help = getattr(click.exceptions, "NoArgsIsHelpError", None)
    return no_args_is_help is not None and isinstance(exc, no_args_is_help)


def usage_message(exc: click.UsageError) -> str:
    """A usage error on one line, with where to look: ``stmtkit parse: no such option '--bogus' (see …)``."""
    message = exc.format_message()
    message = message[:1].lower() + message[1:]
    command = exc.ctx.command_path if exc.ctx is not None else "stmtkit"
    return f"{command}: {message.rstrip('.')} (see {command} --help)"
