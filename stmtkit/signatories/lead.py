"""Signers named before the text: a line of names right under the headline.

``Title`` / ``Anna Berg, Tom Lind, Eva Holm, Ole Dahl, Kari Nes`` / the text: a page
that lists who signed above the letter or the article that reports it.  A byline
names one to three authors; a line of five full names or more and nothing else,
the first line of the content, is the signers.
"""

from __future__ import annotations

from ..lines import Line
from ..state import Context
from .inline import inline_names, is_full_name
from .lines import at_least_words

# A byline names a few authors: signers named before the text are more.
MIN_LEAD_NAMES = 5
# Only the first content lines may hold them: under the headline, above the text.
_MAX_LEAD_POSITION = 2
_MAX_KICKER_WORDS = 7


def lead_names_line(ctx: Context) -> Line | None:
    """The content line of five full names or more, nothing else on it, opening the content
    (a line of a few words before it at most: a rubric, a kicker), with text below it."""
    content = ctx.free_content()
    for position, line in enumerate(content):
        if position >= _MAX_LEAD_POSITION or position + 1 >= len(content):
            return None
        text = line.text
        if text.count(",") + text.count(";") + 1 < MIN_LEAD_NAMES:
            if at_least_words(text, _MAX_KICKER_WORDS + 1):
                return None  # the text opens here: names below it are no lead
            continue
        names = inline_names(text, two_names=True)
        if len(names) >= MIN_LEAD_NAMES and all(map(is_full_name, names)):
            return line
    return None
