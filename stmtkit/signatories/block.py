"""Finding a signature block in the parse state: its rows from a start line, and runs of bare names.

The rows of a block go to ``stmtkit.signatories.layouts`` (cut into entries) and come back as
``Signatory`` entries; which start wins is the stage's choice (``stmtkit.stages.signatures``).
"""

# No `from __future__ import annotations`: typing.NamedTuple compiles string annotations (0.23 M a field).

from array import array
from collections.abc import Sequence
from itertools import islice
from typing import NamedTuple

from ..fold import fold_key, fold_words
from ..lines import Line, Lines, marker_of, once_a_run
from ..model import Signatory, SignatoryKind, SignatureBlock, Span
from ..patterns import holds_digit, lazy
from ..state import Context
from .block_end import ends_block, is_date_line
from .cleaning import clean_entry_text
from .cues import block_cues, names_signing
from .entry import entry_head
from .inline import inline_names
from .kind import is_organisation
from .layouts import closes_bracket, closes_open_bracket, entries_of, signatories_of
from .lines import (
    MAX_ENTRY_WORDS,
    at_least_words,
    bare_entry,
    group_label_shape,
    group_of,
    heading_in,
    heading_of,
    html_comment_edge,
    is_others_line,
    is_prose,
    mentions_others,
    names_a_group,
    role_before_name,
)
from .name_paragraph import is_name_paragraph
from .roles import is_capacity_remark
from .rows import Row
from .tail import behalf_over_names, behalf_row, cut_off, date_cut_short, page_line, stray_last_row
from .text_around import text_above

# How many blank lines may separate the entries of one block (where the page puts one between paragraphs).
_MAX_BLANK_RUN = 3
# A note right under a heading, over its names, is one short sentence (a name is no sentence).
_MIN_NOTE_WORDS = 4
_MAX_NOTE_WORDS = 16
_MAX_CONJUNCTION_LINE = 8  # "• oraz": the longest conjunction ("oraz", four letters) behind a bullet
# A bare block (no heading) needs this many entries; fewer when each carries a title or initials.
_MIN_BARE_ENTRIES = 3
_MIN_BARE_TITLED = 2
# A bulleted entry this short that does not read as a name may still sit in a bare run.
_MAX_BARE_DOUBTFUL_WORDS = 8
_NUMBER_LABEL = lazy(r"^\d{1,4}[.)]\s")
_MIN_BULLETED_RUN = 3  # so many rows, each with its bullet, make a list whose entries are one line each


class Found(NamedTuple):
    heading: str | None
    start: int  # the heading line, or the first entry line of a bare block
    inline: str  # names after the heading's colon


def languages_of(ctx: Context) -> tuple[str, ...] | None:
    """The languages a date line of this document is read in."""
    return ctx.options.languages or ((ctx.language,) if ctx.language else None)


