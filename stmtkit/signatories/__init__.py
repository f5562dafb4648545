"""Signatories: reading one entry, telling people from organisations, and keys that match across documents.

``read_entry`` turns ``- Prof. Dr. Ali Tekin - Marmara Üniversitesi`` into a
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
)
from .entry import read_entries, read_entry
from .key import key_similarity, signatory_key
from .kind import classify_kind, is_organisation, is_place, is_role, looks_like_person
from .roles import split_title

__all__ = [
    "classify_kind",
    "clean_entry_text",
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
