"""Letters that end without a heading: a lone titled name under the last sentence, a closing formula
at the end of the last sentence, organisations on one closing line, titled names over their seat.

Each case reproduces a layout in our own words, in several languages; the look-alikes beside them
(a byline, a quoted person, a photo credit, an addressee) must not become signers.
"""

from __future__ import annotations

import pytest

import stmtkit


def signers(text: str) -> list[tuple[str, str | None]]:
    return [(s.name, s.role) for s in stmtkit.parse(text).signatories]


# A short letter: a salutation line, a few sentences, a lone titled name as the last line.
LONE_TITLED = [
    ("Liebe Nachbarinnen und Nachbarn,\nseit drei Wochen steht die Bücherei am Markt leer.\n"
     "Wir bitten die Stadt, sie wieder zu öffnen und die freien Stellen noch vor dem Sommer neu zu besetzen.\n"
     "Viele Familien sind darauf angewiesen.\nDas ist nicht zu viel verlangt!\nDr. Helga Lindner", ("Helga Lindner", "Dr.")),
    ("Dear friends,\nthis is the third time this year that the night bus has been cut.\n"
     "We ask the transport board to restore the service before the winter begins.\n"
     "Prof. Martin Ashcombe", ("Martin Ashcombe", "Prof.")),
    ("Chers collègues,\nle laboratoire de chimie n'a plus de chauffage depuis deux semaines.\n"
     "Les étudiants travaillent en manteau.\nNous demandons à la direction de le faire réparer avant les examens du mois de janvier prochain.\nDr Odile Marchand",
     ("Odile Marchand", "Dr")),
    ("Queridos vecinos:\nel parque del río lleva un año cerrado por unas obras que nadie termina.\n"
     "Pedimos al ayuntamiento que publique el calendario y abra al menos la mitad norte.\n"
     "Dra. Paula Gutiérrez", ("Paula Gutiérrez", "Dra.")),
    ("Cari amici,\nla biblioteca del quartiere chiude ogni sabato da quando manca il personale.\n"
     "Molti studenti non hanno un altro posto dove studiare.\nChiediamo al comune di assumere almeno due bibliotecari entro la primavera del prossimo anno.\nDott. Enrico Bassani",
     ("Enrico Bassani", "Dott.")),
    ("Drodzy sąsiedzi,\nod miesiąca nie działa winda w naszym bloku przy ulicy Polnej.\n"
     "Prosimy administrację o naprawę jeszcze przed zimą, bo mieszkają tu osoby starsze.\n"
     "Mgr Tomasz Wierzbicki", ("Tomasz Wierzbicki", "Mgr")),
]


@pytest.mark.parametrize(("text", "expected"), LONE_TITLED)
def test_a_lone_titled_name_signs_a_short_letter(text: str, expected: tuple[str, str]) -> None:
    assert signers(text) == [expected]


LONE_LOOK_ALIKES = [
    # a byline under the headline, the text below it
    "Night buses cut again\nDr. Martin Ashcombe\nThe transport board has cut the night bus for the third time this year.\n"
    "Riders say the decision was taken without asking them and want it reversed.",
    # a quoted person closing a news text
    "The library on the market square has been empty for three weeks.\n"
    "The city says it cannot fill the posts before the summer.\n\"We will keep asking,\" said Dr. Helga Lindner.",
    # a photo credit under the last paragraph
    "Dear friends,\nthe park by the river has been closed for a year by works that nobody finishes.\n"
    "We ask the council to publish the calendar and open at least the northern half.\nPhoto: Dr. Paula Gutierrez",
    # a news text (no salutation) whose last line is a titled name: an author line, not a letter's signer
    "The park by the river has been closed for a year by works that nobody finishes.\n"
    "The council has promised to publish a calendar for the works before the summer.\nDr. Paula Gutierrez",
    # an addressee line opening the letter, no signer at the end
    "To Dr. Helga Lindner,\nthe library on the market square has been empty for three weeks.\n"
    "We ask you to reopen it and to fill the posts before the summer.",
]


