"""Entries told apart by commas alone, each closed by the place its signer lives in:
``Anna Berg, actor, Oslo, Tom Lind, poet, MA, Bergen, …`` (a new entry opens at a name right after a place).
Moved out of ``stmtkit.signatories.inline``, which asks it of a paragraph of names."""

from __future__ import annotations

from collections.abc import Sequence

from .kind import is_organisation, is_place, is_role, looks_like_person, names_a_body
from .roles import split_title

# A run of entries told apart by commas alone needs this many fields before it is cut.
MIN_PLACED_FIELDS = 6
_MIN_PLACED_ENTRIES = 3


def entries_closed_by_places(fields: Sequence[str]) -> list[str] | None:
    """``Anna Berg, actor, Oslo, Tom Lind, poet, MA, Bergen, …``: entries told apart by commas alone,
    each closed by a place; a new entry opens at a name right after a place.  None for anything else."""
    if len(fields) < MIN_PLACED_FIELDS:
        return None
    groups: list[list[str]] = [[fields[0]]]
    for field in fields[1:]:
        if _ends_with_place(groups[-1][-1], two_words=len(groups[-1]) > 1) and _opens_with_name(field):
            groups.append([field])
        else:
            groups[-1].append(field)
    if len(groups) < _MIN_PLACED_ENTRIES or not _opens_with_name(groups[0][0]):
        return None
    # nearly every entry but the last (cut by the scrape, maybe) closes with its place
    closed = sum(1 for g in groups[:-1] if _ends_with_place(g[-1], two_words=len(g) > 1))
    if closed * 10 < (len(groups) - 1) * 9:
        return None
    # the place closing each entry says where the signer lives: no affiliation ("Jane Roe, Berlin")
    return [", ".join(_without_place(g) if len(g) > 1 and _ends_with_place(g[-1], two_words=True) else g) for g in groups]


def _without_place(group: list[str]) -> list[str]:
    last = group[-1].strip(" .")
    if " " in last and last[:1].islower():  # "toimittaja Kajaani": the role stays
        return [*group[:-1], last.rsplit(" ", 1)[0]]
    return group[:-1]


def _ends_with_place(field: str, *, two_words: bool = False) -> bool:
    """A place, known or shaped like one (a capitalised word, no acronym: ``Joensuu``), or one after a
    lowercase role whose comma is missing: ``toimittaja Kajaani``."""
    field = field.strip(" .")
    if " " not in field:
        return is_place(field) or _town_word(field)
    head, last = field.rsplit(" ", 1)
    if two_words and " " not in head and _town_word(head) and _town_word(last.replace("-", "")):
        # "Bad Homburg", "Nowe Miasto": a town of two capitalised words that names no body nor function,
        # after the field of a name (alone, two capitalised words are a name themselves)
        return not names_a_body(field) and not is_role(field)
    return head[:1].islower() and " " not in head and last[:1].isupper() and last.isalpha() and not last.isupper()


def _town_word(word: str) -> bool:
    return word[:1].isupper() and not word.isupper() and word.isalpha()


def _opens_with_name(field: str) -> bool:
    """Two capitalised words that read as a person's name open the field, after any titles
    (``Prof. Dr. Jonas Muster``); a role may follow."""
    title, rest = split_title(field)
    words = rest.split()
    if title and len(words) == 1 and words[0][:1].isupper() and not is_place(rest):
        return True  # "Dr. Hen": a titled name cut short by the scrape is still a signer's
    if len(words) < 2 or is_place(field):
        return False
    head = " ".join(words[:2])
    return looks_like_person(head) and not is_role(head) and not is_organisation(head)
