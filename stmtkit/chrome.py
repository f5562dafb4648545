"""Rows of site chrome told by their shape: a menu, a language switcher, a row of share buttons, the site's name, a photo's credit, a print button's label.

Questions about one line of text, asked by the boilerplate stage (``stmtkit.stages.boilerplate``), by
the headline questions (``stmtkit.headline``: a section label, an image name, a breadcrumb trail)
and, for the weather widget beside a clock, by the dateline stage.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import regex

from .data import folded_dates, folded_structure
from .data.byline_words import CREDIT_JOINS
from .data.chrome_words import NAMEDAY_WORDS, PAGE_WORDS
from .data.dateline_words import ISSUE_WORDS, VOLUME_WORDS
from .fold import fold_key, fold_words
from .lines import Line, Lines
from .patterns import DASHES, holds_digit, lazy
from .state import Context

# A menu: three or more short entries between bars, bullets or arrows, and no sentence's end.
_MENU_SEPARATOR = lazy(r"\s*(?:[|•·»›>]|\s{2,}|\t)\s*")
_MAX_MENU_WORDS = 4
_SENTENCE_ENDS = (".", "!", "?", ":", ";", ",")
# An entry of a language switcher, between bars, slashes or bullets: "English | Français / Deutsch".
_SWITCHER_ENTRY = lazy(r"[^\s|/·•]+")
# A row of share buttons is short.
_MAX_SHARE_ROW = 60


def _by_first_character(words: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """``words`` grouped by their first character (a text is tested against the few that could open it)."""
    groups: dict[str, tuple[str, ...]] = {}
    for word in sorted(words):
        groups[word[:1]] = (*groups.get(word[:1], ()), word)
    return groups


_SHARE_FIRST = _by_first_character(folded_structure.SHARE_TARGETS)
# A temperature alone, maybe after its city and between bars: "22° C", "+5°C", "-3 °F", "Bakı +27°C",
# "| 18.5°C |": a site's weather widget.  Beside a date it makes a clock widget, not a stamp.  A word or
# three may follow, the widget's condition or its icon's alternative text ("18°C Sunny", "43°C weather icon"),
# after the unit: "3° pause the tender" is a list's third item, the degree sign standing for "º".
_TEMPERATURE = r"[+\-−]?\d{1,2}(?:[.,]\d)?\s?°\s?[CF]?"
_TEMPERATURE_IN = r"[+\-−]?\d{1,2}(?:[.,]\d)?\s?°\s?[CF]"
_WEATHER = lazy(rf"^[\s|•·]*(?:(?:\p{{L}}[\p{{L}} .'-]{{0,30}}\s)?{_TEMPERATURE}|{_TEMPERATURE_IN}(?:\s+\p{{L}}[\p{{L}}'-]*){{1,3}})"
                r"[\s|•·]*$", regex.V1)


def is_weather_reading(text: str) -> bool:
    """``text`` is a temperature alone (a weather widget), maybe with its city or its condition."""
    return "°" in text and _WEATHER.match(text) is not None


def names_a_name_day(text: str) -> bool:
    """``text`` holds a name-day widget's words ("Meniny má Katarína", "Imieniny: Anny"): the header's clock beside it."""
    if len(text) > _NAME_DAY_LINE:
        return False  # (a paragraph is no widget, and its every word would be searched for each name-day word)
    lowered = text.lower()  # (no folding: the words are listed as written and as plain letters)
    return any(word in lowered for word in NAMEDAY_WORDS)


_NAME_DAY_LINE = 100  # a clock and its name-day widget on one line are this long at most


def is_menu(text: str) -> bool:
    """``Home | News | Politics | Contact`` or ``Home › World › Europe``: short entries, no sentence."""
    # The cheap tests first: most lines are prose ending in "." or hold no bar, bullet or arrow,
    # and splitting every line of a page on the separator pattern was a fifth of the stage.
    if text.rstrip()[-1:] in _SENTENCE_ENDS:  # (a cut and a comparison: an endswith parses its arguments)
        return False
    # A menu shows a bar, bullet, arrow or tab: seven cheap 'in' tests (two spaces are mostly layout).
    if not ("|" in text or "•" in text or "·" in text or "»" in text or "›" in text or ">" in text or "\t" in text):
        # (short lines only: a search for two spaces in prose stops at every space)
        return len(text) <= _SPACED_MENU_CHARS and "  " in text and _spaced_menu(text)
    parts = [p for p in _MENU_SEPARATOR.split(text.strip(" |")) if p]
    if len(parts) == _ACCOUNT_LINKS:
        # "Log in | Register", "Anmelden | Registrieren": two links, each a known chrome line
        return all(fold_key(p) in folded_structure.CHROME_LINES for p in parts)
    if len(parts) < 3:
        return False
    if all((len(p.split()) <= _MAX_MENU_WORDS or _buttons(p)) and not any(c.isdigit() for c in p) for p in parts):
        return True
    # a news ticker: three headlines or more set apart by bars or bullets ("Floods hit the valleys | Markets close
    # higher | Storm warning for the coast"); a headline's own bar sets off a section or a site, a word or two
    # (no figure: "von Jane Roe | 20. Mai 2007 | Ergebnisse" is a post's byline, date and category)
    # (five headlines or more may hold figures: "Africa loses 80 bln USD …")
    return ("|" in text or "•" in text) and (len(parts) >= _LONG_TICKER or not any(c.isdigit() for c in text)) \
        and all(_TICKER_WORDS[0] <= len(p.split()) <= _TICKER_WORDS[1] for p in parts)


_ACCOUNT_LINKS = 2
# A menu whose entries the scrape set apart by runs of spaces alone ("News  Politics  Business  Culture  Sport")
# has this many entries at least, all but one of them a single word: names in a row are two words and more.
_SPACED_MENU_ENTRIES, _SPACED_MENU_CHARS = 5, 200


def _spaced_menu(text: str) -> bool:
    parts = [p.strip() for p in text.split("  ") if p.strip()]
    return len(parts) >= _SPACED_MENU_ENTRIES and sum(" " in p for p in parts) <= 1 \
        and all(p[0].isupper() and not any(c.isdigit() for c in p) for p in parts)


def _buttons(part: str) -> bool:
    """A menu's entry of one-letter buttons after its label ("Font size: A A A", "Text: A- A A+")."""
    keys = part.partition(":")[2].split() if ":" in part else part.split()
    return len(keys) >= 2 and all(len(k) <= 2 and k.strip("+-").isalpha() for k in keys)
