"""The signature block: where it is, where it ends, and the entries in it.

A block opens at a heading from ``SIGNATURE_HEADINGS`` (``Signé par:``,
``## Signatories``, ``**Подписали:**``, names may follow the colon), after a
closing formula (``Sincerely,`` — or ``Saygılarımızla, X Derneği`` on one
line), or, with no heading at all, as a run of names that closes the text or
stands right above the letter's closing date line.  It ends at prose, a
contact or notes section, reader comments, addressees, an HTML comment, a
date line, or a line another stage claimed (boilerplate, the dateline).

Entries come in many layouts (``stmtkit.signatories.layouts``); each is
read by ``stmtkit.signatories.read_entries``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import regex

from ..data.signature_words import (
    ADDRESSEE_PREFIXES,
    BLOCK_END_HEADINGS,
    CLOSING_FORMULAS,
    CREDIT_OPENINGS,
    NAME_FUNCTION_WORDS,
    ORGANISATION_GROUPS,
    OTHERS_COUNT_WORDS,
    OTHERS_CUES,
    PEOPLE_GROUPS,
    SIGNATORY_NOUNS,
    SIGNATURE_HEADINGS,
)
from ..dates.stamp_line import stamp_on_line
from ..lines import Line
from ..model import Signatory, SignatoryKind, SignatureBlock
from ..signatories import clean_entry_text, forget_entries, is_place, is_role, looks_like_person
from ..signatories.entry import split_title
from ..signatories.kind import is_initials_name, is_organisation
from ..signatories.layouts import Row, entries_of, signatories_of, signer_table_header
from ..state import Context
from ..text import fold, fold_key, folded_set, strip_markup

# An entry is short; prose is long and ends a sentence.
_MAX_ENTRY_WORDS = 25
# Headings may carry a note in brackets: "Signatories (in alphabetical order):".
_BRACKET_NOTE = regex.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*$")
# Marks that sign on the same line: "gez. Max Muster", "(signed) Jane Roe", "/s/ Jane Roe".
_INLINE_MARK = regex.compile(r"^(?:gez\.|sgd\.|\(signed\)|\(sgd\.?\)|\(gez\.?\)|/s/|\(подпись\)|подпись:?)\s+(?=\S)", regex.I)
_HTML_COMMENT = regex.compile(r"^<!--|^-->|-->$")
# What an inline mark can open with, case ignored as the pattern ignores it (ſ folds to s).
_INLINE_MARK_STARTS = frozenset("gGsSſ(/пП")
_FOOTNOTE = regex.compile(r"^(?:\[\^?\d+\]:?|\[\d+\]|[¹²³⁴⁵⁶⁷⁸⁹])")
_FOOTNOTE_STARTS = frozenset("[¹²³⁴⁵⁶⁷⁸⁹")
# Lines made only of a date and little else ("01.07.2013", "Paris, le 27 mai 2024").
_DIGITS = regex.compile(r"\d")
# "The statement was signed by:" — a heading line of a few words.
_MAX_HEADING_WORDS = 6
# How many blank lines may separate the entries of one block.
_MAX_BLANK_RUN = 3
# A bare block (no heading) needs this many entries; fewer when each carries a title or initials.
_MIN_BARE_ENTRIES = 3
_MIN_BARE_TITLED = 2
# A closing formula among the last lines of the text opens a block as it is.
_CLOSING_WINDOW = 12
# "Saygılarımızla, Ege Kıyı Gönüllüleri Derneği": a sign-off on one line is short.
_MAX_SIGN_OFF_WORDS = 12
# A line this long above a bare run is the text the names sign.
_MIN_TEXT_WORDS = 8
# A bulleted entry this short that does not read as a name may still sit in a bare run.
_MAX_BARE_DOUBTFUL_WORDS = 8

# What may follow a closing formula on its line: a name or a body ("С уважением, Дмитрий Шубин").
_NAME_START = regex.compile(r"^[\p{Lu}\d\"«„“(@]")
_COMMA_OR_COLON = regex.compile(r"[,:]")
# "Baku, Azerbaijan, 12 May 2024" is a date line; "Anna Berg, Harbor Union, Oslo, 2024" is not one.
_TWO_COMMAS_IN_TEXT = regex.compile(r"\p{L}{2,}.*,.*\p{L}{2,}.*,")
_NAME_SEPARATORS = regex.compile(r"\s*;\s*|,\s+")
# "… О.А.Лаптева", "… J. R. Smith": an initials name closing the line.
_INITIALS_NAME_AT_END = regex.compile(r"\s(?:\p{Lu}\.\s?){1,3}\p{Lu}[\p{Ll}'’\-]+$")
# Where the name part of an entry ends: " – Role", ", Organisation", " (Organisation)".
_HEAD_END = regex.compile(r"\s+[-–—]\s+|,\s*|\s*\(")
_NUMBER_LABEL = regex.compile(r"^\d{1,4}[.)]\s")


@dataclass(frozen=True, slots=True)
class Found:
    heading: str | None
    start: int  # the heading line, or the first entry line of a bare block
    inline: str  # names after the heading's colon


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    return folded_set(NAME_FUNCTION_WORDS)


@lru_cache(maxsize=1)
def _headings() -> frozenset[str]:
    return folded_set(SIGNATURE_HEADINGS)


@lru_cache(maxsize=1)
def _heading_nouns() -> frozenset[str]:
    return folded_set(SIGNATORY_NOUNS)


@lru_cache(maxsize=1)
def _closings() -> tuple[str, ...]:
    return tuple(sorted(folded_set(CLOSING_FORMULAS), key=len, reverse=True))


@lru_cache(maxsize=1)
def _group_kinds() -> dict[str, SignatoryKind]:
    kinds: dict[str, SignatoryKind] = {w: "person" for w in folded_set(PEOPLE_GROUPS)}
    kinds.update({w: "organisation" for w in folded_set(ORGANISATION_GROUPS)})
    return kinds


@lru_cache(maxsize=1)
def _end_headings() -> frozenset[str]:
    return folded_set(BLOCK_END_HEADINGS)


def _alternation(words: tuple[str, ...]) -> str:
    """Folded words as a regex alternation, longest first so "a l'attention de" wins over "a"."""
    return "|".join(regex.escape(fold(w)) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _credit() -> regex.Pattern[str]:
    words = _alternation(CREDIT_OPENINGS)
    # "Reporting by X" needs no colon; "Foto: X" does ("Editor John Smith" may be a signer's role).
    return regex.compile(rf"^(?:(?:{words})\s*:|(?:{words})(?<=\b(?:by|von|de|par|por))\s+\p{{L}})")


@lru_cache(maxsize=1)
def _addressee() -> regex.Pattern[str]:
    words = _alternation(ADDRESSEE_PREFIXES)
    return regex.compile(rf"^(?:{words})\s*:")


@lru_cache(maxsize=1)
def _others_count() -> regex.Pattern[str]:
    words = _alternation(OTHERS_COUNT_WORDS)
    return regex.compile(rf"^(?:\.\.\.|…)?\s*(?:{words})\s+(?:\p{{L}}+\s+)?\d[\d\s.,]*\s*\p{{L}}")


@lru_cache(maxsize=1)
def _others() -> regex.Pattern[str]:
    words = _alternation(OTHERS_CUES)
    return regex.compile(rf"^(?:\.\.\.|…|\+)?\s*(?:and|et|und|y|e|и|ve|və|en|i|\+)?\s*(?:\d[\d\s.,]*\s*)?(?:{words})\b|\b(?:{words})\b")


def _html_comment_edge(text: str) -> bool:
    """``<!-- …`` or ``… -->``: each holds "--", which most lines do not (the pattern searches the whole line)."""
    return "--" in text and bool(_HTML_COMMENT.search(text))


def _without_bracket_note(text: str) -> str:
    """``Signatories (in alphabetical order)`` → ``Signatories``.

    The note closes the text: a line whose last character is no bracket has none, and the
    pattern would try every position of a 400-character paragraph to find that out.
    """
    if text.rstrip()[-1:] not in (")", "]"):
        return text
    return str(_BRACKET_NOTE.sub("", text))


@lru_cache(maxsize=1)
def _others_cues() -> re.Pattern[str]:
    """The folded cues as literals for the standard library's engine (0.3-1 us where the regex
    module's takes 1-2, and no class or flag whose meaning could differ), factored by their
    shared starts: a name is tried against a dozen first letters at each position, not 27 cues
    (0.25 us instead of 0.45 for "- anna berg")."""
    return re.compile(_literal_trie(sorted({fold(w) for w in OTHERS_CUES})))


def _literal_trie(words: list[str]) -> str:
    """A pattern matching exactly ``words`` (sorted, none empty at the top), factored by shared starts:
    ``["and more", "and others"]`` → ``and\\ (?:more|others)``."""
    optional = "" in words
    by_first: dict[str, list[str]] = {}
    for word in words:
        if word:
            by_first.setdefault(word[0], []).append(word[1:])
    if not by_first:
        return ""
    branches = [re.escape(first) + _literal_trie(rests) for first, rests in sorted(by_first.items())]
    body = branches[0] if len(branches) == 1 and not optional else "(?:" + "|".join(branches) + ")"
    return body + "?" if optional else body


def _first_letters(words: tuple[str, ...], *more: str) -> frozenset[str]:
    """What an anchored alternation of the folded ``words`` (after optional ``more`` marks) can open with."""
    return frozenset(fold(w)[:1] for w in words) | frozenset(more)


@lru_cache(maxsize=1)
def _credit_starts() -> frozenset[str]:
    return _first_letters(CREDIT_OPENINGS)


@lru_cache(maxsize=1)
def _count_starts() -> frozenset[str]:
    return _first_letters(OTHERS_COUNT_WORDS, ".", "…")


def _opens_credit(folded: str) -> bool:
    """``Reporting by …``, ``Foto: …``: the line opens with a credit word (most lines cannot: one set lookup)."""
    return folded[:1] in _credit_starts() and bool(_credit().match(folded))


def _opens_count(key: str) -> bool:
    """``and 200 more``, ``… и еще 50 человек``: a connector (or an ellipsis) opens the line."""
    return key[:1] in _count_starts() and bool(_others_count().match(key))


def _holds_others_cue(key: str) -> bool:
    """Every match of the 'and others' pattern holds one of its cues as it is: a literal search
    costs 0.3-1 us where the pattern searching a 400-character paragraph cost 30."""
    return _others_cues().search(key) is not None


def _mentions_others(key: str) -> bool:
    """``… and many others``, ``и другие`` anywhere in a folded line."""
    return _holds_others_cue(key) and bool(_others().search(key))


def _opens_with_others(key: str) -> bool:
    """``… and 200 others``, ``+ others`` opening a folded line."""
    return _holds_others_cue(key) and bool(_others().match(key))


def _plain_key(plain: str) -> str:
    """``fold_key`` of a text ``strip_markup`` has already stripped (it leaves its own output as it is)."""
    return fold(plain).rstrip(" :.,;-–—").strip()


def heading_of(line: Line) -> tuple[str, str] | None:
    """``(heading, names after the colon)`` when the line opens a block: ``Signé par:`` → ("Signé par", "")."""
    text = strip_markup(line.text)
    # most lines open with no letter an inline mark can open with: they skip the pattern
    mark = _INLINE_MARK.match(text) if text[:1] in _INLINE_MARK_STARTS else None
    if mark:
        return text[: mark.end()].strip(), text[mark.end() :].strip()
    head, sep, rest = text.partition(":")
    if text.endswith(":") and _plain_key(text) in _headings():
        head, sep, rest = text[:-1], ":", ""  # "Unterzeichner:innen:" — the gender colon is part of the word
    if sep:
        head = strip_markup(head)  # without a colon the head is the text, stripped of its markup already
    # Folded once when the head carries no bracket note (most lines: the same key twice before).
    plain = _without_bracket_note(head)
    head_key = _plain_key(head)
    key = head_key if plain is head else fold_key(plain)
    if (head_key in _headings() or key in _headings()) and (sep or not rest):
        return head.strip(), strip_markup(rest.strip())
    if not sep or rest.strip():
        return None  # a heading phrase closes its line with a colon: prose is not cut into words
    # cut into one word more than a heading may hold: a 60-word sentence ending in a colon is not cut whole
    words = key.split(maxsplit=_MAX_HEADING_WORDS)
    if 2 <= len(words) <= _MAX_HEADING_WORDS and _names_a_heading(words):
        return head.strip(), ""
    return None


def _at_least_words(text: str, n: int) -> bool:
    """``len(text.split()) >= n``, without cutting a 600-character paragraph into all its words."""
    return len(text.split(maxsplit=n - 1)) >= n


def is_weak_heading(heading: str) -> bool:
    """A heading that only holds a heading phrase (``Заявление подписали``, ``The statement was signed by``)."""
    return fold_key(heading) not in _headings() and fold_key(_without_bracket_note(heading)) not in _headings()


def closes_the_text(ctx: Context, last: int) -> bool:
    """Little text after line ``last``: at most one paragraph ("The full list is on our website.").

    A weak heading opens the signatures only at the end of the statement; in the middle of an
    article, "Письмо подписали:" with names below tells who signed another letter, and the
    article goes on.
    """
    paragraphs = sum(1 for ln in ctx.lines[last:] if ctx.is_free(ln.number) and _at_least_words(ln.text, _MIN_TEXT_WORDS))
    return paragraphs <= 1


def _names_a_heading(words: list[str]) -> bool:
    """``The statement was signed by``, ``Among the signatories are``: a short line that ends with a
    heading phrase or holds a heading noun."""
    headings = _headings()
    # "The statement was signed by", "Assinam esta carta": a heading phrase closes or opens the line.
    # A phrase closing the line ends with its last word, one opening it starts with its first:
    # "L'APA présente la déclaration ci-dessous :" ends with no heading's word and opens with none,
    # and skips the ten joins.
    first_words, last_words = _heading_edge_words()
    if words[-1] in last_words and any(" ".join(words[i:]) in headings for i in range(1, len(words))):
        return True
    if words[0] in first_words and any(" ".join(words[:i]) in headings for i in range(1, len(words))):
        return True
    return any(w in _heading_nouns() for w in words)


@lru_cache(maxsize=1)
def _heading_edge_words() -> tuple[frozenset[str], frozenset[str]]:
    """The first words and the last words of the folded headings (``signed``, ``by`` for "signed by")."""
    split = [h.split(" ") for h in _headings()]
    return frozenset(w[0] for w in split), frozenset(w[-1] for w in split)


def closing_of(line: Line) -> tuple[str, str] | None:
    """``(formula, what follows on the line)``: ``Sincerely,`` / ``С уважением, Дмитрий Шубин``."""
    text = strip_markup(line.text)
    folded = fold(text)
    if not folded.startswith(_closings()):
        return None  # most lines open with no formula: one C call instead of one per formula (58)
    for formula in _closings():
        if folded.startswith(formula) and folded[len(formula) : len(formula) + 1] in ("", ",", ".", "!", " ", ":"):
            cut = _same_prefix_length(text, formula)
            rest = text[cut:].lstrip(" ,.!:")
            if rest and not _NAME_START.match(rest):
                return None  # "Sincerely yours, …" is matched by its own row; "regards the …" is prose
            return text[:cut].strip(), rest
    return None


def _same_prefix_length(text: str, folded_prefix: str) -> int:
    """Length in ``text`` of the part that folds to ``folded_prefix`` (diacritics may change lengths)."""
    for n in range(len(folded_prefix), min(len(text), len(folded_prefix) * 2) + 1):
        if fold(text[:n]) == folded_prefix:
            return n
    return len(folded_prefix)


def group_of(text: str) -> tuple[str, SignatoryKind | None] | None:
    """A sub-heading inside a block: ``Organisations:``, ``## Individuals``, ``Les premiers signataires``."""
    plain = strip_markup(text)
    key = fold_key(_without_bracket_note(plain))
    kinds = _group_kinds()
    if key in kinds:
        return plain.rstrip(":").strip(), kinds[key]
    if key in _headings():
        return plain.rstrip(":").strip(), None
    marked_up = plain != text and not text.startswith(("-", "•", "* "))
    if (plain.endswith(":") or marked_up) and _at_least_words(plain, 1) and not _at_least_words(plain, 7) and not _DIGITS.search(plain):
        if marked_up and looks_like_person(plain.rstrip(":")):
            return None  # "**Jane Roe**" is a name in bold
        return plain.rstrip(":").strip(), None
    return None


