"""Datelines in regional month names, release lines and wire ledes of shapes met on real pages (our own words)."""

from __future__ import annotations

import datetime as dt

import pytest

import stmtkit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Levantine Arabic months, of two words, and the same month's Western name after a slash
        ("نشر في 12 كانون الثاني 2025", dt.date(2025, 1, 12)),
        ("الأحد 3 تشرين الأول / أكتوبر 2021", dt.date(2021, 10, 3)),
        ("السبت 29 شباط 2020", dt.date(2020, 2, 29)),
        # vowel points written over a month's name do not hide it
        ("الأحد 3 تشرين الثّاني 2021", dt.date(2021, 11, 3)),
        # Mongolian: an ordinal and "month"
        ("5 нэгдүгээр сар 2024", dt.date(2024, 1, 5)),
        # Serbian in Latin letters, Austrian German, Uruguayan Spanish
        ("14. mart 2023.", dt.date(2023, 3, 14)),
        ("3. Jänner 2022", dt.date(2022, 1, 3)),
        ("8 de setiembre de 2020", dt.date(2020, 9, 8)),
        # Latvian: the year, its full stop and word, then the day; Lithuanian: the day's word apart from it
        ("2023. gada 5. maijā 09:10", dt.datetime(2023, 5, 5, 9, 10)),
        ("2023 m. gegužės 5 d. 09:10", dt.datetime(2023, 5, 5, 9, 10)),
        # Malay and Indonesian parts of the day
        ("5 Mei 2023, 9:10 malam", dt.datetime(2023, 5, 5, 21, 10)),
        ("5 Mei 2023, 9:10 pagi", dt.datetime(2023, 5, 5, 9, 10)),
        # the time in brackets after the date, as Korean portals and some CMSs write it
        ("기사입력 2024/05/11 [14:30]", dt.datetime(2024, 5, 11, 14, 30)),
        ("11.05.2024 (8:30 PM)", dt.datetime(2024, 5, 11, 20, 30)),
        ("11.05.2024 (10.5)", dt.date(2024, 5, 11)),  # a bracketed number with a full stop is no time
        # a Hindi lede closed by the danda, with its year
        ("शिमला, 12 मार्च 2025। गांव की सभा", dt.date(2025, 3, 12)),
        # Basque: the year with its "-ko", the month in the genitive, the day with its ending
        ("Bilbon, 2019ko urriaren 3an", dt.date(2019, 10, 3)),
        ("Ane Etxeberria 2021eko mar. 9a, 10:15", dt.datetime(2021, 3, 9, 10, 15)),
        # Tagalog: the ordinal's prefix and "of"
        ("Nilagdaan sa Lungsod ng Iloilo sa ika-5 ng Hunyo 2022.", dt.date(2022, 6, 5)),
        # a formal date names the day and the month as words
        ("Adopted the 12th Day of March, 2019", dt.date(2019, 3, 12)),
        ("Dado a los 7 días del mes de junio de 2018", dt.date(2018, 6, 7)),
        ("Feito aos 9 dias do mês de abril de 2017", dt.date(2017, 4, 9)),
    ],
)
def test_regional_month_names(text: str, expected: dt.date | dt.datetime) -> None:
    found = stmtkit.parse_dateline(text)
    assert found is not None and found.datetime == expected


@pytest.mark.parametrize(
    "line",
    ["For immediate release: May 6, 2024", "FOR IMMEDIATE RELEASE - 6 May 2024", "Pour diffusion immédiate : 6 mai 2024",
     "تم نشره 6 أيار 2024"],
)
def test_a_release_line_is_a_label_not_a_place(line: str) -> None:
    found = stmtkit.parse_dateline(line)
    assert found is not None and found.datetime == dt.date(2024, 5, 6)
    assert found.place is None


RELEASE = """Rangers ask for a later vote
For immediate release: March 4, 2021
Contact: Press Office (555) 010-2000
{lede}The Coalition for Open Parks said on Thursday that three hundred park rangers have signed a letter asking the committee to wait.
The letter says the budget leaves too little for repairs.
"""


@pytest.mark.parametrize(
    ("lede", "place"),
    [("WASHINGTON, DC-", "WASHINGTON, DC"), ("WASHINGTON, DC - ", "WASHINGTON, DC"), ("ALBANY, N.Y.-", "ALBANY, N.Y."),
     ("NATO, EU - ", None)],
)
def test_a_press_release_lede_with_a_state_places_the_stamp(lede: str, place: str | None) -> None:
    dateline = stmtkit.parse(RELEASE.format(lede=lede)).dateline
    assert dateline is not None and dateline.datetime == dt.date(2021, 3, 4)
    assert dateline.place == place


WIRE = """Farmers call for drought aid
12.03.2025 14:20
Farmers' unions issued a joint statement.

({head}) - Farmers' unions across the country called on the government to act on the drought, and asked for support for irrigation.

The unions said they want to meet the ministry.
"""


