"""Boilerplate kinds, by shape and by per-language words, kept as data in the record."""

from __future__ import annotations

import pytest
from generated_modules import checked_in, generated

import stmtkit
from stmtkit.stages.boilerplate import classify

KINDS = [
    # share and print buttons in more languages, a scrape's bullet before one
    ("• 기사보내기", "share"),
    ("· Print", "print"),
    ("Udostępnij", "share"),
    ("Chia sẻ", "share"),
    ("印刷", "print"),
    # a petition site's button to sign, in more languages
    ("Podepsat tuto petici", "call-to-action"),
    # a footer's links to the site's own pages, shaped as names ("About Us"), and a printed page's counter
    ("About Us | Contact Us | Privacy Policy", "navigation"),
    ("Über uns | Impressum | Datenschutz", "navigation"),
    ("Page 1 of 2", "site-chrome"),
    ("Seite 2 von 5", "site-chrome"),
    ("Sign this petition", "call-to-action"),
    ("Teken de petitie", "call-to-action"),
    ("Підписати петицію", "call-to-action"),
    # lone markers
    ("#", "scrape-marker"),
    ("*", "scrape-marker"),
    ("|", "scrape-marker"),
    ("###", "scrape-marker"),
    ("* * *", "scrape-marker"),
    ("**********************************", "scrape-marker"),
    # wire desk codes
    ("-0-", "desk-code"),
    ("-05D-", "desk-code"),
    # tickers and widgets
    ("En transaction", "site-chrome"),
    ("+27 °C", "widget"),
    ("Bakı +27°C", "widget"),
    ("| 18,5 °C |", "widget"),
    ("USD 1.7000", "widget"),
    ("EUR/USD 1,0845 ▲", "widget"),
    ("$ 1.70  € 1.85", "widget"),
    ("3 min read", "widget"),
    ("1 234 views", "widget"),
    ("Просмотров: 1520", "widget"),
    ("ENDS", "site-chrome"),
    ("-30-", "desk-code"),
    ("# # #", "scrape-marker"),
    # a page template's placeholder left unfilled
    ("{BANNER_ID-4}", "scrape-marker"),
    ("{{ footer_links }}", "scrape-marker"),
    ("{% block sidebar %}", "scrape-marker"),
    ("${related_posts}", "scrape-marker"),
    ("Follow us on Facebook", "share"),
    # one share button a line: a preposition, the platform and the verb, in any order
    ("Bei Facebook teilen.", "share"),
    ("Auf X teilen", "share"),
    ("Partager sur LinkedIn", "share"),
    ("Condividi su WhatsApp", "share"),
    ("Sign up for our daily briefing", "subscribe"),
    ("Photo credit: Anna Berg", "site-chrome"),
    # share / print / subscribe / read more / related / tags / comments
    ("Share", "share"),
    ("Partager", "share"),
    ("Поделиться", "share"),
    ("Paylaş", "share"),
    ("Print this page", "print"),
    ("Версия для печати", "print"),
    ("Subscribe", "subscribe"),
    ("Abonnez-vous", "subscribe"),
    ("Read more", "read-more"),
    ("Weiterlesen", "read-more"),
    ("Читать далее", "read-more"),
    ("Lire aussi", "related"),
    ("Read more: Farmers protest new fees", "related"),
    ("Читайте также:", "related"),
    ("Tags: water, environment", "tags"),
    ("Etiketler: su, çevre", "tags"),
    ("Теги: вода", "tags"),
    ("Comments", "comments"),
    ("Kommentare", "comments"),
    ("Şərhlər", "comments"),
    # cookies and copyright
    ("We use cookies to improve your experience. Accept", "cookie"),
    ("Diese Website verwendet Cookies.", "cookie"),
    ("© Народ Инфо, 2007-2008", "copyright"),
    ("Copyright 2024 Delta Daily", "copyright"),
    ("(c) 2024 Delta Daily", "copyright"),
    ("Delta Daily 2024. All rights reserved.", "copyright"),
    # navigation and menus
    ("English  Español  Français", "navigation"),
    ("Home | News | Politics | Contact", "navigation"),
    ("Home › World › Europe", "navigation"),
    ("Главная | Новости | Общество", "navigation"),
    # a printed or fetched copy's note and a server's footer stamp
    ("Printed from www.example.org on 5 December 2026, 10:15", "site-chrome"),
    ("Page generated 2026-12-05 10:00:12", "site-chrome"),
    # two account links in a row, each a known chrome line
    ("Log in | Register", "navigation"),
    ("Anmelden | Registrieren", "navigation"),
    # a petition's counter, and the share count in thousands
    ("1,208 of 2,000 signatures", "widget"),
    ("1.2K shares", "widget"),
    ("top of page", "site-chrome"),
    # common widgets in more languages
    ("Мы в соцсетях:", "share"),
    ("ВКонтакте Одноклассники Телеграм", "share"),
    ("Send by email", "share"),
    ("Artikel drucken", "print"),
    ("Previous article", "related"),
    ("Article suivant", "related"),
    ("Следующая статья", "related"),
    ("Önceki Haber", "related"),
    ("Artigos relacionados", "related"),
    ("Czytaj więcej", "read-more"),
    ("Читати далі", "read-more"),
    ("Kommentar schreiben", "comments"),
    ("Back to top", "site-chrome"),
    ("Retour en haut", "site-chrome"),
    ("Strona główna", "site-chrome"),
    ("Головна", "site-chrome"),
    ("Iniciar sesión", "site-chrome"),
    ("Alle akzeptieren", "site-chrome"),
    ("Загрузка...", "site-chrome"),
    ("Font size", "site-chrome"),
    ("Author archives: Jane Doe", "site-chrome"),
    ("Lesezeit: 3 Min.", "site-chrome"),
    # a menu's entries set apart by runs of spaces alone, or by a capital I standing for a bar
    ("Nyheter  Politik  Ekonomi  Kultur  Sport", "navigation"),
    ("Back to the list All  World  Business  Culture  Sport", "navigation"),
    ("HOME   I   ABOUT US   I   CONTACT   I   SHOP", "navigation"),
]


