"""Reading a dateline: a string → date, time, UTC offset, zone, place, agency.

``read_stamp`` does the work and says where the stamp is in the string (so the
dateline stage can tell a stamp line from a date inside a sentence);
``parse_dateline`` is the public reader.  The string is folded (lowercase, no
diacritics, same length), cut into tokens with one-letter shapes
(``stmtkit.dates.tokens``), and date forms are matched on the shapes
(``stmtkit.dates.forms``); zones, places and agencies are read around the date.
A string whose shape holds no date form goes no further than its shape (``_readings``).
"""

# No `from __future__ import annotations`: typing.NamedTuple compiles string annotations (0.23 M a field).

import datetime as dt
from collections.abc import Iterable, Mapping
from itertools import compress
from operator import itemgetter
from typing import NamedTuple

from ..data import dateline_words, folded_dates
from ..dateline_model import Dateline
from ..fold import fold_aligned
from ..gazetteer import is_place
from ..memo import parse_memo, per_parse
from ..patterns import lazy
from . import zones
from .dateless import PlaceAgency, dateless_lede
from .formless import holds_no_form
from .forms import Reading, first_form, read_forms
from .names import weekday_table
from .place import (
    agency_after,
    caseless,
    dated_agency_after,
    place_before,
    wire_field,
)
from .place_after import place_after
from .relative import Ago, find_ago, resolve_ago
from .tokens import Token, shape_of, tokenize_noting_merges

_BRACKETED_DATE_CLOSE = lazy(r"\s*\)\s*[.,]?\s*[-–—]+\s*")
# (Urdu's year sign "ء" may close the date: "2022ء)"; a script without capitals opens the story with any letter)
_BRACKET_CLOSES_LEDE = lazy(r"(?V1)ء?\s*\)\s*[.,:]?\s*[-–—]*\s+(?=[\"“«„']?[\p{Lu}\p{Lo}])")
# (the story may open with a quotation: "Napoli, 14 mar. “Il consiglio …")
_STORY_AFTER = lazy(r"(?V1)(?:\s?[.,:]|(?<=\.))\s+(?=[\"“„«‘]?\p{Lu})")  # the stamp may end in its own full stop: "2024 р."
# Scripts without capitals end the dateline with their full stop, the danda: "हमीरपुर, 28 नवंबर। राज्य …".
_DANDA_STORY = lazy(r"(?V1)\s?[।॥]\s*(?=\p{L})")
_CASELESS_STORY = lazy(r"(?V1)\s+(?=\p{L})")
# The warning of a numeric date whose day and month could swap, after the date as written.
AMBIGUOUS_ORDER = "is ambiguous; read "
# Languages that write numeric dates month first ("06/17/2014") when the order is ambiguous.
_MONTH_FIRST = frozenset({"en"})


class Stamp(NamedTuple):
    """A dateline read from a string, and where it stands: ``text[start:end]`` (a named tuple)."""

    dateline: Dateline
    start: int
    end: int
    date_start: int  # where the date itself starts (after place and labels)
    lede: bool  # ends with an agency or a dash: a news lede, the story follows
    year_stated: bool
    label: str | None  # "published" / "updated" when a label stands before the date
    warnings: tuple[str, ...] = ()
    relative: bool = False  # "Today, 17:59", "hier": resolved against the reference date
    ambiguous_order: bool = False  # "03/06/2021": day and month could swap (``AMBIGUOUS_ORDER`` in the warnings says so)


# What may stand between a label and its date: "on", "le", a colon (CJK "：" too), dashes, emphasis marks.
# Possessive runs: only whether the tail reaches the end counts, and each class holds the one
# before it, so giving characters back never helps (and a run of "*" cannot backtrack).
_LABEL_TAIL = lazy(r"(?V1)\s*+(?:on|le|am|el|il|em)?[\s*_]*+[:：]?[\s\-–—*_]*+$")
_LETTER = lazy(r"\p{L}")
# After a label opening the line, the source it was published in: "Published in The Guardian, ", "Publié dans X le ".
_SOURCE_TAIL = lazy(
    r"(?V1)\s+(?:" + "|".join(dateline_words.SOURCE_PREPOSITIONS) + r")\s+[^\s,.:;]+(?:\s+[^\s,.:;]+){0,3}?"
    r"\s*,?\s*(?:on|le|am|el|il|em)?\s*+$"
)
_LINE_OPENING = lazy(r"[\s#*>_\-–—]*+$")
# A character not glued to a letter before it (the first of a text is not).
_OPENS_WORD = lazy(r"(?s)(?<!\p{L}).")


