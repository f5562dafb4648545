"""Finding the dateline: which of the dates a document states is its publication stamp.

Reading a stamp is ``stmtkit.dates.read``; this stage chooses by evidence.  Every date the
document states that could be the stamp is a candidate (``stmtkit.dates.candidates``): each
short line that yields a stamp, each paragraph opening near the top that is a news lede
(``BAKU, May 27 (Reuters) - …``, or date-less ``Paris (AFP) -``), a stamp the scrape ran
into the headline, and the front matter's ``date:``.  Each gets named features: its shape (the date and little
else, a label, a rubric, prose around it), its position (from the top, from the end, below
the headline) and its neighbours (a run of dated lines is a list or a widget); the weights
are one table (``stmtkit.data.dateline_weights``).  The best candidate at or above the
threshold is the dateline, and ``--explain`` lists the candidates with their scores.

A stamp and a lede are one dateline: the stamp gives the time, the lede place and agency.
A stamp line is claimed; a lede's line stays its paragraph's, and a stamp glued to the
headline is pointed at, not claimed.  A place line and an agency line near the top
(``MADRID`` / ``SERVIMEDIA``), or an agency sign-off line right above the date
(``(SERVIMEDIA)``), give the dateline its place and agency.  A year-less dateline takes the
year of the document's own first full date, else the reference date's, with a warning.
"""

from __future__ import annotations

import dataclasses
from functools import partial

from ..chrome import is_weather_reading, names_a_name_day
from ..crawler_line import crawler_metadata, crawler_month
from ..data.dateline_weights import THRESHOLD
from ..dates.agency_lines import place_agency_lines, sign_off_agency
from ..dates.candidates import (
    DateCandidate,
    continues_numbering,
    date_runs,
    day_month_settled,
    describe,
    is_venue_line,
    lede_of_stamp,
    mark_clock_top,
    same_day,
    score,
    shape_features,
    stamp_run_into_lede,
)
from ..dates.dateless import dateless_lede, lede_date
from ..dates.read import Stamp, find_year, lede_stamp, read_stamp
from ..dates.split_stamp import split_stamp
from ..dates.stamp_line import LEFTOVER, STAMP_MAX, is_stamp_line
from ..dates.zones import known_zone
from ..lines import Line, Lines
from ..patterns import holds_digit, lazy
from ..stamp_neighbours import place_alone_beside, place_before_date, time_beside, with_neighbours
from ..state import Context

# Where place and agency lines ("MADRID" / "SERVIMEDIA") are looked for: the first content lines.
_TOP_WINDOW = 8
_LEDE_WINDOW, _PARAGRAPH_MIN = 20, 80  # a paragraph's opening is read as a lede this far down, or as the first paragraph
_ELSEWHERE = frozenset({"related", "comments"})  # the boilerplate under which dates belong to other pages or to readers
_NOT_THE_PAGES = _ELSEWHERE | {"widget"}  # and the site's clock: no year of the document's
_LEDE_HEAD = 200
# near_top falls from 1 to 0 over this many content lines, near_end over this many from the end;
# after_title: within this many content lines below the headline.
_TOP_SPAN, _END_SPAN, _AFTER_TITLE = 15, 20, 3
# A lede gives the chosen stamp its place and agency when it scores at least this (a place alone
# in capitals, "AMSTERDAM - …", is no dateline by itself but places a stamp).
_PARTNER_MIN = 0.0
_EXPLAINED = 6  # how many candidates --explain lists, best first
_YEAR_SCAN, _YEAR_CHARS = 400, 2000  # lines scanned for the document's own year when the dateline states none
_HAN_DATE, _HAN_LANGUAGES = lazy(r"[〇零一二三四五六七八九十][年月日]", engine="re"), frozenset({"zh", "ja"})  # "二〇〇九年十一月"
_YEAR = lazy(r"\d{4}")


def _read(ctx: Context, text: str, number: int, languages: tuple[str, ...], year_hint: int | None = None,
          last: int | None = None) -> Stamp | None:
    options = ctx.options
    assume_tz = options.assume_tz if options.assume_tz and known_zone(options.assume_tz) else None
    try:
        return read_stamp(text, reference_date=options.reference_date, assume_tz=assume_tz, languages=languages,
                          year_hint=year_hint, lines=(number, last or number))
    except Exception:  # a stage never raises on odd text: an unreadable line is no stamp
        return None


