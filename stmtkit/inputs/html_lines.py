"""An HTML container written out as lines, one block a line, for the stages to read as any text.

Headings and paragraphs are followed by a blank line, list items written as ``- item`` /
``1. item`` indented by their nesting, table rows as ``| cell | cell |``, ``<br>`` ends a
line, ``<pre>`` keeps its lines.  The walk asks lexbor for each node's tag number (a string
for each tag cost twice as much), and a block of inline elements and text alone is written
from its text, taken in one call, instead of node by node.
"""

from __future__ import annotations

import functools
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from selectolax.lexbor import LexborCSSSelector, LexborNode

# Elements whose content is no text a reader sees, and page furniture (never the statement's text,
# though a blog's sidebar may show the page's date).  Each name's elements go with their subtrees,
# a name at a time, each name's walk over what is left: the order changes nothing removed (an
# element inside one removed before is gone with it), only how much is walked, so the names with
# the largest subtrees go first (nodes a page below each, the 150 pages of htmldate's evaluation:
# nav 455, footer 136, aside 128, form 94, svg 70, button 54, script 44, figure 32, select 28,
# style 10, noscript 9, the others one or none).  The head (130) goes before them, by itself
# (``html_text._remove_head``): a page has one, and the document points to it.
NOT_TEXT = ("svg", "script", "style", "noscript", "iframe", "canvas", "math", "object")
FURNITURE = ("nav", "footer", "aside", "form", "button", "figure", "select", "menu", "textarea", "dialog")
# Both at once, for a page whose text is not read between the two: walked in this order, 0.60 against
# 0.79 M instructions a page for NOT_TEXT then FURNITURE (the furniture's large subtrees go first).
DROPPED = ("nav", "footer", "aside", "form", "svg", "button", "script", "figure", "select", "style",
           "noscript", "menu", "iframe", "textarea", "canvas", "math", "object", "dialog")
