"""An HTML page's main text, one block a line, for the stages to read as any text.

The page is parsed with lexbor (through selectolax: a C parser that reads a
100 KB page in about 0.3 ms, where lxml takes 0.9 ms and trafilatura's whole
extraction 11 ms; docs/html.md has the comparison).  Then:

1. what is never text is dropped whole: scripts, styles, navigation, asides,
   forms, footers, figures, hidden elements, and blocks whose class or id
   names share bars, related links, comments, ads or cookie notices;
2. the main container is the element whose ``<p>`` children hold the most
   text (a paragraph's text counts for its parent and half for the
   grandparent), widened to the ``<article>`` around it when that adds the
   headline and byline but not a page of other text;
3. the container is written out one block a line (``html_lines``): headings and
   paragraphs followed by a blank line, list items as ``- item`` / ``1. item``
   indented by their nesting, table rows as ``| cell | cell |``; the page's
   ``<h1>`` opens the text when the container lacks it.

The walk is iterative (no recursion limit for a page nested 100,000 deep) and
visits each node once, so time grows with the page.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections.abc import Iterator, Set
from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex
from selectolax.lexbor import LexborDocumentOptions, LexborHTMLParser

from ..page_model import Page
from ..patterns import lazy
from . import page_meta
from .html_lines import DROPPED, FURNITURE, NOT_TEXT, css, css_first, has_below, tag_numbers, write_lines

if TYPE_CHECKING:
    from selectolax.lexbor import LexborNode

# Page furniture inside an article, by the words of its class or id: share bars, "related", comments,
# ads, cookie notices.  (One CSS selector of these words cost lexbor 1.2 ms a page; asking it for the
# elements with a class or an id and reading those here costs a tenth.)  Words are cut at spaces,
# "-" and "_" ("social-share__bar") and looked up in a set: a pattern of these words tried at every
# character took 10-15 us a class.
_NOISE_WORDS = frozenset((
    "share", "sharing", "social", "related", "recommended", "comment", "comments", "ad", "ads", "promo",
    "newsletter", "subscribe", "subscription", "cookie", "cookies", "consent", "breadcrumb", "breadcrumbs",
    "sidebar", "menu", "navbar", "navigation", "popup", "modal", "banner", "sponsored", "outbrain",
    "taboola", "paywall",
))
# Hyphenated furniture names: "print-only", "sr-only", "visually-hidden".
_NOISE_PAIRS = frozenset({("print", "only"), ("sr", "only"), ("visually", "hidden")})
_ADVERT = "advert"  # "advert", "advertisement", "advertising"


def is_furniture_mark(marks: str) -> bool:
    """Whether a class or id names page furniture.

    >>> is_furniture_mark("article-share__bar"), is_furniture_mark("advertisement"), is_furniture_mark("x sr-only")
    (True, True, True)
    >>> is_furniture_mark("article-body shared-content"), is_furniture_mark("readmore"), is_furniture_mark("sr only")
    (False, False, False)
    """
    lowered = marks.lower()
    # The words cut at spaces, "_" and "-" at once, asked of the set in one call (a loop over
    # the words of each token took 2 us a class); only the hyphenated pairs need the tokens.
    # (Two replaces, not ``str.translate``: a translation table is looked up a character at a
    # time through a dict, 1.7 against 0.6 us a class, and a page asks some twenty classes.)
    words = lowered.replace("_", " ").replace("-", " ").split()
    if not _NOISE_WORDS.isdisjoint(words):
        return True
    if _ADVERT in lowered and any(w.startswith(_ADVERT) and (w == _ADVERT or w[6:].isalnum()) for w in words):
        return True
    if "-only" not in lowered and "-hidden" not in lowered:
        return False
    for token in lowered.replace("_", " ").split():
        pairs = token.split("-")
        if any((pairs[index - 1], word) in _NOISE_PAIRS for index, word in enumerate(pairs) if index):
            return True
    return False


_MARKED = '[class], [id], [hidden], [aria-hidden="true"], [style*="none"]'
# A paragraph shorter than this is a caption, a label or a button, not article text.
_PARAGRAPH_MIN = 25
# An <article> around the best container is taken when it holds at most this many times its text.
_ARTICLE_WIDEN = 3.0
# Runs of whitespace inside a block are one space, as a browser shows them.
_SPACES = lazy(r"\s+")


@dataclass(frozen=True, slots=True)
class MainText:
    text: str
    # "main-text" when one container held the text, "whole-body" when none stood out, "none" for no text.
    extraction: str
    # Lines (numbered from 1) whose whole text is one link's: a tag, a related headline, a menu entry.
    link_lines: Set[int] = frozenset()


def parse_html(html: str | bytes) -> LexborHTMLParser:
    """The page's tree (lexbor repairs broken markup as a browser does; bytes are read as UTF-8)."""
    # Without the DOM's mutation events: they copy a selected <option> into <selectedcontent> and
    # the like, as a browser shows a page; nothing here reads them, and each node built paid for them.
    return LexborHTMLParser(html, options=LexborDocumentOptions.WO_EVENTS)


