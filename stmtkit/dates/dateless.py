"""News ledes that state a place, and mostly an agency, but no date.

``Paris (AFP) -``, ``KYIV, Ukraine (AP) —``, ``NEW YORK--(BUSINESS WIRE)--``, ``【東京＝共同】``,
``تهران - ایرنا -``, ``PB, Jakarta —``, ``AMSTERDAM - ``; and the day alone of ``MADRID, 17 (EUROPA PRESS)``.
The dated ledes are read around their date (``stmtkit.dates.place``).
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from ..data import dateline_words as words
from ..data import folded_dates
from ..fold import fold_aligned
from ..gazetteer import is_place
from ..memo import per_parse
from ..patterns import DASHES, lazy
from .place import (
    CASELESS_PLACE,
    MARKUP_CHARS,
    PLACE_NAME,
    REGION_ABBREVIATION,
    caseless,
    is_agency,
    known_agency,
    place_ok,
)

# A place in any script: capitalised, or in a script without capitals ("서울", "北京").
_ANY_PLACE = r"[\p{Lu}\p{Lo}](?:[\p{L}\p{M}'’]|-(?=\p{L}))*(?:[ /\-]\p{L}(?:[\p{L}\p{M}'’]|-(?=\p{L}))*){0,3}(?:(?<=/\p{Lu})\.)?"
# What may stand between the markup and the agency's bracket in _DATELESS_LEDE, the line's first bracket
# (nothing before it may hold one): a place of four words, a region of four after its comma, a day and a
# dash, eleven gaps at most.  A paragraph whose first bracket stands further in is told so without the
# pattern, which took some 20 us a paragraph to fail.
_BEFORE_AGENCY_WORDS = 12
# The agency's bracket and what follows it: _DATELESS_LEDE's end, also asked alone (at the line's first bracket).
_AGENCY_BRACKET = r"\((?P<agency>[^()\d][^()]{1,39})\)\s*(?:\.?[-–—:]+\s*|(?P<no_dash>\.\s*(?=\p{Lu})|(?=\p{Lu}\p{Ll}|\p{Lo})|\s*$))"
_DATELESS_LEDE = lazy(
    rf"(?V1)^[\s#*>_|]*(?P<place>{_ANY_PLACE}(?:,\s*(?:{REGION_ABBREVIATION}|{PLACE_NAME}))?)\s*[,.]?\s*(?:\d{{1,2}}\s*)?(?P<wire>[-–—]+)?\s*"
    + _AGENCY_BRACKET
)
_AGENCY_AFTER_PLACE = lazy("(?V1)" + _AGENCY_BRACKET)
# A correspondent's name in kanji (two to five characters) and a wire's name glued to its place ("【ワシントン共同】").
_KANJI_NAME = lazy(r"^\p{Han}{2,5}$")
_GLUED_WIRE_BRACKET = lazy(r"^[\s#*>_|]*【(?P<body>[^\s=＝【】]{3,16})】")
_GLUED_WIRE_MAX = 6  # characters of a wire's name glued there
# Wires that put place and agency in one bracket: "【東京＝共同】", "(서울=연합뉴스) 기자 = …".
_JOINED_BRACKET_LEDE = lazy(r"(?V1)^[\s#*>_|]*[【\[(（](?P<place>[^\s=＝()（）【】\[\]]{1,15})\s*[=＝]\s*(?P<agency>[^=＝()（）【】\[\]]{1,20}?)\s*[】\])）]")
# "تهران - ایرنا - …", "القاهرة - (أ ش أ) - …", "АСТАНА. KAZINFORM – …", "NUR-SULTAN. Kazinform –": the place, then
# the agency set off by dashes (maybe in brackets) or after a full stop (one word after a place in capitals, a dash after it).
_PLACE_THEN_AGENCY_LEDE = lazy(
    rf"(?V1)^[\s#*>_|]*(?:(?P<place>{CASELESS_PLACE})\s+[-–—]\s*(?P<open>\()?(?P<agency>{CASELESS_PLACE}|\p{{Lu}}[\p{{Lu}}\p{{N}}.\-]{{1,20}})(?(open)\))\s+[-–—]"
    r"|(?P<caps>\p{Lu}{3,}(?:[ \-]\p{Lu}{2,}){0,2})\.\s+(?P<caps_agency>\p{Lu}[\p{L}\p{N}.\-]{1,20})\s*[-–—])\s+(?=\S)"
)
# "دمشق-سانا: …": a known place, a dash and a known wire glued to it, a colon and the story.
_CASELESS_PLACE_WIRE_COLON = lazy(rf"(?V1)^[\s#*>_|]*(?P<place>{CASELESS_PLACE})\s*[-–—]\s*(?P<agency>{CASELESS_PLACE})\s*:\s*(?=\S)")
# "دمشق - وكالة الياسمين" alone on its line, the story in the next paragraph: a known place in a caseless script, a dash,
# the agency's name of one to three words.
# (the agency's name may run to five words: "وكالة أنباء الساحل المستقلة"; a colon may close the line: "دمشق - سانا:")
_PLACE_AGENCY_LINE = lazy(
    rf"(?V1)^[\s#*>_|]*(?P<place>{CASELESS_PLACE})\s+[-–—]\s*(?P<agency>{CASELESS_PLACE}(?: {CASELESS_PLACE}){{0,1}})\s*:?\s*$"
)
_PLACE_AGENCY_LINE_MAX = 60
# A caseless script's lede of one name and a dash (or the tatweel Arabic papers use as one): a known wire ("بترا - …"),
# or a known city and its paper's name in quotes and a colon ("بيروت ـ"الصحيفة": …").
_CASELESS_NAME_DASH_LEDE = lazy(
    rf"(?V1)^[\s#*>_|]*(?P<name>{CASELESS_PLACE})\s*[-–—ـ]\s*"
    r"(?:[\"“«](?P<outlet>[^\"”»:]{2,30})[\"”»]\s*:\s*|(?<=[-–—ـ])\s+(?=\S))"
)
# "Bakı. Trend:", "Bakı. Aynur Əliyeva – Trend:": the place and a full stop, maybe the reporter and a dash,
# then a known agency and a colon (Azerbaijani and Central Asian wires).
_PLACE_DOT_AGENCY_LEDE = lazy(
    r"(?V1)^[\s#*>_|]*(?P<place>\p{Lu}[\p{L}\p{M}'’\-]+(?: \p{Lu}[\p{L}\p{M}'’\-]+){0,2})\.\s+"
    r"(?:\p{Lu}[\p{L}\p{M}'’.\-]+(?: \p{Lu}[\p{L}\p{M}'’.\-]+){0,3}\s+[-–—]\s+)?"
    r"(?P<agency>\p{Lu}[\p{L}\p{N}.\-]{1,24}(?: \p{Lu}[\p{L}\p{N}.\-]{1,24})?)\s*:(?=\s|$)"
)
# "PB, Jakarta — …", "NEWSSITE.COM, PADANG - …": an agency in capitals (or a site's domain), its place, a dash
# and the story; "JAKARTA, Newssite.com - …": the place first, then the domain.
_AGENCY_FIRST_LEDE = lazy(
    r"(?V1)^[\s#*>_|]*(?P<agency>\p{Lu}[\p{Lu}\p{N}.\-]{1,11}),\s*"
    r"(?P<place>\p{Lu}\p{Ll}[\p{L}\p{M}'’\-]*(?: \p{Lu}[\p{L}\p{M}'’\-]*){0,2})\s*[-–—]+\s+(?=\p{L}|$)"
)
# A state's initials may close it, their last full stop cut by some sites: "WASHINGTON D.C", "Albany, N.Y.".
_STATE_INITIALS = r"(?:,?\s\p{Lu}\.(?:\p{Lu}\.?)+)?"
_NAMED_PLACE = rf"(?:\p{{Lu}}\p{{Ll}}[\p{{L}}\p{{M}}'’\-]*(?: \p{{Lu}}[\p{{L}}\p{{M}}'’\-]*){{0,2}}|\p{{Lu}}{{3,}}(?:[ \-]\p{{Lu}}{{2,}}){{0,2}}){_STATE_INITIALS}"
_SITE_DOMAIN = r"\p{L}[\p{L}\p{N}\-]{1,30}(?:\.[\p{L}\p{N}\-]{2,20})?\.\p{L}{2,6}"
_DOMAIN_LEDES = (
    lazy(rf"(?V1)^[\s#*>_|]*(?P<agency>{_SITE_DOMAIN}),\s*(?P<place>{_NAMED_PLACE})\s*[-–—]+\s+(?=[\"“«„']?\p{{L}}|$)"),
    lazy(rf"(?V1)^[\s#*>_|]*(?P<place>{_NAMED_PLACE}),\s*(?P<agency>{_SITE_DOMAIN})\s*[-–—]+\s+(?=[\"“«„']?\p{{L}}|$)"),
)
# "AMSTERDAM - Een groep …", "WASHINGTON –  Today, …": a place in capitals, a dash and the story.
# A domain lede's dot stands within this many characters of the start.
_DOMAIN_WITHIN = 60
# The place may end with a state's initials or short form ("WASHINGTON, D.C. —", "ALBANY, N.Y. -",
# "SHREVEPORT, La. –"); the story may open with a word in capitals, or glued to a long dash ("—COVID RELIEF
# NOW, a coalition …"), when a lower-case word follows within a few words: a headline in capitals ("UKRAINE —
# WAR UPDATE") has none.
# With a state's initials the dash may be glued on both sides, as press releases write it
# ("WASHINGTON, DC-The coalition …"): the initials mark the place, a plain capitalised word the story.
_PLACE_ONLY_LEDE = lazy(
    r"(?V1)^[\s#*>_|]*(?P<place>\p{Lu}{3,}(?:[ \-]\p{Lu}{2,}){0,3}(?P<state>,?\s\p{Lu}\.(?:\p{Lu}\.?)+|,\s\p{Lu}{2}\b|,\s\p{Lu}\p{Ll}{1,4}\.)?)"
    r"(?:\s+[-–—]+\s+|\s+[–—]+(?=\p{Lu})|(?(state)\s*[-–—]{1,2}(?=\p{Lu}\p{Ll})|(?!)))"
    r"(?=[\"“«„']?\p{L}(?:\p{Ll}|[^\n]{0,40}?\s\p{Ll}))"
)
# "RB – PALOPO – Story", "KBRN – JAKARTA – Story": the agency's letters, a dash, the place in capitals, a dash
# and the story (Indonesian and Malaysian papers), a word in small letters within a few words of it.
_AGENCY_DASH_PLACE_LEDE = lazy(
    r"(?V1)^[\s#*>_|]*(?P<agency>\p{Lu}[\p{Lu}\p{N}.]{1,7})\s+[-–—]\s+(?P<place>\p{Lu}{3,}(?:[ \-]\p{Lu}{2,}){0,2})"
    r"\s+[-–—]\s+(?=[\"“«„']?\p{Lu}\p{Ll}[^\n]{0,40}?\s\p{Ll})"
)
# "MILANO. «Story …»", "MADRID.- Story", "MADRID, España.- Story": a known place in capitals (its country after a
# comma) and a full stop (a hyphen may follow it) open the story (Italian and Spanish papers).
_PLACE_DOT_LEDE = lazy(
    r"(?V1)^[\s#*>_|]*(?P<place>(?P<city>\p{Lu}{3,}(?:[ \-]\p{Lu}{2,}){0,2})(?:,\s\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)?)"
    r"\.[-–—]?\s+(?=[\"“«„']?\p{Lu})"
)
# "NASHIK: Hundreds of farmers …": a known place in capitals, a colon and the story (Indian and Pakistani papers);
# a known place only, since "UPDATE:" and "WATCH:" are written the same way.
_PLACE_COLON_LEDE = lazy(r"(?V1)^[\s#*>_|]*(?P<place>\p{Lu}{3,}(?:[ \-]\p{Lu}{2,}){0,2}):\s+(?=[\"“']?\p{Lu}[^\n]{60})")
_PLACE_COLON_WITHIN = 30  # its colon stands within this many characters of the start
# "(ANKARA) - …": the place alone in brackets before the dash, as some wires write it; a known place
# only, since "(VIDEO) -" and "(UPDATE) -" are written the same way.
_BRACKETED_PLACE_LEDE = lazy(rf"(?V1)^[\s#*>_|]*\((?P<place>{_ANY_PLACE})\)\s*[-–—]+\s+(?=\p{{L}})")
# "«Source» (City)": a paper names itself in guillemets and its city in brackets (Arabic press).
_QUOTED_SOURCE_LEDE = lazy(r"^[\s#*>_|]*«(?P<agency>[^«»()\d]{2,30})»\s*\((?P<place>[^()\d]{2,30})\)", engine="re")
# "News Site :- …": a source's name, then a colon glued to a dash and the story (Arabic and South
# Asian papers); a known place there is the place, any other name the source.
_COLON_DASH_LEDE = lazy(r"(?V1)^[\s#*>_|]*(?P<name>[\p{L}\p{M}][\p{L}\p{M}.'’\-]*(?: [\p{L}\p{M}.'’\-]+){0,3})\s*:-\s*(?=\p{L})")
# A press release's lede with the place as a city is written, a state's initials after it, then a
# double or long dash and the story: "Springfield, IL -- The coalition …", or a hyphen glued to the city ("Berlin-
# Die …").  A known city only, and a long line after it: "Berlin – Eine Stadt im Wandel" is a headline.
_TITLE_CASE_PLACE_LEDE = lazy(
    r"(?V1)^[\s#*>_|]*(?P<place>(?P<city>\p{Lu}\p{Ll}+(?:[ \-]\p{Lu}\p{Ll}+){0,2})(?:,\s\p{Lu}{2}|,\s\p{Lu}\.(?:\p{Lu}\.)+|,\s\p{Lu}\p{Ll}{1,4}\.)?)"
    r"\s*(?:--|[–—]|-\s)\s*(?=[\"“«„']?\p{Lu}[^\n]{60})"
)
_TITLE_CASE_DASH_WITHIN = 60  # its dash stands within this many characters of the start
_TITLE_CASE_DOT_WITHIN = 40  # its full stop stands within this many characters of the start
_STORY_MIN = 61  # the story's opening line runs on past this many characters (a headline is shorter)
_TOWN_WORDS_MAX, _CONNECTOR_MAX = 4, 3  # "Castellón de la Plana": capitalised words, and a connector's letters
_OPENING_QUOTES = "\"“«„'"


def _title_case_dot_lede(text: str) -> PlaceAgency | None:
    """``Bielefeld. Der Stadtrat hat …``, ``Ciudad de México.— El gobierno …``: a known town as it is written, a
    full stop (a dash may be glued to it) and a long story (German regional papers, Mexican and Spanish ones); the
    town may hold a short word in small letters (``Frankfurt am Main``, ``Aix-en-Provence``).  Told by string
    tests: a pattern compiled for it cost a one-file run some 3 M instructions."""
    start = len(text) - len(text.lstrip(MARKUP_CHARS))
    head = text[start:]
    if not _title_case_dot_at(head):
        return None
    dot = head.find(".", 0, _TITLE_CASE_DOT_WITHIN)
    place = head[:dot]
    words = place.replace("-", " ").split(" ")
    capitalised = [w for w in words if w[:1].isupper()]
    if len(capitalised) > _TOWN_WORDS_MAX or not words[-1][:1].isupper() or not all(
            w.isalpha() and (w[1:].islower() if w[:1].isupper() else w.islower() and len(w) <= _CONNECTOR_MAX)
            and len(w) >= (2 if w[:1].isupper() else 1) for w in words):
        return None  # (each word a capital and small letters, or a connector of a few small letters between them)
    after = head[dot + 1 :].lstrip("-–—")
    story = after.lstrip()
    opening = story[1:2] if story[:1] in _OPENING_QUOTES else story[:1]
    if len(story) == len(after) or not opening.isupper() or len(story.partition("\n")[0]) < _STORY_MIN + (story[:1] in _OPENING_QUOTES) \
            or not is_place(place):
        return None
    return PlaceAgency(place, None, start, start + len(head) - len(story), True)


def _title_case_dot_at(head: str) -> bool:
    """A full stop near the start closes the paragraph's first words, a space or a dash after it: the mark of a
    title-case town's lede ("Bielefeld. Der …"), told by C searches before any pattern is asked."""
    dot = head.find(".", 0, _TITLE_CASE_DOT_WITHIN)
    return dot > 2 and head[dot + 1 : dot + 2] in (" ", "-", "–", "—") and head[:1].isupper() and head[1:2].islower()


