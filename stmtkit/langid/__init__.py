"""Language detection (ISO 639-1): script first, then function words and marker letters.

A small model of our own (``stmtkit.data.languages``): a script that belongs
to one language decides alone (Georgian → ka, Hangul → ko); otherwise the
languages written in the dominant script compete on the function words of
the text and on letters that only some of them use (``ə`` → az, ``ñ`` → es,
``ї`` → uk).  It needs no import-time model, answers in well under a
millisecond on a page, and is steady on the short texts stmtkit reads; see
``bench/language.py`` for the comparison with lingua.  ``--languages`` hints
win ties and near-ties.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from itertools import filterfalse

from ..data.language_units import (
    ALIEN_UNITS,
    CLUSTER_UNITS,
    ENDING_TAILS,
    FUNCTION_WORDS,
    LONGEST_FUNCTION_WORD,
    MARKER_UNITS,
    MOST_FROM_CLUSTERS,
    SCALE,
)
from ..data.languages import LANGUAGE_SCRIPTS, SCRIPTS, STOPWORDS
from ..fold import fold_piece, fold_pieces, fold_words
from ..patterns import lazy
from ..standards import standard_of
from .script import SAMPLE_CHARS, dominant_script, script_of, strip_non_text, wide_chars, wide_dominant_script

__all__ = ["SAMPLE_CHARS", "detect_language", "dominant_script", "script_of", "strip_non_text"]

_WORD = lazy(r"\p{L}+(?:['’]\p{L}+)?")
# A word counts at most this often: a name repeated down a list is not a language.
_MAX_REPEATS = 5
# Below this much evidence the text is too short to tell.
_MIN_SCORE = 0.5
# A hinted language wins when it scores at least this share of the best one.
_HINT_SHARE = 0.6
_ORDER = {lang: i for i, lang in enumerate(STOPWORDS)}

# Scores are whole numbers: units of one common denominator (SCALE a point) of every credit a
# language can get, so sums are exact in any order and each credit goes out once.  The credits
# (function words, ending tails, marker letters, letter clusters, each shared among its
# languages) are worked out by scripts/gen_language_units.py into stmtkit/data/language_units.py.


def _function_words(counts: Counter[str], lowered: str) -> dict[str, int]:
    """How often each function word occurs among the words once folded, for a text whose
    characters fold in step (each word folds as it would in the folded text).

    An ASCII word is its own fold; the others are folded together (one pass through the
    table of pieces, the words joined by line ends, which no letter folds to).  Folding
    never shortens a word of in-step characters, so one longer than every function word
    is none.
    """
    index = FUNCTION_WORDS
    found = {word: counts[word] for word in counts.keys() & index.keys() if word.isascii()}
    longest = LONGEST_FUNCTION_WORD
    wide = [] if lowered.isascii() else [word for word in filterfalse(str.isascii, counts) if len(word) <= longest]
    if not wide:
        return found
    for word, key in zip(wide, fold_pieces("\n".join(wide)).split("\n"), strict=True):
        if key in index or ("’" in key and key.replace("’", "'") in index):
            found[key] = found.get(key, 0) + counts[word]
    return found


def _score_endings(counts: Counter[str], scores: dict[str, int]) -> None:
    """Credit the endings of the words (``organizações`` → pt).

    A word's endings are its last one to six letters, with two letters or more left before;
    each word (at most ``_MAX_REPEATS`` of its occurrences) adds to the count of the longest
    ending's tail it ends in, and each tail's credits go out once.
    """
    first = ENDING_TAILS.get
    ends: dict[str, int] = {}
    credits: dict[str, tuple[tuple[str, int], ...]] = {}
    for word, n in counts.items():
        size = len(word)
        if size < 3 or (tail := first(word[-1])) is None:
            continue
        k, most = 2, (size - 2 if size < 8 else 6)
        while k <= most and (longer := tail[2].get(word[-k])) is not None:
            tail, k = longer, k + 1
        if tail[1]:  # it ends in an ending
            ends[tail[0]] = ends.get(tail[0], 0) + (n if n < _MAX_REPEATS else _MAX_REPEATS)
            credits[tail[0]] = tail[1]
    for end, n in ends.items():
        for lang, units in credits[end]:
            scores[lang] = scores.get(lang, 0) + units * n


def _kind(text: str) -> int:
    """0 for a string of letters, 1 for an apostrophe, 2 for anything else: what ``_WORD`` splits on."""
    if not text:
        return -1
    if all(c.isalpha() for c in text):
        return 0
    if text in ("'", "’"):
        return 1
    return 2 if not any(c.isalpha() or c in "'’" for c in text) else -1


@lru_cache(maxsize=8192)  # a fact about one character (see script._cached_script_of)
def _folds_in_step(char: str) -> bool:
    """True when folding each lower-cased word gives the words of the folded text for ``char``.

    It holds when lower-casing and folding keep the character a letter, an
    apostrophe or a separator, and lower-casing first does not change the fold.
    It fails for a combining mark (folding deletes it and joins the letters
    around it: stressed Russian ``сло́во``), ``İ`` (lower-cased to ``i`` plus a
    combining dot) or ``™`` (folded to the letters ``tm``).
    """
    kind = _kind(char)
    if kind < 0:
        return False
    lower = char.lower()
    if _kind(lower) != kind or _kind(fold_piece(char)) != kind:
        return False
    return kind != 0 or fold_piece(lower) == fold_piece(char)


def _stopword_counts_by_folding(text: str) -> tuple[dict[str, int], bool]:
    """How often each function word occurs in the folded text, and whether it has two distinct words:
    for a text whose letters fold into several characters (ß, ŉ), it is folded whole.  Its words are
    counted as every page's are (``word_counts``), not by the pattern over the whole text."""
    counts = word_counts(fold_words(text))
    return {w: n for w, n in counts.items() if w.replace("’", "'") in FUNCTION_WORDS}, len(counts) >= 2


