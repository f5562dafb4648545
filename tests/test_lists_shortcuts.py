"""The shortcuts in front of the list-label pattern never turn away a label the pattern would read."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from stmtkit.stages import lists

PIECES = ["1", "12", "1.2", "a", "B", "iv", "XII", "ж", "Ж", "(", ")", ".", "-", " - ", "º", "•", "*", " ", "\t",
          "One", "é", "«", "x", "Les", "i", "vi", "ii.", "c)", "2024"]
STARTS = st.lists(st.sampled_from(PIECES), min_size=1, max_size=6).map("".join) | st.text(max_size=12)


@settings(max_examples=600, deadline=None)
@given(STARTS)
def test_a_label_opening_with_a_letter_has_its_dot_or_bracket_within_seven_characters(text: str) -> None:
    if lists._LABEL.match(text) and text[:1].isalpha():
        assert "." in text[1:7] or ")" in text[1:7]


def test_every_group_of_the_label_pattern_is_named() -> None:
    # read_labels rebuilds the groupdict from the groups' names in order.
    assert len(lists._LABEL_GROUPS) == lists._LABEL.groups
    m = lists._LABEL.match("1.2) One")
    assert m is not None
    assert dict(zip(lists._LABEL_GROUPS, m.groups(), strict=True)) == m.groupdict()


ITEM_PIECES = ["the courts", ";", ",", " ; ", " ", "  ", "\n", "\t", "and", "AND", "et", "или", "И", "ve ya", "və ya",
               "and/or", "or", "ß", "x", ".", "\x1c", "\u00a0", "s"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(ITEM_PIECES), max_size=8).map("".join) | st.text(max_size=15))
def test_item_text_tries_the_pattern_from_the_last_separator_only(text: str) -> None:
    assert lists.item_text(text) == str(lists._trailing_separator().sub("", text)).strip()
