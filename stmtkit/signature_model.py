"""The signature block of a statement: who signed (``Signatory``) and the block they stand in.

Part of the document model (``stmtkit.model`` re-exports both); each carries ``lines``, the
1-based ``(first, last)`` input lines it came from.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .dateline_model import JSONDict, Span
from .model_base import Record, slot_setters

__all__ = ["Signatory", "SignatoryKind", "SignatureBlock"]


SignatoryKind = Literal["person", "organisation"]


@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class Signatory(Record):
    """One signer, a person or an organisation, as read from its entry (``raw``); ``key`` matches it across documents."""

    name: str
    kind: SignatoryKind
    key: str
    raw: str
    lines: Span
    role: str | None = None
    affiliation: str | None = None
    group: str | None = None

    def __init__(
        self, name: str, kind: SignatoryKind, key: str, raw: str, lines: Span, role: str | None = None,
        affiliation: str | None = None, group: str | None = None,
    ) -> None:
        (
            set_name, set_kind, set_key, set_raw, set_lines, set_role, set_affiliation, set_group,
        ) = _SIGNATORY_SETTERS
        set_name(self, name)
        set_kind(self, kind)
        set_key(self, key)
        set_raw(self, raw)
        set_lines(self, lines)
        set_role(self, role)
        set_affiliation(self, affiliation)
        set_group(self, group)

    def to_dict(self) -> JSONDict:
        return {
            "name": self.name,
            "kind": self.kind,
            "role": self.role,
            "affiliation": self.affiliation,
            "group": self.group,
            "key": self.key,
            "raw": self.raw,
            "lines": [self.lines[0], self.lines[1]],
        }


_SIGNATORY_SETTERS = slot_setters(Signatory)


@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class SignatureBlock(Record):
    """The signers of a statement under their heading, if any."""

    heading: str | None
    signatories: tuple[Signatory, ...]
    lines: Span
    # "…and 1028 other signatories": how many signers the text counts without naming them
    others: int | None = None

    def __init__(
        self, heading: str | None, signatories: tuple[Signatory, ...], lines: Span,
        others: int | None = None,
    ) -> None:
        set_heading, set_signatories, set_lines, set_others = _SIGNATURE_BLOCK_SETTERS
        set_heading(self, heading)
        set_signatories(self, signatories)
        set_lines(self, lines)
        set_others(self, others)

    def to_dict(self) -> JSONDict:
        out: JSONDict = {
            "heading": self.heading,
            "lines": [self.lines[0], self.lines[1]],
            "signatories": [s.to_dict() for s in self.signatories],
        }
        if self.others is not None:
            out["others"] = self.others  # only when the text states a count: records without one are unchanged
        return out


_SIGNATURE_BLOCK_SETTERS = slot_setters(SignatureBlock)
