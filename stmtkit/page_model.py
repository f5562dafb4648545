"""What a web page says about itself outside its text: the record's ``page`` object.

An HTML input's ``<head>`` (``<title>``, Open Graph and ``article:`` meta tags,
JSON-LD), its ``<time datetime>`` elements and its URL state a title, dates,
authors and a site.  ``stmtkit.inputs.page_meta`` reads them into a ``Page``;
the dates are typed candidates (``PageDate``) that the dateline is decided
with, next to the stamp in the text.  ``stmtkit.model`` re-exports both.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from .dateline_model import JSONDict, format_offset

DateRole = Literal["published", "modified", "unknown"]


@dataclass(frozen=True, slots=True)
class PageDate:
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


@dataclass(frozen=True, slots=True)
class Page:
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
