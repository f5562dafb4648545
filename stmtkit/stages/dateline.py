"""Finding the dateline: which line is the publication stamp.

Reading a stamp is ``stmtkit.dates.read``; this stage decides where it is, in
this order:

1. front matter ``date:``;
2. near the top (the first ``_TOP_WINDOW`` content lines): a stamp line (the
   date and little else: a label, a weekday, a place, an agency, a section
   name or byline set off by ``|``, markup), or a news lede
   ``BAKU, May 27 (Reuters) - …`` opening a paragraph — then
   ``dateline.lines`` points at that line, which stays the paragraph's; the
   lede may also open the first paragraph below a long header; a stamp
   labelled "Updated" gives way to a "Published" one;
3. a stamp the scrape ran into the headline or its repeat
   (``Headline 04.06.2024 09:30``), pointed at, not claimed;
4. a ``Place, le 27 mai 2024`` or bare date line closing the text when nothing
   above dates it.

Dates inside sentences (events, deadlines: "open for signing until
03.07.2013") are never taken: a stamp line has little besides the date.  A
place line and an agency line near the top (``MADRID`` / ``SERVIMEDIA``), or
an agency sign-off line right above the date (``(SERVIMEDIA)``), give the
dateline its place and agency.  A year-less dateline takes the year of the
document's own first full date, else the reference date's, with a warning.
"""

from __future__ import annotations

import dataclasses
import itertools

import regex

from ..dates.place import is_agency
from ..dates.read import Stamp, find_year, read_stamp
from ..dates.stamp_line import LEFTOVER, MARKUP, STAMP_MAX, is_stamp_line, stamp_on_line
from ..dates.zones import known_zone
from ..lines import Line
from ..state import Context

# How many content lines below the title a stamp is looked for.
_TOP_WINDOW = 8
# How many content lines from the end a closing date is looked for: after a long
# signature list, or before the letter's text as in an introduction ("01.07.2013" then "Текст письма").
_CLOSING_WINDOW = 300
_LEDE_HEAD = 200
# Lines scanned for the document's own year when the dateline states none.
_YEAR_SCAN = 400
_DIGIT = regex.compile(r"\d")
_PLACE_LINE = regex.compile(r"^\p{Lu}[\p{L}\p{M}'’\-]{2,}(?: \p{Lu}[\p{L}\p{M}'’\-]+){0,2}$", regex.V1)
_AGENCY_LINE = regex.compile(r"^[(/]?(?P<agency>[^()/]{2,30}?)[)/]?\.?$")
_AGENCY_LINE_MAX = 33


def _read(ctx: Context, text: str, number: int, languages: tuple[str, ...], year_hint: int | None = None) -> Stamp | None:
    options = ctx.options
    assume_tz = options.assume_tz if options.assume_tz and known_zone(options.assume_tz) else None
    try:
        return read_stamp(
            text,
            reference_date=options.reference_date,
            assume_tz=assume_tz,
            languages=languages,
            year_hint=year_hint,
            lines=(number, number),
        )
    except Exception:  # a stage never raises on odd text: an unreadable line is no stamp
        return None


def _is_lede(text: str, stamp: Stamp) -> bool:
    """``PLACE, date (AGENCY) -`` opening a paragraph."""
    return (
        stamp.lede
        and stamp.dateline.place is not None
        and bool(LEFTOVER.match(text[: stamp.start]))
    )


def _top_stamp(ctx: Context, lines: list[Line], languages: tuple[str, ...]) -> tuple[Line, Stamp, bool] | None:
    """The first stamp line or lede near the top: (line, stamp, claim the line)."""
    found: list[tuple[Line, Stamp, bool]] = []
    for line in lines:
        text = line.text
        head = text if len(text) <= STAMP_MAX else text[:_LEDE_HEAD]
        stamp = _read(ctx, head, line.number, languages)
        if stamp is None:
            continue
        if len(text) <= STAMP_MAX and is_stamp_line(text, stamp):
            found.append((line, stamp, True))
        elif _is_lede(text, stamp):
            found.append((line, stamp, False))
    if not found:
        lede = _first_paragraph_lede(ctx, lines, languages)
        if lede is not None:
            found.append(lede)
    dated = [f for f in found if f[1].dateline.datetime is not None]
    chosen = next((item for item in dated if item[1].label != "updated"), dated[0] if dated else None)
    if chosen is None:
        return found[0] if found else None
    bare = next((f[1].dateline for f in found if f[1].dateline.datetime is None), None)
    line, stamp, claim = chosen
    if bare is not None and stamp.dateline.place is None and stamp.dateline.agency is None:
        # "11.06.2024 14:05" then "ANKARA (AA) - …": the stamp dates the lede's place and agency.
        stamp = stamp._replace(dateline=dataclasses.replace(stamp.dateline, place=bare.place, agency=bare.agency))
    return line, stamp, claim


