"""Start-up: what a fresh process imports (the time it takes is measured by bench/startup.py, not here)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

# Heavy or run-specific modules that a quick command must not pay for.
NEVER_AT_START = ["rich", "charset_normalizer", "ftfy", "anyascii", "concurrent.futures", "multiprocessing"]
OTHER_COMMANDS = ["stmtkit.cli.batch", "stmtkit.cli.parse_cmd", "stmtkit.cli.signatories_cmd", "stmtkit.cli.to_json_cmd"]
# What reading one date string never needs: the parser, the document model, the JSON/CSV renderer.
NOT_FOR_ONE_DATE = ["stmtkit.pipeline", "stmtkit.model", "stmtkit.cli.render", "hashlib", "csv", "regex", "stmtkit.inputs.detect"]


def imported_after(code: str) -> set[str]:
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)), file=sys.__stderr__)"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    return set(json.loads(done.stderr.strip().splitlines()[-1]))


def test_import_stmtkit_loads_neither_click_nor_rich_nor_the_parser() -> None:
    loaded = imported_after("import stmtkit")
    assert loaded.isdisjoint(["click", "rich", "regex", "stmtkit.pipeline", *NEVER_AT_START])


@pytest.mark.parametrize("argv", [["--version"], ["dateline", "--text", "27 mai 2024 17:59 (UTC +04:00)"]])
def test_a_quick_command_imports_only_what_it_needs(argv: list[str]) -> None:
    run = f"import sys\nsys.argv = ['stmtkit', *{argv!r}]\nfrom stmtkit.cli.main import main\ntry:\n    main()\nexcept SystemExit:\n    pass"
    loaded = imported_after(run)
    assert loaded.isdisjoint(NEVER_AT_START + OTHER_COMMANDS + NOT_FOR_ONE_DATE)


def test_stmtkit_attributes_still_resolve_lazily() -> None:
    import stmtkit

    assert stmtkit.Statement.__module__ == "stmtkit.model"
    assert set(stmtkit.__all__) <= set(dir(stmtkit))
    with pytest.raises(AttributeError):
        stmtkit.no_such_name  # noqa: B018
