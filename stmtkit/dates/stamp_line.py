"""Is this line a stamp?  A question the dateline, title and signature stages all ask.

A stamp line is a date (and time) with little else on the line: markup, a label, a
section name or byline set off by a bar, an update stamp.  Dates inside sentences
(events, deadlines) are not stamps.
"""

from __future__ import annotations

import functools
from functools import lru_cache

import regex

from ..chrome import is_section_label
from ..data import byline_words, folded_dates, folded_structure
from ..data import dateline_words as words
from ..fold import fold_aligned, fold_key, fold_words
from ..gazetteer import is_place
from ..lines import Line
from ..memo import per_parse
from ..patterns import holds_digit, lazy
from .dateless import dateless_lede
from .read import Stamp, read_stamp
from .relative import age_phrase

# Longer lines are paragraphs: only their opening can be a lede, read in its first LEDE_HEAD characters.
STAMP_MAX = 160
LEDE_HEAD = 200
MARKUP = lazy(r"^[\s#*>_|\-–—•]*")
# What may be left on a stamp line besides the stamp: markup and punctuation, and a section
# name set off by a bar or a bullet ("27.05.2024 17:59 | Politics", "Economy · 27 May 2024").
LEFTOVER = lazy(r"^[\s#*>_|.,;:()\[\]\-–—•·]*$")
# A byline or a counter may stand there too: "By Jane Doe, Reuters | May 27, 2024", "… | Views: 1234", "… · 3 min read".
# (Up to three fields, each set off by its bar: "08.03.2012  |  Town  |  SECTION", a page's row of metadata.)
_SECTION_AFTER = lazy(r"^(?:\s*[|•·]\s*[\p{L}\p{N}][\p{L}\p{M}\p{N} &,.:'’]{0,40}?){1,3}\s*$", regex.V1)
_SECTION_BEFORE = lazy(r"^[\s#*>_]*\p{L}[\p{L}\p{M}\p{N} &,.'’]{0,40}[|•·]\s*$", regex.V1)
# A newspaper's issue number: "Wtorek, 4 grudnia 2007, Nr 283 (2996)", "May 4, 2024 | Issue 12".
_ISSUES = "|".join(regex.escape(w) for w in words.ISSUE_WORDS)
_VOLUMES = "|".join(regex.escape(w) for w in words.VOLUME_WORDS)
# (the volume before it, and the number before its word as Hungarian writes them: "IV. évfolyam, 860. szám")
_ISSUE_AFTER = lazy(
    rf"^\s*[,|•·]?\s*(?:(?:[IVXLC]+|\d+)\.?\s*(?i:{_VOLUMES})\s*[,|•·]?\s*)?"
    rf"(?:(?i:{_ISSUES})\.?\s*\d+(?:\s*\(\d+\))?|\d+\.\s*(?i:{_ISSUES}))[\s.]*$",
    regex.V1,
)
_BYLINE = "|".join(regex.escape(w) for w in byline_words.BYLINE_WORDS)
_BYLINE_AFTER = lazy(rf"^[\s,]*(?i:{_BYLINE})\s+\p{{L}}[\p{{L}}\p{{M}}\p{{N}} .'’\-@]{{0,40}}$", regex.V1)
_BYLINE_LABEL = "|".join(regex.escape(w) for w in byline_words.BYLINE_LABELS)
# "… 09:15. Posted by: admin", "… | Автор: Иван Петров": a labelled writer after the stamp
_LABELLED_BYLINE_AFTER = lazy(rf"^[\s,.|•·]*(?i:{_BYLINE_LABEL})\s*:\s*\p{{L}}[\p{{L}}\p{{M}}\p{{N}} .'’\-@_]{{0,40}}$", regex.V1)
# A participle may open it: "Submitted by admin on", "Υποβλήθηκε από X στις" (a CMS's stamp).
_BYLINE_LEAD = "|".join(regex.escape(w) for w in byline_words.BYLINE_LEADS)
_BYLINE_BEFORE = lazy(
    rf"^[\s#*>_]*(?:(?i:{_BYLINE_LEAD})\s+)?(?i:{_BYLINE})\s+\p{{L}}[\p{{L}}\p{{M}} .'’\-]{{0,40}}?[\s,]*(?i:on|le|am|el|il)?\s*$", regex.V1
)
# The writer's name then the word for reporter: "김아름내 기자 기사입력 2013/04/21 [20:07]".
_BYLINE_NAME_FIRST = lazy(
    r"^[\s#*>_]*\p{L}[\p{L}\p{M} .'’\-]{0,40}?\s*(?:" + "|".join(regex.escape(w) for w in byline_words.BYLINE_TITLES_AFTER_NAME) + r")[\s,|·]*$",
    regex.V1,
)


