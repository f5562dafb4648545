"""The block a closing formula opens (``Sincerely,``, ``С уважением, Дмитрий Шубин``), the last one in the text."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from functools import cache

from ..data import folded_cues as cue
from ..dates.tokens import month_and_year
from ..fold import fold_words, strip_markup
from ..model import SignatureBlock
from ..patterns import lazy
from ..state import Context
from .block import Found, collect_rows, read_block
from .cues import MAX_SIGN_OFF_WORDS, block_cues, says_on_behalf
from .kind import is_role
from .lines import at_least_words, bare_entry, is_prose, plain_key
from .rows import Row
from .text_around import closes_the_text

# A closing formula among the last lines of the text opens a block as it is.
_CLOSING_WINDOW = 12
# A closing formula far from the end opens a block of at least this many people with their functions.
_MIN_SIGNED_IN_FULL = 3


def after_closing(ctx: Context, inside: Callable[[int], bool]) -> Iterator[tuple[str, SignatureBlock]]:
    """``Sincerely,`` (or ``С уважением, Имя``), the last one in the text, then the signers.

    Near the end it is taken as it is; further up (a letter closed by a long list of
    signers) the block it opens must close the text.
    """
    content = ctx.free_content()
    position = len(content)
    asked, found = None, None  # a line repeated in a row is asked about once
    for number, text in zip(content.numbers_reversed(), content.texts_reversed(), strict=True):
        position -= 1
        if text != asked:
            asked, found = text, closing_of(text)
        if not found:
            continue
        formula, inline = found
        if inside(number) or (inline and at_least_words(inline, MAX_SIGN_OFF_WORDS + 1)):
            return
        opening, over_dateline = _under_dated_line(ctx, number + 1)
        rows = _before_contact_card(collect_rows(ctx, opening))
        # (over the dateline's line the block opens at its first signer: that line is the dateline's)
        found_at = Found(None, opening, "") if over_dateline else Found(formula, number, inline)
        block = read_block(found_at, rows, signed_off=True)
        near_the_end = position >= len(content) - _CLOSING_WINDOW
        first = _first_paragraph(rows)
        if block and len(first) < len(rows) and not _signed_in_full(block):
            # the paragraph under the formula is people with their functions, and the page goes on below it
            # (the letter an e-mail forwards, an address): that paragraph, wherever it stands
            head = read_block(Found(formula, number, inline), first, signed_off=True)
            if head and _signed_in_full(head):
                yield "closing", head
                return
        if block and (near_the_end or closes_the_text(ctx, block.lines[1]) or _rule_below(ctx, block.lines[1])
                      or _end_heading_below(ctx, block.lines[1])):
            yield "closing", block
        return


def _under_dated_line(ctx: Context, first: int) -> tuple[int, bool]:
    """(the line the signers start on under a closing formula, whether that is past the dateline's line): past the
    letter's date right under it, the dateline's line (``Sincerely,`` / ``12 May 1993``) or a month and its year
    (``May 1993``, ``خرداد ماه 1380``)."""
    at = first
    while at <= len(ctx.lines) and not ctx.lines.text_at(at):
        at += 1
    if at > len(ctx.lines):
        return first, False
    dl = ctx.dateline
    if dl is not None and dl.lines is not None and dl.lines[0] <= at <= dl.lines[1]:
        return dl.lines[1] + 1, True
    return (at + 1 if ctx.is_free(at) and month_and_year(ctx.text(at)) else first), False


def _before_contact_card(rows: list[Row]) -> list[Row]:
    """The rows above the one that opens with the first row's name again (``Anna Berg`` / ``Friends of the Park``
    / ``Anna Berg Press Office`` / address / phone): a mail's signature card under the
    letter's sign-off repeats the sender's name over contact details, no signer of its own."""
    if len(rows) < 3 or not at_least_words(name := rows[0].line.text.rstrip(" ,"), 2):
        return rows
    return next((rows[:at] for at in range(2, len(rows)) if rows[at].line.text.startswith(name)), rows)


# A rule drawn under a letter ("-------", "======"): a few of one mark, nothing else.
_MIN_RULE_CHARS = 3
_RULE_MARKS = frozenset("-_=*~—–")


def _rule_below(ctx: Context, last: int) -> bool:
    """The next line holding text after line ``last`` is a rule: the letter the formula closes ends there, and
    what the page has below it (the poster's own note, the addresses it was sent to) is no text it signs.
    Asked only of a block a formula opened that neither stands near the end nor closes the text."""
    text = (_next_text_below(ctx, last) or "").strip()
    return len(text) >= _MIN_RULE_CHARS and len(set(text)) == 1 and text[0] in _RULE_MARKS


def _end_heading_below(ctx: Context, last: int) -> bool:
    """The next line holding text after line ``last`` is a heading that ends a letter (``Anlagen:``,
    ``Enclosures``, ``Notes to editors``): what the page has below it (the enclosures, the notes) is no text
    the block signs.  Asked only of a block a formula opened that neither stands near the end nor closes the
    text."""
    text = _next_text_below(ctx, last)
    return text is not None and plain_key(strip_markup(text)) in block_cues().end_headings


def _next_text_below(ctx: Context, last: int) -> str | None:
    """The text of the next line holding text after line ``last``, None at the end."""
    return next((ctx.text(number) for number in range(last + 1, len(ctx.lines) + 1) if ctx.lines.text_at(number)), None)


def after_closing_sentence(ctx: Context, inside: Callable[[int], bool]) -> Iterator[tuple[str, SignatureBlock]]:
    """The letter's last sentence ending in a closing formula (``… nous vous prions d'agréer nos salutations
    distinguées.``, ``Sin otro particular, le saludamos atentamente.``), then its signers, closing the text.

    The sentence stays the body's: the block opens at the first line below it.
    """
    content = ctx.free_content()
    for position in range(len(content) - 2, max(len(content) - 2 - _SENTENCE_WINDOW, -1), -1):
        number = content.number_at(position)
        text = ctx.text(number)
        if not text.endswith((".", "!")):
            continue  # an entry, or a line of the signers' block
        if not _ends_in_formula(text):
            if is_prose(text):
                return  # the text's last sentence holds no formula
            continue
        if inside(number):
            return
        rows = collect_rows(ctx, number + 1)
        # a signer's entry right below, not a line of chrome ("Read the full letter on our website")
        if rows and _signer_below(rows) and closes_the_text(ctx, rows[-1].line.number):
            block = read_block(Found(None, rows[0].line.number, ""), rows)
            if block is not None:
                yield "closing-sentence", block
        return


def _signer_below(rows: Sequence[Row]) -> bool:
    """The rows under the closing sentence open with a signer's entry, or with the signer's function over it
    (``Le Secrétaire général de l'union`` / ``Anna BERG``)."""
    if bare_entry(rows[0].line.text, bool(rows[0].line.marker))[0]:
        return True
    function = rows[0].line.text
    return len(rows) > 1 and not at_least_words(function, _MAX_FUNCTION_WORDS + 1) and is_role(function, lowercase_is_role=False) \
        and not is_prose(function) and bare_entry(rows[1].line.text, bool(rows[1].line.marker))[0]


# A function line over the signer's name is a few words ("La Secrétaire départementale du syndicat").
_MAX_FUNCTION_WORDS = 10


def _ends_in_formula(text: str) -> bool:
    """The last words of a sentence are a closing formula (``… nos salutations distinguées.``), not the sentence
    alone (a formula on its own line is ``closing_of``'s); a one-word formula only when long (``atentamente``,
    not ``best``)."""
    # the last words alone, cut from the end (a paragraph's other words are not cut apart): a text of no
    # more words than the tail is all its words, and a longer one gives the tail and the rest before it
    words = fold_words(text).rsplit(None, _FORMULA_TAIL_WORDS)
    if len(words) <= _FORMULA_TAIL_WORDS:
        return False
    tail = [w.strip(".,;!") for w in words[-_FORMULA_TAIL_WORDS:]]
    formulas = _sentence_formulas()
    return any(" ".join(tail[i:j]) in formulas for i in range(len(tail)) for j in range(i + 1, len(tail) + 1))


@cache
def _sentence_formulas() -> frozenset[str]:
    """The closing formulas that may end a sentence: of several words, or one long word."""
    return frozenset(f for f in block_cues().closings if " " in f or len(f) >= _MIN_LONE_FORMULA_CHARS)


# A formula ending the last sentence: among its last words, the signers on the next lines.
_SENTENCE_WINDOW = 3
_FORMULA_TAIL_WORDS = 3
# "sincerely", "cordialement", "atentamente": a one-word formula this long is no common word ("best", "yours").
_MIN_LONE_FORMULA_CHARS = 9


def _first_paragraph(rows: Sequence[Row]) -> Sequence[Row]:
    """The rows up to the first blank line between two of them."""
    for at in range(1, len(rows)):
        if rows[at].after_blank:
            return rows[:at]
    return rows


def _signed_in_full(block: SignatureBlock) -> bool:
    """Under the formula, several people each with a function or body (``Anna Berg, professor, a@b.example``):
    the letter's signers even where the page goes on (the letter it forwarded, an address, more text)."""
    signers = block.signatories
    return len(signers) >= _MIN_SIGNED_IN_FULL and all(s.kind == "person" and (s.role or s.affiliation) for s in signers)


# What may follow a closing formula on its line: a name or a body ("С уважением, Дмитрий Шубин").
_NAME_START = lazy(r"^[\p{Lu}\d\"«„“(@]")


def closing_of(text: str) -> tuple[str, str] | None:
    """``(formula, what follows on the line)`` of a line's ``text``: ``Sincerely,`` / ``С уважением, Дмитрий Шубин``."""
    text = strip_markup(text)
    folded = fold_words(text)
    closings = block_cues().closings_by_first.get(folded[:1])
    if closings is None or not folded.startswith(closings):
        if closings is not None and folded.count(" ") == 2 and len(folded) <= _INTENSIFIED_CHARS and _intensified(folded):
            return text.strip(), ""
        if len(folded) <= _MAX_WITH_CLOSING_CHARS and folded.endswith(",") and folded.count(" ") <= _MAX_WITH_CLOSING_WORDS - 1 \
                and folded.partition(" ")[0] in cue.CLOSING_WITH_WORDS:
            return text.strip().rstrip(" ,"), ""  # "With great sadness,", "Con una gran tristeza,": a closing of feeling
        return None  # most lines open with no formula's letter; the others, one C call over the few opening with it
    for formula in closings:
        if folded.startswith(formula) and folded[len(formula) : len(formula) + 1] in ("", ",", ".", "!", " ", ":"):
            cut = _same_prefix_length(text, formula)
            rest = text[cut:].lstrip(" ,.!:–—")  # "З повагою – Anna Berg": a dash may stand for the comma
            if rest and not _NAME_START.match(rest):
                if says_on_behalf(fold_words(rest), opening=True) and not at_least_words(rest, MAX_SIGN_OFF_WORDS + 1):
                    return text.strip(), ""  # "Sincerely, on behalf of all who signed": the names below
                if rest.endswith(",") and not at_least_words(rest, MAX_SIGN_OFF_WORDS + 1):
                    # "Warm regards, and many thanks again,": the formula's own clause, closed by the comma
                    # a formula closes with; prose running on from "regards the …" does not end its line so
                    return text.strip().rstrip(" ,"), ""
                return None  # "Sincerely yours, …" is matched by its own row; "regards the …" is prose
            if rest and (more := closing_of(rest)) is not None:
                # "Saygılarımızla Bilgilerinize Sunarız": two formulas in a row are one, and no signer
                return (text[: len(text) - len(rest)] + more[0]).strip(), more[1]
            return text[:cut].strip(), rest
    return None


def _intensified(folded: str) -> bool:
    """A formula of two words with a word of degree between them, alone on its line: ``Με βαθύτατη εκτίμηση``,
    ``С большим уважением``, ``Yours very truly``."""
    words = folded.rstrip(" ,.!:").split()
    return len(words) == 3 and (words[0], words[2]) in _two_word_formulas()


@cache
def _two_word_formulas() -> frozenset[tuple[str, str]]:
    return frozenset((first, last) for first, last in (f.split(" ") for f in block_cues().closings if f.count(" ") == 1))


# A closing of feeling ("With all our love and anger,") is a few words, a short line (asked first: a long
# paragraph cut at a comma was counted for its spaces, 0.014 M instructions a median page).
_MAX_WITH_CLOSING_WORDS, _MAX_WITH_CLOSING_CHARS = 5, 60
# An intensified formula is three short words: "с глубочайшим уважением".
_INTENSIFIED_CHARS = 40


def _same_prefix_length(text: str, folded_prefix: str) -> int:
    """Length in ``text`` of the part that folds to ``folded_prefix`` (diacritics may change lengths)."""
    for n in range(len(folded_prefix), min(len(text), len(folded_prefix) * 2) + 1):
        if fold_words(text[:n]) == folded_prefix:
            return n
    return len(folded_prefix)