def is_prose(text: str) -> bool:
    """A sentence, not an entry: long, or mostly lowercase words.

    Names and organisations capitalise their content words ("Alliance of Progressive
    Labor"); "Read the full statement on our website" does not.
    """
    text = text.strip("*_ ")  # "*The list remains open for signatures.*": an italic sentence
    words = text.split()
    if len(words) > _MAX_ENTRY_WORDS:
        return True
    function_words = _function_words()
    lower = 0
    for w in words:  # a loop, not sum() over a generator: asked of every line of a block
        if w[:1].islower() and fold(w) not in function_words:
            lower += 1
    if len(words) >= 6 and text.rstrip().endswith((".", "!", "?", ":")):
        return lower * 2 >= len(words) or (";" not in text and "," not in text and lower >= 3)
    return lower >= 3 and lower * 2 > len(words) and not is_organisation(text)


def ends_block(ctx: Context, line: Line) -> bool:
    """Lines that close a signature block: contacts, notes, comments, addressees, dates, prose."""
    text = line.text
    if ("--" in text and _HTML_COMMENT.search(text)) or (text[:1] in _FOOTNOTE_STARTS and _FOOTNOTE.match(text)):
        return True
    plain = strip_markup(text)
    key = _plain_key(plain)
    end_headings = _end_headings()
    if key in end_headings:
        return True
    noted = _without_bracket_note(plain)
    # without a bracket note the second key is the first one (strip_markup changes a stripped line no more)
    if noted is not plain and fold_key(noted) in end_headings:
        return True
    # "For more information, please contact …", "Contact: press@…": a longer end heading opening a sentence
    # (without a comma or colon the head is the key, asked about just above)
    if "," in key or ":" in key:
        head = _COMMA_OR_COLON.split(key, maxsplit=1)[0].strip()
        if head in end_headings and (len(head.split()) >= 2 or ":" in text):
            return True
    folded = fold(text)
    # an addressee line needs its colon ("To:", "Kime:"); the pattern need not look without one
    if (":" in folded and _addressee().match(folded)) or (folded[:1] in _credit_starts() and _opens_credit(folded)):
        return True
    if key[:1] in _count_starts() and _opens_count(key):  # the first letters asked here: most lines make no call
        return True
    # both 'and others' questions need one of the cues: "Anna Berg" is searched for them once
    if _holds_others_cue(key) and (
        _others().match(key) or (_at_least_words(key, 4) and _others().search(key) and is_prose(text + "."))
    ):
        return True
    return bool(_DIGITS.search(text) and is_date_line(ctx, line))


