"""The fast path of ``stmtkit dateline --text`` (``stmtkit.cli.fast``) against the click command.

For every argument list of the table, the console entry point with its fast
path and the same entry point forced through click must print the same bytes
on stdout and stderr and end with the same status: in this process (under
click's runner isolation) and in real processes.  Argument lists the fast path
must leave to click are in the table too, so that falling through is checked.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from stmtkit.cli import fast
from stmtkit.cli.main import main

STAMP = "27 mai 2024 17:59 (UTC +04:00)"

# Argument lists the fast path takes.
FAST = [
    ["dateline", "--text", STAMP],
    ["dateline", "--text", STAMP, "--utc"],
    ["dateline", "--utc", "--text", STAMP],
    ["dateline", f"--text={STAMP}", "--format=iso"],
    ["dateline", "--text", STAMP, "--format", "text"],
    ["dateline", "--text", STAMP, "--format", "json"],
    ["dateline", "--text", STAMP, "--format", "ndjson"],
    ["dateline", "--text", "Just a sentence.", "--require"],
    ["dateline", "--text", "Just a sentence.", "--format", "json"],
    ["dateline", "--text", ""],
    ["dateline", "--text=", "--format", "ndjson"],
    ["dateline", "--text", "BAKU, May 27 (Reuters) -", "--reference-date", "2024-06-01", "--format", "text"],
    ["dateline", "--text", "27 May", "--reference-date", "2024-06-01", "--format", "json"],
    ["dateline", "--text", "hier à 18h30", "--reference-date", "2024-06-01T12:00", "--format", "iso"],
    ["dateline", "--text", "2 hours ago", "--reference-date", "2024-06-01T12:00", "--format", "text"],
    ["dateline", "--text", "06/05/2024", "--languages", "en"],
    ["dateline", "--text", "06/05/2024", "--languages=fr, DE", "--format", "json"],
    ["dateline", "--text", "МОСКВА, 27 мая 2024. Президент заявил", "--format", "text"],
    ["dateline", "--text", "Paris (AFP) - Le président", "--format", "json"],
    ["dateline", "--text", "Stockholm den 27 maj 2024", "--format", "text", "--require"],
    ["dateline", "--text", "31 April 2024", "--require", "--format", "ndjson"],
    ["dateline", "--text", "2024年5月27日（月）17:59", "--format", "text"],
    ["dateline", "--text", "Mon May 27 17:59:00 +0400 2024", "--utc"],
]

# Argument lists the fast path leaves to click (each for a reason named in stmtkit.cli.fast).
CLICK = [
    ["--version"],
    ["dateline", "--help"],
    ["dateline"],
    ["dateline", "--text"],
    ["dateline", "--text", "-5"],
    ["dateline", "--text", "--utc"],
    ["dateline", "--text", "27 mai 2024", "--text", "28 mai 2024"],
    ["dateline", "--text", STAMP, "--utc=1"],
    ["dateline", "--text", STAMP, "--format", "yaml"],
    ["dateline", "--text", STAMP, "--format", "ISO"],
    ["dateline", "--text", STAMP, "--format", "pretty"],
    ["dateline", "--text", STAMP, "--reference-date", "yesterday"],
    ["dateline", "--text", STAMP, "--assume-tz", "Europe/Paris"],
    ["dateline", "--text", "27 May 2024 17:59 IST", "--zone", "IST=Asia/Jerusalem"],
    ["dateline", "--text", STAMP, "--zone", "IST"],
    ["dateline", "--text", STAMP, "--no-color"],
    ["dateline", "--text", STAMP, "extra-file.txt"],
    ["dateline", "--text", "27 mai 2024 (\x1b) 17:59", "--format", "text"],
    ["parse", "--text", STAMP],
    ["signatories", "--text", STAMP],
]


def in_process(argv: list[str], fast_path: bool) -> tuple[bytes, bytes, int]:
    with CliRunner().isolation() as (out, err, _):
        try:
            main(argv, fast_path=fast_path)
            status = 0
        except SystemExit as exc:
            status = exc.code if isinstance(exc.code, int) else 1
        return out.getvalue(), err.getvalue(), status


def in_subprocess(argv: list[str], fast_path: bool) -> tuple[bytes, bytes, int]:
    code = f"import sys\nfrom stmtkit.cli.main import main\nmain(fast_path={fast_path})"
    done = subprocess.run([sys.executable, "-c", code, *argv], capture_output=True, timeout=60, stdin=subprocess.DEVNULL)
    return done.stdout, done.stderr, done.returncode


def taken_by_fast_path(argv: list[str]) -> bool:
    with CliRunner().isolation():
        return fast.run(argv) is not None


@pytest.mark.parametrize("argv", FAST + CLICK, ids=[" ".join(a) for a in FAST + CLICK])
def test_fast_path_and_click_print_the_same_in_process(argv: list[str]) -> None:
    assert taken_by_fast_path(argv) == (argv in FAST)
    assert in_process(argv, fast_path=True) == in_process(argv, fast_path=False)


@pytest.mark.parametrize("argv", FAST + CLICK[:8], ids=[" ".join(a) for a in FAST + CLICK[:8]])
def test_fast_path_and_click_print_the_same_in_a_real_process(argv: list[str]) -> None:
    assert in_subprocess(argv, fast_path=True) == in_subprocess(argv, fast_path=False)


def test_the_table_reads_dates_warnings_and_exit_statuses() -> None:
    # The table is only worth its salt if its cases print something different from each other.
    assert in_process(FAST[0], True) == (b"2024-05-27T17:59:00+04:00\n", b"", 0)
    assert in_process(FAST[1], True)[0] == b"2024-05-27T13:59:00Z\n"
    assert in_process(FAST[7], True) == (b"", b"", 3)
    out, err, status = in_process(FAST[12], True)
    assert json.loads(out)["date"] == "2024-05-27" and b"warning" in err and status == 0
    assert in_process(CLICK[8], True)[2] == 2


def test_the_fast_path_imports_neither_click_nor_regex_nor_dataclasses() -> None:
    code = (
        "import sys\nfrom stmtkit.cli.main import main\nmain(['dateline', '--text', sys.argv[1]])\n"
        "print(sorted(m for m in ('click', 'regex', 'rich', 'dataclasses') if m in sys.modules), file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", code, STAMP], capture_output=True, text=True, timeout=60)
    assert done.stdout == "2024-05-27T17:59:00+04:00\n"
    assert "click" not in done.stderr and "regex" not in done.stderr and "dataclasses" not in done.stderr


@pytest.mark.parametrize("env_extra", [{"PYTHONIOENCODING": "latin-1"}, {"PYTHONIOENCODING": "ascii"}])
def test_streams_click_would_rewrap_go_through_click(env_extra: dict[str, str]) -> None:
    import os

    env = {**os.environ, **env_extra}
    argv = ["dateline", "--text", "МОСКВА, 27 мая 2024", "--format", "text"]
    runs = []
    for fast_path in (True, False):
        code = f"import sys\nfrom stmtkit.cli.main import main\nmain(fast_path={fast_path})"
        done = subprocess.run([sys.executable, "-c", code, *argv], capture_output=True, timeout=60, env=env)
        runs.append((done.stdout, done.stderr, done.returncode))
    assert runs[0] == runs[1]


def test_a_closed_stdout_goes_through_click() -> None:
    code = "import sys\nsys.stdout = None\nfrom stmtkit.cli import fast\nprint(fast.run(['dateline', '--text', '27 mai 2024']), file=sys.stderr)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stderr.strip() == "None"
