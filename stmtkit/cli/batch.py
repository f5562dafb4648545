"""``to-json``: batch conversion for cron jobs.

Streams: inputs are expanded lazily, parsed in a process pool in bounded
chunks, and each record is written as soon as it arrives (NDJSON on stdout,
or one ``.json`` per input under ``-o DIR``, written to a temporary file and
renamed so a killed run never leaves a half-written output).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from ..api import read_input
from ..errors import InputError, StmtkitError
from ..model import JSONDict
from ..pipeline import Options, parse_bytes
from .inputs import STDIN


def _inputs(paths: list[str], pattern: str) -> Iterator[tuple[str, Path | None]]:
    """``(input path, root it was found under)``; files given directly have no root."""
    for name in paths:
        if name != STDIN and os.path.isdir(name):
            root = Path(name)
            for path in sorted(root.rglob(pattern)):
                if path.is_symlink():
                    continue  # never follow links out of the input root
                if path.is_file() and not any(p.startswith(".") for p in path.relative_to(root).parts):
                    yield str(path), root
        else:
            yield name, None


def output_path(output_dir: Path, name: str, root: Path | None) -> Path:
    """Where an input's record goes: its path below its root, with ``.json``; never outside ``output_dir``."""
    rel = Path(name).relative_to(root) if root is not None else Path(Path(name).name)
    parts = [p for p in rel.parts if p not in ("", ".", "..", "/")]
    target = output_dir.joinpath(*parts).with_suffix(".json") if parts else output_dir / "stdin.json"
    resolved_dir = output_dir.resolve()
    if resolved_dir not in target.resolve().parents:
        raise InputError("its output would fall outside the output folder", name)
    return target


def _existing_hash(target: Path) -> str | None:
    try:
        with open(target, encoding="utf-8") as fh:
            return str(json.load(fh)["source"]["sha256"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write_atomically(target: Path, text: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".stmtkit-", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def convert_one(job: tuple[str, str | None, Options, str | None, bool]) -> tuple[str, JSONDict | None, str]:
    """Parse one input (in a worker); return ``(name, record or error record or None if skipped, status)``."""
    name, target, options, _root, skip_unchanged = job
    try:
        data = sys.stdin.buffer.read() if name == STDIN else read_input(name, options.max_bytes)
        if skip_unchanged and target is not None and _existing_hash(Path(target)) == hashlib.sha256(data).hexdigest():
            return name, None, "skipped"
        record = parse_bytes(data, None if name == STDIN else name, options).to_dict()
        if target is not None:
            write_atomically(Path(target), json.dumps(record, ensure_ascii=False, indent=2) + "\n")
            return name, None, "written"
        return name, record, "parsed"
    except StmtkitError as exc:
        exc.path = exc.path or name
        return name, exc.to_dict(), "error"
    except OSError as exc:
        return name, InputError(f"cannot write its output: {exc.strerror or exc}", name).to_dict(), "error"


def run_batch(
    paths: list[str],
    options: Options,
    *,
    output_dir: str | None,
    pattern: str,
    jobs: int,
    skip_unchanged: bool,
    errors_file: str | None,
    quiet: bool,
) -> int:
    out_dir = Path(output_dir) if output_dir else None
    terminal = sys.stderr.isatty() and not quiet
    errors_out: TextIO | None = open(errors_file, "w", encoding="utf-8") if errors_file else None  # noqa: SIM115
    counts = {"parsed": 0, "written": 0, "skipped": 0, "error": 0}
    started = time.perf_counter()

    def jobs_iter() -> Iterator[tuple[str, str | None, Options, str | None, bool]]:
        for name, root in _inputs(paths, pattern):
            target: str | None = None
            if out_dir is not None:
                try:
                    target = str(output_path(out_dir, name, root))
                except StmtkitError:
                    target = None
            yield name, target, options, str(root) if root else None, skip_unchanged

    def handle(name: str, record: JSONDict | None, status: str) -> None:
        counts[status] += 1
        if status == "error" and record is not None:
            if errors_out is not None:
                errors_out.write(json.dumps(record, ensure_ascii=False) + "\n")
            else:
                print(f"stmtkit: {record.get('path') or name}: {record.get('message')}", file=sys.stderr)
        elif record is not None:
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")

    try:
        if jobs <= 1 or STDIN in paths:
            for job in jobs_iter():
                handle(*convert_one(job))
        else:
            from concurrent.futures import ProcessPoolExecutor

            with ProcessPoolExecutor(max_workers=jobs) as pool:
                # pool.map keeps input order; chunks bound what is in flight.
                for result in pool.map(convert_one, jobs_iter(), chunksize=16):
                    handle(*result)
    finally:
        if errors_out is not None:
            errors_out.close()
    elapsed = time.perf_counter() - started
    total = sum(counts.values())
    if terminal:
        rate = total / elapsed if elapsed > 0 else 0.0
        print(
            f"stmtkit: {total} files, {counts['parsed'] + counts['written']} records, {counts['skipped']} unchanged, "
            f"{counts['error']} errors in {elapsed:.1f} s ({rate:.0f} files/s)",
            file=sys.stderr,
        )
    return 1 if counts["error"] else 0