def is_date_line(ctx: Context, line: Line) -> bool:

    languages = ctx.options.languages or ((ctx.language,) if ctx.language else None)
    return stamp_on_line(line, languages) is not None and not _TWO_COMMAS_IN_TEXT.search(line.text)


def collect_rows(ctx: Context, first: int, *, stop_at_prose: bool = True) -> list[Row]:
    """The block's lines from ``first`` on: stop at the first line that ends it (not taken)."""
    rows: list[Row] = []
    blank_run = 0
    # The line a news lede's dateline was read from (left unclaimed for its paragraph) is no entry:
    # the dateline's lines, looked up once for the block.
    dl = ctx.dateline
    dateline_lines = dl.lines if dl is not None and dl.lines is not None else (0, -1)
    # the lines beside their owners, as Context.free_lines walks them: no method call per line
    for line, owner in zip(ctx.lines[first - 1 :], ctx.owner[first - 1 :], strict=True):
        if owner is not None:
            break
        if not line.text:  # blank
            blank_run += 1
            if rows and blank_run >= _MAX_BLANK_RUN:
                break
            continue
        if ends_block(ctx, line) or dateline_lines[0] <= line.number <= dateline_lines[1]:
            break
        if not rows and line.text.endswith(":") and group_of(line.text) is None and not _at_least_words(line.text, _MAX_ENTRY_WORDS + 1):
            # "Signatories:" then "The following organisations have signed this letter:"
            rows.append(Row(line, blank_run > 0, intro=True))
            blank_run = 0
            continue
        if stop_at_prose and is_prose(line.text) and not _is_name_paragraph(line.text):
            break
        rows.append(Row(line, blank_run > 0 and bool(rows)))
        blank_run = 0
    return rows


