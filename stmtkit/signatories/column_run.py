"""A column of names or organisations closing the text with no heading, one a line or a paragraph, or a
single organisation on one to three lines (``Türk Dişhekimleri Birliği`` / ``Merkez Yönetim Kurulu``).

One of the kinds of evidence ``stmtkit.signatories.candidates`` weighs.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator
from dataclasses import replace

from ..addressee import is_addressee
from ..fold import fold_words
from ..lines import Line, Lines, marker_of, once_a_run
from ..model import SignatoryKind, SignatureBlock
from ..patterns import lazy
from ..state import Context
from .block import Found, languages_of, read_block
from .block_end import ends_block
from .key import signatory_key
from .kind import (
    is_function_word,
    is_organisation,
    is_place,
    looks_like_person,
    lowercase_content_words,
    names_a_body,
)
from .lines import at_least_words, is_prose, person_line
from .rows import Row
from .text_around import text_above
from .voice import speaks_as_signer

# A column of names or organisations: at least this many lines of at most this many words.
_MIN_COLUMN_LINES = 4
# This many blank lines in a row (on a page with one between paragraphs) end a column.
_STOP_GAP = 2
_MAX_COLUMN_WORDS = 10
# An organisation closing the text may be cut over a few lines ("Union" / "Executive Board").
_MAX_SIGN_OFF_LINES = 3
_DASH = lazy(r"\s+[-–—]\s+")
_CLOCK_START = lazy(r"\d{1,2}:\d{2}(?::\d{2})?(?!\d)")


def _unbulleted(line_text: str) -> str:
    """A line's ``text`` without its bullet."""
    text, marker = line_text.strip(), marker_of(line_text)
    return text[len(marker) :].strip() if marker and text.startswith(marker) else text


def _column_text(line_text: str) -> str:
    """A column line's entry: without its bullet ("– Union of …"), markup and closing separator."""
    return _unbulleted(line_text).strip("*_").rstrip(" .,;/")


def _column_line(line_text: str, languages: tuple[str, ...] | None) -> bool:
    """A line (its ``text``) of a column of names or organisations: short, capitalised, no sentence, no end."""
    text = _column_text(line_text)
    return (
        bool(text)
        # a capital, a digit, or a letter of a script without case ("الجمعية …", "協会")
        and (text[:1].isupper() or text[:1].isdigit() or (text[:1].isalpha() and not text[:1].islower()))
        # "20:42:14 Anna Berg": a clock time opens a line of the site's comment feed, not a signer's
        and not (text[:1].isdigit() and _CLOCK_START.match(text))
        and not at_least_words(text, _MAX_COLUMN_WORDS + 1)
        and not text.endswith(":")
        and not ends_block(line_text, languages)
        # "All fishermen are invited to come.", "We await your reply.": the text's last sentence (lowercase
        # content words), not a name ending in a full stop
        and not (line_text.endswith(".") and (is_prose(line_text) or not _capitalised_like_a_body(text)))
    )


def _column_before(ctx: Context, end: int) -> Lines:
    """The lines of a column ending at ``end``, going up: one per line, or one per paragraph."""
    languages = languages_of(ctx)
    numbers = array("l")  # not a list of Lines: 800,000 numbered lines made one column
    first_marker: str | None = None  # the marker of the run's first line collected (its last)
    above = ctx.free_up_to(end) if end >= 1 else ctx.lines[:0]

    def asked(text: str) -> tuple[bool, str | None, bool]:  # a line repeated in a row is asked about once
        return bool(text), marker_of(text), _column_line(text, languages)

    # two blank lines stop the column, or twice the page's usual gap (a scrape that doubles every blank line)
    stop, blanks = _STOP_GAP * max(1, ctx.usual_gap()), 0
    for n, (has_text, marker, column) in zip(above.numbers_reversed(), once_a_run(asked, above.texts_reversed()), strict=True):
        if has_text:
            # one column, one bullet: "• demand" items above "– organisation" lines are another list
            if (numbers and marker != first_marker) or not column:
                break
            first_marker = marker if not numbers else first_marker
            numbers.append(n)
            blanks = 0
        else:
            blanks += 1
            if blanks >= stop:
                break
    numbers.reverse()
    return ctx.lines.pick(numbers)


def _reads_as_column(run: Lines) -> bool:
    """Three in five lines are shaped like names or organisations;
    few are one word (a menu), none a place (tags), few a sentence."""
    def texts() -> Iterator[str]:  # read again for each question: no list of a long column's texts
        return once_a_run(_column_text, run.texts())

    size = len(run)
    if (sum(once_a_run(_one_word, texts())) * 3 > size and not _acronyms_among_bodies(list(texts()))) \
            or any(once_a_run(is_place, texts())):
        return False
    if sum(once_a_run(is_prose, texts())) * 5 > size:
        return False  # a few names of the form "PEPP grasrót fólks í fátækt" read as prose, not more
    named = sum(once_a_run(_name_shaped, texts()))
    return named * 5 >= size * 3


