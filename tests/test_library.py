"""The public library API of SPEC §4, on hand-made fixtures."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import pickle
from pathlib import Path

import pytest

import stmtkit
from conftest import FIXTURES


@pytest.fixture(scope="module")
def fr() -> stmtkit.Statement:
    return stmtkit.parse_file(FIXTURES / "fr-signes-par.txt")


def test_parse_file_finds_every_element(fr: stmtkit.Statement) -> None:
    assert fr.title is not None and fr.title.text.startswith("Des associations de riverains")
    assert fr.language == "fr"
    assert fr.dateline is not None
    assert fr.dateline.datetime == dt.datetime(2025, 3, 14, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert fr.dateline.utc == dt.datetime(2025, 3, 14, 8, 30, tzinfo=dt.timezone.utc)
    assert [p.lines for p in fr.preamble] == [(6, 6), (8, 8)]
    assert [s.name for s in fr.signatories] == ["Claire Fontanel", "Rachid Benali", "Odile Marchetti", "Joseph Agostini"]
    assert [i.label for i in fr.lists[0].items] == ["1", "2", "3"]
    assert fr.lists[0].intro == "Nos demandes sont les suivantes :"
    assert [(b.kind, b.lines) for b in fr.boilerplate] == [
        ("title-repeat", (3, 3)), ("scrape-marker", (32, 32)), ("scrape-marker", (33, 33)), ("site-chrome", (35, 35))
    ]


def test_results_are_immutable_and_picklable(fr: stmtkit.Statement) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        fr.title = None  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(fr)) == fr


def test_to_json_round_trips_to_the_same_dict(fr: stmtkit.Statement) -> None:
    assert json.loads(fr.to_json()) == fr.to_dict()
    assert fr.to_dict()["lists"] == [e for e in fr.to_dict()["body"] if e["type"] == "list"]


def test_parse_accepts_text_and_bytes_alike() -> None:
    data = (FIXTURES / "ru-podpisali.txt").read_bytes()
    from_bytes = stmtkit.parse(data, source="x").to_dict()
    from_text = stmtkit.parse(data.decode("utf-8"), source="x").to_dict()
    assert from_bytes == from_text


def test_parse_dateline_reads_the_reference_stamp() -> None:
    d = stmtkit.parse_dateline("27 mai 2024 17:59 (UTC +04:00)")
    assert d is not None
    assert d.to_dict() | {"lines": None} == {
        "text": "27 mai 2024 17:59 (UTC +04:00)", "datetime": "2024-05-27T17:59:00+04:00",
        "utc": "2024-05-27T13:59:00Z", "date": "2024-05-27", "time": "17:59", "utc_offset": "+04:00",
        "timezone": None, "place": None, "agency": None, "lines": None, "place_lines": None,
    }


def test_parse_dateline_without_a_date_is_none() -> None:
    assert stmtkit.parse_dateline("no date here, version 1.2.3") is None


def test_assume_tz_fills_zone_for_naive_stamps() -> None:
    d = stmtkit.parse_dateline("27.05.2024 17:59", assume_tz="Asia/Baku")
    assert d is not None and d.timezone == "Asia/Baku" and d.to_dict()["utc"] == "2024-05-27T13:59:00Z"


def test_errors_are_stmtkit_errors(tmp_path: object) -> None:
    with pytest.raises(stmtkit.InputError, match="no such file"):
        stmtkit.parse_file("/nonexistent/letter.txt")
    with pytest.raises(stmtkit.TooLargeError):
        stmtkit.parse("x" * 100, max_bytes=10)
    with pytest.raises(stmtkit.DecodeError):
        stmtkit.parse(bytes(range(256)) * 4)


def test_parse_many_yields_records_and_error_records_in_order() -> None:
    paths = [FIXTURES / "fr-signes-par.txt", FIXTURES / "missing.txt", FIXTURES / "ru-podpisali.txt"]
    out = list(stmtkit.parse_many(paths, jobs=1))
    assert [type(r).__name__ for r in out] == ["Statement", "InputError", "Statement"]
    assert out[1].to_dict()["error"] == "input-error" and out[0].to_dict()["language"] == "fr"


def test_import_stmtkit_does_not_import_click_or_rich() -> None:
    import subprocess
    import sys

    code = "import sys, stmtkit; print(sorted(m for m in ('rich', 'click') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_parse_dateline_zone_names_override_an_ambiguous_abbreviation() -> None:
    default = stmtkit.parse_dateline("27 May 2024 17:59 IST")
    israel = stmtkit.parse_dateline("27 May 2024 17:59 IST", zone_names={"IST": "Asia/Jerusalem"})
    assert default is not None and israel is not None
    assert israel.to_dict()["utc_offset"] == "+03:00"
    assert israel.to_dict()["utc_offset"] != default.to_dict()["utc_offset"]


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.txt")), ids=lambda p: p.stem)
def test_statement_from_dict_reads_a_record_back(path: Path) -> None:
    doc = stmtkit.parse_file(path)
    back = stmtkit.Statement.from_dict(json.loads(doc.to_json()))
    assert back == doc and back.to_dict() == doc.to_dict()


def test_statement_from_dict_refuses_what_is_no_record() -> None:
    with pytest.raises(stmtkit.RecordError, match="an error record"):
        stmtkit.Statement.from_dict({"error": "input-error", "path": "a.txt", "message": "no such file"})
    record = stmtkit.parse("Title\n\nText.\n").to_dict()
    del record["source"]
    with pytest.raises(stmtkit.RecordError, match="missing or malformed"):
        stmtkit.Statement.from_dict(record)


def test_parse_dateline_of_bytes_is_a_type_error_that_says_so() -> None:
    with pytest.raises(TypeError, match=r"parse_dateline\(\) takes a str, not bytes \(decode bytes first\)"):
        stmtkit.parse_dateline(b"27 mai 2024")  # type: ignore[arg-type]


def test_languages_as_one_string_is_a_list_of_codes_not_of_letters() -> None:
    text = "06/05/2024"
    assert stmtkit.parse_dateline(text, languages="en") == stmtkit.parse_dateline(text, languages=["en"])
    assert stmtkit.parse_dateline(text, languages="fr, en") == stmtkit.parse_dateline(text, languages=["fr", "en"])
    assert stmtkit.parse_dateline(text, languages="en") != stmtkit.parse_dateline(text, languages="fr")


def test_too_large_from_the_library_names_no_command_line_option() -> None:
    with pytest.raises(stmtkit.TooLargeError) as caught:
        stmtkit.parse("x" * 100, max_bytes=10)
    assert caught.value.message == "the input is 100 bytes, above the limit of 10"


def test_an_unknown_zone_in_zone_names_is_a_value_error() -> None:
    with pytest.raises(ValueError, match=r"'Mars/Foo' .* is not an IANA time zone"):
        stmtkit.parse_dateline("27 May 2024 17:59 IST", zone_names={"IST": "Mars/Foo"})


def test_read_dateline_gives_the_warnings_too() -> None:
    from stmtkit.api import read_dateline

    reading = read_dateline("hier à 18h30", reference_date=dt.datetime(2024, 6, 1, 12))
    assert reading.dateline is not None and reading.dateline.to_dict()["datetime"] == "2024-05-31T18:30:00"
    assert any("relative" in w for w in reading.warnings)
    assert read_dateline("no date here") == (None, ())


@pytest.mark.parametrize("size", [0, 5, 4096, 40 * 1024])
def test_the_source_digest_is_the_sha256_of_the_input_bytes_small_or_large(size: int) -> None:
    import hashlib

    data = ("Open letter\n\nWe ask the council to act.\n" * (size // 40 + 1)).encode()[:size]
    assert stmtkit.parse(data).source.sha256 == hashlib.sha256(data).hexdigest()
    text = data.decode()
    assert stmtkit.parse(text).source.sha256 == hashlib.sha256(text.encode()).hexdigest()

