"""The title: candidates near the top, scored by named features, the best above the threshold."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

import stmtkit
from conftest import FIXTURES
from stmtkit.data.title_weights import TITLE_WEIGHTS

HEADLINE = "Farmers ask the region to keep the old irrigation canal open"
LEDE = "VALENCIA (Reuters) - A group of farmers wrote to the regional government on Monday, asking it to drop the plan."
BODY = "The farmers say the canal has served the valley for two hundred years and should be repaired, not closed."


def title(text: str) -> str | None:
    doc = stmtkit.parse(text)
    return doc.title.text if doc.title else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rubric and a menu item above the headline; the headline has a byline under it
        (f"All news\nMedia Industry\nUpdated\n{HEADLINE}\nBy Jane Doe\n4 Min Read\n{LEDE}\n", HEADLINE),
        # a banner of run-together menu words, then the headline and the lede
        (f"Directory of sitesLoginContactSupport\n{HEADLINE}\n\n{LEDE}\n", HEADLINE),
        # headline, then a standfirst, then the lede: the headline, not the standfirst
        (f"All news\n\n{HEADLINE}\n\nThe farmers repeated their wish \"to keep water in the valley for the next "
         f"generations of growers\"\n\n{LEDE}\n", HEADLINE),
        # a clock stamp glued to a rubric, a counter, then the headline
        (f"15:40 24 February 2022News\n396\n\n{HEADLINE}\n\n{BODY}\n", HEADLINE),
        # a menu with wide gaps, a clock line, breadcrumbs as a numbered list, the headline repeated
        (f"CONTACT   I   ADS   I   ABOUT US   I   NEWSLETTER\nThursday, 23 May, 2024   I   10:01:11 AM EST\n"
         f" 1. Home\n 2. >\n 3. Regions\n 4. >\n 5. Farming news\n{HEADLINE}\nValley Growers Union     13 April, 2024\n"
         f"{HEADLINE}\n{BODY}\n", HEADLINE),
        # crawler metadata glued before the headline, which repeats cleanly below after an agency's name
        (f" date 2017-02 {HEADLINE}\n\nEFE {HEADLINE}\n\n{BODY}\n", HEADLINE),
        # crawler metadata then chrome, notes ending in a full stop, and the headline above the lede
        (f" date 2021-12-25  Skip to main content\nYou have permission to edit this article.\nEdit\nAP\n"
         f"{HEADLINE}\n  • 0\nKYIV, Ukraine (AP) — The president held a video call with the senators on Friday.\n",
         HEADLINE),
        # the headline and the lede on one line, joined by "#"
        (f"{HEADLINE} # {LEDE}\nThe farmers met again on Tuesday.\n", HEADLINE),
        # "Headline - Site" and "Headline | Site"
        (f"{HEADLINE} - Valley Times\n\n{BODY}\n", HEADLINE),
        (f"{HEADLINE} | valleytimes.com\n\n{BODY}\n", HEADLINE),
        # a markdown heading below a line of chrome
        (f"Skip to main content\n\n# {HEADLINE}\n\n{BODY}\n", HEADLINE),
        # a document label alone on top names the document
        (f"PRESS RELEASE\n\n{BODY}\n", "PRESS RELEASE"),
        # a label and a number (a news code) above the headline: page metadata, not a headline
        (f"News ID: 481207\n\n{HEADLINE}\n\n{BODY}\n", HEADLINE),
        # a teaser cut off with an ellipsis between the headline and the lede: the headline
        (f"{HEADLINE}\n\nNotice photo call Town Hall, 9 am: budget 2025 - \"Keep the water for the valley ...\n\n{LEDE}\n",
         HEADLINE),
        # a standfirst repeated below the stamp ends its sentence inside a quotation: body text, not the headline
        (f"{HEADLINE}\n\nThe union said that \"the canal will stay open for another year.\"\n"
         f"Published: 27 May 2024 10:00\nThe union said that \"the canal will stay open for another year.\"\n\n{BODY}\n",
         HEADLINE),
    ],
)
def test_the_headline_is_the_best_candidate(text: str, expected: str) -> None:
    assert title(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an addressee line, then the letter straight away
        "Exmo. Senhor Presidente da Câmara Municipal\nVimos por este meio apresentar o nosso protesto pela obra "
        "aprovada no centro histórico, que altera o espaço público sem consulta aos moradores.\n",
        "Dear colleagues,\n\nWe write to you about the plan to close the canal, which would ruin the valley.\n",
        "To: the Regional Minister of Agriculture\n\nWe write to you about the plan to close the canal, which would "
        "ruin the valley and its farms.\n",
        # the text opens with a lede
        f"{LEDE}\n\n{BODY}\n",
        # crawler metadata, then a lede
        " date 2025-10-17 \nRoma, 17 ott. (Adnkronos) - Il sindaco ha scritto al governo per chiedere fondi.\n",
        # a stamp line, then body text
        f" date 2025-09-30 Tuesday 30 September 2025 at 05 PM / Valley Press\n{BODY}\n",
        # a short heading below the first paragraph is a heading of the body, not the title
        f"{BODY} {BODY}\nIntroduction to the letter\nDear members of the academy!\n{BODY}\n",
    ],
)
def test_no_title_when_the_text_opens_with_an_address_or_its_body(text: str) -> None:
    assert title(text) is None


def test_the_copy_after_a_rubric_is_a_title_repeat() -> None:
    doc = stmtkit.parse(f" date 2017-02 {HEADLINE}\n\nEFE {HEADLINE}\n\n{BODY}\n").to_dict()
    assert doc["title"] == HEADLINE and doc["title_lines"] == [1, 1]
    assert doc["boilerplate"] == [{"kind": "title-repeat", "text": f"EFE {HEADLINE}", "lines": [3, 3]}]


def test_a_sentence_said_twice_is_no_headline() -> None:
    doc = stmtkit.parse(f"Headline of the day\n\n{BODY}\n\nWe ask you to keep it.\n\n{BODY}\n")
    assert doc.title is not None and doc.title.text == "Headline of the day"


PAGE = (
    "<html><head><title>{title}</title><meta property=\"og:site_name\" content=\"Valley Times\"></head>"
    "<body><article>{body}</article></body></html>"
)


def test_a_line_that_repeats_the_page_title_wins() -> None:
    # The rubric comes first, but the line the page's <title> repeats is the headline.
    body = f"<p>Media Industry</p><p>{HEADLINE}</p><p>{BODY}</p>"
    doc = stmtkit.parse(PAGE.format(title=f"Valley Times | {HEADLINE}", body=body).encode(), source="a.html")
    assert doc.title is not None and doc.title.text == HEADLINE and doc.title.lines is not None
    why = [step.why for step in doc.explain if step.rule == "title:candidate"]
    assert "matches_page_title" in why[0]


def test_the_page_title_without_its_site_name_when_no_line_makes_a_headline() -> None:
    body = f"<p>{BODY}</p><p>They met again on Monday.</p>"
    doc = stmtkit.parse(PAGE.format(title=f"{HEADLINE} | Valley Times", body=body).encode(), source="a.html")
    assert doc.title is not None and doc.title.text == HEADLINE and doc.title.lines is None
    assert any(step.rule == "title" and "page" in step.why for step in doc.explain)


def test_explain_lists_the_candidates_with_their_features(tmp_path: object) -> None:
    from pathlib import Path

    from stmtkit.cli.main import cli

    path = Path(str(tmp_path)) / "a.txt"
    path.write_text(f"All news\n\n{HEADLINE}\n\nBy Jane Doe\n\n{LEDE}\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["parse", "--explain", "--format", "json", str(path)])
    assert result.exit_code == 0, result.output
    trail = [line for line in result.stderr.splitlines() if "\ttitle:candidate\t" in line]
    assert trail[0].startswith(f"{path}:3-3\t") and "stamp_follows" in trail[0]
    assert any(line.startswith(f"{path}:1-1\t") and "short" in line for line in trail)


def test_every_feature_has_a_weight() -> None:
    doc = stmtkit.parse(f"All news\n\n{HEADLINE}\n\nBy Jane Doe\n\n{LEDE}\n")
    named = [step.why for step in doc.explain if step.rule == "title:candidate"]
    assert named
    for why in named:
        for part in why.split(": ", 1)[1].split(", "):
            assert part.split(" ")[0] in TITLE_WEIGHTS


@pytest.mark.parametrize(
    "stamp",
    ["• Posted 2021-04-21 10:12 | Updated 2021-04-21 18:40", "• 掲載日 2021-04-21 10:12", "• 입력 2021-04-21 10:12"],
)
def test_a_bulleted_headline_over_a_bulleted_stamp_is_the_headline(stamp: str) -> None:
    # A scrape renders the article's header (headline, stamp, share button) as bullet items.
    text = f"• {HEADLINE}\n  {stamp}\n    • Share\n\"Keep the water in the valley\"\n\n{BODY}\n"
    assert title(text) == HEADLINE


def test_a_bulleted_list_without_a_stamp_below_is_no_headline() -> None:
    text = f"• {HEADLINE}\n• Residents want the old bridge repaired\n\n{BODY}\n\n{BODY}\n"
    assert title(text) != HEADLINE


@pytest.mark.parametrize("trail", ["News > Statements > ", "Home » Appeals » ", "INFO ::: Statements - PAGE 3 > "])
def test_breadcrumbs_ending_with_the_headline_are_not_the_headline(trail: str) -> None:
    text = f"{trail}{HEADLINE}\n\nAppeal\n\n{HEADLINE}\n\nLisbon, 14 March 2022.\n\n{BODY}\n"
    doc = stmtkit.parse(text)
    assert doc.title is not None and doc.title.text == HEADLINE and doc.title.lines == (5, 5)


def test_a_headline_with_an_arrow_and_no_copy_below_stays_the_headline() -> None:
    headline = "Prices > wages: the union asks for a new agreement"
    assert title(f"{headline}\n\n{LEDE}\n\n{BODY}\n") == headline


@pytest.mark.parametrize("credit", ["Photo: Kari Lunde / Workers' Weekly", "Foto: Kari Lunde", "Photo by Kari Lunde", "Bild © Kari Lunde"])
def test_a_caption_with_its_photo_credit_is_no_body_text_above_the_headline(credit: str) -> None:
    caption = ("Delegates of the regional unions met in Bergen in September to discuss the support the unions give "
               "to workers abroad and why that support needs a steady budget")
    text = f"Image\nDelegates at the autumn meeting in Bergen\n\n{caption}\n\n{credit}\n\n{HEADLINE}\n\n2022-09-23\n\n{BODY}\n"
    assert title(text) == HEADLINE


def test_a_japanese_page_opening_with_a_sentence_and_an_addressee_has_no_title() -> None:
    # the opening sentence ends in "。" (its Latin "FAX" makes no headline in capitals); "… 殿" addresses the letter
    doc = stmtkit.parse((FIXTURES / "title-ja-sentence-and-addressee-first.txt").read_bytes())
    assert doc.title is None and doc.language == "ja"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("近日我们收到许多朋友的来信,询问公园改建计划的进展,在此一并作出说明。\n\n改建计划仍在讨论之中,我们会及时公布结果。\n", None),
        ("尊敬的市长先生\n\n我们写信是为了请求保留市民公园,它已经为这个城市服务了五十年。\n", None),
        ("関係者各位\n\n市民公園の閉鎖について、私たちの意見をお伝えいたします。公園の存続を強く求めます。\n", None),
        ("市民公園の存続を求める共同声明\n\n市民公園の閉鎖について、私たちの意見をお伝えいたします。公園の存続を強く求めます。\n",
         "市民公園の存続を求める共同声明"),
    ],
)
def test_cjk_sentences_and_salutations_are_no_headline(text: str, expected: str | None) -> None:
    assert title(text) == expected


@pytest.mark.parametrize(
    ("label", "headline"),
    [
        ("Analysis and opinion", "An open letter to the council: keep the night libraries open"),
        ("Analisi e opinioni", "Lettera aperta al consiglio comunale per le biblioteche di notte"),
        ("Archivio Notizie", "I sindaci chiedono regole chiare per i bilanci dei comuni"),
    ],
)
def test_a_sites_section_label_above_the_headline_is_no_title(label: str, headline: str) -> None:
    text = f"{label}\n\n{headline}\n\nMore than a hundred readers signed the letter this week, asking for longer hours.\n"
    assert title(text) == headline


def test_a_news_desk_byline_over_the_lede_is_no_title() -> None:
    text = ("K9 News Desk\nMore than two hundred musicians, writers and teachers signed a declaration on Monday that "
            "asks the courts to release the detained mayor and his colleagues.\nThe declaration reads as follows.\n")
    assert title(text) is None


def test_a_long_headline_in_a_scrape_without_blank_lines_is_the_title() -> None:
    headline = ("Joint appeal of the mayors: “Real autonomy within clear rules. We are committed to changing how "
                "the towns are run, together and across parties”")
    text = (f"Town News\n{headline}\nThe mayors of twelve towns, from both sides of the council chamber, wrote to "
            "the government on Tuesday asking for a fair share of the budget and for rules that last.\n")
    assert title(text) == headline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a section rubric of four characters over the headline: words are counted by characters in CJK
        ("社会新闻\n\n关于保护城市老街区的联合呼吁书\n\n我们是长期关心城市历史的居民和学者,老街区正在不断被拆除。\n",
         "关于保护城市老街区的联合呼吁书"),
        ("お知らせ\n\n市民公園の存続を求める共同声明\n\n市民公園の閉鎖について、私たちの意見をお伝えいたします。\n",
         "市民公園の存続を求める共同声明"),
    ],
)
def test_a_short_cjk_rubric_above_the_headline_is_not_the_title(text: str, expected: str) -> None:
    assert title(text) == expected


def test_a_site_note_of_two_ended_sentences_above_the_headline_is_not_the_title() -> None:
    text = (
        "Your comment was saved. Thanks a lot!\n\n"
        f"{HEADLINE}\n\n"
        "Published in Valley Courier, 3 May 2024\n\n"
        f"{BODY}\n"
    )
    doc = stmtkit.parse(text)
    assert doc.title is not None and doc.title.text == HEADLINE
    assert doc.dateline is not None and doc.dateline.datetime is not None
    assert doc.dateline.datetime.isoformat() == "2024-05-03" and doc.dateline.lines == (5, 5)


def test_a_two_part_headline_left_open_is_still_the_title() -> None:
    two_parts = "Open letter to the water board. A plea for the old canal"
    assert title(f"{two_parts}\n\n{BODY}\n") == two_parts


def test_bracketed_crumbs_and_a_wrapped_deck_leave_the_headline_the_title() -> None:
    headline = "Farmers and Millers Agree on a Shared Plan for the Valley's Water"
    text = (
        "[ Valley Farmers ] [ Statements ]\n\nNEWS RELEASE\n\nFOR IMMEDIATE RELEASE\nMarch 4, 2024\n\n"
        f"{headline}\n\nValley Farmers Union and the Millers' Guild\nPledge to Share the Canal Through the Dry Months\n\n"
        "Chicago, IL -- Farmers and millers of the valley signed a joint pledge today to share the water "
        "of the old canal through the summer.\n"
    )
    doc = stmtkit.parse(text)
    assert doc.title is not None and doc.title.text == headline
    assert doc.dateline is not None and doc.dateline.place == "Chicago, IL"
    assert doc.dateline.datetime is not None and doc.dateline.datetime.isoformat() == "2024-03-04"


def test_a_section_named_with_a_colon_is_no_headline() -> None:
    assert title(f"Rubrique : Société\n\n{HEADLINE}\n\n{BODY}\n") == HEADLINE


def test_a_menu_set_apart_by_wide_gaps_is_no_headline() -> None:
    assert title(f"Home Region Farming Weather Sports    Photos      Valley News\n\n{HEADLINE}\n\n{LEDE}\n") == HEADLINE


@pytest.mark.parametrize(
    ("crumbs", "headline", "lede"),
    [
        ("Главная / Новости / Общество", "Профсоюзы подписали совместное обращение",
         "Крупнейшие профсоюзы подписали в понедельник обращение к министерству."),
        ("Anasayfa Gündem", "Sendikalar ortak çağrı imzaladı", "Üç büyük sendika pazartesi günü ortak bir çağrı imzaladı."),
        ("Inicio » Sociedad", "Los sindicatos firmaron un manifiesto por la vivienda",
         "Los tres sindicatos firmaron el lunes un manifiesto conjunto por la vivienda pública."),
    ],
)
def test_slash_crumbs_a_home_link_and_a_past_tense_of_sign_leave_the_headline(crumbs: str, headline: str, lede: str) -> None:
    """ "imzaladı" (signed) and "firmaron" hold the "sign now" notes "imzala" and "firmar" but are no such note."""
    assert title(f"{crumbs}\n\n{headline}\n\n12.03.2024 14:05\n\n{lede}\n") == headline


def test_a_stamp_run_onto_the_end_of_the_headline_is_cut_off_and_dates_the_page() -> None:
    doc = stmtkit.parse(f"{HEADLINE} 12.03.2024 09:00\n\n{BODY}\n")
    assert doc.title is not None and doc.title.text == HEADLINE
    assert doc.dateline is not None and doc.dateline.datetime is not None
    assert doc.dateline.datetime.isoformat() == "2024-03-12T09:00:00"


def test_a_headline_that_names_a_day_keeps_it() -> None:
    named = "Farmers will vote on the canal plan on 12 March 2024"
    assert title(f"{named}\n\n{BODY}\n") == named


@pytest.mark.parametrize("stop", ["।", "۔"])
def test_a_line_closed_by_a_danda_or_urdus_full_stop_is_a_sentence_not_the_headline(stop: str) -> None:
    text = (f"पाठकों ने नगर परिषद को एक पत्र लिखा{stop}\n\nपुस्तकालय खुला रखने की मांग\n\n"
            "नगर के पाठकों ने परिषद से कहा कि पुरानी पुस्तकालय को सप्ताहांत में भी खुला रखा जाए और उसके कर्मचारियों को वेतन मिले।\n")
    title = stmtkit.parse(text).title
    assert title is not None and title.text == "पुस्तकालय खुला रखने की मांग"


def test_a_line_closed_by_the_arabic_comma_runs_on_and_is_no_headline() -> None:
    text = ("نحن المنظمات الموقعة أدناه،\nنعبر عن تضامننا مع زملائنا في المكتبة العامة ونطالب بإبقائها مفتوحة أيام العطل "
            "لكل القراء في المدينة.\n")
    assert stmtkit.parse(text).title is None


def test_a_headline_ending_on_its_date_and_the_years_word_is_no_sentence() -> None:
    # "r." (rok) and "г." (год) close the date, not a sentence: the headline is still a headline
    for headline, sentence in (
            ("Uchwała Zarządu Związku Gmin Doliny w sprawie budżetu, podjęta 12 marca 2024 r.",
             "Związek Gmin Doliny od lat wspiera szkoły i biblioteki w całym powiecie, a w tym roku chce zrobić więcej."),
            ("Заявление совета Союза садоводов о дорогах, принятое 12 марта 2024 г.",
             "Союз садоводов много лет просит районные власти отремонтировать дороги к участкам, но ответа нет.")):
        title = stmtkit.parse(f"{headline}\n\n{sentence}\n\n{sentence}\n").title
        assert title is not None and title.text == headline


@pytest.mark.parametrize(("addressee", "body"), [
    ("Al Sr. Intendente", "Nos dirigimos a usted porque la biblioteca del barrio lleva dos años cerrada y los chicos no tienen dónde leer.\n"
                          "Le pedimos que la reabra antes del invierno."),
    ("Ao Senhor Prefeito", "Escrevemos porque a biblioteca do bairro está fechada há dois anos e as crianças não têm onde ler.\n"
                           "Pedimos que a reabra antes do inverno."),
    ("Alla Sig.ra Sindaca", "Le scriviamo perché la biblioteca del quartiere è chiusa da due anni e i ragazzi non hanno dove leggere.\n"
                            "Le chiediamo di riaprirla prima dell'inverno.")])
def test_a_letter_opening_on_its_addressee_and_a_titled_name_has_no_title(addressee: str, body: str) -> None:
    assert stmtkit.parse(f"{addressee}\nDr. Jorge Ribas\n{body}\n").title is None


def test_a_letters_title_closing_with_et_al_and_its_addressee_greeted_below() -> None:
    letter = ("A joint letter to Maria Lenz from Tom Hale et al.\n\nProf. Dr. Maria Lenz\n\nPresident of the Research Council\n\n"
              "Dear Prof. Dr. Maria Lenz:\n\nWe write to ask the council to keep the institute independent, as it has "
              "been for forty years.\n")
    title = stmtkit.parse(letter).title
    assert title is not None and title.text == "A joint letter to Maria Lenz from Tom Hale et al."


def test_a_masthead_over_the_sites_date_over_the_headline_is_no_headline() -> None:
    page = ("Em\nO Correio da Ribeira\n\n2025/11/12\n\nPresidente da câmara visita as escolas do concelho no âmbito da iniciativa Escola Aberta\n\n"
            "Concelho\n\nO presidente da câmara visitou esta manhã as três escolas do concelho e falou com professores e pais.\n")
    title = stmtkit.parse(page).title
    assert title is not None and title.text.startswith("Presidente da câmara visita")


def test_a_headline_printed_twice_with_its_dash_keeps_the_words_after_it() -> None:
    # A site names itself once, in the page's title; a line printed twice, dash and all, is the headline's own dash.
    page = ("Listen to Valley Radio live\n\nJoint statement of the councils Lakeside - Hillbury\n\n"
            "The two councils agreed to share the cost of the new ferry across the lake.\n\n"
            "Joint statement of the councils Lakeside - Hillbury\n\nBy Jane Roe, 3 May 2024, 10:15\n\n"
            "The councils of Lakeside and Hillbury met on Friday in a joint session and signed the statement.\n")
    title = stmtkit.parse(page).title
    assert title is not None and title.text == "Joint statement of the councils Lakeside - Hillbury"


def test_a_site_name_after_a_dash_on_one_copy_only_goes() -> None:
    page = ("Joint statement of the councils on the ferry - Valley Radio\n\nJoint statement of the councils on the ferry\n\n"
            "By Jane Roe, 3 May 2024, 10:15\n\n"
            "The councils of Lakeside and Hillbury met on Friday in a joint session and signed the statement.\n")
    title = stmtkit.parse(page).title
    assert title is not None and title.text == "Joint statement of the councils on the ferry"


@pytest.mark.parametrize("chrome", ["Markets headline Sponsored content", "No Tag To Print"])
def test_a_line_whose_words_the_story_says_again_beats_a_tag_line_above_it(chrome: str) -> None:
    page = (f"{chrome}\n\nHarbour towns commit to a shared ferry service\n\n"
            "The harbour towns of the northern coast committed on Friday to a shared ferry service that will link "
            "their ports from next spring, the councils said in a joint statement.\n\n"
            "The ferry service will be paid for by the towns together, and the harbour councils will meet again in May.\n")
    title = stmtkit.parse(page).title
    assert title is not None and title.text == "Harbour towns commit to a shared ferry service"


@pytest.mark.parametrize("label", ["You are here:", "Bạn đang ở:", "Vous êtes ici :"])
def test_a_trail_after_its_you_are_here_label_ends_with_the_headline(label: str) -> None:
    page = (f"{label} Home / Letters / Second open letter to the council\n\nSecond open letter to the council\n\n"
            "The residents of the harbour district write again to ask the council to keep the library open on Sundays.\n")
    title = stmtkit.parse(page.replace("Home", "Trang chủ" if "Bạn" in label else "Accueil" if "Vous" in label else "Home")).title
    assert title is not None and title.text == "Second open letter to the council"
