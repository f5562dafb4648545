"""The language stage: the document's language (ISO 639-1) from its unclaimed text.

Detection itself is ``stmtkit.langid`` (decoding asks it too); ``--languages``
hints win ties and near-ties.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import islice

from ..langid import SAMPLE_CHARS, detect_language
from ..state import Context


def run(ctx: Context) -> None:
    texts: Iterable[str] = ctx.free_texts()
    if ctx.title is not None and ctx.title.lines is None:
        texts = _chain(ctx.title.text, texts)
    ctx.language = detect_language(_leading("\n", texts, SAMPLE_CHARS), ctx.options.languages)


def _chain(first: str, rest: Iterable[str]) -> Iterable[str]:
    yield first
    yield from rest


def _leading(sep: str, texts: Iterable[str], most: int) -> str:
    """A start of ``sep.join(texts)`` at least ``most`` characters long (all of it if shorter): the
    detector reads no further (a 20 MB page was joined whole, a string a line, to read its first
    20,000 characters).  Texts are taken a batch at a time."""
    taken: list[str] = []
    size = 0
    texts = iter(texts)
    while size <= most:
        batch = list(islice(texts, _BATCH))
        if not batch:
            break
        taken += batch
        size += sum(map(len, batch)) + len(sep) * len(batch)
    return sep.join(taken)


# Lines taken at a time: a page is a few dozen.
_BATCH = 64
