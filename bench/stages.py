"""Time per stage of a parse (ms per document), to see where a parse spends its time.

    .venv/bin/python bench/stages.py                     # the corpus mix
    .venv/bin/python bench/stages.py apa-fr              # documents whose name holds apa-fr
    .venv/bin/python bench/stages.py --src /tmp/old      # stmtkit imported from another checkout
    .venv/bin/python bench/stages.py --corpus ../shared/bench-data/htmldate-eval/pages --reps 3
                                                         # web pages (.html, .gz): the HTML part timed too

Each stage of ``stmtkit.pipeline`` (and decoding, normalising, the HTML
extraction with the page's metadata, and the record's JSON) is wrapped in a
timer; every document is parsed ``--reps`` times per run and the median of
``--runs`` runs is printed, as the mean over the documents and, with
``--pages``, as the median page (each page's fastest parse: how
``bench/htmldate_eval.py`` compares pages).  ``--src`` times another checkout
(``git worktree add /tmp/old REV``) so that old and new code can be compared in
the same minute on a shared machine.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

DEFAULT_CORPUS = Path("/work/shared/corpus")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", help="import stmtkit from this checkout")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--reps", type=int, default=20)
    ap.add_argument("--pages", action="store_true", help="also each part's time on the median page (fastest parse of each page)")
    ap.add_argument("only", nargs="*", help="keep documents whose file name holds one of these")
    args = ap.parse_args()
    if args.src:
        sys.path.insert(0, args.src)
    import stmtkit
    from stmtkit import pipeline

    print("stmtkit from", stmtkit.__file__)
    docs = [_read(p) for p in sorted(args.corpus.iterdir()) if p.suffix in _SUFFIXES and (not args.only or any(o in p.name for o in args.only))]
    if not docs:
        sys.exit(f"no documents in {args.corpus}")
    for d in docs:
        stmtkit.parse(d)  # warm-up: lazy tables and patterns
    spent: defaultdict[str, float] = defaultdict(float)

    def timed(name: str, work: Callable[..., Any]) -> Callable[..., Any]:
        def run(*a: Any, **k: Any) -> Any:
            started = time.perf_counter()
            try:
                return work(*a, **k)
            finally:
                spent[name] += time.perf_counter() - started

        return run

    # The ruler is pipeline.stages(); checkouts before 2026-12 named it pipeline._stages.
    ruler = "stages" if hasattr(pipeline, "stages") else "_stages"
    stages = tuple((name, timed(name, stage)) for name, stage in getattr(pipeline, ruler)())
    setattr(pipeline, ruler, lambda: stages)
    for step in ("normalize", "decode"):
        setattr(pipeline, step, timed(step, getattr(pipeline, step)))
    try:  # the HTML extraction and the page's metadata (a checkout without HTML input has none)
        from stmtkit.inputs import html_text
    except ImportError:
        pass
    else:
        html_text.read_html = timed("html", html_text.read_html)  # type: ignore[assignment]
    runs: defaultdict[str, list[float]] = defaultdict(list)
    # Each part's fastest time on each page, over every run and repetition (``--pages``).
    fastest: list[dict[str, float]] = [{} for _ in docs]
    for _ in range(args.runs):
        spent.clear()
        started = time.perf_counter()
        for _ in range(args.reps):
            for index, d in enumerate(docs):
                before = dict(spent) if args.pages else spent
                page_started = time.perf_counter()
                statement = stmtkit.parse(d)
                timed("to_json", lambda s: json.dumps(s.to_dict(), ensure_ascii=False))(statement)
                if args.pages:
                    _keep_fastest(fastest[index], before, spent, time.perf_counter() - page_started)
        count = args.reps * len(docs)
        runs["TOTAL"].append((time.perf_counter() - started) / count)
        for name, seconds in spent.items():
            runs[name].append(seconds / count)
    print("  mean over the documents:")
    for name, values in sorted(runs.items(), key=lambda kv: -statistics.median(kv[1])):
        print(f"  {name:12s} {statistics.median(values) * 1e3:.3f} ms")
    print(f"  => {1 / statistics.median(runs['TOTAL']):.0f} docs/s")
    if args.pages:
        print("  the median page (each page's fastest parse; parts need not add up):")
        names = sorted({name for page in fastest for name in page}, key=lambda n: -statistics.median(p.get(n, 0.0) for p in fastest))
        for name in names:
            print(f"  {name:12s} {statistics.median(p.get(name, 0.0) for p in fastest) * 1e3:.3f} ms")


_SUFFIXES = (".txt", ".md", ".html", ".htm", ".gz")


def _read(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


def _keep_fastest(fastest: dict[str, float], before: dict[str, float], spent: dict[str, float], total: float) -> None:
    """Record one parse's time in each part where it beats the page's fastest so far."""
    fastest["TOTAL"] = min(fastest.get("TOTAL", total), total)
    for name, seconds in spent.items():
        took = seconds - before.get(name, 0.0)
        fastest[name] = min(fastest.get(name, took), took)


if __name__ == "__main__":
    main()
