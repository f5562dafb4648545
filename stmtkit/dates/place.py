"""Place and agency around a date: news ledes and datelines.

``BAKU, May 27 (Reuters) -``, ``MOSCOW, May 27. /TASS/.``, ``Baku, 27 May, AZERTAC``,
``Bakı. 7 iyul. REPORT.AZ/``, ``MADRID, 13 Ene. (EUROPA PRESS) -``, ``Paris, le 27 mai 2024``
(the date-less ``Paris (AFP) -``: ``stmtkit.dates.dateless``).  The place is what stands before the date (a capitalised
name and a comma or full stop, nothing else); the agency what stands after it in brackets,
between slashes, before a slash, or after a comma when it is a known agency or in capitals.
"""

# No `from __future__ import annotations`: typing.NamedTuple compiles string annotations (0.23 M a field).

from ..data import byline_words, folded_dates
from ..data import dateline_words as words
from ..data import zones as zone_words
from ..fold import fold_aligned
from ..gazetteer import is_place
from ..patterns import WHITESPACE, lazy

# What the patterns' opening ``[\s#*>_|]*`` passes over: the first characters after it tell which
# patterns could match at all, and the others are not compiled for the line (compiling them was a
# tenth of a one-file run). A character this Python's Unicode tables do not know (not printable) may
# be a letter in the regex module's newer ones: it is let through.
MARKUP_CHARS = "".join(sorted(WHITESPACE)) + "#*>_|"
# (a river's or a region's initial after a slash keeps its full stop: "Frankfurt/M.", "Halle/S.")
PLACE_NAME = r"\p{Lu}[\p{L}\p{M}'’\-]*(?:[ /\-]\p{L}[\p{L}\p{M}'’\-]*){0,3}(?:(?<=/\p{Lu})\.)?"
# Arabic and Devanagari have no capitals: any word of theirs may be the place, so it must end with a
# separator or an agency ("القاهرة، 12 مايو", "नई दिल्ली, 12 मई (भाषा)"); Arabic's comma and Urdu's
# full stop separate as "," and "." do.
_CASELESS_LETTER = r"[[\p{Arabic}\p{Devanagari}\p{Hebrew}\p{Georgian}\p{Bengali}\p{Gurmukhi}\p{Gujarati}\p{Tamil}\p{Telugu}\p{Kannada}\p{Malayalam}\p{Ethiopic}\p{Thai}]&&[\p{L}\p{M}]]"
CASELESS_PLACE = rf"{_CASELESS_LETTER}+(?: {_CASELESS_LETTER}+){{0,2}}"
# A region's short form after the city, with its full stop: "Oaxaca, Oax.", "Morelia, Mich.".
REGION_ABBREVIATION = r"(?:\p{Lu}\p{Ll}{1,4}\.|\p{Lu}\.(?:\p{Lu}\.)+)"  # or a state's initials: "Washington, D.C."
# The agency may stand first, in brackets: "(NOVA) Milano, 9 mag. –", "(ANSA) - ROMA, 12 GIU -"; a slash may
# close the place: "Torino/21.11.23/Ansa:".
# A letter's closing may put a preposition before the place and a word before the date ("En Madrid, a
# 31 de mayo", "Em Lisboa, 12 de maio", "Roma, lì 12 maggio"): neither is part of the place; two places
# may share the closing ("Pamplona – Salamanca, a 31 de mayo").
# A letter's lead and a city's word are cut off in Python before the pattern runs: as alternatives
# in it they cost the regex compiler some 10 M instructions, a tenth of a one-file run's start-up.
_LETTER_LEADS = tuple(sorted((lead + " " for lead in words.LETTER_PLACE_LEADS), key=len, reverse=True))
_CITY_WORDS = tuple(word + "." for word in words.CITY_ABBREVIATIONS)
_OPENING_WORDS = frozenset([lead.split()[0] for lead in _LETTER_LEADS] + list(_CITY_WORDS))
# Marks that set a section or a place off from a stamp: only a known place is the place there.
BARS = ("|", "•", "·")
_PLACE_BEFORE = lazy(
    r"(?V1)^[\s#*>_|]*(?:\((?P<agency_first>\p{L}[^()\d]{1,39})\)\s*[-–—]*\s*)?"
    rf"(?P<place>{PLACE_NAME}(?:,\s*(?:{PLACE_NAME}|{REGION_ABBREVIATION})|\s[–—]\s{PLACE_NAME})?|{CASELESS_PLACE})\s*"
    r"(?:\((?P<agency>[^()\d]{2,40})\))?\s*(?P<sep>[,.:/\-–—،۔፣|•·(]?)\s*(?:(?<=[,.]\s*)(?:a|lì|li|em|am)\s+)?$"
)
_MEDIUM_THEN_PLACE = lazy(
    rf"(?V1)^[\s#*>_|]*(?P<agency>\p{{Lu}}[\p{{L}}\p{{M}}'’\-]*(?: [\p{{L}}\p{{M}}'’\-]+){{0,3}})\.\s+(?P<place>{PLACE_NAME})\.\s*$"
)
# A letter's date alone after its place, as the letters of many languages write it: the day and a full stop,
# the month's name, the year ("27. august 2014"); or the year and its word ("12 maja 2020 r.", "5 июня 2019 г.").
# "Politics 30 November 2017" is a rubric and a date.
_LETTER_DATE_AFTER = lazy(
    r"(?V1)(?:\d{1,2}\.\s+\p{L}{3,}\.?\s+\d{4}\.?|\d{1,2}\.?\s+\p{L}{3,}\.?\s+\d{4}\s*(?:r|g|god|гг?|р)\.|\d{4}-\d{2}-\d{2})\s*$"
)
# Letter closings that put the place before "den"/"le" with no comma: "Stockholm den 27 maj 2024".
_PLACE_CONNECTORS = frozenset({"le", "den", "dne", "am", "el", "في", "فى", "بتاريخ"})  # ar: "القاهرة في 3 فبراير"
_AGENCY_AFTER = (
    # "(Reuters) -", "(EUROPA PRESS) -", "(APA) —"
    lazy(r"(?V1)^\s*[,.]?\s*\((?P<agency>\p{L}[^()\d]{1,39})\)\s*(?P<dash>[-–—:፦]+)?"),
    # "/TASS/.", "/ИТАР-ТАСС/.", "/Harbour Press Agency (HPA)/ —" (as long as a bracketed agency may be)
    lazy(r"(?V1)^\s*[,.]?\s*/(?P<agency>\p{L}[^/]{1,39}?)/\s*\.?(?P<dash>\s*[-–—])?"),
    # "Torino/21.11.23/Ansa:" — the agency after a slash, then a colon or a dash and the story
    lazy(r"(?V1)^\s*/\s*(?P<agency>\p{L}[\p{L}\p{N}.\-& ]{1,30}?)\s*(?P<dash>[:–—]|\s-)"),
    # "REPORT.AZ/"
    lazy(r"(?V1)^\s*[,.]?\s*(?P<agency>\p{Lu}[\p{Lu}\p{N}.\-&]+(?: \p{Lu}[\p{Lu}\p{N}.\-&]+)?)\s*/(?P<dash>)"),
    # ", AZERTAC" / ". INTERFAX.RU -" (known agency or capitals), then the end, a dash or a full stop
    lazy(
        r"(?V1)^\s*[,.]\s*(?P<agency>\p{Lu}[\p{L}\p{N}.\-& ]{1,30}?)(?P<dash>\s+-|\s*[–—:]|\.(?=\s|$)|\s*$)"
    ),
    # " - РИА Новости." (RIA's lede): a known agency or capitals after the dash
    lazy(
        r"(?V1)^\s*[-–—]+\s*(?P<agency>\p{Lu}[\p{L}\p{N}.\-& ]{1,30}?)(?P<dash>\s+-|\s*[–—:]|\.(?=\s|$)|\s*$)"
    ),
    # "دبي في 3 مايو / وام /", "3 mar / EFE /": a wire between slashes set apart by spaces
    lazy(r"(?V1)^\s*/ (?P<agency>\p{L}[^/]{1,30}?) /(?P<dash>\s*[-–—]?)"),
)
# The patterns whose agency must be a known one or in capitals (a name after a comma, a dash, spaced slashes).
_CHECKED = (4, 5, 6)
_CHECKED_LEDES = (5, 6)  # (a dash or spaced slashes close a lede's agency, the story follows)
_DASH_AFTER = lazy(r"(?V1)^\s*[.,]?\s*[-–—]+")
_AFTER_OPENINGS = ",./(-–—"  # what the patterns above open with, but a capital