def _stamp_glued_to_title(ctx: Context, languages: tuple[str, ...]) -> tuple[Line, Stamp] | None:
    """A stamp run into the headline or its repeat by the scrape: "Bürgerinitiative fordert … 04.06.2024 09:30".

    Only when the text before the stamp is the headline itself, so a headline that merely
    names a date ("Elections on 9 June 2024") is not taken.
    """
    title = ctx.title.text.casefold() if ctx.title else ""
    if not title:
        return None
    for line in ctx.lines[:_TOP_WINDOW + 4]:
        text = line.text
        if len(text) > len(title) + STAMP_MAX or not text.casefold().startswith(title) or not _DIGIT.search(text[len(title):]):
            continue
        rest = text[len(title) :]
        stamp = _read(ctx, rest, line.number, languages)
        if stamp is not None and is_stamp_line(rest, stamp):
            return line, stamp
    return None


# A lede opens the story's first paragraph, which may sit below a long header.
_LEDE_WINDOW = 20
_PARAGRAPH_MIN = 80


def _first_paragraph_lede(ctx: Context, top: list[Line], languages: tuple[str, ...]) -> tuple[Line, Stamp, bool] | None:
    """``BAKU, May 27 (Reuters) - …`` opening the first paragraph, below the top window."""
    content = ctx.free_content()[:_LEDE_WINDOW]
    for line in content:
        if len(line.text) < _PARAGRAPH_MIN:
            continue
        if line in top:
            return None  # the first paragraph was in the top window and opened with no lede
        stamp = _read(ctx, line.text[:_LEDE_HEAD], line.number, languages)
        if stamp is not None and _is_lede(line.text, stamp):
            return line, stamp, False
        return None
    return None


def _place_agency_lines(ctx: Context, lines: list[Line]) -> tuple[str, str, tuple[int, int]] | None:
    """``MADRID`` then ``SERVIMEDIA`` on their own lines near the top."""
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
        ):
            return first.text, m.group("agency"), (first.number, second.number)
    return None


def _closing_stamp(ctx: Context, lines: list[Line], languages: tuple[str, ...], year_hint: int | None) -> tuple[Line, Stamp] | None:
    """The last date line of the text (a letter's ``Paris, le 27 mai 2024``)."""
    for line in reversed(lines):
        if len(line.text) > STAMP_MAX or not _DIGIT.search(line.text):
            continue
        stamp = _read(ctx, MARKUP.sub("", line.text), line.number, languages, year_hint)
        # A relative stamp low in the page dates a reader's comment ("Rick Havel / 2 hours ago").
        if stamp is not None and not stamp.relative and is_stamp_line(MARKUP.sub("", line.text), stamp):
            return line, stamp
    return None


def _document_year(ctx: Context, skip: int, languages: tuple[str, ...]) -> int | None:
    for key in ("date", "published", "pubdate"):
        if key in ctx.metadata:
            year = find_year(ctx.metadata[key], languages)
            if year:
                return year
    for line in ctx.lines[:_YEAR_SCAN]:
        if line.number != skip and line.text and len(line.text) <= 2000:
            year = find_year(line.text, languages)
            if year:
                return year
    return None


def _finish(ctx: Context, stamp: Stamp, line: Line, languages: tuple[str, ...], text: str) -> Stamp:
    """Re-read a year-less stamp with the document's own year."""
    if stamp.year_stated or stamp.dateline.datetime is None:
        return stamp
    year = _document_year(ctx, line.number, languages)
    if year is None:
        return stamp
    again = _read(ctx, text, line.number, languages, year_hint=year)
    return again or stamp


