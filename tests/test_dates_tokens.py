"""The tokenizer's two patterns: the plain one must cut exactly as the Han-aware one wherever it is used."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import examples
from stmtkit.dates import tokens

# Characters around every border the patterns draw: spaces, digits, punctuation (ASCII, general,
# CJK and full-width), marks, letters of several scripts, and the code points around U+3400.
ALPHABET = list("ab .'’-,:/12 \t\u00a0é\u0301\u0e01\u0e31\u0915\u093fмай\u2013\u3001\u3000\u303f\u33ff\uff0c\uff5b")


def cuts(pattern: object, text: str) -> list[tuple[tuple[int, int], int | None]]:
    return [(m.span(), m.lastindex) for m in pattern.finditer(text)]  # type: ignore[attr-defined]


@settings(max_examples=examples(400), deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=30))
def test_plain_pattern_cuts_like_the_han_pattern_below_u3400(text: str) -> None:
    assert cuts(tokens._PLAIN_TOKEN, text) == cuts(tokens._han_token_pattern(), text)


def test_han_words_are_one_token() -> None:
    # "下午" (afternoon) is one word; a Han character never glues to a Latin word ("Baku令和").
    assert [t.shape for t in tokens.tokenize("2024年5月27日下午5時")] == list("yYdOdDPdH")
    assert [t.text for t in tokens.tokenize("baku令和6年")] == ["baku", "令和", "6", "年"]


# The shortcuts of the date reader (stmtkit.dates.read._readings) rest on facts about Unicode,
# the tokenizer and the forms; each is checked here, and the reader with its shortcuts is held
# to the reader without them.


def test_folding_keeps_spaces_and_the_bmp() -> None:
    # Chunks are cut from the text as written and folded one by one: same chunks as the folded text's.
    from stmtkit.fold import fold_char

    for code in range(0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        c = chr(code)
        folded = fold_char(c)
        assert len(folded) == 1 and c.isspace() == folded.isspace(), hex(code)
        assert code >= 0x10000 or folded < "\U00010000", hex(code)


def test_regex_and_re_digits_differ_only_beyond_the_bmp() -> None:
    import re

    import regex

    for code in range(0x10000):
        if not 0xD800 <= code <= 0xDFFF:
            c = chr(code)
            assert bool(regex.match(r"\d", c)) == bool(re.match(r"\d", c)), hex(code)


WORDS = ["27", "5", "2024", "17:59", "mai", "May", "Mai", "Dec.", "le", "de", "il", "y", "a", "3", "heures", "hours",
         "ago", "назад", "hier", "Today", "bu", "gün", "tháng", "Mười", "Hai", "1er", "9th", "(UTC", "+04:00)", "UTC",
         "BAKU,", "(Reuters)", "-", "Paris", "(AFP)", "—", "12.05.2024", "06/05/2024", "2024年5月27日", "下午", "5時",
         "La", "politique", "1.", "123", "99999", "x", "é", "\u00a0", "\U00011f51", "ª", "µ", "Published:", "Updated"]


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=8), st.sampled_from([" ", "", ", ", "\t"]))
def test_shape_and_tokens_from_chunks_are_the_tokenizers(words: list[str], sep: str) -> None:
    from stmtkit.fold import fold_aligned

    text = sep.join(words)
    for languages in ((), ("fr",), ("vi",)):
        shape = tokens.shape_of_text(text, languages)
        if shape is not None:
            full = tokens.tokenize(fold_aligned(text), languages)
            assert shape == tokens.shape_of(full)
            assert tokens.tokens_of_text(text, languages) == full


@settings(max_examples=examples(500), deadline=None)
@given(st.text(alphabet="dyMRWfxo.,-/:OYDE1gPZ()anHmst[]", max_size=16))
def test_form_shortcuts_change_no_match(shape: str) -> None:
    from stmtkit.dates import forms

    plain = [(m.span(), m.lastgroup) for m in forms.one_pattern(lookahead=False).finditer(shape)]
    assert [(m.span(), m.lastgroup) for m in forms._ANY_DATE.finditer(shape)] == plain
    if plain:
        assert forms.could_hold_a_date(shape)
    assert forms.holds_a_form(shape) == bool(plain)


def outcome(read: object, text: str) -> str:
    import datetime as dt

    try:
        return repr(read(text, languages=("fr",), reference_date=dt.datetime(2024, 6, 1, 12)))  # type: ignore[operator]
    except Exception as exc:  # the reader with and without shortcuts must fail alike, too
        return f"raised {exc.__class__.__name__}"


@settings(max_examples=examples(400), deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=8), st.sampled_from([" ", ", ", " - "]))
def test_the_reader_with_shortcuts_reads_as_the_full_reader(words: list[str], sep: str) -> None:
    from unittest import mock

    from stmtkit.dates import read

    text = sep.join(words)
    with mock.patch.object(read, "shape_of_text", lambda *_: None):  # every string through the tokenizer
        full = outcome(read.read_stamp, text)
    assert outcome(read.read_stamp, text) == full


def test_chunk_table_stays_right_when_emptied_midway(monkeypatch: pytest.MonkeyPatch) -> None:
    from stmtkit.fold import fold_aligned

    monkeypatch.setattr(tokens, "_CHUNKS_KEPT", 2)
    tokens.forget_chunks()
    text = "BAKU, 27 mai 2024 17:59 (UTC +04:00) (Reuters) -"
    try:
        for _ in range(3):
            assert tokens.shape_of_text(text) == tokens.shape_of(tokens.tokenize(fold_aligned(text)))
            assert tokens.tokens_of_text(text) == tokens.tokenize(fold_aligned(text))
    finally:
        tokens.forget_chunks()


def test_a_very_long_string_is_not_kept_in_the_chunk_table() -> None:
    text = " ".join(f"w{i}" for i in range(tokens._CHUNKS_A_LINE + 1))
    assert tokens.shape_of_text(text) is None
    assert "w1" not in tokens._chunk_shapes(())


@settings(max_examples=examples(200), deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=8), st.sampled_from([" ", "  ", "\t", " \u00a0"]))
def test_lines_learnt_whole_give_each_chunk_its_own_tokens(words: list[str], sep: str) -> None:
    # Cold table: the line is cut once and shared out; each chunk must hold what cutting it alone gives.
    from stmtkit.fold import fold_aligned

    text = sep.join(words)
    tokens.forget_chunks()
    table = tokens._chunk_shapes(("fr",))
    if tokens.shape_of_text(text, ("fr",)) is not None:
        tokens.tokens_of_text(text, ("fr",))
    for chunk in text.split():
        alone, lead = tokens._scan(fold_aligned(chunk), ("fr",))
        assert table[chunk] == (tokens._MERGES if lead else tokens.shape_of(alone))
        if chunk in table.tokens:
            assert table.tokens[chunk] == alone


def test_a_known_line_with_a_new_word_learns_the_word_alone() -> None:
    from stmtkit.fold import fold_aligned

    tokens.forget_chunks()
    line = "Un groupe de militants a publié une déclaration le 27 mai 2024 à Paris"
    tokens.shape_of_text(line, ("fr",))
    again = line.replace("militants", "Zqxbrt")
    assert tokens.shape_of_text(again, ("fr",)) == tokens.shape_of(tokens.tokenize(fold_aligned(again), ("fr",)))
    assert tokens.tokens_of_text(again, ("fr",)) == tokens.tokenize(fold_aligned(again), ("fr",))


def test_threads_reading_while_the_tables_are_emptied_read_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    # Dask's threaded scheduler runs parses side by side; a tiny budget empties the tables all the time.
    from concurrent.futures import ThreadPoolExecutor

    from stmtkit.dates import read

    monkeypatch.setattr(tokens, "_CHUNKS_KEPT", 8)
    tokens.forget_chunks()
    lines = [f"BAKU, {d} May 2024 (Reuters) - Line {d} of the story, word{d} and more" for d in range(1, 29)]
    expected = [repr(read.read_stamp(line)) for line in lines]
    with ThreadPoolExecutor(4) as pool:
        for _ in range(5):
            assert list(pool.map(lambda line: repr(read.read_stamp(line)), lines)) == expected
    tokens.forget_chunks()