def _remove_tags(tree: LexborHTMLParser, names: tuple[str, ...]) -> None:
    """Unlink every element named in ``names``, asked of lexbor by tag name, a name at a time.

    lexbor's walk for one tag name compares a number at each element; its selector engine
    tried every name of a selector list at every element and cost twice as much for these
    twenty-one names.  ``strip_tags`` unlinks each element found in C, its subtree with it
    (unlinking each node of the subtree, as ``decompose`` does, and a Python object for each
    element found, cost 0.14 M instructions more a median page); asked after the names before are
    gone, a name finds nothing inside what was already removed, and walks less: the names are
    given largest subtree first (``html_lines.DROPPED``).
    """
    tree.strip_tags(list(names))


def _remove_head(tree: LexborHTMLParser) -> None:
    """Unlink the page's head, its subtree with it, as ``strip_tags`` does, without a walk for it (7 us a page):
    the HTML parser makes one head a page, which the document points to, and ignores any other head tag."""
    head = tree.head
    if head is not None:
        head.decompose(recursive=False)


def _drop_noise(container: LexborNode) -> None:
    """Remove the furniture inside the container.

    Removing unlinks every node of a subtree (lexbor keeps its memory until the tree goes):
    a match inside an element already removed has no parent and is passed over.  A class
    repeats down a page (its list items, its buttons): each is read once.

    A container that is an ``<article>`` or ``<main>`` is not furniture by its own class or id
    (lexbor's selector matches the container itself): a CMS writes the post's categories and
    tags there (``post-12 category-social-media tag-ads has-paywall``), and the page lost its
    whole text to them.  A ``<div>`` container named as furniture (a comments box, a modal that
    held the most paragraphs) still goes.
    """
    furniture: dict[str, bool] = {}
    own = container.mem_id if container.tag_id in tag_numbers().sections else None
    removed = False  # until an element goes, no match can lie inside a removed one
    for node in css(container, _MARKED):
        if removed and node.parent is None:
            continue
        attrs = node.attributes
        style = attrs.get("style")  # most elements have none: no string made for them
        if "hidden" in attrs or attrs.get("aria-hidden") == "true" or (style and "display:none" in style.replace(" ", "")):
            node.decompose()
            removed = True
            continue
        marks = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
        if len(marks) > 1 and (own is None or node.mem_id != own):
            known = furniture.get(marks)
            if known is None:
                known = furniture[marks] = is_furniture_mark(marks)
            if known:
                node.decompose()
                removed = True