def _is_name_paragraph(text: str) -> bool:
    """A long line that is a list of names: ``A e.V.; B e.V.; … und C``."""
    parts = [p for p in _NAME_SEPARATORS.split(text) if p.strip()]
    if len(parts) < 3:
        return False
    short = sum(1 for p in parts if len(p.split()) <= 20)
    return short == len(parts) and (";" in text or sum(1 for p in parts if looks_like_person(p.strip(" ."))) * 3 >= len(parts) * 2)


def read_block(ctx: Context, found: Found, rows: Sequence[Row]) -> SignatureBlock | None:
    signatories: list[Signatory] = []
    # A heading that names the kind ("İmzacı kurumlar:", "Organisations signataires") is also the first group.
    first_group = group_of(found.heading) if found.heading and fold_key(found.heading) in _group_kinds() else None
    if found.inline:
        # the names after the colon are the first row: "С уважением, Дмитрий Шубин" / "председатель правления"
        rows = [Row(Line(found.start, found.inline, found.inline), after_heading=True), *rows]
    for entry in entries_of(rows, group_of=group_of, first_group=first_group):
        signatories.extend(signatories_of(entry))
    if not signatories:
        return None
    last = max([found.start, *(r.line.number for r in rows)])
    return SignatureBlock(found.heading, tuple(signatories), (found.start, last))


