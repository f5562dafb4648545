"""Finding the dateline in a document, the ``stmtkit dateline`` command, and the CLDR tables."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from generated_modules import checked_in, generated

import stmtkit
from stmtkit.cli.main import cli

REF = dt.datetime(2024, 6, 1, 12, 0)


def dateline(text: str, **options: object) -> dict[str, object] | None:
    record = stmtkit.parse(text, reference_date=REF, **options).to_dict()  # type: ignore[arg-type]
    return record["dateline"]  # type: ignore[no-any-return]


def test_top_stamp_under_the_title_is_claimed() -> None:
    d = dateline("A headline about a letter\n\n# 27 mai 2024 17:59 (UTC +04:00)\n\nLe texte de la lettre commence ici et continue.\n")
    assert d is not None
    assert d["datetime"] == "2024-05-27T17:59:00+04:00" and d["lines"] == [3, 3]
    assert d["text"] == "27 mai 2024 17:59 (UTC +04:00)"


def test_news_lede_glued_to_the_paragraph_points_at_it_without_claiming_it() -> None:
    text = (
        "Workers sign letter\n\n"
        "BAKU, May 27 (Reuters) - Azerbaijani dock workers signed a letter on Monday asking for safer cranes.\n\n"
        "The letter was published on the union's site.\n"
    )
    record = stmtkit.parse(text, reference_date=REF).to_dict()
    d = record["dateline"]
    assert d["place"] == "BAKU" and d["agency"] == "Reuters" and d["lines"] == [3, 3]
    assert d["text"] == "BAKU, May 27 (Reuters)"
    paragraphs = [p for p in record["preamble"] + record["body"] if p.get("lines") == [3, 3]]
    assert paragraphs and paragraphs[0]["text"].startswith("BAKU, May 27 (Reuters) - Azerbaijani")
    assert any("states no year" in w["message"] for w in record["warnings"])


def test_yearless_lede_takes_the_year_the_document_states() -> None:
    text = (
        "Headline\n\nMOSCOW, May 27. /TASS/. The letter was signed by 40 scientists.\n\n"
        "It was first sent to the ministry on 20 May 2019.\n"
    )
    d = dateline(text)
    assert d is not None and d["date"] == "2019-05-27" and d["agency"] == "TASS"


def test_a_yearless_cjk_lede_takes_the_year_its_own_paragraph_states() -> None:
    # The lede is glued to a long paragraph (no other line states a year): the paragraph's first full date
    # dates it, not the reference date; agency and place are split off the glued opening.
    text = ("两国发表联合声明\n\n新华社北京5月13日电 两国元首于2023年5月10日举行会谈，" + "双方同意加强合作。" * 250 + "\n")
    record = stmtkit.parse(text, reference_date=REF).to_dict()
    d = record["dateline"]
    assert d["datetime"] == "2023-05-13" and d["place"] == "北京" and d["agency"] == "新华社" and d["lines"] == [3, 3]
    assert any("took 2023, the year the document states" in w["message"] for w in record["warnings"])


def test_closing_place_line_when_nothing_above_dates_the_letter() -> None:
    body = "\n\n".join(f"Paragraph {i} of the letter, which asks for a meeting before the summer." for i in range(10))
    d = dateline(f"Lettre ouverte\n\n{body}\n\nParis, le 27 mai 2024\n\nLes signataires\n")
    assert d is not None and d["date"] == "2024-05-27" and d["place"] == "Paris"


@pytest.mark.parametrize(
    "sentence",
    [
        "The deadline for signatures is 15 July 2024, after which the letter goes to Parliament.",
        "Письмо открыто для подписания до 18:00 (московское время) среды 03.07.2013.",
        "Yönetmelik 1 Ekim 2020 tarihinde yürürlüğe girecek ve öğrencileri etkileyecek.",
        "The meeting will take place on Monday, May 27, 2024 at the town hall.",
        # Caseless scripts: no lowercase word marks the sentence, its length does.
        "15 मार्च को पटना में किसानों की एक बड़ी सभा हुई और कई संगठनों ने उसमें भाग लिया।",
        "في 15 مارس اجتمع ممثلو النقابات في القاهرة لمناقشة الأجور وظروف العمل الجديدة.",
        "3월 15일 오전 서울 시청 앞에서 시민단체 회원들이 모여 공동 기자회견을 열었다.",
    ],
)
def test_body_dates_never_become_the_dateline(sentence: str) -> None:
    assert dateline(f"A title\n\n{sentence}\n\nAnother paragraph without any date in it at all.\n") is None


def test_place_and_agency_lines_near_the_top_with_the_date_at_the_end() -> None:
    paragraphs = "\n\n".join(f"Párrafo {i} de la noticia sobre la concentración en la plaza." for i in range(9))
    text = f"TITULAR DE LA NOTICIA\n\nMADRID\nSERVIMEDIA\n\n{paragraphs}\n\n(SERVIMEDIA)\n17 Jul 2000\n"
    d = dateline(text)
    assert d is not None
    assert (d["date"], d["place"], d["agency"]) == ("2000-07-17", "MADRID", "SERVIMEDIA")
    assert d["place_lines"] == [3, 4]


def test_published_wins_over_updated() -> None:
    text = "Title\n\nUpdated: June 4, 2024 9:30 AM (GMT+1)\nPublished: June 3, 2024 8:15 AM (GMT+1)\n\nBody text here.\n"
    d = dateline(text)
    assert d is not None and d["datetime"] == "2024-06-03T08:15:00+01:00" and d["lines"] == [3, 4]


def test_front_matter_date() -> None:
    d = dateline('---\ntitle: "Signatures"\ndate: 2024-04-21T09:21:57-06:00\n---\n\n- one\n- two\n')
    assert d is not None and d["utc_offset"] == "-06:00"


def test_relative_dateline_warns() -> None:
    record = stmtkit.parse("Title\n\nСегодня, 17:59\n\nТекст обращения.\n", reference_date=REF).to_dict()
    assert record["dateline"]["datetime"] == "2024-06-01T17:59:00"
    assert any("relative" in w["message"] for w in record["warnings"])


def test_assumed_zone_is_recorded() -> None:
    d = dateline("Title\n\n27.05.2024 17:59\n\nText.\n", assume_tz="Europe/Moscow")
    assert d is not None and d["timezone"] == "Europe/Moscow" and d["utc"] == "2024-05-27T14:59:00Z"


# --- the command line


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["dateline", *args])
    return result.exit_code, result.stdout, result.stderr


def test_cli_text_iso_and_utc() -> None:
    assert run("--text", "27 mai 2024 17:59 (UTC +04:00)", "--format", "iso")[1] == "2024-05-27T17:59:00+04:00\n"
    assert run("--text", "27 mai 2024 17:59 (UTC +04:00)", "--format", "iso", "--utc")[1] == "2024-05-27T13:59:00Z\n"


def test_cli_zone_override_and_languages() -> None:
    code, out, _ = run("--text", "27 May 2024 17:59 IST", "--zone", "IST=Asia/Jerusalem", "--format", "iso")
    assert code == 0 and out == "2024-05-27T17:59:00+03:00\n"
    assert run("--text", "06/05/2024", "--languages", "en", "--format", "iso")[1] == "2024-06-05\n"
    assert run("--text", "06/05/2024", "--languages", "fr", "--format", "iso")[1] == "2024-05-06\n"


def test_cli_relative_warns_on_stderr() -> None:
    code, out, err = run("--text", "hier à 18h30", "--reference-date", "2024-06-01", "--format", "iso")
    assert code == 0 and out == "2024-05-31T18:30:00\n" and "relative" in err


def test_cli_json_on_a_fixture() -> None:
    import json

    path = Path(__file__).parent / "fixtures" / "dateline-ru-moscow-time.txt"
    code, out, _ = run(str(path), "--format", "json")
    assert code == 0 and json.loads(out) == {"path": str(path), "dateline": json.loads(out)["dateline"]}
    assert json.loads(out)["dateline"]["timezone"] == "Europe/Moscow"


def test_cli_nothing_found_exits_3_with_require() -> None:
    assert run("--text", "no date here", "--format", "iso", "--require")[0] == 3


def test_cli_in_a_real_subprocess() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "stmtkit", "dateline", "--text", "Mo, 27. Mai 2024, 17:59 Uhr MESZ", "--format", "text"],
        capture_output=True, text=True, check=True,
    ).stdout
    assert out.startswith("2024-05-27T17:59:00+02:00 | +02:00 | Europe/Berlin")


# --- the CLDR tables


def test_cldr_tables_regenerate_to_the_checked_in_module() -> None:
    pytest.importorskip("babel")
    assert generated("gen_cldr_dates", "generate") == checked_in("stmtkit/data/cldr_dates.py")
    assert generated("gen_cldr_dates", "generate_phrases") == checked_in("stmtkit/data/cldr_month_phrases.py")


def test_the_folded_date_words_are_fresh() -> None:
    assert generated("gen_folded_words", "dates_module") == checked_in("stmtkit/data/folded_dates.py"), (
        "run scripts/gen_folded_words.py and commit stmtkit/data/folded_dates.py"
    )


def test_reading_a_dateline_imports_neither_babel_nor_dateparser() -> None:
    code = "import sys, stmtkit.dates.read as r; r.parse_dateline('27 mai 2024'); print(sorted(m for m in sys.modules if m.split('.')[0] in ('babel', 'dateparser', 'click', 'rich')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_cldr_tables_cover_the_languages_the_issue_names() -> None:
    from stmtkit.dates.names import months_by_language, weekdays_by_language

    months = months_by_language()
    for lang in ["fr", "en", "ru", "uk", "de", "es", "it", "pt", "tr", "az", "kk", "uz", "ka", "hy", "ar", "fa", "pl", "cs", "nl", "sv", "el", "zh"]:
        assert len(set(months[lang].values())) == 12, lang
    assert len([lang for lang, t in months.items() if len(set(t.values())) == 12]) >= 40
    assert months["ru"]["мая"] == 5 and months["ru"]["маи"] == 5  # genitive and stand-alone ("май", folded)
    assert weekdays_by_language()["de"]["mo"] == 0  # abbreviated


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("27.05.2024 17:59 | Politics", "27.05.2024 17:59"),
        ("Economy · 27 May 2024", "27 May 2024"),
        ("**Published:** 27 May 2024", "Published:** 27 May 2024"),  # the stamp keeps its label
    ],
)
def test_stamp_line_with_a_section_name_or_markup(line: str, text: str) -> None:
    d = dateline(f"A title for the page\n\n{line}\n\nThe body of the statement follows here.\n")
    assert d is not None and d["text"] == text and d["date"] == "2024-05-27"


def test_a_byline_sentence_is_not_a_stamp() -> None:
    assert dateline("Title\n\nSigned on 12 May 2024 by 300 scientists from ten countries.\n\nBody.\n") is None


def test_stamp_glued_after_the_headline_repeat() -> None:
    text = "Vecinos piden un parque\nVecinos piden un parque 04.06.2024 09:30\n\nLos vecinos del barrio han firmado una carta.\n"
    d = dateline(text)
    assert d is not None and d["datetime"] == "2024-06-04T09:30:00" and d["lines"] == [2, 2]


def test_a_headline_naming_a_date_is_not_a_stamp() -> None:
    assert dateline("Elections on 9 June 2024\n\nVoters go to the polls in every district.\n") is None


def test_lede_below_a_long_header() -> None:
    header = "\n".join(["Home", "World", "Politics", "Business", "Sport", "Culture", "Opinion", "Video", "Audio"])
    text = (
        f"Workers sign a letter\n\n{header}\n\n"
        "LISBON, March 3 (Lusa) - Dock workers in three ports signed an open letter to the minister on Friday.\n"
    )
    d = dateline(text)
    assert d is not None and d["place"] == "LISBON" and d["agency"] == "Lusa"


@pytest.mark.parametrize("line", ["By Jane Doe, Reuters | May 27, 2024", "May 27, 2024 | Views: 1234"])
def test_stamp_line_with_a_byline_or_a_counter(line: str) -> None:
    d = dateline(f"A title for the page\n\n{line}\n\nThe body of the statement follows here.\n")
    assert d is not None and d["date"] == "2024-05-27"


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Submitted by admin on Mon, 05/27/2024 - 17:59"),
        ("fr", "Soumis par jdupont le lun, 27/05/2024 - 17:59"),
        ("de", "Eingereicht von redaktion am Mo, 27.05.2024 - 17:59"),
        ("es", "Enviado por admin el Lun, 27/05/2024 - 17:59"),
        ("el", "Υποβλήθηκε από διαχειριστής στις Δευ, 27/05/2024 - 17:59."),
        ("pt", "Postado por admin em 27/05/2024 - 17:59"),
        ("nl", "Geplaatst door redactie op 27 mei 2024 om 17:59"),
        # a label, lowercase or not, is no place and no prose
        ("pt", "postado em 27/05/2024 às 17:59"),
        ("de", "Stand: 27.05.2024, 17:59 Uhr"),
    ],
)
def test_a_cms_stamp_with_its_author_before_the_date(lang: str, line: str) -> None:
    # "Submitted by USER on DAY, DATE - TIME": a participle, a byline word, a user name in any case and a
    # connector before the date are a stamp line, not a sentence (and "Soumis par jdupont" is no place).
    doc = stmtkit.parse(f"A title for the page\n\n{line}\n\nThe body of the statement follows here.\n",
                        reference_date=REF, languages=[lang])
    d = doc.to_dict()["dateline"]
    assert d is not None and d["datetime"] == "2024-05-27T17:59:00" and d["lines"] == [3, 3] and d["place"] is None
    best = next(step.why for step in doc.explain if step.rule == "dateline:candidate")
    assert "stamp_line=1" in best and "prose" not in best


def test_a_relative_word_alone_is_a_menu_not_a_stamp() -> None:
    assert dateline("A title\n\nToday\nYesterday\n\nThe statement text begins here and goes on.\n") is None


def test_a_reader_comment_time_is_not_the_closing_date() -> None:
    body = "\n\n".join(f"Paragraph {i} of the report on the court hearing and the appeal." for i in range(9))
    assert dateline(f"Court hears appeal\n\n{body}\n\nComments\n\nRick Havel\n2 hours ago\nFree them all.\n") is None


def test_counted_back_stamp_near_the_top() -> None:
    d = dateline("Court hears appeal\n\n2 hours ago\n\nThe appeal of the activists opened on Monday in the city court.\n")
    assert d is not None and d["datetime"] == "2024-06-01T10:00:00"


def test_published_and_updated_on_one_line_with_the_lede_below() -> None:
    text = (
        "Akademisyenlerden ortak bildiri\n\n11.06.2024 14:05 Güncelleme: 11.06.2024 16:20\n\n"
        "ANKARA (AA) - Üniversitelerden 200 akademisyen ortak bir bildiri yayımladı.\n"
    )
    d = dateline(text)
    assert d is not None
    assert (d["datetime"], d["place"], d["agency"], d["lines"]) == ("2024-06-11T14:05:00", "ANKARA", "AA", [3, 3])


@pytest.mark.parametrize(
    ("line", "place"),
    [("Posted on June 11, 2024 by admin", None), ("Par Jean Dupont, le 11 juin 2024", None)],
)
def test_stamp_line_with_a_byline(line: str, place: str | None) -> None:
    d = dateline(f"An open letter\n\n{line}\n\nWe, the undersigned, ask the board to reconsider its decision.\n")
    assert d is not None and d["date"] == "2024-06-11" and d["place"] == place


def test_an_unknown_assumed_zone_is_not_assumed_and_said() -> None:
    record = stmtkit.parse("Title\n\n27.05.2024 17:59\n\nText.\n", assume_tz="Bad/Zone").to_dict()
    assert record["dateline"]["datetime"] == "2024-05-27T17:59:00" and record["dateline"]["timezone"] is None
    assert any("Bad/Zone" in w["message"] for w in record["warnings"])


def test_agency_lines_are_never_longer_than_the_stage_tries() -> None:
    # place_agency_lines skips lines longer than _AGENCY_LINE_MAX before matching _AGENCY_LINE.
    from stmtkit.dates import agency_lines as stage

    longest = "(" + "A" * 30 + ")."
    assert len(longest) == stage._AGENCY_LINE_MAX and stage._AGENCY_LINE.match(longest)
    for extra in ("A", ".", ")", " "):
        assert stage._AGENCY_LINE.match(longest[:-2] + extra + longest[-2:]) is None
        assert stage._AGENCY_LINE.match("/" + "B" * 31 + extra) is None


@pytest.mark.parametrize(("lede", "place", "agency"), [
    ("COASTNEWS.COM, PORTHAVEN - Fishermen marched to the harbour office on Monday (9/2/2024).", "PORTHAVEN", "COASTNEWS.COM"),
    ("PORTHAVEN, Coastnews.com - Fishermen marched to the harbour office on Monday (9/2/2024).", "PORTHAVEN", "Coastnews.com"),
    ("KB, Surabaya — Fishermen marched to the harbour office on Monday (9/2/2024).", "Surabaya", "KB"),
])
def test_a_date_less_lede_of_a_site_and_a_place_with_a_date_later_in_the_paragraph(lede: str, place: str, agency: str) -> None:
    doc = stmtkit.parse(f"Fishermen march to the harbour office\n\n{lede}\n\nThe march ended at noon, the police said.\n")
    assert doc.dateline is not None and (doc.dateline.place, doc.dateline.agency) == (place, agency)


@pytest.mark.parametrize("text", ["US, UK - Two countries sign a new treaty", "NATO, EU - talks resume in Brussels"])
def test_two_names_in_capitals_and_a_dash_are_no_lede(text: str) -> None:
    assert stmtkit.parse_dateline(text) is None


_FERRY_LETTER = (
    "Open letter on the river ferry\n\n"
    "We ask the council to keep the ferry running through the winter: it is the only link across the valley.\n\n"
)


@pytest.mark.parametrize(
    ("closing", "date", "place", "signer"),
    [
        ("Union of Valley Teachers, 12 May 2024", "2024-05-12", None, "Union of Valley Teachers"),
        ("Verband der Fährleute, 12. Mai 2024", "2024-05-12", None, "Verband der Fährleute"),
        ("Stowarzyszenie Przewoźników, 12 maja 2024", "2024-05-12", None, "Stowarzyszenie Przewoźników"),
        # the body, then its town, then the date: the town is the place
        ("Green Valley Residents Council, Leeds, 12 May 2024", "2024-05-12", "Leeds", "Green Valley Residents Council"),
        # a town and its country are a place, whatever words a body's name may share with them
        ("Cape Town, South Africa, 12 May 2024", "2024-05-12", "Cape Town, South Africa", None),
        ("Bremen, 12. Mai 2024", "2024-05-12", "Bremen", None),
    ],
)
def test_a_closing_line_naming_a_body_then_the_date_is_signer_and_date(
        closing: str, date: str, place: str | None, signer: str | None) -> None:
    doc = stmtkit.parse(_FERRY_LETTER + closing + "\n")
    assert doc.dateline is not None and doc.dateline.date == dt.date.fromisoformat(date)
    assert doc.dateline.place == place
    assert [s.name for s in doc.signatories] == ([signer] if signer else [])


def test_press_release_lede_with_a_colon_after_the_date() -> None:
    """French releases open "PLACE, le <date> : <story>": a lede, not a date inside a sentence."""
    text = (
        "Premier bilan de la pétition des bibliothécaires\n\n"
        "LYON, le 14 mars 2023 : Notre pétition pour des bibliothèques ouvertes le dimanche a passé la barre des "
        "dix mille signatures en trois semaines.\n\n"
        "Elle reste ouverte jusqu'à la fin du mois.\n"
    )
    d = dateline(text)
    assert d is not None
    assert d["datetime"] == "2023-03-14" and d["place"] == "LYON" and d["lines"] == [3, 3]


def test_stamp_with_its_time_glued_on_by_a_dash_and_an_update_after_it() -> None:
    text = (
        "05.03.2022-09:40 (Son Güncelleme:05.03.2022-11:15)\n\n"
        "Belediye işçileri ortak bir açıklama yayımladı\n\n"
        "Sendika temsilcileri sabah saatlerinde belediye binası önünde bir araya geldi ve taleplerini okudu.\n"
    )
    record = stmtkit.parse(text, reference_date=REF).to_dict()
    assert record["dateline"]["datetime"] == "2022-03-05T09:40:00"
    assert record["title"] == "Belediye işçileri ortak bir açıklama yayımladı"


def test_published_in_a_source_labels_the_stamp_over_the_letters_own_closing_date() -> None:
    """ "Published in <paper>, <date>" is the page's stamp; the letter's "Place, <date>" below is older."""
    text = (
        "Teachers write to the minister about class sizes\n\n"
        "Published in Valley Courier, Tuesday 3 May 2024\n\n"
        "A group of teachers sent the minister a letter about class sizes this week.\n\n"
        "Dear Minister,\n\n"
        "We write to ask for smaller classes in every primary school of the region.\n\n"
        "Springfield, 29 April 2024\n"
    )
    d = dateline(text)
    assert d is not None and d["datetime"] == "2024-05-03" and d["lines"] == [3, 3]


def test_a_newspaper_issue_stamp_dates_the_page_over_the_letters_own_date() -> None:
    text = (
        "VALLEY COURIER\nTuesday, 7 May 2024, No 103 (2996)\n\n"
        "Open letter to the council\n\n"
        "Springfield, 29 April 2024\n\n"
        "Dear members of the council,\n\n"
        "We, the undersigned parents, ask you to keep the school library open on Saturdays.\n\n"
        "Many of us work during the week, and Saturday is the only day our children can borrow books.\n\n"
        "We would gladly help the librarians on those days if the council asks us to.\n"
    )
    d = dateline(text)
    assert d is not None and d["datetime"] == "2024-05-07" and d["lines"] == [2, 2]


def test_a_known_city_the_date_and_the_story_after_its_full_stop_is_a_lede() -> None:
    text = (
        "Батьки звернулися до міської ради\n\n"
        "Київ, 14 квітня 2023 р. Батьки учнів трьох шкіл оприлюднили відкритий лист до міської ради щодо "
        "бібліотек.\n\nУ листі вони просять відкривати бібліотеки в суботу.\n"
    )
    d = dateline(text)
    assert d is not None and d["datetime"] == "2023-04-14" and d["place"] == "Київ" and d["lines"] == [3, 3]


def test_a_news_sites_domain_in_brackets_is_the_ledes_agency() -> None:
    text = ("Warga desa minta jembatan baru dibangun sebelum musim hujan\n\n"
            "BANDUNG (Kabardesa.com) – Ratusan warga tiga desa menyerahkan surat kepada bupati untuk meminta jembatan baru.\n")
    found = dateline(text)
    assert found is not None and (found["place"], found["agency"]) == ("BANDUNG", "Kabardesa.com")


def test_a_releases_date_and_its_dash_opening_the_story_date_it() -> None:
    text = ("Bewoners vragen gemeente om de bibliotheek op zaterdag te openen\n\n"
            "Een brief aan het college over de openingstijden\n\n"
            "12 maart 2024 - Morgen, woensdag 13 maart, bieden bewoners van drie wijken het college een brief aan "
            "over de openingstijden van de bibliotheek.\n")
    found = dateline(text)
    assert found is not None and found["datetime"] == "2024-03-12"


def test_the_place_alone_over_a_closing_date_is_the_datelines_place() -> None:
    text = ("Statement of the board\n\nWe call on the council to keep the library open on Saturdays, as the families "
            "of the district asked.\n\nUNION OF TEACHERS\nGyumri\n4 May 2022\n")
    doc = stmtkit.parse(text, reference_date=REF)
    assert doc.dateline is not None and (doc.dateline.place, doc.dateline.place_lines) == ("Gyumri", (6, 6))
    assert [s.name for s in doc.signatories] == ["UNION OF TEACHERS"]


@pytest.mark.parametrize("stamp", ["2019年3月4日月曜日", "2019年3月4日(月)", "2019年3月4日 星期一", "2019년 3월 4일 월요일"])
def test_a_cjk_weekday_after_the_top_stamp_keeps_it_a_stamp_line(stamp: str) -> None:
    # the blog's stamp above the appeal dates the page; the appeal's own date closes it, a day earlier
    text = (f"{stamp}\n\n図書館の開館時間についてのアピール\n\n"
            "わたしたちは、市立図書館の土曜日の開館を続けるよう市に求めます。多くの家族が土曜日に図書館を利用しています。\n\n"
            "子どもたちは週末に本を借り、高齢の方々は新聞を読みに来ます。開館時間が短くなれば、その機会が失われます。\n\n"
            "市は来年度の予算で職員を減らす予定ですが、わたしたちはボランティアとして協力する用意があります。\n\n"
            "2019年3月3日\n図書館を守る会\n")
    found = dateline(text)
    assert found is not None and found["datetime"] == "2019-03-04"


@pytest.mark.parametrize(("lede", "place"), [
    ("HALIFAX, Nova Scotia – The governors of three provinces", "HALIFAX, Nova Scotia"),
    ("AUSTIN, Texas — The coalition of librarians", "AUSTIN, Texas"),
    ("SHREVEPORT, La. – The coalition of librarians", "SHREVEPORT, La."),  # the state's short form, as the AP writes it
    ("Chicago, Ill. -- The coalition of librarians", "Chicago, Ill."),
])
def test_a_city_and_its_state_open_a_release_with_no_agency(lede: str, place: str) -> None:
    found = dateline(f"Governors meet on trade\n\n{lede} met on Friday to talk about trade across the border.\n")
    assert found is not None and (found["place"], found["agency"]) == (place, None)


@pytest.mark.parametrize(("lede", "place", "agency"), [
    ("RB – PALOPO – Puluhan guru honorer mendatangi kantor bupati pada Senin pagi", "PALOPO", "RB"),
    ("KBN – KOTA BARU – Warga desa menolak rencana tambang pasir di sungai mereka", "KOTA BARU", "KBN"),
])
def test_an_agencys_letters_a_dash_and_the_place_in_capitals_open_a_lede(lede: str, place: str, agency: str) -> None:
    found = dateline(f"Guru honorer menuntut gaji\n\n{lede}.\n\nMereka meminta gaji dibayar tepat waktu.\n")
    assert found is not None and (found["place"], found["agency"]) == (place, agency)


@pytest.mark.parametrize(("lede", "place", "agency"), [
    ("【ワシントン共同】米国の労働組合は3日、政府に公開書簡を送った。", "ワシントン", "共同"),  # a known wire glued to its place
    ("【ロンドン＝山田太郎】英国の市民団体は3日、政府に公開書簡を送った。", "ロンドン", None),  # a correspondent, no wire
    ("القاهرة - (أ ش أ) - طالبت منظمات المجتمع المدني اليوم الحكومة بالإفراج عن المعتقلين.", "القاهرة", "أ ش أ"),
    ("دمشق-سانا: دعت النقابات المهنية اليوم إلى اجتماع طارئ لبحث الأوضاع المعيشية.", "دمشق", "سانا"),
])
def test_wire_ledes_of_japanese_and_arabic_papers_give_place_and_agency(lede: str, place: str, agency: str | None) -> None:
    found = dateline(f"Headline\n\n{lede}\n\nMore text follows in the second paragraph.\n")
    assert found is not None and (found["place"], found["agency"]) == (place, agency)


@pytest.mark.parametrize(("closing", "place"), [
    ("Signed in Geneva, 3 March 2024", "Geneva"),  # the lead's small "in" is no sentence
    ("حرر في الرباط بتاريخ 3 مارس 2024", "الرباط"),  # "written in Rabat, dated …": a caseless place after the lead
])
def test_a_letters_lead_before_its_place_and_date_closes_it(closing: str, place: str) -> None:
    paragraph = {"G": "We ask the council to keep the two branch libraries open on Sundays, since many families have no "
                      "other quiet place to read and the students prepare for their exams there.",
                 "ا": "نطالب الحكومة بمراجعة هذا القرار الذي يمس آلاف الأسر في المنطقة، ونؤكد أن المدارس والمستشفيات يجب أن "
                      "تبقى مفتوحة أمام الجميع دون استثناء."}["G" if closing.isascii() else "ا"]
    found = dateline(f"Open letter\n\n{paragraph}\n\n{paragraph}\n\n{closing}\n\nAnna Berg\n")
    assert found is not None and (found["place"], found["datetime"]) == (place, "2024-03-03")


@pytest.mark.parametrize(("row", "place", "agency"), [
    ("EFE | Sevilla | 3 de marzo de 2024", "Sevilla", "EFE"),
    ("AFP | Lyon | 3 mars 2024 à 12h30", "Lyon", "AFP"),
    ("Politique | Lyon | 3 mars 2024", None, None),  # a section's name in the first field: no wire, no place read
])
def test_a_wire_and_its_place_in_fields_set_off_by_bars_before_the_date(row: str, place: str | None, agency: str | None) -> None:
    paragraph = "The coalition asked the council to reconsider the decision before the vote planned for next month."
    found = dateline(f"Coalition asks council to reconsider\n\n{row}\n\n{paragraph}\n")
    assert found is not None and (found["place"], found["agency"]) == (place, agency)


@pytest.mark.parametrize("stamp", ["PAP, 03.03.2024 12:30", "PAP – 03.03.2024 12:30", "Reuters - 03.03.2024 12:30"])
def test_a_known_wire_before_a_stamps_comma_or_dash_is_its_agency_not_its_place(stamp: str) -> None:
    paragraph = "The coalition asked the council to reconsider the decision before the vote planned for next month."
    found = dateline(f"Coalition asks council to reconsider\n\n{stamp}\n\n{paragraph}\n")
    assert found is not None and (found["place"], found["agency"], found["datetime"]) == (None, stamp.split()[0].rstrip(","), "2024-03-03T12:30:00")


def test_a_known_city_in_capitals_then_an_outlets_name_after_the_comma_is_place_then_agency() -> None:
    # the other way round from "PB, Jakarta —", where the agency's letters come first and the city after them
    found = dateline("Warga menolak tambang\n\nMEDAN, Kabar Utara - Warga tiga desa menolak rencana tambang pasir di sungai.\n")
    assert found is not None and (found["place"], found["agency"]) == ("MEDAN", "Kabar Utara")


def test_a_headline_of_three_capitalised_parts_between_dashes_is_no_lede() -> None:
    found = dateline("FLOODS – RIVER WATCH – LIVE\n\nThe river rose by a metre overnight and the bridge was closed.\n")
    assert found is None


def test_a_word_with_a_full_stop_after_a_city_in_capitals_is_no_state_unless_it_is_ones_short_form() -> None:
    found = dateline("Governors meet on trade\n\nMEMO, Re. – The governors of three provinces met on Friday to talk.\n")
    assert found is None or found["place"] is None


def test_a_byline_that_names_a_known_wire_gives_the_agency_and_the_lede_its_place() -> None:
    text = ("Musicians sign a call for open libraries\n\nROTTERDAM - Two hundred musicians ask the towns to keep "
            "their libraries open on Sundays.\n\nBy AFP - 18-3-2019, 10:15\n\nThe call ran in a national paper.\n")
    dateline = stmtkit.parse(text).dateline
    assert dateline is not None
    assert (dateline.place, dateline.agency, dateline.datetime) == ("ROTTERDAM", "AFP", dt.datetime(2019, 3, 18, 10, 15))
    # a byline of a person names no agency
    assert stmtkit.parse(text.replace("By AFP", "By Anna Berg")).dateline.agency is None  # type: ignore[union-attr]


def test_a_wires_lede_of_the_day_before_the_pages_stamp_gives_it_place_and_agency() -> None:
    text = ("Three ports agree to share their harbour data\n\n07:40, May 9, 2014\n\n"
            "LISBON, May 8 (Lusa) -- Three ports agreed on Thursday to share their harbour data.\n\n"
            "The ports will meet again in June.\n")
    dateline = stmtkit.parse(text).dateline
    assert dateline is not None
    assert (dateline.datetime, dateline.place, dateline.agency) == (dt.datetime(2014, 5, 9, 7, 40), "LISBON", "Lusa")
    # a lede two days before is another day's story: the stamp stays alone
    alone = stmtkit.parse(text.replace("May 8 (Lusa)", "May 7 (Lusa)")).dateline
    assert alone is not None and alone.place is None


def test_a_headline_its_stamp_and_the_lede_run_into_one_line() -> None:
    text = ("| |||\n![]()\n|\nДачники просят снизить тарифы на воду 14.05.2019 09:10 ТВЕРЬ, 14 мая (ИА Регион, Иван "
            "Петров). Правление садового товарищества направило губернатору письмо с просьбой снизить тарифы на воду для "
            "садовых участков области и отремонтировать подъездные дороги.\n")
    dateline = stmtkit.parse(text).dateline
    assert dateline is not None and dateline.datetime == dt.datetime(2019, 5, 14, 9, 10) and dateline.place == "ТВЕРЬ"
    # a lede of another day after the stamp agrees with nothing: the stamp stays a date inside prose
    other = text.replace("14 мая", "16 мая")
    assert stmtkit.parse(other).dateline is None


def test_a_thai_story_opens_with_its_date_and_a_space() -> None:
    # Thai marks no sentence by case or stop: the date, a space and the story's first words are its lede; the
    # headline's closing dot is an abbreviation's ("นร.", pupils), no sentence's
    text = ("ครู 150 คนทั่วประเทศ เรียกร้องให้โรงเรียนเปิดห้องสมุดในวันเสาร์ เพื่อ นร.\n\n"
            "12 มี.ค.2567 นายกเทศมนตรีกล่าวว่า ครูจากโรงเรียนทั่วประเทศได้เขียนจดหมายถึงกระทรวง"
            "เพื่อขอให้กระทรวงศึกษาธิการเปิดห้องสมุดในวันเสาร์ให้นักเรียนได้อ่านหนังสือ\n")
    doc = stmtkit.parse(text)
    assert doc.dateline is not None and doc.dateline.datetime == dt.date(2024, 3, 12)
    assert doc.title is not None and doc.title.text.endswith("นร.")


@pytest.mark.parametrize("opening", ["12 March 2024, Brockton – The harbour trust today asked the county to fund two new crossings on the valley road.",
                                     "12 March 2024, Brockton,\n\nThe harbour trust today asked the county to fund two new crossings on the valley road."])
def test_a_release_that_states_its_date_before_its_place(opening: str) -> None:
    dateline = stmtkit.parse(f"Harbour trust asks for safer crossings\n\n{opening}\n").dateline
    assert dateline is not None and dateline.datetime == dt.date(2024, 3, 12) and dateline.place == "Brockton"


def test_a_known_town_in_the_field_after_the_date_of_a_stamp_row() -> None:
    text = ("08.03.2012  |  Bergen  |  HARBOUR WORKERS PROTEST\n\n"
            "The harbour workers' union stopped work for two hours on Thursday to protest against the new shift plan.\n")
    dateline = stmtkit.parse(text).dateline
    assert dateline is not None and dateline.datetime == dt.date(2012, 3, 8) and dateline.place == "Bergen"


def test_a_town_before_the_stamps_date_that_the_story_names_again() -> None:
    story = ("Cines cerrados en el valle\n\nVal Fría 04/02/2021 08:40 h\n\n"
             "El cine municipal cierra hasta nuevo aviso. El concello de Val Fría suspendió todas las sesiones del mes.\n")
    dateline = stmtkit.parse(story).dateline
    assert dateline is not None and dateline.place == "Val Fría"
    # a byline's name that the story does not name again is no place
    byline = story.replace("El concello de Val Fría", "El concello")
    dateline = stmtkit.parse(byline).dateline
    assert dateline is not None and dateline.place is None


def test_a_known_city_opens_a_caseless_lede_without_a_comma() -> None:
    text = ("शहर में नई बस सेवा शुरू\n\n"
            "नई दिल्ली 14 मई 2023 नगर निगम ने शनिवार को शहर के पुराने इलाकों के लिए नई बस सेवा शुरू करने की घोषणा की है।\n")
    dateline = stmtkit.parse(text).dateline
    assert dateline is not None and dateline.place == "नई दिल्ली" and dateline.datetime == dt.date(2023, 5, 14)


def test_a_joint_statements_closing_date_and_the_place_after_yu() -> None:
    text = ("甲乙两国联合声明\n\n双方就共同关心的国际和地区问题深入交换了意见，同意进一步加强在各领域的合作。\n\n"
            "双方同意继续保持高层交往，加强各层级对话。\n\n2022年9月15日于乌兰巴托\n")
    dateline = stmtkit.parse(text).dateline
    assert dateline is not None and dateline.place == "乌兰巴托" and dateline.datetime == dt.date(2022, 9, 15)


def test_a_finnish_letter_closes_with_its_town_in_the_locative_and_the_date_in_figures() -> None:
    letter = ("Avoin kirje kaupunginvaltuustolle\n\n"
              "Pyydämme kaupunginvaltuustoa avaamaan kirjaston uudelleen ennen talvea, koska lapsilla ei ole muuta paikkaa lukea.\n\n"
              "Tampereella 12.3.2024\n\nVanhempainyhdistyksen hallitus\n")
    dateline = stmtkit.parse(letter).dateline
    assert dateline is not None and dateline.place == "Tampereella" and dateline.datetime == dt.date(2024, 3, 12)


def test_a_place_in_capitals_alone_over_the_story_under_the_stamp_and_headline_places_it() -> None:
    text = ("14.12.2018 - Updated: 15.12.2018\nCouncils agree on a new ferry line\n\nISTANBUL\n\n"
            "The two councils agreed on Friday to run a new ferry line across the bay from the spring onwards.\n")
    found = dateline(text)
    assert found is not None and (found["place"], found["datetime"]) == ("ISTANBUL", "2018-12-14")


def test_a_place_in_capitals_under_the_stamp_with_no_story_below_is_no_place() -> None:
    text = "14.12.2018\nCouncils agree on a new ferry line\n\nISTANBUL\n\nANKARA\n\nIZMIR\n"
    found = dateline(text)
    assert found is None or found["place"] is None


def test_the_words_before_a_stamps_label_sign_the_page_and_place_nothing() -> None:
    text = ("Second open letter\n\n- Anna Berg Lind — published 22/05/2019 10:40\n\n"
            "The second open letter of the poet Anna Berg Lind asks the council to keep the harbour library open.\n")
    found = dateline(text)
    assert found is not None and found["place"] is None and found["datetime"] == "2019-05-22T10:40:00"
