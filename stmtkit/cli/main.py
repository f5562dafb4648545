"""Entry point of the ``stmtkit`` command: the group and its commands, and error handling.

Click is imported only when the fast path (``stmtkit.cli.fast``, for
``stmtkit dateline --text VALUE``) does not take the arguments: a shell loop
calling the command once per file then starts in about half the time.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import click

    from .app import cli as cli

__all__ = ["cli", "main"]

# The exit statuses of app.py, repeated here so that the fast path need not import click (app imports it).
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def __getattr__(name: str) -> Any:
    # `from stmtkit.cli.main import cli` (tests, embedding) still works; it loads click then.
    if name == "cli":
        from .app import cli

        return cli
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def main(argv: Sequence[str] | None = None, *, fast_path: bool = True) -> None:
    """Entry point: turn any unexpected exception into one line on stderr (``--debug`` shows it).

    ``argv`` defaults to ``sys.argv[1:]``; ``fast_path=False`` always goes through click
    (the tests compare the two).
    """
    args = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args
    if debug:
        # Seen by the pipeline in this process and in batch workers: stage errors raise.
        os.environ["STMTKIT_DEBUG"] = "1"
    try:
        status = _fast(args) if fast_path else None
        if status is None:
            _run_click(args)
        elif status:
            sys.exit(status)
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
        from .app import error_line

        error_line(None, f"internal error: {exc.__class__.__name__}: {exc} (run with --debug for the traceback)")
        sys.exit(EXIT_FAILED)


def _fast(args: list[str]) -> int | None:
    from . import fast

    return fast.run(args)


def _run_click(args: list[str]) -> None:
    import click

    from .app import cli, error_line

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
    import click

    no_args_is_help = getattr(click.exceptions, "NoArgsIsHelpError", None)
    return no_args_is_help is not None and isinstance(exc, no_args_is_help)


def usage_message(exc: click.UsageError) -> str:
    """A usage error on one line, with where to look: ``stmtkit parse: no such option '--bogus' (see …)``."""
    message = exc.format_message()
    message = message[:1].lower() + message[1:]
    command = exc.ctx.command_path if exc.ctx is not None else "stmtkit"
    return f"{command}: {message.rstrip('.')} (see {command} --help)"
