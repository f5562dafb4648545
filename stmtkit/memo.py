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
from typing import Concatenate, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

# Stands for "not asked yet" in a table whose answers may be None or False.
_UNKNOWN = object()

_MEMO: ContextVar[dict[Hashable, object] | None] = ContextVar("stmtkit_parse_memo", default=None)


def per_parse(func: Callable[Concatenate[str, P], R]) -> Callable[Concatenate[str, P], R]:
    """Remember the answers of ``func`` (a function of one text, maybe with keyword flags) in the memo
    of the parse that asks, if one is open.

    Each function has a table of its own in the memo, keyed by the text alone when no flag is given
    (most calls): a key tuple of the function and its arguments, built and hashed at every call,
    cost as much as many of the answers it saved.
    """
    if func.__code__.co_argcount == 1 and not func.__code__.co_kwonlyargcount:
        # a function of the text alone: the text is the whole key, and no *args or **kwargs are packed
        return per_parse_text(func)  # type: ignore[return-value]  # the same function of one string

    @functools.wraps(func)
    def remembered(text: str, /, *args: P.args, **kwargs: P.kwargs) -> R:
        memo = _MEMO.get()
        if memo is None:
            return func(text, *args, **kwargs)
        table: dict[Hashable, object] | None = memo.get(func)  # type: ignore[assignment]  # made below
        if table is None:
            table = memo[func] = {}
        key: Hashable = (text, args, tuple(kwargs.items())) if args or kwargs else text
        # a lookup, not try/except: half the questions are new, and a raised KeyError costs more than a lookup
        value = table.get(key, _UNKNOWN)
        if value is _UNKNOWN:
            value = table[key] = func(text, *args, **kwargs)
        return value  # type: ignore[return-value]  # stored by this same function

    return remembered


def per_parse_text(func: Callable[[str], R]) -> Callable[[str], R]:
    """``per_parse`` for a function of one string asked very often (a fold): one table of its own in the memo."""

    @functools.wraps(func)
    def remembered(text: str) -> R:
        memo = _MEMO.get()
        if memo is None:
            return func(text)
        table: dict[str, R] | None = memo.get(func)  # type: ignore[assignment]  # made below
        if table is None:
            table = memo[func] = {}
        value = table.get(text, _UNKNOWN)
        if value is _UNKNOWN:
            value = table[text] = func(text)
        return value  # type: ignore[return-value]  # stored by this same function

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
