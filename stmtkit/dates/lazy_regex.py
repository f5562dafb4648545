"""Patterns of the ``regex`` module compiled on first use, not at import.

``stmtkit dateline --text '27 mai 2024 17:59 (UTC +04:00)'`` reads a date that
stands alone: no place before it, nothing after it, no label.  Compiling the
place, agency and label patterns at import (and importing ``regex``, about
6 ms) cost that command more than a third of its start-up.  Each pattern is a
cached function without arguments, so the pattern audit
(``tests/test_hostile_patterns.py``) still finds and runs every one.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import regex


def lazy_pattern(source: str) -> Callable[[], regex.Pattern[str]]:
    """A function that compiles ``source`` (with ``regex.V1``) on its first call and returns it ever after."""

    @lru_cache(maxsize=1)
    def compiled() -> regex.Pattern[str]:
        import regex

        return regex.compile(source, regex.V1)

    return compiled