_ROW_PARTS_MIN, _ROW_PART_WORDS = 4, 5


def _short_parts_apart_by_dashes(text: str) -> bool:
    """Four parts or more set apart by spaced hyphens, each of five words at most: a row of names."""
    parts = text.split(" - ")
    return len(parts) >= _ROW_PARTS_MIN and all(len(part.split()) <= _ROW_PART_WORDS for part in parts)


def _bracketed_wire(name: str) -> bool:
    """``(BKT) -``, ``(AFP) -`` opening a story: a known wire, or a short name in capitals that is no label of the
    page's ("(VIDEO) -", "(UPDATE) -" are written the same way)."""
    if known_agency(name):
        return True
    if not (name.isupper() and name.isalpha() and 2 <= len(name) <= _BRACKETED_WIRE_MAX):
        return False
    from ..data.folded_structure import SECTION_WORDS  # lazy: asked only of a bracket opening a paragraph

    folded = fold_aligned(name)
    return folded not in SECTION_WORDS and folded not in words.BRACKET_LABELS


_BRACKETED_WIRE_MAX = 8


def _domain_lede(text: str) -> PlaceAgency | None:
    """``NEWSSITE.COM, PADANG -``, ``JAKARTA, Newssite.com -``: a site's domain and its place, a dash."""
    for pattern in _DOMAIN_LEDES:
        m = pattern.match(text)
        if m is not None and place_ok(m.group("place")):
            return PlaceAgency(m.group("place"), m.group("agency"), min(m.start("place"), m.start("agency")), m.end(), True)
    return None


