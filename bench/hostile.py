"""Hostile inputs: how long a parse takes, and how that grows with the input.

    .venv/bin/python bench/hostile.py [--scale N] [--markdown]

Each input is parsed at its size and at half its size; a ratio near 2 means
the parse grows linearly, near 4 quadratically.  The sizes are the ones
tests/test_hostile.py uses (which only checks that each parse finishes with a
record or a clear error); ``--scale`` multiplies them.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import time
from collections.abc import Callable

import stmtkit


def _names(n: int) -> str:
    syllables = ["ka", "lo", "mi", "ren", "sa", "tu", "vel", "zor", "an", "ber"]
    words = [(a + b + c).capitalize() for a in syllables for b in syllables for c in syllables]
    return "Signed by:\n" + ", ".join(f"{words[i % 1000]} {words[(i * 7 + 3) % 1000]}" for i in range(n))


_PARAGRAPHS = b"<p>The council met again today and agreed on nothing, as it does each season.</p>\n"


def _page(body: bytes) -> bytes:
    return b"<!DOCTYPE html><html><head><title>A page</title></head><body>" + body + b"</body></html>"


INPUTS: dict[str, Callable[[int], bytes]] = {
    "10 MB single line": lambda n: b"word " * (2_000_000 * n),
    "a million dashes": lambda n: b"-" * (1_000_000 * n),
    "100,000 dash lines": lambda n: b"-\n" * (100_000 * n),
    "300,000 '1. ' labels on a line": lambda n: b"1. " * (300_000 * n),
    "300,000 '1. x' lines": lambda n: b"1. x\n" * (300_000 * n),
    "50,000 'Signed by:' lines": lambda n: b"Signed by:\n" * (50_000 * n),
    "20,000 names on a line": lambda n: _names(20_000 * n).encode(),
    "200,000 spaces in a line": lambda n: b"Signed by:\n- Jane" + b" " * (200_000 * n) + b"Roe\n",
    "1 MB random bytes": lambda n: os.urandom(1_000_000 * n),
    "11 MB of cp1251 lines": lambda n: ("Подписали: Анна Петровна Смирнова, председатель\n" * (230_000 * n)).encode("cp1251"),
    "HTML: 20 MB of paragraphs": lambda n: _page(_PARAGRAPHS * (233_000 * n)),
    "HTML: a million tags": lambda n: _page(b"<span>x</span>" * (500_000 * n)),
    "HTML: nested 200,000 deep": lambda n: _page(b"<div>" * (200_000 * n) + b"deep" + b"</div>" * (200_000 * n)),
}


def seconds(data: bytes) -> float:
    started = time.perf_counter()
    with contextlib.suppress(stmtkit.StmtkitError):
        stmtkit.parse(data, max_bytes=None)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=1)
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()
    rows = []
    for name, make in INPUTS.items():
        full = make(args.scale)
        half = full[: len(full) // 2]
        t_half, t_full = seconds(half), seconds(full)
        rows.append((name, len(full), t_full, t_full / t_half if t_half > 0 else float("nan")))
    if args.markdown:
        print("| input | bytes | seconds | growth (×2 input) |\n| --- | ---: | ---: | ---: |")
        for name, size, t, growth in rows:
            print(f"| {name} | {size:,} | {t:.2f} | {growth:.1f} |")
    else:
        for name, size, t, growth in rows:
            print(f"{name:34} {size:>12,} B {t:8.2f} s  ×{growth:.1f}")


if __name__ == "__main__":
    main()
