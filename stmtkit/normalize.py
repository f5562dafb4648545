"""Named normalisation steps applied to decoded text before it is split into lines.

Each step is a small function ``str -> str``; ``normalize`` runs them in order
and returns the names of the steps that changed something, for
``source.repairs``.  Typography (curly quotes, NBSP before ``:``) is kept: it
is part of the text.  ``ascii_punctuation`` straightens it on request.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

import regex

_ZERO_WIDTH = regex.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# Spaces other than U+0020 and NBSP family are folded to a plain space, but NBSP
# and narrow NBSP are kept (French typography) — matching uses ``fold_spaces``.
_ODD_SPACES = regex.compile("[\u2000-\u200a\u205f\u3000\u1680]")
_NBSP_SPACES = regex.compile("[\u00a0\u202f\u2007]")
_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def newlines(text: str) -> str:
    """CRLF and lone CR become LF; Unicode line and paragraph separators too.

    >>> newlines("a\\r\\nb\\rc")
    'a\\nb\\nc'
    """
    if "\r" not in text and "\u2028" not in text and "\u2029" not in text and "\x85" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(
        {0x2028: "\n", 0x2029: "\n", 0x85: "\n"}
    )


def nfc(text: str) -> str:
    """Compose decomposed accents (``e`` + U+0301 → ``é``)."""
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def zero_width(text: str) -> str:
    """Drop zero-width spaces, joiners, soft hyphens and stray BOMs."""
    return str(_ZERO_WIDTH.sub("", text))


def control_characters(text: str) -> str:
    """Drop C0 control characters other than tab and newline (binary junk)."""
    return str(_CONTROL.sub("", text))


def odd_spaces(text: str) -> str:
    """Em, en, thin and ideographic spaces become a plain space (NBSP is kept)."""
    return str(_ODD_SPACES.sub(" ", text))


STEPS: tuple[tuple[str, Callable[[str], str]], ...] = (
    ("newlines", newlines),
    ("nfc", nfc),
    ("zero-width", zero_width),
    ("control-characters", control_characters),
    ("odd-spaces", odd_spaces),
)

_ASCII_PUNCTUATION = str.maketrans(
    {
        "‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "‟": '"',
        "«": '"', "»": '"', "‹": "'", "›": "'", "–": "-", "—": "-", "―": "-", "‐": "-",
        "‑": "-", "−": "-", "…": "...", "\u00a0": " ", "\u202f": " ", "\u2007": " ",
    }
)


def ascii_punctuation(text: str) -> str:
    """Straighten quotes and dashes and plain the no-break spaces (``--ascii-punctuation``).

    >>> ascii_punctuation("« l’été » — 1")
    '" l\\'été " - 1'
    """
    return text.translate(_ASCII_PUNCTUATION)


def normalize(text: str, *, ascii_only_punctuation: bool = False) -> tuple[str, list[str]]:
    """Run every step; return the text and the names of the steps that changed it."""
    applied: list[str] = []
    steps = list(STEPS)
    if ascii_only_punctuation:
        steps.append(("ascii-punctuation", ascii_punctuation))
    for name, step in steps:
        fixed = step(text)
        if fixed != text:
            applied.append(name)
            text = fixed
    return text, applied


def fold_spaces(text: str) -> str:
    """NBSP family → plain space: for matching only, never for output."""
    return str(_NBSP_SPACES.sub(" ", text))
