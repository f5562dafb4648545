"""Reading command-line inputs: files, folders, stdin; raw text or stmtkit JSON/NDJSON."""

# No `from __future__ import annotations`: typing.NamedTuple compiles string annotations (0.23 M a field).

import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from fnmatch import fnmatchcase
from pathlib import PurePosixPath
from typing import BinaryIO, NamedTuple

from ..api import Options, parse_input, read_input, read_limited
from ..errors import InputError, RecordError, StmtkitError
from ..model import SCHEMA_ID, JSONDict, Statement
from ..record_check import problem_of

STDIN = "-"


class Outcome(NamedTuple):
    """One input's result: a record, or an error record (``{"error": …}``)."""

    name: str
    record: JSONDict
    stream: bool = False  # read from a stream of records (stmtkit NDJSON, a JSON array): more may come

    @property
    def failed(self) -> bool:
        return "error" in self.record and "schema" not in self.record


class Found(NamedTuple):
    """An input file, and the folder it was found under (None for a file named directly)."""

    path: str
    root: str | None = None


def failure_text(record: JSONDict) -> str:
    """An error record's message for stderr, with the option that changes it (the library's message names none)."""
    message = str(record.get("message", "failed"))
    return message + " (--max-bytes)" if record.get("error") == "too-large" else message


def walk_inputs(names: Iterable[str], pattern: str = "*", *, skip_folder: str | None = None) -> Iterator[Found]:
    """Files as given; folders walked recursively, one folder at a time, in name order.

    Streams: a tree of 100,000 files is never held as a list. Hidden names
    (``.git``, our own ``.name.json.tmp`` files) are skipped. Symbolic links to
    folders are not followed (no loops, no escape from the tree); a link to a
    file is taken only when the file it points to lies inside the folder given,
    so ``to-json scrape/`` never reads ``scrape/x.txt -> /etc/passwd``.
    ``skip_folder`` (the output folder, when it lies inside an input folder)
    is not entered.
    """
    for name in names:
        if name != STDIN and os.path.isdir(name):
            yield from _walk_folder(name, os.path.realpath(name), pattern, skip_folder)
        else:
            yield Found(name)


def _walk_folder(root: str, real_root: str, pattern: str, skip_folder: str | None) -> Iterator[Found]:
    """The files below ``root``, depth first: a folder's entries by name, each subfolder in its place.

    Iterative, with a stack of the folders being listed: a tree nested a
    thousand deep (which a recursive walk met as ``RecursionError``) is walked
    like any other.
    """
    listing = _listing(root)
    if listing is None:
        yield Found(root, root)  # reported as an error record when it is read
        return
    stack: list[Iterator[os.DirEntry[str]]] = [listing]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            if skip_folder is None or os.path.realpath(entry.path) != skip_folder:
                sub = _listing(entry.path)
                if sub is None:
                    yield Found(entry.path, root)
                else:
                    stack.append(sub)
        elif _matches(entry.path, root, entry.name, pattern) and _inside_root(entry, real_root):
            yield Found(entry.path, root)


def _listing(folder: str) -> Iterator[os.DirEntry[str]] | None:
    """A folder's entries in name order; None when it cannot be listed."""
    try:
        with os.scandir(folder) as it:
            return iter(sorted(it, key=lambda e: e.name))
    except OSError:
        return None


def _matches(path: str, root: str, name: str, pattern: str) -> bool:
    """``pattern`` is one name or path pattern, or several separated by commas (``*.txt,*.md``)."""
    if "," in pattern:
        return any(_matches(path, root, name, part.strip()) for part in pattern.split(",") if part.strip())
    if "/" not in pattern:
        return fnmatchcase(name, pattern)
    return PurePosixPath(os.path.relpath(path, root)).match(pattern)


def _inside_root(entry: os.DirEntry[str], real_root: str) -> bool:
    if not entry.is_symlink():
        return entry.is_file(follow_symlinks=False)
    target = os.path.realpath(entry.path)
    return os.path.isfile(target) and os.path.commonpath([target, real_root]) == real_root


def expand(inputs: Iterable[str], pattern: str = "*") -> Iterator[str]:
    """Files as given; folders walked recursively (see ``walk_inputs``) for files matching ``pattern``."""
    for found in walk_inputs(inputs, pattern):
        yield found.path


def walk_named(names: Iterable[str], pattern: str, on_empty: Callable[[str], None] | None = None) -> Iterator[str]:
    """``expand``, calling ``on_empty(folder)`` for each folder named that yields no file."""
    for name in names:
        count = 0
        for path in expand([name], pattern):
            count += 1
            yield path
        if count == 0 and on_empty is not None and name != STDIN and os.path.isdir(name):
            on_empty(name)


def may_be_many(names: Sequence[str]) -> bool:
    """True when the command line may bring several inputs: several names, or a folder."""
    return len(names) > 1 or any(name != STDIN and os.path.isdir(name) for name in names)


def records_from_json(data: bytes, name: str) -> list[JSONDict | RecordError] | None:
    """stmtkit records if ``data`` is stmtkit JSON or NDJSON, else None (raw text)."""
    found = read_records(data, name)
    return None if found is None else found[0]


