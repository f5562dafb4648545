"""Date candidates and their evidence: which of the dates a document states is its dateline.

Every line that yields a stamp is a ``DateCandidate``; so is the front matter's ``date:`` and a
stamp glued to the headline.  Another source of dates adds ``DateCandidate``s with its own
feature (a weight in the table) to the list the dateline stage ranks.  ``shape_features`` names what the line itself says about the stamp
(the date and little else, a lede, a label, a rubric before it, prose around it); the
dateline stage adds position and neighbours.  ``score`` weighs the features with the one
table in ``stmtkit.data.dateline_weights``, and ``describe`` writes a candidate for
``--explain``.
"""

# No `from __future__ import annotations`: typing.NamedTuple compiles string annotations (0.23 M a field).

import dataclasses
import datetime as dt
import functools
from collections.abc import Callable, Sequence
from typing import NamedTuple

import regex

from ..data import byline_words, dateline_weights
from ..data import dateline_words as words
from ..fold import UNSPACED_RUN, fold_aligned, unspaced_words
from ..patterns import lazy, stopless_script
from .names import weekday_table
from .place import names_a_body
from .read import AMBIGUOUS_ORDER, Stamp
from .stamp_line import (
    LEFTOVER,
    age_note_after,
    cjk_weekday,
    is_stamp_line,
    issue_number_after,
    without_icon_names,
    without_reading_time,
)

# Right after the stamp, a slash or bar with spaces around it: the stamp's field ends there.
_FIELD_AFTER = lazy(r"^\s*[.,]?\s+[/|]\s")


class DateCandidate(NamedTuple):
    """A stamp found somewhere in or around the document, with the evidence that it is the dateline."""

    source: str  # where it was found: "line", "lede", "glued-title", "front-matter"
    stamp: Stamp
    line: int | None  # the line the stamp was read from; None for a date stated outside the text
    text: str  # the string the stamp was read from (re-read with the document's year when it states none)
    claim: bool  # the line is the stamp's alone (claimed); a lede's or headline's line is not
    features: dict[str, float]


def score(features: dict[str, float]) -> float:
    """The sum of each feature's value times its weight (unknown features weigh nothing)."""
    weights = dateline_weights.WEIGHTS
    return sum(value * weights.get(name, 0.0) for name, value in features.items())


def describe(candidate: DateCandidate, points: float) -> str:
    """One line for ``--explain``: the score, what was read and why."""
    dateline = candidate.stamp.dateline
    read = dateline.datetime.isoformat() if dateline.datetime is not None else "no date"
    extra = "".join(f" {k}={v}" for k, v in (("place", dateline.place), ("agency", dateline.agency)) if v)
    evidence = " ".join(f"{name}={value:g}" for name, value in candidate.features.items() if value)
    return f"candidate {points:.2f} ({candidate.source}) {read}{extra}: {evidence}"


# Casefolded as the words are compared ("στις" folds to "στισ"); a CMS's participle ("postado por") is no prose either.
_CONNECTORS = frozenset(w.casefold() for w in (*words.STAMP_CONNECTORS, *byline_words.BYLINE_LEADS))
_BYLINES = frozenset(w.casefold() for w in byline_words.BYLINE_WORDS)
_LETTER_LEADS = frozenset(words.LETTER_PLACE_LEADS)
_WORD = lazy(r"[\p{L}\p{M}][\p{L}\p{M}'’.\-]*", regex.V1)
# A rubric, section or counter beside a stamp is a few words; more is a headline or a sentence.
_RUBRIC_WORDS_MAX = 6
# Lowercase words beside a stamp: each adds to "prose", this many make it whole.
_PROSE_WORDS = 3
_COLUMN_WORDS_MAX = 14
_COLUMN_GAP = lazy(r"\S {3,}$")


def _is_domain(word: str) -> bool:
    """``example.net``, ``news.site.co``: a name of three letters or more, a dot, and a top-level domain of letters."""
    name, dot, top = word.rpartition(".")
    return bool(dot) and len(name) >= 3 and 2 <= len(top) <= 6 and top.isalpha() and name[-1:].isalnum()


