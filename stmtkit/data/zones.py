"""Time-zone words in datelines, folded (see ``stmtkit.fold.fold_aligned``).

``ABBREVIATIONS``: an abbreviation → its meanings, each ``(IANA zone, fixed
offset or None, languages that mean it)``.  A fixed offset is what the
abbreviation itself says (``EDT`` is −04:00 whatever the date); ``None``
means the offset is the zone's on the date, from tzdata (``MSK`` was +04:00
in 2012 and +03:00 since 2014).  Ambiguous abbreviations list one meaning per
reading, the first being the default: ``IST`` is India in English, Israel in
Hebrew, Ireland in Irish; ``CST`` is Chicago in English, China in Chinese.

``NAMED_TIMES``: phrases naming a local time ("Baku time", "heure de Paris",
"по московскому времени"); ``CITY_TIME_TEMPLATES`` the phrases with a
``{city}`` slot, the city looked up in ``CITY_ZONES`` and then in tzdata's own
city names (``Europe/Paris`` → "paris").
"""

from __future__ import annotations

Meaning = tuple[str, str | None, tuple[str, ...]]

_CET: tuple[Meaning, ...] = (
    ("Europe/Paris", "+01:00", ("fr",)),
    ("Europe/Berlin", "+01:00", ("de",)),
    ("Europe/Rome", "+01:00", ("it",)),
    ("Europe/Madrid", "+01:00", ("es", "ca", "gl", "eu")),
    ("Europe/Warsaw", "+01:00", ("pl",)),
    ("Europe/Prague", "+01:00", ("cs", "sk")),
    ("Europe/Amsterdam", "+01:00", ("nl",)),
    ("Europe/Stockholm", "+01:00", ("sv", "da", "no", "nb")),
    ("Europe/Budapest", "+01:00", ("hu",)),
    ("Europe/Belgrade", "+01:00", ("sr", "hr", "bs", "sl")),
)


def _summer(meanings: tuple[Meaning, ...], offset: str) -> tuple[Meaning, ...]:
    return tuple((zone, offset, langs) for zone, _, langs in meanings)


_EET: tuple[Meaning, ...] = (
    ("Europe/Athens", "+02:00", ("el",)),
    ("Europe/Kyiv", "+02:00", ("uk",)),
    ("Europe/Bucharest", "+02:00", ("ro",)),
    ("Europe/Sofia", "+02:00", ("bg",)),
    ("Europe/Helsinki", "+02:00", ("fi",)),
    ("Africa/Cairo", "+02:00", ("ar",)),
)

ABBREVIATIONS: dict[str, tuple[Meaning, ...]] = {
    # Russian and Azerbaijani agencies: "17:59 МСК", "(TSİ)", "AZT"
    "msk": (("Europe/Moscow", None, ()),),
    "мск": (("Europe/Moscow", None, ()),),
    "msd": (("Europe/Moscow", "+04:00", ()),),
    "azt": (("Asia/Baku", None, ()),),
    "tsi": (("Europe/Istanbul", None, ()),),
    "trt": (("Europe/Istanbul", None, ()),),
    "get": (("Asia/Tbilisi", None, ()),),
    "amt": (("Asia/Yerevan", None, ("hy", "en", "ru")), ("America/Manaus", "-04:00", ("pt",))),
    "almt": (("Asia/Almaty", None, ()),),
    "uzt": (("Asia/Tashkent", None, ()),),
    "irst": (("Asia/Tehran", "+03:30", ()),),
    "pkt": (("Asia/Karachi", "+05:00", ()),),
    "npt": (("Asia/Kathmandu", "+05:45", ()),),
    "gst": (("Asia/Dubai", "+04:00", ()),),
    # European papers: "17:59 Uhr MESZ", "17h59 CEST", "5.59pm BST"
    "cet": _CET,
    "cest": _summer(_CET, "+02:00"),
    "met": _CET,
    "mest": _summer(_CET, "+02:00"),
    "mez": (("Europe/Berlin", "+01:00", ()),),
    "mesz": (("Europe/Berlin", "+02:00", ()),),
    "wet": (("Europe/Lisbon", "+00:00", ()),),
    "west": (("Europe/Lisbon", "+01:00", ()),),
    "eet": _EET,
    "eest": _summer(_EET, "+03:00"),
    "bst": (("Europe/London", "+01:00", ()), ("Asia/Dhaka", "+06:00", ("bn",))),
    "ist": (
        ("Asia/Kolkata", "+05:30", ()),
        ("Asia/Jerusalem", "+02:00", ("he", "iw")),
        ("Europe/Dublin", "+01:00", ("ga",)),
    ),
    "idt": (("Asia/Jerusalem", "+03:00", ()),),
    "eat": (("Africa/Nairobi", "+03:00", ()),),
    "cat": (("Africa/Maputo", "+02:00", ()),),
    "wat": (("Africa/Lagos", "+01:00", ()),),
    "sast": (("Africa/Johannesburg", "+02:00", ()),),
    # American wires: "5:59 p.m. EDT", "10:34:51 GMT+0800 (CST)"
    "est": (("America/New_York", "-05:00", ()),),
    "edt": (("America/New_York", "-04:00", ()),),
    "et": (("America/New_York", None, ()),),
    "cst": (
        ("America/Chicago", "-06:00", ()),
        ("Asia/Shanghai", "+08:00", ("zh",)),
        ("America/Havana", "-05:00", ("es",)),
    ),
    "cdt": (("America/Chicago", "-05:00", ()),),
    "ct": (("America/Chicago", None, ()),),
    "mst": (("America/Denver", "-07:00", ()),),
    "mdt": (("America/Denver", "-06:00", ()),),
    "pst": (("America/Los_Angeles", "-08:00", ()), ("Asia/Manila", "+08:00", ("tl", "fil"))),
    "pdt": (("America/Los_Angeles", "-07:00", ()),),
    "pt": (("America/Los_Angeles", None, ()),),
    "akst": (("America/Anchorage", "-09:00", ()),),
    "akdt": (("America/Anchorage", "-08:00", ()),),
    "hst": (("Pacific/Honolulu", "-10:00", ()),),
    "ast": (("America/Halifax", "-04:00", ()), ("Asia/Riyadh", "+03:00", ("ar",))),
    "adt": (("America/Halifax", "-03:00", ()),),
    "brt": (("America/Sao_Paulo", "-03:00", ()),),
    "art": (("America/Argentina/Buenos_Aires", "-03:00", ()),),
    # Asia-Pacific: "JST", "KST", "HKT", "AEST"
    "jst": (("Asia/Tokyo", "+09:00", ()),),
    "kst": (("Asia/Seoul", "+09:00", ()),),
    "hkt": (("Asia/Hong_Kong", "+08:00", ()),),
    "sgt": (("Asia/Singapore", "+08:00", ()),),
    "pht": (("Asia/Manila", "+08:00", ()),),
    "wib": (("Asia/Jakarta", "+07:00", ()),),
    "wita": (("Asia/Makassar", "+08:00", ()),),
    "ict": (("Asia/Bangkok", "+07:00", ()),),
    "aest": (("Australia/Sydney", "+10:00", ()),),
    "aedt": (("Australia/Sydney", "+11:00", ()),),
    "acst": (("Australia/Adelaide", "+09:30", ()),),
    "awst": (("Australia/Perth", "+08:00", ()),),
    "nzst": (("Pacific/Auckland", "+12:00", ()),),
    "nzdt": (("Pacific/Auckland", "+13:00", ()),),
}

