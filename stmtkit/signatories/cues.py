"""The cue words of signature blocks as the block finder asks them: sets, and patterns compiled once.

Every word list lives in ``stmtkit.data.signature_words`` and ``stmtkit.data.sign_off_words``;
``scripts/gen_folded_words.py`` folds them into ``stmtkit.data.folded_cues`` (sets, groups by a
first character or word, the alternations of the patterns), and this module builds the patterns
the block finder asks (headings, closing formulas, group headings, end headings, credits,
addressees, "and others" lines, inline signing marks).  Built on first use, not at import: a
command that reads only datelines never pays for them.
"""

# No `from __future__ import annotations`: typing.NamedTuple compiles string annotations (0.23 M a field).

import re
from functools import lru_cache
from typing import NamedTuple

import regex

from ..data import folded_cues as cue
from ..fold import fold_key
from ..model import SignatoryKind
from ..patterns import WHITESPACE, holds_digit, lazy


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
    reply_headings: frozenset[str]  # an editor's answer under a reader's letter: end headings too
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
    conjunctions: frozenset[str]  # "and", "und", "и": words joining two names


# The patterns below are alternations of a few hundred cue words: compiling them all took a
# good part of a one-file parse's start-up, and most documents need only one or two (a line
# is asked them after a cheap test of its first letter or a literal).  Each is compiled on first use.


@lru_cache(maxsize=1)
def credit_pattern() -> regex.Pattern[str]:
    """``Reporting by X``, ``Foto: X``: a credit line."""
    # "Reporting by X" needs no colon; "Foto: X" does ("Editor John Smith" may be a signer's role).
    return regex.compile(rf"^(?:(?:{cue.CREDIT_OPENINGS})\s*:|(?:{cue.CREDIT_BY_OPENINGS})\s+\p{{L}})")


@lru_cache(maxsize=1)
def others_pattern() -> regex.Pattern[str]:
    """``… and many others``, ``и другие``, ``+ 1,250 more``."""
    # the cues factored by their shared starts: a position is tried against the few cues opening with its
    # letter, not against all of them (the same matches as their alternation, longest first)
    words, joins = cue.OTHERS_TRIE, cue.CONJUNCTIONS + r"|\+"
    return regex.compile(rf"^(?:\.\.\.|…|\+)?\s*(?:{joins})?\s*(?:\d[\d\s.,]*\s*)?(?:{words})\b|\b(?:{words})\b")


@lru_cache(maxsize=1)
def others_count_pattern() -> regex.Pattern[str]:
    """``and 200 more``, ``и еще 50 человек``: a count of signers not named."""
    count_words = cue.OTHERS_COUNT_WORDS
    # scripts without spaces: "ほか312名", "賛同者ほか312名", "等1024人" (the counter closes the count)
    unspaced, counters = cue.UNSPACED_COUNT_WORDS, cue.COUNTERS
    return regex.compile(rf"^(?:\.\.\.|…)?\s*(?:(?:{count_words})\s+(?:\p{{L}}+\s+)?\d[\d\s.,]*\s*\p{{L}}"
                         rf"|(?:\p{{L}}{{1,6}}\s*)?(?:{unspaced})\s*\d[\d\s.,]*\s*(?:{counters}))")


@lru_cache(maxsize=1)
def addressee_pattern() -> regex.Pattern[str]:
    """``To:``, ``Kime:``: an addressee line."""
    return regex.compile(rf"^(?:{cue.ADDRESSEE_PREFIXES})\s*:")


@lru_cache(maxsize=1)
def inline_mark_pattern() -> regex.Pattern[str]:
    """A signing mark opening a line, names after it."""
    return regex.compile(rf"^(?:{cue.INLINE_SIGN_MARKS})\s+(?=\S)", regex.I)


def _whole_at(folded: str, phrase: str, start: int) -> bool:
    end = start + len(phrase)
    return folded.startswith(phrase, start) and (start == 0 or folded[start - 1] in WHITESPACE) and (
        end == len(folded) or folded[end] in WHITESPACE)


def opens_on_behalf(folded: str) -> bool:
    """``says_on_behalf(folded, opening=True)`` with the first word looked up first: most lines open with no
    phrase's word, and the phrase question costs some 7,000 instructions a call."""
    return folded.lstrip().partition(" ")[0] in cue.ON_BEHALF_BY_FIRST_WORD and says_on_behalf(folded, opening=True)


