"""``Line``: one input line with what every stage needs to know about it; ``Lines``: a document's lines.

``Lines`` keeps the text once and where each line starts (an array of offsets),
and makes a ``Line`` only when one is asked for: a list of ``Line`` objects
cost about 100 bytes a line (the object, its number, the list's slot), so 20 MB
of ``-`` lines (ten million) took a gigabyte before any stage ran.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import accumulate, compress
from typing import TypeVar, overload

from .model_base import Record, slot_setters
from .patterns import lazy

# Bullets and dashes that open list items and signature entries.
_MARKER = lazy(r"^[-–—•*·▪●◦‣>]+")
_MARKER_CHARS = frozenset("-–—•*·▪●◦‣>")
# The text is split a piece at a time, so that no list of a string per line ever exists.
_PIECE = 1 << 20
# The ``Line``s made last are kept, up to this many: the stages ask for the lines of a page of
# a few hundred lines many times over, and making one costs ten times finding it kept.
_KEEP = 4096
# Consecutive lines are cut out of the text at most this many at a time; a sequence of lines no
# longer than a page's is read line by line (its Lines are kept, and most callers stop early).
_PIECE_LINES = 4096
_PIECE_LINES_MIN = 256
# Lines sifted for text and a free owner at a time (``Lines.holding_text``).
_SIFTED = 4096
R = TypeVar("R")


def marker_of(text: str) -> str | None:
    """The bullet or dash opening a line's ``text`` (``-``, ``•``, ``*``), if any: ``Line.marker``."""
    if text[:1] not in _MARKER_CHARS:
        return None  # most lines open with a letter: no pattern compiled or run for them
    m = _MARKER.match(text)
    return m.group(0) if m else None


def once_a_run(func: Callable[[str], R], texts: Iterable[str]) -> Iterator[R]:
    """``map(func, texts)``, ``func`` asked once for a text repeated in a row: a page of one line
    repeated (800,000 ``1. x``) is answered once, not once a line."""
    asked: str | None = None
    answer: R
    for text in texts:
        if text != asked:
            asked, answer = text, func(text)
        yield answer


# A record as the model's are (model_base): no generated __init__, ==, hash or repr to compile at import.
@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class Line(Record):
    """A 1-based ``number``, the ``raw`` text and its ``text`` stripped of outer whitespace."""

    number: int
    raw: str
    text: str

    def __init__(self, number: int, raw: str, text: str) -> None:
        set_number, set_raw, set_text = _LINE_SETTERS
        set_number(self, number)
        set_raw(self, raw)
        set_text(self, text)

    @property
    def blank(self) -> bool:
        return not self.text

    @property
    def indent(self) -> int:
        return len(self.raw) - len(self.raw.lstrip())

    @property
    def marker(self) -> str | None:
        """The leading bullet or dash (``-``, ``•``, ``*``), if any."""
        return marker_of(self.text)


_LINE_SETTERS = slot_setters(Line)