def _stamp_glued_to_title(ctx: Context, languages: tuple[str, ...]) -> tuple[Line, str, Stamp] | None:
    """A stamp run into the headline or its repeat by the scrape: "Bürgerinitiative fordert … 04.06.2024 09:30",
    or before it: "14.03.2023 Жители долины просят …".

    Only when the text before the stamp is the headline itself, so a headline that merely
    names a date ("Elections on 9 June 2024") is not taken.
    """
    title = ctx.title.text.casefold() if ctx.title else ""
    if not title:
        return None
    for number, text in ctx.lines[:_TOP_WINDOW + 4].items():  # a Line made only for the one returned
        if len(text) > len(title) + STAMP_MAX:
            continue
        folded = text.casefold()
        if folded.startswith(title):
            rest = text[len(title) :]
        elif folded.endswith(title) and holds_digit(text[:_LEADING_STAMP_DIGIT]):
            rest = text[: len(text) - len(title)]  # "06.07.2021 Headline": the stamp run into the headline's start
        else:
            continue
        if not holds_digit(rest):
            continue
        stamp = _read(ctx, rest, number, languages)
        if stamp is not None and is_stamp_line(rest, stamp):
            return ctx.line(number), rest, stamp
    return None


# A stamp run into a headline's start opens with its figures ("06.07.2021", "12 марта 2024").
_LEADING_STAMP_DIGIT = 4


def _document_year(ctx: Context, languages: tuple[str, ...], month_day: tuple[int, int]) -> int | None:
    for key in ("date", "published", "pubdate"):
        if key in ctx.metadata:
            year = find_year(ctx.metadata[key], languages)
            if year:
                return year
    for line in ctx.lines[:_TOP_WINDOW]:
        # "date 2024-02 …": the crawler dated the page (a year and a month, no day)
        stated = _YEAR.search(line.text, 0, crawler_metadata(line.text))
        if stated is not None:
            return int(stated.group())
    # One pass: a line stating the same day with its year wins ("Bratislava 27. júna (TASR) -" over a caption's "… on
    # 27 June 2019"), else the first full date found.  The stamp's own line too: a year-less lede's paragraph may date
    # it ("新华社北京5月13日电 … 2025年5月10日"); the stamp itself states no year, so the first full date found is another.
    # A paragraph by its opening; not a date under "Related articles" or "3 comments", nor the site's clock.
    day = str(month_day[1])  # (a line without the day in ASCII figures is not read for it: other figures keep the first)
    first = None
    for line in ctx.lines[:_YEAR_SCAN]:
        if not line.text or ctx.boilerplate_kind(line.number) in _NOT_THE_PAGES:
            continue
        opening = line.text[:_YEAR_CHARS]
        if day in line.text and (year := find_year(opening, languages, month_day)):
            return year
        if first is None and not names_a_name_day(line.text):
            first = find_year(opening, languages)
    return first


def _beside_weather(ctx: Context, number: int) -> bool:  # a temperature below: the clock (under it, maybe the page's stamp)
    return number < len(ctx.lines) and is_weather_reading(ctx.text(number + 1))


def _beside_name_day(ctx: Context, number: int) -> bool:  # the widget's words on the date's line or the next: the clock
    return names_a_name_day(ctx.text(number)) or (number < len(ctx.lines) and names_a_name_day(ctx.text(number + 1)))


def _finish(ctx: Context, stamp: Stamp, number: int, languages: tuple[str, ...], text: str) -> Stamp:
    """Re-read a year-less stamp with the document's own year (place and agency a merge gave are kept); date a
    wire's lede that states the day alone ("MADRID, 17 (EUROPA PRESS)") by the crawler's month ("date 2022-02")."""
    if stamp.dateline.datetime is None:
        month = next(filter(None, (crawler_month(line.text) for line in ctx.lines[:_TOP_WINDOW])), None)
        date = lede_date(stamp.dateline.text, month) if month else None
        return stamp._replace(dateline=dataclasses.replace(stamp.dateline, datetime=date)) if date else stamp
    if stamp.year_stated:
        return stamp
    year = _document_year(ctx, languages, (stamp.dateline.datetime.month, stamp.dateline.datetime.day))
    if year is None:
        return stamp
    again = _read(ctx, text, number, languages, year_hint=year)
    if again is None or again.dateline.datetime is None:
        return stamp
    kept = stamp.dateline
    return stamp._replace(dateline=dataclasses.replace(kept, datetime=again.dateline.datetime,
                                                       utc_offset=again.dateline.utc_offset), warnings=again.warnings)


