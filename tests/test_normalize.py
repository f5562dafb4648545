"""Normalisation steps: each one alone, their order, and what they keep."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stmtkit.normalize import STEPS, ascii_punctuation, fold_spaces, normalize


@pytest.mark.parametrize(
    ("raw", "text", "steps"),
    [
        ("a\r\nb\rc\n", "a\nb\nc\n", ["newlines"]),
        ("page one\x0cpage two\u2028three\u2029four\x85five", "page one\npage two\nthree\nfour\nfive", ["newlines"]),
        ("Signe\u0301 par", "Signé par", ["nfc"]),
        ("Sig\u200bned\u2060 by\ufeff:", "Signed by:", ["zero-width"]),
        ("soft\u00adhyphen, \u200eLRM and \u202bembedding\u202c", "softhyphen, LRM and embedding", ["zero-width"]),
        ("Sig\u200cned by:", "Signed by:", ["zero-width"]),
        ("\x00Titre\x07\x1b\x7f\x9c", "Titre", ["control-characters"]),
        ("Signé\u2003par\u2002:", "Signé par :", ["odd-spaces"]),
        ("a\ud800b", "a\ufffdb", ["lone-surrogates"]),
        # A zero-width space between a letter and its accent: NFC must run after it is gone.
        ("Signe\u200b\u0301 par", "Signé par", ["zero-width", "nfc"]),
        ("tab\tstays", "tab\tstays", []),
        ("a" + " " * 500 + "b", "a" + " " * 40 + "b", ["long-space-runs"]),
        ("Signé par" + "\u00a0" * 100 + ":", "Signé par" + "\u00a0" * 40 + ":", ["long-space-runs"]),
    ],
)
def test_each_step(raw: str, text: str, steps: list[str]) -> None:
    assert normalize(raw) == (text, steps)


@pytest.mark.parametrize(
    "kept",
    [
        "Signé par\u00a0: « Nous »",  # French NBSP and guillemets
        "Signé par\u202f:",  # narrow NBSP
        "l’été — «\u2009citation\u2009»",  # curly apostrophe, em dash, thin spaces
        "Home  News  Sport",  # runs of spaces: menus are told apart by them
        "می\u200cخواهم",  # Persian zero-width non-joiner inside a word
        "नमस्\u200dते",  # Devanagari joiner
        "👨\u200d👩\u200d👧",  # emoji sequence
    ],
)
def test_typography_and_meaningful_joiners_are_kept(kept: str) -> None:
    assert normalize(kept) == (kept, [])


def test_ascii_punctuation_on_request() -> None:
    text, steps = normalize("« l’été » — “1”…\u00a0:", ascii_only_punctuation=True)
    assert text == "\" l'été \" - \"1\"... :"
    assert steps == ["ascii-punctuation"]
    assert ascii_punctuation("plain") == "plain"


def test_fold_spaces_is_for_matching() -> None:
    assert fold_spaces("Signé\u00a0par\u202f:  x") == "Signé par : x"


def test_steps_are_named_and_ordered() -> None:
    names = [name for name, _ in STEPS]
    assert names[0] == "newlines" and names[-1] == "nfc"
    assert len(set(names)) == len(names)


@given(st.text())
def test_normalize_is_idempotent(text: str) -> None:
    once, _ = normalize(text)
    assert normalize(once) == (once, [])


@given(st.text())
def test_normalized_text_has_no_cr_control_or_surrogate(text: str) -> None:
    once, _ = normalize(text)
    assert "\r" not in once
    assert not any(0xD800 <= ord(c) <= 0xDFFF for c in once)
    assert not any(ord(c) < 32 and c not in "\t\n" for c in once)
