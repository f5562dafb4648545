"""Candidate signature blocks: every plausible start, its rows, its signatories and its features.

Each kind of evidence gives candidates: a heading (``Signed by:``), a heading
phrase in a short line, a sentence ending in a colon that names signing or
joining, a closing formula (``Sincerely,``), a table of signers, a run of
name lines closing the text, a dense paragraph of names after the body.  Each
candidate carries named features in 0..1; the stage weighs them
(``stmtkit.data.signature_block_weights``) and takes the best.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from heapq import merge

from ..addressee import is_addressee
from ..data.signature_block_weights import THRESHOLD, WEIGHTS
from ..fold import fold_words
from ..lines import Line, Lines, marker_of, once_a_run
from ..model import SignatoryKind, SignatureBlock, Span
from ..patterns import lazy
from ..state import Context
from .block import (
    Found,
    bare_run_acceptable,
    bare_run_before,
    collect_rows,
    languages_of,
    read_block,
)
from .closing import after_closing, after_closing_sentence
from .columns import under_column_headers
from .cues import block_cues
from .ends import ends_of_bare_runs
from .headings import heading_beside_date, heading_found
from .key import signatory_key
from .kind import is_function_word, is_organisation, is_place, looks_like_person, names_a_body, reads_as_name
from .lead import lead_names_line
from .lines import (
    at_least_words,
    ends_block,
    is_prose,
    is_weak_heading,
    person_line,
)
from .name_paragraph import is_name_paragraph
from .rows import Row
from .sentence import signing_sentences
from .sign_off import sign_off_before
from .tables import signer_table_header
from .text_around import closes_the_text, text_above
from .voice import speaks_as_signer

# A column of names or organisations: at least this many lines of at most this many words.
_MIN_COLUMN_LINES = 4
_MAX_COLUMN_WORDS = 10
# An organisation closing the text may be cut over a few lines ("Union" / "Executive Board").
_MAX_SIGN_OFF_LINES = 3
_DASH = lazy(r"\s+[-–—]\s+")
# Entries counted towards the 'entries' feature (more add no evidence).
_ENOUGH_ENTRIES = 5


class Candidate:
    """One plausible block: what opened it (``cue``), its signatories, and the features weighed.

    A plain class, not a dataclass: a dataclass compiles its generated methods when the module
    loads (about 4 M instructions), and a candidate is never compared, copied or shown whole.
    """

    __slots__ = ("block", "cue", "features", "score")

    def __init__(self, cue: str, block: SignatureBlock, features: dict[str, float], score: float) -> None:
        self.cue = cue
        self.block = block
        self.features = features
        self.score = score

    def explain(self) -> str:
        shown = ", ".join(f"{k}={v:.2f}" for k, v in self.features.items() if v)
        heading = f" {self.block.heading!r}" if self.block.heading else ""
        return f"candidate {self.cue}{heading}: score {self.score:.2f} ({shown})"


def weigh(features: dict[str, float]) -> float:
    """A candidate's score: the sum of weight × feature."""
    return sum(WEIGHTS.get(name, 0.0) * value for name, value in features.items())


# The most the features other than the cue can add (each at its best): a function of the weights alone.
_BEST_OF_THE_REST = sum(max(w, 0.0) for k, w in WEIGHTS.items() if not k.startswith("cue_"))


def _best_possible(cue: str) -> float:
    """The highest score a candidate opened by ``cue`` can reach (every other feature at its best)."""
    return WEIGHTS["cue_" + cue.replace("-", "_")] + _BEST_OF_THE_REST


