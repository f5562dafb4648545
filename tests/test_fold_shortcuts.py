"""``fold`` takes C-level shortcuts (ASCII, str.split); it gives what the plain recipe gives on any text."""

from __future__ import annotations

import unicodedata

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from stmtkit.text import fold

SPACES = regex.compile(r"\s+")


def fold_the_long_way(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    stripped = stripped.translate({0x131: "i", 0x259: "e"})
    return str(SPACES.sub(" ", stripped)).strip()


ODD = " \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2009\u200b\u2028\u202f\u3000ıəİẞßﬁ㍿Å\u0301\u0307éÉ"
TEXTS = st.text(alphabet=st.one_of(st.sampled_from(ODD), st.characters()), max_size=40) | st.text(
    alphabet=st.characters(max_codepoint=127), max_size=40
)


@settings(max_examples=1500, deadline=None)
@given(TEXTS)
def test_fold_is_the_plain_recipe(text: str) -> None:
    assert fold.__wrapped__(text) == fold_the_long_way(text)


def test_fold_examples() -> None:
    assert fold("Signé  par\u00a0:") == "signe par :"
    assert fold(" A\x1c  b\x1f") == fold_the_long_way(" A\x1c  b\x1f")  # separators str.split() would take
    assert fold("Bütün hüquqlar qorunur, Azərbaycan, Iğdır") == "butun huquqlar qorunur, azerbaycan, igdir"
