"""The explain trail (``Statement.explain``, ``parse --explain``): written when first read, as it was written at once.

A parse leaves in the statement what writes each step's text (a candidate and its final scores) and the
records are made on the first read.  ``fixtures/explain/NAME.json`` holds each fixture's trail as the parse
wrote it eagerly before (every kind of step among them: candidates of each stage, the page's dates, a
release, a joined run); ``pytest --update-goldens`` rewrites them on purpose.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import gc
import json
import pickle
from pathlib import Path
from types import BuiltinFunctionType, CodeType, FunctionType, ModuleType
from typing import Any

import pytest

import stmtkit
from conftest import FIXTURES
from stmtkit.lines import Lines
from stmtkit.state import Context

# Between them every kind of step: title, dateline and signature candidates (a candidate not weighed further, the
# page's own title), the page's dates over or beside the text's, a released line, a joined boilerplate run, the
# preamble's cue, lists, front matter.
EXPLAINED = ("en-signed-by-bullets.txt", "web-news-tag-links-no-signers.html", "struct-front-matter.txt",
             "fr-signes-par.txt")
_REFERENCE = dt.datetime(2025, 1, 1)


def _parse(name: str) -> stmtkit.Statement:
    return stmtkit.parse((FIXTURES / name).read_bytes(), source=name, reference_date=_REFERENCE)


def _steps(statement: stmtkit.Statement) -> list[list[Any]]:
    return [[step.rule, list(step.lines), step.why] for step in statement.explain]


@pytest.mark.parametrize("name", EXPLAINED)
def test_the_trail_reads_as_the_parse_wrote_it_at_once(name: str, update_goldens: bool) -> None:
    golden = FIXTURES / "explain" / (Path(name).stem + ".json")
    got = _steps(_parse(name))
    if update_goldens or not golden.exists():
        golden.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        if not update_goldens:
            pytest.fail(f"{golden.name} did not exist; written — review and commit it")
    assert got == json.loads(golden.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", EXPLAINED)
def test_the_trail_is_the_same_whatever_reads_it_first(name: str) -> None:
    read_at_once = _parse(name).explain
    assert read_at_once and all(isinstance(step.why, str) for step in read_at_once)
    # parse_many's workers send statements pickled: the trail crosses written
    assert pickle.loads(pickle.dumps(_parse(name))).explain == read_at_once
    assert dataclasses.replace(_parse(name)).explain == read_at_once
    assert copy.deepcopy(_parse(name)).explain == read_at_once
    statement = _parse(name)
    # equality, hash, repr and the record leave the trail out: read after them, it is the same, and made once
    assert statement == _parse(name) and hash(statement) == hash(_parse(name)) and repr(statement) and statement.to_dict()
    assert statement.explain == read_at_once and statement.explain is statement.explain


def test_parse_many_in_workers_gives_each_trail() -> None:
    paths = [FIXTURES / name for name in EXPLAINED]
    in_workers = [s.explain for s in stmtkit.parse_many(paths, jobs=2) if isinstance(s, stmtkit.Statement)]
    assert in_workers == [stmtkit.parse_file(p).explain for p in paths]


@pytest.mark.parametrize("name", EXPLAINED)
def test_a_trail_not_yet_read_keeps_no_parse_state_alive(name: str) -> None:
    # What writes a step's text is a candidate (its line, its features); never the parse state or the lines.
    statement = _parse(name)
    seen: set[int] = set()
    todo: list[object] = [statement]
    while todo:
        value = todo.pop()
        if id(value) in seen or isinstance(value, type | ModuleType | FunctionType | BuiltinFunctionType | CodeType):
            continue
        seen.add(id(value))
        assert not isinstance(value, Context | Lines), f"a statement holds {type(value).__name__}"
        todo.extend(gc.get_referents(value))
    assert len(seen) > 50  # the walk went through the records and the trail's steps