@pytest.mark.parametrize("text", LONE_LOOK_ALIKES)
def test_a_lone_name_that_signs_nothing_is_no_signer(text: str) -> None:
    assert signers(text) == []


# A closing formula that ends the letter's last sentence, then the signer on the line below, with a
# function in brackets and the body that signs with her (``Name (function), the team of …``).
FORMULA_IN_SENTENCE = [
    ("Madame la Maire,\nnotre collectif, installé dans le quartier depuis douze ans, a appris la fermeture de la crèche "
     "municipale par un simple courrier, sans la moindre concertation avec les parents.\n"
     "Nous vous demandons de revenir sur cette décision et de recevoir une délégation des familles.\n"
     "Dans l'attente de votre réponse, nous vous prions d'agréer nos salutations respectueuses.\n"
     "Claire Vasseur (Présidente), Le bureau et les bénévoles du collectif", ("Claire Vasseur", "Présidente")),
    ("Estimado alcalde:\nnuestra asociación de vecinos lleva meses pidiendo que se repare el alumbrado de la avenida "
     "principal, donde ya se han producido dos caídas graves este invierno.\n"
     "Le pedimos que incluya la obra en el presupuesto del próximo año.\nSin otro particular, le saludamos atentamente.\n"
     "Rosa Medina (Secretaria), La junta directiva de la asociación", ("Rosa Medina", "Secretaria")),
    ("Gentile assessore,\nil nostro comitato segue da anni la questione del trasporto scolastico nelle frazioni di "
     "montagna, dove molti bambini aspettano l'autobus al buio e al freddo.\n"
     "Le chiediamo di anticipare il primo passaggio di almeno venti minuti.\nIn attesa di un riscontro, porgiamo distinti saluti.\n"
     "Lucia Ferraris (Coordinatrice), Il comitato dei genitori", ("Lucia Ferraris", "Coordinatrice")),
    ("Sehr geehrte Frau Bürgermeisterin,\nunser Verein betreut seit vielen Jahren den Gemeinschaftsgarten hinter der "
     "alten Schule, der nun einem Parkplatz weichen soll, ohne dass jemand mit uns gesprochen hat.\n"
     "Wir bitten Sie, die Pläne öffentlich vorzustellen und die Anwohner anzuhören.\nWir verbleiben mit freundlichen Grüßen.\n"
     "Jonas Weber (Vorsitzender), Verein Gartenfreunde Nord", ("Jonas Weber", "Vorsitzender")),
    ("Dear Councillor,\nour tenants' association has written to the housing office four times about the broken heating "
     "in the east block, and each time we were told that an engineer was on the way.\n"
     "We ask you to visit the estate and see the conditions for yourself.\nThank you for your time, and kind regards.\n"
     "Ruth Okonkwo (Chair), The committee of the tenants' association", ("Ruth Okonkwo", "Chair")),
    ("Exma. Senhora Vereadora,\na nossa associação acompanha há muitos anos as famílias do bairro, que continuam sem "
     "transporte público ao fim de semana desde que a carreira foi suprimida.\n"
     "Pedimos-lhe que reponha o serviço aos sábados e domingos.\nSubscrevemo-nos com os melhores cumprimentos.\n"
     "Teresa Couto (Presidente), A direção da associação", ("Teresa Couto", "Presidente")),
]


@pytest.mark.parametrize(("text", "expected"), FORMULA_IN_SENTENCE)
def test_a_closing_formula_ending_the_last_sentence_opens_the_signature(text: str, expected: tuple[str, str]) -> None:
    assert signers(text)[:1] == [expected]


FORMULA_LOOK_ALIKES = [
    # the last sentence ends with a common word of a formula, a credit below it
    "The volunteers cleaned the beach for the whole weekend and collected more than two hundred bags of "
    "plastic, nets and glass that the winter storms had left on the sand.\nEveryone did their best.\nPhoto: Tom Lind",
    # a news text quoting a letter's formula, then a link to read more
    "The parents' letter to the mayor asked for a meeting about the closing of the nursery and ended, as such "
    "letters do, with respectful greetings from the whole group of families.\nThey closed with kind regards.\n"
    "Read the full letter on our website",
]