def _two_distinct(lowered_counts: Counter[str]) -> bool:
    """Whether the folded words hold two different words (lower-cased ones may fold alike: ``Été``, ``ete``)."""
    first = None
    for word in lowered_counts:
        key = fold_words(word)
        if first is None:
            first = key
        elif key != first:
            return True
    return False


# ASCII characters that are neither letters nor apostrophes become spaces (bytes.translate of the
# UTF-8 form: every other byte, those of wider characters among them, is kept).
_ASCII_SEPARATORS = bytes(b if b >= 128 or chr(b).isalpha() or chr(b) == "'" else 0x20 for b in range(256))


@lru_cache(maxsize=4096)  # a fact about one character (see script._cached_script_of)
def _separates(char: str) -> bool:
    """True for a character no word of ``_WORD`` holds: neither a letter to the pattern nor an apostrophe.

    (``str.isalpha`` is asked first: every character it calls a letter is one to the pattern, which
    knows a later Unicode and so more letters; a test holds the two to that.)
    """
    return not char.isalpha() and char not in "'’" and _WORD.match(char) is None


def word_counts(text: str, wide: Iterable[str] | None = None, encoded: bytes | None = None) -> Counter[str]:
    """``Counter(_WORD.findall(text))``, from the distinct tokens: most tokens are one word.

    No word holds a space, nor a character that ``_separates``: made spaces (the ASCII ones
    together, by a table; those of ``wide``, the text's characters beyond ASCII or more, one
    ``str.replace`` each), they split the text where the pattern would, and the tokens are then
    letters alone, each its only word, unless the text holds an apostrophe or a letter that only
    the pattern knows.  Only then are the distinct tokens that are not letters alone cut by the
    pattern, their words counted as often as the token.  Several times faster than the pattern
    over the whole page; the quotes and dashes beyond ASCII made spaces first, a text without an
    apostrophe has no token to cut and is not asked for one (a test of each distinct token).
    ``encoded``: ``text`` in UTF-8 (``surrogatepass``), when the caller has it.
    """
    if encoded is None:
        encoded = text.encode("utf-8", "surrogatepass")
    spaced = encoded.translate(_ASCII_SEPARATORS).decode("utf-8", "surrogatepass")
    whole = "'" not in spaced
    for char in wide_chars(text) if wide is None else wide:
        if _separates(char):
            spaced = spaced.replace(char, " ")
        elif whole and not char.isalpha():  # an apostrophe, or a letter that only the pattern knows
            whole = False
    counts = Counter(spaced.split())
    if whole:
        return counts
    for token in list(filterfalse(str.isalpha, counts)):
        n = counts.pop(token)
        for word in _WORD.findall(token):
            counts[word] += n
    return counts


