"""The examples in the structure stages' docstrings are real inputs and outputs: run them."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["title", "body", "lists", "boilerplate", "language"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(f"stmtkit.stages.{name}")
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0
