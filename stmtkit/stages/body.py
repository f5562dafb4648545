"""Unclaimed lines become paragraphs; a cue (``Full text:``, ``ci-dessous :``) splits preamble from body."""

from __future__ import annotations

import itertools
from functools import lru_cache

from ..data.structure_words import PREAMBLE_CUES
from ..lines import Line
from ..model import BodyElement, ListBlock, Paragraph
from ..pipeline import Context
from ..text import fold

_TERMINAL = (".", "!", "?", ":", "»", '"', "”", ";")
# A cue belongs to a short framing sentence, not to the statement's own prose.
_MAX_CUE_LENGTH = 300


@lru_cache(maxsize=1)
def _cues() -> tuple[str, ...]:
    return tuple(fold(c) for cues in PREAMBLE_CUES.values() for c in cues)


def _paragraphs(run: list[Line]) -> list[Paragraph]:
    """Split a run of consecutive lines into paragraphs.

    Scraped text puts one paragraph per line more often than it hard-wraps; a
    line that ends a sentence and is followed by an indented line, or is much
    shorter than its neighbours, ends a paragraph.
    """
    out: list[list[Line]] = [[run[0]]]
    widest = max(len(ln.text) for ln in run)
    for prev, line in itertools.pairwise(run):
        ends = prev.text.endswith(_TERMINAL)
        if ends and (line.indent > 0 or len(prev.text) < 0.8 * widest or widest > 100):
            out.append([line])
        else:
            out[-1].append(line)
    return [Paragraph(" ".join(ln.text for ln in group), (group[0].number, group[-1].number)) for group in out]


def is_cue(text: str) -> bool:
    if len(text) > _MAX_CUE_LENGTH:
        return False
    folded = fold(text)
    return any(cue in folded for cue in _cues()) and text.rstrip().endswith((":", "："))


def run(ctx: Context) -> None:
    elements: list[BodyElement] = []
    current: list[Line] = []
    for line in ctx.lines:
        if ctx.is_free(line.number) and not line.blank:
            current.append(line)
            continue
        if current:
            elements.extend(_paragraphs(current))
            current = []
    if current:
        elements.extend(_paragraphs(current))
    for p in elements:
        ctx.claim(p.lines, "paragraph", "unclaimed lines")
    elements.extend(ctx.lists)
    elements.sort(key=lambda e: e.lines)
    cue_at = next(
        (i for i, e in enumerate(elements) if isinstance(e, Paragraph) and is_cue(e.text)),
        None,
    )
    if cue_at is not None and cue_at < len(elements) - 1 and not any(
        isinstance(e, ListBlock) for e in elements[: cue_at + 1]
    ):
        ctx.preamble = [e for e in elements[: cue_at + 1] if isinstance(e, Paragraph)]
        elements = elements[cue_at + 1 :]
    ctx.body = elements
