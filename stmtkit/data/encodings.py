"""Legacy encodings of the web, and which languages each was made for.

``WEB_ENCODINGS``: the single- and multi-byte encodings web pages declare (the
WHATWG Encoding Standard's list), commonest first — the only candidates
stmtkit lets charset-normalizer weigh for a file that is not UTF-8.

``HOME_ENCODINGS``: the encodings a language was written in before UTF-8.
charset-normalizer scores Turkish cp1254 and Lithuanian cp1257 nearly the same
on a Turkish page (``Kıyı`` / ``Kżyż``); among such near-ties the first
decoding whose text reads as a language of that encoding wins.
"""

from __future__ import annotations

WEB_ENCODINGS: tuple[str, ...] = (
    "cp1252", "cp1251", "gb18030", "shift_jis", "cp1250", "euc_kr", "big5", "koi8_r", "cp1254",
    "cp1256", "cp1253", "cp1255", "cp1257", "cp1258", "cp874", "euc_jp", "iso2022_jp", "koi8_u",
    "cp866", "mac_roman", "mac_cyrillic", "latin_1", "iso8859_2", "iso8859_3", "iso8859_4",
    "iso8859_5", "iso8859_6", "iso8859_7", "iso8859_8", "iso8859_10", "iso8859_13", "iso8859_14",
    "iso8859_15", "iso8859_16",
)

_WESTERN = ("cp1252", "latin_1", "iso8859_15")
_CENTRAL = ("cp1250", "iso8859_2")
_CYRILLIC = ("cp1251", "koi8_r", "koi8_u", "cp866", "mac_cyrillic", "iso8859_5")
_BALTIC = ("cp1257", "iso8859_13", "iso8859_4")

HOME_ENCODINGS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(
        ("en", "fr", "de", "es", "it", "pt", "nl", "ca", "da", "sv", "no", "nb", "nn", "fi", "is", "ga", "eu",
         "gl", "af", "sq", "id", "ms", "sw", "et", "lb", "fo"),
        _WESTERN,
    ),
    **dict.fromkeys(("pl", "cs", "sk", "hu", "hr", "sl", "bs", "sr"), _CENTRAL),
    "ro": (*_CENTRAL, "iso8859_16"),
    **dict.fromkeys(("ru", "uk", "be", "bg", "mk", "kk", "ky", "tg", "mn"), _CYRILLIC),
    **dict.fromkeys(("lt", "lv"), _BALTIC),
    "tr": ("cp1254", "iso8859_9", "iso8859_3"),
    "az": ("cp1254", "iso8859_9", "cp1251"),
    "el": ("cp1253", "iso8859_7"),
    "he": ("cp1255", "iso8859_8"),
    "yi": ("cp1255", "iso8859_8"),
    "ar": ("cp1256", "iso8859_6"),
    "fa": ("cp1256",),
    "ur": ("cp1256",),
    "vi": ("cp1258",),
    "th": ("cp874",),
    "ja": ("shift_jis", "euc_jp", "iso2022_jp"),
    "zh": ("gb18030", "big5"),
    "ko": ("euc_kr",),
}
