"""Bad input end to end: the fixtures re-encoded every way a scraper saves them, and the CLI's errors.

Every variant of a document must give the same title, dateline, signatories
and lists as the clean UTF-8 original; every input that is not a statement
must give one line on stderr naming the file and the reason, an error record
in JSON modes, and never a traceback.
"""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pytest

import stmtkit
from conftest import FIXTURES

FR = FIXTURES / "fr-signes-par.txt"
RU = FIXTURES / "ru-podpisali.txt"
TR = FIXTURES / "tr-imzalayanlar.txt"


def fields(doc: stmtkit.Statement) -> dict[str, Any]:
    """What a user of the record relies on."""
    return {
        "title": doc.title.text if doc.title else None,
        "dateline": doc.dateline.to_dict()["datetime"] if doc.dateline else None,
        "signatories": [(s.name, s.role, s.affiliation) for s in doc.signatories],
        "lists": [[item.text for item in block.items] for block in doc.lists],
    }


def with_zero_width(text: str) -> str:
    """A zero-width space after every fifth letter, a word joiner after every comma, BOMs between lines."""
    out = []
    for i, char in enumerate(text):
        out.append(char)
        if char.isalpha() and i % 5 == 0:
            out.append("\u200b")
        elif char == ",":
            out.append("\u2060")
        elif char == "\n" and i % 3 == 0:
            out.append("\ufeff")
    return "".join(out)


def mojibake(text: str) -> bytes:
    import ftfy.bad_codecs  # noqa: F401  (registers sloppy-windows-1252)

    return text.encode("utf-8").decode("sloppy-windows-1252").encode("utf-8")


def variants(text: str, legacy: tuple[str, ...]) -> dict[str, bytes]:
    found = {
        "utf-8 BOM": codecs.BOM_UTF8 + text.encode("utf-8"),
        "utf-16 LE BOM": codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
        "utf-16 BE BOM": codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
        "utf-16 LE no BOM": text.encode("utf-16-le"),
        "CRLF": text.replace("\n", "\r\n").encode("utf-8"),
        "CR": text.replace("\n", "\r").encode("utf-8"),
        "NFD": unicodedata.normalize("NFD", text).encode("utf-8"),
        "zero-width": with_zero_width(text).encode("utf-8"),
        "mojibake": mojibake(text),
        "cut mid-character": text.encode("utf-8") + "é".encode()[:1],
    }
    for encoding in legacy:
        found[encoding] = text.encode(encoding)
    found[f"{legacy[0]} CRLF"] = text.replace("\n", "\r\n").encode(legacy[0])
    return found


CASES = [
    (path, name, data)
    for path, legacy in ((FR, ("cp1252", "latin-1")), (RU, ("cp1251", "koi8-r")), (TR, ("cp1254",)))
    for name, data in variants(path.read_text(encoding="utf-8"), legacy).items()
]


@pytest.mark.parametrize(("path", "data"), [(c[0], c[2]) for c in CASES], ids=[f"{c[0].stem}-{c[1]}" for c in CASES])
def test_every_encoding_gives_the_same_record(path: Path, data: bytes) -> None:
    original = fields(stmtkit.parse(path.read_bytes()))
    assert original["title"] and original["dateline"] and original["signatories"] and original["lists"]
    assert fields(stmtkit.parse(data)) == original


def test_repairs_are_recorded() -> None:
    text = FR.read_text(encoding="utf-8")
    source = stmtkit.parse(codecs.BOM_UTF16_LE + with_zero_width(text).replace("\n", "\r\n").encode("utf-16-le")).source
    assert source.encoding == "utf-16-le"
    assert source.repairs == ("byte-order-mark", "newlines", "zero-width")
    source = stmtkit.parse(mojibake(unicodedata.normalize("NFD", text))).source
    assert (source.encoding, source.repairs) == ("utf-8", ("mojibake", "nfc"))


def test_ascii_punctuation_changes_the_text_not_the_structure() -> None:
    data = FR.read_text(encoding="utf-8").replace("d'", "d’").replace("Signé par:", "Signé par\u00a0:").encode()
    plain = stmtkit.parse(data, ascii_punctuation=True)
    assert fields(plain)["signatories"] == fields(stmtkit.parse(data))["signatories"]
    assert plain.source.repairs == ("ascii-punctuation",)
    assert "’" not in plain.to_json()


