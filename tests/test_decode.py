"""Decoding: every encoding and state a scraped file arrives in, and what ``source`` records."""

from __future__ import annotations

import codecs

import pytest

from conftest import FIXTURES
from stmtkit.decode import decode, looks_binary, repair_mojibake, sniff_utf16
from stmtkit.errors import DecodeError

FR = (FIXTURES / "fr-signes-par.txt").read_text(encoding="utf-8")
RU = (FIXTURES / "ru-podpisali.txt").read_text(encoding="utf-8")
TR = (FIXTURES / "tr-imzalayanlar.txt").read_text(encoding="utf-8")


def mojibake(text: str) -> bytes:
    """UTF-8 read as cp1252 (as a browser does, C1 bytes kept) and saved again as UTF-8."""
    import ftfy.bad_codecs  # noqa: F401  (registers sloppy-windows-1252)

    return text.encode("utf-8").decode("sloppy-windows-1252").encode("utf-8")


# (what the file is, its bytes, the text expected, source.encoding, source.repairs)
ENCODED = [
    ("utf-8", FR.encode("utf-8"), FR, "utf-8", ()),
    ("utf-8 with BOM", codecs.BOM_UTF8 + FR.encode("utf-8"), FR, "utf-8", ("byte-order-mark",)),
    ("utf-16 LE with BOM", codecs.BOM_UTF16_LE + FR.encode("utf-16-le"), FR, "utf-16-le", ("byte-order-mark",)),
    ("utf-16 BE with BOM", codecs.BOM_UTF16_BE + FR.encode("utf-16-be"), FR, "utf-16-be", ("byte-order-mark",)),
    ("utf-16 LE, no BOM", FR.encode("utf-16-le"), FR, "utf-16-le", ("utf-16-without-bom",)),
    ("utf-16 BE, no BOM", FR.encode("utf-16-be"), FR, "utf-16-be", ("utf-16-without-bom",)),
    ("Russian utf-16 LE, no BOM", RU.encode("utf-16-le"), RU, "utf-16-le", ("utf-16-without-bom",)),
    ("utf-32 with BOM", codecs.BOM_UTF32_LE + RU.encode("utf-32-le"), RU, "utf-32-le", ("byte-order-mark",)),
    ("utf-32 LE, no BOM", RU.encode("utf-32-le"), RU, "utf-32-le", ("utf-32-without-bom",)),
    ("cp1252", FR.encode("cp1252"), FR, "cp1252", ("legacy-encoding",)),
    ("latin-1 (read as its superset cp1252)", FR.encode("latin-1"), FR, "cp1252", ("legacy-encoding",)),
    ("cp1251", RU.encode("cp1251"), RU, "cp1251", ("legacy-encoding",)),
    ("KOI8-R", RU.encode("koi8-r"), RU, "koi8-r", ("legacy-encoding",)),
    ("cp1254", TR.encode("cp1254"), TR, "cp1254", ("legacy-encoding",)),
    ("mojibake", mojibake(FR), FR, "utf-8", ("mojibake",)),
    ("Russian mojibake", mojibake(RU), RU, "utf-8", ("mojibake",)),
    ("cut mid-character", FR.encode("utf-8") + "é".encode()[:1], FR, "utf-8", ("truncated-character",)),
    ("cut mid-character, 3-byte", FR.encode("utf-8") + "’".encode()[:2], FR, "utf-8", ("truncated-character",)),
    ("utf-16 cut mid-unit", codecs.BOM_UTF16_LE + FR.encode("utf-16-le") + b"A", FR, "utf-16-le",
     ("byte-order-mark", "truncated-character")),
    ("empty", b"", "", "utf-8", ()),
]


@pytest.mark.parametrize(("data", "text", "encoding", "repairs"), [c[1:] for c in ENCODED], ids=[c[0] for c in ENCODED])
def test_decodes_every_encoding_to_the_same_text(data: bytes, text: str, encoding: str, repairs: tuple[str, ...]) -> None:
    got = decode(data)
    assert got.text == text
    assert got.encoding == encoding
    assert got.repairs == repairs


def test_utf8_with_a_stray_byte_stays_utf8() -> None:
    # One cp1252 NBSP (0xA0) pasted into a UTF-8 page must not turn the page into mojibake.
    data = FR.encode("utf-8").replace(b"Signe\xcc\x81", b"x").replace(b"Plusieurs", b"Plusieurs\xa0", 1)
    got = decode(data)
    assert got.encoding == "utf-8"
    assert got.repairs == ("invalid-bytes-replaced",)
    assert got.text == FR.replace("Plusieurs", "Plusieurs\ufffd", 1)


def _stray_inside_first_accent(data: bytes) -> bytes:
    at = data.index("é".encode())
    return data[: at + 1] + b"\xff" + data[at + 1 :]  # c3 ff a9: the é is lost, its neighbours are not