@pytest.mark.parametrize(("head", "place"), [("ANKARA", "ANKARA"), ("GENEVA", "GENEVA"), ("VIDEO", None), ("UPDATE", None)])
def test_a_place_in_brackets_opens_a_wire_lede(head: str, place: str | None) -> None:
    dateline = stmtkit.parse(WIRE.format(head=head)).dateline
    assert dateline is not None and dateline.datetime == dt.datetime(2025, 3, 12, 14, 20)
    assert dateline.place == place


COLON_DASH = """نقابة المعلمين تطالب بزيادة الرواتب

تم نشره الأحد 12 كانون الثاني / يناير 2025 09:15 صباحاً

{head} :- طالبت نقابة المعلمين الحكومة بزيادة الرواتب قبل بداية الفصل الدراسي الثاني، وقالت في بيان إن الأسعار ارتفعت كثيراً.
وأضافت النقابة أنها ستعقد اجتماعاً الأسبوع المقبل.
"""


@pytest.mark.parametrize(("head", "place", "agency"), [("أخبار الوطن", None, "أخبار الوطن"), ("حلب", "حلب", None)])
def test_a_name_before_colon_dash_is_the_source_or_the_place(head: str, place: str | None, agency: str | None) -> None:
    dateline = stmtkit.parse(COLON_DASH.format(head=head)).dateline
    assert dateline is not None and dateline.datetime == dt.datetime(2025, 1, 12, 9, 15)
    assert (dateline.place, dateline.agency) == (place, agency)


WIDGET = """Artists sign a letter for the library
The city's artists wrote to the mayor asking her to keep the central library open on Sundays.

"The library is the only warm room many of us have in winter", the letter says.

{date}
{beside}

Comments
"""


@pytest.mark.parametrize(("beside", "dated"), [("22° C", False), ("-3 °F", False), ("Lyon 18,5°C", False), ("Share this", True)])
def test_a_date_beside_a_temperature_is_the_sites_clock(beside: str, dated: bool) -> None:
    dateline = stmtkit.parse(WIDGET.format(date="Friday, 23 May 2025", beside=beside)).dateline
    assert (dateline is not None) == dated


LEDE = """Unions issue a joint statement on wages
{lede} the unions said talks on wages must start before the budget is set, and asked the ministry for a meeting.

They said they would meet again next week.
"""


@pytest.mark.parametrize(
    ("lede", "place", "agency"),
    [
        # place and agency in one bracket (Japanese and Korean wires)
        ("【大阪＝共同】", "大阪", "共同"),
        ("(부산=연합뉴스) 기자 =", "부산", "연합뉴스"),
        # a caseless script's place, then the agency between dashes
        ("مشهد - ایرنا -", "مشهد", "ایرنا"),
        ("إربد - بترا -", "إربد", "بترا"),
        # a paper's name in guillemets and its city in brackets
        ("«الصباح» (عمان)", "عمان", "الصباح"),
        # a place in capitals, a full stop, the agency in capitals, a dash
        ("ШЫМКЕНТ. NEWSWIRE –", "ШЫМКЕНТ", "NEWSWIRE"),
        # no dash after the agency in brackets: a known place only
        ("GÖTEBORG (TT) The", "GÖTEBORG", "TT"),
        # Hebrew and Georgian places have no capitals: a comma and the date after them
        ("חיפה, 12 במרץ 2024 -", "חיפה", None),
        # a paper's initials and a wire credited in one bracket; a full stop glued to the dash after it
        ("BILBAO (NV/EFE) The", "BILBAO", "NV/EFE"),
        ("GRANADA (EFE).- The", "GRANADA", "EFE"),
        # wires that credit themselves in small letters
        ("Basel (sda) -", "Basel", "sda"),
    ],
)
def test_wire_ledes_of_more_shapes(lede: str, place: str, agency: str | None) -> None:
    dateline = stmtkit.parse(LEDE.format(lede=lede)).dateline
    assert dateline is not None
    assert (dateline.place, dateline.agency) == (place, agency)


@pytest.mark.parametrize("lede", ["REPORT (PDF) The", "Notes (draft) The", "Guide (PDF/A) - The"])
def test_a_bracket_without_a_dash_after_an_unknown_place_is_no_lede(lede: str) -> None:
    assert stmtkit.parse(LEDE.format(lede=lede)).dateline is None


@pytest.mark.parametrize(
    ("stamp", "lede", "place", "agency"),
    [
        # the wire's own line: place, the day alone, the agency in brackets (Spanish agencies)
        ("14/05/2023 10:05", "SEVILLA, 14 (EUROPA PRESS)\n\nLos sindicatos", "SEVILLA", "EUROPA PRESS"),
        # a known city as it is written, a spaced hyphen and a long story
        ("14/05/2023 10:05", "Porto Alegre - Os sindicatos", "Porto Alegre", None),
    ],
)
def test_a_lede_below_the_stamp_places_it(stamp: str, lede: str, place: str, agency: str | None) -> None:
    text = f"Sindicatos piden subir salarios\n{stamp}\n\n{lede} publicaron este domingo una declaración conjunta sobre los salarios.\n"
    dateline = stmtkit.parse(text).dateline
    assert dateline is not None and dateline.datetime == dt.datetime(2023, 5, 14, 10, 5)
    assert (dateline.place, dateline.agency) == (place, agency)


