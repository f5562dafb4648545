"""Where the text the names sign stands: a line of it above a run of names, little of it after a block.

A block of signers follows the text it signs (names under the headline are a byline) and closes
it (a heading in the middle of an article names who signed another letter).  Both questions walk
the free lines that hold text, which the parse state keeps.
"""

from __future__ import annotations

from functools import partial

from ..state import Context
from .lines import at_least_words

# A line this long above a bare run is the text the names sign.
MIN_TEXT_WORDS = 8

# A line of the text the names sign (a sentence at least), not an entry.
text_line = partial(at_least_words, n=MIN_TEXT_WORDS)


def text_above(ctx: Context, number: int) -> bool:
    """A ``text_line`` among the free lines above line ``number``.

    Asked of the free lines holding text, not of every free line: a page's menus above its letter
    are many short lines and blank ones, walked again for each candidate.
    """
    content = ctx.free_content()
    return any(map(text_line, content[: content.first_after(number - 1)].texts()))


def closes_the_text(ctx: Context, last: int) -> bool:
    """Little text after line ``last``: at most one paragraph ("The full list is on our website.").

    A weak heading opens the signatures only at the end of the statement; in the middle of an
    article, "Письмо подписали:" with names below tells who signed another letter, and the
    article goes on.
    """
    # at most one: the walk stops at the second paragraph, not at the end of a long article
    content = ctx.free_content()
    paragraphs = filter(text_line, content[content.first_after(last) :].texts())
    return next(paragraphs, None) is None or next(paragraphs, None) is None