def known_agency(name: str) -> bool:
    """A wire of the agencies table, alone or before a slash and its regional desk or a second wire ("dpa/lno")."""
    folded = fold_aligned(name)
    if folded in folded_dates.AGENCIES:
        return True
    head, slash, rest = folded.partition("/")
    return bool(slash) and 0 < len(rest) <= 25 and " " not in rest and head in folded_dates.AGENCIES


def is_agency(name: str) -> bool:
    """A known agency name, one word in capitals ("SERVIMEDIA"), or one word with capitals inside ("КазТАГ");
    or a paper's initials and a known wire credited together ("NV/EFE", "EP/Reuters")."""
    name = name.strip()
    if "/" in name:
        parts = [part.strip() for part in name.split("/")]
        return len(parts) <= _CREDITS and any(map(known_agency, parts)) \
            and all(known_agency(part) or (part.isupper() and part.isalpha()) for part in parts)
    letters = name.replace(".", "").replace("-", "")  # "INTERFAX.RU", "ITAR-TASS"
    if known_agency(name) or (name.isupper() and letters.isalpha() and 3 <= len(name) <= 25) \
            or (" " in name and name[:1].isupper() and name.split(None, 1)[0].lower() in words.AGENCY_HEAD_WORDS):
        return True  # (or a name its head word opens: "Agenzia Lumen", "Agence Ecofin")
    if " " in name and (parts := name.rsplit(None, 1))[1].casefold() in words.AGENCY_TAIL_WORDS and known_agency(parts[0]):
        return True  # a known wire and a word of its credit after it: "ANTARA News", "Kyodo News"
    if " " in name or not name[:1].isupper():
        return False
    # agencies write their initials into one word: "КазТАГ", "BelTA"; a news site its domain: "Kompas.com"
    return (letters.isalpha() and 4 <= len(name) <= 12 and sum(map(str.isupper, name[1:])) >= 2) \
        or ("." in name and _SITE_DOMAIN.fullmatch(name) is not None)


