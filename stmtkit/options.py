"""What the caller tells a parse (hints and defaults), apart from the pipeline.

A module of its own so that a command that reads one string, such as
``stmtkit dateline --text '27 mai 2024 17:59 (UTC +04:00)'``, builds its
options without importing the pipeline, the decoder and hashlib, which it
never uses (about 7 ms of a 60 ms start).
"""

# No `from __future__ import annotations`: typing.NamedTuple compiles string annotations (0.23 M a field).

import datetime as dt
from typing import NamedTuple

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# What ``input_format`` may say: here, not in ``stmtkit.inputs.detect``, whose patterns need the
# regex module (about 20 ms) that reading one date string never loads.
INPUT_FORMATS: tuple[str, ...] = ("auto", "text", "markdown", "html")


class Options(NamedTuple):
    """What the caller tells the parse: hints and defaults."""

    reference_date: dt.datetime | None = None
    assume_tz: str | None = None
    languages: tuple[str, ...] | None = None
    ascii_punctuation: bool = False
    max_bytes: int | None = DEFAULT_MAX_BYTES
    # "auto" (detected by content, the name as a hint), "text", "markdown" or "html"
    input_format: str = "auto"