def closes_on_behalf(folded: str) -> bool:
    """An on-behalf phrase closing ``folded`` as whole words: where the phrase follows whom it names
    (``lastevanemate kogu nimel``, ``hallituksen puolesta``, ``yönetim kurulu adına``), or a line broken before the
    name (``Signed on behalf of``)."""
    by_word = cue.ON_BEHALF_BY_FIRST_WORD
    words = folded.split()
    return any(words[at] in by_word and " ".join(words[at:]) in by_word[words[at]]
               for at in range(max(0, len(words) - _LONGEST_PHRASE_WORDS), len(words)))


# "Saygılarımızla, Ege Kıyı Gönüllüleri Derneği", "On behalf of the harbour union": a sign-off on one line is short.
MAX_SIGN_OFF_WORDS = 12
# The most words an on-behalf or sign-up phrase holds ("a nome della", "adicione o seu nome").
_LONGEST_PHRASE_WORDS = 4


def says_on_behalf(folded: str, *, opening: bool = False) -> bool:
    """``on behalf of``, ``w imieniu``, ``add your name`` in ``folded`` as whole words (``opening``: at its start).

    A phrase counts between whitespace or the text's ends, as ``(?:^|\\s)phrase(?:\\s|$)`` would
    say (``opening``: matched at the start, so after at most one whitespace character):
    substring searches, because the alternation of some forty phrases cost a one-file parse
    more to compile (14 M instructions) than all its searches.
    """
    # a whole-word phrase opens with a word of the text: only the phrases of its words are asked (a hundred
    # phrases in some forty languages; most texts hold none of their first words)
    by_word = cue.ON_BEHALF_BY_FIRST_WORD
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


@lru_cache(maxsize=1)
def block_cues() -> BlockCues:
    """The cues, from the tables ``scripts/gen_folded_words.py`` folds (their patterns compiled once per process)."""
    return BlockCues(
        headings=cue.HEADINGS,
        heading_nouns=cue.HEADING_NOUNS,
        heading_first_words=cue.HEADING_FIRST_WORDS,
        heading_last_words=cue.HEADING_LAST_WORDS,
        closings=cue.CLOSINGS,
        closings_by_first=cue.CLOSINGS_BY_FIRST,
        group_kinds=cue.GROUP_KINDS,
        end_headings=cue.END_HEADINGS,
        reply_headings=cue.REPLY_HEADINGS,
        function_words=cue.FUNCTION_WORDS,
        credit_starts=cue.CREDIT_STARTS,
        # the standard library's engine for plain literals: no class or flag whose meaning could differ
        others_literal=re.compile(cue.OTHERS_TRIE),
        count_starts=cue.COUNT_STARTS,
        others_cut=cue.OTHERS_CUT,
        inline_mark_starts=cue.INLINE_MARK_STARTS,
        signing_stems=cue.SIGNING_STEMS,
        stems_by_first=cue.STEMS_BY_FIRST,
        # compiled on first use: only a short line in a script without spaces asks them, and their
        # first characters (Han, Thai) took the standard library's compiler 2 M instructions each
        unspaced_stems=lazy(cue.UNSPACED_STEMS, engine="re"),
        unspaced_nouns=lazy(cue.UNSPACED_NOUNS, engine="re"),
        unspaced_nouns_closing=lazy(f"(?:{cue.UNSPACED_NOUNS})(?:一覧|名单|名單|名簿)?$", engine="re"),
        also_words=cue.ALSO_WORDS,
        conjunctions=frozenset(cue.CONJUNCTIONS.split("|")),
    )


_PAGE_COUNT = lazy(r"^\w+\s+\d{1,4}(?:\s*/\s*|\s+[^\W\d]{1,3}\s+)\d{1,4}$")


def page_counter(text: str) -> bool:
    """A page counter under a text, in any language: ``Page 1 of 2``, ``Strona 2 z 5``, ``Sayfa 1 / 4`` (one
    word, a number, a short word or a slash, a number: no name's or field's shape)."""
    return holds_digit(text) and _PAGE_COUNT.match(text) is not None


@lru_cache(maxsize=1)
def _withheld() -> frozenset[str]:
    from ..data.signature_words import WITHHELD_SIGNERS

    return frozenset(fold_key(phrase) for phrases in WITHHELD_SIGNERS.values() for phrase in phrases)


def withholds_name(text: str) -> bool:
    """A sign-off that withholds the writer's name (``Lettera firmata``, ``Name withheld``): no signer."""
    return len(text) <= _MAX_WITHHELD_CHARS and fold_key(text.strip(" .,()[]")) in _withheld()


_MAX_WITHHELD_CHARS = 40
