"""Date, time and offset forms, as patterns over token shapes (see ``stmtkit.dates.tokens``).

``read_forms`` finds every date in a token list with the time, offset and
zone written next to it.  Each form names where it is seen; adding a form is
adding a row to ``_DATE_FORMS``.
"""

# No `from __future__ import annotations`: typing.NamedTuple compiles string annotations (0.23 M a field).

import re
from typing import NamedTuple

from ..data.zones import UTC_WORDS
from ..patterns import lazy
from .tokens import SOLAR_HIJRI_MONTH, Token

_DATE_FORMS: tuple[tuple[str, str], ...] = (
    # ISO 8601 and its kin: "2024-05-27T17:59:00+04:00", "2024/05/27", "2024.05.27"
    ("ymd", r"(?P<Y>y)(?P<s>[-/.])(?P<M>d)(?P=s)(?P<D>d)"),
    # numeric day first: "27.05.2024" (Europe), "27/05/2024", "06-17-2014" (US, read month first),
    # "11. 12. 2014", "5 .7 .2018", "27. 05. 2022."
    ("dmy", r"(?P<D>d)\.?(?P<s>[./\-])(?P<M>d)\.?(?P=s)(?P<Y>y)"),
    # dotted or slashed with a two-digit year: "27.05.24 17:59" (German and Russian sites), "14/05/22 às 09:40h"
    # (Brazilian ones); all three numbers must have two digits and a time must follow, so a version "10.12.13"
    # is no date
    ("dmy2", r"(?P<D>d)(?P<s>[./])(?P<M>d)(?P=s)(?P<Y2>d)(?![./:]d)"),
    # CJK and Korean: "2016年3月20日", "2016年 2月 5日", "2024년 5월 27일"
    ("cjk", r"(?P<Y>y)Y(?P<M>d)O(?:(?P<D>d)D?)"),
    # Japanese era years: "令和6年5月27日", "令和元年5月1日"
    ("era", r"(?P<E>E)(?:(?P<EY>d)Y|(?P<E1>1))(?P<M>d)O(?P<D>d)D?"),
    # day month year: "27 mai 2024", "Mo, 27. Mai 2024", "22 de abril de 2012", "9th Aug, 2015",
    # "14-Aralık-2012", "08.Haziran.2014", "28. u studenom 2017.", "27 мая 2024 г."
    # and a month under two names, Western and Levantine: "12 مارس-آذار 2024"
    ("dMy", r"(?P<D>d)o?\.?[fa\-./,]{0,4}(?P<W>M)(?:[-/](?P<W2>M))?\.?[f\-./,]{0,3}(?P<Y>y)"),
    # month day year: "May 27, 2024", "Aug. 9, 2012", "[Sept] 04, 2014", "décembre 5 2014", "ሐምሌ 14/2016"
    ("Mdy", r"(?P<W>M)(?:[-/](?P<W2>M))?[.\]]?[f\-,]{0,2}(?P<D>d)o?(?:[.,]{0,2}f?|/)(?P<Y>y)"),
    # year month day: "2015-кві-12", "2024 May 27"
    ("yMd", r"(?P<Y>y)\.?[gf]?[.,\-/]{0,2}(?P<W>M)[.\-/,]{0,2}(?P<D>d)o?"),
    # year day month: "2011 წლის 17 მარტი" (Georgian), "1978, 1 Peb" (Tagalog), "सन् 1989 11 फ़रवरी"
    # "2024. gada 12. martā" (lv: the year's word after the year's full stop)
    ("ydM", r"(?P<Y>y)\.?[gf]?[.,]{0,2}(?P<D>d)o?[.,]{0,2}(?P<W>M)"),
    # year-less: "BAKU, May 27 (Reuters)", "Bakı. 7 iyul.", "5月27日"; the year may follow the
    # time, as in ctime "Mon May 27 17:59:00 +0400 2024"
    ("md", r"(?P<M>d)O(?P<D>d)D"),
    # Japanese sites' month and day with the weekday's character in brackets: "5/12(日) 14:30配信"
    ("mdw", r"(?P<M>d)/(?P<D>d)(?=\([ODx]\))"),
    ("dM", r"(?P<D>d)o?\.?f{0,4}(?P<W>M)(?:[-/](?P<W2>M))?"),
    ("Md", r"(?P<W>M)\.?(?P<D>d)o?(?![:.]d)"),
    # relative: "Today, 17:59", "Сегодня", "hier"
    ("rel", r"(?P<R>R)"),
)