@pytest.mark.parametrize(
    ("closing", "place"),
    [
        ("г. Самара, 5 мая 2023 г.", "Самара"),
        ("м. Полтава, 5 травня 2023 р.", "Полтава"),
        ("ქ. ბათუმი, 5 მაისი 2023", "ბათუმი"),
        ("У Новом Саду, 5. маја 2023. године", "Новом Саду"),
        ("V Brně dne 5. května 2023", "Brně"),
        ("V Košiciach 5. mája 2023", "Košiciach"),
        ("Fait à Nantes, le 5 mai 2023", "Nantes"),
        ("Graz, am 5. Mai 2023", "Graz"),
        ("Kaunas, 2023 m. gegužės 5 d.", "Kaunas"),
    ],
)
def test_a_letter_closing_with_a_city_word_or_a_preposition_dates_the_letter(closing: str, place: str) -> None:
    text = ("An open letter on the river\n\nWe ask the council to clean the river banks before the summer.\n\n"
            f"We hope for an answer.\n\n{closing}\n\nThe Friends of the River\n")
    dateline = stmtkit.parse(text).dateline
    assert dateline is not None and dateline.datetime == dt.date(2023, 5, 5)
    assert dateline.place == place


@pytest.mark.parametrize(
    ("stamp", "place"),
    [("Lviv • 5 May 2023", "Lviv"), ("5 May 2023 | Lviv", "Lviv"), ("5 May 2023, 10:05 · Graz", "Graz"),
     ("Accra, Ghana | 5 May 2023", "Accra, Ghana"), ("Politics | 5 May 2023", None), ("5 May 2023 | Opinion", None)],
)
def test_a_known_place_set_off_by_a_bar_is_the_stamps_place(stamp: str, place: str | None) -> None:
    text = f"Workers ask for higher pay\n{stamp}\n\nThe unions said on Friday that talks must start soon, and asked for a meeting.\n"
    dateline = stmtkit.parse(text).dateline
    assert dateline is not None and dateline.datetime is not None and dateline.datetime.isoformat().startswith("2023-05-05")
    assert dateline.place == place


# Scripts without capitals: the place, the agency in brackets, the story with no dash (papers in Urdu,
# Arabic, Hindi, Persian, Bengali and Korean write their ledes so); a known place and a known agency vouch for it.
@pytest.mark.parametrize(
    ("lede", "place", "agency"),
    [
        ("کراچی (اے پی پی) وزیر اعلیٰ نے آج صوبائی اسمبلی میں بجٹ پیش کیا اور ترقیاتی منصوبوں پر بات کی۔", "کراچی", "اے پی پی"),
        ("القاهرة (رويترز) قالت الوزارة اليوم إن المحادثات ستستأنف الأسبوع المقبل في العاصمة.", "القاهرة", "رويترز"),
        ("मुंबई (भाषा) राज्य सरकार ने मंगलवार को किसानों के लिए एक नई योजना की घोषणा की।", "मुंबई", "भाषा"),
        ("تهران (ایرنا) وزیر امروز در نشست خبری گفت که مذاکرات هفته آینده ادامه خواهد یافت.", "تهران", "ایرنا"),
        ("ঢাকা (বাসস) মন্ত্রী আজ এক অনুষ্ঠানে বলেছেন যে নতুন সেতুর কাজ দ্রুত এগিয়ে চলেছে।", "ঢাকা", "বাসস"),
        ("서울 (연합뉴스) 정부는 오늘 내년도 예산안을 발표하고 일자리 창출에 중점을 두겠다고 밝혔다.", "서울", "연합뉴스"),
        # prose that opens with a word and a bracket is no lede
        ("حکومت (وفاقی) نے آج فیصلہ کیا کہ نئے بجٹ میں تعلیم کے لئے زیادہ رقم رکھی جائے گی۔", None, None),
        ("الجمعية (غير الحكومية) طالبت اليوم بالإفراج عن جميع المعتقلين وفتح تحقيق مستقل.", None, None),
    ],
)
def test_a_caseless_lede_with_the_agency_in_brackets_and_no_dash(lede: str, place: str | None, agency: str | None) -> None:
    text = f"Headline of the report\n\n{lede}\n\nA second paragraph follows with more of the story.\n"
    dateline = stmtkit.parse(text).dateline
    assert (dateline.place, dateline.agency) == (place, agency) if dateline else place is None


# The date in the brackets where an agency stands, then the dash: a lede of Latin American papers.
@pytest.mark.parametrize(
    ("lede", "place", "day"),
    [
        ("ROSARIO (3/11/2021).- La cámara de comercio pidió hoy una reunión con el intendente.", "ROSARIO", dt.date(2021, 11, 3)),
        ("MONTEVIDEO (12 de mayo de 2023) - Los sindicatos anunciaron un paro de 24 horas.", "MONTEVIDEO", dt.date(2023, 5, 12)),
        ("Informe de la junta directiva (3/11/2021) sobre el presupuesto del año próximo y sus metas.", None, None),
    ],
)
def test_a_lede_with_its_date_in_brackets_after_the_place(lede: str, place: str | None, day: dt.date | None) -> None:
    text = f"Los gremios piden diálogo\n\nResumen: varias entidades firmaron un documento conjunto sobre el empleo.\n\n{lede}\n"
    dateline = stmtkit.parse(text).dateline
    if place is None:  # a date in a sentence: no place, and no stamp at all
        assert dateline is None or dateline.place is None
    else:
        assert dateline is not None and dateline.datetime == day and dateline.place == place