def _claim(ctx: Context, block: SignatureBlock, why: str) -> None:
    ctx.claim(block.lines, "signatures", why)
    ctx.signatures = block


def find_headed(ctx: Context) -> bool:
    # Last line of the rows a heading with no names collected.  A heading inside
    # them (without names of its own) would collect a tail of the same rows and
    # find no names either; skipping it keeps 50,000 "Signed by:" lines linear.
    searched_until = 0
    for line in ctx.free_content():
        found = heading_of(line)
        if not found:
            continue
        heading, inline = found
        if line.number <= searched_until and not inline:
            rows: list[Row] = []
            block = None
        else:
            rows = collect_rows(ctx, line.number + 1)
            block = read_block(ctx, Found(heading, line.number, inline), rows)
        if block and is_weak_heading(heading) and not closes_the_text(ctx, block.lines[1]):
            continue  # "Письмо подписали:" in the middle of an article: about another letter
        if block:
            _claim(ctx, block, f"heading {heading!r}")
            return True
        if rows:
            searched_until = max(searched_until, rows[-1].line.number)
        ctx.warn(
            "signatures-heading-without-names",
            f"the heading {line.text.strip()!r} is followed by no name that could be read",
            (line.number, line.number),
        )
    return False


def find_after_closing(ctx: Context) -> bool:
    """``Sincerely,`` (or ``С уважением, Имя``), the last one in the text, then the signers.

    Near the end it is taken as it is; further up (a letter closed by a long list of
    signers) the block it opens must close the text.
    """
    content = ctx.free_content()
    for position, line in reversed(list(enumerate(content))):
        found = closing_of(line)
        if not found:
            continue
        formula, inline = found
        if inline and _at_least_words(inline, _MAX_SIGN_OFF_WORDS + 1):
            return False
        rows = collect_rows(ctx, line.number + 1)
        block = read_block(ctx, Found(formula, line.number, inline), rows)
        near_the_end = position >= len(content) - _CLOSING_WINDOW
        if block and (near_the_end or closes_the_text(ctx, block.lines[1])):
            _claim(ctx, block, f"closing formula {formula!r}")
            return True
        return False
    return False


