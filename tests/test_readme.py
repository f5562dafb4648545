"""Every example of the README runs, so that none can go stale; so do those of the docs pages
the README sends readers to for more examples (``PAGES``).

- ``console`` blocks: each ``$ command`` runs in a shell (stdout and stderr together, in a sandbox
  folder holding ``tests/``, a ``scrape/`` and a ``scraped/`` folder) and prints the lines shown;
  a shown line ending with ``…`` stands for any line starting the same, a last line ``…`` for any
  further output.
- ``sh`` and ``cron`` blocks: each command runs and exits 0 (the quick start's install steps and
  the test run are the set-up of this very test and are not run again).
- ``python`` blocks run (but the Dask recipe of docs/batch.md: tests/test_dask_recipe.py runs it
  on Dask's synchronous scheduler).
- the abridged ``json`` record holds only what the real record holds.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import FIXTURES, ROOT

README = ROOT / "README.md"
PAGES = (README, ROOT / "docs" / "batch.md", ROOT / "docs" / "datelines.md")
BLOCK = re.compile(r"^```(\w*)\n(.*?)^```", re.S | re.M)


def blocks(language: str, pages: tuple[Path, ...] = PAGES) -> list[str]:
    return [m.group(2) for page in pages for m in BLOCK.finditer(page.read_text(encoding="utf-8")) if m.group(1) == language]


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("readme")
    (root / "tests").symlink_to(ROOT / "tests")
    for folder in ("scrape", "srv/scrape"):
        (root / folder).mkdir(parents=True)
        for name in ("fr-signes-par.txt", "en-signed-by-bullets.txt", "ru-podpisali.txt"):
            shutil.copy(FIXTURES / name, root / folder / name)
    (root / "scraped").mkdir()
    (root / "scraped" / "flyer.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    with open(root / "scraped" / "dump.txt", "wb") as fh:
        fh.truncate(31_457_280)  # sparse: refused on its size, never read
    return root


def shell(command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}", "COLUMNS": "100"}
    env.pop("NO_COLOR", None)
    return subprocess.run(["bash", "-c", f"set -o pipefail; {command}"], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=120)


def console_examples() -> list[tuple[str, list[str]]]:
    examples: list[tuple[str, list[str]]] = []
    for block in blocks("console"):
        for chunk in re.split(r"^\$ ", block, flags=re.M)[1:]:
            command, *shown = chunk.rstrip("\n").split("\n")
            examples.append((command, shown))
    return examples


def matches(shown: list[str], real: list[str]) -> bool:
    if shown and shown[-1] == "…":
        shown, real = shown[:-1], real[: len(shown) - 1]
    return len(shown) == len(real) and all(
        r.startswith(s[:-1]) if s.endswith("…") else r == s for s, r in zip(shown, real, strict=True)
    )


@pytest.mark.skipif(shutil.which("jq") is None, reason="the README's recipes use jq")
@pytest.mark.parametrize(("command", "shown"), console_examples(), ids=[c for c, _ in console_examples()])
def test_console_example_prints_what_the_readme_shows(command: str, shown: list[str], sandbox: Path) -> None:
    done = shell(f"{{ {command}; }} 2>&1", sandbox)
    real = done.stdout.rstrip("\n").split("\n") if done.stdout else []
    assert matches(shown, real), "\n".join(real)


def commands() -> list[str]:
    found = []
    for block in blocks("sh"):
        for line in block.splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            if "pip install" in line:  # the quick start: installing is this test's own set-up
                line = line.rpartition("&& ")[2]
                if line.startswith("python -m pytest"):
                    continue
            found.append(line)
    for block in blocks("cron"):
        for line in block.splitlines():
            if line.strip():
                found.append(line.split(None, 5)[5].replace("/srv/", "srv/"))
    return found


@pytest.mark.skipif(shutil.which("jq") is None, reason="the README's recipes use jq")
@pytest.mark.parametrize("command", commands())
def test_shell_example_runs(command: str, sandbox: Path) -> None:
    done = shell(command, sandbox)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("code", [c for c in blocks("python") if "import dask" not in c], ids=lambda c: c.splitlines()[0])
def test_python_example_runs(code: str, sandbox: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(sandbox)
    exec(compile(code, "<example>", "exec"), {})


def abridges(shown: Any, real: Any) -> bool:
    """``shown`` is ``real`` with parts left out (``"…"``) and long strings cut (``"text …"``)."""
    if isinstance(shown, dict):
        return isinstance(real, dict) and all(k == "…" or (k in real and abridges(v, real[k])) for k, v in shown.items())
    if isinstance(shown, list):
        rest = iter(real) if isinstance(real, list) else iter(())
        return all(item == "…" or any(abridges(item, r) for r in rest) for item in shown)
    if isinstance(shown, str) and shown.endswith(" …"):
        return isinstance(real, str) and real.startswith(shown[:-2])
    return bool(shown == real)


def test_the_abridged_record_holds_only_what_the_record_holds(sandbox: Path) -> None:
    (shown,) = blocks("json", (README,))
    done = shell("stmtkit parse --format json tests/fixtures/fr-signes-par.txt", sandbox)
    real = json.loads(done.stdout)
    assert abridges(json.loads(shown), real)
    assert not abridges({"title": "Something else"}, real)
