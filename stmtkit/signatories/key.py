"""``signatory_key``: the folded form under which one person matches across documents and scripts.

Transliteration is anyascii's: one table per Unicode block, every script, no
dependencies and no language guessing, so ``Мамедли``, ``Məmmədli`` and
``Mammadli`` all land in one Latin alphabet; the romanisation variants that
remain (``-yev``/``-ev``, ``kh``/``x``, doubled letters) are folded by the
rows of ``stmtkit.data.name_folds``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

import regex

from ..data.name_folds import (
    AZERBAIJANI_FINAL_SCHWA,
    AZERBAIJANI_LETTERS,
    AZERBAIJANI_ONLY_IN_SCHWA_NAMES,
    KEY_FOLDS,
)
from ..patterns import lazy

_GROUP_REFERENCE = lazy(r"\\(\d)")
# The key is ASCII and casefolded once transliterated: a letter is [a-z], and the standard library's
# ``re`` matches these patterns (the regex module took 40 us for the doubled-letter row alone).
# What else the key holds becomes a space (the rows below match no space; the last line squeezes them).
# (a bytes table: the key is ASCII here, and a str table looks each character up in a dict)
_KEY_DROP = bytes(c if chr(c).isalnum() or c == 0x20 else 0x20 for c in range(256))
_APOSTROPHES = lazy(r"(?<=[a-z])['`](?=[a-z])", engine="re")
_AZ = str.maketrans(AZERBAIJANI_LETTERS)
_AZ_SCHWA = str.maketrans(AZERBAIJANI_ONLY_IN_SCHWA_NAMES)


Replacement = str | Callable[["re.Match[str]"], str]


class _Transliterations(dict[int, str]):
    """``str.translate`` table: anyascii's ASCII for each character, looked up on first sight.

    anyascii reads a text in Python one character at a time, each alone, and keeps ASCII as it
    is: one ``str.translate`` through a table of what it made of each character reads the same
    text in C.  A fact about single characters, so it may live in the process (a few hundred
    of them in a batch).
    """

    def __missing__(self, code: int) -> str:
        # lazy: anyascii's import (importlib.resources) is dear; the module, not the name from it
        # (a name from a package is looked up through importlib at every call)
        import anyascii

        ascii_text = self[code] = anyascii.anyascii(chr(code))
        return ascii_text


_ASCII_OF = _Transliterations()


@lru_cache(maxsize=1)
def _folds() -> tuple[tuple[re.Pattern[str], Replacement, str, tuple[str, ...]], ...]:
    """Each row's pattern, replacement, first needed letter group ("" when it needs none: every text
    holds "") and any other groups it may run on."""
    return tuple((re.compile(pattern), _replacer(replacement), needs[0] if needs else "", needs[1:])
                 for pattern, replacement, needs, _why in KEY_FOLDS)


def _replacer(replacement: str) -> Replacement:
    """A lone group reference (``\\1``) as a function: a template is read at every substitution."""
    ref = _GROUP_REFERENCE.fullmatch(replacement)
    if ref is None:
        return replacement
    group = int(ref.group(1))

    def the_group(m: re.Match[str]) -> str:
        return m.group(group) or ""  # an unmatched group is "" in a template too

    return the_group


def signatory_key(name: str) -> str:
    """Casefolded, accent- and script-folded form; equal keys mean the same name.

    >>> signatory_key("Ayshan Aslan Məmmədli") == signatory_key("Ayshan Aslan Mammadli")
    True
    >>> signatory_key("Fatima Chikhiyeva") == signatory_key("Фатима Чихиева")
    True
    >>> signatory_key("ISLAM BAFADAROV")
    'islam bafadarov'
    """
    if "ə" in name or "Ə" in name:  # both tables change only names written with ə
        name = regex.sub(AZERBAIJANI_FINAL_SCHWA[0], AZERBAIJANI_FINAL_SCHWA[1], name.translate(_AZ_SCHWA))
        name = name.translate(_AZ)
    if not name.isascii():
        name = name.translate(_ASCII_OF)  # transliterated as anyascii does
    text = name.casefold()  # ASCII from here on
    if "'" in text or "`" in text:
        text = _APOSTROPHES.sub("", text)  # "Васильевич" → "Vasil'evich", "O'Connell": one word each
    if not text.replace(" ", "").isalnum():  # ASCII letters, digits and spaces are all the key keeps
        text = text.encode("ascii").translate(_KEY_DROP).decode("ascii")
    for pattern, replacement, need, other_needs in _folds():
        # a row runs only on a key holding a letter group it needs: "islam bafadarov" has no "kh"
        if need in text or (other_needs and any(group in text for group in other_needs)):
            text = pattern.sub(replacement, text)
    return " ".join(text.split())


def key_similarity(a: str, b: str) -> float:
    """How close two names are once keyed, 0..1: ``Мамедли`` / ``Məmmədli`` ≈ 0.86, equal keys 1.0."""
    ka, kb = signatory_key(a), signatory_key(b)
    if ka == kb:
        return 1.0
    from difflib import SequenceMatcher  # lazy: a parse never compares two names

    return SequenceMatcher(None, ka, kb).ratio()