def _publish(ctx: Context, stamp: Stamp, place_agency: tuple[str, str | None, tuple[int, int]] | None,
             why: str = "place and agency lines near the top") -> None:
    dateline = stamp.dateline
    lines = dateline.lines
    if lines and lines[0] != lines[1] and dateline.agency is None:
        sign_off = sign_off_agency(ctx.line(lines[0]).text)
        if sign_off:
            dateline = dataclasses.replace(dateline, agency=sign_off)
    if place_agency is not None and dateline.place is None:
        place, agency, span = place_agency
        if ctx.can_claim(span):
            ctx.claim(span, "dateline", why)
            dateline = dataclasses.replace(dateline, place=place, agency=dateline.agency or agency, place_lines=span)
    for message in stamp.warnings:
        ctx.warn("dateline", message, dateline.lines)
    ctx.dateline = dateline


def _line_candidates(ctx: Context, content: Lines, languages: tuple[str, ...]) -> list[tuple[int, DateCandidate]]:
    """(content index, candidate) for every line near enough to read that yields a stamp. Short lines are read whole
    (a stamp line, a closing date, a rubric and a date); a paragraph only by its opening (a lede), near the top or first."""
    found: list[tuple[int, DateCandidate]] = []
    han = ctx.language in _HAN_LANGUAGES  # a date in Han numerals holds no digit
    first_paragraph = next((i for i, text in enumerate(content.texts()) if len(text) >= _PARAGRAPH_MIN), None)
    nothing_in: str | None = None  # below the lede window a line repeated that gave nothing gives nothing
    for index, (number, text) in enumerate(content.items()):
        below_window = index >= _LEDE_WINDOW and index != first_paragraph
        if below_window and (text == nothing_in or len(text) > STAMP_MAX):
            continue
        text, last = split_stamp(content, index, text, number) if index < _LEDE_WINDOW else (text, number)
        head = text if len(text) <= STAMP_MAX else text[:_LEDE_HEAD]
        if not holds_digit(head) and not (han and _HAN_DATE.search(head)) \
                and (index >= _LEDE_WINDOW or dateless_lede(head) is None):
            # With no digit only a date-less lede opening the story near the top is a candidate
            # (asked first: reading every undated line of the header cost the stage half its time).
            continue
        before = len(found)
        _on_line(ctx, found, index, number, text, languages, last)
        nothing_in = text if below_window and len(found) == before else None
    return found


def _on_line(ctx: Context, found: list[tuple[int, DateCandidate]], index: int, number: int, text: str, languages: tuple[str, ...],
             last: int) -> None:
    """Add the candidates of content line ``index`` holding a digit, or near the top, to ``found``."""
    short, head = len(text) <= STAMP_MAX, text[:_LEDE_HEAD]  # a short line is read whole
    cut = (crawler_metadata(text) or _glued_title(ctx, text)) if index < _LEDE_WINDOW else 0
    if cut:
        # "date 2023-05 (NOVA) Milano, 9 mag. – …", "date 2025-09-30 Tuesday 30 September 2025, 5 pm":
        # the line opens again after the crawler's metadata, weighed without it
        rest = text[cut:][:_LEDE_HEAD]
        after_metadata = _read(ctx, rest, number, languages)
        _bare_lede(found, index, number, rest, after_metadata)
        if after_metadata is not None:
            found.append((index, _line_candidate(number, rest, after_metadata, len(rest) <= STAMP_MAX)))
    stamp = _read(ctx, head, number, languages, last=last)
    _bare_lede(found, index, number, head, stamp)
    if stamp is None:
        return
    # A crawler's date before a date-less lede ("date 2020-10-02 WASHINGTON — …") is weighed alone; the line is the lede's.
    alone = 0 < stamp.end <= cut < len(text) and dateless_lede(text[cut:][:_LEDE_HEAD]) is not None
    if 0 < stamp.end <= cut and not alone:
        return  # the crawler's date before anything else is metadata, not the page's dateline (it may lend a year)
    whole = _line_candidate(number, text[:cut], stamp, False) if alone else _line_candidate(number, head, stamp, short)
    found.append((index, whole))
    if stamp.start and stamp.dateline.time is not None and index < _LEDE_WINDOW and not cut:
        found.extend((index, c) for c in stamp_run_into_lede(head, stamp, number, lambda t: _read(ctx, t, number, languages)))
    glued = head[stamp.end : stamp.end + 1].isalpha() and head[stamp.end - 1 : stamp.end].isdigit()
    if glued and not cut and "stamp_line" not in whole.features and LEFTOVER.match(head, 0, stamp.start):
        # "14.05.2022 | 09:20Жители трёх микрорайонов …": the scrape glued the stamp to the story's first word
        # (a paragraph's line stays the story's; a short one, "23/12/2017Comunicate", is the stamp's)
        found.append((index, _line_candidate(number, head[: stamp.end], stamp, short)))
    rest = head[stamp.end :]
    if short and not cut and len(rest) > 4 and holds_digit(rest):
        # A second stamp on the line: "date 2025-09-30 Tuesday 30 September 2025, 5 pm"; its shape is
        # weighed on the whole line, where the first stamp stands before it.
        again = _read(ctx, rest, number, languages)
        if again is not None and again.dateline.datetime is not None:
            shift = stamp.end
            again = again._replace(start=again.start + shift, end=again.end + shift, date_start=again.date_start + shift)
            found.append((index, _line_candidate(number, head, again, short)))


