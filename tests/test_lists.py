"""Lists: every label style, nesting, items over several lines, blank lines, intros, separators, non-lists."""

from __future__ import annotations

from typing import Any

import pytest
import regex

import stmtkit
from stmtkit.labels import read_label, read_labels
from stmtkit.stages.lists import item_text

HEAD = "A headline for the test\n\n"


def lists_of(text: str) -> list[dict[str, Any]]:
    return list(stmtkit.parse(HEAD + text).to_dict()["lists"])


def tree(items: list[dict[str, Any]]) -> list[Any]:
    """Labels and texts, nested: [("1", "One", [("a", "Sub", [])])]."""
    return [(i["label"], i["text"], tree(i.get("items", []))) for i in items]


@pytest.mark.parametrize(
    ("text", "style", "label"),
    [
        ("1. One", "decimal", "1"),
        ("1) One", "decimal", "1"),
        ("(1) One", "decimal", "1"),
        ("1- One", "decimal", "1"),
        ("1 - One", "decimal", "1"),
        ("1° One", "decimal", "1"),
        ("1º One", "decimal", "1"),
        ("a) One", "lower-alpha", "a"),
        ("(a) One", "lower-alpha", "a"),
        ("A. One", "upper-alpha", "A"),
        ("i. One", "lower-roman", "i"),
        ("iv) One", "lower-roman", "iv"),
        ("I. One", "upper-roman", "I"),
        ("XII. One", "upper-roman", "XII"),
        ("• One", "bullet", "•"),
        ("- One", "bullet", "-"),
        ("-One", "bullet", "-"),
        ("– One", "bullet", "–"),
        ("* One", "bullet", "*"),
        ("▪ One", "bullet", "▪"),
    ],
)
def test_label_styles(text: str, style: str, label: str) -> None:
    found = read_label(text)
    assert found is not None and (found.style, found.label) == (style, label)


@pytest.mark.parametrize(
    "text",
    [
        "2024. The year began with a strike.",  # a year, not the 2024th item
        "27. Mai 2024 — the first meeting",  # a numbered date
        "(030) 1234 567",  # a phone number
        "1-800-555-0199",
        "- 5 °C tonight",  # figures
        "*Note* the date",  # emphasis
        "1.5 million people",
        "",
        "#",
    ],
)
def test_not_labels(text: str) -> None:
    assert read_labels(text) == []


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("the courts;", "the courts"),
        ("the courts ; and", "the courts"),
        ("les tribunaux ; et", "les tribunaux"),
        ("die Gerichte, und", "die Gerichte"),
        ("the courts, or", "the courts"),
        ("суды; и", "суды"),
        ("məhkəmələr; və", "məhkəmələr"),
        ("the end.", "the end."),
        ("Band and", "Band and"),
        ("保留图书馆；", "保留图书馆"),
        ("公布调查报告，", "公布调查报告"),
    ],
)
def test_item_text_drops_the_trailing_separator_and_keeps_a_full_stop(raw: str, text: str) -> None:
    assert item_text(raw) == text


A = "publish the full study"
B = "hold a public hearing"
C = "pause the tender"


@pytest.mark.parametrize(
    ("labels", "style"),
    [
        (("1.", "2.", "3."), "decimal"),
        (("1)", "2)", "3)"), "decimal"),
        (("(1)", "(2)", "(3)"), "decimal"),
        (("1-", "2-", "3-"), "decimal"),
        (("1°", "2°", "3°"), "decimal"),
        (("a)", "b)", "c)"), "lower-alpha"),
        (("A.", "B.", "C."), "upper-alpha"),
        (("h)", "i)", "j)"), "lower-alpha"),
        (("i.", "ii.", "iii."), "lower-roman"),
        (("I.", "II.", "III."), "upper-roman"),
        (("•", "•", "•"), "bullet"),
        (("-", "-", "-"), "bullet"),
        (("–", "–", "–"), "bullet"),
        (("*", "*", "*"), "bullet"),
    ],
)
def test_every_style_makes_a_list(labels: tuple[str, str, str], style: str) -> None:
    body = "\n".join(f"{label} {text}" for label, text in zip(labels, (A, B, C), strict=True))
    (found,) = lists_of("We ask the city to:\n\n" + body)
    assert found["style"] == style
    assert [i["text"] for i in found["items"]] == [A, B, C]
    # The label is kept without its punctuation: "1." → "1", "(a)" → "a", "•" → "•".
    assert [i["label"] for i in found["items"]] == [regex.sub(r"^\((.+)\)$|[.)°º]$|-$", r"\1", lab) or lab for lab in labels]


