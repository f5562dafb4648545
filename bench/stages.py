"""Time per stage of a parse (ms per document), to see where a parse spends its time.

    .venv/bin/python bench/stages.py                     # the corpus mix
    .venv/bin/python bench/stages.py apa-fr              # documents whose name holds apa-fr
    .venv/bin/python bench/stages.py --src /tmp/old      # stmtkit imported from another checkout

Each stage of ``stmtkit.pipeline`` (and decoding, normalising, and the record's
JSON) is wrapped in a timer; every document is parsed ``--reps`` times per run
and the median of ``--runs`` runs is printed.  ``--src`` times another checkout
(``git worktree add /tmp/old REV``) so that old and new code can be compared in
the same minute on a shared machine.
"""

from __future__ import annotations

import argparse
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
    ap.add_argument("only", nargs="*", help="keep documents whose file name holds one of these")
    args = ap.parse_args()
    if args.src:
        sys.path.insert(0, args.src)
    import stmtkit
    from stmtkit import pipeline

    print("stmtkit from", stmtkit.__file__)
    docs = [p.read_bytes() for p in sorted(args.corpus.glob("*.txt")) if not args.only or any(o in p.name for o in args.only)]
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
    runs: defaultdict[str, list[float]] = defaultdict(list)
    for _ in range(args.runs):
        spent.clear()
        started = time.perf_counter()
        for _ in range(args.reps):
            for d in docs:
                statement = stmtkit.parse(d)
                timed("to_json", lambda s: json.dumps(s.to_dict(), ensure_ascii=False))(statement)
        count = args.reps * len(docs)
        runs["TOTAL"].append((time.perf_counter() - started) / count)
        for name, seconds in spent.items():
            runs[name].append(seconds / count)
    for name, values in sorted(runs.items(), key=lambda kv: -statistics.median(kv[1])):
        print(f"  {name:12s} {statistics.median(values) * 1e3:.3f} ms")
    print(f"  => {1 / statistics.median(runs['TOTAL']):.0f} docs/s")


if __name__ == "__main__":
    main()
