"""Short lines set over a page's headline that are the page's furniture, not its headline: a site's banner over a
section's name (``Notice`` / ``Press releases`` / the headline), a kicker naming the story's subject over it
(``Pension reform`` / ``300 unionists back the rolling strike``).
"""

from __future__ import annotations

from .chrome import is_section_label
from .fold import fold_words
from .headline import word_count
from .title_page import TitlePage

# A site's name, a rubric or a kicker is this many words at most; a section's name this many characters.
MASTHEAD_WORDS = 4
_RUBRIC_CHARS = 60
# A label closing the line's first characters ("原標題：", "Update:") makes the line below a labelled field, no headline.
_LABEL_CHARS = 6


def above_rubric(page: TitlePage, at: int) -> bool:
    """A section's name right below and a headline-shaped line under it ("Notice" / "Press releases" / "Headline"):
    the article starts at the rubric, and what stands above it is the site's."""
    if at + 2 >= len(page.content):
        return False
    rubric = page.content[at + 1].text
    return len(rubric) < _RUBRIC_CHARS and is_section_label(rubric, fold_words(rubric)) and page.kind(at + 2) == "longer"


def kicker(page: TitlePage, at: int, title: str, first_headline: int) -> bool:
    """``content[at]``, a line of a few words, stands right over the page's first line shaped as a headline of more
    words (``Bibliothèque du port`` / ``Deux cents lecteurs défendent l'ouverture …``): a kicker naming the subject, unless
    the line below opens with its words again (a headline printed twice, the second time longer) or with a label."""
    if first_headline != at + 1 or at + 1 >= len(page.content) or word_count(title, page.ctx.language) > MASTHEAD_WORDS:
        return False
    below = page.folded_copy(page.content[at + 1])
    return ":" not in below[:_LABEL_CHARS] and "：" not in below[:_LABEL_CHARS] \
        and below.split()[:2] != page.folded_copy(page.content[at]).split()[:2]