def _lowercase_words(text: str, enough: int) -> tuple[int, int, int]:
    """(words, lowercase words that are not connectors or byline words, words of a caseless script) in ``text``,
    counted until ``enough`` lowercase words are found (the line is prose then, whatever follows: a paragraph's
    opening of 200 characters was read to its end, a word at a time, for a feature decided by its third word)."""
    if not text:
        return 0, 0, 0  # (the date opens or closes its line, most often: no pattern set up to find no word)
    count = lower = caseless = 0
    after_byline = False
    weekdays = weekday_table()
    for m in _WORD.finditer(text):
        word = m.group()
        count += 1
        first = word[0]
        folded = word.casefold()
        if "." in folded and _is_domain(folded):  # (a domain holds its dot: most words are not asked)
            continue  # "site.example.net | Thu, 25.02.2021": the site's name beside its stamp, no sentence
        if first.islower() and fold_aligned(word.rstrip(".,")) in weekdays:
            continue  # "quarta-feira, 27 de julho de 2022": a weekday written in lower case, no sentence
        if first.upper() == first.lower():
            # Devanagari, Arabic, Hangul: no case tells a sentence from a rubric
            if folded not in _CONNECTORS and folded not in _BYLINES:
                # Han, Kana and Thai write a clause without spaces: its length, not one "word", tells a sentence
                caseless += unspaced_words(word) if UNSPACED_RUN.match(word) else 1
            after_byline = folded in _BYLINES
            continue
        # The word after "by" / "door" / "par" names the author, whatever its case ("Door redactie").
        if first.islower() and first.upper() != first and folded not in _CONNECTORS and folded not in _BYLINES \
                and not after_byline:
            lower += 1
            if lower >= enough:
                break
        after_byline = folded in _BYLINES
    return count, lower, caseless


# A story after a date and its dash runs on for a sentence at least (an agenda's "12 May 2024 – Hearing" is short).
_STORY_MIN = 60



