"""A stamp or lede the scrape split over lines: read as one line.

``NAIROBI, April 9,`` / ``2013 (Wire) - …``: a hard-wrapped lede whose year opens the next line; ``05`` / ``Jun`` /
``2019``: a date widget whose day, month and year stand on lines of their own.
"""

from __future__ import annotations

from ..lines import Lines
from ..patterns import lazy

_YEAR_OPENS = lazy(r"(?:1[89]|20)\d\d\b")
_WIDGET_PIECE = 12  # a month's name or number in a date widget
_WIDGET_TOP = 8  # content lines from the top where a date widget stands


def split_stamp(content: Lines, index: int, text: str, number: int) -> tuple[str, int]:
    """(the text to read, the last line it spans) for ``content[index]`` (``text``, line ``number``): the line
    joined with the next one or two when the scrape split its stamp, else the line alone."""
    if text[-1:] == "," and index + 1 < len(content) and _YEAR_OPENS.match(content[index + 1].text):
        return f"{text} {content[index + 1].text}", content.number_at(index + 1)
    if len(text) <= 2 and text.isdigit() and index < _WIDGET_TOP:
        pieces = content[index + 1 : index + 3]  # no blank line between the pieces
        if len(pieces) == 2 and pieces.number_at(0) == number + 1 and pieces.number_at(1) == number + 2 \
                and len(pieces[0].text) <= _WIDGET_PIECE and len(year := pieces[1].text) == 4 and year.isdigit():
            return f"{text} {pieces[0].text} {year}", number + 2
    return text, number