@pytest.mark.parametrize(("stamp", "when"), [
    ("May 12, 2024 · 3 min read", dt.date(2024, 5, 12)),
    ("12 May 2024 | 1,234 views", dt.date(2024, 5, 12)),
    ("Opdateret 13. maj 2024 kl. 09:00\nPubliceret 12. maj 2024 kl. 14:30", dt.datetime(2024, 5, 12, 14, 30)),
])
def test_a_stamp_with_a_counter_after_a_bullet_and_a_published_label_below_the_update(stamp: str, when: dt.date) -> None:
    text = f"Workers ask for higher pay\n{stamp}\n\nThe unions said on Friday that talks must start soon, and asked for a meeting.\n"
    dateline = stmtkit.parse(text).dateline
    assert dateline is not None and dateline.datetime is not None
    got = dateline.datetime.replace(tzinfo=None) if isinstance(dateline.datetime, dt.datetime) else dateline.datetime
    assert got == when


@pytest.mark.parametrize(("stamp", "when"), [
    ("5/12(日) 14:30配信", dt.datetime(2025, 5, 12, 14, 30)),
    ("12/3(火) 9:05", dt.datetime(2025, 12, 3, 9, 5)),
])
def test_a_japanese_month_and_day_with_the_weekday_in_brackets(stamp: str, when: dt.datetime) -> None:
    text = f"労働組合が新規則の撤回を要求\n{stamp}\n\n労働組合は、新しい規則が数千人の労働者に損害を与えるとして、省に撤回を求めた。\n"
    dateline = stmtkit.parse(text, reference_date=dt.date(2026, 1, 1)).dateline
    assert dateline is not None and dateline.datetime == when


def test_a_fraction_or_a_clause_number_with_a_letter_in_brackets_is_no_date() -> None:
    assert stmtkit.parse_dateline("Section 1/2(a) of the act", reference_date=dt.date(2026, 1, 1)) is None


@pytest.mark.parametrize(
    ("line", "place"),
    [
        # Lithuanian letters write the date first, its day word abbreviated, then the place after a comma
        ("2023 m. gegužės 5 d., Kaunas", "Kaunas"),
        ("5 May 2023, Leeds", "Leeds"),
        # the city word's abbreviation before the place (Russian and Ukrainian letters)
        ("5 мая 2023 г., г. Самара", "Самара"),
        ("5 травня 2023 р., м. Полтава", "Полтава"),
    ],
)
def test_a_place_after_the_date_and_its_comma_places_it(line: str, place: str) -> None:
    dateline = stmtkit.parse(f"Open letter to the ministry\n\n{line}\n\nWe ask the ministry to keep the library open.\n").dateline
    assert dateline is not None and dateline.date == dt.date(2023, 5, 5) and dateline.place == place


@pytest.mark.parametrize(("lede", "place"), [("Hamburg- Mit einem Brief", "Hamburg"), ("Hamburg - Mit einem Brief", "Hamburg")])
def test_a_known_city_and_a_hyphen_glued_to_it_open_a_dateless_lede(lede: str, place: str) -> None:
    text = (f"{lede} an den Senat fordern Fachleute, die alte Hafenbibliothek am Wochenende offen zu halten.\n\n"
            "Der Senat will im Mai entscheiden.\n")
    dateline = stmtkit.parse(text).dateline
    assert dateline is not None and dateline.place == place and dateline.datetime is None


_STORY = " publicaron este domingo una declaración conjunta sobre los salarios de la ciudad y sus barrios.\n"


@pytest.mark.parametrize(
    ("lede", "place"),
    [
        # a known town as it is written and a full stop open the story (German regional papers)
        ("Bielefeld. Die Gewerkschaften", "Bielefeld"),
        # the full stop with a long dash glued to it (Mexican papers), the town of three words
        ("Ciudad de México.— Los sindicatos", "Ciudad de México"),
        ("Frankfurt am Main. Die Gewerkschaften", "Frankfurt am Main"),
        # a known town in capitals and a colon (Indian papers)
        ("NASHIK: Hundreds of farmers", "NASHIK"),
    ],
)
def test_a_town_and_a_full_stop_or_a_colon_open_a_lede_below_the_stamp(lede: str, place: str) -> None:
    dateline = stmtkit.parse(f"Sindicatos piden subir salarios\n14/05/2023 10:05\n\n{lede}{_STORY}").dateline
    assert dateline is not None and dateline.datetime == dt.datetime(2023, 5, 14, 10, 5)
    assert dateline.place == place


