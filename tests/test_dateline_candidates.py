"""Choosing the dateline by evidence: candidates, their features and scores, the best above a threshold."""

from __future__ import annotations

import datetime as dt
import re

import pytest

import stmtkit
from conftest import FIXTURES
from stmtkit.data.dateline_weights import THRESHOLD, WEIGHTS

REF = dt.datetime(2024, 6, 1, 12, 0)


def parse(text: str) -> stmtkit.Statement:
    return stmtkit.parse(text, reference_date=REF)


def dateline(text: str) -> dict[str, object] | None:
    return parse(text).to_dict()["dateline"]  # type: ignore[no-any-return]


def candidates(statement: stmtkit.Statement) -> list[str]:
    return [step.why for step in statement.explain if step.rule == "dateline:candidate"]


def test_explain_lists_every_candidate_with_its_score_and_features() -> None:
    statement = parse(
        "Appeal to the council\n\n27 May 2024 17:59\n\n"
        "The meeting on 3 June 2024 will hear the appeal of the residents of the old quarter.\n"
    )
    found = candidates(statement)
    assert len(found) == 2
    best, event = found
    assert best.startswith("candidate ") and "2024-05-27T17:59:00" in best and "stamp_line=1" in best
    assert "2024-06-03" in event and "prose=" in event
    points = [float(re.match(r"candidate (-?[\d.]+)", why).group(1)) for why in found]  # type: ignore[union-attr]
    assert points[0] >= THRESHOLD > points[1]


def test_every_feature_the_explain_trail_names_has_a_weight() -> None:
    statement = parse(
        "Headline\n\nPolitics Materials 30 November 2017 14:47 (UTC +04:00)\n\nUpdated: 1 December 2017\n\n"
        "BAKU, Nov 30 (APA) - The text of the statement follows here in full.\n\nToday\n\n2 hours ago\n"
    )
    for why in candidates(statement):
        for name in re.findall(r" (\w+)=", why.split(":", 1)[1]):
            assert name in WEIGHTS


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A rubric before the date with no bar between them.
        ("Politics Materials 30 November 2017 14:47 (UTC +04:00)", "2017-11-30T14:47:00+04:00"),
        ("World News 12 March 2021", "2021-03-12"),
    ],
)
def test_a_rubric_before_the_date_is_still_the_stamp(line: str, expected: str) -> None:
    d = dateline(f"A headline about the letter\n\n{line}\n\nThe letter asks the council to reconsider its decision.\n")
    assert d is not None and d["datetime"] == expected and d["lines"] == [3, 3]


def test_a_date_inside_a_sentence_loses_to_a_stamp_further_down() -> None:
    text = (
        "A headline about the letter\n\n"
        "The petition stays open for signing until 3 July 2024, the organisers said.\n\n"
        "The letter asks the council to reconsider its decision.\n\n27 May 2024\n"
    )
    d = dateline(text)
    assert d is not None and d["datetime"] == "2024-05-27"


def test_a_run_of_dated_lines_is_a_list_not_the_stamp() -> None:
    body = "\n\n".join(f"Paragraph {i} of the letter asks the council to reconsider its decision." for i in range(6))
    related = "\n".join(f"Another story about the region\n{day} April 2024" for day in (3, 5, 8))
    text = f"A headline about the letter\n\n{body}\n\nRelated\n{related}\n"
    assert dateline(text) is None


def test_the_best_candidate_is_taken_only_above_the_threshold() -> None:
    assert dateline("A headline\n\nThe vote was held on 12 May 2024 in the old town hall of the city.\n") is None