@pytest.mark.parametrize(("text", "kind"), KINDS, ids=[k[0][:30] for k in KINDS])
def test_kinds_by_shape_and_by_words(text: str, kind: str) -> None:
    assert classify(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "We demand justice.",
        "Share prices fell after the announcement, the agency reported on Monday.",
        "The statement on cookies and privacy was read out by the chair.",
        "(c) the state shall guarantee the right to assembly;",  # an item of an (a) (b) (c) list
        "Anna Berg",
        "1. Publish the study",
        "Paris, le 27 mai 2024",
        "Wir fordern: mehr Geld | mehr Zeit",
        "Anna Berg · Tom Lind · Eva Holm · Ole Dahl",  # signers in a row, set apart as a menu's entries are
        "12 views of the river were painted by the children.",
        "Sign up for the hearing by writing to the council before Friday, as the law allows.",
        "Xing Li",
        "Mail to the mayor",
        # braces around words of a sentence or a name, not a template's identifier
        "{Anna Berg}",
        "Write to {mayor} before Friday",
        "{{a}} and {{b}} were filled in by hand",
        # two entries of a slogan, not two account links; signatures counted in a sentence
        "Peace | Justice",
        "2024 signatures of shame in Parliament",
        # names in a row set apart by spaces: two words each, no menu
        "Jan Novák  Petr Dvořák  Eva Malá  Karel Veselý  Jana Horká",
        "Oslo  Bergen  Trondheim  Stavanger",  # four entries
    ],
)
def test_content_is_not_boilerplate(text: str) -> None:
    assert classify(text) is None


