"""Datelines: stmtkit's reader against ``dateparser.parse`` on the same strings, in one run.

    .venv/bin/python bench/datelines.py [--runs N] [--markdown]

Strings: ``bench/datelines.tsv`` (the formats of tests/test_dates_table.py, which the reader
was tuned on), ``bench/datelines_heldout.tsv`` (written after that tuning) and dateparser's
own dated test cases (``/work/shared/bench-data/dateparser-test-cases.tsv``, or
``$STMTKIT_DATEPARSER_CASES``).  Both parsers get the same language hint and the same
reference date (``RELATIVE_BASE`` for dateparser).  dateparser (a dev-only dependency) is
imported here and nowhere else.

Rows: one per language over the table and held-out strings, then one per set, then all.
Exact match: the date, the wall-clock time (midnight when none is written) and, when the
string states an offset or a zone, the UTC offset must all equal the expected value.  Time:
each string is parsed ``--runs`` times by each parser (after one warm-up call each, which
also loads dateparser's language data); the per-string figure is the median run, the ratio
is dateparser's time over stmtkit's for that string, and the table gives the medians.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import time
import warnings
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from stmtkit.dates.read import parse_dateline  # noqa: E402

REFERENCE = dt.datetime(2024, 6, 1, 12, 0)
DATEPARSER_CASES = Path(os.environ.get("STMTKIT_DATEPARSER_CASES", "/work/shared/bench-data/dateparser-test-cases.tsv"))

Row = tuple[str, str, str, str]  # set, language, text, expected
Parser = Callable[[str, str], "dt.datetime | dt.date | None"]


def load_rows() -> list[Row]:
    rows: list[Row] = []
    for name, group in (("datelines.tsv", "table"), ("datelines_heldout.tsv", "held-out")):
        for line in (ROOT / "bench" / name).read_text(encoding="utf-8").splitlines()[1:]:
            if line.strip():
                lang, text, expected, _note = line.split("\t")
                rows.append((group, lang, text, expected))
    if DATEPARSER_CASES.exists():
        for line in DATEPARSER_CASES.read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or not line.strip():
                continue
            text, expected, lang, kind = [*line.split("\t"), "", "", ""][:4]
            if kind == "utc":
                expected = expected + "+00:00"  # the instant: compared in UTC below
            rows.append(("dateparser-suite", lang or "?", text, expected))
    return rows


def reference_for(group: str) -> dt.datetime:
    return dt.datetime(2024, 6, 12, 12, 0) if group == "held-out" else REFERENCE


def stmtkit_parser(group: str) -> Parser:
    def parse(text: str, lang: str) -> dt.datetime | dt.date | None:
        d = parse_dateline(text, languages=[lang] if lang != "?" else None, reference_date=reference_for(group))
        return d.datetime if d else None

    return parse


def dateparser_parser(group: str) -> Parser:
    import dateparser

    settings = {"RELATIVE_BASE": reference_for(group), "PREFER_DATES_FROM": "past"}

    def parse(text: str, lang: str) -> dt.datetime | dt.date | None:
        try:
            return dateparser.parse(text, languages=[lang] if lang != "?" else None, settings=settings)  # type: ignore[arg-type]
        except Exception:  # unknown language code, or a crash inside dateparser
            try:
                return dateparser.parse(text, settings=settings)  # type: ignore[arg-type]
            except Exception:
                return None

    return parse


def matches(value: dt.datetime | dt.date | None, expected: str) -> bool:
    if value is None:
        return False
    want = dt.datetime.fromisoformat(expected) if "T" in expected or "+" in expected else None
    if want is None:  # a date alone: dateparser gives midnight of that date
        date = value.date() if isinstance(value, dt.datetime) else value
        clock_ok = not isinstance(value, dt.datetime) or value.time() == dt.time()
        return date.isoformat() == expected and clock_ok
    if not isinstance(value, dt.datetime):
        return want.time() == dt.time() and want.tzinfo is None and value == want.date()
    if want.tzinfo is None:
        return value.replace(tzinfo=None) == want and (value.tzinfo is None or want.time() == dt.time())
    if value.tzinfo is None:
        return False
    if expected.endswith("+00:00") and value.utcoffset() != dt.timedelta(0):
        return value.astimezone(dt.timezone.utc).replace(tzinfo=None) == want.replace(tzinfo=None)
    return value == want and value.utcoffset() == want.utcoffset()


def timed(parse: Parser, text: str, lang: str, runs: int) -> float:
    parse(text, lang)  # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        parse(text, lang)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--markdown", action="store_true", help="print the README table")
    ap.add_argument("--misses", action="store_true", help="list the strings each parser gets wrong")
    args = ap.parse_args()
    warnings.filterwarnings("ignore")
    rows = load_rows()
    per_lang: dict[tuple[str, str], list[tuple[bool, bool, float, float]]] = defaultdict(list)
    for group, lang, text, expected in rows:
        ours, theirs = stmtkit_parser(group), dateparser_parser(group)
        ok_ours, ok_theirs = matches(ours(text, lang), expected), matches(theirs(text, lang), expected)
        t_ours, t_theirs = timed(ours, text, lang, args.runs), timed(theirs, text, lang, args.runs)
        per_lang[(group, lang)].append((ok_ours, ok_theirs, t_ours, t_theirs))
        if args.misses and not (ok_ours and ok_theirs):
            print(f"  miss [{group}/{lang}] stmtkit={'ok' if ok_ours else 'MISS'} dateparser={'ok' if ok_theirs else 'MISS'}  {text!r} -> {expected}", file=sys.stderr)
    report(per_lang, args.markdown)
    return 0


def _line(cells: list[str], markdown: bool) -> str:
    return ("| " + " | ".join(cells) + " |") if markdown else "  ".join(f"{c:>14}" if i else f"{c:<24}" for i, c in enumerate(cells))


def report(per_lang: dict[tuple[str, str], list[tuple[bool, bool, float, float]]], markdown: bool) -> None:
    head = ["language / set", "strings", "stmtkit exact", "dateparser exact", "stmtkit µs", "dateparser µs", "× faster"]
    print(_line(head, markdown))
    if markdown:
        print("|" + "---|" * len(head))
    groups: dict[str, list[tuple[bool, bool, float, float]]] = defaultdict(list)
    languages: dict[str, list[tuple[bool, bool, float, float]]] = defaultdict(list)
    for (group, lang), results in sorted(per_lang.items()):
        groups[group] += results
        if group != "dateparser-suite":  # its strings carry no language
            languages[lang] += results
    worse = []
    for lang, results in sorted(languages.items()):
        print(_line(_cells(lang, results), markdown))
        if sum(r[0] for r in results) < sum(r[1] for r in results):
            worse.append(lang)
    for group, results in sorted(groups.items()):
        print(_line(_cells(f"**{group}**" if markdown else f"ALL {group}", results), markdown))
    everything = [r for results in groups.values() for r in results]
    print(_line(_cells("**all**" if markdown else "ALL", everything), markdown))
    if worse:
        print(f"languages where dateparser is more accurate: {', '.join(worse)}")


def _cells(name: str, results: list[tuple[bool, bool, float, float]]) -> list[str]:
    n = len(results)
    ours = sum(r[0] for r in results)
    theirs = sum(r[1] for r in results)
    t_ours = statistics.median(r[2] for r in results) * 1e6
    t_theirs = statistics.median(r[3] for r in results) * 1e6
    ratio = statistics.median(r[3] / r[2] for r in results)
    return [name, str(n), f"{ours / n:.0%}", f"{theirs / n:.0%}", f"{t_ours:.0f}", f"{t_theirs:.0f}", f"{ratio:.0f}×"]


if __name__ == "__main__":
    sys.exit(main())
