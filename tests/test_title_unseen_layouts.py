"""Title layouts met on pages never tuned on, each in several languages (texts in our own words)."""

from __future__ import annotations

import pytest

import stmtkit


def title(text: str) -> str | None:
    doc = stmtkit.parse(text)
    return doc.title.text if doc.title else None


@pytest.mark.parametrize(
    ("header", "headline", "lede"),
    [
        ("ПолитикаВыборы в городеОбновлено в 09:15", "Жители просят сохранить старый парк у реки",
         "Москва. 3 марта. АГЕНТСТВО - Жители района направили письмо мэру с просьбой сохранить парк."),
        ("WorldCity newsUpdated at 14:22", "Residents ask the mayor to keep the riverside park",
         "LONDON, March 3 (Agency) - Residents of the district wrote to the mayor asking him to keep the park."),
        ("RegionalesVerkehr in der StadtAktualisiert um 10:05", "Anwohner fordern den Erhalt des Parks am Fluss",
         "BERLIN (dpa) - Anwohner des Viertels haben dem Bürgermeister geschrieben und fordern den Erhalt des Parks."),
    ],
)
def test_a_header_whose_items_the_scrape_ran_together_is_chrome(header: str, headline: str, lede: str) -> None:
    # a rubric, a topic and an "updated" time joined with no space: two small-then-capital joins
    assert title(f"{header}\n\n{headline}\n\n{lede}\n\nThe letter is short.\n") == headline


def test_one_brand_name_with_a_capital_inside_is_no_join() -> None:
    headline = "Musicians ask YouTube to pay for the songs it plays"
    assert title(f"{headline}\n\nThe musicians wrote to the company on Monday, asking it to pay more.\n") == headline


@pytest.mark.parametrize(
    ("reference", "body", "names"),
    [
        ("Αρ. Πρωτ. 12 – 03/04/2022",
         "Ζητάμε την άμεση αποκατάσταση του δρόμου προς το χωριό, που έχει κλείσει εδώ και δύο μήνες, και καλούμε τον δήμο να δράσει.",
         "Γιάννης Παππάς – Πρόεδρος\nΜαρία Νικολάου – Γραμματέας"),
        ("Ref. No. 45 – 12/03/2021",
         "We ask for the road to the village to be repaired at once, as it has been closed for two months, and call on the council to act.",
         "John Smith – Chair\nMary Jones – Secretary"),
        ("Réf. n° 2021-07 – 07/12/2021",
         "Nous demandons la réparation immédiate de la route du village, fermée depuis deux mois, et appelons la mairie à agir.",
         "Jean Dupont – Président\nMarie Martin – Secrétaire"),
    ],
)
def test_a_reference_number_on_top_is_no_title(reference: str, body: str, names: str) -> None:
    # a letter's file number and date, then the letter: abbreviations and figures are metadata
    assert title(f"{reference}\n{body}\n{names}\n") is None


@pytest.mark.parametrize(
    ("byline", "standfirst", "body"),
    [
        (" date 2022-07 di Redazione Online",
         "Ai dieci sindaci che hanno firmato ieri si sono aggiunti altri cinque primi cittadini della provincia",
         "Cresce di ora in ora il numero dei sindaci che firmano la lettera al governo per chiedere fondi per le scuole."),
        ("By Staff Reporter",
         "Ten more mayors joined the call on Tuesday, among them the mayor of the port city and two from the hills",
         "The number of mayors signing the letter to the government asking for school funds grows by the hour."),
        ("Por Redacción Local",
         "Otros diez alcaldes se sumaron el martes al llamamiento, entre ellos el de la capital de la provincia",
         "Crece por horas el número de alcaldes que firman la carta al Gobierno para pedir fondos para las escuelas."),
    ],
)
def test_a_byline_is_no_title_nor_is_the_standfirst_under_it(byline: str, standfirst: str, body: str) -> None:
    # the scrape lost the headline: a byline, a standfirst and the body are left, and none is the title
    assert title(f"{byline}\n\n{standfirst}\n\n{body}\n\nMario Rossi - Bergamo\n\nLuca Bianchi - Como\n") is None


def test_the_headline_above_its_byline_stays_the_title() -> None:
    headline = "Ten more mayors join the call for school funds"
    text = f"{headline}\n\nBy Staff Reporter\n\nThe number of mayors signing the letter grows by the hour.\n"
    assert title(text) == headline