class PlaceAgency(NamedTuple):
    """A date-less lede's place and agency (a named tuple: the date reader builds no dataclass)."""

    place: str | None
    agency: str | None
    start: int  # where the place starts (or the date, when there is none)
    end: int  # where the agency (or the dash after the date) ends
    lede: bool  # a news lede: the stamp ends with an agency or a dash and the story follows


def _wire_place(place: str) -> bool:
    """A place as a wire's lede writes it: in capitals (``ANKARA``), or a country or city by name, maybe with its
    country or region after a comma (``Lyon, France``)."""
    letters = place.replace(" ", "").replace("-", "")
    city, comma, _region = place.partition(",")
    return (len(letters) >= 3 and letters.isupper()) or is_place(place) or (bool(comma) and is_place(city.strip()))


_BRACKETED_PLACE_MAX = 40


@per_parse  # the dateline, title and signature stages ask it of the same lines (a quarter of the calls)
def dateless_lede(text: str) -> PlaceAgency | None:
    """A lede that states a place, and mostly an agency, but no date.

    ``Paris (AFP) -``, ``KYIV, Ukraine (AP) —``, ``NEW YORK--(BUSINESS WIRE)--``, ``서울--(뉴스와이어)--``,
    ``PB, Jakarta —``, ``NEWSSITE.COM, PADANG -``, ``JAKARTA, Newssite.com -``, and the place alone in capitals ``AMSTERDAM - `` (agency None).
    """
    if text[:1] == "[" and (close := text.find("]", 1, _BRACKETED_PLACE_MAX)) > 0 \
            and text[close + 1 : close + 3].strip()[:1] in DASHES:
        # "[Washington, D.C.] – Representatives …": a release's place in square brackets before its dash
        inner = dateless_lede(text[1:close] + text[close + 1 :])
        if inner is not None and inner.place is not None and inner.start == 0 and inner.end >= close - 1:
            return PlaceAgency(inner.place, inner.agency, 0, inner.end + 2, True)
    head = text.lstrip(MARKUP_CHARS)
    start = head[:20]
    # Every lede below holds a dash (or the tatweel), a bracket, or a colon or an equals sign where it is looked for,
    # or opens with "【" or three capitals ("MILANO. …"): a line with none (half the lines asked) is told so by a few
    # C searches, not by the tests below (some 10,000 instructions).  A new shape of lede adds its mark here.
    if "-" not in text and "–" not in text and "—" not in text and "(" not in text and ":" not in head[:60] \
            and "=" not in start and "＝" not in start and "ـ" not in text and head[:1] != "【" \
            and not (head[:3].isalpha() and head[:3].isupper()) \
            and not ("." in head[:_TITLE_CASE_DOT_WITHIN] and _title_case_dot_at(head)):
        return None
    if ("=" in start or "＝" in start) and (m := _JOINED_BRACKET_LEDE.match(text)) is not None:
        agency = m.group("agency")
        # "【ロンドン＝山田太郎】": a correspondent's name in kanji where a wire's stands, no agency
        reporter = head[:1] == "【" and _KANJI_NAME.match(agency) is not None and not known_agency(agency)
        return PlaceAgency(m.group("place"), None if reporter else agency, m.start(), m.end(), True)
    if head[:1] == "【" and (m := _GLUED_WIRE_BRACKET.match(text)) is not None:
        body = m.group("body")  # "【ワシントン共同】": a known wire's name glued after its place
        wire = next((body[-n:] for n in range(min(len(body) - 1, _GLUED_WIRE_MAX), 1, -1) if known_agency(body[-n:])), None)
        if wire is not None:
            return PlaceAgency(body[: -len(wire)], wire, m.start(), m.end(), True)
    first = head[:1]
    caseless_first = first.isalpha() and not first.isupper() and not first.islower()  # Arabic, Devanagari …
    # a caseless script's place (a letter neither upper nor lower case), or three capitals and a full stop
    if (caseless_first or (head[:3].isupper() and "." in head[:40])) \
            and ("-" in head[:60] or "–" in head[:60] or "—" in head[:60]) \
            and (m := _PLACE_THEN_AGENCY_LEDE.match(text)) is not None:
        place, agency = m.group("place") or m.group("caps"), m.group("agency") or m.group("caps_agency")
        # (in a caseless script any two names between dashes have this shape: "name - name - name - name", every
        # part short, is a row of signers, no story after a lede)
        if m.group("place") is None or not _short_parts_apart_by_dashes(text):
            return PlaceAgency(place, agency, m.start(), m.end(), True)
    if caseless_first and len(head) <= _PLACE_AGENCY_LINE_MAX \
            and (m := _PLACE_AGENCY_LINE.match(text)) is not None and is_place(m.group("place")):
        # "دمشق - وكالة أنباء الساحل المستقلة" alone on its line: the place and the wire, asked before a lede's dash
        own = m.group("agency").casefold() in words.OWN_REPORT_WORDS
        return PlaceAgency(m.group("place"), None if own else m.group("agency"), m.start(), m.end(), True)
    if caseless_first and ":" in head[:40] and (m := _CASELESS_PLACE_WIRE_COLON.match(text)) is not None \
            and is_place(m.group("place")) and known_agency(m.group("agency")):
        return PlaceAgency(m.group("place"), m.group("agency"), m.start(), m.end(), True)
    if caseless_first and (m := _CASELESS_NAME_DASH_LEDE.match(text)) is not None:
        name, outlet = m.group("name"), m.group("outlet")
        if outlet is not None and is_place(name):
            return PlaceAgency(name, outlet, m.start(), m.end(), True)  # "بيروت ـ"الصحيفة": …": the city, the paper quoted
        if outlet is None and known_agency(name):
            return PlaceAgency(None, name, m.start(), m.end(), True)  # "بترا - …": a known wire and a dash open the story
        if outlet is None and is_place(name):
            return PlaceAgency(name, None, m.start(), m.end(), True)  # "القاهرة - …": a known city and a dash
    if first == "«" and (m := _QUOTED_SOURCE_LEDE.match(text)) is not None and is_place(m.group("place")):
        return PlaceAgency(m.group("place"), m.group("agency"), m.start("agency") - 1, m.end(), True)
    if head[:1] == "(":
        m = _BRACKETED_PLACE_LEDE.match(text)
        if m is not None and is_place(m.group("place")):
            return PlaceAgency(m.group("place"), None, m.start("place") - 1, m.end(), True)
        if m is not None and _bracketed_wire(m.group("place")):
            return PlaceAgency(None, m.group("place"), m.start("place") - 1, m.end(), True)  # "(BKT) - Sáng nay …": the wire alone
        return None
    if ":-" in head[:60]:
        m = _COLON_DASH_LEDE.match(text)
        if m is not None and place_ok(m.group("name")):
            name = m.group("name")
            known = is_place(name)
            return PlaceAgency(name if known else None, None if known else name, m.start("name"), m.end(), True)
    if "(" in text and (head[:1].isalpha() or not head[:1].isprintable()) \
            and len(head[: head.find("(")].split(None, _BEFORE_AGENCY_WORDS)) <= _BEFORE_AGENCY_WORDS:
        # A place, then the agency in brackets.  The first bracket is the agency's (nothing before it may hold one), so
        # what follows it is asked first, alone: when it fails ("Der Verband (DSV) hat nun …") the whole pattern fails,
        # after trying each way of cutting the words before the bracket into a place and a region (10-15 us a line).
        m = _DATELESS_LEDE.match(text) if _AGENCY_AFTER_PLACE.match(text, text.find("(")) else None
        if m is not None and place_ok(m.group("place")):
            agency = m.group("agency").strip()
            if len(agency) == 2 and m.group("no_dash") is None and _brazilian_state(agency) and not known_agency(agency):
                return PlaceAgency(m.group("place"), None, m.start("place"), m.end(), True)  # "Caxias do Sul (RS) -": its state
            # With no date to vouch for it, the agency must be a known one ("Report (PDF) - 2 pages" is
            # none), stand between dashes as the wires write it ("--(BUSINESS WIRE)--"), or be one word
            # in capitals after a place a wire would write: in capitals or a known city ("ANKARA (XYZ)-",
            # "Wien (OTS) -").
            # With no dash after the brackets ("STOCKHOLM (TT) Story", "Berlin (ADN). Story"), a known place and an agency's name.
            if m.group("no_dash") is not None and not (
                    is_place(m.group("place")) and is_agency(agency)):
                return None
            if known_agency(agency) or (m.group("wire") and not agency[:1].islower()) \
                    or (is_agency(agency) and _wire_place(m.group("place"))) \
                    or (caseless(agency) and agency.count(" ") < 3 and is_place(m.group("place"))):
                # "الإسكندرية (قناة 9)-": no capitals tell an agency in a caseless script; a known place and a
                # short name (three words at most) in brackets before the dash do
                return PlaceAgency(m.group("place"), agency, m.start("place"), m.end(), True)
    if ":" in head[:_DOMAIN_WITHIN] and "." in head[:_DOMAIN_WITHIN] and (m := _PLACE_DOT_AGENCY_LEDE.match(text)) is not None \
            and fold_aligned(m.group("agency")) in folded_dates.AGENCIES and place_ok(m.group("place")):
        return PlaceAgency(m.group("place"), m.group("agency"), m.start("place"), m.end(), True)
    if not text.lstrip(" #*>_|")[:2].isupper():  # both other shapes open with two capitals
        head = text[:_TITLE_CASE_DASH_WITHIN]
        m = _TITLE_CASE_PLACE_LEDE.match(text) \
            if ("--" in head or "–" in head or "—" in head or "- " in head) and text.lstrip(" #*>_|")[:1].isupper() else None
        if m is not None and (is_place(m.group("city")) or _region_after(m.group("place"), m.group("city"))):
            return PlaceAgency(m.group("place"), None, m.start("place"), m.end(), True)
        if (town := _title_case_dot_lede(text)) is not None:
            return town
        # "Kabarpagi.com, MAKASSAR -- …": a site's domain in small letters, its place, a dash
        return _domain_lede(text) if "." in text[:_DOMAIN_WITHIN] and "," in text[:_DOMAIN_WITHIN] else None
    # an agency of two to twelve capitals, figures and dots, then a comma
    first = head[:1]
    m = _AGENCY_FIRST_LEDE.match(text) if (first.isupper() or not first.isprintable()) and "," in head[2:13] else None
    if m is not None and place_ok(m.group("place")):
        agency = m.group("agency")
        known = fold_aligned(agency) in folded_dates.AGENCIES
        if not known and ((is_place(agency) and is_place(m.group("place"))) or fold_aligned(m.group("place")) in words.REGIONS):
            # "MANILA, Philippines -", "AUSTIN, Texas —": a city in capitals and its country or state
            return PlaceAgency(text[m.start("agency") : m.end("place")], None, m.start("agency"), m.end(), True)
        if not known and is_place(agency) and not is_place(m.group("place")):
            return PlaceAgency(agency, m.group("place"), m.start("agency"), m.end(), True)  # "MEDAN, Kabar Utara -": the city, the outlet
        return PlaceAgency(m.group("place"), agency, m.start("agency"), m.end(), True)
    if "." in text[:_DOMAIN_WITHIN] and (found := _domain_lede(text)) is not None:  # a site's domain holds a dot
        return found
    m = _AGENCY_DASH_PLACE_LEDE.match(text) if head[:2].isupper() and (" –" in head[:12] or " -" in head[:12] or " —" in head[:12]) else None
    if m is not None and fold_aligned(m.group("place")) not in folded_dates.AGENCIES:
        return PlaceAgency(m.group("place"), m.group("agency"), m.start("agency"), m.end(), True)
    opening = head[:3]  # three capitals open the place
    m = _PLACE_ONLY_LEDE.match(text) if (opening.isalpha() and opening.isupper()) or not opening.isprintable() else None
    if m is not None and place_ok(m.group("place")) and fold_aligned(m.group("place")) not in folded_dates.AGENCIES \
            and _state_vouched(m.group("place"), m.group("state")):
        return PlaceAgency(m.group("place"), None, m.start("place"), m.end(), True)
    m = _PLACE_DOT_LEDE.match(text) if (opening.isalpha() and opening.isupper()) else None
    if m is not None and is_place(city := m.group("city")) \
            and (city == m.group("place") or is_place(m.group("place")[len(city) + 1 :].strip())):
        return PlaceAgency(m.group("place"), None, m.start("place"), m.end(), True)
    m = _PLACE_COLON_LEDE.match(text) if (opening.isalpha() and opening.isupper()) and ":" in head[:_PLACE_COLON_WITHIN] else None
    if m is not None and is_place(m.group("place")):
        return PlaceAgency(m.group("place"), None, m.start("place"), m.end(), True)
    return None


