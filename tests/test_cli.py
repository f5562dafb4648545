"""The command line of SPEC §3, through click's runner and through real processes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import FIXTURES
from stmtkit.cli.main import cli

FR = str(FIXTURES / "fr-signes-par.txt")
EN = str(FIXTURES / "en-signed-by-bullets.txt")


def run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


def test_parse_json_is_the_record() -> None:
    code, out, _ = run("parse", "--format", "json", FR)
    assert code == 0
    record = json.loads(out)
    assert record["schema"] == "stmtkit/1"
    assert record["dateline"]["datetime"] == "2025-03-14T09:30:00+01:00"


def test_parse_several_inputs_as_ndjson_and_json_array() -> None:
    code, out, _ = run("parse", "--format", "ndjson", FR, EN)
    assert code == 0 and len(out.splitlines()) == 2
    code, out, _ = run("parse", "--format", "json", FR, EN)
    assert [r["language"] for r in json.loads(out)] == ["fr", "en"]


def test_parse_text_prints_the_document_back() -> None:
    code, out, _ = run("parse", "--format", "text", FR)
    assert code == 0
    assert "[title 1]" in out and "[signatures 22-30]" in out and "[boilerplate:site-chrome 35]" in out


def test_dateline_iso_and_utc() -> None:
    assert run("dateline", FR)[1] == "2025-03-14T09:30:00+01:00\n"
    assert run("dateline", "--utc", FR)[1] == "2025-03-14T08:30:00Z\n"
    assert run("dateline", "--text", "27 mai 2024 17:59 (UTC +04:00)")[1] == "2024-05-27T17:59:00+04:00\n"


def test_dateline_require_exits_3_when_nothing_found() -> None:
    code, out, _ = run("dateline", "--require", "-", input="Just a sentence.\n")
    assert (code, out) == (3, "\n")  # the input's empty record: one line per input
    assert run("dateline", "-", input="Just a sentence.\n")[0] == 0


def test_signatories_reads_parse_output_from_stdin() -> None:
    _, record, _ = run("parse", "--format", "json", FR)
    code, out, _ = run("signatories", input=record)
    assert code == 0
    assert out.splitlines() == ["Claire Fontanel", "Rachid Benali", "Odile Marchetti", "Joseph Agostini"]


def test_signatories_csv_has_a_header_and_one_row_each() -> None:
    code, out, _ = run("signatories", "--format", "csv", EN)
    lines = out.splitlines()
    assert code == 0 and lines[0].startswith("document,name,kind") and len(lines) == 6


def test_missing_file_is_one_line_on_stderr_and_exit_1() -> None:
    code, _, err = run("parse", "--format", "json", "/nonexistent/x.txt")
    assert code == 1
    assert err.strip() == "stmtkit: /nonexistent/x.txt: no such file"


def test_usage_error_exits_2() -> None:
    assert run("parse", "--format", "yaml", FR)[0] == 2


def test_schema_is_json_schema() -> None:
    code, out, _ = run("schema")
    assert code == 0 and json.loads(out)["$schema"].endswith("2020-12/schema")


def test_to_json_writes_one_file_per_input(tmp_path: Path) -> None:
    code, _, _ = run("to-json", "--jobs", "1", "-o", str(tmp_path / "out"), str(FIXTURES))
    assert code == 0
    written = sorted(p.name for p in (tmp_path / "out").glob("*.json"))
    inputs = [p for p in FIXTURES.iterdir() if p.suffix in (".txt", ".md", ".html")]  # the default --glob
    assert written == sorted(p.with_suffix(".json").name for p in inputs)


@pytest.mark.parametrize("module", [["-m", "stmtkit"]])
def test_real_pipe_parse_into_signatories(module: list[str]) -> None:
    parse = subprocess.run([sys.executable, *module, "parse", FR], capture_output=True, check=True)
    sigs = subprocess.run([sys.executable, *module, "signatories"], input=parse.stdout, capture_output=True, check=True)
    assert sigs.stdout.decode().splitlines()[0] == "Claire Fontanel"
    assert parse.stderr == b"" and sigs.stderr == b""


def test_real_process_version_and_no_traceback_on_bad_input(tmp_path: Path) -> None:
    version = subprocess.run([sys.executable, "-m", "stmtkit", "--version"], capture_output=True, text=True, check=True)
    assert version.stdout.startswith("stmtkit, version ")
    junk = tmp_path / "junk.bin"
    junk.write_bytes(bytes(range(256)) * 8)
    p = subprocess.run([sys.executable, "-m", "stmtkit", "parse", str(junk)], capture_output=True, text=True)
    assert p.returncode == 1
    assert "Traceback" not in p.stderr and str(junk) in p.stderr