# "By AFP – 12 May 2024", "Door ANP - 18-3-2019": a byline that names a known wire, then the date.
_BYLINE_FIRST = frozenset(word.casefold() for word in byline_words.BYLINE_WORDS)
_BYLINE_AGENCY = lazy(r"(?i:\p{L}+)\s+(?P<agency>[\p{L}.\-/]{2,25})\s*[-–—|·,:]?\s*$")
_SITE_DOMAIN = lazy(r"(?V1)\p{L}[\p{L}\p{N}\-]{1,30}\.\p{L}{2,6}")


_CREDITS = 3  # "NV/EFE", "AP/dpa/AFP": the credits a lede's bracket joins at most


def caseless(place: str) -> bool:
    """Written in a script without capitals (Devanagari, Arabic…): its case cannot tell a name."""
    return not any(c.isupper() or c.islower() for c in place)


# A caseless place, no comma, the date and the danda: "हमीरपुर 28 नवंबर। …" (the danda closes the dateline).
def _names_a_section(words_: str) -> bool:
    """A word of a site's sections among ``words_`` ("POLITIK TERKINI"): a rubric, no town."""
    from ..data.folded_structure import (
        SECTION_WORDS,  # lazy: a large table, asked of few lines ("dateline --text" none)
    )

    return any(word in SECTION_WORDS for word in fold_aligned(words_).split())


