"""The signature word tables and the generated place names."""

from __future__ import annotations

from pathlib import Path

import pytest
from generated_modules import checked_in, generated

from stmtkit.data import entry_words, role_words, signature_words
from stmtkit.fold import fold_key, fold_words

ROOT = Path(__file__).resolve().parent.parent


def test_places_module_is_a_fresh_generation() -> None:
    pytest.importorskip("babel")
    assert generated("gen_places", "generate") == checked_in("stmtkit/data/places.tsv"), (
        "run scripts/gen_places.py and commit stmtkit/data/places.tsv"
    )


def test_the_folded_cue_words_are_fresh() -> None:
    assert generated("gen_folded_words", "cues_module") == checked_in("stmtkit/data/folded_cues.py"), (
        "run scripts/gen_folded_words.py and commit stmtkit/data/folded_cues.py"
    )


def test_headings_cover_at_least_fifteen_languages() -> None:
    assert len(signature_words.SIGNATURE_HEADINGS) >= 15
    assert all(entries for entries in signature_words.SIGNATURE_HEADINGS.values())


def test_every_heading_key_has_no_more_words_than_a_heading_line() -> None:
    # heading_in turns away a head of more words (its ASCII letters counted) before folding it: each kind of
    # heading it reads has at most that many words (a heading phrase, a signing verb's head, a colonless line)
    from stmtkit.signatories import lines
    from stmtkit.signatories.cues import block_cues

    most = lines._MAX_HEADING_WORDS
    assert max(len(heading.split()) for heading in block_cues().headings) <= most
    assert max(lines._MAX_VERB_HEADING_WORDS, lines._MAX_COLONLESS_HEADING_WORDS) <= most
    # a head of seven words is turned away; a heading's bracket note, however long, is still cut off first
    assert lines.heading_in("One two three four five six seven: Anna Berg") is None
    assert lines.heading_in("Signatories (in alphabetical order, as they signed the letter):") is not None


def test_no_heading_also_ends_a_block() -> None:
    headings = {fold_key(w) for ws in signature_words.SIGNATURE_HEADINGS.values() for w in ws}
    ends = {fold_key(w) for ws in signature_words.BLOCK_END_HEADINGS.values() for w in ws}
    assert not headings & ends


def test_a_word_is_not_both_an_organisation_group_and_a_people_group() -> None:
    organisations = {fold_key(w) for ws in signature_words.ORGANISATION_GROUPS.values() for w in ws}
    people = {fold_key(w) for ws in signature_words.PEOPLE_GROUPS.values() for w in ws}
    assert not organisations & people


@pytest.mark.parametrize("table", ["CREDIT_OPENINGS", "OTHERS_COUNT_WORDS", "OTHERS_CUES", "UNSPACED_COUNT_WORDS"])
def test_anchored_word_lists_hold_no_word_that_folds_to_nothing(table: str) -> None:
    # The stage skips these patterns on a line whose first letter opens none of the words (or
    # holds none of the cues): a word folding to "" would match anywhere and break that shortcut.
    assert all(fold_words(word) for word in getattr(signature_words, table))


_ENTRY_LANGUAGES = {"en", "fr", "de", "es", "it", "pt", "ru", "uk", "pl", "cs", "ro", "tr", "nl", "sv", "fi", "el", "ar"}


@pytest.mark.parametrize("table", ["ROLE_WORDS", "ORGANISATION_WORDS"])
def test_head_nouns_cover_the_languages_of_the_issue(table: str) -> None:
    assert set(getattr(role_words if table == "ROLE_WORDS" else entry_words, table)) >= _ENTRY_LANGUAGES


def test_no_head_noun_is_both_a_function_and_a_body() -> None:
    # a comma field's head noun decides role or affiliation: one word cannot say both
    roles = {fold_words(w) for ws in role_words.ROLE_WORDS.values() for w in ws}
    bodies = {fold_words(w) for ws in entry_words.ORGANISATION_WORDS.values() for w in ws}
    assert not roles & bodies


@pytest.mark.parametrize("table", ["ROLE_WORDS", "ROLE_MODIFIERS", "ORGANISATION_WORDS"])
def test_entry_word_tables_hold_no_word_that_folds_to_nothing(table: str) -> None:
    module = entry_words if table == "ORGANISATION_WORDS" else role_words
    assert all(fold_words(w) for ws in getattr(module, table).values() for w in ws)