def _word_evidence(
    text: str, wide: frozenset[str], present: frozenset[str], *, varied: bool = True
) -> tuple[dict[str, int], str, bytes, bool]:
    """Scores (in units of 1/SCALE) from function words and endings, the lower-cased text and its
    UTF-8, and whether it has two distinct words (False unasked: ``varied=False``, for an opening, whose
    answer turns on no letter clusters).

    The function words are those of ``Counter(_WORD.findall(fold_words(text)))``, found without
    folding the whole page (NFKD, character by character, was the dearest step of the stage):
    each distinct lower-cased word is folded instead.  Pages with a character for which the two
    ways part take the long way; every ASCII character folds in step, so only the others
    (``wide``) are asked.  ``present``: the characters of ``wide`` lower-cased, those of the
    lower-cased text beyond ASCII (but a final sigma, a letter).
    """
    scores: dict[str, int] = {}
    lowered, encoded = _lowered(text, wide)
    counts = word_counts(lowered, present, encoded)
    _score_endings(counts, scores)
    if all(map(_folds_in_step, wide)):
        found, varied = _function_words(counts, lowered), varied and _two_distinct(counts)
    else:
        found, varied = _stopword_counts_by_folding(text)
    index = FUNCTION_WORDS
    for word, n in found.items():
        m = n if n < _MAX_REPEATS else _MAX_REPEATS
        for lang, units in index[word.replace("’", "'")]:
            scores[lang] = scores.get(lang, 0) + units * m
    return scores, lowered, encoded, varied


def _lowered(text: str, wide: frozenset[str]) -> tuple[str, bytes]:
    """``text.lower()`` for a text whose distinct characters beyond ASCII are ``wide``, and its UTF-8
    (``surrogatepass``).

    Each character but the capital sigma lower-cases alone, to characters that lower-case to
    themselves: the ASCII ones are lower-cased together in the UTF-8 form (``bytes.lower``, a
    table), and each of ``wide`` that changes is replaced there (``bytes.replace``: a character's
    UTF-8 is found only where the character is).  ``str.lower()`` of a text holding one character
    beyond ASCII asks every character's case record (some 50 instructions a character of the page).
    The UTF-8 serves the word count and the marker letters, which encoded the lower-cased text
    again (one character at a time for a text beyond Latin-1: a page's typographic quotes).
    """
    if not wide or "Σ" in wide:  # an ASCII text is lower-cased so in C; a capital sigma by its place in the word
        lowered = text.lower()
        return lowered, lowered.encode("utf-8", "surrogatepass")
    encoded = text.encode("utf-8", "surrogatepass").lower()
    for char in wide:
        lower = char.lower()
        if lower != char:
            encoded = encoded.replace(char.encode("utf-8", "surrogatepass"), lower.encode("utf-8", "surrogatepass"))
    return encoded.decode("utf-8", "surrogatepass"), encoded


def _add_clusters(scores: dict[str, int], lowered: str, present: frozenset[str]) -> None:
    """Credit the languages whose letter clusters the text holds (``sch`` → de, ``lh`` → pt)."""
    # A cluster whose first letter is beyond ASCII and not among the text's (``present``) is
    # not in it: no scan of the whole text for it ("ø" in a Portuguese page).
    for cluster, (langs, each) in CLUSTER_UNITS.items():
        n = lowered.count(cluster) if cluster[0].isascii() or cluster[0] in present else 0
        if n:
            units = each * min(n, 10)
            for lang in langs:
                scores[lang] = scores.get(lang, 0) + units