def _label_before(folded: str, pos: int) -> tuple[str | None, int]:
    """("published" / "updated" / None, where the label starts) before ``pos``.

    The leftmost label not glued to a letter before it and followed by nothing but the tail
    above; at one place, the first in the order of ``folded_dates.LABELS_BY_FIRST`` (what one alternation of them all
    would find: it cost a one-file parse 30 M instructions to compile, the searches nothing).
    """
    window = max(0, pos - 40)
    before = folded[window:pos]
    if not before.strip():  # the date opens the line: no label before it
        return None, pos
    best: tuple[int, str] | None = None
    # A label opens the window or follows a character that is no letter: only the labels opening with such a
    # character can be found ("updated" ones first, longest first in each kind: scripts/gen_folded_words.py
    # groups them so), and of those the ones the window holds, told in C ("p" opens 43 labels).  Two labels
    # found at one place open with one character, so the groups may be tried in any order.
    by_first, text_of = folded_dates.LABELS_BY_FIRST, itemgetter(0)
    for label, kind in (pair for first in set(_OPENS_WORD.findall(before)) if first in by_first
                        for pair in compress(by_first[first], map(before.__contains__, map(text_of, by_first[first])))):
        start = before.find(label)
        while start != -1 and (best is None or start < best[0]):
            if (start == 0 or not _LETTER.match(before, start - 1)) and (
                    _LABEL_TAIL.match(before, start + len(label))
                    or (window == 0 and _LINE_OPENING.match(before[:start]) and _SOURCE_TAIL.match(before, start + len(label)))):
                best = (start, kind)
                break
            start = before.find(label, start + 1)
    if best is None:
        return None, pos
    return best[1], window + best[0]


def _choose(readings: list[Reading], tokens: list[Token], folded: str) -> tuple[Reading, tuple[str | None, int]]:
    """The first published date: a stamp labelled "Updated" loses to a later "Published" one."""
    # (each label looked for only until the first published date: a regex search or two each)
    labelled = ((r, _label_before(folded, tokens[_lead_token(r, tokens)].start)) for r in readings)
    first = next(labelled)
    return first if first[1][0] != "updated" else next((pair for pair in labelled if pair[1][0] != "updated"), first)


def _lead_token(reading: Reading, tokens: list[Token]) -> int:
    """The first token of the stamp with a weekday and fillers in front of it ("Mo, 27. Mai", "le 27 mai")."""
    i = reading.first
    while i > 0 and tokens[i - 1].shape in "Wf,.":
        if tokens[i - 1].shape in ",." and (i < 2 or tokens[i - 2].shape != "W"):
            if _hyphenated_weekday(tokens, i - 1):
                return i - 4
            break
        i -= 1
    return i


def _hyphenated_weekday(tokens: list[Token], comma: int) -> bool:
    """``terça-feira, 14 de março``: a weekday of two words and a hyphen (Portuguese) before the comma at
    ``comma``; the tokenizer cut it at the hyphen."""
    if comma < 3 or tokens[comma].shape != "," or tokens[comma - 2].shape != "-" or tokens[comma - 1].shape != "x":
        return False
    return f"{tokens[comma - 3].text}-{tokens[comma - 1].text}" in weekday_table()


def _resolve_year(month: int, day: int, year_hint: int | None, reference: dt.datetime | None) -> tuple[int, str]:
    if year_hint is not None:
        return year_hint, f"the dateline states no year; took {year_hint}, the year the document states"
    ref = reference or dt.datetime.now()
    year = ref.year
    # A news date a few days after the reference is last year's ("Dec 30" read on Jan 2).
    try:
        if dt.date(year, month, day) > ref.date() + dt.timedelta(days=2):
            year -= 1
    except ValueError:
        pass
    source = "the reference date" if reference else "today's date"
    return year, f"the dateline states no year; took {year} from {source}"


