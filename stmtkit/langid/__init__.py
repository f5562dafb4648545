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

from collections import Counter, defaultdict
from functools import lru_cache

from ..data.languages import CLUSTERS, ENDINGS, LANGUAGE_SCRIPTS, MARKER_LETTERS, SCRIPTS, STOPWORDS
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
# Endings and letter clusters are weaker evidence than whole function words.
_ENDING_WEIGHT = 0.4
_CLUSTER_WEIGHT = 0.05
_ORDER = {lang: i for i, lang in enumerate(STOPWORDS)}
_MARKER_RANK = {letter: i for i, letter in enumerate(MARKER_LETTERS)}


@lru_cache(maxsize=1)
def _stopword_index() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for lang, words in STOPWORDS.items():
        for w in {fold_words(w) for w in words}:
            index.setdefault(w, []).append(lang)
    return {w: tuple(langs) for w, langs in index.items()}


def _invert(table: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for lang, entries in table.items():
        for entry in set(entries):
            index.setdefault(entry, []).append(lang)
    return {e: tuple(langs) for e, langs in index.items()}


@lru_cache(maxsize=1)
def _ending_index() -> dict[str, tuple[str, ...]]:
    return _invert(ENDINGS)


@lru_cache(maxsize=1)
def _cluster_index() -> dict[str, tuple[str, ...]]:
    return _invert(CLUSTERS)


@lru_cache(maxsize=1)
def _ending_tails() -> dict[str, tuple[tuple[str, int], ...]]:
    """Every ending's last one, two, … letters → its (language, number of languages sharing it) pairs
    if it is an ending itself, else ``()``: a word whose last letters are no ending's tail has no
    longer ending either, so it is read no further."""
    pairs = {ending: tuple((lang, len(langs)) for lang in langs) for ending, langs in _ending_index().items()}
    tails: dict[str, tuple[tuple[str, int], ...]] = {ending[-k:]: () for ending in pairs for k in range(1, len(ending))}
    tails.update(pairs)
    return tails


def _score_endings(words: Counter[str], scores: dict[str, float]) -> None:
    """Credit the languages whose typical endings the words have (``organizações`` → pt).

    A word's endings are its last one to six letters, with two letters or more left before;
    each is credited in that order, word after word.
    """
    tail_of = _ending_tails().get
    for word, n in words.items():
        weight = 0.0
        for k in range(1, min(6, len(word) - 2) + 1):
            shared = tail_of(word[-k:])
            if shared is None:
                break  # no ending ends so: no longer one either
            if shared:
                if not weight:
                    weight = _ENDING_WEIGHT * min(n, _MAX_REPEATS)  # the same float as computed inline: (w * n) / shared
                for lang, languages in shared:
                    scores[lang] += weight / languages


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


def stopword_counts(text: str, lowered_counts: Counter[str], wide: frozenset[str]) -> tuple[dict[str, int], bool]:
    """How often each function word occurs once folded, and whether the text has two distinct words.

    What ``Counter(_WORD.findall(fold_words(text)))`` would give, kept to its function
    words, without folding the whole page (NFKD, character by character, was the
    dearest step of the stage): each distinct lower-cased word is folded instead,
    character by character (``fold_pieces``).  Pages with a character for which
    the two ways part take the long way; every ASCII character folds in step, so
    only the others (``wide``) are asked.
    """
    if not all(map(_folds_in_step, wide)):
        return _stopword_counts_by_folding(text)
    # Folding never shortens a word of in-step characters, so one longer than every function
    # word is none; the rest fold piece by piece (no spaces in a word to collapse).
    index, longest = _stopword_index(), _longest_stopword()
    found: dict[str, int] = {}
    for word, n in lowered_counts.items():
        if len(word) > longest:
            continue
        if word.isascii():  # no piece to fold, no typographic apostrophe
            if word in index:
                found[word] = found.get(word, 0) + n
            continue
        key = fold_pieces(word)
        if key.replace("’", "'") in index:
            found[key] = found.get(key, 0) + n
    return found, _two_distinct(lowered_counts)


def _stopword_counts_by_folding(text: str) -> tuple[dict[str, int], bool]:
    """``stopword_counts`` for a text whose letters fold into several characters (ß, ŉ): fold it whole."""
    index = _stopword_index()
    counts = Counter(_WORD.findall(fold_words(text)))
    return {w: n for w, n in counts.items() if w.replace("’", "'") in index}, len(counts) >= 2


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


@lru_cache(maxsize=1)
def _longest_stopword() -> int:
    return max(map(len, _stopword_index()))


# Punctuation that clings to words ("état," "(ONG)" "«paix»"): not letters, not apostrophes.
_CLINGING = ".,;:!?()[]«»\"“”„"


def words_of(text: str) -> list[str]:
    """``_WORD.findall(text)``, token by token: most tokens are one word, bar clinging punctuation.

    A word never holds a space, so the words of the text are the words of its
    tokens; a token that is letters alone (once its clinging punctuation is cut)
    is its only word, and only the others go through the pattern.  About twice
    as fast as the pattern over the whole page.
    """
    words: list[str] = []
    for token in text.split():
        if token.isalpha():
            words.append(token)
            continue
        bare = token.strip(_CLINGING)
        if bare.isalpha():
            words.append(bare)
        else:
            words.extend(_WORD.findall(token))
    return words


def _word_evidence(text: str, wide: frozenset[str]) -> tuple[defaultdict[str, float], str, bool]:
    """Scores from function words and endings, the lower-cased text, and whether it has two distinct words."""
    scores: defaultdict[str, float] = defaultdict(float)
    index = _stopword_index()
    lowered = text.lower()
    lowered_counts = Counter(words_of(lowered))
    function_words, varied = stopword_counts(text, lowered_counts, wide)
    for word, n in function_words.items():
        langs = index[word.replace("’", "'")]
        weight = min(n, _MAX_REPEATS) * (0.5 if len(word) == 1 else 1.0) / len(langs)
        for lang in langs:
            scores[lang] += weight
    _score_endings(lowered_counts, scores)
    return scores, lowered, varied


def _add_clusters(scores: defaultdict[str, float], lowered: str, present: frozenset[str], varied: bool) -> None:
    """Credit the languages whose letter clusters the text holds (``sch`` → de, ``lh`` → pt)."""
    # Letter clusters only back up real words: "aaaa…" alone is no Dutch.  A cluster or
    # marker whose first letter is beyond ASCII and not among the text's (``present``) is
    # not in it: no scan of the whole text for it ("ə" in a Portuguese page).
    for cluster, langs in _cluster_index().items() if varied else ():
        n = lowered.count(cluster) if cluster[0].isascii() or cluster[0] in present else 0
        for lang in langs:
            scores[lang] += _CLUSTER_WEIGHT * min(n, 10) / len(langs)


def _add_markers(scores: defaultdict[str, float], lowered: str, present: frozenset[str]) -> None:
    """Credit the languages whose marker letters the text holds (``ñ`` → es, ``ї`` → uk)."""
    for letter in sorted(present.intersection(MARKER_LETTERS), key=_MARKER_RANK.__getitem__):
        langs, weight = MARKER_LETTERS[letter]
        n = lowered.count(letter)
        if n:
            for lang in langs:
                scores[lang] += weight * min(n, 10) / len(langs)


def _restrict(scores: dict[str, float], candidates: frozenset[str] | None) -> dict[str, float]:
    if candidates is not None:
        return {k: v for k, v in scores.items() if k in candidates}
    return dict(scores)


@lru_cache(maxsize=1)
def _most_from_clusters() -> dict[str, float]:
    """The most letter clusters can add to each language (every cluster counted 10 times or more)."""
    most: dict[str, float] = defaultdict(float)
    for langs in _cluster_index().values():
        for lang in langs:
            most[lang] += _CLUSTER_WEIGHT * 10 / len(langs)
    return dict(most)


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
    page), so it runs only when the answer could turn on it.
    """
    fallback = hints[0] if hints else None
    candidates = _candidates(script)
    scores, lowered, varied = _word_evidence(sample, wide)
    # The letters beyond ASCII of the lower-cased text, lower-cased one by one (only ``Σ``
    # lower-cases by its place, to σ or ς: neither is a marker or starts a cluster).
    present = frozenset("".join([c.lower() for c in wide]))
    markers: defaultdict[str, float] = defaultdict(float)
    _add_markers(markers, lowered, present)
    cluster_langs = _most_from_clusters() if varied else {}
    low = {lang: scores.get(lang, 0.0) + markers.get(lang, 0.0) for lang in (*scores, *cluster_langs, *markers)}
    low = _restrict(low, candidates)
    high = {lang: value + cluster_langs.get(lang, 0.0) for lang, value in low.items()}
    answer = _answer_within(low, high, hints, script, fallback)
    if answer != _UNSURE:
        return answer
    _add_clusters(scores, lowered, present, varied)
    _add_markers(scores, lowered, present)
    return _answer(_restrict(scores, candidates), hints, script, fallback)


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