class _FormPatterns(dict[str, "re.Pattern[str]"]):
    """Form name → its own pattern, compiled the first time a date of that form is read.

    ``stmtkit dateline --text '27 mai 2024'`` reads one form of thirteen: compiling them all
    at import cost its start-up half a millisecond.
    """

    def __missing__(self, name: str) -> re.Pattern[str]:
        compiled = self[name] = re.compile(dict(_DATE_FORMS)[name])
        return compiled


_FORMS = _FormPatterns()
_CJK_WEEKDAYS = frozenset("月火水木金土日")


def could_hold_a_date(shape: str) -> bool:
    """False when no form can match ``shape``: a test of a few string searches before the forms run.

    Every form holds a relative day ``R``, or a number ``d`` with a month ``M``, with the CJK
    month mark ``O`` (the CJK, era and month-day forms), or with a second ``d`` one or two of
    ``. / -`` after it (the numeric forms: ``ymd``, ``dmy``, ``dmy2``, ``mdw``): "1. La
    politique économique" (shape ``d.xxx``) holds none, nor "Top 5 of 2024" (``xdxy``).
    ``formless.holds_no_form`` tells an ASCII line by the same rule without its tokens.
    """
    return "R" in shape or ("d" in shape and ("M" in shape or "O" in shape or _NUMBER_PAIR.search(shape) is not None))


# Two numbers of a numeric date: "27.05", "27. 05.", "05/27", "2024-05-27" (the day and month of each numeric form).
_NUMBER_PAIR = lazy(r"d[./\-]{1,2}d", engine="re")


# Every form starts with a year, a day, an era, a month or a relative day.
FORM_STARTS = "ydEMR"


def one_pattern(lookahead: bool = True) -> re.Pattern[str]:
    """All forms in one alternation, in table order (a full date before a year-less one).

    The lookahead on the shapes a form can start with changes no match; it spares re trying
    thirteen alternatives at every other position (finditer 2-5 times faster).
    """
    parts = []
    for name, pattern in _DATE_FORMS:
        renamed = re.sub(r"\(\?P<(\w+)>", rf"(?P<{name}_\1>", pattern).replace("(?P=s)", f"(?P={name}_s)")
        parts.append(f"(?P<{name}>{renamed})")
    alternation = "|".join(parts)
    return re.compile(f"(?=[{FORM_STARTS}])(?:{alternation})" if lookahead else alternation)


_ANY_DATE = one_pattern()