def _bare_entry(text: str, marked: bool) -> tuple[bool, bool]:
    """(is it a name entry, does it carry a title or initials) for a line of a block with no heading."""
    cleaned = clean_entry_text(text)
    if not cleaned or len(cleaned) > 80 or cleaned.endswith(":") or is_prose(text):
        return False, False
    role, rest = split_title(cleaned)
    # an initials name holds a dot ("J. R. Smith"): the pattern searching every position needs one
    titled = bool(role) or is_initials_name(rest) or ("." in rest and bool(_INITIALS_NAME_AT_END.search(rest)))
    # each separator holds a dash, a comma or a bracket: "Anna Berg" is its own head
    cut = "-" in rest or "," in rest or "(" in rest or "–" in rest or "—" in rest
    head = (_HEAD_END.split(rest, maxsplit=1)[0] if cut else rest).strip()
    if not head or is_place(head):
        return False, False  # "Baku", "Paris": a row of tags or datelines, not signers
    if titled:
        return True, True
    if (looks_like_person(head, lowercase_ok=marked) and not is_role(head, lowercase_is_role=not marked)) or (
        marked and head.startswith("@")
    ):
        return True, False
    return False, False


def _bare_run_before(ctx: Context, end: int) -> list[Line]:
    """The run of name lines that ends at line ``end`` (going up; blank lines allowed, not other text).

    In a bulleted list a few short entries that do not read as names (``- Jane Mayor``,
    ``- the pixel collective``) do not cut the run, as long as nine in ten read as names;
    the run starts at a name, never at such an entry.
    """
    run: list[tuple[Line, bool]] = []
    n = end
    while n >= 1 and ctx.is_free(n):
        line = ctx.line(n)
        if not line.blank:
            # a number label opens with a digit: a name skips the pattern
            marked = bool(line.marker) or (line.text[:1].isdigit() and bool(_NUMBER_LABEL.match(line.text)))
            ok, _ = _bare_entry(line.text, marked)
            if not ok and not (marked and not _at_least_words(line.text, _MAX_BARE_DOUBTFUL_WORDS + 1) and not is_prose(line.text)):
                break  # neither a name nor a short bulleted entry (asked only of lines that are no name)
            run.append((line, ok))  # collected upwards, reversed below: insert(0) was quadratic
        n -= 1
    run.reverse()
    doubtful = [i for i, (_, ok) in enumerate(run) if not ok]
    if len(doubtful) * 10 > len(run):
        run = run[doubtful[-1] + 1 :]  # too many: the run is what follows the last doubtful entry
    first_name = next((i for i, (_, ok) in enumerate(run) if ok), len(run))
    return [line for line, _ in run[first_name:]]


