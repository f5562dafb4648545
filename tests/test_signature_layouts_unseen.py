"""Signature layouts of pages never seen, each reproduced in our own words by a golden file
``tests/fixtures/sig-*.txt``: what the reader must get right in each."""

from __future__ import annotations

import stmtkit
from conftest import FIXTURES


def fixture(name: str) -> stmtkit.Statement:
    return stmtkit.parse((FIXTURES / f"{name}.txt").read_bytes())


def test_a_long_paragraph_of_names_is_read_though_one_first_name_is_a_body_word() -> None:
    signers = fixture("sig-bg-comma-paragraph-name-like-body-word").signatories
    assert [s.name for s in signers][:3] == ["Стоян Илиев", "Мария Кирова", "Петър Дончев"]
    assert "Рада Петрова" in [s.name for s in signers] and len(signers) == 11
    assert signers[0].role == "проф."


def test_a_department_named_without_a_body_word_follows_its_university() -> None:
    got = [(s.name, s.role, s.affiliation) for s in fixture("sig-en-numbered-name-department-university").signatories]
    assert got[0] == ("Ruth Okonkwo", None, "University of Northfield, Geology")
    assert got[1][2] == "University of Northfield, Marine Biology and Ecology"
    # a unit that names itself a body stays as written; a role stays a role
    assert got[2][2] == "Department of Chemistry, Lakeside University"
    assert got[4] == ("Helen Park", "Professor of Physics", "University of Northfield")
