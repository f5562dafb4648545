"""The language stage: the document's language (ISO 639-1) from its unclaimed text.

Detection itself is ``stmtkit.langid`` (decoding asks it too); ``--languages``
hints win ties and near-ties.
"""

from __future__ import annotations

from collections.abc import Iterable

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
    """``sep.join(texts)``, or a longer start of it than the ``most`` characters the detector reads
    (a 20 MB page was joined whole, a string a line, to read its first 20,000 characters)."""
    taken: list[str] = []
    size = 0
    for text in texts:
        taken.append(text)
        size += len(text) + len(sep)
        if size > most:
            break
    return sep.join(taken)