# Words that mean UTC itself: "(UTC +04:00)", "GMT+4", "17:59Z", "UTC" alone.
UTC_WORDS = frozenset({"utc", "gmt", "z", "ut", "utc/gmt", "всемирное", "гринвич"})

# Phrases naming a local time, as written after the time (folded).
NAMED_TIMES: dict[str, str] = {
    "по московскому времени": "Europe/Moscow",
    "московское время": "Europe/Moscow",
    "московского времени": "Europe/Moscow",
    "мск": "Europe/Moscow",
    "moscow time": "Europe/Moscow",
    "за київським часом": "Europe/Kyiv",
    "за киівським часом": "Europe/Kyiv",
    "по киевскому времени": "Europe/Kyiv",
    "по бакинскому времени": "Asia/Baku",
    "bakı vaxtı ilə": "Asia/Baku",
    "bakı vaxtı": "Asia/Baku",
    "по тбилисскому времени": "Asia/Tbilisi",
    "თბილისის დროით": "Asia/Tbilisi",
    "по ереванскому времени": "Asia/Yerevan",
    "по времени астаны": "Asia/Almaty",
    "астана уақыты": "Asia/Almaty",
    "toshkent vaqti": "Asia/Tashkent",
    "türkiye saati": "Europe/Istanbul",
    "tr saati": "Europe/Istanbul",
    "heure française": "Europe/Paris",
    "heure de france": "Europe/Paris",
    "hora peninsular": "Europe/Madrid",
    "hora de brasília": "America/Sao_Paulo",
    "ora italiana": "Europe/Rome",
    "deutscher zeit": "Europe/Berlin",
    "北京时间": "Asia/Shanghai",
    "北京時間": "Asia/Shanghai",
    "日本時間": "Asia/Tokyo",
    "한국시간": "Asia/Seoul",
    "eastern time": "America/New_York",
    "pacific time": "America/Los_Angeles",
    "central european time": "Europe/Brussels",
}

# "{city} time" and its kin in other languages.
CITY_TIME_TEMPLATES: tuple[str, ...] = (
    "{city} time",
    "heure de {city}",
    "heure d'{city}",
    "hora de {city}",
    "ora di {city}",
    "ora de {city}",
    "{city} saati",
    "{city} vaxtı",
    "{city} vaqti",
    "{city} uakyty",
    "{city}er zeit",
    "по времени {city}",
)

# Cities whose name is not the last part of their tzdata name, or is spelled otherwise.
CITY_ZONES: dict[str, str] = {
    "baku": "Asia/Baku",
    "bakı": "Asia/Baku",
    "kiev": "Europe/Kyiv",
    "kyiv": "Europe/Kyiv",
    "beijing": "Asia/Shanghai",
    "pekin": "Asia/Shanghai",
    "delhi": "Asia/Kolkata",
    "new delhi": "Asia/Kolkata",
    "india": "Asia/Kolkata",
    "ankara": "Europe/Istanbul",
    "astana": "Asia/Almaty",
    "washington": "America/New_York",
    "new york": "America/New_York",
    "moscou": "Europe/Moscow",
    "moskau": "Europe/Moscow",
    "moscú": "Europe/Moscow",
    "londres": "Europe/London",
    "tbilisi": "Asia/Tbilisi",
    "tiflis": "Asia/Tbilisi",
    "erevan": "Asia/Yerevan",
    "yerevan": "Asia/Yerevan",
    "tashkent": "Asia/Tashkent",
    "toshkent": "Asia/Tashkent",
    "bruxelles": "Europe/Brussels",
    "brussels": "Europe/Brussels",
    "varsovie": "Europe/Warsaw",
    "rome": "Europe/Rome",
    "roma": "Europe/Rome",
    "berlin": "Europe/Berlin",
    "paris": "Europe/Paris",
    "madrid": "Europe/Madrid",
    "london": "Europe/London",
}
