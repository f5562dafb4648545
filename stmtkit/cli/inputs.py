"""Reading command-line inputs: files, folders, stdin; raw text or stmtkit JSON/NDJSON."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..api import read_input
from ..errors import InputError, RecordError, StmtkitError
from ..model import SCHEMA_ID, JSONDict
from ..pipeline import Options, parse_bytes

STDIN = "-"


@dataclass(frozen=True, slots=True)
class Outcome:
    """One input's result: a record, or an error record (``{"error": …}``)."""

    name: str
    record: JSONDict

    @property
    def failed(self) -> bool:
        return "error" in self.record and "schema" not in self.record


def expand(inputs: Iterable[str], pattern: str = "*") -> Iterator[str]:
    """Files as given; folders walked recursively (sorted) for files matching ``pattern``."""
    for name in inputs:
        if name != STDIN and os.path.isdir(name):
            root = Path(name)
            for path in sorted(root.rglob(pattern)):
                if path.is_file() and not path.is_symlink() and not any(p.startswith(".") for p in path.relative_to(root).parts):
                    yield str(path)
        else:
            yield name


def _records_from_json(data: bytes, name: str) -> list[JSONDict] | None:
    """stmtkit records if ``data`` is stmtkit JSON or NDJSON, else None (raw text)."""
    head = data.lstrip()[:1]
    if head not in (b"{", b"["):
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    records: list[JSONDict] = []
    try:
        value = json.loads(text)
        values = value if isinstance(value, list) else [value]
    except ValueError:
        try:
            values = [json.loads(line) for line in text.splitlines() if line.strip()]
        except ValueError:
            return None
    for v in values:
        if not isinstance(v, dict) or (v.get("schema") != SCHEMA_ID and "error" not in v):
            if records or len(values) > 1:
                raise RecordError("is JSON but not stmtkit records (no \"schema\": \"stmtkit/1\")", name)
            return None
        records.append(v)
    return records


def read_outcomes(inputs: Iterable[str], options: Options) -> Iterator[Outcome]:
    """Parse every input (or pass through stmtkit records read from it)."""
    for name in inputs:
        shown = "<stdin>" if name == STDIN else name
        try:
            if name == STDIN:
                data = sys.stdin.buffer.read()
                if options.max_bytes is not None and len(data) > options.max_bytes:
                    from ..errors import TooLargeError

                    raise TooLargeError(
                        f"the input is {len(data):,} bytes, above the limit of {options.max_bytes:,} (--max-bytes)",
                        shown,
                    )
            else:
                data = read_input(name, options.max_bytes)
            records = _records_from_json(data, shown)
            if records is not None:
                for r in records:
                    yield Outcome(r.get("source", {}).get("path") or shown, r)
                continue
            opts = options
            if opts.reference_date is None and name != STDIN:
                import datetime as dt

                opts = Options(
                    dt.datetime.fromtimestamp(os.stat(name).st_mtime),
                    options.assume_tz, options.languages, options.ascii_punctuation, options.max_bytes,
                )
            yield Outcome(shown, parse_bytes(data, None if name == STDIN else name, opts).to_dict())
        except StmtkitError as exc:
            exc.path = exc.path or shown
            yield Outcome(shown, exc.to_dict())
        except RecursionError:
            yield Outcome(shown, InputError("the input is nested too deeply to read", shown).to_dict())
