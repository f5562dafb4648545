"""The cheap tests in front of the boilerplate patterns never turn away a line the pattern would take.

``classify_why`` tries a pattern only when the line opens with a character the
pattern can open with, and ``run`` looks for the rights-reserved phrases only
when the page holds one.  These properties tie each shortcut to its pattern, so
that widening a pattern without its shortcut fails here instead of silently
missing lines.
"""

from __future__ import annotations

import sys

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from stmtkit.lines import split_lines
from stmtkit.stages import boilerplate
from stmtkit.stages.boilerplate import classify_why
from stmtkit.text import fold

PIECES = [
    "views", "Views", "VIEWS", "просмотров", "Просмотров", "baxış", "Okunma", "copyright", "Copyright", "©",
    "(c)", "(C)", "2024", "1 234", "12", ":", " ", "  ", "|", " | ", "/", "•", "›", "#", "**", "__", "> ",
    "English", "Français", "En", "en", "Deutsch", "All rights reserved", "Tous droits réservés", "Tags:",
    "Follow us on", "Read more", "Share", "cookie", "-", "-0-", "°C", "+27", "USD", "1.70", "€", "le", "La",
    "Ş", "ı", "\u00a0", "\t", "é", "e\u0301", ".", ",", "a", "Z", "Brent", "Gold", "Oil", "WTI", "EUR/USD", "$",
    "▲", "+0.4%", "ß", "ǅ",
]
LINES = st.lists(st.sampled_from(PIECES), min_size=1, max_size=8).map("".join)


@settings(max_examples=400, deadline=None)
@given(LINES)
def test_a_counter_opens_with_a_digit_or_one_of_its_words_letters(text: str) -> None:
    if boilerplate._COUNTER.match(text):
        assert not text[0].isalpha() or text[0] in boilerplate._COUNTER_FIRST_LETTERS


@settings(max_examples=400, deadline=None)
@given(LINES)
def test_a_copyright_line_opens_with_the_sign_a_bracket_or_c(text: str) -> None:
    folded = fold(text)
    if boilerplate._COPYRIGHT.match(folded):
        assert folded[:1] in boilerplate._COPYRIGHT_FIRST


@settings(max_examples=600, deadline=None)
@given(LINES)
def test_the_shape_shortcuts_hold(text: str) -> None:
    if boilerplate._DESK_CODE.match(text):
        assert text.startswith("-") and len(text) <= 7
    if boilerplate._MARKER.match(text):
        assert not text[0].isalnum() and not text[-1].isalnum()
    if boilerplate._WEATHER.match(text):
        assert "°" in text
    if boilerplate._TICKER.match(text):
        first = text[0]
        assert first in boilerplate._CURRENCY_SIGNS or first.isupper() or not first.isprintable()
        assert not text[1:2].islower() or text[1:2] in "roi"
    if boilerplate._COUNTER.match(text):
        first = text[0]
        assert first.isdecimal() or first in boilerplate._COUNTER_FIRST_LETTERS or not first.isprintable()


EVERY_CHARACTER = "".join(chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i <= 0xDFFF)


def test_every_capital_and_digit_the_regex_module_knows_passes_the_first_character_tests() -> None:
    # The regex module's Unicode tables may be newer than this Python's: a capital or digit this
    # Python does not know is unassigned to it, so not printable, and let through.
    capitals = regex.findall(r"\p{Lu}", EVERY_CHARACTER, flags=regex.V1)
    assert all(c.isupper() or not c.isprintable() for c in capitals)
    digits = regex.findall(r"\d", EVERY_CHARACTER, flags=regex.V1)
    assert all(c.isdecimal() or not c.isprintable() for c in digits)


@settings(max_examples=300, deadline=None)
@given(st.lists(LINES, min_size=1, max_size=6))
def test_narrowing_the_rights_phrases_to_the_page_changes_no_answer(texts: list[str]) -> None:
    lines = [line for line in split_lines("\n".join(texts)) if line.text]
    rights = boilerplate._rights_in(lines)
    for line in lines:
        assert classify_why(line.text, rights) == classify_why(line.text)


def test_every_prefix_has_a_first_letter_to_be_found_by() -> None:
    # An empty prefix would be filed under "" and never tried.
    assert all(prefix for prefix, _ in boilerplate._prefixes())
    assert sum(len(group) for group in boilerplate._prefixes_by_letter().values()) == len(boilerplate._prefixes())


def test_a_switcher_needs_every_entry_to_be_a_language() -> None:
    assert classify_why("English | Français | Deutsch") == ("navigation", "lexicon: language names")
    assert classify_why("En / Fr / De / Es / Ru / Tr / Az / Pt") == ("navigation", "lexicon: language names")
    # nine entries, or prose that opens with one ("En outre, …"), is not a switcher
    assert classify_why("En / Fr / De / Es / Ru / Tr / Az / Pt / It") is None
    assert classify_why("En outre, la France accorde l'asile") is None