def shape_features(text: str, stamp: Stamp) -> dict[str, float]:
    """What the line says about its stamp: its shape, labels, and the words around it.

    ``text`` is the string the stamp was read from (a whole line, or a paragraph's opening).
    """
    dateline = stamp.dateline
    features: dict[str, float] = {}
    before = text[: stamp.start]
    if dateline.datetime is None:
        features["dateless_lede"] = 1.0
        if dateline.agency is None:
            # "AMSTERDAM - …": a place for a stamp found elsewhere, alone no dateline; "MANILA, Philippines - …",
            # a city and its country, is a wire's lede even without the wire
            features["place_region" if dateline.place is not None and ", " in dateline.place else "place_only"] = 1.0
        return features
    if stamp.lede and dateline.place is not None and LEFTOVER.match(before):
        features["lede"] = 1.0
    elif stamp.lede and dateline.agency is not None and LEFTOVER.match(before):
        features["lede"] = 1.0  # "15 Feb. (DIRE) -": an agency and a dash, no place
    elif (stamp.lede or text[stamp.end : stamp.end + 1] == ":") and not before.strip(" *_#>") and stamp.year_stated \
            and len(text) - stamp.end >= _STORY_MIN:
        # "12 maart 2024 - Morgen, …", "4. März 2019: Seit Februar …": a release's date and its dash or colon open the story
        features["lede"] = 1.0
    elif not before.strip() and stamp.year_stated and text[stamp.end : stamp.end + 1] == " " \
            and stopless_script(text[stamp.end + 1 : stamp.end + 2]) \
            and len(text) - stamp.end >= _STORY_MIN:
        # "12 มี.ค.2567 นายกเทศมนตรีกล่าวว่า …": Thai, Lao, Khmer and Burmese mark no sentence by case or stop, and a
        # space is all that sets a story's date apart from its first words
        features["lede"] = 1.0
    stamp_line = is_stamp_line(text, stamp)
    if stamp_line:
        features["stamp_line"] = 1.0
        if dateline.place is not None and dateline.agency is None and "lede" not in features and stamp.label is None:
            features["letter_date"] = 1.0  # "Warszawa, dnia 27 listopada 2007 r.": the letter's own date, not the page's
    body = text.strip()
    if body:
        # an issue number after the date is part of an issue stamp: "4 May 2024, No 103 (2996)"
        # (and its weekday after the date in Japanese, Chinese or Korean: "2019年3月4日月曜日")
        after = text[stamp.end :]
        covered = len(body) if stamp_line and (issue_number_after(after) or cjk_weekday(after)) else stamp.end - stamp.start
        features["share"] = round(min(1.0, covered / len(body)), 2)
    if _dates_something_else(text[: stamp.date_start]):
        features["label_other"] = 1.0
    if stamp.label == "published":
        features["label_published"] = 1.0
    elif stamp.label == "updated":
        features["label_updated"] = 1.0
    if dateline.time is not None:
        features["time"] = 1.0
    if not stamp.year_stated:
        features["no_year"] = 1.0
    if stamp.relative:
        # A menu's "Today" or "Yesterday" is no stamp; "Today, 17:59" may be.
        features["relative" if dateline.time is not None else "relative_day"] = 1.0
    if "lede" in features:
        return features  # the story follows a lede: its words are no evidence against the stamp
    if stamp.label == "published" and dateline.time is not None:
        return features  # "Headline Stand: 14.09.2023 09:35 Uhr Seit Wochen …": a labelled stamp and its time, run into the text
    if not stamp_line and before.rstrip().endswith(",") and LEFTOVER.match(text[stamp.end :]) \
            and names_a_body(before.strip(" ,")):
        features["signer_before"] = 1.0  # "Union of Teachers, 12 May 2024": a letter's closing line
        return features
    if stamp.year_stated and before.rstrip().endswith((".", "!", "?")) and LEFTOVER.match(text[stamp.end :]) \
            and _digit_groups(text[stamp.date_start : stamp.end]) >= 2:
        features["closing_date"] = 1.0  # "… we call on everyone to come this week. 12.03.2019": the letter's date typed after its last sentence
        return features
    if stamp.year_stated and _formal_closing(before) and LEFTOVER.match(text[stamp.end :]):
        features["formal_closing"] = 1.0  # "Adopted this 3rd day of March, 2024, at Nairobi.": the text's own date
        return features
    words_before, lower_before, caseless_before = _lowercase_words(without_reading_time(without_icon_names(before)), _PROSE_WORDS)
    if dateline.place is not None and before.strip() in _LETTER_LEADS:
        lower_before = caseless_before = 0  # "Signed in Geneva, 3 March 2024": the letter's lead before its place is no sentence
    if lower_before >= _PROSE_WORDS:
        features["prose"] = 1.0  # what stands after the date can add nothing
        return features
    after = without_reading_time(text[stamp.end :])
    if age_note_after(after) or (stamp_line and issue_number_after(after)):
        after = ""  # "December 10, 2012 / 4:25 PM / 5 years ago": the page's age of the stamp, no sentence; an issue's number
    if after and _FIELD_AFTER.match(after):  # (most often nothing is left after the date: no pattern asked)
        after = ""  # "Berlin, 19.02.2016 / Sperrfrist bis …": what a spaced slash or bar sets off is a field of its own
    words_after, lower_after, caseless_after = _lowercase_words(after, _PROSE_WORDS - lower_before)
    # In a caseless script only length tells: more words than a rubric holds are a sentence
    # ("22 <month> <postposition> <place> <postposition> ..." opening a paragraph is an event date).
    lower = lower_before + lower_after + max(0, caseless_before + caseless_after - _RUBRIC_WORDS_MAX)
    if lower:
        features["prose"] = round(min(1.0, lower / _PROSE_WORDS), 2)
    elif not stamp_line and 0 < words_before + words_after <= (
            _COLUMN_WORDS_MAX if _COLUMN_GAP.search(before) else _RUBRIC_WORDS_MAX):
        # "Politics Materials 30 November 2017 14:47", "24 September 2019  Gelesen: 981", and a
        # longer byline set off in its own column: "Polish American Congress     13 kwietnia, 2024".
        features["rubric"] = 1.0
    return features


_FORMAL_VERBS = words.FORMAL_CLOSING_VERBS
# A formal closing's words before its date: the verb and a few words ("Given under my hand and seal this").
_FORMAL_WORDS_MAX = 8


