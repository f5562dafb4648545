"""Unclaimed lines become paragraphs; a cue (``Full text:``, ``ci-dessous :``) splits preamble from body.

Runs last: every line no other stage claimed ends up in a paragraph, so
nothing is lost.  Before that, long lines repeating earlier ones are kept as
boilerplate ``repeated``; after it, a paragraph ending in ``:`` right above a
list becomes that list's ``intro``.
"""

from __future__ import annotations

import dataclasses
import itertools
from functools import lru_cache

from ..data.structure_words import CUE_POINTERS, PREAMBLE_CUES
from ..fold import fold_key, fold_words
from ..lines import Line
from ..model import BodyElement, ListBlock, Paragraph
from ..state import Context

_TERMINAL = (".", "!", "?", ":", "»", '"', "”", ";")
# A cue belongs to a short framing sentence, not to the statement's own prose.
_MAX_CUE_LENGTH = 300
# A cue line without a colon ("Текст письма") is a short heading.
_MAX_CUE_HEADING_WORDS = 6
# The framing comes first: a cue further down than this share of the elements is prose.
_CUE_WITHIN = 0.6
_MIN_CUE_WINDOW = 6
_MAX_HEADING = 60


@lru_cache(maxsize=1)
def _cues() -> tuple[str, ...]:
    return tuple(fold_words(c) for cues in PREAMBLE_CUES.values() for c in cues)


@lru_cache(maxsize=1)
def _pointers() -> tuple[str, ...]:
    return tuple(fold_words(p) for words in CUE_POINTERS.values() for p in words)


@lru_cache(maxsize=1)
def _cue_headings() -> frozenset[str]:
    return frozenset(fold_key(c) for cues in PREAMBLE_CUES.values() for c in cues)


def _paragraphs(run: list[Line]) -> list[Paragraph]:
    """Split a run of consecutive lines into paragraphs.

    Scraped text puts one paragraph per line more often than it hard-wraps; a
    line that ends a sentence and is followed by an indented line, or is much
    shorter than its neighbours, ends a paragraph.
    """
    if len(run) == 1:  # most runs on scraped pages: one paragraph a line
        return [Paragraph(run[0].text, (run[0].number, run[0].number))]
    out: list[list[Line]] = [[run[0]]]
    widest = max(len(ln.text) for ln in run)
    for prev, line in itertools.pairwise(run):
        ends = prev.text.endswith(_TERMINAL)
        # A short line without a sentence end above a capitalised one is a heading ("Введение к письму").
        heading = len(prev.text) < _MAX_HEADING and len(prev.text) < 0.6 * widest and line.text[:1].isupper()
        if heading or (ends and (line.indent > 0 or len(prev.text) < 0.8 * widest or widest > 100)):
            out.append([line])
        else:
            out[-1].append(line)
    return [Paragraph(" ".join(ln.text for ln in group), (group[0].number, group[-1].number)) for group in out]


def is_cue_heading(text: str) -> bool:
    """A short line that is a cue and nothing else: ``Текст письма``, ``Full text``."""
    # maxsplit: the words past the seventh need not be split off to know there are too many.
    return len(text.split(maxsplit=_MAX_CUE_HEADING_WORDS)) <= _MAX_CUE_HEADING_WORDS and fold_key(text) in _cue_headings()


def is_cue(text: str) -> bool:
    """A sentence announcing the statement: ``APA presents the statement below:``, ``Full text:``, ``Текст письма``.

    >>> is_cue("L'APA présente la même déclaration ci-dessous :"), is_cue("We demand the following:")
    (True, False)
    >>> is_cue("The full text of the statement is below."), is_cue("The full text was never published.")
    (True, False)
    """
    if len(text) > _MAX_CUE_LENGTH:
        return False
    if is_cue_heading(text):
        return True
    # "Full text:" — or a sentence pointing down: "The full text of the statement is below."
    # The ending and the 30 pointers are tested before the 108 cues (10 µs on a 200-character
    # line): most sentences end in "." and point nowhere.
    end = text.rstrip()
    colon = end.endswith((":", "："))
    if not colon and not end.endswith("."):
        return False
    folded = fold_words(text)
    if not colon and not any(p in folded for p in _pointers()):
        return False
    return any(cue in folded for cue in _cues())


def _free_runs(ctx: Context) -> list[list[Line]]:
    runs: list[list[Line]] = [[]]
    for line, owner in zip(ctx.lines, ctx.owner, strict=True):
        if owner is None and line.text:
            runs[-1].append(line)
        elif runs[-1]:
            runs.append([])
    return [r for r in runs if r]


def _with_intros(ctx: Context, elements: list[BodyElement]) -> list[BodyElement]:
    """A paragraph ending in ``:`` right above a list (blank lines between at most) is its intro."""
    out: list[BodyElement] = []
    for prev, element in zip([None, *elements], elements, strict=False):
        if (
            isinstance(element, ListBlock)
            and isinstance(prev, Paragraph)
            and prev.text.rstrip().endswith((":", "："))
            and all(ctx.line(n).blank for n in range(prev.lines[1] + 1, element.lines[0]))
        ):
            element = dataclasses.replace(element, intro=prev.text)
        out.append(element)
    return out


def _cue_index(elements: list[BodyElement]) -> int | None:
    window = max(_MIN_CUE_WINDOW, int(len(elements) * _CUE_WITHIN))
    for i, element in enumerate(elements):
        if isinstance(element, ListBlock):
            return None  # the statement has begun: its lists are not framing
        # A sentence with a cue counts near the top; a line that is only a cue anywhere.
        if (i < window and is_cue(element.text)) or is_cue_heading(element.text):
            following = elements[i + 1] if i + 1 < len(elements) else None
            # "Full text:" right above a list introduces the list, and nothing after it is no split.
            if following is None or isinstance(following, ListBlock):
                return None
            return i
    return None


def run(ctx: Context) -> None:
    paragraphs = [p for r in _free_runs(ctx) for p in _paragraphs(r)]
    for p in paragraphs:
        ctx.claim(p.lines, "paragraph", "unclaimed lines")
    elements: list[BodyElement] = [*paragraphs, *ctx.lists]
    elements.sort(key=lambda e: e.lines)
    elements = _with_intros(ctx, elements)
    ctx.lists = [e for e in elements if isinstance(e, ListBlock)]
    cue_at = _cue_index(elements)
    if cue_at is not None:
        ctx.preamble = [e for e in elements[: cue_at + 1] if isinstance(e, Paragraph)]
        cue = ctx.preamble[-1]
        ctx.explain.append(("preamble", cue.lines, f"cue {cue.text[:60]!r} ends the framing"))
        elements = elements[cue_at + 1 :]
    ctx.body = elements