def test_boilerplate_is_kept_as_data_with_its_lines() -> None:
    text = "Headline of the day\n\nThe statement text.\n\n#\n#\n\nEn transaction\nShare\n"
    doc = stmtkit.parse(text).to_dict()
    assert doc["boilerplate"] == [
        {"kind": "scrape-marker", "text": "#", "lines": [5, 5]},
        {"kind": "scrape-marker", "text": "#", "lines": [6, 6]},
        {"kind": "site-chrome", "text": "En transaction", "lines": [8, 8]},
        {"kind": "share", "text": "Share", "lines": [9, 9]},
    ]
    assert [p["text"] for p in doc["body"]] == ["The statement text."]


def test_a_menu_above_the_headline_one_entry_a_line() -> None:
    text = "Home\nNews\nWorld\nContact\n\nResidents ask the council to keep the library open\n\nThe text.\n"
    doc = stmtkit.parse(text).to_dict()
    assert doc["boilerplate"] == [{"kind": "navigation", "text": "Home News World Contact", "lines": [1, 4]}]
    assert doc["title"] == "Residents ask the council to keep the library open"


def test_a_menu_whose_entries_stand_a_blank_line_apart_is_navigation() -> None:
    entries = ["Home page", "Politics", "Economy", "Society", "Culture", "Sport", "Science"]
    text = "\n\n".join(entries) + "\n\nResidents ask the council to keep the library open\n\nThe text goes on here.\n"
    doc = stmtkit.parse(text).to_dict()
    assert doc["boilerplate"][0]["kind"] == "navigation" and doc["boilerplate"][0]["lines"] == [1, 13]
    assert doc["title"] == "Residents ask the council to keep the library open"


def test_names_a_blank_line_apart_over_a_letter_are_no_menu() -> None:
    text = ("Jane Roe\n\nTom Hale\n\nAna Pop\n\nResidents ask the council to keep the library open\n\n"
            "We write to ask the council to keep the library open.\n")
    assert all(b["kind"] != "navigation" for b in stmtkit.parse(text).to_dict()["boilerplate"])


def test_a_repeated_paragraph_is_boilerplate_the_first_is_kept() -> None:
    para = "The library is the only place in town where people can read and work for free."
    doc = stmtkit.parse(f"Headline of the day\n\n{para}\n\nWe ask you to keep it.\n\n{para}\n").to_dict()
    assert [p["lines"] for p in doc["body"]] == [[3, 3], [5, 5]]
    assert doc["boilerplate"] == [{"kind": "repeated", "text": para, "lines": [7, 7]}]


def test_a_stray_letter_at_the_very_end() -> None:
    doc = stmtkit.parse("Headline of the day\n\nThe text.\n\n(AGENCY)\nG\n").to_dict()
    assert doc["boilerplate"][-1] == {"kind": "scrape-marker", "text": "G", "lines": [6, 6]}


def test_short_lines_far_below_the_text_are_a_widget_of_other_news() -> None:
    text = "The association published its statement today.\n\nAGENCY\n" + "\n" * 12 + "Other headline of the day VIDEO\nAnother headl\n"
    doc = stmtkit.parse(text).to_dict()
    assert doc["boilerplate"] == [
        {"kind": "related", "text": "Other headline of the day VIDEO Another headl", "lines": [16, 17]}
    ]


def test_a_signature_block_after_a_gap_is_not_a_widget() -> None:
    text = "Headline of the day\n\nWe protest.\n" + "\n" * 12 + "Signed by:\n- Anna Berg\n- Jonas Weiss\n"
    doc = stmtkit.parse(text)
    assert [s.name for s in doc.signatories] == ["Anna Berg", "Jonas Weiss"]
    assert doc.boilerplate == ()


@pytest.mark.parametrize("site", ["report.az", "www.delta-daily.com", "https://narodinfo.example.ru/"])
def test_a_bare_domain_above_the_headline_is_the_site_name(site: str) -> None:
    doc = stmtkit.parse(f"{site}\n\nResidents ask the council to keep the library open\n\nThe text.\n").to_dict()
    assert doc["boilerplate"] == [{"kind": "site-chrome", "text": site, "lines": [1, 1]}]
    assert doc["title"] == "Residents ask the council to keep the library open"


