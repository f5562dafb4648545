"""The place a stamp names after its date: "27.05.2024, Баку", "14 мая 2019 г. Киев", "12 March 2024, Brockton –
Acme today …", "… de 2023 en Quito", "2022年9月15日于撒马尔罕"."""

from __future__ import annotations

from ..data import dateline_words as words
from ..gazetteer import is_place
from ..patterns import lazy
from .place import BARS, is_agency, place_ok

# After a comma only, each word capitalised: "27 May 2024 – Press release" names no place (the comma may follow
# an abbreviation's full stop: "2023 m. gegužės 5 d., Kaunas").
# The line may go on to a comma or colon at its end ("20 maart 2020, Spijkenisse,": the release's first line), or to
# a dash and the story ("12 March 2024, Brockton – Acme today …": a release's lede, the date first).
# The place may stand after its city word's abbreviation ("12 марта 2024 г., г. Москва").
_PLACE_AFTER = lazy(
    r"(?V1)\.?\s*,\s*(?:(?:" + "|".join(words.CITY_ABBREVIATIONS) + r")\.\s*)?"
    r"(?P<place>\p{Lu}[\p{L}\p{M}'’\-]*(?:[ /\-]\p{Lu}[\p{L}\p{M}'’\-]*){0,2})"
    r"(?:\s*[.,:]?\s*$|(?P<dash>\s+[–—-]+\s+)(?=[\p{Lu}\p{N}\"“«„]))"
)


def place_after(text: str, pos: int) -> tuple[str | None, int, bool]:
    """(place, end, whether a lede's dash follows it) when the stamp ends with its place: "27.05.2024, Баку",
    "14 мая 2019 г. Киев", "12 March 2024, Brockton – Acme today …"."""
    if text.find(",", pos) < 0:  # the place follows a comma, or is a known one
        # With no comma, only a city or country the place tables know ("25 марта 2006 г. Киев"): one or
        # two capitalised words end the text (string tests, no pattern: "dateline --text" loads no regex).
        rest = text[pos:]
        body = rest.strip()
        barred = body[:1] in BARS  # "12 March 2024 | Kyiv", "14:35 · Wien"
        name = (_first_field(body[1:]) if barred else body).removesuffix(".").strip()
        words = name.split()
        if (rest[:1].isspace() or barred) and 1 <= len(words) <= 2 and all(
                w[0].isupper() and w.replace("-", "").replace("'", "").replace("’", "").isalpha() for w in words) \
                and is_place(name):
            # the name (and a full stop) end the text, or the row's field ("08.03.2012 | Kyiv | Rubric")
            more = barred and any(bar in body[1:] for bar in BARS)
            return name, (text.index(name, pos) + len(name) if more else len(text.rstrip())), False
        if body[:1] in "于於" and _HAN_PLACE_MIN <= len(name := body[1:].rstrip("。.")) <= _HAN_PLACE_MAX \
                and all("\u3400" <= c <= "\u9fff" for c in name):
            return name, len(text.rstrip()), False  # "2022年9月15日于撒马尔罕": a treaty's date, "at" and its place, ending it
        return _place_after_preposition(rest, pos)
    m = _PLACE_AFTER.match(text, pos)
    if m is None:
        return _place_after_preposition(text[pos:], pos)
    if not place_ok(m.group("place")) or is_agency(m.group("place")):
        return None, pos, False
    return m.group("place"), m.end(), m.group("dash") is not None


_PLACE_PREPOSITIONS = words.PLACE_AFTER_PREPOSITIONS


# A place's name in Han after a date and "于" (at): two to seven characters ("布宜诺斯艾利斯"; a clause running on,
# "于北京举行会谈", is longer or holds a comma).
_HAN_PLACE_MIN, _HAN_PLACE_MAX = 2, 7


def _first_field(row: str) -> str:
    """The text up to the row's next bar (the whole text without one): a stamp row's field."""
    cut = min((at for at in map(row.find, BARS) if at >= 0), default=len(row))
    return row[:cut].strip()


def _place_after_preposition(rest: str, pos: int) -> tuple[str | None, int, bool]:
    """(place, end) when a preposition and a known place (one or two words) end the text after its date,
    and a full stop at most: "… 2024, at Nairobi.", "… de 2023 en Quito" (a formal closing line)."""
    body = rest.strip().removesuffix(".").lstrip(", ")
    head, _space, name = body.partition(" ")
    words_ = name.split()
    # (a capital, or a script without case: "ณ กรุงเทพฯ")
    if head not in _PLACE_PREPOSITIONS or not 1 <= len(words_) <= 2 or any(w[:1].islower() for w in words_) \
            or not is_place(name):
        return None, pos, False
    return name, pos + len(rest.rstrip()), False