def _glued_title(ctx: Context, text: str) -> int:
    """``HeadlineNapoli, 14 mar. (agenzianova) – …``: the headline's copy glued before the lede; its length, else 0."""
    title = ctx.title.text if ctx.title is not None else ""
    return len(title) if len(title) >= _GLUED_TITLE_MIN and len(text) > len(title) and text.startswith(title) else 0


# A headline this long glued before a lede is no word the lede's place could open with.
_GLUED_TITLE_MIN = 20


def _bare_lede(found: list[tuple[int, DateCandidate]], index: int, number: int, text: str, stamp: Stamp | None) -> None:
    """A date-less lede opening the line, a date further on: "CHICAGO--(NEWS WIRE)--… today …"."""
    lede = dateless_lede(text) if stamp is not None and stamp.start > 0 else None
    if lede is not None and stamp is not None and lede.end <= stamp.start:
        found.append((index, _line_candidate(number, text, lede_stamp(text, lede, (number, number)), len(text) <= STAMP_MAX)))


def _line_candidate(number: int, text: str, stamp: Stamp, short: bool) -> DateCandidate:
    features = shape_features(text, stamp)
    # A stamp alone on its line (with a label or a rubric) owns the line; a lede's line is the paragraph's.
    claim = short and ("stamp_line" in features or not {"lede", "dateless_lede", "prose"} & features.keys())
    return DateCandidate("line" if claim or not short else "lede" if "lede" in features else "line",
                         stamp, number, text, claim, features)


def _position_features(ctx: Context, found: list[tuple[int, DateCandidate]], content: Lines) -> list[DateCandidate]:
    """Add where each line candidate stands: from the top, from the end, below the headline, among other dates."""
    title_end = ctx.title.lines[1] if ctx.title is not None and ctx.title.lines else None
    first_below = None if title_end is None else next((i for i, n in enumerate(content.numbers()) if n > title_end), None)
    # Short dated lines only: dates inside paragraphs make no list.
    dated = sorted({i: c.stamp.dateline.datetime for i, c in found if c.stamp.dateline.datetime is not None
                    and c.stamp.label != "updated" and ("stamp_line" in c.features or "rubric" in c.features)}.items())
    in_runs = date_runs(dated)
    below_related = _related_heading(ctx, content) if found else 0
    out: list[DateCandidate] = []
    for index, candidate in found:
        features = candidate.features
        features["near_top"] = round(max(0.0, 1 - index / _TOP_SPAN), 2)
        features["near_end"] = round(max(0.0, 1 - (len(content) - 1 - index) / _END_SPAN), 2)
        if first_below is not None and 0 <= index - first_below < _AFTER_TITLE:
            features["after_title"] = 1.0
        if candidate.stamp.relative:  # "2 hours ago" low in the page dates a reader's comment, not the article
            features["relative_deep"] = round(1 - features["near_top"], 2)
        if index in in_runs:
            features["date_run"] = 1.0
        if "dateless_lede" in features and ("@" in (tail := content[index].text.rstrip(" .")).rpartition(" ")[2]
                                             or tail.endswith("protected]")):  # (an address the site hid from robots)
            features["caption_lede"] = 1.0  # "[Place=Wire] … 2023.05.10. photo@wire.example": a photo's caption, its credit
        if (index and continues_numbering(content[index - 1].text, content[index].text)) or (
                index + 1 < len(content) and continues_numbering(content[index].text, content[index + 1].text)):
            # "2. Jonas Weiss" / "3. Marta Lind", and the first item over the second ("1. Jane Roe" / "2. Tom Hale"):
            # an item, not "3 March"
            features["numbered_item"] = 1.0
        if candidate.stamp.label is not None and any(
                is_venue_line(text) for text in content[max(0, index - _VENUE_SPAN) : index + _VENUE_SPAN + 1].texts()):
            features["venue_beside"] = 1.0  # "YER: Kordon" / "TARİH: 12 Haziran 2019": a labelled event's date
        if candidate.line and candidate.line > below_related:
            features["after_related"] = 1.0  # under "Related articles" or "Comments" after the text: another page's date
        if candidate.line and _beside_weather(ctx, candidate.line):
            features["weather_beside"] = 1.0  # the line below (claimed or not) is a temperature
        if candidate.line and "prose" not in features and "near_top" in features and _beside_name_day(ctx, candidate.line):
            # (a widget's date is no sentence's, and it stands in the header)
            features["name_day"] = 1.0
        out.append(candidate)
    return out