def read_records(data: bytes, name: str) -> tuple[list[JSONDict | RecordError], bool] | None:
    """(stmtkit records, whether ``data`` is a stream of them: NDJSON or a JSON array), or None for raw text.

    A value that is not a stmtkit record (a scraper's saved ``{"error": "not
    found", "status": 404}``) or breaks the schema (``"signatures": 5``) is a
    ``RecordError`` in its place, naming which record and why: the good
    records of the same input still pass.
    """
    head = data.lstrip()[:1]
    if head not in (b"{", b"["):
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    try:
        value = json.loads(text)
        values = value if isinstance(value, list) else [value]
        # A record on one line is NDJSON, a stream of one (as `stdin_records` reads it); an indented one is one object.
        stream = isinstance(value, list) or "\n" not in text.strip()
    except ValueError:
        lines = _ndjson_values(text, name)
        if lines is None:
            return None
        values, stream = lines, True
    except RecursionError:
        raise RecordError("is JSON nested too deeply to read", name) from None
    which = "record {}" if len(values) > 1 else "the record"
    return [_checked(v, which.format(number), name) for number, v in enumerate(values, 1)], stream


def _checked(value: object, which: str, name: str) -> JSONDict | RecordError:
    if not _is_record(value):
        return RecordError(f'{which} is JSON but not a stmtkit record (no "schema": "{SCHEMA_ID}")', name)
    if problem := problem_of(value):
        return RecordError(f"{which} is not a valid stmtkit record: {problem}", name)
    return value  # type: ignore[return-value]  # _is_record: a dict


def _ndjson_values(text: str, name: str) -> list[object] | None:
    """The values of NDJSON ``text``; None when its first line is no stmtkit record (then it is raw text)."""
    values: list[object] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            values.append(json.loads(line))
        except ValueError:
            if values and _is_record(values[0]):
                raise RecordError(f"line {number} of the NDJSON input is not JSON", name) from None
            return None
    return values


def stdin_records(stream: BinaryIO) -> Iterator[JSONDict | RecordError] | None:
    """stmtkit NDJSON on ``stream``, one record at a time; None (nothing consumed) when it is not NDJSON.

    ``stmtkit to-json big/ | stmtkit signatories --aggregate`` may carry
    gigabytes: reading them whole before the first record would hold them all.
    Only a first line that is a complete stmtkit record (or error record) starts
    streaming; pretty JSON (``stmtkit parse a.txt``) and raw text fall back to
    reading the whole input.
    """
    peek = getattr(stream, "peek", None)
    if peek is None:
        return None
    head = peek(1 << 16)
    first_line = head.split(b"\n", 1)[0]
    if not first_line.lstrip().startswith(b"{") or b"\n" not in head:
        return None
    try:
        first = json.loads(first_line)
    except ValueError:
        return None
    if not _is_record(first):
        return None
    return _stream_records(stream)


def _is_record(value: object) -> bool:
    return isinstance(value, dict) and (value.get("schema") == SCHEMA_ID or "error" in value)


def _stream_records(stream: BinaryIO) -> Iterator[JSONDict | RecordError]:
    """The records of an NDJSON stream; a line that is no valid record is a ``RecordError`` in its place."""
    for number, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except (ValueError, RecursionError):
            yield RecordError(f"line {number} of the NDJSON input is not JSON", "<stdin>")
            continue
        yield _checked(value, f"line {number} of the NDJSON input", "<stdin>")


def _record_path(record: JSONDict) -> str | None:
    path = (record.get("source") or {}).get("path") or record.get("path")
    return path if isinstance(path, str) else None


def _read_stdin(options: Options) -> bytes:
    # Never more than --max-bytes + 1 in memory: `cat /dev/zero | stmtkit parse` stops at the limit.
    return read_limited(sys.stdin.buffer, options.max_bytes, "<stdin>")


def read_outcomes(inputs: Iterable[str], options: Options,
                  on_parse: Callable[[str, Statement], None] | None = None) -> Iterator[Outcome]:
    """Parse every input (or pass through stmtkit records read from it); ``on_parse(name, statement)``
    sees each statement parsed here (``parse --explain`` prints its trail)."""
    for name in inputs:
        shown = "<stdin>" if name == STDIN else name
        try:
            if name == STDIN and (streamed := stdin_records(sys.stdin.buffer)) is not None:
                for r in streamed:
                    if isinstance(r, RecordError):
                        yield Outcome(shown, r.to_dict(), stream=True)
                    else:
                        yield Outcome(_record_path(r) or shown, r, stream=True)
                continue
            data = _read_stdin(options) if name == STDIN else read_input(name, options.max_bytes)
            found = read_records(data, shown)
            if found is not None:
                records, stream = found
                for r in records:
                    if isinstance(r, RecordError):
                        yield Outcome(shown, r.to_dict(), stream=stream)
                    else:
                        yield Outcome(_record_path(r) or shown, r, stream=stream)
                continue
            statement = parse_input(data, None if name == STDIN else name, options)
            if on_parse is not None:
                on_parse(shown, statement)
            yield Outcome(shown, statement.to_dict())
        except StmtkitError as exc:
            exc.path = exc.path or shown
            yield Outcome(shown, exc.to_dict())
        except RecursionError:
            yield Outcome(shown, InputError("the input is nested too deeply to read", shown).to_dict())
