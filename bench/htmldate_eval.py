"""Publication dates of real web pages: stmtkit against htmldate (extensive search), same pages, same run.

    python bench/htmldate_eval.py [DIR] [--misses]

DIR (default ../shared/bench-data/htmldate-eval, from the repository) holds
``pages/*.gz`` and ``expected.tsv`` (file, date, url): pages sampled from
htmldate's own evaluation set with reviewed publication dates.  Accuracy is the
share of pages whose date is exactly the expected one (none found counts as
wrong), as htmldate's evaluation counts it.  stmtkit is timed for the whole
parse of the page (``stmtkit.parse`` on its bytes: the record with title, text,
lists, signatories), htmldate for ``find_date(page, extensive_search=True,
original_date=True)``; each page is read once before timing, and the median
and mean time per page are printed for both.  Time is the process's CPU time
(``time.process_time``), not the wall clock: on a shared machine another
process's work would otherwise land on whichever tool was running.  ``--misses`` lists every page
either tool got wrong.

htmldate is a dev dependency (``pip install -e '.[dev]'``).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import statistics
import time
import warnings
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dir", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--misses", action="store_true", help="list the pages either tool got wrong")
    args = parser.parse_args()
    pages = load(args.dir)
    htmldate_date(pages[0][1])  # imports and first-call set-up are not a page's time
    stmtkit_date(pages[0][0], pages[0][1])
    scores = {"stmtkit": 0, "htmldate": 0}
    times: dict[str, list[float]] = {"stmtkit": [], "htmldate": []}
    misses = []
    for name, page, expected in pages:
        start = time.process_time()
        ours = stmtkit_date(name, page)
        middle = time.process_time()
        theirs = htmldate_date(page)
        end = time.process_time()
        times["stmtkit"].append(middle - start)
        times["htmldate"].append(end - middle)
        scores["stmtkit"] += ours == expected
        scores["htmldate"] += theirs == expected
        if ours != expected or theirs != expected:
            misses.append(f"{name}\texpected {expected}\tstmtkit {ours}\thtmldate {theirs}")
    if args.misses:
        print("\n".join(misses))
    print(f"{len(pages)} pages in {args.dir}")
    print(f"{'tool':<10} {'accuracy':>8} {'median ms/page':>15} {'mean ms/page':>13}")
    for tool in ("stmtkit", "htmldate"):
        spent = times[tool]
        print(f"{tool:<10} {scores[tool] / len(pages):>8.3f} {statistics.median(spent) * 1000:>15.2f} {statistics.mean(spent) * 1000:>13.2f}")
    ratio = statistics.median(times["stmtkit"]) / statistics.median(times["htmldate"])
    print(f"stmtkit's median time per page is {ratio:.2f}x htmldate's")


if __name__ == "__main__":
    main()
