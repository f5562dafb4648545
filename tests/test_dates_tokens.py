"""The tokenizer, and the shortcuts of the date reader: a shape that holds no form goes no further."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import examples
from stmtkit.dates import formless, tokens
from stmtkit.fold import fold_aligned
from stmtkit.memo import remembering

# Characters around every border the patterns draw: spaces, digits, punctuation (ASCII, general,
# CJK and full-width), marks, letters of several scripts, and the code points around U+3400.
ALPHABET = list("ab .'’-,:/12 \t\u00a0é\u0301\u0e01\u0e31\u0915\u093fмай\u2013\u3001\u3000\u303f\u33ff\uff0c\uff5b")


@settings(max_examples=examples(400), deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=30))
def test_text_below_u3400_cuts_alike_beside_han_text(text: str) -> None:
    # A Han character anywhere sends the whole string through the Han-aware cutter.
    plain = tokens.tokenize(text)
    beside_han = tokens.tokenize(text + " 令")
    assert beside_han[:-1] == plain and beside_han[-1].text == "令"


def test_han_words_are_one_token() -> None:
    # "下午" (afternoon) is one word; a Han character never glues to a Latin word ("Baku令和").
    assert [t.shape for t in tokens.tokenize("2024年5月27日下午5時")] == list("yYdOdDPdH")
    assert [t.text for t in tokens.tokenize("baku令和6年")] == ["baku", "令和", "6", "年"]


# The shortcuts of the date reader (stmtkit.dates.read._readings) rest on facts about Unicode,
# the tokenizer and the forms; each is checked here, and the reader with its shortcuts is held
# to the reader without them.


def test_folding_keeps_spaces_and_the_bmp() -> None:
    # The reader asks the text as written for digits beyond the BMP: folding keeps them there.
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


def test_digit_bytes_hold_every_digit() -> None:
    # patterns.holds_digit tells a text none of whose UTF-8 bytes _DIGIT_BYTES keeps to hold no digit: every
    # character \d finds opens with a kept byte (every character beyond the BMP does), and no kept byte is white space.
    import regex

    from stmtkit.patterns import _DIGIT_BYTES, holds_digit

    kept = {b for b in range(256) if _DIGIT_BYTES[b] != 0x20}
    assert all(_DIGIT_BYTES[b] == b for b in kept) and not any(bytes([b]).isspace() for b in kept)
    assert set(range(0xF0, 0xF5)) <= kept
    for code in range(0x10000):
        if not 0xD800 <= code <= 0xDFFF and regex.match(r"\d", chr(code)):
            assert chr(code).encode()[0] in kept, hex(code)
    for text in ("", "abc", "a1", "Straße 5", "Straße", "«Привет»", "мая 2024", "٣ مارس", "مارس", "५ मई", "मई",
                 "๓", "１２月", "月", "\U00011f51", "\U0001d7ce", "x\ud800y", "–—“”"):
        assert holds_digit(text) == bool(regex.search(r"\d", text)), text


WORDS = ["27", "5", "2024", "17:59", "mai", "May", "Mai", "Dec.", "le", "de", "il", "y", "a", "3", "heures", "hours",
         "ago", "назад", "hier", "Today", "bu", "gün", "tháng", "Mười", "Hai", "1er", "9th", "(UTC", "+04:00)", "UTC",
         "BAKU,", "(Reuters)", "-", "Paris", "(AFP)", "—", "12.05.2024", "06/05/2024", "2024年5月27日", "下午", "5時",
         "La", "politique", "1.", "123", "99999", "x", "é", "\u00a0", "\U00011f51", "ª", "µ", "Published:", "Updated"]


def test_tokens_inside_and_outside_a_parse_agree() -> None:
    # Inside a parse the shapes of the words met are remembered (the second "mai" from the first).
    with remembering({}):
        tokens.tokenize(fold_aligned("27 mai"))
        inside = tokens.tokenize(fold_aligned("le 27 mai"))
    assert tokens.tokenize(fold_aligned("le 27 mai")) == inside


@settings(max_examples=examples(500), deadline=None)
@given(st.text(alphabet="dyMRWfxo.,-/:OYDE1gPZ()anHmst[]", max_size=16))
def test_form_shortcuts_change_no_match(shape: str) -> None:
    from stmtkit.dates import forms

    plain = [(m.span(), m.lastgroup) for m in forms.one_pattern(lookahead=False).finditer(shape)]
    assert [(m.span(), m.lastgroup) for m in forms._ANY_DATE.finditer(shape)] == plain
    if plain:
        assert forms.could_hold_a_date(shape)
    assert forms.holds_a_form(shape) == bool(plain)


@settings(max_examples=examples(500), deadline=None)
@given(st.text(alphabet="dy./-OMRxE1YD()o", max_size=8))
def test_every_form_holds_what_could_hold_a_date_asks(shape: str) -> None:
    # Short shapes of the roles the forms are made of: most hold a form, each one the test lets through.
    from stmtkit.dates import forms

    if forms.one_pattern(lookahead=False).search(shape):
        assert forms.could_hold_a_date(shape)


def outcome(read: object, text: str) -> str:
    import datetime as dt

    try:
        return repr(read(text, languages=("fr",), reference_date=dt.datetime(2024, 6, 1, 12)))  # type: ignore[operator]
    except Exception as exc:  # the reader with and without shortcuts must fail alike, too
        return f"raised {exc.__class__.__name__}"


@settings(max_examples=examples(400), deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=8), st.sampled_from([" ", ", ", " - "]))
def test_the_reader_with_shortcuts_reads_as_the_full_reader(words: list[str], sep: str) -> None:
    from stmtkit.dates import read

    text = sep.join(words)
    full = outcome(read.read_stamp, text)  # outside a parse: every string through the tokenizer
    with remembering({}):
        assert outcome(read.read_stamp, text) == full
        assert outcome(read.read_stamp, text) == full  # and again, from the chunks remembered


def test_a_stamp_read_again_in_a_parse_differs_only_in_its_lines() -> None:
    # The title and the dateline stages read one stamp line with the same arguments but ``lines``: the second
    # read is the first's stamp with the dateline's lines set, each field as a read of its own gives it.
    import dataclasses
    import datetime as dt

    from stmtkit.dateline_model import Dateline
    from stmtkit.dates import read

    # the fields the remembered stamp is copied with, in order: a new field must be copied too
    assert [f.name for f in dataclasses.fields(Dateline)] == [
        "text", "datetime", "utc_offset", "timezone", "place", "agency", "lines", "place_lines"]
    ref = dt.datetime(2024, 6, 1)
    for text in ("BAKU, 12 mars 2024 10:15 (UTC +04:00) (Reuters) -", "Paris (AFP) - Le maire", "3 hours ago", "27 May"):
        alone = [read.read_stamp(text, reference_date=ref, lines=lines) for lines in (None, (4, 4), (4, 5))]
        with remembering({}):
            again = [read.read_stamp(text, reference_date=ref, lines=lines) for lines in (None, (4, 4), (4, 5), (4, 4))]
        assert again == [*alone, alone[1]]
        assert alone[0] is not None and alone[1] is not None and alone[1].dateline.lines == (4, 4)


def test_a_stamp_line_asked_again_in_a_parse_is_told_as_alone() -> None:
    # The title and the dateline stages ask whether a line is a stamp line of the same text and stamps alike but
    # for the dateline's line numbers: the answer remembered for the parse is each stamp's own, a stamp with a
    # time or an agency told apart from one without ("Vila Seca" before a date and its time is a town's name,
    # before a date alone no stamp's; "Xinhua," before a stamp is its agency's name or nothing of the stamp's).
    import dataclasses
    import datetime as dt

    from stmtkit.dates import read, stamp_line

    ref = dt.datetime(2024, 6, 1)
    pairs = []
    for text in ("Vila Seca 12/03/2024 10:15 h", "Xinhua, 12 March 2024 10:15", "12 March 2024 17:59 | 1234", "Today 17:59"):
        for lines in (None, (2, 2)):
            stamp = read.read_stamp(text, reference_date=ref, lines=lines)
            assert stamp is not None and stamp.dateline.datetime is not None
            line = stamp.dateline
            for other in (line, dataclasses.replace(line, datetime=line.datetime.date(), utc_offset=None),
                          dataclasses.replace(line, agency=None), dataclasses.replace(line, agency="Xinhua")):
                pairs.append((text, stamp._replace(dateline=other)))
    alone = [stamp_line.is_stamp_line(text, stamp) for text, stamp in pairs]
    with remembering({}):
        assert [stamp_line.is_stamp_line(text, stamp) for text, stamp in pairs * 2] == alone * 2
    assert alone[:4] == [True, False, True, True]  # "Vila Seca": with the time a town's name, with the date alone not
    assert alone[8:12] == [True, True, False, True]  # "Xinhua,": the stamp's agency, or else nothing of the stamp's


def test_a_table_emptied_when_full_keeps_reading_right() -> None:
    # A page of new words fills the parse's table of words met (tens of thousands) and empties it.
    text = "BAKU, 12 mars 2024 10:15 (UTC +04:00) (Reuters) -"
    expected = tokens.tokenize(fold_aligned(text))
    with remembering({}):
        for i in range(5000):
            tokens.tokenize(f"w{i}a w{i}b w{i}c w{i}d w{i}e w{i}f w{i}g 27 mai")
            if i % 997 == 0:
                assert tokens.tokenize(fold_aligned(text)) == expected


def test_parses_in_threads_read_as_one_by_one() -> None:
    # Dask's threaded scheduler runs parses side by side: each has its own tables.
    from concurrent.futures import ThreadPoolExecutor

    import stmtkit

    texts = [f"Title {d}\n\nBAKU, {d} May 2024 (Reuters) - Line {d} of the story, word{d} and more.\n" for d in range(1, 29)]
    expected = [stmtkit.parse(text).to_dict() for text in texts]
    with ThreadPoolExecutor(4) as pool:
        for _ in range(3):
            assert list(pool.map(lambda text: stmtkit.parse(text).to_dict(), texts)) == expected


# Words of ASCII lines around what the bytes test looks for: numbers of every length, words that
# make a relative day or open a merge, a word joined by an apostrophe or a dot, punctuation.
# A number of one or two digits alone is told by the words around it: month names whole, cut by a
# joiner, by prefix or stem, short ones a hint adds ("was" in Wolof), words that open with a month.
ASCII_WORDS = ["today", "aujourd'hui", "bu", "gun", "i", "dag", "hier", "3", "12", "123", "2024", "12345",
               "hours", "ago", "mai", "may", "le", ".", "'", "-", ":", "a.m", "x", "\x01", "5th", "sept.", "mars",
               "march", "marching", "janv", "o'clock", "...", "was", "dec", "decembre", "top", "/", "05", "(x)", "des",
               "list", "studie"]


@settings(max_examples=examples(500), deadline=None)
@given(st.lists(st.sampled_from(ASCII_WORDS), max_size=8), st.sampled_from([" ", "", ", ", ".", "\t"]),
       st.sampled_from([(), ("en",), ("fr",), ("wo",)]))
def test_a_line_told_formless_from_its_bytes_is_formless_in_its_tokens(words: list[str], sep: str,
                                                                        languages: tuple[str, ...]) -> None:
    import re

    from stmtkit.dates import forms

    folded = fold_aligned(sep.join(words))
    said = formless.holds_no_form(folded, languages)
    cut, merged = tokens.tokenize_noting_merges(folded, languages)
    shape = tokens.shape_of(cut)
    if said is not None:
        assert not merged and not forms.could_hold_a_date(shape)
        assert said == (re.search(r"[dn][A-Zabce-mo-xz1]", shape) is not None)  # a number, then a word


# The same beyond ASCII, where the only characters beyond it have an ASCII twin (spaces, punctuation, ß)
# or have none (the apostrophe ’ that joins words, a letter): ß in a month name (Kölsch "oujoß"), month
# names with ’ ("d’abril"), typographic quotes and dashes beside numbers and words.
TWIN_WORDS = [*ASCII_WORDS, "oujoß", "oujo", "straße", "ßa", "groß", "–", "—", "„", "“", "”", "‘", "’", "\xa0",
              "\u2009", "©", "§", "·", "«", "»", "…", "ª", "²", "d’abril", "aujourd’hui", "5–6", "märz", "ukraine’s"]


@settings(max_examples=examples(500), deadline=None)
@given(st.lists(st.sampled_from(TWIN_WORDS), max_size=8), st.sampled_from([" ", "", ", ", "\xa0", "–"]),
       st.sampled_from([(), ("de",), ("ksh",), ("ca",)]))
def test_a_line_told_formless_from_its_twin_is_formless_in_its_tokens(words: list[str], sep: str,
                                                                      languages: tuple[str, ...]) -> None:
    test_a_line_told_formless_from_its_bytes_is_formless_in_its_tokens.hypothesis.inner_test(words, sep, languages)


# Beyond the twins: letters and marks of the Latin, Greek and Cyrillic scripts, read in their words as
# the tokenizer cuts them (formless._beyond_twins): month names whole, by prefix or stem (a short one
# beyond ASCII: "мая", "вер"), relative days and merging words, a combining mark, a C1 control, and
# characters past the letters (Armenian's full stop, Hebrew, Han) that leave the question to the tokens.
LETTER_WORDS = [*TWIN_WORDS, "мая", "вер", "вересня", "марта", "сегодня", "вчера", "σήμερα", "μαΐου", "février",
                "févr", "déc", "août", "hôm", "nay", "tháng", "ngày", "bugün", "gün", "listopadu", "dnes", "stycznia",
                "dziś", "e\u0301", "\x9c", "ı", "ǆ", "länder", "präparat", "\u0589", "ב", "年", "ß", "’s"]


@settings(max_examples=examples(800), deadline=None)
@given(st.lists(st.sampled_from(LETTER_WORDS), max_size=8), st.sampled_from([" ", "", ", ", "\xa0", "–", "’"]),
       st.sampled_from([(), ("de",), ("ru",), ("uk",), ("fr",), ("el",), ("vi",), ("tr",)]))
def test_a_line_told_formless_from_its_letters_is_formless_in_its_tokens(words: list[str], sep: str,
                                                                         languages: tuple[str, ...]) -> None:
    test_a_line_told_formless_from_its_bytes_is_formless_in_its_tokens.hypothesis.inner_test(words, sep, languages)


def test_the_characters_below_the_letters_bound_are_word_characters_or_twins() -> None:
    # What holds_no_form rests on beyond ASCII (formless._BEYOND_LETTERS): below the bound every character
    # the tokenizer does not take into a word has a twin, and none is a digit (re's \d), a vowel point, a
    # CJK mark, or opens another calendar's month name; the joining ’ is punctuation.
    import re

    bound = formless._BEYOND_LETTERS
    twins = formless._twins()
    not_word = re.compile(f"[{tokens._NOT_WORD}]")
    for code in range(0x80, ord(bound)):
        char = chr(code)
        assert (char in twins) == (not_word.match(char) is not None), hex(code)
        assert re.match(r"\d", char) is None and tokens._VOWEL_POINTS.match(char) is None
    assert formless._JOINER not in twins and not_word.match(formless._JOINER)
    assert bound < tokens._FIRST_HAN and all(mark > bound for mark in tokens._CJK_MARKS)
    assert not any(name[:1] < bound for name in tokens._calendar_months())


def test_the_ago_readers_ask_their_pattern_only_of_a_text_that_says_ago_by_a_word_beside_a_space() -> None:
    # relative._says_ago: a word before the count has white space right after it, one after the count
    # white space right before it, any white space the pattern's \s takes (a no-break space, a tab)
    from stmtkit.dates import relative

    for text, says in [("3 hours ago", True), ("vor\xa03 Stunden", True), ("il y a\t2 jours", True), ("há 3 dias", True),
                       ("hace 5 minutos", True), ("5 минут\u2009назад", True), ("that has 3 items", False),
                       ("the sofa holds 12 guests", False), ("3 hours", False), ("ago", False), ("vor", False)]:
        folded = fold_aligned(text)
        assert relative._says_ago(folded) is says, text
        assert (relative.find_ago(folded) is not None) <= says


def test_day_words_are_written_folded() -> None:
    """The reader looks a word up as folded text writes it: a day word with an accent would never be met."""
    from stmtkit.data.dateline_words import DAY_TENS, DAY_WORDS
    from stmtkit.fold import fold_aligned

    assert all(fold_aligned(word) == word for word in DAY_WORDS)
    assert DAY_WORDS.keys() >= DAY_TENS


def test_bracket_labels_are_written_folded() -> None:
    from stmtkit.data.dateline_words import BRACKET_LABELS
    from stmtkit.fold import fold_aligned

    assert all(fold_aligned(label) == label for label in BRACKET_LABELS)


@pytest.mark.parametrize(("text", "expected"), [
    ("May 1993", True), ("März, 2024", True), ("خرداد ماه 1380", True),
    ("12 May 1993", False), ("John 1993", False), ("May 1993 was a good year", False),
])
def test_a_month_and_its_year_alone(text: str, expected: bool) -> None:
    from stmtkit.dates.tokens import month_and_year

    assert month_and_year(text) is expected