@pytest.mark.parametrize(
    "lede",
    [
        "UPDATE: Hundreds of farmers",  # a label in capitals, no place
        "Berlin. Eine Stadt",  # a town and a short line: a headline, no story
        "Neuland. Die Gewerkschaften",  # a word no place table knows
    ],
)
def test_a_label_or_an_unknown_word_before_a_full_stop_or_a_colon_places_nothing(lede: str) -> None:
    text = f"Sindicatos piden subir salarios\n14/05/2023 10:05\n\n{lede}{'' if 'Stadt' in lede else _STORY}"
    dateline = stmtkit.parse(text).dateline
    assert dateline is not None and dateline.place is None


@pytest.mark.parametrize("age", ["Atualizado há 2 horas", "Updated 3 hours ago", "Aktualisiert vor 2 Stunden"])
def test_a_stamp_with_the_age_of_its_update_after_it_keeps_its_date(age: str) -> None:
    text = f"Sindicatos piden subir salarios\n\n14/05/2023 10h05 {age}\n\nBRASÍLIA — Os sindicatos{_STORY}"
    dateline = stmtkit.parse(text).dateline
    assert dateline is not None and dateline.datetime == dt.datetime(2023, 5, 14, 10, 5)
    assert dateline.place == "BRASÍLIA"


@pytest.mark.parametrize(
    ("lede", "place", "agency"),
    [
        # a known wire and a word of its credit ("News") after it, a caption paragraph between the stamp and the lede
        ("Surabaya (ANTARA News) - Dewan kota", "Surabaya", "ANTARA News"),
        # the scrape glued the story to the full stop after the agency's bracket
        ("BREMEN (AFP).Die Gewerkschaften", "BREMEN", "AFP"),
    ],
)
def test_a_wire_credited_with_a_word_after_it_or_glued_to_the_story_places_the_stamp(lede: str, place: str, agency: str) -> None:
    text = ("Sindicatos piden subir salarios\n14/05/2023 10:05\n"
            "Foto de la manifestación de los sindicatos en el centro de la ciudad el sábado pasado. (FOTO/Ana Ruiz)\n"
            f"{lede}{_STORY}")
    dateline = stmtkit.parse(text).dateline
    assert dateline is not None and dateline.datetime == dt.datetime(2023, 5, 14, 10, 5)
    assert (dateline.place, dateline.agency) == (place, agency)


def test_a_letters_place_and_date_line_takes_the_time_of_the_pages_stamp_of_the_same_day() -> None:
    text = ("Der Blog des Vereins\n\n  • Redaktion am Montag, 15. Mai 2023, 09:41 Uhr\n\n"
            "    Pressemitteilung des Bündnisses für die Stadtbibliothek\n    Kassel, den 15. Mai 2023\n\n"
            "    Das Bündnis fordert den Rat auf, die Stadtbibliothek am Wochenende offen zu halten und ihre Mittel"
            " nicht zu kürzen.\n")
    dateline = stmtkit.parse(text).dateline
    assert dateline is not None and dateline.datetime == dt.datetime(2023, 5, 15, 9, 41) and dateline.place == "Kassel"


def test_a_photos_caption_shaped_as_a_lede_and_closed_by_its_photographers_address_places_nothing() -> None:
    text = ("Seoul library group launched\n\n등록 2023.05.14 10:05:31\n\n"
            "[도쿄=뉴시스] 김민수 기자 = 시민들이 도서관 앞에서 기자회견을 하고 있다. 2023.05.10. photo@wire.example\n\n"
            "[부산=뉴시스] 이지은 기자 = 항구도서관 시민모임은 14일 기자회견을 열고 도서관의 주말 개방을 촉구했다고 밝혔다.\n")
    dateline = stmtkit.parse(text).dateline
    assert dateline is not None and dateline.datetime == dt.datetime(2023, 5, 14, 10, 5, 31)
    assert (dateline.place, dateline.agency) == ("부산", "뉴시스")


@pytest.mark.parametrize(("row", "place"), [("COLUMBUS, OH / NEWSWIRE /", "COLUMBUS, OH"), ("LEEDS / NEWSWIRE /", "LEEDS")])
def test_a_release_wires_row_of_place_wire_and_date_set_off_by_slashes(row: str, place: str) -> None:
    text = f"Northwind opens a hub\n\n{row} May 14, 2023 / Northwind Logistics today opened a regional hub that will employ 300 people.\n"
    dateline = stmtkit.parse(text).dateline
    assert dateline is not None and dateline.date == dt.date(2023, 5, 14)
    assert (dateline.place, dateline.agency) == (place, "NEWSWIRE")


@pytest.mark.parametrize(("lede", "place", "agency"), [
    ("دبي في 14 مايو 2023 / وام / افتتحت بلدية المدينة مكتبة جديدة في الحي القديم.", "دبي", "وام"),
    ("Madrid, 14 may 2023 / EFE / El ayuntamiento abrió hoy una biblioteca nueva en el barrio viejo.", "Madrid", "EFE")])
def test_a_wire_between_slashes_set_apart_by_spaces_after_the_ledes_date(lede: str, place: str, agency: str) -> None:
    dateline = stmtkit.parse(f"City opens a library\n\n{lede}\n").dateline
    assert dateline is not None and dateline.date == dt.date(2023, 5, 14)
    assert (dateline.place, dateline.agency) == (place, agency)


