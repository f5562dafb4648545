"""A single signer closing the text with no heading: a name line over its function and body, or a
titled name right under the letter's closing date.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import replace

from ..addressee import is_salutation
from ..fold import fold_words
from ..lines import Line, Lines
from ..model import SignatureBlock
from ..patterns import lazy
from ..state import Context
from .block import languages_of
from .block_end import is_date_line
from .cleaning import clean_entry_text
from .function_first import function_alone
from .inline import is_full_name
from .kind import is_organisation, is_role, looks_like_person, names_a_body_alone
from .lines import at_least_words, bare_entry, is_prose
from .name_fields import SPACED_DASH
from .roles import office_split, split_title
from .run_on_roles import MAX_LINE_WORDS, name_cut, separated, with_comma
from .voice import speaks_as_signer

# Under a signer's name with no heading: at most this many lines of function and body.
_MAX_SIGN_OFF_FIELDS = 2
_MAX_SIGN_OFF_FIELD_WORDS = 10
# A salutation opening a letter is a few words ("Sehr geehrte Damen und Herren,").
_MAX_SALUTATION_WORDS = 6
# A web or e-mail address alone on the line under a signer's body.
_WEB_CONTACT = lazy(r"^(?:https?://|www\.)\S+$|^[^\s@]+@[^\s@]+\.\w+$")


def sign_off_before(ctx: Context, end: int) -> Lines:
    """A single signer closing the text with no heading: a name line and, right under it, one or two
    lines of its function and body (``Paul Mwema`` / ``General Secretary`` / ``Harbour Union``).

    The text's last sentence stands above the name (blank lines between or not); a role line must
    follow it, so that a lone name (a byline, a photo credit) is not taken.
    """
    if _lone_titled_signer(ctx, end):
        return ctx.lines.pick((end,))
    numbers = array("l")
    n = end
    while n >= 1 and ctx.is_free(n) and ctx.lines.text_at(n) and len(numbers) <= _MAX_SIGN_OFF_FIELDS:
        numbers.append(n)
        n -= 1
    numbers.reverse()
    if len(numbers) >= 3 and _WEB_CONTACT.match(ctx.text(numbers[-1])):
        numbers.pop()  # "Ing. Karl Huber" / "Initiative Hafenblick" / "www.…": the body's address, no field
    if len(numbers) == 1 and (_under_closing_date(ctx, numbers[0]) or _over_closing_place_date(ctx, numbers[0])):
        return ctx.lines.pick(numbers)  # "15 May 2021." / "Chair Olena Petrenko": the letter's date, its signer
    if numbers and numbers[-1] == end and _name_function_line(ctx, end):
        return ctx.lines.pick((end,))  # "— Anna Berg, Chair, Riverside Residents Association" under the last sentence
    if len(numbers) < 2:
        return ctx.lines.pick(())
    for at in range(len(numbers) - 1):  # the name line: the last that has only field lines below it
        name, fields = ctx.line(numbers[at]), [ctx.line(k) for k in numbers[at + 1 :]]
        if not _field_shaped(fields):
            continue  # the fields' shape before the name's entry: asked of the last lines of most texts
        entry = bare_entry(name.text, bool(name.marker))
        # "Jane Okoro, Press Secretary": under a function after the comma, the name before it is what must
        # name no body (the function's own words may: "press")
        head = clean_entry_text(name.text)
        head = head.split(",", 1)[0] if entry[1] else head
        # (a body right under an untitled name signs too in a letter that opens with its salutation: "Dear Mayor,"
        # … "Jane Roe" / "Harbour Readers Association")
        if entry[0] and (_sign_off_fields(fields, titled=entry[1]) or (
                not entry[1] and _sign_off_fields(fields, titled=True) and _opens_with_salutation(ctx, numbers[at], under_address=True))) \
                and not is_organisation(head):
            above = _line_above(ctx, numbers[at])
            # the text signed right above, not another signer's lines: one signer only
            if above < 1 or not ctx.is_free(above) or is_prose(ctx.line(above).text):
                return ctx.lines.pick(numbers[at:])
    if _function_over_last_name(ctx, numbers):
        return ctx.lines.pick(numbers[-2:])  # "Il Presidente" / "Marco Rossi"
    return ctx.lines.pick(())


# Signers closing a text as "Name Function" lines with no separator: one to this many, each this long at most.
_MAX_RUN_ON_SIGNERS, _MAX_RUN_ON_CHARS = 3, 160


def run_on_signers_before(ctx: Context, end: int) -> list[Line]:
    """One to three lines closing the text right under its last sentence, each a full name run into its
    function with no separator (``Mara Quill Chief executive Riverbank Trust``, the scrape having dropped the
    line break or comma), in a text that speaks as its signers: those lines with a comma put back after each
    name.  Nothing when any line reads otherwise."""
    run: list[Line] = []
    n = end
    while n >= 1 and ctx.is_free(n) and ctx.lines.text_at(n):
        line = ctx.line(n)
        text = line.text
        # the shape asked before any word is weighed, the cheapest first: the last line of most texts is a long
        # sentence or a link (a sentence, however it opens, is no signer's line)
        if len(run) == _MAX_RUN_ON_SIGNERS or len(text) > _MAX_RUN_ON_CHARS or not text[:1].isupper() \
                or text.endswith((".", "!", "?", ":")) or separated(text) or not 3 <= len(text.split()) <= MAX_LINE_WORDS:
            return []
        run.append(line)
        n -= 1
    if not run:
        return []
    above = _line_above(ctx, run[-1].number)
    if above < 1 or not ctx.is_free(above) or not ctx.text(above).rstrip().endswith((".", "!", "?")) \
            or not is_prose(ctx.text(above)):
        return []
    out = []
    for line in reversed(run):
        cut = name_cut(line.text, function_only=True) if office_split(line.text) is None else None
        if cut is None:
            return []
        out.append(with_comma(line, cut))
    return out if speaks_as_signer(ctx, run[-1].number) else []


def _name_function_line(ctx: Context, number: int) -> bool:
    """One line closing the text under its last sentence: a full name, then a function and maybe its body after
    commas, maybe behind a dash (a statement's sign-off on one line)."""
    text = clean_entry_text(ctx.text(number))
    fields = [f.strip() for f in text.split(",")]
    if len(fields) == 1 and ("–" in text or "—" in text or " - " in text):
        fields = [f.strip() for f in SPACED_DASH.split(text, maxsplit=1)]  # "Jane Roe – Poet": a dash for the comma
    if not 2 <= len(fields) <= 3 or not is_full_name(fields[0]) or is_organisation(fields[0]) or not is_role(fields[1]):
        return False
    above = _line_above(ctx, number)
    # above it a sentence closed by its stop (a line of a paragraph running on is no signer's), in a text that
    # speaks as its signer ("we ask": a report's last line naming someone is no sign-off)
    return above >= 1 and ctx.is_free(above) and ctx.text(above).rstrip().endswith((".", "!", "?")) \
        and is_prose(ctx.line(above).text) and speaks_as_signer(ctx, number)


def _line_above(ctx: Context, number: int) -> int:
    """The nearest line above ``number`` holding text, free blank lines passed over (a taken line stops there;
    0 at the top): where the text a sign-off closes ends."""
    above = number - 1
    while above >= 1 and ctx.is_free(above) and not ctx.lines.text_at(above):
        above -= 1
    return above


def as_one_signer(block: SignatureBlock) -> SignatureBlock:
    """A sign-off is one signer: ``Jane Okoro, Press Secretary`` / ``Harbour Town Council`` is read as a person
    with a function, then a body on its own line as a second signer; that body is the person's."""
    first, *rest = block.signatories
    if not rest or first.kind != "person" or first.affiliation \
            or any(s.kind != "organisation" or s.role or s.affiliation for s in rest):
        return block
    signer = replace(first, affiliation=", ".join(s.name for s in rest), lines=(first.lines[0], rest[-1].lines[1]))
    return replace(block, signatories=(signer,))


def _lone_titled_signer(ctx: Context, end: int) -> bool:
    """Line ``end`` is a titled name alone (``Dr. Jane Roe``), or a full name alone (``Jane Roe``), right under
    the last sentence of a letter, one that opens with a salutation (``Dear friends,``, ``Liebe Nachbarn!``):
    its signer.

    Without the salutation a titled name closing a text is as likely an author line as a signer.
    """
    above = _line_above(ctx, end)
    # the cheap questions first: asked of the last line of every text
    if above < 1 or not ctx.is_free(above) or not ctx.text(above).endswith((".", "!", "?")) or not _opens_with_salutation(ctx, above):
        return False
    line = ctx.line(end)
    if line.marker or not is_prose(ctx.text(above)):
        return False
    name = clean_entry_text(line.text)
    if split_title(name)[0]:
        return bare_entry(line.text, False)[1]
    # "Zdzisław Nowak" alone: under a letter that opens with its salutation a full name is its writer too
    return at_least_words(name, 2) and not at_least_words(name, _MAX_LONE_NAME_WORDS + 1) and looks_like_person(name) \
        and not is_role(name) and not is_organisation(name) and bare_entry(line.text, False)[0]


# A full name alone under a letter: two to four words.
_MAX_LONE_NAME_WORDS = 4


def _opens_with_salutation(ctx: Context, before: int, *, under_address: bool = False) -> bool:
    """The first unclaimed line of the text (above line ``before``) is a short salutation: a few words ending
    in a comma, a colon or an exclamation mark (``An alle Mitglieder,``, ``Queridos vecinos:``); or, with
    ``under_address``, a salutation by its word (``Dear Sirs,``) stands under the letter's address block."""
    first = True
    for asked, line in enumerate(ctx.lines[: before - 1]):
        # "1 1 1 1", "* * *": a line without a letter is the page's debris, not the letter's first line
        if line.text and ctx.is_free(line.number) and any(map(str.isalpha, line.text)):
            text = line.text.strip("*_ ")
            if first and text.endswith((",", ":", "!")) and not at_least_words(text, _MAX_SALUTATION_WORDS + 1):
                return True
            if not under_address:
                return False
            first = False
            if text[-1:] in ",!" and is_salutation(fold_words(text), ctx.language):
                return True
        if asked >= _ADDRESS_BLOCK_LINES:
            return False
    return False


# The letter's address block above its salutation: this many lines at most.
_ADDRESS_BLOCK_LINES = 20


def _under_closing_date(ctx: Context, number: int) -> bool:
    """Line ``number`` is a titled name (``Голова Олена Петренко``, ``Dr. Jane Roe``) right under the
    letter's closing date line, the dateline's or a free one."""
    line = ctx.line(number)
    above = number - 1
    while above >= 1 and ctx.is_free(above) and ctx.line(above).blank:
        above -= 1
    if above < 1:
        return False
    # the date line asked before the name's entry (most lines above a text's last line state no date)
    dl = ctx.dateline
    if not (dl is not None and dl.lines == (above, above)) and not (
            ctx.is_free(above) and is_date_line(ctx.line(above).text, languages_of(ctx))):
        return False
    return bare_entry(line.text, bool(line.marker))[1]


def _over_closing_place_date(ctx: Context, number: int) -> bool:
    """Line ``number`` is a person's name (``Anna Berg``) or a body's (``The Board of the Harbour Union``) under
    the text's last sentence and right above the letter's place and date line (``London, 12 May 2024``, the
    dateline's) that closes the text."""
    below = number + 1
    while below <= len(ctx.lines) and ctx.is_free(below) and ctx.line(below).blank:
        below += 1
    dl = ctx.dateline
    if dl is None or dl.lines != (below, below) or dl.place is None or any(ctx.free_texts(below + 1, len(ctx.lines))):
        return False
    above = _line_above(ctx, number)
    name = clean_entry_text(ctx.line(number).text)
    if above < 1 or not ctx.is_free(above) or not is_prose(ctx.text(above)):
        return False
    # a body's name alone (``Rada Stowarzyszenia``, ``The Board of the Harbour Union``), or a person's entry
    return names_a_body_alone(name) or (bare_entry(ctx.line(number).text, False)[0] and at_least_words(name, 2)
                                        and looks_like_person(name) and not is_organisation(name))


def _field_shaped(lines: Sequence[Line]) -> bool:
    """The shape of the lines under a signer's name, asked first of the last lines of most texts: each
    field is short and ends no sentence."""
    return bool(lines) and not any(
        at_least_words(ln.text, _MAX_SIGN_OFF_FIELD_WORDS + 1) or ln.text.endswith((".", "!", "?", ":")) for ln in lines)


def _sign_off_fields(lines: Sequence[Line], *, titled: bool) -> bool:
    """The lines under a signer's name: the first a function (or a body, under a titled name such as
    ``Ing. Karl Huber``), any next one a function or a body."""
    if not _field_shaped(lines):
        return False
    texts = [clean_entry_text(ln.text) for ln in lines]
    if any(not t or is_prose(t) for t in texts):
        return False
    return (is_role(texts[0]) or (titled and is_organisation(texts[0]))) and all(
        is_role(t) or is_organisation(t) or t.isupper() for t in texts[1:])


def _function_over_last_name(ctx: Context, numbers: Sequence[int]) -> bool:
    """The text closes with a function line over a full name (``Il Presidente`` / ``Marco Rossi``,
    ``Preşedinte executiv,`` / ``Ana Popescu``), right under the last sentence or the letter's place and
    date: one signer, the function over its name (as under a closing formula)."""
    name, function = clean_entry_text(ctx.text(numbers[-1])), ctx.text(numbers[-2]).rstrip(" ,")
    if not is_full_name(name) or is_role(name) or not function_alone(function):
        return False
    above = numbers[-3] if len(numbers) >= 3 else numbers[-2] - 1
    while len(numbers) < 3 and above >= 1 and ctx.is_free(above) and not ctx.lines.text_at(above):
        above -= 1
    if above < 1:
        return False
    dl = ctx.dateline  # the letter's place and date, read as the page's dateline
    if not ctx.is_free(above):
        return dl is not None and dl.lines is not None and dl.lines[0] <= above <= dl.lines[1]
    text = ctx.text(above)
    return is_prose(text) or is_date_line(text, languages_of(ctx))