def _formal_closing(before: str) -> bool:
    """A line opened by the verb of a formal closing, its date a few words on: "Adopted this", "Done at
    Porto, this", "Given under my hand this", "Aprobado el"."""
    head = before.lstrip(" \t#*>_")
    if not head[:1].isupper():
        return False  # (the verb opens the line with its capital: most lines are not cut into words)
    found = head.split(None, _FORMAL_WORDS_MAX)
    return found[0].rstrip(",") in _FORMAL_VERBS and len(found) <= _FORMAL_WORDS_MAX


def _digit_groups(text: str) -> int:
    """How many numbers ``text`` writes: "24.10.2014" three, "24 October 2014" two, "October 2014" one."""
    return sum(1 for at, ch in enumerate(text) if ch.isdigit() and (not at or not text[at - 1].isdigit()))


_OTHER_DATE_WORDS, _UNTIL_WORDS = frozenset(words.OTHER_DATE_WORDS), frozenset(words.UNTIL_WORDS)  # written casefolded
# Only a label's few words before a date count: a word of a sentence further back says nothing.
_LABEL_WORDS_MAX = 4


def _dates_something_else(before: str) -> bool:
    """The words before a date label it a deadline, an event, a birth ("Deadline for signatures:", "bis")."""
    if not before:
        return False  # (the date opens its line: no word before it)
    found = _WORD.findall(before[-60:].casefold())[-_LABEL_WORDS_MAX:]
    return bool(found) and (found[-1] in _UNTIL_WORDS or not _OTHER_DATE_WORDS.isdisjoint(found))


# A numbered item: "3. Marta Lind"; date_run: three dated lines or more, each within this many content lines of the next.
_NUMBERED = lazy(r"^\s*(\d{1,3})([.)])\s")
_RUN_REACH, _RUN_MIN = 3, 3


def is_venue_line(text: str) -> bool:
    """``YER: İstanbul- Taksim``, ``Venue: Town Hall``: an event's venue, by its label and colon."""
    label, colon, rest = text.partition(":")
    return bool(colon) and len(label) <= _VENUE_LABEL_CHARS and bool(rest.strip()) \
        and fold_aligned(label.strip(" *#-•")) in _venue_labels()


_VENUE_LABEL_CHARS = 25


@functools.cache
def _venue_labels() -> frozenset[str]:
    return frozenset(map(fold_aligned, words.VENUE_LABELS))


def continues_numbering(previous: str, text: str) -> bool:
    """``text`` opens with the number after the one ``previous`` opens with ("2." then "3.")."""
    if not (text.lstrip()[:1].isdigit() and previous.lstrip()[:1].isdigit()):
        return False  # (string tests before the patterns: most lines open with a letter)
    m, p = _NUMBERED.match(text), _NUMBERED.match(previous)
    return bool(m and p and m.group(2) == p.group(2) and int(m.group(1)) == int(p.group(1)) + 1)


def date_runs(dated: list[tuple[int, dt.date]]) -> set[int]:
    """The dated lines (content indices in order, each with its date) in runs of three or more, each within
    reach of the next, of two dates or more: one instant printed again and again ("Posted …", "Published …",
    the same under the headline) is the page's own stamp, not a list of other pages."""
    runs: set[int] = set()
    run: list[tuple[int, dt.date]] = []
    for item in [*dated, None]:
        if item is not None and run and item[0] - run[-1][0] <= _RUN_REACH:
            run.append(item)
            continue
        if len(run) >= _RUN_MIN and len({value for _, value in run}) > 1:
            runs.update(index for index, _ in run)
        run = [item] if item is not None else []
    return runs


def day_month_settled(stamp: Stamp, others: Sequence[DateCandidate]) -> Stamp:
    """A stamp written "03/06/2021" read in the order the page's other dates settle: "06.03.2021" on another
    line (a dotted date, a month's name or a day past 12) names the sixth of March, not the third of June."""
    value = stamp.dateline.datetime
    if value is None or not stamp.ambiguous_order:  # the reader's own judgement: both numbers could be the day
        return stamp
    swapped = value.replace(month=value.day, day=value.month)
    day = swapped.date() if isinstance(swapped, dt.datetime) else swapped
    for other in others:
        found = other.stamp.dateline.datetime
        if found is None or other.stamp is stamp or other.stamp.ambiguous_order:
            continue
        if (found.date() if isinstance(found, dt.datetime) else found) == day:
            kept = tuple(w for w in stamp.warnings if AMBIGUOUS_ORDER not in w)
            why = f"numeric date {stamp.dateline.text!r} read as {day.isoformat()}, the order another date of the page states"
            return stamp._replace(dateline=dataclasses.replace(stamp.dateline, datetime=swapped), warnings=(*kept, why))
    return stamp


