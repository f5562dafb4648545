"""Issue 15, a killed parent leaves nothing behind: workers die with it, a closed pipe is a quiet end."""

from __future__ import annotations

import os
import select
import shutil
import signal
import subprocess
import sys
import time
from contextlib import suppress
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import FIXTURES
from stmtkit.cli.main import cli

FR = FIXTURES / "fr-signes-par.txt"
LINUX = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc to find the workers")


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as fh:
                    fields = fh.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry))
    return found


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _read_to_eof(stream: int, seconds: float) -> bool:
    """Whether the pipe reaches its end (every writer gone) within ``seconds``."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        ready, _, _ = select.select([stream], [], [], 0.2)
        if ready and not os.read(stream, 1 << 16):
            return True
    return False


@pytest.fixture
def big_tree(tmp_path: Path) -> Path:
    """Enough files that a two-worker run is still going when its first record is out."""
    root = tmp_path / "tree"
    for folder in range(20):
        (root / f"{folder:02d}").mkdir(parents=True)
        for number in range(150):
            shutil.copy(FR, root / f"{folder:02d}" / f"{number:03d}.txt")
    return root


@LINUX
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM, signal.SIGHUP], ids=lambda s: s.name)
def test_workers_die_with_a_killed_parent_and_release_its_pipes(big_tree: Path, sig: signal.Signals) -> None:
    """`stmtkit to-json tree | wc -l`, then kill the main process: wc must see the end of its input."""
    run = subprocess.Popen([sys.executable, "-m", "stmtkit", "to-json", "-j", "2", str(big_tree)],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, start_new_session=True)
    assert run.stdout is not None
    try:
        first = run.stdout.readline()
        assert first.startswith(b"{"), "the run gave no record"
        workers = _children(run.pid)
        assert len(workers) >= 2, "the pool's workers were expected to be running"
        os.kill(run.pid, sig)
        assert _read_to_eof(run.stdout.fileno(), 15), "a worker still holds stdout open after its parent died"
        deadline = time.monotonic() + 10
        while any(map(_alive, workers)) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(map(_alive, workers))
    finally:
        with suppress(ProcessLookupError):
            os.killpg(run.pid, signal.SIGKILL)
        run.wait(timeout=30)


@pytest.mark.skipif(os.name == "nt", reason="POSIX pipes")
@pytest.mark.parametrize("command", [["parse", "--format", "ndjson"], ["to-json", "-j", "2"], ["to-json", "-j", "1"]])
def test_a_reader_that_goes_away_is_a_quiet_end_not_an_error(tmp_path: Path, command: list[str]) -> None:
    """`stmtkit … | head -1`: exit status 0 and nothing on stderr (click's own handling said 1)."""
    for number in range(60):  # far more than a pipe's buffer holds
        shutil.copy(FR, tmp_path / f"{number:02d}.txt")
    run = subprocess.Popen([sys.executable, "-m", "stmtkit", *command, str(tmp_path)],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert run.stdout is not None and run.stderr is not None
    assert run.stdout.readline().startswith(b"{")
    run.stdout.close()
    err = run.stderr.read()
    assert run.wait(timeout=60) == 0
    assert err == b""


def test_debug_is_accepted_before_the_command_too() -> None:
    for args in (["--debug", "dateline", "--text", "27 mai 2024 17:59 (UTC +04:00)"],
                 ["dateline", "--debug", "--text", "27 mai 2024 17:59 (UTC +04:00)"]):
        result = CliRunner().invoke(cli, args)
        assert (result.exit_code, result.stdout) == (0, "2024-05-27T17:59:00+04:00\n"), args
    done = subprocess.run([sys.executable, "-m", "stmtkit", "--debug", "parse", "--format", "json", str(FR)],
                          capture_output=True, timeout=60)
    assert done.returncode == 0 and done.stdout.startswith(b"{")