# Each headline of a ticker has this many words; a ticker of this many may hold figures.
_TICKER_WORDS, _LONG_TICKER = (3, 15), 5


def is_language_switcher(folded: str) -> bool:
    """At most eight entries, every one a language name (``folded``: the line as ``fold_words`` gives it)."""
    names = folded_structure.LANGUAGE_NAMES
    # Folded text has single plain spaces, so a first word with no bar, slash or bullet is the
    # first entry: most lines ("le president a signe…", "-anar gaziev") are turned away on it
    # without a pattern.
    head = folded.partition(" ")[0]
    if head not in names and "|" not in head and "/" not in head and "·" not in head and "•" not in head:
        return False
    # Entry by entry, stopping at the first that is not a language ("en outre, la France…").
    count = 0
    for entry in _SWITCHER_ENTRY.finditer(folded):
        count += 1
        if count > 8 or entry.group() not in names:
            return False
    return count > 0


def is_share_row(folded: str) -> bool:
    """``Facebook Twitter LinkedIn Email`` or ``Facebook | X | WhatsApp``: the buttons of a share row
    (``folded``: the line as ``fold_words`` gives it)."""
    # The first entry is a target too: most short lines are turned away before the split, on the few
    # targets that open with its first character.
    if len(folded) > _MAX_SHARE_ROW:
        return False
    first = folded.lstrip(" |•·»›>:")
    opening = _SHARE_FIRST.get(first[:1])  # (most lines open with no target's letter: no startswith asked)
    if opening is None or not first.startswith(opening):
        return _share_button(folded)
    entries = [e for e in _MENU_SEPARATOR.split(folded) if e]
    entries = entries if len(entries) > 1 else folded.split()
    targets = folded_structure.SHARE_TARGETS
    return (len(entries) >= 2 and all(e.strip(":") in targets for e in entries)) or _share_button(folded)


