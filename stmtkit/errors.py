"""Exceptions: everything stmtkit raises about its input is a ``StmtkitError``."""

from __future__ import annotations


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
        return {"error": self.code, "path": self.path, "message": self.message}


class InputError(StmtkitError):
    """The input cannot be read at all (missing file, not a file, permission)."""

    code = "input-error"


class DecodeError(StmtkitError):
    """The bytes are not text in any encoding we can recognise."""

    code = "decode-error"


class TooLargeError(StmtkitError):
    """The input is above the size limit (``--max-bytes``)."""

    code = "too-large"


class RecordError(StmtkitError):
    """A JSON input is not a stmtkit record."""

    code = "bad-record"


class DatelineError(StmtkitError):
    """A string given to ``parse_dateline`` states no date stmtkit can read."""

    code = "no-date"
