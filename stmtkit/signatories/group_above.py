"""Names above a group's label: the signers before ``Warsaw insurgents:`` and those under it are one block.

A letter lists its signers, then a label and more signers of one kind (veterans, former ministers); the
block chosen may be the labelled group alone, its label too weak to be a heading.  The names right above
the label, a run of bare names under no heading of their own, sign the same letter.
"""

from __future__ import annotations

from ..signature_model import Signatory, SignatureBlock
from ..state import Context
from .block import bare_run_acceptable, bare_run_before, run_block, text_is_group_label


def across_group_label(ctx: Context, block: SignatureBlock) -> SignatureBlock:
    """``block`` with the run of names right above its group label, the label naming the group below."""
    first = block.lines[0]
    label = _next_text_line(ctx, first, -1) if not text_is_group_label(ctx.text(first)) else first
    if label is None or not text_is_group_label(ctx.text(label)):
        return block
    end = _next_text_line(ctx, label, -1)
    run = bare_run_before(ctx, end) if end is not None else None
    if not run or run[-1].number != end or not bare_run_acceptable(ctx, run):
        return block
    above = run_block(ctx, run)
    if above is None:
        return block
    group = ctx.text(label).strip().rstrip(":：").strip()
    below = tuple(s if s.group else _in_group(s, group) for s in block.signatories)
    return SignatureBlock(block.heading, above.signatories + below, (above.lines[0], block.lines[1]), block.others)


def _next_text_line(ctx: Context, number: int, step: int) -> int | None:
    """The next free line with text from ``number`` going ``step`` (blank lines skipped), or None."""
    n = number + step
    while 1 <= n <= len(ctx.lines) and ctx.is_free(n) and not ctx.text(n).strip():
        n += step
    return n if 1 <= n <= len(ctx.lines) and ctx.is_free(n) else None


def _in_group(signatory: Signatory, group: str) -> Signatory:
    return Signatory(signatory.name, signatory.kind, signatory.key, signatory.raw, signatory.lines,
                     signatory.role, signatory.affiliation, group)