def test_a_link_further_down_is_content() -> None:
    text = "Headline of the day\n\nSign the petition at\n\nexample.org\n\nThank you.\n\nMore text here.\n"
    assert stmtkit.parse(text).boilerplate == ()


def test_a_document_label_above_a_headline_is_boilerplate_but_alone_it_is_the_title() -> None:
    import stmtkit

    labelled = stmtkit.parse("Pressemitteilung\n\nBerlin, den 4. März 2024\n\nVerbände fordern ein Tempolimit\n\nText folgt hier.\n")
    assert labelled.title is not None and labelled.title.text == "Verbände fordern ein Tempolimit"
    assert [(b.kind, b.text) for b in labelled.boilerplate] == [("document-label", "Pressemitteilung")]
    alone = stmtkit.parse("Open letter\n\nWe, the residents of Elm Street, ask the council to keep the library open.\n")
    assert alone.title is not None and alone.title.text == "Open letter"
    assert alone.boilerplate == ()


def test_press_release_furniture_is_named_in_german_too() -> None:
    text = (
        "Verbände fordern mehr Nachtbusse\n\n"
        "Die Verbände fordern den Senat auf, die Nachtbusse in den Außenbezirken wieder fahren zu lassen.\n\n"
        "Der Senat soll bis zum Sommer entscheiden.\n\n"
        "Über den Fahrgastverband Nord\n"
        "Der Fahrgastverband Nord vertritt seit 1990 die Interessen der Fahrgäste im Norden der Stadt.\n\n"
        "Pressekontakt:\nJana Beck\npresse@fahrgast.example\n\n"
        "Facebook | X | WhatsApp\nKommentare (12)\nAnmelden, um zu kommentieren\n"
    )
    doc = stmtkit.parse(text)
    assert sorted((b.kind, b.lines) for b in doc.boilerplate) == [
        ("about", (7, 8)), ("comments", (15, 15)), ("comments", (16, 16)), ("contact", (10, 12)), ("share", (14, 14))
    ]
    assert [p.text for p in doc.body][-1] == "Der Senat soll bis zum Sommer entscheiden."


def test_an_about_heading_over_names_stays_the_statements_own() -> None:
    text = (
        "Open letter on the harbour\n\nWe ask the council to keep the harbour open to small boats.\n\n"
        "Most of the fleet would otherwise have to leave town for good, and the boatyards with it.\n\n"
        "About the signatories\nAnn Lee\nTom Reyes\n"
    )
    assert not [b for b in stmtkit.parse(text).boilerplate if b.kind == "about"]


@pytest.mark.parametrize(
    ("heading", "lang"),
    [("Kontakt dla mediów: Biuro prasowe", "pl"), ("İletişim: Basın bürosu", "tr"), ("Kapcsolat: Sajtóiroda", "hu"),
     ("Контакти: прес-служба", "uk"), ("Επικοινωνία: Γραφείο Τύπου", "el"), ("Narahubung: Biro pers", "id")],
)
def test_a_contact_footer_takes_its_long_address_line_with_a_phone_number(heading: str, lang: str) -> None:
    # The address, phone and e-mail on one long line still belong to the contact heading above them.
    address = "Long Street 14, second floor, 35210 Harbour Town, Phone: (0232) 555 01 02, E-mail: press at example dot org"
    text = f"Headline of the appeal\n\nThe text of the appeal, in a sentence or two, asking for a change.\n\n{heading}\n{address}\n"
    doc = stmtkit.parse(text, languages=[lang])
    assert [(b.kind, b.lines) for b in doc.boilerplate] == [("contact", (5, 6))]