def _tail_is_quiet(ctx: Context, after: int) -> bool:
    """After a trailing run: only claimed lines, blanks, HTML comments, an "and N others" line."""
    for line in ctx.lines[after:]:
        if line.blank or not ctx.is_free(line.number):
            continue
        key = fold_key(line.text)
        if _html_comment_edge(line.text) or _mentions_others(key):
            continue
        return False
    return True


def find_bare(ctx: Context) -> bool:
    """A run of names with no heading: closing the text, or right above a closing date line."""
    content = ctx.free_content()
    if not content:
        return False
    candidates: list[int] = []
    dl = ctx.dateline
    if dl is not None and dl.lines is not None and dl.lines[0] > 1 and not ctx.metadata_lines:
        n = dl.lines[0] - 1
        while n >= 1 and ctx.is_free(n) and ctx.line(n).blank:
            n -= 1
        candidates.append(n)
    # the last content line that is not an HTML comment or an "… and others" line
    for line in reversed(content):
        if _html_comment_edge(line.text) or _mentions_others(fold_key(line.text)):
            continue
        if _tail_is_quiet(ctx, line.number):
            candidates.append(line.number)
        break
    for end in candidates:
        if end < 1 or not ctx.is_free(end):
            continue
        run = _bare_run_before(ctx, end)
        if not run or not _bare_run_acceptable(ctx, run):
            continue
        rows = [Row(ln, i > 0 and ln.number > run[i - 1].number + 1) for i, ln in enumerate(run)]
        block = read_block(ctx, Found(None, run[0].number, ""), rows)
        if block:
            _claim(ctx, block, "a run of names with no heading")
            return True
    return False