class _Around(NamedTuple):
    """What stands around a date: its place, agency, zone, and the stamp's extent."""

    place: str | None
    agency: str | None
    zone: str | None
    fixed_offset: str | None
    start: int
    date_start: int
    end: int
    lede: bool


def _around(text: str, folded: str, tokens: list[Token], reading: Reading, label: str | None, label_start: int,
            languages: tuple[str, ...], zone_names: Mapping[str, str] | None) -> _Around:
    lead = _lead_token(reading, tokens)
    if lead < reading.first and lead and tokens[lead].shape == "W" and tokens[lead - 1].shape == "x" \
            and len(tokens[lead].text) == 2 and text[tokens[lead].start : tokens[lead].end].isupper():
        lead += 1  # "Washington DC, March 14, 2017": two capitals after a name are its region, not a weekday's short form
    date_start = tokens[lead].start
    place: str | None = None
    agency: str | None = None
    start = label_start
    if label is not None and "|" in text[:label_start] and (wire := wire_field(text[:label_start])) is not None:
        start, agency = wire  # "dpa | Veröffentlicht am 12.03.2024": a known wire in the field before the label
    if label is None:
        place, agency, start = place_before(text, date_start, tokens[lead].text if lead < reading.first else "")
        if place is None:  # "on 12 May 2024" is stamped "12 May 2024"; a weekday stays
            while lead < reading.first and tokens[lead].shape == "f":
                lead += 1
            start = date_start = tokens[lead].start
    zone, fixed, end = zones.zone_after(reading, tokens, folded, languages, place, zone_names)
    if place is not None and text[start:date_start].rstrip().endswith("("):
        # the date in the brackets where an agency stands, then the dash: "ROSARIO (3/11/2021).- La cámara"
        m = _BRACKETED_DATE_CLOSE.match(text, end)
        if m is None:
            return _Around(None, None, zone, fixed, date_start, date_start, end, False)
        return _Around(place, agency, zone, fixed, start, date_start, m.end(), True)
    if place is None and agency is not None and "(" in text[:date_start] and ")" not in text[:date_start] \
            and (m := _BRACKET_CLOSES_LEDE.match(text, end)) is not None:
        # "(Sputnik - 14 March 2023) Story": the wire and the date in one bracket open the lede
        return _Around(None, agency, zone, fixed, text.rindex("(", 0, date_start), date_start, m.end(), True)
    if place is not None and text[:start].rstrip().endswith("(") and (m := _BRACKET_CLOSES_LEDE.match(text, end)) is not None:
        # "(Montevideo, 04/05/2019). Story": place and date in one bracket open the lede
        return _Around(place, agency, zone, fixed, text.rindex("(", 0, start), date_start, m.end(), True)
    late_agency, agency_end, lede = agency_after(text, end)
    place_end = -1
    if place is None and late_agency is None:
        place, place_end, dashed = place_after(text, end)  # "27.05.2024, Баку"
        if place is not None:
            agency_end, lede = place_end, dashed
    if place is not None and late_agency is None and not lede and "(" in text[end : end + 3]:
        late_agency, agency_end = dated_agency_after(text, end, reading.day)
        lede = late_agency is not None
    if late_agency or lede or place_end > end:
        end = max(end, agency_end)
    if place is not None and agency is not None and not lede and text[start : start + 1] == "(" and _STORY_START.match(text, end):
        lede = True  # "(Agenzia Lumen) Torino, 14 marzo 2023 La giunta …": the wire's bracket opens its lede
    if place is not None and not lede:
        # A place in capitals (or a known city), the date, a full stop (or a colon) and the story: "МОСКВА, 27 мая. Президент …"
        m = _STORY_AFTER.match(text, end)
        # (a region's short form after the city, "Oaxaca, Oax.", vouches for a city the gazetteer lacks)
        if (m is not None and ((city := place.split(",")[0]).isupper() or is_place(city) or place.endswith("."))) or ((m := _DANDA_STORY.match(text, end)) is not None and caseless(place)):
            lede, end = True, m.end()
        elif caseless(place) and ("," in text[start:date_start] or is_place(place)) and not text[:start].strip(" *_#>") \
                and (m := _CASELESS_STORY.match(text, end)) is not None and caseless(text[m.end()]):
            # A caseless script's paper runs the story on after "Place, date" with no mark at all:
            # "<city>, <month>.12 <story>", when the place opens the paragraph (a known city needs no comma:
            # "नई दिल्ली 14 मई <story>").
            lede, end = True, m.end()
    return _Around(place, agency or late_agency, zone, fixed, start, date_start, end, lede)