def _share_button(folded: str) -> bool:
    """``Bei Facebook teilen.``, ``Partager sur X``: a verb of sharing and a platform, with a preposition
    between or before them (at most three letters), and nothing else."""
    if folded.count(" ") < 2:
        return False  # fewer than three words (a folded line's only white space is single spaces): most lines
    words = folded.strip(" .!").split()
    if not 2 < len(words) <= _MAX_BUTTON_WORDS or (len(words[0]) > _MAX_PREPOSITION and words[0] not in _SHARE_SET):
        return False
    targets = sum(map(_SHARE_SET.__contains__, words))
    return targets >= 2 and all(w in _SHARE_SET or (len(w) <= _MAX_PREPOSITION and w.isalpha()) for w in words)


_SHARE_SET = frozenset(folded_structure.SHARE_TARGETS)
_MAX_BUTTON_WORDS = 4
_MAX_PREPOSITION = 3


# A section label is a few words: "Analysis and opinion", "News desk", "Archive · Top stories".
_SECTION_LABEL_WORDS = 5
_SECTION_PHRASE_WORDS = 3


def is_section_label(text: str, folded: str) -> bool:
    """A site's section, rubric or desk name (``Analysis and opinion``, ``Politics``), alone or beside the site's
    own name written in capitals or with a digit (``T24 Newsroom``): every other word is a section word."""
    words = folded.split(None, _SECTION_LABEL_WORDS)  # (one piece more than the most tells a longer line, not cut up)
    if not words or len(words) > _SECTION_LABEL_WORDS:
        return False
    sections, firsts, others, at = folded_structure.SECTION_WORDS, _phrase_first_words(), [], 0
    while at < len(words):
        # (a section is this word, or a phrase opening with it: most words are neither, and no phrase is joined)
        size = next((n for n in range(_SECTION_PHRASE_WORDS, 0, -1) if " ".join(words[at : at + n]) in sections), 0) \
            if words[at] in sections or words[at] in firsts else 0
        if not size:
            others.append(at)
            if len(others) > 1:
                return False  # two words of no section: neither a label alone nor one beside the site's name
        at += size or 1
    if not others:
        return True
    if len(others) > 1 or len(words) < 2 or len(text.split()) != len(words):
        return False
    name = text.split()[others[0]]  # the site's name: "T24", "BBC"
    return any(c.isdigit() for c in name) or (len(name) >= 2 and name.isupper())


@lru_cache(maxsize=1)
def _phrase_first_words() -> frozenset[str]:
    """The first words of the section phrases of several words (a tenth of them: the list is not split whole)."""
    return frozenset(phrase.split(" ", 1)[0] for phrase in folded_structure.SECTION_WORDS if " " in phrase)


def is_image_name(text: str) -> bool:
    """An image's file name left as text: hexadecimal ids make most of its words (``Large 6c95b899 53b4 …``)."""
    words = text.split(None, _MAX_IMAGE_NAME_WORDS)  # (one piece more than the most tells a longer line)
    if len(words) > _MAX_IMAGE_NAME_WORDS:
        return False
    ids = 0
    for w in words:  # most words are turned away on their first letter
        if w[0] in _HEX and len(w) >= 4 and not w.isdigit() and not w.isalpha() and all(c in _HEX for c in w.casefold()):
            ids += 1
    return ids >= 2 and ids * 2 >= len(words)