class _Text:
    """One document's text, where each line starts, which lines hold text, and any line read otherwise."""

    __slots__ = ("content", "made", "read", "starts", "text", "texts", "whole")

    def __init__(self, text: str, read: dict[int, str] | None = None) -> None:
        self.text = text
        # Line i (0-based) is text[starts[i] : starts[i + 1] - 1]; the last entry is one past the end.
        self.starts = array("i" if len(text) < 2**31 - 2 else "q")
        # 1 where the line holds text (not blank once stripped), 0 where it is blank.
        self.content = bytearray()
        # A line whose ``text`` is not its stripped ``raw`` (Markdown: inline markup read), by 0-based index.
        self.read = read or {}
        self.made: dict[int, Line] = {}  # by 0-based index: at most _KEEP, emptied when full
        # Each line's ``text`` cut once (by 0-based index, at most _KEEP): the stages ask for a line's
        # text many times over, and one string asked again is no new string to make and to hash
        # again for each per-parse table it is looked up in.
        self.texts: dict[int, str] = {}
        # A page (at most _KEEP lines: most documents) keeps every line's text, cut once in C: the stages
        # walk its lines many times over, and a walk is then a map over a list, not a call a line.
        whole: list[str] | None = []
        pos, size = 0, len(text)
        while pos < size:
            end = text.find("\n", pos + _PIECE)
            end = size if end < 0 else end + 1
            parts = text[pos:end].split("\n")
            if parts[-1] == "":  # the piece ends with a newline: it makes no extra line
                parts.pop()
            self.starts.extend(accumulate(map((1).__add__, map(len, parts)), initial=pos))
            self.starts.pop()  # the start of the next piece, added by the next piece
            if whole is not None and len(whole) + len(parts) <= _KEEP:
                whole += map(str.strip, parts)
                self.content.extend(map(bool, whole[-len(parts) :] if parts else ()))
            else:
                whole = None
                self.content.extend(map(bool, map(str.strip, parts)))
            pos = end
        self.starts.append(size + 1 if size and not text.endswith("\n") else size)
        if self.read:
            for index, read_as in self.read.items():
                self.content[index] = bool(read_as)
                if whole is not None:
                    whole[index] = read_as
        self.whole = whole

    def line(self, index: int) -> Line:
        made = self.made.get(index)
        if made is None:
            if len(self.made) >= _KEEP:
                self.made.clear()
            raw = self.text[self.starts[index] : self.starts[index + 1] - 1]
            made = self.made[index] = Line(index + 1, raw, self.text_of(index))
        return made

    def texts_at(self, index: range | array[int], backwards: bool = False) -> Iterator[str]:
        """``text_of`` each of ``index`` (ascending), in order or ``backwards``."""
        if self.whole is not None:
            if type(index) is range and index.step == 1:  # a run of lines: their texts cut from the list at once
                run = self.whole[index.start : index.stop]
                return reversed(run) if backwards else iter(run)
            return map(self.whole.__getitem__, reversed(index) if backwards else index)
        if self.read or len(index) <= _PIECE_LINES_MIN:  # Markdown (a line's text may be read otherwise), a page
            return map(self.text_of, reversed(index) if backwards else index)
        return self._texts_in_pieces(index, backwards)

    def _texts_in_pieces(self, index: range | array[int], backwards: bool) -> Iterator[str]:
        """Lines that follow one another cut out of the text together, a piece at a time (growing:
        most callers stop after a few lines)."""
        text, starts, at, size, total = self.text, self.starts, 0, _PIECE_LINES_MIN, len(index)
        while at < total:
            part = index[max(total - at - size, 0) : total - at] if backwards else index[at : at + size]
            first, last = part[0], part[-1]
            if last - first == len(part) - 1:
                texts = text[starts[first] : starts[last + 1] - 1].split("\n")
                if backwards:
                    texts.reverse()
                yield from map(str.strip, texts)
            else:
                yield from map(self.text_of, reversed(part) if backwards else part)
            at, size = at + len(part), min(size * 2, _PIECE_LINES)

    def raw_of(self, index: int) -> str:
        made = self.made.get(index)
        return made.raw if made is not None else self.text[self.starts[index] : self.starts[index + 1] - 1]

    def text_of(self, index: int) -> str:
        if self.whole is not None and index >= 0:
            return self.whole[index]
        text = self.texts.get(index)
        if text is None:
            if len(self.texts) >= _KEEP:
                self.texts.clear()
            read = self.read.get(index) if self.read else None
            text = self.texts[index] = self.text[self.starts[index] : self.starts[index + 1] - 1].strip() if read is None else read
        return text


