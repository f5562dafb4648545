"""A site's list of other pages' headlines, each beside its date line, with no heading over it (the boilerplate
stage's question): ``Headline…`` / ``Mar 12, 2024 Views: 812 Opinion`` / ``Another headline…`` / ``Mar 10, 2024 …``.

A sidebar of the latest posts set out so above an article gives the title stage a column of headline-shaped lines
and the dateline stage a run of stamps, none of them the article's.  Three pairs or more of a short line and a date
line, one after the other, are that list.  The date lines open with their date ("Mar 12, 2024 Views: …"): a teaser
that speaks of a date ("What changed in the town after 3 May 1990?") is no date line.
"""

from __future__ import annotations

from itertools import islice

from .dates.stamp_line import states_a_date
from .fold import fold_words
from .patterns import holds_digit
from .state import Context

# The list stands near the top: its pairs are looked for among the first content lines.
_WITHIN = 48
# ... and it starts among the first lines: three of its date lines stand among these.
_STARTS_WITHIN = 12
# A date line is short and its first figure comes early ("Mar 12, 2024 …", "12.03.2024 | …").
_DATE_LINE_MAX, _FIGURE_WITHIN = 60, 10
# A teaser is a headline's length.
_TEASER_MAX = 160
# The list has this many pairs at least.
_MIN_PAIRS = 3


def dated_teasers(ctx: Context) -> tuple[int, int] | None:
    """The first and last line of a headless list of dated teasers near the top of the page, if there is one."""
    content = ctx.free_content()
    # the shapes first, "d" a date line's: most pages have no three short lines opening with a figure among their
    # first lines, where the list starts, and are told so on them (asked of every page: the shapes of 48 lines
    # were 0.25 % of a web page's parse, of 12 a tenth of that)
    texts = list(islice(content.texts(), _STARTS_WITHIN))
    shapes = list(map(_shape, texts))
    if shapes.count("d") < _MIN_PAIRS:
        return None
    rest = list(islice(content.texts(), _STARTS_WITHIN, _WITHIN))  # (the first lines' shapes are not asked again)
    texts += rest
    shapes += map(_shape, rest)
    return _run_of_pairs(ctx, texts, "".join(shapes), list(islice(content.numbers(), _WITHIN)))


def _shape(text: str) -> str:
    """"d" shaped as a date line, "t" as a teaser, "x" longer."""
    if len(text) > _DATE_LINE_MAX:
        return "t" if len(text) <= _TEASER_MAX else "x"
    return "d" if holds_digit(text[:_FIGURE_WITHIN]) else "t"


def _run_of_pairs(ctx: Context, texts: list[str], shapes: str, numbers: list[int]) -> tuple[int, int] | None:
    """The longest run of teaser and date line pairs among ``texts`` (``shapes`` their shapes), as line numbers."""
    best: tuple[int, int] | None = None
    for first in ("td", "dt"):  # teaser first wins a tie: its reading leaves a headline under the list alone
        start, size = _longest_alternation(shapes, first)
        if size >= 2 * _MIN_PAIRS and (best is None or size > best[1] - best[0] + 1):
            best = (start, start + size - 1)
    if best is None:
        return None
    # a page may open with its own headline and date, then other pages': the list starts after the page's own
    own = _own_teaser(ctx, texts, shapes, best)
    if own is not None:
        start = own + 2 if shapes[own + 1 : own + 2] == "d" else own + 1
        if best[1] - start + 1 < 2 * _MIN_PAIRS:
            return None
        best = (start, best[1])
    # the date lines confirmed by reading them (only now: a stamp read costs)
    if not all(states_a_date(texts[at]) for at in range(best[0], best[1] + 1) if shapes[at] == "d"):
        return None
    return numbers[best[0]], numbers[best[1]]


def _own_teaser(ctx: Context, texts: list[str], shapes: str, span: tuple[int, int]) -> int | None:
    """The last line of ``span`` reading as the page's own title (its ``og:title`` or ``<title>``, a site's name
    after it aside), if any."""
    page = ctx.page
    stated = [fold_words(t) for t in ((page.og_title, page.title) if page is not None else ()) if t]
    if not stated:
        return None
    own = None
    for at in range(span[0], span[1] + 1):
        if shapes[at] == "t" and len(folded := fold_words(texts[at])) >= _OWN_MIN \
                and any(t.startswith(folded) or folded.startswith(t) for t in stated):
            own = at
    return own


# A title this long at least is told apart from a teaser by its words.
_OWN_MIN = 20


def _longest_alternation(shapes: str, pair: str) -> tuple[int, int]:
    """Where the longest run of ``pair`` repeated starts in ``shapes``, and its length (whole pairs only)."""
    best_start, best_size = 0, 0
    at = 0
    while at < len(shapes) - 1:
        if shapes[at : at + 2] != pair:
            at += 1
            continue
        start = at
        while shapes[at : at + 2] == pair:
            at += 2
        if at - start > best_size:
            best_start, best_size = start, at - start
    return best_start, best_size


def free_spans(ctx: Context, span: tuple[int, int]) -> list[tuple[int, int]]:
    """``span`` cut around the lines in it that are taken already: the spans of free lines left."""
    spans: list[tuple[int, int]] = []
    start = None
    for number in range(span[0], span[1] + 1):
        if ctx.is_free(number):
            start = number if start is None else start
        elif start is not None:
            spans.append((start, number - 1))
            start = None
    if start is not None:
        spans.append((start, span[1]))
    trimmed = []
    for first, last in spans:  # blank lines at a piece's ends are no part of it
        while first <= last and not ctx.text(first).strip():
            first += 1
        while last >= first and not ctx.text(last).strip():
            last -= 1
        if first <= last:
            trimmed.append((first, last))
    return trimmed
