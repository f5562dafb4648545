"""Headlines under a site's own lines: account links, a tagline over a rubric, a domain and stamp line below.

The golden files ``tests/fixtures/title-*.txt`` named in each test hold the longer cases.
"""

from __future__ import annotations

import pytest

import stmtkit
from conftest import FIXTURES

LEDE = "\n\nThe council voted on Tuesday to keep the old harbour library open on weekends after a long campaign.\n"


def headline(text: str | bytes) -> str | None:
    title = stmtkit.parse(text).title
    return title.text if title is not None else None


def title_of(name: str) -> str | None:
    return headline((FIXTURES / f"{name}.txt").read_bytes())


def test_account_links_above_the_headline_are_site_chrome() -> None:
    assert title_of("title-uk-account-links-above-headline") == "Волонтери прибрали береги річки в трьох громадах області"


@pytest.mark.parametrize("link", [
    "Not a member yet? Register now", "Forgot your password?", "Mot de passe oublié ?", "Passwort vergessen?",
    "¿Olvidaste tu contraseña?", "Şifremi unuttum", "Zaloguj się", "Ещё не с нами? Зарегистрируйтесь",
])
def test_an_account_link_is_no_headline(link: str) -> None:
    text = f"{link}\n\nLibrary stays open on weekends\n12 May 2024{LEDE}"
    assert headline(text) == "Library stays open on weekends"


def test_a_headline_naming_registration_is_still_a_headline() -> None:
    assert headline(f"Registration opens for the harbour marathon\n12 May 2024{LEDE}") == (
        "Registration opens for the harbour marathon")


def test_a_headline_over_a_line_opening_with_the_site_domain_does_not_run_on() -> None:
    assert title_of("title-ru-breadcrumb-headline-over-domain-stamp") == (
        "В городе открылась новая библиотека для детей -- мэрия")


def test_a_site_tagline_over_a_rubric_and_the_headline_is_no_headline() -> None:
    assert title_of("sig-en-closing-mid-page-name-role-email") == (
        "Letter to the board asking for an independent inquiry into the lab affair")
    text = ("Diario del Puerto\nIndependiente desde 1990\n\nCultura\n\nLa biblioteca del puerto abrirá los fines de semana"
            "\n\nMADRID, 12 may (Agencia) - El ayuntamiento votó el martes mantener abierta la biblioteca del puerto.\n")
    assert headline(text) == "La biblioteca del puerto abrirá los fines de semana"


@pytest.mark.parametrize(("top", "under"), [
    ("The Harbour Courier", "Home | News | Politics | Culture | Sport"),
    ("Skip to main content\nLe Courrier du Port", "Menu\nRecherche\nS'abonner"),
    ("Hafenbote", "Startseite | Politik | Kultur | Sport"),
    ("Портовый вестник", "Главная | Новости | Политика | Спорт"),
])
def test_a_site_name_between_menus_is_not_the_headline(top: str, under: str) -> None:
    assert headline(f"{top}\n{under}\nCouncil keeps the harbour library open on weekends\n12 May 2024{LEDE}") == (
        "Council keeps the harbour library open on weekends")


def test_a_short_headline_over_a_share_row_is_still_the_headline() -> None:
    text = f"Library stays open\nShare on Facebook | Share on X | Email\n12 May 2024{LEDE}"
    assert headline(text) == "Library stays open"


def test_a_campaigns_lone_hashtag_repeated_on_the_page_is_no_headline() -> None:
    text = ("Keep the library open\nJoin us\n\n#KEEPTHELIBRARYOPEN\n\nOpen letter on the harbour library\n\n"
            "We publish the letter and the list of its supporters here.\n\n#KeepTheLibraryOpen" + LEDE)
    assert headline(text) == "Open letter on the harbour library"


def test_a_letters_inside_address_between_its_date_and_salutation_is_no_headline() -> None:
    letter = ("Monday 3 March, 2025\nBoard of Governors\nHarbour College\nDr Anna Berg\nPrincipal, Harbour College\n"
              "Dear Governors\nDear Principal Berg\nWe write to ask you to keep the college library open "
              "on weekends, as hundreds of students have asked in the last month.\n")
    assert headline(letter) is None
    # a line naming the document between the date and the salutation is the letter's title
    titled = letter.replace("Dr Anna Berg\nPrincipal, Harbour College\n", "Open letter on the college library\n")
    assert headline(titled) == "Open letter on the college library"