class Lines(Sequence[Line]):
    """A document's lines, or some of them, in order: ``Line``s made when asked for.

    Indexing and iteration give ``Line``s; a slice is ``Lines`` again (no copy of the lines).
    """

    __slots__ = ("_doc", "_index")

    def __init__(self, doc: _Text, index: range | array[int]) -> None:
        self._doc = doc
        self._index = index  # the 0-based indexes of the lines in this sequence, ascending

    def __len__(self) -> int:
        return len(self._index)

    @overload
    def __getitem__(self, at: int) -> Line: ...
    @overload
    def __getitem__(self, at: slice) -> Lines: ...
    def __getitem__(self, at: int | slice) -> Line | Lines:
        if isinstance(at, slice):
            return Lines(self._doc, self._index[at])
        return self._doc.line(self._index[at])

    def __iter__(self) -> Iterator[Line]:
        return map(self._doc.line, self._index)

    def __reversed__(self) -> Iterator[Line]:
        return map(self._doc.line, reversed(self._index))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Lines):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Lines({list(self)!r})"

    def numbers(self) -> Iterator[int]:
        """The 1-based numbers of these lines, in order (no ``Line`` made)."""
        index = self._index
        if type(index) is range:  # a run of lines (the whole page, a slice of it): no addition called a line
            return iter(range(index.start + 1, index.stop + 1, index.step))
        return map((1).__add__, index)

    def first_after(self, number: int) -> int:
        """Where in this sequence the first line numbered above ``number`` stands (``len(self)`` if none)."""
        return bisect_right(self._index, number - 1)

    def number_at(self, at: int) -> int:
        """The number of the line at ``at`` in this sequence (``self[at].number``, without making it)."""
        return self._index[at] + 1

    def texts(self) -> Iterator[str]:
        """The ``text`` of each of these lines, in order (no ``Line`` made)."""
        return self._doc.texts_at(self._index)

    def items(self) -> Iterator[tuple[int, str]]:
        """``(number, text)`` of each of these lines, in order (no ``Line`` made)."""
        return zip(self.numbers(), self.texts(), strict=True)

    def numbers_reversed(self) -> Iterator[int]:
        """``numbers()``, last first."""
        return map((1).__add__, reversed(self._index))

    def texts_reversed(self) -> Iterator[str]:
        """``texts()``, last first."""
        return self._doc.texts_at(self._index, backwards=True)

    def raws(self) -> Iterator[str]:
        """The ``raw`` text of each of these lines, in order (no ``Line`` made)."""
        return map(self._doc.raw_of, self._index)

    def text_of(self, number: int) -> str:
        """Line ``number``'s ``text`` (the document's numbering), without making a ``Line``."""
        return self._doc.text_of(number - 1)

    def raw_of(self, number: int) -> str:
        """Line ``number``'s ``raw`` text (the document's numbering), without making a ``Line``."""
        return self._doc.raw_of(number - 1)

    def raw_at(self, at: int) -> str:
        """The ``raw`` text of the line at ``at`` in this sequence (``self[at].raw``, without making it)."""
        return self._doc.raw_of(self._index[at])

    def holds(self, chars: str) -> bool:
        """Whether any character of ``chars`` occurs in the document's raw text (so maybe in a line's ``text``)."""
        text = self._doc.text
        return any(c in text for c in chars) or any(c in t for t in self._doc.read.values() for c in chars)

    def text_at(self, number: int) -> bool:
        """Whether line ``number`` of the document holds text (is not blank), without making a ``Line``."""
        return bool(self._doc.content[number - 1])

    def last_gap(self, blanks: int) -> int | None:
        """The number of the document's last line holding text with at least ``blanks`` blank lines right below it."""
        at = self._doc.content.rfind(b"\x01" + b"\x00" * blanks)
        return None if at < 0 else at + 1

    def blank_runs(self) -> Counter[int]:
        """How often each run of blank lines stands between two lines holding text, in the whole document
        (cut in C from the lines' marks: a walk of the lines cost a page of 10,000 lines some 2 M instructions)."""
        runs = Counter(map(len, bytes(self._doc.content).split(b"\x01")[1:-1]))
        del runs[0]  # two lines of text in a row: no run
        return runs

    def any_text(self) -> bool:
        """Whether any of these lines holds text."""
        content = self._doc.content
        return any(map(content.__getitem__, self._index))

    def pick(self, numbers: Iterable[int]) -> Lines:
        """The lines of the document numbered ``numbers`` (ascending), as ``Lines``."""
        return Lines(self._doc, array(self._doc.starts.typecode, map((-1).__add__, numbers)))

    def where(self, keep: Iterable[object]) -> Lines:
        """The lines of this sequence for which ``keep`` (one value a line, in order) is true."""
        return Lines(self._doc, array(self._doc.starts.typecode, compress(self._index, keep)))

    def holding_text(self, owners: Sequence[object]) -> Lines:
        """The lines of this sequence that hold text and whose entry in ``owners`` (0-based, by line) is empty.

        An owner is None or a non-empty string, so ``not owner`` tells a free line.  The lines are
        sifted a piece at a time by a comprehension: a chain of ``map``s over the lines (two look-ups,
        ``not_``, ``and_``, ``compress``, an array grown from an iterator) cost some three times as much
        a line, and a list of every line's number would hold a 20 MB page of ten million lines at once.
        """
        index, content, kept = self._index, self._doc.content, array(self._doc.starts.typecode)
        for at in range(0, len(index), _SIFTED):
            kept.extend([i for i in index[at : at + _SIFTED] if content[i] and not owners[i]])
        return Lines(self._doc, kept)