@pytest.mark.parametrize(
    ("label", "paper", "stamp", "rubric", "place", "salutation", "body"),
    [
        ("List otwarty", "GAZETA CODZIENNA", "Wtorek, 4 grudnia 2007, Nr 120 (3001)", "Dział: Opinie czytelników",
         "Kraków, dnia 1 grudnia 2007 r.", "Szanowny Pan Prezydent Miasta",
         "Zwracamy się z prośbą o ratowanie starego parku w naszej dzielnicy, który jest zagrożony budową."),
        ("Open letter", "THE DAILY COURIER", "Tuesday, 4 December 2007, No 120 (3001)", "Section: Readers views",
         "Leeds, 1 December 2007", "Dear Mayor",
         "We write to ask you to save the old park in our district, which is threatened by a building plan."),
        ("Offener Brief", "DER TAGESBOTE", "Dienstag, 4. Dezember 2007, Nr. 120 (3001)", "Rubrik: Leserbriefe",
         "Köln, den 1. Dezember 2007", "Sehr geehrter Herr Oberbürgermeister,",
         "wir bitten Sie, den alten Park in unserem Viertel zu retten, der durch einen Neubau bedroht ist."),
    ],
)
def test_a_label_repeated_over_the_letter_is_the_title_not_the_papers_name(
        label: str, paper: str, stamp: str, rubric: str, place: str, salutation: str, body: str) -> None:
    # the page's title, the paper's name and issue, a rubric, then the letter under the same label
    text = f"{label}\n\n{paper}\n{stamp}\n\n{rubric}\n\n{label}\n\n{place}\n\n{salutation}\n\n{body}\n"
    doc = stmtkit.parse(text)
    assert doc.title is not None and doc.title.text == label and doc.title.lines == (1, 1)
    assert [(b.kind, b.lines) for b in doc.boilerplate] == [("title-repeat", (8, 8))]


@pytest.mark.parametrize(
    ("menu", "headline", "stamp"),
    [
        (["Back To Top", "National", "Politics", "Business", "Culture", "Sports", "World", "Opinion"],
         "Farmers ask the region to keep the old irrigation canal open", "Published : May 27, 2024 - 10:15"),
        (["Nach oben", "Politik", "Wirtschaft", "Kultur", "Sport", "Welt", "Meinung", "Wissen"],
         "Bauern fordern den Erhalt des alten Bewässerungskanals", "Veröffentlicht: 27.05.2024, 10:15"),
        (["Haut de page", "Politique", "Économie", "Culture", "Sport", "Monde", "Opinion", "Sciences"],
         "Les agriculteurs demandent de garder le vieux canal ouvert", "Publié le 27 mai 2024 à 10h15"),
    ],
)
def test_a_menu_under_crawler_metadata_is_chrome_and_the_headline_below_it_is_found(
        menu: list[str], headline: str, stamp: str) -> None:
    # crawler metadata glued to the menu's first entry, then many entries a line, then the article
    entries = "\n".join(menu * 4)
    text = f"date 2024-05-27  {entries}\n\n{headline}\n\nBy Staff\n{stamp}\n\nThe farmers wrote to the region.\n"
    assert title(text) == headline


@pytest.mark.parametrize(
    ("skip", "headline", "stamp"),
    [
        ("رفتن به محتوای اصلی", "کشاورزان خواستار باز ماندن کانال قدیمی آبیاری هستند", "27.05.2024 - 10:15"),
        ("تخطى إلى المحتوى", "المزارعون يطالبون بإبقاء قناة الري القديمة مفتوحة", "27.05.2024 - 10:15"),
        ("콘텐츠로 건너뛰기", "농민들 옛 관개 수로 유지를 요구", "2024.05.27 10:15"),
    ],
)
def test_a_skip_link_in_another_script_is_chrome(skip: str, headline: str, stamp: str) -> None:
    assert title(f"{skip}\n\n{headline}\n{stamp}\n\nThe farmers wrote to the region.\n") == headline


