"""Group labels written as bullets: ``- associations`` over unbulleted lines of entries, ``- unions`` over
the next ones.

Some pages bullet the group's label, not its entries.  Read as a list bulleted line by line, each label
opened an entry and the lines below it were that entry's fields.  The layout itself is the evidence:
every bulleted line has unbulleted lines right under it, and reads as a label (a few words in lower case,
or a word that names a kind of signer: ``Organisations``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..lines import marker_of
from ..model import SignatoryKind
from .lines import group_label_shape
from .rows import Row

_MIN_LABELS = 2  # one bulleted line over names is as likely the first signer over its fields


def bulleted_labels(
    rows: Sequence[Row], is_marked: Callable[[str], bool], group_of: Callable[[str], tuple[str, SignatoryKind | None] | None],
) -> dict[int, tuple[str, SignatoryKind | None]]:
    """The rows (by position) that are bulleted group labels, with the label and the kind it names."""
    labels: dict[int, tuple[str, SignatoryKind | None]] = {}
    for at, row in enumerate(rows):
        if row.intro or not is_marked(row.line.text):
            continue
        # (the layout asked first, line by line: in most bulleted blocks a bulleted line follows the first one)
        if at + 1 >= len(rows) or rows[at + 1].after_blank or is_marked(rows[at + 1].line.text):
            return {}
        text = row.line.text.strip()
        label = text[len(marker_of(text) or "") :].strip()
        if not group_label_shape(label):
            return {}
        found = group_of(label)
        if label[:1].islower():
            labels[at] = (label, found[1] if found else None)
        elif found is not None and found[1] is not None:
            labels[at] = found
        else:
            return {}
    return labels if len(labels) >= _MIN_LABELS else {}
