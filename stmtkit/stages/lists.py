"""Lists: numbered, lettered, roman and bulleted, nested, with items over several lines.

An item opens at a label: ``1.`` ``1)`` ``(1)`` ``1-`` ``1º`` ``a)`` ``(a)``
``A.`` ``а)`` ``i.`` ``I.`` ``•`` ``-`` ``–`` ``*`` …  The lines right below it
(no blank between) continue it while they do not look like a new paragraph;
blank lines may separate items.  An item indented deeper than its parent, a
label of another style right below it (``1.`` then ``a)``), or a sub-number
(``1.1.`` under ``1.``) opens a nested level (``items[].items``).  A list
needs two items at its top level.  The em dash ``—`` is not a bullet: it opens
lines of dialogue in Russian and French texts.

Not lists: a paragraph that starts with a year (``2024. …``: labels have at
most three digits), a numbered date (``27. Mai 2024``), a phone number or
other figures (``(030) 1234 567``: an item starts with a letter, not a
digit), and signatory lists, which the signatures stage has claimed before
this stage runs.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

import regex

from ..chrome import is_section_label
from ..data.structure_words import LIST_CONJUNCTIONS
from ..fold import fold_words
from ..labels import Label, read_labels
from ..lines import Line
from ..model import ListBlock, ListItem, ListStyle
from ..patterns import SCRIPT_FULL_STOPS
from ..state import Context

# Terminal punctuation: a line ending so is a complete item, and a flush-left
# line after it starts a new paragraph rather than continuing the item.
# (and the full stops of other scripts, CJK's full-width marks, the Arabic question mark)
_ENDS_SENTENCE = (".", "!", "?", ";", ":", "»", "”", '"', "…", *SCRIPT_FULL_STOPS, "！", "？", "؟", "；")
_MAX_BLANKS = 2
# Nesting deeper than this ends the list: no statement needs it, and it bounds
# the work of re-reading a failed list from its next line (linear, not quadratic).
_MAX_DEPTH = 6
# A line at least this long that stops mid-sentence was wrapped by the source.
_WRAPPED_LINE = 50


@lru_cache(maxsize=1)
def _trailing_separator() -> regex.Pattern[str]:
    words = sorted({fold_words(w) for ws in LIST_CONJUNCTIONS.values() for w in ws} | {
        w.lower() for ws in LIST_CONJUNCTIONS.values() for w in ws}, key=len, reverse=True)
    conj = "|".join(regex.escape(w) for w in words)
    # Simple case folding (no V1): no word holds a sequence a single character folds to in full
    # ("ss" for "ß", "fi" for "ﬁ"), and full folding tripled the compile (18 -> 5 M instructions).
    # (the separators of CJK text count too: "一、保留图书馆；")
    return regex.compile(rf"\s*[;,；，、]\s*(?:(?:{conj})\b)?\s*$", regex.I)


def item_text(text: str) -> str:
    """Drop the trailing list separator but keep a final full stop.

    >>> item_text("Les ressources des autres pays ;"), item_text("the courts; and"), item_text("Done.")
    ('Les ressources des autres pays', 'the courts', 'Done.')
    """
    # Only the text's last ';' or ',' can be the separator (no conjunction holds one), so the
    # pattern is tried from there instead of from every position (2 to 3 µs an item); the spaces
    # before it, which the pattern would take too, go with the final strip().
    last = max(text.rfind(";"), text.rfind(","))
    if last < 0 and not text.isascii():
        last = max(text.rfind("；"), text.rfind("，"), text.rfind("、"))  # "保留图书馆；"
    if last < 0:
        return _without_dangling_dash(text.strip())
    if last == len(text) - 1:
        return _without_dangling_dash(text[:last].strip())  # "… des quais ;": the pattern's match is the separator alone
    found = _trailing_separator().search(text, last)
    return _without_dangling_dash((text[: found.start()] if found else text).strip())


def _without_dangling_dash(text: str) -> str:
    """``… talep ediyoruz. -``: a dash set apart after the item's last word is a separator too."""
    return text[:-2].rstrip() if text[-2:] in (" -", " –", " —") else text


# _Entry and _Level are plain classes: a dataclass compiles its generated methods when the module
# loads (2.3 M instructions each, for every one-file run), and these two are only built and read here.
class _Entry:
    """An item being read: its label line, continuation lines and children."""

    __slots__ = ("children", "label", "lines")

    def __init__(self, label: Label, lines: list[Line]) -> None:
        self.label = label
        self.lines = lines
        self.children: list[_Entry] = []

    @property
    def indent(self) -> int:
        return self.lines[0].indent

    def to_item(self) -> ListItem:
        first = self.lines[0]
        body = " ".join([first.text[self.label.end :].strip()] + [ln.text for ln in self.lines[1:]])
        raw = "\n".join(ln.raw for ln in self.lines)
        return ListItem(
            self.label.label,
            item_text(body),
            raw,
            (first.number, self.lines[-1].number),
            tuple(c.to_item() for c in self.children),
        )


