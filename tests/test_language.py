"""The language stage's own model: one row per language, the close pairs, and the traps seen in scraped pages."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import stmtkit
from stmtkit.data.languages import LANGUAGE_SCRIPTS, SCRIPTS, STOPWORDS
from stmtkit.stages.language import detect_language

CASES = [
    ("en", "The undersigned call on the council to withdraw the decision before the vote."),
    ("fr", "Nous, signataires de cette lettre, demandons le retrait du projet de loi."),
    ("de", "Wir, die unterzeichnenden Verbände, lehnen den Entwurf in dieser Form ab."),
    ("es", "Las entidades firmantes rechazamos el cierre del hospital de la comarca."),
    ("pt", "As entidades que assinam esta carta pedem a revogação da portaria."),
    ("it", "Le associazioni firmatarie chiedono il ritiro del decreto sulle scuole."),
    ("nl", "De ondertekenaars vragen de gemeente om het besluit in te trekken."),
    ("sv", "Vi som har skrivit under kräver att beslutet dras tillbaka."),
    ("pl", "Sygnatariusze apelują do rządu o wycofanie się z tej decyzji."),
    ("cs", "Podepsaní vyzývají vládu, aby toto rozhodnutí vzala zpět."),
    ("ro", "Semnatarii cer guvernului să retragă această decizie până la vot."),
    ("hu", "Az aláírók arra kérik a kormányt, hogy vonja vissza a döntést."),
    ("fi", "Allekirjoittaneet vaativat, että hallitus perii päätöksen takaisin."),
    ("tr", "İmzacılar, hükümetin bu kararı geri çekmesini talep ediyor."),
    ("az", "İmzalayanlar hökumətdən bu qərarı geri götürməyi tələb edirlər."),
    ("ru", "Подписавшие письмо призывают правительство отменить это решение."),
    ("uk", "Підписанти закликають уряд скасувати це рішення до голосування."),
    ("bg", "Подписалите призовават правителството да оттегли това решение."),
    ("kk", "Хатқа қол қойғандар үкіметті бұл шешімнен бас тартуға шақырады."),
    ("el", "Οι υπογράφοντες καλούν την κυβέρνηση να αποσύρει την απόφαση."),
    ("ka", "ხელმომწერები მთავრობას ამ გადაწყვეტილების გაუქმებისკენ მოუწოდებენ."),
    ("ar", "يدعو الموقعون الحكومة إلى التراجع عن هذا القرار."),
    ("zh", "签署人呼吁政府撤回这一决定。"),
    ("ja", "署名者は政府にこの決定の撤回を求めている。"),
    ("ko", "서명자들은 정부에 이 결정을 철회할 것을 촉구했다."),
    ("tl", "Nananawagan kami sa pamahalaan na bawiin ang desisyong ito para sa mga residente."),
    ("sw", "Tunaitaka serikali kubatilisha uamuzi huo kwa ajili ya wananchi wote."),
    ("is", "Við skorum á ríkisstjórnina að draga þessa ákvörðun til baka."),
]


@pytest.mark.parametrize(("lang", "text"), CASES, ids=[c[0] for c in CASES])
def test_detects_the_language_of_a_sentence(lang: str, text: str) -> None:
    assert detect_language(text) == lang


def test_the_model_knows_at_least_twenty_languages() -> None:
    assert len(set(STOPWORDS) | set(SCRIPTS.values())) >= 20
    assert set(STOPWORDS) <= set(LANGUAGE_SCRIPTS)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # ə is in nearly every Azerbaijani sentence and in no Turkish one; ş ğ ı are in both.
        ("Şəhərin sakinləri bu layihəyə qarşı çıxış ediblər.", "az"),
        ("Şehrin sakinleri bu projeye karşı çıktılar.", "tr"),
        # A short headline still has its function words.
        ("Offener Brief an die Stadt", "de"),
        ("Lettre ouverte au maire de la ville", "fr"),
    ],
)
def test_close_languages_and_short_texts(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_links_handles_and_addresses_are_not_words() -> None:
    # A signature page: every line is a name with a github.com link ("com" is Portuguese).
    lines = [f"- Person {i} ([@user{i}](https://github.com/user{i})) <user{i}@mail.com>" for i in range(40)]
    lines.append("... and many others who agree with this letter but cannot sign it.")
    assert detect_language("\n".join(lines)) == "en"


@pytest.mark.parametrize("text", ["", "   ", "12 34 56", "#", "© 2024", "ab"])
def test_too_little_text_gives_none(text: str) -> None:
    assert detect_language(text) is None


def test_a_hint_decides_when_the_text_cannot() -> None:
    assert detect_language("2024", ("fr",)) == "fr"
    # …and wins a near-tie between close languages.
    assert detect_language("Otvoreno pismo o zakonu", ("hr",)) == "hr"


def test_the_parse_reads_the_language_of_the_free_text_and_front_matter_title() -> None:
    doc = stmtkit.parse("---\ntitle: Offener Brief der Vereine\n---\n\n- Anna Berg\n- Jonas Weiß\n")
    assert doc.language == "de"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_never_raises(text: str) -> None:
    result = detect_language(text)
    assert result is None or (isinstance(result, str) and len(result) == 2)


@pytest.mark.parametrize(
    "text", ["USD " + "1-" * 200_000, "a" * 300_000, "<" * 50_000, "](" * 50_000, "x@" * 50_000]
)
def test_long_lines_without_spaces_are_read_once(text: str) -> None:
    # No timing here (bench/ measures speed): a quadratic pattern would make this test hang for minutes.
    assert detect_language(text) is None


# The stage takes short cuts on the common page (words folded one by one instead of
# the whole page, scripts read from the distinct letters); each must give what the
# long way gives, dict order included, since scores are summed in that order.
_TRICKY = st.sampled_from(
    [*"aeiouéèçàßøıİəΣσςёЁй'’-  .\n", "\u0301", "\u0307", "™", "ﬁ", "K", "ǅ", "ª", "²", "№", "中", "カ"]
)
_WORDS = st.sampled_from(
    ["the", "and", "le", "des", "à", "été", "Été", "и", "не", "сло\u0301во", "İstanbul", "l'État", "d’une"]
)
_PAGES = st.lists(st.one_of(_TRICKY, _WORDS), max_size=60).map("".join)


@settings(max_examples=400, deadline=None)
@given(_PAGES)
def test_function_words_counted_word_by_word_equal_folding_the_page(text: str) -> None:
    from collections import Counter

    from stmtkit.stages.language import _WORD, stopword_counts, stopword_counts_by_folding

    short_cut = stopword_counts(text, Counter(_WORD.findall(text.lower())))
    long_way = stopword_counts_by_folding(text)
    assert list(short_cut[0].items()) == list(long_way[0].items())
    assert short_cut[1] == long_way[1]


@settings(max_examples=400, deadline=None)
@given(st.one_of(_PAGES, st.text(max_size=80)))
def test_script_from_distinct_letters_equals_counting_every_letter(text: str) -> None:
    from stmtkit.stages.language import dominant_script, dominant_script_by_counting

    assert dominant_script(text) == dominant_script_by_counting(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le texte a été signé par l'État et d’une voix.",
        "İstanbul'da imzalandı ve duyuruldu.",  # İ lower-cases to i + combining dot: the long way
        "Сло\u0301во и дело не расходятся.",  # a stress mark joins the word once folded: the long way
        "Brand™ and the rest",  # ™ folds to letters: the long way
        "ÉTÉ été ete",
    ],
)
def test_function_word_counts_on_pages_that_take_either_way(text: str) -> None:
    from collections import Counter

    from stmtkit.stages.language import _WORD, stopword_counts, stopword_counts_by_folding

    assert stopword_counts(text, Counter(_WORD.findall(text.lower()))) == stopword_counts_by_folding(text)


# Letter clusters are counted only when the answer could turn on them; the answer
# must be the one every score gives.  Pages mixing the function words of close
# languages with cluster-heavy words make the near ties where it could.
_CLOSE_LANGUAGES = ("nl", "de", "da", "no", "sv", "pl", "cs", "hu", "fi", "et", "es", "pt", "en")
_CLOSE_WORDS = st.sampled_from(
    [
        *sorted({w for lang in _CLOSE_LANGUAGES for w in STOPWORDS[lang][:12]}),
        *["schnell", "szczyt", "gyors", "kkk", "tthh", "aa", "ij", "øy", "lhnh", "õe", "rzcz"],
    ]
)
_HINTS = st.one_of(
    st.none(), st.lists(st.sampled_from(["nl", "de", "da", "no", "sv", "pl", "en", "fr"]), max_size=2).map(tuple)
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_CLOSE_WORDS, max_size=40).map(" ".join), _HINTS)
def test_answer_without_counting_clusters_equals_full_scores(text: str, hints: tuple[str, ...] | None) -> None:
    from stmtkit.stages.language import detect_language_by_full_scores

    assert detect_language(text, hints) == detect_language_by_full_scores(text, hints)


def test_answer_without_counting_clusters_equals_full_scores_on_fixtures() -> None:
    from pathlib import Path

    from stmtkit.stages.language import detect_language_by_full_scores

    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(Path(__file__).parent.glob("fixtures/*.txt"))]
    assert len(texts) > 40
    for text in texts + [text for _, text in CASES]:
        for hints in (None, ("en",), ("de", "nl"), ("pl",)):
            assert detect_language(text, hints) == detect_language_by_full_scores(text, hints)


@settings(max_examples=500, deadline=None)
@given(st.one_of(_PAGES, st.text(max_size=120), st.text(alphabet="ab’'é.,«» \n\t\u00a0(1_-", max_size=60)))
def test_words_token_by_token_equal_the_pattern_over_the_page(text: str) -> None:
    from stmtkit.stages.language import _WORD, words_of

    assert words_of(text) == _WORD.findall(text)
