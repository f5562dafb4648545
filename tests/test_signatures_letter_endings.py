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
