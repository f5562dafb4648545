"""The library entry points: ``parse``, ``parse_file``, ``parse_dateline``, ``parse_many``."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import BinaryIO

from .dates.read import parse_dateline as _read_dateline
from .errors import InputError, StmtkitError, TooLargeError
from .model import Dateline, JSONDict, Source, Statement
from .pipeline import DEFAULT_MAX_BYTES, Options, parse_bytes, parse_text, too_large


def _options(
    reference_date: dt.datetime | dt.date | None,
    assume_tz: str | None,
    languages: Iterable[str] | None,
    ascii_punctuation: bool = False,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> Options:
    if isinstance(reference_date, dt.date) and not isinstance(reference_date, dt.datetime):
        reference_date = dt.datetime.combine(reference_date, dt.time())
    return Options(
        reference_date=reference_date,
        assume_tz=assume_tz,
        languages=tuple(languages) if languages else None,
        ascii_punctuation=ascii_punctuation,
        max_bytes=max_bytes,
    )


def parse(
    text: str | bytes | bytearray | memoryview,
    *,
    source: str | None = None,
    reference_date: dt.datetime | dt.date | None = None,
    assume_tz: str | None = None,
    languages: Iterable[str] | None = None,
    ascii_punctuation: bool = False,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> Statement:
    """Parse one statement given as text or raw bytes (any encoding).

    Raises ``StmtkitError`` (``DecodeError``, ``TooLargeError``) for input that
    is not text or is too large; never anything else for odd text.
    """
    options = _options(reference_date, assume_tz, languages, ascii_punctuation, max_bytes)
    if isinstance(text, (bytes, bytearray, memoryview)):
        return parse_bytes(bytes(text), source, options)
    if not isinstance(text, str):
        raise TypeError(f"parse() takes str or bytes, not {type(text).__name__}")
    data = text.encode("utf-8", "surrogatepass")
    if options.max_bytes is not None and len(data) > options.max_bytes:
        raise too_large(len(data), options.max_bytes, source)
    src = Source(source, hashlib.sha256(data).hexdigest(), len(data), "utf-8", ())
    return parse_text(text, src, options)


def read_input(path: str | os.PathLike[str], max_bytes: int | None = DEFAULT_MAX_BYTES) -> bytes:
    """Read a file's bytes, refusing what is too large before reading it.

    A regular file is refused on its size; a pipe or device (``/dev/zero``,
    a FIFO) is read up to the limit and refused past it, so nothing reads
    forever.  Every failure is an ``InputError`` or ``TooLargeError`` naming
    the file.
    """
    name = os.fspath(path)
    try:
        if Path(name).is_dir():
            raise InputError("is a directory, not a file", name)
        with open(name, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if max_bytes is not None and size > max_bytes:
                raise too_large(size, max_bytes, name)
            return read_limited(fh, max_bytes, name)
    except FileNotFoundError:
        raise InputError("no such file", name) from None
    except PermissionError:
        raise InputError("permission denied", name) from None
    except IsADirectoryError:
        raise InputError("is a directory, not a file", name) from None
    except OSError as exc:
        raise InputError(exc.strerror or str(exc), name) from None


def read_limited(stream: BinaryIO, max_bytes: int | None, name: str | None) -> bytes:
    """Read ``stream`` to its end, or raise ``TooLargeError`` once it passes ``max_bytes``.

    For standard input and pipes, whose size is not known in advance.
    """
    if max_bytes is None:
        return stream.read()
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise TooLargeError(f"the input is more than {max_bytes:,} bytes, the limit (--max-bytes)", name)
    return data


def parse_file(
    path: str | os.PathLike[str],
    *,
    reference_date: dt.datetime | dt.date | None = None,
    assume_tz: str | None = None,
    languages: Iterable[str] | None = None,
    ascii_punctuation: bool = False,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> Statement:
    """Parse a file; relative dates default to the file's modification time."""
    name = os.fspath(path)
    data = read_input(name, max_bytes)
    if reference_date is None:
        reference_date = _modification_time(name)
    options = _options(reference_date, assume_tz, languages, ascii_punctuation, max_bytes)
    return parse_bytes(data, name, options)


def _modification_time(name: str) -> dt.datetime | None:
    """The file's modification time; None for a file that vanished or a pipe that has none."""
    try:
        return dt.datetime.fromtimestamp(os.stat(name).st_mtime)
    except (OSError, ValueError, OverflowError):
        return None


def parse_dateline(
    text: str,
    *,
    reference_date: dt.datetime | dt.date | None = None,
    assume_tz: str | None = None,
    languages: Iterable[str] | None = None,
    zone_names: Mapping[str, str] | None = None,
) -> Dateline | None:
    """Read one dateline string; None when it states no date.

    ``zone_names`` reads an abbreviation as the IANA zone given (``{"IST": "Asia/Jerusalem"}``),
    overriding the choice stmtkit makes from the language and place.

    >>> parse_dateline("27 mai 2024 17:59 (UTC +04:00)").utc.isoformat()
    '2024-05-27T13:59:00+00:00'
    """
    options = _options(reference_date, assume_tz, languages)
    folded_zones = None
    if zone_names:
        from .dates.fold import fold

        folded_zones = {fold(abbr.strip()): zone for abbr, zone in zone_names.items()}
    return _read_dateline(
        text,
        reference_date=options.reference_date,
        assume_tz=assume_tz,
        languages=options.languages,
        zone_names=folded_zones,
    )


def _parse_one(path: str, options: dict[str, object]) -> JSONDict:
    try:
        return parse_file(path, **options).to_dict()  # type: ignore[arg-type]
    except StmtkitError as exc:
        return exc.to_dict()


def parse_many(
    paths: Iterable[str | os.PathLike[str]], *, jobs: int = 1, **options: object
) -> Iterator[JSONDict]:
    """Parse many files, yielding records (or error records ``{"error": …}``) in input order.

    ``paths`` is read as the results are consumed, and with ``jobs > 1`` at
    most a bounded window of files is in flight in the worker processes, so an
    iterator over millions of paths runs in constant memory. ``options`` are
    those of ``parse_file``.
    """
    from functools import partial

    from .parallel import ordered_map

    names = (os.fspath(p) for p in paths)
    yield from ordered_map(partial(_parse_one, options=options), names, jobs=jobs)