def _container(tree: LexborHTMLParser) -> tuple[LexborNode | None, str]:
    """The element holding the main text, and how it was chosen."""
    body = tree.body
    if body is None:
        return None, "none"
    scores: dict[int, float] = {}
    nodes: dict[int, LexborNode] = {}
    tags = tag_numbers()
    paragraph_tag, td = frozenset((tags.p,)), tags.td
    for paragraph in css(body, "p, pre, td"):
        length = len(paragraph.text(strip=True))
        if length < _PARAGRAPH_MIN or (paragraph.tag_id == td and has_below(paragraph, paragraph_tag)):
            continue  # a layout table's cell counts through its paragraphs
        parent = paragraph.parent
        for share in (1.0, 0.5):
            if parent is None:
                break
            key = parent.mem_id
            scores[key] = scores.get(key, 0.0) + length * share
            nodes[key] = parent
            parent = parent.parent
    if not scores:
        return body, "whole-body"
    best = nodes[max(scores, key=lambda k: scores[k])]
    article = _article_around(best)
    if article is not None:
        # (skip_empty: a text node of ASCII white space alone, stripped to nothing, is not made a string first)
        inner = len(best.text(strip=True, skip_empty=True))
        if len(article.text(strip=True, skip_empty=True)) <= inner * _ARTICLE_WIDEN:
            best = article
    return best, "main-text"


def _article_around(node: LexborNode) -> LexborNode | None:
    tags = tag_numbers()
    parent = node.parent
    while parent is not None and parent.tag_id not in tags.page_top:
        if parent.tag_id in tags.sections or parent.attributes.get("itemprop") == "articleBody":
            return parent
        parent = parent.parent
    return None


def _headline(tree: LexborHTMLParser, container: LexborNode) -> str | None:
    """The page's first ``<h1>`` when the container does not hold one."""
    if css_first(container, "h1") is not None:
        return None
    h1 = css_first(tree.root, "h1")
    if h1 is None:
        return None
    text = _SPACES.sub(" ", h1.text()).strip()
    return text or None


def main_text(tree: LexborHTMLParser) -> MainText:
    """The page's main text, one block a line (see the module's docstring)."""
    container, how = _container(tree)
    if container is None:
        return MainText("", "none")
    _drop_noise(container)
    lines = write_lines(container)
    headline = _headline(tree, container)
    if headline and (not lines or lines[0] != headline):
        lines[:0] = [headline, ""]
    if not any(lines):
        return MainText("", "none")
    return MainText("\n".join(lines) + "\n", how, LinkLines(container, lines))


# What a written list item opens with: its indent and its label.
_ITEM_LABEL = lazy(r"^\s*(?:- |\d{1,6}\. )")


def _link_lines(container: LexborNode, lines: list[str]) -> frozenset[int]:
    """The numbers of the lines that are one link's text and nothing more (``- Armee`` written from
    ``<li><a>Armee</a></li>``): a page's tags, related headlines and account links are links, a statement's
    signers mostly plain text."""
    anchors = css(container, "a")
    if not anchors:
        return frozenset()
    texts = {" ".join(text.split()) for a in anchors if (text := a.text())}
    texts.discard("")
    return frozenset(
        number for number, line in enumerate(lines, 1)
        if line and (line in texts or (line[:1] in " -0123456789" and _ITEM_LABEL.sub("", line, count=1) in texts))
    )


class LinkLines(Set[int]):
    """``MainText.link_lines``, found on first use: only the signature stage asks, and only of a page
    where it weighs a block (9 pages of 150, one of the 40 median ones), where finding them cost every
    page 22 us.  Nothing changes the page's tree once its text is written: they are the lines found then."""

    __slots__ = ("_container", "_lines", "_numbers")

    def __init__(self, container: LexborNode, lines: list[str]) -> None:
        self._container: LexborNode | None = container  # (it keeps the page's tree until they are found)
        self._lines = lines
        self._numbers: frozenset[int] | None = None

    def _found(self) -> frozenset[int]:
        if self._numbers is None:
            assert self._container is not None
            self._numbers = _link_lines(self._container, self._lines)
            self._container = None
        return self._numbers

    def __contains__(self, number: object) -> bool:
        return number in self._found()

    def __len__(self) -> int:
        return len(self._found())

    def __iter__(self) -> Iterator[int]:
        return iter(self._found())


@dataclass(frozen=True, slots=True)
class HtmlInput:
    """An HTML input read: its main text (what the stages see), the page's metadata, what went odd."""

    text: str
    page: Page
    warnings: tuple[tuple[str, str], ...] = ()
    link_lines: Set[int] = frozenset()  # MainText.link_lines