@pytest.mark.parametrize("text", FORMULA_LOOK_ALIKES)
def test_a_formula_word_in_a_sentence_without_a_signer_below_is_no_signature(text: str) -> None:
    assert signers(text) == []


# A call with bulleted demands, a note, and the bodies that sign it on one line closing the text.
ORGANISATION_LINE = [
    ("On Saturday the tenants of the east side will march to the town hall, where they will demand:\n\n"
     "• a freeze on rents for two years;\n• repairs to every block before the winter;\n• a tenants' seat on the housing board.\n\n"
     "We invite everyone to join the march and to sign our petition to the council.\n\nThe march is agreed with the police\n\n"
     "Harbour Tenants Union, Eastside Residents Association, Green Youth Network",
     ["Harbour Tenants Union", "Eastside Residents Association", "Green Youth Network"]),
    ("Am Samstag ziehen die Anwohnerinnen und Anwohner vor das Rathaus und fordern dort gemeinsam:\n\n"
     "• den Erhalt des Stadtgartens;\n• einen Spielplatz für das Viertel;\n\n"
     "Wir laden alle ein, mitzugehen und unsere Petition an den Stadtrat zu unterschreiben.\n\n"
     "Verband der Kleingärtner, Mieterverein Nordstadt, Naturschutzbund Ortsgruppe Süd",
     ["Verband der Kleingärtner", "Mieterverein Nordstadt", "Naturschutzbund Ortsgruppe Süd"]),
    ("Samedi, les habitants du quartier se rassembleront devant la mairie pour exiger ensemble :\n\n"
     "• la réouverture de la piscine ;\n• des bus le dimanche ;\n\n"
     "Nous invitons chacun à venir et à signer la pétition adressée au conseil municipal.\n\n"
     "Association des riverains du canal, Collectif Vélo Centre, Fédération des parents d'élèves",
     ["Association des riverains du canal", "Collectif Vélo Centre", "Fédération des parents d'élèves"]),
    ("El sábado los vecinos marcharán hasta el ayuntamiento, donde pedirán con una sola voz:\n\n"
     "• que se congelen los alquileres;\n• que se arreglen los ascensores;\n\n"
     "Invitamos a todos a sumarse a la marcha y a firmar la carta dirigida al pleno municipal.\n\n"
     "Sindicato de Inquilinos, Asociación Vecinal La Ribera y Plataforma por la Vivienda",
     ["Sindicato de Inquilinos", "Asociación Vecinal La Ribera", "Plataforma por la Vivienda"]),
    ("W sobotę mieszkańcy osiedla przejdą pod ratusz, gdzie wspólnie zażądają od władz miasta:\n\n"
     "• remontu szkoły;\n• nowego przystanku autobusowego;\n\n"
     "Zapraszamy wszystkich do udziału w marszu i do podpisania listu do rady miasta.\n\n"
     "Stowarzyszenie Zielone Osiedle, Fundacja Wspólny Dom, „Sąsiedzi” Związek Lokatorów",
     ["Stowarzyszenie Zielone Osiedle", "Fundacja Wspólny Dom", "„Sąsiedzi” Związek Lokatorów"]),
]


@pytest.mark.parametrize(("text", "expected"), ORGANISATION_LINE)
def test_bodies_on_the_closing_line_each_sign(text: str, expected: list[str]) -> None:
    assert [name for name, _ in signers(text)] == expected


ORGANISATION_LINE_LOOK_ALIKES = [
    # tags closing a news text
    "The council voted on Tuesday to sell the old school building to a private developer, despite protests.\n\n"
    "Tags: Harbour Tenants Union, Green Youth Network, Town Council",
    # a sentence naming bodies closes the text
    "The council voted on Tuesday to sell the old school building to a private developer, despite protests.\n\n"
    "The protest was organised by the tenants union, the youth network and the residents association.",
    # a row of places closing the text
    "The march will go through four towns of the valley before reaching the regional parliament next week.\n\n"
    "Oslo, Bergen, Tromsø, Stavanger",
]