# A time after the date: "17:59", "17:59:30", "13:11:23.678", "17h59", "17 h 59", "5:59 PM", "5.59pm",
# "17:59 Uhr", "à 14h40", "в 07:54", "saat 17:59", "klo 16:45", "@ 07:28", "21時40分", "晚8:00",
# "у 7 гадзін 10 хвілін", "at noon", "u podne".
_TIME_BODY = (
    r"(?:(?P<ap0>P)\.?)?"
    r"(?:(?P<h>d)(?:[:.](?P<mi>d)(?:[:.](?P<se>d)(?:[.,](?P<fr>[dyn]))?)?H?\.?(?P<ap>P)?|\.?(?P<ap1>P))\.?"
    r"|(?P<hh>d)H(?:(?P<hmi>d)m?(?:(?P<hse>d)s?)?)?\.?(?P<hap>P)?\.?"
    r"|(?P<noon>N))"
)
# A stamp may set date and time apart with a bar, a slash or a middle dot: "12 марта 2024 · 14:05".
_TIME_AFTER = lazy(r"(?:[(\[][WDOx][)\]])?(?:[,.\-|/·•o]|g\.?|t)*(?:[af@]\.?){0,2}[,:]?" + _TIME_BODY, engine="re")
# A time in brackets after the date: "2013/04/21 [20:07]", "21.04.2013 (8:07 PM)".
_TIME_BRACKETED = lazy(r"[,\-|·]?[(\[](?P<h>d):(?P<mi>d)(?::(?P<se>d))?(?:(?P<ap>P)\.?)?[)\]]", engine="re")
# A weekday after the date, set off by its full stop or comma (or by nothing, when the time follows).
_WEEKDAY_AFTER = lazy(r"[.,]{0,2}W", engine="re")
_YEAR_WORD = lazy(r"\.?g\.?", engine="re")  # "2024. године" (sr) writes a full stop before it
# A time before the date: "8:25 a.m. Dec. 12, 2014", "10:06am Dec 11, 2014", "1 a.m 20.07.2021",
# "14:05 | 12.03.2024", "[18:41] 2 May 2006" (a CMS's stamp puts the clock in brackets first).
_TIME_BEFORE = lazy(
    r"[(\[]?(?P<h>d)(?:[:.](?P<mi>d)(?::(?P<se>d))?\.?(?P<ap>P)?|\.?(?P<ap1>P))\.?(?:\(?(?P<zb>Z)\)?)?[)\]]?[,\-|/·•]*(?:W[,.]?)?$",
    engine="re",
)
# An offset or zone after the time: "(UTC +04:00)", "UTC+4", "GMT+0800 (CST)", "+0400", "Z", "МСК", "(TSİ)".
_ZONE = lazy(
    r"[,(\[]?(?:(?P<z>Z)?(?P<sign>[+\-])(?P<oh>[dyn])(?::(?P<om>d))?|(?P<z2>Z))[)\]]?"
    r"(?:\(?(?P<z3>Z)\)?)?",
    engine="re",
)


class Reading(NamedTuple):
    """One date read from tokens: what it says and which tokens say it (a named tuple: cheap to make)."""

    form: str
    year: int | None
    month: int
    day: int
    first: int  # first token of the stamp (the date, or a time written before it)
    last: int  # last token read (date, time, offset or zone)
    date_first: int  # first token of the date itself
    hour: int | None = None
    minute: int = 0
    second: int = 0
    microsecond: int = 0
    offset_minutes: int | None = None
    zone_token: int | None = None  # a zone word ("MSK", "CEST") to resolve
    days_back: int | None = None  # relative dates: 0 today, 1 yesterday
    ambiguous_order: bool = False  # "02/10/2016": day and month could swap


def _valid_year(y: int) -> bool:
    return 1800 <= y <= 2199


