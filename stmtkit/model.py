"""The document model: frozen result objects and their JSON form.

Every element carries ``lines``: the 1-based ``(first, last)`` input lines it
came from.  ``to_dict`` gives the record of SPEC §2 (schema ``stmtkit/1``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, cast

from .dateline_model import Dateline, JSONDict, Span, _span, format_offset
from .model_base import Record, made_when_read, slot_setters
from .page_model import Page, PageDate, page_from_dict
from .paths import path_fields
from .signature_model import Signatory, SignatoryKind, SignatureBlock

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
    "Page",
    "PageDate",
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


@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class ParseWarning(Record):
    """Something a parse could not decide for sure, with a stable ``code``."""

    code: str
    message: str
    lines: Span | None = None

    def __init__(self, code: str, message: str, lines: Span | None = None) -> None:
        set_code, set_message, set_lines = _PARSE_WARNING_SETTERS
        set_code(self, code)
        set_message(self, message)
        set_lines(self, lines)

    def to_dict(self) -> JSONDict:
        out: JSONDict = {"code": self.code, "message": self.message}
        if self.lines is not None:
            out["lines"] = _span(self.lines)
        return out


@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class Explanation(Record):
    """Which rule claimed which lines, and why: the trail ``stmtkit parse --explain`` prints."""

    rule: str
    lines: Span
    why: str

    def __init__(self, rule: str, lines: Span, why: str) -> None:
        set_rule, set_lines, set_why = _EXPLANATION_SETTERS
        set_rule(self, rule)
        set_lines(self, lines)
        set_why(self, why)

    def to_dict(self) -> JSONDict:
        return {"rule": self.rule, "lines": _span(self.lines), "why": self.why}


@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class Source(Record):
    """Where the input came from and how it was read: path, digest, size, encoding, repairs, format."""

    path: str | None = None
    sha256: str | None = None
    bytes: int | None = None
    encoding: str | None = None
    repairs: tuple[str, ...] = ()
    # "text", "markdown" or "html" (stmtkit.inputs.detect)
    format: str = "text"
    # What ``lines`` spans count: "input" (the input's own lines) or "extracted-text" (an HTML page's main text)
    line_numbers: str = "input"

    def __init__(
        self, path: str | None = None, sha256: str | None = None, bytes: int | None = None,
        encoding: str | None = None, repairs: tuple[str, ...] = (), format: str = 'text',
        line_numbers: str = 'input',
    ) -> None:
        set_path, set_sha256, set_bytes, set_encoding, set_repairs, set_format, set_line_numbers = _SOURCE_SETTERS
        set_path(self, path)
        set_sha256(self, sha256)
        set_bytes(self, bytes)
        set_encoding(self, encoding)
        set_repairs(self, repairs)
        set_format(self, format)
        set_line_numbers(self, line_numbers)

    def to_dict(self) -> JSONDict:
        out: JSONDict = {
            "path": self.path,
            "sha256": self.sha256,
            "bytes": self.bytes,
            "encoding": self.encoding,
            "repairs": list(self.repairs),
            "format": self.format,
            "line_numbers": self.line_numbers,
        }
        if self.path is not None and not self.path.isascii():
            out.update(path_fields(self.path))  # a name that is not UTF-8: see stmtkit.paths
        return out


@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class ListItem(Record):
    """One item of a list: its label (``1.``, ``a)``, a bullet), its text, and the items nested under it."""

    label: str | None
    text: str
    raw: str
    lines: Span
    items: tuple[ListItem, ...] = ()

    def __init__(
        self, label: str | None, text: str, raw: str, lines: Span, items: tuple[ListItem, ...] = (),
    ) -> None:
        set_label, set_text, set_raw, set_lines, set_items = _LIST_ITEM_SETTERS
        set_label(self, label)
        set_text(self, text)
        set_raw(self, raw)
        set_lines(self, lines)
        set_items(self, items)

    def to_dict(self) -> JSONDict:
        out: JSONDict = {"label": self.label, "text": self.text, "raw": self.raw, "lines": [self.lines[0], self.lines[1]]}
        if self.items:
            out["items"] = [i.to_dict() for i in self.items]
        return out


ListStyle = Literal["decimal", "lower-alpha", "upper-alpha", "lower-roman", "upper-roman", "bullet"]


@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class ListBlock(Record):
    """A list in the body: its numbering style, its items and the line that introduces it."""

    style: ListStyle
    items: tuple[ListItem, ...]
    lines: Span
    intro: str | None = None

    def __init__(
        self, style: ListStyle, items: tuple[ListItem, ...], lines: Span, intro: str | None = None,
    ) -> None:
        set_style, set_items, set_lines, set_intro = _LIST_BLOCK_SETTERS
        set_style(self, style)
        set_items(self, items)
        set_lines(self, lines)
        set_intro(self, intro)

    def to_dict(self) -> JSONDict:
        return {
            "type": "list",
            "style": self.style,
            "intro": self.intro,
            "lines": [self.lines[0], self.lines[1]],
            "items": [i.to_dict() for i in self.items],
        }


@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class Paragraph(Record):
    """A paragraph of the preamble or the body: its lines joined."""

    text: str
    lines: Span

    def __init__(self, text: str, lines: Span) -> None:
        set_text, set_lines = _PARAGRAPH_SETTERS
        set_text(self, text)
        set_lines(self, lines)

    def to_dict(self) -> JSONDict:
        return {"type": "paragraph", "text": self.text, "lines": [self.lines[0], self.lines[1]]}


@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class Boilerplate(Record):
    """Scrape junk, kept with its ``kind`` (``title-repeat``, ``scrape-marker``, …).

    ``count`` > 1: a run of that many identical lines (blank lines between them
    allowed) within ``lines``, each reading ``text``: one element, not one each.
    """

    kind: str
    text: str
    lines: Span
    count: int = 1

    def __init__(self, kind: str, text: str, lines: Span, count: int = 1) -> None:
        set_kind, set_text, set_lines, set_count = _BOILERPLATE_SETTERS
        set_kind(self, kind)
        set_text(self, text)
        set_lines(self, lines)
        set_count(self, count)

    def to_dict(self) -> JSONDict:
        out: JSONDict = {"kind": self.kind, "text": self.text, "lines": [self.lines[0], self.lines[1]]}
        if self.count > 1:
            out["count"] = self.count
        return out


@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class Title(Record):
    """The headline; ``lines`` is None when it came from front matter (``title:``)."""

    text: str
    lines: Span | None

    def __init__(self, text: str, lines: Span | None) -> None:
        set_text, set_lines = _TITLE_SETTERS
        set_text(self, text)
        set_lines(self, lines)


BodyElement = Paragraph | ListBlock


@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class Statement(Record):
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
    # The decision trail: not part of the record (``to_dict``) unless asked, nor of equality; made when first read.
    explain: tuple[Explanation, ...] = field(default=(), compare=False, repr=False)
    # A web page's own metadata (HTML input only)
    page: Page | None = None

    def __init__(
        self, source: Source, language: str | None = None, title: Title | None = None,
        dateline: Dateline | None = None, preamble: tuple[Paragraph, ...] = (),
        body: tuple[BodyElement, ...] = (), signatures: SignatureBlock | None = None,
        boilerplate: tuple[Boilerplate, ...] = (), metadata: tuple[tuple[str, str], ...] = (),
        metadata_lines: Span | None = None, warnings: tuple[ParseWarning, ...] = (),
        explain: tuple[Explanation, ...] = (), page: Page | None = None,
    ) -> None:
        set_source, set_language, set_title, set_dateline, set_preamble, set_body, set_signatures, set_boilerplate, set_metadata, set_metadata_lines, set_warnings, set_explain, set_page = _STATEMENT_SETTERS
        set_source(self, source)
        set_language(self, language)
        set_title(self, title)
        set_dateline(self, dateline)
        set_preamble(self, preamble)
        set_body(self, body)
        set_signatures(self, signatures)
        set_boilerplate(self, boilerplate)
        set_metadata(self, metadata)
        set_metadata_lines(self, metadata_lines)
        set_warnings(self, warnings)
        set_explain(self, explain)
        set_page(self, page)

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
            "page": self.page.to_dict() if self.page else None,
            "dateline": self.dateline.to_dict() if self.dateline else None,
            "preamble": [p.to_dict() for p in self.preamble],
            "body": body,
            "lists": [e for e in body if e["type"] == "list"],
            "signatures": self.signatures.to_dict() if self.signatures else None,
            "boilerplate": [b.to_dict() for b in self.boilerplate],
            "warnings": [w.to_dict() for w in self.warnings],
        }

    @classmethod
    def from_dict(cls, record: JSONDict) -> Statement:
        """Read a record back (``to_dict``'s output, a line of ``stmtkit to-json``); ``RecordError`` if it is none."""
        return _statement_from_dict(record)

    def to_json(self, indent: int | None = 2) -> str:
        import json  # here, not at the top: `dateline --text` loads the model but never this (about 1 ms)

        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


# Each record's slot setters, bound once (see ``model_base.slot_setters``).
_PARSE_WARNING_SETTERS = slot_setters(ParseWarning)
_EXPLANATION_SETTERS = slot_setters(Explanation)
_SOURCE_SETTERS = slot_setters(Source)
_LIST_ITEM_SETTERS = slot_setters(ListItem)
_LIST_BLOCK_SETTERS = slot_setters(ListBlock)
_PARAGRAPH_SETTERS = slot_setters(Paragraph)
_BOILERPLATE_SETTERS = slot_setters(Boilerplate)
_TITLE_SETTERS = slot_setters(Title)
_STATEMENT_SETTERS = slot_setters(Statement)
# ``later(statement, make)``: the trail made when first read (a parse leaves what writes it; most callers never ask)
explain_when_read = made_when_read(Statement, "explain")


# --- reading records back (Statement.from_dict) -------------------------------------------------


def _statement_from_dict(record: Mapping[str, Any]) -> Statement:
    """The ``Statement`` a record was written from (``Statement.from_dict(s.to_dict()) == s``)."""
    from .errors import RecordError

    if not isinstance(record, Mapping) or record.get("schema") != SCHEMA_ID:
        path = record.get("path") if isinstance(record, Mapping) else None
        what = "an error record" if isinstance(record, Mapping) and "error" in record else "not a stmtkit record"
        raise RecordError(f'{what} (no "schema": "{SCHEMA_ID}")', path if isinstance(path, str) else None)
    try:
        return _statement(record)
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        path = (record.get("source") or {}).get("path")
        raise RecordError(f"a stmtkit record with a missing or malformed field ({exc.__class__.__name__}: {exc})", path) from None


def _statement(r: Mapping[str, Any]) -> Statement:
    src = r["source"]
    signatures = r.get("signatures")
    return Statement(
        source=Source(src.get("path"), src.get("sha256"), src.get("bytes"), src.get("encoding"), tuple(src.get("repairs") or ()),
                      src.get("format") or "text", src.get("line_numbers") or "input"),
        language=r.get("language"),
        title=Title(r["title"], _lines(r.get("title_lines"))) if r.get("title") is not None else None,
        dateline=_dateline(r["dateline"]) if r.get("dateline") else None,
        preamble=tuple(Paragraph(p["text"], _read_span(p["lines"])) for p in r.get("preamble") or ()),
        body=tuple(_body(e) for e in r.get("body") or ()),
        signatures=_signatures(signatures) if signatures else None,
        boilerplate=tuple(Boilerplate(b["kind"], b["text"], _read_span(b["lines"]), b.get("count", 1))
                          for b in r.get("boilerplate") or ()),
        metadata=tuple((str(k), str(v)) for k, v in (r.get("metadata") or {}).items()),
        metadata_lines=_lines(r.get("metadata_lines")),
        warnings=tuple(ParseWarning(w["code"], w["message"], _lines(w.get("lines"))) for w in r.get("warnings") or ()),
        page=page_from_dict(r["page"]) if r.get("page") else None,
    )


def _read_span(value: Any) -> Span:
    first, last = value
    return (int(first), int(last))


def _lines(value: Any) -> Span | None:
    return None if value is None else _read_span(value)


def _dateline(d: Mapping[str, Any]) -> Dateline:
    return Dateline(
        text=d["text"],
        datetime=_when(d.get("datetime"), d.get("timezone")),
        utc_offset=_offset(d.get("utc_offset")),
        timezone=d.get("timezone"),
        place=d.get("place"),
        agency=d.get("agency"),
        lines=_lines(d.get("lines")),
        place_lines=_lines(d.get("place_lines")),
    )


def _when(value: str | None, zone: str | None) -> dt.datetime | dt.date | None:
    """``"2024-05-27"`` → a date; a time with or without offset → a datetime (in ``zone`` when it agrees)."""
    if value is None:
        return None
    if "T" not in value:
        return dt.date.fromisoformat(value)
    when = dt.datetime.fromisoformat(value)
    if zone and when.tzinfo is not None:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            zoned = when.replace(tzinfo=ZoneInfo(zone))
        except (ZoneInfoNotFoundError, ValueError):
            return when
        if zoned.utcoffset() == when.utcoffset():
            return zoned
    return when


def _offset(value: str | None) -> dt.timedelta | None:
    """``"+04:00"`` → ``timedelta(hours=4)``."""
    if value is None:
        return None
    sign = -1 if value.startswith("-") else 1
    hours, _, minutes = value.lstrip("+-").partition(":")
    return sign * dt.timedelta(hours=int(hours), minutes=int(minutes or 0))


def _body(e: Mapping[str, Any]) -> BodyElement:
    if e["type"] == "list":
        return ListBlock(cast(ListStyle, e["style"]), tuple(_item(i) for i in e["items"]), _read_span(e["lines"]), e.get("intro"))
    return Paragraph(e["text"], _read_span(e["lines"]))


def _item(i: Mapping[str, Any]) -> ListItem:
    return ListItem(i.get("label"), i["text"], i["raw"], _read_span(i["lines"]), tuple(_item(x) for x in i.get("items") or ()))


def _signatures(s: Mapping[str, Any]) -> SignatureBlock:
    people = tuple(
        Signatory(p["name"], cast(SignatoryKind, p["kind"]), p["key"], p["raw"], _read_span(p["lines"]),
                  p.get("role"), p.get("affiliation"), p.get("group"))
        for p in s["signatories"]
    )
    return SignatureBlock(s.get("heading"), people, _read_span(s["lines"]), s.get("others"))