_HEX = frozenset("0123456789abcdefABCDEF")
_MAX_IMAGE_NAME_WORDS = 12


# A breadcrumb trail scraped without its separators is short: the home link and a section or two.
_MAX_TRAIL_WORDS = 8
_HOME_LINKS = folded_structure.HOME_LINKS


def opens_with_home_link(text: str, folded: str) -> bool:
    """``Trang chủ Thế giới Châu Á``: a site's home link opening a few words that make no sentence."""
    return (
        folded.startswith(_HOME_LINKS)
        and any(folded.startswith(link + " ") for link in _HOME_LINKS)
        and len(folded.split(None, _MAX_TRAIL_WORDS)) <= _MAX_TRAIL_WORDS
        and not text.rstrip().endswith((".", "!", "?", ":"))
    )


def is_tag_row(text: str) -> bool:
    """``#library #readers #citynews``: a page's tags, each word a hashtag; a campaign's one tag
    (``#KeepTheLibraryOpen``) too, a word glued to its mark (a Markdown heading leaves a space after it)."""
    if not text.startswith("#"):
        return False  # most lines: no tag opens them
    words = text.split()
    if len(words) == 1:
        return len(text) > _MIN_LONE_TAG and text[1:].replace("_", "").isalnum()
    return all(w.startswith("#") and len(w) > 1 and w[1:2] != "#" for w in words)


# "#1", "#42": a lone short tag is a number or a ranking; a campaign's tag is a few words run together.
_MIN_LONE_TAG = 5


def is_size_switcher(text: str) -> bool:
    """``12 pt 14 pt 16 pt 18 pt``: a font-size switcher, a figure and the same word over and over."""
    if not text[:1].isdigit():
        return False  # most lines open with a letter
    words = text.split()
    pairs = len(words) // 2
    return pairs >= 3 and len(words) % 2 == 0 and all(w.isdigit() for w in words[::2]) and len(set(words[1::2])) == 1


def names_an_encoding(text: str) -> bool:
    """``Set your browser to Cyrillic (ISO-8859-5)``, ``Кодировка: windows-1251``: an old page's note of
    the character set to read it in (a legacy set's name with its number; "UTF-8" may be a headline's subject)."""
    if len(text) > _ENCODING_NOTE_MAX or ("8" not in text and "125" not in text):
        return False  # most lines: no "8" of "8859" or "koi8", no "125" of "1251"
    low = text.casefold()
    return any(name in low for name in _LEGACY_SETS)


_ENCODING_NOTE_MAX = 160
_LEGACY_SETS = ("iso-8859", "iso 8859", "windows-125", "win-125", "cp125", "koi8")


def is_document_label(text: str) -> bool:
    """A label naming the kind of document: ``Press release``, ``Offener Brief``; with its number after it too
    (``Nota de imprensa n.º 41/23``, ``Press release No. 12/2024``)."""
    folded = fold_key(text)
    if folded in folded_structure.DOCUMENT_LABELS:
        return True
    numbered = _LABEL_NUMBER_AFTER.search(folded) if folded[-1:].isdigit() else None
    return numbered is not None and folded[: numbered.start()].rstrip(" ,") in folded_structure.DOCUMENT_LABELS


# A release's number after its label, as folded: "n.o 100/11" (n.º), "no. 12/2024", "nr 5", "№ 7", "#12".
_LABEL_NUMBER_AFTER = lazy(r"\s(?:n[.\s]?o\.?|nr\.?|n°|№|#)\s*\d[\d/.\-]*$")


# A kicker is short: the label and a few words ("Open letter to the authorities").
_KICKER_MAX_WORDS = 6


