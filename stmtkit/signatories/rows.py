"""A signature block's rows and entries, as the layouts read them."""

# No `from __future__ import annotations`: typing.NamedTuple compiles string annotations (0.23 M a field).

from typing import NamedTuple

from ..lines import Line
from ..model import SignatoryKind, Span


# Row and Entry are named tuples, immutable like a frozen dataclass but built in C: one of each
# per line of a block, where a frozen dataclass's __init__ (object.__setattr__ per field) cost
# 0.4-0.6 us, a tenth of the time a plain name takes to read.
class Row(NamedTuple):
    """One non-blank line of a block; ``after_blank`` when blank lines separate it from the row before."""

    line: Line
    after_blank: bool = False
    intro: bool = False  # a sentence introducing the entries: inside the block, not an entry
    after_heading: bool = False  # the names after a heading's colon: "Signé par : A, B" is two names


class Entry(NamedTuple):
    """The text of one entry (several lines joined) and what the layout already says about it."""

    text: str
    lines: Span
    group: str | None = None
    group_kind: SignatoryKind | None = None
    role: str | None = None
    affiliation: str | None = None
    explicit: bool = False  # role and affiliation come from the layout (table columns, one line a field)
    among_organisations: bool = False  # most entries around it are organisations