def without_icon_names(text: str) -> str:
    """``text`` without the ligatures of an icon font a scrape kept as text ("query_builder 19 abril 2022",
    "calendar_today 12/05/2023"): identifiers in small letters joined by underscores, no words."""
    return _ICON_NAME.sub(" ", text) if "_" in text else text


# An icon font's ligature: small letters joined by underscores ("access_time", "settings_input_antenna").
_ICON_NAME = lazy(r"(?<![\w])[a-z]+(?:_[a-z]+)+(?![\w])")


def is_stamp_line(text: str, stamp: Stamp) -> bool:
    """The stamp and nothing else but markup on the line."""
    dateline = stamp.dateline
    if dateline.datetime is None:
        return False
    timed = dateline.time is not None
    if stamp.relative and not timed:
        return False  # a menu's "Today" or "Yesterday" is no stamp; "Today, 17:59" is
    return _around_stamp(text, stamp.start, stamp.end, timed, dateline.agency)


@per_parse
def _around_stamp(text: str, start: int, end: int, timed: bool, agency: str | None) -> bool:
    """``is_stamp_line`` of a dated stamp at ``text[start:end]``, with a time or not, after ``agency``: what stands
    around it, all the test reads of the stamp.  Remembered for the parse: the title and the dateline stages
    ask it of the same stamp lines (1.6 of 3 questions a median page were asked again, some 40,000
    instructions each), their stamps alike but for the dateline's line numbers."""
    # (an empty side, the date opening or closing the line, is LEFTOVER's: told without the pattern)
    left, right = without_reading_time(without_icon_names(text[:start])), without_reading_time(text[end:])
    return bool(
        (not left or LEFTOVER.match(left) or _SECTION_BEFORE.match(left) or _BYLINE_BEFORE.match(left) or _BYLINE_NAME_FIRST.match(left)
         or _section_before(left) or (timed and _name_before(left)) or _label_before(left)
         or (agency is not None and left.strip(" ,|-–—").casefold() == agency.casefold()))
        and (not right or LEFTOVER.match(right) or _closing_quote(right) or _SECTION_AFTER.match(right) or _BYLINE_AFTER.match(right) or (":" in right and _LABELLED_BYLINE_AFTER.match(right))
             or _update_stamp(right) or issue_number_after(right) or age_note_after(right) or cjk_weekday(right)
             or (len(right) <= _CHROME_AFTER_MAX and fold_key(right.strip(" :|•·")) in folded_structure.CHROME_LINES)
             or (timed and ((right.strip().isdecimal() and len(right.strip()) <= _COUNTER_DIGITS) or _name_before(right))))
    )


# "Xinhua, March 3, 2019 Adjust font size:": a widget's label or a site's link after the stamp, the page's chrome.
_CHROME_AFTER_MAX = 40
# "EKONOMİ 11.02.2026 09:42:15 3": a section's name before the stamp with no bar between, a counter (comments,
# views) after its time: a news page's row of metadata.  (After a time the figures can be no part of the date.)
_SECTION_BEFORE_MAX = 30
_COUNTER_DIGITS = 6


