"""Bytes → text, with every repair recorded.

One function, ``decode``, runs these steps in order and names each one that
did something in ``Decoded.repairs`` (→ ``source.repairs``):

1. known binary formats (PDF, ZIP, PNG, …) are refused by their magic number;
2. a byte-order mark decides UTF-8/16/32 (``byte-order-mark``);
3. UTF-16/32 without a mark is recognised by its zero/high bytes
   (``utf-16-without-bom``);
4. other bytes full of control codes are refused as binary;
5. strict UTF-8; a file cut in the middle of its last character loses that
   character (``truncated-character``); UTF-8 with a few stray bytes keeps the
   UTF-8 and replaces the stray bytes with U+FFFD (``invalid-bytes-replaced``);
6. anything else is a legacy encoding detected by charset-normalizer
   (``legacy-encoding``; the name goes to ``source.encoding``);
7. mojibake — UTF-8 that was read as cp1252/latin-1 and saved again
   (``dÃ©claration``) — is repaired by ftfy (``mojibake``), and only when
   the text shows the byte pattern of mojibake: a real ``Ã`` in Portuguese
   (``SÃO PAULO``) or ``Ð`` in Icelandic is left alone.
"""

# No `from __future__ import annotations`: typing.NamedTuple compiles string annotations (0.23 M a field).

import codecs
import functools
import re
from itertools import repeat
from typing import Any, NamedTuple

from .errors import DecodeError
from .patterns import lazy

# Longest first: the UTF-32-LE mark starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_MARKS = tuple(bom for bom, _ in _BOMS)

# Magic numbers of the binary files a scraper saves by mistake, for an error
# that says what the file is ("is a PDF document") instead of "not text".
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a DOCX/ODT/EPUB document)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x1f\x8b", "a gzip file"),
    (b"\xfd7zXZ\x00", "an xz file"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"\x7fELF", "an executable"),
)

_MAGIC_NUMBERS = tuple(magic for magic, _ in _MAGIC)

# C0 controls that never occur in text (tab, LF, VT, FF, CR and ESC do).
_BINARY_BYTES = bytes([*range(0, 9), *range(14, 27), *range(28, 32), 127])
_BINARY_SHARE = 0.03
_TEXT_CONTROLS = dict.fromkeys(b for b in _BINARY_BYTES)
_ASCII_BYTES = bytes(range(128))
_SAMPLE = 65536
# charset-normalizer's chaos scores closer than this are a tie (Turkish: cp1257 0.009, cp1254 0.015).
_NEAR_CHAOS = 0.05
_ODD_CASE = lazy(r"\p{Ll}\p{Lu}")

# The byte pattern of mojibake, seen through cp1252/latin-1: a UTF-8 lead byte followed by as
# many continuation bytes (80–BF) as it announces, which cp1252 shows as C1 controls,
# punctuation such as ``€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ`` or ``\xa0``–``¿``.
# ``dÃ©claration`` and ``lâ€™été`` have it; ``SÃO PAULO`` does not, nor the real text
# ``tämä\xa0lakia``, ``Prä\xadsident``, ``Groß\xadbritannien`` or ``santé»``: a three-byte lead
# (``à``–``ï``) needs two continuations, and ``ß`` (DF, a lead only for N'Ko) is no lead here.
# ftfy over a whole page for such a false alarm cost 5–65 ms.
_CONTINUATION = "\x80-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"


def _continuation_chars() -> list[str]:
    """Every character of ``_CONTINUATION`` (a character class's text: single characters and ranges)."""
    chars: list[str] = []
    index = 0
    while index < len(_CONTINUATION):
        if index + 2 < len(_CONTINUATION) and _CONTINUATION[index + 1] == "-":
            chars += map(chr, range(ord(_CONTINUATION[index]), ord(_CONTINUATION[index + 2]) + 1))
            index += 3
        else:
            chars.append(_CONTINUATION[index])
            index += 1
    return chars


# The first bytes of the continuations' UTF-8 (C2, C5, C6, CB, E2), the commonest (C2: U+0080-U+00BF) first.
_CONTINUATION_HEADS = tuple(sorted({char.encode("utf-8")[:1] for char in _continuation_chars()}))


