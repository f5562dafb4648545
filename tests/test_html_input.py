"""HTML input: format detection, main text as lines, the page's metadata, the dateline from all evidence, bad pages."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

import stmtkit
from conftest import FIXTURES
from stmtkit.cli.main import cli
from stmtkit.inputs.detect import detect_format

PAGE = """<!DOCTYPE html>
<html lang="de-DE"><head><title>Aufruf | Beispielverein</title>
<meta property="og:site_name" content="Beispielverein">
{meta}
<link rel="canonical" href="https://verein.example/aufrufe/2021/06/07/aufruf">
</head><body>
<nav><ul><li>Start</li><li>Über uns</li></ul></nav>
<article><h1>Aufruf zum Erhalt der Stadtbibliothek</h1>
{stamp}
<p>Wir, die Unterzeichnenden, bitten den Stadtrat, die Schließung der Zweigstelle im Westen zurückzunehmen.</p>
<ul><li>Erstens: die Öffnungszeiten bleiben.</li><li>Zweitens: das Personal bleibt.</li></ul>
<p>Unterzeichnet von:</p>
<ul><li>Anna Weber</li><li>Bernd Krause</li></ul>
</article><footer><p>Impressum · Datenschutz · Kontakt zu uns allen hier</p></footer></body></html>
"""


def page(meta: str = "", stamp: str = "") -> bytes:
    return PAGE.format(meta=meta, stamp=stamp).encode("utf-8")


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("<!DOCTYPE html><html><body><p>Hi</p></body></html>", "page.txt", "html"),  # content beats the name
        ("  \n<!-- saved -->\n<html lang=en><p>Hi</p></html>", None, "html"),
        ("<div class='x'><p>One</p><p>Two</p></div>", "a.htm", "html"),
        ("# 27 mai 2024 17:59\n\nTexte\n#\n", None, "text"),  # a scrape's lone '#' is no Markdown
        ("# 27 mai 2024 17:59\n\nTexte", "a.txt", "text"),
        ("Plain words", "notes.md", "markdown"),
        ("Intro **bold** words and [a link](https://example.org/x).", None, "markdown"),
        ("A text that mentions <html> once.", None, "text"),
    ],
)
def test_the_format_is_told_by_content_with_the_name_as_a_hint(text: str, name: str | None, expected: str) -> None:
    assert detect_format(text, name) == expected


def test_a_page_gives_its_main_text_as_lines_and_its_metadata() -> None:
    doc = stmtkit.parse(page('<meta property="article:published_time" content="2021-06-07T10:00:00+02:00">'), source="a.html")
    record = doc.to_dict()
    assert record["source"]["format"] == "html"
    assert record["source"]["line_numbers"] == "extracted-text"
    assert doc.title is not None and doc.title.text == "Aufruf zum Erhalt der Stadtbibliothek"
    assert [s.name for s in doc.signatories] == ["Anna Weber", "Bernd Krause"]
    assert [i.text for i in doc.lists[0].items] == ["Erstens: die Öffnungszeiten bleiben.", "Zweitens: das Personal bleibt."]
    assert "Start" not in json.dumps(record["body"]) and "Impressum" not in json.dumps(record)
    assert record["page"]["site_name"] == "Beispielverein"
    assert record["page"]["lang"] == "de-DE" and doc.language == "de"
    assert record["page"]["canonical_url"] == "https://verein.example/aufrufe/2021/06/07/aufruf"
    assert [d["origin"] for d in record["page"]["dates"]] == ["meta:article:published_time", "url"]
    assert record["dateline"]["datetime"] == "2021-06-07T10:00:00+02:00"
    assert record["dateline"]["lines"] is None and record["page"]["dateline_source"] == "meta:article:published_time"


def test_a_stamp_that_agrees_with_the_metadata_stays_and_takes_its_time() -> None:
    doc = stmtkit.parse(
        page('<meta property="article:published_time" content="2021-06-07T10:00:00+02:00">', "<p>7. Juni 2021</p>"),
        source="a.html",
    )
    record = doc.to_dict()
    assert record["dateline"]["text"] == "7. Juni 2021" and record["dateline"]["lines"] == [3, 3]
    assert record["dateline"]["datetime"] == "2021-06-07T10:00:00+02:00"
    assert record["page"]["dateline_source"] == "text" and record["warnings"] == []


def test_metadata_wins_over_a_stamp_that_disagrees_and_the_stamp_is_a_warning() -> None:
    doc = stmtkit.parse(
        page('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2021-06-07"}</script>',
             "<p>9. Juni 2021</p>"),
        source="a.html",
    )
    record = doc.to_dict()
    assert record["dateline"]["date"] == "2021-06-07"
    assert record["page"]["dateline_source"] == "json-ld:datePublished"
    assert [w["code"] for w in record["warnings"]] == ["dateline-conflict"]
    assert "9. Juni 2021" in record["warnings"][0]["message"]
    # The stamp line the metadata overruled is the text's again: nothing is lost.
    assert any(p["text"] == "9. Juni 2021" for p in record["preamble"] + record["body"])


def test_a_stamp_wins_over_a_date_only_in_the_url() -> None:
    doc = stmtkit.parse(page(stamp="<p>9. Juni 2021</p>"), source="a.html")
    record = doc.to_dict()
    assert record["dateline"]["date"] == "2021-06-09" and record["page"]["dateline_source"] == "text"
    assert [w["code"] for w in record["warnings"]] == ["dateline-conflict"]


def test_broken_json_ld_is_passed_over() -> None:
    doc = stmtkit.parse(page('<script type="application/ld+json">{"@type": "NewsArticle", "datePub</script>'), source="a.html")
    assert doc.dateline is not None and doc.dateline.date is not None
    assert doc.dateline.date.isoformat() == "2021-06-07"  # from the URL


def test_a_page_with_no_main_text_warns_and_keeps_its_metadata() -> None:
    html = b'<html><head><title>Only a title</title><meta name="date" content="2020-02-03"></head><body><script>x=1</script></body></html>'
    doc = stmtkit.parse(html, source="empty.html")
    assert [w.code for w in doc.warnings] == ["no-main-text"]
    assert doc.title is not None and doc.title.text == "Only a title" and doc.title.lines is None
    assert doc.dateline is not None and str(doc.dateline.date) == "2020-02-03"


def test_broken_markup_gives_a_record() -> None:
    html = b"<html><body><div><p>Unclosed <b>bold <i>text<p>Next paragraph &amp; more<table><tr><td>cell</div></span></body>"
    doc = stmtkit.parse(html, source="broken.html")
    texts = [p.text for p in doc.preamble] + [e.text for e in doc.body if isinstance(e, stmtkit.model.Paragraph)]
    assert doc.title is not None and doc.title.text == "Unclosed bold text"
    assert any(t.startswith("Next paragraph & more") for t in texts)


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n", "PDF"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG")],
)
def test_a_binary_file_named_html_is_an_error_naming_the_file(tmp_path: object, data: bytes, reason: str) -> None:
    import pathlib

    path = pathlib.Path(str(tmp_path)) / "page.html"
    path.write_bytes(data)
    result = CliRunner().invoke(cli, ["parse", "--format", "json", str(path)])
    assert result.exit_code == 1
    record = json.loads(result.stdout)
    assert record["error"] == "decode-error" and record["path"] == str(path) and reason in record["message"]


def test_a_page_nested_too_deep_is_read_as_text_with_a_warning() -> None:
    depth = 50_000
    html = "<html><head><title>Deep</title></head><body>" + "<div>" * depth + "deep words" + "</div>" * depth + "</body></html>"
    doc = stmtkit.parse(html.encode(), source="bomb.html")
    assert [w.code for w in doc.warnings] == ["html-too-deep"]
    texts = [p.text for p in doc.preamble] + [e.text for e in doc.body if isinstance(e, stmtkit.model.Paragraph)]
    texts += [doc.title.text] if doc.title else []
    assert "deep words" in texts
    assert doc.to_dict()["page"]["extraction"] == "tags-dropped"


def test_a_page_of_many_tags_gives_every_paragraph() -> None:
    html = "<html><body>" + "".join(f"<p>Paragraph number {n} of the page.</p><span>x</span>" for n in range(20_000)) + "</body></html>"
    doc = stmtkit.parse(html.encode(), source="many.html")
    texts = [p.text for p in doc.preamble] + [e.text for e in doc.body if isinstance(e, stmtkit.model.Paragraph)]
    texts += [doc.title.text] if doc.title else []
    assert sum(1 for t in texts if t.startswith("Paragraph number")) == 20_000


def test_a_page_above_max_bytes_is_refused_naming_the_file() -> None:
    with pytest.raises(stmtkit.TooLargeError) as caught:
        stmtkit.parse(b"<html><body>" + b"<p>x</p>" * 200, source="big.html", max_bytes=1000)
    assert caught.value.path == "big.html"


def test_input_format_forces_the_format() -> None:
    html = page('<meta property="article:published_time" content="2021-06-07">')
    assert stmtkit.parse(html, source="a.html", input_format="text").to_dict()["source"]["format"] == "text"
    assert stmtkit.parse(html.decode(), input_format="html").to_dict()["source"]["format"] == "html"
    with pytest.raises(ValueError, match="input_format"):
        stmtkit.parse(html, input_format="pdf")


def test_the_cli_option_forces_the_format(tmp_path: object) -> None:
    import pathlib

    path = pathlib.Path(str(tmp_path)) / "page.txt"
    path.write_bytes(page('<meta property="article:published_time" content="2021-06-07">'))
    auto = CliRunner().invoke(cli, ["parse", "--format", "json", str(path)])
    forced = CliRunner().invoke(cli, ["parse", "--format", "json", "--input-format", "text", str(path)])
    assert json.loads(auto.stdout)["source"]["format"] == "html"
    assert json.loads(forced.stdout)["source"]["format"] == "text"
    dateline = CliRunner().invoke(cli, ["dateline", str(path)])
    assert dateline.stdout.strip() == "2021-06-07"


def test_plain_text_does_not_load_the_html_or_markdown_parsers() -> None:
    code = (
        "import sys, stmtkit\n"
        "stmtkit.parse('Title\\n\\n27 mai 2024 17:59\\n\\nText.', source='a.txt')\n"
        "stmtkit.parse('Title\\n\\nText.')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('selectolax', 'markdown_it')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_a_page_record_reads_back_into_the_same_statement() -> None:
    doc = stmtkit.parse(
        page('<meta property="article:published_time" content="2021-06-07T10:00:00+02:00">', "<p>7. Juni 2021</p>"),
        source="a.html",
    )
    back = stmtkit.Statement.from_dict(json.loads(doc.to_json()))
    assert back == doc and back.page is not None and back.page.dates == doc.page.dates  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("prefix", "encoding"),
    [(b"", "utf-8"), (b"\xef\xbb\xbf", "utf-8"), (b"", "utf-16"), (b"", "cp1252")],
)
def test_a_page_gives_the_same_record_from_its_bytes_as_from_its_text(prefix: bytes, encoding: str) -> None:
    # UTF-8 bytes go to the HTML parser as they are; a byte-order mark or another encoding must not.
    text = PAGE.format(meta="", stamp="<p>7. Juni 2021 – Zweigstelle West</p>").replace("–", "-" if encoding == "cp1252" else "–")
    from_bytes = stmtkit.parse(prefix + text.encode(encoding), source="a.html").to_dict()
    from_text = stmtkit.parse(text, source="a.html").to_dict()
    for record in (from_bytes, from_text):
        del record["source"]
    assert from_bytes == from_text
    assert from_text["title"] == "Aufruf zum Erhalt der Stadtbibliothek" and "Öffnungszeiten" in json.dumps(from_text, ensure_ascii=False)


def bare_page(head: str, body: str) -> bytes:
    return f"<!DOCTYPE html><html><head><title>T</title>{head}</head><body>{body}</body></html>".encode()


ARTICLE = "<article><h1>Ein Aufruf an den Rat</h1>{stamp}<p>" + "Wir bitten den Rat, die Bibliothek zu erhalten und zu stärken. " * 3 + "</p></article>"


def test_a_stamp_in_local_time_agrees_with_the_same_instant_in_utc_written_beside_it() -> None:
    head = ('<script type="application/ld+json">[{"@type": "NewsArticle", "datePublished": "2023-11-09T01:09:55Z"},'
            '{"@type": "WebPage", "datePublished": "2023-11-08 18:09:55"}]</script>')
    doc = stmtkit.parse(bare_page(head, ARTICLE.format(stamp="<p>November 8, 2023 at 6:09 p.m.</p>")), source="a.html")
    assert str(doc.dateline.date if doc.dateline else None) == "2023-11-08"
    assert not doc.warnings


def test_a_related_articles_time_does_not_confirm_a_stamp_the_metadata_contradicts() -> None:
    head = '<meta property="article:published_time" content="2023-10-31T08:47:16+00:00">'
    related = '<div class="teaser"><time datetime="2019-10-21T10:03:38+02:00">21.10.2019</time></div>'
    doc = stmtkit.parse(bare_page(head, ARTICLE.format(stamp="<p>21.10.2019</p>") + related), source="a.html")
    assert str(doc.dateline.date if doc.dateline else None) == "2023-10-31"
    assert [w.code for w in doc.warnings] == ["dateline-conflict"]


def test_an_update_stamp_gives_way_to_the_publication_date_the_page_marks() -> None:
    body = '<p class="meta"><time class="entry-date published" datetime="2019-09-26T11:43:53+02:00">26. September 2019</time> Ulrike</p>'
    doc = stmtkit.parse(bare_page("", ARTICLE.format(stamp=body + "<p>Aktualisiert am 19.02.2020</p>")), source="a.html")
    assert str(doc.dateline.date if doc.dateline else None) == "2019-09-26"


def test_with_no_date_in_the_markup_the_page_texts_first_stamp_dates_it_but_not_a_sentence_or_a_script() -> None:
    body = ("<script>var built = '01.01.2015';</script><div class='box'><h1>Stammtisch</h1>"
            "<p>Der nächste Stammtisch findet am Mi. 5. Februar 2020 ab 19 Uhr im Cafe statt.</p></div>"
            "<div class='side'><p>3. August 2015</p></div>")
    doc = stmtkit.parse(bare_page("", body), source="a.html")
    assert doc.to_dict()["page"]["dates"][0]["origin"] == "page-text"
    assert str(doc.dateline.date if doc.dateline else None) == "2015-08-03"


def test_to_json_takes_text_markdown_and_html_from_a_folder_by_default(tmp_path: object) -> None:
    import pathlib

    tree = pathlib.Path(str(tmp_path)) / "scrape"
    (tree / "sub").mkdir(parents=True)
    (tree / "a.txt").write_text("Title\n\nText.\n", encoding="utf-8")
    (tree / "b.md").write_text("# Title\n\nSome **bold** text.\n", encoding="utf-8")
    (tree / "sub" / "c.html").write_bytes(page('<meta property="article:published_time" content="2021-06-07">'))
    (tree / "sub" / "d.htm").write_bytes(page())
    (tree / "e.pdf").write_bytes(b"%PDF-1.4\n")
    result = CliRunner().invoke(cli, ["to-json", "--jobs", "1", str(tree)])
    records = [json.loads(line) for line in result.stdout.splitlines()]
    formats = {pathlib.Path(r["source"]["path"]).name: r["source"]["format"] for r in records}
    assert formats == {"a.txt": "text", "b.md": "markdown", "c.html": "html", "d.htm": "html"}
    only_html = CliRunner().invoke(cli, ["to-json", "--jobs", "1", "--glob", "*.html,*.htm", str(tree)])
    assert len(only_html.stdout.splitlines()) == 2


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://verein.example/meldungen/29-10-2021", "2021-10-29"),  # day first, as German CMSs write it
        ("https://news.example/2024/05/27/story", "2024-05-27"),
        ("https://news.example/20240527/story", "2024-05-27"),
        ("https://news.example/story-v1.2.2020", None),
        ("https://news.example/2024/13/45/story", None),  # no such day
    ],
)
def test_the_canonical_urls_date(url: str, expected: str | None) -> None:
    doc = stmtkit.parse(bare_page(f'<link rel="canonical" href="{url}">', "<p>Short text.</p>"), source="a.html")
    dates = [d["date"] for d in doc.to_dict()["page"]["dates"] if d["origin"] == "url"]
    assert dates == ([expected] if expected else [])


def test_explain_says_which_date_was_chosen_and_why() -> None:
    doc = stmtkit.parse(
        page('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2021-06-07"}</script>',
             "<p>9. Juni 2021</p>"),
        source="a.html",
    )
    steps = [step for step in doc.explain if step.rule == "dateline" and "page's" in step.why]
    assert steps and "json-ld:datePublished" in steps[-1].why


EVERY_FIELD = """<!DOCTYPE html>
<html lang="nl"><head>
<title>Open brief over de veerpont | Dagblad Voorbeeld</title>
<meta property="og:title" content="Open brief: houd de veerpont in de vaart">
<meta property="og:site_name" content="Dagblad Voorbeeld">
<meta property="og:description" content="Bewoners vragen de gemeente de veerpont te behouden.">
<meta property="article:published_time" content="2022-03-14T09:30:00+01:00">
<meta property="article:modified_time" content="2022-03-15T16:05:00+01:00">
<link rel="canonical" href="https://dagblad.example/nieuws/open-brief-veerpont">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Houd de veerpont in de vaart", "datePublished": "2022-03-14T09:30:00+01:00",
 "dateModified": "2022-03-15T16:05:00+01:00",
 "author": [{"@type": "Person", "name": "Sanne de Vries"}, {"@type": "Person", "name": "Ruud Bakker"}],
 "publisher": {"@type": "Organization", "name": "Uitgeverij Voorbeeld"}}</script>