@pytest.mark.parametrize(
    ("lede", "place", "agency"),
    [
        ("KYIV, Ukraine (AP) — The president met the delegation on Friday.", "KYIV, Ukraine", "AP"),
        ("CHICAGO--(NEWS WIRE)--Harbor Tools today sent an open letter to its board.", "CHICAGO", "NEWS WIRE"),
        ("부산--(뉴스와이어)--부산의 시민단체들이 공동 성명을 발표했다.", "부산", "뉴스와이어"),
        ("KB, Surabaya — Sejumlah guru menulis surat terbuka kepada wali kota.", "Surabaya", "KB"),
        # an agency no list knows, one word in capitals, after a place in capitals or a known city
        ("IZMIR (HABERAJANS)- Yüzlerce dernek ortak bir çağrı yayımladı.", "IZMIR", "HABERAJANS"),
        ("Berlin (PRESSEDIENST) - Die Initiative schreibt dem Bürgermeister.", "Berlin", "PRESSEDIENST"),
    ],
)
def test_a_dateless_lede_is_a_dateline_of_place_and_agency(lede: str, place: str, agency: str) -> None:
    d = dateline(f"A headline about the letter\n\n{lede}\n\nThe letter follows.\n")
    assert d is not None and d["datetime"] is None and (d["place"], d["agency"]) == (place, agency)


def test_a_place_alone_in_capitals_places_a_stamp_and_is_the_dateline_alone_at_the_top() -> None:
    lede = "LEIDEN - More than a hundred writers ask the city to keep its libraries open at night."
    d = dateline(f"A headline about the letter\n\n{lede}\n\nThe letter follows.\n")
    assert d is not None and (d["datetime"], d["place"], d["agency"]) == (None, "LEIDEN", None)
    deep = "\n\n".join(f"Paragraph {n} of the letter, which goes on for a while." for n in range(15))
    assert dateline(f"A headline about the letter\n\n{deep}\n\n{lede}\n") is None  # far down: a quote, no lede
    d = dateline(f"A headline about the letter\n\n{lede}\n\nBy the desk - 14-5-2021, 16:40\n\nThe letter follows.\n")
    assert d is not None and (d["datetime"], d["place"], d["lines"]) == ("2021-05-14T16:40:00", "LEIDEN", [5, 5])


def test_a_capitals_agency_in_brackets_needs_a_place_a_wire_would_write() -> None:
    assert dateline("A headline about the letter\n\nMinutes (PDF) - the board met twice in May.\n") is None


def test_a_stamp_at_the_top_takes_place_and_agency_from_an_unknown_agency_lede() -> None:
    text = ("  • 14.03.2019, 09:12:40\n\nA headline about the letter\n\n"
            "Madrid (PRESSEDIENST) - The residents wrote to the council about the old hospital park.\n")
    d = dateline(text)
    assert d is not None and (d["datetime"], d["place"], d["agency"]) == ("2019-03-14T09:12:40", "Madrid", "PRESSEDIENST")


@pytest.mark.parametrize("lede", ["WASHINGTON D.C. —FAIR RENT NOW, a group of tenant unions, wrote to the senators.",
                                  "ALBANY, N.Y. — Tenant unions wrote to the senators on Monday."])
def test_the_crawlers_date_before_a_place_lede_dates_it(lede: str) -> None:
    d = dateline(f"date 2021-04-09 {lede}\n\nThe letter follows.\n")
    assert d is not None and (d["datetime"], d["place"]) == ("2021-04-09", lede.split(" —")[0])


def test_a_headline_in_capitals_after_a_place_is_no_lede() -> None:
    assert dateline("A headline\n\nUKRAINE — WAR UPDATE LIVE\n\nThe letter follows.\n") is None


def test_a_stamp_dates_the_yearless_lede_below_it() -> None:
    text = " date 2025-10-17 \n\nRoma, 17 ott. (Agenzia) - Il sindaco ha firmato la lettera aperta dei comitati.\n"
    d = dateline(text)
    assert d is not None and (d["datetime"], d["place"], d["agency"]) == ("2025-10-17", "Roma", "Agenzia")


def test_a_time_alone_beside_the_date_line_gives_the_time() -> None:
    d = dateline("A headline about the appeal\n\n# 09:15\n3 March 2021\n\nThe unions appealed to the ministers.\n")
    assert d is not None and (d["datetime"], d["lines"]) == ("2021-03-03T09:15:00", [3, 4])


@pytest.mark.parametrize(
    ("line", "place"),
    [("Warszawa 25 marca 2017 r.", "Warszawa"), ("12 апреля 2011 г. Самара", "Самара"), ("Politics 30 November 2017", None)],
)
def test_a_known_place_beside_the_date_needs_no_comma(line: str, place: str | None) -> None:
    d = dateline(f"A headline about the letter\n\n{line}\n\nThe letter follows.\n")
    assert d is not None and d["place"] == place


