"""Cue words of many languages: signature headings, closing formulas, on-behalf phrases, counts of
unnamed signers, stamp labels, and the head nouns of roles and bodies.

Each case is a short document of our own words in the layout such texts have; the golden files
``tests/fixtures/sig-{ja,zh,ko,vi,hu,id,ca,he,fi}-*.txt`` hold longer ones.  Chinese, Japanese and
Thai write no spaces between words, and CJK typography has its own colon and brackets: the cues
are found inside a line there, not as whole words.
"""

from __future__ import annotations

import datetime

import pytest

import stmtkit

BODY = {
    "ja": "私たちは市に対し、図書館の閉鎖を見直すよう求めます。\n\n",
    "zh": "我们呼吁市政府重新考虑关闭图书馆的决定。\n\n",
    "ko": "우리는 시의회에 도서관 폐쇄 결정을 재검토할 것을 요구합니다.\n\n",
    "th": "พวกเราขอให้เทศบาลทบทวนการปิดห้องสมุดประชาชน\n\n",
    "vi": "Chúng tôi đề nghị thành phố xem xét lại quyết định đóng cửa thư viện.\n\n",
    "hu": "Kérjük a várost, hogy vizsgálja felül a könyvtár bezárásáról szóló döntést.\n\n",
    "fi": "Pyydämme kaupunkia harkitsemaan uudelleen kirjaston sulkemista.\n\n",
    "et": "Palume linnal raamatukogu sulgemise otsus uuesti läbi vaadata.\n\n",
    "lv": "Mēs lūdzam pilsētu pārskatīt lēmumu slēgt bibliotēku.\n\n",
    "lt": "Prašome miesto peržiūrėti sprendimą uždaryti biblioteką.\n\n",
    "sl": "Mestni svet prosimo, naj ponovno preuči odločitev o zaprtju knjižnice.\n\n",
    "bg": "Призоваваме общината да преразгледа решението за затваряне на библиотеката.\n\n",
    "el": "Ζητάμε από τον δήμο να επανεξετάσει την απόφαση για το κλείσιμο της βιβλιοθήκης.\n\n",
    "he": "אנו מבקשים מהעירייה לבחון מחדש את ההחלטה לסגור את הספרייה.\n\n",
    "id": "Kami meminta pemerintah kota meninjau kembali keputusan menutup perpustakaan.\n\n",
    "ca": "Demanem a l'Ajuntament que reconsideri la decisió de tancar la biblioteca del barri.\n\n",
    "eu": "Udalari eskatzen diogu liburutegia ixteko erabakia berriz azter dezala.\n\n",
    "nl": "Wij vragen de gemeente het besluit om de bibliotheek te sluiten te heroverwegen.\n\n",
    "da": "Vi beder kommunen om at genoverveje beslutningen om at lukke biblioteket.\n\n",
    "hi": "हम नगर निगम से पुस्तकालय बंद करने के निर्णय पर पुनर्विचार करने का अनुरोध करते हैं।\n\n",
}


# A headline of several words: the title stage counts words by spaces, and would take a count line
# of three "words" ("等 1024 人") over a one-word headline.
HEADLINE = "Open letter about the city library\n\n"


def parse(language: str, tail: str) -> stmtkit.Statement:
    return stmtkit.parse(f"{HEADLINE}{BODY[language]}{tail}", reference_date=datetime.date(2026, 1, 1))


def names(doc: stmtkit.Statement) -> list[str]:
    return [s.name for s in doc.signatories]


@pytest.mark.parametrize(
    ("language", "tail", "heading"),
    [
        ("ja", "呼びかけ人：\n山田太郎\n佐藤花子\n", "呼びかけ人"),
        ("ja", "賛同者一覧\n山田太郎\n佐藤花子\n", "賛同者一覧"),
        ("zh", "联署人：\n王小明\n李华\n", "联署人"),
        ("zh", "聯署人:\n王小明\n李華\n", "聯署人"),
        ("ko", "서명자:\n김민준\n이서연\n", "서명자"),
        ("th", "ผู้ลงนาม\nสมชาย ใจดี\nสมศรี รักไทย\n", "ผู้ลงนาม"),
        ("vi", "Danh sách người ký:\nNguyễn Văn An\nTrần Thị Bình\n", "Danh sách người ký"),
        ("hu", "Az aláírók:\nKovács Anna\nNagy Péter\n", "Az aláírók"),
        ("fi", "Ensimmäiset allekirjoittajat:\nAnna Virtanen\nMikko Korhonen\n", "Ensimmäiset allekirjoittajat"),
        ("et", "Allkirjastajad:\nMari Tamm\nJaan Kask\n", "Allkirjastajad"),
        ("lv", "Parakstītāji:\nAnna Bērziņa\nJānis Kalniņš\n", "Parakstītāji"),
        ("lt", "Pasirašė:\nRūta Kazlauskienė\nJonas Petraitis\n", "Pasirašė"),
        ("sl", "Podpisniki:\nMaja Novak\nJan Horvat\n", "Podpisniki"),
        ("bg", "Подписали:\nМария Иванова\nГеорги Петров\n", "Подписали"),
        ("he", "החותמים:\nדנה כהן\nיוסי לוי\n", "החותמים"),
        ("id", "Yang bertanda tangan:\nBudi Santoso\nSiti Rahayu\n", "Yang bertanda tangan"),
        ("ca", "Primers signants:\nMarta Puig\nJordi Vila\n", "Primers signants"),
        ("eu", "Sinatzaileak:\nMiren Etxeberria\nJon Agirre\n", "Sinatzaileak"),
        ("nl", "Initiatiefnemers:\nAnna de Vries\nJan Jansen\n", "Initiatiefnemers"),
        ("da", "Underskriverne:\nAnne Hansen\nJens Nielsen\n", "Underskriverne"),
        ("hi", "हस्ताक्षरकर्ता:\nअनीता शर्मा\nराजेश कुमार\n", "हस्ताक्षरकर्ता"),
    ],
)
def test_signature_headings_of_many_languages(language: str, tail: str, heading: str) -> None:
    doc = parse(language, tail)
    assert doc.signatures is not None and doc.signatures.heading == heading
    assert len(doc.signatories) == 2


