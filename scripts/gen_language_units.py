#!/usr/bin/env python3
"""Generate ``stmtkit/data/language_units.py``: the language model's credits as whole numbers.

    python scripts/gen_language_units.py > stmtkit/data/language_units.py

Run it after changing ``stmtkit/data/languages.py`` (``tests/test_language.py`` checks that
the checked-in module equals a fresh one).  ``stmtkit.langid`` scores in units of one common
denominator of every credit a language can get (function words 1, or 1/2 for a one-letter
word; endings 2/5; letter clusters 1/20; marker letters as weighted; each credit shared
among the languages that have the entry), so that sums are exact in any order and no ranking
turns on the rounding of floats.  Working the units out with fractions, the function words
folded, and the endings laid out as a tree was a tenth of a one-file run's instructions:
they are worked out here, once, and loaded as literals.
"""

from __future__ import annotations

import sys
from fractions import Fraction
from math import lcm
from pathlib import Path
from pprint import pformat

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from stmtkit.data.languages import ALPHABETS, CLUSTERS, ENDINGS, MARKER_LETTERS, STOPWORDS  # noqa: E402
from stmtkit.fold import fold_words  # noqa: E402

# Endings and letter clusters are weaker evidence than whole function words.
ENDING_WEIGHT = Fraction(2, 5)
CLUSTER_WEIGHT = Fraction(1, 20)
# A one-letter function word ("a", "i", "y") counts half.
LETTER_WORD_WEIGHT = Fraction(1, 2)
# A letter outside a language's alphabet counts this much against it, for each occurrence.
ALIEN_WEIGHT = Fraction(1)


