"""Signature blocks of unseen layouts, each written in our own words in several languages: the rules
are shape, position and head nouns per language, so each layout is asked in more than one."""

from __future__ import annotations

import pytest

import stmtkit

_BODY = {
    "el": "Ζητούμε από το δημοτικό συμβούλιο να σταματήσει αμέσως την πώληση του παλιού λιμανιού της πόλης μας.",
    "pt": "Pedimos à câmara municipal que suspenda de imediato a venda do velho porto da nossa cidade.",
    "en": "We ask the town council to stop the sale of the old harbour of our town at once and to hear us.",
    "de": "Wir fordern den Stadtrat auf, den Verkauf des alten Hafens unserer Stadt sofort zu stoppen.",
    "es": "Pedimos al ayuntamiento que detenga de inmediato la venta del viejo puerto de nuestra ciudad.",
    "it": "Chiediamo al consiglio comunale di fermare subito la vendita del vecchio porto della nostra città.",
    "ro": "Cerem consiliului local să oprească imediat vânzarea vechiului port al orașului nostru.",
    "fr": "Nous demandons au conseil municipal d'arrêter tout de suite la vente du vieux port de notre ville.",
    "uk": "Просимо міську раду негайно зупинити продаж старого порту нашого міста та вислухати мешканців.",
    "ru": "Просим городской совет немедленно остановить продажу старого порта нашего города и выслушать жителей.",
}


def signers(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(s.name, s.role, s.affiliation) for s in stmtkit.parse(text).signatories]


@pytest.mark.parametrize(("lang", "lines", "want"), [
    ("el", ["Νίκος Παππάς – Πρόεδρος", "Ελένη Μαυρίδου – Γραμματέας"],
     [("Νίκος Παππάς", "Πρόεδρος", None), ("Ελένη Μαυρίδου", "Γραμματέας", None)]),
    ("pt", ["Ana Souza – Presidente", "Rui Lopes – Tesoureiro"],
     [("Ana Souza", "Presidente", None), ("Rui Lopes", "Tesoureiro", None)]),
    ("en", ["Jane Roe – Chair", "Tom Hale – Treasurer"], [("Jane Roe", "Chair", None), ("Tom Hale", "Treasurer", None)]),
])
def test_two_name_and_function_lines_closing_the_text_sign_it(lang: str, lines: list[str], want: list[tuple[str, str | None, str | None]]) -> None:
    text = f"Harbour\n\n{_BODY[lang]}\n\n" + "\n".join(lines) + "\n"
    assert signers(text) == want


@pytest.mark.parametrize(("lang", "lines", "call"), [
    ("pt", ["Ana Souza – Vereadora de Vila Nova", "Rui Lopes – Presidente do Sindicato dos Estivadores",
            "Marta Dias – Coordenadora do Coletivo Maré"], "Participe! Envie o seu nome completo por mensagem."),
    ("en", ["Jane Roe – Councillor for Northfield", "Tom Hale – President of the Dockers Union",
            "Eva Holm – Coordinator of the Tide Collective"], "Join us! Send your full name by message."),
    ("de", ["Anna Berg – Stadträtin in Nordhafen", "Tom Lind – Vorsitzender des Hafenvereins",
            "Eva Holm – Sprecherin der Initiative Ebbe"], "Mach mit! Schick uns deinen vollen Namen."),
])
def test_a_run_of_names_with_a_call_to_sign_below_it_is_the_block(lang: str, lines: list[str], call: str) -> None:
    text = f"Harbour\n\n{_BODY[lang]}\n" + "\n".join(lines) + f"\n{call}\n"
    got = signers(text)
    assert [name for name, _, _ in got] == [line.split(" – ")[0] for line in lines]
    assert got[1][1] == lines[1].split(" – ")[1]


def test_romanian_academic_titles_open_the_entry_before_a_bracketed_rank() -> None:
    text = (f"Apel\n\n{_BODY['ro']}\n\nSemnatari:\n\nProf. univ. dr. Ion Popa (membru corespondent)\n\n"
            "Acad. Mihai Vasile\n\nConf. univ. dr. Ana Dobre (membru de onoare)\n\nLect. univ. Radu Stan\n")
    got = signers(text)
    assert [name for name, _, _ in got] == ["Ion Popa", "Mihai Vasile", "Ana Dobre", "Radu Stan"]
    assert got[0][1] is not None and got[0][1].startswith("Prof. univ. dr.") and got[3][1] == "Lect. univ."


@pytest.mark.parametrize(("lang", "lines"), [
    ("de", ["Prof. Dr. Anna Berg, Universität Nordhafen", "Tom Lind, Vorsitzender des Hafenvereins",
            "Eva Holm, Bundesvorsitzende Verband der Hafenarbeiterinnen und Hafenarbeiter Norddeutschlands",
            "Prof. Dr. Paul Adler", "Greta Vogel, Attac"]),
    ("en", ["Prof. Jane Roe, University of Northfield", "Tom Hale, Chair of the Dockers Union",
            "Eva Holm, National Coordinator of the Association of Harbour Workers and Fishermen of the North",
            "Dr. Paul Adler", "Greta Vogel, Tide Collective"]),
])
def test_a_long_name_and_function_line_does_not_cut_a_run_of_names(lang: str, lines: list[str]) -> None:
    text = f"Harbour\n\n{_BODY[lang]}\n\n" + "\n".join(lines) + "\n"
    got = signers(text)
    assert [name for name, _, _ in got] == ["Anna Berg" if lang == "de" else "Jane Roe", lines[1].split(",")[0],
                                            "Eva Holm", "Paul Adler", "Greta Vogel"]
    assert got[2][1] is not None


