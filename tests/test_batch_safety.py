"""Issue 15, security: what someone who can write into the output folder or name the inputs cannot do to a run."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import FIXTURES
from stmtkit.cli.main import cli

FR = FIXTURES / "fr-signes-par.txt"
EN = FIXTURES / "en-signed-by-bullets.txt"


def run(*args: str, input: str | bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


def to_json(*args: str, cwd: Path, input: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "stmtkit", "to-json", *args], cwd=cwd, input=input, capture_output=True, timeout=120)


@pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="POSIX links")
def test_links_planted_at_every_plausible_temporary_and_final_name_are_never_followed(tmp_path: Path) -> None:
    """The old temporary name was `.a.json.<pid>.tmp`: a link there sent a root cron job's output anywhere."""
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    out.mkdir()
    shutil.copy(FR, src / "a.txt")
    shutil.copy(EN, src / "b.txt")
    victim = tmp_path / "victim"
    victim.write_text("precious\n", encoding="utf-8")
    # Every pid the run's processes can plausibly get (pids are handed out upwards from the last one).
    first = os.getpid()
    for pid in range(max(2, first - 50), first + 3000):
        for name in ("a.json", "b.json"):
            (out / f".{name}.{pid}.tmp").symlink_to(victim)
    (out / "a.json").symlink_to(victim)  # and at the final name itself
    done = to_json("-q", str(src), "-o", str(out), "-j", "2", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert victim.read_text(encoding="utf-8") == "precious\n"
    for name in ("a.json", "b.json"):
        assert stat.S_ISREG(os.lstat(out / name).st_mode)
        assert json.loads((out / name).read_text(encoding="utf-8"))["schema"] == "stmtkit/1"
    # Outputs get the usual mode, not mkstemp's 0600.
    umask = os.umask(0o022)
    os.umask(umask)
    assert stat.S_IMODE(os.stat(out / "a.json").st_mode) == 0o666 & ~umask


def test_skip_unchanged_reads_no_link_or_fifo_planted_at_an_output_name(tmp_path: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    out.mkdir()
    shutil.copy(FR, src / "a.txt")
    shutil.copy(EN, src / "b.txt")
    assert to_json("-q", str(src), "-o", str(out), "-j", "1", cwd=tmp_path).returncode == 0
    real = out / "elsewhere.json"
    (out / "a.json").rename(real)
    (out / "a.json").symlink_to(real)  # a link to a whole earlier output is not that output
    (out / "b.json").unlink()
    os.mkfifo(out / "b.json")  # would block a run that opened it
    done = to_json("-q", str(src), "-o", str(out), "-j", "1", "--skip-unchanged", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert stat.S_ISREG(os.lstat(out / "a.json").st_mode) and stat.S_ISREG(os.lstat(out / "b.json").st_mode)


@pytest.mark.parametrize("where", ["same", "parent"])
def test_an_output_folder_that_is_or_holds_an_input_is_refused(tmp_path: Path, where: str) -> None:
    folder = tmp_path / "ow"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(FR, folder / "sub" / "a.json.txt")
    record = json.loads(run("parse", "--format", "json", str(FR))[1])
    (folder / "sub" / "r.json").write_text(json.dumps(record), encoding="utf-8")
    before = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    given = folder if where == "same" else folder / "sub"
    code, _, err = run("to-json", "-q", str(given), "--glob", "*.json", "-o", str(folder))
    assert code == 2
    assert "never reads its own outputs" in err
    assert {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()} == before


def test_our_own_outputs_listed_by_files_from_are_error_records_not_inputs(tmp_path: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    shutil.copy(FR, src / "a.txt")
    assert run("to-json", "-q", "-j", "1", str(src), "-o", str(out))[0] == 0
    listed = tmp_path / "list"
    listed.write_text(f"{src / 'a.txt'}\n{out / 'a.json'}\n", encoding="utf-8")
    code, _, err = run("to-json", "-q", "-j", "1", "--files-from", str(listed), "-o", str(out))
    assert code == 1
    assert f"{out / 'a.json'}: lies inside the output folder" in err
    assert "a.txt" not in err


def test_an_output_folder_inside_the_input_folder_is_still_allowed_and_never_read(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(FR, src / "a.txt")
    for _ in range(2):
        code, _, err = run("to-json", "-q", "-j", "1", "--glob", "*", str(src), "-o", str(src / "json"))
        assert (code, err) == (0, "")
    assert sorted(p.name for p in (src / "json").iterdir()) == ["a.json"]


def test_stdin_and_a_file_named_stdin_clash_and_the_second_is_an_error(tmp_path: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    shutil.copy(EN, src / "stdin.txt")
    code, _, err = run("to-json", "-q", "-j", "1", "-", str(src), "-o", str(out), input=FR.read_bytes())
    assert code == 1
    assert "stdin.txt: its output" in err and "already written by another input" in err
    assert json.loads((out / "stdin.json").read_text(encoding="utf-8"))["language"] == "fr"
