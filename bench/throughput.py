"""Throughput of the parser on one core and on all cores, beside dateparser, and the memory of a big batch.

    .venv/bin/python bench/throughput.py                      # everything, about a quarter of an hour
    .venv/bin/python bench/throughput.py --runs 1 --memory-files 0

1. Documents: the corpus's ``*.txt`` (read at run time from ``--corpus``, never
   copied), repeated to ``--docs`` documents (at least 10,000).
2. One core: ``stmtkit.parse(bytes).to_dict()`` and ``json.dumps`` (what
   ``to-json`` does per input), in this process; over the corpus mix, and over
   the reference document alone (``--reference``, ~5 KB: the issue's target of
   1,000 documents/s is set for documents like it).  Repeating documents
   flatters no cache keyed by their text: those live in the parse
   (``stmtkit.memo``), so every document starts cold; a process keeps only
   tables of bounded domains (month names per language hint, facts about
   one character), built by the warm-up.
3. All cores: the same through ``stmtkit.parallel.ordered_map`` (the pool
   ``to-json --jobs`` and ``parse_many`` use), documents sent to the workers
   and NDJSON lines sent back.
4. dateparser's ``search_dates`` (the nearest thing a user has today: it finds
   dates, nothing else) on a sample of the same documents, because it is far too
   slow for all of them; its rate is per document all the same.
5. A ``to-json -o DIR`` run over ``--memory-files`` generated small files in a
   temporary folder: wall time, peak memory of the whole process tree (the sum of
   RSS, which counts the pages the forked workers share once per process, and
   the sum of PSS, which shares them out), and a ``--skip-unchanged`` rerun.

Each timing is the median of ``--runs`` runs.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

import stmtkit
from stmtkit.parallel import available_cores, ordered_map

DEFAULT_CORPUS = Path("/work/shared/corpus")

# Small statements for the 100,000-file run, in our own words (their size is
# not the point: the run measures what the batch machinery holds).
SMALL = """Residents of district {n} ask for a safer crossing
27 mai 2024 17:59 (UTC +04:00)

We, the undersigned, ask the council to build the crossing promised in {year}.

Signed by:
- Alma Reyes
- Tomas Lindqvist {n}
"""


def load_documents(corpus: Path, count: int) -> list[bytes]:
    originals = [p.read_bytes() for p in sorted(corpus.glob("*.txt"))]
    if not originals:
        sys.exit(f"no *.txt in {corpus}")
    return [originals[i % len(originals)] for i in range(count)]


def to_ndjson_line(data: bytes) -> str:
    return json.dumps(stmtkit.parse(data).to_dict(), ensure_ascii=False)


def median_seconds(work: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def one_core(docs: list[bytes]) -> None:
    for d in docs:
        to_ndjson_line(d)


def all_cores(docs: list[bytes], jobs: int) -> None:
    for _ in ordered_map(to_ndjson_line, docs, jobs=jobs, chunk_size=16):
        pass


def dateparser_sample(docs: list[bytes]) -> None:
    from dateparser.search import search_dates

    for d in docs:
        search_dates(d.decode("utf-8", "replace"))


def rate_line(label: str, seconds: float, docs: list[bytes]) -> tuple[str, float]:
    per_second = len(docs) / seconds
    megabytes = sum(map(len, docs)) / 1e6 / seconds
    return f"{label:<34} {len(docs):>7,} docs {seconds:8.2f} s {per_second:9.1f} docs/s {megabytes:7.2f} MB/s", per_second


# --- the big batch and its memory ------------------------------------------------------------


def write_small_tree(root: Path, count: int) -> None:
    for n in range(count):
        folder = root / f"{n // 1000:03d}"
        if n % 1000 == 0:
            folder.mkdir(parents=True, exist_ok=True)
        (folder / f"doc{n}.txt").write_text(SMALL.format(n=n, year=2000 + n % 24), encoding="utf-8")


def tree_memory_kib(pid: int) -> tuple[int, int]:
    """Sums of RSS and PSS (KiB) over ``pid`` and all its descendants."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    parents[int(entry)] = int(fh.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
    tree, frontier = {pid}, [pid]
    while frontier:
        current = frontier.pop()
        for child, parent in parents.items():
            if parent == current and child not in tree:
                tree.add(child)
                frontier.append(child)
    rss = pss = 0
    for p in tree:
        try:
            with open(f"/proc/{p}/smaps_rollup") as fh:
                for line in fh:
                    if line.startswith("Rss:"):
                        rss += int(line.split()[1])
                    elif line.startswith("Pss:"):
                        pss += int(line.split()[1])
        except OSError:
            continue
    return rss, pss