STRAY_BYTES = [
    # (what, the bytes): each stray byte decodes to U+FFFD
    ("two c0 80 pairs", FR.encode().replace(b"Plusieurs", b"Plus\xc0\x80ieurs", 1).replace(b"quartier", b"quar\xc0\x80tier", 1)),
    ("one ff inside an e-acute", _stray_inside_first_accent(FR.encode())),
    ("a cp1252 quote in Russian", RU.encode().replace(b" ", b" \x93", 1)),
]


@pytest.mark.parametrize("data", [c[1] for c in STRAY_BYTES], ids=[c[0] for c in STRAY_BYTES])
def test_utf8_with_at_most_one_percent_stray_bytes_is_decided_before_any_detector(data: bytes) -> None:
    """Such a page was read as ISO-8859-10 with mojibake "repairs": every accent and signatory lost."""
    got = decode(data)
    assert (got.encoding, got.repairs) == ("utf-8", ("invalid-bytes-replaced",))
    assert got.text == data.decode("utf-8", errors="replace")
    import stmtkit

    clean = stmtkit.parse(FR if b"Plus" in data else RU)
    assert [s.name for s in stmtkit.parse(data).signatories] == [s.name for s in clean.signatories]


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "iso8859-15"])
def test_a_legacy_text_with_a_few_accents_is_not_taken_for_utf8(encoding: str) -> None:
    text = "The committee met in Zürich and Besançon on Monday; the mayor, José Núñez, spoke first.\n" * 3
    got = decode(text.encode(encoding))
    assert got.text == text and got.repairs == ("legacy-encoding",)


@pytest.mark.parametrize(
    "valid",
    [
        "Se on selvitettävä, noudattiko tämä\xa0lakia",  # Finnish: ä before a no-break space
        "Bun\xaddes\xadprä\xadsi\xaddent, Groß\xadbri\xadtan\xadnien",  # soft hyphens after ä and ß
        "un état de bonne santé», résume-t-elle; 20\u00b0C à l’ombre",  # é before a closing guillemet
    ],
)
def test_real_text_that_only_resembles_mojibake_is_not_handed_to_ftfy(valid: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # ftfy over a whole web page cost up to 65 ms for nothing: it must not even be asked
    import ftfy

    def refuse(*_args: object, **_kwargs: object) -> str:
        raise AssertionError("ftfy was asked to repair text that shows no mojibake")

    monkeypatch.setattr(ftfy, "fix_text", refuse)
    assert decode(valid.encode("utf-8")).text == valid
    assert repair_mojibake(valid) == (valid, False)


@pytest.mark.parametrize(
    "valid",
    [
        "SÃO PAULO — A ÃGUA É DE TODOS",  # Portuguese capitals
        "Ärger über Åsa, Øresund",  # German, Swedish, Danish
        "Þórður Ðorðević, Reykjavík",  # Icelandic and Serbian Latin
        "Привет, мир. Ваш Ð",  # Cyrillic with a stray Ð
        "JOÃO e ESTÊVÃO, Â mesma hora",  # Portuguese names in capitals
        "façade, naïve, Noël",
    ],
)
def test_valid_text_is_never_fixed(valid: str) -> None:
    text, fixed = repair_mojibake(valid)
    assert not fixed
    assert text == valid
    assert decode(valid.encode("utf-8")).repairs == ()


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        ("dÃ©claration signÃ©e", "déclaration signée"),
        ("lâ€™Ã©tÃ©", "l’été"),
        ("Ð\u0090Ð½Ð½Ð° Ð¡Ð¼Ð¸Ñ\u0080Ð½Ð¾Ð²Ð°", "Анна Смирнова"),
        ("Ä°mzalayanlar: AyÅŸe", "İmzalayanlar: Ayşe"),
    ],
)
def test_mojibake_is_repaired(broken: str, fixed: str) -> None:
    assert repair_mojibake(broken) == (fixed, True)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00", "a ZIP archive"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "a gzip file"),
        (bytes(range(256)) * 64, "binary"),
        (b"\x00\x01\x02\x03" * 1000, "binary"),
    ],
)
def test_binary_is_refused_with_its_reason(data: bytes, reason: str) -> None:
    with pytest.raises(DecodeError, match=reason):
        decode(data)


def test_a_few_nul_bytes_do_not_make_text_binary() -> None:
    data = FR.encode("utf-8").replace(b"\n\n", b"\n\x00\n", 2)
    assert not looks_binary(data)
    assert decode(data).encoding == "utf-8"


@pytest.mark.parametrize("text", ["------" * 100, "a\na\n" * 100, " a a a" * 100, "1. 1. " * 100])
def test_ascii_is_never_taken_for_utf16(text: str) -> None:
    assert sniff_utf16(text.encode("ascii")) is None
