"""Which lines open a signature block: a heading (``Signed by:``), a sentence that says the names below
signed (``Names of the public figures who started the petition:``), a heading the dateline shares its line with."""

from __future__ import annotations

from ..data import folded_cues as cue
from ..fold import fold_words
from ..state import Context
from .cues import (
    COLONS,
    MAX_SIGN_OFF_WORDS,
    closes_on_behalf,
    holds_signer_noun,
    names_signing,
    opens_on_behalf,
    says_on_behalf,
)
from .entry import entry_head
from .kind import looks_like_person, names_a_body
from .lines import SENTENCE_ENDS, at_least_words, heading_in

# A sentence heading ("Names of the public figures who started the petition …:") is one sentence.
_MAX_SENTENCE_HEADING_WORDS = 40
# Without a colon, a line naming the signers is a heading only when short.
_MAX_SHORT_HEADING_WORDS = 6
# The colons of CJK typography (a tuple cut once, not at each line).
_WIDE_COLONS = COLONS[1:]


def heading_beside_date(ctx: Context) -> tuple[tuple[int, str], ...]:
    """``Unterzeichnende Verbände, Stand 3. März 2024``: the dateline stage took the line for its date,
    and what stands before the date is a heading; the line stays the dateline's, the names below are read."""
    dateline = ctx.dateline
    if dateline is None or dateline.lines is None or dateline.lines[0] != dateline.lines[1]:
        return ()
    number = dateline.lines[0]
    text = ctx.line(number).text
    cut = text.find(dateline.text)
    if cut <= 0 or text[cut + len(dateline.text) :].strip(" .,;"):
        return ()
    head = text[:cut].rstrip(" ,;:–—-")
    return ((number, head),) if head and heading_in(head) is not None else ()


def heading_found(text: str) -> tuple[tuple[str, str], str] | None:
    """What a line's ``text`` opens a block with, and the kind of cue: a heading, else a sentence heading."""
    found = heading_in(text)
    if found is not None:
        return found, "heading"
    found = sentence_heading_of(text)
    return (found, "sentence-heading") if found is not None else None


def sentence_heading_of(text: str) -> tuple[str, str] | None:
    """A sentence ending in a colon that names signing, joining or supporting
    (``Names of the public figures who started signing the petition:``, ``Have joined so far:``),
    or a short line without one that names the signers (``Los gremios abajo firmantes``), or one opening with
    an on-behalf phrase and ending in a comma (``Namens het bestuur,``)."""
    plain = text.strip().strip("*_ ")
    last = plain[-1:]  # (cut once, and compared: each endswith asked of it parsed its arguments)
    if last == "," and not at_least_words(plain, MAX_SIGN_OFF_WORDS + 1):
        # "Namens het bestuur,", "On behalf of the Harbour Union,": a closing formula naming whom the names below sign
        # for, the phrase after the body where the language puts it there ("På styrelsens vägnar,"); so does a
        # preposition before a body's name ("For the board,", "För styrelsen,")
        folded = fold_words(plain)
        if says_on_behalf(folded, opening=True) or closes_on_behalf(folded.rstrip(" ,")) \
                or _for_a_body(folded, plain.rstrip(" ,")):
            return plain.rstrip(" ,"), ""
        return None
    if last in _WIDE_COLONS:
        plain, last = plain[:-1].rstrip() + ":", ":"  # "以下の方々が署名しました：": the colon of CJK typography
    if last != ":":
        # "Los gremios abajo firmantes": a short line without a colon, holding the signers' noun
        # (the end asked first: one comparison, where counting the words is a call of ours)
        if last in SENTENCE_ENDS or at_least_words(plain, _MAX_SHORT_HEADING_WORDS + 1):
            return None
        # "w imieniu zarządu osiedla": a short line opening with an on-behalf phrase, no comma, does it too, when
        # it opens with no person's name ("Adina Pop – teacher": a Romanian name folds to the Turkish "adına")
        # ("Za Zarząd", "For the Board": a preposition before a body's name, as with a comma above)
        folded = fold_words(plain)
        if holds_signer_noun(folded, closing=True) or (opens_on_behalf(folded) and not looks_like_person(entry_head(plain))) \
                or _for_a_body(folded, plain):
            return plain, ""
        return None
    if at_least_words(plain, _MAX_SENTENCE_HEADING_WORDS + 1):
        return None
    folded = fold_words(plain)
    if not names_signing(folded) and not says_on_behalf(folded):
        return None
    return plain.rstrip(" :"), ""


def _for_a_body(folded: str, plain: str) -> bool:
    """``For the board``, ``Za Zarząd``: a preposition that signs for a body, then the body's name (``folded``: the
    line as ``fold_words`` gives it, ``plain``: as written)."""
    rest = plain.partition(" ")[2]
    return folded.partition(" ")[0] in cue.FOR_A_BODY_WORDS and bool(rest) and names_a_body(rest)


def behalf_wrapped(ctx: Context, number: int) -> int:
    """How many lines right below line ``number``, an on-behalf phrase with no stop (``W imieniu Komisji``), go on
    naming the body it signs for (``Zakładowej Organizacji Związkowej`` / ``Pracowników …``): a paragraph of
    a few lines with no stop, and after a blank line the signer's name."""
    text = ctx.text(number).rstrip()
    if not text or text.endswith(_STOPS) or not opens_on_behalf(fold_words(text)):
        return 0
    last = len(ctx.lines)
    below = number + 1
    while below <= last and below - number <= _MAX_WRAPPED_BEHALF and ctx.text(below).strip() and ctx.is_free(below):
        if ctx.text(below).rstrip().endswith(_STOPS):
            return 0
        below += 1
    wrapped = below - number - 1
    if not wrapped or below > last or ctx.text(below).strip():
        return 0  # the paragraph runs on past the few lines a body's name takes
    if wrapped == 1 and looks_like_person(ctx.text(below - 1).strip()):
        return 0  # "On behalf of the board" / "Anna Berg": the names start right under the phrase
    signer = next((n for n in range(below + 1, min(last, below + _MAX_WRAPPED_BEHALF) + 1) if ctx.text(n).strip()), None)
    return wrapped if signer is not None and ctx.is_free(signer) and looks_like_person(ctx.text(signer).strip()) else 0


# A body's name wrapped under its on-behalf phrase spans a few lines; its lines end with no stop.
_MAX_WRAPPED_BEHALF = 4
_STOPS = (".", ",", ":", ";", "!", "?")