# The HTML parsing algorithm looks through the open elements at each tag, so a page nested
# 200,000 deep (an "HTML bomb") took lexbor minutes; real pages nest a few dozen deep.  Deeper
# than this, the page is read as text with its tags dropped.
_MAX_DEPTH = 3000
# Opening tags of elements that are closed (void elements never are, so they would count forever).
# (The standard library's engine finds these three times faster than regex: 0.9 against 3 ms on a
# page of 10,000 tags, and every page of more than _MAX_DEPTH tags is scanned.)
_OPEN_OR_CLOSE = lazy(
    r"<(/?)(?!(?:br|img|meta|input|link|hr|wbr|source|area|base|col|embed|param|track|keygen|!|\?)[\s/>])[a-zA-Z]",
    engine="re",
)
_ANY_TAG = lazy(r"<[^<>]{0,5000}>")
_HEAD_END = lazy(r"<body[\s>]|</head\s*>", regex.IGNORECASE)


def nesting_depth(html: str, utf8: bytes | None = None) -> int:
    """How deep the page's elements nest at most: an upper bound (unclosed ``<p>`` count too),
    and for a page of few tags simply their number.  ``utf8``: the page's bytes when they are
    ``html`` in UTF-8 exactly (a ``<`` is one byte in both and no other character's bytes hold it).

    >>> page = "<div><br><p>é</p>" * 4000 + "</div>" * 4000
    >>> nesting_depth(page), nesting_depth(page, page.encode())
    (4001, 4001)
    """
    # The bytes' ``replace`` counts the character with memchr, where ``str.count`` and ``bytes.count``
    # test each character in turn (18 against 36 us a median page of 100 KB alone; in a parse, where
    # the fresh copy it writes costs more, 42 against 44 us; 0.45 M instructions less).
    tags = html.count("<") if utf8 is None else len(utf8) - len(utf8.replace(b"<", b""))
    if tags <= _MAX_DEPTH:
        return tags  # cannot nest deeper than it has tags: no need to count
    opening = tags - html.count("</")
    if opening <= _MAX_DEPTH:
        return opening  # nor deeper than it opens tags (9 of the 13 long pages of 150: no scan of every tag)
    steps = [-1 if slash else 1 for slash in _OPEN_OR_CLOSE.findall(html)]
    return max(itertools.accumulate(steps), default=0)


def read_html(html: str, reference: dt.datetime | None = None, utf8: bytes | None = None) -> HtmlInput:
    """Parse a page once: its metadata from the whole tree, then its main text without the furniture.

    ``utf8``: the page's bytes when they are ``html`` in UTF-8 exactly, handed to lexbor as they
    are (it reads UTF-8: encoding ``html`` again cost 50 us on a page of 100 KB).
    """
    depth = nesting_depth(html, utf8)
    if depth > _MAX_DEPTH:
        head = _HEAD_END.search(html)
        head_tree = parse_html(html[: head.start()] if head else "")
        page = page_meta.read_page(head_tree, reference, "tags-dropped")
        text = "\n".join(" ".join(line.split()) for line in _ANY_TAG.sub("\n", html[head.start() if head else 0 :]).split("\n"))
        warning = f"the page nests its elements {depth:,} deep (more than {_MAX_DEPTH:,}): read as text with its tags dropped"
        return HtmlInput(regex.sub(r"\n{3,}", "\n\n", text).strip() + "\n", page, (("html-too-deep", warning),))
    tree = parse_html(html if utf8 is None else utf8)
    # JSON-LD lives in scripts: read before they go.  The page is made with the usual extraction, and made
    # again only when the text was not one container's (dataclasses.replace cost 7 us a page).
    page = page_meta.read_page(tree, reference, "main-text")
    _remove_head(tree)
    if page.dates:
        _remove_tags(tree, DROPPED)  # no text read between: the furniture's large subtrees go first
    else:
        _remove_tags(tree, NOT_TEXT)
        page = page_meta.add_text_stamps(tree, page, reference)  # the text a reader sees, a sidebar's date too
        _remove_tags(tree, FURNITURE)
    main = main_text(tree)
    if main.extraction != page.extraction:
        page = dataclasses.replace(page, extraction=main.extraction)
    return HtmlInput(main.text, page, link_lines=main.link_lines)