def collect_rows(ctx: Context, first: int, *, stop_at_prose: bool = True, under_heading: bool = False) -> list[Row]:
    """The block's lines from ``first`` on: stop at the first line that ends it (not taken).
    ``under_heading``: one short sentence right below the heading is a note over the names, not the text."""
    rows: list[Row] = []
    blank_run = 0
    # a gap is wide against the page's usual one: a scrape that doubles every blank line doubles this one too
    widest = _MAX_BLANK_RUN * max(1, ctx.usual_gap())
    bulleted = 0  # rows so far, every one opening with a bullet
    languages = languages_of(ctx)
    # The line a news lede's dateline was read from (left unclaimed for its paragraph) is no entry:
    # the dateline's lines, looked up once for the block.
    dl = ctx.dateline
    dateline_lines = dl.lines if dl is not None and dl.lines is not None else (0, -1)
    # the lines' texts beside their owners, as Context.free_lines walks them: no method call per line,
    # and a Line made only for a line that may be a row (not for the blank lines, nor the one that ends it)
    for (number, text), owner in zip(ctx.lines[first - 1 :].items(), islice(ctx.owner, first - 1, None), strict=True):
        if owner is not None:
            break
        if not text:  # blank
            blank_run += 1
            if rows and blank_run >= widest:
                break
            continue
        if ends_block(text, languages) or dateline_lines[0] <= number <= dateline_lines[1]:
            if rows and is_others_line(text) and _group_follows(ctx, number):
                # "• and many more…" closing one group of a grouped list, the next group below: inside the block
                rows.append(Row(ctx.line(number), blank_run > 0, intro=True))
                blank_run = 0
                continue
            break
        line = ctx.line(number)
        if not rows and line.text.endswith(":") and group_of(line.text) is None and not at_least_words(line.text, MAX_ENTRY_WORDS + 1):
            # "Signatories:" then "The following organisations have signed this letter:"
            rows.append(Row(line, blank_run > 0, intro=True))
            blank_run = 0
            continue
        if under_heading and not rows and line.text.endswith(("!", ".")) and not at_least_words(line.text, _MAX_NOTE_WORDS + 1) \
                and at_least_words(line.text, _MIN_NOTE_WORDS) and (line.text.endswith("!") or is_prose(line.text)) \
                and not bare_entry(line.text, bool(line.marker))[0]:
            # "Our supporters" then "Thank you for all your messages!": a note under the heading, the names below
            # (a line of names may close on a full stop, not on an exclamation mark)
            rows.append(Row(line, blank_run > 0, intro=True))
            blank_run = 0
            continue
        # (a line of a few letters: "oraz" and a bullet at most, the longer lines not asked)
        if rows and len(line.text) <= _MAX_CONJUNCTION_LINE \
                and (line.text[len(marker):].strip() if (marker := line.marker) else line.text).casefold() \
                in block_cues().conjunctions:
            # "The Harbour Union" / "and" / "Friends of the River …": a word joining the lines, no entry
            # (behind the entries' bullet too: "• Anna Berg" / "• and" / "• Tom Lind")
            rows.append(Row(line, blank_run > 0, intro=True))
            blank_run = 0
            continue
        if stop_at_prose and is_prose(line.text) and not is_name_paragraph(line.text) and not _closes_semicolon_run(rows, line.text) \
                and not (rows and bare_entry(line.text, bool(line.marker))[0]):
            break  # "врач Мария Зотова," under entries: a function in lower case, then the name, is no sentence
        if line.marker:
            bulleted += 1
        elif bulleted >= _MIN_BULLETED_RUN and bulleted == len(rows) and not blank_run and not line.raw[:1].isspace() \
                and not line.text.endswith(":"):
            break  # right under a list bulleted line by line, a line flush left with no bullet (nor a group's label) is the text going on
        rows.append(Row(line, blank_run > 0 and bool(rows)))
        blank_run = 0
    return rows


def _closes_semicolon_run(rows: list[Row], text: str) -> bool:
    """``- Union for peace (UP).`` under entries ending in ``;``: the run's last entry, closed by a full stop."""
    return bool(rows) and rows[-1].line.text.endswith(";") and text.endswith(".") and not at_least_words(text, MAX_ENTRY_WORDS + 1)


def _group_follows(ctx: Context, number: int) -> bool:
    """Below line ``number`` (blank lines between): a short label line, then a bulleted entry."""
    found: list[Line] = []
    for line in ctx.lines[number:]:
        if not ctx.is_free(line.number):
            return False
        if line.text:
            found.append(line)
            if len(found) == 2:
                break
    if len(found) < 2:
        return False
    label, entry = found
    return group_label_shape(label.text) and bool(marker_of(entry.text))


def read_block(found: Found, rows: Sequence[Row], kind: SignatoryKind | None = None, *, signed_off: bool = False) -> SignatureBlock | None:
    """The block's signatories, read from its rows (and the names after the heading's colon);
    ``kind`` when the shape of the block already says what its entries are; ``signed_off`` when a closing
    formula opened it."""
    signatories: list[Signatory] = []
    # A heading that names the kind ("İmzacı kurumlar:", "Organisations signataires") is also the first group.
    first_group: tuple[str | None, SignatoryKind | None] | None = None
    if found.heading and names_a_group(found.heading):
        first_group = group_of(found.heading)
    elif kind is not None:
        first_group = (None, kind)
    if found.inline:
        # the names after the colon are the first row: "С уважением, Дмитрий Шубин" / "председатель правления"
        rows = [Row(Line(found.start, found.inline, found.inline), after_heading=True), *rows]
    for entry in entries_of(rows, group_of=group_of, first_group=first_group):
        signatories.extend(signatories_of(entry))
    if not signatories:
        return None
    if stray_last_row(rows, signatories, signed_off=signed_off):
        # a related article's headline or a caption under the names, after a blank line: not signed
        signatories.pop()
        rows = rows[:-1]
    if behalf_over_names(rows, signatories):
        signatories.pop(0)  # "lastevanemate kogu nimel" over the names: whom they sign for (its line stays the block's)
    if (cut := behalf_row(rows, signatories)) is not None:
        signatories.pop()  # "On behalf of the Harbour Coalition" under the names: whom they sign for, no signer
        rows = rows[:cut]
    last = max([found.start, *(r.line.number for r in rows)])
    return SignatureBlock(found.heading, tuple(signatories), (found.start, last))