@functools.cache
def _mojibake_utf8() -> re.Pattern[bytes]:
    """The pattern of mojibake in the text's UTF-8: a lead (U+00C2-U+00F4 but ``ß``, always ``C3 xx``)
    followed by as many continuations as it announces, each continuation one character's bytes.

    The text's own UTF-8 is searched, not the text: it is the input's bytes for most pages, and
    a search for the ``C3`` byte (memchr) passes over a page without any lead at once, where a
    pattern tried at every character cost 16 instructions a character.
    """
    by_head: dict[bytes, list[int]] = {}
    for char in _continuation_chars():
        code = char.encode("utf-8")
        by_head.setdefault(code[:-1], []).append(code[-1])
    continuation = b"(?:" + b"|".join(
        re.escape(head) + b"[" + b"".join(re.escape(bytes([last])) for last in lasts) + b"]" for head, lasts in by_head.items()
    ) + b")"
    # Leads by the continuations they need: U+00C2-U+00DE one (U+00DF ß is no lead here), U+00E0-U+00EF two, U+00F0-U+00F4 three.
    return re.compile(
        b"\\xc3(?:[\\x82-\\x9e]" + continuation + b"|[\\xa0-\\xaf]" + continuation + b"{2}|[\\xb0-\\xb4]" + continuation + b"{3})"
    )


def _shows_mojibake(utf8: bytes) -> bool:
    """A UTF-8 lead read as cp1252 and followed by as many continuations as it announces, in the
    UTF-8 of the text.

    >>> _shows_mojibake("dÃ©claration".encode()), _shows_mojibake("lâ€™été".encode()), _shows_mojibake("Prä\xadsident".encode())
    (True, True, False)
    """
    first = utf8.find(b"\xc3")
    if first < 0:
        return False
    # A match holds a continuation after its lead: a text with none of their first bytes past the
    # first C3 (French typed with plain quotes and no no-break space) is told without the pattern,
    # which a fresh process compiled for it (3.3 M instructions).  Else the pattern searches only
    # where a match can lie: its first continuation starts two bytes after its lead, and its last
    # ends at most three bytes after its own first byte; from two bytes before the first of those
    # bytes past the first C3 to three after the last is half a median page's bytes (the pattern
    # tried each: 0.5 M instructions).  Each byte is looked for only beyond what the others found.
    low, high = len(utf8), -1
    for head in _CONTINUATION_HEADS:
        at = utf8.find(head, first, low)
        if at >= 0:
            low = at
        at = utf8.rfind(head, max(first, high + 1))
        if at >= 0:
            high = at
    return high >= 0 and _mojibake_utf8().search(utf8, max(first, low - 2), high + 3) is not None


class Decoded(NamedTuple):
    """The text, the encoding it was read in, and the repairs applied on the way."""

    text: str
    encoding: str
    repairs: tuple[str, ...]


def refuse_known_binary(data: bytes) -> None:
    """Raise ``DecodeError`` for a file whose magic number names a binary format.

    >>> refuse_known_binary(b"%PDF-1.7 ...")
    Traceback (most recent call last):
    stmtkit.errors.DecodeError: the input is a PDF document, not text
    """
    if not data.startswith(_MAGIC_NUMBERS):  # most inputs: one call asks all of them
        return
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise DecodeError(f"the input is {what}, not text")


def _holds_any(data: bytes, values: bytes, start: int, end: int) -> bool:
    """Whether ``data[start:end]`` holds one of the byte ``values`` (a memchr for each), searched in
    ``data`` itself: ``bytes.find`` within the bounds, or ``in`` when they hold all of it (it parses
    no bounds: half the instructions on a statement of a few kilobytes)."""
    if start == 0 and end >= len(data):
        return any(map(data.__contains__, values))
    return max(map(data.find, values, repeat(start), repeat(end))) >= 0


def looks_binary(data: bytes) -> bool:
    """True when more than 3 % of a sample are control bytes that text never has."""
    spans = [(0, _SAMPLE)]
    if len(data) > 2 * _SAMPLE:
        middle = len(data) // 2
        spans.append((middle, middle + _SAMPLE))
    # Most inputs hold none of them: found so (a memchr for each byte value, 0.1 instructions a
    # byte) before they are counted (a table lookup a byte, 1.3 M instructions on a page of 100 KB),
    # in the input's own bytes: the sample is copied only to count them (with ``sniff_utf16``'s copy,
    # 0.13 M instructions a median web page went to copying samples that held none).
    if not any(_holds_any(data, _BINARY_BYTES, start, end) for start, end in spans):
        return False
    sample = b"".join(data[start:end] for start, end in spans)
    junk = len(sample) - len(sample.translate(None, _BINARY_BYTES))
    return junk > len(sample) * _BINARY_SHARE