def test_two_bodies_names_run_together_are_the_letterhead_not_the_headline() -> None:
    text = ("Právnická fakultaUniverzita Severné Mesto\n\nVYHLÁSENIE SOLIDARITY S KONZERVATÓRIOM\n\n"
            "Vedenie fakulty vyjadruje podporu konzervatóriu v Severnom Meste.\n\n12. 03. 2024 10.15 hod.\n\n"
            "Rada mesta v utorok rozhodla, že stará knižnica pri prístave zostane otvorená aj cez víkend.\n")
    assert headline(text) == "VYHLÁSENIE SOLIDARITY S KONZERVATÓRIOM"


def test_the_lines_over_the_sites_own_stamp_line_are_its_masthead() -> None:
    # the site's name, its tagline, then "domain | date": the headline stands under the stamp line
    text = ("Harbour Post\n\nthe town's online weekly\n\nHarbour Post (independent local magazine)\n\n"
            "harbour-post.example | Mon, 14.03.2022, 09:15\nReaders write to the council about the library\n\n"
            "A group of readers wrote to the council asking it to keep the harbour library open on weekends.\n")
    assert headline(text) == "Readers write to the council about the library"


@pytest.mark.parametrize("call", [
    "Follow the Harbour Gazette on", "Suivez-nous sur", "Folgen Sie dem Hafenblatt auf", "Síguenos en",
    "Theo dõi Báo Bến Cảng trên",
])
def test_a_call_to_follow_the_site_is_no_headline(call: str) -> None:
    text = f"{call}\n\nLibrary stays open on weekends\n12 May 2024{LEDE}"
    assert headline(text) == "Library stays open on weekends"


def test_a_headline_with_a_follow_verb_is_still_a_headline() -> None:
    assert headline(f"Follow the money on the harbour works\n12 May 2024{LEDE}") == "Follow the money on the harbour works"


def test_a_contact_line_whose_address_the_scrape_hid_is_no_headline() -> None:
    text = f"Write to the editors [email protected]\n\nLibrary stays open on weekends\n12 May 2024{LEDE}"
    assert headline(text) == "Library stays open on weekends"


def test_a_widgets_one_word_label_over_the_headline_is_no_body_text() -> None:
    text = ("piątek\n14\nmaj\nImieniny:\nAnna, Marek\nWiadomości\n\n"
            "Wójt: Biblioteka przy rynku zostaje otwarta w soboty\n\n"
            "Opublikowano: 14 maja 2021 o 10:15   /   Wiadomości\n\n"
            "Rada gminy zdecydowała we wtorek, że biblioteka przy rynku będzie otwarta także w soboty do końca roku.\n")
    assert headline(text) == "Wójt: Biblioteka przy rynku zostaje otwarta w soboty"


def test_a_towns_name_before_a_stamp_with_its_time_is_the_stamp_not_the_headline() -> None:
    text = ("date 2024-03 0\n\nVila Seca 12/03/2024 10:15 h\n\n"
            "El ayuntamiento ha suspendido todas las actividades culturales previstas para este fin de semana en la comarca.\n")
    doc = stmtkit.parse(text)
    assert doc.title is None
    assert doc.dateline is not None and doc.dateline.to_dict()["datetime"] == "2024-03-12T10:15:00"


@pytest.mark.parametrize("counter", ["You are on page 1 of 2", "Page 3", "Seite 2 von 5", "صفحه ۱۲"])
def test_a_page_counter_over_the_headline_is_no_headline(counter: str) -> None:
    text = f"{counter}\n\nLibrary stays open on weekends\n12 May 2024{LEDE}"
    assert headline(text) == "Library stays open on weekends"


def test_a_headline_naming_a_page_is_still_a_headline() -> None:
    assert headline(f"Page 3 of the budget goes missing\n12 May 2024{LEDE}") == "Page 3 of the budget goes missing"


@pytest.mark.parametrize("bar", ["Trending: Election 2024 | Weather | Traffic", "En ce moment : Élections | Météo | Trafic",
                                 "Im Fokus: Wahl 2024 | Wetter | Verkehr"])
def test_a_bar_of_the_days_topics_over_the_headline_is_site_chrome(bar: str) -> None:
    assert headline(f"{bar}\n\nLibrary stays open on weekends\n12 May 2024{LEDE}") == "Library stays open on weekends"