# The story right after a stamp: a space and a capital.
_STORY_START = lazy(r"\s+\p{Lu}")


def _calendar_date(reading: Reading, text: str, tokens: list[Token], reference_date: dt.datetime | None,
                   year_hint: int | None, warnings: list[str]) -> dt.date | None:
    """The date a reading states, relative and year-less ones resolved (and said in ``warnings``)."""
    if reading.days_back is not None:
        ref = reference_date or dt.datetime.now()
        source = "the reference date" if reference_date else "today's date"
        word = tokens[reading.date_first]
        warnings.append(f"relative dateline {text[word.start:word.end]!r} resolved against {source} {ref.date().isoformat()}")
        return ref.date() - dt.timedelta(days=reading.days_back)
    year = reading.year
    if year is None:
        year, why = _resolve_year(reading.month, reading.day, year_hint, reference_date)
        warnings.append(why)
    try:
        return dt.date(year, reading.month, reading.day)
    except ValueError:  # 31 April, 29 February of a common year
        return None


def _ago_stamp(text: str, ago: Ago, reference_date: dt.datetime | None, lines: tuple[int, int] | None) -> Stamp:
    """ "2 hours ago": the reference time less the interval, said in the warnings."""
    ref = reference_date or dt.datetime.now()
    source = "the reference date" if reference_date else "the current time"
    written = text[ago.start : ago.end]
    try:
        value = resolve_ago(ago, ref)
    except OverflowError:
        return _beyond_calendar(written, ago.start, ago.end, lines)
    warning = f"relative dateline {written!r} counted back from {source} {ref.isoformat(timespec='minutes')}"
    dateline = Dateline(text=written, datetime=value, lines=lines,
                              utc_offset=value.utcoffset() if isinstance(value, dt.datetime) else None)
    return Stamp(dateline, ago.start, ago.end, ago.start, False, True, None, (warning,), True)


def _beyond_calendar(written: str, start: int, end: int, lines: tuple[int, int] | None) -> Stamp:
    """A date that leaves the years 1-9999 once resolved: the dateline's text, no datetime, and a warning.

    ``3 days ago`` against a reference date of 0001-01-01, or ``Today, 23:59 (UTC -05:00)``
    against 9999-12-31 (its UTC instant is in the year 10000), raised ``OverflowError``.
    """
    warning = f"the dateline {written!r} falls outside the years 1-9999 once resolved; no datetime given"
    return Stamp(Dateline(text=written, datetime=None, lines=lines), start, end, start, False, True, None, (warning,), True)


class _Read(NamedTuple):
    folded: str  # "" when nothing is left to read in it (no form, nothing to count back)
    tokens: list[Token]
    readings: list[Reading]
    no_count_back: bool  # surely nothing for the "3 hours ago" pattern to read


# Digits that the regex module knows and re (Python 3.11's Unicode 14) does not are all above
# U+FFFF (Kawi, Garay, Nag Mundari…; tests/test_dates_tokens.py checks every code point): an ASCII text, none.
_BEYOND_BMP = lazy("[\U00010000-\U0010ffff]", engine="re")
# "3 hours ago" needs a number of one to three digits (shape d or n) and then a word, a space
# at most between: a word's shape is any ASCII letter but d, y, n, or "1" (the era's "元年").
_NUMBER_THEN_WORD = lazy(r"[dn][A-Zabce-mo-xz1]", engine="re")