def _date_parts(name: str, m: re.Match[str], tokens: list[Token], month_first: bool) -> tuple[int | None, int, int, bool] | None:
    """(year, month, day, ambiguous) of a date match, or None when the numbers cannot be a date."""
    index = m.re.groupindex
    year = tokens[m.start("Y")].value if "Y" in index and m.start("Y") >= 0 else None
    if "E" in index:  # era base + year of the era ("元年" is 1)
        year = tokens[m.start("E")].value + (tokens[m.start("EY")].value if m.group("EY") else 1)
    if "Y2" in index:
        parts = (tokens[m.start("D")], tokens[m.start("M")], tokens[m.start("Y2")])
        if any(len(t.text) != 2 for t in parts):
            return None
        year = 2000 + parts[2].value
    if name == "mdw" and tokens[m.end() + 1].text not in _CJK_WEEKDAYS:
        return None  # "section 1/2(a)": only a weekday's character in the brackets makes it a date
    day = tokens[m.start("D")].value
    ambiguous = False
    if "W" in index:
        month = tokens[m.start("W")].value
        if "W2" in index and m.start("W2") >= 0 and tokens[m.start("W2")].value != month:
            return None  # "May-June": a span of months, not one month under two names
        if year is not None and year > 2400 and "\u0e00" <= tokens[m.start("W")].text[:1] <= "\u0e7f":
            year -= 543  # Thai dates count Buddhist Era years: "27 พฤษภาคม 2567" is 2024
        if month > SOLAR_HIJRI_MONTH:  # "۲۰ اردیبهشت ۱۳۹۴", "ሐምሌ 14/2016": another calendar's date, converted (with its year)
            from .calendars import gregorian  # lazy: only another calendar's month asks

            converted = gregorian(year, month % SOLAR_HIJRI_MONTH, day, month) if year is not None else None
            if converted is None:
                return None
            year, month, day = converted.year, converted.month, converted.day
    else:
        month = tokens[m.start("M")].value
        if name in ("dmy", "dmy2"):
            day, month = tokens[m.start("D")].value, tokens[m.start("M")].value
            if month > 12 and day <= 12:
                day, month = month, day
            elif day <= 12 and month <= 12 and day != month and m.group("s") != ".":
                # "02/10/2016": October in Europe, February in the US. Dots are day first everywhere.
                ambiguous = True
                if month_first:
                    day, month = month, day
    if year is not None and _SOLAR_YEARS[0] <= year < _SOLAR_YEARS[1] and "W" not in index and "Y" in index \
            and "\u06f0" <= tokens[m.start("Y")].text[:1] <= "\u06f9":
        # "۲۶-۰۱-۱۳۹۴": a year of the 1300s or 1400s in Persian figures is a Solar Hijri one (Arabic figures may
        # write the lunar calendar's, which is not read)
        from .calendars import solar_hijri  # lazy: only such a date asks

        converted = solar_hijri(year, month, day)
        if converted is None:
            return None
        year, month, day = converted.year, converted.month, converted.day
    if year is not None and not _valid_year(year):
        return None
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return year, month, day, ambiguous


_SOLAR_YEARS = (1300, 1500)


def _read_time(m: re.Match[str], tokens: list[Token], base: int) -> tuple[int, int, int, int] | None:
    spans = m.regs  # one look-up a group instead of group() then start(): a stamp line reads a time
    index = m.re.groupindex

    def tok(name: str) -> Token | None:
        """The token a group matched; None when the pattern has no such group or it took no part."""
        i = index.get(name)
        start = spans[i][0] if i is not None else -1
        return tokens[base + start] if start >= 0 else None

    noon = tok("noon")
    if noon is not None:
        return (noon.value % 24, 0, 0, 0)
    h = tok("h")
    hour_tok = h or tok("hh")
    if hour_tok is None:
        return None
    names = ("mi", "se", "ap", "ap1") if h is not None else ("hmi", "hse", "hap", "hap")
    minute_tok, second_tok = tok(names[0]), tok(names[1])
    if names[0] == "mi" and any(t is not None and len(t.text) != 2 for t in (minute_tok, second_tok)):
        return None  # "27 May 2024, 3.5 million": minutes and seconds are written with two digits
    ap_tok = tok(names[2]) or tok(names[3]) or tok("ap0")
    hour = hour_tok.value
    minute = minute_tok.value if minute_tok else 0
    second = second_tok.value if second_tok else 0
    micro = 0
    frac = tok("fr")  # only inside the "h" branch of the pattern
    if frac is not None:
        micro = int((frac.text + "000000")[:6])
    if ap_tok is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ap_tok.value == 2 else 0)
    if hour > 24 or minute > 59 or second > 60:
        return None
    if hour == 24:
        if minute or second:
            return None
        hour = 0
    return hour, minute, min(second, 59), micro


def _read_zone(m: re.Match[str], tokens: list[Token], base: int) -> tuple[int | None, int | None]:
    """(offset in minutes, index of a zone word) of a zone match."""
    zone_word: int | None = None
    for name in ("z", "z2", "z3"):
        if m.group(name) is not None:
            zone_word = base + m.start(name)
    if m.group("sign") is None:
        if zone_word is not None and tokens[zone_word].text in UTC_WORDS:
            return 0, None  # "13:59:00 GMT", "13:59:00Z"
        return None, zone_word
    number = tokens[base + m.start("oh")]
    if number.shape == "d":
        hours = number.value
        minutes = tokens[base + m.start("om")].value if m.group("om") is not None else 0
    elif len(number.text) in (3, 4):
        hours, minutes = divmod(number.value, 100)
    else:
        return None, zone_word
    if hours > 14 or minutes > 59:
        return None, zone_word
    total = hours * 60 + minutes
    if m.group("z") is not None and tokens[base + m.start("z")].text in UTC_WORDS:
        zone_word = base + m.start("z3") if m.group("z3") is not None else None
    return (-total if m.group("sign") == "-" else total), zone_word


