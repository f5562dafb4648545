"""Signers each written over the body they sign for: ``Jane Roe, Director`` / ``Harbour Union`` /
``Tom Lind, President`` / ``Valley Trust``, one line a paragraph; or each name over its function, every
line a paragraph of its own (``Heike Brandt`` / blank / ``Buchhändlerin`` / blank / ``Jonas Keller`` / …).

A joint statement of a few bodies closes so: each head's name and function on one line, the body
on the next.  Read one line an entry, the bodies were signers of their own, beside people who had
no affiliation.  The alternation itself is the evidence (a body's name need not hold a word that
says it is one: ``Gateway Longview``), so every other line must be a full name and its role.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lines import Line
from .cleaning import clean_entry_text
from .inline import is_full_name
from .kind import is_organisation, is_role
from .roles import split_title
from .rows import Row
from .segments import split_segments

_MIN_PAIRS = 2  # one "Name, Role" over one line is a sign-off, read elsewhere
_MAX_BODY_WORDS = 8


def people_over_bodies(rows: Sequence[Row]) -> list[list[Line]] | None:
    """The rows two by two (a ``Name, Role`` line, then its body's line), when the whole block alternates so;
    an odd last row stays an entry of its own (a page's counter or caption below, which the block drops).
    Or three by three, each signer a paragraph of its own (``_name_function_body``)."""
    if (paragraphs := _name_function_body(rows)) is not None or (paragraphs := _name_over_field(rows)) is not None:
        return paragraphs
    if len(rows) < 2 * _MIN_PAIRS or "," not in rows[0].line.text:
        return None  # (most blocks: no comma on their first line)
    pairs: list[list[Line]] = []
    for person, body in zip(rows[::2], rows[1::2], strict=False):
        text = body.line.text
        if "," in text or not text[:1].isupper() or len(text.split()) > _MAX_BODY_WORDS:
            return None
        segments = split_segments(clean_entry_text(person.line.text))
        if len(segments) != 2 or not is_full_name(segments[0]) or not is_role(segments[1]):
            return None
        pairs.append([person.line, body.line])
    if len(rows) % 2:
        pairs.append([rows[-1].line])
    return pairs


_PARAGRAPH_ROWS = 3  # a name, its function, its body
_MIN_UNSPACED_PARAGRAPHS = 3


def _name_function_body(rows: Sequence[Row]) -> list[list[Line]] | None:
    """Paragraphs of three lines, each a full name, a function and a body (``Jonas Weidner`` / ``Geschäftsführer``
    / ``Bürgerinitiative Am Hafen``): one signer each.  The shared layout is the evidence that the third line is
    a body, even one shaped like a name: blank lines between the paragraphs, or three of them at least."""
    if len(rows) < 2 * _PARAGRAPH_ROWS or len(rows) % _PARAGRAPH_ROWS or rows[1].after_blank or rows[2].after_blank:
        return None  # (most blocks: not a multiple of three lines, or a blank line inside the first three)
    spaced = rows[_PARAGRAPH_ROWS].after_blank
    if not spaced and len(rows) < _MIN_UNSPACED_PARAGRAPHS * _PARAGRAPH_ROWS:
        return None
    found: list[list[Line]] = []
    for at in range(0, len(rows), _PARAGRAPH_ROWS):
        name, function, body = rows[at : at + _PARAGRAPH_ROWS]
        if (at and name.after_blank != spaced) or function.after_blank or body.after_blank \
                or not is_full_name(clean_entry_text(name.line.text)) or not is_role(clean_entry_text(function.line.text)) \
                or "," in body.line.text or is_role(clean_entry_text(body.line.text)):
            return None
        found.append([name.line, function.line, body.line])
    return found


def _name_over_field(rows: Sequence[Row]) -> list[list[Line]] | None:
    """Paragraphs of two lines, each a person's name over its body or function (``prof. Anna Moro`` /
    ``Università di Trento`` / blank / ``dott.ssa Elena Ferri`` / ``Ospedale San Carlo``): one signer each.
    The shared layout is the evidence that a second line shaped like a name (``Ospedale San Carlo``) is a
    body: every paragraph two lines, and half the second lines or more a body or a function by their words."""
    if len(rows) < 2 * _MIN_PAIRS or len(rows) % 2 or rows[1].after_blank or not rows[2].after_blank:
        return None  # (most blocks: an odd count of lines, or no blank line after the first two)
    pairs: list[list[Line]] = []
    told = 0
    for name, field in zip(rows[::2], rows[1::2], strict=True):
        text = clean_entry_text(field.line.text)
        if (pairs and not name.after_blank) or field.after_blank or not text or split_title(text)[0] \
                or not is_full_name(clean_entry_text(name.line.text)):
            return None
        told += is_organisation(text) or is_role(text)
        pairs.append([name.line, field.line])
    return pairs if told * 2 >= len(pairs) else None


_MIN_NAME_PAIRS = 3  # a name over its function three times over: the page's layout, not chance
_MIN_UNSPACED_NAME_PAIRS = 5
_MAX_FUNCTION_WORDS = 20


def names_over_functions(rows: Sequence[Row]) -> list[list[Line]] | None:
    """The rows two by two (a full name, then its function), when the whole block alternates so and blank
    lines part a name from its function (a page that sets every field as a paragraph): read one line an
    entry, the functions were signers of their own.  Half the function lines or more must open with a
    function word; an odd last row stays an entry of its own (the scrape cut the list after a name)."""
    if len(rows) < 2 * _MIN_NAME_PAIRS or not is_full_name(clean_entry_text(rows[0].line.text)) \
            or is_full_name(clean_entry_text(rows[1].line.text)):
        return None  # (most blocks: two names, or no name, on their first two lines)
    pairs: list[list[Line]] = []
    spaced = functions = 0
    for name, field in zip(rows[::2], rows[1::2], strict=False):
        text = clean_entry_text(field.line.text)
        if not is_full_name(clean_entry_text(name.line.text)) or not text or is_full_name(text) \
                or text.endswith(":") or len(text.split()) > _MAX_FUNCTION_WORDS:
            return None
        spaced += field.after_blank
        functions += is_role(split_segments(text)[0])
        pairs.append([name.line, field.line])
    # (without blank lines a long run alternates so only by layout: "Wolfgang Roth" / "Dipl. Sozialwirt" / …)
    if (not spaced and len(pairs) < _MIN_UNSPACED_NAME_PAIRS) or functions * 2 < len(pairs):
        return None
    if len(rows) % 2:
        pairs.append([rows[-1].line])
    return pairs