def _without_figure_dots(text: str) -> str:
    """``text`` less the dots between figures: "4.19 …위원회" is a body named for a date, no sentence's stop."""
    if "." not in text or not any(map(str.isdigit, text)):
        return text
    return "".join(ch for at, ch in enumerate(text)
                   if not (ch == "." and 0 < at < len(text) - 1 and text[at - 1].isdigit() and text[at + 1].isdigit()))


def _one_word(text: str) -> bool:
    """One word, as a menu's items are; a body's name written without spaces in Han, Kana or Hangul
    ("항구도서관시민모임", "港湾図書館友の会") is no menu word."""
    return not at_least_words(text, 2) and not ("\u3040" <= text[:1] <= "\ud7a3" and len(text) >= 4 and is_organisation(text))


def _acronyms_among_bodies(texts: list[str]) -> bool:
    """Three in four lines of more words name a body (two at least), and every line of one word is in capitals:
    bodies and their acronyms (``KENT DAYANIŞMA DERNEĞİ`` / ``TİDEV`` / ``IHD``), not a menu's
    words."""
    longer = [t for t in texts if at_least_words(t, 2)]
    return len(longer) >= 2 and all(t.isupper() for t in texts if not at_least_words(t, 2)) \
        and sum(map(is_organisation, longer)) * 4 >= len(longer) * 3


def _name_shaped(text: str) -> bool:
    """An organisation, a full name (its function before or after it), or a name of a few words before a dash
    (``Sjóvarnir – félag sjálfboðaliða``): the lexicons need not know the language.  A line that is an
    organisation by its length alone must be capitalised as one: a column of the site's headlines at the
    foot of a page ("Un incendio obliga a desalojar dos edificios") has lowercase words of content."""
    # each separator holds a dash: a text without one is its own head
    head = _DASH.split(text, maxsplit=1)[0] if "-" in text or "–" in text or "—" in text else text
    # (the shapes asked before the lexicons: most lines of a column are a short capitalised name)
    return (head != text and not at_least_words(head, 5) and head[:1].isupper()) or (
        at_least_words(text, 2) and not at_least_words(text, 5) and sum(w[:1].isupper() for w in text.split()) * 2 >= len(text.split())
    ) or (is_organisation(text) and _capitalised_like_a_body(text)) or person_line(text)


_PERSON_AND_BODY = lazy(r"^\s*(?P<name>[^()\d]{3,40}?)\s*\((?P<body>[^()]{2,60})\)\s*$")


def _addressed(ctx: Context, run: Lines) -> bool:
    """Half the lines or more address the reader ("Monsieur le Président …,"): addressees, not signers."""
    return sum(is_addressee(fold_words(text), ctx.language) for text in run.texts()) * 2 >= len(run)


def _person_and_body(text: str) -> bool:
    """``Gerry Doe (TSSA)``: a person's name and, in brackets, the body they sign for."""
    m = _PERSON_AND_BODY.match(text) if text.endswith(")") else None
    return m is not None and looks_like_person(m.group("name")) and not is_organisation(m.group("name"))


def _bodies_a_blank_apart(ctx: Context, run: Lines) -> bool:
    """"Advocacy for Fair Government" / (blank) / "Harbour Policy Project": two names or more a blank line apart, each
    capitalised as a body's and one naming its head noun, closing a text that speaks as its signers (one name wrapped
    over lines has no blank line in it)."""
    return len(run) >= 2 and run[-1].number - run[0].number >= 2 * (len(run) - 1) \
        and all(at_least_words(t, 2) and "," not in t and not t.endswith((".", "!", "?", ":"))
                and _capitalised_like_a_body(_column_text(t)) for t in run.texts()) \
        and any(is_organisation(_column_text(t)) for t in run.texts()) and speaks_as_signer(ctx, run[0].number)


def _capitalised_like_a_body(text: str) -> bool:
    """A body's name capitalises its words or holds its head noun ("Ligue des droits de l'homme");
    the text's last sentence cut short by the scrape ("OSSE må i samarbeid med Europ") does neither."""
    return lowercase_content_words(text.split()) <= 1 or names_a_body(text)


def _without_closing_verb(block: SignatureBlock, last_line: str) -> SignatureBlock:
    """``… Balıkçılar Derneği katıldı.``: the sentence the column runs in closes on its verb after the last
    body (Turkish puts it last); the verb is no part of the name."""
    last = block.signatories[-1]
    head, _, verb = last.name.rpartition(" ")
    if not head or not (verb.isalpha() and verb.islower()) or not last_line.rstrip().endswith(".") or not is_organisation(head):
        return block
    return replace(block, signatories=(*block.signatories[:-1], replace(last, name=head, key=signatory_key(head))))