# "Vila Seca 12/03/2024 10:15 h": a town's (or a section's) name of a few capitalised words before a date and its
# time; after them too ("10 January 2025 23:17 Politics": the section's link closing a row of metadata).
_NAME_BEFORE_WORDS = 3


def _name_before(left: str) -> bool:
    words = left.split()
    return 0 < len(words) <= _NAME_BEFORE_WORDS and len(left) <= _SECTION_BEFORE_MAX \
        and all(w[:1].isupper() and w.isalpha() for w in words)


def _label_before(left: str) -> bool:
    """"Senast ändrad: ", "Erscheinungsdatum: ": a label of a few words closed by a colon, which the label tables
    may lack (a place before a colon is told apart by the place reader, and says nothing against a stamp line)."""
    label = left.rstrip()
    if label[-1:] != ":" or len(label) > _SECTION_BEFORE_MAX:
        return False
    words = label[:-1].strip(" #*>_").split()
    return 0 < len(words) <= _NAME_BEFORE_WORDS and words[0][:1].isupper() and all(w.isalpha() for w in words)


def _section_before(left: str) -> bool:
    label = left.strip(" #*>_")
    return 0 < len(label) <= _SECTION_BEFORE_MAX and label[:1].isalpha() and is_section_label(label, fold_words(label))


# The weekday after a date in Japanese, Chinese and Korean: "2019年3月4日月曜日", "…日(月)", "…日 星期一", "…일 월요일".
_CJK_WEEKDAY = lazy(r"^\s*[（(]?(?:[月火水木金土日](?:曜日?)?|(?:星期|礼拜|禮拜|[周週])[一二三四五六日天]|[월화수목금토일](?:요일)?)[)）]?[\s.,]*$")


def cjk_weekday(right: str) -> bool:
    """``right``, after a date, is its weekday in Japanese, Chinese or Korean."""
    head = right.lstrip(" (（")[:1]
    return ("\u3040" <= head <= "\u9fff" or "\uac00" <= head <= "\ud7a3") and _CJK_WEEKDAY.match(right) is not None


def _closing_quote(right: str) -> bool:
    """After the date, a quotation's closing mark and punctuation: a quoted statement closes with its date
    ("… 10 June 2013».")."""
    return any(q in right for q in _CLOSING_QUOTES) and LEFTOVER.match(right.translate(_NO_QUOTES)) is not None


_CLOSING_QUOTES = "\"”»’'"
_NO_QUOTES = str.maketrans("", "", _CLOSING_QUOTES)


def issue_number_after(text: str) -> bool:
    """``text``, after a stamp's date, is a newspaper's issue number: ", Nr 283 (2996)"."""
    # The number is the one thing the pattern must find: a text with no digit (most often nothing
    # is left after the stamp) is answered without it, and a fresh process's first parse without
    # compiling it (15.5 M instructions: its case-blind words).
    return holds_digit(text) and _ISSUE_AFTER.match(text) is not None


def _alternation(options: tuple[str, ...]) -> str:
    return "|".join(regex.escape(w) for w in sorted(options, key=len, reverse=True))


# "3 min read", "Lesezeit: 4 Min.": a reading-time widget and the separators around it, beside a stamp (built on first
# use: its words' alternations cost 1 M instructions at start-up).
@lru_cache(maxsize=1)
def _reading_time() -> regex.Pattern[str]:
    units = _alternation(byline_words.READING_TIME_UNITS)
    return regex.compile(
        rf"(?i)[\s|·•,\-–]*(?:(?:{_alternation(byline_words.READING_TIME_LABELS)})\s*:?\s*\d{{1,3}}\s*(?:{units})\.?"
        rf"|\d{{1,3}}\s*(?:{units})\.?\s*(?:{_alternation(byline_words.READING_TIME_AFTER)}))[\s|·•,\-–]*",
        regex.V1,
    )


