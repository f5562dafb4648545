"""The signature block: every candidate block, weighed, and the best one claimed.

Candidates open at a heading from ``SIGNATURE_HEADINGS`` (``Signé par:``,
``## Signatories``, ``**Подписали:**``, names may follow the colon), at a
sentence ending in a colon that names signing or joining, after a closing
formula (``Sincerely,`` — or ``Saygılarımızla, X Derneği`` on one line), at a
table of signers, or, with no cue at all, as a run of names or a dense
paragraph of names that closes the text or stands right above the letter's
closing date line.  A block ends at prose, a contact or notes section, reader
comments, addressees, an HTML comment, a date line, or a line another stage
claimed (boilerplate, the dateline).

Each candidate's features are weighed with ``stmtkit.data.signature_block_weights``;
the candidates and their scores go to the explain trail.  What a line is:
``stmtkit.signatories.lines``; a block's rows: ``stmtkit.signatories.block``;
the candidates: ``stmtkit.signatories.candidates``; entries in their many
layouts: ``stmtkit.signatories.layouts``.
"""

from __future__ import annotations

from dataclasses import replace
from operator import eq

from ..data.signature_block_weights import THRESHOLD
from ..lines import as_written
from ..model import SignatureBlock
from ..signatories import is_organisation, read_entry
from ..signatories.block import across_date_line
from ..signatories.candidates import Candidate, candidates
from ..signatories.group_above import across_group_label
from ..signatories.others import with_others_count
from ..state import Context


def choose(ctx: Context) -> Candidate | None:
    """The best candidate at or above the threshold (the first of equals), every one explained."""
    best: Candidate | None = None
    for candidate in candidates(ctx):
        ctx.explain.append(("signatures:candidate", candidate.block.lines, candidate.explain))  # (written if read: final)
        if candidate.score >= THRESHOLD and (best is None or candidate.score > best.score):
            best = candidate
    return best


def run(ctx: Context) -> None:
    best = choose(ctx)
    if best is None:
        _body_on_closing_date(ctx)
    else:
        # signers, the letter's place and date line, more signers: one block, claimed around the date line
        block, parts = across_date_line(ctx, across_group_label(ctx, best.block))
        counted = with_others_count(ctx, block)
        if counted.lines != block.lines:  # a count line below joins the last part
            parts = (*parts[:-1], (parts[-1][0], counted.lines[1]))
        heading = f" {block.heading!r}" if block.heading else ""
        across = ", read across the date line" if len(parts) > 1 else ""
        for part in parts:
            ctx.claim(part, "signatures", f"{best.cue}{heading}, score {best.score:.2f}{across}")
        ctx.signatures = _as_written(ctx, counted)


def _body_on_closing_date(ctx: Context) -> None:
    """An organisation on the closing date's line, the text's last (``<group>二〇〇九年十一月二十六日``; the page's
    footer may follow): the body that signs the letter; the line is the block's, the date still the dateline."""
    dateline = ctx.dateline
    if dateline is None or dateline.lines is None or dateline.lines[0] != dateline.lines[1]:
        return
    number = dateline.lines[0]
    # the text's last line: below it at most the site's footer (share lines, a copyright), claimed already
    if ctx.owner[number - 1] != "dateline" or any(ctx.free_texts(number + 1)):
        return
    text = ctx.line(number).text
    head = text[: text.find(dateline.text)].strip(" ,，、")
    if not 1 < len(head) <= _BODY_MAX or not is_organisation(head):
        return
    signer = read_entry(head, (number, number), group_kind="organisation")
    if signer is None or signer.kind != "organisation":
        return
    ctx.release((number, number), "dateline", "the closing date's line names the body that signs")
    ctx.claim((number, number), "signatures", "an organisation on the closing date's line")
    ctx.signatures = SignatureBlock(None, (signer,), (number, number))


# An organisation's name before the closing date is at most this long; more is a sentence.
_BODY_MAX = 80


def _as_written(ctx: Context, block: SignatureBlock) -> SignatureBlock:
    """Each signatory's ``raw`` as the input wrote it: a Markdown line's ``**Name** (role)`` or
    ``[Name](url)``, where the name, role and affiliation were read from its text without markup."""
    first, last = block.lines
    lines = ctx.lines[first - 1 : last]
    if all(map(eq, map(str.strip, lines.raws()), lines.texts())):
        return block  # plain text and web pages: raw and text are one
    signatories = tuple(
        replace(s, raw=as_written(ctx.lines[s.lines[0] - 1 : s.lines[1]], s.raw)) for s in block.signatories)
    return replace(block, signatories=signatories)