def test_a_rubric_between_spaced_slashes_is_no_wire() -> None:
    text = "City opens a library\n\nMadrid, 14 may 2023 / Cultura / El ayuntamiento abrió hoy una biblioteca nueva.\n"
    dateline = stmtkit.parse(text).dateline
    assert dateline is not None and dateline.agency is None


@pytest.mark.parametrize("note", ["- Atualizado há", "| Updated", "· Aktualisiert vor"])
def test_a_stamp_whose_update_note_lost_its_age_to_the_scrape_is_still_the_stamp(note: str) -> None:
    # the page's script prints the age; the scrape kept the label and the word before the count
    text = (f"Sindicatos piden subir salarios\n\nPor Redação do Portal\n\n14/05/2023 às 10:05:31 {note}\n\n"
            "Os sindicatos da região pediram hoje um aumento dos salários mínimos e uma reunião com o governo.\n\n"
            "A proposta será discutida na próxima semana, segundo os representantes dos trabalhadores.\n\n"
            + "".join(f"Ponto {n} da proposta: os representantes explicaram o pedido aos jornalistas.\n\n" for n in range(24)))
    dateline = stmtkit.parse(text).dateline
    assert dateline is not None and dateline.datetime == dt.datetime(2023, 5, 14, 10, 5, 31)


def test_a_label_no_table_knows_before_a_colon_is_no_place_and_the_publication_label_beats_the_edit_label() -> None:
    story = ("\n\nGazeteciler basın özgürlüğü için bir çağrı metni yayınladı ve imza kampanyası başlattı.\n\n"
             "Kampanyaya kısa sürede yüzlerce kişi destek verdi; metinde basın özgürlüğünün korunması istendi.\n")
    dated = stmtkit.parse("Gazeteciler imza kampanyası başlattı\n\nYayınlama: 05.10.2016\nDüzenleme: 06.10.2016 13:14" + story)
    assert dated.dateline is not None and dated.dateline.datetime == dt.date(2016, 10, 5)
    unknown = stmtkit.parse("Gazeteciler imza kampanyası başlattı\n\nSíðast breytt: 06.10.2016 13:14" + story)
    assert unknown.dateline is not None and unknown.dateline.place is None
    assert unknown.dateline.datetime == dt.datetime(2016, 10, 6, 13, 14)


def test_a_labelled_field_line_under_a_headline_is_no_rest_of_it_and_its_stamp_dates_the_page() -> None:
    # "data:" glued to the date, the editor's label after it: the page's stamp line, not the headline's second line
    text = ("W obronie bibliotek portowych\ndata:12 marca 2021     Redaktor: Zespół\n\nKraków, 11 marca 2021 r.\n"
            "Stowarzyszenie Czytelników Portu z niepokojem obserwuje plany zamknięcia bibliotek w dzielnicach "
            "portowych i apeluje do władz miasta o ich utrzymanie.\n\nPodpisano w imieniu zarządu.\n")
    doc = stmtkit.parse(text)
    assert doc.title is not None and doc.title.text == "W obronie bibliotek portowych"
    assert doc.dateline is not None and doc.dateline.datetime == dt.date(2021, 3, 12)


@pytest.mark.parametrize("place", ["Washington, DC", "Lyon, France", "Kyiv, Ukraine"])
def test_a_town_and_its_region_on_the_line_above_a_date_line_place_it(place: str) -> None:
    text = (f"Press Note\nOffice of the Spokesperson\n{place}\nSeptember 25, 2008\n\n\n"
            "Joint Statement by the Ministers on Harbour Safety\n\nThe ministers agreed this statement together after "
            "their meeting on harbour safety.\n\nThe ministers met today to coordinate their efforts.\n")
    dateline = stmtkit.parse(text).dateline
    assert dateline is not None and dateline.place == place and dateline.datetime == dt.date(2008, 9, 25)


@pytest.mark.parametrize("suffix", ["-ci il tarixdən etibarən", "-го года вступили в силу"])
def test_a_hyphen_glued_to_a_date_and_a_letter_is_the_dates_suffix_not_a_ledes_dash(suffix: str) -> None:
    # a sentence wrapped over two lines, its second line opening with the date and its ordinal suffix
    text = ("Bildiri\n\nMərkəzin birgə təşəbbüsü ilə\n"
            f"17.07.2021{suffix} yeni qaydalar qüvvəyə minib və təşkilatlar birlikdə fəaliyyət göstərir.\n\n"
            "Təşkilatlar ortaq müzakirələr aparır və bəyanatlar yayır.\n")
    assert stmtkit.parse(text).dateline is None


def test_a_releases_place_in_square_brackets_before_its_dash_opens_a_lede() -> None:
    text = ("Coalition urges council to keep the harbour library open\n\n[Washington, D.C.] – Members of the "
            "harbour coalition gathered outside the council's offices on Tuesday to present thousands of comments.\n\n"
            "The council will vote on the plan next month.\n")
    dateline = stmtkit.parse(text).dateline
    assert dateline is not None and dateline.place == "Washington, D.C." and dateline.datetime is None


