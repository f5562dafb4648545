"""Bytes → text, with every repair recorded.

Order: byte-order mark, strict UTF-8, then a legacy encoding detected by
charset-normalizer; mojibake (UTF-8 read as latin-1/cp1252 and saved again)
is repaired with ftfy, and only when the text really is mojibake.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from .errors import DecodeError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Sequences that only appear when UTF-8 bytes were read as latin-1/cp1252:
# "Ã©" (é), "Ã¨" (è), "â€™" (’), "Ð°" (а) and the like.  Cheap pre-check so
# ftfy runs only on text that may need it.
_MOJIBAKE_HINTS = ("Ã", "â€", "Ð", "Ñ", "Ä", "Å", "Ø", "Ù", "Û", "Â")


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    repairs: tuple[str, ...]


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return control / len(sample) > 0.1


def _detect_legacy(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes  # lazy: costs ~30 ms to import

    best = from_bytes(data).best()
    if best is None:
        raise DecodeError("the bytes are not text in any encoding stmtkit recognises")
    return str(best), best.encoding


def repair_mojibake(text: str) -> tuple[str, bool]:
    """Undo UTF-8-read-as-latin-1 (``dÃ©claration`` → ``déclaration``); valid text is untouched."""
    if not any(h in text for h in _MOJIBAKE_HINTS):
        return text, False
    import ftfy  # lazy

    fixed = ftfy.fix_encoding(text)
    return fixed, fixed != text


def decode(data: bytes) -> Decoded:
    """Decode ``data``; raise ``DecodeError`` when it is not text."""
    repairs: list[str] = []
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(name)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"the byte-order mark says {name} but byte {exc.start} is not") from exc
            repairs.append("byte-order-mark")
            text = text.lstrip("\ufeff")
            encoding = name.replace("-sig", "")
            break
    else:
        if _looks_binary(data):
            # UTF-16 without a BOM shows as every other byte zero.
            if data[1::2].count(0) > len(data) // 4 or data[0::2].count(0) > len(data) // 4:
                enc = "utf-16-le" if data[1::2].count(0) > data[0::2].count(0) else "utf-16-be"
                try:
                    return Decoded(data.decode(enc), enc, ())
                except UnicodeDecodeError:
                    pass
            raise DecodeError("the input looks binary, not text")
        try:
            text = data.decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError as exc:
            # A file cut mid-character: valid UTF-8 except its last bytes.
            if exc.start >= len(data) - 3 and exc.reason == "unexpected end of data":
                text = data[: exc.start].decode("utf-8")
                encoding = "utf-8"
                repairs.append("truncated-character")
            else:
                text, encoding = _detect_legacy(data)
                repairs.append("legacy-encoding")
    text, fixed = repair_mojibake(text)
    if fixed:
        repairs.append("mojibake")
    return Decoded(text, encoding, tuple(repairs))
