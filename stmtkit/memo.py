"""Answers remembered for one parse only: the memo the pipeline opens from the parse state.

The stages ask the same questions of the same lines and names several times (the
fold of a line, by title, boilerplate and signatures; the kind of a name, by the
bare run, the entries and the features that weigh a block).  The answers are
kept in a dict that belongs to the parse state (``Context.memo``), not in the
process: they die with the parse, and two parses in two threads never share them.
Outside a parse (a function called on its own) nothing is remembered.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

# Stands for "not asked yet" in a memo whose answers may be None or False.
_UNKNOWN = object()
_MEMO: ContextVar[dict[Hashable, object] | None] = ContextVar("stmtkit_parse_memo", default=None)


def per_parse(func: Callable[P, R]) -> Callable[P, R]:
    """Remember ``func``'s answers in the memo of the parse that asks, if one is open."""

    @functools.wraps(func)
    def remembered(*args: P.args, **kwargs: P.kwargs) -> R:
        memo = _MEMO.get()
        if memo is None:
            return func(*args, **kwargs)
        key = (func, args, tuple(kwargs.items())) if kwargs else (func, args)
        # one lookup for an answer known already (most calls of a block's second reading)
        value = memo.get(key, _UNKNOWN)
        if value is _UNKNOWN:
            value = memo[key] = func(*args, **kwargs)
        return value  # type: ignore[return-value]  # stored by this same function

    return remembered


def per_parse_text(func: Callable[[str], R]) -> Callable[[str], R]:
    """``per_parse`` for a function of one string asked very often (a fold): one table of its own in the memo."""

    @functools.wraps(func)
    def remembered(text: str) -> R:
        memo = _MEMO.get()
        if memo is None:
            return func(text)
        try:
            return memo[func][text]  # type: ignore[index, no-any-return]  # the table made below
        except KeyError:
            table = memo.setdefault(func, {})
            value = table[text] = func(text)  # type: ignore[index]
            return value

    return remembered


def parse_memo() -> dict[Hashable, object] | None:
    """The memo of the parse under way, None outside a parse: for a module's own per-parse tables."""
    return _MEMO.get()


@contextmanager
def remembering(memo: dict[Hashable, object]) -> Iterator[None]:
    """Open ``memo`` (one parse's) for the functions marked ``per_parse`` until the block ends."""
    token = _MEMO.set(memo)
    try:
        yield
    finally:
        _MEMO.reset(token)
