"""Is this line shaped like a headline, or like something else near the top of a page?

Questions the title stage asks of each candidate, kept below the stages: how a
headline is cleaned (markup, quotes, `` | Site``, `` - Site``), what counts as a copy
of it, and the shapes of what is not a headline — site chrome (menus, breadcrumbs,
banner words, domains, metadata lines, "sign now" notes), an addressee or
salutation, a byline.  Cue words are data (``stmtkit.data.structure_words``,
``stmtkit.data.dateline_words``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import regex

from .chrome import (
    counters_row,
    credits_a_wire,
    is_image_name,
    is_section_label,
    is_size_switcher,
    is_tag_row,
    names_an_encoding,
    opens_with_home_link,
    page_counter,
)
from .data import folded_structure
from .data.byline_words import BYLINE_WORDS
from .data.chrome_words import (
    CLICK_CALL_ENDINGS,
    FOLLOW_CALL_ENDINGS,
    FOLLOW_CALL_OPENINGS,
    HIDDEN_ADDRESSES,
)
from .data.languages import UNSPACED_LANGUAGES
from .data.structure_words import METADATA_KEYS
from .dates.read import Stamp
from .dates.stamp_line import LEFTOVER, is_stamp_line
from .fold import UNSPACED_RUN, fold_words, strip_markup, unspaced_words
from .gazetteer import is_place
from .memo import per_parse_text
from .patterns import DASHES, holds_phone_number, lazy

_SITE_SUFFIX = lazy(r"\s+[|｜]\s+[^|｜]{1,60}$")
# A mailing list's tags before a mail's subject: "[press-list] [campaign-l] Subject".
_LIST_TAGS = lazy(r"^(?:\[[\p{L}\d][\p{L}\d._@-]{1,40}\][ \t]+)+(?=\S)", regex.V1)
# "Headline - Site": a dash, then a site's name (a domain, or one to three capitalised words).
_DASH_SITE = lazy(
    r"^(?P<head>.{20,}?)\s+[-–—]\s+(?P<site>(?:www\.)?[\p{L}\d-]+\.\p{L}{2,12}"
    r"|\p{Lu}[\p{L}\p{M}&'’.]*(?: (?:\p{Lu}[\p{L}\p{M}&'’.]*|&|of|de|la|del|der|di)){0,3})$",
    regex.V1,
)
_DOMAIN = lazy(r"^(?:https?://)?(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,12}/?$", regex.V1)
# Menus and breadcrumbs: entries between bars, bullets, arrows, or wide gaps ("KONTAKT   I   REKLAMA").  A middle
# dot between two letters or digits joins them ("평화·통일", "7·4", "Ramon·Llull"): a separator has a space beside it.
_MENU_SEPARATOR = lazy(r"\s*[|•»›>]\s*|\s+[·/]\s+|·\s+|\s{3,}(?:\p{Lu}\s{3,})?|\t")  # " / " too: "Home / News / Society"
_WIDE_GAP = lazy(r"\s{3}")
_CRUMB = lazy(r"\s[>»›]\s")
# Words run together by a scrape of a menu ("sitesLoginContactSupport"), a template name ("News_detailed_picture"),
# or one long run of letters.  Three patterns, not one alternation: searched as one, the anchored branch
# was tried at every position of the line too.  (The capital first, the small letter before it looked behind:
# most positions fail at once, where a small letter then a capital was asked at each: 45 % less.)
_CAMEL_RUN = lazy(r"(?<=\p{Ll})\p{Lu}\p{Ll}+\p{Lu}", regex.V1)
_HASHTAG = lazy(r"#\w+")
_SNAKE_CASE = lazy(r"\p{L}_\p{L}", regex.V1)
_ONE_LONG_WORD = lazy(r"[\p{L}-]{30,}$", regex.V1)
# A capital right after two small letters: where a scrape joined two items of a page's header ("RubricTopic of
# the dayUpdated at 14:22").  A brand's name has one ("YouTube"); two in a line are items run together.
_JOIN = lazy(r"(?<=\p{Ll}\p{Ll})\p{Lu}")  # the capital first: most positions fail at once
_MOST_JOINS = 1
_MAX_HEADER = 120  # characters of a header's items run together (a rubric, a topic, a time)
# "Headline # BAKU, … (lede)": the headline and the first paragraph on one line.
HASH_GLUE = lazy(r"^(?P<head>[^#]{10,250}?)\s+#\s+(?P<rest>\S.*)$")
# A truncated copy is at least this long and half the title, or _MIN_LONG_PREFIX
# long: "Residents ask the" is how many sentences start, not a copy.
MIN_PREFIX = 15


_METADATA_KEY_MAX = max(map(len, METADATA_KEYS))
_MAX_CLICK_CALL = 60  # a link's call is a short line
_DECORATION = " ^~*=_-–—•·|<>[]{}()/\\#+"


@lru_cache(maxsize=1)
def _metadata_line() -> regex.Pattern[str]:
    keys = "|".join(regex.escape(k) for k in METADATA_KEYS)
    return regex.compile(rf"^(?i:{keys})\s*:\s*\S")


def _has_signing_note(folded: str) -> bool:
    """A "sign now" note or an account phrase in ``folded``, as whole words ("imzala", sign!, is no note in
    "imzaladı", signed).  As whole words, its first word is one of the text's: only those phrases are
    searched for (all ninety cost 40,000 instructions a line; a pattern of them 12 M to compile)."""
    notes = _notes_by_first_word()
    # An ASCII text's words cut by one byte translation (each byte \w does not match made a space) and one split:
    # the words the pattern finds, where its findall cost 20,000 instructions a line (a line's fixed cost).
    words = folded.encode().translate(_ASCII_NOT_WORD).decode().split() if folded.isascii() else _WORDS.findall(folded)
    for phrase in (phrase for word in ("", *words) for phrase in notes.get(word, ())):
        start = folded.find(phrase)
        while start != -1:
            end = start + len(phrase)
            if (start == 0 or not _WORDS.match(folded, start - 1, start)) and not _WORDS.match(folded, end, end + 1):
                return True
            start = folded.find(phrase, start + 1)
    return False


_WORDS = lazy(r"\w+", engine="re")  # letters, digits and "_"
# A table of bytes: an ASCII letter, digit or "_" (what \w matches among ASCII characters) kept, any other byte a space.
_WORD_BYTES = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"
_NOT_WORD_BYTES = bytes(range(256)).translate(None, _WORD_BYTES)
_ASCII_NOT_WORD = bytes.maketrans(_NOT_WORD_BYTES, b" " * len(_NOT_WORD_BYTES))


@lru_cache(maxsize=1)
def _notes_by_first_word() -> dict[str, tuple[str, ...]]:
    """The signing and account notes by their first word ("" for a note opening with no word character)."""
    notes: dict[str, tuple[str, ...]] = {}
    for phrase in (*folded_structure.SIGNING_NOTES, *folded_structure.ACCOUNT_NOTES):
        word = first.group() if (first := _WORDS.match(phrase)) else ""
        notes[word] = (*notes.get(word, ()), phrase)
    return notes




@lru_cache(maxsize=1)
def _byline() -> regex.Pattern[str]:
    words = "|".join(regex.escape(w) for w in BYLINE_WORDS)
    return regex.compile(rf"^[\s*_]*(?i:{words}):?\s+\p{{Lu}}[\p{{L}}\p{{M}} .'’\-]{{1,40}}$", regex.V1)  # ("By: Jane Doe")


_BYLINE_FIRST = frozenset(w.casefold() for w in BYLINE_WORDS)


def word_count(text: str, language: str | None) -> int:
    """Words in ``text``, for the length of a headline: spaced words, and in a language written
    without spaces (Chinese, Japanese, Thai) a run of its characters as one word every two.

    >>> word_count("Open letter to the council", "en"), word_count("关于保护城市老街区的联合呼吁书", "zh")
    (5, 7)
    """
    spaced = len(text.split())
    if language not in UNSPACED_LANGUAGES:
        return spaced
    return spaced + sum(unspaced_words(run) - 1 for run in UNSPACED_RUN.findall(text))


def width(text: str, language: str | None) -> int:
    """The length of ``text`` in Latin letters, about: in a language written without spaces a
    character holds as much as three (a Chinese paragraph of 80 characters is as long as an
    English one of 240).

    >>> width("Open letter", "en"), width("关于保护城市老街区的联合呼吁书", "zh")
    (11, 45)
    """
    if language not in UNSPACED_LANGUAGES:
        return len(text)
    return len(text) + 2 * sum(map(len, UNSPACED_RUN.findall(text)))


def is_byline(text: str) -> bool:
    """``By Jane Doe``: a byline word and a name (the first word is asked first: most lines are turned away on it)."""
    first = text.lstrip("*_ ").split(" ", 1)[0].casefold().rstrip(":")
    if first in _BYLINE_FIRST and _byline().match(text) is not None:
        return True
    return (text.endswith(")") and "(via " in text and _VIA_BYLINE.match(text) is not None) or credits_a_wire(text)


_CONTACT_MAX, _PHONE_LINE_MAX = 80, 160
_EMAIL = lazy(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.\w{2,}", regex.V1)



# "Ricardo Leopoldo (via Agência Estado)": the writer's name, then the wire the story came through.
_VIA_BYLINE = lazy(r"^[\s*_]*\p{Lu}[\p{L}.'’\-]+(?:\s+\p{Lu}[\p{L}.'’\-]+){0,3}\s*\(via\s+[^()]{2,40}\)$")


@per_parse_text  # the title stage and the repeats ask for the same lines' titles
def clean_title(text: str) -> str:
    """Markdown markers, surrounding quotes and a `` | Site`` or `` - Site`` suffix removed.

    >>> clean_title("## **Open letter to the council** | Daily News")
    'Open letter to the council'
    >>> clean_title("Residents ask the council to keep the library open - City News")
    'Residents ask the council to keep the library open'
    """
    return _cleaned(text, dash_site=True)


def clean_title_keeping_dash(text: str) -> str:
    """``clean_title`` with the words after a dash kept: "Talks Moldova - Romania" printed twice names no site."""
    return _cleaned(text, dash_site=False)


def _cleaned(text: str, dash_site: bool) -> str:
    text = strip_markup(text)
    if text[:1] == "[" and (tags := _LIST_TAGS.match(text)) is not None:
        text = text[tags.end() :]
    if "|" in text or "｜" in text:  # the suffix needs its bar (most lines have none)
        # (a bar left at either end is a table cell's edge: "Headline |")
        text = strip_markup(_SITE_SUFFIX.sub("", text).strip(" |｜"))
    # (the site's name after the dash is four words at most: the dash stands among the last five words, looked for
    # before the pattern, which tries each position of a paragraph holding a dash: 16 us one of 500 characters)
    if dash_site and (" - " in text or " – " in text or " — " in text) and any(word in DASHES for word in text.rsplit(None, 5)[-5:-1]):
        m = _DASH_SITE.match(text)
        # (a line all in capitals is one headline: "FÜR EIN … IN BERLIN - BERLINER ERKLÄRUNG"; a comma before the
        # dash gives a quotation its speaker, no site: "We can wait no longer, - Olena Koval")
        if m and len(m.group("head").split()) >= 4 and not all_caps(text) and not m.group("head").rstrip().endswith(","):
            text = m.group("head").strip()
    if len(text) >= 2 and text[0] in "\"“«'" and text[-1] in "\"”»'":
        text = text[1:-1].strip()
    return text


def last_crumb(text: str) -> str | None:
    """The last crumb of a trail of breadcrumbs set apart by arrows (``News > Statements > The Headline``
    → ``The Headline``); None for a line with no arrow or a crumb too short to be a headline."""
    if not any(mark in text for mark in ">»›"):
        # most lines: no arrow; a trail set apart by slashes opens with the site's home link ("Ana səhifə / Siyasət /
        # The Headline": a headline may hold slashes itself)
        return _home_trail_end(text.split(" / ")) if " / " in text else None
    last = _CRUMB.split(text)[-1]
    return last if MIN_PREFIX <= len(last) < len(text) else None


_TRAIL_SEPARATORS = (" » ", " > ", " › ", " / ")
_HOME_CRUMB_MAX = 24
_HERE_LABEL_WORDS = 4


def home_trail_end(text: str) -> str | None:
    """``Главная » Новости » Общество » The Headline``: a trail from the site's home link ends with the page's own
    headline (three crumbs at least, the last a headline's length); None for any other line."""
    crumbs = _trail_crumbs(text)
    return None if crumbs is None else _home_trail_end(crumbs)


def _trail_crumbs(text: str) -> list[str] | None:
    """The crumbs of a line that shows a trail's separator among its first characters (the home link, a short crumb,
    stands first); None for most lines."""
    head = text[:_HOME_CRUMB_MAX]
    for sep in _TRAIL_SEPARATORS:  # (a loop, not a generator: asked of every candidate line)
        if sep in head:
            return text.split(sep)
    return None


def _home_trail_end(crumbs: list[str]) -> str | None:
    """The last of three crumbs or more when the first is the site's home link and the last a headline's length."""
    if len(crumbs) < 3 or not _home_crumb(crumbs[0]):
        return None
    last = crumbs[-1].strip()
    return last if len(last) >= MIN_PREFIX else None


def _home_trail(text: str) -> bool:
    """``Главная / Новости``, ``Home > News > Local``: a trail from the site's home link, every crumb short (no
    headline at its end): the page's place in its site."""
    crumbs = _trail_crumbs(text)
    return crumbs is not None and _home_crumb(crumbs[0]) and all(len(crumb.strip()) <= _HOME_CRUMB_MAX for crumb in crumbs[1:])


def _home_crumb(text: str) -> bool:
    folded = fold_words(text)
    if ":" in folded and len((label := folded.rpartition(":"))[0].split()) <= _HERE_LABEL_WORDS:
        folded = label[2].strip()  # "You are here: Home", "Bạn đang ở: …": the trail's label before its home link
    return folded in folded_structure.HOME_LINKS or folded_structure.CHROME_LINE_KINDS.get(folded) == "site-chrome"


def all_caps(text: str) -> bool:
    """Every cased letter a capital (``str.isupper``), and most letters cased: a wire headline may end in a
    full stop; a Japanese sentence naming a "FAX" is no headline in capitals."""
    return text.isupper() and sum(map(str.isupper, text)) * 2 > sum(map(str.isalpha, text))


def items_run_together(text: str) -> bool:
    """Two joins of a small letter and a capital: items of a page's header run together by a scrape; or one,
    after a first word that is a section's name or a place (``ActualitésCommuniqués et prises de position``,
    ``ЛьвівМіська рада``: a breadcrumb's first item; ``ExxonMobil`` is a name written so).

    Asked of a short line still in the running only: a pattern tried at every position is dear."""
    if len(text) > _MAX_HEADER or text.isupper() or text.islower():
        return False
    joins = [join.start() for join in _JOIN.finditer(text)]
    if len(joins) > _MOST_JOINS:
        return True
    if not joins:
        return False
    crumb = text[: joins[0]]
    return " " not in crumb and text.count(" ") < _CRUMBS_WORDS \
        and (is_section_label(crumb, fold_words(crumb)) or is_place(crumb))


# Two crumbs run together are a few words ("NewsGuard finds …", a headline, is longer).
_CRUMBS_WORDS = 6


def _glued_words(text: str) -> bool:
    if "#" in text:
        text = _HASHTAG.sub("", text)  # "#FreeThePress" is written in camel case on purpose
    return bool(
        _CAMEL_RUN.search(text)
        or ("_" in text and _SNAKE_CASE.search(text))
        or (len(text) >= 30 and " " not in text and _ONE_LONG_WORD.match(text))
    )


# Breadcrumbs or a menu written as bracketed items: "[ Home ] [ Policy ]".
_BRACKETED_MENU = lazy(r"^\s*(?:\[[^\[\]]{1,40}\]\s*[|/>»›]?\s*){2,}$")


def _is_menu(text: str) -> bool:
    if text.lstrip().startswith("[") and _BRACKETED_MENU.match(text):
        return True
    if "«" in text:  # "« Silence et verdure », répètent-ils": French quotation marks, not a breadcrumb's "»"
        text = text.replace("«", '"').replace("»", '"')
    # Most headlines hold no separator: they are not split.  A printable line holds no space but " " (tabs,
    # no-break and wide spaces are not printable): its wide gap is three of them, found without a pattern.
    marked = "|" in text or "•" in text or "·" in text or "»" in text or "›" in text or ">" in text or " / " in text
    if not marked and "\t" not in text and (
            "   " not in text if text.isprintable() else _WIDE_GAP.search(text) is None):
        return False
    parts = [p for p in _MENU_SEPARATOR.split(text.strip(" |")) if p.strip()]
    if len(parts) < 2 or (len(parts) < 3 and not any(s in text for s in "»›>")):
        return False
    # Set apart by wide gaps only, a part may be a longer run of capitalised items ("Home World Sports   Photos").
    gaps_only = not marked
    return all(len(p.split()) <= 4 or (gaps_only and all(w[:1].isupper() for w in p.split())) for p in parts)


def is_chrome(text: str, folded: str) -> bool:
    """Site chrome: a menu or breadcrumbs, a banner word, a domain, a metadata line, a "sign now" note, an account link."""
    lines, prefixes = folded_structure.CHROME_LINES, folded_structure.CHROME_PREFIXES_BY_FIRST
    key = folded.rstrip(" :.,;-–—!")  # "Give us your opinion!": a call's mark is no part of its words
    if key[:1] in _DECORATION:  # "^ Реклама ^", "— Advertisement —", "[Werbung]": a chrome word between marks
        key = key.strip(_DECORATION)
    # The patterns only where the characters they need are (a domain has a dot and no space, a metadata line
    # a colon after its key).
    if key in lines or ("." in text and " " not in text and _DOMAIN.match(text)) \
            or (":" in text and len(text.partition(":")[0].rstrip()) <= _METADATA_KEY_MAX and _metadata_line().match(text)) \
            or _glued_words(text) or is_tag_row(text) or is_size_switcher(text) or names_an_encoding(text):
        return True
    if len(text) <= 300 and folded.startswith(prefixes.get(folded[:1], ())):
        return True
    # At most eight words: nine pieces at most are cut to tell.
    if len(text.split(None, 8)) <= 8 and _has_signing_note(folded):
        return True
    if len(text) <= _MAX_CLICK_CALL and (folded.endswith(CLICK_CALL_ENDINGS) or (
            folded.endswith(FOLLOW_CALL_ENDINGS) and folded.startswith(FOLLOW_CALL_OPENINGS))):
        return True  # "Metnin İngilizcesi için tıklayın": a link's call ("… click here"); "Follow us on"
    if "protected]" in text and any(address in text for address in HIDDEN_ADDRESSES):
        return True  # "Write to the editors [email protected]": a contact line, its address hidden
    if "@" in text and len(text) <= _CONTACT_MAX and _EMAIL.search(text) is not None:
        # "Phone: 555 01 00 - E-mail: desk@union.example": a contact line; no headline holds an address (a paragraph
        # may close with its writer's)
        return True
    if "+" in text and len(text) <= _PHONE_LINE_MAX and holds_phone_number(text):
        return True  # "Help for families of the missing +44 20 7946 0958 (hotline)": a hotline's banner
    if page_counter(folded):
        return True  # "You are on page 1 of 2", "صفحه ۱۲": a viewer's page counter
    if counters_row(folded):
        return True  # "Politics 0 945": a desk's name and its comments' and views' counters
    return _is_menu(text) or is_image_name(text) or is_section_label(text, folded) or opens_with_home_link(text, folded) \
        or _home_trail(text)


# A sentence's end inside the line, after a lowercase word of three letters or more (not "Dr.", "U.S."),
# then a capital (the mark first, the word before it looked behind: most positions fail at once).
_INNER_SENTENCE_END = lazy(r"(?V1)[.!?](?<=\p{Ll}{3}[.!?])\s+[\"“«„]?\p{Lu}")


def holds_two_sentences(text: str) -> bool:
    """``text`` is two sentences or more, the last one ended too: "Message sent. Thank you!".

    A site's note or a standfirst; a two-part headline leaves its last part open
    ("Open letter to the parties. A call for calm").
    """
    if not text.rstrip("\"”»’')").endswith((".", "!", "?")):
        return False
    inner = text[:-2]  # the inner sentence's mark, white space and a capital after it (most lines hold no such mark)
    return ("." in inner or "!" in inner or "?" in inner) and _INNER_SENTENCE_END.search(text) is not None


# Words a headline needs before a stamp glued after it.
_GLUED_STAMP_AFTER_WORDS = 3


def glued_stamp_start(text: str, read: Callable[[str], Stamp | None]) -> int | None:
    """Where a stamp the scrape ran onto the end of a headline starts: "Unions sign an appeal 12.03.2024 09:00".

    Only a stamp with a time that closes the line: a headline that names a day ("Vote on 9 June 2024") keeps it.
    ``read``: the stamp stated in a text (the title stage's reader, which reads each text once a parse).
    """
    if not any(map(str.isdigit, text[-8:])):
        return None
    stamp = read(text)
    if stamp is None or stamp.dateline.time is None or stamp.dateline.datetime is None or not LEFTOVER.match(text[stamp.end :]):
        return None
    head = text[: stamp.start]
    if len(head.split()) < _GLUED_STAMP_AFTER_WORDS or is_stamp_line(text, stamp):
        return None  # the whole line is a stamp with its byline: "Submitted by X on Mon, 29/10/2012 - 20:08"
    return stamp.start


def leading_stamp_end(text: str, stamp: Stamp | None) -> int | None:
    """Where a headline starts after a numeric stamp the scrape ran into its start: "14.03.2023 Жители долины просят …",
    "2024-03-12 14:05 Unions sign an appeal" (a headline may open with a day in words: "9 June: Europe votes").
    ``stamp``: the first stamp read in ``text`` (the title stage reads each line once)."""
    if stamp is None or stamp.start or stamp.dateline.datetime is None or _NUMERIC_STAMP.fullmatch(text[: stamp.end]) is None:
        return None
    start = len(text) - len(text[stamp.end :].lstrip(" -–—|"))
    rest = text[start:]
    # (a sentence after it, "04.03.2019 the works ended.", or a note after a colon, "09.04.2022: A paragraph was
    # added.", is no headline)
    return start if rest[:1].isalpha() and not rest.endswith(".") and len(rest.split()) >= _GLUED_STAMP_AFTER_WORDS \
        else None


# A numeric stamp: figures, their separators and a time ("06.07.2021 14:05").
_NUMERIC_STAMP = lazy(r"[\d\s./:\-]+")


def is_truncated(text: str) -> bool:
    """Cut off with an ellipsis: a teaser or a copy (``Bundeshaushalt 2025 - „Demokratie ...``)."""
    return text.endswith(("...", "…"))


# Separators between a page title and its site's name: "Headline | Site", "Site — Headline".
_SITE_SEPARATORS = "|｜-–—:·•»"


def without_site_name(title: str, site: str | None) -> str:
    """An HTML title without its site's name before or after it: ``Headline | Daily News`` → ``Headline``."""
    if not site:
        return title
    folded_title, folded_site = fold_words(title), fold_words(site)
    if folded_title == folded_site or folded_site not in folded_title:
        return title
    words = title.split()
    size = len(site.split())
    if len(words) > size + 1 and fold_words(" ".join(words[-size:])) == folded_site and words[-size - 1] in _SITE_SEPARATORS:
        return " ".join(words[: -size - 1])
    if len(words) > size + 1 and fold_words(" ".join(words[:size])) == folded_site and words[size] in _SITE_SEPARATORS:
        return " ".join(words[size + 1 :])
    return title