def _add_markers(scores: dict[str, int], lowered: str, present: frozenset[str], encoded: bytes) -> None:
    """Credit the languages whose marker letters the text holds (``ñ`` → es, ``ї`` → uk), and
    debit those whose alphabet lacks a letter it holds (``ü`` is no Lithuanian).  ``encoded``:
    ``lowered`` in UTF-8."""
    markers, aliens = present.intersection(MARKER_UNITS), present.intersection(ALIEN_UNITS)
    if not markers and not aliens:
        return
    # Each letter is counted among the text's characters beyond ASCII alone (its UTF-8 less the ASCII bytes,
    # in C): every marker and alien letter is beyond ASCII, and a thousand characters in a Latin script hold a few dozen
    # of those (an ASCII letter, none today, would be counted in the whole text)
    wide = encoded.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
    for table, letters in ((MARKER_UNITS, markers), (ALIEN_UNITS, aliens)):
        for letter in letters:
            langs, units = table[letter]
            credit = units * min((wide if letter >= "\x80" else lowered).count(letter), 10)
            for lang in langs:
                scores[lang] = scores.get(lang, 0) + credit


_ASCII_BYTES = bytes(range(128))  # deleted from a text's UTF-8 to leave its characters beyond ASCII


def _points(scores: dict[str, int], candidates: frozenset[str]) -> dict[str, float]:
    """The scores of the candidate languages in points (whole units made floats once, at the end)."""
    scale = SCALE
    return {lang: units / scale for lang, units in scores.items() if lang in candidates}


# Room for the rounding of sums taken in another order: far below any real margin.
_ROUNDING = 1e-9
_UNSURE = "?"


def _answer(scores: dict[str, float], hints: tuple[str, ...] | None, script: str, fallback: str | None) -> str | None:
    """The language the scores name, hints and thresholds applied."""
    if not scores:
        return "ar" if script == "Arabic" else fallback
    best, best_score = min(scores.items(), key=lambda kv: (-kv[1], _ORDER.get(kv[0], 99)))
    for hint in hints or ():
        if scores.get(hint, 0.0) >= _HINT_SHARE * best_score:
            return hint
    if best_score < _MIN_SCORE:
        return fallback or ("ar" if script == "Arabic" else None)
    return best


def _answer_within(
    low: dict[str, float], high: dict[str, float], hints: tuple[str, ...] | None, script: str, fallback: str | None
) -> str | None:
    """``_answer`` for scores known only to lie between ``low`` and ``high``, or ``_UNSURE``.

    Sure only when every test ``_answer`` makes comes out the same anywhere in
    the ranges: the best language beats every other one's highest score, and
    each hint and threshold falls clearly on one side.
    """
    if not low:
        return _answer(low, hints, script, fallback)
    best = max(low, key=low.__getitem__)
    least, most = low[best] - _ROUNDING, high[best] + _ROUNDING
    if any(high[lang] + _ROUNDING >= least for lang in low if lang != best):
        return _UNSURE
    for hint in hints or ():
        if hint == best or low.get(hint, 0.0) - _ROUNDING >= _HINT_SHARE * most:
            return hint
        if high.get(hint, 0.0) + _ROUNDING >= _HINT_SHARE * least:
            return _UNSURE
    if most < _MIN_SCORE:
        return fallback or ("ar" if script == "Arabic" else None)
    return best if least >= _MIN_SCORE else _UNSURE


def _detect_by_scores(sample: str, wide: frozenset[str], script: str, hints: tuple[str, ...] | None) -> str | None:
    """The language of a sample in a shared script, from its scores.

    Counting the letter clusters is the dearest pass left and the weakest
    evidence (a few tenths of a point against tens for the function words of a
    page), so it runs only when the answer could turn on it.  A long sample whose
    opening names its language clearly is answered from the opening alone
    (``_clear_opening``).
    """
    fallback = hints[0] if hints else None
    candidates = _candidates(script)
    if not hints and len(sample) > _OPENING_CHARS * 2:
        clear = _clear_opening(sample, wide, candidates)
        if clear is not None:
            return clear
    scores, lowered, varied, present = _evidence(sample, wide)
    # Letter clusters only back up real words: "aaaa…" alone is no Dutch.
    clusters = MOST_FROM_CLUSTERS if varied else {}
    low = _points({lang: scores.get(lang, 0) for lang in (*scores, *clusters)}, candidates)
    high = _points({lang: scores.get(lang, 0) + clusters.get(lang, 0) for lang in low}, candidates)
    answer = _answer_within(low, high, hints, script, fallback)
    if answer != _UNSURE:
        return answer
    if varied:
        _add_clusters(scores, lowered, present)
    return _answer(_points(scores, candidates), hints, script, fallback)