def test_the_publication_stamp_wins_over_the_update_on_its_line() -> None:
    d = dateline("A headline\n\nBy the desk - 14-5-2021, 16:40 (Update 14-5-2021, 17:05)\n\nThe letter follows.\n")
    assert d is not None and d["datetime"] == "2021-05-14T16:40:00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("30 سبتمبر 2025 الساعة 05 مساءً", "2025-09-30T17:00:00"),  # ar: "at the hour 05 in the evening"
        ("30 سبتمبر 2025 الساعة 09:15 صباحًا", "2025-09-30T09:15:00"),  # ar: morning
        ("12 Ιουνίου 2024 09:30 μ.μ.", "2024-06-12T21:30:00"),  # el: after noon
        ("12 Ιουνίου 2024 09:30 π.μ.", "2024-06-12T09:30:00"),  # el: before noon
        ("5. ledna 2024 v 9:30", "2024-01-05T09:30:00"),  # cs: "v" links the time
        ("۵ خرداد ۱۴۰۳، ساعت ۱۰:۴۵", "2024-05-25T10:45:00"),  # fa: the Arabic comma, then "at the hour"
        ("3 مئی 2024، 10:45", "2024-05-03T10:45:00"),  # ur: the Arabic comma before the time
        ("30 سبتمبر 2025، 09:15 م", "2025-09-30T21:15:00"),  # ar
    ],
)
def test_time_markers_in_other_scripts(text: str, expected: str) -> None:
    d = stmtkit.parse_dateline(text)
    assert d is not None and d.to_dict()["datetime"] == expected


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Storvik 27. august 2014", "Storvik"),  # a town no table knows: the letter's day with its full stop
        ("Brzeziny 12 maja 2020 r.", "Brzeziny"),  # the year's word closes a letter's date
        ("Politics 30 November 2017", None),  # a rubric and a date: no full stop after the day, no year word
        ("Storvik 27. august 2014 kl. 14:05", None),  # a time after it: a stamp line, not a letter's place
    ],
)
def test_a_letters_place_the_tables_do_not_know_needs_no_comma(line: str, place: str | None) -> None:
    d = dateline(f"A headline about the letter\n\n{line}\n\nThe letter follows.\n")
    assert d is not None and d["place"] == place


@pytest.mark.parametrize(
    ("text", "place", "agency"),
    [
        ("القاهرة، 12 مايو (وكالة) - قالت النقابات في بيان مشترك", "القاهرة", "وكالة"),  # ar: Arabic comma
        ("नई दिल्ली, 12 मई (एजेंसी) संगठनों ने एक साझा बयान जारी किया", "नई दिल्ली", "एजेंसी"),  # hi
        ("کراچی۔12 مارچ(شہری خبریں۔ 12 مارچ2025ء) تاجر تنظیموں نے بیان جاری کیا", "کراچی", "شہری خبریں"),  # ur: full stop
        ("وقال الوزير في بيان 12 مايو إن", None, None),  # a sentence's words before the date name no place
        ("Oslo, 12 May 2024 (edited 13.05.2024) The board", "Oslo", None),  # a bracket of another day is a note
    ],
)
def test_a_ledes_place_in_a_script_without_capitals(text: str, place: str | None, agency: str | None) -> None:
    d = stmtkit.parse_dateline(text)
    assert d is not None and (d.place, d.agency) == (place, agency)


def test_a_stamp_takes_the_place_of_an_urdu_lede_without_a_year() -> None:
    d = stmtkit.parse((FIXTURES / "dateline-ur-stamp-and-yearless-lede.txt").read_bytes()).to_dict()["dateline"]
    assert d is not None and (d["datetime"], d["place"], d["lines"]) == ("2025-03-12T14:05:00", "کراچی", [5, 5])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("二〇二四年三月十五日", "2024-03-15"),  # the year digit by digit, the day with ten
        ("二零零九年十一月二十六日", "2009-11-26"),
        ("某某协会二〇二四年十月十日", "2024-10-10"),  # glued after a body's name
        ("第十七批签名", None),  # a number before no date mark is no date
    ],
)
def test_a_date_written_in_han_numerals(text: str, expected: str | None) -> None:
    d = stmtkit.parse_dateline(text)
    assert (d.to_dict()["datetime"] if d is not None else None) == expected


