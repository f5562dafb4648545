"""Folding text for matching against the lexicons (never for output)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from itertools import filterfalse

import regex

_MARKUP = regex.compile(r"^(?:#{1,6}\s*|\*\*|__|>\s*)+|(?:\*\*|__)+$")
_SPACES = regex.compile(r"\s+")
# str.split() splits on these information separators too; the regex module's \s does not.
_SEPARATORS_NOT_SPACES = "\x1c\x1d\x1e\x1f"


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Casefold, strip diacritics, fold NBSP and runs of spaces: ``Signé  par`` → ``signe par``."""
    # Each pass only where it can change something, every one C-level: a line of a new
    # document took 18 µs to fold (the per-character generator, translate and sub), now 6.
    if text.isascii():
        stripped = text.lower()  # ASCII: casefold is lower(); NFKD and the marks change nothing
    else:
        decomposed = unicodedata.normalize("NFKD", text.casefold())
        stripped = "".join(filterfalse(unicodedata.combining, decomposed))
        # Turkish dotless ı and Azerbaijani ə fold to their Latin look-alikes.
        if "\u0131" in stripped or "\u0259" in stripped:
            stripped = stripped.translate({0x131: "i", 0x259: "e"})
    # the separators are control characters: a printable line (most) holds none, and skips the generator
    if not stripped.isprintable() and any(c in stripped for c in _SEPARATORS_NOT_SPACES):
        return str(_SPACES.sub(" ", stripped)).strip()
    return " ".join(stripped.split())  # runs of \s made one space, ends stripped


def strip_markup(text: str) -> str:
    """Remove markdown heading/bold markers around a line: ``## **Signed by:**`` → ``Signed by:``."""
    plain = text.strip()
    if plain and not plain.startswith(("#", "**", "__", ">")) and not plain.endswith(("**", "__")):
        return plain  # no marker opens or closes it (most lines): the pattern below would change nothing
    previous = None
    while previous != text:
        previous = text
        text = _MARKUP.sub("", text).strip()
    return text


def fold_key(text: str) -> str:
    """The form lexicon entries are matched on: folded, no markup, no trailing ``:``/``.``/``,``."""
    return fold(strip_markup(text)).rstrip(" :.,;-–—").strip()


def folded_set(table: dict[str, tuple[str, ...]] | Iterable[str]) -> frozenset[str]:
    """All entries of a lexicon table (every language), folded."""
    if isinstance(table, dict):
        return frozenset(fold_key(entry) for entries in table.values() for entry in entries)
    return frozenset(fold_key(entry) for entry in table)
