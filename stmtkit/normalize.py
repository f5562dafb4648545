"""Named normalisation steps applied to decoded text before it is split into lines.

Each step is a small function ``str -> str``; ``normalize`` runs them in the
order of ``STEPS`` and returns the names of the steps that changed something,
for ``source.repairs``.  Every step is one linear pass (``str.translate``, a
regex with no nested repetition), and running ``normalize`` twice changes
nothing the second time.

Typography is part of the text and is kept: curly quotes, ``«»``, dashes and
the no-break and thin spaces French puts before ``:`` (``Signé par :``).
Matching folds them away (``fold_spaces`` here, ``stmtkit.fold.fold_words`` for the
lexicons); ``--ascii-punctuation`` straightens them in the output on request.
Runs of spaces are kept in the lines too — menus (``Home  News  Sport``) and
aligned columns are told apart by them — and folded for matching; only runs
longer than ``MAX_SPACE_RUN`` are cut, to keep every stage linear.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from .patterns import lazy

# Line breaks other than LF: CR (old Mac), NEL (EBCDIC, latin-1 decoding),
# vertical tab and form feed (page breaks in text exported from PDF or Word),
# and the Unicode line and paragraph separators.
_LINE_BREAKS = "\x0b\x0c\x85\u2028\u2029"

# Invisible characters that split words and headings without showing:
# "Signed\u200b by:" must read as "Signed by:".  Zero-width space, word
# joiner, BOM, soft hyphen, Mongolian vowel separator, invisible operators,
# and the bidi marks and embeddings web pages wrap around names.
_INVISIBLE_CHARS = "\u200b\u2060\ufeff\u00ad\u180e\u2061\u2062\u2063\u2064\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"

# Zero-width (non-)joiners shape Arabic, Persian and Indic words
# (``می‌خواهم``) and glue emoji together; elsewhere (``Sig\u200cned``) they are junk.
_JOINING = r"\p{Arabic}\p{Syriac}\p{Thaana}\p{Nko}\p{Mongolian}\p{Devanagari}\p{Bengali}\p{Gurmukhi}\p{Gujarati}\p{Oriya}\p{Tamil}\p{Telugu}\p{Kannada}\p{Malayalam}\p{Sinhala}\p{Khmer}\p{Myanmar}\p{Tibetan}\p{Extended_Pictographic}\p{M}\ufe0f"
_STRAY_JOINER = lazy(f"(?<![{_JOINING}])[\u200c\u200d]|[\u200c\u200d](?![{_JOINING}])")

# C0 controls other than tab and LF, DEL, and C1 controls: binary junk and
# leftovers of a wrong decoding; they print as nothing or as garbage.
_CONTROL_CHARS = "".join(map(chr, [*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F, *range(0x80, 0x85), *range(0x86, 0xA0)]))
_CONTROL = lazy("[\x00-\x08\x0e-\x1f\x7f\x80-\x84\x86-\x9f]")

# Space characters folded to a plain space in the output: em, en, figure,
# ideographic spaces…  Kept: NBSP, narrow NBSP and thin space (French
# typography), and tab (tables); ``fold_spaces`` folds them for matching.
_ODD_SPACE_CHARS = "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u200a\u205f\u1680\u3000"
_ODD_SPACES = lazy(f"[{_ODD_SPACE_CHARS}]")
_MATCHING_SPACES = lazy("[\u00a0\u202f\u2009 ]{2,}|[\u00a0\u202f\u2009]")

_SURROGATE = lazy("[\ud800-\udfff]")

# Layout uses a few spaces (menus, aligned columns); a run of hundreds is
# padding, and a pattern such as ``\s+and\s+`` searched across a run of n
# spaces costs n² steps: a 200,000-space line took minutes.
MAX_SPACE_RUN = 40
_RUN_SPACES = "\t\u00a0\u202f\u2009"  # with the plain space
# Tried at a run's first space only (no space before it): tried at every space, a run just under
# the limit was walked again from each of its spaces, some 800 steps a run, and a page padded with
# such runs (a results table of 100,000 characters) spent 5 of its 40 ms in this substitution.
_LONG_SPACE_RUN = lazy(f"(?<![ {_RUN_SPACES}])([ {_RUN_SPACES}]{{{MAX_SPACE_RUN}}})[ {_RUN_SPACES}]+")


def _holds_any(text: str, chars: str) -> bool:
    """Whether ``text`` holds one of ``chars``.

    Each step checks this before its pass: one ``in`` per character is a fast scan (and
    free for a character wider than any in the text), while a pattern or ``str.translate``
    over the 5 KB of a statement that holds none, as most do, cost 20 to 180 µs.
    """
    return any(c in text for c in chars)


def newlines(text: str) -> str:
    """CRLF and lone CR become LF; NEL, VT, FF and U+2028/2029 too.

    >>> newlines("a\\r\\nb\\rc\\x0cd")
    'a\\nb\\nc\\nd'
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    for brk in _LINE_BREAKS:
        if brk in text:
            text = text.replace(brk, "\n")
    return text


def lone_surrogates(text: str) -> str:
    """Lone surrogates (possible in a Python ``str``, never in UTF-8) become U+FFFD.

    >>> lone_surrogates("a\\ud800b")
    'a\\ufffdb'
    """
    if text.isascii():
        return text
    try:
        text.encode("utf-8")  # a fast test: UTF-8 cannot encode a lone surrogate
    except UnicodeEncodeError:
        return str(_SURROGATE.sub("\ufffd", text))
    return text