def test_the_crawlers_date_before_a_headline_yields_to_the_lede_below() -> None:
    text = ("date 2021-04-20 Tenant unions write to the senators about the rent freeze\n\n"
            "ALBANY, April 12, 2021 (NEWSDESK) - Tenant unions wrote to the senators on Monday.\n\nThe letter follows.\n")
    d = dateline(text)
    assert d is not None and (d["datetime"], d["place"], d["agency"]) == ("2021-04-12", "ALBANY", "NEWSDESK")


BODY = ("The union said the new rules would hurt thousands of workers and asked the ministry to withdraw them "
        "before the summer session of parliament.\n\nIt said talks had failed twice this year.\n")


@pytest.mark.parametrize("line", [
    "Deadline for signatures: 30 June 2024", "Signatures accepted until 30 June 2024", "Frist: 30.06.2024",
    "Date limite des inscriptions : 30 juin 2024", "Plazo de inscripción: 30 de junio de 2024",
    "Срок подачи заявок: 30 июня 2024 года", "Son başvuru tarihi: 30 Haziran 2024",
])
def test_a_deadline_is_not_the_pages_date(line: str) -> None:
    assert dateline(f"Unions demand withdrawal of new rules\n\n{BODY}\n{line}\n") is None


@pytest.mark.parametrize("heading", ["Related articles", "Comments", "Artículos relacionados"])
def test_dates_under_related_articles_or_comments_are_not_the_pages(heading: str) -> None:
    text = (f"Unions demand withdrawal of new rules\n\n{BODY}\n{heading}\nTeachers strike over pay\n3 April 2024\n"
            "Doctors join the protest\n28 March 2024\n")
    assert dateline(text) is None


def test_a_stamp_above_the_text_still_dates_it_when_related_articles_follow() -> None:
    text = (f"Unions demand withdrawal of new rules\n12 May 2024\n\n{BODY}\nRelated articles\nTeachers strike over pay\n"
            "3 April 2024\n")
    found = dateline(text)
    assert found is not None and found["datetime"] == "2024-05-12"


@pytest.mark.parametrize("widget", ["Sobota 14. marca 2026Meniny má Matilda", "Sobota 14. marca 2026\nMeniny má Matilda",
                                    "Sobota 14. marca 2026 | Imieniny: Matyldy",
                                    "LAT Сб, 14. Марта Завтра: Matilde, Ilga"])
def test_the_name_day_widgets_date_is_the_sites_clock_not_the_ledes(widget: str) -> None:
    text = (f"Spravodajský portál\n{widget}\n\nPrimátori podpísali spoločné vyhlásenie\n\n"
            "Košice 3. júna (NEWSDESK) - Primátori piatich miest podpísali v stredu spoločné vyhlásenie o doprave.\n\n"
            "Na snímke primátori pri podpise 3. júna 2025 v Košiciach.\n\nVyhlásenie má päť bodov.\n")
    d = dateline(text)
    assert d is not None and (d["datetime"], d["place"], d["agency"]) == ("2025-06-03", "Košice", "NEWSDESK")


def test_a_stamp_closed_by_its_sections_name_is_a_stamp_line() -> None:
    text = ("Image\nTuesday 14 January 2025 21:05 Politics\n\nThe party answers its rival on the vote\n\n"
            "The party insisted on a joint candidate for the vote, its spokesman said in a statement.\n\n"
            "Post\nPolitics Monday 02.02.2026\nThe minister visits the islands\n")
    d = dateline(text)
    assert d is not None and d["datetime"] == "2025-01-14T21:05:00"


@pytest.mark.parametrize(("text", "place", "agency"), [
    ("Riverton (North Province), 29 November (NEWSDESK) - The council met.", "Riverton", "NEWSDESK"),
    ("MUMBAI (Maharashtra), Nov 29 (PTI) - The council met.", "MUMBAI", "PTI"),
    ("BAKU (Reuters), 29 November - The council met.", "BAKU", "Reuters"),
])
def test_a_bracket_after_the_ledes_place_names_its_region_or_its_wire(text: str, place: str, agency: str) -> None:
    d = stmtkit.parse_dateline(text)
    assert d is not None and (d.place, d.agency) == (place, agency)