@pytest.mark.parametrize(
    ("language", "tail", "expected"),
    [
        # the names after a full-width colon, split at the ideographic comma
        ("ja", "署名者：山田太郎、佐藤花子、鈴木一郎\n", ["山田太郎", "佐藤花子", "鈴木一郎"]),
        # a sentence ending in a full-width colon, the stem inside its one "word"
        ("ja", "以下の方々が呼びかけ人です：\n山田太郎\n佐藤花子\n", ["山田太郎", "佐藤花子"]),
        ("zh", "以下人士联署本声明：\n王小明\n李华\n", ["王小明", "李华"]),
    ],
)
def test_headings_inside_lines_of_scripts_without_spaces(language: str, tail: str, expected: list[str]) -> None:
    assert names(parse(language, tail)) == expected


@pytest.mark.parametrize(
    ("language", "tail", "expected"),
    [
        ("vi", "Trân trọng,\n\nNguyễn Văn An\nTrần Thị Bình\n", ["Nguyễn Văn An", "Trần Thị Bình"]),
        ("id", "Hormat kami,\n\nBudi Santoso\nSiti Rahayu\n", ["Budi Santoso", "Siti Rahayu"]),
        ("et", "Lugupidamisega,\n\nMari Tamm\nJaan Kask\n", ["Mari Tamm", "Jaan Kask"]),
        ("lv", "Ar cieņu,\n\nAnna Bērziņa\nJānis Kalniņš\n", ["Anna Bērziņa", "Jānis Kalniņš"]),
        ("sl", "Lep pozdrav,\n\nMaja Novak\nJan Horvat\n", ["Maja Novak", "Jan Horvat"]),
        ("el", "Με εκτίμηση,\n\nΜαρία Παπαδοπούλου\nΓιώργος Νικολάου\n", ["Μαρία Παπαδοπούλου", "Γιώργος Νικολάου"]),
        ("he", "בברכה,\n\nדנה כהן\nיוסי לוי\n", ["דנה כהן", "יוסי לוי"]),
        ("hi", "भवदीय,\n\nअनीता शर्मा\nराजेश कुमार\n", ["अनीता शर्मा", "राजेश कुमार"]),
        ("ca", "Atentament,\n\nMarta Puig\nJordi Vila\n", ["Marta Puig", "Jordi Vila"]),
        ("ja", "敬具\n\n山田太郎\n佐藤花子\n", ["山田太郎", "佐藤花子"]),
    ],
)
def test_closing_formulas_of_many_languages(language: str, tail: str, expected: list[str]) -> None:
    assert names(parse(language, tail)) == expected


@pytest.mark.parametrize(
    ("language", "tail", "count"),
    [
        ("ja", "呼びかけ人：\n山田太郎\n佐藤花子\n\n賛同者ほか312名\n", 312),
        ("zh", "联署人：\n王小明\n李华\n\n等 1024 人\n", 1024),
        ("ko", "서명자:\n김민준\n이서연\n외 150명\n", 150),
        ("hu", "Aláírók:\nKovács Anna\nNagy Péter\nés további 240 aláíró\n", 240),
        ("fi", "Allekirjoittajat:\nAnna Virtanen\nMikko Korhonen\nja 45 muuta\n", 45),
        ("el", "Υπογράφουν:\nΜαρία Παπαδοπούλου\nΓιώργος Νικολάου\nκαι άλλοι 75 κάτοικοι\n", 75),
        ("id", "Penandatangan:\nBudi Santoso\nSiti Rahayu\ndan 120 lainnya\n", 120),
        ("he", "החותמים:\nדנה כהן\nיוסי לוי\nועוד 200 חותמים\n", 200),
    ],
)
def test_counts_of_unnamed_signers(language: str, tail: str, count: int) -> None:
    doc = parse(language, tail)
    assert doc.signatures is not None and doc.signatures.others == count
    assert len(doc.signatories) == 2  # the count line is no signer


