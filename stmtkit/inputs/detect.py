"""Which format an input is: ``html``, ``markdown`` or ``text``, by content with the name as a hint.

The content decides HTML (a page starts with a doctype or ``<html>``, or with
a block tag and has no Markdown markup); the name decides Markdown (``.md``) unless the content is HTML, and the
content decides Markdown only on markup no scraped text has (links
``[text](url)``, ``**bold**``, tables, code fences): a scrape's lone ``#`` or
``# 27 mai 2024`` line is no Markdown heading.
"""

from __future__ import annotations

from typing import Literal

import regex

from ..options import INPUT_FORMATS as INPUT_FORMATS
from ..patterns import lazy

InputFormat = Literal["text", "markdown", "html"]

# The head of a document is enough to tell: a page declares itself in its first bytes.
_HEAD = 4096
_PROLOGUE = r"^\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--.{0,2000}?-->\s*)*"
# A page's own first tags: only HTML starts so.
_HTML_START = lazy(_PROLOGUE + r"<(?:!doctype\s+html|html|head|body|meta|title)[\s>/]", regex.IGNORECASE | regex.DOTALL)
# A block tag first: HTML, or Markdown that opens with an HTML block (``<div align="center">``).
_BLOCK_START = lazy(
    _PROLOGUE + r"<(?:link|div|p|article|section|h[1-6]|script|style|table|ul|main|center|header|nav)[\s>/]",
    regex.IGNORECASE | regex.DOTALL,
)
# A text that does not start with a tag is still a page when it is mostly tags near the top.
_TAG = lazy(r"</?(?:p|div|br|span|a|li|h[1-6]|table|tr|td|html|head|body|meta)\b[^<>]{0,500}>", regex.IGNORECASE)
_HTML_NAMES = (".html", ".htm", ".xhtml", ".shtml")
_MARKDOWN_NAMES = (".md", ".markdown", ".mdown", ".mkd")
# Markup that only Markdown writes (one point each; two make Markdown), each with a character and a
# string it cannot match without: a text lacking one is spared the search (the table row's pattern
# tries every line start of the head: 16 M instructions a corpus pass, on texts with no "---" at
# all).  The character is asked first: one character is found by ``memchr`` (0.3 instructions a
# character of the head), a longer string a character at a time (3-6 instructions, some 0.4 M a
# corpus pass for each string), and most texts hold none of the six characters.
_MARKDOWN_SIGNS = (
    ("]", "](", lazy(r"\[[^\]\n]{1,300}\]\((?:https?://|/|#|\.)[^)\s]{0,500}\)")),  # [text](url)
    ("*", "**", lazy(r"(?<![*\w])\*\*[^*\n]{1,200}\*\*(?![*\w])")),  # **bold**
    ("|", "---", lazy(r"(?m)^\s*\|?\s*:?-{3,}:?\s*\|\s*:?-{3,}")),  # a table's separator row
    ("`", "```", lazy(r"(?m)^```")),  # a code fence
    ("!", "![", lazy(r"!\[[^\]\n]{0,300}\]\(")),  # ![image](url)
    ("#", "# ", lazy(r"(?m)^#{1,6} \S[^\n]{0,200}\n(?:\s*\n)*#{1,6} \S")),  # two headings with only blank lines between
)


def _suffix(name: str | None) -> str:
    if not name:
        return ""
    base = name.rsplit("/", 1)[-1].lower()
    if base.endswith(".gz"):
        base = base[:-3]
    dot = base.rfind(".")
    return base[dot:] if dot > 0 else ""


def _markdown_signs(text: str) -> int:
    head = text[: _HEAD * 4]
    signs = 0
    for char, needs, sign in _MARKDOWN_SIGNS:  # a loop, not sum() over a generator: asked of every input
        if char in head and needs in head and sign.search(head):
            signs += 1
    return signs


def looks_like_html(text: str) -> bool:
    """A page by its start, or by its tags where Markdown's own markup is missing."""
    head = text[:_HEAD].lstrip("\ufeff")
    if "<" not in head:
        # Each test below needs a tag near the top; a plain text is spared compiling them.
        return False
    if _HTML_START.match(head):
        return True
    if not _BLOCK_START.match(head) and not (len(_TAG.findall(head)) >= 8 and head.count("<") * 40 > len(head)):
        return False
    return _markdown_signs(text) < 2


def detect_format(text: str, name: str | None = None, forced: str | None = None) -> InputFormat:
    """The input's format: ``forced`` when it is one, else by content with ``name``'s suffix as a hint.

    >>> detect_format("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    'html'
    >>> detect_format("# 27 mai 2024 17:59\\n\\nTexte", "a.txt")
    'text'
    >>> detect_format("Intro\\n\\nSee [the letter](https://example.org/l).", "notes.md")
    'markdown'
    """
    if forced in ("text", "markdown", "html"):
        return forced  # type: ignore[return-value]
    if looks_like_html(text):
        return "html"
    suffix = _suffix(name)
    if suffix in _MARKDOWN_NAMES:
        return "markdown"
    if suffix in _HTML_NAMES and "<" in text[:_HEAD] and len(_TAG.findall(text[:_HEAD])) >= 2:
        return "html"
    if suffix in (".txt", ".text"):
        return "text"
    return "markdown" if _markdown_signs(text) >= 2 else "text"
