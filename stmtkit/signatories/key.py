"""``signatory_key``: the folded form under which one person matches across documents and scripts.

Transliteration is anyascii's: one table per Unicode block, every script, no
dependencies and no language guessing, so ``Мамедли``, ``Məmmədli`` and
``Mammadli`` all land in one Latin alphabet; the romanisation variants that
remain (``-yev``/``-ev``, ``kh``/``x``, doubled letters) are folded by the
rows of ``stmtkit.data.name_folds``.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from functools import lru_cache

import regex

from ..data.name_folds import (
    AZERBAIJANI_FINAL_SCHWA,
    AZERBAIJANI_LETTERS,
    AZERBAIJANI_ONLY_IN_SCHWA_NAMES,
    KEY_FOLDS,
)

_KEY_DROP = regex.compile(r"[^\p{L}\p{N} ]+")
_APOSTROPHES = regex.compile(r"(?<=\p{L})['’ʹʼ`](?=\p{L})")
_AZ = str.maketrans(AZERBAIJANI_LETTERS)
_AZ_SCHWA = str.maketrans(AZERBAIJANI_ONLY_IN_SCHWA_NAMES)


@lru_cache(maxsize=1)
def _folds() -> tuple[tuple[regex.Pattern[str], str], ...]:
    return tuple((regex.compile(pattern), replacement) for pattern, replacement, _why in KEY_FOLDS)


@lru_cache(maxsize=8192)
def signatory_key(name: str) -> str:
    """Casefolded, accent- and script-folded form; equal keys mean the same name.

    >>> signatory_key("Ayshan Aslan Məmmədli") == signatory_key("Ayshan Aslan Mammadli")
    True
    >>> signatory_key("Fatima Chikhiyeva") == signatory_key("Фатима Чихиева")
    True
    >>> signatory_key("ISLAM BAFADAROV")
    'islam bafadarov'
    """
    from anyascii import anyascii  # lazy: its tables load on first use

    if "ə" in name or "Ə" in name:
        name = regex.sub(AZERBAIJANI_FINAL_SCHWA[0], AZERBAIJANI_FINAL_SCHWA[1], name.translate(_AZ_SCHWA))
    text = anyascii(name.translate(_AZ)).casefold()
    text = _APOSTROPHES.sub("", text)  # "Васильевич" → "Vasil'evich", "O'Connell": one word each
    text = _KEY_DROP.sub(" ", text)
    for pattern, replacement in _folds():
        text = pattern.sub(replacement, text)
    return " ".join(text.split())


def key_similarity(a: str, b: str) -> float:
    """How close two names are once keyed, 0..1: ``Мамедли`` / ``Məmmədli`` ≈ 0.86, equal keys 1.0."""
    ka, kb = signatory_key(a), signatory_key(b)
    if ka == kb:
        return 1.0
    return SequenceMatcher(None, ka, kb).ratio()
