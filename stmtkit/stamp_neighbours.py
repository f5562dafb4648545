"""The lines beside a dateline's stamp line that belong to it (the dateline stage's questions).

A time alone on the next line ("# 22:24" under "11 October 2020"), an agency's sign-off right above
("(SERVIMEDIA)" over "17 Jul 2000"), an "Updated" stamp beside a "Published" one, and the place alone on
the line above a letter's closing date ("Gyumri" over "4 May 2022") or in capitals over the story under it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from .data.dateline_words import PLACE_AFTER_PREPOSITIONS
from .dates.agency_lines import sign_off_agency
from .dates.place import place_ok
from .dates.read import Stamp
from .dates.stamp_line import stamp_on_line
from .gazetteer import is_place
from .lines import Line
from .patterns import lazy
from .state import Context

# A time alone on its line, beside a date line: "# 22:24" above "11 October 2020".
_TIME_ALONE = lazy(r"^[\s#*>_|•·\-–]*(?P<time>\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?)\s*$")
# A place's name alone on its line is a few words ("Rio de Janeiro").
_PLACE_WORDS = 3


def time_beside(ctx: Context, line: Line, stamp: Stamp, read: Callable[[str], Stamp | None]) -> tuple[Stamp, int] | None:
    """A date with no time takes the time standing alone on the next content line above or below ("# 22:24");
    ``read``: the stage's reader of a text as the stamp line's."""
    dateline = stamp.dateline
    if dateline.datetime is None or dateline.time is not None:
        return None
    for step in (-1, 1):
        number = line.number + step
        while 1 <= number <= len(ctx.lines) and not ctx.line(number).text and ctx.is_free(number):
            number += step  # blank lines between
        if not (1 <= number <= len(ctx.lines)) or not ctx.is_free(number):
            continue
        m = _TIME_ALONE.match(ctx.line(number).text)
        if m is None or m.group("time") == "0:00":
            continue  # "0:00" alone: a media player's counter at rest, not the hour
        again = read(f"{dateline.text} {m.group('time')}")
        if again is not None and again.dateline.time is not None and again.dateline.date == dateline.date:
            kept = dataclasses.replace(dateline, datetime=again.dateline.datetime, utc_offset=again.dateline.utc_offset,
                                       timezone=again.dateline.timezone)
            return stamp._replace(dateline=kept), number
    return None


def with_neighbours(ctx: Context, line: Line, stamp: Stamp, languages: tuple[str, ...]) -> tuple[int, int]:
    """The stamp line's span, with an agency sign-off above it or an "Updated" stamp beside it.

    "(SERVIMEDIA)" right above "17 Jul 2000" signs the wire; "Updated: June 4 …" right above
    "Published: June 3 …" is the same stamp block (the published date is the one read).
    """
    first, last = line.number, max(line.number, stamp.dateline.lines[1] if stamp.dateline.lines else 0)  # "05" / "Jun" / "2019"
    if stamp.dateline.agency is None:
        sign_off = sign_off_above(ctx, line)
        if sign_off is not None:
            return sign_off[1], line.number
    for number in (line.number - 1, line.number + 1):
        if 1 <= number <= len(ctx.lines) and ctx.is_free(number):
            neighbour = stamp_on_line(ctx.line(number), languages)
            if neighbour is not None and neighbour.label == "updated":
                first, last = min(first, number), max(last, number)
    return first, last


def sign_off_above(ctx: Context, line: Line) -> tuple[str, int] | None:
    """``(SERVIMEDIA)`` on the line right above a date line: (the agency, its line)."""
    if line.number < 2 or not ctx.is_free(line.number - 1):
        return None
    agency = sign_off_agency(ctx.line(line.number - 1).text)
    return (agency, line.number - 1) if agency else None


def place_alone_beside(ctx: Context, line: Line) -> tuple[str, int, str] | None:
    """A place's name alone on the line right above a date line that names none ("Gyumri" / "4 May 2022", under a
    statement's signer), or in capitals over the story's first paragraph a few lines under the stamp ("14.12.2018" /
    the headline / "İSTANBUL" / the story, as a wire's page sets them): (the place, its line, why)."""
    number = line.number - 1 if line.number < 3 or ctx.text(line.number - 1).strip() else line.number - 2  # (a blank between)
    text = ctx.text(number).strip(" ,") if number >= 1 and ctx.is_free(number) else ""
    if (at := text.split(None, 1))[:1] and at[0] in PLACE_AFTER_PREPOSITIONS and len(at) == 2:
        text = at[1]  # "ณ เชียงใหม่" / "5 มิถุนายน 2562": "at" and the place over the date
    if text and len(text.split()) <= _PLACE_WORDS and (is_place(text) or _place_and_region(text)):
        return text, number, "the place alone on the line above the date"
    for number in range(line.number + 1, min(line.number + _LINES_TO_LEDE, len(ctx.lines)) + 1):
        text = ctx.text(number).strip()
        if text.isupper() and len(text.split()) <= _PLACE_WORDS and ctx.is_free(number) and is_place(text):
            story = next((other for other in ctx.lines[number:number + 2] if other.text.strip()), None)
            if story is not None and len(story.text) >= _STORY_CHARS:
                return text, number, "the place in capitals alone over the story's first paragraph"
    return None


# Under the stamp, the headline (and its copy) may stand between the stamp and the place over the story.
_LINES_TO_LEDE, _STORY_CHARS = 5, 80


def _place_and_region(text: str) -> bool:
    """``Washington, DC``, ``Paris, France``, ``Lyon, Rhône``: a known town, a comma, its region or country (a known
    place, or its initials in capitals)."""
    town, comma, region = text.partition(",")
    region = region.strip()
    initials = region.replace(".", "")
    return bool(comma) and is_place(town) and (is_place(region) or (initials.isupper() and len(initials) <= _REGION_INITIALS))


_REGION_INITIALS = 5


def place_before_date(ctx: Context, text: str, stamp: Stamp) -> str | None:
    """The words before the date of a stamp line (``text``, claimed), a town the gazetteer lacks, when the story names
    it again (``Val Fría 04/02/2021 08:40 h`` over a story on the town's cinemas): two or three capitalised words (a
    byline's author the story rarely names; a label or a weekday ``place_ok`` turns away)."""
    if stamp.label is not None:
        return None  # "Anna Berg — published 22/05/2019": the words before a stamp's label sign the page
    head = text[: stamp.start].strip(" ,|-–—")
    words = head.split()
    # (one word is as often a site's, a user's or a brand's name: "Bosch 26.01.2022", "Le 17/02/2020")
    if not 2 <= len(words) <= _PLACE_WORDS or not all(w[:1].isupper() and w.isalpha() for w in words) or not place_ok(head):
        return None
    for line_text in ctx.free_texts():  # the stamp's own line is claimed: not among them
        at = line_text.find(head)
        while at >= 0:
            end = at + len(head)
            if (at == 0 or not line_text[at - 1].isalpha()) and (end == len(line_text) or not line_text[end].isalpha()):
                return head
            at = line_text.find(head, end)
    return None
