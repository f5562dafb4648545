"""What a web page says about itself outside its text: the record's ``page`` object.

An HTML input's ``<head>`` (``<title>``, Open Graph and ``article:`` meta tags,
JSON-LD), its ``<time datetime>`` elements and its URL state a title, dates,
authors and a site.  ``stmtkit.inputs.page_meta`` reads them into a ``Page``;
the dates are typed candidates (``PageDate``) that the dateline is decided
with, next to the stamp in the text.  ``stmtkit.model`` re-exports both.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal, cast

from .dateline_model import JSONDict, format_offset
from .model_base import Record, slot_setters

DateRole = Literal["published", "modified", "unknown"]


@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class PageDate(Record):
    """One date the page states about itself.

    ``origin`` says where it was read (``json-ld:datePublished``,
    ``meta:article:published_time``, ``time[datetime]``, ``url``…), ``role``
    whether it dates the publication or an update, ``value`` is the text as
    written and ``datetime`` its reading (a ``date`` when it states no time).
    """

    origin: str
    role: DateRole
    value: str
    datetime: dt.datetime | dt.date

    def __init__(self, origin: str, role: DateRole, value: str, datetime: dt.datetime | dt.date) -> None:
        set_origin, set_role, set_value, set_datetime = _PAGE_DATE_SETTERS
        set_origin(self, origin)
        set_role(self, role)
        set_value(self, value)
        set_datetime(self, datetime)

    @property
    def date(self) -> dt.date:
        value = self.datetime
        return value.date() if isinstance(value, dt.datetime) else value

    def to_dict(self) -> JSONDict:
        value = self.datetime
        offset = value.utcoffset() if isinstance(value, dt.datetime) else None
        return {
            "origin": self.origin,
            "role": self.role,
            "value": self.value,
            "datetime": value.isoformat(),
            "date": self.date.isoformat(),
            "utc_offset": format_offset(offset),
        }


_PAGE_DATE_SETTERS = slot_setters(PageDate)


@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class Page(Record):
    """A web page's own metadata; every field None (or empty) when the page does not state it."""

    title: str | None = None
    og_title: str | None = None
    site_name: str | None = None
    lang: str | None = None
    canonical_url: str | None = None
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    description: str | None = None
    dates: tuple[PageDate, ...] = ()
    # How the page's text was taken: "main-text" (one container chosen), "whole-body" (none stood out),
    # "none" (no text), "tags-dropped" (too deeply nested to parse: the tags dropped).
    extraction: str | None = None
    # Where the record's dateline came from: "text" (a stamp in the text) or a date's origin ("json-ld:datePublished")
    dateline_source: str | None = None

    def __init__(
        self, title: str | None = None, og_title: str | None = None, site_name: str | None = None,
        lang: str | None = None, canonical_url: str | None = None, authors: tuple[str, ...] = (),
        publisher: str | None = None, description: str | None = None, dates: tuple[PageDate, ...] = (),
        extraction: str | None = None, dateline_source: str | None = None,
    ) -> None:
        (
            set_title, set_og_title, set_site_name, set_lang, set_canonical_url, set_authors,
            set_publisher, set_description, set_dates, set_extraction, set_dateline_source,
        ) = _PAGE_SETTERS
        set_title(self, title)
        set_og_title(self, og_title)
        set_site_name(self, site_name)
        set_lang(self, lang)
        set_canonical_url(self, canonical_url)
        set_authors(self, authors)
        set_publisher(self, publisher)
        set_description(self, description)
        set_dates(self, dates)
        set_extraction(self, extraction)
        set_dateline_source(self, dateline_source)

    def first_date(self, role: DateRole) -> PageDate | None:
        return next((d for d in self.dates if d.role == role), None)

    def to_dict(self) -> JSONDict:
        published = self.first_date("published")
        modified = self.first_date("modified")
        return {
            "title": self.title,
            "og_title": self.og_title,
            "site_name": self.site_name,
            "lang": self.lang,
            "canonical_url": self.canonical_url,
            "authors": list(self.authors),
            "publisher": self.publisher,
            "description": self.description,
            "published": published.datetime.isoformat() if published else None,
            "modified": modified.datetime.isoformat() if modified else None,
            "dates": [d.to_dict() for d in self.dates],
            "extraction": self.extraction,
            "dateline_source": self.dateline_source,
        }


_PAGE_SETTERS = slot_setters(Page)


def page_from_dict(record: Mapping[str, Any]) -> Page:
    """The ``Page`` a record's ``page`` object was written from."""
    return Page(
        title=record.get("title"),
        og_title=record.get("og_title"),
        site_name=record.get("site_name"),
        lang=record.get("lang"),
        canonical_url=record.get("canonical_url"),
        authors=tuple(record.get("authors") or ()),
        publisher=record.get("publisher"),
        description=record.get("description"),
        dates=tuple(_page_date(d) for d in record.get("dates") or ()),
        extraction=record.get("extraction"),
        dateline_source=record.get("dateline_source"),
    )


def _page_date(d: Mapping[str, Any]) -> PageDate:
    value = str(d["datetime"])
    when = dt.datetime.fromisoformat(value) if "T" in value else dt.date.fromisoformat(value)
    return PageDate(str(d["origin"]), cast(DateRole, d["role"]), str(d["value"]), when)
