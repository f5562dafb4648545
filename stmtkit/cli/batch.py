"""``to-json``: batch conversion for cron jobs.

Streams end to end: inputs are found one folder at a time, parsed in a process
pool with a bounded window of work in flight (``stmtkit.parallel``), and each
result is handed on as soon as its turn comes, in input order: one NDJSON line
on stdout, or one ``.json`` per input under ``-o DIR``, written to a hidden
temporary file and renamed over the target, so a run killed at any moment
(``kill -9``, a full disk, a reboot) leaves every output either whole or absent.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, TextIO

from ..api import Options, parse_input, read_input, read_limited
from ..errors import InputError, RecordError, StmtkitError
from ..model import JSONDict
from ..parallel import ordered_map
from .inputs import STDIN, Found, failure_text, records_from_json, stdin_records, walk_inputs
from .outputs import InsideOutput, output_path, recorded_hash, write_atomically
from .render import dump_json

# Outcome of one input, as the summary counts it.
PARSED, WRITTEN, UNCHANGED, FAILED = "parsed", "written", "unchanged", "failed"


@dataclass(frozen=True, slots=True)
class Job:
    """One input to convert: where it is and where its record goes (None: stdout)."""

    name: str
    target: str | None
    problem: JSONDict | None = None  # an error found before parsing (its output would escape -o DIR)


@dataclass(frozen=True, slots=True)
class Result:
    """What a worker sends back: small, so the pool's pipes stay cheap."""

    name: str
    status: str
    lines: tuple[str, ...] = ()  # NDJSON lines for stdout, already serialised in the worker
    errors: tuple[JSONDict, ...] = ()  # error records (several when an NDJSON input holds bad records)


@dataclass(slots=True)
class Tally:
    files: int = 0
    records: int = 0
    unchanged: int = 0
    errors: int = 0
    started: float = field(default_factory=time.perf_counter)

    def add(self, result: Result) -> None:
        self.files += 1
        if result.status == FAILED:
            self.errors += 1
        elif result.status == UNCHANGED:
            self.unchanged += 1
        else:
            self.records += max(1, len(result.lines))

    def summary(self) -> str:
        elapsed = time.perf_counter() - self.started
        rate = self.files / elapsed if elapsed > 0 else 0.0
        return (
            f"stmtkit: {self.files:,} files, {self.records:,} records, {self.unchanged:,} unchanged, "
            f"{self.errors:,} errors in {elapsed:.1f} s ({rate:,.0f} files/s)"
        )


# --- one input, in a worker ---------------------------------------------------------------------


def convert(job: Job, options: Options, skip_unchanged: bool) -> Result:
    """Parse one input file; write its record (``-o``) or return it as an NDJSON line."""
    if job.problem is not None:
        return Result(job.name, FAILED, errors=(job.problem,))
    try:
        data = read_input(job.name, options.max_bytes)
        if skip_unchanged and job.target is not None and recorded_hash(job.target) == hashlib.sha256(data).hexdigest():
            return Result(job.name, UNCHANGED)
        records: list[JSONDict | RecordError] | None = (
            records_from_json(data, job.name) if data.lstrip()[:1] in (b"{", b"[") else None
        )
        if records is None:
            records = [parse_input(data, job.name, options).to_dict()]
        return _deliver(job, records)
    except StmtkitError as exc:
        exc.path = exc.path or job.name
        return Result(job.name, FAILED, errors=(exc.to_dict(),))
    except OSError as exc:
        return Result(job.name, FAILED, errors=(InputError(f"cannot write its output: {exc.strerror or exc}", job.name).to_dict(),))
    except RecursionError:
        return Result(job.name, FAILED, errors=(InputError("the input is nested too deeply to read", job.name).to_dict(),))


def _deliver(job: Job, records: list[JSONDict | RecordError]) -> Result:
    bad = tuple(r.to_dict() for r in records if isinstance(r, RecordError))
    if job.target is None:
        # A bad record's error record takes its place among the lines.
        lines = tuple(json.dumps(r.to_dict() if isinstance(r, RecordError) else r, ensure_ascii=False) for r in records)
        return Result(job.name, FAILED if bad else PARSED, lines, bad)
    if len(records) != 1:
        # stmtkit NDJSON given to `to-json -o`: one output file cannot hold several records.
        raise InputError(f"holds {len(records)} stmtkit records; -o DIR takes one record per input", job.name)
    if bad:
        return Result(job.name, FAILED, errors=bad)
    record = records[0]
    assert not isinstance(record, RecordError)
    write_atomically(Path(job.target), dump_json(record, indent=2) + "\n")
    return Result(job.name, WRITTEN)


# --- the run ----------------------------------------------------------------------------------