# A labelled venue this many content lines from a labelled date makes it an event's.
_VENUE_SPAN = 3


def _related_heading(ctx: Context, content: Lines) -> int:
    """The line of the first "Related articles" or "Comments" heading below a paragraph of text (or past the end)."""
    headings = [piece.lines[0] for piece in ctx.boilerplate if piece.kind in _ELSEWHERE]
    if headings:
        first_paragraph = next((n for n, text in content.items() if len(text) >= _PARAGRAPH_MIN), None)
        if first_paragraph is not None:
            return min((n for n in headings if n > first_paragraph), default=len(ctx.lines) + 1)
    return len(ctx.lines) + 1


def _candidates(ctx: Context, languages: tuple[str, ...]) -> list[DateCandidate]:
    """Every date the document states that could be its dateline, with its features."""
    found: list[DateCandidate] = []
    if "date" in ctx.metadata and ctx.metadata_lines:
        first, last = ctx.metadata_lines
        for n in range(first, last + 1):
            if ctx.line(n).text.lower().startswith("date:"):
                stamp = _read(ctx, ctx.metadata["date"], n, languages)
                if stamp is not None and stamp.dateline.datetime is not None:
                    found.append(DateCandidate("front-matter", stamp, n, ctx.metadata["date"], False, {"front_matter": 1.0}))
    content = ctx.free_content()
    found.extend(_position_features(ctx, _line_candidates(ctx, content, languages), content))
    mark_clock_top(found)
    glued = _stamp_glued_to_title(ctx, languages)
    if glued is not None:
        line, rest, stamp = glued
        features = {"glued_title": 1.0, **shape_features(rest, stamp)}
        found.append(DateCandidate("glued-title", stamp, line.number, rest, False, features))
    return found


def _merge(best: DateCandidate, ranked: list[tuple[float, DateCandidate]]) -> tuple[DateCandidate, Stamp]:
    """One dateline from the best candidate and its partners: (the candidate that gives the lines, the stamp).

    A stamp at the top and a lede below are one dateline: time and offset from the stamp, place
    and agency from the lede ("10-2-2017, 3:30" and "AMSTERDAM - …"); a bare date takes the time
    a stamp of the same day states ("date 2025-09-30" and "30 September 2025, 17:00").
    """
    is_lede = {"lede", "dateless_lede"} & best.features.keys()
    primary = best
    if is_lede:
        # The lede gives place and agency; a stamp of the same day (or any, for a date-less lede) gives the time.
        primary = next((c for points, c in ranked if points >= THRESHOLD and c is not best
                        and not {"lede", "dateless_lede"} & c.features.keys() and c.stamp.dateline.datetime is not None
                        and (best.stamp.dateline.datetime is None or same_day(c.stamp, best.stamp))), best)
    dateline = primary.stamp.dateline
    if dateline.datetime is not None and dateline.time is None:
        timed = next((c for points, c in ranked if points >= THRESHOLD and c is not primary and c.line is not None
                      and c.stamp.dateline.time is not None and same_day(c.stamp, primary.stamp)
                      # (an update's time is not the publication's: "Published: 08/11/2021 (Last update: … 18:30)")
                      and not {"lede", "dateless_lede", "label_updated"} & c.features.keys()), None)
        if timed is not None and timed.line == primary.line:
            primary = timed  # the line's second, finer stamp: "date 2025-09-30 … 30 September 2025, 17:00"
            dateline = primary.stamp.dateline
        elif timed is not None and dateline.place is not None and timed.stamp.dateline.place is None \
                and timed.claim and primary.claim:
            # "Kassel, den 15. Mai 2023" under the page's "Redaktion am Montag, 15. Mai 2023, 09:41 Uhr", each
            # a line of its own: the page's stamp gives the time, the letter's line its place
            timed_dateline = timed.stamp.dateline
            return timed, timed.stamp._replace(dateline=dataclasses.replace(
                timed_dateline, place=dateline.place, agency=timed_dateline.agency or dateline.agency))
    stamp = primary.stamp
    if dateline.place is None:  # (a byline's wire may have named the agency: "Door ANP - 18-3-2019")
        lede = best if is_lede else next(
            (c for points, c in ranked if points >= _PARTNER_MIN and {"lede", "dateless_lede"} & c.features.keys()
             and c.line is not None and (c.stamp.dateline.datetime is None or c.stamp.relative
                                         or lede_of_stamp(c.stamp, primary.stamp))), None)
        if lede is not None and lede is not primary and lede.line is not None:
            lede_dateline = lede.stamp.dateline
            stamp = stamp._replace(dateline=dataclasses.replace(
                dateline, place=lede_dateline.place, agency=dateline.agency or lede_dateline.agency))
    return primary, stamp