def _decode_after_bom(data: bytes, encoding: str, repairs: list[str]) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        if _cut_at_end(exc, len(data)):
            repairs.append("truncated-character")
            return data[: exc.start].decode(encoding)
        return _decode_with_few_errors(data, encoding, repairs, f"the byte-order mark says {encoding}")


def _cut_at_end(exc: UnicodeDecodeError, size: int) -> bool:
    """The first bad byte starts a character the file was cut in the middle of."""
    return exc.reason in ("unexpected end of data", "truncated data") and exc.end >= size


def _decode_with_few_errors(data: bytes, encoding: str, repairs: list[str], claim: str) -> str:
    """Decode with U+FFFD for bad bytes when they are rare; else refuse."""
    text = data.decode(encoding, errors="replace")
    bad = text.count("\ufffd")
    if bad * 100 <= len(text):
        repairs.append("invalid-bytes-replaced")
        return text
    raise DecodeError(f"{claim} but {bad:,} byte sequences are not {encoding}")


def sniff_utf16(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` (or ``utf-32-…``) for text that has no byte-order mark.

    In UTF-16 text one byte of each pair is nearly always one of a few values:
    ``00`` for spaces and punctuation, ``04`` for Cyrillic ("Подписали:" is
    ``1f 04 3e 04 …``).  Plain ASCII has no zero byte, so it is never taken
    for UTF-16.
    """
    # Most inputs have no zero byte at all: found so (memchr, in the input's bytes: no copy of the
    # sample) before any count of them.
    if len(data) < 4 or data.find(0, 0, _SAMPLE) < 0:
        return None
    sample = data[:_SAMPLE]
    if sample.count(0) * 20 < len(sample):
        return None
    for encoding, width, position in (
        ("utf-32-le", 4, 3), ("utf-32-be", 4, 0), ("utf-16-le", 2, 1), ("utf-16-be", 2, 0)
    ):
        column = sample[position::width]
        if column.count(0) * 20 < len(column) or not _few_values(column, 1 if width == 4 else 2, 0.9):
            continue
        cut = len(sample) - len(sample) % width
        try:
            text = sample[:cut].decode(encoding)
        except UnicodeDecodeError:
            continue
        if _has_spacing(text) and not _control_heavy(text):
            return encoding
    return None


def _few_values(column: bytes, count: int, share: float) -> bool:
    """The ``count`` commonest byte values make up at least ``share`` of ``column``."""
    top = sorted((column.count(b) for b in set(column)), reverse=True)[:count]
    return sum(top) >= share * len(column)


def _has_spacing(text: str) -> bool:
    """Real text has spaces or line breaks; ``汉字`` made of random bytes rarely does."""
    return " " in text or "\n" in text


def _control_heavy(text: str) -> bool:
    junk = len(text) - len(text.translate(_TEXT_CONTROLS))
    return junk > len(text) * _BINARY_SHARE


def _detect_legacy(data: bytes) -> tuple[str, str]:
    """Text and encoding name of a legacy-encoded file, as charset-normalizer sees it.

    Only encodings that web pages use are candidates: without that list a
    short French line in cp1252 comes out as ``cp1006`` (Urdu).  Candidates
    that score nearly as well as the best vote on the language of the text
    the first of them whose text reads (to stmtkit's own language model) as a
    language that encoding was made for wins (``data.encodings``): a Turkish
    page read in cp1257 looks Polish (``Kżyż``), and cp1257 is no Polish
    encoding; read in cp1254 it is Turkish, and cp1254 is.
    """
    from charset_normalizer import from_bytes  # lazy: costs ~30 ms to import

    from .data.encodings import WEB_ENCODINGS  # lazy: a UTF-8 input never asks

    matches = list(from_bytes(data, cp_isolation=list(WEB_ENCODINGS)))
    if not matches:
        raise DecodeError("the input is not UTF-8 and no other text encoding fits it")
    lowest = min(m.chaos for m in matches)
    near = [m for m in matches if m.chaos <= lowest + _NEAR_CHAOS]
    best = _home_match(near) or matches[0]
    return str(best), codecs.lookup(best.encoding).name


def _home_match(candidates: list[Any]) -> Any | None:
    """Of the candidates that read as a language their encoding was made for, the best-cased one.

    Two Cyrillic encodings both read as Russian, but KOI8-R bytes read as
    cp1251 swap the case of letters (``мЫ ПРОСИМ``): the candidate with
    fewer lowercase-then-uppercase pairs wins, then the lower chaos.
    """
    if len(candidates) < 2:
        return None
    from .data.encodings import HOME_ENCODINGS  # lazy, as the detector is
    from .langid import detect_language  # lazy: only a choice between legacy encodings needs it

    homed = []
    for index, match in enumerate(candidates):
        text = str(match)[:_SAMPLE]
        homes = {codecs.lookup(h).name for h in HOME_ENCODINGS.get(detect_language(text) or "", ())}
        if codecs.lookup(match.encoding).name in homes:
            homed.append((len(_ODD_CASE.findall(text)), match.chaos, index, match))
    return min(homed, key=lambda t: t[:3])[3] if homed else None


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 with a few stray bytes: most bytes above 0x7F form valid UTF-8 sequences, and the
    stray ones are at most 1 % of the file.

    Decided by the bytes, before any detector: a legacy 8-bit text almost never
    forms a valid sequence (cp1252 ``é`` is ``e9`` followed by a letter; cp1251
    Cyrillic leads are followed by more leads), so its high bytes are nearly all
    stray. Counting valid characters against U+FFFD, as before, sent a French
    page with two ``c0 80`` pairs among 1,041 bytes, or one ``ff`` inside an
    ``é``, to the detector, which read it as ISO-8859-10 and lost every accent.
    """
    high = len(data.translate(None, _ASCII_BYTES))
    text = data.decode("utf-8", errors="surrogateescape")  # one lone surrogate per stray byte
    stray = len(text) - len(text.encode("utf-8", errors="ignore").decode("utf-8"))
    return high - stray > stray and stray * 100 <= len(data)


def _decode_unmarked(data: bytes, repairs: list[str]) -> tuple[str, str]:
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if _cut_at_end(exc, len(data)):
            # A file cut mid-character: valid UTF-8 except its last bytes.
            try:
                text = data[: exc.start].decode("utf-8")
            except UnicodeDecodeError:
                pass
            else:
                repairs.append("truncated-character")
                return text, "utf-8"
    if _mostly_utf8(data):
        return _decode_with_few_errors(data, "utf-8", repairs, "the input looks like UTF-8"), "utf-8"
    text, encoding = _detect_legacy(data)
    repairs.append("legacy-encoding")
    return text, encoding


def repair_mojibake(text: str, utf8: bytes | None = None) -> tuple[str, bool]:
    """Undo UTF-8 read as cp1252/latin-1; text that is not mojibake is returned unchanged.

    ``utf8``: the text's UTF-8 when the caller has it (the input's bytes, read as strict UTF-8).

    >>> repair_mojibake("dÃ©claration signÃ©e")
    ('déclaration signée', True)
    >>> repair_mojibake("SÃO PAULO")
    ('SÃO PAULO', False)
    """
    if not _shows_mojibake(text.encode("utf-8", "surrogatepass") if utf8 is None else utf8):
        return text, False
    import ftfy  # lazy: only text that shows the pattern pays for it

    config = ftfy.TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        fix_surrogates=False,
        remove_control_chars=False,
        normalization=None,
        explain=False,
    )
    fixed = str(ftfy.fix_text(text, config))
    return fixed, fixed != text


def decode(data: bytes) -> Decoded:
    """Decode ``data`` to text; raise ``DecodeError`` when it is not text.

    >>> decode("Мы просим сохранить школу в посёлке.".encode("cp1251")).encoding
    'cp1251'
    """
    repairs: list[str] = []
    refuse_known_binary(data)
    for bom, encoding in _BOMS if data.startswith(_MARKS) else ():  # most inputs have none: one call asks
        if data.startswith(bom):
            repairs.append("byte-order-mark")
            text = _decode_after_bom(data[len(bom) :], encoding, repairs)
            break
    else:
        sniffed = sniff_utf16(data)
        if sniffed is not None:
            repairs.append("utf-16-without-bom" if "16" in sniffed else "utf-32-without-bom")
            text, encoding = _decode_after_bom(data, sniffed, repairs), sniffed
        elif looks_binary(data):
            raise DecodeError("the input looks binary (control bytes), not text")
        else:
            text, encoding = _decode_unmarked(data, repairs)
    # Strict UTF-8 with nothing repaired: the input's bytes are the text's UTF-8.
    utf8 = data if encoding == "utf-8" and not repairs else None
    text, fixed = repair_mojibake(text, utf8)
    if fixed:
        repairs.append("mojibake")
    return Decoded(text, encoding, tuple(repairs))
