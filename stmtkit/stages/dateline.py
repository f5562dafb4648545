"""Finding the dateline: which line is the publication stamp.

Reading the stamp is ``stmtkit.dates.read.parse_dateline``; this stage only
decides where it is: front matter ``date:``, a stamp line near the top, or a
``Place, date`` line closing a letter when nothing else dates it.  Dates
inside sentences (events, deadlines) are never taken.
"""

from __future__ import annotations

import regex

from ..dates.read import FoundDate, find_date, fold, parse_dateline
from ..lines import Line
from ..pipeline import Context

# How many content lines below the title a stamp is looked for.
_TOP_WINDOW = 8
# What may stand around the date on a stamp line: markup, labels, a weekday,
# a place followed by a comma, connectors ("le", "den", "am").
_LEFT = regex.compile(
    r"^[\s#*>|_\-–—]*"
    r"(?:(?:published|updated|posted|date|publie le|publie|mis a jour|veroffentlicht|aktualisiert|publicado"
    r"|actualizado|опубликовано|обновлено|дата|yayinlanma|tarih)\s*:?\s*)?"
    r"(?:\p{Lu}[\p{L}\-'’. ]{0,30},\s*)?"
    r"(?:(?:le|den|am|el|on|the|du)\s+)?"
    r"(?:\p{L}{2,12}\.?,?\s*)?$",
    regex.V1,
)
_RIGHT = regex.compile(r"^[\s.,;:()\[\]*_|\-–—]*(?:\p{Lu}{2,5}\)?)?[\s.,;:)*_]*$", regex.V1)


def stamp_on_line(line: Line, languages: tuple[str, ...] | None) -> FoundDate | None:
    """The date on ``line`` if the line is a stamp (the date and little else)."""
    text = line.text
    if len(text) > 120:
        return None
    found = find_date(text, languages)
    if found is None:
        return None
    left, right = text[: found.start], text[found.end :]
    if not _RIGHT.match(right):
        return None
    if not _LEFT.match(left) and not _LEFT.match(fold(left)):
        return None
    return found


def run(ctx: Context) -> None:
    options = ctx.options
    languages = options.languages or ((ctx.language,) if ctx.language else None)

    def read(text: str, number: int) -> None:
        ctx.dateline = parse_dateline(
            text,
            reference_date=options.reference_date,
            assume_tz=options.assume_tz,
            languages=languages,
            lines=(number, number),
        )

    if "date" in ctx.metadata and ctx.metadata_lines:
        first, last = ctx.metadata_lines
        for n in range(first, last + 1):
            if ctx.line(n).text.lower().startswith("date:"):
                read(ctx.metadata["date"], n)
                if ctx.dateline:
                    return
    content = ctx.free_content()
    for line in content[:_TOP_WINDOW]:
        if stamp_on_line(line, languages):
            ctx.claim((line.number, line.number), "dateline", "stamp line near the top")
            read(regex.sub(r"^[#*>\s]+", "", line.text), line.number)
            return
    # A letter closed by "Place, le 27 mai 2024": the last stamp line of the text.
    for line in reversed(content[_TOP_WINDOW:]):
        if stamp_on_line(line, languages):
            ctx.claim((line.number, line.number), "dateline", "closing date line")
            read(line.text, line.number)
            return
