"""The command line: thin click commands over the library (no parsing logic here)."""

from __future__ import annotations

# Container objects made (less those freed) between two passes of the collector over the youngest ones.
_YOUNG_OBJECTS = 10_000


def run() -> None:
    """The ``stmtkit`` console script (and ``python -m stmtkit``): ``main`` with a quiet start.

    A run loads some 300 modules whose objects live until it exits: the cyclic collector's
    passes over them while they load, and again when the interpreter exits, cost a one-file
    run a tenth of its instructions (``dateline --text``: 284 -> 261 M). So they load with the
    collector off and are then frozen (``gc.freeze``: left out of every later pass); the parse
    itself runs with the collector as usual, and what it leaves is frozen too before the
    interpreter exits.  The young generation's threshold is raised for the run (``_YOUNG_OBJECTS``): a parse
    makes and frees many small containers, and with the default of 700 the collector walked them some
    45 times for one file, the modules a stage loads on first use among them (``parse FILE``: 536.7 ->
    530.5 M); a run's memory stays bounded alike.
    """
    import gc

    gc.disable()
    try:
        from .main import main
    finally:
        gc.freeze()
        gc.set_threshold(_YOUNG_OBJECTS)
        gc.enable()
    try:
        main()
    finally:
        # What the command loaded and built lives until the interpreter exits, whose two full
        # collections then walk it all (10 M instructions after a one-file parse): frozen, they
        # skip it.  atexit handlers, flushing and the modules' teardown run as before; only
        # finalizers of garbage in cycles left at exit go unrun, as Python never promises them.
        gc.freeze()