# "MADRID, 17 (EUROPA PRESS)": the day alone between the place and the agency.
_LEDE_DAY = lazy(r",\s*(\d{1,2})\s*\(")


def lede_date(text: str, month: tuple[int, int]) -> dt.date | None:
    """The date of a date-less lede that states the day alone (``MADRID, 17 (EUROPA PRESS)``), in the page's
    ``(year, month)``; None when it states no day, or no day of that month."""
    m = _LEDE_DAY.search(text) if "(" in text else None
    try:
        return dt.date(month[0], month[1], int(m.group(1))) if m else None
    except ValueError:
        return None


def _brazilian_state(code: str) -> bool:
    from ..data.region_codes import BRAZILIAN_STATE_CODES  # lazy: asked of two letters in a lede's bracket

    return code in BRAZILIAN_STATE_CODES


def _region_after(place: str, city: str) -> bool:
    """A state's postal code or short form after the city ("Marlow Falls, NH", "Springfield, Ill."): a town of a
    press release's lede, known to the place tables or not."""
    from ..data.region_codes import STATE_POSTAL_CODES  # lazy: asked of a lede's town no place table knows

    region = place[len(city) :].strip(" ,")
    return region in STATE_POSTAL_CODES or region.casefold() in words.REGION_ABBREVIATIONS


def _state_vouched(place: str, state: str | None) -> bool:
    """Two capitals after a comma are a state's initials after a known city ("WASHINGTON, DC"), not a
    second body ("NATO, EU"); a word with a full stop there is a state's short form ("SHREVEPORT, La.")."""
    if state is None:
        return True
    if state[-1:] == "." and state[-2:-1].islower():
        return state.lstrip(", ").casefold() in words.REGION_ABBREVIATIONS
    return "." in state or is_place(place[: len(place) - len(state)])
