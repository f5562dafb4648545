"""Instructions a corpus pass costs, counted by callgrind: a figure a loaded machine cannot blur.

    .venv/bin/python bench/instructions.py                    # the whole parse, this checkout
    .venv/bin/python bench/instructions.py --stage signatures # one stage of stmtkit.pipeline
    .venv/bin/python bench/instructions.py --src /tmp/old     # another checkout (git worktree add)

Wall-clock ratios swing by a factor of two when other jobs share the cores; instruction counts
do not.  The corpus is parsed once to warm up (imports, patterns compiled on first use), then
parsed again inside a ``functools.partial`` call, and callgrind counts only what runs inside
it (``--toggle-collect=partial_vectorcall``): the whole parse with the record's JSON, or one
stage.  Compare two checkouts by running the script once for each; a checkout whose caches
outlive a parse (older ones) is flattered by the warm-up pass.  Needs ``valgrind``.
"""

from __future__ import annotations

import argparse
import functools
import gc
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

DEFAULT_CORPUS = Path("/work/shared/corpus")


def count_inside() -> None:
    """Run under callgrind: warm up, then parse the corpus inside the counted partial."""
    src, stage, corpus = os.environ["BENCH_SRC"], os.environ["BENCH_STAGE"], os.environ["BENCH_CORPUS"]
    if src:
        sys.path.insert(0, src)
    import stmtkit
    from stmtkit import pipeline

    docs = [p.read_bytes() for p in sorted(Path(corpus).glob("*.txt"))]
    for doc in docs:
        json.dumps(stmtkit.parse(doc).to_dict(), ensure_ascii=False)
    # The cyclic collector starts the counted pass afresh: what the warm-up left pending decided
    # whether an older generation's collection (some 6 M instructions over the loaded tables)
    # fell inside the count, so one tree read 720.3 or 726.7 M after a one-line change elsewhere.
    gc.collect()
    if stage == "ALL":
        counted = functools.partial(lambda d: json.dumps(stmtkit.parse(d).to_dict(), ensure_ascii=False))
        for doc in docs:
            counted(doc)
        return
    ruler = pipeline.stages()
    if stage not in {name for name, _ in ruler}:
        sys.exit(f"no stage {stage!r}; stages: {', '.join(name for name, _ in ruler)}")
    wrapped = tuple((name, functools.partial(run) if name == stage else run) for name, run in ruler)
    pipeline.stages = lambda: wrapped  # type: ignore[assignment]
    for doc in docs:
        stmtkit.parse(doc)


def main() -> None:
    if os.environ.get("BENCH_STAGE"):
        count_inside()
        return
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stage", default="ALL", help="a stage name of stmtkit.pipeline.stages(), or ALL")
    ap.add_argument("--src", default="", help="import stmtkit from this checkout")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = ap.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("bench/instructions.py needs valgrind")
    env = dict(os.environ, BENCH_STAGE=args.stage, BENCH_SRC=args.src, BENCH_CORPUS=str(args.corpus))
    with tempfile.TemporaryDirectory() as tmp:
        done = subprocess.run(
            ["valgrind", "--tool=callgrind", "--toggle-collect=partial_vectorcall",
             f"--callgrind-out-file={tmp}/out", sys.executable, __file__],
            env=env, capture_output=True, text=True, check=False,
        )
    found = re.search(r"Collected : (\d+)", done.stderr)
    if done.returncode or not found:
        sys.exit(done.stderr[-2000:] or f"valgrind exited {done.returncode}")
    print(f"{args.stage}: {int(found.group(1)) / 1e6:.1f} M instructions per corpus pass ({args.src or 'this checkout'})")


if __name__ == "__main__":
    main()