def _evidence(
    sample: str, wide: frozenset[str], *, varied: bool = True
) -> tuple[dict[str, int], str, bool, frozenset[str]]:
    """``_word_evidence`` with the marker letters credited, and the letters beyond ASCII of the text."""
    # The letters beyond ASCII of the lower-cased text, lower-cased one by one (only ``Σ``
    # lower-cases by its place, to σ or ς: neither is a marker or starts a cluster).
    present = frozenset("".join([c.lower() for c in wide]))
    scores, lowered, encoded, varied = _word_evidence(sample, wide, present, varied=varied)
    _add_markers(scores, lowered, present, encoded)
    return scores, lowered, varied, present


# A long sample's opening (this many characters, cut at a space) names its language alone when its
# evidence is clear: the best language scores at least _CLEAR_POINTS and _CLEAR_RATIO times the next.
# Reading a page's words cost the stage some 70 us a thousand characters (a tenth of a median web
# page's parse), and a page whose first paragraphs name one language this clearly is not turned by
# its rest: on the corpus, the fixtures, the dev sets and the 150 HTML pages no answer changed, and
# the openings that named another language than the whole sample scored 11 points at most (an
# English header over a Romanian page); a list of names scores a few.
_OPENING_CHARS = 1_000
_CLEAR_POINTS, _CLEAR_RATIO = 20.0, 3.0


def _clear_opening(sample: str, wide: frozenset[str], candidates: frozenset[str]) -> str | None:
    """The language the opening of ``sample`` names clearly (see ``_OPENING_CHARS``), else None.

    ``wide``: the sample's characters beyond ASCII.  The opening, a start of the sample, holds those
    of them it holds: each is searched for (in C, most found near its start), where the opening was
    encoded and sifted again (``wide_chars``: the searches cost 26,000 instructions less a page that asks).
    """
    cut = sample.rfind(" ", 0, _OPENING_CHARS)
    opening = sample[: cut if cut > 0 else _OPENING_CHARS]
    opening_wide = frozenset(filter(opening.__contains__, wide))
    scores = _evidence(opening, opening_wide, varied=False)[0]  # (its scores alone: no clusters weighed)
    points = _points(scores, candidates)
    if not points:
        return None
    best = max(points, key=points.__getitem__)
    least = _CLEAR_RATIO * max((p for lang, p in points.items() if lang != best), default=0.0)
    return best if points[best] >= _CLEAR_POINTS and points[best] >= least else None


def detect_language(text: str, hints: tuple[str, ...] | None = None) -> str | None:
    """ISO 639-1 code of ``text``, or the first hint (else None) when it has too little to tell.

    >>> detect_language("Nous appelons les organisations internationales à agir.")
    'fr'
    >>> detect_language("Ədalətin bərqərar olunması üçün müraciət edirik.")
    'az'
    """
    return _detect(text, hints)


@lru_cache(maxsize=16)  # a handful of scripts
def _candidates(script: str) -> frozenset[str]:
    return frozenset(lang for lang, s in LANGUAGE_SCRIPTS.items() if s == script)


def _detect(text: str, hints: tuple[str, ...] | None) -> str | None:
    sample = strip_non_text(text[:SAMPLE_CHARS])
    wide = wide_chars(sample)
    found = wide_dominant_script(sample, wide)
    if found is None:
        return hints[0] if hints else None
    script, scripts = found
    if script in ("Hiragana", "Katakana") or (script == "Han" and scripts & {"Hiragana", "Katakana"}):
        return "ja"
    if script in SCRIPTS:
        return SCRIPTS[script]
    answer = _detect_by_scores(sample, wide, script, hints)
    return answer if answer is None or (hints and answer in hints) else standard_of(answer, sample)