@pytest.mark.parametrize("text", ORGANISATION_LINE_LOOK_ALIKES)
def test_a_closing_line_of_tags_places_or_prose_is_no_signature(text: str) -> None:
    assert signers(text) == []


# Members of a parliament under a heading: a name behind forms of address and titles, its seat on the line below.
_MEMBERS_BODY = ("We, the members elected in this city, condemn the closing of the night markets a week after the vote "
                 "and ask the mayor to reverse it at once.\n\n")
MEMBERS_OVER_SEATS = [
    ("Signed by:\nHon. Dr Mary Anne Olu Adeyemi\nMember of Parliament for Riverside\nHon. Peter Kwame Mensah\n"
     "Member of Parliament for Hilltop\nHon. Grace Ama Serwaa Boateng\nMember of Parliament for Lakeview",
     ["Mary Anne Olu Adeyemi", "Peter Kwame Mensah", "Grace Ama Serwaa Boateng"]),
    ("Ditandatangani oleh:\nYAB Dato' Seri Ahmad Faizal Rahman\nAhli Parlimen Sungai Besar\nYB Dr Siti Nur Aisyah Abdullah\n"
     "Ahli Parlimen Taman Jaya\nYB Tan Chee Meng\nAhli Parlimen Bukit Indah",
     ["Ahmad Faizal Rahman", "Siti Nur Aisyah Abdullah", "Tan Chee Meng"]),
    ("Unterzeichnet von:\nAbg. Prof. Dr. Hans Georg Maria Vogel\nMitglied des Landtags (Wahlkreis Nord)\nAbg. Dr. Jana Roth\n"
     "Mitglied des Landtags (Wahlkreis Süd)\nAbg. Karl Heinz Ulrich Brandt\nMitglied des Landtags (Wahlkreis Ost)",
     ["Hans Georg Maria Vogel", "Jana Roth", "Karl Heinz Ulrich Brandt"]),
    ("Firmado por:\nExcmo. Sr. Dr. Juan Carlos Pérez Gómez\nDiputado por Sevilla\nExcma. Sra. María José Ruiz Torres\n"
     "Diputada por Cádiz\nExcmo. Sr. Luis Ortega\nDiputado por Huelva",
     ["Juan Carlos Pérez Gómez", "María José Ruiz Torres", "Luis Ortega"]),
    pytest.param(
        "Signé par :\nM. le député Jean Baptiste Marie Roux\nDéputé de la 3e circonscription\nMme la députée Claire Anne Morel\n"
        "Députée de la 5e circonscription\nM. Paul Lefèvre\nDéputé de la 1re circonscription",
        ["Jean Baptiste Marie Roux", "Claire Anne Morel", "Paul Lefèvre"],
        marks=pytest.mark.xfail(strict=True, reason="a function word before a long name keeps only its last two words")),
    pytest.param(
        "Podpisali:\nPoseł dr hab. Jan Maria Kowalski\nPoseł na Sejm z okręgu Gdańsk\nPosłanka Anna Maria Nowak\n"
        "Posłanka na Sejm z okręgu Gdynia\nPoseł Piotr Zieliński\nPoseł na Sejm z okręgu Sopot",
        ["Jan Maria Kowalski", "Anna Maria Nowak", "Piotr Zieliński"],
        marks=pytest.mark.xfail(strict=True, reason="a function word before a long name keeps only its last two words")),
]


@pytest.mark.parametrize(("block", "expected"), MEMBERS_OVER_SEATS)
def test_titled_members_over_their_seats(block: str, expected: list[str]) -> None:
    assert [name for name, _ in signers(_MEMBERS_BODY + block)] == expected