def _bare_run_acceptable(ctx: Context, run: list[Line]) -> bool:
    # A short run must be titled throughout; a long one needs no count (a second reading of every line).
    if len(run) < _MIN_BARE_ENTRIES and not (
        len(run) >= _MIN_BARE_TITLED and all(_bare_entry(ln.text, bool(ln.marker))[1] for ln in run)
    ):
        return False
    # Without bullets, one-word lines are a menu ("Home", "News", "Contact"), not people;
    # a bulleted list of handles ("- kiara", "- @self") is a list of signers.
    if not any(ln.marker for ln in run):
        single = sum(1 for ln in run if len(clean_entry_text(ln.text).split()) < 2)
        if single * 3 > len(run):
            return False
    # Names without bullets right under the headline are a byline ("Title" / "Anna Berg" / "Tom Lind" /
    # "27 May 2024"); signers come after the text they sign.
    if not any(ln.marker for ln in run) and not any(
        _at_least_words(ln.text, _MIN_TEXT_WORDS) for ln in ctx.lines[: run[0].number - 1] if ctx.is_free(ln.number)
    ):
        return False
    # A list introduced by a sentence ("The accused are:") is not a list of signers.
    n = run[0].number - 1
    while n >= 1 and ctx.line(n).blank:
        n -= 1
    if n >= 1 and ctx.is_free(n) and ctx.line(n).text.rstrip().endswith(":") and not heading_of(ctx.line(n)):
        return False
    # Names of organisations alone are not enough: bare runs are people, like a letter's signers.
    return _mostly_people(run)


def _mostly_people(run: list[Line]) -> bool:
    """More than half the lines are not organisations; stops counting once that is settled."""
    needed = len(run) // 2 + 1
    people = 0
    for ln in run:
        if not is_organisation(clean_entry_text(ln.text)):
            people += 1
            if people >= needed:
                return True
    return False


def find_table(ctx: Context) -> bool:
    """A table whose header names a column of signers (``| Name | Affiliation | Role |``), with no heading."""
    for line in ctx.free_content():
        if not signer_table_header(line.text, line.raw):
            continue
        rows: list[Row] = []
        for below in ctx.lines[line.number - 1 :]:
            if below.blank or not ctx.is_free(below.number) or ("|" not in below.text and "\t" not in below.raw):
                break
            rows.append(Row(below))
        block = read_block(ctx, Found(None, line.number, ""), rows) if len(rows) >= 2 else None
        if block:
            _claim(ctx, block, "a table with a column of names")
            return True
    return False


def run(ctx: Context) -> None:
    # The cleaned entries are remembered for this document only: a benchmark that repeats
    # documents must not find them already cleaned.
    _forget_entries()
    try:
        for finder in (find_headed, find_after_closing, find_table, find_bare):
            if finder(ctx):
                return
    finally:
        _forget_entries()


def _forget_entries() -> None:
    forget_entries()