def _publish(ctx: Context, stamp: Stamp, place_agency: tuple[str, str, tuple[int, int]] | None) -> None:
    dateline = stamp.dateline
    lines = dateline.lines
    if lines and lines[0] != lines[1] and dateline.agency is None:
        sign_off = _sign_off_agency_text(ctx.line(lines[0]).text)
        if sign_off:
            dateline = dataclasses.replace(dateline, agency=sign_off)
    if place_agency is not None and dateline.place is None:
        place, agency, span = place_agency
        if ctx.can_claim(span):
            ctx.claim(span, "dateline", "place and agency lines near the top")
            dateline = dataclasses.replace(dateline, place=place, agency=dateline.agency or agency, place_lines=span)
    for message in stamp.warnings:
        ctx.warn("dateline", message, dateline.lines)
    ctx.dateline = dateline


def _sign_off_agency_text(text: str) -> str | None:
    m = _AGENCY_LINE.match(text)
    if m and text.startswith(("(", "/")) and is_agency(m.group("agency")):
        return str(m.group("agency"))
    return None


def _sign_off_agency(ctx: Context, line: Line) -> tuple[str, int] | None:
    """``(SERVIMEDIA)`` on the line right above a date line."""
    if line.number < 2 or not ctx.is_free(line.number - 1):
        return None
    agency = _sign_off_agency_text(ctx.line(line.number - 1).text)
    return (agency, line.number - 1) if agency else None


def run(ctx: Context) -> None:
    options = ctx.options
    languages = tuple(options.languages or ((ctx.language,) if ctx.language else ()))
    if options.assume_tz and not known_zone(options.assume_tz):
        ctx.warn("dateline", f"unknown time zone {options.assume_tz!r} not assumed: give an IANA name such as 'Europe/Paris'")

    if "date" in ctx.metadata and ctx.metadata_lines:
        first, last = ctx.metadata_lines
        for n in range(first, last + 1):
            if ctx.line(n).text.lower().startswith("date:"):
                stamp = _read(ctx, ctx.metadata["date"], n, languages)
                if stamp is not None and stamp.dateline.datetime is not None:
                    _publish(ctx, stamp, None)
                    return
    content = ctx.free_content()
    top = content[:_TOP_WINDOW]
    place_agency = _place_agency_lines(ctx, top)
    found = _top_stamp(ctx, top, languages)
    if found is not None:
        line, stamp, claim = found
        head = line.text if len(line.text) <= STAMP_MAX else line.text[:_LEDE_HEAD]
        stamp = _finish(ctx, stamp, line, languages, head)
        if not claim:
            ctx.explain.append(("dateline", (line.number, line.number), "news lede opening the paragraph (line not claimed)"))
            _publish(ctx, stamp, place_agency)
            return
        why = "stamp line near the top"
    else:
        glued = _stamp_glued_to_title(ctx, languages)
        if glued is not None:
            line, stamp = glued
            ctx.explain.append(("dateline", (line.number, line.number), "stamp glued after the headline (line not claimed)"))
            _publish(ctx, stamp, place_agency)
            return
        closing = _closing_stamp(ctx, content[_TOP_WINDOW:][-_CLOSING_WINDOW:], languages, None)
        if closing is None:
            return
        line, stamp = closing
        stamp = _finish(ctx, stamp, line, languages, MARKUP.sub("", line.text))
        why = "closing date line"
    span = _with_neighbours(ctx, line, stamp, languages)
    if span != stamp.dateline.lines:  # most stamps stand alone on their line: no copy (dataclasses.replace is slow)
        stamp = stamp._replace(dateline=dataclasses.replace(stamp.dateline, lines=span))
    ctx.claim(span, "dateline", why)
    _publish(ctx, stamp, place_agency)


def _with_neighbours(ctx: Context, line: Line, stamp: Stamp, languages: tuple[str, ...]) -> tuple[int, int]:
    """The stamp line's span, with an agency sign-off above it or an "Updated" stamp beside it.

    "(SERVIMEDIA)" right above "17 Jul 2000" signs the wire; "Updated: June 4 …" right above
    "Published: June 3 …" is the same stamp block (the published date is the one read).
    """
    first = last = line.number
    if stamp.dateline.agency is None:
        sign_off = _sign_off_agency(ctx, line)
        if sign_off is not None:
            return sign_off[1], line.number
    for number in (line.number - 1, line.number + 1):
        if 1 <= number <= len(ctx.lines) and ctx.is_free(number):
            neighbour = stamp_on_line(ctx.line(number), languages)
            if neighbour is not None and neighbour.label == "updated":
                first, last = min(first, number), max(last, number)
    return first, last