@pytest.mark.parametrize("labels", [("1.-", "2.-", "3.-"), ("1º.-", "2º.-", "3º.-"), ("1) –", "2) –", "3) –")])
def test_a_number_and_a_dash_make_a_list(labels: tuple[str, str, str]) -> None:
    body = "\n".join(f"{label} {text}" for label, text in zip(labels, (A, B, C), strict=True))
    (found,) = lists_of("We ask the city to:\n\n" + body)
    assert found["style"] == "decimal"
    assert [(i["label"], i["text"]) for i in found["items"]] == [("1", A), ("2", B), ("3", C)]


def test_nesting_by_indentation() -> None:
    # Items that read as sentences: a bare column of short phrases may be taken for names.
    deep, last = "the trees along the quay must be kept.", "the market must not be moved to the edge of town."
    body = f"We ask:\n- {A}\n  - {B}\n  - {C}\n    * {deep}\n- {last}"
    (found,) = lists_of(body)
    assert tree(found["items"]) == [
        ("-", A, [("-", B, []), ("-", C, [("*", deep, [])])]),
        ("-", last, []),
    ]


def test_nesting_by_a_change_of_label_style() -> None:
    body = "1. Publish the study:\na) the model;\nb) the costs.\n2. Hold a hearing."
    (found,) = lists_of(body)
    assert tree(found["items"]) == [
        ("1", "Publish the study:", [("a", "the model", []), ("b", "the costs.", [])]),
        ("2", "Hold a hearing.", []),
    ]


def test_a_new_style_after_a_blank_line_is_a_new_list() -> None:
    found = lists_of("1. One\n2. Two\n\na) Alpha\nb) Beta")
    assert [f["style"] for f in found] == ["decimal", "lower-alpha"]


def test_items_over_several_lines_and_blank_lines_between_items() -> None:
    body = (
        "1. A long item that the source wrapped at a fixed width, as plain text mail does\n"
        "and that goes on here.\n\n"
        "2. Another item\n   indented on its second line.\n\n\n"
        "3. The last one."
    )
    (found,) = lists_of(body)
    assert [i["text"] for i in found["items"]] == [
        "A long item that the source wrapped at a fixed width, as plain text mail does and that goes on here.",
        "Another item indented on its second line.",
        "The last one.",
    ]
    assert [i["lines"] for i in found["items"]] == [[3, 4], [6, 7], [10, 10]]
    assert found["items"][0]["raw"].count("\n") == 1


def test_a_flush_paragraph_after_a_finished_item_ends_the_list() -> None:
    doc = stmtkit.parse(HEAD + "- Point one.\n- Point two.\nWe therefore ask for more.").to_dict()
    assert [i["text"] for i in doc["lists"][0]["items"]] == ["Point one.", "Point two."]
    assert doc["body"][-1] == {"type": "paragraph", "text": "We therefore ask for more.", "lines": [5, 5]}


def test_the_paragraph_ending_in_a_colon_above_a_list_is_its_intro() -> None:
    doc = stmtkit.parse(HEAD + "We demand:\n\n1. One;\n2. Two.").to_dict()
    assert doc["lists"][0]["intro"] == "We demand:"
    # The intro stays a paragraph of its own: its line belongs to one element only.
    assert doc["body"][0] == {"type": "paragraph", "text": "We demand:", "lines": [3, 3]}


def test_no_intro_without_a_colon() -> None:
    assert lists_of("We demand.\n\n1. One\n2. Two")[0]["intro"] is None


@pytest.mark.parametrize(
    "body",
    [
        "2024. The year began with a strike.\n\n2025. Another one.",
        "27. Mai 2024\n28. Mai 2024",
        "Call us:\n(030) 1234 567\n(030) 1234 568",
        "- A single bullet is a remark, not a list.",
        "1. Introduction\n\nSome prose about the matter.\n\n2. Background\n\nMore prose.",
        # quotes opened by a dash and attributed after a comma, as Nordic and Russian papers write them
        "- Biblioteket må holde åpent i helgene, skriver Kari Holm og Ole Dahl i et brev til rådet.\n\n"
        "- Vi ber om et svar før juni, sier Kari Holm.",
        "– Мы просим сохранить библиотеку, — сказал Иван Петров.\n– Ответа пока нет, — сказала Анна Смирнова.",
    ],
)
def test_not_lists(body: str) -> None:
    assert lists_of(body) == []


