"""An entry that puts the function before the name, one signer a line (our own names and functions).

Languages that write a qualified function as one word (Finnish, German, Dutch, the Nordic languages,
Estonian, Hungarian) are read by the head noun closing the compound; a bracket after the function, a
comma inside it and a suspended hyphen belong to the function.
"""

from __future__ import annotations

import pytest

from stmtkit.signatories import is_role, read_entries


def fields(entry: str) -> list[tuple[str, str | None, str | None]]:
    return [(s.name, s.role, s.affiliation) for s in read_entries(entry, (1, 1))]


@pytest.mark.parametrize(("entry", "name", "role"), [
    ("Kemian apulaisprofessori Anna Virtanen", "Anna Virtanen", "Kemian apulaisprofessori"),
    ("Sisätautien erikoislääkäri Liisa Korhonen", "Liisa Korhonen", "Sisätautien erikoislääkäri"),
    ("Koulutuspäällikkö Sari Nieminen", "Sari Nieminen", "Koulutuspäällikkö"),
    ("Oberärztin der Kardiologie Jana Weber", "Jana Weber", "Oberärztin der Kardiologie"),
    ("Vorstandsmitglied Tobias Krause", "Tobias Krause", "Vorstandsmitglied"),
    ("Universitetslektor i omvårdnad Eva Lindqvist", "Eva Lindqvist", "Universitetslektor i omvårdnad"),
    ("Styreleder Ola Nordmann", "Ola Nordmann", "Styreleder"),
    ("Vanemteadur Mari Tamm", "Mari Tamm", "Vanemteadur"),
    ("Overlæge i kardiologi Mette Holm", "Mette Holm", "Overlæge i kardiologi"),
    ("Førsteamanuensis i biologi Kari Nordmann", "Kari Nordmann", "Førsteamanuensis i biologi"),
])
def test_a_compound_closed_by_a_known_function_is_the_function_before_the_name(entry: str, name: str, role: str) -> None:
    assert fields(entry) == [(name, role, None)]


@pytest.mark.parametrize(("entry", "name", "role"), [
    ("Filosofian tohtori (biokemia) Mikko Salonen", "Mikko Salonen", "Filosofian tohtori (biokemia)"),
    ("Väitöskirjatutkija, erikoistuva lääkäri Pekka Lahtinen", "Pekka Lahtinen", "Väitöskirjatutkija, erikoistuva lääkäri"),
    ("Iho-, silmä- ja hammastautien erikoislääkäri Elina Heikkinen", "Elina Heikkinen",
     "Iho-, silmä- ja hammastautien erikoislääkäri"),
    ("Universitair hoofddocent Jan de Vries", "Jan de Vries", "Universitair hoofddocent"),
    ("Bijzonder hoogleraar Marieke van der Berg", "Marieke van der Berg", "Bijzonder hoogleraar"),
])
def test_brackets_commas_and_hyphens_stay_in_the_function_and_particles_in_the_name(entry: str, name: str, role: str) -> None:
    assert fields(entry) == [(name, role, None)]


@pytest.mark.parametrize(("entry", "expected"), [
    ("Kemian apulaisprofessori Anna Virtanen, Järvikaupungin yliopisto",
     ("Anna Virtanen", "Kemian apulaisprofessori", "Järvikaupungin yliopisto")),
    ("Erikoislääkäri Liisa Korhonen (Pohjoisen sairaala)", ("Liisa Korhonen", "Erikoislääkäri", "Pohjoisen sairaala")),
    ("Ylilääkäri, dosentti Juha Mäkinen, Pohjoisen sairaala", ("Juha Mäkinen", "Ylilääkäri, dosentti", "Pohjoisen sairaala")),
    ("Oberarzt Klaus Becker, Klinikum Nord", ("Klaus Becker", "Oberarzt", "Klinikum Nord")),
])
def test_the_name_after_its_function_keeps_the_fields_after_it(entry: str, expected: tuple[str, str, str]) -> None:
    assert fields(entry) == [expected]


def test_a_bracket_the_scrape_left_open_is_cut_off_the_name() -> None:
    assert fields("한지우(시민모임") == [("한지우", None, "시민모임")]
    assert fields("Anna Berg (Director, Harbour Union") == [("Anna Berg", "Director", "Harbour Union")]


@pytest.mark.parametrize(("entry", "expected"), [
    ("Anna Berg, Director", [("Anna Berg", "Director", None)]),
    ("Tobias Lehrer", [("Tobias Lehrer", None, None)]),  # a surname spelt as a function, no compound
    ("Anna Berg, Hotel-, Gaststätten- und Tourismusverband", [("Anna Berg", None, "Hotel-, Gaststätten- und Tourismusverband")]),
])
def test_names_first_and_surnames_like_functions_are_read_as_before(entry: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert fields(entry) == expected


@pytest.mark.parametrize("word", ["Service", "Administer", "Counterparts"])
def test_an_english_word_ending_in_letters_of_a_function_is_no_compound_function(word: str) -> None:
    assert not is_role(word, lowercase_is_role=False)


def test_a_function_the_scrape_cut_before_its_name_closes_no_column_of_signers() -> None:
    import stmtkit

    head = ("Keep the harbour library open\n\nWe ask the city council to keep the harbour library open on "
            "Sundays and to fund its staff for two more years.\n\nSigned by:\n\n")
    cut = "Kemian apulaisprofessori Anna Virtanen\nSisätautien erikoislääkäri Liisa Korhonen\n" \
          "Kirurgian ylilääkäri Juha Mäkinen\nKoulutuspäällikkö Sari Nieminen\nBiologian toh\n"
    assert [s.name for s in stmtkit.parse(head + cut).signatories][-1] == "Sari Nieminen"