def _sign_is_offset(tokens: list[Token], m: re.Match[str], base: int, iso: bool) -> bool:
    """A bare sign after a time is an offset when it cannot be a range ("10:00 - 12:00")."""
    if m.group("sign") is None or m.group("z") is not None:
        return True
    if m.group("sign") == "+":
        return True
    number = tokens[base + m.start("oh")]
    return iso or number.shape == "y"


def holds_a_form(shape: str) -> bool:
    """Some form matches ``shape`` (whether its numbers make a date is for ``read_forms`` to say)."""
    return first_form(shape) is not None


def first_form(shape: str) -> re.Match[str] | None:
    """The leftmost match of any form in ``shape`` (``read_forms``'s first search), None when no form matches."""
    return _ANY_DATE.search(shape) if could_hold_a_date(shape) else None


def read_forms(tokens: list[Token], shape: str, month_first: bool = False, capital_first: bool = False,
               first: re.Match[str] | None = None) -> list[Reading]:
    """Every date the tokens state, leftmost first, each with the time and zone around it (``capital_first``: the
    text opens with a capital letter, as a place's name does).  ``first``: ``first_form(shape)`` when the caller
    has it (the same search of the same shape: a pattern of 58 groups, 5-15,000 instructions a search, not made twice)."""
    readings: list[Reading] = []
    found = _ANY_DATE.search(shape) if first is None else first
    while found is not None:
        at = found.start()
        if at >= 2 and shape[at - 1] == ":" and shape[at - 2] == "d":
            pos = at + 1  # a clock's minutes are no day: "09:15 September 6, 2015" is no 15 September
        else:
            name = found.lastgroup or ""
            # Re-match with the form's own pattern: its groups have the plain names (D, M, Y, W).
            m = _FORMS[name].match(shape, at)
            reading = _reading(name, m, tokens, shape, month_first, capital_first) if m else None
            if reading is not None:
                readings.append(reading)
                pos = reading.last + 1
            else:
                # a match that reads no date may hide one starting inside it: "07:32 September 6, 2014", where the
                # clock's minutes and the month ("32 September") match first
                pos = at + 1
        found = _ANY_DATE.search(shape, pos)
    return readings


def _glued_number_around(tokens: list[Token], first: int, last: int) -> bool:
    """A numeric date inside a longer run of numbers: "1.12.2024.5", "10.11.12.2024" (a version, an IP)."""
    before = tokens[first - 2 : first]
    after = tokens[last + 1 : last + 3]
    if (
        len(before) == 2
        and before[1].shape in "./-"
        and before[0].shape in "dyn"
        and before[0].end == before[1].start
        and before[1].end == tokens[first].start
    ):
        return True
    glued_after = (
        len(after) == 2
        and after[0].shape in "./-"
        and after[1].shape in "dyn"
        and tokens[last].end == after[0].start
        and after[0].end == after[1].start
    )
    # "15.06.2021-16:20": a clock glued on by a dash is the stamp's time, not more of a version
    clock = tokens[last + 3 : last + 5]
    return glued_after and not (
        after[0].shape == "-" and len(clock) == 2 and clock[0].shape == ":" and clock[1].shape == "d"
    )


# After the date of a slash lede: the slash, the agency's words, then a colon or a dash ("/Ansa:").
_SLASH_AGENCY = lazy(r"/x{1,3}[:\-]", engine="re")


# One word before a date, a comma after it or none: the whole of a letter's place and date line ("release
# 10.12.13", in small letters, is a version).
_PLACE_ALONE = ("x", "x,")