@pytest.mark.parametrize("stamp", ["09:15 Сен. 6, 2015", "09:15 September 6, 2015"])
def test_a_stamps_time_before_a_month_first_date_is_read(stamp: str) -> None:
    # the clock's minutes and the month ("32 September") are no date: the date starts at the month
    text = f"Harbour library must stay open, residents say\n\n{stamp}\n\nThe council met on Tuesday.{_STORY}"
    dateline = stmtkit.parse(text).dateline
    assert dateline is not None and dateline.datetime == dt.datetime(2015, 9, 6, 9, 15)


def test_a_place_in_capitals_with_its_country_and_a_full_stop_and_dash_opens_a_lede() -> None:
    text = ("Carta abierta por la biblioteca del puerto\n\nMADRID, España.- Este martes las asociaciones vecinales "
            "entregaron la carta abierta en instituciones del Gobierno regional y en los partidos políticos.\n\n"
            "La iniciativa fue impulsada por varias plataformas ciudadanas.\n")
    dateline = stmtkit.parse(text).dateline
    assert dateline is not None and dateline.place == "MADRID, España" and dateline.datetime is None


def test_a_caseless_place_and_wire_alone_on_a_line_closed_by_a_colon_place_the_story() -> None:
    text = ("بيان النقابات\n\nدمشق - سانا:\nأعلن اتحاد النقابات أمس رفضه قرار إغلاق مكتبة الميناء وطالب المجلس البلدي "
            "بإبقائها مفتوحة في عطلة نهاية الأسبوع.\n")
    dateline = stmtkit.parse(text).dateline
    assert dateline is not None and (dateline.place, dateline.agency) == ("دمشق", "سانا")


def test_a_wires_stamp_with_a_font_size_widget_after_it_under_a_ticker_of_headlines() -> None:
    ticker = ("Markets close higher ahead of the bank's meeting  • Port workers end a 3-day strike  • Floods hit "
              "the northern valleys again  • Council approves 12 mln budget for schools  • Storm warning issued for "
              "the coast  ")
    text = (f"Latest news\n{ticker}\nYou are here:   Home\n\nHarbour unions agree on joint action over library closure\n\n"
            "Xinhua, March 3, 2019 Adjust font size:\n\nThe harbour unions agreed on Monday to coordinate their "
            "campaign against the closure of the harbour library, their leaders said.\n")
    doc = stmtkit.parse(text)
    assert doc.title is not None and doc.title.text == "Harbour unions agree on joint action over library closure"
    assert doc.dateline is not None and doc.dateline.agency == "Xinhua" and doc.dateline.datetime == dt.date(2019, 3, 3)


@pytest.mark.parametrize(("text", "place", "agency"), [
    ("【ソウル聯合ニュース】韓国政府は3日、声明を発表した。", "ソウル", "聯合ニュース"),
    ("【モスクワ＝ロイター】ロシア外務省は3日、声明を発表した。", "モスクワ", "ロイター"),
])
def test_japanese_ledes_credit_the_wires_by_their_japanese_names(text: str, place: str, agency: str) -> None:
    d = stmtkit.parse_dateline(text)
    assert d is not None and (d.place, d.agency) == (place, agency)


@pytest.mark.parametrize(("text", "expected"), [
    ("تاریخ انتشار: ۰۸:۱۰ - ۱۵-۰۳-۱۴۰۲", "2023-06-05T08:10:00"),
    ("۱۴۰۲/۰۳/۱۵", "2023-06-05"),
    ("٢٦/٠١/١٤٤٥", None),  # Arabic figures may write a lunar year: not read
])
def test_a_numeric_date_in_persian_figures_of_the_1400s_is_solar_hijri(text: str, expected: str | None) -> None:
    d = stmtkit.parse_dateline(text)
    assert (d.to_dict()["datetime"] if d is not None else None) == expected


@pytest.mark.parametrize(("closing", "place"), [("ณ เชียงใหม่\n\n5 มิถุนายน 2562", "เชียงใหม่"),
                                                ("๕ มิถุนายน ๒๕๖๒ ณ กรุงเทพมหานคร", "กรุงเทพมหานคร"),
                                                ("Tp HCM 5-6-2019", "Tp HCM")])
def test_a_closing_with_at_and_the_place_over_or_after_the_date(closing: str, place: str) -> None:
    text = ("ปฏิญญาว่าด้วยวิทยุชุมชน\n\nสมาชิกเครือข่ายวิทยุชุมชนได้ประชุมร่วมกันและตกลงที่จะสนับสนุนสื่อชุมชนในทุกภูมิภาค"
            f"ของประเทศ\n\n{closing}\n")
    dateline = stmtkit.parse(text).dateline
    assert dateline is not None and dateline.date == dt.date(2019, 6, 5) and dateline.place == place


