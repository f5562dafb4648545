"""The language stage: the document's language (ISO 639-1) from its unclaimed text.

Detection itself is ``stmtkit.langid`` (decoding asks it too); ``--languages``
hints win ties and near-ties.
"""

from __future__ import annotations

from ..langid import detect_language
from ..state import Context


def run(ctx: Context) -> None:
    text = "\n".join(line.text for line in ctx.lines if ctx.is_free(line.number))
    if ctx.title is not None and ctx.title.lines is None:
        text = ctx.title.text + "\n" + text
    ctx.language = detect_language(text, ctx.options.languages)