class _Level:
    """One level of nesting: its items, style, family, indent and the ordinal expected next."""

    __slots__ = ("entries", "family", "indent", "next_ordinal", "style")

    def __init__(self, entries: list[_Entry], style: ListStyle, family: str, indent: int, next_ordinal: int | None) -> None:
        self.entries = entries
        self.style = style
        self.family = family
        self.indent = indent
        self.next_ordinal = next_ordinal

    def accepts(self, label: Label, indent: int) -> bool:
        if label.family != self.family or label.style != self.style or abs(indent - self.indent) > 1:
            return False
        return self.next_ordinal is None or label.ordinal == self.next_ordinal

    def add(self, entry: _Entry) -> None:
        self.entries.append(entry)
        if self.next_ordinal is not None and entry.label.ordinal is not None:
            self.next_ordinal = entry.label.ordinal + 1


def _opens_level(label: Label) -> bool:
    """A nested level starts at its first label: ``1`` ``a`` ``i`` or any bullet."""
    return label.ordinal in (None, 1)


def _new_level(entry: _Entry) -> _Level:
    label = entry.label
    nxt = label.ordinal + 1 if label.ordinal is not None else None
    return _Level([entry], label.style, label.family, entry.indent, nxt)


def _place(stack: list[_Level], line: Line, labels: list[Label], after_blank: bool) -> bool:
    """Put a label line into the tree: sibling, child or back up a level.  False ends the list.

    A child level opens at a deeper indent, or at a label of another style
    right below its parent (``1.`` then ``a)``); after a blank line a new
    style starts a new list instead, unless the parent ends with a colon.
    """
    indent = line.indent
    for label in labels:
        for depth in range(len(stack) - 1, -1, -1):
            level = stack[depth]
            if level.accepts(label, indent) and (depth == len(stack) - 1 or indent <= stack[depth + 1].indent):
                del stack[depth + 1 :]
                level.add(_Entry(label, [line]))
                return True
    top = stack[-1]
    if len(stack) >= _MAX_DEPTH:
        return False
    deeper = indent > top.indent + 1
    # "• March 2024:" / blank / "a) …": an item ending in a colon announces its sub-items, blank line or not
    announced = top.entries[-1].lines[-1].text.endswith(":")
    for label in labels:
        other_style = label.family != top.family or label.style != top.style
        if _opens_level(label) and (deeper or (other_style and (not after_blank or announced))):
            entry = _Entry(label, [line])
            siblings = top.entries[-1].children
            siblings.append(entry)
            level = _new_level(entry)
            level.entries = siblings  # the level and the parent item share one list of children
            stack.append(level)
            return True
    return False


def _continues(entry: _Entry, line: Line, after_blank: bool) -> bool:
    """Whether an unlabelled line continues the current item (a wrapped line) rather than ending the list."""
    text_column = entry.indent + entry.label.end
    if after_blank:
        # A second paragraph of the item is indented to the item's text (markdown); a paragraph
        # indented some other way is the text going on ("     Next paragraph" in indented pages).
        return abs(line.indent - text_column) <= 1 and line.indent > entry.indent
    if line.indent >= text_column or (line.indent > entry.indent and line.indent >= 2):
        return True
    previous = entry.lines[-1].text
    if previous.endswith(_ENDS_SENTENCE):
        return False
    if previous.isupper() and not line.text.isupper():
        return False  # "- L’ABANDON DE LA FERMETURE …" / "Dans la perspective …": an item in capitals does not wrap into other case
    # A hard-wrapped item: the line above is long, or this one goes on in lower case.
    return len(previous) >= _WRAPPED_LINE or line.text[:1].islower()


def _read_list(ctx: Context, start: int, labels: list[Label], read: dict[int, list[Label]]) -> tuple[list[_Entry], int] | None:
    """Read the list whose first item is on line ``start`` (``labels``: its readings): top-level entries and last line.

    ``read`` gets the labels of the line that ended the list, which ``run`` asks about next:
    a page of 800,000 ``1. x`` lines read every label twice.
    """
    first_line = ctx.line(start)
    if not labels:
        return None
    stack = [_new_level(_Entry(labels[0], [first_line]))]
    top_entries = stack[0].entries
    current = top_entries[0]
    last = start
    blanks = 0
    lines, owner = ctx.lines, ctx.owner  # line n is lines[n - 1]
    for n in range(start + 1, len(lines) + 1):
        if owner[n - 1] is not None:
            break
        if not lines.text_at(n):
            blanks += 1
            if blanks > _MAX_BLANKS and blanks > ctx.usual_gap():
                break
            continue
        line = lines[n - 1]
        labels = read_labels(line.text)
        if labels and _place(stack, line, labels, blanks > 0):
            current = stack[-1].entries[-1]
        elif not labels and _continues(current, line, blanks > 0):
            current.lines.append(line)
        else:
            read[n] = labels
            break
        blanks = 0
        last = n
    if len(top_entries) < 2:
        return None
    return top_entries, last