# --- the library's errors ---------------------------------------------------------------


def test_library_errors_are_stmtkit_errors(tmp_path: Path) -> None:
    with pytest.raises(stmtkit.InputError, match="no such file"):
        stmtkit.parse_file(tmp_path / "missing.txt")
    with pytest.raises(stmtkit.InputError, match="is a directory"):
        stmtkit.parse_file(tmp_path)
    with pytest.raises(stmtkit.TooLargeError, match="above the limit of 10"):
        stmtkit.parse(b"x" * 11, max_bytes=10)
    with pytest.raises(stmtkit.TooLargeError):
        stmtkit.parse("é" * 6, max_bytes=10)
    with pytest.raises(stmtkit.DecodeError, match="PDF"):
        stmtkit.parse(b"%PDF-1.4\n", source="a.pdf")


def test_a_device_is_refused_not_read() -> None:
    """Only regular files are read (a FIFO blocked forever); an open descriptor, /dev/fd/N, still is
    (tests/test_batch_bad_paths.py), up to the limit."""
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero here")
    with pytest.raises(stmtkit.InputError, match="is a character device, not a regular file"):
        stmtkit.parse_file("/dev/zero", max_bytes=1000)


def test_empty_input_is_a_record_with_a_warning() -> None:
    for data in (b"", b"\n\n  \n", codecs.BOM_UTF8):
        doc = stmtkit.parse(data)
        assert doc.title is None
        assert [w.code for w in doc.warnings] == ["empty"]


def test_a_failing_stage_is_an_internal_error_not_a_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    from stmtkit.stages import lists

    def broken(ctx: object) -> None:
        raise KeyError("boom")

    monkeypatch.setattr(lists, "run", broken)
    monkeypatch.delenv("STMTKIT_DEBUG", raising=False)
    with pytest.raises(stmtkit.StmtkitError, match="internal error in the lists stage: KeyError") as caught:
        stmtkit.parse(FR.read_bytes(), source="fr.txt")
    assert caught.value.path == "fr.txt"
    assert caught.value.to_dict()["error"] == "internal-error"
    monkeypatch.setenv("STMTKIT_DEBUG", "1")
    with pytest.raises(KeyError):
        stmtkit.parse(FR.read_bytes())


# --- the command line ---------------------------------------------------------------------


