"""Candidate signature blocks: every plausible start, its rows, its signatories and its features.

Each kind of evidence gives candidates: a heading (``Signed by:``), a heading
phrase in a short line, a sentence ending in a colon that names signing or
joining, a closing formula (``Sincerely,``), a table of signers, a run of
name lines closing the text, a dense paragraph of names after the body.  Each
candidate carries named features in 0..1; the stage weighs them
(``stmtkit.data.signature_block_weights``) and takes the best.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from functools import cache
from heapq import merge

from ..data.signature_block_weights import THRESHOLD, WEIGHTS
from ..model import SignatureBlock, Span
from ..state import Context
from .block import (
    Found,
    bare_run_acceptable,
    bare_run_before,
    collect_rows,
    read_block,
)
from .closing import after_closing, after_closing_sentence
from .column_run import closing_columns
from .columns import under_column_headers
from .cues import withholds_name
from .ends import above_reply_headings, ends_of_bare_runs
from .headings import behalf_wrapped, heading_beside_date, heading_found
from .kind import reads_as_name
from .lead import lead_names_line
from .lines import (
    is_weak_heading,
    names_a_group,
)
from .name_paragraph import is_name_paragraph
from .rows import Row
from .sentence import signing_sentences
from .sign_off import as_one_signer, run_on_signers_before, sign_off_before
from .tables import signer_table_header
from .text_around import closes_the_text, text_above

_MAX_LABEL_WORDS = 3  # "Organisations :", "Signing unions:" opening a paragraph of names
_MIN_BULLETED_BLOCK = 5  # rows, each with its bullet, under a sentence heading
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


# (remembered a cue at a time: asked about ten times a parse, of the same few cues)
@cache
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
            for cue, block in closing_columns(ctx, ends):
                yield scored(cue, block)
        if ends and _best_possible("organisation-line") > best:
            for block in _organisation_lines()(ctx, ends):
                yield scored("organisation-line", block)
    if content and _best_possible("lead-names") > best and (lead := lead_names_line(ctx)) is not None:
        lead_block = read_block(Found(None, lead.number, ""), [Row(lead, after_heading=True)])
        if lead_block is not None:
            yield scored("lead-names", lead_block)
    if content and _best_possible("signing-sentence") > best:
        for block in signing_sentences(ctx, content):
            yield scored("signing-sentence", block)
    if content and best < THRESHOLD:
        # a reader's letter's names above the heading of the editor's answer, its text below: asked last,
        # of the documents no other evidence gave a block (it walks the whole text)
        for cue, block in _bare_runs(ctx, above_reply_headings(ctx, inside), sentence_blocks, []):
            yield scored(cue, block)


@cache
def _organisation_lines() -> Callable[[Context, Sequence[int]], Iterator[SignatureBlock]]:
    """``org_line.organisation_lines``, imported on first use (start-up pays for no module it may not need)
    and once: an import statement asked at each parse walks the import machinery again (1.3 us)."""
    from .org_line import organisation_lines

    return organisation_lines


def _cut_short(first: int, under: SignatureBlock) -> bool:
    """A run of names from line ``first`` inside the block under a sentence heading that leaves out its
    first signers (an entry above the run the run's lines could not read): the tail of that block, not a block;
    or that opens on the heading's own words wrapped over lines (``W imieniu Komisji`` / ``Zakładowej …``)."""
    return under.lines[0] < first <= under.lines[1] and under.signatories[0].lines[0] != first


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
    # in line order: a heading beside the date must not hide a heading above it (the rows searched skip lines);
    # most pages have none, and their lines skip the merge (a generator's step a line)
    beside = heading_beside_date(ctx)
    for number, text in merge(beside, content.items()) if beside else content.items():
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
            # "W imieniu Komisji" / "Zakładowej Organizacji Związkowej" / … / "Anna Kowalczyk": the body's
            # name wrapped under the phrase belongs to the heading, the names start after it
            wrapped = behalf_wrapped(ctx, line.number) if cue == "sentence-heading" else 0
            if wrapped:
                heading = " ".join([heading, *(ctx.text(n).strip() for n in range(line.number + 1, line.number + 1 + wrapped))])
            rows = collect_rows(ctx, line.number + 1 + wrapped, under_heading=cue == "heading")
            if rows:
                searched_until = max(searched_until, rows[-1].line.number)
            # "Письмо подписали:" in the middle of an article is about another letter: a weak
            # heading opens a block only at the end of the text (known before reading the names)
            # (a sentence saying who supports, over a list bulleted line by line, is a block wherever it stands)
            if cue == "heading" or closes_the_text(ctx, rows[-1].line.number if rows else line.number) \
                    or (cue == "sentence-heading" and len(rows) >= _MIN_BULLETED_BLOCK and all(r.line.marker for r in rows)):
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
    content = ctx.free_content()
    for number, text, raw in zip(content.numbers(), content.texts(), content.raws(), strict=True):  # no Line a row
        if not signer_table_header(text, raw) or inside(number):
            continue
        rows: list[Row] = []
        for below in ctx.lines[number - 1 :]:
            if below.blank or not ctx.is_free(below.number) or ("|" not in below.text and "\t" not in below.raw):
                break
            rows.append(Row(below))
        block = read_block(Found(None, number, ""), rows) if len(rows) >= 2 else None
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
            if not run:
                yield from _run_on_sign_off(ctx, end)
            elif _text_before(ctx, run[0].number):
                block = read_block(Found(None, run[0].number, ""), [Row(ln) for ln in run])
                block = as_one_signer(block) if block else None
                if block and len(block.signatories) == 1 and not withholds_name(block.signatories[0].name):
                    yield "sign-off", block
            continue
        if any(_cut_short(run[0].number, block) for block in under):
            tails.append((run[0].number, run[-1].number))
            continue
        rows = [Row(ln, i > 0 and ln.number > run[i - 1].number + 1) for i, ln in enumerate(run)]
        block = read_block(Found(None, run[0].number, ""), rows)
        if block:
            yield "bare-run", block


def _run_on_sign_off(ctx: Context, end: int) -> Iterator[tuple[str, SignatureBlock]]:
    """Signers closing the text as ``Name Function`` lines with no separator, one signer a line."""
    lines = run_on_signers_before(ctx, end)
    if lines and _text_before(ctx, lines[0].number):
        block = read_block(Found(None, lines[0].number, ""), [Row(ln) for ln in lines])
        if block and len(block.signatories) == len(lines):
            yield "sign-off", block


def _name_paragraphs(ctx: Context, ends: list[int]) -> Iterator[tuple[str, SignatureBlock]]:
    """A dense paragraph of names after the body: ``Name, role; Name, role; …``, ``Name (role), Name (role)``."""
    for end in ends:
        line = ctx.line(end)
        if not is_name_paragraph(line.text) or not _text_before(ctx, end):
            continue
        label, colon, names = line.text.partition(":")
        if colon and len(label.split()) <= _MAX_LABEL_WORDS and names_a_group(label):
            # "Organisations : A ; B ; C": the group's label opens the paragraph, the names follow it
            block = read_block(Found(label.strip(), end, names.strip()), [])
        else:
            block = read_block(Found(None, end, ""), [Row(line)])
        if block and len(block.signatories) >= 3:
            yield "name-paragraph", block
