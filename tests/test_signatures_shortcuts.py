"""The signature stage's shortcuts give the answers of the plain definitions they replace.

Each shortcut (a factored pattern, a bounded split, a pre-check before a pattern, a question
asked only when it can change the answer) is checked against the definition it stands for,
over generated texts built from the pieces that matter (cues, bullets, heading words, spaces).
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from stmtkit.data.signature_words import OTHERS_CUES
from stmtkit.signatories import forget_entries, is_organisation, is_role, looks_like_person
from stmtkit.signatories.entry import ENTRY_PREFIX, _strip_contacts_from, strip_contacts, without_entry_prefix
from stmtkit.signatories.kind import (
    _NOT_IN_NAMES,
    _PARTICLES,
    _THREE_DIGITS,
    _ends_with_function,
    _role_words,
    _title_forms,
    is_initials_name,
    title_starts,
    titles,
    words_of,
)
from stmtkit.signatories.layouts import _names_in, inline_names
from stmtkit.stages import signatures
from stmtkit.text import fold

CUES = sorted({fold(c) for c in OTHERS_CUES})
# Pieces of signature lines: cue fragments, bullets, brackets, contact marks, dashes, odd spaces.
PIECES = [
    *CUES, *(c[: len(c) // 2] for c in CUES), "anna", "berg", "Anna", "BERG", " ", "  ", "\t", "\u00a0", "\u2003",
    "-", "–", "—", ",", ";", ":", ".", "(", ")", "[", "]", "<", ">", "@", "www.", "://", "|", "1.", "12)", "•", "*",
    "ə", "ı", "ß", "'", "«", "»", "(", "van", "de", "2024", "J.", "?", "e.V.", "Dr.", "Prof.", "signed by", "signataires", "ci-dessous", "Mayor", "Union", "\x1c",
]
texts = st.lists(st.sampled_from(PIECES), max_size=12).map("".join)


@given(texts)
@settings(max_examples=400, deadline=None)
def test_the_factored_cue_pattern_finds_a_cue_exactly_when_one_is_in_the_text(text: str) -> None:
    key = fold(text)
    assert (signatures._others_cues().search(key) is not None) == any(c in key for c in CUES)


def test_the_literal_trie_of_a_few_words() -> None:
    pattern = re.compile(signatures._literal_trie(["and more", "and others", "diger", "digerleri"]))
    assert [bool(pattern.fullmatch(w)) for w in ("and more", "and others", "diger", "digerleri", "and", "dige")] == [
        True, True, True, True, False, False,
    ]


@given(texts, st.integers(min_value=1, max_value=30))
@settings(max_examples=300, deadline=None)
def test_at_least_words_counts_like_a_full_split(text: str, n: int) -> None:
    assert signatures._at_least_words(text, n) == (len(text.split()) >= n)


@given(texts)
@settings(max_examples=300, deadline=None)
def test_the_bullet_is_cut_as_the_substitution_cut_it(text: str) -> None:
    forget_entries()
    stripped = text.strip()
    expected = stripped if stripped[:1].isalpha() else str(ENTRY_PREFIX.sub("", stripped)).strip()
    assert without_entry_prefix(text) == expected


def _names_a_heading_in_full(words: list[str]) -> bool:
    headings = signatures._headings()
    if any(" ".join(words[i:]) in headings or " ".join(words[:i]) in headings for i in range(1, len(words))):
        return True
    return any(w in signatures._heading_nouns() for w in words)


@given(st.lists(st.sampled_from([*(w for h in sorted(signatures._headings()) for w in h.split(" ")), "anna", "the"]), min_size=2, max_size=6))
@settings(max_examples=400, deadline=None)
def test_heading_phrases_are_found_from_the_edge_words_as_from_every_cut(words: list[str]) -> None:
    assert signatures._names_a_heading(words) == _names_a_heading_in_full(words)


def _is_role_as_before(text: str, lowercase_is_role: bool) -> bool:
    """``is_role`` as it read when it asked whether the text names a body before the function test."""
    folded = fold(text).strip(" ,;")
    if not folded:
        return False
    single, phrases = _role_words()
    first = words_of(text)[:1]
    if (first and first[0] in single) or folded.startswith(phrases) or folded in _title_forms():
        return True
    last = text.split()[-1]
    if text[:1].isupper() and last[:1].isupper() and is_organisation(text):
        return False
    if _ends_with_function(words_of(text), suffixed_only=not last[:1].islower()):
        return True
    return lowercase_is_role and text[:1].islower() and not text.startswith(("@", "e.", "van ", "von ", "de "))


def _looks_like_person_as_before(text: str, lowercase_ok: bool) -> bool:
    """``looks_like_person`` as it read when every word was asked whatever ``lowercase_ok`` said."""
    text = text.strip()
    words = text.split()
    if not 1 <= len(words) <= 5 or is_organisation(text):
        return False
    if ("?" in text or ":" in text or ";" in text or "!" in text) and _NOT_IN_NAMES.search(text) and not text.startswith("@"):
        return False
    if len(words) > 1 and _THREE_DIGITS.search(text):
        return False
    if is_initials_name(text):
        return True
    for w in words:
        core = w.strip("\"'“”«»()")
        if not core or core.casefold() in _PARTICLES:
            continue
        if not (core[:1].isupper() or core.startswith("@") or lowercase_ok):
            return False
    return True


@given(texts, st.booleans())
@settings(max_examples=400, deadline=None)
def test_looks_like_person_answers_as_when_it_asked_every_word(text: str, lowercase_ok: bool) -> None:
    forget_entries()
    assert looks_like_person(text, lowercase_ok=lowercase_ok) == _looks_like_person_as_before(text, lowercase_ok)


ROLE_PIECES = ["Mayor", "mayor", "Union", "union", "Anna", "anna", "Berg", "sədri", "Birliyinin", "üyesi", "de", "@x",
               "Committee", "to", "Protect", "Journalists", "journalists", "e.V.", "GmbH", "van", "Prof."]


@given(st.lists(st.sampled_from(ROLE_PIECES), min_size=1, max_size=5).map(" ".join), st.booleans())
@settings(max_examples=400, deadline=None)
def test_is_role_asks_about_a_body_last_with_the_same_answer(text: str, lowercase_is_role: bool) -> None:
    forget_entries()
    assert is_role(text, lowercase_is_role=lowercase_is_role) == _is_role_as_before(text, lowercase_is_role)


@given(texts)
@settings(max_examples=300, deadline=None)
def test_a_line_without_separators_is_one_entry_as_the_full_reading_says(text: str) -> None:
    forget_entries()
    if not any(sep in text for sep in ";,–—"):
        assert inline_names(text) == [text] == _names_in(text) == _names_in(text, two_names=True)
    # the contacts shortcut: a text with no contact mark and no closer is only trimmed
    stripped = text.strip()
    if not any(m in stripped for m in ("(", "[", "<", "@", "www.", "://")) and not stripped.endswith((")", ">")):
        assert strip_contacts(text) == _strip_contacts_from(stripped)


def test_every_title_opens_with_two_letters_of_the_starts_set() -> None:
    # split_title asks the set before the hundred titles: exact only while each title has two letters
    assert all(len(t) >= 2 and t[:2] in title_starts() for t in titles())