@pytest.mark.parametrize("masthead", ["La Voz de Puertollano", "Diario de Almería", "Correio do Minho"])
def test_a_papers_name_over_the_headline_is_its_masthead(masthead: str) -> None:
    text = f"{masthead}\n\nLa biblioteca del puerto abrirá los fines de semana\n\n12 de marzo de 2024{LEDE}"
    assert headline(text) == "La biblioteca del puerto abrirá los fines de semana"


@pytest.mark.parametrize("lede_opening", ["NASHIK: Hundreds of farmers", "NASHIK (PTI) - Hundreds of farmers"])
def test_the_ledes_place_set_over_it_is_a_kicker_not_the_headline(lede_opening: str) -> None:
    page = ('<!DOCTYPE html><html><head><title>Farmers block the highway | Site</title>'
            '<meta property="og:title" content="Farmers block the highway over water prices"></head><body><article>'
            f"<p>Nashik</p><p>{lede_opening} blocked the highway near the city on Tuesday to protest a rise in"
            " irrigation water prices, and police diverted the traffic for four hours.</p>"
            "<p>The district office said it would answer the farmers' demands within a week.</p></article></body></html>")
    assert headline(page.encode()) == "Farmers block the highway over water prices"


@pytest.mark.parametrize("trail", ["Главная / Новости", "Головна / Новини / Київ", "Accueil > Actualités"])
def test_a_trail_of_short_crumbs_from_the_home_link_over_the_headline_is_site_chrome(trail: str) -> None:
    text = f"{trail}\n\nHarbour library must stay open, residents say\n\n12 March 2024, 10:05{LEDE}"
    assert headline(text) == "Harbour library must stay open, residents say"


@pytest.mark.parametrize("body", ["Harbour Readers Association", "Asociación Vecinal del Puerto"])
def test_a_bodys_name_over_a_letter_with_no_subject_is_its_letterhead_no_headline(body: str) -> None:
    text = (f"{body}\n\nDear Mayor,\n\nWe write to ask you to keep the harbour library open on weekends.\n\n"
            "Sincerely,\nJane Doe\n")
    assert headline(text) is None


@pytest.mark.parametrize("note", ["Set your browser to Cyrillic (ISO-8859-5)", "Кодировка: windows-1251"])
def test_an_old_pages_note_of_its_character_set_over_the_headline_is_site_chrome(note: str) -> None:
    text = f"{note}\n\nHarbour library must stay open, residents say\n\n12 March 2024, 10:05{LEDE}"
    assert headline(text) == "Harbour library must stay open, residents say"


@pytest.mark.parametrize("account", ["Login", "Sign up", "Вход", "Einloggen", "Accedi"])
def test_an_account_link_alone_over_the_headline_is_site_chrome(account: str) -> None:
    text = f"{account}\n\nHarbour library must stay open, residents say\n\n12 March 2024, 10:05{LEDE}"
    assert headline(text) == "Harbour library must stay open, residents say"


@pytest.mark.parametrize("skip", ["Fara í efni", "Liigu sisu juurde", "Pāriet uz saturu"])
def test_a_skip_link_in_more_languages_is_site_chrome(skip: str) -> None:
    assert headline(f"{skip}\n\nHarbour library must stay open, residents say\n\n12 March 2024, 10:05{LEDE}") \
        == "Harbour library must stay open, residents say"


@pytest.mark.parametrize("kicker", ["Lecteurs en colère", "Harbour library", "Bibliothèque du port"])
def test_a_few_words_naming_the_subject_over_a_longer_headline_are_its_kicker(kicker: str) -> None:
    headline_text = "Deux cents lecteurs et bénévoles défendent l'ouverture du dimanche"
    text = (f"×\n\n{kicker}\n\n{headline_text}\n\nDans une lettre, près de 200 lecteurs appellent la mairie à garder la "
            "bibliothèque ouverte le dimanche.\n\n12 mars 2024\n")
    assert headline(text) == headline_text


def test_a_short_headline_printed_again_longer_below_stays_the_headline() -> None:
    text = ("Joint statement of the harbour unions\n\nJOINT STATEMENT OF THE HARBOUR UNIONS ON THE LIBRARY CLOSURE\n\n"
            "The harbour unions call on the council to keep the library open.\n")
    assert headline(text) == "Joint statement of the harbour unions"