def candidates(ctx: Context) -> Iterator[Candidate]:
    """Every candidate block of the document, each with its features and score.

    A candidate that would open inside a block under a heading, a closing formula or a
    table (``Sincerely,`` below the names of ``Signed by:``, the same names read as a bare
    run) is not read again: the cue is the stronger evidence for the same lines.  Nor are
    the kinds that could not beat the best candidate so far, whatever their features.
    """
    cued: list[tuple[int, int]] = []
    sentence_blocks: list[SignatureBlock] = []
    best = 0.0

    def inside(number: int) -> bool:
        return any(first <= number <= last for first, last in cued)

    def scored(cue: str, block: SignatureBlock) -> Candidate:
        nonlocal best
        features = _features(ctx, cue, block)
        candidate = Candidate(cue, block, features, weigh(features))
        best = max(best, candidate.score)
        return candidate

    for cue, block in _headed(ctx):
        candidate = scored(cue, block)
        yield candidate
        if cue == "heading":
            cued.append(block.lines)
            if candidate.score >= THRESHOLD:
                break  # the first heading that opens a block of names: later ones are its groups or a repeat
        elif cue == "sentence-heading" and candidate.score >= THRESHOLD:
            sentence_blocks.append(block)
    for kind, found in (("closing", after_closing), ("closing-sentence", after_closing_sentence), ("table", _tables), ("table", under_column_headers)):
        if _best_possible(kind) > best:
            for cue, block in found(ctx, inside):
                cued.append(block.lines)  # the names under a closing formula or in a table are no bare run
                yield scored(cue, block)
    content = ctx.free_content()
    if content and max(_best_possible("bare-run"), _best_possible("name-paragraph")) > best:
        ends = ends_of_bare_runs(ctx, content, inside)
        tails: list[Span] = []  # runs that are the tail of a block under a sentence heading: not read
        runs = (*_bare_runs(ctx, ends, sentence_blocks, tails), *_name_paragraphs(ctx, ends))
        ends = [end for end in ends if not any(first <= end <= last for first, last in tails)]
        for cue, block in runs:
            ends = [end for end in ends if not block.lines[0] <= end <= block.lines[1]]  # read already
            if not any(_cut_short(block.lines[0], under) for under in sentence_blocks):
                yield scored(cue, block)
        if ends and max(_best_possible("name-column"), _best_possible("closing-organisation")) > best:
            for cue, block in _columns(ctx, ends):
                yield scored(cue, block)
        if ends and _best_possible("organisation-line") > best:
            from .org_line import (
                organisation_lines,  # on first use: start-up pays for no module it may not need
            )

            for block in organisation_lines(ctx, ends):
                yield scored("organisation-line", block)
    if content and _best_possible("lead-names") > best and (lead := lead_names_line(ctx)) is not None:
        lead_block = read_block(Found(None, lead.number, ""), [Row(lead, after_heading=True)])
        if lead_block is not None:
            yield scored("lead-names", lead_block)
    if content and _best_possible("signing-sentence") > best:
        for block in signing_sentences(ctx, content):
            yield scored("signing-sentence", block)


def _cut_short(first: int, under: SignatureBlock) -> bool:
    """A run of names from line ``first`` inside the block under a sentence heading that leaves out its
    first signers (an entry above the run the run's lines could not read): the tail of that block, not a block."""
    return under.lines[0] < first <= under.lines[1] and under.signatories[0].lines[0] < first


# Cues that are words saying who signs, or a table of signers: links do not count against their block.
_SAID_BY_WORDS = frozenset(("heading", "weak-heading", "sentence-heading", "closing", "table", "sign-off"))


def _features(ctx: Context, cue: str, block: SignatureBlock) -> dict[str, float]:
    signers = block.signatories
    named = sum(1 for s in signers if reads_as_name(s.name, s.kind))
    first, last = block.lines
    features = {
        "cue_" + cue.replace("-", "_"): 1.0,
        "names": named / len(signers),
        "entries": min(len(signers), _ENOUGH_ENTRIES) / _ENOUGH_ENTRIES,
        "closes_text": 1.0 if closes_the_text(ctx, last) else 0.0,
        "after_body": 1.0 if _text_before(ctx, first) else 0.0,
    }
    links = ctx.link_lines
    if links and cue not in _SAID_BY_WORDS:
        # on a web page, entries each written from a link alone are its tags, related headlines or account
        # links; under words that say who signs ("Signed by:") a list of linked names or bodies is the block
        features["links"] = sum(1 for s in signers if s.lines[0] == s.lines[1] and s.lines[0] in links) / len(signers)
    return features


def _text_before(ctx: Context, first: int) -> bool:
    return text_above(ctx, first)


def _headed(ctx: Context) -> Iterator[tuple[str, SignatureBlock]]:
    # Last line of the rows a heading collected.  A heading inside them would collect a tail of
    # the same rows; skipping it keeps 50,000 "Signed by:" lines linear.
    searched_until = 0
    warned_enough = False
    content = ctx.free_content()
    asked, answer = None, None  # a line repeated in a row is asked about once
    # in line order: a heading beside the date must not hide a heading above it (the rows searched skip lines)
    for number, text in merge(heading_beside_date(ctx), content.items()):
        if text != asked:
            asked, answer = text, heading_found(text)
        if answer is None:
            continue
        line = ctx.line(number)
        (heading, inline), cue = answer
        if cue == "heading" and is_weak_heading(heading):
            cue = "weak-heading"
        block = None
        if line.number > searched_until or inline:
            rows = collect_rows(ctx, line.number + 1)
            if rows:
                searched_until = max(searched_until, rows[-1].line.number)
            # "Письмо подписали:" in the middle of an article is about another letter: a weak
            # heading opens a block only at the end of the text (known before reading the names)
            if cue == "heading" or closes_the_text(ctx, rows[-1].line.number if rows else line.number):
                # a heading on the dateline's line stays the dateline's: the block starts below it
                at = line.number if ctx.is_free(line.number) else line.number + 1
                block = read_block(Found(heading, at, inline), rows)
        if block is None:
            if cue != "sentence-heading" and not warned_enough:
                ctx.warn(
                    "signatures-heading-without-names",
                    f"the heading {line.text.strip()!r} is followed by no name that could be read",
                    (line.number, line.number),
                )
            continue
        warned_enough = True  # headings below a block are its groups or another letter's: no warning
        yield cue, block


