"""The list of other pages under a "Related articles" heading low on a page, and the readers' comments under a
"3 comments" heading (the boilerplate stage's questions).

A site closes an article with a heading ("Related articles", "Читайте также", "Lire aussi") over a list of
other pages: their headlines, often each with its date.  The heading alone is chrome by its words; the list
under it is chrome too, or its last headline reads as a signer over a closing date, and its dates as stamps.
So is a thread of comments (a reader's name, the date, the comment) under its heading: its names read as signers.
"""

from __future__ import annotations

from .chrome import is_section_label
from .dates.stamp_line import states_a_date
from .fold import fold_words
from .headline import is_byline, is_chrome, width
from .lines import Line
from .patterns import holds_digit
from .state import Context

# A teaser is a headline's length; a longer line is text again (or a comment's), and the list ends there.
_TEASER_MAX = 160
# How many lines such a list holds at most (a page's footer of headlines): beyond, the rest is left alone.
_LIST_MAX = 60


def claim_lists_under_headings(ctx: Context) -> None:
    """The lists a heading the boilerplate stage took stands over: other pages' headlines, below the text or
    above it, and readers' comments below it."""
    related, comments, tags = _lone_headings(ctx, "related"), _lone_headings(ctx, "comments"), _lone_headings(ctx, "tags")
    if not related and not comments and not tags:
        return  # most pages: no lines looked at
    for heading in tags:  # "Tags" / "- library" / "- council": the tags one a line, a word or three each
        if (span := _tag_list(ctx, heading)) is not None:
            ctx.add_boilerplate("tags", span, "the tags under a tags heading")
    first_text = _first_text_line(ctx)
    for heading in related:
        if first_text is not None and heading.number > first_text:  # "Related articles" low on the page
            end, why = related_list_end(ctx, heading), "the list under a related-articles heading"
        else:  # "Most read" over other pages' headlines, above the article's own
            end, why = top_list_end(ctx, heading), "the list under a related-articles heading above the text"
        if end > heading.number:
            ctx.add_boilerplate("related", (heading.number + 1, end), why)
    for heading in comments:  # "3 comments" over the readers' names, dates and words
        if first_text is not None and heading.number > first_text and (end := comment_thread_end(ctx, heading)) > heading.number:
            ctx.add_boilerplate("comments", (heading.number + 1, end), "the thread under a comments heading")


def related_list_end(ctx: Context, heading: Line) -> int:
    """The last line of the list under ``heading`` (its own number when no list follows): the short lines
    under it, across blank lines, up to the first long line or a line another piece of boilerplate took."""
    lines, end, taken = ctx.lines, heading.number, 0
    for below in lines[heading.number : heading.number + 2 * _LIST_MAX]:
        if below.blank:
            continue
        if width(below.text, ctx.language) > _TEASER_MAX or not ctx.is_free(below.number) or _label_over_other(below.text):
            break
        end, taken = below.number, taken + 1
        if taken >= _LIST_MAX:
            break
    return end


def _tag_list(ctx: Context, heading: Line) -> tuple[int, int] | None:
    """The first and last of the short lines right under a tags heading (one blank line may stand before or
    between them), or None when none stands there."""
    first, end, blanks = 0, 0, 0
    for below in ctx.lines[heading.number : heading.number + _LIST_MAX]:
        if below.blank:
            blanks += 1
            if blanks > 1:
                break
            continue
        if len(below.text.split()) > _TAG_WORDS or not ctx.is_free(below.number) or below.text.endswith((".", ":")):
            break
        first, end, blanks = first or below.number, below.number, 0
    return (first, end) if first else None


_TAG_WORDS = 3  # a tag is a word or a name of a few


def _label_over_other(text: str) -> bool:
    """A short lead-in ending in a colon ("Contact:", "Tags:") opens something else; a headline of the list may
    end in one ("Seven things to know before you vote:")."""
    return text.rstrip().endswith(":") and len(text.split()) < _HEADLINE_WORDS


# A headline of the list has at least this many words; a label fewer.
_HEADLINE_WORDS = 4


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


def _lone_headings(ctx: Context, kind: str) -> list[Line]:
    """The lines a heading of ``kind`` ("related", "comments") took alone."""
    return [ctx.line(piece.lines[0]) for piece in ctx.boilerplate
            if piece.kind == kind and piece.lines[0] == piece.lines[1] and len(piece.text) <= _HEADING_MAX]


def top_list_end(ctx: Context, heading: Line) -> int:
    """The last line of a list of other pages under ``heading`` above the text ("Most read" / three headlines
    / a blank line / the article), or the heading's own number when fewer than two lines stand under it.

    Above the text the list ends at its first blank line: the article's own headline comes after it, and
    a list running on across blank lines, as one low on the page does, would take it.  Under a heading that
    also names a section ("Latest news"), a dated list with a paragraph right after it was the article's own
    headline and stamp."""
    lines, end, taken, dated = ctx.lines, heading.number, 0, False
    for below in lines[heading.number : heading.number + _LIST_MAX]:
        if below.blank:
            if taken:
                break
            continue  # a blank line between the heading and its first entry
        if width(below.text, ctx.language) > _TEASER_MAX or not ctx.is_free(below.number) or below.text.rstrip().endswith(":") \
                or is_byline(below.text):
            # text, another piece or a byline under the heading: the article's own header (a menu's last entry
            # over the headline), no list of pages
            return heading.number
        end, taken = below.number, taken + 1
        dated = dated or (holds_digit(below.text) and states_a_date(below.text))
    if taken < _TOP_LIST_LEAST:
        return heading.number
    if not dated or not is_section_label(heading.text, fold_words(heading.text)):
        return end  # undated headlines, or a heading no section is named ("Upcoming events"): a list
    # "Latest news" / headline / stamp / the story: under a section's name, a dated entry right over a
    # paragraph says the heading was the section's over the article itself
    after = next((line for line in lines[end : end + _LIST_MAX] if not line.blank), None)
    return end if after is not None and width(after.text, ctx.language) <= _TEASER_MAX else heading.number


# Two entries make a list; one line under a "Latest news" heading is the section's article.
_TOP_LIST_LEAST = 2


def _first_text_line(ctx: Context) -> int | None:
    """The number of the page's first line of text: longer than a headline, and no banner's call
    ("Support local journalism. Donate now" is as long, and stands above all)."""
    content = ctx.free_content()
    return next((n for n, text in zip(content.numbers(), content.texts(), strict=True)
                 if width(text, ctx.language) > _TEXT_LINE and not is_chrome(text, fold_words(text))), None)


# A line of the text above: longer than a headline is written.
_TEXT_LINE = 50
# A heading's length ("Related articles", "Похожие статьи"); "Read more: <a headline>" is a link of its own.
_HEADING_MAX = 40
