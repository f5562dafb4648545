"""A place and an agency on lines of their own, as some wires set them: ``MADRID`` over ``SERVIMEDIA``
near the top, ``(SERVIMEDIA)`` right above a closing date line."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import regex

from ..chrome import is_section_label
from ..data import folded_dates
from ..fold import fold_words
from ..gazetteer import is_place
from ..lines import Line
from ..patterns import lazy
from .place import is_agency, known_agency

_PLACE_LINE = lazy(r"^\p{Lu}[\p{L}\p{M}'’\-]{2,}(?: \p{Lu}[\p{L}\p{M}'’\-]+){0,2}$", regex.V1)
_AGENCY_LINE = lazy(r"^[(/]?(?P<agency>[^()/]{2,30}?)[)/]?\.?$")
_AGENCY_LINE_MAX = 33


def place_agency_lines(lines: Sequence[Line]) -> tuple[str, str, tuple[int, int]] | None:
    """``MADRID`` then ``SERVIMEDIA`` on their own lines: (place, agency, their line numbers)."""
    for first, second in itertools.pairwise(lines):
        # An agency line is at most a bracket, 30 characters, a bracket and a full stop: longer lines
        # (most lines near the top) are not tried.
        if second.number != first.number + 1 or len(second.text) > _AGENCY_LINE_MAX:
            continue
        m = _AGENCY_LINE.match(second.text)
        # Capitals on one of the two lines keep a heading and a name ("Contact" / "Press Office") out.
        if (
            _PLACE_LINE.match(first.text)
            and m
            and is_agency(m.group("agency"))
            and (first.text.isupper() or second.text.isupper())
            # (a site's section in capitals under its menu is no agency: "NEWS", "НОВОСТИ")
            and not is_section_label(second.text, fold_words(second.text))
            and not is_section_label(first.text, fold_words(first.text))
        ):
            return first.text, m.group("agency"), (first.number, second.number)
    return next(filter(None, map(_wire_then_place, lines)), None) or next(filter(None, map(_place_dash_wire, lines)), None)


_CREDIT_MAX, _WIRE_WORDS = 60, 5


def _wire_then_place(line: Line) -> tuple[str, str, tuple[int, int]] | None:
    """``Associated Press Nairobi``: a credit line under a headline, a known wire's name and a known place."""
    text = line.text
    if len(text) > _CREDIT_MAX or not text[:1].isupper():
        return None
    split = text.split()
    if split[0] not in folded_dates.AGENCY_FIRST_WORDS:
        return None  # (most lines: no wire's name opens them, and no phrase is joined)
    for size in range(min(_WIRE_WORDS, len(split) - 1), 0, -1):
        wire, place = " ".join(split[:size]), " ".join(split[size:])
        if wire in folded_dates.AGENCY_NAMES and is_place(place):
            return place, wire, (line.number, line.number)
    return None


_SPACED_DASHES = (" – ", " - ", " — ")


def _place_dash_wire(line: Line) -> tuple[str, str, tuple[int, int]] | None:
    """``Riyadh – SANA``: a known place and a known wire on a line of their own, a spaced dash between."""
    text = line.text
    if len(text) > _CREDIT_MAX:
        return None
    for dash in _SPACED_DASHES:
        if dash in text:
            place, _, wire = text.rpartition(dash)
            if known_agency(wire.strip()) and is_place(place):
                return place.strip(), wire.strip(), (line.number, line.number)
    return None


def sign_off_agency(text: str) -> str | None:
    """The agency of a line that is only ``(SERVIMEDIA)`` or ``/EFE/``; None for anything else."""
    m = _AGENCY_LINE.match(text)
    if m and text.startswith(("(", "/")) and is_agency(m.group("agency")):
        return str(m.group("agency"))
    return None
