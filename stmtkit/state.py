"""The parse state: one document's lines, who claimed each, and what the stages found so far.

Every stage reads and writes it, and nothing else that lives across stages: a
stage imports this module and shared modules below it, never another stage.
Claims go through ``Context.claim``, which refuses overlapping claims, so every
line ends up in at most one element.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Hashable, Iterator, Sequence, Set
from itertools import compress, islice
from operator import itemgetter, not_

from .lines import Line, Lines
from .model import (
    BodyElement,
    Boilerplate,
    Dateline,
    ListBlock,
    Page,
    Paragraph,
    ParseWarning,
    SignatureBlock,
    Span,
    Title,
)
from .options import Options

# From this many identical boilerplate lines in a row on, they are one element with a count.
RUN_AS_ONE = 8
# Where the parse state remembers the document's usual gap; a gap this wide at most is a scrape's habit.
_USUAL_GAP_KEY = "usual gap"
_MAX_USUAL_GAP = 6
_SECOND = itemgetter(1)
# Why a step of the explain trail was taken: its text, or what writes it (no arguments) when the trail is read.
# Most parses are never asked why: a candidate's line of scores is written only for those that are (see parse_text).
Why = str | Callable[[], str]


class Context:
    """The lines of one document, who claimed each, and what the stages found so far.

    A plain class, not a dataclass: a dataclass compiles its generated methods when the module
    loads (about 5 M instructions of a one-file run), and the state is never compared, copied
    or shown whole.
    """

    __slots__ = (
        "_free_content", "_free_content_stale", "_run", "body", "boilerplate", "dateline", "explain", "language",
        "lines", "link_lines", "lists", "memo", "metadata", "metadata_lines", "options", "owner", "page", "preamble",
        "signatures", "title", "warnings",
    )

    def __init__(self, lines: Lines, options: Options, *, page: Page | None = None,
                 link_lines: Set[int] = frozenset()) -> None:
        self.lines = lines
        self.options = options
        self.owner: list[str | None] = [None] * len(lines)
        self.language: str | None = None
        self.title: Title | None = None
        self.metadata: dict[str, str] = {}
        self.metadata_lines: Span | None = None
        self.dateline: Dateline | None = None
        self.signatures: SignatureBlock | None = None
        self.lists: list[ListBlock] = []
        self.boilerplate: list[Boilerplate] = []
        self.preamble: list[Paragraph] = []
        self.body: list[BodyElement] = []
        self.warnings: list[ParseWarning] = []
        self.explain: list[tuple[str, Span, Why]] = []
        # Answers about names and lines remembered for this parse only (stmtkit.memo).
        self.memo: dict[Hashable, object] = {}
        # A web page's own metadata, its dates among them (stmtkit.inputs.page_meta): HTML input only
        self.page = page
        # The lines an HTML page wrote from one link's text alone (a tag, a related headline): HTML input only
        self.link_lines = link_lines
        # free_content's last answer, and whether a claim came since: the stages ask for it about ten
        # times a document (walking all 58 lines of the reference each time) and claim only a few times
        # between asks.  Claims only take lines, so a stale answer is filtered, not the whole page rewalked.
        # Safe because every writer of ``owner`` goes through ``claim``.
        self._free_content: Lines | None = None
        self._free_content_stale = False
        self._run = 0  # identical boilerplate elements at the end

    def line(self, number: int) -> Line:
        return self.lines[number - 1]

    def text(self, number: int) -> str:
        """Line ``number``'s ``text``, without making its ``Line``."""
        return self.lines.text_of(number)

    def usual_gap(self) -> int:
        """The number of blank lines the document most often puts between two paragraphs (at most
        ``_MAX_USUAL_GAP``; 0 with no gap seen twice): a scrape that sets two or four between all of them
        sets as many between a list's items or a block's signers, and a gap is wide only against it.
        Blank lines above the first text are no gap, and one gap alone is no habit."""
        gap = self.memo.get(_USUAL_GAP_KEY)
        if not isinstance(gap, int):
            # the commonest run, the first of equals: most_common(1)'s answer, without the import of heapq it
            # asks at each call (the import machinery walked again, some 13,000 instructions a page)
            usual = max(self.lines.blank_runs().items(), key=_SECOND, default=None)
            gap = min(usual[0], _MAX_USUAL_GAP) if usual is not None and usual[1] > 1 else 0
            self.memo[_USUAL_GAP_KEY] = gap
        return gap

    def boilerplate_kind(self, number: int) -> str | None:
        """The kind of boilerplate that claimed line ``number`` ("navigation", "site-chrome", …), or None."""
        owner = self.owner[number - 1]
        return owner[12:] if owner is not None and owner.startswith("boilerplate:") else None

    def free_texts(self, first: int = 1, last: int | None = None) -> Iterator[str]:
        """The ``text`` of the unclaimed lines in order (blank ones included), from line ``first`` to ``last``."""
        # the lines' texts sifted as they are read (no array of the free lines' numbers made first): a page's
        # texts are one list, and a reader of the first few (the language stage) stops there
        return compress(self.lines[first - 1 : last].texts(), map(not_, islice(self.owner, first - 1, last)))

    def is_free(self, number: int) -> bool:
        return self.owner[number - 1] is None

    def free_up_to(self, number: int) -> Lines:
        """The unclaimed lines right above line ``number`` and it, up to the first claimed line (a view)."""
        owners = self.owner
        claimed = next(filter(owners.__getitem__, range(number - 1, -1, -1)), -1)  # an owner is None or a string
        return self.lines[claimed + 1 : max(number, claimed + 1)]

    def free_lines(self) -> Iterator[Line]:
        """Unclaimed lines in order (blank ones included)."""
        return iter(self.lines.where(map(not_, self.owner)))  # an owner is None or a non-empty string

    def free_content(self) -> Lines:
        """Unclaimed non-blank lines in order (a view of the lines: nothing is copied, nothing may change it)."""
        content = self._free_content
        if content is None:
            content = self.lines.holding_text(self.owner)
        elif self._free_content_stale:
            content = content.holding_text(self.owner)
        self._free_content, self._free_content_stale = content, False
        return content

    def claim(self, span: Span, owner: str, why: str = "") -> None:
        """Give lines ``span[0]..span[1]`` to ``owner``; refuse if any is taken."""
        first, last = span
        if not 1 <= first <= last <= len(self.owner):  # an owner a line: the lines' count, asked of a list
            raise ValueError(f"{owner}: span {span} outside 1..{len(self.lines)}")
        owners = self.owner[first - 1 : last]
        if owners.count(None) != len(owners):
            taken = next(n for n in range(first, last + 1) if self.owner[n - 1] is not None)
            raise ValueError(f"{owner}: line {taken} already belongs to {self.owner[taken - 1]}")
        self.owner[first - 1 : last] = [owner] * len(owners)
        self._free_content_stale = True
        self.explain.append((owner, span, why))

    def release(self, span: Span, owner: str, why: str = "") -> None:
        """Give back lines ``owner`` claimed (a later stage decided otherwise): they are free again."""
        first, last = span
        for number in range(first, last + 1):
            if self.owner[number - 1] == owner:
                self.owner[number - 1] = None
        self._free_content = None  # lines came back: the cached answer cannot be filtered into it
        self.explain.append((owner, span, "released: " + why))

    def drop_boilerplate(self, piece: Boilerplate, why: str = "") -> None:
        """Take ``piece`` off the boilerplate and free its lines (a later stage found them to be the text's)."""
        self.boilerplate.remove(piece)
        self.release(piece.lines, f"boilerplate:{piece.kind}", why)

    def can_claim(self, span: Span) -> bool:
        return all(self.owner[n - 1] is None for n in range(span[0], span[1] + 1))

    def warn(self, code: str, message: str, lines: Span | None = None) -> None:
        self.warnings.append(ParseWarning(code, message, lines))

    def add_boilerplate(self, kind: str, span: Span, why: str = "") -> None:
        first, last = span
        text = self.text(first) if first == last else " ".join(filter(None, self.lines[first - 1 : last].texts()))
        # Interned: one string per kind, not one per claimed line (75 bytes a line of a dash bomb).
        self.claim(span, sys.intern("boilerplate:" + kind), why)
        items = self.boilerplate
        if self._run >= RUN_AS_ONE and first == last and self._continues(items[-1], kind, text, first):
            # The next line of a run already joined: the element and its explanation grow by one.
            joined = items[-1]
            items[-1] = Boilerplate(kind, text, (joined.lines[0], last), joined.count + 1)
            self._run += 1
            claimed, before = self.explain[-1], self.explain[-2]
            if claimed[0] == before[0] and claimed[2] == before[2]:
                del self.explain[-1]
                self.explain[-1] = (before[0], (before[1][0], last), before[2])
            return
        items.append(Boilerplate(kind, text, span))
        self._join_run()

    def add_boilerplate_each(self, kind: str, numbers: Sequence[int], why: str) -> None:
        """``add_boilerplate(kind, (n, n), why)`` for each line of ``numbers`` in order, every one of
        them reading the same text: the same elements, claims and explanations.

        Once the lines are one element with a count, the lines that go on with it join it
        together: a 20 MB file of ``-`` lines is ten million of them, at a few µs a call.
        """
        owner = sys.intern("boilerplate:" + kind)
        has_text, owners, items = self.lines.text_at, self.owner, self.boilerplate
        at, total = 0, len(numbers)
        while at < total:
            first = numbers[at]
            if self._run < RUN_AS_ONE or not self._continues(items[-1], kind, self.text(first), first):
                self.add_boilerplate(kind, (first, first), why)
                at += 1
                continue
            # The lines from ``first`` on that continue the run: free, with only blank lines between.
            end, last = at, items[-1].lines[1]
            while end < total:
                n = numbers[end]
                if n <= last or owners[n - 1] is not None or (n != last + 1 and any(map(has_text, range(last + 1, n)))):
                    break
                last, end = n, end + 1
            for n in numbers[at:end]:
                owners[n - 1] = owner
            self._free_content_stale = True
            joined = items[-1]
            items[-1] = Boilerplate(kind, joined.text, (joined.lines[0], last), joined.count + end - at)
            self._run += end - at
            # each line's explanation would have joined the one before it (the run's, when it reads the same)
            before = self.explain[-1]
            if before[0] == owner and before[2] == why:
                self.explain[-1] = (owner, (before[1][0], last), why)
            else:
                self.explain.append((owner, (first, last), why))
            at = end

    def _join_run(self) -> None:
        """Make a run of ``RUN_AS_ONE`` or more identical boilerplate lines one element with a count.

        500,000 lines of ``-`` made 500,000 elements, each with its record,
        explanation and JSON (789 MB for a 1 MB file); shorter runs (the
        reference's two ``#`` lines) stay one element a line, as before.
        """
        items = self.boilerplate
        last = items[-1]
        if len(items) < 2 or last.lines[0] != last.lines[1] or not self._continues(items[-2], last.kind, last.text, last.lines[0]):
            self._run = 1
            return
        self._run += 1
        if self._run < RUN_AS_ONE:
            return
        first = items[-2] if self._run > RUN_AS_ONE else items[-RUN_AS_ONE]
        count = first.count + 1 if self._run > RUN_AS_ONE else RUN_AS_ONE
        joined = Boilerplate(last.kind, last.text, (first.lines[0], last.lines[1]), count)
        taken = 2 if self._run > RUN_AS_ONE else RUN_AS_ONE
        del items[-taken:]
        items.append(joined)
        # Their explanations (the last ``taken`` claims) become one too.
        tail = self.explain[-taken:]
        if len(tail) == taken and all(e[0] == tail[0][0] and e[2] == tail[0][2] for e in tail):
            del self.explain[-taken:]
            self.explain.append((tail[0][0], joined.lines, tail[0][2]))

    def _continues(self, before: Boilerplate, kind: str, text: str, number: int) -> bool:
        """Line ``number`` (of ``kind``, reading ``text``) repeats ``before`` further on, with only
        blank lines between."""
        if before.kind != kind or before.text != text or before.lines[1] >= number:
            return False
        has_text = self.lines.text_at
        return before.lines[1] == number - 1 or not any(map(has_text, range(before.lines[1] + 1, number)))
