"""``python -m stmtkit``."""

from .cli import run

run()
