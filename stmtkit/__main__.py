"""``python -m stmtkit``."""

from .cli.main import main

main()
