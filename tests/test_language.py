"""The language stage's own model: one row per language, the close pairs, and the traps seen in scraped pages."""

from __future__ import annotations

import pytest
from generated_modules import checked_in, generated
from hypothesis import given, settings
from hypothesis import strategies as st

import stmtkit
from conftest import examples
from stmtkit.data.languages import LANGUAGE_SCRIPTS, SCRIPTS, STOPWORDS
from stmtkit.langid import detect_language

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
    ("cy", "Mae'r llofnodwyr yn galw ar y llywodraeth i dynnu'r penderfyniad hwn yn ôl cyn y bleidlais."),
    ("af", "Die ondertekenaars vra die regering om hierdie besluit nie deur te voer nie."),
    # Tagalog words end in -an and -ang as Indonesian ones do: its function words decide
    ("tl", "Ang kasunduan ng konseho at ng mga magulang ay nilagdaan sa bayan upang tugunan ang kakulangan ng aklatan."),
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


@settings(max_examples=examples(200), deadline=None)
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


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # Serbian in Latin letters: ekavian forms and words of the Serbian standard.
        ("Predsednik opštine je posle sednice rekao novinarima da će odluka biti doneta tokom nedelje.", "sr"),
        ("Na konferenciji za štampu reditelj i pesnik pozvali su građane da potpišu peticiju u sedištu stranke.",
         "sr"),
        # The same in Croatian: ijekavian forms and words of the Croatian standard.
        ("Predsjednik općine je poslije sjednice rekao novinarima da će odluka biti donesena tijekom tjedna.", "hr"),
        ("Na konferenciji za tisak redatelj i pjesnik pozvali su građane da potpišu peticiju u sjedištu stranke.",
         "hr"),
        # Nothing that tells the standards apart: the language stays as read.
        ("Stanovnici doline već tri mjeseca protestiraju protiv rudnika.", "hr"),
        ("Otvoreno pismo sindikata o novom zakonu o radu i o pravima radnika.", "hr"),
        # Serbian in Cyrillic was always Serbian.
        ("Председник општине је после седнице рекао новинарима да ће одлука бити донета.", "sr"),
    ],
)
def test_serbian_in_latin_letters_is_told_from_croatian_by_its_own_words(text: str, lang: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # Malay and Indonesian share their function words; their own words tell them apart.
        ("Kenyataan media bersama mengenai pindaan akta kerja", "ms"),
        ("Kami menggesa kerajaan supaya menarik balik cadangan pindaan tersebut dengan segera.", "ms"),
        ("Kerajaan perlu mengambil tindakan segera kerana nelayan yang terjejas tidak boleh turun ke laut.", "ms"),
        ("Kami mendesak pemerintah untuk segera membatalkan rencana tersebut karena merugikan masyarakat.", "id"),
        ("Pemerintah harus segera mengambil tindakan untuk membantu nelayan yang terdampak.", "id"),
        # Nothing that tells the standards apart: the language stays as read.
        ("Surat terbuka kepada menteri tentang nasib para guru honorer di daerah", "id"),
    ],
)
def test_malay_is_told_from_indonesian_by_its_own_words(text: str, lang: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # Romanian without diacritics: the list's names end like Lithuanian words (-us, -as, -ai);
        # -escu, -atea, -esti stay Romanian.
        ("Marius Andreescu, Prof. univ., Universitatea Bucuresti Dan Ionescu, Conf. univ., Universitatea "
         "Bucuresti Radu Bolyai, Lect. univ., Universitatea Tehnica Cluj-Napoca Mihai Popovici, Cercetator, "
         "Institutul Fizica Atomica Ana Lungu, Prof. univ., Universitatea Oradea Bogdan Silvas, Asist. univ., "
         "Universitatea Tehnica Cluj-Napoca Ovidius Tudoran, Conf. univ., Universitatea Craiova Elena Matyas, "
         "Lect. univ., Universitatea Craiova Iulian Pascu, Conf. univ., Universitatea Galati", "ro"),
        # A letter outside a language's alphabet counts against it: ü is no Lithuanian, ę is.
        ("Ühisavaldus: ajakirjandusvabadus on ohus", "et"),
        ("Avaldus seoses valitsuse otsusega", "et"),
        ("Mes, pasirašiusieji, raginame vyriausybę nedelsiant veikti.", "lt"),
        ("Pasiūlymas miesto savivaldybei", "lt"),
    ],
)
def test_short_baltic_and_romanian_texts_by_their_letters_and_endings(text: str, lang: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    "text",
    [
        "Отворено писмо до председателя на съюза\n\nНие сме против решението на ръководството от миналия месец."
        "\n\nпроф. Иван Петров, Мария Георгиева, Стоян Димитров, Елена Костова, Петър Василев, Ангел Първанов\n",
        "Брой 12, 2001 г.\n\nОтворено писмо\n\nС отказа от предложението Вие накърнихте авторитета на съюза."
        "\n\nИван Петров, Мария Георгиева, Стоян Димитров, Елена Костова\n",
    ],
)
def test_short_bulgarian_with_many_names_by_its_hard_sign(text: str) -> None:
    # ъ stands inside Bulgarian words everywhere (``съюза``, ``ръководството``); Russian writes it rarely
    assert stmtkit.parse(text).to_dict()["language"] == "bg"


