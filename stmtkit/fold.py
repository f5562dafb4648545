"""Folding text for matching (never for output): two folds, named for what they keep.

``fold_aligned``  lowercase, no diacritics, ONE character for one: the folded copy has
                  the length of the original, so a match found in it points at the same
                  characters of the original (the date reader folds a line, finds
                  ``27 mai 2024`` in it, and cuts the stamp from the original).
``fold_words``    casefold, no diacritics, runs of spaces made one, ends stripped: the
                  form lexicon words are compared in (``Signé  par`` and ``signe par``
                  are one word).  It can change the length (``ß`` → ``ss``), so offsets
                  into its result mean nothing in the original.

``fold_key`` and ``folded_set`` build on ``fold_words`` for lexicon entries; ``opens_lowercase``
asks the case of a text's first letter where the script has sentence case.  The
generators of ``stmtkit.data`` fold with the same functions as the reader, so the
tables and the text agree.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from itertools import filterfalse

from .data.languages import SENTENCE_CASELESS_RANGES
from .memo import answers_of, per_parse_text
from .patterns import lazy

# str.split() splits on these information separators too; the regex module's \s does not.
_SEPARATORS_NOT_SPACES = "\x1c\x1d\x1e\x1f"
# Every character str.split() splits on that a folded text may hold, but the space and the line end: the other
# white space (no-break and typographic spaces) folds to a space (tests/test_fold.py holds it to every fold_piece).
_WHITE_NOT_SPACE = "\t\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\u1680\u2028\u2029"


def fold_char(c: str) -> str:
    """One character → one lowercase character without diacritics.

    >>> fold_char("É"), fold_char("İ"), fold_char("й"), fold_char("ß")
    ('e', 'i', 'и', 'ß')
    """
    return _fold_lowered(c.lower()[:1] or c)


def _fold_lowered(lowered: str) -> str:
    """``fold_char`` of a character once lower-cased."""
    if lowered == "ı":  # Turkish dotless i: "MAYIS" lowers to "mayis", CLDR writes "mayıs"
        return "i"
    if lowered.isascii():
        return lowered
    decomposed = unicodedata.normalize("NFD", lowered)
    # Strip marks only: a Hangul syllable also decomposes (into letters), and stays whole.
    if len(decomposed) > 1 and unicodedata.combining(decomposed[1]):
        return decomposed[0]
    return lowered


class _FoldTable(dict[int, str]):
    """A ``str.translate`` table that learns each character the first time it is seen."""

    def __missing__(self, code: int) -> str:
        folded = fold_char(chr(code))
        self[code] = folded
        return folded


class _LoweredFolds(dict[str, str]):
    """``_fold_lowered`` of each lower-cased character, learnt the first time it is seen."""

    def __missing__(self, lowered: str) -> str:
        folded = self[lowered] = _fold_lowered(lowered)
        return folded


# Facts about single characters, so they may live in the process: a few hundred for most batches.
_TABLE = _FoldTable()
_LOWERED_FOLDS = _LoweredFolds()
_ASCII = frozenset(map(chr, range(128)))


def fold_aligned(text: str) -> str:
    """Fold ``text`` one character for one (the result has the length of the input).

    >>> fold_aligned("Mo, 27. MÄRZ 2024")
    'mo, 27. marz 2024'
    >>> fold_aligned("Straße  Nr"), fold_words("Straße  Nr")
    ('straße  nr', 'strasse nr')
    """
    lowered = text.lower()
    if text.isascii():
        return lowered
    # str.lower() lower-cases each character as it does alone, but for a final capital sigma and
    # a capital that lower-cases to two characters (İ): those texts go through the table a
    # character at a time (a dict look-up each, some 500 instructions a character); the others
    # are lower-cased in C, and only their few distinct characters that fold further replaced.
    if len(lowered) != len(text) or "Σ" in text:
        return text.translate(_TABLE)
    # (its characters beyond ASCII set apart in C: a set of every character of a paragraph's opening took twice the fold)
    for char in wide_chars(lowered):
        # a fold folds to itself (a decomposed letter's base is neither composed nor ı): no order matters
        folded = _LOWERED_FOLDS[char]
        if folded != char:
            lowered = lowered.replace(char, folded)
    return lowered


def fold_piece(char: str) -> str:
    """What ``fold_words`` makes of one character, spaces and their runs aside.

    Casefolding maps each character alone, NFKD decomposes each alone (then only
    reorders combining marks, which are dropped), so a text folds as its characters
    do one by one.

    >>> fold_piece("É"), fold_piece("ß"), fold_piece("ﬁ"), fold_piece("ı"), fold_piece("\u0301")
    ('e', 'ss', 'fi', 'i', '')
    """
    decomposed = unicodedata.normalize("NFKD", char.casefold())
    # Turkish dotless ı and Azerbaijani ə fold to their Latin look-alikes; the Arabic tatweel only stretches
    # a word for the eye ("بــــيان" is "بيان") and folds to nothing; Hebrew's gershayim and geresh fold to the
    # quotes most keyboards type for them ("יו״ר" is "יו\"ר").
    return "".join(filterfalse(unicodedata.combining, decomposed)).translate(
        {0x131: "i", 0x259: "e", 0x640: "", 0x5F4: '"', 0x5F3: "'"})


class _Pieces(dict[int, str]):
    """``str.translate`` table that folds each character on first sight (``É`` → ``e``)."""

    def __missing__(self, code: int) -> str:
        piece = self[code] = fold_piece(chr(code))
        return piece


# Facts about single characters, so they may live in the process: they grow with the
# distinct characters met, a few hundred for most batches.  The translate table; the piece
# of each character beyond ASCII met so far; those whose piece differs from them; and those
# among these whose piece holds a character that folds further (``ϒ`` → ``Υ`` → ``υ``).
_PIECES = _Pieces()
_PIECE_OF: dict[str, str] = {}
_CHANGED: set[str] = set()
_UNSETTLED: set[str] = set()


def _learn(chars: Iterable[str]) -> None:
    """Enter the pieces of ``chars`` (characters beyond ASCII met for the first time) in the tables."""
    for char in chars:
        piece = fold_piece(char)
        if piece != char:
            if any(fold_piece(c) != c for c in piece if not c.isascii()):
                _UNSETTLED.add(char)
            _CHANGED.add(char)
        _PIECE_OF[char] = piece  # last: a character found here has its facts in the sets


def fold_pieces(text: str) -> str:
    """``text`` with each character folded as ``fold_words`` folds it, spaces kept as they are.

    Each character folds alone (casefolding maps each character alone, and NFKD then only
    reorders the combining marks, which are dropped), so the ASCII ones are lower-cased together
    in the UTF-8 form (``bytes.lower``, a table), and only the text's few distinct characters
    beyond ASCII whose piece differs are replaced, each by one ``str.replace``: ``str.casefold``
    of a text with one character beyond ASCII asks every character's folding record (about 160
    instructions a character, most of the fold of a page), a ``str.translate`` through the table
    looks every character up in a dict (about 550).  Which characters differ is asked of the
    tables as sets (most texts folded are a name or a few words with one or two letters beyond
    ASCII).  Should a piece hold another character to replace (the order of the replacements
    would matter), the text goes through the translate table.
    """
    if text.isascii():
        return text.lower()
    encoded = text.encode("utf-8", "surrogatepass")  # once, for both passes in C below
    wide = wide_chars(text, encoded)
    unmet = wide.difference(_PIECE_OF)
    if unmet:
        _learn(unmet)
    changed = wide.intersection(_CHANGED)
    if not changed.isdisjoint(_UNSETTLED):
        return text.translate(_PIECES)
    folded = encoded.lower().decode("utf-8", "surrogatepass")
    for char in changed:
        folded = folded.replace(char, _PIECE_OF[char])
    return folded


_ASCII_BYTES = bytes(range(128))
# Distinct characters taken out of a text one at a time, at most: past this many (Han, Hangul)
# the rest is set apart as it is.
_TAKEN_OUT = 64
# A rest this short is set apart as it is: taking a character out costs as much as setting
# apart a few.
_SET_APART = 64
# A text this short is set apart whole, its ASCII characters with it.
_SHORT_TEXT = 32


def wide_chars(text: str, encoded: bytes | None = None) -> frozenset[str]:
    """The distinct characters of ``text`` beyond ASCII.

    Every ASCII character is known beforehand (an ASCII letter is Latin, folds as it
    lower-cases, is no marker letter), so only the others are collected: the ASCII
    bytes are deleted from the UTF-8 form, which leaves whole characters.  On a page
    in a Latin script that is a few characters out of thousands.  A page in another
    script uses a few dozen letters, each many times: each is taken out of the rest in
    turn (``str.replace``), which reads fewer characters than setting each one apart;
    past ``_TAKEN_OUT`` of them (Han, Hangul), or once the rest is short (a name, a
    word), the rest is set apart as it is.  ``encoded``: ``text`` in UTF-8 (``surrogatepass``),
    when the caller has it.
    """
    if text.isascii():
        return frozenset()
    if len(text) <= _SHORT_TEXT:
        # a name or a few words: their characters set apart at once cost less than the three passes
        # below (bytes.translate alone builds its table of 256 entries at each call)
        return frozenset(text).difference(_ASCII)
    if encoded is None:
        encoded = text.encode("utf-8", "surrogatepass")
    rest = encoded.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
    found: set[str] = set()
    while len(rest) > _SET_APART and len(found) < _TAKEN_OUT:
        found.add(rest[0])
        rest = rest.replace(rest[0], "")
    found.update(rest)
    return frozenset(found)


def opens_lowercase(text: str) -> bool:
    """The text opens with a lowercase letter of a script that capitalises sentences.

    >>> opens_lowercase("the end"), opens_lowercase("The end"), opens_lowercase("საქართველოს")
    (True, False, False)
    """
    first = text[:1]
    if not first.islower():
        return False
    code = ord(first)
    return all(not low <= code <= high for low, high in SENTENCE_CASELESS_RANGES)


@per_parse_text
def fold_words(text: str) -> str:
    """Casefold, strip diacritics, fold NBSP and runs of spaces: ``Signé  par`` → ``signe par``.

    Remembered for the parse that asks (``stmtkit.memo``): the stages fold the same lines
    many times, and a process-wide cache would keep document text past its parse.

    >>> fold_words("  Signé\\u00a0 PAR ")
    'signe par'
    """
    # ASCII: casefold is lower(); NFKD and the marks change nothing.
    return _squeezed(text.lower() if text.isascii() else fold_pieces(text))


def _squeezed(stripped: str) -> str:
    """Runs of spaces made one, ends stripped: the last step of ``fold_words``."""
    if stripped.isprintable():
        # no white space but " " (every other is unprintable): with no two in a row and none at either end
        # (most texts) it is squeezed already, and is not cut into its words to be joined again
        if "  " not in stripped and stripped[:1] != " " and stripped[-1:] != " ":
            return stripped
    # the separators are control characters: a printable line (most) holds none, and skips the generator
    elif any(c in stripped for c in _SEPARATORS_NOT_SPACES):
        return str(_SPACES.sub(" ", stripped)).strip()
    return " ".join(stripped.split())  # runs of \s made one space, ends stripped


def fold_words_each(texts: list[str]) -> list[str]:
    """``fold_words`` of each of ``texts`` (a page's lines), remembered for the parse as it remembers them.

    The texts are folded together, joined by line ends (no character folds to one, or from
    one): a line's distinct characters and its passes were found and run line by line, at
    some thousands of instructions a line beyond ASCII, where the page has a few dozen
    distinct characters in all.
    """
    joined = "\n".join(texts)
    if joined.count("\n") != len(texts) - 1:  # a text holding a line end: each folded alone
        return list(map(fold_words, texts))
    whole = joined.lower() if joined.isascii() else fold_pieces(joined)
    # Most pages' lines are squeezed already once folded (stripped, single spaces, no other white
    # space): then no line is squeezed alone.  The page is searched for each other white space
    # character a fold may leave (a memchr each), not each line asked whether it is printable (a
    # table look-up a character).
    folded = whole.split("\n")
    if not ("  " not in whole and " \n" not in whole and "\n " not in whole and whole[:1] != " " and whole[-1:] != " "
            and not any(map(whole.__contains__, _WHITE_NOT_SPACE))):
        folded = list(map(_squeezed, folded))
    remembered = answers_of(fold_words)
    if remembered is not None:
        remembered.update(zip(texts, folded, strict=True))
    return folded


_SPACES = lazy(r"\s+")
# What may open and close a line's markup, and their first and last characters (a character asked first).
_MARKUP_OPENS = ("#", "**", "__", ">")
_MARKUP_CLOSES = ("**", "__")
_MARKUP_FIRST = frozenset(opening[0] for opening in _MARKUP_OPENS)
_MARKUP_LAST = frozenset(closing[-1] for closing in _MARKUP_CLOSES)
# A heading's "#" stands before a space or alone, as CommonMark reads it: "#FreeThePress" is a hashtag.
_MARKUP = lazy(r"^(?:#{1,6}(?:\s+|$)|\*\*|__|>\s*)+|(?:\*\*|__)+$")


# Not remembered for the parse: a line with no markup (most) is stripped in fewer instructions than the
# memo's lookup cost, and the lines with markup are few (0.1 % of a median page's instructions saved).
def strip_markup(text: str) -> str:
    """Remove markdown heading/bold markers around a line: ``## **Signed by:**`` → ``Signed by:``."""
    plain = text.strip()
    # (the first and last characters asked before startswith and endswith, which parse their arguments at each call)
    if plain and not (plain[0] in _MARKUP_FIRST and plain.startswith(_MARKUP_OPENS)) \
            and not (plain[-1] in _MARKUP_LAST and plain.endswith(_MARKUP_CLOSES)):
        return plain  # no marker opens or closes it (most lines): the pattern below would change nothing
    previous = None
    while previous != text:
        previous = text
        text = _MARKUP.sub("", text).strip()
    return text


_KEY_END = " :.,;-–—"


def fold_key(text: str) -> str:
    """The form lexicon entries are matched on: folded, no markup, no trailing ``:``/``.``/``,``."""
    return fold_words(strip_markup(text)).rstrip(_KEY_END).strip()


def fold_key_of(text: str, folded: str) -> str:
    """``fold_key(text)`` for a caller holding ``folded = fold_words(text)``: a text with no
    markup and no space at its ends (most lines) is its own ``strip_markup``, so its key is
    cut from ``folded`` without a second fold."""
    if (not text or text[0].isspace() or text[-1].isspace() or (text[0] in _MARKUP_FIRST and text.startswith(_MARKUP_OPENS))
            or (text[-1] in _MARKUP_LAST and text.endswith(_MARKUP_CLOSES))):
        return fold_key(text)
    return folded.rstrip(_KEY_END).strip()


def folded_set(table: dict[str, tuple[str, ...]] | Iterable[str]) -> frozenset[str]:
    """All entries of a lexicon table (every language), folded."""
    if isinstance(table, dict):
        return frozenset(fold_key(entry) for entries in table.values() for entry in entries)
    return frozenset(fold_key(entry) for entry in table)


# Scripts written without spaces between words: a run of their letters holds several words.
UNSPACED_RUN = lazy(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]+")
# Characters a word of those scripts takes, about (two for Chinese and Japanese).
_CHARS_A_WORD = 2


def unspaced_words(run: str) -> int:
    """The words a run of a script written without spaces holds, about: one every two characters.

    >>> unspaced_words("关于保护城市老街区的联合呼吁书"), unspaced_words("书")
    (7, 1)
    """
    return max(len(run) // _CHARS_A_WORD, 1)
