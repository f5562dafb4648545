"""``Line``: one input line with what every stage needs to know about it."""

from __future__ import annotations

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