# What most lines read to, made once (nothing changes a _Read's lists once made).
_NO_FORM_NO_COUNT = _Read("", [], [], True)


@per_parse
def _readings(text: str, languages: tuple[str, ...], month_first: bool = False) -> _Read:
    """The folded text, its tokens and the dates they state.

    Remembered for the parse (``stmtkit.memo``): the title, dateline and signature stages read
    the same lines (a stamp, a lede), each with its own reference date and line numbers, which
    apply after this step.  Nothing changes a ``_Read``'s lists once made, so they are shared.

    Most lines a stage reads are prose ("Les riverains du port ont publié …"): a few string
    searches on their shape rule out every form before the forms run.
    """
    folded = fold_aligned(text)
    counts_back = holds_no_form(folded, languages)
    if counts_back is not None:  # no form, told without cutting the tokens
        no_count_back = not counts_back and (text.isascii() or _BEYOND_BMP.search(text) is None)
        return _NO_FORM_NO_COUNT if no_count_back else _Read(folded, [], [], False)
    tokens, merged = tokenize_noting_merges(folded, languages)
    shape = shape_of(tokens)
    # A merged token ("tháng 5") may hold a digit: the reader tries every form and the count back.
    first = None if merged else first_form(shape)
    if not merged and first is None:  # "UNCTAD 15 … 2021": numbers, but no date form
        # Every re digit is in a number token: with no number followed by a word, and no digit
        # beyond the BMP, the relative-time pattern has nothing to read either.
        no_count_back = _NUMBER_THEN_WORD.search(shape) is None and (text.isascii() or _BEYOND_BMP.search(text) is None)
        return _NO_FORM_NO_COUNT if no_count_back else _Read(folded, [], [], False)
    return _Read(folded, tokens, read_forms(tokens, shape, month_first, text[:1].isupper(), first), False)


def lede_stamp(text: str, lede: PlaceAgency, lines: tuple[int, int] | None) -> Stamp:
    """The stamp of a date-less lede found in ``text``: its place and agency, no date."""
    line = Dateline(text=text[lede.start : lede.end].strip(" -–—:"), datetime=None, place=lede.place,
                    agency=lede.agency, lines=lines)
    return Stamp(line, lede.start, lede.end, lede.end, True, False, None)


def read_stamp(
    text: str,
    *,
    reference_date: dt.datetime | None = None,
    assume_tz: str | None = None,
    languages: Iterable[str] | None = None,
    year_hint: int | None = None,
    zone_names: Mapping[str, str] | None = None,
    lines: tuple[int, int] | None = None,
) -> Stamp | None:
    """The dateline stated in ``text`` and where it stands; None if it states no date.

    Remembered for the parse (``stmtkit.memo``): the page's metadata, the title, the dateline and the
    signature stages read the same stamp lines with the same arguments but ``lines``, which only the
    dateline's ``lines`` field carries (1.6 reads a median page were a read again: their ``_readings`` were
    remembered, the rest, some 65,000 instructions each, was not)."""
    langs = tuple(languages or ())
    memo = parse_memo() if zone_names is None else None
    if memo is None:
        return _read_stamp(text, reference_date, assume_tz, langs, year_hint, zone_names, lines)
    stamps: dict[tuple[object, ...], Stamp | None] | None = memo.get(read_stamp)  # type: ignore[assignment]
    if stamps is None:
        stamps = memo[read_stamp] = {}
    key = (text, reference_date, assume_tz, langs, year_hint)
    if key not in stamps:
        stamp = stamps[key] = _read_stamp(text, reference_date, assume_tz, langs, year_hint, None, lines)
        return stamp
    stamp = stamps[key]
    if stamp is None or stamp.dateline.lines == lines:
        return stamp
    d = stamp.dateline  # (its fields given whole: dataclasses.replace looks them up at each call)
    return stamp._replace(dateline=Dateline(d.text, d.datetime, d.utc_offset, d.timezone, d.place, d.agency, lines, d.place_lines))


