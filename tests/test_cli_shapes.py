"""Issue 13: output shapes that depend on the command line only, one dateline record per input,
and the command-line points a new user tripped on (through click's runner and real processes)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import FIXTURES
from stmtkit.cli.main import cli

FR = FIXTURES / "fr-signes-par.txt"
EN = FIXTURES / "en-signed-by-bullets.txt"
ES = FIXTURES / "dateline-es-place-agency-lines.txt"
NO_DATE = "Just a sentence with no date.\n"


def run(*args: str | Path, input: str | bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, [str(a) for a in args], input=input)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def one(tmp_path: Path) -> Path:
    """A folder holding one statement."""
    folder = tmp_path / "one"
    folder.mkdir()
    shutil.copy(FR, folder / "fr.txt")
    return folder


@pytest.fixture
def two(one: Path) -> Path:
    """The same folder with a second statement, and a file without a date."""
    shutil.copy(EN, one / "en.txt")
    (one / "zz-nodate.txt").write_text(NO_DATE, encoding="utf-8")
    return one


# --- the output shape rule ----------------------------------------------------------------------


def test_parse_a_folder_is_a_stream_whatever_it_holds(two: Path) -> None:
    code, out, _ = run("parse", two)
    assert code == 0 and len(out.splitlines()) == 3  # one NDJSON line each
    code, out, _ = run("parse", "--format", "json", two)
    assert len(json.loads(out)) == 3


def test_a_folder_of_one_file_gives_the_same_shape_as_a_folder_of_many(one: Path) -> None:
    code, out, _ = run("parse", one)
    (line,) = out.splitlines()
    assert code == 0 and json.loads(line)["schema"] == "stmtkit/1"
    assert isinstance(json.loads(run("parse", "--format", "json", one)[1]), list)
    assert run("signatories", one)[1].splitlines()[0] == f"{one / 'fr.txt'}\tClaire Fontanel"
    assert run("dateline", one)[1] == f"{one / 'fr.txt'}\t2025-03-14T09:30:00+01:00\n"


def test_one_file_or_stdin_is_one_object() -> None:
    assert json.loads(run("parse", FR)[1])["language"] == "fr"
    assert json.loads(run("parse", input=FR.read_text(encoding="utf-8"))[1])["language"] == "fr"
    assert run("signatories", FR)[1].splitlines()[0] == "Claire Fontanel"


def test_several_arguments_are_a_stream() -> None:
    _, out, _ = run("parse", FR, EN)
    assert [json.loads(line)["language"] for line in out.splitlines()] == ["fr", "en"]
    assert run("dateline", FR, EN)[1].splitlines()[0].startswith(f"{FR}\t")


def test_a_record_stream_on_stdin_stays_a_stream_even_of_one() -> None:
    ndjson = run("parse", "--format", "ndjson", FR)[1]
    code, out, _ = run("parse", input=ndjson)
    assert code == 0 and out == ndjson  # one NDJSON line in, one NDJSON line out
    pretty_json = run("parse", "--format", "json", FR)[1]
    assert json.loads(run("parse", input=pretty_json)[1])["language"] == "fr"  # one JSON object: one object


# --- dateline: one record per input -------------------------------------------------------------


def test_dateline_prints_an_explicit_empty_record_in_every_format(two: Path) -> None:
    nodate = str(two / "zz-nodate.txt")
    assert run("dateline", two)[1].splitlines()[-1] == f"{nodate}\t"
    assert run("dateline", "--format", "text", two)[1].splitlines()[-1] == f"{nodate}\t"
    records = [json.loads(line) for line in run("dateline", "--format", "ndjson", two)[1].splitlines()]
    assert [r["path"] for r in records] == [str(two / n) for n in ("en.txt", "fr.txt", "zz-nodate.txt")]
    assert records[-1] == {"path": nodate, "dateline": None}
    assert json.loads(run("dateline", "--format", "json", two)[1])[-1] == {"path": nodate, "dateline": None}
    assert run("dateline", "-", input=NO_DATE)[1] == "\n"


def test_dateline_csv_has_fixed_columns_that_cut_can_rely_on(two: Path) -> None:
    code, out, _ = run("dateline", "--format", "csv", two, ES)
    header, *rows = out.splitlines()
    assert code == 0 and header == "path,datetime,utc,date,time,utc_offset,timezone,place,agency"
    assert all(row.count(",") == 8 for row in rows) and len(rows) == 4
    assert rows[1] == f"{two / 'fr.txt'},2025-03-14T09:30:00+01:00,2025-03-14T08:30:00Z,2025-03-14,09:30,+01:00,,,"
    assert rows[2] == f"{two / 'zz-nodate.txt'},,,,,,,,"
    assert rows[3].split(",")[7:] == ["BILBAO", "SERVIMEDIA"]


def test_a_dateline_without_a_date_prints_no_python_repr() -> None:
    code, out, _ = run("dateline", "--text", "Paris (AFP) -")
    assert (code, out) == (0, "\n")
    assert run("dateline", "--text", "Paris (AFP) -", "--require")[0] == 3
    assert "None" not in run("dateline", "--text", "Paris (AFP) -", "--format", "text")[1]
    record = json.loads(run("dateline", "--text", "Paris (AFP) -", "--format", "json")[1])
    assert record["path"] is None and record["dateline"]["place"] == "Paris" and record["dateline"]["datetime"] is None


def test_utc_of_a_stamp_without_offset_prints_nothing_and_warns() -> None:
    code, out, err = run("dateline", "--utc", "--text", "27 May 2024 17:59")
    assert (code, out) == (0, "\n")
    assert "states no UTC offset" in err and "--assume-tz" in err
    assert run("dateline", "--utc", "--assume-tz", "Europe/Paris", "--text", "27 May 2024 17:59")[1] == "2024-05-27T15:59:00Z\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--text", "27 May 2024 17:59 IST", "--zone", "IST=Mars/Foo"], "'Mars/Foo' is not an IANA time zone"),
        (["--zone", "IST=Asia/Jerusalem", str(FR)], "--zone applies to --text only"),
        (["--text", "27 mai 2024", str(FR)], "either --text STRING or files"),
    ],
)
def test_dateline_usage_errors(args: list[str], message: str) -> None:
    code, out, err = run("dateline", *args)
    assert code == 2 and out == "" and message in err


# --- to-json --------------------------------------------------------------------------------------


def test_to_json_stdout_puts_error_records_in_the_inputs_place(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    code, out, err = run("to-json", "-j", "1", "-q", FR, missing, EN)
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 1 and [r.get("error") for r in records] == [None, "input-error", None]
    assert records[1] == {"error": "input-error", "path": str(missing), "message": "no such file"}
    assert err == f"stmtkit: {missing}: no such file\n"


def test_to_json_reads_stdin_with_no_argument() -> None:
    code, out, _ = run("to-json", "-q", input=FR.read_bytes())
    assert code == 0 and json.loads(out)["language"] == "fr"


def test_to_json_files_from_with_nul_separators(tmp_path: Path) -> None:
    odd = tmp_path / "a\nname with a newline.txt"
    shutil.copy(EN, odd)
    listing = f"{FR}\0{odd}\0".encode()
    code, out, _ = run("to-json", "-q", "--files-from", "-", "-0", input=listing)
    assert code == 0 and [json.loads(line)["source"]["path"] for line in out.splitlines()] == [str(FR), str(odd)]
    assert run("to-json", "-0", FR)[0] == 2  # -0 is about --files-from


def test_to_json_dry_run_lists_inputs_and_targets_and_touches_nothing(two: Path, tmp_path: Path) -> None:
    out_dir = tmp_path / "out"
    code, out, _ = run("to-json", "--dry-run", two, "-o", out_dir)
    assert code == 0 and not out_dir.exists()
    assert out.splitlines() == [f"{two / n}.txt\t{out_dir / n}.json" for n in ("en", "fr", "zz-nodate")]
    assert run("to-json", "--dry-run", FR)[1] == f"{FR}\t-\n"


def test_to_json_prune_removes_outputs_whose_input_is_gone(two: Path, tmp_path: Path) -> None:
    out_dir = tmp_path / "out"
    assert run("to-json", "-j", "1", "-q", two, "-o", out_dir)[0] == 0
    (two / "en.txt").unlink()
    code, _, err = run("to-json", "-j", "1", "--prune", two, "-o", out_dir)
    assert code == 0 and "1 outputs of gone inputs removed" in err
    assert sorted(p.name for p in out_dir.glob("*.json")) == ["fr.json", "zz-nodate.json"]
    assert run("to-json", "--prune", two)[0] == 2  # nothing to prune without -o


def test_to_json_ends_with_a_summary_line_unless_quiet(one: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "stmtkit", "to-json", str(one)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stderr.startswith("stmtkit: 1 files, 1 records, 0 unchanged, 0 errors in ")
    quiet = subprocess.run([sys.executable, "-m", "stmtkit", "to-json", "-q", str(one)], capture_output=True, text=True, timeout=60)
    assert quiet.stderr == "" and quiet.stdout == done.stdout


# --- inputs ------------------------------------------------------------------------------------------


def test_glob_and_include_choose_files_on_every_reading_command(two: Path) -> None:
    (two / "notes.md").write_text("Notes\n\n27 mai 2024\n", encoding="utf-8")
    for option in ("--glob", "--include"):
        code, out, _ = run("dateline", option, "*.md", two)
        assert (code, out) == (0, f"{two / 'notes.md'}\t2024-05-27\n")
    assert len(run("parse", "--glob", "*.md", two)[1].splitlines()) == 1
    assert run("signatories", "--glob", "*.md", two)[1] == ""


def test_a_folder_without_matching_files_is_a_warning(tmp_path: Path) -> None:
    (tmp_path / "notes.pdf").write_text("Notes\n", encoding="utf-8")
    code, out, err = run("parse", tmp_path)
    assert (code, out) == (0, "")
    assert err == f"stmtkit: warning: {tmp_path}: no file in this folder matches '*.txt,*.md,*.html,*.htm' (choose others with --glob)\n"


def test_unreadable_inputs_have_one_message_and_exit_1_however_they_are_met(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked_file = tmp_path / "locked.txt"
    locked_file.write_text("x", encoding="utf-8")
    locked_folder = tmp_path / "tree" / "locked"
    locked_folder.mkdir(parents=True)
    blocked = {str(locked_file), str(locked_folder)}
    real_open, real_os_open, real_scandir, real_access = open, os.open, os.scandir, os.access

    def no_open(file: object, *args: object, **kwargs: object) -> object:
        if str(file) in blocked:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    def no_os_open(file: object, *args: object, **kwargs: object) -> object:
        # read_input opens with os.open (without blocking, then checks for a regular file).
        if str(file) in blocked:
            raise PermissionError(13, "Permission denied", str(file))
        return real_os_open(file, *args, **kwargs)  # type: ignore[arg-type]

    def no_scandir(path: object = ".") -> object:
        if str(path) in blocked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)  # type: ignore[arg-type]

    # As root every file is readable: the refusals a user meets are simulated where stmtkit asks.
    monkeypatch.setattr("builtins.open", no_open)
    monkeypatch.setattr(os, "open", no_os_open)
    monkeypatch.setattr(os, "scandir", no_scandir)
    monkeypatch.setattr(os, "access", lambda path, mode: str(path) not in blocked and real_access(path, mode))
    for target in (locked_file, locked_folder, tmp_path / "tree"):
        code, _, err = run("parse", "--format", "ndjson", target)
        assert code == 1, target
        assert err.strip().endswith(": permission denied"), err


# --- options ---------------------------------------------------------------------------------------


def test_color_always_and_never() -> None:
    assert "\x1b[" in run("parse", "--format", "pretty", "--color", "always", FR)[1]
    assert "\x1b[" not in run("parse", "--format", "pretty", "--color", "never", FR)[1]


def test_max_bytes_takes_size_suffixes() -> None:
    assert run("parse", "--max-bytes", "1K", FR)[2].strip().endswith("above the limit of 1,024 (--max-bytes)")
    assert run("parse", "--max-bytes", "1KB", FR)[2].strip().endswith("above the limit of 1,000 (--max-bytes)")
    assert run("parse", "--max-bytes", "20M", FR)[0] == 0
    code, _, err = run("parse", "--max-bytes", "lots", FR)
    assert code == 2 and "'lots' is not a size" in err


def test_languages_are_checked_against_the_languages_we_know() -> None:
    code, _, err = run("dateline", "--languages", "en,xx", "--text", "06/05/2024")
    assert code == 2 and "'xx': no language stmtkit knows" in err
    assert run("dateline", "--languages", "pt-BR", "--text", "06/05/2024")[0] == 0


def test_a_mistyped_command_gets_a_suggestion() -> None:
    done = subprocess.run([sys.executable, "-m", "stmtkit", "signatores"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr.strip() == "stmtkit: no such command 'signatores'; did you mean 'signatories'? (see stmtkit --help)"


@pytest.mark.parametrize("command", ["parse", "dateline", "signatories", "to-json"])
def test_each_command_help_shows_examples_and_exit_codes(command: str) -> None:
    code, out, _ = run(command, "--help")
    assert code == 0 and "Examples:" in out and "Exit status: 0" in out and "2 usage error" in out


def test_parse_on_a_terminal_with_no_input_says_it_reads_stdin() -> None:
    import pty

    leader, follower = pty.openpty()
    with subprocess.Popen([sys.executable, "-m", "stmtkit", "parse", "--format", "json"], stdin=follower,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as proc:
        os.write(leader, b"A title\n\x04")  # a line, then Ctrl-D: the end of input on a terminal
        out, err = proc.communicate(timeout=60)
    os.close(follower)
    os.close(leader)
    assert err.startswith("stmtkit: reading standard input (end it with Ctrl-D")
    assert json.loads(out)["title"] == "A title"


# --- views ---------------------------------------------------------------------------------------


def test_text_and_pretty_views_show_place_lines() -> None:
    text = run("parse", "--format", "text", ES)[1]
    assert "[place 5-6]\nBILBAO / SERVIMEDIA" in text
    assert "BILBAO / SERVIMEDIA" in run("parse", "--format", "pretty", ES)[1]


def test_pretty_signatories_table_reads_at_100_columns() -> None:
    result = CliRunner(env={"COLUMNS": "100"}).invoke(cli, ["signatories", "--format", "pretty", "--color", "never", str(EN)])
    lines = result.stdout.splitlines()
    assert "key" not in lines[1] and "document" not in lines[1] and "name" in lines[1]
    assert max(map(len, lines)) <= 100
    assert any("James O'Connell" in line for line in lines)  # a name whole on its line
    many = CliRunner(env={"COLUMNS": "100"}).invoke(cli, ["signatories", "--format", "pretty", str(EN), str(FR)])
    assert "document" in many.stdout.splitlines()[1]


def test_explain_works_on_files_folders_and_stdin_alike(one: Path) -> None:
    _, _, from_file = run("parse", "--explain", one / "fr.txt")
    _, _, from_folder = run("parse", "--explain", one)
    _, _, from_stdin = run("parse", "--explain", input=FR.read_bytes())
    assert from_file and from_file == from_folder
    assert from_stdin == from_file.replace(f"{one / 'fr.txt'}:", "<stdin>:")
    assert all(line.split("\t")[1] for line in from_file.splitlines())  # a rule named on every line


def test_to_json_prune_removes_nothing_when_an_input_failed(two: Path, tmp_path: Path) -> None:
    out_dir = tmp_path / "out"
    assert run("to-json", "-j", "1", "-q", two, "-o", out_dir)[0] == 0
    (two / "en.txt").unlink()
    (two / "bad.txt").write_bytes(b"%PDF-1.7\n\x00\x01\x02")
    code, _, err = run("to-json", "-j", "1", "--prune", two, "-o", out_dir)
    assert code == 1 and "nothing pruned (some inputs failed)" in err
    assert (out_dir / "en.json").exists()