@pytest.mark.parametrize(("lang", "heading", "lines", "roles"), [
    ("fr", "Signataires :", ["Léa Martin, Photographe", "Paul Girard, Politologue", "Inès Faure, Humoriste",
                             "Marc Roux, Illustrateur"], ["Photographe", "Politologue", "Humoriste", "Illustrateur"]),
    ("de", "Unterzeichnende:", ["Anna Berg, Soziologin", "Tom Lind, Fotograf", "Eva Holm, Politologin"],
     ["Soziologin", "Fotograf", "Politologin"]),
    ("es", "Firmantes:", ["Ana Gil, Socióloga", "Luis Mora, Fotógrafo", "Eva Ruiz, Politóloga"],
     ["Socióloga", "Fotógrafo", "Politóloga"]),
])
def test_a_capitalised_function_named_by_its_ending_is_a_role(lang: str, heading: str, lines: list[str], roles: list[str]) -> None:
    text = f"Harbour\n\n{_BODY[lang]}\n\n{heading}\n" + "\n".join(lines) + "\n"
    got = signers(text)
    assert [role for _, role, _ in got] == roles and all(aff is None for _, _, aff in got)


@pytest.mark.parametrize("lines", [
    ["Laura Conti - Borgoverde", "Marco Ferri - Valletta (PV)", "Giulia Neri - Roccalta", "Paolo Greco - Pianoro (BO)",
     "Anna Riva - Castelmonte"],
    ["Jane Roe - Northfield", "Tom Hale - Eastwick (NH)", "Eva Holm - Southport", "Paul Adler - Westbury"],
])
def test_a_column_of_names_and_towns_is_people_not_organisations(lines: list[str]) -> None:
    text = f"Harbour\n\n{_BODY['it']}\n\n" + "\n\n".join(lines) + "\n"
    got = stmtkit.parse(text).signatories
    assert [s.name for s in got] == [line.split(" - ")[0] for line in lines]
    assert {s.kind for s in got} == {"person"}


def test_a_generational_suffix_after_a_comma_stays_in_the_name() -> None:
    text = (f"Harbour\n\n{_BODY['en']}\n\nSincerely,\n\nJohn Q. Harbour, Jr., Publisher and CEO, The Northfield Post\n"
            "Mary Tide, Executive Editor, Harbour Daily\nRobert Lane Sr., Chairman and Publisher, The Coast Herald\n")
    got = signers(text)
    assert got[0] == ("John Q. Harbour, Jr.", "Publisher and CEO", "The Northfield Post")
    assert got[2][0] == "Robert Lane Sr." and got[2][1] == "Chairman and Publisher"


@pytest.mark.parametrize(("lang", "name", "body", "web"), [
    ("de", "Ing. Karl Huber", "Initiative Hafenblick", "www.hafenblick.example"),
    ("en", "Dr. Jane Roe", "Harbour Watch Association", "www.harbourwatch.example"),
])
def test_a_titled_name_over_its_body_closes_the_text(lang: str, name: str, body: str, web: str) -> None:
    text = f"Harbour\n\n{_BODY[lang]}\n\n{name}\n{body}\n{web}\n"
    got = signers(text)
    assert got == [(name.split(" ", 1)[1], name.split(" ", 1)[0], body)]


@pytest.mark.parametrize(("lang", "date", "line", "want"), [
    ("uk", "15 травня 2021 року.", "Голова Олена Петренко", ("Олена Петренко", "Голова", None)),
    ("ru", "15 мая 2021 года.", "Председатель Ирина Соколова", ("Ирина Соколова", "Председатель", None)),
])
def test_a_function_and_name_under_the_closing_date_signs_the_letter(lang: str, date: str, line: str, want: tuple[str, str, None]) -> None:
    text = f"Звернення\n\n{_BODY[lang]}\n{_BODY[lang]}\n{date}\n{line}\n"
    assert signers(text) == [want]


@pytest.mark.parametrize(("text", "body"), [
    ("Prosimo občinski svet, naj takoj ustavi prodajo starega pristanišča v našem mestu in nas posluša.",
     "IO Društva Prijateljev Morja"),
    ("Molimo gradsko vijeće da odmah zaustavi prodaju stare luke u našem gradu i da nas sasluša.",
     "UO Udruge Prijatelji Mora"),
])
def test_a_board_of_a_society_named_in_the_genitive_closes_the_text(text: str, body: str) -> None:
    got = stmtkit.parse(f"Pismo\n\n{text}\n{body}\n").signatories
    assert [(s.name, s.kind) for s in got] == [(body, "organisation")]


def test_a_hebrew_closing_with_hope_opens_the_block_under_it() -> None:
    text = ("מכתב\n\nאנו מבקשים ממועצת העיר לעצור מיד את מכירת הנמל הישן של העיר שלנו ולשמוע את התושבים.\n"
            "בכבוד רב ובתקווה,\nחברי ועד השכונה\n")
    assert [s.name for s in stmtkit.parse(text).signatories] == ["חברי ועד השכונה"]