def bare_run_before(ctx: Context, end: int) -> Lines:
    """The run of name lines that ends at line ``end`` (going up; blank lines allowed, not other text).

    In a bulleted list a few short entries that do not read as names (``- Jane Mayor``,
    ``- the pixel collective``) do not cut the run, as long as nine in ten read as names;
    the run starts at a name, never at such an entry.
    """
    # The run's line numbers and whether each reads as a name, as arrays: a page of 800,000
    # numbered lines went up as one run, a Line and a tuple each (250 MB).
    numbers, named = array("l"), bytearray()
    above = ctx.free_up_to(end) if end >= 1 else ctx.lines[:0]
    field = 0  # a line that is no name, kept until the line above says whether it is that name's field
    label = 0  # a group's label ("Veterans:"), kept until the line above says names go on above it
    for n, (ok, remark, doubtful) in zip(above.numbers_reversed(), once_a_run(_bare_line, above.texts_reversed()), strict=True):
        if ok is None:
            if field and not (")" in (closer := ctx.text(field)) and closes_bracket(closer)):
                break  # (a bracket's wrapped end waits for its line, past blank lines)
            continue  # a blank line
        if label:
            if not ok:
                break  # the label opens the run: the names start below it
            numbers.append(label)  # "Veterans:" between two runs of names: a group of the same block
            named.append(True)
            label = 0
        if field:
            if not (ok and (ctx.text(n).endswith(",") or closes_open_bracket(ctx.text(n), ctx.text(field)))):
                break
            numbers.append(field)  # "Jane Roe," / "Writer and activist, Nobel laureate": the name's field
            named.append(True)
            field = 0
        elif not ok and not remark and not doubtful and not ctx.text(n).endswith((",", ":")):
            field = n  # maybe the field of a "Name," line above
            continue
        if not ok and numbers and text_is_group_label(ctx.text(n)):
            label = n
            continue
        if not ok and numbers and remark:
            numbers.append(n)  # "(in a personal capacity, as all who sign)" below an entry: its remark
            named.append(True)
            continue
        if not ok and not doubtful:
            break  # neither a name nor a short bulleted entry
        numbers.append(n)  # collected upwards, reversed below: insert(0) was quadratic
        named.append(ok)
    numbers.reverse()
    named.reverse()
    start = 0
    if named.count(0) * 10 > len(named):
        start = named.rfind(0) + 1  # too many doubtful entries: the run is what follows the last of them
    first_name = named.find(1, start)
    return ctx.lines.pick(numbers[first_name:] if first_name >= 0 else ())


def _bare_line(text: str) -> tuple[bool | None, bool, bool]:
    """A line of a bare run (its ``text``): (a name, else a capacity remark, else a short bulleted entry);
    None for a blank line."""
    if not text:
        return None, False, False
    # a number label opens with a digit: a name skips the pattern
    marked = bool(marker_of(text)) or (text[:1].isdigit() and bool(_NUMBER_LABEL.match(text)))
    ok, _ = bare_entry(text, marked)
    if ok and not (holds_digit(text) and is_date_line(text, None)):  # ("Ribera, 12 de abril de 2024" is no entry)
        return True, False, False
    remark = text[:1] == "(" and is_capacity_remark(text)
    # asked only of lines that are no name
    doubtful = marked and not at_least_words(text, _MAX_BARE_DOUBTFUL_WORDS + 1) and not is_prose(text)
    return False, remark, doubtful