@pytest.mark.parametrize(
    ("place", "to", "office", "name", "subject", "greeting", "body"),
    [
        ("Jakarta, 4 Desember 2016", "Kepada Yth", "Gubernur Provinsi", "Budi Santoso",
         "Perihal : Permohonan dialog tentang saluran irigasi lama", "Dengan Hormat,",
         "Kami menulis tentang saluran irigasi lama yang masih dibutuhkan oleh para petani di lembah ini."),
        ("Leeds, 4 December 2016", "To:", "Chair of the Regional Council", "Jane Roe",
         "Subject: A request to talk about the old irrigation canal", "Dear Chair,",
         "We write about the old canal, which the farmers of the valley need for another generation."),
        ("Kraków, 4 grudnia 2016", "Szanowny Pan", "Marszałek Województwa", "Jan Nowak",
         "Dotyczy: prośby o rozmowę w sprawie starego kanału", "Szanowny Panie Marszałku,",
         "Piszemy w sprawie starego kanału, którego rolnicy z doliny potrzebują także w przyszłości."),
    ],
)
def test_the_lines_under_a_letters_address_cue_are_no_title(
        place: str, to: str, office: str, name: str, subject: str, greeting: str, body: str) -> None:
    # a letter opening straight with its place and date, the address and the subject: no headline
    assert title(f"{place}\n{to}\n{office}\n{name}\n{subject}\n{greeting}\n{body}\n") is None


@pytest.mark.parametrize(
    ("headline", "under"),
    [
        # a Korean headline whose subject is a body's name, over the stamp; the body's name alone under it
        ("항구도서관시민모임 출범…도서관 주말 개방 촉구", "도서관 주말 개방을 위한 항구도서관시민모임"),
        ("港図書館市民の会が発足…週末開館を求める", "週末開館を求める港図書館市民の会"),
    ],
)
def test_a_caseless_headline_opening_with_a_bodys_name_is_no_letterhead(headline: str, under: str) -> None:
    text = (f"  • 공유하기\n\n{headline}\n\n등록 2023.05.14 10:05:31\n\n  • 이메일 보내기\n  • 프린터\n  • PDF\n\n{under}\n\n"
            "[부산=뉴시스] 김민수 기자 = 항구도서관 시민모임은 14일 기자회견을 열고 도서관의 주말 개방을 촉구했다고 밝혔다.\n")
    doc = stmtkit.parse(text)
    assert doc.title is not None and doc.title.text == headline
    assert not doc.lists  # the share and print buttons under the headline are the page's, no list


@pytest.mark.parametrize("glue", ["-", "|"])
def test_a_sites_name_glued_to_the_headline_copy_is_cut(glue: str) -> None:
    headline = "Residents ask the council to keep the harbour library open"
    text = (f"{headline}{glue}Ledger\n\n{headline}\n\n2023-05-14 10:05:31\n\n"
            "LEEDS, May 14 (Ledger) -- Residents asked the council on Sunday to keep the harbour library open.\n")
    assert title(text) == headline


def test_a_headline_under_a_release_label_and_over_its_dated_line_is_the_title_under_a_sites_paragraph() -> None:
    text = ("Verspreid je persbericht snel en eenvoudig onder journalisten, sociale media en alle grote zoekmachines.\n"
            "Het beginpunt van uw nieuws bij de juiste redacties.\n\nPersbericht insturen\n\n"
            "Persbericht\n\nBewoners vragen de raad de havenbibliotheek open te houden\n\nDatum: zondag 14 mei 2023\n\n"
            "Leiden, 14 mei 2023 - Bewoners hebben de gemeenteraad gevraagd de havenbibliotheek in het weekend open te"
            " houden.\n")
    assert title(text) == "Bewoners vragen de raad de havenbibliotheek open te houden"


@pytest.mark.parametrize(
    ("label", "headline"),
    [
        # a release's label and its number over the headline; an ordinal naming the event is no list item
        ("Nota de imprensa n.º 41/23", "12º CONGRESSO DOS SINDICATOS DO PORTO"),
        ("Press release No. 12/2024", "Harbour library to stay open on weekends"),
        ("Communiqué de presse n° 7", "3° Congrès national des bibliothécaires"),
    ],
)
def test_a_label_and_its_number_is_no_title_and_an_ordinal_names_an_event(label: str, headline: str) -> None:
    text = (f"{label}\n\n\n\n{headline}\n\n\n\nA coordenadora da união estará presente na abertura do congresso,"
            " que se realiza nos próximos dias no centro de congressos da cidade.\n")
    assert title(text) == headline


def test_a_lines_last_two_words_printed_alone_below_are_no_copy_of_a_headline() -> None:
    headline = "Forty groups ask Congress to keep the harbour library open"
    text = (f"Policy letter\n\n{headline}\n\nThe Right Honourable Jane Roe\n\nCouncil Deputy Leader\n\nOffice 12, Town Hall\n\n"
            "The Right Honourable Tom Lind Harbour Ward\n\nDeputy Leader\n\nOffice 14, Town Hall\n\nDear Members of Congress,\n\n"
            "As library groups we write to urge you to keep the harbour library open on weekends.\n")
    assert title(text) == headline