def test_a_long_line_without_a_phone_or_an_e_mail_is_no_contact_line() -> None:
    sentence = "The press office answers every question about the appeal and the way it was drafted, in any language asked."
    doc = stmtkit.parse(f"Headline of the appeal\n\nThe text of the appeal.\n\nContact: press office\n{sentence}\n")
    assert [(b.kind, b.lines) for b in doc.boilerplate] == [("contact", (5, 5))]


def test_the_folded_structure_words_are_fresh() -> None:
    assert generated("gen_folded_words", "structure_module") == checked_in("stmtkit/data/folded_structure.py"), (
        "run scripts/gen_folded_words.py and commit stmtkit/data/folded_structure.py"
    )


@pytest.mark.parametrize(
    "label",
    ["Persverklaring", "Datganiad i'r wasg", "Kenyataan media", "Taarifa kwa vyombo vya habari", "Заява", "Bayonot",
     "Fréttatilkynning", "Мәлімдеме", "Pahayag"],
)
def test_document_labels_in_more_languages_stand_over_the_headline(label: str) -> None:
    doc = stmtkit.parse(f"{label}\n\nHarbour families ask the council to reopen the school libraries\n\nThe text follows here.\n")
    assert doc.title is not None and doc.title.text == "Harbour families ask the council to reopen the school libraries"
    assert [(b.kind, b.text) for b in doc.boilerplate] == [("document-label", label)]


@pytest.mark.parametrize("source", ["Источник: http://news.example/item/12", "Sursa: Gazeta Portului, 4 martie 2024", "Fuente: Diario del Puerto",
                                    "Джерело: harbour.example", "Sumber: Harian Pelabuhan"])
def test_the_source_line_closing_a_reprinted_text_is_chrome(source: str) -> None:
    doc = stmtkit.parse(f"Parents ask the council to reopen the school libraries\n\nThe parents wrote to the council this week.\n\n{source}\n")
    assert [(b.kind, b.text) for b in doc.boilerplate] == [("site-chrome", source)]


@pytest.mark.parametrize("label", ["Advertisement", "Anzeige", "Реклама", "Publicidad"])
def test_an_ad_slots_label_over_the_headline_leaves_the_headline_the_title(label: str) -> None:
    text = (f"{label}\n\nParents ask the council to reopen the school libraries\n\n"
            "HARBOUR CITY - Parents from four schools have written to the council asking it to reopen the libraries.\n")
    assert stmtkit.parse(text).title.text == "Parents ask the council to reopen the school libraries"


def test_the_sites_clock_among_its_menus_entries_is_part_of_the_menu() -> None:
    text = ("• Advertising\n• Contact\n13:03, Saturday, 5 July 2025\n• News\n• Business\n• Culture\n\n"
            "Residents of the harbour district ask the council to keep the library open\n\n14:52 23.05.2024\n\n"
            "Residents of the harbour district handed a letter to the council on Thursday, asking it to keep the "
            "library open on Saturdays.\n")
    doc = stmtkit.parse(text)
    assert [(b.kind, b.lines) for b in doc.boilerplate] == [("navigation", (1, 6))]
    assert doc.title is not None and doc.title.lines == (8, 8)
    assert doc.dateline is not None and doc.dateline.datetime is not None and doc.dateline.datetime.isoformat() == "2024-05-23T14:52:00"


def test_a_letters_date_line_under_short_header_lines_is_no_clock() -> None:
    text = ("Harbour festival\n118/2024\n12.06.2024\nTO THE MAYOR'S OFFICE\n"
            "Our association asks that the harbour festival be held again this summer after two years without it.\n")
    doc = stmtkit.parse(text)
    assert doc.dateline is not None and doc.dateline.lines == (3, 3)