def opens_with_document_label(text: str, *, most_words: int = 0) -> bool:
    """A short line (``most_words``, a kicker's by default) that opens with a document's kind and goes on:
    ``Open letter to the authorities``."""
    most = most_words or _KICKER_MAX_WORDS
    opening = text.split(None, 1)[:1]
    if not opening or fold_key(opening[0]) not in _label_first_words():
        return False  # most lines open with a word no label opens with: the rest is not folded
    words = fold_key(text).split(maxsplit=most)  # one piece more than the most tells a longer line
    if not 2 < len(words) <= most:
        return False
    labels = folded_structure.DOCUMENT_LABELS
    # a label is a few words (single spaces, as fold_key leaves them): longer openings are not joined to be looked up
    return any(" ".join(words[:n]) in labels for n in range(1, min(len(words), _longest_label() + 1)))


@lru_cache(maxsize=1)
def _label_first_words() -> frozenset[str]:
    return frozenset(label.split(None, 1)[0] for label in folded_structure.DOCUMENT_LABELS)


@lru_cache(maxsize=1)
def _longest_label() -> int:
    """The most words a document label holds (``for immediate release``: 3)."""
    return max((len(label.split()) for label in folded_structure.DOCUMENT_LABELS), default=0)


_SITE_NAME = lazy(r"^(?:https?://)?(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,12}/?$", regex.V1)
# How many content lines at the top may be the site's name.
_TOP_LINES = 3


def site_name_lines(content: Lines) -> list[Line]:
    """A bare domain above the headline (``report.az``, ``www.delta-daily.com``) is the site's name.

    Only before any other text: a link on its own line further down is often the statement's
    own (where to sign), and an address is a contact.
    """
    out: list[Line] = []
    for line in content[:_TOP_LINES]:
        if " " in line.text or "." not in line.text or not _SITE_NAME.match(line.text):  # a domain: a dot, no space
            break
        out.append(line)
    return out


def is_photo_credit(text: str) -> bool:
    """``Foto: Kari Lunde / Weekly News``, ``Photo by Jane Roe``, ``Bild © X``: a photo's credit line."""
    opening = text.lstrip("*_ ")[:40]  # "*Fotoğraf: Can Candan": a lone star left by the scrape
    if ":" not in opening and "：" not in opening and "by" not in opening.lower() and "©" not in opening:
        return False  # a credit's word is set off by one of these: most lines hold none
    folded = fold_words(opening)
    head = folded.split(":", 1)[0].split(" by ", 1)[0].split(" ©", 1)[0].strip()
    return head != folded.strip() and head in folded_structure.PHOTO_CREDITS


def without_print_button(title: str) -> str:
    """``… frente al coronavirus Imprimir`` → ``… frente al coronavirus``: the print button's label glued after a
    headline (capitalised after a small letter); asked of the title's candidates only."""
    if not title[-_LONGEST_PRINT:].casefold().endswith(_print_buttons()):
        return title  # most titles: one look at their end
    head, _, last = title.rpartition(" ")
    return head if last[:1].isupper() and head[-1:].islower() and len(head.split()) >= 4 else title


@lru_cache(maxsize=1)
def _print_buttons() -> tuple[str, ...]:
    # ("PDF" names a document, "stampa" is also the press and "cap" a word: a headline may end in any)
    kinds = folded_structure.CHROME_LINE_KINDS
    return tuple(" " + k for k, kind in kinds.items() if kind == "print" and " " not in k and k not in ("pdf", "stampa", "cap"))


_LONGEST_PRINT = 14  # " распечатать" and its space, with room


# A masthead's volume and issue: a volume word and its number (a volume, not a calendar year), then an issue word
# and its number.
_VOLUME_ISSUE = lazy(
    r"(?i)(?<!\w)(?:" + "|".join(regex.escape(w) for w in VOLUME_WORDS) + r")\.?\s*\d{1,3}(?!\d)\W{0,4}\s*(?:"
    + "|".join(regex.escape(w) for w in ISSUE_WORDS) + r")\.?\s*\d+",
    regex.V1,
)
# A masthead line is short: the paper's name and its volume and issue.
_ISSUE_LINE_MAX = 80


