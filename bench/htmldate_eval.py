"""Publication dates of real web pages: stmtkit against htmldate (extensive search), same pages, same run.

    python bench/htmldate_eval.py [DIR] [--misses]

DIR (default ../shared/bench-data/htmldate-eval, from the repository) holds
``pages/*.gz`` and ``expected.tsv`` (file, date, url): pages sampled from
htmldate's own evaluation set with reviewed publication dates.  Accuracy is the
share of pages whose date is exactly the expected one (none found counts as
wrong), as htmldate's evaluation counts it.  stmtkit is timed for the whole
parse of the page (``stmtkit.parse`` on its bytes: the record with title, text,
lists, signatories), htmldate for ``find_date(page, extensive_search=True,
original_date=True)``.  Each tool makes ``--repeat`` passes over all the pages,
the two taking turns a whole pass each (so that a shared machine's load falls
alike on both, and neither works in the caches the other left but on a pass's
first page), and each page's fastest pass counts; the median and mean over the
pages are printed for both.  Time is the process's CPU time (``time.process_time``), not
the wall clock: on a shared machine another process's work would otherwise
land on whichever tool was running.  ``--misses`` lists every page
either tool got wrong.

``--instructions`` counts instead of timing (callgrind, so the load of a shared machine
does not matter; about twenty minutes): each tool first makes one pass over all the
pages uncounted, then each page's call is counted on its own, and the medians of the
per-page counts are compared as the times are.  The uncounted pass leaves out what a
process does once, on the first page that needs it (patterns compiled on first use,
htmldate's dateparser loaded), as the fastest of ``--repeat`` passes leaves it out of
the times.

``--parts`` times two more turns with stmtkit's parse cut in two: ``page`` (the whole parse
with no stage to run: decoding, the SHA-256, the HTML part's extraction and metadata, the
lines) and ``stages`` (the page's extracted text, worked out before the passes, parsed as
plain text: every stage on the same lines, without the page's metadata).  Each is printed
against htmldate: what is left of the budget for the one when the other takes what it takes.

htmldate is a dev dependency (``pip install -e '.[dev]'``).
"""

from __future__ import annotations

import argparse
import csv
import functools
import gzip
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

import stmtkit

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared" / "bench-data" / "htmldate-eval"


