"""Where a run of names with no heading may end: above a closing date line, at the text's last entry,
above the letter's own date, or above one short sentence that closes the text after the names.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import compress
from operator import itemgetter

from ..data import folded_cues as cue
from ..fold import fold_key
from ..lines import Line
from ..state import Context
from .block import last_entry_line
from .cues import block_cues
from .letter_date import around_letter_date
from .lines import at_least_words, bare_entry

# A call or a note under the names ("Join us! Send us your full name.") is one short sentence.
_MAX_CLOSING_NOTE_WORDS = 16
# A reply heading's first two letters (as the table writes them in each case) open a line: a slice and a
# set lookup, mapped over the lines with no loop of our own. The longest heading: "Antwoord van de redactie".
_FIRST_TWO = itemgetter(slice(None, 2))
_MAX_REPLY_HEADING_CHARS = 40


# The boilerplate pieces the post ends above: its comments, the site's related links.
_POST_ENDS = frozenset(("comments", "related"))


def ends_of_bare_runs(ctx: Context, content: Sequence[Line], inside: Callable[[int], bool]) -> list[int]:
    """Where a run of names with no heading may end: above a closing date line, or closing the text."""
    ends: list[int] = []
    dl = ctx.dateline
    if dl is not None and dl.lines is not None and dl.lines[0] > 1 and not ctx.metadata_lines:
        ends.append(_above_blanks(ctx, dl.lines[0]))
    last = last_entry_line(ctx, content)
    if last is not None:
        ends.append(last)
        note = _above_closing_note(ctx, last)
        if note is not None:
            ends.append(note)
    comments = min((piece.lines[0] for piece in ctx.boilerplate if piece.kind in _POST_ENDS), default=0)
    # "Comité … por la vivienda" / "No hay comentarios:" / "Publicar un comentario": the post ends above its comments,
    # or above the heading of the site's related links ("Read also" / the first link, cut by the scrape)
    if comments > 1 and (n := _above_blanks(ctx, comments)) not in ends:
        ends.append(n)
    # names above the letter's own date, the page's stamp the dateline, or under it, the page going on below them
    letter, under = around_letter_date(ctx)
    if letter is not None and letter not in ends:
        ends.append(letter)
    if under is not None and under not in ends:
        ends.append(under)
    return [end for end in ends if end >= 1 and ctx.is_free(end) and not inside(end)]


def above_reply_headings(ctx: Context, inside: Callable[[int], bool]) -> list[int]:
    """Above the heading of a newspaper's answer to a reader's letter (``Editor's reply``, ``Ответ редакции``),
    the answer's text below it: the line above the heading, when that one reads as a name (the letter's
    last signer).  A heading with nothing but quiet lines below it is asked by ``last_entry_line`` already.
    """
    found: list[int] = []
    headings = block_cues().reply_headings
    content = ctx.free_content()
    # the lines opening as a heading does, picked without a loop of our own: the others are not folded
    opening = map(cue.REPLY_HEADING_STARTS.__contains__, map(_FIRST_TWO, content.texts()))
    for number in compress(content.numbers(), opening):
        text = ctx.text(number)
        if len(text) > _MAX_REPLY_HEADING_CHARS or fold_key(text) not in headings:
            continue
        n = _above_blanks(ctx, number)
        if n >= 1 and ctx.is_free(n) and not inside(n) and bare_entry(ctx.line(n).text, bool(ctx.line(n).marker))[0]:
            found.append(n)
    return found


def _above_blanks(ctx: Context, number: int) -> int:
    """The nearest line above line ``number`` that is not a free blank line (0 when there is none)."""
    n = number - 1
    while n >= 1 and ctx.is_free(n) and ctx.line(n).blank:
        n -= 1
    return n


def _cut_off(text: str) -> bool:
    """The line stops in the middle of a sentence: an article, a preposition or a conjunction closes it."""
    return text.rstrip().rpartition(" ")[2] in block_cues().function_words


def _above_closing_note(ctx: Context, last: int) -> int | None:
    """The line above the text's last line when that one is a short sentence and no entry
    (``Participe! Mande o seu nome.`` under the names): the names end above it."""
    text = ctx.line(last).text
    n = _above_blanks(ctx, last)
    # "Prefeitura anuncia novas linhas de ônibus do": the next headline of the page, cut off by the scrape
    # after a blank line, is no more the names' than a closing sentence is
    if not text.endswith((".", "!", "?")) and not (n < last - 1 and _cut_off(text)):
        return None
    # (the shape asked before the entry: most texts close with a name or a sentence of no note)
    if at_least_words(text, _MAX_CLOSING_NOTE_WORDS + 1) or bare_entry(text, False)[0]:
        return None
    # the line above must read as a name: most texts close with a sentence under another sentence
    return n if n >= 1 and ctx.is_free(n) and bare_entry(ctx.line(n).text, bool(ctx.line(n).marker))[0] else None