def _tables(ctx: Context, inside: Callable[[int], bool]) -> Iterator[tuple[str, SignatureBlock]]:
    """A table whose header names a column of signers (``| Name | Affiliation | Role |``), with no heading."""
    if not ctx.lines.holds("|\t"):
        return  # a header row holds a bar or a tab
    for line in ctx.free_content():
        if not signer_table_header(line.text, line.raw) or inside(line.number):
            continue
        rows: list[Row] = []
        for below in ctx.lines[line.number - 1 :]:
            if below.blank or not ctx.is_free(below.number) or ("|" not in below.text and "\t" not in below.raw):
                break
            rows.append(Row(below))
        block = read_block(Found(None, line.number, ""), rows) if len(rows) >= 2 else None
        if block:
            yield "table", block
            return


def _bare_runs(ctx: Context, ends: list[int], under: Sequence[SignatureBlock], tails: list[Span]) -> Iterator[tuple[str, SignatureBlock]]:
    """A run of names with no heading: closing the text, or right above a closing date line; a run that is
    the tail of a block ``under`` a sentence heading is not read (its span goes to ``tails``)."""
    for end in ends:
        run = bare_run_before(ctx, end)
        if not run or not bare_run_acceptable(ctx, run):
            run = sign_off_before(ctx, end)
            if run and _text_before(ctx, run[0].number):
                block = read_block(Found(None, run[0].number, ""), [Row(ln) for ln in run])
                if block and len(block.signatories) == 1:
                    yield "sign-off", block
            continue
        if any(_cut_short(run[0].number, block) for block in under):
            tails.append((run[0].number, run[-1].number))
            continue
        rows = [Row(ln, i > 0 and ln.number > run[i - 1].number + 1) for i, ln in enumerate(run)]
        block = read_block(Found(None, run[0].number, ""), rows)
        if block:
            yield "bare-run", block


def _name_paragraphs(ctx: Context, ends: list[int]) -> Iterator[tuple[str, SignatureBlock]]:
    """A dense paragraph of names after the body: ``Name, role; Name, role; …``, ``Name (role), Name (role)``."""
    for end in ends:
        line = ctx.line(end)
        if not is_name_paragraph(line.text) or not _text_before(ctx, end):
            continue
        block = read_block(Found(None, end, ""), [Row(line)])
        if block and len(block.signatories) >= 3:
            yield "name-paragraph", block


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

    for n, (has_text, marker, column) in zip(above.numbers_reversed(), once_a_run(asked, above.texts_reversed()), strict=True):
        if has_text:
            # one column, one bullet: "• demand" items above "– organisation" lines are another list
            if (numbers and marker != first_marker) or not column:
                break
            first_marker = marker if not numbers else first_marker
            numbers.append(n)
        elif n > 1 and not ctx.lines.text_at(n - 1):
            break  # two blank lines: the column stops
    numbers.reverse()
    return ctx.lines.pick(numbers)


def _reads_as_column(run: Lines) -> bool:
    """Three in five lines are shaped like names or organisations;
    few are one word (a menu), none a place (tags), few a sentence."""
    def texts() -> Iterator[str]:  # read again for each question: no list of a long column's texts
        return once_a_run(_column_text, run.texts())

    size = len(run)
    if sum(once_a_run(_one_word, texts())) * 3 > size or any(once_a_run(is_place, texts())):
        return False
    if sum(once_a_run(is_prose, texts())) * 5 > size:
        return False  # a few names of the form "PEPP grasrót fólks í fátækt" read as prose, not more
    named = sum(once_a_run(_name_shaped, texts()))
    return named * 5 >= size * 3


def _one_word(text: str) -> bool:
    return not at_least_words(text, 2)


