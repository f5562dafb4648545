"""The letter's own date line under its signers, when the dateline stage chose another date.

``… the letter's last sentence.`` / ``Anar - Chair of the Writers' Union`` / … /
``11 September 2017`` / site chrome: the page's stamp at the top is the dateline, and
the letter's closing date, followed by related articles, is left as a paragraph.  The
names above it are a run that ends there, as they would above the dateline.
"""

from __future__ import annotations

from ..dates.read import read_stamp
from ..patterns import lazy
from ..state import Context
from .block import languages_of
from .lines import at_least_words
from .text_around import text_line

# A letter's date names its year: the reader is asked only of lines holding one.
_YEAR = lazy(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
# A letter's closing date line ("Paris, le 27 mai 2024", "11 sentyabr 2017-ci il") is a few words.
_MAX_DATE_WORDS = 6
_MAX_DATE_CHARS = 60


def above_letter_date(ctx: Context) -> int | None:
    """The last non-blank free line above the first short date line that follows the text (a
    paragraph of eight words or more above it), when that line is not the dateline's; None else."""
    languages = languages_of(ctx)
    seen_text = False
    above: int | None = None
    for number, text in ctx.free_content().items():
        if len(text) > _MAX_DATE_CHARS:
            seen_text = True  # a line this long holds eight words or more: the text
        elif not seen_text:
            seen_text = text_line(text)
        # a year opens with a 1 or a 2: a line of names holds neither, and skips the pattern
        elif ("1" in text or "2" in text) and _YEAR.search(text) and not at_least_words(text, _MAX_DATE_WORDS + 1) \
                and _dated(text, languages):
            return above
        above = number
    return None


def _dated(text: str, languages: tuple[str, ...] | None) -> bool:
    """A date covers most of the line: ``11 sentyabr 2017-ci il`` (a year's suffix and word after it),
    ``Paris, 27 May 2024``."""
    try:
        stamp = read_stamp(text, languages=languages or ())
    except Exception:  # a stage never raises on odd text
        return False
    if stamp is None or stamp.dateline.datetime is None or stamp.relative:
        return False
    return (stamp.end - stamp.start) * 10 >= len(text.strip()) * _DATE_SHARE_TENTHS


# The date's share of the line, in tenths.
_DATE_SHARE_TENTHS = 6