def test_a_hint_keeps_croatian_however_many_serbian_words() -> None:
    text = "Predsednik opštine je posle sednice rekao da će odluka biti doneta tokom nedelje."
    assert detect_language(text, ("hr",)) == "hr"
    assert detect_language(text, ("sr",)) == "sr"


def test_the_generated_language_units_are_fresh() -> None:
    assert generated("gen_language_units", "module") == checked_in("stmtkit/data/language_units.py"), (
        "run scripts/gen_language_units.py and commit stmtkit/data/language_units.py"
    )


_ENGLISH = (
    "We ask the council to keep the library open for the people of the town, and we will not stop "
    "asking until it does. The library is where our children learn to read and where the old can meet. "
)
_GERMAN = (
    "Wir fordern den Rat auf, die Bibliothek für die Menschen der Stadt offen zu halten, und wir werden "
    "nicht aufhören, bis er es tut. Die Bibliothek ist der Ort, an dem unsere Kinder lesen lernen. "
)


def test_a_long_text_whose_opening_is_clear_is_named_by_its_opening() -> None:
    # The opening (a thousand characters) names English clearly: the German below it is not read.
    assert detect_language(_ENGLISH * 6 + _GERMAN * 20) == "en"
    # Without a clear opening (a list of names) the whole sample decides, as it does for a short text.
    names = "".join(f"- Name{i} Surname{i}\n" for i in range(60))
    assert detect_language(names + _GERMAN * 20) == "de"
    assert detect_language(_ENGLISH * 2 + _GERMAN * 3) == "de"


def test_every_letter_to_python_is_a_letter_to_the_word_pattern() -> None:
    # word_counts takes a token of str.isalpha letters as one word of the pattern (which knows a later Unicode).
    import sys

    import regex

    letter = regex.compile(r"\p{L}")
    assert not [c for c in map(chr, range(sys.maxunicode + 1)) if c.isalpha() and letter.match(c) is None]


_WORDY = st.text(
    alphabet=st.sampled_from("ab cé\n'’-«»„“”–…,.é ĳ\u0301\u00a0\u2009İΣς1" + chr(0x1C89) + chr(0x0558)), max_size=80
)


@settings(max_examples=examples(300), deadline=None)
@given(_WORDY)
def test_word_counts_are_the_pattern_s(text: str) -> None:
    from collections import Counter

    from stmtkit.langid import _WORD, word_counts
    from stmtkit.langid.script import wide_chars

    expected = Counter(_WORD.findall(text))
    assert word_counts(text) == expected
    assert word_counts(text, wide_chars(text) | {"«", "x"}) == expected  # more characters than the text's


@settings(max_examples=examples(300), deadline=None)
@given(st.text(alphabet=st.sampled_from("aB ÄäÖß\nİIΣσ–„ĲǅẞK\u0301\ud800x"), max_size=60))
def test_the_lowered_text_and_its_utf8_are_str_lower_s(text: str) -> None:
    from stmtkit.langid import _lowered
    from stmtkit.langid.script import wide_chars

    lowered = text.lower()
    assert _lowered(text, wide_chars(text)) == (lowered, lowered.encode("utf-8", "surrogatepass"))


@settings(max_examples=examples(200), deadline=None)
@given(st.text(alphabet=st.sampled_from("aZq бв\n–1é"), max_size=400), st.integers(min_value=1, max_value=5))
def test_the_ascii_letters_are_counted_up_to_the_most_asked(text: str, most: int) -> None:
    from stmtkit.langid.script import _ascii_letters_at_least

    assert _ascii_letters_at_least(text, most) == min(most, len({c for c in text if c.isascii() and c.isalpha()}))