# A menu item has at most this many words.
_MENU_ITEM_WORDS = 6


def _navigation_above_title(ctx: Context, last: int, items: tuple[ListItem, ...]) -> bool:
    """A list of short items that ends above the headline: the page's skip links or menu; or a breadcrumb
    trail whose last item is the headline itself ("- News" / "- Unions back the appeal" over the headline)."""
    title = ctx.title
    return (
        title is not None and title.lines is not None and last < title.lines[0]
        and (all(len(item.text.split()) <= _MENU_ITEM_WORDS for item in items) or items[-1].text == title.text)
    )


def _section_tabs(items: tuple[ListItem, ...]) -> bool:
    """Every item names one of the site's sections ("• Latest" / "• Trending"): the page's tabs, not a list."""
    for item in items:
        text = item.text
        if len(text) > _TAB_CHARS or not is_section_label(text, fold_words(text)):
            return False
    return True


# A section's tab is a word or two.
_TAB_CHARS = 30


def _dialogue(entries: list[_Entry], items: tuple[ListItem, ...]) -> bool:
    """Dashes opening a question, its answer, the next question: an interview's turns, not a list; or dashes
    opening quotes, each attributed after its comma ("- Vi ber om …, skriver Kari Holm"): a paper's quotes."""
    if entries[0].label.style != "bullet" or entries[0].label.label not in "-–—":
        return False
    if all(", " in item.text and _attribution().search(item.text) for item in items):
        return True
    asked = [item.text.rstrip(" »”\"").endswith(("?", "؟")) for item in items]
    return asked[0] and all(a != b for a, b in pairwise(asked))


@lru_cache(maxsize=1)
def _attribution() -> regex.Pattern[str]:
    from ..data.speech_words import SPEECH_VERBS  # lazy: asked of dash-led paragraphs holding a comma only

    verbs = sorted({verb for group in SPEECH_VERBS.values() for verb in group}, key=len, reverse=True)
    return regex.compile(rf",\s(?:[—–-]\s)?(?:{'|'.join(map(regex.escape, verbs))})\b", regex.I)


def run(ctx: Context) -> None:
    after = 1  # the first line not passed yet
    lines, owner = ctx.lines, ctx.owner  # line n's text is read without making its Line
    total = len(lines)
    read: dict[int, list[Label]] = {}
    # The line (raw, text) a list was read from at line n - 1 that found none: the same line twice
    # below it would end a list read from here on the next line too (800,000 "1. x" lines).
    no_list: tuple[str, str] | None = None
    ahead: tuple[int, tuple[str, str]] = (0, ("", ""))  # the next line, when asked about already
    answer: tuple[str, list[Label]] = ("", [])  # a line repeated in a row is read once
    # The free lines holding text with their texts, walked in C (a blank or claimed line starts no list): only
    # the lists read here claim lines meanwhile, and the walk passes them.
    for n, text in ctx.free_content().items():
        if n < after:
            continue  # inside a list read above
        if n != after:
            no_list = None  # a blank or claimed line between
        known = read.pop(n, None)
        if known is None and text != answer[0]:
            answer = (text, read_labels(text))
        labels = known if known is not None else answer[1]
        if not labels:
            no_list, after = None, n + 1
            continue
        line = ahead[1] if ahead[0] == n else (lines.raw_of(n), text)
        if line == no_list and n < total and owner[n] is None:
            ahead = (n + 1, (lines.raw_of(n + 1), lines.text_of(n + 1)))
            if ahead[1] == line:
                after = n + 1
                continue
        found = _read_list(ctx, n, labels, read)  # the labels just read, not read again
        # each entry's item made once, for the questions below and the block (made for each question, an item
        # was made two to four times: a third of the stage on the htmldate pages' texts)
        items = tuple(e.to_item() for e in found[0]) if found else ()
        if found and (_navigation_above_title(ctx, found[1], items) or _dialogue(found[0], items) or _section_tabs(items)):
            # skip links or a menu numbered above the headline: page chrome; an interview's turns: paragraphs
            no_list, after = None, found[1] + 1
            continue
        if found:
            entries, last = found
            block = ListBlock(entries[0].label.style, items, (n, last))
            ctx.claim(block.lines, "list", f"{len(items)} {block.style} items")
            ctx.lists.append(block)
            no_list, after = None, last + 1
            continue
        no_list, after = line, n + 1