def test_a_sentence_opening_with_he_and_a_year_is_no_count() -> None:
    # "他" (he) is also the word of "他…名" (and … others): without its counter it counts nothing
    doc = parse("zh", "联署人：\n王小明\n李华\n\n他2024年加入协会\n")
    assert doc.signatures is not None and doc.signatures.others is None


@pytest.mark.parametrize(
    ("language", "tail", "expected"),
    [
        ("vi", "Thay mặt Ban chấp hành:\nNguyễn Văn An\nTrần Thị Bình\n", ["Nguyễn Văn An", "Trần Thị Bình"]),
        ("id", "Atas nama pengurus:\nBudi Santoso\nSiti Rahayu\n", ["Budi Santoso", "Siti Rahayu"]),
        ("bg", "От името на сдружението:\nМария Иванова\nГеорги Петров\n", ["Мария Иванова", "Георги Петров"]),
        ("ca", "En nom de la junta:\nMarta Puig\nJordi Vila\n", ["Marta Puig", "Jordi Vila"]),
    ],
)
def test_on_behalf_sentences_of_many_languages(language: str, tail: str, expected: list[str]) -> None:
    assert names(parse(language, tail)) == expected


ENGLISH_BODY = "We ask the council to keep the library open on weekends, as it has been for forty years.\n\n"


@pytest.mark.parametrize(
    ("entry", "role", "kind"),
    [
        ("山田太郎（海辺大学教授）", "海辺大学教授", "person"),
        ("王小明（河岸自然保护协会会长）", "河岸自然保护协会会长", "person"),
        ("김민준 (강변대학교 교수)", "강변대학교 교수", "person"),
        ("Nguyễn Văn An: Luật sư", "Luật sư", "person"),
        ("Marta Puig, professora", "professora", "person"),
        ("Anna Bērziņa, žurnāliste", "žurnāliste", "person"),
        ("Maja Novak, novinarka", "novinarka", "person"),
    ],
)
def test_roles_by_head_noun(entry: str, role: str, kind: str) -> None:
    doc = stmtkit.parse(f"{HEADLINE}{ENGLISH_BODY}Signatories:\n{entry}\nAnna Berg\n")
    first = doc.signatories[0]
    assert (first.role, first.kind) == (role, kind)


@pytest.mark.parametrize(
    "entry",
    ["河岸自然保护协会", "海辺子ども文化協会", "강변환경연합", "มูลนิธิสวนเขียว", "Pargi Sõprade Selts",
     "Udruga prijatelja knjige", "עמותת שכנים למען הגן", "Associació de Veïns del Barri"],
)
def test_bodies_by_head_noun(entry: str) -> None:
    doc = stmtkit.parse(f"{HEADLINE}{ENGLISH_BODY}Signatories:\n{entry}\nAnna Berg\n")
    assert doc.signatories[0].kind == "organisation"


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("Közzétéve: 2024. május 27. 14:30", "2024-05-27T14:30:00"),
        ("公開日：2024年5月27日 10:30", "2024-05-27T10:30:00"),
        ("Avaldatud: 27.05.2024", "2024-05-27"),
        ("Objavljeno: 27. 5. 2024", "2024-05-27"),
        ("Đăng lúc: 27/05/2024 14:30", "2024-05-27T14:30:00"),
        ("Publicat: 27 de maig de 2024", "2024-05-27"),
    ],
)
def test_stamp_labels_are_no_place(stamp: str, expected: str) -> None:
    doc = stmtkit.parse(f"Headline of the story here\n\n{stamp}\n\nThe council met on Monday.\n")
    assert doc.dateline is not None
    assert doc.dateline.datetime is not None
    assert (doc.dateline.datetime.isoformat(), doc.dateline.place) == (expected, None)


def test_published_wins_over_updated_in_japanese() -> None:
    doc = stmtkit.parse("更新日：2024年5月28日\n公開日：2024年5月27日\n\n市立美術館は休館期間を延長した。\n")
    assert doc.dateline is not None and doc.dateline.datetime == datetime.date(2024, 5, 27)


@pytest.mark.parametrize(
    ("language", "salutation"),
    [("hu", "Tisztelt Polgármester Úr!"), ("vi", "Kính gửi Hội đồng Thành phố,"), ("el", "Αξιότιμε κύριε Δήμαρχε,"),
     ("zh", "尊敬的市长："), ("bg", "Уважаеми господин кмете,"), ("ca", "Benvolgut alcalde,")],
)
def test_a_salutation_is_no_headline(language: str, salutation: str) -> None:
    # the language's own row of salutations is asked: the text is said to be in that language
    doc = stmtkit.parse(f"{salutation}\n\n{BODY[language]}{BODY[language]}", languages=language)
    assert doc.language == language
    assert doc.title is None or doc.title.text != salutation
