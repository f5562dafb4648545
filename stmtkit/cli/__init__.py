"""The command line: thin click commands over the library (no parsing logic here)."""

from __future__ import annotations


def run() -> None:
    """The ``stmtkit`` console script (and ``python -m stmtkit``): ``main`` with a quiet start.

    A run loads some 300 modules whose objects live until it exits: the cyclic collector's
    passes over them while they load, and again when the interpreter exits, cost a one-file
    run a tenth of its instructions (``dateline --text``: 284 -> 261 M). So they load with the
    collector off and are then frozen (``gc.freeze``: left out of every later pass); the parse
    itself runs with the collector as usual.
    """
    import gc

    gc.disable()
    try:
        from .main import main
    finally:
        gc.freeze()
        gc.enable()
    main()
