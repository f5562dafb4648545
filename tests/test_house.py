"""The house rules, checked from the source: imports flow one way, modules stay readable."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "stmtkit"
GENERATED = {"stmtkit.data.cldr_dates", "stmtkit.data.folded_cues", "stmtkit.data.folded_structure", "stmtkit.data.language_units"}
MAX_LINES = 450


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Every stmtkit module ``path`` imports, at the top or inside a function (lazy imports count)."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("stmtkit"))
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")
            if node.level:
                base = base[: len(base) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            if not target.startswith("stmtkit"):
                continue
            for alias in node.names:  # "from . import x" may name a module
                candidate = f"{target}.{alias.name}"
                found.add(candidate if candidate in MODULES else target)
    return {m for m in found if m in MODULES and m != name}


MODULES = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
GRAPH = {name: _imports(path) for name, path in MODULES.items()}


def _cycle() -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(GRAPH[node]):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt):], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(GRAPH):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_the_import_graph_has_no_cycle() -> None:
    assert _cycle() is None, " -> ".join(_cycle() or [])


def test_a_stage_never_imports_another_stage() -> None:
    stages = {m for m in MODULES if m.startswith("stmtkit.stages.")}
    for stage in stages:
        assert not (GRAPH[stage] & stages), f"{stage} imports {GRAPH[stage] & stages}"


def test_nothing_below_the_stages_imports_upwards() -> None:
    upper = {"stmtkit.api", "stmtkit.pipeline", "stmtkit.parallel"} | {m for m in MODULES if m.startswith(("stmtkit.cli", "stmtkit.stages"))}
    lower = {m for m in MODULES if m not in upper and m != "stmtkit" and m != "stmtkit.__main__"}
    for module in lower:
        assert not (GRAPH[module] & upper), f"{module} imports {GRAPH[module] & upper}"


@pytest.mark.parametrize("name", sorted(set(MODULES) - GENERATED))
def test_no_module_over_the_line_budget(name: str) -> None:
    lines = MODULES[name].read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES


# One interpreter imports each module with no stmtkit module loaded before it (a process per
# module took 90 starts of Python): a lazy import that hides a cycle fails as it would alone.
ALONE = """
import importlib, sys, traceback
for name in sys.argv[1:]:
    for loaded in [m for m in sys.modules if m == "stmtkit" or m.startswith("stmtkit.")]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except Exception:
        print(f"{name} does not import alone:", traceback.format_exc(limit=-3), sep="\\n")
"""


def test_each_module_imports_alone() -> None:
    names = sorted(set(MODULES) - {"stmtkit.__main__"})  # runs the command line
    result = subprocess.run([sys.executable, "-c", ALONE, *names], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr[-800:]
    assert not result.stdout, result.stdout[-2000:]
