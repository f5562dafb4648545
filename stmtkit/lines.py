"""``Line``: one input line with what every stage needs to know about it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex

# Bullets and dashes that open list items and signature entries.
_MARKER = regex.compile(r"^[-–—•*·▪●◦‣>]+")


@dataclass(frozen=True, slots=True)
class Line:
    """A 1-based ``number``, the ``raw`` text and its ``text`` stripped of outer whitespace."""

    number: int
    raw: str
    text: str

    @property
    def blank(self) -> bool:
        return not self.text

    @property
    def indent(self) -> int:
        return len(self.raw) - len(self.raw.lstrip())

    @property
    def marker(self) -> str | None:
        """The leading bullet or dash (``-``, ``•``, ``*``), if any."""
        m = _MARKER.match(self.text)
        return m.group(0) if m else None


def split_lines(text: str) -> list[Line]:
    """Split normalised text into ``Line``s; a final newline does not make an extra line."""
    parts = text.split("\n")
    if parts and parts[-1] == "":
        parts.pop()
    return [Line(number, raw, raw.strip()) for number, raw in enumerate(parts, start=1)]


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
