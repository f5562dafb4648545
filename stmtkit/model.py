"""The document model: frozen result objects and their JSON form.

Every element carries ``lines``: the 1-based ``(first, last)`` input lines it
came from.  ``to_dict`` gives the record of SPEC §2 (schema ``stmtkit/1``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from .dateline_model import (
    JSONDict,
    Span,
    _span,
    date_of,
    dateline_record,
    format_offset,
    time_of,
    utc_of,
)

SCHEMA_ID = "stmtkit/1"

__all__ = [
    "SCHEMA_ID",
    "BodyElement",
    "Boilerplate",
    "Dateline",
    "JSONDict",
    "ListBlock",
    "ListItem",
    "ListStyle",
    "Paragraph",
    "ParseWarning",
    "Signatory",
    "SignatoryKind",
    "SignatureBlock",
    "Source",
    "Span",
    "Statement",
    "Title",
    "format_offset",
]


# The records below write a span as ``[first, last]`` in place (not through ``_span``): some fifty
# elements a document, and a function call each was a tenth of ``to_dict``.


@dataclass(frozen=True, slots=True)
class ParseWarning:
    """Something a parse could not decide for sure, with a stable ``code``."""

    code: str
    message: str
    lines: Span | None = None

    def to_dict(self) -> JSONDict:
        out: JSONDict = {"code": self.code, "message": self.message}
        if self.lines is not None:
            out["lines"] = _span(self.lines)
        return out


@dataclass(frozen=True, slots=True)
class Explanation:
    """Which rule claimed which lines, and why: the trail ``stmtkit parse --explain`` prints."""

    rule: str
    lines: Span
    why: str

    def to_dict(self) -> JSONDict:
        return {"rule": self.rule, "lines": _span(self.lines), "why": self.why}


@dataclass(frozen=True, slots=True)
class Source:
    path: str | None = None
    sha256: str | None = None
    bytes: int | None = None
    encoding: str | None = None
    repairs: tuple[str, ...] = ()

    def to_dict(self) -> JSONDict:
        return {
            "path": self.path,
            "sha256": self.sha256,
            "bytes": self.bytes,
            "encoding": self.encoding,
            "repairs": list(self.repairs),
        }


@dataclass(frozen=True, slots=True)
class Dateline:
    """When and where a statement was published.

    ``datetime`` is an aware ``datetime`` when the text states an offset or a
    zone, a naive one when it states a time only, and a ``date`` when it
    states no time.  The fields are those of ``DatelineFields`` (what the date
    reader returns), in the same order.
    """

    text: str
    datetime: dt.datetime | dt.date | None
    utc_offset: dt.timedelta | None = None
    timezone: str | None = None
    place: str | None = None
    agency: str | None = None
    lines: Span | None = None
    # Where place and agency were read when they stand on lines of their own ("MADRID" / "SERVIMEDIA").
    place_lines: Span | None = None

    @property
    def date(self) -> dt.date | None:
        return date_of(self.datetime)

    @property
    def time(self) -> dt.time | None:
        return time_of(self.datetime)

    @property
    def utc(self) -> dt.datetime | None:
        return utc_of(self.datetime)

    def to_dict(self) -> JSONDict:
        return dateline_record(self)  # read as DatelineFields would be: same names


SignatoryKind = Literal["person", "organisation"]


@dataclass(frozen=True, slots=True)
class Signatory:
    name: str
    kind: SignatoryKind
    key: str
    raw: str
    lines: Span
    role: str | None = None
    affiliation: str | None = None
    group: str | None = None

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


@dataclass(frozen=True, slots=True)
class SignatureBlock:
    heading: str | None
    signatories: tuple[Signatory, ...]
    lines: Span

    def to_dict(self) -> JSONDict:
        return {
            "heading": self.heading,
            "lines": [self.lines[0], self.lines[1]],
            "signatories": [s.to_dict() for s in self.signatories],
        }


@dataclass(frozen=True, slots=True)
class ListItem:
    label: str | None
    text: str
    raw: str
    lines: Span
    items: tuple[ListItem, ...] = ()

    def to_dict(self) -> JSONDict:
        out: JSONDict = {"label": self.label, "text": self.text, "raw": self.raw, "lines": [self.lines[0], self.lines[1]]}
        if self.items:
            out["items"] = [i.to_dict() for i in self.items]
        return out


ListStyle = Literal[
    "decimal", "lower-alpha", "upper-alpha", "lower-roman", "upper-roman", "bullet"
]


@dataclass(frozen=True, slots=True)
class ListBlock:
    style: ListStyle
    items: tuple[ListItem, ...]
    lines: Span
    intro: str | None = None

    def to_dict(self) -> JSONDict:
        return {
            "type": "list",
            "style": self.style,
            "intro": self.intro,
            "lines": [self.lines[0], self.lines[1]],
            "items": [i.to_dict() for i in self.items],
        }


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    lines: Span

    def to_dict(self) -> JSONDict:
        return {"type": "paragraph", "text": self.text, "lines": [self.lines[0], self.lines[1]]}


@dataclass(frozen=True, slots=True)
class Boilerplate:
    """Scrape junk, kept with its ``kind`` (``title-repeat``, ``scrape-marker``, …)."""

    kind: str
    text: str
    lines: Span

    def to_dict(self) -> JSONDict:
        return {"kind": self.kind, "text": self.text, "lines": [self.lines[0], self.lines[1]]}


@dataclass(frozen=True, slots=True)
class Title:
    """The headline; ``lines`` is None when it came from front matter (``title:``)."""

    text: str
    lines: Span | None


BodyElement = Paragraph | ListBlock


@dataclass(frozen=True, slots=True)
class Statement:
    """The parse of one input: the record of SPEC §2."""

    source: Source
    language: str | None = None
    title: Title | None = None
    dateline: Dateline | None = None
    preamble: tuple[Paragraph, ...] = ()
    body: tuple[BodyElement, ...] = ()
    signatures: SignatureBlock | None = None
    boilerplate: tuple[Boilerplate, ...] = ()
    metadata: tuple[tuple[str, str], ...] = ()
    metadata_lines: Span | None = None
    warnings: tuple[ParseWarning, ...] = field(default=())
    # The decision trail: not part of the record (``to_dict``) unless asked, nor of equality.
    explain: tuple[Explanation, ...] = field(default=(), compare=False, repr=False)

    @property
    def lists(self) -> tuple[ListBlock, ...]:
        return tuple(e for e in self.body if isinstance(e, ListBlock))

    @property
    def signatories(self) -> tuple[Signatory, ...]:
        return self.signatures.signatories if self.signatures else ()

    def to_dict(self) -> JSONDict:
        body = [e.to_dict() for e in self.body]
        return {
            "schema": SCHEMA_ID,
            "source": self.source.to_dict(),
            "language": self.language,
            "title": self.title.text if self.title else None,
            "title_lines": _span(self.title.lines) if self.title and self.title.lines else None,
            "metadata": dict(self.metadata),
            "metadata_lines": _span(self.metadata_lines) if self.metadata_lines else None,
            "dateline": self.dateline.to_dict() if self.dateline else None,
            "preamble": [p.to_dict() for p in self.preamble],
            "body": body,
            "lists": [e for e in body if e["type"] == "list"],
            "signatures": self.signatures.to_dict() if self.signatures else None,
            "boilerplate": [b.to_dict() for b in self.boilerplate],
            "warnings": [w.to_dict() for w in self.warnings],
        }

    def to_json(self, indent: int | None = 2) -> str:
        import json  # here, not at the top: `dateline --text` loads the model but never this (about 1 ms)

        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)
