"""Copies of a headline on its page: a second copy under it (the page's own, its address's), a rubric or a
trail before it, a site's name after it, and whether two titles name the same headline.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import islice

import regex

from .fold import fold_words
from .headline import MIN_PREFIX, clean_title, clean_title_keeping_dash
from .lines import Line
from .memo import per_parse
from .patterns import lazy

# What may follow a glued copy: a date stamp, short and with digits.
_GLUED_TAIL = lazy(r"^\W{0,3}\d[\d\s.,:/()+\-–—\p{L}]{0,60}$", regex.V1)
# A truncated copy this long is a copy whatever the title's length (shorter, it must be half the title).
_MIN_LONG_PREFIX = 25
# How much longer than the title a copy may be (markup, a rubric, a stamp or a site's name around it).
COPY_EXTRA = 80
# A rubric or an agency before a copy ("ANP Headline"): at most this many words.
_MAX_COPY_PREFIX_WORDS = 2
_MAX_RUBRIC_WORDS = 3


def title_by_copy(title: str, text: str, copy: str, same_line: bool) -> str:
    """The headline ``title`` (read from ``text``) as its copy on the page shows it: a site's name after it dropped,
    or, when the copy is the same line, the words after its dash kept (a site names itself once: "Republica Moldova -
    România" printed twice is the headline's own dash).
    """
    if same_line and (whole := clean_title_keeping_dash(text)) != title and whole.startswith(title):
        return whole
    return without_suffix_copy(title, clean_title(copy))


def without_suffix_copy(title: str, copy: str) -> str:
    """``title`` without the site's name after a separator when ``copy`` is the headline alone.

    >>> without_suffix_copy("Residents ask for a library : Press Office", "Residents ask for a library")
    'Residents ask for a library'
    """
    if len(copy) < len(title) and title.startswith(copy):
        rest = title[len(copy) :]
        name = rest.lstrip()[1:]  # after the separator
        if rest[:1].isspace() and rest.lstrip()[:1] in _SUFFIX_SEPARATORS and name[:1].isspace() \
                and 0 < len(name.strip()) <= _MAX_SUFFIX_CHARS and not any(c in name for c in ".!?:|"):
            return copy
        if rest[:1].isspace() and _rubric(rest):
            return copy  # "Headline Southern Region": a rubric's capitalised words glued on with no separator
        if rest[:1] in _GLUED_SEPARATORS and rest[1:2].isupper() and rest[1:].isalpha() and len(rest) <= _MAX_GLUED_NAME \
                and len(copy) >= _MIN_GLUED_HEADLINE:
            return copy  # "Headline-Xinhua" over "Headline": the site's one-word name glued on by a hyphen
    elif len(copy) < len(title) and title.endswith(copy) and (title[-len(copy) - 1].isspace() or title[-len(copy) - 1] in _TRAIL_MARKS):
        head = title[: -len(copy)].rstrip()
        if _rubric(head) or (head[-1:] in _SUFFIX_SEPARATORS and _rubric(head[:-1])):
            return copy  # "Society Headline" or "Blog Name: Headline" over "Headline": the rubric or site before it
        crumbs = head.strip(_TRAIL_MARKS + " ")
        if not crumbs or (len(crumbs.split()) <= _MAX_COPY_PREFIX_WORDS and not crumbs.endswith((".", "!", "?", ":"))):
            return copy  # "/ Headline", "Home News Headline" over "Headline": the page's trail before it
    return title


def _rubric(words: str) -> bool:
    """One to three capitalised words and nothing else: a rubric's or a region's name (a word in capitals
    goes on a headline in capitals: "… BİRLİKLƏRİN" / "MÜRACİƏTİ")."""
    split = words.split()
    return 0 < len(split) <= _MAX_RUBRIC_WORDS and all(w[:1].isupper() and w.isalpha() and not w.isupper() for w in split)


# The marks that set a trail's crumbs apart ("Home / News / Headline", "» Headline").
_TRAIL_MARKS = "/|>»›"

# What may follow the headline alone: a separator, then a few words of the site's or desk's name.
_SUFFIX_SEPARATORS = frozenset(":|｜-–—·•")
_MAX_SUFFIX_CHARS = 60
# A site's name glued to a headline of at least this many characters by a hyphen or a bar, one word of at most
# _MAX_GLUED_NAME characters with it ("…harbour library-Ledger"); a shorter line is a word's own ("COVID-Impfung").
_GLUED_SEPARATORS = frozenset("-|–—")
_MAX_GLUED_NAME = 25
_MIN_GLUED_HEADLINE = 20


@per_parse  # (the title stage asks it of the same lines as candidates, as a candidate's window and as the title's copies)
def folded_copy(text: str) -> str:
    """The form copies are compared in: cleaned, folded, no trailing full stop or ellipsis, no trail mark before
    it ("/List Otwarty …")."""
    return copy_form(fold_words(clean_title(text)))


def copy_form(folded: str) -> str:
    """``folded_copy`` of a text cleaned and folded already (a title)."""
    return folded.rstrip(" .…").lstrip(_TRAIL_MARKS + " ")


def same_copy(c: str, t: str, bare_c: str | None, bare_t: str) -> bool:
    """``same_headline`` of two folded copies, or of their ``bare`` forms when either dropped something (``bare_c``
    given by a caller that keeps a line's, or None: made here when it could copy ``bare_t``)."""
    if same_headline(c, t):
        return True
    if bare_c is None:
        if not _may_copy_bare(c, bare_t):
            return False  # (a paragraph below the title, with its commas, cost 5 us made bare)
        bare_c = bare(c)
    return (bare_c != c or bare_t != t) and same_headline(bare_c, bare_t)


def _may_copy_bare(c: str, bare_t: str) -> bool:
    """Whether ``bare(c)`` may copy ``bare_t`` (``same_headline``): every copy opens as what it copies opens (one
    is a prefix of the other) or ends as it ends, and ``bare`` drops the marks at a line's ends (and the spaces
    beside them) and keeps its first and last words when they are letters and figures (else its first and last
    characters when they are no space): a line whose ends show neither is no bare copy, and is not made bare."""
    head, tail = c.lstrip(_DROPPED), c.rstrip(_DROPPED)
    if head != c or tail != c:  # a mark: bare joins the words again, no space left at either end
        head, tail = head.lstrip(_DROPPED_OR_SPACE), tail.rstrip(_DROPPED_OR_SPACE)
    if not head:
        return True
    space = head.find(" ")
    first = head if space < 0 else head[:space]
    if (bare_t.startswith(first) or first.startswith(bare_t)) if first.isalnum() \
            else (head[0].isspace() or head[0] == bare_t[:1]):
        return True
    last = tail[tail.rfind(" ") + 1 :]
    if last.isalnum():
        return bare_t.endswith(last) or last.endswith(bare_t)
    return tail[-1].isspace() or tail[-1] == bare_t[-1:]


def bare(folded: str) -> str:
    """A folded copy without apostrophes and the punctuation between its words, as a site's second copy of its
    headline (its address's) often drops them ("Irak'tan ortak bildiri!" over "Iraktan ortak bildiri")."""
    if _COPY_MARK.search(folded) is None:
        return folded  # most lines: no mark
    return " ".join(_BETWEEN_WORDS.sub(" ", _APOSTROPHE.sub("", folded)).split())


# The marks a headline's second copy drops: apostrophes inside words, and the punctuation between them.
_APOSTROPHES, _BETWEEN = "'’", "!?:;,\"“”«»„"
_DROPPED = _APOSTROPHES + _BETWEEN
_DROPPED_OR_SPACE = _DROPPED + " "
_COPY_MARK = lazy(f"[{_DROPPED}]", engine="re")
_APOSTROPHE = lazy(f"[{_APOSTROPHES}]", engine="re")
_BETWEEN_WORDS = lazy(f"[{_BETWEEN}]", engine="re")


def is_repeat(candidate: str, title: str) -> bool:
    """A copy of the title: equal, a truncated prefix, the title plus `` | Site`` or glued to a date.

    >>> is_repeat("Les riverains du port et leurs associations, soutenus par l",
    ...           "Les riverains du port et leurs associations, soutenus par l'Union")
    True
    >>> is_repeat("ANP Artists sign a manifesto", "Artists sign a manifesto")
    True
    """
    return is_copy(candidate, copy_forms(title))


def copy_forms(title: str) -> tuple[str, str]:
    """What the lines ``is_copy`` asks about are compared with: the title's copy form and its ``bare`` form, made
    once for a title compared with several lines (the title below a page's headline, each of six lines)."""
    folded = copy_form(fold_words(title))
    return folded, bare(folded)


def is_copy(candidate: str, forms: tuple[str, str]) -> bool:
    """``is_repeat`` of a line and the title's ``copy_forms``."""
    copy = folded_copy(candidate)
    return same_copy(copy, forms[0], None, forms[1])


def same_headline(c: str, t: str) -> bool:
    """``c`` (a folded line) copies ``t`` (a folded title): ``is_repeat`` on folded text."""
    if not c or not t:
        return False
    if c[0] != t[0] and c[-1] != t[-1]:
        return False  # every copy below opens as the title opens or ends as it ends: most lines neither
    if c == t:
        return True
    if t.startswith(c) and (len(c) >= _MIN_LONG_PREFIX or (len(c) >= MIN_PREFIX and 2 * len(c) >= len(t))):
        return True
    if c.endswith(" " + t) and len(t) >= MIN_PREFIX:
        return len(c[: -len(t)].split()) <= _MAX_COPY_PREFIX_WORDS
    if len(t) > len(c) >= MIN_PREFIX and t.endswith(c) and t[-len(c) - 1] == " ":
        return len(t[: -len(c)].split()) <= _MAX_COPY_PREFIX_WORDS  # the title holds the rubric: "Society Headline" over "Headline"
    return c.startswith(t) and bool(_GLUED_TAIL.match(c[len(t) :]))


# Two titles share this share of the shorter one's words (and at least _MIN_SHARED_WORDS): the same headline
# ("Press release — Library opens its archive" and "Library opens its archive to the public").
_SHARED_WORDS = 0.6
_MIN_SHARED_WORDS = 4


def same_title(a: str, b: str) -> bool:
    """``a`` and ``b`` name the same headline: a copy either way, or most of the shorter one's words."""
    return same_title_forms(title_forms(a), title_forms(b))


def title_forms(text: str) -> tuple[str, str, set[str]]:
    """What ``same_title`` compares of a title (its form as a copy, its folded text, its folded words): made
    once for a title compared with several (each pair folded both again, 5 us, a page's candidates 36 us)."""
    folded = fold_words(text)
    return folded_copy(text), folded.rstrip(" .…"), set(folded.split())


def same_title_forms(a: tuple[str, str, set[str]], b: tuple[str, str, set[str]]) -> bool:
    """``same_title`` of two titles by their ``title_forms``."""
    if same_headline(a[0], b[1]) or same_headline(b[0], a[1]):  # is_repeat either way
        return True
    shared = len(a[2] & b[2])
    return shared >= _MIN_SHARED_WORDS and shared >= _SHARED_WORDS * min(len(a[2]), len(b[2]))


# The story's opening: its first paragraphs under the headline (a paragraph is a long line).
_STORY_PARAGRAPHS, _PARAGRAPH_CHARS = 3, 150
# Words compared by their first letters (inflections and a clitic's end differ: "council's", "councils").
_STEM, _CONTENT_WORD, _MIN_STEMS = 5, 4, 3


def echoed_by_story(lines: Sequence[Line], number: int, title: str) -> bool:
    """Half the content words of ``title`` (line ``number``) or more come again in the story's first paragraphs
    below it: a headline says what its story says; a site's tag line or a placeholder does not."""
    stems = [word[:_STEM] for word in fold_words(title).split() if len(word) >= _CONTENT_WORD and word.isalpha()]
    if len(stems) < _MIN_STEMS:
        return False  # (a line of a word or two, a rubric, or a script written without spaces: no evidence either way)
    # (each paragraph's fold is the one the other stages asked for; a word's opening found by a C search)
    story = " " + " ".join(fold_words(line.text) for line in islice(
        (line for line in lines[number:] if len(line.text) >= _PARAGRAPH_CHARS), _STORY_PARAGRAPHS))
    return sum(f" {stem}" in story for stem in stems) * 2 >= len(stems)