def is_issue_line(text: str) -> bool:
    """A periodical's volume and issue on its masthead ("Quotidiano del porto – Anno 12 n° 48",
    "Vol. 12, No. 3"): printed over every page of the site, no headline."""
    if len(text) > _ISSUE_LINE_MAX or not holds_digit(text):
        return False
    # a volume word among the line's words before the pattern (it tries every alternative at every position:
    # asked of every title candidate holding a figure, it cost the corpus pass 30 M instructions)
    return not _VOLUME_WORD_SET.isdisjoint(text.lower().replace(".", " ").split()) and _VOLUME_ISSUE.search(text) is not None


_VOLUME_WORD_SET = frozenset(VOLUME_WORDS)


def beside_photo_credit(ctx: Context, number: int) -> bool:
    """A line right above or below a photo's credit (no blank line between) is the picture's caption;
    not below a credit that opens the text, site chrome aside (the picture stood above it all: the line is the headline)."""
    above = number > 1 and is_photo_credit(ctx.text(number - 1))
    below = number < len(ctx.lines) and is_photo_credit(ctx.text(number + 1))
    opens_text = above and not any(ctx.lines.text_at(n) and ctx.is_free(n) for n in range(1, number - 1))
    return (above or below) and not opens_text


_PAGE_COUNTER_WORDS = 8


def page_counter(folded: str) -> bool:
    """A short line where a page's word stands right before a number (digits of any script)."""
    if not folded[-1:].isdigit():
        return False  # (the page's number closes such a line: most lines are not cut into words)
    words = folded.replace(".", " ").split()
    return len(words) <= _PAGE_COUNTER_WORDS and any(
        word in PAGE_WORDS and words[at + 1][:1].isdigit() for at, word in enumerate(words[:-1]))


# A desk's or section's name before its counters: a word or two, then two figures or more closing the line.
_COUNTER_NAME_WORDS, _COUNTERS = 2, 3


def counters_row(folded: str) -> bool:
    """``politics 0 945`` (folded or not): a desk's or section's name, then its counters closing the line."""
    if not folded[-1:].isdigit():
        return False  # (a counter closes such a line)
    words = folded.split()
    named = next((at for at in range(len(words) - 1, -1, -1) if not words[at].isdecimal()), -1) + 1
    # (a phone number's groups: a label with its colon, a group with a leading zero, "(030) 1234 567")
    return 0 < named <= _COUNTER_NAME_WORDS and 2 <= len(words) - named <= _COUNTERS \
        and all(word.isalpha() for word in words[:named]) and not any(w[0] == "0" and len(w) > 1 for w in words[named:])


# A credit line's words at most: a paper's or desk's name of a few words, the join, the wire's name.
_CREDIT_WORDS, _CREDIT_CHARS = 7, 80


def credits_a_wire(text: str) -> bool:
    """``Porto Canal com Lusa``: a paper's name, a join and a known wire's name on a line of their own (the story's
    credit, printed under the headline); ``Riyadh – SANA``: a place or a desk, a spaced dash and the wire."""
    if len(text) > _CREDIT_CHARS or text[:1].islower():
        return False  # (asked of every line the title stage weighs: most are turned away before they are split)
    words = text.split()
    if not 3 <= len(words) <= _CREDIT_WORDS or words[-1] not in folded_dates.AGENCY_LAST_WORDS:
        return False
    return any(" ".join(words[-k:]) in folded_dates.AGENCY_NAMES
               and ((text[:1].isupper() and words[-k - 1].casefold() in CREDIT_JOINS)
                    or (words[-k - 1] in DASHES and len(words) - k - 1 <= _DESK_WORDS))
               for k in (1, 2) if len(words) > k + 1)


_DESK_WORDS = 3