def test_a_gallerys_counter_after_a_word_names_no_region() -> None:
    d = stmtkit.parse_dateline("Stars (1 / 4) 06.11.2023 13:30")
    assert d is not None and d.place is None


@pytest.mark.parametrize("text", ["Article by Jane Roe, 3 May 2021, 09:12", "Articol de Ana Pop, 3 mai 2021, 09:12",
                                  "Artículo de Juan Gil, 3 de mayo de 2021"])
def test_an_articles_byline_before_its_date_names_no_place(text: str) -> None:
    d = stmtkit.parse_dateline(text)
    assert d is not None and d.place is None and d.datetime is not None


@pytest.mark.parametrize("line", ["4 min read · Mar 3, 2024", "Mar 3, 2024 · 4 min read",
                                  "3 min read Last Updated : Mar 3 2024 | 09:15 AM", "03.03.2024 | Lesezeit: 4 Min."])
def test_a_reading_time_beside_the_stamp_leaves_it_a_stamp_line(line: str) -> None:
    d = dateline(f"Unions demand withdrawal of new rules\n\n{line}\n\n{BODY}")
    assert d is not None and str(d["datetime"]).startswith("2024-03-03")


def test_a_credit_line_of_a_wire_and_a_place_gives_the_stamp_its_place() -> None:
    text = ("Unions demand withdrawal of new rules\n\nAssociated Press Nairobi\nLast Updated : Mar 3 2024 | 09:15 AM\n\n"
            f"{BODY}")
    d = dateline(text)
    assert d is not None and (d["place"], d["agency"]) == ("Nairobi", "Associated Press")


@pytest.mark.parametrize(("credit", "place", "agency"), [("Nairobi – Reuters", "Nairobi", "Reuters"),
                                                          ("Al-Riyadh - SANA", "Al-Riyadh", "SANA"),
                                                          ("אל-ריאד – סאנא", "אל-ריאד", "סאנא")])
def test_a_place_a_dash_and_a_wire_on_a_line_under_the_stamp_give_its_place_and_agency(credit: str, place: str, agency: str) -> None:
    d = dateline(f"03/03/2024\n{credit}\n{BODY}")
    assert d is not None and (d["place"], d["agency"]) == (place, agency)


def test_a_place_a_dash_and_a_wire_make_no_headline() -> None:
    doc = stmtkit.parse(f"03/03/2024\nNairobi – Reuters\n{BODY}")
    assert doc.title is None or "Reuters" not in doc.title.text


def test_an_issue_line_with_its_volume_and_number_written_after_them_dates_the_paper() -> None:
    text = ("1998. március 12., csütörtök VI. évfolyam, 412. szám\n\nKÖZLEMÉNY\n\n"
            "A találkozó résztvevői 1998. március 11-én közös tanácskozást tartottak a városházán.\n\n"
            "Az 1998. február 5–i ülésen a tanács új szabályokat fogadott el a kikötőről.\n")
    d = dateline(text)
    assert d is not None and d["datetime"] == "1998-03-12"


def test_an_en_dash_glued_to_a_date_and_a_letter_is_its_suffix_no_ledes_dash() -> None:
    text = ("A városi tanács közleménye\n\nAz 1998. február 5–i ülésen hozott döntés alapján a bizottság új "
            "jelentést ír a kikötő forgalmáról a tanácsnak.\n\nA bizottság jelentést készít.\n")
    assert dateline(text) is None


def test_a_clock_with_tomorrows_name_days_dates_no_page_that_states_no_date() -> None:
    text = ("Суббота Новости Рецепты\nLAT Сб, 14. Марта Завтра: Matilde, Ilga\nДоступность\n\n"
            "Музыканты города просят мэра сохранить библиотеку\n\nМузыканты города просят мэра сохранить библиотеку\n\n"
            "Музыканты и художники города обратились к мэру с просьбой сохранить библиотеку у реки.\n\n"
            "Обращение поддержали писатели и учителя.\n")
    assert dateline(text) is None