def test_titled_names_one_a_line_stay_one_signer_each() -> None:
    block = "Signed by:\nHon. Dr Mary Anne Olu Adeyemi\nHon. Peter Kwame Mensah\nDr. Grace Ama Serwaa Boateng\nTom Lind"
    assert [name for name, _ in signers(_MEMBERS_BODY + block)] == [
        "Mary Anne Olu Adeyemi", "Peter Kwame Mensah", "Grace Ama Serwaa Boateng", "Tom Lind"]


# The function first, then a name of three or four words (one entry a line under a heading).
FUNCTION_THEN_LONG_NAME = [
    ("Signé par :\nM. le député Jean Baptiste Marie Roux\nMme la députée Claire Anne Sophie Morel\nM. le député Paul Lefèvre",
     ["Jean Baptiste Marie Roux", "Claire Anne Sophie Morel", "Paul Lefèvre"]),
    ("Podpisali:\nPoseł dr hab. Jan Maria Kowalski\nPosłanka Anna Maria Nowak\nPoseł Piotr Zieliński",
     ["Jan Maria Kowalski", "Anna Maria Nowak", "Piotr Zieliński"]),
    ("Unterzeichnet von:\nBürgermeisterin Anna Lena Berg\nLandrat Karl Heinz Vogel\nStadträtin Jana Roth",
     ["Anna Lena Berg", "Karl Heinz Vogel", "Jana Roth"]),
    ("Firmado por:\nla diputada María José Ruiz Torres\nel senador Juan Carlos Pérez\nla alcaldesa Rosa Medina",
     ["María José Ruiz Torres", "Juan Carlos Pérez", "Rosa Medina"]),
    ("Signed by:\nCouncillor Mary Anne Adeyemi\nSenator Peter Kwame Mensah\nMayor Grace Boateng",
     ["Mary Anne Adeyemi", "Peter Kwame Mensah", "Grace Boateng"]),
]


@pytest.mark.parametrize(("block", "expected"), FUNCTION_THEN_LONG_NAME)
def test_a_function_before_a_long_name(block: str, expected: list[str]) -> None:
    assert [name for name, _ in signers(_MEMBERS_BODY + block)] == expected


def test_a_body_between_the_function_and_the_name_stays_in_the_role() -> None:
    # "of <place>", an acronym or a place after the function: the role's, not the name's
    block = "Signed by:\nMayor of Springfield John Smith\nchair of the NUJ Wales Anna Berg\nPresident Harbour Union Tom Lind"
    assert [name for name, _ in signers(_MEMBERS_BODY + block)][:2] == ["John Smith", "Anna Berg"]


# Two bodies, each alone on its line, right under the letter's closing place and date line: they sign it.
BODIES_UNDER_CLOSING_DATE = [
    ("Declaración sobre el mercado\n\nLas asociaciones vecinales rechazan el cierre del mercado de abastos anunciado "
     "por el ayuntamiento y piden un proceso de participación.\n\nCórdoba, 12 de abril de 2023.\n\n"
     "Asociación Vecinal La Fuensanta\nPlataforma Ciudadana del Sur\n",
     ["Asociación Vecinal La Fuensanta", "Plataforma Ciudadana del Sur"]),
    ("Joint statement on the ferry\n\nWe call on the harbour board to keep the winter ferry running between the "
     "islands and to publish the costs of every route.\n\nKirkwall, 3 March 2024\n\n"
     "Island Residents Association\nHarbour Workers Union\n",
     ["Island Residents Association", "Harbour Workers Union"]),
]


@pytest.mark.parametrize(("text", "expected"), BODIES_UNDER_CLOSING_DATE)
def test_two_bodies_under_the_closing_place_and_date_sign(text: str, expected: list[str]) -> None:
    assert [name for name, _role in signers(text)] == expected


def test_two_bodies_under_a_stamp_at_the_top_sign_nothing() -> None:
    text = ("Harbour news\n\nKirkwall, 3 March 2024\n\nIsland Residents Association\nHarbour Workers Union\n\n"
            "The harbour board met on Monday to discuss the winter timetable of the ferry between the islands.\n")
    assert signers(text) == []


