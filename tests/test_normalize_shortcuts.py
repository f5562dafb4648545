"""Each normalisation step skips its pass when the text holds none of its characters; the skip changes nothing.

The character lists the steps test first must be exactly the characters their
patterns act on, and a step must give what its bare pattern gives on any text.
"""

from __future__ import annotations

import sys

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from stmtkit import normalize as n

EVERY_CHARACTER = "".join(chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i <= 0xDFFF)


@pytest.mark.parametrize(
    ("pattern", "chars"),
    [
        (n._INVISIBLE, n._INVISIBLE_CHARS),
        (n._CONTROL, n._CONTROL_CHARS),
        (n._ODD_SPACES, n._ODD_SPACE_CHARS),
    ],
    ids=["invisible", "control", "odd-spaces"],
)
def test_the_characters_tested_first_are_those_the_pattern_removes(pattern: regex.Pattern[str], chars: str) -> None:
    assert sorted(pattern.findall(EVERY_CHARACTER)) == sorted(chars)


SPECIAL = (
    n._LINE_BREAKS + n._INVISIBLE_CHARS + n._CONTROL_CHARS + n._ODD_SPACE_CHARS + n._RUN_SPACES
    + "\r\n \u200c\u200d\ud800\udfff\u0301"
)
TEXTS = st.text(
    alphabet=st.one_of(st.sampled_from(SPECIAL), st.sampled_from("aé’Яب कि"), st.characters()),
    max_size=120,
) | st.builds(lambda a, k, b: a + " " * k + b, st.text(max_size=5), st.integers(0, 90), st.text(max_size=5))


def bare_newlines(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.translate(dict.fromkeys(map(ord, n._LINE_BREAKS), "\n"))


@settings(max_examples=500, deadline=None)
@given(TEXTS)
def test_each_step_gives_what_its_bare_pass_gives(text: str) -> None:
    assert n.newlines(text) == bare_newlines(text)
    assert n.lone_surrogates(text) == n._SURROGATE.sub("\ufffd", text)
    joined = n._INVISIBLE.sub("", text)
    assert n.zero_width(text) == n._STRAY_JOINER.sub("", joined)
    assert n.control_characters(text) == n._CONTROL.sub("", text)
    assert n.odd_spaces(text) == n._ODD_SPACES.sub(" ", text)
    assert n.long_space_runs(text) == n._LONG_SPACE_RUN.sub(r"\1", text)


@pytest.mark.parametrize("space", [" ", "\t", "\u00a0", "\u202f", "\u2009"])
def test_a_long_run_of_mixed_spaces_is_cut(space: str) -> None:
    run = (space + " ") * 30
    assert n.long_space_runs("a" + run + "b") == "a" + run[:40] + "b"
    assert n.long_space_runs("a" + run[:40] + "b") == "a" + run[:40] + "b"