_READING_SIDE_MAX = 48
_UNIT_STEMS = ("min", "мин", "хв", "dk", "dakika", "perc", "分", "분")  # every unit of READING_TIME_UNITS holds one


def without_reading_time(side: str) -> str:
    """``side`` (the text before or after a stamp) without a reading-time widget in it ("3 min read · ")."""
    if len(side) > _READING_SIDE_MAX or not holds_digit(side):
        # (the widget's figure: most sides hold none; a side longer than a widget and a label is a sentence's, whose
        # words the widget would not turn: the pattern is not asked)
        return side
    lowered = side.lower()
    if not any(unit in lowered for unit in _UNIT_STEMS):
        return side  # (nor of a side with no unit of minutes: "| 09:42 3", a counter)
    pattern = _reading_time()
    return pattern.sub(" ", side).strip(" ") if pattern.search(side) else side


def age_note_after(text: str) -> bool:
    """``text``, after a stamp, is the page's note of the stamp's age: " / 5 years ago", " - Published 15 years ago",
    " Atualizado há 2 horas" (the age of its update: the stamp stays the publication's)."""
    if not holds_digit(text):
        return _unfilled_update_note(text)
    folded = fold_aligned(text)  # (as long as the text: its positions are the text's)
    age = age_phrase(folded)
    if age is None or not _AGE_SEPARATORS.match(text, age[1]):
        return False
    label = folded[: age[0]].strip(_NOTE_MARKS)
    return not label or any(label == found for found, _kind in folded_dates.LABELS_BY_FIRST.get(label[:1], ()))


def _unfilled_update_note(text: str) -> bool:
    """" - Atualizado há", " | Updated": the page's note of its update, whose age a script fills in and the
    scrape did not keep: an update label alone, or with the word that opens an age ("há", "vor")."""
    if len(text) > _UNFILLED_NOTE_MAX or not text.strip(_NOTE_MARKS):
        return False
    label = fold_aligned(text).strip(_NOTE_MARKS)
    for word in map(fold_aligned, words.AGO_BEFORE):
        if label.endswith(word) and label[-len(word) - 1 : -len(word)] == " ":
            label = label[: -len(word)].rstrip()
            break
    return label in _update_labels()


_UNFILLED_NOTE_MAX = 40
_NOTE_MARKS = " \t\u00a0/|•·,;:()[]-–—."


# What may set the page's age of a stamp apart from it and close the line.
_AGE_SEPARATORS = lazy(r"[\s/|•·,;:()\[\]\-–—.]*$")


@functools.cache
def _update_labels() -> tuple[str, ...]:
    """The folded labels the reader takes for an update ("last updated", "aktualisiert am")."""
    return tuple(label for group in folded_dates.LABELS_BY_FIRST.values() for label, kind in group if kind == "updated")


def _update_stamp(text: str) -> bool:
    """The rest of a stamp line is the update stamp: "11.06.2024 14:05 Güncelleme: 11.06.2024 16:20"."""
    if not holds_digit(text) or len(text) > STAMP_MAX:
        return False
    # The reader labels a stamp "updated" only when one of those labels stands in the folded text: most texts
    # asked (a lede's story after its date) hold none and are not read (a new text each, some 100,000 instructions).
    folded = fold_aligned(text)
    if not any(map(folded.__contains__, _update_labels())):
        return False
    try:
        stamp = read_stamp(text)
    except Exception:  # a stage never raises on odd text
        return False
    return (
        stamp is not None
        and stamp.label == "updated"
        and bool(LEFTOVER.match(text[: stamp.start]) and LEFTOVER.match(text[stamp.end :]))
    )


def stamp_on_line(line: Line, languages: tuple[str, ...] | None) -> Stamp | None:
    """The stamp on ``line`` if the line is a stamp (the date and little else), for other stages.

    The title stage uses it not to take a stamp for a headline, the signature stage not to
    take a closing date for a signatory.
    """
    return stamp_on_text(line.text, languages)


