"""The features of one line as a headline, read from its own text: its shape and what else it may be.

The title stage scores each candidate line with named features weighed by
``stmtkit.data.title_weights``; these are the ones a line shows by itself (the
stage adds those that look at the lines around it: a copy below, a stamp below,
body text or a byline above).  Shapes, not strings: cue words are data.
"""

from __future__ import annotations

from itertools import pairwise

import regex

from .addressee import is_addressee
from .chrome import is_document_label, is_issue_line, is_photo_credit
from .data import folded_structure
from .data.dateline_words import YEAR_WORDS
from .data.title_weights import LONG_FROM, TITLE_WEIGHTS
from .fold import fold_words, opens_lowercase
from .headline import (
    all_caps,
    holds_two_sentences,
    is_byline,
    is_chrome,
    is_truncated,
    items_run_together,
    word_count,
)
from .patterns import SCRIPT_FULL_STOPS, holds_digit, lazy, stopless_script
from .signatories.kind import names_a_body, names_a_body_alone

MIN_WORDS = 3  # fewer words (headline.word_count) is a rubric, a menu item or a label more often than a headline
# Quotation marks and brackets that may close a sentence after its full stop.
_CLOSING = "\"”»’')]）」』"

# A label and a number ("News ID: 232986", "Artikel-Nr.: 4711", "Views: 981"): a page's metadata, not a headline.
# (a phone number or an e-mail address is the value of a contact's line: "Tel.: +44 (141) 496 0958", "E-mail: a@b.kz")
_LABEL_NUMBER = lazy(r"^\p{L}[\p{L}\p{M} .'’\-]{0,30}[:：]\s*(?:[#№+]?\s*\(?\p{N}[\p{N}\s.,/\-()]*|[\w.+\-]+@[\w\-]+\.[\w.\-]+)$",
                     regex.V1)
_LABEL_WORDS_MAX = 4
_LABEL_COLON_WITHIN = 32
# A reference line is a few abbreviations and figures: "Ref. No. 45 – 12/03/2021", "Nr 283 (2996)".
_REFERENCE_WORDS_MAX = 4
_ABBREVIATION_MAX = 2
_REFERENCE_SPACES = 10


def line_features(title: str, features: dict[str, float], language: str | None) -> None:
    """Add to ``features`` what ``title`` (a cleaned candidate line) shows by itself."""
    folded = fold_words(title)
    if is_chrome(title, folded) or is_photo_credit(title) or is_issue_line(title):
        features["chrome"] = 1.0
    elif is_document_label(title):
        features["document_label"] = 1.0
    elif is_label_number(title):
        features["label_number"] = 1.0
    elif is_byline(title):
        features["byline"] = 1.0
    _shape(title, features, language)
    if "document_label" not in features and (names_a_body_alone(title) or _letterheads_run_together(title)):
        features["letterhead"] = 1.0
    if _news_alert(folded):
        features["news_alert"] = 1.0
    elif _masthead(title, folded):
        features["masthead"] = 1.0
    if is_addressee(folded, language):
        features["addressee"] = 1.0


def _letterheads_run_together(title: str) -> bool:
    """Two bodies' names the scrape ran together, three small letters then a capital where their lines met
    ("Faculty of ArtsHarbour University"): a letterhead of two lines over the headline.  ("McDonald", "iPhone": a
    capital after fewer small letters is a name's own; camel case twice is a menu or a brand.)"""
    if title.isascii() and _JOINED not in title.encode().translate(_CASES):
        # no three small letters, a capital and a small letter in a row anywhere (an ASCII letter's case is its
        # byte's): no word below has the join, and the loop over the words is not run (a headline of a
        # few dozen words, some 20,000 instructions)
        return False
    cut = -1
    at = 0
    for word in title.split(" "):
        inner = word[1:]
        if inner and not inner.islower() and not inner.isupper():  # (most words: one case after the first letter)
            for i in range(3, len(word) - 1):
                if word[i].isupper() and word[i + 1].islower() and word[i - 3 : i].isalpha() and word[i - 3 : i].islower():
                    if cut >= 0:
                        return False
                    cut = at + i
        at += len(word) + 1
    if cut < 0:
        return False
    return all(len(part.split()) <= _LETTERHEAD_WORDS and names_a_body(part) for part in (title[:cut], title[cut:]))


