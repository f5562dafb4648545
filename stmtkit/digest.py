"""The SHA-256 of an input, as ``source.sha256`` records it.

OpenSSL's SHA-256 (``hashlib``) is about six times faster, but loading it costs a process some
11 M instructions (4 ms): a third of what a one-file run spends parsing.  A small input in a
process that has not loaded it yet (``stmtkit parse FILE`` from cron) is hashed with the
interpreter's own built-in SHA-256 instead; the digest is the same.  The first larger input
loads OpenSSL, and every later input of the process uses it (a folder of web pages).
"""

from __future__ import annotations

import sys
from typing import Any

# Up to this size the built-in hash costs at most 0.25 ms more than OpenSSL's (0.29 against 0.05 ms per 40 KB).
_BUILTIN_MAX = 32 * 1024


def _builtin_sha256() -> Any:
    """The interpreter's own SHA-256 constructor (``_sha256`` up to Python 3.11, ``_sha2`` from 3.12), or None."""
    try:
        from _sha256 import sha256  # type: ignore[import-not-found]
    except ImportError:
        try:
            from _sha2 import sha256  # type: ignore[import-not-found]
        except ImportError:
            return None
    return sha256


def sha256_hex(data: bytes) -> str:
    """The hex SHA-256 of ``data``."""
    if len(data) <= _BUILTIN_MAX and "hashlib" not in sys.modules:
        builtin = _builtin_sha256()
        if builtin is not None:
            return str(builtin(data).hexdigest())
    import hashlib

    return hashlib.sha256(data).hexdigest()