# A lede's day, month and mark after a town in capitals the tables lack, no comma: "BANDAR HILIR 5 MAC: …".
_LEDE_DAY_MONTH = lazy(r"(?V1)\d{1,2}\s+\p{L}{3,}\.?\s?[:\-–—]\s")
_DATE_THEN_DANDA = lazy(r"(?V1)\p{N}{1,2}\s+[\p{L}\p{M}]+\.?(?:,?\s+\p{N}{4})?\s?[।॥]")


def place_ok(place: str) -> bool:
    f = fold_aligned(place)
    if f.split(" ", 1)[0] in folded_dates.BYLINE_WORDS:
        return False  # "Par Jean Dupont, le 11 juin 2024" and "Soumis par jdupont le …" are bylines
    return f not in folded_dates.LABELS and f not in zone_words.ABBREVIATIONS and not any(c.isdigit() for c in place) \
        and place not in words.FORMAL_CLOSING_VERBS  # "Aprobado el 4 de junio": the verb of a formal closing


def place_before(text: str, cut: int, connector: str = "") -> tuple[str | None, str | None, int]:
    """(place, agency, start) from ``text[:cut]``, the text before the date.

    The place ends with a comma, full stop or dash ("BAKU, May 27"), or stands before a
    letter's connector ("Stockholm den 27 maj"): "Signed on 12 May" names no place.  A CJK
    lede glues a known agency and the place to the date: "新华社北京5月13日电".
    """
    before = text[:cut]
    if not before.strip(MARKUP_CHARS):  # the date opens the string or a heading ("# 14 mars"): no place (the pattern needs a letter)
        return None, None, cut
    if "\u3400" <= before[-1] <= "\u9fff":  # Han right before the date: no capitals, no comma
        from .cjk_place import cjk_place_before  # lazy: only Han text asks

        return cjk_place_before(before)
    if before[:1].isalpha() and before.split(None, 1)[0].casefold() in _BYLINE_FIRST and \
            (byline := _BYLINE_AGENCY.match(before)) is not None and known_agency(byline.group("agency")):
        return None, byline.group("agency"), byline.start("agency")  # "Door ANP - 18-3-2019, 10:15": the wire signs it
    opened = before.strip(MARKUP_CHARS) if ")" in before else ""  # (a C search spares most lines the strip)
    if opened[:1] == "(" and opened[-1:] == ")" and known_agency(wire := opened[1:-1].strip()):
        return None, wire, before.index(wire)  # "(ANSA) 12.03.2024": the wire's name in brackets, then its date
    skip, lead, city_word = _opening(before)
    if lead and before[-1:] == " ":
        before = _without_date_article(before)  # "Done at Porto, this 4th day of June": the article is the date's
    # "(Montevideo, 04/05/2019). Story": the lede's place and date in one bracket; a known place only
    # ("(see the annex, 4 May)" names none)
    bracketed = not skip and before.lstrip(MARKUP_CHARS)[:1] == "(" and ")" not in before
    if bracketed:
        skip = before.index("(") + 1
        # "(Sputnik - 14 March 2023) Story", "( Outlet ۔ / سبوتنيك - 14 …)": the wire (after the outlet's slash) and a dash
        if known_agency(wire := before[skip:].rstrip(" -–—,").rpartition("/")[2].strip()):
            return None, wire, before.index(wire, skip)
    m = _PLACE_BEFORE.match(before[skip:] if skip else before)
    if m is None and "|" in before and (fields := _wire_and_place_fields(before)) is not None:
        return fields  # "EFE | Sevilla | 3 de marzo de 2024": the wire's row of fields, its place last
    if m is None and " / " in before and (fields := _place_and_wire_slashed(before)) is not None:
        return fields  # "COLUMBUS, OH / NEWSWIRE / March 12, 2024 /": a release wire's row, the place first
    if m is None and ". " in before and (medium := _MEDIUM_THEN_PLACE.match(before)) is not None \
            and is_place(medium.group("place")):
        # "Noticias del Campo. Montevideo. 9 de marzo de 2023.- …": the medium, its place, the date
        return medium.group("place"), medium.group("agency"), medium.start("agency")
    if m is None or not place_ok(m.group("place")) or (bracketed and not is_place(m.group("place").split(",")[0])):
        return None, None, cut
    if m.group("sep") in BARS and not is_place(m.group("place").split(",")[0]):
        if fold_aligned(m.group("place")) in folded_dates.AGENCIES or (m.group("sep") == "|" and wire_field(before) is not None):
            # "EFE ·14/02/2015 - 10:20h", "Agencia EFE | 12 de marzo": the wire's stamp
            return None, m.group("place"), skip + m.start("place")
        return None, None, cut  # "Politics | 12 March": a section set off by a bar; "Kyiv • 12 March" a place
    if m.group("sep") in _WIRE_SEPARATORS and not m.group("agency") and fold_aligned(m.group("place")) in folded_dates.AGENCIES \
            and not is_place(m.group("place")):
        return None, m.group("place"), skip + m.start("place")  # "PAP, 03.03.2024 12:30", "AIM – 27.10.2016": a known wire, no place
    if m.group("sep") == ":" and not m.group("place").isupper() and not is_place(m.group("place").split(",")[0]):
        return None, None, cut  # "Düzenleme: 05.10.2016": a label the tables lack; "HAMBURG:", "Hamburg:" place a date
    if m.group("sep") == "(" and not (m.group("place").isupper() or is_place(m.group("place").split(",")[0])):
        return None, None, cut  # "ROSARIO (3/11/2021).-" is a lede's place; "Report of the board (3/11/2021)" names none
    # (a region's initials after the city end in their full stop, as a separator would: "Villa Olímpica, D.F. a 9 …")
    if not m.group("sep") and not m.group("agency") and connector not in _PLACE_CONNECTORS and not lead \
            and not m.group("place").endswith(".") \
            and not is_place(m.group("place")) and not _letter_place(m.group("place"), text, cut) \
            and not (caseless(m.group("place")) and _DATE_THEN_DANDA.match(text, cut)) \
            and not (m.group("place").isupper() and " " in m.group("place") and _LEDE_DAY_MONTH.match(text, cut)
                     and not _names_a_section(m.group("place"))):
        return None, None, cut  # "Warszawa 25 marca 2017 r." names its place; "Signed on 12 May" names none
    # the stamp starts with a city's word ("г. Казань"), which is no part of the place
    place, start = m.group("place"), city_word if city_word >= 0 else skip + m.start("place")
    if names_a_body(place):
        # "Friends of the Ferry, 12 May 2024" closes a letter with its signer, not its place
        head, comma, rest = place.partition(",")
        # ("Harbour Union, Inc., 12 May": the short form after a body's name is its legal form, not a region)
        if not comma or not rest.strip() or rest.rstrip().endswith(".") or names_a_body(rest) or not names_a_body(head):
            return None, None, cut
        place, start = rest.strip(), skip + m.start("place") + len(place) - len(rest.lstrip())
    if m.group("agency_first"):
        # "(NOVA) Milano, 9 mag." — the agency first needs the comma after the place, as ledes write it
        if m.group("sep") not in (",", "/") or not is_agency(m.group("agency_first")):
            return None, None, cut
        return place, m.group("agency_first"), skip + m.start("agency_first") - 1
    # "Hamirpur (Himachal Pradesh), 29 Nov (PTI)": a bracket after the place that names no wire names its region
    return place, m.group("agency") if m.group("agency") and is_agency(m.group("agency")) else None, start


