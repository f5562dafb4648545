"""Every compiled pattern in stmtkit against strings built to make a regex backtrack.

The regex module defuses the textbook cases (``(a+)+$``) itself, but not a
pattern whose many alternatives each try a long run again from every
position: the zone-name pattern, searched over 4,000 spaces, ran past 3 s —
it is safe only because it is matched on a 60-character window.  Each pattern
found at module level (compiled, a ``stmtkit.patterns.lazy`` one alone or in a
tuple, or built by a cached function without arguments) is run on runs of the
characters stmtkit's patterns care about, followed by a character that spoils
the match, under the ``regex`` module's timeout: a pattern that runs out of
time fails here, long before a user's file hangs.
Strings go through ``normalize`` first, as every input does, so runs of
spaces are at most 40 long.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterator

import pytest
import regex

import stmtkit
from stmtkit.normalize import normalize
from stmtkit.patterns import LazyPattern

TIMEOUT_SECONDS = 2.0
LENGTH = 3000
UNITS = ["a", "A ", "Ab, ", "1. ", "-", " - ", "(", "[", ". ", "A.", "a b", "1", "é", "Dr. ", "2024 ", "**", "@a", ":"]
SPOILERS = ["", "!", "\n", "\u00a0"]
# Patterns only ever run on a bounded window (``match(text, pos, pos + 60)``).
WINDOWED = {"stmtkit.dates.zones._named_pattern"}


def patterns() -> Iterator[tuple[str, regex.Pattern[str] | re.Pattern[str]]]:
    for info in pkgutil.walk_packages(stmtkit.__path__, "stmtkit."):
        if ".cli" in info.name or info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in sorted(vars(module).items()):
            qualified = f"{info.name}.{name}"
            if qualified in WINDOWED:
                continue
            if isinstance(value, (regex.Pattern, re.Pattern)):
                yield qualified, value
            elif isinstance(value, LazyPattern):
                yield qualified, value.compiled()
            elif isinstance(value, tuple) and value and all(isinstance(v, LazyPattern) for v in value):
                for i, v in enumerate(value):
                    yield f"{qualified}[{i}]", v.compiled()
            elif callable(value) and hasattr(value, "cache_info"):
                wrapped = getattr(value, "__wrapped__", None)
                if wrapped is not None and getattr(getattr(wrapped, "__code__", None), "co_argcount", 1) == 0:
                    try:
                        built = value()
                    except Exception:
                        continue
                    if isinstance(built, (regex.Pattern, re.Pattern)):
                        yield qualified, built


PATTERNS = list(patterns())
HOSTILE = [normalize(unit * (LENGTH // len(unit)) + spoiler)[0] for unit in UNITS for spoiler in SPOILERS]


def test_the_package_has_patterns_to_check() -> None:
    assert len(PATTERNS) > 50


@pytest.mark.parametrize(("name", "pattern"), PATTERNS, ids=[name for name, _ in PATTERNS])
def test_no_pattern_backtracks_catastrophically(name: str, pattern: regex.Pattern[str] | re.Pattern[str]) -> None:
    if not isinstance(pattern, regex.Pattern):
        pytest.skip("a re pattern has no timeout: test_re_patterns_finish_in_a_watched_process checks it")
    for text in HOSTILE:
        try:
            pattern.search(text, timeout=TIMEOUT_SECONDS)
            pattern.match(text, timeout=TIMEOUT_SECONDS)
        except TimeoutError:
            pytest.fail(f"{name} ran past {TIMEOUT_SECONDS} s on {text[:30]!r}… ({len(text)} characters)")


RE_PATTERN_WATCH_SECONDS = 60.0

_RUN_RE_PATTERNS = """
import sys
sys.path.insert(0, sys.argv[1])
import re
from test_hostile_patterns import HOSTILE, PATTERNS
for name, pattern in PATTERNS:
    if isinstance(pattern, re.Pattern):
        print(name, flush=True)
        for text in HOSTILE:
            # a bytes pattern reads a text's UTF-8 (decode's search for mojibake)
            subject = text.encode("utf-8", "surrogatepass") if isinstance(pattern.pattern, bytes) else text
            pattern.search(subject)
            pattern.match(subject)
print("done", flush=True)
"""


def test_re_patterns_finish_in_a_watched_process() -> None:
    """The few patterns compiled with ``re`` (for speed) cannot take a timeout: a child process runs them instead.

    A pattern that backtracks catastrophically keeps the child past the watch,
    and the last name it printed is the culprit.
    """
    import subprocess
    import sys
    from pathlib import Path

    names = [name for name, pattern in PATTERNS if isinstance(pattern, re.Pattern)]
    if not names:
        pytest.skip("no re patterns")
    try:
        done = subprocess.run(
            [sys.executable, "-c", _RUN_RE_PATTERNS, str(Path(__file__).parent)],
            capture_output=True, text=True, timeout=RE_PATTERN_WATCH_SECONDS, check=False,
        )
    except subprocess.TimeoutExpired as exc:
        started = (exc.stdout or b"").decode() if isinstance(exc.stdout, bytes) else (exc.stdout or "")
        culprit = started.split()[-1] if started.split() else "the first pattern"
        pytest.fail(f"{culprit} ran past {RE_PATTERN_WATCH_SECONDS} s on the hostile strings")
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [*names, "done"]
