"""How a letter's signature block ends: two signers with their bodies under a heading, a column of
bodies under the letter's last sentence, sign-off marks before each name, a single organisation
closing the text, a name above the place-and-date line.

Each case is a short letter in our own words (a title line, a blank line, two body paragraphs, then
the ending); the look-alikes beside them must keep their lines out of the signers.
"""

from __future__ import annotations

import pytest

import stmtkit

EN = (
    "Library hours must stay\n\n"
    "We write about the plan to cut the opening hours of the city libraries next year. The branches serve many families.\n\n"
    "We ask the council to keep the present hours and to consult the readers before any change.\n"
)
PT = (
    "Horários das bibliotecas\n\n"
    "Escrevemos sobre o plano de reduzir o horário das bibliotecas municipais no próximo ano. As bibliotecas servem muitas famílias.\n\n"
    "Pedimos à câmara que mantenha o horário atual e que ouça os leitores.\n"
)


def names(text: str) -> list[str]:
    return [s.name for s in stmtkit.parse(text).signatories]


@pytest.mark.parametrize(("ending", "expected"), [
    ("Signed by:\nAnna Berg, Greenpeace Nordic\nJonas Weiss, Amnesty International\n", ["Anna Berg", "Jonas Weiss"]),
    ("Signed by:\nAnna Berg, Greenpeace\nJonas Weiss, Amnesty International\nMarta Lind, Oxfam\n",
     ["Anna Berg", "Jonas Weiss", "Marta Lind"]),
])
def test_a_full_name_and_a_comma_opens_the_next_signer(ending: str, expected: list[str]) -> None:
    assert names(f"{EN}\n{ending}") == expected


def test_a_role_line_under_a_name_stays_with_it() -> None:
    found = stmtkit.parse(f"{EN}\nSigned by:\nAnna Berg\nExecutive Director, Harbour Trust\n").signatories
    assert [(s.name, s.role) for s in found] == [("Anna Berg", "Executive Director")]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_the_closing_sentence_is_no_body_of_the_column_below(gap: str) -> None:
    text = (f"{PT}{gap}Aguardamos a vossa resposta.\nAssociação Amigos da Biblioteca\n"
            "Sindicato dos Bibliotecários\nMovimento Cidade Leitora\n")
    assert names(text) == ["Associação Amigos da Biblioteca", "Sindicato dos Bibliotecários", "Movimento Cidade Leitora"]


def test_a_closing_sentence_alone_signs_nothing() -> None:
    assert names(f"{PT}\nAguardamos a vossa resposta com urgência.\nObrigado pela atenção.\n") == []


DE = (
    "Öffnungszeiten der Bibliotheken\n\n"
    "Wir schreiben zum Plan, die Öffnungszeiten der Stadtbibliotheken im nächsten Jahr zu kürzen. Die Bibliotheken dienen vielen Familien.\n\n"
    "Wir bitten den Rat, die jetzigen Zeiten zu erhalten und die Leser vorher zu fragen.\n"
)


@pytest.mark.parametrize(("ending", "expected"), [
    ("gez. Anna Berg\ngez. Jonas Weiß\n", ["Anna Berg", "Jonas Weiß"]),
    ("gez. Anna Berg\ngez. Jonas Weiß\ngez. Marta Lind\n", ["Anna Berg", "Jonas Weiß", "Marta Lind"]),
])
def test_each_signing_mark_opens_a_signer(ending: str, expected: list[str]) -> None:
    assert names(f"{DE}\n{ending}") == expected


def test_a_function_under_a_marked_name_stays_its_role() -> None:
    found = stmtkit.parse(f"{DE}\ngez. Anna Berg\nVorsitzende\n").signatories
    assert [(s.name, s.role) for s in found] == [("Anna Berg", "Vorsitzende")]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_single_organisation_under_the_closing_thanks_signs(gap: str) -> None:
    assert names(f"{EN}\nThank you.{gap}Harbour Library Friends\n") == ["Harbour Library Friends"]


def test_a_closing_line_that_names_no_body_signs_nothing() -> None:
    assert names(f"{EN}\nThank you.\n\nSee you all at the meeting on Saturday\n") == []


def test_a_lone_name_above_the_closing_place_and_date_line_signs() -> None:
    parsed = stmtkit.parse(f"{EN}\nAnna Berg\nLondon, 12 May 2024\n")
    assert [s.name for s in parsed.signatories] == ["Anna Berg"]
    assert parsed.dateline is not None and parsed.dateline.place == "London"  # the date line stays the dateline's


@pytest.mark.parametrize("ending", [
    "Anna Berg\n12 May 2024\n",  # a date alone under a name: as likely a byline
    "Anna Berg\nLondon, 12 May 2024\n\nThe council meets again in June to decide on the plan for all branches.\n",
])
def test_a_name_above_a_date_that_closes_no_letter_signs_nothing(ending: str) -> None:
    assert names(f"{EN}\n{ending}") == []