def plan_jobs(found: Iterable[Found], output_dir: Path | None, taken: set[str] | None = None) -> Iterator[Job]:
    """A job per input; two inputs that would write the same output make the second an error.

    ``taken`` collects the outputs planned (what ``--prune`` keeps), and comes
    holding those already written in this run (standard input's ``stdin.json``).
    An input inside the output folder (``--files-from`` listing our own outputs)
    is an error: a run never reads what it writes.
    """
    taken = set() if taken is None else taken
    inside_output = InsideOutput(output_dir)
    for f in found:
        if "\0" in f.path:
            yield Job(f.path, None, problem=InputError("the path holds a NUL byte, which no file name can", f.path).to_dict())
            continue
        if output_dir is None:
            yield Job(f.path, None)
            continue
        try:
            if inside_output(f):
                raise InputError(f"lies inside the output folder {output_dir}; a run never reads its own outputs", f.path)
            target = str(output_path(output_dir, f.path, f.root))
        except StmtkitError as exc:
            yield Job(f.path, None, problem=exc.to_dict())
            continue
        if target in taken:
            problem = InputError(f"its output {target} is already written by another input of this run", f.path)
            yield Job(f.path, None, problem=problem.to_dict())
            continue
        taken.add(target)
        yield Job(f.path, target)


def run_batch(
    paths: list[str] | Iterator[str],
    options: Options,
    *,
    output_dir: str | None,
    pattern: str,
    jobs: int,
    skip_unchanged: bool,
    errors_file: str | None,
    quiet: bool,
    prune: bool = False,
) -> int:
    """Convert every input; return the exit status (0 all parsed, 1 some failed).

    ``paths`` is a list (files and folders named on the command line; ``-`` is
    standard input, converted first) or an iterator (``--files-from``, read as
    it goes). Records come out in input order, a failed input's error record in
    its place on stdout. On a terminal stderr shows a progress bar; at the end
    (unless ``quiet``) one summary line; otherwise stderr carries nothing but
    error lines. ``prune`` (with ``output_dir``) removes the outputs of inputs
    that are gone.
    """
    out_dir = Path(output_dir) if output_dir else None
    skip_folder = os.path.realpath(output_dir) if output_dir else None
    show = sys.stderr.isatty() and not quiet
    tally = Tally()
    taken: set[str] = set()
    errors_out: TextIO | None = open(errors_file, "w", encoding="utf-8") if errors_file else None  # noqa: SIM115
    try:
        emit = partial(_emit, tally=tally, errors_out=errors_out, records_out=out_dir is None)
        if isinstance(paths, list) and STDIN in paths:
            # Standard input is read here, never in a worker (which would share the descriptor).
            if out_dir is not None:
                taken.add(str(out_dir / "stdin.json"))  # a file whose output would be the same is an error
            _convert_stdin(options, out_dir, emit)
            paths = [p for p in paths if p != STDIN]
        if isinstance(paths, list) and len(paths) <= 1 and not any(os.path.isdir(p) for p in paths):
            jobs = 1  # `to-json one.txt` in a shell loop: a pool would only add its start-up
        if jobs > 1:
            warm_up(options)
        found = walk_inputs(paths, pattern, skip_folder=skip_folder)
        work = partial(convert, options=options, skip_unchanged=skip_unchanged)
        results = ordered_map(work, plan_jobs(found, out_dir, taken), jobs=jobs)
        if show:
            total = _count_inputs(paths, pattern, skip_folder) if isinstance(paths, list) else None
            _with_progress(results, emit, total)
        else:
            for result in results:
                emit(result)
    finally:
        if errors_out is not None:
            errors_out.close()
    # A failed input may be a folder that could not be read: its files' outputs are not gone.
    pruning = prune and out_dir is not None and not tally.errors
    removed = prune_outputs(out_dir, taken | {os.path.abspath(errors_file or "")}) if pruning and out_dir else []
    if not quiet:
        pruned = ""
        if prune:
            pruned = f", {len(removed):,} outputs of gone inputs removed" if pruning else ", nothing pruned (some inputs failed)"
        print(tally.summary() + pruned, file=sys.stderr)
    return 1 if tally.errors else 0


def prune_outputs(out_dir: Path, kept: set[str]) -> list[str]:
    """Remove the ``.json`` files under ``out_dir`` that no input of this run writes, and folders left empty.

    Hidden files (a temporary file of a run in progress) are left alone.
    """
    removed: list[str] = []
    for folder, _, names in os.walk(out_dir, topdown=False):
        for name in names:
            path = os.path.join(folder, name)
            if name.endswith(".json") and not name.startswith(".") and path not in kept and os.path.abspath(path) not in kept:
                with suppress(OSError):
                    os.unlink(path)
                    removed.append(path)
        if removed and folder != str(out_dir):
            with suppress(OSError):
                os.rmdir(folder)  # only succeeds when the folder is now empty (walked bottom-up)
    return removed


