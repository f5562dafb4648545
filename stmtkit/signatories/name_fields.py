"""Whether an entry line reads as a name and then what the signer is (two such lines are two signers)."""

from __future__ import annotations

from ..patterns import lazy
from .cleaning import clean_entry_text
from .inline import is_full_name
from .kind import is_role, looks_like_person
from .roles import split_title
from .segments import split_segments

# The dash between a name and its role: "Орлов – доктор наук" (spaced, so "Jean-Pierre" is one name).
SPACED_DASH = lazy(r"\s[-–—]\s")


def name_then_fields(text: str) -> bool:
    """``Anna Berg, chair of the Harbour Union``, ``Anna Berg,``: a full name, then a comma (and what the signer
    is); or ``Орлов – доктор наук``: a name, a spaced dash and a role; or ``Dr Anna``: a title and a name."""
    cleaned = clean_entry_text(text)
    segments = split_segments(cleaned)
    if (len(segments) > 1 or (bool(segments) and text.endswith(","))) and is_full_name(segments[0]):
        return True
    parts = SPACED_DASH.split(cleaned, maxsplit=1)
    if len(parts) == 2 and looks_like_person(parts[0]) and not is_role(parts[0]) and is_role(parts[1].rstrip(",; ")):
        return True
    title, rest = split_title(cleaned)  # asked last: most lines that are names say so above
    return bool(title) and bool(rest) and looks_like_person(rest)


# A name and its functions on one line is short; a longer line is a sentence whatever its shape.
_MAX_FUNCTIONS_LINE_WORDS = 15


def name_then_functions(text: str) -> bool:
    """``Ana Lima, engenheira, professora universitária``: a full name, then fields in lower case, one of them
    a function by its words, and no sentence's end: an entry, though its lowercase words look like prose.
    Asked only of lines that read as prose, or too long for the other shapes of a name and its fields."""
    if text.rstrip().endswith((".", "!", "?", ":")) or len(text.split()) > _MAX_FUNCTIONS_LINE_WORDS:
        return False
    segments = split_segments(clean_entry_text(text))
    return len(segments) > 1 and is_full_name(segments[0]) and any(
        is_role(s, lowercase_is_role=False) for s in segments[1:])
