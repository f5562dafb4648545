"""The lines a contact heading stands over (the boilerplate stage's question).

A press release closes, or opens, with its contacts: "Media contact:" over a name, a phone number and an
e-mail, one piece a line or a piece a paragraph when extracted HTML spaces them.  The block takes them all
and stops at the first line that is neither a contact's nor short: the release's headline or text.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from .lines import Line
from .patterns import lazy
from .state import Context

# A contact's line is short, or an address with a phone number or an e-mail ("… Ankara Tel: (0312) 232 61 22").
_PHONE_NUMBER, _MAX_CONTACT_CHARS = r"\d[\d ()./\-]{6,}\d", 240
_MAX_CONTACT_LINES = 6
# A contact heading this short and holding no address is a heading alone ("Press contact:", "For more
# information, contact"): its pieces may stand a blank line apart.
_BARE_HEADING_WORDS = 8
_CONTACT_LINE = lazy(rf"^.{{0,100}}$|^(?=.{{0,{_MAX_CONTACT_CHARS}}}$).*(?:@|{_PHONE_NUMBER})", regex.S)
# How a contact is reached: an e-mail address or a phone number.
_REACHABLE = lazy(rf"@\S+\.\w|{_PHONE_NUMBER}")
_MAX_LABEL = 40  # "Acme Corp:" over its contact's address
_CONTACT_NAME_WORDS = 6  # "Press office of the Greens": a piece's name line without its address


def contact_block_end(ctx: Context, heading: Line, is_piece: Callable[[str], bool], *, contact: bool) -> int:
    """The last line of the block ``heading`` opens.  A contact heading (``contact``): the lines under it (name,
    phone, e-mail; across the page's usual blank lines when the heading stands alone, as extracted HTML spaces
    them), then more while they hold an address; a wire's "News provided by": the sender's name on the next line.
    ``is_piece`` tells a line that is boilerplate of its own ("###")."""
    most = _MAX_CONTACT_LINES if contact else 1
    bare = contact and len(heading.text.split()) <= _BARE_HEADING_WORDS and not any(c.isdigit() or c == "@" for c in heading.text)
    end, taken, gap = heading.number, 0, max(1, ctx.usual_gap()) if bare else 1
    for below in ctx.lines[heading.number : heading.number + (1 + gap) * most]:
        if below.blank and bare and below.number - end <= gap and taken < most:
            continue  # the page's blank lines between paragraphs, between the pieces of a contact
        if (below.blank or not ctx.is_free(below.number) or not _CONTACT_LINE.match(below.text) or taken == most
                or is_piece(below.text)):  # a piece of its own ("SOURCE …", "###")
            break
        if taken and not _contact_piece(ctx, below):
            break  # a line that reaches no one and names no one, nor the line under it: the headline under the contacts
        end, taken = below.number, taken + 1
    if contact and taken == most:
        end = _more_contacts(ctx, end)
    return end


def _contact_piece(ctx: Context, line: Line) -> bool:
    """A contact's piece opens here: it holds an address or a number, the line right under it does, or it is
    a name's or an office's few words."""
    below = ctx.text(line.number + 1) if line.number < len(ctx.lines) else ""
    return bool(_REACHABLE.search(line.text) or _REACHABLE.search(below)) or len(line.text.split()) <= _CONTACT_NAME_WORDS


def _more_contacts(ctx: Context, end: int) -> int:
    """A joint release lists a contact for each sender ("ORG:" over "Name: name@org.org"): the block goes on
    while its lines hold an address or a number, or label the line under them that does."""
    lines, at = ctx.lines, end  # lines[at] is the line under ``end``
    while at < len(lines) and ctx.is_free(lines[at].number):
        text = lines[at].text
        if _REACHABLE.search(text) and len(text) <= _MAX_CONTACT_CHARS:
            at += 1
        elif text.endswith(":") and len(text) <= _MAX_LABEL and at + 1 < len(lines) \
                and _REACHABLE.search(lines[at + 1].text) and len(lines[at + 1].text) <= _MAX_CONTACT_CHARS:
            at += 2
        else:
            break
    return lines[at - 1].number if at > end else end
