"""Language of the document (ISO 639-1): script first, then function words.

A small model of our own: it is fast (no import cost), works on short texts
and is tuned to the scraped statements stmtkit reads.  ``--languages`` hints
win when given.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from functools import lru_cache

import regex

from ..data.languages import MARKER_LETTERS, SCRIPTS, STOPWORDS
from ..pipeline import Context
from ..text import fold

_WORD = regex.compile(r"\p{L}+")
_SAMPLE_CHARS = 20_000
_SCRIPT_OF = regex.compile(r"\p{Script=Cyrillic}|\p{Script=Latin}|\p{Script=Arabic}|\p{L}")


@lru_cache(maxsize=1)
def _stopword_index() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for lang, words in STOPWORDS.items():
        for w in set(words):
            index.setdefault(w, []).append(lang)
    return {w: tuple(langs) for w, langs in index.items()}


def _script(c: str) -> str:
    name = unicodedata.name(c, "")
    if name.startswith("CJK"):
        return "Han"
    return name.split(" ", 1)[0].capitalize() if name else ""


def detect_language(text: str, hints: tuple[str, ...] | None = None) -> str | None:
    """ISO 639-1 code of ``text``, or None when it has too few letters to tell."""
    sample = text[:_SAMPLE_CHARS]
    letters = [c for c in sample if c.isalpha()]
    if len(letters) < 3:
        return hints[0] if hints else None
    scripts = Counter(_script(c) for c in letters[:5000])
    top_script, _ = scripts.most_common(1)[0]
    if top_script in ("Hiragana", "Katakana") or (top_script == "Han" and (scripts["Hiragana"] + scripts["Katakana"])):
        return "ja"
    if top_script in SCRIPTS:
        return SCRIPTS[top_script]
    if top_script == "Arabic":
        return "fa" if any(c in sample for c in "پچژگ") else "ar"
    votes: Counter[str] = Counter()  # float weights below are rounded into counts
    index = _stopword_index()
    for word in _WORD.findall(fold(sample)):
        for lang in index.get(word, ()):
            votes[lang] += 1
    lowered = sample.lower()
    for letter, lang in MARKER_LETTERS.items():
        n = lowered.count(letter)
        if n:
            votes[lang] += (min(n, 20) + 1) // 2
    if hints:
        for lang in hints:
            votes[lang] += 2
    if top_script == "Cyrillic":
        votes = Counter({k: v for k, v in votes.items() if k in ("ru", "uk", "bg", "sr", "kk", "be", "mk")})
    elif top_script == "Latin":
        votes = Counter({k: v for k, v in votes.items() if k not in ("ru", "uk", "bg", "sr", "kk", "be", "mk")})
    if not votes:
        return hints[0] if hints else None
    return votes.most_common(1)[0][0]


def run(ctx: Context) -> None:
    text = "\n".join(line.text for line in ctx.lines if ctx.is_free(line.number))
    ctx.language = detect_language(text, ctx.options.languages)
