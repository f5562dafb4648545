"""What a generator in scripts/ writes today, for the tests that check a checked-in data module is fresh."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def checked_in(module_path: str) -> str:
    """The text of a checked-in file, ``module_path`` relative to the repository."""
    return (ROOT / module_path).read_text(encoding="utf-8")


def generated(script: str, function: str) -> str:
    """The text ``scripts/SCRIPT.py``'s ``FUNCTION()`` returns (loaded by path: scripts/ is no package)."""
    spec = importlib.util.spec_from_file_location(script, ROOT / "scripts" / f"{script}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    text: str = getattr(module, function)()
    return text
