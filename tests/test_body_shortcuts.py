"""The body stage's shortcuts give what the plain tests give: ``is_cue`` and ``is_cue_heading``."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from stmtkit.data.structure_words import CUE_POINTERS, PREAMBLE_CUES
from stmtkit.stages import body
from stmtkit.text import fold, fold_key

WORDS = [c for cues in PREAMBLE_CUES.values() for c in cues] + [p for ps in CUE_POINTERS.values() for p in ps] + [
    "The", "statement", "we", "demand", "Nous", "Текст", "письма", " ", "  ", ":", "：", ".", "...", ",", "\t", "é",
    "**", "## ", "!", "?",
]
TEXTS = st.lists(st.sampled_from(WORDS), max_size=9).map(" ".join) | st.text(max_size=30)


def is_cue_the_plain_way(text: str) -> bool:
    if len(text) > body._MAX_CUE_LENGTH:
        return False
    if len(text.split()) <= body._MAX_CUE_HEADING_WORDS and fold_key(text) in body._cue_headings():
        return True
    folded = fold(text)
    if not any(cue in folded for cue in body._cues()):
        return False
    end = text.rstrip()
    return end.endswith((":", "：")) or (end.endswith(".") and any(p in folded for p in body._pointers()))


@settings(max_examples=1000, deadline=None)
@given(TEXTS)
def test_is_cue_tests_the_ending_and_pointers_before_the_cues_with_the_same_answers(text: str) -> None:
    assert body.is_cue(text) == is_cue_the_plain_way(text)
