"""Which standard of a language a text is written in: Serbian or Croatian in Latin letters.

``stmtkit.langid`` tells languages apart by function words, endings and letters;
standards of one language share all three (Latin-script Serbian reads as
Croatian).  Each standard's own words (``VARIANT_CUES`` in
``stmtkit.data.languages``: ekavian against ijekavian forms, words of each
standard) decide between them, and only a clear lead switches the answer.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from .data.languages import VARIANT_CUES, VARIANT_MARGIN, VARIANT_MAX_REPEATS
from .fold import fold_words
from .patterns import lazy

_WORD = lazy(r"\p{L}+")


# Stems are looked up by their first letters: a word is tried on the few stems it could start with.
_STEM_KEY = 3


@lru_cache(maxsize=8)
def _cue_index(language: str) -> tuple[dict[str, str], dict[str, tuple[tuple[str, str], ...]]]:
    """The standards' cue words of ``language``: whole words, and stems (stem, standard) by their first letters."""
    words: dict[str, str] = {}
    stems: dict[str, list[tuple[str, str]]] = {}
    for standard, cues in VARIANT_CUES[language].items():
        for cue in cues:
            if cue.endswith("-") and len(cue) > _STEM_KEY:
                stem = fold_words(cue[:-1])
                stems.setdefault(stem[:_STEM_KEY], []).append((stem, standard))
            else:
                words[fold_words(cue.rstrip("-"))] = standard
    return words, {key: tuple(sorted(group, key=lambda s: -len(s[0]))) for key, group in stems.items()}


def standard_of(language: str, text: str) -> str:
    """The standard of ``language`` that ``text`` is written in (``language`` itself when it has none).

    The cues of one standard must outnumber every other's by ``VARIANT_MARGIN`` (each word
    counted at most ``VARIANT_MAX_REPEATS`` times); otherwise the language stays as detected.

    >>> standard_of("hr", "Predsednik je posle sednice rekao")
    'sr'
    >>> standard_of("hr", "Predsjednik je poslije sjednice rekao")
    'hr'
    """
    if language not in VARIANT_CUES:
        return language
    cue_words, stems = _cue_index(language)
    counts: Counter[str] = Counter()
    for word, n in Counter(fold_words(w) for w in _WORD.findall(text.lower())).items():
        standard = cue_words.get(word) or next(
            (s for stem, s in stems.get(word[:_STEM_KEY], ()) if word.startswith(stem)), None
        )
        if standard is not None:
            counts[standard] += min(n, VARIANT_MAX_REPEATS)
    if not counts:
        return language
    (best, most), *rest = counts.most_common()
    runner_up = rest[0][1] if rest else 0
    return best if most - runner_up >= VARIANT_MARGIN else language
