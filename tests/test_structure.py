"""Document structure: the title and its copies, front matter, preamble vs body, printing the document back."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

import stmtkit
from stmtkit.stages.body import is_cue
from stmtkit.stages.title import clean_title, is_repeat

TITLE = "Residents ask the council to keep the old library open"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (f"# {TITLE}", TITLE),
        (f"## **{TITLE}**", TITLE),
        (f"{TITLE} | City News", TITLE),
        (f"«{TITLE}»", TITLE),
        (f'"{TITLE}"', TITLE),
        ("TERRORISM. PARTIES CALL A RALLY AGAINST THE ATTACKS", "TERRORISM. PARTIES CALL A RALLY AGAINST THE ATTACKS"),
    ],
)
def test_the_title_is_cleaned_of_markup_quotes_and_site_name(line: str, title: str) -> None:
    assert stmtkit.parse(f"{line}\n\nThe council met on Monday and heard the residents.\n").to_dict()["title"] == title


@pytest.mark.parametrize(
    "copy",
    [
        TITLE,
        TITLE[:30],  # truncated by the scraper
        TITLE[:30] + "…",
        f"{TITLE} | City News",
        f"# {TITLE}",
        f"{TITLE} 04.06.2024 09:30",  # glued to the stamp
        f"{TITLE}27 mai 2024 17:59",
    ],
)
def test_copies_of_the_title_are_title_repeats(copy: str) -> None:
    assert is_repeat(copy, TITLE)
    doc = stmtkit.parse(f"{TITLE}\n\n{copy}\n\nThe council met on Monday and heard the residents.\n").to_dict()
    assert doc["boilerplate"][0] == {"kind": "title-repeat", "text": copy, "lines": [3, 3]}
    assert [p["text"] for p in doc["body"]] == ["The council met on Monday and heard the residents."]


@pytest.mark.parametrize("other", ["Residents", "Residents ask the", "The council met", TITLE + " and more words"])
def test_short_prefixes_and_other_lines_are_not_copies(other: str) -> None:
    assert not is_repeat(other, TITLE)


@pytest.mark.parametrize(
    "text",
    [
        # Body text straight away: one long sentence, ending in a full stop.
        "The association published a statement today calling on the council to withdraw its plan for the park.\n",
        # A long first line running on into the next: a paragraph.
        "The association published a statement today calling on the council to withdraw its plan for the park and to\n"
        "meet the residents before any decision is taken.\n",
        # A list from the first line.
        "1. Publish the full study\n2. Hold a public hearing\n",
        "We demand:\n\n- one thing\n- another thing\n",
    ],
)
def test_no_title_when_the_text_starts_with_body_text(text: str) -> None:
    assert stmtkit.parse(text).title is None


def test_front_matter_gives_the_title_and_is_not_shown_as_text() -> None:
    text = f'---\ntitle: "{TITLE}"\ndate: 2024-05-02T18:00:00+02:00\n---\n\n# {TITLE}\n\nWe ask for a hearing.\n'
    doc = stmtkit.parse(text).to_dict()
    assert doc["title"] == TITLE and doc["title_lines"] is None
    assert doc["metadata_lines"] == [1, 4]
    assert doc["metadata"]["date"] == "2024-05-02T18:00:00+02:00"
    assert doc["boilerplate"] == [{"kind": "title-repeat", "text": f"# {TITLE}", "lines": [6, 6]}]
    assert [p["text"] for p in doc["body"]] == ["We ask for a hearing."]


def test_clean_title_examples() -> None:
    assert clean_title("## **Open letter** | Daily") == "Open letter"
    assert clean_title("Open letter | to the mayor | Daily") == "Open letter | to the mayor"
    assert clean_title("Residents ask the council to keep the library open - City News") == \
        "Residents ask the council to keep the library open"
    # a comma before the dash gives a quotation its speaker: no site's name to cut
    assert clean_title("We can wait no longer for the library to open again, - Olena Koval") == \
        "We can wait no longer for the library to open again, - Olena Koval"


CUES = [
    "APA presents the statement below:",
    "Full text:",
    "The full text of the letter reads as follows:",
    "Le texte intégral :",
    "L'APA présente la même déclaration ci-dessous :",
    "Wir dokumentieren die Erklärung im Wortlaut:",
    "A continuación, el texto íntegro:",
    "Leia a carta na íntegra:",
    "Полный текст заявления:",
    "Текст письма",
    "Повний текст заяви:",
    "Açıklamanın tam metni:",
    "Bəyanatın tam mətni:",
    "Pełna treść listu:",
]


@pytest.mark.parametrize("cue", CUES)
def test_preamble_cues_in_many_languages(cue: str) -> None:
    assert is_cue(cue)
    text = f"{TITLE}\n\nThe association wrote to the council on Monday.\n\n{cue}\n\nWe ask you to keep the library open.\n\nIt serves the whole district.\n"
    doc = stmtkit.parse(text).to_dict()
    assert [p["text"] for p in doc["preamble"]] == ["The association wrote to the council on Monday.", cue]
    assert [p["text"] for p in doc["body"]] == ["We ask you to keep the library open.", "It serves the whole district."]


@pytest.mark.parametrize(
    "text",
    [
        "We demand the following:",  # the statement's own sentence
        "The full text of the agreement was never published, and the residents were not told what it contains.",
        "Full text",  # a cue is followed by something
    ],
)
def test_without_a_cue_everything_is_body(text: str) -> None:
    doc = stmtkit.parse(f"{TITLE}\n\nThe association wrote to the council.\n\n{text}\n\nWe ask you.\n").to_dict()
    if text == "Full text":
        doc = stmtkit.parse(f"{TITLE}\n\nThe association wrote to the council.\n\n{text}\n").to_dict()
    assert doc["preamble"] == []


def test_a_cue_right_above_a_list_introduces_the_list() -> None:
    doc = stmtkit.parse(f"{TITLE}\n\nFull text:\n\n1. publish the full study\n2. hold a public hearing\n").to_dict()
    assert doc["preamble"] == []
    assert doc["lists"][0]["intro"] == "Full text:"


def test_a_cue_after_a_list_does_not_split() -> None:
    text = f"{TITLE}\n\nWe ask:\n\n- publish the study\n- hold a hearing\n\nFull text:\n\nMore.\n"
    assert stmtkit.parse(text).to_dict()["preamble"] == []


def test_parse_format_text_prints_the_document_back_element_by_element() -> None:
    from stmtkit.cli.main import cli

    text = (
        "Home | News | World\n"
        f"{TITLE}\n{TITLE[:30]}\n# 27 mai 2024 17:59 (UTC +04:00)\n\n"
        "The association wrote to the council.\n\nFull text:\n\n"
        "We ask:\n\n1. publish the full study;\n   a) with the model\n2. hold a public hearing.\n\n"
        "Signed by:\n- Anna Berg\n- Jonas Weiss\n\n#\nShare\n"
    )
    result = CliRunner().invoke(cli, ["parse", "--format", "text", "-"], input=text)
    assert result.exit_code == 0, result.output
    out = result.output
    order = [
        "[boilerplate:navigation 1]", "[title 2]", "[boilerplate:title-repeat 3]", "[dateline 4]", "[preamble 6]",
        "[preamble 8]", "[paragraph 10]", "[list:decimal 12-14]", "[signatures 16-18]",
        "[boilerplate:scrape-marker 20]", "[boilerplate:share 21]",
    ]
    positions = [out.index(tag) for tag in order]
    assert positions == sorted(positions)
    assert "  1. publish the full study\n    a) with the model\n  2. hold a public hearing." in out


@pytest.mark.parametrize("stamp", ["27 mai 2024 17:59 (UTC +04:00)", "Paris, le 27 mai 2024", "31.05.2008 00:38"])
def test_a_stamp_above_the_headline_is_the_dateline_and_the_headline_the_title(stamp: str) -> None:
    doc = stmtkit.parse(f"{stamp}\n\n{TITLE}\n\nThe council met on Monday.\n").to_dict()
    assert doc["title"] == TITLE and doc["title_lines"] == [3, 3]
    assert doc["dateline"]["lines"] == [1, 1]


def test_toml_front_matter_is_read_too() -> None:
    text = f'+++\ntitle = "{TITLE}"\ndraft = false\n+++\n\nWe ask for a hearing.\n'
    doc = stmtkit.parse(text).to_dict()
    assert doc["title"] == TITLE and doc["metadata_lines"] == [1, 4]
    assert doc["metadata"]["draft"] == "false"


@pytest.mark.parametrize(
    "text",
    [
        "---\n\nA paragraph after a rule, not front matter.\n\n---\n",
        "---\ntitle: never closed\n\nprose goes on here.\n",
    ],
)
def test_a_rule_followed_by_prose_is_not_front_matter(text: str) -> None:
    doc = stmtkit.parse(text).to_dict()
    assert doc["metadata_lines"] is None


def test_a_short_heading_line_is_a_paragraph_of_its_own() -> None:
    text = f"{TITLE}\n\nThe editors.\n\nIntroduction to the letter\nDear members, we write to you today about the plan for the park.\n"
    doc = stmtkit.parse(text).to_dict()
    assert [p["lines"] for p in doc["body"]] == [[3, 3], [5, 5], [6, 6]]


def test_a_cue_heading_further_down_still_closes_the_preamble() -> None:
    lead = "".join(f"Paragraph {i} of the introduction, written by the editors.\n\n" for i in range(8))
    text = f"{lead}Текст письма\n\nУважаемый министр!\n\nПросим сохранить обсерваторию.\n"
    doc = stmtkit.parse(text).to_dict()
    assert doc["preamble"][-1]["text"] == "Текст письма"
    assert [p["text"] for p in doc["body"]] == ["Уважаемый министр!", "Просим сохранить обсерваторию."]


@pytest.mark.parametrize(
    "cue",
    [
        "The full text of the statement is below.",
        "Below is the full text of the letter.",
        "Le texte intégral de la déclaration figure ci-dessous.",
        "Полный текст заявления приводим ниже.",
    ],
)
def test_a_cue_sentence_pointing_down_may_end_in_a_full_stop(cue: str) -> None:
    assert is_cue(cue)
    doc = stmtkit.parse(f"{TITLE}\n\nThe association wrote to the council.\n\n{cue}\n\nWe ask you.\n").to_dict()
    assert doc["preamble"][-1]["text"] == cue


@pytest.mark.parametrize(("text", "run_together"), [
    ("NewsPoliticsSport", True),  # two joins
    ("ActualitésCommuniqués de presse", True),  # a section's name and the next crumb
    ("ParisCulture et loisirs", True),  # a place and the next crumb
    ("ExxonMobil signs the climate pledge", False),  # a name written so
    ("NewsGuard report finds a network of fake local sites", False),  # a headline's length
])
def test_items_of_a_header_run_together(text: str, run_together: bool) -> None:
    from stmtkit.headline import items_run_together

    assert items_run_together(text) is run_together


@pytest.mark.parametrize(("text", "headline"), [
    ("06.07.2021 Residents ask the council to reopen the rail line", "Residents ask the council to reopen the rail line"),
    ("2024-03-12 14:05 | Unions sign an appeal for the library", "Unions sign an appeal for the library"),
    ("09.04.2022: A paragraph was added.", None),  # a note after its date
    ("4.3.2019 the works on the library ended.", None),  # a sentence
    ("9 June: Europe votes for a new parliament", None),  # a day in words opens the headline itself
])
def test_a_numeric_stamp_run_into_a_headlines_start(text: str, headline: str | None) -> None:
    from stmtkit.dates.read import read_stamp
    from stmtkit.headline import leading_stamp_end

    start = leading_stamp_end(text, read_stamp(text))
    assert (text[start:] if start is not None else None) == headline


def test_a_note_in_brackets_over_the_headline_is_no_title() -> None:
    text = ("(open for signing)\n\nLetter of the harbour librarians to the city council\n\n2 March 2024\n\n"
            "We ask the council to keep the harbour library open on Saturdays.\n")
    doc = stmtkit.parse(text)
    assert doc.title is not None and doc.title.text == "Letter of the harbour librarians to the city council"


def test_a_ticker_of_headlines_over_the_article_is_no_body_text() -> None:
    ticker = ("Floods Hit the Northern Valleys Again Markets Close Higher on Friday Storm Warning Issued for the Coast "
              "Council Approves New Harbour Budget Schools Reopen After the Long Holiday Weekend Rail Strike Ends")
    text = (f"{ticker}\n\nHeadline\n\nResidents ask the council to keep the harbour library open on Saturdays\n\n"
            "HARBOURTOWN – Residents of the harbour district handed a letter to the council on Thursday, asking it "
            "to keep the library open on Saturdays.\n")
    doc = stmtkit.parse(text)
    assert doc.title is not None and doc.title.text == "Residents ask the council to keep the harbour library open on Saturdays"