# Elements no walk of the tree finds anything in, so not walked for (two walks, 4.5 us a median page): an <embed>
# is void, and a <template>'s content is a fragment of its own, not its children (as the HTML standard has it; an
# <svg>'s or <math>'s element of the name goes with its root).  The line walk drops them as it drops the others.
HOLLOW = ("template", "embed")
DROPPED_TAGS = frozenset((*DROPPED, *HOLLOW, "head"))  # (the walk's kinds: a head, never below a container, would be dropped)
NOT_TEXT_TAGS = frozenset(NOT_TEXT)
FURNITURE_TAGS = frozenset(FURNITURE)
# Elements that end the line before them and after them.
_BLOCKS = frozenset(
    ["p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "blockquote", "pre", "address", "hr", "center", "details", "summary", "caption", "fieldset", "legend", "body", "html"]
)
# Blocks after which a blank line separates the next (a paragraph's end); rows and items run on.
_SPACED = frozenset(["p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "blockquote", "pre", "address"])
_CELLS = frozenset(("td", "th"))
_LISTS = frozenset(("ul", "ol"))
_CELL_BLOCKS = "p, div, table, ul, ol, h1, h2, h3, h4, h5, h6, blockquote"


class _Writer:
    """Collects the text of inline nodes into lines, one block a line."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.parts: list[str] = []
        self.prefix = ""

    def flush(self) -> None:
        if not self.parts:
            self.prefix = ""
            return
        text = "".join(self.parts).strip()
        self.parts.clear()
        if not text:  # the markup's white space between blocks, two flushes in three: no line
            self.prefix = ""
            return
        # Runs of whitespace made one space, as a browser shows them.  Most blocks have none inside once
        # stripped (the markup's line breaks and indents stand around them): a text with no double
        # space and nothing unprintable (every white space but " " is) is kept as it is, not cut
        # into words and joined again (some 5,000 instructions a line).
        if "  " in text or not text.isprintable():
            text = " ".join(text.split())
        if text.startswith("| "):
            text += " |"  # a table row, written as Markdown writes it: "| cell | cell |"
        self.lines.append(self.prefix + text)
        self.prefix = ""

    def blank(self) -> None:
        self.flush()
        if self.lines and self.lines[-1]:
            self.lines.append("")


# What the walk does with a node, by lexbor's number for its tag (inline elements are not listed).
_TEXT, _SKIP, _DROP, _BREAK, _CELL, _PRE, _BLOCK, _INLINE = range(8)
_INLINE_TAGS = ("a", "span", "strong", "em", "b", "i", "u", "img", "small", "sup", "sub", "time", "abbr", "cite", "code", "mark", "q", "s", "label", "font")


class _Tags:
    """lexbor's numbers for the tags the walk asks about, read once: a node's ``tag_id`` costs half
    its ``tag`` (a string made at each call).  A tag HTML knows has the same number in every
    document; an unknown one (a custom element) gets a number of its own document, never one of
    these."""

    def __init__(self) -> None:
        from selectolax.lexbor import LexborHTMLParser

        tree = LexborHTMLParser("<!DOCTYPE html><p>x<!-- -->")
        paragraph = tree.css_first("p")
        assert paragraph is not None and paragraph.first_child is not None and paragraph.last_child is not None
        number = {name: tree.create_node(name).tag_id
                  for name in (*_BLOCKS, *DROPPED_TAGS, *_CELLS, "br", "pre", *_INLINE_TAGS, "meta", "link", "title")}
        self.kind: dict[int, int] = {number[name]: _INLINE for name in _INLINE_TAGS}
        self.kind.update(dict.fromkeys((number[name] for name in _BLOCKS), _BLOCK))
        self.kind.update(dict.fromkeys((number[name] for name in DROPPED_TAGS), _DROP))
        self.kind.update({number["br"]: _BREAK, number["pre"]: _PRE, number["td"]: _CELL, number["th"]: _CELL})
        self.kind[paragraph.first_child.tag_id] = _TEXT
        self.kind[paragraph.last_child.tag_id] = _SKIP  # a comment
        doctype = tree.root.prev if tree.root is not None else None
        if doctype is not None:
            self.kind[doctype.tag_id] = _SKIP
        self.name = {number[name]: name for name in (*_BLOCKS, *_CELLS)}
        self.ol, self.ul, self.li, self.p, self.td = number["ol"], number["ul"], number["li"], number["p"], number["td"]
        self.lists = frozenset((self.ol, self.ul))
        self.sections = frozenset((number["article"], number["main"]))
        self.page_top = frozenset((number["body"], number["html"]))
        # The elements a page's metadata is read from (``page_meta``): meta, script, link, title, time.
        self.sources = tuple(number[name] for name in ("meta", "script", "link", "title", "time"))
        # Below a block, what ends a line or is left out: with none of these the block is one run of text.
        self.not_inline = frozenset(n for n, kind in self.kind.items() if kind in (_DROP, _BREAK, _CELL, _PRE, _BLOCK))
        self.cell_blocks = frozenset(number[name] for name in _CELL_BLOCKS.split(", "))


@functools.cache
def tag_numbers() -> _Tags:
    """Read on first use: plain-text runs never import lexbor."""
    return _Tags()


# One selector engine a thread, for every page: selectolax makes one for each page on its first
# ``css`` call and frees it with the page, and setting up lexbor's CSS parser and matcher took
# about 27 us a page, most of it fresh memory (7.5 page faults a page, 0.1 with one engine).
# The engine keeps nothing of a page between calls: each call parses its query, walks from the
# node given and gives that node's page's elements.  One a thread: a call keeps its matches on
# the engine until it returns.
_ENGINE = threading.local()


def _engine() -> LexborCSSSelector:
    engine: LexborCSSSelector | None = getattr(_ENGINE, "selector", None)
    if engine is None:
        from selectolax.lexbor import LexborCSSSelector

        engine = _ENGINE.selector = LexborCSSSelector()  # type: ignore[no-untyped-call]  # (its stub's __init__)
    return engine


def css(node: LexborNode | None, query: str) -> list[LexborNode]:
    """``node.css(query)``: the elements at or below ``node`` that ``query`` matches, in document order
    (a page's ``tree.css`` is ``css(tree.root, …)``, and finds nothing without a root)."""
    return [] if node is None else _engine().find(query, node)


def css_first(node: LexborNode | None, query: str) -> LexborNode | None:
    """``node.css_first(query)``: the first of them, or None.  The engine's ``find_first`` (not in
    selectolax's stubs) stops at the first match, where ``find`` walks on: half the time of an ``h1``."""
    if node is None:
        return None
    engine = _engine()
    found: list[LexborNode] = getattr(engine, "find_first", engine.find)(query, node)
    return found[0] if found else None


def has_below(node: LexborNode, numbers: frozenset[int]) -> bool:
    """Whether an element below ``node`` has one of these tag numbers (lexbor's walk, in C)."""
    walk = node.traverse()
    next(walk)  # the node itself
    return any(below.tag_id in numbers for below in walk)


# A block whose first elements below are all inline is written from its text at once; past this
# many elements it is walked node by node, so that each node is looked at a bounded number of times.
_INLINE_RUN_MAX = 64


def _only_inline(node: LexborNode, not_inline: frozenset[int]) -> bool:
    walk = node.traverse()
    next(walk)  # the node itself
    for count, below in enumerate(walk):
        if count >= _INLINE_RUN_MAX or below.tag_id in not_inline:
            return False
    return True


def write_lines(container: LexborNode) -> list[str]:
    """The container's text, one block a line: an iterative walk (a stack, no recursion limit).

    Blocks (and layout cells) are pushed a second time to mark where they end; inline
    elements are not, and a dropped element's or a ``<pre>``'s children are never pushed.
    A block holding only inline elements and text is written from its text, taken at once.
    """
    tags = tag_numbers()
    kinds, names, not_inline = tags.kind, tags.name, tags.not_inline
    out = _Writer()
    parts, lines = out.parts, out.lines  # one list each for the walk: flush empties parts in place
    list_depth = 0
    numbers: dict[int, int] = {}  # an <ol>'s next item number, by the list's node id
    # A node to enter, or the tag name of a block where it ends: no tuple, no cast, for the nodes walked.
    stack: list[LexborNode | str] = [container]
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            if node in _LISTS:
                list_depth -= 1
            if parts:
                out.flush()
            else:
                out.prefix = ""  # what flush does with no text: a method call less at most block ends
            if node in _SPACED and not (list_depth and node in _LISTS) and lines and lines[-1]:
                lines.append("")  # what blank does after its flush (47 block ends a median page)
            continue
        number = node.tag_id
        kind = kinds.get(number)
        if kind is None:
            if not node.is_element_node:
                continue  # no element, no text
            kind = _INLINE
        if kind == _TEXT:
            # The markup's white space between blocks (two text nodes in three) opens no line: with nothing
            # before it, flush would strip it (str.strip takes all ASCII white space) and write nothing.
            if parts or not node.is_empty_text_node:
                parts.append(node.text_content or "")
            continue
        if kind == _SKIP:
            continue  # a comment or a doctype: no element, no text
        if kind == _DROP and node is not container:
            continue  # a page too odd for the removal before (a form inside a table cell)
        if kind == _BREAK:
            out.flush()
            continue
        if kind == _CELL:
            if has_below(node, tags.cell_blocks):
                out.flush()  # a layout table's cell holds blocks: it is a column, not a cell of a row
                stack.append(names[number])
            else:
                parts.append("| ")
        elif kind == _PRE:
            out.flush()
            out.lines.extend(line.rstrip() for line in (node.text() or "").split("\n"))
            out.blank()
            continue
        elif kind == _BLOCK:
            if parts:
                out.flush()
            else:
                out.prefix = ""
            stack.append(names[number])
            if number in tags.lists:
                list_depth += 1
                if number == tags.ol:
                    start = node.attributes.get("start") or "1"
                    numbers[node.mem_id] = int(start) if start.isdigit() and len(start) < 6 else 1
            elif number == tags.li:
                out.prefix = "  " * max(list_depth - 1, 0) + _item_label(node, numbers, tags.ol)
            if _only_inline(node, not_inline):
                parts.append(node.text() or "")
                continue
        children = list(node.iter(include_text=True))
        children.reverse()
        stack.extend(children)
    out.flush()
    while out.lines and not out.lines[-1]:
        out.lines.pop()
    return out.lines


def _item_label(item: LexborNode, numbers: dict[int, int], ol: int) -> str:
    parent = item.parent
    if parent is not None and parent.tag_id == ol:
        number = numbers.get(parent.mem_id, 1)
        numbers[parent.mem_id] = number + 1
        return f"{number}. "
    return "- "
