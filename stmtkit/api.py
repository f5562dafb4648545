"""The library entry points: ``parse``, ``parse_file``, ``parse_dateline``, ``parse_many``.

Also what the command line needs beyond them (``parse_input``, ``read_input``,
``read_limited``, ``read_dateline``): the CLI calls nothing else of
the package's parsing.  The pipeline is imported on the first parse, not with
this module: ``stmtkit dateline --text`` reads one string and never needs it.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import cache
from typing import TYPE_CHECKING, BinaryIO, NamedTuple

from .errors import InputError, StmtkitError, TooLargeError, too_large
from .options import DEFAULT_MAX_BYTES, INPUT_FORMATS, Options

if TYPE_CHECKING:
    from .model import Dateline, Statement

__all__ = [
    "DEFAULT_MAX_BYTES", "DatelineReading", "Options", "file_date", "known_languages", "parse",
    "parse_dateline", "parse_file", "parse_input", "parse_many", "read_dateline", "read_input", "read_limited",
]


def language_list(languages: Iterable[str] | str | None) -> tuple[str, ...] | None:
    """Language hints as a tuple: ``"fr, en"`` (one string, comma-separated) or ``["fr", "en"]``."""
    if languages is None:
        return None
    if isinstance(languages, str):  # a string is one or more codes, never a sequence of letters
        languages = languages.split(",")
    hints = tuple(code.strip().lower() for code in languages if code.strip())
    return hints or None


def _options(
    reference_date: dt.datetime | dt.date | None,
    assume_tz: str | None,
    languages: Iterable[str] | str | None,
    ascii_punctuation: bool = False,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    input_format: str = "auto",
) -> Options:
    if isinstance(reference_date, dt.date) and not isinstance(reference_date, dt.datetime):
        reference_date = dt.datetime.combine(reference_date, dt.time())
    return Options(
        reference_date=reference_date,
        assume_tz=assume_tz,
        languages=language_list(languages),
        ascii_punctuation=ascii_punctuation,
        max_bytes=max_bytes,
        input_format=_checked_format(input_format),
    )


def _checked_format(value: str) -> str:
    if value not in INPUT_FORMATS:
        raise ValueError(f"input_format={value!r} is not one of {', '.join(INPUT_FORMATS)}")
    return value


def parse(
    text: str | bytes | bytearray | memoryview,
    *,
    source: str | None = None,
    reference_date: dt.datetime | dt.date | None = None,
    assume_tz: str | None = None,
    languages: Iterable[str] | str | None = None,
    ascii_punctuation: bool = False,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    input_format: str = "auto",
) -> Statement:
    """Parse one statement given as text or raw bytes (any encoding).

    ``languages`` are hints: ``["fr", "en"]``, or one string (``"fr,en"``).
    ``input_format`` is "auto" (plain text, Markdown or HTML, told by content,
    ``source``'s name as a hint) or one of "text", "markdown", "html" to force it.
    Raises ``StmtkitError`` (``DecodeError``, ``TooLargeError``) for input that
    is not text or is too large; never anything else for odd text.
    """
    options = _options(reference_date, assume_tz, languages, ascii_punctuation, max_bytes, input_format)
    if isinstance(text, (bytes, bytearray, memoryview)):
        return _parse_bytes()(bytes(text), source, options)
    if not isinstance(text, str):
        raise TypeError(f"parse() takes str or bytes, not {type(text).__name__}")
    from .digest import sha256_hex
    from .model import Source
    from .pipeline import parse_text

    data = text.encode("utf-8", "surrogatepass")
    if options.max_bytes is not None and len(data) > options.max_bytes:
        raise too_large(len(data), options.max_bytes, source)
    src = Source(source, sha256_hex(data), len(data), "utf-8", ())
    return parse_text(text, src, options)


@cache
def _parse_bytes() -> Callable[[bytes, str | None, Options], Statement]:
    """``pipeline.parse_bytes``, imported on the first parse (``import stmtkit`` stays cheap) and once: an import
    statement asked at each parse walks the import machinery again (about 1.3 us a page)."""
    from .pipeline import parse_bytes

    return parse_bytes


def parse_input(data: bytes, source: str | None, options: Options) -> Statement:
    """Parse one input's bytes with ``options`` given whole, as the command line does.

    ``source`` names the file (None for standard input); relative and
    year-less dates resolve against its modification time unless
    ``options.reference_date`` says otherwise (as ``parse_file`` does).
    """
    if options.reference_date is None and source is not None:
        mtime = file_date(source)
        if mtime is not None:
            options = Options(mtime, options.assume_tz, options.languages, options.ascii_punctuation, options.max_bytes,
                              options.input_format)
    return _parse_bytes()(data, source, options)


def read_input(path: str | os.PathLike[str], max_bytes: int | None = DEFAULT_MAX_BYTES) -> bytes:
    """Read a file's bytes, refusing what is too large before reading it.

    Only regular files are read: a FIFO, a device or a socket named as an input
    (``mkfifo x; stmtkit parse x`` blocked forever) is refused, except a
    descriptor already open, such as a shell's process substitution
    (``stmtkit parse <(curl …)`` reads ``/dev/fd/63``), which is read up to the
    limit and refused past it, so nothing reads forever. Every failure is an
    ``InputError`` or ``TooLargeError`` naming the file.
    """
    name = os.fspath(path)
    if "\0" in name:
        raise InputError("the path holds a NUL byte, which no file name can", name)
    try:
        # O_NONBLOCK: opening a FIFO with no writer would wait for one; a regular file ignores it.
        fd = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise InputError("no such file", name) from None
    except (PermissionError, IsADirectoryError):
        if os.path.isdir(name):
            # A folder where a file was expected; one that cannot even be listed is unreadable (as a file would be).
            readable = os.access(name, os.R_OK | os.X_OK)
            raise InputError("is a directory, not a file" if readable else "permission denied", name) from None
        raise InputError("permission denied", name) from None
    except OSError as exc:
        raise InputError(exc.strerror or str(exc), name) from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode) and not (_open_descriptor(name) and not stat.S_ISDIR(mode)):
        os.close(fd)
        if stat.S_ISDIR(mode):
            readable = os.access(name, os.R_OK | os.X_OK)
            raise InputError("is a directory, not a file" if readable else "permission denied", name)
        raise InputError(f"is a {_file_kind(mode)}, not a regular file; stmtkit reads files and standard input", name)
    with open(fd, "rb") as fh:
        if not stat.S_ISREG(mode):
            os.set_blocking(fd, True)  # a pipe's writer may not have written yet
        size = os.fstat(fd).st_size
        if max_bytes is not None and size > max_bytes:
            raise too_large(size, max_bytes, name)
        try:
            return read_limited(fh, max_bytes, name)
        except OSError as exc:
            raise InputError(exc.strerror or str(exc), name) from None


def _open_descriptor(name: str) -> bool:
    """A path that names a descriptor this process already holds (``/dev/fd/63``, ``/dev/stdin``)."""
    return name in ("/dev/stdin", "/dev/fd/0") or name.startswith(("/dev/fd/", "/proc/self/fd/"))


def _file_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "named pipe (FIFO)"
    if stat.S_ISCHR(mode):
        return "character device"
    if stat.S_ISBLK(mode):
        return "block device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "special file"


def read_limited(stream: BinaryIO, max_bytes: int | None, name: str | None) -> bytes:
    """Read ``stream`` to its end, or raise ``TooLargeError`` once it passes ``max_bytes``.

    For standard input and pipes, whose size is not known in advance.
    """
    if max_bytes is None:
        return stream.read()
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise TooLargeError(f"the input is more than {max_bytes:,} bytes, the limit", name)
    return data


def parse_file(
    path: str | os.PathLike[str],
    *,
    reference_date: dt.datetime | dt.date | None = None,
    assume_tz: str | None = None,
    languages: Iterable[str] | str | None = None,
    ascii_punctuation: bool = False,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    input_format: str = "auto",
) -> Statement:
    """Parse a file; relative dates default to the file's modification time.

    ``input_format`` as for ``parse`` (the file's name is the hint).
    """
    name = os.fspath(path)
    data = read_input(name, max_bytes)
    return parse_input(data, name, _options(reference_date, assume_tz, languages, ascii_punctuation, max_bytes, input_format))


def file_date(path: str | os.PathLike[str]) -> dt.datetime | None:
    """The file's modification time, what relative dates resolve against; None when it has none."""
    try:
        return dt.datetime.fromtimestamp(os.stat(path).st_mtime)
    except (OSError, ValueError, OverflowError):
        return None


class DatelineReading(NamedTuple):
    """What ``read_dateline`` returns: the dateline (None: no date or place stated) and what was assumed."""

    dateline: Dateline | None
    warnings: tuple[str, ...]


def read_dateline(
    text: str,
    *,
    reference_date: dt.datetime | dt.date | None = None,
    assume_tz: str | None = None,
    languages: Iterable[str] | str | None = None,
    zone_names: Mapping[str, str] | None = None,
) -> DatelineReading:
    """``parse_dateline`` with its warnings (a relative date resolved, a numeric date read day first, …).

    A dateline may state a place and agency but no date (``Paris (AFP) -``):
    its ``datetime`` is None.  Raises ``TypeError`` for anything but a string,
    ``ValueError`` for a zone in ``zone_names`` that is no IANA time zone.
    """
    if not isinstance(text, str):
        hint = " (decode bytes first)" if isinstance(text, (bytes, bytearray, memoryview)) else ""
        raise TypeError(f"parse_dateline() takes a str, not {type(text).__name__}{hint}")
    from .dates.read import read_stamp

    options = _options(reference_date, assume_tz, languages)
    stamp = read_stamp(text, reference_date=options.reference_date, assume_tz=assume_tz,
                       languages=options.languages, zone_names=checked_zone_names(zone_names))
    return DatelineReading(None, ()) if stamp is None else DatelineReading(stamp.dateline, stamp.warnings)


def checked_zone_names(zone_names: Mapping[str, str] | None) -> dict[str, str] | None:
    """Abbreviation → IANA zone, the abbreviations folded as the reader folds them; ``ValueError`` for an unknown zone."""
    if not zone_names:
        return None
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    from .fold import fold_aligned

    folded: dict[str, str] = {}
    for abbr, zone in zone_names.items():
        try:
            ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"{zone!r} (for {abbr!r}) is not an IANA time zone such as Asia/Jerusalem") from None
        folded[fold_aligned(abbr.strip())] = zone
    return folded


def known_languages() -> frozenset[str]:
    """The language codes stmtkit has data for (month names or function words): what ``languages`` may hint."""
    from .data.languages import STOPWORDS
    from .dates.names import months_by_language

    return frozenset(code.lower() for code in (*months_by_language(), *STOPWORDS))


def parse_dateline(
    text: str,
    *,
    reference_date: dt.datetime | dt.date | None = None,
    assume_tz: str | None = None,
    languages: Iterable[str] | str | None = None,
    zone_names: Mapping[str, str] | None = None,
) -> Dateline | None:
    """Read one dateline string; None when it states neither a date nor a place.

    ``zone_names`` reads an abbreviation as the IANA zone given (``{"IST": "Asia/Jerusalem"}``),
    overriding the choice stmtkit makes from the language and place (``ValueError``
    for a zone that does not exist).  ``read_dateline`` also gives the warnings.

    >>> parse_dateline("27 mai 2024 17:59 (UTC +04:00)").utc.isoformat()
    '2024-05-27T13:59:00+00:00'
    """
    return read_dateline(text, reference_date=reference_date, assume_tz=assume_tz, languages=languages,
                         zone_names=zone_names).dateline


def _parse_one(path: str, options: dict[str, object]) -> Statement | StmtkitError:
    try:
        return parse_file(path, **options)  # type: ignore[arg-type]
    except StmtkitError as exc:
        return exc


def parse_many(
    paths: Iterable[str | os.PathLike[str]], *, jobs: int | None = None, **options: object
) -> Iterator[Statement | StmtkitError]:
    """Parse many files, yielding in input order a ``Statement`` per file parsed and the
    ``StmtkitError`` (not raised) of each file that failed.

    ``result.to_dict()`` gives the record or the error record (``{"error": …}``)
    of either.  ``jobs`` worker processes (default: all the cores this process
    may use, as ``stmtkit to-json``; 1 parses in this process).  ``paths`` is
    read as the results are consumed, and at most a bounded window of files is
    in flight in the workers, so an iterator over millions of paths runs in
    constant memory. ``options`` are those of ``parse_file``.
    """
    from functools import partial

    from .parallel import available_cores, ordered_map

    names = (os.fspath(p) for p in paths)
    yield from ordered_map(partial(_parse_one, options=options), names, jobs=available_cores() if jobs is None else jobs)
