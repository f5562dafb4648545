"""The headline, and its truncated or repeated copies (boilerplate ``title-repeat``).

The headline is the first content line when it is shaped like one: not a
sentence of body text (too long, or ending in a full stop — save ALL-CAPS
wire headlines), not the first line of a paragraph, not the first item of a
list, not a date stamp (a stamp above the headline is skipped).  Front
matter (``title:``) gives it first; the body then often repeats
it as a ``# Heading``, which is a copy like any other.  Copies below it are
kept as ``title-repeat``: the same text, a truncated prefix
(``… ciblés par l``), the title with `` | Site``, or the title glued to the
dateline (``…une déclaration27 mai 2024 17:59``).
"""

from __future__ import annotations

from itertools import islice

import regex

from ..dates.stamp_line import stamp_on_line
from ..labels import read_labels
from ..lines import Line
from ..model import Title
from ..state import Context
from ..text import fold, strip_markup

_MAX_TITLE = 250
# A headline longer than this that runs on into the next line is a paragraph.
_MAX_RUN_ON = 120
_SITE_SUFFIX = regex.compile(r"\s+[|｜]\s+[^|｜]{1,60}$")
# How far below the title a repeat is looked for (content lines).
_REPEAT_WINDOW = 6
# A truncated copy is at least this long and half the title, or _MIN_LONG_PREFIX
# long: "Residents ask the" is how many sentences start, not a copy.
_MIN_PREFIX = 15
_MIN_LONG_PREFIX = 25
# What may follow a glued copy: a date stamp, short and with digits.
_GLUED_TAIL = regex.compile(r"^\W{0,3}\d[\d\s.,:/()+\-–—\p{L}]{0,60}$", regex.V1)


def clean_title(text: str) -> str:
    """Markdown markers, surrounding quotes and a `` | Site`` suffix removed.

    >>> clean_title("## **Open letter to the council** | Daily News")
    'Open letter to the council'
    """
    text = strip_markup(text)
    if "|" in text or "｜" in text:  # the suffix needs its bar (most lines have none)
        text = strip_markup(_SITE_SUFFIX.sub("", text).strip())
    if len(text) >= 2 and text[0] in "\"“«'" and text[-1] in "\"”»'":
        text = text[1:-1].strip()
    return text


def looks_like_title(text: str) -> bool:
    if not 2 <= len(text) <= _MAX_TITLE:
        return False
    if text.endswith((":", ";", ",")):
        return False
    # Two letters are enough to know (not a list of every letter of the line).
    if len(list(islice(filter(str.isalpha, text), 2))) < 2:
        return False
    # A headline does not end a sentence; an ALL-CAPS wire headline may.
    if not text.endswith(".") or text.endswith("..."):
        return True
    return all(c.isupper() for c in text if c.isalpha())


def _folded_copy(text: str) -> str:
    return fold(clean_title(text)).rstrip(" .…")


def is_repeat(candidate: str, title: str) -> bool:
    """A copy of the title: equal, a truncated prefix, the title plus `` | Site`` or glued to a date.

    >>> is_repeat("Les militants azerbaïdjanais des médias sociaux, ciblés par l",
    ...           "Les militants azerbaïdjanais des médias sociaux, ciblés par l'Agence")
    True
    """
    c, t = _folded_copy(candidate), fold(title)
    if not c:
        return False
    if c == t:
        return True
    if t.startswith(c) and (len(c) >= _MIN_LONG_PREFIX or (len(c) >= _MIN_PREFIX and 2 * len(c) >= len(t))):
        return True
    return c.startswith(t) and bool(_GLUED_TAIL.match(c[len(t) :]))


def _opens_list(ctx: Context, line: Line, content: list[Line]) -> bool:
    """The first line of ``1. …`` / ``2. …``: a list, not a headline."""
    if not read_labels(line.text):
        return False
    following = [ln for ln in content if ln.number > line.number][:1]
    return bool(following) and bool(read_labels(following[0].text))


def _runs_on(ctx: Context, first: Line) -> bool:
    """The first line of a paragraph: long and continued by the next line, or broken mid-sentence."""
    if first.number >= len(ctx.lines) or not ctx.is_free(first.number + 1):
        return False
    following = ctx.line(first.number + 1)
    if following.blank:
        return False
    return len(first.text) > _MAX_RUN_ON or (following.text[:1].islower() and first.text[-1:].isalpha())


def _is_stamp(ctx: Context, line: Line) -> bool:

    languages = ctx.options.languages or ((ctx.language,) if ctx.language else None)
    return stamp_on_line(line, languages) is not None


def _find_title(ctx: Context) -> Title | None:
    content = ctx.free_content()
    # A date stamp above the headline ("27 mai 2024 17:59" then the title) is the dateline's.
    while content and _is_stamp(ctx, content[0]):
        content = content[1:]
    if not content:
        return None
    first = content[0]
    text = clean_title(first.text)
    if not looks_like_title(text) or _runs_on(ctx, first) or _opens_list(ctx, first, content):
        return None
    return Title(text, (first.number, first.number))


def run(ctx: Context) -> None:
    if ctx.title is None:
        found = _find_title(ctx)
        if found is not None and found.lines is not None:
            ctx.claim(found.lines, "title", "first line, shaped like a headline")
            ctx.title = found
    if ctx.title is None:
        return
    after = ctx.title.lines[1] if ctx.title.lines else 0
    below = [ln for ln in ctx.free_content() if ln.number > after]
    for line in below[:_REPEAT_WINDOW]:
        if is_repeat(line.text, ctx.title.text):
            ctx.add_boilerplate("title-repeat", (line.number, line.number), "copy of the title")
