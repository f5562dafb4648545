"""Signatories: reading one entry, telling people from organisations, and keys that match across documents.

``read_entry`` turns ``- Prof. Dr. Ali Köse - Marmara Üniversitesi`` into a
``Signatory``; ``signatory_key`` is the folded form under which the same
person matches across documents and scripts.  Finding the block and cutting
it into entries is the stage ``stmtkit.stages.signatures``.
"""

from __future__ import annotations

from .cleaning import (
    clean_entry_text,
    readable_caps,
    strip_contacts,
    strip_final_dot,
    without_entry_prefix,
)
from .entry import read_entries, read_entry
from .key import key_similarity, signatory_key
from .kind import classify_kind, is_organisation, is_place, is_role, looks_like_person, words_of
from .layouts import is_marked
from .roles import split_title

# The caches that remember entries within one document's signature stage; a tuple made at
# import, not on each call: three function-level imports cost more than the nine clears.
_PER_DOCUMENT = (
    clean_entry_text,
    without_entry_prefix,
    strip_contacts,
    split_title,
    words_of,
    is_organisation,
    is_role,
    looks_like_person,
    is_marked,
)


def forget_entries() -> None:
    """Empty the caches that remember entries within one document's signature stage.

    A benchmark that parses the same documents again must not find their entries already read.
    """
    for cached in _PER_DOCUMENT:
        cached.cache_clear()


__all__ = [
    "classify_kind",
    "clean_entry_text",
    "forget_entries",
    "is_organisation",
    "is_place",
    "is_role",
    "key_similarity",
    "looks_like_person",
    "read_entries",
    "read_entry",
    "readable_caps",
    "signatory_key",
    "split_title",
    "strip_contacts",
    "strip_final_dot",
]