LETTER = ("Open letter on the courts\n\nWe call on the judiciary to guarantee the independence of the courts and the rights "
          "of every citizen, whatever their political views.\n\n")
DASHED = "Tom Hale - Dr. Rita Moss - Eng. Paul Kerr - Ana Gil.\n"


@pytest.mark.parametrize("date_line", ["", "May 1993\n\n", "12 May 1993\n\n", "März 2024\n\n"])
def test_people_set_apart_by_hyphens_under_a_closing_formula_each_sign(date_line: str) -> None:
    text = f"{LETTER}Sincerely,\n{date_line}{DASHED}"
    assert signers(text) == [("Tom Hale", None), ("Rita Moss", "Dr."), ("Paul Kerr", "Eng."), ("Ana Gil", None)]


def test_a_name_and_its_role_after_a_hyphen_stay_one_signer() -> None:
    assert [name for name, _ in signers(f"{LETTER}Sincerely,\n\nAnna Berg - Chair of the Harbour Union\n")] == ["Anna Berg"]


def test_a_numbered_first_signer_whose_name_opens_like_a_month_is_no_date() -> None:
    text = ("Open letter on academic freedom\n\nWe, the undersigned scholars, call on the government to withdraw the bill "
            "that would place universities under ministerial control.\n\nSigned:\n\n1. Jane Roe, University of Leeds\n"
            "2. Tom Hale, University of York\n3. Ana Gil, King's College London\n")
    assert [name for name, _ in signers(text)] == ["Jane Roe", "Tom Hale", "Ana Gil"]
    assert stmtkit.parse(text).dateline is None


def test_a_bulleted_run_of_signers_under_the_letters_own_date_signs_the_page_going_on_below() -> None:
    text = ("12/05/2024 10:15\n\nLetter of the harbour towns on the ferry\n\n"
            "We call on the regional government to keep the winter ferry running between the islands and to publish "
            "the costs of every route before the summer.\n\nHarbourside, 11 May 2024\n\n"
            "  • Anna Berg, Mayor of Harbourside\n  • Tom Lind, Mayor of Eastport\n  • Eva Holm, Mayor of Northcliff\n\n"
            "Share this article\nRelated: Ferry timetable for the summer published on 2 May 2024 at 09:00\n")
    assert [name for name, _ in signers(text)] == ["Anna Berg", "Tom Lind", "Eva Holm"]


# Signers closing a letter as "Name Function" lines, the scrape having dropped the comma between them.
RUN_ON_SIGN_OFFS = [
    ("The Riverbank Trust has written to the county council about the two crossings on the valley road.\n\n"
     "We urge the council to fund both crossings this year, before another winter of dark school runs.\n\n"
     "Mara Quill Chief executive Riverbank Trust\n",
     [("Mara Quill", "Chief executive Riverbank Trust")]),
    ("Zarząd Związku Gmin Doliny prosi mieszkańców o liczny udział w głosowaniu nad budżetem gminy.\n\n"
     "Jesteśmy przekonani, że mieszkańcy doliny pokażą, jak ważna jest dla nich wspólna sprawa.\n\n"
     "Janina Wróbel Wiceprzewodnicząca Zarządu ZGD\nTomasz Kołek Przewodniczący Zarządu ZGD\n",
     [("Janina Wróbel", "Wiceprzewodnicząca Zarządu ZGD"), ("Tomasz Kołek", "Przewodniczący Zarządu ZGD")]),
    # Italian says "we" in the verb alone ("chiediamo")
    ("Lettera aperta sulla biblioteca di quartiere\n\n"
     "Chiediamo al Comune di riaprire la biblioteca del quartiere prima dell'inverno, perché i ragazzi non hanno dove leggere.\n\n"
     "Mario Rossi Presidente Comitato Genitori\n",
     [("Mario Rossi", "Presidente Comitato Genitori")]),
]


