"""Markdown lines: each line's ``text`` without inline markup, its ``raw`` as written.

markdown-it-py (the CommonMark parser rich already brings) reads the
structure; each block's inline content is rendered to plain text (emphasis,
code spans, links ``[text](url)`` → ``text``, images → their alt text, inline
HTML dropped, escapes ``\\_`` resolved) and put back on the lines the block
came from, so line numbers stay the input's and every stage reads the text
unchanged.  Structure is kept as the stages know it: a heading is its text
alone, a list item ``- item`` / ``1. item`` (its nesting in ``raw``'s indentation), a table
row ``| cell | cell |`` (as the text stages read tables), an HTML block's tags dropped.
Front matter between ``---`` or ``+++`` fences is left to the front-matter
stage, each value's inline markup taken out of the line's text as well
(``title: "The **harbour** ferry"``: a title is a field value like any other).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lines import Lines, lines_of
from ..patterns import lazy

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

_TAG = lazy(r"<[^<>]{0,2000}>")
_FRONT_MATTER_FENCES = {"---": ("---", "..."), "+++": ("+++",)}
_FRONT_MATTER_MAX = 60
# "title: value" (YAML) or "title = value" (TOML): the key and its sign, kept as they are.
_FIELD_KEY = lazy(r"^\s*[A-Za-z_][\w-]*\s*[:=]\s*")
# What inline markup opens with: a value without any of these is read as it is.
_INLINE_SIGNS = frozenset("*_`[<\\!")


def _front_matter_end(rows: list[str]) -> int:
    """How many lines the front matter takes at the top (0 for none)."""
    if not rows or rows[0].strip() not in _FRONT_MATTER_FENCES:
        return 0
    closing = _FRONT_MATTER_FENCES[rows[0].strip()]
    for index, row in enumerate(rows[1:_FRONT_MATTER_MAX], start=1):
        if row.strip() in closing:
            return index + 1
    return 0


def _plain(children: list[Token]) -> str:
    parts: list[str] = []
    for token in children:
        if token.markup == "autolink" and token.type in ("link_open", "link_close"):
            # "<kate@example.org>" stays as written: a contact in brackets, as plain text has it
            parts.append("<" if token.type == "link_open" else ">")
        elif token.type in ("text", "code_inline"):
            parts.append(token.content)
        elif token.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif token.type == "image":
            parts.append(token.content)  # the alt text
    return "".join(parts)


def _front_matter_text(parser: MarkdownIt, raw: str) -> str:
    """A front matter line as read: the key as written, the value without inline markup."""
    text = raw.strip()
    key = _FIELD_KEY.match(text)
    if key is None or _INLINE_SIGNS.isdisjoint(text[key.end() :]):
        return text
    tokens = parser.parseInline(text[key.end() :])
    return key.group() + _plain(tokens[0].children or []).strip() if tokens else text


def _texts(parser: MarkdownIt, source: str) -> dict[int, str]:
    """Plain text of each line (0-based, in ``source``) that a block's inline content covers."""
    tokens = parser.parse(source)
    texts: dict[int, str] = {}
    prefix = ""
    row: list[str] | None = None
    row_line = 0
    for token in tokens:
        kind = token.type
        if kind == "list_item_open":
            label = f"{token.info}{token.markup}" if token.info else "-"
            prefix = label + " "  # the nesting is in the raw line's indentation, as in plain text
        elif kind == "tr_open" and token.map:
            row, row_line = [], token.map[0]
        elif kind == "tr_close" and row is not None:
            texts[row_line] = "| " + " | ".join(row) + " |"
            row = None
        elif kind == "inline" and token.map:
            plain = _plain(token.children or []).strip()
            if row is not None:
                row.append(" ".join(plain.split()))
                continue
            first, last = token.map
            pieces = plain.split("\n")
            for offset, number in enumerate(range(first, last)):
                piece = pieces[offset].strip() if offset < len(pieces) else ""
                texts[number] = (prefix if offset == 0 else "") + piece
            prefix = ""
        elif kind == "html_block" and token.map:
            first, last = token.map
            for number in range(first, last):
                texts[number] = ""  # filled from the raw line below, tags dropped
    return texts


def markdown_lines(text: str) -> Lines:
    """The ``Line``s of a Markdown text: numbers and ``raw`` as written, ``text`` as read."""
    rows = text.split("\n")
    if rows and rows[-1] == "":
        rows.pop()
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark", {"html": True}).enable("table")
    skip = _front_matter_end(rows)
    texts = _texts(parser, "\n".join(rows[skip:]))
    read_as: dict[int, str] = {}  # only the lines whose text is not their stripped raw line
    for index, raw in enumerate(rows):
        stripped = raw.strip()
        if 0 < index < skip - 1:
            read: str | None = _front_matter_text(parser, raw)
        else:
            read = texts.get(index - skip) if index >= skip else None
            if read == "" and stripped.startswith("<"):
                read = " ".join(_TAG.sub(" ", stripped).split())
        if read is not None and read != stripped:
            read_as[index] = read
    return lines_of(text, read_as)