_LETTERHEAD_WORDS = 7  # "Związek Rodziców i Nauczycieli Szkoły Portowej": a body's name on its own line
# ASCII small letters as "l", capitals as "U", other bytes as they are: the join is "lllUl" in the UTF-8 form.
_CASES = bytes.maketrans(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", b"l" * 26 + b"U" * 26)
_JOINED = b"lllUl"
_FULL_STOPS = (".", *SCRIPT_FULL_STOPS)
# A clause's end: a comma or a semicolon, the ideographic comma, CJK's full-width marks, Arabic's.
CLAUSE_ENDS = (",", ";", "、", "，", "；", "،", "؛")


def _shape(title: str, features: dict[str, float], language: str | None) -> None:
    """Headline length, case and ending (a document label is short by nature: not counted against it)."""
    if word_count(title, language) < MIN_WORDS and "document_label" not in features:
        features["short"] = 1.0
    if len(title) > LONG_FROM:
        features["long"] = float(len(title) - LONG_FROM)
    if title.endswith(CLAUSE_ENDS):
        features["ends_clause"] = 1.0
    elif title.endswith((":", "：")):
        features["ends_colon"] = 1.0
    elif is_truncated(title):
        features["truncated"] = 1.0
    elif title.rstrip(_CLOSING).endswith(_FULL_STOPS) and not all_caps(title) and not _abbreviation_closes(title) \
            and not stopless_script(title.rstrip(_CLOSING)[-2:-1]):  # "… ของ นศ.": a Thai abbreviation's dot
        features["ends_full_stop"] = 1.0  # "… the end.", and a quotation closing after it: "… the end.»"
    if holds_two_sentences(title):
        features["two_sentences"] = 1.0
    if title[:1] == "(" and title.endswith(")") and title.count("(") == 1:
        features["bracketed"] = 1.0  # "(open for signing)": a note on the page, not its headline
    if opens_lowercase(title):  # not a Georgian headline: its letters are lowercase to Unicode, but caseless
        features["lowercase_start"] = 1.0


def _abbreviation_closes(title: str) -> bool:
    """The full stop closing ``title`` is a year word's (``… przyjęte 26 września 2018 r.``, ``… 2024 г.``) or a list's
    abbreviation's (``… from Jane Roe et al.``, ``etc.``): a headline that ends so, no sentence."""
    head, _, last = title[:-1].rpartition(" ")
    if last in _CLOSING_ABBREVIATIONS:
        return last != "al" or head.endswith(" et")
    year = head.rpartition(" ")[2]
    return len(year) == 4 and year.isdigit() and last.lower() in YEAR_WORDS


# The Latin abbreviations a list of names or things may close with: "et al.", "etc.".
_CLOSING_ABBREVIATIONS = frozenset(("al", "etc"))


def is_label_number(text: str) -> bool:
    """A short label and a number: ``News ID: 232986``."""
    # The colon ends a label of a letter and at most thirty more characters (a character this Python's
    # Unicode tables do not know, not printable, may be a letter in the regex module's newer ones).
    head = text[:_LABEL_COLON_WITHIN]
    return bool(":" in head or "：" in head) and (text[:1].isalpha() or not text[:1].isprintable()) \
        and _LABEL_NUMBER.match(text) is not None \
        and len(text.split(":")[0].split()) <= _LABEL_WORDS_MAX


def further_features(title: str, features: dict[str, float]) -> None:
    """The dearer questions of the line's own text, asked of a candidate still in the running only."""
    if "chrome" in features or "label_number" in features:
        return
    if items_run_together(title):
        features["chrome"] = 1.0
    elif is_reference(title):
        features["label_number"] = 1.0


def is_reference(text: str) -> bool:
    """A file or protocol number: figures, and words that are all abbreviations (``Αρ. Πρωτ. 7``, ``Réf. n° 12``)."""
    if text.count(" ") >= _REFERENCE_SPACES or not holds_digit(text):
        return False  # most lines: longer, or no figure
    words = [w for w in text.split() if any(map(str.isalpha, w))]
    return 0 < len(words) <= _REFERENCE_WORDS_MAX and all(
        w.endswith(".") or sum(map(str.isalpha, w)) <= _ABBREVIATION_MAX for w in words)


def _news_alert(folded: str) -> bool:
    """The line opens with a news alert's label and its mark: "breaking: floods hit the valleys"."""
    head, mark, rest = folded.partition(":")
    if not mark:
        head, mark, rest = folded.partition(" - ")
    if not mark:
        head, mark, rest = folded.partition(" – ")
    return bool(mark) and bool(rest.strip()) and head.strip() in _ALERT_LABELS


_ALERT_LABELS = folded_structure.NEWS_ALERT_LABELS


def _masthead(title: str, folded: str) -> bool:
    """A newspaper's or an agency's name, or its tagline: a few words, one of them a newspaper's word, or a
    founding year ("… since 1901"), and no sentence."""
    words = folded.replace("–", " ").replace("—", " ").replace("/", " ").split()
    if len(words) > _MASTHEAD_MAX_WORDS + 2 or title.endswith((".", "!", "?", ":")):
        return False
    # the cue first (most candidates hold none), then the words counted (a dash between name and tagline is none)
    if _MASTHEAD_WORDS.isdisjoint(words) and not (holds_digit(folded) and _founded(words)):
        # the names of more words ("news agency"), a few: only where the line holds the first word of one
        if not _MASTHEAD_AGENCY.isdisjoint(words):
            # "Agência Costeira de Notícias": a wire's name, its own words between its agency and news words
            return not _MASTHEAD_NEWS.isdisjoint(words) and len(words) <= _AGENCY_NAME_WORDS
        if _MASTHEAD_PHRASE_FIRST.isdisjoint(words):
            return False
        spaced = f" {' '.join(words)} "
        if not any(phrase in spaced for phrase in _MASTHEAD_PHRASES):
            return False
    return sum(1 for w in words if any(map(str.isalnum, w))) <= _MASTHEAD_MAX_WORDS


_MASTHEAD_WORDS = folded_structure.MASTHEAD_WORDS
_MASTHEAD_PHRASES = folded_structure.MASTHEAD_PHRASES
_MASTHEAD_AGENCY, _MASTHEAD_NEWS = folded_structure.MASTHEAD_AGENCY_WORDS, folded_structure.MASTHEAD_NEWS_WORDS
_AGENCY_NAME_WORDS = 6  # "Agence lacustre de presse", "Coastal News Agency": a headline says more
_MASTHEAD_PHRASE_FIRST = frozenset(phrase.split(None, 1)[0] for phrase in _MASTHEAD_PHRASES)  # (eight phrases)
_MASTHEAD_MAX_WORDS = 8
def _founded(words: list[str]) -> bool:
    """A founding year: "since 1901", "seit 1901", "depuis 1901", "с 1901 года", "1901'den beri"."""
    return any(word in _SINCE and _year(after) for word, after in pairwise(words)) \
        or ("beri" in words and any(_year(word[:4]) for word in words))


def _year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and word[:2] in ("18", "19", "20")


_SINCE = frozenset(("since", "seit", "depuis", "desde", "dal", "sinds", "od", "с", "від"))


def headlines_run_together(text: str) -> bool:
    """A long line of capitalised words with no sentence in it: headlines run together by a ticker ("Floods Hit
    the Valley Markets Close Higher Storm Warning for …"), where prose writes most of its words in small letters."""
    if ". " in text or text.endswith((".", "!", "?")):
        return False
    words = text.split()
    lower = sum(1 for w in words if w[:1].islower())
    # (a script without case has neither: no ticker told so)
    return lower * _TICKER_LOWER_SHARE < len(words) and sum(1 for w in words if w[:1].isupper()) * 3 >= len(words) * 2


_TICKER_LOWER_SHARE = 6  # at most one word in six in small letters (the function words of title case), two in three capitalised


def opens_with_line(text: str, short: str) -> bool:
    """``text`` opens with the whole of ``short`` (casefolded), a word's end after it: "Bangkok" over "BANGKOK: Ein
    TikTok-Video …" is the lede's place set above it as a kicker, no headline over its lede."""
    n = len(short)
    return 0 < n < len(text) and not text[n].isalnum() and text[:n].casefold() == short.casefold()


def plain_headline(features: dict[str, float]) -> bool:
    """Nothing but its place and length counts against the line (no label, chrome, sentence end or short line)."""
    return all(TITLE_WEIGHTS.get(name, 0.0) >= 0.0 or name in _PLACE_AND_LENGTH for name in features)


_PLACE_AND_LENGTH = frozenset({"rank", "long"})
