"""The cue words of signature blocks, folded and built into patterns once, from ``stmtkit.data``.

Every word list lives in ``stmtkit.data.signature_words`` and ``stmtkit.data.sign_off_words``; this module only
folds them and builds the sets and patterns the block finder asks (headings,
closing formulas, group headings, end headings, credits, addressees, "and
others" lines, inline signing marks).  Built on first use, not at import: a
command that reads only datelines never pays for them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

import regex

from ..data.sign_off_words import (
    ALSO_WORDS,
    CLOSING_FORMULAS,
    CONJUNCTIONS,
    ON_BEHALF_PHRASES,
    SIGN_UP_PHRASES,
    SIGNING_STEMS,
)
from ..data.signature_words import (
    ADDRESSEE_PREFIXES,
    BLOCK_END_HEADINGS,
    COUNTERS,
    CREDIT_BY_WORDS,
    CREDIT_OPENINGS,
    INLINE_SIGN_MARKS,
    NAME_FUNCTION_WORDS,
    ORGANISATION_GROUPS,
    OTHERS_COUNT_WORDS,
    OTHERS_CUES,
    PEOPLE_GROUPS,
    SIGNATORY_NOUNS,
    SIGNATURE_HEADINGS,
    UNSPACED_COUNT_WORDS,
)
from ..fold import fold_words, folded_set
from ..model import SignatoryKind
from ..patterns import WHITESPACE, lazy


class BlockCues(NamedTuple):
    """The folded word sets and the patterns built from them."""

    headings: frozenset[str]
    heading_nouns: frozenset[str]
    # the first and the last words of the headings ("signed", "by" for "signed by")
    heading_first_words: frozenset[str]
    heading_last_words: frozenset[str]
    closings: tuple[str, ...]  # longest first, so "yours sincerely" wins over "yours"
    # the closings by their first character, longest first in each: a line is tried against the few
    # opening with its own first character, not against four hundred
    closings_by_first: dict[str, tuple[str, ...]]
    group_kinds: dict[str, SignatoryKind]
    end_headings: frozenset[str]
    function_words: frozenset[str]
    credit_starts: frozenset[str]  # what credit_pattern() can open with
    # the 'and others' cues as literals: every match of others_pattern() holds one of them
    others_literal: re.Pattern[str]
    count_starts: frozenset[str]  # what others_count_pattern() can open with
    # the first words of a cue of three words or more, the rest cut by the scrape ("and many", "ve daha")
    others_cut: frozenset[str]
    inline_mark_starts: frozenset[str]  # casefolded first characters of inline_mark_pattern()
    signing_stems: tuple[str, ...]  # folded word starts that name signing or joining
    stems_by_first: dict[str, tuple[str, ...]]  # the same by their first character
    # the stems and signer nouns of scripts written without spaces ("署名", "联署人"), found inside a word:
    # one literal alternation each (a Latin or Cyrillic line is scanned once for their first characters)
    unspaced_stems: re.Pattern[str]
    unspaced_nouns: re.Pattern[str]
    unspaced_nouns_closing: re.Pattern[str]  # the same, closing the text (``賛同者一覧``: a list's name)
    also_words: frozenset[str]  # "also", "mai": a heading saying the names below signed too


def alternation(words: tuple[str, ...] | frozenset[str]) -> str:
    """Folded words as a regex alternation, longest first so "a l'attention de" wins over "a"."""
    return "|".join(regex.escape(fold_words(w)) for w in sorted(words, key=len, reverse=True))


def literal_trie(words: list[str]) -> str:
    """A pattern matching exactly ``words`` (sorted, none empty at the top), factored by shared starts:
    ``["and more", "and others"]`` → ``and\\ (?:more|others)``.  A name is tried against a dozen
    first letters at each position, not against every cue."""
    optional = "" in words
    by_first: dict[str, list[str]] = {}
    for word in words:
        if word:
            by_first.setdefault(word[0], []).append(word[1:])
    if not by_first:
        return ""
    branches = [re.escape(first) + literal_trie(rests) for first, rests in sorted(by_first.items())]
    body = branches[0] if len(branches) == 1 and not optional else "(?:" + "|".join(branches) + ")"
    return body + "?" if optional else body


def _first_letters(words: tuple[str, ...], *more: str) -> frozenset[str]:
    """What an anchored alternation of the folded ``words`` (after optional ``more`` marks) can open with."""
    return frozenset(fold_words(w)[:1] for w in words) | frozenset(more)


# The patterns below are alternations of a few hundred cue words: compiling them all took a
# good part of a one-file parse's start-up, and most documents need only one or two (a line
# is asked them after a cheap test of its first letter or a literal).  Each is compiled on first use.


@lru_cache(maxsize=1)
def credit_pattern() -> regex.Pattern[str]:
    """``Reporting by X``, ``Foto: X``: a credit line."""
    words = alternation(CREDIT_OPENINGS)
    by_words = frozenset(CREDIT_BY_WORDS)
    needs_no_colon = alternation(tuple(w for w in CREDIT_OPENINGS if fold_words(w).split()[-1] in by_words))
    # "Reporting by X" needs no colon; "Foto: X" does ("Editor John Smith" may be a signer's role).
    return regex.compile(rf"^(?:(?:{words})\s*:|(?:{needs_no_colon})\s+\p{{L}})")


@lru_cache(maxsize=1)
def others_pattern() -> regex.Pattern[str]:
    """``… and many others``, ``и другие``, ``+ 1,250 more``."""
    # the cues factored by their shared starts: a position is tried against the few cues opening with its
    # letter, not against all of them (the same matches as their alternation, longest first)
    words = literal_trie(sorted({fold_words(w) for w in OTHERS_CUES}))
    joins = alternation(frozenset(w for ws in CONJUNCTIONS.values() for w in ws)) + r"|\+"
    return regex.compile(rf"^(?:\.\.\.|…|\+)?\s*(?:{joins})?\s*(?:\d[\d\s.,]*\s*)?(?:{words})\b|\b(?:{words})\b")


@lru_cache(maxsize=1)
def others_count_pattern() -> regex.Pattern[str]:
    """``and 200 more``, ``и еще 50 человек``: a count of signers not named."""
    count_words = alternation(OTHERS_COUNT_WORDS)
    # scripts without spaces: "ほか312名", "賛同者ほか312名", "等1024人" (the counter closes the count)
    unspaced, counters = alternation(UNSPACED_COUNT_WORDS), alternation(COUNTERS)
    return regex.compile(rf"^(?:\.\.\.|…)?\s*(?:(?:{count_words})\s+(?:\p{{L}}+\s+)?\d[\d\s.,]*\s*\p{{L}}"
                         rf"|(?:\p{{L}}{{1,6}}\s*)?(?:{unspaced})\s*\d[\d\s.,]*\s*(?:{counters}))")


@lru_cache(maxsize=1)
def addressee_pattern() -> regex.Pattern[str]:
    """``To:``, ``Kime:``: an addressee line."""
    return regex.compile(rf"^(?:{alternation(ADDRESSEE_PREFIXES)})\s*:")


@lru_cache(maxsize=1)
def inline_mark_pattern() -> regex.Pattern[str]:
    """A signing mark opening a line, names after it."""
    marks = "|".join(regex.escape(m) for m in sorted(INLINE_SIGN_MARKS, key=len, reverse=True))
    return regex.compile(rf"^(?:{marks})\s+(?=\S)", regex.I)


@lru_cache(maxsize=1)
def _on_behalf_phrases() -> dict[str, tuple[str, ...]]:
    """The phrases by their first word: a phrase standing between spaces in a text opens with one of its words."""
    phrases = sorted({fold_words(w) for table in (ON_BEHALF_PHRASES, SIGN_UP_PHRASES) for ws in table.values() for w in ws})
    groups: dict[str, list[str]] = {}
    for phrase in phrases:
        groups.setdefault(phrase.split(" ", 1)[0], []).append(phrase)
    return {first: tuple(group) for first, group in groups.items()}


def _whole_at(folded: str, phrase: str, start: int) -> bool:
    end = start + len(phrase)
    return folded.startswith(phrase, start) and (start == 0 or folded[start - 1] in WHITESPACE) and (
        end == len(folded) or folded[end] in WHITESPACE)


def says_on_behalf(folded: str, *, opening: bool = False) -> bool:
    """``on behalf of``, ``w imieniu``, ``add your name`` in ``folded`` as whole words (``opening``: at its start).

    A phrase counts between whitespace or the text's ends, as ``(?:^|\\s)phrase(?:\\s|$)`` would
    say (``opening``: matched at the start, so after at most one whitespace character):
    substring searches, because the alternation of some forty phrases cost a one-file parse
    more to compile (14 M instructions) than all its searches.
    """
    # a whole-word phrase opens with a word of the text: only the phrases of its words are asked (a hundred
    # phrases in some forty languages; most texts hold none of their first words)
    by_word = _on_behalf_phrases()
    words = folded.split(maxsplit=1)[:1] if opening else folded.split()
    for phrase in (phrase for word in dict.fromkeys(words) if word in by_word for phrase in by_word[word]):
        if opening:
            if _whole_at(folded, phrase, 0) or (folded[:1] in WHITESPACE and _whole_at(folded, phrase, 1)):
                return True
            continue
        start = folded.find(phrase)
        while start != -1:
            if _whole_at(folded, phrase, start):
                return True
            start = folded.find(phrase, start + 1)
    return False


# Scripts written without spaces between words: a cue is a part of a "word" there, not its start.
_UNSPACED = lazy(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]")
# A heading in a script without spaces, in characters ("以下の方々が呼びかけ人です："), and a sentence naming
# the signing ("以下の団体がこの声明に署名しました："): longer, it is prose.
MAX_UNSPACED_HEADING = 24
MAX_UNSPACED_SENTENCE = 40
# Colons of other scripts' typography: "呼びかけ人：", "署名者︰".
COLONS = (":", "\uff1a", "\ufe13")


def unspaced(text: str) -> bool:
    """``text`` holds a letter of a script written without spaces between words (Han, Kana, Thai, …)."""
    return not text.isascii() and _UNSPACED.search(text) is not None


def names_signing(folded: str) -> bool:
    """A folded text holding a word that names signing or joining (``signed``, ``firmantes``), or, in a
    script without spaces, such a stem anywhere (``以下の方々が署名しました``)."""
    cues = block_cues()
    by_first = cues.stems_by_first
    if any(word.startswith(by_first.get(word[:1], ())) for word in folded.split()):
        return True
    # a stem of those scripts found in the text is proof enough that it is written in one; a sentence
    # about signing among the prose is longer than a heading
    return not folded.isascii() and len(folded) <= MAX_UNSPACED_SENTENCE and cues.unspaced_stems.search(folded) is not None


def holds_signer_noun(folded: str, *, closing: bool = False) -> bool:
    """A folded text holding a noun for the signers as a word (``signatories``), or inside a short text of a
    script without spaces (``以下は呼びかけ人です``; ``closing``: the noun closes it, ``賛同者一覧``)."""
    cues = block_cues()
    if not cues.heading_nouns.isdisjoint(folded.split()):
        return True
    if folded.isascii() or len(folded) > MAX_UNSPACED_HEADING:
        return False
    if closing:
        return cues.unspaced_nouns_closing.search(folded.rstrip(" :.,;、。")) is not None
    return cues.unspaced_nouns.search(folded) is not None


def _literals(words: Iterable[str]) -> re.Pattern[str]:
    """The standard library's engine for an alternation of plain literals, longest first."""
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)")


