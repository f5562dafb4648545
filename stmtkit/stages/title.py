"""The headline, and its truncated or repeated copies (boilerplate ``title-repeat``)."""

from __future__ import annotations

import regex

from ..model import Title
from ..pipeline import Context
from ..text import fold, strip_markup

_MAX_TITLE = 250
_SITE_SUFFIX = regex.compile(r"\s+[|｜]\s+[^|]{1,60}$")
# How far below the title a repeat is looked for (content lines).
_REPEAT_WINDOW = 6


def clean_title(text: str) -> str:
    """Markdown markers, surrounding quotes and a `` | Site`` suffix removed."""
    text = strip_markup(text)
    text = _SITE_SUFFIX.sub("", text).strip()
    if len(text) >= 2 and text[0] in "\"“«'" and text[-1] in "\"”»'":
        text = text[1:-1].strip()
    return text


def looks_like_title(text: str) -> bool:
    if not 2 <= len(text) <= _MAX_TITLE:
        return False
    if text.endswith((":", ";", ",")):
        return False
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 2:
        return False
    all_caps = all(c.isupper() for c in letters)
    # A headline does not end a sentence; an ALL-CAPS wire headline may.
    return not (text.endswith(".") and not text.endswith("...") and not all_caps)


def is_repeat(candidate: str, title: str) -> bool:
    """A copy of the title: equal, a truncated prefix, or the title plus `` | Site``."""
    c, t = fold(clean_title(candidate)), fold(title)
    if not c:
        return False
    if c == t:
        return True
    return len(c) >= 15 and t.startswith(c)


def run(ctx: Context) -> None:
    content = ctx.free_content()
    if ctx.title is None and content:
        first = content[0]
        text = clean_title(first.text)
        # The first line must stand alone: a headline is not the first line of a paragraph.
        nxt = first.number < len(ctx.lines) and not ctx.line(first.number + 1).blank and ctx.is_free(first.number + 1)
        if looks_like_title(text) and not (nxt and len(text) > 120):
            ctx.claim((first.number, first.number), "title", "first line, shaped like a headline")
            ctx.title = Title(text, (first.number, first.number))
    if ctx.title is None:
        return
    below = [ln for ln in ctx.free_content() if ctx.title.lines is None or ln.number > ctx.title.lines[1]]
    for line in below[:_REPEAT_WINDOW]:
        if is_repeat(line.text, ctx.title.text):
            ctx.add_boilerplate("title-repeat", (line.number, line.number), "copy of the title")