def test_a_letter_cut_after_its_opening_lines_is_no_column_of_bodies() -> None:
    # an article quoting a letter, the scrape cut inside its first sentence: title, salutation, sentence
    ending = ("\n\nHARBOUR LIBRARY COALITION LETTER TO THE COUNCIL\n\nDear Mayor Holm, Councillor Berg and Councillor Lind,\n\n"
              "We are writing to ask you to keep our libra")
    assert names(f"{EN}\n{ending}") == []


PEOPLE_UNDER_HEADING = (
    "Signed by:\n\n"
    "Dr Anna Berg – Chair of the Residents' Council\nJonas Weiss – Deputy Chair\n"
    "Marta Lind – Secretary of the Council\nEng. Paul Dunn – Treasurer\n\n"
)


@pytest.mark.parametrize(("last_line", "signs"), [
    ("Why the reading room matters to our street", False),  # a related headline under the names
    ("Friends of the Library Association", True),  # a body signing under the people
    ("Kate Moss", True),  # one more name after a blank line
])
def test_a_line_alone_under_a_block_of_people_signs_only_as_a_name(last_line: str, signs: bool) -> None:
    expected = ["Anna Berg", "Jonas Weiss", "Marta Lind", "Paul Dunn"] + ([last_line] if signs else [])
    assert names(f"{EN}\n{PEOPLE_UNDER_HEADING}{last_line}\n") == expected


@pytest.mark.parametrize("after", [
    "Open letter as a PDF with the full list of signatures",  # the document's own link under its names
    "Contact at the harbour union\nJane Roe\njane.roe@example.org",  # a contact heading and whose, then the contact
])
def test_a_line_of_the_page_under_the_names_ends_the_block(after: str) -> None:
    ending = f"First signatories\nAnna Berg\nJonas Weiss\nMarta Lind\n{after}\n"
    assert names(f"{EN}\n{ending}") == ["Anna Berg", "Jonas Weiss", "Marta Lind"]



@pytest.mark.parametrize(("cover", "letter", "signer"), [
    ("Пропонуємо вашій увазі лист, який ми надіслали міському голові щодо бібліотеки біля порту.\n"
     "З повагою,\nІван Петренко\nГолова правління ГО «Читачі порту»",
     "Вельмишановному Олегу Коваленку,\nМіському голові\nвул. Портова, 36\nКиїв 01044\nШановний пане Голово,\n"
     "Ми – група громадських організацій, об’єднаних у переконанні, що бібліотека має працювати у вихідні.",
     "Іван Петренко"),
    ("Предлагаем вашему вниманию письмо, которое мы направили мэру города о библиотеке у порта.\n"
     "С уважением,\nИван Петренко\nПредседатель правления «Читатели порта»",
     "Уважаемому Олегу Коваленко,\nМэру города\nул. Портовая, 36\nКиев 01044\nУважаемый господин мэр!\n"
     "Мы – группа общественных организаций, убежденных, что библиотека должна работать по выходным.",
     "Иван Петренко"),
])
def test_a_letters_address_and_salutation_under_a_cover_notes_sign_off_end_its_block(cover: str, letter: str, signer: str) -> None:
    # the page's cover note is signed; the letter it forwards opens with its own address and salutation below
    signatures = stmtkit.parse(f"Лист до мера\n\n{cover}\n{letter}\n").signatures
    assert signatures is not None and [s.name for s in signatures.signatories] == [signer]


@pytest.mark.parametrize("lead", ["Za Zarząd", "For the Board"])
def test_a_preposition_before_a_bodys_name_without_a_comma_opens_the_sign_off(lead: str) -> None:
    # the function in capitals, the body in the genitive, the union's acronym: one signer's lines
    text = ("Apel Zarządu Regionu\n\nApelujemy do członków i sympatyków związku o udział w wyborach i o poparcie "
            "kandydatów, którzy gwarantują kontynuację polityki prospołecznej.\n\n"
            f"{lead}\n\nJan Nowakowski\nPRZEWODNICZĄCY\nZarządu Regionu Nadmorskiego\nNSZZ „Portowcy”\n")
    signatures = stmtkit.parse(text).signatures
    assert signatures is not None and [s.name for s in signatures.signatories] == ["Jan Nowakowski"]


@pytest.mark.parametrize("address", ["", "Ms Ann Lee\nCity Hall\n\nMr Tom Hart\nHarbour Board\n\n"])
def test_a_name_over_its_body_closing_a_letter_that_opens_with_its_salutation_is_its_signer(address: str) -> None:
    text = (f"Invitation to a meeting on the harbour library\n\n{address}Dear Mayor,\n\nWe invite you to a public meeting "
            "on the future of the harbour library.\n\nWe would be glad to welcome you there and wait for your "
            "answer.\n\n\nJane Doe\nHarbour Readers "
            "Association\n\nLike this:\n")
    signatures = stmtkit.parse(text).signatures
    assert signatures is not None
    assert [(s.name, s.affiliation) for s in signatures.signatories] == [("Jane Doe", "Harbour Readers Association")]