def stmtkit_cli(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[str]:
    """A real process, as cron runs it: no terminal, NO_COLOR irrelevant, stdin given."""
    result = subprocess.run(
        [sys.executable, "-m", "stmtkit", *args], input=stdin, capture_output=True, timeout=60, check=False
    )
    return subprocess.CompletedProcess(
        result.args, result.returncode, result.stdout.decode("utf-8"), result.stderr.decode("utf-8")
    )


@pytest.fixture(scope="module")
def bad_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("inputs")
    (folder / "a-good.txt").write_bytes(FR.read_bytes())
    (folder / "b-binary.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "c-pdf.txt").write_bytes(b"%PDF-1.7\n")
    (folder / "d-cp1251.txt").write_bytes(RU.read_text(encoding="utf-8").encode("cp1251"))
    (folder / "e-big.txt").write_bytes(b"word " * 400)
    return folder


def one_line_naming(stderr: str, path: str, reason: str) -> None:
    lines = stderr.splitlines()
    assert "Traceback" not in stderr
    assert any(path in line and reason in line for line in lines), stderr


def test_a_folder_gives_records_and_error_records(bad_folder: Path) -> None:
    result = stmtkit_cli("parse", "--format", "ndjson", "--max-bytes", "1500", str(bad_folder))
    assert result.returncode == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r.get("error") for r in records] == [None, "decode-error", "decode-error", None, "too-large"]
    assert records[3]["source"]["encoding"] == "cp1251"
    one_line_naming(result.stderr, "b-binary.txt", "binary")
    one_line_naming(result.stderr, "c-pdf.txt", "is a PDF document")
    one_line_naming(result.stderr, "e-big.txt", "above the limit of 1,500 (--max-bytes)")
    assert len(result.stderr.splitlines()) == 3


@pytest.mark.parametrize(
    ("args", "stdin", "code", "reason"),
    [
        (["parse", "missing.txt"], b"", 1, "missing.txt: no such file"),
        (["parse", "--max-bytes", "10", str(FR)], b"", 1, "above the limit of 10 (--max-bytes)"),
        (["parse", "-"], b"\x00\x01\x02\x03" * 100, 1, "<stdin>: the input looks binary"),
        (["parse", "--max-bytes", "10"], b"x" * 100, 1, "<stdin>: the input is more than 10 bytes"),
        (["parse", "--assume-tz", "Mars/Olympus", str(FR)], b"", 2, "invalid value for '--assume-tz': 'Mars/Olympus'"),
        (["parse", "--reference-date", "soon", str(FR)], b"", 2, "invalid value for '--reference-date'"),
        (["parse", "--bogus"], b"", 2, "no such option '--bogus'"),
        (["dateline", "missing.txt"], b"", 1, "missing.txt: no such file"),
        (["signatories", "missing.txt"], b"", 1, "missing.txt: no such file"),
    ],
)
def test_errors_are_one_line_on_stderr(args: list[str], stdin: bytes, code: int, reason: str) -> None:
    result = stmtkit_cli(*args, stdin=stdin)
    assert result.returncode == code
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert reason in result.stderr


def test_json_mode_prints_the_error_record() -> None:
    result = stmtkit_cli("parse", "--format", "json", "missing.txt")
    assert json.loads(result.stdout) == {"error": "input-error", "path": "missing.txt", "message": "no such file"}


def test_a_directory_given_to_read_input_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(stmtkit.InputError, match="is a directory"):
        stmtkit.api.read_input(tmp_path)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads files whatever their mode")
def test_an_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_bytes(FR.read_bytes())
    path.chmod(0)
    result = stmtkit_cli("parse", str(path))
    assert result.returncode == 1
    one_line_naming(result.stderr, "secret.txt", "permission denied")


def test_an_unreadable_file_in_process(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # Root can read any file, so the permission error is simulated where the file is opened
    # (os.open: the file is opened without blocking, then checked to be a regular file).
    path = tmp_path / "secret.txt"
    path.write_bytes(FR.read_bytes())
    real_open = os.open

    def refusing_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing_open)
    with pytest.raises(stmtkit.InputError, match="permission denied"):
        stmtkit.parse_file(path)
    from click.testing import CliRunner

    from stmtkit.cli.main import cli

    result = CliRunner().invoke(cli, ["parse", "--format", "ndjson", str(path)])
    assert result.exit_code == 1
    assert json.loads(result.stdout)["message"] == "permission denied"


def test_debug_shows_the_traceback_of_an_internal_error(tmp_path: Path) -> None:
    # A stage that raises, planted through a sitecustomize on the child's path.
    (tmp_path / "sitecustomize.py").write_text(
        "import stmtkit.stages.lists as lists\n"
        "def broken(ctx):\n    raise KeyError('planted')\n"
        "lists.run = broken\n",
        encoding="utf-8",
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), *sys.path])}
    env.pop("STMTKIT_DEBUG", None)
    quiet = subprocess.run([sys.executable, "-m", "stmtkit", "parse", str(FR)], capture_output=True, text=True, env=env, check=False)
    assert quiet.returncode == 1
    assert "Traceback" not in quiet.stderr
    assert "internal error in the lists stage: KeyError: 'planted'" in quiet.stderr
    loud = subprocess.run([sys.executable, "-m", "stmtkit", "parse", "--debug", str(FR)], capture_output=True, text=True, env=env, check=False)
    assert loud.returncode != 0
    assert "Traceback" in loud.stderr and "planted" in loud.stderr


def test_no_command_prints_the_help() -> None:
    result = stmtkit_cli()
    assert result.returncode == 2
    assert "Usage: stmtkit" in result.stdout + result.stderr
    assert "Commands:" in result.stdout + result.stderr