def dry_run(paths: list[str] | Iterator[str], *, output_dir: str | None, pattern: str) -> int:
    """Print each input and where its record would go (``-`` for stdout), reading and writing nothing."""
    out_dir = Path(output_dir) if output_dir else None
    skip_folder = os.path.realpath(output_dir) if output_dir else None
    problems = 0
    for job in plan_jobs(walk_inputs(paths, pattern, skip_folder=skip_folder), out_dir):
        if job.problem is not None:
            problems += 1
            print(f"stmtkit: {job.problem.get('path') or job.name}: {job.problem.get('message')}", file=sys.stderr)
        else:
            print(f"{'<stdin>' if job.name == STDIN else job.name}\t{job.target or '-'}")
    return 1 if problems else 0


WARM_UP_TEXT = b"A title\n27 mai 2024 17:59 (UTC +04:00)\n\nA sentence.\n\n1. One\n2. Two\n\nSigned by:\n- Ann Lee\n"


def warm_up(options: Options) -> None:
    """Parse a small text here, before the pool forks its workers.

    The stages load their tables and compile their patterns on first use; done
    once in this process, the forked workers inherit them (and share the pages)
    instead of each loading its own copy before its first file.
    """
    with suppress(StmtkitError):
        parse_input(WARM_UP_TEXT, None, options)


def _emit(result: Result, *, tally: Tally, errors_out: TextIO | None, records_out: bool = True,
          say: Callable[[str], None] | None = None) -> None:
    """Count a result, write its records to stdout and its error to ``--errors`` or stderr (through ``say``).

    With ``records_out`` (NDJSON on stdout) a failed input's error record takes its place there too.
    """
    tally.add(result)
    for error in result.errors:
        if records_out and not result.lines:
            sys.stdout.write(json.dumps(error, ensure_ascii=False) + "\n")  # (with records, it is among them)
        if errors_out is not None:
            errors_out.write(json.dumps(error, ensure_ascii=False) + "\n")
            errors_out.flush()
        else:
            line = f"stmtkit: {error.get('path') or result.name}: {failure_text(error)}"
            if say is None:
                print(line, file=sys.stderr)
            else:
                say(line)
    for line in result.lines:
        sys.stdout.write(line + "\n")


def _convert_stdin(options: Options, out_dir: Path | None, emit: Callable[[Result], None]) -> None:
    """``to-json -``: a text on stdin is parsed; stmtkit NDJSON on stdin passes through, streamed."""
    job = Job("<stdin>", str(out_dir / "stdin.json") if out_dir is not None else None)
    try:
        streamed = stdin_records(sys.stdin.buffer) if out_dir is None else None
        if streamed is not None:
            for record in streamed:
                if isinstance(record, StmtkitError):
                    emit(Result(job.name, FAILED, errors=(record.to_dict(),)))  # on stdout too: records_out
                else:
                    emit(Result(job.name, PARSED, (json.dumps(record, ensure_ascii=False),)))
            return
        data = read_limited(sys.stdin.buffer, options.max_bytes, None)
        records = records_from_json(data, job.name)
        if records is None:
            records = [parse_input(data, None, options).to_dict()]
        emit(_deliver(job, records))
    except StmtkitError as exc:
        exc.path = exc.path or job.name
        emit(Result(job.name, FAILED, errors=(exc.to_dict(),)))
    except OSError as exc:
        emit(Result(job.name, FAILED, errors=(InputError(f"cannot write its output: {exc.strerror or exc}", job.name).to_dict(),)))


def _count_inputs(paths: list[str], pattern: str, skip_folder: str | None) -> int:
    """How many inputs there are, for the progress bar's total: a walk without reading any file."""
    return sum(1 for _ in walk_inputs(paths, pattern, skip_folder=skip_folder))


def _with_progress(results: Iterable[Result], emit: Callable[..., None], total: int | None) -> None:
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    console = Console(stderr=True)
    columns: list[Any] = [TextColumn("to-json"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), TimeRemainingColumn()]
    # redirect_stdout=False: the records on stdout must not be routed through the progress display;
    # error lines go through the console, above the bar, instead of through it.
    with Progress(*columns, console=console, transient=True, redirect_stdout=False, redirect_stderr=False) as progress:
        task = progress.add_task("to-json", total=total)

        def say(line: str) -> None:
            console.print(line, markup=False, highlight=False, soft_wrap=True)

        for result in results:
            emit(result, say=say)
            progress.advance(task)
