"""Runs of bodies' names on one line: ``CGT, CFDT, FO et Solidaires``, or any names under a heading that says
organisations sign (``Organisations signataires : Amis du Port, la Vigie, Phare 29``)."""

from __future__ import annotations

from collections.abc import Sequence

from ..data import folded_cues as cue
from ..patterns import holds_digit
from .cleaning import clean_entry_text
from .kind import is_organisation, is_place, is_role, looks_like_person

# A run of bodies this long may hold one a fifth that reads as a name ("Le Carrefour").
_MANY_BODIES = 6


def all_organisations(parts: Sequence[str], *, phrases: bool = False) -> bool:
    """Every part an organisation or a one-word capitalised name (``Oxfam``), none a role or a place;
    "Anna Berg, Harvard University, Law School" is one person's entry, not three signers.

    With ``phrases`` a part of words no person's name holds ("Droits des migrants": a lowercase word that is
    no particle) counts as a body's name too."""
    kinds = []
    for part in parts:
        text = clean_entry_text(part)
        # the shape asked before the lexicons: a paragraph's first clause is long or opens in lower case
        if not text or len(text.split()) > 8 or not text[:1].isupper() or is_role(text) or is_place(text):
            return False
        kind = "organisation" if is_organisation(text) else "word" if len(text.split()) == 1 else "person"
        if kind == "person" and holds_digit(text):
            kind = "phrase"  # "Attac 34", "Union Nord 12": a body and its district's number, no person's name
        kinds.append("phrase" if kind == "person" and phrases and not looks_like_person(text) else kind)
    # in a long run of bodies one a fifth may read as a name ("…, Le Carrefour, NPA, …"): a body too
    people = kinds.count("person")
    return "organisation" in kinds and (not people or (len(kinds) >= _MANY_BODIES and people * 5 <= len(kinds)))


def named_bodies(parts: Sequence[str]) -> bool:
    """Each part is a name of a few words, capitalised or opened by its article in lower case (``la Cimade``):
    under a heading that says organisations sign, a comma parts bodies, not a body from its place."""
    articles = cue.ROLE_ARTICLES
    places = 0
    for part in parts:
        text = clean_entry_text(part)
        words = text.split()
        if not words or len(words) > _MAX_BODY_WORDS or words[-1].endswith(_CLAUSE_ENDS):
            return False
        head = words[1] if words[0] in articles and len(words) > 1 else words[0]
        if not (head[:1].isupper() or head[:1].isdigit()):
            return False
        places += is_place(text)
    # "Harbour Union, Northfield, UK" is one body and its place; a long run may hold a body named like a town
    return not places or (len(parts) >= _MANY_BODIES and places * 5 <= len(parts))


# A body's name under an organisations' heading: "Collectif des Usagers de la Médiathèque et des Amis du Port".
_MAX_BODY_WORDS = 12
_CLAUSE_ENDS = (":", "!", "?")