@pytest.mark.parametrize(("text", "expected"), RUN_ON_SIGN_OFFS)
def test_names_run_into_their_functions_under_the_last_sentence_sign_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert signers(text) == expected


def test_a_report_closing_on_a_name_and_function_is_not_signed() -> None:
    # no "we", no salutation, no document label: a report naming its source last, not a sign-off
    report = ("The county council met on Tuesday to discuss the two crossings on the valley road.\n\n"
              "Work on both is expected to start in the spring, a spokesman said.\n\n"
              "Mara Quill Chief executive Riverbank Trust\n")
    assert signers(report) == []
    # a sentence closing the text is no signer however it opens
    letter = RUN_ON_SIGN_OFFS[0][0].replace("Mara Quill Chief executive Riverbank Trust",
                                            "Mara Quill Chief executive of the trust will attend the meeting.")
    assert signers(letter) == []


def test_a_signer_over_the_letters_enclosures_signs_though_the_enclosure_follows() -> None:
    enclosure = "\n".join(f"Paragraph {n} of the enclosed statement on the river crossings goes on here at length." for n in range(1, 16))
    for heading, formula in (("Enclosures:", "Yours sincerely"), ("Anlagen:", "Mit freundlichen Grüssen")):
        letter = ("Dear members,\nplease find the joint statement of the four associations enclosed.\n"
                  f"We ask you to forward it to your local branches.\n{formula}\nKarl v. der Linde\n{heading}\n"
                  "1. Joint statement of the four associations\n2. Letter to the county council\n"
                  f"Enclosure 1:\nJoint statement\n{enclosure}\n")
        assert signers(letter) == [("Karl v. der Linde", None)]
    # the same formula with the page's next story below it and no such heading: no block
    story = letter.replace("Anlagen:\n", "")
    assert signers(story) == []


def test_a_body_alone_over_the_closing_place_and_date_signs() -> None:
    letter = ("Stanowisko Zarządu Związku Gmin Doliny w sprawie budżetu\n\n"
              "Związek Gmin Doliny od lat wspiera szkoły i biblioteki w całym powiecie.\n\n"
              "Wzywamy radnych, by w przyszłorocznym budżecie znalazły się pieniądze na nowe autobusy szkolne.\n\n"
              "Zarząd Związku Gmin Doliny\n\nNowy Targ, 12 marca 2024 r.\n")
    assert signers(letter) == [("Zarząd Związku Gmin Doliny", None)]


@pytest.mark.parametrize(("closing", "name"), [("Con una gran tristeza,", "Rosa Lagos"), ("With anger and hope,", "Jane Roe"),
                                               ("Avec toute notre colère,", "Odile Marchand")])
def test_a_closing_of_feeling_opened_by_with_over_the_name_signs(closing: str, name: str) -> None:
    letter = ("Nos dirigimos a usted porque la biblioteca del barrio lleva dos años cerrada y los chicos no tienen dónde leer.\n"
              f"Le pedimos que la reabra antes del invierno.\n{closing}\n{name}\n"
              "PD: Los chicos ya juntaron trescientas firmas en la plaza y se las llevaremos el lunes a primera hora.\n")
    assert signers(letter) == [(name, None)]


@pytest.mark.parametrize(("line", "role"), [("Jane Roe – Poet", "Poet"), ("Jane Roe — novelist", "novelist"),
                                            ("Trần Văn Bình – Nhà văn", "Nhà văn")])
def test_a_name_and_its_function_behind_a_dash_closing_a_letter(line: str, role: str) -> None:
    text = ("A letter to the poets' guild\n\nDear Madam,\n\nI am grateful to the guild for its prompt reply to "
            "my first letter, which I read with care last week.\n\nMy answer to your question is plain: I will not "
            "withdraw my name from the union.\n\nI wish you good health.\n\n" + line + "\n\nRiverton, 13 June 2014\n")
    doc = stmtkit.parse(text)
    assert doc.signatures is not None
    assert [(s.name, s.role) for s in doc.signatures.signatories] == [(line.split(" –")[0].split(" —")[0], role)]
