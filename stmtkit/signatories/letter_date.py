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


def around_letter_date(ctx: Context) -> tuple[int | None, int | None]:
    """Where a run of signers may end beside the letter's own date line, the first short date line that follows
    the text (a paragraph of eight words or more above it) when that line is not the dateline's: the last non-blank
    free line above it, and the last line of the paragraph right under it ("Ribera, 12 de abril de 2024" /
    "• Name, Rector …" / …, the page's chrome after a blank line); None for each that is not there."""
    found = _letter_date(ctx)  # (one walk over the text for both)
    if found is None:
        return None, None
    return found[0], _paragraph_under(ctx, found[1])


def _paragraph_under(ctx: Context, number: int) -> int | None:
    content = ctx.free_content()
    at = content.first_after(number)
    if at >= len(content):
        return None
    first = end = content.number_at(at)
    while at + 1 < len(content) and content.number_at(at + 1) == end + 1:
        at, end = at + 1, end + 1
    # (a list of signers: a lone line under the date is a sign-off, asked by sign_off)
    return end if end - first + 1 >= _MIN_RUN_LINES else None


_MIN_RUN_LINES = 3


def _letter_date(ctx: Context) -> tuple[int | None, int] | None:
    """(the line above, the line) of the first short date line that follows the text."""
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
            return above, number
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