def stamp_on_text(text: str, languages: tuple[str, ...] | None) -> Stamp | None:
    """``stamp_on_line`` of a line's ``text``."""
    text = MARKUP.sub("", text)
    if not text or len(text) > STAMP_MAX or not any(map(str.isdigit, text)):
        return None
    try:
        stamp = read_stamp(text, languages=languages or ())
    except Exception:  # a stage never raises on odd text
        return None
    return stamp if stamp is not None and is_stamp_line(text, stamp) else None


# "KYIV, Ukraine (AP) —", "AMSTERDAM - ", "NEW YORK–(BUSINESS WIRE)–": a place in capitals (a region
# after a comma may follow), an agency in brackets or not, then a dash and a sentence (a small
# letter second: "UKRAINE - RUSSIA TALKS" is a headline): a wire lede with no date. A hyphen glued to a small
# letter is a suffix's: "BMT-nin Bakı nümayəndəliyi" (az/tr case endings after an acronym).
_CAPS_LEDE = lazy(
    r"^[\s#*>_]*\p{Lu}[\p{Lu}\p{M}'’.\-]+(?:[ /]\p{Lu}[\p{Lu}\p{M}'’.\-]+){0,3}"
    r"(?:,\s*\p{Lu}[\p{L}\p{M}'’.\-]+(?: \p{Lu}[\p{L}\p{M}'’.\-]+){0,2})?"
    r"\s*(?:[-–—]*\s*\([^()\d]{2,40}\))?\s*(?:-(?!\p{Ll})|[–—])[-–—]*\s*[\"“«„']?\p{L}\p{Ll}",
    regex.V1,
)


_MAX_TAG_LETTERS = 3


def lede_shape(head: str) -> bool:
    """A lede with no date to read: ``KYIV, Ukraine (AP) —``, ``Paris (AFP) -`` (``head``: markup removed)."""
    # Two capitals open a place in capitals ("KYIV", "L'AQUILA"): other lines skip the pattern.
    # Three letters or fewer make an acronym, a topic's tag ("ETA.- Thousands march"), unless a known place.
    caps = head[:2].isupper() and _CAPS_LEDE.match(head)
    if caps and len(word := head.split(None, 1)[0].rstrip(".,:;-–—")) <= _MAX_TAG_LETTERS and not is_place(word):
        caps = None
    return bool(caps) or dateless_lede(head) is not None


def is_lede_stamp(head: str, stamp: Stamp | None) -> bool:
    """``stamp``, read from ``head``, opens it as a lede: ``BAKU, May 27 (Reuters) -``."""
    return (
        stamp is not None
        and stamp.lede
        and (stamp.dateline.place is not None or stamp.dateline.agency is not None)
        and bool(LEFTOVER.match(head[: stamp.start]))
    )


def opens_with_lede(text: str, languages: tuple[str, ...] | None) -> bool:
    """``text`` opens with a news lede (``BAKU, May 27 (Reuters) -``, ``KYIV, Ukraine (AP) —``): the story starts here.

    Asked by the title stage (a lede is body text, and a line right above one is a headline).
    """
    head = MARKUP.sub("", text[:LEDE_HEAD])
    if not head:
        return False
    if lede_shape(head):
        return True
    if not holds_digit(head[:80]):
        return False
    try:
        stamp = read_stamp(head, languages=languages or ())
    except Exception:  # a stage never raises on odd text
        return False
    return is_lede_stamp(head, stamp)


def states_a_date(text: str) -> bool:
    """``text`` states a date (a stamp with its day): a menu's entry or a teaser's line states none."""
    try:
        stamp = read_stamp(text)
    except Exception:  # a stage never raises on odd text
        return False
    return stamp is not None and stamp.dateline.datetime is not None