def test_a_signatory_list_belongs_to_the_signatures() -> None:
    doc = stmtkit.parse(HEAD + "We protest.\n\nSigned by:\n\n1. Anna Berg\n2. Jonas Weiss\n3. Marta Lind")
    assert doc.lists == ()
    assert [s.name for s in doc.signatories] == ["Anna Berg", "Jonas Weiss", "Marta Lind"]


def test_lists_at_the_top_level_are_the_lists_in_the_body() -> None:
    doc = stmtkit.parse(HEAD + "Intro:\n\n- a one\n- a two\n\nMiddle.\n\n1. b one\n2. b two").to_dict()
    assert doc["lists"] == [e for e in doc["body"] if e["type"] == "list"]
    assert len(doc["lists"]) == 2


def test_cyrillic_letter_labels() -> None:
    (found,) = lists_of("Мы требуем:\nа) отменить решение;\nб) провести слушания;\nв) опубликовать документы.")
    assert found["style"] == "lower-alpha"
    assert [(i["label"], i["text"]) for i in found["items"]] == [
        ("а", "отменить решение"), ("б", "провести слушания"), ("в", "опубликовать документы."),
    ]


def test_initials_are_not_a_lettered_list() -> None:
    assert lists_of("В. Путин сказал, что всё хорошо.\nС. Лавров добавил, что это так.") == []


def test_multi_level_decimal_labels_nest() -> None:
    (found,) = lists_of("Sections:\n1. Scope of the plan\n1.1. Parks and gardens\n1.2. Rivers\n2. Funding\n2.1. Grants")
    assert tree(found["items"]) == [
        ("1", "Scope of the plan", [("1.1", "Parks and gardens", []), ("1.2", "Rivers", [])]),
        ("2", "Funding", [("2.1", "Grants", [])]),
    ]


def test_ordinal_indicator_labels() -> None:
    (found,) = lists_of("Exigimos:\n1º La retirada del plan.\n2º La apertura de un diálogo.")
    assert [i["label"] for i in found["items"]] == ["1", "2"]


def test_a_paragraph_of_an_item_indented_to_its_text_continues_it() -> None:
    (found,) = lists_of("We ask:\n\n1. Publish the study.\n\n   It must include the model.\n\n2. Hold a hearing.")
    assert [i["text"] for i in found["items"]] == ["Publish the study. It must include the model.", "Hold a hearing."]


def test_an_indented_paragraph_after_the_list_is_not_part_of_it() -> None:
    doc = stmtkit.parse(HEAD + "We ask:\n\n1. Publish the study.\n2. Hold a hearing.\n\n     The council met on Monday.\n")
    assert [i.text for i in doc.lists[0].items] == ["Publish the study.", "Hold a hearing."]
    assert doc.body[-1].lines == (8, 8)


def test_numbered_skip_links_above_the_headline_are_no_list() -> None:
    text = (
        "1. Zum Inhalt\n  2. Zum Hauptmenü\n  3. Zur Suche\n\n"
        "Eltern schreiben dem Stadtrat einen offenen Brief\n\n"
        "Die Eltern der Grundschule am Park bitten den Stadtrat, die Bibliothek samstags zu öffnen.\n\n"
        "Sie nennen drei Gründe:\n\n1. Viele arbeiten unter der Woche.\n2. Die Kinder lesen gern.\n"
    )
    doc = stmtkit.parse(text)
    assert [[i.text for i in b.items] for b in doc.lists] == [["Viele arbeiten unter der Woche.", "Die Kinder lesen gern."]]


@pytest.mark.parametrize("stop", ["।", "。", "۔"])
def test_an_item_closed_by_another_scripts_full_stop_is_not_continued_by_the_paragraph_under_it(stop: str) -> None:
    # a script without capitals cannot say by its first letter that the line under the item opens a paragraph
    items = [f"पुस्तकालय खुला रखा जाए{stop}", f"कर्मचारियों को वेतन दिया जाए{stop}",
             f"स्कूलों में अपनी भाषा में पढ़ाई, रोजगार और नई पुस्तकों का प्रबंध हो{stop}"]
    text = ("पाठकों की सभा ने नगर परिषद से पुस्तकालय के बारे में अपनी मांगें रखीं।\nप्रमुख मांगे :-\n"
            + "".join(f"{n}. {item}\n" for n, item in enumerate(items, 1))
            + f"इस आयोजन में शहर के सभी हिस्सों से पाठक भाग लेंगे और अपनी बात रखेंगे{stop}\n")
    lists = stmtkit.parse(text).lists
    assert [item.text for item in lists[0].items] == items