def _invert(table: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for lang, entries in table.items():
        for entry in sorted(set(entries)):
            index.setdefault(entry, []).append(lang)
    return {e: tuple(langs) for e, langs in index.items()}


def function_word_index() -> dict[str, tuple[str, ...]]:
    """Each folded function word → the languages that have it."""
    index: dict[str, list[str]] = {}
    for lang, words in STOPWORDS.items():
        for w in sorted({fold_words(w) for w in words}):
            index.setdefault(w, []).append(lang)
    return {w: tuple(langs) for w, langs in index.items()}


def _marker_weight(value: float) -> Fraction:
    """A marker letter's weight as the decimal it is written as (``1.5`` is 3/2, not the float's binary)."""
    return Fraction(str(value))


def scale() -> int:
    """The common denominator of every credit: a whole number of units for each."""
    shares = [len(langs) for langs in function_word_index().values()]
    shares += [len(langs) for langs in _invert(ENDINGS).values()] + [len(langs) for langs in _invert(CLUSTERS).values()]
    shares += [len(langs) for langs, _ in MARKER_LETTERS.values()]
    weights = [ENDING_WEIGHT, CLUSTER_WEIGHT, LETTER_WORD_WEIGHT, ALIEN_WEIGHT]
    weights += [_marker_weight(weight) for _, weight in MARKER_LETTERS.values()]
    return lcm(*(w.denominator for w in weights)) * lcm(*shares)


def units(weight: Fraction, langs: tuple[str, ...]) -> int:
    """``weight`` shared among ``langs``, in units of 1/scale()."""
    share = weight * scale() / len(langs)
    assert share.denominator == 1
    return int(share)


def function_words() -> dict[str, tuple[tuple[str, int], ...]]:
    """Each folded function word → its (language, units an occurrence) pairs."""
    return {
        word: tuple((lang, units(LETTER_WORD_WEIGHT if len(word) == 1 else Fraction(1), langs)) for lang in langs)
        for word, langs in function_word_index().items()
    }


# A tail of an ending, read from the word's last letter back: the tail, the (language, units) a
# word ending so earns from every ending it ends in, and the longer tails by their next letter.
_Tail = tuple[str, tuple[tuple[str, int], ...], dict[str, "_Tail"]]


def ending_tails() -> dict[str, _Tail]:
    """The tails of the endings as a tree read from the last letter back, by that letter.

    A word whose last letters are no ending's tail has no longer ending either, so it is read no
    further: its endings are those of the longest tail it ends in.  Each step looks a single
    letter up (no slice of the word made and hashed).
    """
    endings = _invert(ENDINGS)
    root: dict[str, _Tail] = {}
    for ending in endings:
        level = root
        for k in range(1, len(ending) + 1):
            tail = ending[-k:]
            if tail[0] not in level:
                credits: dict[str, int] = {}
                for end in (tail[-j:] for j in range(1, k + 1)):
                    for lang in endings.get(end, ()):
                        credits[lang] = credits.get(lang, 0) + units(ENDING_WEIGHT, endings[end])
                level[tail[0]] = (tail, tuple(credits.items()), {})
            level = level[tail[0]][2]
    return root


def cluster_units() -> dict[str, tuple[tuple[str, ...], int]]:
    """Each letter cluster → its languages and the units each gets for one occurrence."""
    return {cluster: (langs, units(CLUSTER_WEIGHT, langs)) for cluster, langs in _invert(CLUSTERS).items()}


def most_from_clusters() -> dict[str, int]:
    """The most letter clusters can add to each language (every cluster counted 10 times or more)."""
    most: dict[str, int] = {}
    for langs, each in cluster_units().values():
        for lang in langs:
            most[lang] = most.get(lang, 0) + each * 10
    return most


def marker_units() -> dict[str, tuple[tuple[str, ...], int]]:
    """Each marker letter → its languages and the units each gets for one occurrence."""
    return {letter: (langs, units(_marker_weight(weight), langs)) for letter, (langs, weight) in MARKER_LETTERS.items()}


def alien_units() -> dict[str, tuple[tuple[str, ...], int]]:
    """Each letter of a Latin alphabet or marker → the languages of ``ALPHABETS`` that lack it and
    the units each loses for one occurrence."""
    letters = set("".join(ALPHABETS.values())) | {c for c in MARKER_LETTERS if "a" <= fold_words(c)[:1] <= "z"}
    out: dict[str, tuple[tuple[str, ...], int]] = {}
    for letter in sorted(letters):
        langs = tuple(lang for lang, alphabet in ALPHABETS.items() if letter not in alphabet)
        if langs:
            out[letter] = (langs, -int(ALIEN_WEIGHT * scale()))
    return out


def _literal(name: str, annotation: str, value: object) -> str:
    return f"{name}: {annotation} = {pformat(value, width=110, sort_dicts=False)}\n"


def module() -> str:
    words = function_words()
    return (
        '"""The language model\'s credits in whole units (generated by scripts/gen_language_units.py from\n'
        'stmtkit/data/languages.py: do not edit; see the script for the weights)."""\n\n'
        "from __future__ import annotations\n\n"
        "# A tail of an ending read from the last letter back: the tail, the (language, units) a word\n"
        "# ending so earns, and the longer tails by their next letter.\n"
        'Tail = tuple[str, tuple[tuple[str, int], ...], dict[str, "Tail"]]\n\n'
        "# Units a point: every credit below is a whole number of them.\n"
        f"SCALE = {scale()}\n"
        f"LONGEST_FUNCTION_WORD = {max(map(len, words))}\n\n"
        + _literal("FUNCTION_WORDS", "dict[str, tuple[tuple[str, int], ...]]", words)
        + "\n"
        + _literal("ENDING_TAILS", "dict[str, Tail]", ending_tails())
        + "\n"
        + _literal("MARKER_UNITS", "dict[str, tuple[tuple[str, ...], int]]", marker_units())
        + "\n"
        + _literal("ALIEN_UNITS", "dict[str, tuple[tuple[str, ...], int]]", alien_units())
        + "\n"
        + _literal("CLUSTER_UNITS", "dict[str, tuple[tuple[str, ...], int]]", cluster_units())
        + "\n"
        + _literal("MOST_FROM_CLUSTERS", "dict[str, int]", most_from_clusters())
    )


if __name__ == "__main__":
    print(module(), end="")
