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

_MEMO: ContextVar[dict[Hashable, object] | None] = ContextVar("stmtkit_parse_memo", default=None)

# Each remembered function's table in the open parse's memo, one variable per function, set when the
# parse opens: a question asked again (most of them) is one variable read and one lookup away from its
# answer, not a walk from the memo to the function's table first.
_TABLES: list[tuple[Callable[..., object], ContextVar[dict[Hashable, object] | None]]] = []


def _table_of(func: Callable[..., object]) -> ContextVar[dict[Hashable, object] | None]:
    table: ContextVar[dict[Hashable, object] | None] = ContextVar(f"stmtkit_memo_{func.__qualname__}", default=None)
    _TABLES.append((func, table))
    return table


def _opened_late(func: Callable[..., object]) -> dict[Hashable, object] | None:
    """The table of ``func`` in the memo of the parse under way, for a function defined after the parse
    opened (its module imported by a stage): None outside a parse."""
    memo = _MEMO.get()
    if memo is None:
        return None
    table: dict[Hashable, object] | None = memo.get(func)  # type: ignore[assignment]  # made below
    if table is None:
        table = memo[func] = {}
    return table


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

    tables = _table_of(func)

    @functools.wraps(func)
    def remembered(text: str, /, *args: P.args, **kwargs: P.kwargs) -> R:
        table = tables.get()
        if table is None:
            table = _opened_late(func)
            if table is None:
                return func(text, *args, **kwargs)
        key: Hashable = (text, args, tuple(kwargs.items())) if args or kwargs else text
        # a membership test, not try/except: half the questions are new, and a raised KeyError costs more
        if key in table:
            return table[key]  # type: ignore[return-value]  # stored by this same function
        value = table[key] = func(text, *args, **kwargs)
        return value

    return remembered


# The table variable of each function marked ``per_parse_text``, by the function it returned.
_TEXT_TABLES: dict[Callable[..., object], ContextVar[dict[Hashable, object] | None]] = {}


def per_parse_text(func: Callable[[str], R]) -> Callable[[str], R]:
    """``per_parse`` for a function of one string asked very often (a fold): one table of its own in the memo."""
    tables = _table_of(func)

    @functools.wraps(func)
    def remembered(text: str) -> R:
        table = tables.get()
        if table is None:
            table = _opened_late(func)
            if table is None:
                return func(text)
        if text in table:
            return table[text]  # type: ignore[return-value]  # stored by this same function
        value = table[text] = func(text)
        return value

    _TEXT_TABLES[remembered] = tables
    return remembered


def answers_of(remembered: Callable[[str], R]) -> dict[str, R] | None:
    """The answers the open parse remembers for ``remembered`` (a function ``per_parse_text`` made),
    for a caller that works out many at once and stores them: None outside a parse."""
    table = _TEXT_TABLES[remembered].get()
    if table is None:
        table = _opened_late(remembered.__wrapped__)  # type: ignore[attr-defined]  # set by functools.wraps
    return table  # type: ignore[return-value]  # keyed by text, stored by the function alone


def parse_memo() -> dict[Hashable, object] | None:
    """The memo of the parse under way, None outside a parse: for a module's own per-parse tables."""
    return _MEMO.get()


@contextmanager
def remembering(memo: dict[Hashable, object]) -> Iterator[None]:
    """Open ``memo`` (one parse's) for the functions marked ``per_parse`` until the block ends."""
    tokens = [(_MEMO, _MEMO.set(memo))]
    for func, table in tuple(_TABLES):
        mine: dict[Hashable, object] | None = memo.get(func)  # type: ignore[assignment]  # made here
        if mine is None:
            mine = memo[func] = {}
        tokens.append((table, table.set(mine)))
    try:
        yield
    finally:
        for var, token in reversed(tokens):
            var.reset(token)