</head><body><article>
<h1>Houd de veerpont in de vaart</h1>
<p class="byline">Door Sanne de Vries, <time datetime="2022-03-14T09:30:00+01:00">14 maart 2022</time></p>
<p>Wij, bewoners van beide oevers, vragen de gemeente de veerpont ook na dit jaar te laten varen.</p>
</article></body></html>
"""


def test_every_metadata_field_of_the_page_joins_the_record() -> None:
    record = stmtkit.parse(EVERY_FIELD.encode(), source="brief.html").to_dict()
    got = record["page"]
    assert got["title"] == "Open brief over de veerpont | Dagblad Voorbeeld"  # <title>
    assert got["og_title"] == "Open brief: houd de veerpont in de vaart"  # og:title before JSON-LD headline
    assert got["site_name"] == "Dagblad Voorbeeld" and got["publisher"] == "Uitgeverij Voorbeeld"
    assert got["lang"] == "nl" and record["language"] == "nl"
    assert got["canonical_url"] == "https://dagblad.example/nieuws/open-brief-veerpont"
    assert got["authors"] == ["Sanne de Vries", "Ruud Bakker"]
    assert got["description"] == "Bewoners vragen de gemeente de veerpont te behouden."
    assert got["published"] == "2022-03-14T09:30:00+01:00" and got["modified"] == "2022-03-15T16:05:00+01:00"
    # every date with its origin and role, most trusted first
    assert [(d["origin"], d["role"]) for d in got["dates"]] == [
        ("json-ld:datePublished", "published"), ("json-ld:dateModified", "modified"),
        ("meta:article:published_time", "published"), ("meta:article:modified_time", "modified"),
        ("time[datetime]", "unknown"),
    ]
    assert record["dateline"]["date"] == "2022-03-14" and record["warnings"] == []


def test_a_page_record_composes_through_ndjson_with_the_other_commands(tmp_path: object) -> None:
    import pathlib

    path = pathlib.Path(str(tmp_path)) / "brief.html"
    path.write_bytes(page('<meta property="article:published_time" content="2021-06-07">'))
    records = CliRunner().invoke(cli, ["parse", "--format", "ndjson", str(path)])
    assert records.exit_code == 0 and json.loads(records.stdout)["source"]["format"] == "html"
    names = CliRunner().invoke(cli, ["signatories", "--format", "text"], input=records.stdout)
    assert [row.split("\t") for row in names.stdout.splitlines()] == [[str(path), "Anna Weber"], [str(path), "Bernd Krause"]]
    date = CliRunner().invoke(cli, ["dateline"], input=records.stdout)
    assert date.stdout.strip() == f"{path}\t2021-06-07"


def test_an_article_whose_cms_classes_name_furniture_keeps_its_text_but_not_its_share_bar() -> None:
    # A CMS writes a post's categories and tags into its <article>'s classes ("category-social-media
    # tag-ads has-paywall"): the words of furniture, but the article is the page's text.
    html = (FIXTURES / "web-blog-post-classes.html").read_bytes()
    doc = stmtkit.parse(html, source="post.html")
    record = doc.to_dict()
    assert record["page"]["extraction"] == "main-text" and not doc.warnings
    assert [p.text.split()[:3] for p in doc.body] == [["For", "three", "years"], ["Our", "answer", "has"], ["The", "volunteers", "who"]]
    assert "Share on" not in json.dumps(record) and "lovely tradition" not in json.dumps(record)


def test_the_elements_whose_class_or_id_names_a_date_give_their_dates_in_page_order() -> None:
    # Class and id words are matched whatever the case of their ASCII letters; an element whose
    # class and id both name a date is one element; a count with no date gives none.
    body = ("<div class='story'><h1>The harbour ferry returns</h1>"
            "<p>" + "The ferry between the two harbours runs again from Monday, every hour. " * 2 + "</p>"
            "<span class='Entry-META'>Posted 3 May 2019</span><span class='post-date' id='dateline'>4 May 2019</span>"
            "<span id='LastUpdated'>Updated 6 May 2019</span><span class='metadata-count'>12 comments</span></div>")
    doc = stmtkit.parse(bare_page("", body), source="a.html")
    dates = [(d["origin"], d["role"], d["date"]) for d in doc.to_dict()["page"]["dates"]]
    assert dates == [("element:Entry-META", "published", "2019-05-03"), ("element:post-date", "unknown", "2019-05-04"),
                     ("element:LastUpdated", "modified", "2019-05-06")]


@pytest.mark.parametrize("parts", [
    ["\n  Plain words here.\n"], ["a\u00a0 b"], ["a\tb"], ["x  y"], ["  "], ["a", " ", "b"], ["Prä\xadsident  hat"],
    ["a\u2028b"], ["\u3000全角\u3000"], ["line\r\nbreak"], ["end "], ["ok"], ["zero\u200bwidth"],
])
def test_a_block_line_has_its_white_space_runs_made_one_space(parts: list[str]) -> None:
    # A line kept as it is when it has nothing to make one: the same text as cutting it into words and joining them.
    from stmtkit.inputs.html_lines import _Writer

    writer = _Writer()
    writer.parts.extend(parts)
    writer.flush()
    expected = " ".join("".join(parts).split())
    assert writer.lines == ([expected] if expected else [])


def test_pages_read_in_turns_and_in_threads_give_each_its_own_record() -> None:
    # One selector engine a thread serves every page (html_lines.css): what it finds belongs to the page asked,
    # whichever page it served before, and threads reading pages at once get what one thread gets.
    import datetime as dt
    from concurrent.futures import ThreadPoolExecutor

    pages = [page(stamp="<p>7. Juni 2021</p>"), page(meta='<meta property="article:published_time" content="2021-06-08">'),
             bare_page("", "<div><h1>The harbour ferry returns</h1><p>" + "The ferry runs again from Monday, every hour. " * 3
                       + "</p><span class='post-date'>4 May 2019</span></div>")]

    def record(data: bytes) -> str:
        return json.dumps(stmtkit.parse(data, source="a.html", reference_date=dt.datetime(2024, 1, 1)).to_dict(), sort_keys=True)

    alone = [record(data) for data in pages]
    assert len(set(alone)) == 3
    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(record, pages * 8)) == alone * 8


def test_the_dropped_elements_go_alike_in_either_order() -> None:
    # read_html removes every dropped name at once (largest subtrees first) when no text stamp is read between:
    # the same names, and the same tree left, as NOT_TEXT and then FURNITURE, nested each in the other.
    from selectolax.lexbor import LexborHTMLParser

    from stmtkit.inputs.html_lines import DROPPED, FURNITURE, NOT_TEXT
    from stmtkit.inputs.html_text import _remove_head

    assert sorted(DROPPED) == sorted(NOT_TEXT + FURNITURE) and len(set(DROPPED)) == len(DROPPED)
    html = ("<html><head><style>p{}</style></head><body><nav><form><script>x()</script><p>menu</p></form></nav>"
            "<p>One <button>b<svg><script>y()</script></svg></button> two</p><svg><nav>n</nav><style>s</style></svg>"
            "<template><nav>t</nav></template><aside><figure><noscript><p>ns</p></noscript></figure>side</aside>"
            "<footer><iframe></iframe><menu><li>m</li></menu><dialog>d</dialog>f</footer><p>three</p></body></html>")
    apart, together, by_name = LexborHTMLParser(html), LexborHTMLParser(html), LexborHTMLParser(html)
    _remove_head(apart)
    apart.strip_tags(list(NOT_TEXT))
    apart.strip_tags(list(FURNITURE))
    _remove_head(together)
    together.strip_tags(list(DROPPED))
    by_name.strip_tags(["head", *DROPPED])
    left = "<html><body><p>One  two</p><template><nav>t</nav></template><p>three</p></body></html>"
    assert apart.html == together.html == by_name.html == left  # (a template's content is no child: see below)


def test_a_template_and_an_embed_hold_nothing_a_walk_of_the_tree_finds() -> None:
    # They are not walked for (html_lines.HOLLOW): a page with them gives the text and the metadata it gives without.
    from stmtkit.inputs.html_text import read_html

    inner = ('<p>A paragraph long enough to be the text <embed src="x.swf"> of the page.<template>'
             '<p>A template paragraph long enough to count as text if it were read.</p><h1>No headline</h1>'
             '<time datetime="2020-01-02">then</time></template></p><ul><li><template>t</template>item</li></ul>')
    plain = ('<p>A paragraph long enough to be the text  of the page.</p><ul><li>item</li></ul>')
    page = "<html><head><title>T</title></head><body><h1>Headline</h1><article>{}</article></body></html>"
    with_them, without = read_html(page.format(inner)), read_html(page.format(plain))
    assert with_them.text == without.text and with_them.page == without.page and "template" not in with_them.text


def test_the_head_goes_alone_as_by_its_name() -> None:
    # read_html unlinks the page's one head without a walk: the same tree left as lexbor's removal by name,
    # a second head tag (in the body, in an svg, in a table) being ignored by the parser.
    from selectolax.lexbor import LexborHTMLParser

    from stmtkit.inputs.html_text import _remove_head

    for html in ("<p>x", "", "<frameset></frameset>",
                 "<head><title>t</title></head><body><head><p>y</p><svg><head></head></svg><table><head></table>"):
        alone, by_name = LexborHTMLParser(html), LexborHTMLParser(html)
        _remove_head(alone)
        by_name.strip_tags(["head"])
        assert alone.html == by_name.html and "head" not in alone.html


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-05-27T17:59:00+02:00", "2024-05-27T17:59:00+02:00"),
        ("2024-05-27 17:59Z", "2024-05-27T17:59:00+00:00"),
        ("20240527T175900", "2024-05-27T17:59:00"),
        ("2024-05-27T17:59:00.123Z", "2024-05-27T17:59:00+00:00"),  # the fraction of a second passed over
        ("2024-05-27T17:59:00+02:75", "2024-05-27T17:59:00+03:15"),
        ("2024-05-27T17:59:00+23:75", "2024-05-27"),  # an offset of a day or more: the day alone
        ("2024-05-27T24:00:00Z", None),
        ("2024-02-30", None),
        ("2024-05-27X17:59", "2024-05-27"),
        ("2024-05-27T17:59:00 and more", "2024-05-27T17:59:00"),
    ],
)
def test_an_iso_value_reads_alike_whether_the_c_reader_takes_it_or_not(value: str, expected: str | None) -> None:
    # A value that is the pattern's whole match goes to datetime.fromisoformat; every other to the pattern's groups.
    from stmtkit.inputs.page_meta import read_iso

    found = read_iso(value)
    assert (found.isoformat() if found else None) == expected
