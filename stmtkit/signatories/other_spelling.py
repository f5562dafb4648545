"""A name's other spelling in brackets after it: ``Sergei Orlov (Сергей Орлов)``, ``Mixail Lind (Michail Lindt)``.

Pages that list foreign signers in their own script or spelling add the name as its owner writes it.  The
bracket then holds no field of the entry (no role, no body) but the same person's name: a full name of as
many words that reads alike once both are folded to plain letters (``Anna Berg (Green Party)`` does not).
"""

from __future__ import annotations

from .key import signatory_key
from .kind import is_organisation, is_role, looks_like_person

# How alike the two folded names must read (SequenceMatcher's ratio): transliterations measured 0.77-1.0
# ("Mixail Lindt" / "Michail Lind" 0.87), a name and its body 0.06-0.6 ("Anne Roux" / "Santé Ouest" 0.6).
_ALIKE = 0.7


def other_spelling(name: str, inner: str) -> bool:
    """``inner``, bracketed after ``name``, is the same name spelt another way."""
    words = inner.split()
    if len(words) < 2 or len(words) != len(name.split()) or not looks_like_person(inner) or is_role(inner) \
            or is_organisation(inner):
        return False
    # (imported here: a bracket after a name is rare, and the module cost a fresh process's start-up 2 M instructions)
    from difflib import SequenceMatcher

    return SequenceMatcher(None, signatory_key(name), signatory_key(inner)).ratio() >= _ALIKE