def closing_columns(ctx: Context, ends: list[int]) -> Iterator[tuple[str, SignatureBlock]]:
    """A column of organisations (or names) closing the text after the body, one per line or
    per paragraph; or a single organisation closing the text on one to three lines."""
    for end in ends:
        run = _column_before(ctx, end)
        # "Thank you." / "Harbour Library Friends": the body's last sentence, then the signer; in a script
        # without case any short line is name-shaped, and only the full stop tells the sentence
        while run and run[0].text.endswith((".", "!", "?")) and not is_organisation(t := _column_text(run[0].text)) \
                and (not looks_like_person(t) or (t[:1].isalpha() and t[:1].lower() == t[:1].upper())):
            run = run[1:]
        if len(run) > 1 and run[0].text.endswith((":", ";")) and not run[1].text.endswith(run[0].text[-1]) \
                and not is_organisation(_column_text(run[0].text)):
            run = run[1:]  # "Der Erklärung schlossen sich an;" over bodies closed by commas: the lead-in
        if not run or not text_above(ctx, run[0].number):
            continue
        # three lines each naming a body of its own, capitalised as one and without a comma (no salutation,
        # no sentence), are a column too: "Union of …" / "Friends of …" / "… Network"
        # (two such lines will do right under the letter's closing place and date line: "Dado en Córdoba, …")
        if len(run) >= _MIN_COLUMN_LINES or (
                (len(run) == _MIN_COLUMN_LINES - 1 or (len(run) >= 2 and _under_closing_dateline(ctx, run[0].number))) and all(
                not _one_word(t) and "," not in t and is_organisation(c := _column_text(t)) and _capitalised_like_a_body(c)
                for t in run.texts())) or (
                # "Gerry Doe (TSSA)" / "Bob Roe (RMT)": two or three people, each with the body they sign for,
                # closing a text that speaks as its signers
                len(run) >= 2 and all(map(_person_and_body, run.texts())) and speaks_as_signer(ctx, run[0].number)) \
                or _bodies_a_blank_apart(ctx, run):
            if not _reads_as_column(run) or _addressed(ctx, run):
                continue
            rows = [Row(ln, i > 0 and ln.number > run[i - 1].number + 1) for i, ln in enumerate(run)]
            # fewer than half the lines read as people: a column of organisations ("Barnaheill – save the children")
            people = sum(once_a_run(person_line, run.texts()))
            kind: SignatoryKind | None = "organisation" if people * 2 < len(run) else None
            block = read_block(Found(None, run[0].number, ""), rows, kind)
            if block:
                yield "name-column", _without_closing_verb(block, run[-1].text)
            continue
        joined = " ".join(map(_unbulleted, run.texts()))
        if joined.endswith(".") and not joined.endswith(".."):
            joined = joined[:-1]  # "Bestyrelsen for Havnens Roklub.": the body signs off with a full stop
        first = _unbulleted(run[0].text)
        if (
            len(run) <= _MAX_SIGN_OFF_LINES
            and at_least_words(first, 2)  # "News" / "Sport": a menu, not an organisation
            # a body's head noun, not length alone (a caseless headline); "Members of the Union …", "More: …": a caption
            and names_a_body(first) and not is_function_word(first.split()[0])
            and not any(ch in _without_figure_dots(joined) for ch in ",.;:()")
            and not at_least_words(joined, _MAX_COLUMN_WORDS + 1)
            and _capitalised_like_a_body(joined)
            and speaks_as_signer(ctx, run[0].number)  # a statement's voice, not a report's caption
        ):
            # "Türk Dişhekimleri Birliği" / "Merkez Yönetim Kurulu": one organisation on its lines
            block = read_block(Found(None, run[0].number, ""), [Row(Line(run[0].number, joined, joined))])
            if block and len(block.signatories) == 1 and block.signatories[0].kind == "organisation":
                span = (run[0].number, run[-1].number)
                yield "closing-organisation", replace(block, lines=span, signatories=(replace(block.signatories[0], lines=span),))


def _under_closing_dateline(ctx: Context, first: int) -> bool:
    """Line ``first`` is the first content line under the dateline's line, a place and a date closing the text."""
    dl = ctx.dateline
    if dl is None or dl.lines is None or dl.place is None or dl.datetime is None or dl.lines[1] >= first:
        return False
    content = ctx.free_content()
    at = content.first_after(dl.lines[1])
    return at < len(content) and content.number_at(at) == first and text_above(ctx, dl.lines[0])

