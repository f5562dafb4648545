"""Signature layouts met on unseen pages: names in capitals, pairs joined by a conjunction,
groups under plain headings, a sign-off block in the middle of a longer page.

The golden files ``tests/fixtures/sig-*.txt`` named in each test hold the longer cases.
"""

from __future__ import annotations

import stmtkit
from conftest import FIXTURES

BODY = "We ask the council to keep the library open on weekends, as it has been for forty years.\n\n"


def fixture(name: str) -> stmtkit.Statement:
    return stmtkit.parse((FIXTURES / f"{name}.txt").read_bytes())


def test_names_in_capitals_stay_as_written_with_their_affiliation() -> None:
    got = [(s.name, s.kind, s.affiliation) for s in fixture("sig-it-caps-names-university").signatories]
    assert got[:2] == [
        ("LUCIA FERRANTE", "person", "Università di Parma"),
        ("MARCO DE SANTIS", "person", "Politecnico di Torino"),
    ]
    assert [name for name, _, _ in got][2:] == ["GIOVANNA MARIA RIZZO", "PIETRO LANZA CORSI", "ELENA BASSI"]


def test_a_capitalised_name_keeps_its_capitals_and_its_key_folds_them() -> None:
    text = f"Open letter\n\n{BODY}Signed:\nJANE WHITFIELD, Harbour College\nTom Ortega, Harbour College\n"
    signers = stmtkit.parse(text).signatories
    assert [s.name for s in signers] == ["JANE WHITFIELD", "Tom Ortega"]
    assert signers[0].key == "jane whitfield"
