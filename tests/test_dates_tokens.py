"""The tokenizer's two patterns: the plain one must cut exactly as the Han-aware one wherever it is used."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from stmtkit.dates import tokens

# Characters around every border the patterns draw: spaces, digits, punctuation (ASCII, general,
# CJK and full-width), marks, letters of several scripts, and the code points around U+3400.
ALPHABET = list("ab .'’-,:/12 \t\u00a0é\u0301\u0e01\u0e31\u0915\u093fмай\u2013\u3001\u3000\u303f\u33ff\uff0c\uff5b")


def cuts(pattern: object, text: str) -> list[tuple[tuple[int, int], int | None]]:
    return [(m.span(), m.lastindex) for m in pattern.finditer(text)]  # type: ignore[attr-defined]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=30))
def test_plain_pattern_cuts_like_the_han_pattern_below_u3400(text: str) -> None:
    assert cuts(tokens._PLAIN_TOKEN, text) == cuts(tokens._han_token_pattern(), text)


def test_han_words_are_one_token() -> None:
    # "下午" (afternoon) is one word; a Han character never glues to a Latin word ("Baku令和").
    assert [t.shape for t in tokens.tokenize("2024年5月27日下午5時")] == list("yYdOdDPdH")
    assert [t.text for t in tokens.tokenize("baku令和6年")] == ["baku", "令和", "6", "年"]