def test_a_town_alone_over_a_blank_line_and_the_stamp_places_it() -> None:
    text = ("Unions and employers agree on a new wage deal\n\nANNA BERG\n\nMadrid\n\nUpdated Thursday, 2 November 2023 - 15:05\n\n"
            "The unions and the employers' federation agreed on a new wage deal after a night of talks.\n")
    dateline = stmtkit.parse(text).dateline
    assert dateline is not None and dateline.place == "Madrid" and dateline.date == dt.date(2023, 11, 2)


def test_a_thai_wires_lede_with_its_place_and_a_year_less_date() -> None:
    text = ("ห้องสมุดเปิดวันอาทิตย์\n\nกรุงเทพฯ 5 พ.ย.- สภาเมืองมีมติให้ห้องสมุดประชาชนเปิดบริการในวันอาทิตย์"
            "ตั้งแต่เดือนหน้าเป็นต้นไป\n\nผู้อ่านจะยืมหนังสือได้ครั้งละห้าเล่ม\n")
    dateline = stmtkit.parse(text).dateline
    assert dateline is not None and dateline.place == "กรุงเทพฯ" and (dateline.date.month, dateline.date.day) == (11, 5)


@pytest.mark.parametrize("lede", ["Frankfurt/M. (ots) - Die Gewerkschaft fordert mehr Lohn für die Beschäftigten der Häfen.",
                                  "Frankfurt/M., 3. März 2024 (ots) - Die Gewerkschaft fordert mehr Lohn für die Häfen."])
def test_a_rivers_initial_after_the_slash_keeps_its_full_stop_in_the_place(lede: str) -> None:
    dateline = stmtkit.parse(f"Gewerkschaft fordert mehr Lohn\n\n{lede}\n").dateline
    assert dateline is not None and (dateline.place, dateline.agency) == ("Frankfurt/M.", "ots")


def test_a_town_in_capitals_the_tables_lack_opens_a_year_less_lede_and_its_byline_makes_no_headline() -> None:
    text = ("TEMPATAN\n\nPerpustakaan baharu dibuka untuk penduduk kampung\n\nOleh: Siti Aminah\n\n"
            "BANDAR HILIR 5 MAC: Penduduk kampung dijemput hadir ke majlis perasmian perpustakaan baharu yang akan "
            "diadakan pada hujung minggu ini.\n\nPerpustakaan itu dibina oleh majlis daerah.\n")
    doc = stmtkit.parse(text)
    assert doc.dateline is not None and doc.dateline.place == "BANDAR HILIR"
    assert doc.title is not None and doc.title.text == "Perpustakaan baharu dibuka untuk penduduk kampung"


def test_a_rubric_in_capitals_before_a_ledes_date_is_no_place() -> None:
    dateline = stmtkit.parse_dateline("POLITIK TERKINI 5 MAC: Penduduk kampung dijemput hadir ke majlis perasmian.")
    assert dateline is None or dateline.place is None


@pytest.mark.parametrize(("lede", "agency"), [
    ("(Sputnik - 14 March 2023) The foreign minister discussed water cooperation with his counterpart.", "Sputnik"),
    ("( شبكة الأنباء ۔ / سبوتنيك - 14 آذار 2023ء) بحث وزير الخارجية مع نظيره سبل التعاون في مجال المياه.", "سبوتنيك")])
def test_a_bracket_of_the_wire_and_the_date_opens_the_lede(lede: str, agency: str) -> None:
    dateline = stmtkit.parse(f"Ministers discuss water cooperation\n\n{lede}\n\nThey met in the capital.\n").dateline
    assert dateline is not None and dateline.date == dt.date(2023, 3, 14) and dateline.agency == agency


@pytest.mark.parametrize(("lede", "date", "agency"), [
    ("አዲስ አበባ: ሐምሌ 14/2016 ዓ.ም (ኢዜአ) የከተማው ምክር ቤት ቤተ መጻሕፍቱ ቅዳሜና እሁድ ክፍት እንዲሆን ወሰነ።", dt.date(2024, 7, 21), "ኢዜአ"),
    ("አዲስ አበባ፣ መስከረም 1 ቀን 2016 (ፋና)፦ የከተማው ምክር ቤት ቤተ መጻሕፍቱ ቅዳሜና እሁድ ክፍት እንዲሆን ወሰነ።", dt.date(2023, 9, 12), "ፋና"),
    ("አዲስ አበባ፣ ጳጉሜን 6 ቀን 2015 (ኢዜአ)፦ የከተማው ምክር ቤት ቤተ መጻሕፍቱ ቅዳሜና እሁድ ክፍት እንዲሆን ወሰነ።", dt.date(2023, 9, 11), "ኢዜአ")])
def test_an_amharic_wire_lede_dated_in_the_ethiopian_calendar(lede: str, date: dt.date, agency: str) -> None:
    dateline = stmtkit.parse(f"{lede}\n\nምክር ቤቱ ውሳኔውን ዛሬ አሳለፈ።\n").dateline
    assert dateline is not None and dateline.date == date
    assert (dateline.place, dateline.agency) == ("አዲስ አበባ", agency)


def test_an_ethiopian_year_with_no_sixth_day_of_pagume_reads_no_date() -> None:
    assert stmtkit.parse_dateline("ጳጉሜን 6 ቀን 2016") is None
