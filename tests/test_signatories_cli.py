"""``stmtkit signatories``: formats, --with-affiliation, --aggregate over many documents, pipes."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import FIXTURES
from stmtkit.cli.main import cli

ES = str(FIXTURES / "sig-es-firmado-numbered-country.txt")
IT = str(FIXTURES / "sig-it-dash-role.txt")
NONE = str(FIXTURES / "sig-en-not-signatories.txt")


def run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


def letter(*names: str) -> str:
    body = "We ask the council to keep the library open on weekends, as it has been for forty years."
    return "Title\n\n" + body + "\n\nSigned by:\n\n" + "\n".join(f"- {n}" for n in names) + "\n"


@pytest.fixture
def three_letters(tmp_path: Path) -> list[str]:
    texts = {
        "a.txt": letter("Ayshan Məmmədli, Coastal Futures Network", "Tom Lind"),
        "b.txt": letter("Ayshan Mammadli", "Eva Holm"),
        "c.txt": letter("AYSHAN MAMMADLI", "Tom Lind, composer"),
    }
    paths = []
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    return paths


def test_text_is_one_name_a_line() -> None:
    code, out, _ = run("signatories", "--format", "text", IT)
    assert code == 0 and out.splitlines() == ["Giulia Moretti", "Luca Bernardi", "Marco Conti", "Elena Ricci"]


def test_text_with_affiliation_adds_role_and_affiliation() -> None:
    _, out, _ = run("signatories", "--format", "text", "--with-affiliation", IT)
    assert out.splitlines()[1] == "Luca Bernardi\tProf.\tUniversità di Bologna"


def test_several_inputs_prefix_the_path() -> None:
    _, out, _ = run("signatories", "--format", "text", IT, ES)
    assert out.splitlines()[0] == f"{IT}\tGiulia Moretti" and out.splitlines()[-1].startswith(f"{ES}\t")


def test_json_ndjson_and_csv_carry_every_field() -> None:
    _, out, _ = run("signatories", "--format", "json", ES)
    rows = json.loads(out)
    assert rows[1] == {
        "document": ES, "name": "Observatorio de Finanzas Justas (OFJ)", "kind": "organisation", "role": None,
        "affiliation": None, "group": "Organizaciones", "key": "observatorio de finanzas justas ofj",
    }
    _, out, _ = run("signatories", "--format", "ndjson", ES)
    assert [json.loads(line)["name"] for line in out.splitlines()] == [r["name"] for r in rows]
    _, out, _ = run("signatories", "--format", "csv", ES)
    table = list(csv.DictReader(io.StringIO(out)))
    assert [r["name"] for r in table] == [r["name"] for r in rows]
    assert table[5]["role"] == "Prof." and table[5]["affiliation"] == "Universidad de Salamanca"


def test_nothing_found_prints_nothing_and_require_exits_3() -> None:
    assert run("signatories", "--format", "text", NONE)[:2] == (0, "")
    assert run("signatories", "--format", "text", "--require", NONE)[0] == 3


def test_aggregate_one_row_per_key_with_variants_and_documents(three_letters: list[str]) -> None:
    code, out, _ = run("signatories", "--aggregate", "--format", "json", *three_letters)
    assert code == 0
    rows = {r["name"]: r for r in json.loads(out)}
    ayshan = rows["Ayshan Mammadli"]
    assert ayshan["count"] == 3 and ayshan["documents"] == three_letters
    # names stay as written; the capitals count with the same name in mixed case, shown in that case
    assert ayshan["variants"] == ["AYSHAN MAMMADLI", "Ayshan Mammadli", "Ayshan Məmmədli"]
    assert ayshan["affiliations"] == ["Coastal Futures Network"]
    assert rows["Tom Lind"]["count"] == 2 and rows["Tom Lind"]["roles"] == ["composer"]
    assert rows["Eva Holm"]["count"] == 1
    assert [r["count"] for r in json.loads(out)] == [3, 2, 1]


def test_aggregate_csv_and_text(three_letters: list[str]) -> None:
    _, out, _ = run("signatories", "--aggregate", "--format", "csv", "--with-affiliation", *three_letters)
    table = list(csv.DictReader(io.StringIO(out)))
    assert list(table[0]) == ["key", "name", "kind", "count", "variants", "documents", "roles", "affiliations"]
    assert table[0]["count"] == "3" and table[0]["documents"] == "|".join(three_letters)
    _, out, _ = run("signatories", "--aggregate", "--format", "text", *three_letters)
    assert out.splitlines() == ["3\tAyshan Mammadli", "2\tTom Lind", "1\tEva Holm"]


def test_aggregate_over_parse_ndjson_keeps_documents_apart(three_letters: list[str]) -> None:
    _, records, _ = run("parse", "--format", "ndjson", *three_letters)
    _, out, _ = run("signatories", "--aggregate", "--format", "json", "-", input=records)
    assert json.loads(out)[0]["documents"] == three_letters


def test_real_pipe_with_csv(three_letters: list[str]) -> None:
    parse = subprocess.run([sys.executable, "-m", "stmtkit", "parse", "--format", "ndjson", *three_letters], capture_output=True, check=True)
    out = subprocess.run(
        [sys.executable, "-m", "stmtkit", "signatories", "--aggregate", "--format", "csv"],
        input=parse.stdout, capture_output=True, check=True,
    ).stdout.decode()
    assert out.splitlines()[0] == "key,name,kind,count,variants,documents"
    assert out.splitlines()[1].startswith("aysan mamadli,Ayshan Mammadli,person,3,")
