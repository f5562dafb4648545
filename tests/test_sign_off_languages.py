"""A letter closed by a formula of its language, one name and the name's function on the line below.

Our own short letters, one per language: the formula opens the block, the name is the signatory,
and the function line gives the role (a job phrase stays whole, even when it names a body) or,
after a comma, the role and the affiliation.
"""

from __future__ import annotations

import pytest

import stmtkit

# (opening sentence, closing formula, name, function line, expected role, expected affiliation)
LETTERS = [
    ("Gentili Signori, vi chiediamo di tenere aperta la biblioteca il sabato.", "Distinti saluti", "Mario Rossi",
     "Presidente, Associazione Genitori Valle", "Presidente", "Associazione Genitori Valle"),
    ("Vážení, prosíme, aby knihovna zůstala otevřená i v sobotu.", "S úctou", "Jana Nováková",
     "předsedkyně, Spolek rodičů", "předsedkyně", "Spolek rodičů"),
    ("Sayın Başkan, kütüphanenin cumartesi de açık kalmasını rica ediyoruz.", "Saygılarımızla,", "Ayşe Yılmaz",
     "Veli Derneği Başkanı", "Veli Derneği Başkanı", None),
    ("Уважаемый глава города, просим оставить библиотеку открытой по субботам.", "С уважением,", "Иван Петров",
     "председатель родительского комитета", "председатель родительского комитета", None),
    ("Sehr geehrte Damen und Herren, wir bitten Sie, die Bibliothek samstags zu öffnen.", "Mit freundlichen Grüßen",
     "Anna Schmidt", "Vorsitzende, Elternverein Talstadt", "Vorsitzende", "Elternverein Talstadt"),
    ("Estimados señores, les pedimos que la biblioteca abra los sábados.", "Atentamente,", "Lucía García",
     "Presidenta de la Asociación de Padres", "Presidenta de la Asociación de Padres", None),
    ("Szanowni Państwo, prosimy o otwarcie biblioteki w soboty.", "Z wyrazami szacunku", "Anna Kowalska",
     "Przewodnicząca Rady Rodziców", "Przewodnicząca Rady Rodziców", None),
    ("Шановний міський голово, просимо відкривати бібліотеку в суботу.", "З повагою,", "Олена Коваль",
     "голова батьківського комітету", "голова батьківського комітету", None),
    ("Hörmətli cənab, kitabxananın şənbə günləri açıq olmasını xahiş edirik.", "Hörmətlə,", "Aynur Məmmədova",
     "Valideynlər Birliyinin sədri", "Valideynlər Birliyinin sədri", None),
    ("Αξιότιμε κύριε Δήμαρχε, ζητούμε η βιβλιοθήκη να είναι ανοιχτή το Σάββατο.", "Με εκτίμηση,",
     "Μαρία Παπαδοπούλου", "Πρόεδρος του Συλλόγου Γονέων", "Πρόεδρος του Συλλόγου Γονέων", None),
    ("Kérjük a polgármestert, hogy a könyvtár szombaton is legyen nyitva.", "Nagyrabecsüléssel:", "Szabó Péter",
     "elnök", "elnök", None),
]


@pytest.mark.parametrize(("opening", "closing", "name", "function", "role", "affiliation"), LETTERS,
                         ids=[row[2] for row in LETTERS])
def test_a_closing_formula_then_a_name_and_its_function(
        opening: str, closing: str, name: str, function: str, role: str | None, affiliation: str | None) -> None:
    text = f"Open letter on the library hours\n\n{opening}\n\n{closing}\n\n{name}\n{function}\n"
    doc = stmtkit.parse(text)
    assert doc.signatures is not None
    [signer] = doc.signatures.signatories
    assert (signer.name, signer.role, signer.affiliation) == (name, role, affiliation)


def test_names_set_in_a_row_by_commas_are_one_signatory_each() -> None:
    text = (
        "Open letter on the library hours\n\nWe ask the council to keep the library open on Saturdays.\n\n"
        "Signed:\n\nAnna Berg, Tom Hale, Rita Moss; Paul Kerr\n"
    )
    doc = stmtkit.parse(text)
    assert doc.signatures is not None
    assert [(s.name, s.affiliation) for s in doc.signatures.signatories] == [
        ("Anna Berg", None), ("Tom Hale", None), ("Rita Moss", None), ("Paul Kerr", None)]


# (opening sentence, closing formula, on-behalf line, name): the line says whom the name signs for.
BEHALF_OVER_NAME = [
    ("We ask the council to keep the library open on Saturdays.", "Kind regards,", "On behalf of the parents' board",
     "Jane Doe"),
    ("Pyydämme valtuustoa pitämään kirjaston auki lauantaisin.", "Ystävällisin terveisin", "vanhempainyhdistyksen puolesta",
     "Maija Virtanen"),
    ("Palume volikogul hoida raamatukogu laupäeviti avatuna.", "Lugupidamisega", "lastevanemate kogu nimel",
     "Kadri Tamm"),
    ("Meclisten kütüphanenin cumartesi açık kalmasını rica ediyoruz.", "Saygılarımızla,", "Veli Derneği adına",
     "Ayşe Yılmaz"),
    ("Kérjük a testületet, hogy a könyvtár szombaton is legyen nyitva.", "Tisztelettel,", "a szülői szervezet nevében",
     "Kovács Anna"),
]


