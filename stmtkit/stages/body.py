"""Unclaimed lines become paragraphs; a cue (``Full text:``, ``ci-dessous :``) splits preamble from body.

Runs last: every line no other stage claimed ends up in a paragraph, so
nothing is lost.  Before that, long lines repeating earlier ones are kept as
boilerplate ``repeated``; after it, a paragraph ending in ``:`` right above a
list becomes that list's ``intro``.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterable

from ..data import folded_structure
from ..fold import fold_key, fold_words
from ..lines import Lines
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


def _paragraphs(content: Lines, first: int, end: int) -> list[Paragraph]:
    """Split a run of consecutive lines (``content[first:end]``) into paragraphs.

    Scraped text puts one paragraph per line more often than it hard-wraps; a
    line that ends a sentence and is followed by an indented line, or is much
    shorter than its neighbours, ends a paragraph.
    """
    if end - first == 1:  # most runs on scraped pages: one paragraph a line (read with no view of it, nor its Line)
        number = content.number_at(first)
        return [Paragraph(content.text_of(number), (number, number))]
    run = content[first:end]
    starts = [0]  # where each paragraph starts in the run
    widest = max(map(len, run.texts()))
    # texts, not Lines: a run of 4,000,000 lines made each of them; a line's indent is asked of its raw text
    for at, (prev, text) in enumerate(itertools.pairwise(run.texts()), start=1):
        ends = prev.endswith(_TERMINAL)
        # A short line without a sentence end above a capitalised one is a heading ("Введение к письму").
        heading = len(prev) < _MAX_HEADING and len(prev) < 0.6 * widest and text[:1].isupper()
        if heading or (ends and (_indented(run.raw_at(at)) or len(prev) < 0.8 * widest or widest > 100)):
            starts.append(at)
    out = []
    for first, end in itertools.pairwise([*starts, len(run)]):
        group = run[first:end]
        out.append(Paragraph(_joined(group.texts()), (group.number_at(0), group.number_at(-1))))
    return out


def _indented(raw: str) -> bool:
    """``Line.indent > 0``."""
    return raw[:1].isspace()


def _joined(texts: Iterable[str]) -> str:
    """``" ".join(texts)``, a few thousand at a time: a paragraph of four million lines made a list
    of four million strings (250 MB) before joining them."""
    pieces, rest = [], iter(texts)
    while batch := list(itertools.islice(rest, 4096)):
        pieces.append(" ".join(batch))
    return " ".join(pieces)


def is_cue_heading(text: str) -> bool:
    """A short line that is a cue and nothing else: ``Текст письма``, ``Full text``."""
    # maxsplit: the words past the seventh need not be split off to know there are too many.
    return len(text.split(maxsplit=_MAX_CUE_HEADING_WORDS)) <= _MAX_CUE_HEADING_WORDS and fold_key(text) in folded_structure.PREAMBLE_HEADINGS


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
    if not colon and not any(p in folded for p in folded_structure.CUE_POINTERS):
        return False
    return any(cue in folded for cue in folded_structure.PREAMBLE_CUES)


def _free_runs(content: Lines) -> list[tuple[int, int]]:
    """The runs of consecutive lines of ``content`` (the unclaimed lines holding text), each from where it
    starts in ``content`` to where the next starts."""
    runs, first, previous, at = [], 0, -1, 0
    for at, number in enumerate(content.numbers()):
        if at and number != previous + 1:
            runs.append((first, at))
            first = at
        previous = number
    if previous >= 0:  # content holds a line
        runs.append((first, at + 1))
    return runs


def _with_intros(ctx: Context, elements: list[BodyElement]) -> list[BodyElement]:
    """A paragraph ending in ``:`` right above a list (blank lines between at most) is its intro."""
    out: list[BodyElement] = []
    for prev, element in zip([None, *elements], elements, strict=False):
        if (
            isinstance(element, ListBlock)
            and isinstance(prev, Paragraph)
            and prev.text.rstrip().endswith((":", "："))
            and not ctx.lines[prev.lines[1] : element.lines[0] - 1].any_text()
        ):
            element = dataclasses.replace(element, intro=prev.text)
        out.append(element)
    return out


def _cue_index(elements: list[BodyElement]) -> int | None:
    window = max(_MIN_CUE_WINDOW, int(len(elements) * _CUE_WITHIN))
    for i, element in enumerate(elements):
        if isinstance(element, ListBlock):
            return None  # the statement has begun: its lists are not framing
        # A sentence with a cue counts near the top; a line that is only a cue anywhere (near the top
        # ``is_cue`` has asked that of a text short enough to be a cue: not asked twice).
        text = element.text
        if is_cue(text) if i < window and len(text) <= _MAX_CUE_LENGTH else is_cue_heading(text):
            following = elements[i + 1] if i + 1 < len(elements) else None
            # "Full text:" right above a list introduces the list, and nothing after it is no split.
            if following is None or isinstance(following, ListBlock):
                return None
            return i
    return None


def run(ctx: Context) -> None:
    content = ctx.free_content()
    paragraphs = [p for first, end in _free_runs(content) for p in _paragraphs(content, first, end)]
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