def _read_stamp(text: str, reference_date: dt.datetime | None, assume_tz: str | None, langs: tuple[str, ...],
                year_hint: int | None, zone_names: Mapping[str, str] | None, lines: tuple[int, int] | None) -> Stamp | None:
    """``read_stamp``, every time."""
    folded, tokens, readings, no_count_back = _readings(text, langs, bool(langs) and langs[0] in _MONTH_FIRST)
    if not readings:
        ago = None if no_count_back else find_ago(folded)
        if ago is not None:
            return _ago_stamp(text, ago, reference_date, lines)
        bare = dateless_lede(text)
        return None if bare is None else lede_stamp(text, bare, lines)
    reading, (label, label_start) = _choose(readings, tokens, folded)
    if reading.days_back is not None and reading.hour is None and (bare := dateless_lede(text)) is not None \
            and bare.end <= tokens[reading.date_first].start:
        # "WASHINGTON, D.C. — Today a coalition …": the story's first word after a lede's dash, not its stamp
        return lede_stamp(text, bare, lines)
    around = _around(text, folded, tokens, reading, label, label_start, langs, zone_names)
    warnings: list[str] = []
    value: dt.datetime | dt.date
    timezone: str | None = None
    try:
        date = _calendar_date(reading, text, tokens, reference_date, year_hint, warnings)
        if date is None:
            return None
        value = date
        if reading.hour is not None:
            wall = dt.datetime.combine(date, dt.time(reading.hour, reading.minute, reading.second, reading.microsecond))
            value, assumed = zones.assume(zones.aware(wall, reading, around.zone, around.fixed_offset), assume_tz)
            timezone = around.zone or assumed
            if isinstance(value, dt.datetime) and value.tzinfo is not None:
                value.astimezone(dt.timezone.utc)  # its UTC instant must exist too (the record states it)
    except OverflowError:
        return _beyond_calendar(text[around.start : around.end].strip(" \t-–—:#*>|"), around.start, around.end, lines)
    if reading.ambiguous_order:
        order = "month first" if langs and langs[0] in _MONTH_FIRST else "day first"
        written = text[tokens[reading.date_first].start : tokens[reading.last].end].strip()
        warnings.append(f"numeric date {written!r} {AMBIGUOUS_ORDER}{order}")
    dateline = Dateline(
        text=text[around.start : around.end].strip(" \t-–—:#*>|"),
        datetime=value,
        utc_offset=value.utcoffset() if isinstance(value, dt.datetime) else None,
        timezone=timezone,
        place=around.place,
        agency=around.agency.strip() if around.agency else None,
        lines=lines,
    )
    stated = reading.year is not None or reading.days_back is not None
    return Stamp(dateline, around.start, around.end, around.date_start, around.lede, stated, label,
                 tuple(warnings), reading.days_back is not None, reading.ambiguous_order)


def find_year(text: str, languages: Iterable[str] | None = None, month_day: tuple[int, int] | None = None) -> int | None:
    """The year of the first full date stated in ``text`` (for year-less datelines), or None; with ``month_day``,
    of the first full date on that day only."""
    for reading in _readings(text, tuple(languages or ())).readings:
        if reading.year is not None and (month_day is None or (reading.month, reading.day) == month_day):
            return reading.year
    return None


def parse_dateline(
    text: str,
    *,
    reference_date: dt.datetime | None = None,
    assume_tz: str | None = None,
    languages: Iterable[str] | None = None,
    lines: tuple[int, int] | None = None,
    zone_names: Mapping[str, str] | None = None,
) -> Dateline | None:
    """Read the date, time, offset, zone, place and agency stated in ``text``; None if it states no date.

    >>> parse_dateline("27 mai 2024 17:59 (UTC +04:00)").to_dict()["datetime"]
    '2024-05-27T17:59:00+04:00'
    >>> parse_dateline("BAKU, May 27 (Reuters) -", reference_date=dt.datetime(2024, 6, 1)).agency
    'Reuters'
    """
    stamp = read_stamp(text, reference_date=reference_date, assume_tz=assume_tz, languages=languages,
                       lines=lines, zone_names=zone_names)
    return stamp.dateline if stamp else None