@pytest.mark.parametrize(("opening", "closing", "behalf", "name"), BEHALF_OVER_NAME, ids=[row[3] for row in BEHALF_OVER_NAME])
def test_a_line_saying_on_whose_behalf_over_the_name_signs_nothing(opening: str, closing: str, behalf: str, name: str) -> None:
    text = f"Open letter on the library hours\n\n{opening}\n\n{closing}\n\n{behalf}\n\n{name}\n"
    doc = stmtkit.parse(text)
    assert doc.signatures is not None
    assert [s.name for s in doc.signatories] == [name]
    assert doc.signatures.lines == (5, 9)  # the on-behalf line (7) stays the block's


def test_a_name_that_ends_like_an_on_behalf_word_still_signs() -> None:
    # "Adina" is a Romanian first name and the folded Turkish "adına": a surname-first name is a person
    text = "Open letter on the library hours\n\nVă rugăm să păstrați biblioteca deschisă sâmbăta.\n\nCu stimă,\n\nPopescu Adina\nIonescu Maria\n"
    doc = stmtkit.parse(text)
    assert [s.name for s in doc.signatories] == ["Popescu Adina", "Ionescu Maria"]


def test_a_body_closing_a_text_that_says_we_in_armenian_signs_it() -> None:
    # "We demand that the library stay open" / the union's name in capitals / the place / the date
    text = ("Ուսուցիչների միության հայտարարությունը գրադարանի մասին\n\nՄենք պահանջում ենք, որ գրադարանը բաց մնա "
            "շաբաթ օրերին։ Թաղամասի ընտանիքները դա խնդրել են արդեն երկու տարի։\n\n"
            "ՈՒՍՈՒՑԻՉՆԵՐԻ ՄԻՈՒԹՅՈՒՆ\nԵրևան\n9 օգոստոսի 2023\n")
    doc = stmtkit.parse(text)
    assert [s.name for s in doc.signatories] == ["ՈՒՍՈՒՑԻՉՆԵՐԻ ՄԻՈՒԹՅՈՒՆ"]
    assert doc.dateline is not None and doc.dateline.place == "Երևան"


@pytest.mark.parametrize("issued", ["Issued by:", "Imetolewa na:", "Imetolewa na"])
def test_the_statements_issuer_under_issued_by_signs_it(issued: str) -> None:
    text = (f"Open letter on the library hours\n\nWe ask the council to keep the library open on Saturdays.\n\n"
            f"{issued}\nJane Doe\nChair of the Harbour Union\n")
    assert [s.name for s in stmtkit.parse(text).signatories] == ["Jane Doe"]


@pytest.mark.parametrize("closing", ["Most humbly,", "Humbly,", "Yours respectfully,"])
def test_more_english_closing_formulas_open_the_sign_off(closing: str) -> None:
    text = (f"Open letter on the library hours\n\nWe ask the council to keep the library open on Saturdays.\n\n"
            f"{closing}\n\nThe Harbour Library Friends\n")
    assert [s.name for s in stmtkit.parse(text).signatories] == ["The Harbour Library Friends"]


@pytest.mark.parametrize(("formula", "function", "name"), [
    ("Με βαθιά εκτίμηση", "Η Πρόεδρος του Συλλόγου", "Ελένη ΠΑΠΑ"),
    ("С глубочайшим уважением", "Председатель совета", "Анна Петрова"),
    ("Yours very truly,", "The Chair of the Harbour Trust", "Anna Berg"),
])
def test_a_formula_with_a_word_of_degree_and_a_function_over_the_name(formula: str, function: str, name: str) -> None:
    # "with deepest esteem": the two words of the formula with one word between; the function, its article
    # first, stands over the name
    text = ("Letter on the harbour library\n\nWe ask you to keep the harbour library open on weekends, as the "
            f"readers of the town have asked for a long time.\n\n{formula}\n\n{function}\n{name}\n")
    signers = stmtkit.parse(text).signatories
    assert [(s.name, s.role) for s in signers] == [(name, function)]


def test_a_sentence_closed_by_the_danda_under_the_names_is_no_signer() -> None:
    text = ("पुस्तकालय के लिए पत्र\n\nहम नगर परिषद से अनुरोध करते हैं कि पुरानी पुस्तकालय को सप्ताहांत में भी खुला रखा "
            "जाए।\n\nभवदीय\n\nअनीता शर्मा\nराजेश कुमार\nसुनीता वर्मा\nयह पत्र परिषद के सभी सदस्यों को भेजा गया है और "
            "जवाब का इंतजार है।\n")
    assert [s.name for s in stmtkit.parse(text).signatories] == ["अनीता शर्मा", "राजेश कुमार", "सुनीता वर्मा"]


def test_a_press_releases_name_over_a_special_advisers_office_and_desk_signs_it() -> None:
    text = ("PRESIDENT WELCOMES COUNCIL OFFER\n\nThe President on Thursday welcomed the offer of the council to help the "
            "farmers of the northern region with seeds and training for the coming season.\n\nHe said the government "
            "would work with the council on the plan.\n\nJohn Doe\nSpecial Adviser to the Governor\n(Press and Public Affairs)\n"
            "July 29, 2021\n")
    signatures = stmtkit.parse(text).signatures
    assert signatures is not None and [(s.name, s.role) for s in signatures.signatories] == [
        ("John Doe", "Special Adviser to the Governor (Press and Public Affairs)")]