def run_watched(cmd: list[str], cwd: Path) -> tuple[float, int, int, int]:
    """Run ``cmd``; return (seconds, exit status, peak RSS sum KiB, peak PSS sum KiB) of its process tree."""
    peak = [0, 0]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL)

    def watch() -> None:
        while proc.poll() is None:
            rss, pss = tree_memory_kib(proc.pid)
            peak[0], peak[1] = max(peak[0], rss), max(peak[1], pss)
            time.sleep(0.2)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    code = proc.wait()
    elapsed = time.perf_counter() - started
    watcher.join()
    return elapsed, code, peak[0], peak[1]


def big_batch(files: int, jobs: int) -> list[str]:
    lines = []
    with tempfile.TemporaryDirectory(prefix="stmtkit-bench-") as tmp:
        root = Path(tmp)
        started = time.perf_counter()
        write_small_tree(root / "in", files)
        lines.append(f"generated {files:,} files in {time.perf_counter() - started:.0f} s")
        cmd = [sys.executable, "-m", "stmtkit", "to-json", "in", "-o", "out", "--jobs", str(jobs), "-q"]
        first, code, rss, pss = run_watched(cmd, root)
        lines.append(
            f"to-json -o, {files:,} files, --jobs {jobs}: {first:.1f} s ({files / first:,.0f} files/s), exit {code}, "
            f"peak memory of the process tree: RSS sum {rss / 1024:.0f} MiB, PSS sum {pss / 1024:.0f} MiB"
        )
        rerun, code, rss, pss = run_watched([*cmd, "--skip-unchanged"], root)
        lines.append(
            f"rerun with --skip-unchanged: {rerun:.1f} s = {rerun / first:.2f} of the first run, exit {code}, "
            f"RSS sum {rss / 1024:.0f} MiB, PSS sum {pss / 1024:.0f} MiB"
        )
        outputs = sum(1 for _ in (root / "out").rglob("*.json"))
        lines.append(f"outputs written: {outputs:,}")
        shutil.rmtree(root / "out", ignore_errors=True)
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--reference", default="apa-fr-signes-par.txt", help="corpus file timed alone too")
    ap.add_argument("--jobs", type=int, default=available_cores())
    ap.add_argument("--dateparser-sample", type=int, default=45, help="documents for search_dates (0: skip)")
    ap.add_argument("--memory-files", type=int, default=100_000, help="files for the batch run (0: skip)")
    args = ap.parse_args()

    docs = load_documents(args.corpus, args.docs)
    print(f"{len(docs):,} documents ({sum(map(len, docs)) / 1e6:.1f} MB, mean {sum(map(len, docs)) / len(docs) / 1000:.1f} KB) "
          f"from {args.corpus}; median of {args.runs} runs; {available_cores()} cores", flush=True)
    one_core(docs[:50])  # warm-up: lazy tables and patterns

    line, single = rate_line("stmtkit, one core", median_seconds(lambda: one_core(docs), args.runs), docs)
    print(line, flush=True)
    reference_path = args.corpus / args.reference
    if reference_path.exists():
        like_reference = [reference_path.read_bytes()] * len(docs)
        line, _ = rate_line(f"stmtkit, one core, {args.reference[:14]}", median_seconds(lambda: one_core(like_reference), args.runs), like_reference)
        print(line, flush=True)
    line, multi = rate_line(f"stmtkit, --jobs {args.jobs}", median_seconds(lambda: all_cores(docs, args.jobs), args.runs), docs)
    print(line, f" scaling {multi / single:.2f}x on {args.jobs} cores", flush=True)
    if args.dateparser_sample:
        sample = docs[: args.dateparser_sample]
        dateparser_sample(sample[:1])  # warm-up: its language data loads lazily
        line, theirs = rate_line("dateparser search_dates, one core", median_seconds(lambda: dateparser_sample(sample), args.runs), sample)
        print(line, f" (sample of {len(sample)})", flush=True)
        print(f"stmtkit full parse / dateparser search_dates, one core: {single / theirs:.1f}x", flush=True)
    if args.memory_files:
        for line in big_batch(args.memory_files, args.jobs):
            print(line, flush=True)


if __name__ == "__main__":
    main()
