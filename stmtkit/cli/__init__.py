"""The command line: thin click commands over the library (no parsing logic here)."""

from __future__ import annotations


def run() -> None:
    """The ``stmtkit`` console script (and ``python -m stmtkit``): ``main`` with a quiet start.

    A run loads some 300 modules whose objects live until it exits: the cyclic collector's
    passes over them while they load, and again when the interpreter exits, cost a one-file
    run a tenth of its instructions (``dateline --text``: 284 -> 261 M). So they load with the
    collector off and are then frozen (``gc.freeze``: left out of every later pass); the parse
    itself runs with the collector as usual, and what it leaves is frozen too before the
    interpreter exits.
    """
    import gc

    gc.disable()
    try:
        from .main import main
    finally:
        gc.freeze()
        gc.enable()
    try:
        main()
    finally:
        # What the command loaded and built lives until the interpreter exits, whose two full
        # collections then walk it all (10 M instructions after a one-file parse): frozen, they
        # skip it.  atexit handlers, flushing and the modules' teardown run as before; only
        # finalizers of garbage in cycles left at exit go unrun, as Python never promises them.
        gc.freeze()
