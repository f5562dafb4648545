"""A web page's own metadata: title, site, language, URL, authors and the dates it states.

Read from the places publishers and their CMSs write them, in the order of
how much each is trusted for the publication date (the order of ``Page.dates``):

1. JSON-LD (``datePublished``, ``dateCreated``, ``dateModified``) of an article-like object;
2. ``<meta>`` tags: Open Graph ``article:published_time``, ``itemprop``,
   Dublin Core, Parse.ly, Sailthru, citation tags… (``_META_ROLES``);
3. elements marked ``itemprop="datePublished"`` and ``<time datetime>``;
4. the date in the canonical URL (``/2024/05/27/``);
5. short texts of elements whose class names a date (``class="post-date"``:
   ``Published 27 May 2024``), read with stmtkit's own date reader;
6. when none of these states a date (``add_text_stamps``): the first stamp of
   the whole page's text from its headline on (``3. August 2015`` in a blog's
   sidebar, ``02.02.2022 10:16 Uhr - Bundesliga`` above the story), where
   htmldate's "extensive search" also looks.

Steps 5 and 6 read text with the date reader, the costly part: 5 runs only
when no JSON-LD or meta tag gave a publication date, 6 only when nothing did.

Each date keeps where it came from and whether it dates the publication or
an update; the dateline stage weighs them against the stamp in the text.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import regex

from ..dates.read import read_stamp
from ..page_model import DateRole, Page, PageDate
from ..patterns import lazy
from .html_lines import css, css_first, tag_numbers

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser, LexborNode

# Meta tag names (name=, property= or itemprop=, casefolded) and what their date is.
_META_ROLES: dict[str, DateRole] = {
    **dict.fromkeys((
        "article:published_time", "og:article:published_time", "og:published_time", "datepublished",
        "article.published", "article:published", "published_time", "published-date", "publish-date",
        "publish_date", "publishdate", "pubdate", "publication_date", "date_published", "dc.date.issued",
        "dcterms.issued", "dc.date.created", "dcterms.created", "dc.created", "datecreated",
        "citation_publication_date", "citation_date", "citation_online_date", "prism.publicationdate",
        "parsely-pub-date", "sailthru.date", "originalpublicationdate", "article_date_original",
        "cxenseparse:recs:publishtime", "rnews:datepublished", "og:pubdate", "bt:pubdate",
        "article.created", "release_date", "displaydate", "date", "dc.date", "dcterms.date",
        "shareaholic:article_published_time", "pub_date", "created",
    ), "published"),
    **dict.fromkeys((
        "article:modified_time", "og:updated_time", "og:article:modified_time", "datemodified",
        "article.updated", "last-modified", "lastmod", "dcterms.modified", "dc.date.modified",
        "modified_time", "updated_time", "revised", "article:modified", "parsely-updated",
    ), "modified"),
}
_META_ORDER = {name: index for index, name in enumerate(_META_ROLES)}
_JSONLD_ROLES: dict[str, DateRole] = {"datePublished": "published", "dateCreated": "published", "dateModified": "modified"}
# JSON-LD types whose dates are the page's own (not an event's, a product's or an organisation's founding).
_ARTICLE_TYPES = lazy(r"Article|Posting|Report|WebPage|NewsArticle|BlogPosting|PressRelease|CreativeWork|Blog", regex.IGNORECASE)
# (The standard library's engine matches it in half the time; values come cleaned, so its \s and
# the regex module's, which differ on U+001C-U+001F, meet only plain spaces.)
_ISO = lazy(
    r"^\s*(?P<y>\d{4})-?(?P<m>\d{2})-?(?P<d>\d{2})"
    r"(?:[T ](?P<H>\d{2}):?(?P<M>\d{2})(?::?(?P<S>\d{2})(?:[.,]\d+)?)?\s*(?P<z>Z|[+-]\d{2}(?::?\d{2})?)?)?",
    engine="re",
)
# "/2024/05/27/", "/20240527/", "/2024-05-27-title"; and day first, as German and French CMSs write
# it: "/meldungen/29-10-2021".
_URL_DATE = lazy(
    r"/(?P<y>(?:19|20)\d{2})[/_-]?(?P<m>[01]\d)[/_-]?(?P<d>[0-3]\d)(?:[/_.-]|$)"
    r"|[/_-](?P<d>[0-3]\d)[._-](?P<m>[01]\d)[._-](?P<y>(?:19|20)\d{2})(?:[/_.-]|$)"
)
# Class or id names of the element that shows the date in the page ("post-date", "entry-meta", "byline").
_DATE_CLASS_WORDS = ("date", "time", "publi", "posted", "byline", "entry-meta", "article-meta", "datum", "fecha", "meta-info")
_DATE_CLASS_BYTES = tuple(word.encode() for word in _DATE_CLASS_WORDS)
# lexbor is asked (in C) for fewer words that hold those ("dat": date, datum), tried only where the
# attribute is; the few elements it gives are checked here (a selector for each of the 20 word and
# attribute pairs, each tried at every element, cost 4.2 M instructions a page where it ran; this 3.0 M).
_DATE_SUPERSET = ("dat", "time", "publi", "posted", "byline", "meta", "fecha")
_DATE_CLASS_SELECTOR = ", ".join(f"[{a}]:is(" + ", ".join(f'[{a}*="{w}" i]' for w in _DATE_SUPERSET) + ")" for a in ("class", "id"))
_UPDATED = lazy(
    r"updat|modif|aktualisiert|geändert|bearbeitet|edited|mis à jour|actualiz|aggiorn|güncel|обновл", regex.IGNORECASE
)
_PUBLISHED = lazy(r"publi|posted|pubdate|veröffentlicht|erschienen|опублик|yayın", regex.IGNORECASE)
# A page states its dates a few times: more is a listing or an archive, not the page's own.
_MAX_TIMES = _MAX_DATE_ELEMENTS = 12
_DATE_TEXT_MAX, _JSONLD_MAX = 120, 200_000
# Before the web there are no web pages to date.
_EARLIEST = dt.date(1993, 1, 1)


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    text = " ".join(value.split())
    return text or None


def read_iso(value: str) -> dt.datetime | dt.date | None:
    """``2024-05-27T17:59:00+04:00``, ``2024-05-27``, ``20240527``; None for anything else.

    >>> read_iso("2024-05-27T17:59:00Z").isoformat()
    '2024-05-27T17:59:00+00:00'
    >>> read_iso("2024-05-27").isoformat()
    '2024-05-27'
    """
    m = _ISO.match(value)
    if not m:
        return None
    year, month, day_of_month, hour, minute, second, zone = m.groups()  # one call: each m["y"] cost 1 us
    # A value that is the match and no more, with no fraction of a second (which the pattern passes over), is read by
    # the standard library's C reader as the lines below read it (0.3 against 4 us; some 3 values a page).  What it
    # refuses (no such day, an offset of a day, a form an older Python lacks) is read below; so is an hour of 24,
    # which a later Python may read as the next day's midnight.
    if m.end() == len(value) and hour != "24" and "." not in value and "," not in value:
        try:
            return (dt.date if hour is None else dt.datetime).fromisoformat(value)
        except ValueError:
            pass
    try:
        day = dt.date(int(year), int(month), int(day_of_month))
        if hour is None:
            return day
        time = dt.time(int(hour), int(minute), int(second or 0))
        tz: dt.tzinfo | None = None
        if zone == "Z":
            tz = dt.timezone.utc
        elif zone:
            digits = zone[1:].replace(":", "")
            minutes = int(digits[:2]) * 60 + int(digits[2:4] or 0)
            if minutes >= 24 * 60:
                return day
            tz = dt.timezone(dt.timedelta(minutes=-minutes if zone[0] == "-" else minutes))
        return dt.datetime.combine(day, time, tz)
    except ValueError:
        return None


def _read_any(value: str) -> dt.datetime | dt.date | None:
    """An ISO value, or one in words (``May 27, 2024``) read by stmtkit's date reader."""
    found = read_iso(value)
    if found is not None:
        return found
    if len(value) > _DATE_TEXT_MAX or not any(c.isdigit() for c in value):
        return None
    try:
        stamp = read_stamp(value)
    except Exception:  # an unreadable value is no date
        return None
    if stamp is None or stamp.relative or not stamp.year_stated:
        return None
    return stamp.dateline.datetime


