"""The fast path of ``stmtkit dateline --text VALUE``: the same output without importing click.

Shell loops call ``stmtkit dateline --text "$line"`` once per file, and click
alone costs about three quarters of a bare ``python -c pass``.  So the console
entry point (``stmtkit.cli.main``) first asks ``run`` here: when the arguments
are exactly ``dateline --text VALUE`` with a few simple options, it reads and
prints with the functions the click command uses (``stmtkit.cli.dateline_out``
and ``stmtkit.cli.option_values``), and writes each line as ``click.echo`` does
(the text, a newline, a flush).  Anything else returns None and click runs:
help, ``--version``, any other command or option, a value click would refuse,
a value starting with ``-``, a repeated option, ``--format pretty`` (rich), no
``--format`` on a terminal (pretty), shell completion, a stream that click
would re-wrap (not UTF-8), output holding an escape character (click strips
ANSI codes off a pipe), and any exception (click runs the same code and
reports it the usual way).  ``tests/test_cli_fast.py`` holds the two paths to
the same stdout, stderr and exit status.
"""

from __future__ import annotations

import codecs
import os
import sys
from typing import TextIO

# The options taken here: flags, and options with one value (each at most once).
_FLAGS = {"--utc": "utc", "--require": "require"}
_VALUED = {"--text": "text", "--format": "format", "--reference-date": "reference_date", "--languages": "languages"}


def dateline_arguments(argv: list[str]) -> dict[str, str | bool] | None:
    """The options of ``dateline --text VALUE …`` by name, or None when click must read ``argv``."""
    if len(argv) < 2 or argv[0] != "dateline":
        return None
    found: dict[str, str | bool] = {}
    rest = iter(argv[1:])
    for arg in rest:
        name, eq, inline = arg.partition("=")
        if name in _FLAGS and not eq:
            key: str = _FLAGS[name]
            value: str | bool = True
        elif name in _VALUED:
            key = _VALUED[name]
            if eq:
                value = inline
            else:
                value = next(rest, "-")
                if value.startswith("-"):  # a missing value, or one click might read as an option
                    return None
        else:
            return None
        if key in found:
            return None
        found[key] = value
    if not isinstance(found.get("text"), str):
        return None
    return found


def _writes_like_click(stream: TextIO) -> bool:
    """Click writes to a UTF-8 text stream as it is; it re-wraps ASCII and odd streams."""
    encoding = getattr(stream, "encoding", None)
    if not isinstance(encoding, str):
        return False
    try:
        return codecs.lookup(encoding).name == "utf-8"
    except LookupError:
        return False


def run(argv: list[str]) -> int | None:
    """Run ``dateline --text`` and return its exit status, or None (nothing printed) to let click run."""
    args = dateline_arguments(argv)
    if args is None or "_STMTKIT_COMPLETE" in os.environ:
        return None
    # Imported past the argument check: `stmtkit --version` and the other commands pay nothing here.
    from .dateline_out import PLAIN_FORMATS, exit_status, output_lines, text_result
    from .option_values import language_hints, reference_date

    # A closed or odd stream (sys.stdout None, no UTF-8 encoding) is click's to handle.
    if not (_writes_like_click(sys.stdout) and _writes_like_click(sys.stderr)):
        return None
    fmt = args.get("format")
    if fmt is None:
        fmt = "pretty" if sys.stdout.isatty() else "iso"
    if fmt not in PLAIN_FORMATS:
        return None
    text = str(args["text"])
    try:
        # The values as make_options reads them, without building Options (a dataclass: start-up).
        warnings, found = text_result(text, reference_date=reference_date(_str(args.get("reference_date"))),
                                      assume_tz=None, languages=language_hints(_str(args.get("languages"))), zone_names={})
        results = [("<text>", found)]
        lines = output_lines(results, str(fmt), bool(args.get("utc")))
    except Exception:
        return None  # a bad value or a failure: click runs the same code and reports it its own way
    if any("\x1b" in line or not _encodable(line) for line in (*warnings, *lines)):
        return None
    for line in warnings:
        _echo(line, sys.stderr)
    for line in lines:
        _echo(line, sys.stdout)
    return exit_status(results, 0, bool(args.get("require")))


def _str(value: str | bool | None) -> str | None:
    return value if isinstance(value, str) else None


def _encodable(line: str) -> bool:
    """False for a lone surrogate (an argument that was not UTF-8): left to click to print or refuse."""
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _echo(line: str, stream: TextIO) -> None:
    # What click.echo does with a str on a UTF-8 stream that is not a terminal.
    stream.write(line + "\n")
    stream.flush()