def _wire_and_place_fields(before: str) -> tuple[str | None, str | None, int] | None:
    """``EFE | Sevilla |`` before a date: a known wire and a known place, each in a field of its own set off by bars;
    or a known wire alone in the field nearest the date (``By Jane Doe | Reuters |``)."""
    fields = before.rstrip(" |").split("|")
    if (alone := wire_field(before)) is not None:
        return None, alone[1], alone[0]
    if len(fields) != 2:
        return None
    wire, place = fields[0].strip(MARKUP_CHARS), fields[1].strip()
    if not known_agency(wire) or not is_place(place):
        return None
    return place, wire, before.index(place, len(fields[0]))


def _place_and_wire_slashed(before: str) -> tuple[str | None, str | None, int] | None:
    """``COLUMBUS, OH / NEWSWIRE /`` before a date: a place, then a wire's name in capitals, each set off by spaced
    slashes (a release wire's lede)."""
    fields = before.rstrip(" /").split(" / ")
    if len(fields) != 2:
        return None
    place, wire = fields[0].strip(MARKUP_CHARS), fields[1].strip()
    if not (wire.isupper() and is_agency(wire)) or not place_ok(place) or not (place.isupper() or is_place(place.split(",")[0])):
        return None
    return place, wire, before.index(place)


_DATE_ARTICLES = tuple(" " + article + " " for article in words.LETTER_DATE_ARTICLES)


