"""The Dask recipe of docs/batch.md (``stmtkit[dask]``), run on Dask's local synchronous scheduler."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import stmtkit
from conftest import FIXTURES

db = pytest.importorskip("dask.bag")
dask = pytest.importorskip("dask")


def test_dask_bag_recipe_gives_the_same_records_as_parse_many(tmp_path: Path) -> None:
    paths = [str(p) for p in sorted(FIXTURES.glob("*.txt"))] + [str(tmp_path / "missing.txt")]

    # --- as in docs/batch.md ---
    records = db.from_sequence(paths, npartitions=2).map_partitions(
        lambda part: [r.to_dict() for r in stmtkit.parse_many(part, jobs=1)]
    )
    parsed = records.filter(lambda r: "schema" in r)
    failed = records.filter(lambda r: "schema" not in r)
    top_signers = (
        parsed.map(lambda r: [s["key"] for s in (r["signatures"] or {}).get("signatories", [])])
        .flatten()
        .frequencies(sort=True)
    )
    with dask.config.set(scheduler="synchronous"):
        parsed.map(json.dumps).to_textfiles(str(tmp_path / "json" / "part-*.ndjson"))
        errors = failed.compute()
        counts = top_signers.compute()
    # --- end of recipe ---

    written = [json.loads(line) for f in sorted((tmp_path / "json").glob("part-*.ndjson")) for line in f.read_text(encoding="utf-8").splitlines()]
    expected = [r.to_dict() for r in stmtkit.parse_many(paths, jobs=1) if isinstance(r, stmtkit.Statement)]
    assert written == expected
    assert [(e["error"], Path(e["path"]).name) for e in errors] == [("input-error", "missing.txt")]
    assert sum(n for _, n in counts) == sum(len((r["signatures"] or {}).get("signatories", [])) for r in expected)
