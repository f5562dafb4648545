"""Folding for matching: what ``fold_words`` makes of text in many scripts, one character at a time."""

from __future__ import annotations

from pathlib import Path

import pytest

from stmtkit import fold
from stmtkit.fold import fold_aligned, fold_words, fold_words_each

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Ça  va, ŞİŞLİ", "ca va, sisli"),
        ("Łódź – Zażółć gęślą jaźń", "łodz – zazołc gesla jazn"),  # ł has no mark to drop
        ("Straße ﬁnale ǅ", "strasse finale dz"),  # casefold and compatibility forms
        ("Ağrı Əliyev", "agri eliyev"),  # dotless i and schwa to their Latin look-alikes
        ("Сергей Ёлкин Й", "сергеи елкин и"),
        ("हिन्दी", "हिनदी"),  # the virama is a combining mark
        ("e\u0301t\u0301e\u0301", "ete"),  # marks written apart, one after another
        ("𝐀𝐁 Été", "AB ete"),  # beyond the Basic Multilingual Plane: compatibility forms as they decompose
        ("ℌello\u00a0 World", "Hello world"),
        ("ϒ Υ ϔ ϲ ς", "Υ υ Υ ς σ"),  # a compatibility form folds to a capital, which is not folded again
    ],
)
def test_fold_words_in_many_scripts(text: str, folded: str) -> None:
    assert fold_words(text) == folded


def test_fold_words_each_folds_a_page_of_lines_as_each_alone() -> None:
    lines = ["Signé  PAR :", "", "ΟΔΟΣ Été", "ϒ Υ", "Plain ASCII line"]
    assert fold_words_each(lines) == ["signe par :", "", "οδοσ ete", "Υ υ", "plain ascii line"]
    # a text holding a line end is no line of a page: folded alone, its line end a space
    assert fold_words_each(["Été\nÇa", "b"]) == ["ete ca", "b"]
    # white space other than a space squeezed line by line, unprintable characters that are none kept
    assert fold_words_each(["a\u2028b", "c\x1cd", "e\u00adf", "g\u3000 h"]) == ["a b", "c\x1cd", "e\u00adf", "g h"]
    assert fold_words_each(["e\u00adf", "x y"]) == ["e\u00adf", "x y"]


def test_the_white_space_a_page_of_folded_lines_is_searched_for_is_all_a_fold_leaves_but_two() -> None:
    left = {w for c in map(chr, range(0x110000)) for w in fold.fold_piece(c) if w.isspace()}
    assert set(fold._WHITE_NOT_SPACE) == left - {" ", "\n"}


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Mo, 27. MÄRZ 2024", "mo, 27. marz 2024"),
        ("ŞİŞLİ Ağrı", "sisli agri"),  # İ lower-cases to two characters alone; one here
        ("ΟΔΟΣ ΑΘΗΝΑΣ", "οδοσ αθηνασ"),  # a final capital sigma folds as a capital sigma alone
        ("Сергей Ёлкин Й", "сергеи елкин и"),
        ("e\u0301te\u0301 Été", "e\u0301te\u0301 ete"),  # a mark written apart stays: one character for one
        ("Straße ǅ 한국 𝐀", "straße ǆ 한국 𝐀"),
    ],
)
def test_fold_aligned_folds_each_character_as_it_folds_alone(text: str, folded: str) -> None:
    assert fold_aligned(text) == folded
    assert "".join(map(fold_aligned, text)) == folded
