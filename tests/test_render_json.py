"""``render.dump_json`` writes what ``json.dumps(..., ensure_ascii=False, indent=...)`` writes.

Indented output (``parse --format json``, every file of ``to-json -o``) is
written by our own indenter for speed; it must give the same text, byte for
byte, for any JSON value, and hand anything else back to ``json``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import stmtkit
from stmtkit.cli.render import dump_json

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("*.txt"))

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=12)
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.tuples(inner, inner), st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=30,
)


@settings(max_examples=400, deadline=None)
@given(values, st.sampled_from([None, 0, 1, 2, 4]))
def test_dump_json_equals_json_dumps(value: object, indent: int | None) -> None:
    assert dump_json(value, indent=indent) == json.dumps(value, ensure_ascii=False, indent=indent)


@pytest.mark.parametrize("value", [{1: "a"}, {"a": {2.5: None}}, [{"b": {None: 1}}]])
def test_keys_that_are_not_strings_go_back_to_json(value: object) -> None:
    assert dump_json(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_other_types_raise_as_json_does() -> None:
    with pytest.raises(TypeError):
        dump_json({"when": object()})


@pytest.mark.parametrize("path", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_records_of_every_fixture_are_written_as_json_writes_them(path: Path) -> None:
    record = stmtkit.parse_file(path).to_dict()
    assert dump_json(record) == json.dumps(record, ensure_ascii=False, indent=2)
