"""The lines around a cookie notice that belong to its banner (the boilerplate stage's question).

A consent banner prints its title over the notice ("We value your privacy") and its buttons or the rest of
its text under it ("Accept all", "Settings", a sentence the scrape cut short), with no blank line between:
left in the text, the banner's title under a letter's signer hid the signer, who no longer closed it.
"""

from __future__ import annotations

from .state import Context

# A banner's title, a button or a cut-off rest of its text is short; a paragraph of the page's text is not.
_BANNER_LINE = 100
# At most this many such lines under the notice.
_BANNER_REACH = 2


def banner_around(ctx: Context, notice: tuple[int, int]) -> list[tuple[int, int]]:
    """The spans of the banner's own lines right above and right below the notice (``notice``: its lines):
    short free lines, no blank line between them and the notice."""
    spans = []
    first, last = notice
    # above, the banner's title alone: one line, a blank line (or the page's start) over it, else the line
    # above is the page's own (a signer's name over a banner scraped without blank lines)
    if first > 1 and _banner_line(ctx, first - 1) and (first == 2 or not ctx.text(first - 2)):
        spans.append((first - 1, first - 1))
    below = last
    while below < len(ctx.lines) and below - last < _BANNER_REACH and _banner_line(ctx, below + 1):
        below += 1
    if below > last:
        spans.append((last + 1, below))
    return spans


def _banner_line(ctx: Context, number: int) -> bool:
    text = ctx.text(number)
    return bool(text) and ctx.is_free(number) and len(text) <= _BANNER_LINE