def _between_slashes(shape: str, first: int, last: int) -> bool:
    """A date set by slashes between a place and an agency with its colon: ``Torino/21.11.23/Ansa:`` (a news lede)."""
    return first >= 2 and shape[first - 2 : first] == "x/" and _SLASH_AGENCY.match(shape, last + 1) is not None


def _reading(name: str, m: re.Match[str], tokens: list[Token], shape: str, month_first: bool,
             capital_first: bool = False) -> Reading | None:
    first, last = m.start(), m.end() - 1
    if name == "rel":
        year, month, day, ambiguous = None, 1, 1, False
    else:
        parts = _date_parts(name, m, tokens, month_first)
        if parts is None:
            return None
        year, month, day, ambiguous = parts
        if name in ("ymd", "dmy", "dmy2", "cjk") and _glued_number_around(tokens, first, last):
            return None
    days_back = tokens[first].value if name == "rel" else None
    clock: tuple[int, int, int, int] | None = None
    offset: int | None = None
    zone_word: int | None = None
    pos = last + 1
    t = _TIME_AFTER.match(shape, pos) or _TIME_BRACKETED.match(shape, pos)
    if t is None and (weekday := _WEEKDAY_AFTER.match(shape, pos)) is not None:
        # "2021. október 4., hétfő 09:15" (Hungarian), "12 May 2024, Sunday": the weekday after the date is the
        # stamp's; with nothing between them ("12 Mayıs 2024 Pazar 14:35", Turkish) only before the stamp's time
        t = _TIME_AFTER.match(shape, weekday.end()) or _TIME_BRACKETED.match(shape, weekday.end())
        if t is not None or weekday.end() - pos > 1:
            last, pos = weekday.end() - 1, weekday.end()
    if t is not None:
        clock = _read_time(t, tokens, 0)
        if clock is not None:
            last = t.end() - 1
            pos = t.end()
    stamp_first = first
    if clock is None:
        y = _YEAR_WORD.match(shape, pos)  # "27 травня 2024 р.": the year word is the stamp's
        if y is not None:
            last, pos = y.end() - 1, y.end()
    if clock is None and name != "rel":
        b = _TIME_BEFORE.search(shape[max(0, first - 8) : first])
        if b is not None:
            base = max(0, first - 8)
            clock = _read_time(b, tokens, base)
            if clock is not None:
                stamp_first = base + b.start()
                if b.group("zb") is not None:
                    zone_word = base + b.start("zb")
                    if tokens[zone_word].text in UTC_WORDS:  # "14:20 GMT, 11 June 2024"
                        offset, zone_word = 0, None
    if clock is not None:
        z = _ZONE.match(shape, pos)
        if z is not None and _sign_is_offset(tokens, z, 0, name == "ymd"):
            offset, zone_word = _read_zone(z, tokens, 0)
            if offset is not None or zone_word is not None:
                last = z.end() - 1
                pos = z.end()
    if name == "dmy2" and clock is None and not _between_slashes(shape, first, last) \
            and not (capital_first and last == len(shape) - 1 and shape[:first] in _PLACE_ALONE):
        # "10.12.13" alone is as likely a version or a section number; "Torino/21.11.23/Ansa:" is a lede, and
        # "Aalborg 03.11.09", a capitalised word and the date closing the text, a letter's place and date
        return None
    # ctime puts the year last: "Mon May 27 17:59:00 +0400 2024"
    if year is None and name in ("md", "dM", "Md") and shape[pos : pos + 1] == "y" and _valid_year(tokens[pos].value):
        year, last = tokens[pos].value, pos
    return Reading(
        form=name,
        year=year,
        month=month,
        day=day,
        first=stamp_first,
        last=last,
        date_first=first,
        hour=clock[0] if clock else None,
        minute=clock[1] if clock else 0,
        second=clock[2] if clock else 0,
        microsecond=clock[3] if clock else 0,
        offset_minutes=offset,
        zone_token=zone_word,
        days_back=days_back,
        ambiguous_order=ambiguous,
    )
