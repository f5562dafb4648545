"""Issue 15, one bad path never stops a run: odd names, odd files, odd records, odd dates."""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import stmtkit
from conftest import FIXTURES

FR = FIXTURES / "fr-signes-par.txt"
EN = FIXTURES / "en-signed-by-bullets.txt"
POSIX = pytest.mark.skipif(os.name == "nt", reason="POSIX file names and special files")


def stmtkit_cmd(*args: str | bytes, cwd: Path, input: bytes | None = None, timeout: float = 120) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "stmtkit", *args], cwd=cwd, input=input, capture_output=True, timeout=timeout)


def ndjson(out: bytes) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.decode("utf-8").splitlines()]  # strict UTF-8: valid JSON text


@POSIX
def test_a_file_name_that_is_not_utf8_gets_its_record_its_output_and_path_bytes(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    odd = os.fsencode(src) + b"/b-\xe9.txt"
    try:
        shutil.copy(FR, odd)  # type: ignore[type-var]
    except OSError:
        pytest.skip("this file system takes UTF-8 names only")
    shutil.copy(EN, src / "c.txt")
    done = stmtkit_cmd("to-json", "-q", "-j", "1", "in", "-o", "out", cwd=tmp_path)
    assert (done.returncode, done.stderr) == (0, b"")
    assert sorted(os.listdir(os.fsencode(tmp_path / "out"))) == [b"b-\xe9.json", b"c.json"]
    written = json.loads((tmp_path / "out" / os.fsdecode(b"b-\xe9.json")).read_bytes().decode("utf-8"))
    assert written["source"]["path"] == "in/b-\ufffd.txt"
    assert base64.b64decode(written["source"]["path_bytes"]) == b"in/b-\xe9.txt"
    # Without -o: NDJSON that is valid UTF-8, the same rule.
    done = stmtkit_cmd("to-json", "-q", "-j", "2", "in", cwd=tmp_path)
    assert done.returncode == 0
    records = ndjson(done.stdout)
    assert [r["source"]["path"] for r in records] == ["in/b-\ufffd.txt", "in/c.txt"]  # type: ignore[index]
    assert "path_bytes" not in records[1]["source"]  # type: ignore[operator]


@POSIX
def test_files_from_lines_that_are_not_utf8_or_hold_a_nul_are_one_error_record_each(tmp_path: Path) -> None:
    shutil.copy(FR, tmp_path / "a.txt")
    shutil.copy(EN, tmp_path / "z.txt")
    listing = b"a.txt\nmissing-\xff.txt\nbad\x00name.txt\nz.txt\n"
    done = stmtkit_cmd("to-json", "-q", "-j", "1", "--files-from", "-", "--errors", "errors.ndjson", cwd=tmp_path, input=listing)
    assert done.returncode == 1
    errors = ndjson((tmp_path / "errors.ndjson").read_bytes())
    records = ndjson(done.stdout)  # each error record in its input's place
    assert [r["source"]["path"] for r in records[::3]] == ["a.txt", "z.txt"]  # type: ignore[index]
    assert records[1:3] == errors
    assert [(e["error"], e["message"]) for e in errors] == [
        ("input-error", "no such file"),
        ("input-error", "the path holds a NUL byte, which no file name can"),
    ]
    assert base64.b64decode(str(errors[0]["path_bytes"])) == b"missing-\xff.txt"


def _far_future_file(tmp_path: Path) -> Path:
    """A file dated past the year 9999 (tmpfs keeps such times; ext4 clamps them to 2446)."""
    for folder in ("/dev/shm", str(tmp_path)):
        if not os.path.isdir(folder) or not os.access(folder, os.W_OK):
            continue
        path = Path(folder) / f"stmtkit-future-{os.getpid()}.txt"
        shutil.copy(FR, path)
        far = 1e12  # the year 33658
        os.utime(path, (far, far))
        if os.stat(path).st_mtime == far:
            return path
        path.unlink()
    pytest.skip("no file system here keeps a modification time past 9999")


def test_a_modification_time_past_9999_is_no_reference_date_for_any_command(tmp_path: Path) -> None:
    path = _far_future_file(tmp_path)
    try:
        for command in ("parse", "dateline", "signatories"):
            done = stmtkit_cmd(command, "--format", "json", str(path), cwd=tmp_path)
            assert done.returncode == 0, (command, done.stderr)
        done = stmtkit_cmd("to-json", "-q", "-j", "1", str(path), cwd=tmp_path)
        assert done.returncode == 0 and len(ndjson(done.stdout)) == 1
        assert stmtkit.parse_file(path).title is not None
    finally:
        path.unlink()


EDGE_OF_THE_CALENDAR = [
    (dt.date(1, 1, 1), "3 days ago"),
    (dt.date(1, 1, 1), "yesterday"),
    (dt.date(1, 1, 1), "Today 00:10 UTC+4"),
    (dt.date(9999, 12, 31), "Today, 23:59 (UTC -05:00)"),  # its UTC instant is in the year 10000
]


@pytest.mark.parametrize(("reference", "text"), EDGE_OF_THE_CALENDAR)
def test_a_date_resolved_beyond_the_calendar_is_a_warning_and_no_datetime(reference: dt.date, text: str, tmp_path: Path) -> None:
    dateline = stmtkit.parse_dateline(text, reference_date=reference)
    assert dateline is None or dateline.datetime is None
    doc = stmtkit.parse(f"A title\n\n{text}\n\nA sentence of the body.\n", reference_date=reference)
    assert doc.dateline is None or doc.dateline.datetime is None
    done = stmtkit_cmd("dateline", "--text", text, "--reference-date", reference.isoformat(), "--format", "json", cwd=tmp_path)
    assert done.returncode == 0
    assert b"falls outside the years 1-9999" in done.stderr
    assert json.loads(done.stdout)["dateline"]["datetime"] is None


MALFORMED = {
    "source-null": ({"source": None}, "source is null, not object"),
    "signatures-number": ({"signatures": 5}, "signatures is a number, not object"),
    "signatory-number": ({"signatures": {"heading": None, "lines": [1, 2], "signatories": [5]}}, "signatures.signatories[0] is a number"),
    "dateline-string": ({"dateline": "x"}, "dateline is a string, not object"),
}


def test_malformed_records_and_foreign_json_are_error_records_and_the_good_inputs_survive(tmp_path: Path) -> None:
    good = stmtkit.parse_file(FR).to_dict()
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(EN, src / "a-text.json")
    (src / "b-good.json").write_text(json.dumps(good), encoding="utf-8")
    for number, (name, (change, _)) in enumerate(MALFORMED.items()):
        (src / f"c{number}-{name}.json").write_text(json.dumps({**good, **change}), encoding="utf-8")
    (src / "d-scraper.json").write_text('{"error": "not found", "status": 404}', encoding="utf-8")
    done = stmtkit_cmd("to-json", "-q", "-j", "2", "--glob", "*.json", "in", "--errors", "errors.ndjson", cwd=tmp_path)
    assert done.returncode == 1
    errors = ndjson((tmp_path / "errors.ndjson").read_bytes())
    assert [r.get("language") or r["error"] for r in ndjson(done.stdout)] == ["en", "fr", *(["bad-record"] * 5)]
    assert [e["error"] for e in errors] == ["bad-record"] * 5
    for error, (_, why) in zip(errors[:-1], MALFORMED.values(), strict=True):
        assert why in str(error["message"])
    assert 'an error record has exactly "error", "path" and "message"' in str(errors[-1]["message"])
    # The same as NDJSON on standard input: each bad line is an error record, the rest pass.
    lines = [json.dumps(good), *(json.dumps({**good, **change}) for change, _ in MALFORMED.values()),
             '{"error": "not found", "status": 404}', json.dumps(good)]
    for command in (["to-json", "-q", "-"], ["parse", "--format", "ndjson"], ["signatories", "--format", "ndjson"]):
        done = stmtkit_cmd(*command, cwd=tmp_path, input="\n".join(lines).encode())
        assert done.returncode == 1, command
        assert done.stderr.count(b"not a valid stmtkit record") == 5, command
        assert b'this has "status"' in done.stderr, command
        assert b"Traceback" not in done.stderr and b"internal error" not in done.stderr


@POSIX
def test_a_fifo_or_a_device_named_as_an_input_is_refused_at_once(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    shutil.copy(FR, tmp_path / "a.txt")
    for command in (["to-json", "-q", "-j", "1", "pipe.txt", "a.txt"], ["parse", "--format", "ndjson", "pipe.txt", "a.txt"]):
        done = stmtkit_cmd(*command, cwd=tmp_path, timeout=60)
        assert done.returncode == 1
        assert b"pipe.txt: is a named pipe (FIFO), not a regular file" in done.stderr
        assert len(ndjson(done.stdout)) >= 1  # a.txt's record is there
    with pytest.raises(stmtkit.InputError, match="character device"):
        stmtkit.parse_file("/dev/null")


@POSIX
def test_a_descriptor_already_open_is_still_read_up_to_the_limit(tmp_path: Path) -> None:
    """Process substitution, `stmtkit parse <(curl …)`, names /dev/fd/N: that is read, not refused."""
    script = (
        "import os, sys, stmtkit\n"
        "r, w = os.pipe()\n"
        "os.write(w, open(sys.argv[1], 'rb').read()); os.close(w)\n"
        "print(stmtkit.parse_file(f'/dev/fd/{r}').language)\n"
        "r, w = os.pipe()\n"
        "os.write(w, b'x' * 5000); os.close(w)\n"
        "try:\n    stmtkit.parse_file(f'/dev/fd/{r}', max_bytes=1000)\n"
        "except stmtkit.TooLargeError as exc:\n    print(exc.message)\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(FR)], capture_output=True, timeout=60, text=True)
    assert done.stdout.splitlines() == ["fr", "the input is more than 1,000 bytes, the limit"], done.stderr


def test_a_tree_a_thousand_folders_deep_is_walked(tmp_path: Path) -> None:
    deep = tmp_path / "in"
    folder = deep
    deep.mkdir()
    for _ in range(1000):  # os.makedirs itself recurses once per level
        folder = folder / "d"
        folder.mkdir()
    shutil.copy(FR, folder / "a.txt")
    shutil.copy(EN, deep / "b.txt")
    try:
        done = stmtkit_cmd("to-json", "-q", "-j", "1", "in", cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        assert [r["language"] for r in ndjson(done.stdout)] == ["en", "fr"]  # b.txt before d/: entries by name
    finally:
        (folder / "a.txt").unlink()
        while folder != deep:  # shutil.rmtree (pytest's clean-up) recurses once per level too
            folder.rmdir()
            folder = folder.parent


def test_a_path_holding_a_nul_is_an_input_error_in_the_library() -> None:
    with pytest.raises(stmtkit.InputError, match="NUL byte"):
        stmtkit.parse_file("a\0b")
    records = [r.to_dict() for r in stmtkit.parse_many(["a\0b", str(FR)], jobs=1)]
    assert records[0] == {"error": "input-error", "path": "a\0b", "message": "the path holds a NUL byte, which no file name can"}
    assert records[1]["language"] == "fr"
