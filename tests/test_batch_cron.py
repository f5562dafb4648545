"""``stmtkit to-json`` as cron runs it: real processes over a generated tree, reruns, and kill -9."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

FILES = 2000
OVERSIZE_LIMIT = 4096

# Small statements in the shapes the parser knows (headline, dateline, body, signatories),
# written here in our own words; the run's cost is then mostly the batch machinery.
TEMPLATE = """Residents of district {n} ask for a safer crossing
27 mai 2024 17:59 (UTC +04:00)

We, the undersigned, ask the council to build the crossing promised in {year}.

Signed by:
- Alma Reyes
- Tomas Lindqvist {n}
"""


def make_tree(root: Path) -> Path:
    """``FILES`` small statements in nested folders, and one file above ``OVERSIZE_LIMIT`` bytes."""
    inputs = root / "scrape"
    for n in range(FILES):
        folder = inputs / f"{n % 7}" / f"{n % 13}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"doc{n}.txt").write_text(TEMPLATE.format(n=n, year=2000 + n % 24), encoding="utf-8")
    (inputs / "huge.txt").write_text("word " * (OVERSIZE_LIMIT // 2), encoding="utf-8")
    return inputs


def to_json(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "stmtkit", "to-json", *args], cwd=cwd, capture_output=True, text=True, timeout=120
    )


def outputs(out: Path) -> dict[str, os.stat_result]:
    return {str(p.relative_to(out)): p.stat() for p in out.rglob("*.json")}


def assert_all_whole(out: Path) -> None:
    for path in out.rglob("*.json"):
        record = json.loads(path.read_text(encoding="utf-8"))
        assert record["schema"] == "stmtkit/1" and record["source"]["sha256"], path


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("cron")
    make_tree(root)
    return root


def test_cron_run_writes_every_output_and_one_error_record(tree: Path) -> None:
    done = to_json("scrape", "-o", "out", "--errors", "errors.ndjson", "--max-bytes", str(OVERSIZE_LIMIT), "-q", cwd=tree)
    assert done.returncode == 1
    assert done.stderr == "" and done.stdout == ""  # -q: nothing but errors, and those went to --errors
    written = outputs(tree / "out")
    assert len(written) == FILES
    assert "0/0/doc0.json" in written and "huge.json" not in written
    assert_all_whole(tree / "out")
    errors = [json.loads(line) for line in (tree / "errors.ndjson").read_text(encoding="utf-8").splitlines()]
    assert [(e["error"], e["path"]) for e in errors] == [("too-large", "scrape/huge.txt")]

    # The rerun finds every hash unchanged: no output is rewritten, only the changed input is.
    (tree / "scrape" / "3" / "3" / "doc3.txt").write_text(TEMPLATE.format(n="three", year=1999), encoding="utf-8")
    again = to_json("scrape", "-o", "out", "--skip-unchanged", "--max-bytes", str(OVERSIZE_LIMIT), cwd=tree)
    assert again.returncode == 1
    error, summary = again.stderr.splitlines()  # the one failure, then the summary line (no -q)
    assert error == "stmtkit: scrape/huge.txt: the input is 10,240 bytes, above the limit of 4,096 (--max-bytes)"
    assert summary.startswith("stmtkit: 2,001 files, 1 records, 1,999 unchanged, 1 errors in ")
    rewritten = {k for k, st in outputs(tree / "out").items() if (st.st_ino, st.st_mtime_ns) != (written[k].st_ino, written[k].st_mtime_ns)}
    assert rewritten == {"3/3/doc3.json"}
    assert "three" in (tree / "out" / "3" / "3" / "doc3.json").read_text(encoding="utf-8")


def test_a_run_killed_with_sigkill_leaves_no_broken_output(tmp_path: Path) -> None:
    make_tree(tmp_path)
    args = [sys.executable, "-m", "stmtkit", "to-json", "scrape", "-o", "out", "--jobs", "2", "--max-bytes", str(OVERSIZE_LIMIT)]
    run = subprocess.Popen(args, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 60
    while run.poll() is None and time.monotonic() < deadline:
        if sum(1 for _ in (tmp_path / "out").rglob("*.json")) >= 100:
            break
        time.sleep(0.005)
    killed_midway = run.poll() is None
    os.killpg(run.pid, signal.SIGKILL)  # the whole group: the main process and its workers
    run.wait()
    assert_all_whole(tmp_path / "out")
    if killed_midway:
        assert len(outputs(tmp_path / "out")) < FILES

    restarted = to_json("scrape", "-o", "out", "--skip-unchanged", "--max-bytes", str(OVERSIZE_LIMIT), cwd=tmp_path)
    assert restarted.returncode == 1
    assert len(outputs(tmp_path / "out")) == FILES
    assert_all_whole(tmp_path / "out")
    # Whatever a kill left behind is a hidden temporary file, never taken for an output or an input.
    assert all(p.name.startswith(".") for p in (tmp_path / "out").rglob("*") if p.is_file() and p.suffix != ".json")