def last_entry_line(ctx: Context, content: Sequence[Line]) -> int | None:
    """The last content line that may close a run of names: not an HTML comment, an "… and others"
    line, a line of the page (``page_line``) or a cut-off word, with nothing but those after it."""
    quiet_from: int | None = None
    for position in range(len(content) - 1, -1, -1):
        line = content[position]
        if html_comment_edge(line.text) or mentions_others(fold_key(line.text)) or page_line(line.text):
            continue
        if quiet_from is None and position and (
                cut_off(line.text, content[position - 1].text) or date_cut_short(line.text, content[position - 1].text, languages_of(ctx))):
            quiet_from = line.number
            continue
        return line.number if tail_is_quiet(ctx, quiet_from or line.number) else None
    return None


def tail_is_quiet(ctx: Context, after: int) -> bool:
    """After a trailing run: only claimed lines, blanks, HTML comments, an "and N others" line, the page's lines."""
    for text, owner in zip(ctx.lines[after:].texts(), islice(ctx.owner, after, None), strict=True):  # no Line a line
        if not text or owner is not None:
            continue
        if html_comment_edge(text) or mentions_others(fold_key(text)) or page_line(text):
            continue
        return False
    return True


def bare_run_acceptable(ctx: Context, run: Lines) -> bool:
    """A run of names with no heading that reads as signers: long or titled, people, after a text."""
    # A short run must be titled throughout; a long one needs no count (a second reading of every line).
    if len(run) < _MIN_BARE_ENTRIES and not (
        len(run) >= _MIN_BARE_TITLED and all(bare_entry(ln.text, bool(ln.marker))[1] for ln in run)
    ):
        return False
    # Without bullets, one-word lines are a menu ("Home", "News", "Contact"), not people;
    # a bulleted list of handles ("- kiara", "- @self") is a list of signers.
    bulleted = any(map(marker_of, run.texts()))
    if not bulleted:
        single = sum(once_a_run(_single_word, run.texts()))
        if single * 3 > len(run):
            return False
    # Names without bullets right under the headline are a byline ("Title" / "Anna Berg" / "Tom Lind" /
    # "27 May 2024"); signers come after the text they sign.
    if not bulleted and not text_above(ctx, run.number_at(0)):
        return False
    # A list introduced by a sentence ("The accused are:") is not a list of signers.
    n = run[0].number - 1
    while n >= 1 and ctx.line(n).blank:
        n -= 1
    if n >= 1 and ctx.is_free(n) and ctx.line(n).text.rstrip().endswith(":") and not heading_of(ctx.line(n)) \
            and not heading_in(last := _last_sentence(ctx.line(n).text)) \
            and not (last != ctx.line(n).text.strip() and names_signing(fold_words(last))):
        # ("… the last sentence of the text. Signatories:": a heading glued to the paragraph above is one;
        # so is a paragraph's last sentence naming signing or joining: "… Here is the list of new signers:"
        # (a sentence alone opens a block of its own, as a sentence heading)
        return False
    # Names of organisations alone are not enough: bare runs are people, like a letter's signers.
    return _mostly_people(run)


def _last_sentence(text: str) -> str:
    """The text after the last full stop that ends a sentence (``… Serbia. Signatories:`` → ``Signatories:``)."""
    cut = text.rfind(".", 0, len(text) - 1)
    return text[cut + 1 :].strip() if cut >= 0 else text


def _single_word(text: str) -> bool:
    return len(clean_entry_text(text).split()) < 2


def _mostly_people(run: Lines) -> bool:
    """More than half the entries are not organisations by their head; stops counting once that is settled."""
    needed = len(run) // 2 + 1
    people = 0
    for person in once_a_run(_person_entry, run.texts()):
        if person:
            people += 1
            if people >= needed:
                return True
    return False


def _person_entry(text: str) -> bool:
    # the head of the entry: "Орлов – доктор наук" is a person whatever the role's words say
    # "председатель Союза «…» Иван Орлов": a function and its body, then the person
    return not is_organisation(entry_head(text) or clean_entry_text(text)) or role_before_name(clean_entry_text(text))


def _date_line_beside(ctx: Context, number: int, step: int) -> tuple[int, int] | None:
    """(the date line, the first line past it) when the next non-blank line from ``number`` going
    ``step`` is the dateline's own line (a letter's ``Kyiv, 12 May 2024``) with a free line past it."""
    n = number + step
    while 1 <= n <= len(ctx.lines) and ctx.is_free(n) and ctx.line(n).blank:
        n += step
    if not 1 <= n <= len(ctx.lines):
        return None
    dl = ctx.dateline
    if dl is None or dl.lines != (n, n) or ctx.is_free(n):
        return None  # the dateline stage took the line as the letter's date: it stays the dateline's
    past = n + step
    while 1 <= past <= len(ctx.lines) and ctx.is_free(past) and ctx.line(past).blank:
        past += step
    return (n, past) if 1 <= past <= len(ctx.lines) and ctx.is_free(past) else None