def test_full_stops_standing_for_bullets_make_a_list() -> None:
    # a converted document lost its bullets and kept a full stop, with or without a space after it
    text = ("Déclaration des associations du port\n\nConsidérant\n. La nécessité de garder la bibliothèque ouverte ;\n"
            ".L’urgence de payer son personnel ;\n. Le rôle des lecteurs dans la vie du quartier ;\n\n"
            "Les associations demandent au conseil de décider avant l’été.\n")
    lists = stmtkit.parse(text).lists
    assert [item.text for item in lists[0].items] == [
        "La nécessité de garder la bibliothèque ouverte", "L’urgence de payer son personnel",
        "Le rôle des lecteurs dans la vie du quartier"]
    # an ellipsis or a stray stop opening a line is no bullet
    assert not stmtkit.parse("Notes\n\n... and so it went on.\n. . .\n...then the council met.\n").lists


def test_a_lists_first_item_that_repeats_the_headline_stays_the_lists() -> None:
    text = ("“Hands off the harbour library, whatever the council decides”\n\n"
            "We, members of tenants' unions and parents' associations, declare the following:\n\n"
            "1. Hands off the harbour library, whatever the council decides.\n\n"
            "2. The residents chose their council for four years, and its mandate must be respected by all.\n\n"
            "3. We call on every member of the council to defend the library and the school buses.\n")
    doc = stmtkit.parse(text)
    assert doc.lists[0].items[0].text == "Hands off the harbour library, whatever the council decides."
    assert len(doc.lists[0].items) == 3


@pytest.mark.parametrize(
    ("labels", "glue"),
    [
        (("1.", "2.", "3."), ""),  # the scrape dropped the space after the number
        (("1)", "2)", "3)"), ""),
        (("1/", "2/", "3/"), " "),  # the slash French tracts number with
        (("①", "②", "③"), ""),  # the circled figures of Japanese, Chinese and Korean lists
    ],
)
def test_more_ways_of_numbering_make_a_list(labels: tuple[str, str, str], glue: str) -> None:
    body = "\n".join(f"{label}{glue}{text}" for label, text in zip(labels, (A, B, C), strict=True))
    (found,) = lists_of("We ask the city to:\n\n" + body)
    assert found["style"] == "decimal"
    assert [i["text"] for i in found["items"]] == [A, B, C]


def test_a_day_glued_to_its_month_is_no_label() -> None:
    assert read_labels("3.März 2024 begann der Streik.") == []


def test_star_bullets_glued_to_their_items_are_a_list_and_a_starred_word_is_not() -> None:
    text = ("Statement of the harbour unions\n\nThe unions declare:\n\n*Solidarity with the workers of the port\n\n"
            "*Full support for the library's weekend opening\n\n*An end to the closures announced last month\n\n"
            "The unions will meet again in June. *Note* the date may change.\n")
    assert [item.text for item in stmtkit.parse(text).lists[0].items] == [
        "Solidarity with the workers of the port", "Full support for the library's weekend opening",
        "An end to the closures announced last month"]


def test_a_numbered_item_opening_with_a_days_figure_continues_the_list_and_a_dangling_dash_is_dropped() -> None:
    text = ("Taleplerimiz\n\nPlatform olarak şunları talep ediyoruz:\n1- Kütüphanenin hafta sonu açık kalmasını,\n"
            "2- Bütçenin geri verilmesini,\n3- 1 Mayıs alanının herkese açılmasını,\n"
            "4- Kararların halkla birlikte alınmasını talep ediyoruz. - ,\n\nİmza: Liman Okurları Platformu\n")
    assert [item.text for item in stmtkit.parse(text).lists[0].items] == [
        "Kütüphanenin hafta sonu açık kalmasını", "Bütçenin geri verilmesini", "1 Mayıs alanının herkese açılmasını",
        "Kararların halkla birlikte alınmasını talep ediyoruz."]


def test_an_item_opening_with_a_word_and_a_year_is_no_date() -> None:
    items = ["We met at the old castle to mark fifty years of the rights of both minorities.",
             "Since 1955 the two declarations have secured the peaceful life of the minorities on both sides.",
             "We express our deep thanks to both minorities and to the region, which supported the process."]
    text = "Joint declaration\n\nRiverton, 29 March 2005\n\n" + "".join(f" {n}. {item}\n\n   \n" for n, item in enumerate(items, 1))
    doc = stmtkit.parse(text)
    assert [[item.text for item in found.items] for found in doc.lists] == [items]
    assert not stmtkit.parse("Notice\n\n27. Mai 2024\n\nThe council met.\n").lists  # a day and its month stay a date
