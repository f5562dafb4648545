"""A signer's fields set apart by slashes, the name run into its role: ``Ana Ruiz Professor of History /
Valley University / Centre for Coastal Studies``.

Some lists write each signer as name and role with no separator, then the bodies after slashes.  Read
at its commas or as a paragraph of names, the line gave the name with its role glued on, or bodies as
signers of their own.
"""

from __future__ import annotations

from .kind import is_place, is_role, looks_like_person

_MAX_NAME_WORDS = 4
_MAX_HEAD_WORDS = 12  # a name and a role before the first slash


def name_role_slashed(text: str) -> tuple[str, str, str | None] | None:
    """``Ana Ruiz Professor of History / Valley University`` → (``Ana Ruiz``, ``Professor of History``,
    ``Valley University``): the name is the fewest words (two at least, not ending on an initial) before
    words that read as a function; None when the text before the first slash does not split so."""
    first, _, rest = text.partition(" / ")
    words = first.split()
    if len(words) > _MAX_HEAD_WORDS or "," in first or " - " in first or " – " in first:
        return None  # a paragraph of entries, or a name and role already set apart: not this layout
    for cut in range(2, min(len(words), _MAX_NAME_WORDS + 1)):
        last = words[cut - 1]
        if len(last) <= 2 and last.endswith("."):
            continue  # "Jean E." / "Howard …": an initial does not close a name
        name, role = " ".join(words[:cut]), " ".join(words[cut:])
        if is_role(role) and looks_like_person(name) and not is_role(name) and not is_place(name):
            bodies = [part.strip() for part in rest.split(" / ") if part.strip()]
            return name, role, ", ".join(bodies) or None
    return None