def _date(origin: str, role: DateRole, value: str | None, reference: dt.datetime | None,
          readings: dict[str, dt.datetime | dt.date | None]) -> PageDate | None:
    value = _clean(value)
    if not value:
        return None
    if value not in readings:
        readings[value] = _read_any(value)
    found = readings[value]
    if found is None:
        return None
    day = found.date() if isinstance(found, dt.datetime) else found
    if day < _EARLIEST or (reference is not None and day > reference.date() + dt.timedelta(days=2)):
        return None
    return PageDate(origin, role, value, found)


def _jsonld_objects(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every object of a JSON-LD document (``@graph`` and lists opened), the top ones first."""
    if depth > 6:
        return
    if isinstance(data, list):
        for item in data[:50]:
            yield from _jsonld_objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
            if key in data:
                yield from _jsonld_objects(data[key], depth + 1)


def _names(value: Any) -> list[str]:
    """The names of a JSON-LD ``author``/``publisher`` (a string, an object or a list of either)."""
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, dict):
        name = value.get("name")
        return [name] if isinstance(name, str) and name.strip() else []
    if isinstance(value, list):
        return [n for item in value[:30] for n in _names(item)]
    return []


class _Found:
    """What the reading collected, in trust order."""

    def __init__(self) -> None:
        self.dates: list[PageDate] = []
        self.authors: list[str] = []
        self.publisher: str | None = None
        self.headline: str | None = None
        # Each value read once: a page states a date in several places (2.5 of 6 values a median page; 4 us each).
        self.readings: dict[str, dt.datetime | dt.date | None] = {}

    def add(self, date: PageDate | None) -> None:
        if date is not None and not any(d.origin == date.origin and d.value == date.value for d in self.dates):
            self.dates.append(date)

    def date(self, origin: str, role: DateRole, value: str | None, reference: dt.datetime | None) -> None:
        self.add(_date(origin, role, value, reference, self.readings))


def _read_jsonld(scripts: list[LexborNode], found: _Found, reference: dt.datetime | None) -> None:
    for script in scripts[:10]:
        source = script.text() or ""
        if len(source) > _JSONLD_MAX:
            continue
        try:
            data = json.loads(source)
        except ValueError:
            continue  # broken JSON-LD is common: the rest of the page still speaks
        for obj in _jsonld_objects(data):
            kind = obj.get("@type")
            kind = " ".join(k for k in kind if isinstance(k, str)) if isinstance(kind, list) else kind
            if not isinstance(kind, str) or not _ARTICLE_TYPES.search(kind):
                continue
            for key, role in _JSONLD_ROLES.items():
                value = obj.get(key)
                if isinstance(value, str):
                    found.date(f"json-ld:{key}", role, value, reference)
            if not found.authors:
                found.authors = _names(obj.get("author"))
            if found.publisher is None:
                names = _names(obj.get("publisher"))
                found.publisher = names[0] if names else None
            headline = obj.get("headline")
            if found.headline is None and isinstance(headline, str):
                found.headline = _clean(headline)


def _meta(tags: list[LexborNode]) -> dict[str, str]:
    """``<meta>`` values by casefolded name, property or itemprop (the first of each name)."""
    out: dict[str, str] = {}
    for tag in tags:
        attrs = tag.attributes
        content = attrs.get("content")
        if content is None:
            continue
        for key in ("property", "name", "itemprop", "http-equiv"):
            name = attrs.get(key)
            if name:
                out.setdefault(name.strip().casefold(), content)
    return out


def _role_of(node: LexborNode) -> DateRole:
    attrs = node.attributes
    marks = " ".join(str(attrs.get(k) or "") for k in ("class", "id", "itemprop")) + " " + (node.text() or "")[:60]
    if "pubdate" in attrs or _PUBLISHED.search(marks):
        return "published"
    if _UPDATED.search(marks):
        return "modified"
    return "unknown"


def _read_elements(props: list[LexborNode], times: list[LexborNode], found: _Found, reference: dt.datetime | None) -> None:
    for node in props[:_MAX_TIMES]:
        prop = node.attributes.get("itemprop") or ""
        role: DateRole = "modified" if prop == "dateModified" else "published"
        value = node.attributes.get("content") or node.attributes.get("datetime") or node.text()
        found.date(f"itemprop:{prop}", role, value, reference)
    for node in times[:_MAX_TIMES]:
        found.date("time[datetime]", _role_of(node), node.attributes.get("datetime"), reference)


def _read_date_texts(tree: LexborHTMLParser, found: _Found, reference: dt.datetime | None) -> None:
    body = tree.body
    if body is None:
        return
    seen = 0
    last = None
    for node in css(body, _DATE_CLASS_SELECTOR):
        if node.mem_id == last:
            continue  # its class and its id both matched: one element
        last = node.mem_id
        attrs = node.attributes
        # It counts once for each word its class and its id hold, as when each pair was a selector.
        marks = _date_marks(attrs.get("class")) + _date_marks(attrs.get("id"))
        if not marks:
            continue
        text = _clean(node.text())
        if not text or len(text) > _DATE_TEXT_MAX or not any(c.isdigit() for c in text):
            continue
        found.date("element:" + (attrs.get("class") or attrs.get("id") or "")[:40].strip(), _role_of(node), text, reference)
        seen += marks
        if seen >= _MAX_DATE_ELEMENTS:
            return


def _date_marks(value: str | None) -> int:
    """How many words of ``_DATE_CLASS_WORDS`` ``value`` holds, ASCII letters' case aside (as
    lexbor's ``i`` compares: ``bytes.lower`` lowers those alone)."""
    if not value:
        return 0
    lowered = value.encode("utf-8", "surrogatepass").lower()
    return sum(word in lowered for word in _DATE_CLASS_BYTES)


# A line of the page's text that may be a stamp: short, with a year of the web's era; at most 60 tried.
_STAMP_LINE_MAX, _STAMP_LINES_TRIED = 100, 60
_YEAR = lazy(r"(?<!\d)(?:199\d|20\d\d)(?!\d)")
# A stamp opens its line, after a label at most ("Posted on ", "Veröffentlicht am ").
_STAMP_LEAD = 20


def _is_page_stamp(line: str, start: int, end: int) -> bool:
    """A date that stamps the page: it opens the line, little else stands beside it, or a cue names it.

    "02.02.2022 10:16 Uhr - Bundesliga", "Posted on 3 May 2019 by Jo", "zuletzt am 29. Januar 2020
    geändert" are stamps; "Der nächste Stammtisch findet am 5. Februar 2020 statt" dates an event.
    """
    if start <= _STAMP_LEAD:
        return True
    rest = line[:start] + " " + line[end:]
    return len(rest.split()) <= 3 or bool(_UPDATED.search(rest) or _PUBLISHED.search(rest))


def add_text_stamps(tree: LexborHTMLParser, page: Page, reference: dt.datetime | None = None) -> Page:
    """``page`` with the first stamp of the page's text, from the headline on (else from the top).

    For a page whose markup states no date; call it once scripts and styles are gone from
    ``tree`` (their text is no page's stamp).  An update stamp does not end the search for a
    publication stamp below it.
    """
    body = tree.body
    if body is None:
        return page
    # Blank lines left out at once (some ten to a line of text): no stamp and no headline stands on one.  A text
    # node of ASCII white space alone (the markup's indents between tags) is left out by lexbor (skip_empty):
    # set off by the separator on both sides it made only blank lines (0.7 M instructions a page that asks).
    lines = list(filter(None, map(str.strip, body.text(separator="\n", skip_empty=True).split("\n"))))
    h1 = css_first(tree.root, "h1")
    headline = " ".join(h1.text().split()) if h1 is not None else ""
    opening = headline.split(" ", 1)[0]  # the headline's line (its spaces made single) opens with its first word
    start = next((i for i, ln in enumerate(lines) if ln.startswith(opening) and " ".join(ln.split()) == headline), 0)
    found = _Found()
    tried = 0
    for line in (*lines[start:], *lines[:start]):
        head = line[:_STAMP_LINE_MAX]
        if ("19" not in head and "20" not in head) or not _YEAR.search(head):  # each year holds "19" or "20"
            continue
        tried += 1
        if tried > _STAMP_LINES_TRIED:
            break
        try:
            stamp = read_stamp(head)
        except Exception:  # an unreadable line is no stamp
            continue
        if stamp is None or stamp.relative or not stamp.year_stated or stamp.dateline.datetime is None:
            continue
        if len(line) > _STAMP_LINE_MAX and stamp.start > _STAMP_LEAD:
            continue  # in a paragraph, only a date opening it stamps it
        if not _is_page_stamp(head, stamp.start, stamp.end):
            continue
        role: DateRole = "modified" if stamp.label == "updated" or _UPDATED.search(head) else "unknown"
        found.date("page-text", role, head[stamp.start : stamp.end], reference)
        if any(d.role != "modified" for d in found.dates):
            break
    return dataclasses.replace(page, dates=page.dates + tuple(found.dates)) if found.dates else page


# One walk for the times, the JSON-LD scripts and the elements of an itemprop "date…": three walks over a page
# just parsed cost 12 us more a median page, each reaching the tree's memory afresh (fewer instructions, though).
# lexbor gives an element two selectors match twice in a row, and compares the type's ASCII letters' case aside.
_DATED_SOURCES = 'time[datetime], script[type="application/ld+json" i], [itemprop^="date"]'
_DATE_PROPS = ("datePublished", "dateModified", "dateCreated")


class _Sources:
    """The elements metadata is read from: the metas, the JSON-LD scripts, the canonical link, the
    title, the times with a datetime and the elements of the three date properties."""

    def __init__(self, tree: LexborHTMLParser) -> None:
        root, self.metas = tree.root, tree.tags("meta")
        meta, script, _, _, time = sourced = tag_numbers().sources  # numbers, not names: no string made a node
        self.scripts: list[LexborNode] = []
        self.times: list[LexborNode] = []
        self.props: list[LexborNode] = []
        last = None
        for node in css(root, _DATED_SOURCES):
            if node.mem_id == last:
                continue
            last, attrs, tag = node.mem_id, node.attributes, node.tag_id
            # Twice for an itemprop "date…", as a selector list of the tags and [itemprop^="date"] once found it
            # (the reading limits count it so); lower() lowers no other letter to one of the type's.
            found = [node, node] if (attrs.get("itemprop") or "").startswith("date") else [node]
            if tag == time and "datetime" in attrs:
                self.times += found
            elif tag == script and (attrs.get("type") or "").lower() == "application/ld+json":
                self.scripts += found
            if len(found) == 2 and tag != meta and attrs.get("itemprop") in _DATE_PROPS:
                self.props += found if tag in sourced else [node]
        # The first canonical link and title by walks that stop there (the head, most pages): 2 and 2 us, not 12 and 7.
        self.canonical: LexborNode | None = css_first(root, _CANONICAL)
        self.title: LexborNode | None = css_first(root, "title")


_CANONICAL = 'link[rel="canonical" i]'


def read_page(tree: LexborHTMLParser, reference: dt.datetime | None = None, extraction: str | None = None) -> Page:
    """The page's metadata (``reference``: dates after it are taken for errors; ``extraction``: Page.extraction)."""
    sources = _Sources(tree)
    meta = _meta(sources.metas)
    found = _Found()
    _read_jsonld(sources.scripts, found, reference)
    # The page's few date names in the order of _META_ROLES (testing its 55 names cost 10 us a page).
    for name in sorted(meta.keys() & _META_ROLES.keys(), key=_META_ORDER.__getitem__):
        found.date(f"meta:{name}", _META_ROLES[name], meta[name], reference)
    _read_elements(sources.props, sources.times, found, reference)
    canonical = _clean(sources.canonical.attributes.get("href") if sources.canonical else None)
    url = canonical or _clean(meta.get("og:url"))
    if url and (m := _URL_DATE.search(url)):
        found.date("url", "published", f"{m['y']}-{m['m']}-{m['d']}", reference)  # an impossible day reads as none
    if not any(d.role == "published" for d in found.dates):
        _read_date_texts(tree, found, reference)
    title_node, html_node = sources.title, tree.root  # the document's element: always <html> in a page lexbor parsed
    author = _clean(meta.get("author") or meta.get("article:author") or meta.get("dc.creator"))
    authors = found.authors or ([author] if author and not author.startswith("http") else [])
    return Page(
        title=_clean(title_node.text() if title_node else None),
        og_title=_clean(meta.get("og:title") or found.headline),
        site_name=_clean(meta.get("og:site_name") or meta.get("application-name")),
        lang=_clean((html_node.attributes.get("lang") if html_node else None) or meta.get("og:locale") or meta.get("content-language")),
        canonical_url=url,
        authors=tuple(a for a in (_clean(a) for a in authors) if a),
        publisher=_clean(found.publisher or meta.get("og:site_name")),
        description=_clean(meta.get("og:description") or meta.get("description")),
        dates=tuple(found.dates), extraction=extraction,
    )
