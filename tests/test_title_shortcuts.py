"""Shortcuts on the title's path give what the long way gives: ``strip_markup``, ``clean_title``, ``looks_like_title``."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from stmtkit import text as text_module
from stmtkit.stages import title

PIECES = ["#", "## ", "**", "__", "> ", "*", "_", " ", "\n", "\t", "|", " | ", "｜", "Site", "Open letter", "«", "»",
          "\"", "'", "“", "”", ".", "...", "é", "ABC", "x", "1", ":", "中文"]
LINES = st.lists(st.sampled_from(PIECES), max_size=8).map("".join) | st.text(max_size=20)


def strip_markup_by_pattern(text: str) -> str:
    previous = None
    while previous != text:
        previous = text
        text = text_module._MARKUP.sub("", text).strip()
    return text


def clean_title_the_long_way(text: str) -> str:
    text = strip_markup_by_pattern(text)
    text = strip_markup_by_pattern(title._SITE_SUFFIX.sub("", text).strip())
    if len(text) >= 2 and text[0] in "\"“«'" and text[-1] in "\"”»'":
        text = text[1:-1].strip()
    return text


def looks_like_title_the_long_way(text: str) -> bool:
    if not 2 <= len(text) <= title._MAX_TITLE or text.endswith((":", ";", ",")):
        return False
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 2:
        return False
    all_caps = all(c.isupper() for c in letters)
    return not (text.endswith(".") and not text.endswith("...") and not all_caps)


@settings(max_examples=800, deadline=None)
@given(LINES)
def test_strip_markup_skips_the_pattern_only_when_it_would_change_nothing(text: str) -> None:
    assert text_module.strip_markup(text) == strip_markup_by_pattern(text)


@settings(max_examples=800, deadline=None)
@given(LINES)
def test_clean_title_and_looks_like_title(text: str) -> None:
    assert title.clean_title(text) == clean_title_the_long_way(text)
    assert title.looks_like_title(text) == looks_like_title_the_long_way(text)
