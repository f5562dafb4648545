"""The list of other pages under a "Related articles" heading low on a page, and the readers' comments under a
"3 comments" heading (the boilerplate stage's questions).

A site closes an article with a heading ("Related articles", "Читайте также", "Lire aussi") over a list of
other pages: their headlines, often each with its date.  The heading alone is chrome by its words; the list
under it is chrome too, or its last headline reads as a signer over a closing date, and its dates as stamps.
So is a thread of comments (a reader's name, the date, the comment) under its heading: its names read as signers.
"""

from __future__ import annotations

from .dates.stamp_line import states_a_date
from .headline import width
from .lines import Line
from .patterns import holds_digit
from .state import Context

# A teaser is a headline's length; a longer line is text again (or a comment's), and the list ends there.
_TEASER_MAX = 160
# How many lines such a list holds at most (a page's footer of headlines): beyond, the rest is left alone.
_LIST_MAX = 60


def related_list_end(ctx: Context, heading: Line) -> int:
    """The last line of the list under ``heading`` (its own number when no list follows): the short lines
    under it, across blank lines, up to the first long line or a line another piece of boilerplate took."""
    lines, end, taken = ctx.lines, heading.number, 0
    for below in lines[heading.number : heading.number + 2 * _LIST_MAX]:
        if below.blank:
            continue
        if width(below.text, ctx.language) > _TEASER_MAX or not ctx.is_free(below.number) or below.text.rstrip().endswith(":"):
            break
        end, taken = below.number, taken + 1
        if taken >= _LIST_MAX:
            break
    return end


def comment_thread_end(ctx: Context, heading: Line) -> int:
    """The last line of a thread of comments under ``heading`` (its own number when none follows): a date among
    the first lines under it says the thread, which runs to the page's end or to a line other boilerplate took."""
    lines, end, dated = ctx.lines, heading.number, False
    for seen, below in enumerate(line for line in lines[heading.number :] if not line.blank):
        if not ctx.is_free(below.number):
            break
        if seen < _DATE_WITHIN and not dated and holds_digit(below.text) and len(below.text) <= _TEASER_MAX:
            dated = states_a_date(below.text)
        elif seen >= _DATE_WITHIN and not dated:
            break  # no date under the heading: no thread of comments
        end = below.number
    return end if dated else heading.number


# A comment's date stands within its first lines: the reader's name, then the date.
_DATE_WITHIN = 3


def low_headings(ctx: Context, kind: str) -> list[Line]:
    """The lines a heading of ``kind`` ("related", "comments") took alone below the text (a line of a paragraph above it)."""
    headings = [piece.lines[0] for piece in ctx.boilerplate
                if piece.kind == kind and piece.lines[0] == piece.lines[1] and len(piece.text) <= _HEADING_MAX]
    if not headings:
        return []  # most pages: no lines looked at
    content = ctx.free_content()
    first_text = next((n for n, text in zip(content.numbers(), content.texts(), strict=True)
                       if width(text, ctx.language) > _TEXT_LINE), None)
    return [ctx.line(number) for number in headings if first_text is not None and number > first_text]


# A line of the text above: longer than a headline is written.
_TEXT_LINE = 50
# A heading's length ("Related articles", "Похожие статьи"); "Read more: <a headline>" is a link of its own.
_HEADING_MAX = 40