def load(root: Path) -> list[tuple[str, bytes, str]]:
    with open(root / "expected.tsv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    pages = []
    for row in rows:
        path = root / "pages" / (row["file"] + ".gz")
        if not path.exists():
            path = root / "pages" / row["file"]
        data = path.read_bytes()
        pages.append((row["file"], gzip.decompress(data) if path.suffix == ".gz" else data, row["date"]))
    return pages


def stmtkit_date(name: str, page: bytes) -> str | None:
    try:
        doc = stmtkit.parse(page, source=name)
    except stmtkit.StmtkitError:
        return None
    date = doc.dateline.date if doc.dateline else None
    return date.isoformat() if date else None


def htmldate_date(page: bytes) -> str | None:
    from htmldate import find_date

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = find_date(page, extensive_search=True, original_date=True)
    return str(found) if found else None


TOOLS: dict[str, Callable[[str, bytes], str | None]] = {
    "stmtkit": stmtkit_date,
    "htmldate": lambda _name, page: htmldate_date(page),
}


def parts(pages: list[tuple[str, bytes, str]]) -> dict[str, Callable[[str, bytes], str | None]]:
    """``--parts``: stmtkit's parse cut in two, each a tool of its own (no date answered)."""
    from stmtkit import pipeline
    from stmtkit.decode import decode
    from stmtkit.inputs.html_text import read_html

    ruler = pipeline.stages

    def page_part(name: str, page: bytes) -> None:
        pipeline.stages = lambda: ()  # the whole parse with no stage to run (as bench/stages.py swaps the ruler)
        try:
            stmtkit.parse(page, source=name)
        finally:
            pipeline.stages = ruler

    extracted = {name: read_html(decode(page).text).text.encode() for name, page, _expected in pages}

    def stages_part(name: str, _page: bytes) -> None:
        stmtkit.parse(extracted[name], source=name, input_format="text")

    return {"page": page_part, "stages": stages_part}


def timed(pages: list[tuple[str, bytes, str]], repeat: int, tools: dict[str, Callable[[str, bytes], str | None]]) -> dict[str, tuple[list[str | None], list[float]]]:
    """Each tool's answer for each page and the page's fastest time over ``repeat`` passes (CPU seconds).

    The tools take turns, a whole pass each: run one tool's passes and then the other's, and a
    load that came or went between the two (another job on a shared machine) fell on one tool only.
    """
    results: dict[str, tuple[list[str | None], list[float]]] = {
        tool_name: ([None] * len(pages), [float("inf")] * len(pages)) for tool_name in tools
    }
    for tool in tools.values():
        tool(pages[0][0], pages[0][1])  # imports and first-call set-up are not a page's time
    for _ in range(repeat):
        for tool_name, tool in tools.items():
            answers, best = results[tool_name]
            for index, (name, page, _expected) in enumerate(pages):
                start = time.process_time()
                answers[index] = tool(name, page)
                best[index] = min(best[index], time.process_time() - start)
    return results


def count_inside(tool_name: str, root: Path) -> None:
    """Run under callgrind: one pass over all the pages uncounted, then each page inside its own counted call."""
    pages = load(root)
    tool = TOOLS[tool_name]
    for name, page, _expected in pages:
        tool(name, page)
    for name, page, _expected in pages:
        # functools.reduce is the counted (and dumped) C function: nothing else here calls it.
        functools.reduce(lambda _none, item: tool(*item), [(name, page)], None)


def instructions(tool_name: str, root: Path) -> list[int]:
    """Each page's instructions for one tool (callgrind, one dump a page)."""
    if shutil.which("valgrind") is None:
        sys.exit("--instructions needs valgrind")
    env = dict(os.environ, BENCH_HTMLDATE_COUNT=tool_name, BENCH_HTMLDATE_DIR=str(root))
    with tempfile.TemporaryDirectory() as tmp:
        done = subprocess.run(
            ["valgrind", "--tool=callgrind", "--toggle-collect=functools_reduce", "--dump-after=functools_reduce",
             f"--callgrind-out-file={tmp}/out", sys.executable, __file__],
            env=env, capture_output=True, text=True, check=False,
        )
        counts = []
        for path in sorted(Path(tmp).glob("out.*"), key=lambda p: int(p.suffix[1:])):
            found = re.search(r"^(?:summary|totals): (\d+)", path.read_text(), re.MULTILINE)
            if found and int(found.group(1)):
                counts.append(int(found.group(1)))
    if done.returncode or not counts:
        sys.exit(done.stderr[-2000:] or f"valgrind exited {done.returncode}")
    return counts


def main() -> None:
    if os.environ.get("BENCH_HTMLDATE_COUNT"):
        count_inside(os.environ["BENCH_HTMLDATE_COUNT"], Path(os.environ["BENCH_HTMLDATE_DIR"]))
        return
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dir", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--repeat", type=int, default=1, help="passes over the pages; each page's fastest counts (default 1: later passes find caches warm, htmldate's more than ours)")
    parser.add_argument("--misses", action="store_true", help="list the pages either tool got wrong")
    parser.add_argument("--instructions", action="store_true", help="count instructions a page (callgrind) instead of timing")
    parser.add_argument("--parts", action="store_true", help="also time stmtkit's page part and its stages apart, in turns of their own")
    args = parser.parse_args()
    if args.instructions:
        counted = {tool_name: instructions(tool_name, args.dir) for tool_name in TOOLS}
        print(f"{len(counted['stmtkit'])} pages in {args.dir}, instructions a page (callgrind)")
        print(f"{'tool':<10} {'median M':>9} {'mean M':>9}")
        for tool_name, counts in counted.items():
            print(f"{tool_name:<10} {statistics.median(counts) / 1e6:>9.2f} {statistics.mean(counts) / 1e6:>9.2f}")
        ratio = statistics.median(counted["stmtkit"]) / statistics.median(counted["htmldate"])
        print(f"stmtkit's median count per page is {ratio:.2f}x htmldate's")
        return
    pages = load(args.dir)
    results = timed(pages, args.repeat, {**TOOLS, **(parts(pages) if args.parts else {})})
    if args.misses:
        for index, (name, _page, expected) in enumerate(pages):
            ours, theirs = results["stmtkit"][0][index], results["htmldate"][0][index]
            if ours != expected or theirs != expected:
                print(f"{name}\texpected {expected}\tstmtkit {ours}\thtmldate {theirs}")
    print(f"{len(pages)} pages in {args.dir}, fastest of {args.repeat} passes per page")
    print(f"{'tool':<10} {'accuracy':>8} {'median ms/page':>15} {'mean ms/page':>13}")
    for tool_name, (answers, spent) in results.items():
        if tool_name not in TOOLS:
            continue
        right = sum(1 for answer, (_n, _p, expected) in zip(answers, pages, strict=True) if answer == expected)
        print(f"{tool_name:<10} {right / len(pages):>8.3f} {statistics.median(spent) * 1000:>15.2f} {statistics.mean(spent) * 1000:>13.2f}")
    ratio = statistics.median(results["stmtkit"][1]) / statistics.median(results["htmldate"][1])
    print(f"stmtkit's median time per page is {ratio:.2f}x htmldate's")
    baseline = statistics.median(results["htmldate"][1])
    for part in ("page", "stages") if args.parts else ():
        took = statistics.median(results[part][1])
        print(f"  its {part} part alone: median {took * 1000:.2f} ms a page, {took / baseline:.2f}x htmldate's")


if __name__ == "__main__":
    main()