def _without_date_article(before: str) -> str:
    """``before`` without an article of the date after the place's comma ("Dado en Sevilla, a los ")."""
    for article in _DATE_ARTICLES:
        if before.endswith(article) and before[: -len(article)].rstrip().endswith(","):
            return before[: -len(article) + 1]
    return before


def wire_field(before: str) -> tuple[int, str] | None:
    """(where it starts, its name) of a known wire that fills the last field set off by a bar before a stamp's date
    or label (``By Jane Doe | Reuters |``, ``dpa | Veröffentlicht am``, ``Agencia EFE |``); None when there is none."""
    head, bar, last = before.rstrip(" ").rstrip("|").rpartition("|")
    name = last.strip(MARKUP_CHARS) if before.rstrip().endswith("|") else ""
    if not name or not (known_agency(name) or (" " in name and is_agency(name))):
        return None
    return before.index(name, len(head) + len(bar)), name


def _opening(before: str) -> tuple[int, bool, int]:
    """(where the place may start, whether a letter's lead stands before it, where a city's word starts or -1)
    in a closing line: "En Madrid, a", "V Praze dne", "Fait à Lyon, le", "г. Казань,"."""
    head = before.lstrip(MARKUP_CHARS)
    word = head.split(" ", 1)[0]
    # a look-up or two spare trying every lead on most lines; a city's word may be glued on ("г.Казань")
    if word not in _OPENING_WORDS and word[: word.find(".") + 1] not in _OPENING_WORDS:
        return 0, False, -1
    at = len(before) - len(head)
    for lead in _LETTER_LEADS:
        if head.startswith(lead):
            rest = head[len(lead) :].lstrip(" ")
            if rest[:1].isupper() or (rest[:1].isalpha() and not rest[:1].islower()):  # (or a caseless script's name)
                return len(before) - len(rest), True, -1
    for word in _CITY_WORDS:
        if head.startswith(word):
            rest = head[len(word) :].lstrip(" ")
            if rest[:1].isalpha():
                return len(before) - len(rest), False, at
    return 0, False, -1


def names_a_body(place: str) -> bool:
    """A head noun of an organisation (``Union``, ``Asociația``) in a name no place table knows
    (in any of its parts between commas)."""
    from ..data.folded_cues import ORGANISATION_WORDS  # lazy: asked only of a place before a date
    from ..fold import fold_words

    for part in place.split(","):
        words = fold_words(part).split()
        if any(w in ORGANISATION_WORDS or (w[-1:] == "s" and w[:-1] in ORGANISATION_WORDS) for w in words) \
                and not is_place(part.strip()):
            return True
    return False


def _letter_place(place: str, text: str, cut: int) -> bool:
    """``Sandefjord 27. august 2014``, ``Höör 2021-09-14``, ``Helsingissä 12.3.2024``: a letter's place and date with
    nothing else on the line, the month written out or the date in ISO form (or in figures after a Finnish locative);
    a town the place tables do not know, in title case ("SPORT 27. Mai 2024" is a rubric)."""
    words = place.split()
    if len(words) == 1 and place.endswith(_LOCATIVE_ENDINGS) and place[:1].isupper() and not place.isupper():
        # "Helsingissä 12.3.2024", "Tampereella 5.6.2023": a Finnish town in the locative closes a letter with its
        # date in figures (a section's name, "Kotimaa 12.3.2024", has no such ending)
        return _NUMERIC_DATE_AFTER.match(text, cut) is not None
    return len(words) <= 2 and all(w[:1].isupper() and not w.isupper() for w in words) \
        and _LETTER_DATE_AFTER.match(text, cut) is not None