def same_day(a: Stamp, b: Stamp) -> bool:
    """Both name one day; a stamp that states no year only needs the same month and day."""
    first, second = a.dateline.date, b.dateline.date
    if first is None or second is None:
        return False
    if not (a.year_stated and b.year_stated):
        return (first.month, first.day) == (second.month, second.day)
    return first == second


def lede_of_stamp(lede: Stamp, stamp: Stamp) -> bool:
    """The lede dates the story the stamp's day or the day before: a wire writes its own day ("LISBON, May 8
    (Lusa) --"), the page stamps it when it runs, maybe the next morning ("07:40, May 9, 2014")."""
    if same_day(lede, stamp):
        return True
    first, second = lede.dateline.date, stamp.dateline.date
    if first is None or second is None:
        return False
    if lede.year_stated and stamp.year_stated:
        return (second - first).days == 1
    # a year-less day: the day before the stamp's, in the stamp's year or the one before (31 December)
    eve = second - dt.timedelta(days=1)
    return (first.month, first.day) == (eve.month, eve.day)


# The site's clock shows today's date on the page's first line: a month or more after the article's own stamp.
_CLOCK_GAP_DAYS = 30


def mark_clock_top(found: Sequence[DateCandidate]) -> None:
    """Mark ``clock_top`` on a stamp line alone on the first content line, with no label and no place, dated a month
    or more after another stamp line of the page (not a letter's closing date, not an update, not under a
    related-articles or comments heading): the site's clock."""
    top = next((c for c in found if c.features.get("near_top") == 1.0 and "stamp_line" in c.features
                and c.stamp.label is None and c.stamp.dateline.place is None), None)
    if top is None or top.stamp.dateline.datetime is None:
        return
    day = _day(top.stamp.dateline.datetime)
    if any(c is not top and "stamp_line" in c.features and not {"letter_date", "after_related"} & c.features.keys()
           and c.stamp.label != "updated" and c.stamp.dateline.datetime is not None
           and (day - _day(c.stamp.dateline.datetime)).days > _CLOCK_GAP_DAYS for c in found):
        top.features["clock_top"] = 1.0


def _day(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def stamp_run_into_lede(text: str, stamp: Stamp, line: int, read: Callable[[str], Stamp | None]) -> list[DateCandidate]:
    """``Headline 14.05.2019 09:10 TOWN, 14 May (Wire). Story …``: the scrape ran a headline, its stamp and the
    story's lede into one line.  When a stamp with a time inside ``text`` is followed right away by a lede of the
    same day and month, the stamp is weighed as a stamp line and the lede as a lede (two statements that agree,
    no date inside prose); neither claims the line, which is the story's.  ``read``: the stage's reader."""
    dateline = stamp.dateline
    if not stamp.start or dateline.time is None or dateline.datetime is None:
        return []
    rest = text[stamp.end :].lstrip(" |-–—")
    if not rest[:1].isupper():
        return []  # (a lede opens with its place in capitals or title case)
    lede = read(rest)
    day = lede.dateline.datetime if lede is not None else None
    if lede is None or lede.start or day is None or lede.dateline.place is None \
            or (day.month, day.day) != (dateline.datetime.month, dateline.datetime.day):
        return []
    lede_features = shape_features(rest, lede)
    if "lede" not in lede_features:
        return []
    alone = stamp._replace(start=0, end=stamp.end - stamp.start, date_start=stamp.date_start - stamp.start)
    stamp_text = text[stamp.start : stamp.end]
    return [DateCandidate("line", alone, line, stamp_text, False, shape_features(stamp_text, alone)),
            DateCandidate("lede", lede, line, rest, False, lede_features)]
