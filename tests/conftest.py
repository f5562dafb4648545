"""Shared test helpers; ``pytest --update-goldens`` rewrites golden records on purpose."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        help="Rewrite tests/fixtures/*.json from the current parser (review the diff before committing).",
    )


# ``pytest --hypothesis-profile=slow`` runs every property with its full number of examples;
# by default each runs a fifth of them (at least Hypothesis's own 100), so the suite stays short.
# No deadline in either: an example's time is a speed measure, which belongs in bench/, and on a
# loaded machine Hypothesis's 200 ms per example failed properties that hold.
settings.register_profile("quick", deadline=None)
settings.register_profile("slow", deadline=None)
settings.load_profile("quick")
_FULL_EXAMPLES = False


def pytest_configure(config: pytest.Config) -> None:
    global _FULL_EXAMPLES
    _FULL_EXAMPLES = config.getoption("hypothesis_profile", None) == "slow"


def examples(full: int) -> int:
    """How many examples a property runs: ``full`` under the slow profile, else a fifth."""
    return full if _FULL_EXAMPLES else max(100, full // 5)


@pytest.fixture
def update_goldens(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-goldens"))
