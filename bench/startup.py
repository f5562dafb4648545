"""Start-up cost of the command line, measured against a bare interpreter.

    .venv/bin/python bench/startup.py            # 40 runs each
    .venv/bin/python bench/startup.py --runs 100 --importtime
    .venv/bin/python bench/startup.py --instructions   # callgrind: deterministic, whatever the load

Runs ``python -c pass``, ``stmtkit dateline --text '27 mai 2024 17:59 (UTC +04:00)'``
and ``stmtkit parse --format json FILE`` on the reference document (through the
installed console script, as a user or a cron job runs them) as fresh processes,
alternately, and prints the median wall time of each and its ratio to the bare
interpreter. Budgets: at most 3x for the date string, 6x for the parse (a cron job
that calls stmtkit once per file pays this every time).

Bytecode: PYTHONDONTWRITEBYTECODE is removed from the children's environment and
one warm-up run of each command writes the ``.pyc`` files first, because an
installed package always has them (pip compiles on install); without them every
run would compile ``stmtkit/data/cldr_dates.py`` from source and measure that instead.

``--instructions`` counts each command's instructions under callgrind instead of timing it:
the same on a loaded machine.  The hash seed moves a one-file run by up to 6 M instructions
(set and dict order), so each command runs once under each of three fixed seeds and the
median is taken.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

DATELINE = "27 mai 2024 17:59 (UTC +04:00)"
REFERENCE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "fixtures", "fr-signes-par.txt")
BUDGETS = {"stmtkit dateline --text": 3.0, "stmtkit parse FILE": 6.0}


def stmtkit_command() -> list[str]:
    """The console script next to this interpreter, else ``python -m stmtkit``."""
    script = os.path.join(os.path.dirname(sys.executable), "stmtkit")
    if os.path.exists(script) or shutil.which("stmtkit"):
        return [script if os.path.exists(script) else "stmtkit"]
    return [sys.executable, "-m", "stmtkit"]


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def wall_time(cmd: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - started


def import_profile(env: dict[str, str], top: int) -> str:
    """The modules with the largest cumulative import time (``python -X importtime``)."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "stmtkit", "dateline", "--text", DATELINE],
        env=env, capture_output=True, text=True, check=True,
    )
    rows = []
    for line in done.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            rows.append((int(parts[1]), int(parts[0].split(":")[1]), parts[2].rstrip()))
    rows.sort(reverse=True)
    return "\n".join(f"{cum / 1000:7.1f} ms  (self {own / 1000:5.1f})  {name}" for cum, own, name in rows[:top])


SEEDS = ("0", "1", "2")


def instructions(cmd: list[str], env: dict[str, str]) -> float:
    """Millions of instructions the command runs (callgrind), the median over ``SEEDS``."""
    counts = []
    for seed in SEEDS:
        done = subprocess.run(
            ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *cmd],
            env={**env, "PYTHONHASHSEED": seed}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
            check=True,
        )
        found = re.search(r"Collected : (\d+)", done.stderr)
        if found is None:
            sys.exit(f"callgrind printed no count for {cmd}")
        counts.append(int(found.group(1)) / 1e6)
    return statistics.median(counts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=40)
    ap.add_argument("--importtime", action="store_true", help="also print the slowest imports")
    ap.add_argument("--instructions", action="store_true", help="count instructions under callgrind instead of timing")
    args = ap.parse_args()
    env = child_env()
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "stmtkit dateline --text": [*stmtkit_command(), "dateline", "--text", DATELINE],
        "stmtkit parse FILE": [*stmtkit_command(), "parse", "--format", "json", REFERENCE],
    }
    for cmd in commands.values():  # warm-up: page cache and .pyc files
        wall_time(cmd, env)
        wall_time(cmd, env)
    if args.instructions:
        if shutil.which("valgrind") is None:
            sys.exit("--instructions needs valgrind on PATH")
        counts = {name: instructions(cmd, env) for name, cmd in commands.items()}
        base = counts["python -c pass"]
        for name, count in counts.items():
            print(f"{name:24s} {count:8.1f} M instructions, median of seeds {','.join(SEEDS)}  ({count / base:.2f}x)")
        for name, budget in BUDGETS.items():
            print(f"ratio {name:24s} {counts[name] / base:6.2f}x  (budget <= {budget:g}x)")
        return
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, cmd in commands.items():
            times[name].append(wall_time(cmd, env))
    medians = {name: statistics.median(values) for name, values in times.items()}
    bare = medians["python -c pass"]
    for name, median in medians.items():
        print(f"{name:24s} median {median * 1000:6.1f} ms over {args.runs} runs  ({median / bare:.2f}x)")
    for name, budget in BUDGETS.items():
        print(f"ratio {name:24s} {medians[name] / bare:6.2f}x  (budget <= {budget:g}x)")
    if args.importtime:
        print("\nslowest imports (cumulative):")
        print(import_profile(env, 25))


if __name__ == "__main__":
    main()