def run(ctx: Context) -> None:
    options = ctx.options
    languages = tuple(options.languages or ((ctx.language,) if ctx.language else ()))
    if options.assume_tz and not known_zone(options.assume_tz):
        ctx.warn("dateline", f"unknown time zone {options.assume_tz!r} not assumed: give an IANA name such as 'Europe/Paris'")
    candidates = _candidates(ctx, languages)
    ranked = sorted(((score(c.features), c) for c in candidates), key=lambda pair: -pair[0])  # stable: earlier first on ties
    for points, candidate in ranked[:_EXPLAINED]:
        span = (candidate.line, candidate.line) if candidate.line else (0, 0)
        ctx.explain.append(("dateline:candidate", span, partial(describe, candidate, points)))  # (written if read: final)
    if not ranked or ranked[0][0] < THRESHOLD:
        return
    best = ranked[0][1]
    primary, stamp = _merge(best, ranked)
    settled = day_month_settled(stamp, [c for _, c in ranked])
    swapped, stamp = settled is not stamp, settled
    top = ctx.free_content()[:_TOP_WINDOW]
    place_agency = place_agency_lines(top)
    if primary.line is not None and primary.source not in ("front-matter",):
        stamp = _finish(ctx, stamp, primary.line, languages, primary.text)
    why = f"best date candidate ({primary.source})"
    if primary is not best:
        why += f", dated by line {primary.line}'s stamp"
    if stamp.dateline.place != primary.stamp.dateline.place or stamp.dateline.agency != primary.stamp.dateline.agency:
        why += ", place and agency from the lede"
    if swapped:
        why += ", day and month in the order another date of the page settles"
    if not primary.claim or primary.line is None:
        ctx.explain.append(("dateline", stamp.dateline.lines or (0, 0), why + ", line not claimed"))
        _publish(ctx, stamp, place_agency)
        return
    line = ctx.line(primary.line)
    span = with_neighbours(ctx, line, stamp, languages)
    timed = time_beside(ctx, line, stamp, lambda text: _read(ctx, text, line.number, languages))
    if timed is not None:
        stamp, number = timed
        span = (min(span[0], number), max(span[1], number))
        why += f", time from line {number}"
    if span != stamp.dateline.lines:  # most stamps stand alone on their line: no copy (dataclasses.replace is slow)
        stamp = stamp._replace(dateline=dataclasses.replace(stamp.dateline, lines=span))
    ctx.claim(span, "dateline", why)
    if place_agency is None and stamp.dateline.place is None and (alone := place_alone_beside(ctx, line)) is not None:
        _publish(ctx, stamp, (alone[0], None, (alone[1], alone[1])), alone[2])
        return
    if place_agency is None and stamp.dateline.place is None and stamp.start and (named := place_before_date(ctx, primary.text, stamp)):
        stamp = stamp._replace(dateline=dataclasses.replace(stamp.dateline, place=named))
    _publish(ctx, stamp, place_agency)