def test_a_bulleted_menu_printed_twice_is_navigation_both_times() -> None:
    menu = "  • Home\n  • News\n    • Town\n    • Harbour\n  • Sport\n  • Culture\n"
    text = ("Harbour Post\n" + menu + "No results\nSee all the results\n" + menu + "Harbour Post\n\n"
            "Readers ask the council to keep the library open\n\nBy Anna Berg\n15/06/2023\n\n"
            "A group of readers wrote to the council on Tuesday asking it to keep the harbour library open.\n")
    doc = stmtkit.parse(text)
    assert not doc.lists
    navigation = [b.lines for b in doc.boilerplate if b.kind == "navigation"]
    assert len(navigation) == 2 and navigation[1][0] > navigation[0][1]


def test_dated_teasers_around_a_line_taken_already_leave_it_its_owner() -> None:
    # Hypothesis found it: a scrape's marker between the teasers and their dates was claimed twice.
    text = ("statement\n\nstat\n27 mai 2024 17:59 (UTC +04:00)\n#\nstatement\n27 mai 2024 17:59 (UTC +04:00)\n"
            "BAKU, May 27 (APA) —\n27 mai 2024 17:59 (UTC +04:00)")
    doc = stmtkit.parse(text)
    kinds = {piece.kind for piece in doc.boilerplate}
    assert {"related", "scrape-marker"} <= kinds


@pytest.mark.parametrize("heading", ["Tags", "Schlagworte", "Etiquetas", "Теги"])
def test_a_tags_heading_alone_takes_the_tags_one_a_line_below_it(heading: str) -> None:
    text = ("Residents ask the council to keep the harbour library open\n\nLEEDS, May 14 (Ledger) - Residents asked the"
            " council on Sunday to keep the harbour library open on weekends, citing long queues.\n\n"
            f"{heading}\n\n- library\n- council\n- Leeds\n")
    doc = stmtkit.parse(text)
    assert not doc.lists
    assert [(piece.kind, piece.lines) for piece in doc.boilerplate][-2:] == [("tags", (5, 5)), ("tags", (7, 9))]


@pytest.mark.parametrize("heading", ["More from Local News", "Mehr aus dem Ressort"])
def test_a_more_from_heading_alone_takes_the_other_pages_headlines_under_it(heading: str) -> None:
    text = ("Residents ask the council to keep the harbour library open\n\nLEEDS, May 14 (Ledger) - Residents asked the"
            " council on Sunday to keep the harbour library open on weekends, citing long queues.\n\n"
            f"{heading}\n\n* Council to cut library hours\n* New ferry timetable announced\n* Storm closes the coast road\n")
    doc = stmtkit.parse(text)
    assert not doc.lists
    assert [piece.kind for piece in doc.boilerplate][-2:] == ["related", "related"]


@pytest.mark.parametrize("heading", ["Новости по теме", "Материалы по теме", "Новини за темою"])
def test_a_news_on_the_topic_heading_under_the_story_is_related_furniture_and_signs_nothing(heading: str) -> None:
    text = ("Стороны объявили о перемирии\n\nВчера вечером стороны объявили о прекращении огня. Соглашение раньше "
            f"подписали представители трёх сторон в Женеве.\n\n{heading}\n\nНаписать в редакцию\n\nВаше сообщение отправлено\n")
    doc = stmtkit.parse(text)
    assert doc.signatures is None and any(piece.kind == "related" for piece in doc.boilerplate)


@pytest.mark.parametrize("call", ["הוסיפו את חתימתכם", "חתמו על העצומה"])
def test_a_petitions_call_to_sign_in_hebrew_is_no_signer(call: str) -> None:
    text = ("עצומה לפתיחת הספרייה בשבת\n\nאנו, תושבי השכונה, מבקשים מהעירייה לפתוח את הספרייה בשבתות ולהעסיק בה צוות קבוע."
            f"\n\nבתקווה לימים טובים יותר.\n\n{call}\n\nשולחים חתימה, המתינו\n\nציר הזמן של העצומה\n")
    doc = stmtkit.parse(text)
    assert doc.signatures is None and any(piece.kind == "call-to-action" for piece in doc.boilerplate)
