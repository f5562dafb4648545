"""Is a line a letter's address or salutation ("To: the Mayor", "Dear colleagues,", "K rukám …", "… BAKANLIĞINA")?

The cue words are data (``stmtkit.data.addressee_words``), by language.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from .data.addressee_words import (
    ADDRESSEE_CUES,
    ADDRESSEE_ENDINGS,
    ADDRESSEE_PREFIXES_CJK,
    ADDRESSEE_SUFFIXES,
    PATRONYMIC_ENDINGS,
    SALUTATION_WORDS,
)
from .fold import fold_words
from .patterns import lazy


def is_addressee(folded: str, language: str | None) -> bool:
    """``folded`` (a line as ``fold_words`` gives it) opens a letter's address or salutation in ``language``."""
    if len(folded) <= _ADDRESSEE_CJK_MAX and (folded.endswith(ADDRESSEE_SUFFIXES) or folded.startswith(ADDRESSEE_PREFIXES_CJK)):
        return True  # "<office> <name> 殿", "尊敬的<name>": honorifics glued to the name, no space to match on
    if language in ADDRESSEE_ENDINGS and len(folded) <= _ADDRESSEE_ENDING_MAX and folded.endswith(ADDRESSEE_ENDINGS[language]):
        return True  # "BELEDİYE BAŞKANLIĞI’NA": the office in the dative
    if is_salutation(folded, language):
        return True
    if folded.endswith(("!", ",")) and language in PATRONYMIC_ENDINGS and len(words := folded.split()) == 2 \
            and words[1].rstrip("!,").endswith(PATRONYMIC_ENDINGS[language]):
        return True  # "Владимир Владимирович!": a name and patronymic alone address the reader
    starts, cues = _cue_starts(language)
    # the pattern matches a cue at the line's start: most lines open with none's first letter, and one C call over
    # the cues tells the others ("a", the first letter of "al sr" and "alla sig", opens many)
    if (folded[:1] not in starts and "" not in starts) or not folded.startswith(cues):
        return False
    return _addressee_cues(language).match(folded) is not None


def is_salutation(folded: str, language: str | None) -> bool:
    """A salutation by its shape: a salutation word opening a few words closed by "," or "!" (``Дорогие коллеги!``,
    ``Liebe Kolleginnen und Kollegen,``, ``Prezado Tavares,``)."""
    return folded.endswith(("!", ",")) and language in SALUTATION_WORDS and len(words := folded.split()) <= _SALUTATION_MAX_WORDS \
        and words[0].rstrip("!,") in SALUTATION_WORDS[language]


# A salutation is a few words.
_SALUTATION_MAX_WORDS = 6
# An addressee's line closed by a case ending is an office's name: longer is a sentence.
_ADDRESSEE_ENDING_MAX = 80
# An addressee's line with an honorific is a title and a name: longer is a sentence ending in one.
_ADDRESSEE_CJK_MAX = 40


@lru_cache(maxsize=64)
def _cue_words(language: str | None) -> tuple[str, ...]:
    """The folded cues of ``language`` and "*" (of every language when it is unknown), longest first."""
    rows = [ADDRESSEE_CUES["*"]]
    rows += [ADDRESSEE_CUES[language]] if language in ADDRESSEE_CUES else [] if language else list(ADDRESSEE_CUES.values())
    return tuple(sorted({fold_words(cue) for row in rows for cue in row}, key=len, reverse=True))


@lru_cache(maxsize=64)
def _cue_starts(language: str | None) -> tuple[frozenset[str], tuple[str, ...]]:
    """The first characters of ``_cue_words`` and the cues: asked before the cues' pattern, which a fresh process
    compiled for its first title candidate (3.9 M instructions)."""
    cues = _cue_words(language)
    return frozenset(cue[:1] for cue in cues), cues


@lru_cache(maxsize=64)
def _addressee_cues(language: str | None) -> regex.Pattern[str]:
    """The cues of ``language`` and "*" (of every language when it is unknown), not followed by a letter."""
    cues = _cue_words(language)
    # in a script without spaces the name follows the cue directly ("尊敬的市长："): no letter test there
    spaced = [regex.escape(cue) for cue in cues if not _UNSPACED_END.search(cue)]
    unspaced = [regex.escape(cue) for cue in cues if _UNSPACED_END.search(cue)]
    pattern = "^(?:" + "|".join(spaced) + r")(?!\p{L})"
    return regex.compile(pattern + ("|^(?:" + "|".join(unspaced) + ")" if unspaced else ""), regex.V1)


_UNSPACED_END = lazy(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}]$")