_LOCATIVE_ENDINGS = ("ssa", "ssä", "lla", "llä")
_NUMERIC_DATE_AFTER = lazy(r"\d{1,2}\.\d{1,2}\.\d{4}\s*$")


_FIELD_MARKS = ("|", "/", "·", "•")
_WIRE_SEPARATORS = (",", "-", "–", "—")
_FIELD_WIRE_CHARS = 40


def agency_after(text: str, pos: int) -> tuple[str | None, int, bool]:
    """(agency, end, lede) from ``text[pos:]``, the text after the date."""
    rest = text[pos : pos + 80]
    if rest.lstrip().startswith(words.ERA_MARKS):  # "… 14/2016 ዓ.ም (ኢዜአ)": the year's era (one C test a date)
        era = next(mark for mark in words.ERA_MARKS if rest.lstrip().startswith(mark))
        pos, rest = (at := text.index(era, pos) + len(era)), text[at : at + 80]
    if not rest.strip():  # the date ends the string: every pattern needs a bracket, slash, comma, dash or letter
        return None, pos, False
    # Each pattern opens, after white space, with a comma, full stop, slash, bracket, dash or capital: most dates in
    # a sentence run on with a word in small letters or a figure, told so by the first character (a capital beyond
    # ASCII is left to the patterns; str.lstrip strips all the white space \s does).
    first = rest.lstrip()[:1]
    opens = first in _AFTER_OPENINGS or not first.isascii() or first.isupper()
    for i, pattern in enumerate(_AGENCY_AFTER if opens else ()):
        m = pattern.match(rest)
        if m is None:
            continue
        agency = m.group("agency").strip()
        if i in _CHECKED and not is_agency(agency):
            continue
        if fold_aligned(agency) in folded_dates.LABELS:
            continue
        return agency, pos + m.end(), i not in _CHECKED or bool(m.group("dash").strip()) or i in _CHECKED_LEDES
    # "12.03.2024, 10:15 / ANSA", "… | AA": a known wire in the last field (a short rest of the line only: most
    # stamps are asked, and a wire's name is short)
    if len(text) - pos <= _FIELD_WIRE_CHARS and (field := rest.strip())[:1] in _FIELD_MARKS \
            and known_agency(name := field[1:].strip(" .")):
        return name, pos + len(rest.rstrip()), False
    # (a hyphen or an en dash glued to the date and to a letter is the date's suffix, not a lede's dash: "2021-ci il",
    # "2021-го", "július 5–i")
    d = _DASH_AFTER.match(rest) if opens and not (rest[:1] in "-–" and rest[1:2].isalpha()) else None
    if d is not None:
        return None, pos + d.end(), True
    if rest.startswith(words.CJK_WIRE_MARKS):  # "5月13日电": the dispatch mark ends a CJK lede, the story follows
        return None, pos + 1, True
    return None, pos, False


# "PLACE۔ 17 ستمبر(SOURCE - AGENCY۔ 17 ستمبر2019ء)": after a lede's place and date, a bracket naming the
# source and the date again; asked only once a place stands before the date.
_DATED_AGENCY = lazy(r"(?V1)\s*[,.،۔]?\s*\((?P<agency>\p{L}[^()\d]{1,59}?)[\s.,،۔\-–—]*(?P<day>\d+)[^()]{0,24}\)")


def dated_agency_after(text: str, pos: int, day: int) -> tuple[str | None, int]:
    """(agency, end) of a bracket after a lede's date holding its source and the same day again
    (a bracket with another date is a note: "(updated 13 May)")."""
    m = _DATED_AGENCY.match(text, pos, pos + 100)
    if m is None or int(m.group("day")) != day or fold_aligned(m.group("agency").strip()) in folded_dates.LABELS:
        return None, pos
    return m.group("agency").strip(), m.end()
