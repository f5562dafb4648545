"""Error records in the JSON modes of ``dateline`` and ``signatories``, as ``parse`` prints them (SPEC §3, §5).

A bad input is one line on stderr in every format; in ``json`` and ``ndjson`` it is
also an error record (``{"error": code, "path": …, "message": …}``) where the
input's output would stand, so that a pipeline reading stdout sees every input.
"""

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
MISSING = "/nonexistent/x.txt"
MISSING_RECORD = {"error": "input-error", "path": MISSING, "message": "no such file"}


def run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


def ndjson(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines()]


def test_dateline_ndjson_puts_the_error_record_where_the_input_stands() -> None:
    code, out, err = run("dateline", "--format", "ndjson", MISSING, FR)
    assert code == 1
    first, second = ndjson(out)
    assert first == MISSING_RECORD
    assert second == {"path": FR, "dateline": second["dateline"]}
    assert second["dateline"]["datetime"] == "2025-03-14T09:30:00+01:00"
    assert err.strip() == f"stmtkit: {MISSING}: no such file"


def test_dateline_json_is_an_array_with_the_error_record_or_the_record_alone() -> None:
    code, out, _ = run("dateline", "--format", "json", FR, MISSING)
    values = json.loads(out)
    assert code == 1 and values[1] == MISSING_RECORD and values[0]["dateline"]["date"] == "2025-03-14"
    code, out, _ = run("dateline", "--format", "json", MISSING)
    assert (code, json.loads(out)) == (1, MISSING_RECORD)


@pytest.mark.parametrize("fmt", ["iso", "text"])
def test_dateline_plain_formats_keep_errors_on_stderr_and_an_empty_line_in_place(fmt: str) -> None:
    code, out, err = run("dateline", "--format", fmt, MISSING, FR)
    first, second = out.splitlines()
    assert code == 1 and first == f"{MISSING}\t" and second.startswith(f"{FR}\t2025-03-14T09:30:00+01:00")
    assert err.strip() == f"stmtkit: {MISSING}: no such file"


def test_dateline_error_record_for_a_file_over_max_bytes(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("27 mai 2024\n" * 20)
    code, out, err = run("dateline", "--format", "ndjson", "--max-bytes", "100", str(big))
    (record,) = ndjson(out)
    assert code == 1 and record["error"] == "too-large" and record["path"] == str(big)
    assert str(big) in err


def test_signatories_ndjson_interleaves_error_records_with_rows() -> None:
    code, out, err = run("signatories", "--format", "ndjson", MISSING, FR)
    rows = ndjson(out)
    assert code == 1 and rows[0] == MISSING_RECORD
    assert [r["name"] for r in rows[1:]] == ["Claire Fontanel", "Rachid Benali", "Odile Marchetti", "Joseph Agostini"]
    assert err.strip() == f"stmtkit: {MISSING}: no such file"


def test_signatories_json_and_aggregate_carry_the_error_record() -> None:
    code, out, _ = run("signatories", "--format", "json", FR, MISSING)
    rows = json.loads(out)
    assert code == 1 and rows[-1] == MISSING_RECORD and len(rows) == 5
    code, out, _ = run("signatories", "--aggregate", "--format", "json", MISSING, FR)
    rows = json.loads(out)
    assert code == 1 and rows[-1] == MISSING_RECORD and all("count" in r for r in rows[:-1])


@pytest.mark.parametrize("fmt", ["text", "csv"])
def test_signatories_plain_formats_keep_errors_on_stderr_only(fmt: str) -> None:
    code, out, err = run("signatories", "--format", fmt, MISSING, FR)
    assert code == 1 and "no such file" not in out and "no such file" in err


def test_no_error_record_when_every_input_parses() -> None:
    assert run("dateline", "--format", "ndjson", FR)[1].count("\n") == 1
    code, out, _ = run("signatories", "--format", "json", FR)
    assert code == 0 and all("error" not in r for r in json.loads(out))


def test_error_records_flow_through_a_real_pipeline() -> None:
    # parse prints the error record; dateline reads it back from stdin and passes it on.
    parse = subprocess.run([sys.executable, "-m", "stmtkit", "parse", "--format", "ndjson", FR, MISSING],
                           capture_output=True, timeout=60)
    assert parse.returncode == 1
    done = subprocess.run([sys.executable, "-m", "stmtkit", "dateline", "--format", "ndjson"],
                          input=parse.stdout, capture_output=True, timeout=60)
    values = ndjson(done.stdout.decode())
    assert done.returncode == 1 and values[1] == MISSING_RECORD and values[0]["dateline"]["date"] == "2025-03-14"
    assert done.stderr.decode().strip() == f"stmtkit: {MISSING}: no such file"
    done = subprocess.run([sys.executable, "-m", "stmtkit", "signatories", "--format", "ndjson", MISSING],
                          capture_output=True, timeout=60)
    assert done.returncode == 1 and ndjson(done.stdout.decode()) == [MISSING_RECORD]


def test_a_mixed_ndjson_stream_validates_against_the_schema_line_by_line() -> None:
    import jsonschema

    schema = json.loads(run("schema")[1])
    validator = jsonschema.Draft202012Validator(schema)
    code, out, _ = run("parse", "--format", "ndjson", FR, MISSING)
    lines = ndjson(out)
    assert code == 1 and [("error" in r) for r in lines] == [False, True]
    for line in lines:
        validator.validate(line)
    with pytest.raises(jsonschema.ValidationError):
        validator.validate({"error": "input-error", "path": MISSING})  # no message: neither a record nor an error record
