"""Exceptions: everything stmtkit raises about its input is a ``StmtkitError``.

::

    StmtkitError            one sentence fit for a user; ``path`` names the input
    ├── InputError          the input cannot be read (missing, a folder, permission)
    ├── TooLargeError       above ``--max-bytes`` (default 20 MB)
    ├── DecodeError         not text: binary, or bytes no text encoding fits
    ├── RecordError         JSON that is not a stmtkit record
    └── InternalError       a bug: a stage failed on this input (``--debug`` or
                            ``STMTKIT_DEBUG=1`` shows the traceback)

A batch (``parse_many``, ``stmtkit to-json``) turns each into an error record,
``{"error": code, "path": …, "message": …}``, and goes on with the next input.
"""

from __future__ import annotations

import os


class StmtkitError(Exception):
    """Base class; ``str(error)`` is one sentence fit for a user."""

    code = "error"

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message

    def to_dict(self) -> dict[str, str | None]:
        from .paths import path_fields

        return {"error": self.code, **path_fields(self.path), "message": self.message}


class InputError(StmtkitError):
    """The input cannot be read at all (missing file, not a file, permission)."""

    code = "input-error"


class DecodeError(StmtkitError):
    """The bytes are not text in any encoding we can recognise."""

    code = "decode-error"


class TooLargeError(StmtkitError):
    """The input is above the size limit (``max_bytes=``; ``--max-bytes`` on the command line)."""

    code = "too-large"


def too_large(size: int, limit: int, path: str | None) -> TooLargeError:
    """The error for an input above the size limit (``max_bytes``), worded the same everywhere."""
    return TooLargeError(f"the input is {size:,} bytes, above the limit of {limit:,}", path)


class RecordError(StmtkitError):
    """A JSON input is not a stmtkit record."""

    code = "bad-record"


class InternalError(StmtkitError):
    """A stage failed on this input: a bug in stmtkit, reported as an error record, not a crash."""

    code = "internal-error"


def debug_enabled() -> bool:
    """``STMTKIT_DEBUG=1`` (set by ``stmtkit --debug``): let internal errors raise with their traceback."""
    return os.environ.get("STMTKIT_DEBUG", "") not in ("", "0")
