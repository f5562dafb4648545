"""Which script a text is written in, and what of it is no text (links, addresses, tags).

The first question of language detection (``stmtkit.langid``): a script that belongs to one
language decides alone.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING

from ..fold import wide_chars as wide_chars
from ..patterns import lazy

if TYPE_CHECKING:
    import regex

# Not words of the text: links, e-mail addresses, handles, markdown link
# targets, HTML tags.  A page of signatures with ``github.com`` on every line
# otherwise reads as Portuguese (``com``).
# Each alternative starts at a fixed mark or a word start, and is bounded, so that
# a 20,000-character line without spaces is scanned once, not once per character.
_NOT_TEXT_SOURCE = r"https?://\S+|www\.\S+|(?<!\S)[^\s@]++@\S+|@\w+|\]\([^)\n]{0,500}\)|<[^<>\n]{0,300}>"
_NOT_TEXT = lazy(_NOT_TEXT_SOURCE)
# The mark every match of each alternative holds, in their order.
_ALTERNATIVE_MARKS = ("://", "www.", "@", "@", "](", "<")
# detect_language reads this many characters of a text, no more.
SAMPLE_CHARS = 20_000
_SCRIPT_SAMPLE = 4_000


# Every alternative of _NOT_TEXT holds one of these marks: a line with none skips the pattern.
_NOT_TEXT_MARKS = ("://", "www.", "@", "](", "<")


@lru_cache(maxsize=32)  # one for each set of the five marks
def _not_text(marks: frozenset[str]) -> regex.Pattern[str]:
    """``_NOT_TEXT`` with only the alternatives whose mark a text holds: the others match nowhere in it.

    In one pattern with the others, the e-mail address's alternative was tried at every word of a
    marked line (the regex module skips a lone pattern's search where its ``@`` is missing): 40 us
    for a line of 470 characters with a link and no ``@``, against 2 us without it.
    """
    if marks.issuperset(_NOT_TEXT_MARKS):
        return _NOT_TEXT
    alternatives = zip(_ALTERNATIVE_MARKS, _NOT_TEXT_SOURCE.split("|"), strict=True)  # none holds a "|"
    return lazy("|".join(source for mark, source in alternatives if mark in marks))


def strip_non_text(text: str) -> str:
    """``text`` with links, addresses, handles and tags blanked, line by line.

    No alternative of ``_NOT_TEXT`` crosses a line end, so only the lines that
    hold one of its marks go through the pattern: on a 5 KB page with one link,
    that is one line instead of every word start.  Each mark is searched for
    (``str.find``), and the lines holding one are cut out around it.
    """
    marked: dict[int, int] = {}  # first character of a marked line -> its end
    marks: list[str] = []
    for mark in _NOT_TEXT_MARKS:
        # A mark of several characters is looked for only in a text holding its first (a memchr): "]"
        # is in 3 of 40 median samples, where the search for "](" read the others (18,000 instructions a page).
        at = text.find(mark) if len(mark) == 1 or mark[0] in text else -1
        if at >= 0:
            marks.append(mark)
        while at >= 0:
            start = text.rfind("\n", 0, at) + 1
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            marked[start] = end
            at = text.find(mark, end)
    if not marked:
        return text
    # The marked lines go through the pattern together, joined by line ends, which none
    # of its alternatives crosses (one call, not one a line).
    starts = sorted(marked)
    blanked = iter(_not_text(frozenset(marks)).sub(" ", "\n".join([text[start : marked[start]] for start in starts])).split("\n"))
    pieces: list[str] = []
    done = 0
    for start in starts:
        pieces += (text[done:start], next(blanked))
        done = marked[start]
    pieces.append(text[done:])
    return "".join(pieces)


def script_of(char: str) -> str:
    """The script of one letter, from its Unicode name: ``é`` → ``Latin``, ``中`` → ``Han``."""
    name = unicodedata.name(char, "")
    if name.startswith("CJK"):
        return "Han"
    return name.split(" ", 1)[0].capitalize() if name else ""


# Facts about single characters may live in the process: a few thousand letters at most
# are ever met, and they say nothing of any document.
@lru_cache(maxsize=4096)
def _cached_script_of(char: str) -> str:
    return script_of(char)


_NOT_ASCII_LETTERS = bytes(b for b in range(256) if not chr(b).isalpha() or b >= 128)


def _ascii_letters_at_least(text: str, most: int) -> int:
    """How many distinct ASCII letters ``text`` holds, counting no further than ``most``.

    The text is read a piece at a time (an ASCII character is whole in any piece), each piece
    twice the last: most pages show their first letter or three in their first words, and were
    encoded and sifted whole for them, then a thousand characters at a time (some 30,000
    instructions a page in a script beyond Latin-1 for a letter or three)."""
    seen: set[int] = set()
    at, piece = 0, _FIRST_PIECE
    while most > 0 and at < len(text):
        for letter in text[at : at + piece].encode("utf-8", "surrogatepass").translate(None, _NOT_ASCII_LETTERS):
            seen.add(letter)
            if len(seen) >= most:
                return len(seen)
        at, piece = at + piece, piece * 2
    return len(seen)


_FIRST_PIECE = 64  # characters of a text first sifted for ASCII letters


def dominant_script(text: str) -> tuple[str, frozenset[str]] | None:
    """The script of most of the first letters of ``text`` and every script among them; None below 3 letters."""
    sample = text[:SAMPLE_CHARS]
    return wide_dominant_script(sample, wide_chars(sample))


def wide_dominant_script(sample: str, wide: frozenset[str]) -> tuple[str, frozenset[str]] | None:
    """``dominant_script`` of a sample whose characters beyond ASCII are ``wide``."""
    # Most pages are written in one script: then its distinct letters say it all,
    # without counting thousands of letters one by one.
    letters = [c for c in wide if c.isalpha()]
    ascii_letters = _ascii_letters_at_least(sample, max(1, 3 - len(letters)))
    if len(letters) + ascii_letters >= 3:
        only = {_cached_script_of(c) for c in letters}
        if ascii_letters:
            only.add("Latin")
        if len(only) == 1:
            return next(iter(only)), frozenset(only)
        return _dominant_script_by_letters(sample, letters) or _dominant_script_by_counting(sample)
    return _dominant_script_by_counting(sample)


def _dominant_script_by_letters(sample: str, letters: list[str]) -> tuple[str, frozenset[str]] | None:
    """``dominant_script`` of a page in several scripts, counted a distinct letter at a time
    (``letters``: those beyond ASCII; the ASCII ones, all Latin, counted at once in the UTF-8 form).

    None when the count would stop short of the page (more letters than are counted) or two
    scripts tie: then which comes first on the page decides, and the letters are read in order.
    """
    scripts: Counter[str] = Counter()
    ascii_letters = len(sample.encode("utf-8", "surrogatepass").translate(None, _NOT_ASCII_LETTERS))
    if ascii_letters:
        scripts["Latin"] = ascii_letters
    for letter in letters:
        scripts[_cached_script_of(letter)] += sample.count(letter)
    ranked = scripts.most_common(2)
    if scripts.total() > _SCRIPT_SAMPLE or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0], frozenset(scripts)


def _dominant_script_by_counting(sample: str) -> tuple[str, frozenset[str]] | None:
    """``dominant_script`` letter by letter, for pages in several scripts."""
    counted = list(islice(filter(str.isalpha, sample[:SAMPLE_CHARS]), _SCRIPT_SAMPLE))
    if len(counted) < 3:
        return None
    # Count each letter once, then name its script once: a page has a few dozen
    # distinct letters and thousands of letters.  Scripts keep the order of their
    # first letter, so ties in most_common fall as they did letter by letter.
    scripts: Counter[str] = Counter()
    for char, n in Counter(counted).items():
        scripts[_cached_script_of(char)] += n
    return scripts.most_common(1)[0][0], frozenset(scripts)
