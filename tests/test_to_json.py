"""``stmtkit to-json`` and the pieces under it: finding inputs, placing outputs, streaming, composing."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

import stmtkit
from conftest import FIXTURES
from stmtkit.cli.batch import output_path
from stmtkit.cli.inputs import walk_inputs
from stmtkit.cli.main import cli
from stmtkit.errors import InputError
from stmtkit.parallel import ordered_map

FR = FIXTURES / "fr-signes-par.txt"
EN = FIXTURES / "en-signed-by-bullets.txt"
RU = FIXTURES / "ru-podpisali.txt"


def run(*args: str, input: str | bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """in/fr.txt, in/sub/en.txt, in/sub/deeper/ru.txt, a hidden file and a note that the glob skips."""
    root = tmp_path / "in"
    (root / "sub" / "deeper").mkdir(parents=True)
    shutil.copy(FR, root / "fr.txt")
    shutil.copy(EN, root / "sub" / "en.txt")
    shutil.copy(RU, root / "sub" / "deeper" / "ru.txt")
    (root / ".hidden.txt").write_text("not an input\n", encoding="utf-8")
    (root / "notes.csv").write_text("not,a,statement\n", encoding="utf-8")  # outside the default --glob
    return root


# --- where outputs go: (input, root it was found under) -> path below -o DIR ---------------------

OUTPUT_PATHS = [
    ("scrape/2024/a.txt", "scrape", "2024/a.json"),  # found in a folder: its place below the folder
    ("scrape/a.txt", "scrape", "a.json"),
    ("scrape/a.b.txt", "scrape", "a.b.json"),  # only the last suffix is replaced
    ("scrape/2024/a.txt", None, "scrape/2024/a.json"),  # named directly: the path as given
    ("/srv/scrape/a.txt", None, "srv/scrape/a.json"),  # absolute: the root is dropped, as tar does
    ("../../etc/a.txt", None, "etc/a.json"),  # `..` is dropped: never above the output folder
    ("./a.txt", None, "a.json"),
    ("noext", None, "noext.json"),
]


@pytest.mark.parametrize(("name", "root", "expected"), OUTPUT_PATHS)
def test_output_path_mirrors_the_input_and_stays_inside(tmp_path: Path, name: str, root: str | None, expected: str) -> None:
    assert output_path(tmp_path, name, root) == tmp_path / expected


def test_output_path_refuses_a_link_inside_the_output_folder_that_leads_out(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "2024").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    with pytest.raises(InputError, match="would fall outside the output folder"):
        output_path(out, "scrape/2024/a.txt", "scrape")


# --- finding inputs -------------------------------------------------------------------------------


def test_walk_is_recursive_sorted_and_skips_hidden_names(tree: Path) -> None:
    found = [os.path.relpath(f.path, tree) for f in walk_inputs([str(tree)], "*.txt")]
    assert found == ["fr.txt", "sub/deeper/ru.txt", "sub/en.txt"]
    assert [os.path.relpath(f.path, tree) for f in walk_inputs([str(tree)], "*")] == [
        "fr.txt", "notes.csv", "sub/deeper/ru.txt", "sub/en.txt"
    ]
    assert [os.path.relpath(f.path, tree) for f in walk_inputs([str(tree)], "sub/*/*.txt")] == ["sub/deeper/ru.txt"]


def test_symlinks_are_followed_only_inside_the_input_root(tree: Path, tmp_path: Path) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text("outside the tree\n", encoding="utf-8")
    (tree / "leak.txt").symlink_to(outside)
    (tree / "alias.txt").symlink_to(tree / "fr.txt")
    (tree / "loop").symlink_to(tree, target_is_directory=True)
    found = [os.path.relpath(f.path, tree) for f in walk_inputs([str(tree)], "*.txt")]
    assert found == ["alias.txt", "fr.txt", "sub/deeper/ru.txt", "sub/en.txt"]


# --- the command ----------------------------------------------------------------------------------


def test_ndjson_on_stdout_one_record_per_input_in_walk_order(tree: Path) -> None:
    code, out, err = run("to-json", "--jobs", "2", "-q", str(tree))
    assert (code, err) == (0, "")
    records = [json.loads(line) for line in out.splitlines()]
    assert [Path(r["source"]["path"]).name for r in records] == ["fr.txt", "ru.txt", "en.txt"]
    assert [r["language"] for r in records] == ["fr", "ru", "en"]


def test_output_folder_mirrors_the_tree(tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, stdout, err = run("to-json", "-j", "1", str(tree), "-o", str(out))
    assert (code, stdout) == (0, "")
    assert err.startswith("stmtkit: 3 files, 3 records, 0 unchanged, 0 errors in ")  # the summary line
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*")) == [
        "fr.json", "sub", "sub/deeper", "sub/deeper/ru.json", "sub/en.json"
    ]
    assert json.loads((out / "sub" / "en.json").read_text(encoding="utf-8"))["language"] == "en"


def test_output_folder_inside_the_input_tree_is_not_read_back(tree: Path) -> None:
    for _ in range(2):
        code, _, _ = run("to-json", "-j", "1", "--glob", "*", str(tree), "-o", str(tree / "json"))
        assert code == 0
    assert sorted(str(p.relative_to(tree / "json")) for p in (tree / "json").rglob("*.json")) == [
        "fr.json", "notes.json", "sub/deeper/ru.json", "sub/en.json"
    ]


def test_two_inputs_for_one_output_make_the_second_an_error(tree: Path, tmp_path: Path) -> None:
    shutil.copy(FR, tree / "fr.md")
    code, _, err = run("to-json", "-j", "1", "--glob", "*", str(tree), "-o", str(tmp_path / "out"))
    assert code == 1
    assert err.startswith(f"stmtkit: {tree / 'fr.txt'}: its output") and "already written by another input" in err


def test_files_from_stdin(tree: Path) -> None:
    listing = f"{tree / 'sub' / 'en.txt'}\n\n{tree / 'fr.txt'}\n"
    code, out, _ = run("to-json", "--files-from", "-", input=listing)
    assert code == 0
    assert [json.loads(line)["language"] for line in out.splitlines()] == ["en", "fr"]


def test_errors_file_gets_error_records_and_stdout_the_rest(tree: Path, tmp_path: Path) -> None:
    (tree / "empty-binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    errors = tmp_path / "errors.ndjson"
    code, out, err = run("to-json", "-j", "1", "-q", str(tree), str(tmp_path / "missing.txt"), "--errors", str(errors))
    assert (code, err) == (1, "")
    # stdout: every input in its place, the failed ones as error records
    on_stdout = [json.loads(line) for line in out.splitlines()]
    assert ["error" in r for r in on_stdout] == [True, False, False, False, True]
    records = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert [(r["error"], Path(r["path"]).name) for r in records] == [("decode-error", "empty-binary.txt"), ("input-error", "missing.txt")]


@pytest.mark.parametrize(
    "args",
    [
        ["--files-from", "-", "x.txt"],  # both
        ["--skip-unchanged", "x.txt"],  # nothing to compare with
        ["--jobs", "0", "x.txt"],
        ["-o", "/dev/null/out", "x.txt"],  # an output folder that cannot be made: once, not per input
        ["--errors", "/dev/null/errors.ndjson", "x.txt"],
    ],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    assert run("to-json", *args)[0] == 2


def test_skip_unchanged_leaves_unchanged_outputs_alone(tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run("to-json", "-j", "1", str(tree), "-o", str(out))[0] == 0
    before = {p.name: p.stat().st_mtime_ns for p in out.rglob("*.json")}
    (tree / "fr.txt").write_bytes(FR.read_bytes() + b"\nUne ligne de plus.\n")
    assert run("to-json", "-j", "1", str(tree), "-o", str(out), "--skip-unchanged")[0] == 0
    after = {p.name: p.stat().st_mtime_ns for p in out.rglob("*.json")}
    assert [name for name in before if before[name] != after[name]] == ["fr.json"]


def test_stdin_with_an_output_folder_becomes_stdin_json(tmp_path: Path) -> None:
    code, out, _ = run("to-json", "-", "-o", str(tmp_path), input=EN.read_bytes())
    assert (code, out) == (0, "")
    assert json.loads((tmp_path / "stdin.json").read_text(encoding="utf-8"))["language"] == "en"


def test_stdin_text_and_stdin_ndjson_pass_through() -> None:
    code, out, _ = run("to-json", "-", input=FR.read_bytes())
    assert code == 0 and json.loads(out)["language"] == "fr"
    code, again, _ = run("to-json", "-", input=out + out)
    assert code == 0 and again == out + out


# --- composition: every command reads stmtkit NDJSON --------------------------------------------


def test_to_json_composes_with_signatories_aggregate_csv(tree: Path) -> None:
    _, ndjson, _ = run("to-json", "-j", "1", str(tree))
    code, csv, _ = run("signatories", "--aggregate", "--format", "csv", input=ndjson)
    assert code == 0
    header, *rows = csv.splitlines()
    assert header.startswith("key,name,kind,count")
    assert len(rows) == len(run("signatories", "--aggregate", "--format", "csv", str(tree))[1].splitlines()) - 1
    code, dates, _ = run("dateline", input=ndjson)
    assert code == 0 and len(dates.splitlines()) == 3


def test_a_bad_ndjson_line_is_an_error_not_a_traceback(tree: Path) -> None:
    _, ndjson, _ = run("to-json", "-j", "1", str(tree / "fr.txt"))
    code, _, err = run("signatories", input=ndjson + "{not json\n")
    assert code == 1 and "line 2 of the NDJSON input is not JSON" in err


@pytest.mark.skipif(shutil.which("jq") is None, reason="jq is not installed")
def test_readme_jq_recipe(tree: Path) -> None:
    ndjson = subprocess.run([sys.executable, "-m", "stmtkit", "to-json", str(tree)], capture_output=True, check=True).stdout
    titles = subprocess.run(["jq", "-r", "[.source.path, .dateline.utc] | @tsv"], input=ndjson, capture_output=True, check=True)
    assert len(titles.stdout.splitlines()) == 3


def test_summary_and_progress_only_on_a_terminal(tree: Path) -> None:
    import pty

    leader, follower = pty.openpty()
    done = subprocess.run(
        [sys.executable, "-m", "stmtkit", "to-json", "-j", "1", str(tree)], stdout=subprocess.PIPE, stderr=follower, timeout=60
    )
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    assert done.returncode == 0 and len(done.stdout.splitlines()) == 3
    assert b"stmtkit: 3 files, 3 records, 0 unchanged, 0 errors in" in shown and b"files/s)" in shown
    quiet = subprocess.run([sys.executable, "-m", "stmtkit", "to-json", "-q", str(tree)], capture_output=True, timeout=60)
    assert quiet.stderr == b""


# --- the library: parse_many and the bounded pool -------------------------------------------------


def test_parse_many_keeps_input_order_and_yields_error_records(tmp_path: Path) -> None:
    paths = [FR, tmp_path / "missing.txt", EN, RU] * 3
    records = [r.to_dict() for r in stmtkit.parse_many(paths, jobs=2)]
    assert [r.get("language", r.get("error")) for r in records] == ["fr", "input-error", "en", "ru"] * 3


def _square(n: int) -> int:
    return n * n


def test_ordered_map_reads_inputs_only_as_fast_as_results_are_taken() -> None:
    pulled = 0

    def numbers() -> Iterator[int]:
        nonlocal pulled
        for n in range(10_000):
            pulled += 1
            yield n

    results = ordered_map(_square, numbers(), jobs=2, chunk_size=4, window=3)
    assert next(results) == 0
    assert pulled <= 4 * 4  # the window's three chunks and the one being cut, never the whole input
    assert list(results) == [n * n for n in range(1, 10_000)]