def lines_of(text: str, read: dict[int, str] | None = None) -> Lines:
    """The ``Lines`` of ``text``; ``read`` gives, by 0-based index, a line's ``text`` when it is not its stripped raw line."""
    doc = _Text(text, read)
    return Lines(doc, range(len(doc.starts) - 1))


def split_lines(text: str) -> Lines:
    """Split normalised text into ``Line``s; a final newline does not make an extra line."""
    return lines_of(text)


# Markup a Markdown line's raw form has and its text lost: emphasis, code, links' brackets, escapes,
# table bars, list bullets, heading hashes, quote marks.
_MARKUP = frozenset("*_`~[]!\\|#>+-")
_OPENING_MARKUP = frozenset("*_`~[")
_CLOSING_MARKUP = frozenset("*_`~")
# An entity ("&amp;" read as "&") or a list label written another way: how far a character is looked for.
_RESYNC = 12


def _positions(text: str, raw: str) -> list[int]:
    """For each character of ``text`` (``raw`` read with its markup dropped), its offset in ``raw``."""
    out: list[int] = []
    j = 0
    size = len(raw)
    for c in text:
        while j < size and raw[j] != c:
            if raw.startswith("](", j):
                # a link's target: the text has the link's words alone
                close = raw.find(")", j + 2)
                j = close + 1 if close >= 0 else size
            elif raw[j] == "<" and c != "<" and (end := raw.find(">", j)) >= 0:
                j = end + 1  # an HTML tag dropped from the text
            elif raw[j] in _MARKUP or raw[j].isspace():
                j += 1
            else:
                if not c.isspace() and (ahead := raw.find(c, j, j + _RESYNC)) >= 0:
                    j = ahead
                break
        out.append(min(j, size - 1) if size else 0)
        if j < size and raw[j] == c:
            j += 1
    return out


def as_written(lines: Sequence[Line], piece: str) -> str:
    """``piece``, read from the ``text`` of ``lines``, as the input wrote it: with its markup.

    A plain line's text is its raw form stripped, so ``piece`` comes back as it is; a Markdown
    line gives the span of its raw form that holds ``piece``, the markup around it included.

    >>> md = [Line(1, "- **Ana Ruiz** ([Friends of the Creek](https://creek.example))", "- Ana Ruiz (Friends of the Creek)")]
    >>> as_written(md, "- Ana Ruiz (Friends of the Creek)")
    '- **Ana Ruiz** ([Friends of the Creek](https://creek.example))'
    >>> as_written([Line(1, "**Ana Ruiz**, [Li Wei](https://li.example)", "Ana Ruiz, Li Wei")], "Li Wei")
    '[Li Wei](https://li.example)'
    """
    if all(ln.raw.strip() == ln.text for ln in lines):
        return piece
    text = "\n".join(ln.text for ln in lines)
    raw = "\n".join(ln.raw.strip() for ln in lines)
    at = text.find(piece)
    if not piece or at < 0 or piece == text:
        return raw  # the whole entry, or its lines joined another way ("Jane Roe, Director")
    positions = _positions(text, raw)
    start, end = positions[at], positions[at + len(piece) - 1] + 1
    while start > 0 and raw[start - 1] in _OPENING_MARKUP:
        start -= 1
    while end < len(raw) and raw[end] in _CLOSING_MARKUP:
        end += 1
    if raw.startswith("](", end) and (close := raw.find(")", end + 2)) >= 0:
        end = close + 1
    return raw[start:end].strip()
