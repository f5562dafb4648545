"""The signature block: where it is, where it ends, and the entries in it.

A block opens at a heading from ``SIGNATURE_HEADINGS`` (``Signé par:``,
``## Signatories``, ``**Подписали:**``, names may follow the colon), after a
closing formula (``Sincerely,`` — or ``Saygılarımızla, X Derneği`` on one
line), or, with no heading at all, as a run of names that closes the text or
stands right above the letter's closing date line.  It ends at prose, a
contact or notes section, reader comments, addressees, an HTML comment, a
date line, or a line another stage claimed (boilerplate, the dateline).

What a line is: ``stmtkit.signatories.lines``; a block's rows and bare runs:
``stmtkit.signatories.block``; entries in their many layouts:
``stmtkit.signatories.layouts``.
"""

from __future__ import annotations

from ..model import SignatureBlock
from ..signatories import forget_entries
from ..signatories.block import (
    Found,
    bare_run_acceptable,
    bare_run_before,
    closes_the_text,
    collect_rows,
    read_block,
    tail_is_quiet,
)
from ..signatories.layouts import Row, signer_table_header
from ..signatories.lines import (
    at_least_words,
    closing_of,
    heading_of,
    html_comment_edge,
    is_weak_heading,
    mentions_others,
)
from ..state import Context
from ..text import fold_key

# A closing formula among the last lines of the text opens a block as it is.
_CLOSING_WINDOW = 12
# "Saygılarımızla, Ege Kıyı Gönüllüleri Derneği": a sign-off on one line is short.
_MAX_SIGN_OFF_WORDS = 12


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
            block = read_block(Found(heading, line.number, inline), rows)
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
        if inline and at_least_words(inline, _MAX_SIGN_OFF_WORDS + 1):
            return False
        rows = collect_rows(ctx, line.number + 1)
        block = read_block(Found(formula, line.number, inline), rows)
        near_the_end = position >= len(content) - _CLOSING_WINDOW
        if block and (near_the_end or closes_the_text(ctx, block.lines[1])):
            _claim(ctx, block, f"closing formula {formula!r}")
            return True
        return False
    return False


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
        if html_comment_edge(line.text) or mentions_others(fold_key(line.text)):
            continue
        if tail_is_quiet(ctx, line.number):
            candidates.append(line.number)
        break
    for end in candidates:
        if end < 1 or not ctx.is_free(end):
            continue
        run = bare_run_before(ctx, end)
        if not run or not bare_run_acceptable(ctx, run):
            continue
        rows = [Row(ln, i > 0 and ln.number > run[i - 1].number + 1) for i, ln in enumerate(run)]
        block = read_block(Found(None, run[0].number, ""), rows)
        if block:
            _claim(ctx, block, "a run of names with no heading")
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
        block = read_block(Found(None, line.number, ""), rows) if len(rows) >= 2 else None
        if block:
            _claim(ctx, block, "a table with a column of names")
            return True
    return False


def run(ctx: Context) -> None:
    # The cleaned entries are remembered for this document only: a benchmark that repeats
    # documents must not find them already cleaned.
    forget_entries()
    try:
        for finder in (find_headed, find_after_closing, find_table, find_bare):
            if finder(ctx):
                return
    finally:
        forget_entries()