def _name_shaped(text: str) -> bool:
    """An organisation, a full name (its function before or after it), or a name of a few words before a dash
    (``Sjóvarnir – félag sjálfboðaliða``): the lexicons need not know the language."""
    # each separator holds a dash: a text without one is its own head
    head = _DASH.split(text, maxsplit=1)[0] if "-" in text or "–" in text or "—" in text else text
    # (the shapes asked before the lexicons: most lines of a column are a short capitalised name)
    return (head != text and not at_least_words(head, 5) and head[:1].isupper()) or (
        at_least_words(text, 2) and not at_least_words(text, 5) and sum(w[:1].isupper() for w in text.split()) * 2 >= len(text.split())
    ) or is_organisation(text) or person_line(text)


_PERSON_AND_BODY = lazy(r"^\s*(?P<name>[^()\d]{3,40}?)\s*\((?P<body>[^()]{2,60})\)\s*$")


def _addressed(ctx: Context, run: Lines) -> bool:
    """Half the lines or more address the reader ("Monsieur le Président …,"): addressees, not signers."""
    return sum(is_addressee(fold_words(text), ctx.language) for text in run.texts()) * 2 >= len(run)


def _person_and_body(text: str) -> bool:
    """``Gerry Doe (TSSA)``: a person's name and, in brackets, the body they sign for."""
    m = _PERSON_AND_BODY.match(text) if text.endswith(")") else None
    return m is not None and looks_like_person(m.group("name")) and not is_organisation(m.group("name"))


def _capitalised_like_a_body(text: str) -> bool:
    """A body's name capitalises its words or holds its head noun ("Ligue des droits de l'homme");
    the text's last sentence cut short by the scrape ("OSSE må i samarbeid med Europ") does neither."""
    function_words = block_cues().function_words
    lower = sum(1 for w in text.split() if w[:1].islower() and fold_words(w) not in function_words)
    return lower <= 1 or names_a_body(text)


def _without_closing_verb(block: SignatureBlock, last_line: str) -> SignatureBlock:
    """``… Balıkçılar Derneği katıldı.``: the sentence the column runs in closes on its verb after the last
    body (Turkish puts it last); the verb is no part of the name."""
    last = block.signatories[-1]
    head, _, verb = last.name.rpartition(" ")
    if not head or not (verb.isalpha() and verb.islower()) or not last_line.rstrip().endswith(".") or not is_organisation(head):
        return block
    return replace(block, signatories=(*block.signatories[:-1], replace(last, name=head, key=signatory_key(head))))


def _columns(ctx: Context, ends: list[int]) -> Iterator[tuple[str, SignatureBlock]]:
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
        if not run or not _text_before(ctx, run[0].number):
            continue
        # three lines each naming a body of its own, capitalised as one and without a comma (no salutation,
        # no sentence), are a column too: "Union of …" / "Friends of …" / "… Network"
        if len(run) >= _MIN_COLUMN_LINES or (len(run) == _MIN_COLUMN_LINES - 1 and all(
                at_least_words(t, 2) and "," not in t and is_organisation(c := _column_text(t)) and _capitalised_like_a_body(c)
                for t in run.texts())) or (
                # "Gerry Doe (TSSA)" / "Bob Roe (RMT)": two or three people, each with the body they sign for,
                # closing a text that speaks as its signers
                len(run) >= 2 and all(map(_person_and_body, run.texts())) and speaks_as_signer(ctx, run[0].number)):
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
        first = _unbulleted(run[0].text)
        if (
            len(run) <= _MAX_SIGN_OFF_LINES
            and at_least_words(first, 2)  # "News" / "Sport": a menu, not an organisation
            # a body's head noun, not length alone (a caseless headline); "Members of the Union …", "More: …": a caption
            and names_a_body(first) and not is_function_word(first.split()[0])
            and not any(ch in joined for ch in ",.;:()")
            and not at_least_words(joined, _MAX_COLUMN_WORDS + 1)
            and _capitalised_like_a_body(joined)
            and speaks_as_signer(ctx, run[0].number)  # a statement's voice, not a report's caption
        ):
            # "Türk Dişhekimleri Birliği" / "Merkez Yönetim Kurulu": one organisation on its lines
            block = read_block(Found(None, run[0].number, ""), [Row(Line(run[0].number, joined, joined))])
            if block and len(block.signatories) == 1 and block.signatories[0].kind == "organisation":
                span = (run[0].number, run[-1].number)
                yield "closing-organisation", replace(block, lines=span, signatories=(replace(block.signatories[0], lines=span),))