def zero_width(text: str) -> str:
    """Drop zero-width spaces, word joiners, soft hyphens, bidi marks and stray BOMs.

    Joiners stay inside Arabic, Indic and emoji sequences, where they matter.

    >>> zero_width("Sig\\u200bned\\u00ad by\\u200e:")
    'Signed by:'
    """
    # Each one held removed by str.replace: the pattern's pass over a page's text cost some 10 ns a
    # character (133 us for 13,000 characters holding nine soft hyphens, where the replace took 8).
    for char in _INVISIBLE_CHARS:
        if char in text:
            text = text.replace(char, "")
    if "\u200c" in text or "\u200d" in text:
        text = str(_STRAY_JOINER.sub("", text))
    return text


def control_characters(text: str) -> str:
    """Drop C0 and C1 control characters other than tab and newline (binary junk).

    >>> control_characters("Titre\\x00\\x1b\\x9c")
    'Titre'
    """
    if not _holds_any(text, _CONTROL_CHARS):
        return text
    return str(_CONTROL.sub("", text))


def odd_spaces(text: str) -> str:
    """Em, en, figure and ideographic spaces become a plain space (NBSP and thin spaces are kept).

    >>> odd_spaces("Signé\\u2003par\\u00a0:")
    'Signé par\\xa0:'
    """
    if not _holds_any(text, _ODD_SPACE_CHARS):
        return text
    return str(_ODD_SPACES.sub(" ", text))


def long_space_runs(text: str) -> str:
    """Runs of more than 40 spaces or tabs keep their first 40 (padding, not layout).

    >>> len(long_space_runs("a" + " " * 1000 + "b"))
    42
    """
    # The spaces of the run made plain first, so that one substring test finds a run of any mix.
    plain = text
    for space in _RUN_SPACES:
        if space in plain:
            plain = plain.replace(space, " ")
    if " " * (MAX_SPACE_RUN + 1) not in plain:
        return text
    return str(_LONG_SPACE_RUN.sub(r"\1", text))


def nfc(text: str) -> str:
    """Compose decomposed accents (``e`` + U+0301 → ``é``), as macOS file names and some sites give them.

    >>> nfc("Signe\\u0301 par") == "Signé par"
    True
    """
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


STEPS: tuple[tuple[str, Callable[[str], str]], ...] = (
    ("newlines", newlines),
    ("lone-surrogates", lone_surrogates),
    ("zero-width", zero_width),
    ("control-characters", control_characters),
    ("odd-spaces", odd_spaces),
    ("long-space-runs", long_space_runs),
    # Last: removing a zero-width space between ``e`` and U+0301 leaves a pair to compose.
    ("nfc", nfc),
)

# Every character the steps from newlines to odd-spaces act on: a text holding none of them (most)
# is left as it is by all five, which one scan tells (each step's own test scanned the text once
# for each of its characters: about a hundred scans of every text).  Each of them is unprintable
# (a control, format or separator character, a surrogate), so a text printable but for its line
# ends holds none, and str.isprintable tells it faster than the pattern.
_CHARACTER_STEPS = frozenset(("newlines", "lone-surrogates", "zero-width", "control-characters", "odd-spaces"))
_ACTED_ON = lazy(
    "[" + "".join(map(re.escape, "\r" + _LINE_BREAKS + _INVISIBLE_CHARS + "\u200c\u200d" + _CONTROL_CHARS + _ODD_SPACE_CHARS))
    + "\ud800-\udfff]",
    engine="re",
)

_ASCII_PUNCTUATION = str.maketrans(
    {
        "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"',
        "«": '"', "»": '"', "‹": "'", "›": "'", "–": "-", "—": "-", "―": "-", "‐": "-",
        "‑": "-", "‒": "-", "−": "-", "…": "...", "\u00a0": " ", "\u202f": " ", "\u2009": " ",
    }
)


def ascii_punctuation(text: str) -> str:
    """Straighten quotes and dashes and plain the no-break spaces (``--ascii-punctuation``).

    >>> ascii_punctuation("« l’été » — 1")
    '" l\\'été " - 1'
    """
    return text.translate(_ASCII_PUNCTUATION)


def normalize(text: str, *, ascii_only_punctuation: bool = False) -> tuple[str, list[str]]:
    """Run every step; return the text and the names of the steps that changed it.

    >>> normalize("Signe\\u0301 par\\u200b:\\r\\n")
    ('Signé par:\\n', ['newlines', 'zero-width', 'nfc'])
    """
    applied: list[str] = []
    steps = list(STEPS)
    if ascii_only_punctuation:
        steps.append(("ascii-punctuation", ascii_punctuation))
    quiet = text.replace("\n", "").isprintable() or _ACTED_ON.search(text) is None
    for name, step in steps:
        if quiet and name in _CHARACTER_STEPS:
            continue  # it would change nothing
        fixed = step(text)
        if fixed != text:
            applied.append(name)
            text = fixed
    return text, applied


def fold_spaces(text: str) -> str:
    """NBSP, narrow NBSP, thin space and runs of spaces → one plain space: for matching only.

    >>> fold_spaces("Signé  par\\u202f:")
    'Signé par :'
    """
    return str(_MATCHING_SPACES.sub(" ", text))
