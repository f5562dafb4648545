"""Every docstring example in the package runs, so the examples cannot go stale."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import stmtkit

_MODULES = sorted(
    info.name
    for info in pkgutil.walk_packages(stmtkit.__path__, "stmtkit.")
    if not info.name.endswith("__main__")
)


def test_the_walk_finds_the_stage_and_shared_modules() -> None:
    assert {"stmtkit.langid", "stmtkit.labels", "stmtkit.stages.body", "stmtkit.dates.read"} <= set(_MODULES)


@pytest.mark.parametrize("name", _MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    failed, _ = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert failed == 0, f"{failed} docstring example(s) of {name} fail"
