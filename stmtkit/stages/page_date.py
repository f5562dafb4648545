"""A web page's dateline decided from all its evidence: the stamp in the text and the page's own dates.

Runs after the dateline stage, which read the text alone, and only for HTML
input (``ctx.page``).  The page's dates (``Page.dates``, in trust order) are
ranked by tier: a publication date in JSON-LD or a ``<meta>`` tag first, then
one marked as such in the page (``<time>``, the URL, a "date" element), then
an unmarked one, then an update date.  Then:

- no stamp in the text: the best page date is the dateline;
- the stamp and the best page date (or another as strong) name the same day: the stamp stays (it has
  the place and agency), given the page's time and offset when it states none;
  a year-less stamp (``KARVELA, September 5 (NNA) —``) on the page date's
  month and day takes the page date's year instead of the reference date's;
- they differ: a first-tier page date wins over the stamp (a page's text is
  full of dates of events, its metadata is written for machines by the CMS
  that published it), and so does an earlier publication date over a stamp
  labelled as an update; a lower-tier one loses to it.  The loser is in
  ``warnings``; a stamp line that lost is given back to the text.

``page.dateline_source`` says where the dateline came from, ``--explain`` why.
Also, when the text gave no title or language, the page's own are taken.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from ..dates.read import read_stamp
from ..model import Dateline, Page, PageDate, Title
from ..state import Context

_FIRST_TIER = ("json-ld:", "meta:", "itemprop:")


def _tier(date: PageDate) -> int:
    strong = date.origin.startswith(_FIRST_TIER)
    if date.role == "published":
        return 0 if strong else 1
    if date.role == "unknown":
        return 2
    return 3 if strong else 4


def best_page_date(page: Page) -> PageDate | None:
    """The page date most likely to be the publication's: lowest tier, then trust order."""
    if not page.dates:
        return None
    return min(enumerate(page.dates), key=lambda pair: (_tier(pair[1]), pair[0]))[1]


def _as_dateline(date: PageDate) -> Dateline:
    value = date.datetime
    offset = value.utcoffset() if isinstance(value, dt.datetime) else None
    return Dateline(date.value, value, offset)


def _with_time(stamp: Dateline, date: PageDate) -> Dateline:
    """The stamp, with the page's time and offset when the stamp states a date alone."""
    value = date.datetime
    if stamp.time is not None or not isinstance(value, dt.datetime):
        return stamp
    return dataclasses.replace(stamp, datetime=value, utc_offset=value.utcoffset())


# How the dateline stage words the warning for a stamp whose year it took from elsewhere.
_YEAR_GUESS = "states no year"


def _year_guessed(ctx: Context, stamp: Dateline) -> bool:
    return any(w.code == "dateline" and w.lines == stamp.lines and _YEAR_GUESS in w.message for w in ctx.warnings)


def _with_year(stamp: Dateline, date: PageDate) -> Dateline:
    """The stamp on the page date's year (the same month and day: the replacement is a valid date)."""
    value = stamp.datetime
    if value is None:
        return stamp
    return _with_time(dataclasses.replace(stamp, datetime=value.replace(year=date.date.year)), date)


def _is_update_stamp(stamp: Dateline) -> bool:
    """ "Aktualisiert am 19.02.2020", "Updated: June 4": the text dates an update, not the publication."""
    try:
        found = read_stamp(stamp.text)
    except Exception:  # a stage never raises on odd text
        return False
    return found is not None and found.label == "updated"


def _take_page_date(ctx: Context, stamp: Dateline, best: PageDate, why: str) -> str:
    """The page's date over the text's stamp: the stamp line goes back to the text, the stamp to warnings."""
    span = stamp.lines or (1, 1)
    if stamp.lines and all(ctx.owner[n - 1] == "dateline" for n in range(span[0], span[1] + 1)):
        ctx.release(span, "dateline", "the page's metadata dates the page, not this stamp")
    # The place and agency the text gave stand: only the date was in question.
    ctx.dateline = dataclasses.replace(_as_dateline(best), place=stamp.place, agency=stamp.agency, place_lines=stamp.place_lines)
    ctx.warn(
        "dateline-conflict",
        f"the text's stamp {stamp.text!r} (line {span[0]}) says {stamp.date}, the page's {best.origin} "
        f"says {best.date}: {why}",
        stamp.lines,
    )
    ctx.explain.append(("dateline", span, f"the page's {best.origin} over the text's stamp: {why}"))
    return best.origin


def _decide(ctx: Context, page: Page, stamp: Dateline | None) -> str | None:
    """Set the dateline from the stamp and the page's dates; where it came from."""
    best = best_page_date(page)
    if best is None:
        return "text" if stamp is not None and stamp.datetime is not None else None
    span = stamp.lines if stamp is not None and stamp.lines else (1, 1)
    if stamp is None or stamp.date is None:
        ctx.dateline = _as_dateline(best)
        ctx.explain.append(("dateline", span, f"no stamp in the text: the page's {best.origin} ({best.value})"))
        return best.origin
    # Another page date on the stamp's day confirms it: a CMS may write one in UTC
    # ("2023-11-09T01:09:55Z") and another in local time ("2023-11-08 18:09:55"), as the text does.
    # Only evidence as strong as the best page date confirms: a list of related articles' <time>s
    # has a date on almost any day.
    agreeing = next((d for d in page.dates if d.date == stamp.date and _tier(d) <= _tier(best)), None)
    if agreeing is not None or stamp.date == best.date:
        confirming = agreeing or best
        ctx.dateline = _with_time(stamp, confirming)
        ctx.explain.append(("dateline", span, f"the stamp in the text, confirmed by the page's {confirming.origin}"))
        return "text"
    if _year_guessed(ctx, stamp) and (stamp.date.month, stamp.date.day) == (best.date.month, best.date.day):
        ctx.dateline = _with_year(stamp, best)
        ctx.warnings = [w for w in ctx.warnings if not (w.code == "dateline" and w.lines == stamp.lines and _YEAR_GUESS in w.message)]
        ctx.explain.append(("dateline", span, f"the year-less stamp in the text, its year from the page's {best.origin}"))
        return "text"
    if _tier(best) == 0:
        return _take_page_date(ctx, stamp, best, "the page's metadata was taken")
    if best.role != "modified" and best.origin != "page-text" and best.date < stamp.date and _is_update_stamp(stamp):
        return _take_page_date(ctx, stamp, best, "the stamp dates an update, the page its publication")
    ctx.warn(
        "dateline-conflict",
        f"the page's {best.origin} {best.value!r} says {best.date}, the text's stamp says {stamp.date}: the stamp was taken",
        stamp.lines,
    )
    ctx.explain.append(("dateline", span, f"the text's stamp over the page's {best.origin}"))
    return "text"


def run(ctx: Context) -> None:
    page = ctx.page
    if page is None:
        return
    if ctx.title is None and (page.og_title or page.title):
        ctx.title = Title(str(page.og_title or page.title), None)
    if ctx.language is None and page.lang and page.lang[:2].isalpha():
        ctx.language = page.lang[:2].lower()
    ctx.page = dataclasses.replace(page, dateline_source=_decide(ctx, page, ctx.dateline))