def text_is_group_label(text: str) -> bool:
    """``Powstańcy warszawscy:``: a few words closed by a colon, no sentence: the label of the names below."""
    plain = text.strip()
    return plain.endswith((":", "：")) and group_label_shape(plain[:-1])


def run_block(ctx: Context, run: Sequence[Line]) -> SignatureBlock | None:
    """The block a run of bare name lines makes (blank lines between its rows kept as such)."""
    rows = [Row(ln, i > 0 and ln.number > run[i - 1].number + 1) for i, ln in enumerate(run)]
    return read_block(Found(None, run[0].number, ""), rows)


def _says_also(heading: str) -> bool:
    """``Au mai semnat``, ``Also signed by``: the heading says the names below signed too."""
    also = block_cues().also_words
    return any(word in also for word in fold_key(heading).split())


def _names_above(ctx: Context, first: int) -> list[Line]:
    """The lines of names right above line ``first`` (blank lines between), none a heading or prose:
    a line of several names (``Ovidiu Pop, Ion Vartic,``) or one entry that reads as a name."""
    run: list[Line] = []
    n = first - 1
    while n >= 1 and ctx.is_free(n):
        line = ctx.line(n)
        if not line.blank:
            if heading_of(line) or is_prose(line.text) or not (
                    len(inline_names(line.text, two_names=True)) >= 2 or bare_entry(line.text, bool(line.marker))[0]):
                break
            run.append(line)
        n -= 1
    run.reverse()
    return run if len(run) >= 1 and sum(len(inline_names(ln.text, two_names=True)) for ln in run) >= _MIN_BARE_ENTRIES else []


def across_date_line(ctx: Context, block: SignatureBlock) -> tuple[SignatureBlock, tuple[Span, ...]]:
    """The block and the spans to claim: one block read across the letter's place and date line
    when names stand on both sides of it (signers, ``Kyiv, 12 May 2024``, more signers).

    Names below the date line join any block when they close the text; names above it join a block
    without a heading (the heading would stand above them), or one whose heading says its names joined
    those above (``Hanno finora aderito:``).
    """
    first, last = block.lines
    parts: list[Span] = [block.lines]
    signatories = list(block.signatories)
    below = _date_line_beside(ctx, last, 1)
    if below is not None:
        end = last_entry_line(ctx, ctx.free_content())
        run = bare_run_before(ctx, end) if end is not None and end >= below[1] else []
        opens = below[1]
        if run and run[0].number != opens and text_is_group_label(ctx.text(opens)) \
                and not any(ctx.text(n).strip() for n in range(opens + 1, run[0].number)):
            # "Hanno finora aderito:" over the names below the date line: their label, taken with them
            run = ctx.lines.pick([opens, *(ln.number for ln in run)])
        more = run_block(ctx, run) if len(run) >= _MIN_BARE_TITLED and run[0].number == opens else None
        if more is not None:
            signatories.extend(more.signatories)
            parts.append(more.lines)
            last = more.lines[1]
    if block.heading is not None and _says_also(block.heading):
        # "(Irina Pop, Ion Vartic," … "Mihai Lupu)" / "Au mai semnat: …": the names above signed first
        run = _names_above(ctx, first)
        more = read_block(Found(None, run[0].number, ""), [Row(ln, i > 0) for i, ln in enumerate(run)]) if run else None
        if more is not None:
            signatories[:0] = more.signatories
            parts[0] = (more.lines[0], parts[0][1])
            first = more.lines[0]
    above = _date_line_beside(ctx, first, -1) if block.heading is None or _says_also(block.heading) else None
    if above is not None:
        run = bare_run_before(ctx, above[1])
        more = run_block(ctx, run) if run and bare_run_acceptable(ctx, run) else None
        if more is not None:
            signatories[:0] = more.signatories
            parts.insert(0, more.lines)
            first = more.lines[0]
    if (first, last) == block.lines:
        return block, (block.lines,)
    return SignatureBlock(block.heading, tuple(signatories), (first, last), block.others), tuple(parts)