@pytest.mark.parametrize("offer", ["Передплата 2025 «Історії нашого міста»", "Оформите подписку на газету «Порт»"])
def test_a_papers_subscription_offer_over_the_headline_is_site_chrome(offer: str) -> None:
    text = f"{offer}\n\nHarbour library must stay open, residents say\n\n12 March 2024, 10:05{LEDE}"
    assert headline(text) == "Harbour library must stay open, residents say"


@pytest.mark.parametrize("credit", ["Harbour Radio com Lusa", "The Valley Courier with AFP", "Redaktion mit dpa"])
def test_a_papers_credit_to_a_wire_under_the_headline_is_no_title(credit: str) -> None:
    text = (f"Mayor greeted by crowds outside the town hall\n\n| North\n{credit}\n\n"
            "Porto, 11 mar (Lusa) - The mayor left the town hall on foot and walked down to the square, where "
            "hundreds of people waited for him.\n\nThe police struggled to hold a line.\n")
    assert headline(text) == "Mayor greeted by crowds outside the town hall"


def test_a_contact_line_with_an_address_is_no_title() -> None:
    text = ("Harbour Workers' Union logo.\n\nPhone: 21 40 05 00 - E-mail: desk@harbour-union.example\n\n"
            "The union joins more than eighty local branches and was founded on 3 March 1921.\n\n"
            "12 May 2024\n\nThe union said the new rules would hurt thousands of workers.\n")
    assert headline(text) != "Phone: 21 40 05 00 - E-mail: desk@harbour-union.example"


def test_a_desks_name_and_its_counters_are_no_title() -> None:
    text = ("Teachers and parents present a joint declaration on school meals\n\nCity desk 0 945\n\n"
            "\"A call to keep the kitchens open in every school\"\n\n"
            "(Riverton= NEWSDESK) Teachers and parents presented a joint declaration on Tuesday at the city hall, "
            "asking the council to keep the school kitchens open.\n")
    assert headline(text) == "Teachers and parents present a joint declaration on school meals"


def test_a_sentences_end_quoted_in_small_letters_is_a_standfirst_not_the_headline() -> None:
    text = (" date 2024-05-14 newspaper\nGreece and 24 other countries condemn the plan for 3,400 homes on the hillside\n\n"
            "the council approved the plan known as E2, which provides for 3,400 new homes on the hillside east of "
            "the river\n\nSpotlight\n\nGreece and 24 other countries said today in a joint statement that they "
            "oppose the plan.\n\nRecall that the council approved the plan known as E2, which provides for "
            "3,400 new homes on the hillside east of the river.\n")
    assert headline(text) == "Greece and 24 other countries condemn the plan for 3,400 homes on the hillside"


def test_a_wires_slug_with_its_date_and_time_is_no_headline() -> None:
    text = ("NEWSDESK 112 14.03.1993. 09:40 PO\nUNIONS CALL FOR TALKS ON THE RAIL STRIKE\n"
            "RIVERTON, 14. ožujka (NEWSDESK) - The two unions called for talks on the rail strike in a joint\n"
            "statement on Sunday, saying the dispute had gone on for too long.\n")
    assert headline(text) == "UNIONS CALL FOR TALKS ON THE RAIL STRIKE"


def test_the_sites_tagline_over_its_name_day_clock_is_no_headline() -> None:
    text = ("News portal of the Riverton Press Agency\nSobota 14. marca 2026 Meniny má Matilda\n< section Riverton\n\n"
            "Mayors sign the joint declaration on the river ferry\n\nThe mayors at the signing. Photo: NEWSDESK\n\n"
            "Riverton 3. júna (NEWSDESK) - The mayors of five towns signed a joint declaration on the ferry on "
            "Wednesday.\n\nThe declaration has five points.\n")
    assert headline(text) == "Mayors sign the joint declaration on the river ferry"


def test_a_hotline_banner_with_an_international_phone_number_is_no_headline() -> None:
    text = ("Help for families of the missing +44 20 7946 0958 (calls and messages)\n\n"
            "Joint position of the coalition on the priorities for 2025\n\n"
            "The coalition of twenty organisations set out its joint position on the priorities for the coming year.\n")
    title = stmtkit.parse(text).title
    assert title is not None and title.text == "Joint position of the coalition on the priorities for 2025"
