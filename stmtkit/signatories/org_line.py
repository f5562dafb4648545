"""Organisations named together on the line that closes the text (``Harbour Tenants Union, Friends of the
River, Green Youth Network``): the bodies that sign a call, one signatory each.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..data import folded_cues as cue
from ..model import SignatoryKind, SignatureBlock
from ..patterns import lazy
from ..state import Context
from .bodies_run import all_organisations
from .entry import read_entry
from .kind import is_organisation, names_a_body
from .lines import at_least_words, is_prose
from .segments import split_segments

# The line is a few names, not a paragraph; each name a few words.
_MAX_LINE_WORDS = 30
_MAX_NAME_WORDS = 8
_MIN_BODIES = 2
# "A - B - C - …": bodies set apart by dashes, at least this many dashes; such a line may run longer.
_MIN_DASHES = 3
_MAX_DASHED_LINE_WORDS = 90
# A long run, set apart by commas ("Harbour Action, Friends of the Valley, ReadMore.org, …"), may run as long and
# hold names of bodies no head noun tells ("Parents for Reading"), if none reads as a person's.
_LONG_RUN = 6
_DASH_SEPARATOR = lazy(r"\s+[-–—]\s*|(?<=\S)[-–—]\s+")
# "A, B ir C": the last two joined by a conjunction (the words of every language, as data).
_AND = lazy(rf"\s+(?:{cue.CONJUNCTIONS})\s+")
_ORGANISATION: SignatoryKind = "organisation"


def organisation_lines(ctx: Context, ends: Sequence[int]) -> Iterator[SignatureBlock]:
    """The text's last line when it names two bodies or more, split at commas (and the last ``and``), each
    a body by its head noun but at most one (``Friends of the River``), after the text they sign."""
    for end in ends:
        text = ctx.text(end).strip().rstrip(".")
        # the cheap shape first: asked of the last line of every text
        dashed = "," not in text and text.count(" - ") + text.count(" – ") + text.count(" — ") >= _MIN_DASHES
        long_run = text.count(",") + 1 >= _LONG_RUN
        # a colon in the first name is a label ("Signed: …", "Contact: …"); further on a body's own ("Voices United: …")
        if (not dashed and "," not in text) or ":" in (text.split(",", 1)[0] if long_run else text) \
                or at_least_words(text, (_MAX_DASHED_LINE_WORDS if dashed or long_run else _MAX_LINE_WORDS) + 1) \
                or (not dashed and not long_run and is_prose(text)):
            continue
        names = _dashed_names(text) if dashed else _names(text, long_run=long_run)
        if names is None or not any(at_least_words(t, 8) for t in ctx.free_texts(1, end - 1)):
            continue
        signers = [read_entry(name, (end, end), group_kind=_ORGANISATION) for name in names]
        if all(s is not None and s.kind == _ORGANISATION for s in signers):
            yield SignatureBlock(None, tuple(s for s in signers if s is not None), (end, end))


def _dashed_names(text: str) -> list[str] | None:
    """``CTD - FRENTE BARRIAL- PARTIDO DE LOS TRABAJADORES - MTL - …``: bodies set apart by dashes, in capitals or by their
    acronyms; half of them a body by head noun or acronym at least."""
    parts = [p.strip() for p in _DASH_SEPARATOR.split(text) if p.strip()]
    if len(parts) < _MIN_DASHES + 1 or any(not p[:1].isupper() or at_least_words(p, _MAX_NAME_WORDS + 1) for p in parts):
        return None
    bodies = sum(1 for p in parts if is_organisation(p) or names_a_body(p))
    return parts if bodies * 2 >= len(parts) else None


def _names(text: str, *, long_run: bool) -> list[str] | None:
    """The bodies the line names, or None when it is no such line."""
    parts = split_segments(text)
    if len(parts) < _MIN_BODIES:
        return None
    last = _AND.split(parts[-1])
    if len(last) == 2 and all(is_organisation(p) for p in last):
        parts[-1:] = last  # "…, Harbour Union and Green Youth Network"
    if any((not p[:1].isupper() and p[:1] not in "„“\"«'") or at_least_words(p, _MAX_NAME_WORDS + 1) for p in parts):
        return None  # a name opens with a capital or a quote
    bodies = sum(1 for p in parts if is_organisation(p) or names_a_body(p))
    if long_run and bodies * 3 >= len(parts) and all_organisations(parts, phrases=True):
        return parts
    return parts if bodies >= _MIN_BODIES and bodies >= len(parts) - 1 else None
