"""Golden files: every ``tests/fixtures/NAME.txt`` parses to exactly ``NAME.json``.

Regenerate on purpose with ``pytest tests/test_golden.py --update-goldens``
and review ``git diff tests/fixtures`` before committing.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

import stmtkit
from conftest import FIXTURES

# Plain text, and web pages and Markdown files (their format told by content, the name as a hint).
CASES = sorted(p for p in FIXTURES.iterdir() if p.suffix in (".txt", ".html", ".md"))


def record_for(path: Path) -> dict[str, Any]:
    # A path relative to the fixtures folder and a fixed reference date keep goldens machine-independent.
    doc = stmtkit.parse(path.read_bytes(), source=path.name, reference_date=stmtkit_reference())
    return doc.to_dict()


def stmtkit_reference() -> Any:
    import datetime as dt

    return dt.datetime(2025, 1, 1)


@lru_cache(maxsize=1)
def schema_validator() -> Any:
    from importlib.resources import files

    import jsonschema

    schema = json.loads(files("stmtkit").joinpath("schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_golden(path: Path, update_goldens: bool) -> None:
    golden = path.with_suffix(".json")
    got = record_for(path)
    if update_goldens or not golden.exists():
        golden.write_text(json.dumps(got, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        if not update_goldens:
            pytest.fail(f"{golden.name} did not exist; written — review and commit it")
    assert got == json.loads(golden.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.json")), ids=lambda p: p.stem)
def test_golden_records_match_schema(path: Path) -> None:
    record = json.loads(path.read_text(encoding="utf-8"))
    errors = sorted(schema_validator().iter_errors(record), key=str)
    assert not errors, "; ".join(e.message for e in errors[:5])


def test_there_are_goldens_in_several_languages() -> None:
    languages = {json.loads(p.read_text(encoding="utf-8"))["language"] for p in FIXTURES.glob("*.json")}
    assert {"fr", "en", "ru"} <= languages