def by_first(words: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """``words`` grouped by their first character, each group in the order of ``words``."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:1], []).append(word)
    return {first: tuple(group) for first, group in groups.items()}


@lru_cache(maxsize=1)
def block_cues() -> BlockCues:
    """The cues, built once per process from the data tables (a pure function of constant data)."""
    headings = folded_set(SIGNATURE_HEADINGS)
    split = [h.split(" ") for h in headings]
    kinds: dict[str, SignatoryKind] = {w: "person" for w in folded_set(PEOPLE_GROUPS)}
    kinds.update({w: "organisation" for w in folded_set(ORGANISATION_GROUPS)})
    stems = tuple(sorted({fold_words(w) for ws in SIGNING_STEMS.values() for w in ws}))
    closings = tuple(sorted(folded_set(CLOSING_FORMULAS), key=len, reverse=True))
    return BlockCues(
        headings=headings,
        heading_nouns=folded_set(SIGNATORY_NOUNS),
        heading_first_words=frozenset(w[0] for w in split),
        heading_last_words=frozenset(w[-1] for w in split),
        closings=closings,
        closings_by_first=by_first(closings),
        group_kinds=kinds,
        end_headings=folded_set(BLOCK_END_HEADINGS),
        function_words=folded_set(NAME_FUNCTION_WORDS),
        credit_starts=_first_letters(CREDIT_OPENINGS),
        # the standard library's engine for plain literals: no class or flag whose meaning could differ
        others_literal=re.compile(literal_trie(sorted({fold_words(w) for w in OTHERS_CUES}))),
        count_starts=_first_letters((*OTHERS_COUNT_WORDS, *UNSPACED_COUNT_WORDS), ".", "…"),
        others_cut=frozenset(
            " ".join(words[:n]) for words in (fold_words(w).split() for w in OTHERS_CUES) for n in range(2, len(words))),
        inline_mark_starts=frozenset(m[0].casefold() for m in INLINE_SIGN_MARKS),
        signing_stems=stems,
        stems_by_first=by_first(stems),
        unspaced_stems=_literals(w for w in stems if unspaced(w)),
        unspaced_nouns=_literals(w for w in folded_set(SIGNATORY_NOUNS) if unspaced(w)),
        unspaced_nouns_closing=re.compile(f"(?:{_literals(w for w in folded_set(SIGNATORY_NOUNS) if unspaced(w)).pattern})(?:一覧|名单|名單|名簿)?$"),
        also_words=folded_set(ALSO_WORDS),
    )
