"""Reading one signature entry, telling people from organisations, and keys across documents.

One row per real-world layout; the note says where such a line is seen.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import stmtkit
from conftest import examples
from stmtkit.signatories import (
    classify_kind,
    is_place,
    key_similarity,
    read_entries,
    read_entry,
    readable_caps,
    signatory_key,
    strip_contacts,
)
from stmtkit.signatories.inline import inline_names

# raw entry → (name, kind, role, affiliation)
ENTRIES = [
    # bullets and numbers, with and without a space
    ("-Islam Bafadarov", ("Islam Bafadarov", "person", None, None)),
    ("- Odile Marchetti", ("Odile Marchetti", "person", None, None)),
    ("• Dr. Helen Marsh, Mayor, Town of Port Alder", ("Helen Marsh", "person", "Dr., Mayor", "Town of Port Alder")),
    ("12) Anna Berg", ("Anna Berg", "person", None, None)),
    ("3 - Anna Berg", ("Anna Berg", "person", None, None)),
    ("- Anna Berg 🇩🇪", ("Anna Berg", "person", None, None)),
    ("- Jane Roe — 🇫🇷 Paris", ("Jane Roe", "person", None, None)),
    ("(3) Anna Berg", ("Anna Berg", "person", None, None)),
    ("· Anna Berg", ("Anna Berg", "person", None, None)),
    ("– Anna Berg", ("Anna Berg", "person", None, None)),
    ("* Anna Berg", ("Anna Berg", "person", None, None)),
    # Name (Organisation), Name – Role, Name - University (Turkish petition pages)
    ("James O'Connell (Harbor Fishermen's Association)", ("James O'Connell", "person", None, "Harbor Fishermen's Association")),
    ("Priya Raman – Coastal Futures Network", ("Priya Raman", "person", None, "Coastal Futures Network")),
    ("Jean Dupont – compositeur", ("Jean Dupont", "person", "compositeur", None)),
    ("Prof. Dr. Ali Demir - Ege Üniversitesi", ("Ali Demir", "person", "Prof. Dr.", "Ege Üniversitesi")),
    # German and Polish ranks before the name: a Privatdozent, a junior professor, an advocate, a priest
    ("PD Dr. Anna Beispiel", ("Anna Beispiel", "person", "PD Dr.", None)),
    ("Jun.-Prof. Dr. Jonas Muster", ("Jonas Muster", "person", "Jun.-Prof. Dr.", None)),
    ("Mec. Jan Kowalski", ("Jan Kowalski", "person", "Mec.", None)),
    ("Ksiądz prof. Piotr Nowak", ("Piotr Nowak", "person", "Ksiądz prof.", None)),
    # the role after the name with no comma: the first function word after two name words opens it
    ("Ana Lima Professora titular da UFMG", ("Ana Lima", "person", "Professora titular da UFMG", None)),
    ("Bruno C. Costa Economista", ("Bruno C. Costa", "person", "Economista", None)),
    # a trailing country is no part of the affiliation (corpus README, settled conventions)
    ("Nur Aksoy - Wellesley College, USA", ("Nur Aksoy", "person", None, "Wellesley College")),
    ("Elena Ricci, regista, Compagnia del Porto", ("Elena Ricci", "person", "regista", "Compagnia del Porto")),
    ("Анна Смирнова, председатель родительского комитета", ("Анна Смирнова", "person", "председатель родительского комитета", None)),
    # Turkish and Azerbaijani put the function last
    ("Əli Həsənov – Milli Məclisin deputatı", ("Əli Həsənov", "person", "Milli Məclisin deputatı", None)),
    ("Ayşe Demir, Ege Üniversitesi öğretim üyesi", ("Ayşe Demir", "person", "Ege Üniversitesi öğretim üyesi", None)),
    ("Şükrü Yılmaz, Çamlıbel Köyü Muhtarı", ("Şükrü Yılmaz", "person", "Çamlıbel Köyü Muhtarı", None)),
    # petition pages: a place and a time stamp are not affiliations
    ("Anna Berg, Oslo, 2 days ago", ("Anna Berg", "person", None, None)),
    # titles before the name, the name last after a title and a body (Russian academic letters)
    ("Академик В.Е.Зорин", ("В.Е.Зорин", "person", "Академик", None)),
    ("Член-корр РАН И.В.Лосев", ("И.В.Лосев", "person", "Член-корр РАН", None)),
    ("Профессор Николай Орлов", ("Николай Орлов", "person", "Профессор", None)),
    ("MEP Sarah Quinn", ("Sarah Quinn", "person", "MEP", None)),
    ("Dra. Lucía Gómez, médica de familia", ("Lucía Gómez", "person", "Dra., médica de familia", None)),
    # letters after the name, and fields inside the brackets
    ("Sarah Quinn MEP", ("Sarah Quinn", "person", "MEP", None)),
    ("Eva Holm FRS, University of Oxford", ("Eva Holm", "person", "FRS", "University of Oxford")),
    ("John Smith Jr.", ("John Smith Jr.", "person", None, None)),
    ("Anna Berg (Director, Harbor Union)", ("Anna Berg", "person", "Director", "Harbor Union")),
    ("академик РАН Иван Петров", ("Иван Петров", "person", "академик РАН", None)),
    ("Amnesty International Director Kate Allen", ("Kate Allen", "person", "Amnesty International Director", None)),
    ("Presidenta de la Fundación Sur, María López", ("María López", "person", "Presidenta de la Fundación Sur", None)),
    ("Azərbaycan Jurnalistlər Birliyinin sədri Elçin Vəliyev", ("Elçin Vəliyev", "person", "Azərbaycan Jurnalistlər Birliyinin sədri", None)),
    # a country or a city alone is not an affiliation
    ("Jane Roe, Berlin", ("Jane Roe", "person", None, None)),
    ("Alliance Sud, Switzerland", ("Alliance Sud", "organisation", None, None)),
    ("X minus Y Solidarity Fund, the Netherlands", ("X minus Y Solidarity Fund", "organisation", None, None)),
    ("African Services Committee New York, US", ("African Services Committee New York", "organisation", None, None)),
    ("SWISSAID, Swiss Foundation for Development Cooperation, Switzerland",
     ("SWISSAID, Swiss Foundation for Development Cooperation", "organisation", None, None)),
    # organisations keep their whole text, dashes and brackets included
    ("Africa Trade Network (ATN)", ("Africa Trade Network (ATN)", "organisation", None, None)),
    ("Third World Network – Africa", ("Third World Network – Africa", "organisation", None, None)),
    ("Hotel- und Gastronomieverband Berlin e.V. (DEHOGA Berlin)",
     ("Hotel- und Gastronomieverband Berlin e.V. (DEHOGA Berlin)", "organisation", None, None)),
    ("Handwerkskammer Berlin", ("Handwerkskammer Berlin", "organisation", None, None)),
    ("ACORD", ("ACORD", "organisation", None, None)),
    ("CFE-CGC", ("CFE-CGC", "organisation", None, None)),
    ("Ege Kıyı Gönüllüleri Derneği", ("Ege Kıyı Gönüllüleri Derneği", "organisation", None, None)),
    # handles, e-mails and links are dropped from the name
    ("- @ktemkin <kate@example.in>", ("@ktemkin", "person", None, None)),
    ("- jade ([@lf-](https://github.com/lf-))", ("jade", "person", None, None)),
    ("- Irenes (@IreneKnapp)", ("Irenes", "person", None, None)),
    ("- @hertog@tech.example (Hertog@fsfe.example)", ("@hertog@tech.example", "person", None, None)),
    ("- Ruby Juric ([srxl](https://srxl.example))", ("Ruby Juric", "person", None, None)),
    ("- Bo Lindahl (GitHub: [@blindahl](https://github.com/blindahl))", ("Bo Lindahl", "person", None, None)),
    ("- [@nightjar](https://github.com/nightjar)", ("@nightjar", "person", None, None)),
    ("- Delan Azabani &lt;delan@example.com>", ("Delan Azabani", "person", None, None)),
    ("- Jay W. (@jayw)", ("Jay W.", "person", None, None)),
    # a final full stop goes, unless it belongs to an initial or a legal form
    ("Transnational Institute.", ("Transnational Institute", "organisation", None, None)),
    ("medianet berlinbrandenburg e.V.", ("medianet berlinbrandenburg e.V.", "organisation", None, None)),
    # ALL-CAPS names stay as written (people and organisations alike)
    ("-ISLAM BAFADAROV", ("ISLAM BAFADAROV", "person", None, None)),
    ("— ІРИНА БОНДАРЕНКО-ШЕВЧУК", ("ІРИНА БОНДАРЕНКО-ШЕВЧУК", "person", None, None)),
    ("SEAWATCH ALLIANCE", ("SEAWATCH ALLIANCE", "organisation", None, None)),
    # role vs affiliation by head nouns, each in its own comma field (petition pages, many languages)
    ("Anna Berg, Senior Researcher, Halden Institute", ("Anna Berg", "person", "Senior Researcher", "Halden Institute")),
    ("Tom Lind, Vice President, Coastal Union", ("Tom Lind", "person", "Vice President", "Coastal Union")),
    ("Claire Morel, politiste, université de Rennes", ("Claire Morel", "person", "politiste", "université de Rennes")),
    ("Giulia Neri, Segretario generale FLT", ("Giulia Neri", "person", "Segretario generale FLT", None)),
    ("Rita Sousa, presidente da Junta de Freguesia de Alvor", ("Rita Sousa", "person", "presidente da Junta de Freguesia de Alvor", None)),
    ("Marta Zielna, dziennikarka, Dziennik Północny", ("Marta Zielna", "person", "dziennikarka", "Dziennik Północny")),
    ("Petr Malý, ředitel, Univerzita Jihlava", ("Petr Malý", "person", "ředitel", "Univerzita Jihlava")),
    ("Ion Radu, Profesor, Universitatea de Vest", ("Ion Radu", "person", "Profesor", "Universitatea de Vest")),
    ("Eero Salo, tutkija, Oulun yliopisto", ("Eero Salo", "person", "tutkija", "Oulun yliopisto")),
    ("Νίκος Βλάχος, καθηγητής, Πανεπιστήμιο Κρήτης", ("Νίκος Βλάχος", "person", "καθηγητής", "Πανεπιστήμιο Κρήτης")),
    ("Tove Dahl, Professor, Fjord University, Oslo, Norway", ("Tove Dahl", "person", "Professor", "Fjord University")),
    # layouts: colon after the name, the comma before a role missing, markdown, a trailing " /"
    ("Anna Berg: Director, Harbour Union", ("Anna Berg", "person", "Director", "Harbour Union")),
    ("Liisa Aho Kuvittaja", ("Liisa Aho", "person", "Kuvittaja", None)),
    ("Ole Dahl illustrator", ("Ole Dahl", "person", "illustrator", None)),
    ("**Eva Holm** (composer)", ("Eva Holm", "person", "composer", None)),
    ("- __Eva Holm__, Mayor", ("Eva Holm", "person", "Mayor", None)),
    ("Harbour Rights Network /", ("Harbour Rights Network", "organisation", None, None)),
    # a prize is said of the person; a remark on the capacity one signs in is no role
    ("Vera Kis (szobrász, Munkácsy-díjas)", ("Vera Kis", "person", "szobrász, Munkácsy-díjas", None)),
    ("Nina Roy (writer, Booker Prize winner)", ("Nina Roy", "person", "writer, Booker Prize winner", None)),
    ("Ana Gil, presidenta de la Fundación Norte (a título personal)", ("Ana Gil", "person", "presidenta de la Fundación Norte", None)),
    # a rank before the name: ecclesiastic, academic, engineering degrees
    ("Mitropolit Jovan", ("Jovan", "person", "Mitropolit", None)),
    ("Liisa Aho Kuvittaja, graafikko", ("Liisa Aho", "person", "Kuvittaja, graafikko", None)),
    # a title word opening a function phrase is no title before a name
    ("Jana Krüger, Professorin am Seminar für Didaktik", ("Jana Krüger", "person", "Professorin am Seminar für Didaktik", None)),
    # the name last: after functions in several fields, after a run of acronyms
    ("председатель клуба «Север», координатор МОД «Берег» в г. Ухте Олег Смирнов",
     ("Олег Смирнов", "person", "председатель клуба «Север», координатор МОД «Берег» в г. Ухте", None)),
    ("ЧП МРО ПДС Олег Смирнов", ("Олег Смирнов", "person", "ЧП МРО ПДС", None)),
    # an organisation keeps a place in brackets; a trailing place list after a comma goes
    ("Harbour Rights League (Chad)", ("Harbour Rights League (Chad)", "organisation", None, None)),
    ("Fishers Union, UK and Ireland", ("Fishers Union", "organisation", None, None)),
    ("academician Orlov P.S.", ("Orlov P.S.", "person", "academician", None)),
    ("Prof. dr hab. inż. Jan Wrona – Przewodniczący Rady", ("Jan Wrona", "person", "Prof. dr hab. inż., Przewodniczący Rady", None)),
    # titles in scripts without case, with or without a full stop; a name cut after its title is kept
    ("डॉ रश्मि", ("रश्मि", "person", "डॉ", None)),
    ("प्रो. विनोद मिश्र", ("विनोद मिश्र", "person", "प्रो.", None)),
    ("د. سلمى حسن", ("سلمى حسن", "person", "د.", None)),
    ("الدكتور عمر خالد", ("عمر خالد", "person", "الدكتور", None)),
]


@pytest.mark.parametrize(("raw", "expected"), ENTRIES, ids=[e[0][:40] for e in ENTRIES])
def test_read_entry(raw: str, expected: tuple[str, str, str | None, str | None]) -> None:
    s = read_entry(raw, (1, 1))
    assert s is not None
    assert (s.name, s.kind, s.role, s.affiliation) == expected
    assert s.raw == raw


def test_organisation_group_keeps_a_one_word_name_whole() -> None:
    s = read_entry("183. Solidarité, France", (1, 1), group="Organizações Nacionais", group_kind="organisation")
    assert s is not None and (s.name, s.kind, s.group) == ("Solidarité", "organisation", "Organizações Nacionais")


def test_two_people_in_one_entry() -> None:
    names = [s.name for s in read_entries("Anna Zielińska i Marek Zieliński", (4, 4))]
    assert names == ["Anna Zielińska", "Marek Zieliński"]


def test_a_place_and_date_between_two_runs_of_signers_is_no_entry() -> None:
    assert read_entries("Lisboa, 3 de maio de 2021", (9, 9)) == []


@settings(max_examples=examples(300), deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Aa Bé-–,;:()[]*_/|.@0Ђ\n")), max_size=80))
def test_reading_an_entry_never_crashes_and_keeps_its_text(raw: str) -> None:
    for signatory in read_entries(raw, (1, 1)):
        assert signatory.raw == raw  # the text as written stays with what was read from it
        assert signatory.name.strip()


@pytest.mark.parametrize("raw", ["", "-", "•  ", "<kate@example.org>", "(@someone)"])
def test_nothing_name_like_gives_none(raw: str) -> None:
    assert read_entry(raw, (1, 1)) is None


INLINE = [
    # a label before the colon, a bracket around names over several lines, " / " and repeated "Name – role"
    ("Also signed: Ion Pop, Ana Gal, Vlad Ene,", ["Ion Pop", "Ana Gal", "Vlad Ene"]),
    ("(Irina Dumitru, Doina Marin, Ion Radu,", ["Irina Dumitru", "Doina Marin", "Ion Radu"]),
    ("Mihai Stan, Ion Cristea, Ana Lupu)", ["Mihai Stan", "Ion Cristea", "Ana Lupu"]),
    ("Anna Berg / Tom Lind / Eva Holm", ["Anna Berg", "Tom Lind", "Eva Holm"]),
    ("Орлов – доктор наук, Белов – доктор наук", ["Орлов – доктор наук", "Белов – доктор наук"]),
    ("Anna Berg: Director, Harbour Union", ["Anna Berg: Director, Harbour Union"]),
    ("Anna Berg, Tom Lind", ["Anna Berg, Tom Lind"]),
    ("Anna Berg, Tom Lind, Eva Holm and Ole Dahl", ["Anna Berg", "Tom Lind", "Eva Holm", "Ole Dahl"]),
    ("Marie Dubois, Paul Lefèvre et Karim Haddad.", ["Marie Dubois", "Paul Lefèvre", "Karim Haddad"]),
    ("Nigar Həsənova; Rauf Quliyev və Lalə Cəfərova", ["Nigar Həsənova", "Rauf Quliyev", "Lalə Cəfərova"]),
    ("Иван Петров, Ольга Смирнова и Пётр Иванов", ["Иван Петров", "Ольга Смирнова", "Пётр Иванов"]),
    ("A Verband e.V.; B Kammer Berlin; Bau Berlin und Brandenburg e.V.; C e.V. (CV) und D e.V. Verband der Elektro- und Digitalindustrie.",
     ["A Verband e.V.", "B Kammer Berlin", "Bau Berlin und Brandenburg e.V.", "C e.V. (CV)", "D e.V. Verband der Elektro- und Digitalindustrie"]),
    ("Anna Berg – Tom Lind – Eva Holm", ["Anna Berg", "Tom Lind", "Eva Holm"]),
    ("академик РАН Иван Петров, профессор Ольга Смирнова, член-корр. РАН Пётр Иванов",
     ["академик РАН Иван Петров", "профессор Ольга Смирнова", "член-корр. РАН Пётр Иванов"]),
    ("CGT, CFDT, FO, CFE-CGC et Solidaires", ["CGT", "CFDT", "FO", "CFE-CGC", "Solidaires"]),
    # not lists of names: one entry with its role and organisation
    ("Anna Berg, Harvard University, Law School", ["Anna Berg, Harvard University, Law School"]),
    ("Jane Roe, Director, Coastal Futures Network", ["Jane Roe, Director, Coastal Futures Network"]),
    ("Jane Roe, Berlin", ["Jane Roe, Berlin"]),
    ("Şükrü Yılmaz, Çamlıbel Köyü Muhtarı", ["Şükrü Yılmaz, Çamlıbel Köyü Muhtarı"]),
    ("Priya Raman – Coastal Futures Network", ["Priya Raman – Coastal Futures Network"]),
]


@pytest.mark.parametrize(("text", "names"), INLINE, ids=[t[:40] for t, _ in INLINE])
def test_inline_names(text: str, names: list[str]) -> None:
    assert inline_names(text) == names


SAME_KEY = [
    ("Ayshan Aslan Məmmədli", "Ayshan Aslan Mammadli"),
    ("Fatima Chikhiyeva", "Фатима Чихиева"),
    ("Elnur Aliyev", "Эльнур Алиев"),
    ("Elnur Əliyev", "Elnur Aliev"),
    ("Anar Gaziev", "Anar Gaziyev"),
    ("Mikhail Gorbachev", "Mikhail Gorbachov"),
    ("Михаил Горбачёв", "Mikhail Gorbachev"),
    ("Dmitriy Sergeyev", "Dmitry Sergeev"),
    ("Rəşad Xəlilov", "Rashad Khalilov"),
    ("Aygun Cəlilzadə", "Aygun Jalilzade"),
    ("Джалилзаде", "Jalilzadeh"),
    ("ISLAM BAFADAROV", "Islam Bafadarov"),
    ("Léana Chiang", "Leana Chiang"),
    ("James O'Connell", "James O’Connell"),
    ("Мария Ковалёва", "Mariya Kovalyova"),
]


@pytest.mark.parametrize(("a", "b"), SAME_KEY)
def test_same_person_same_key(a: str, b: str) -> None:
    assert signatory_key(a) == signatory_key(b)


@pytest.mark.parametrize(("a", "b"), [("Anna Berg", "Anne Berg"), ("Ivan Petrov", "Ivan Popov"), ("Ali Tekin", "Hilal Tekin")])
def test_different_people_different_keys(a: str, b: str) -> None:
    assert signatory_key(a) != signatory_key(b)


def test_mamedli_spellings_come_close() -> None:
    assert key_similarity("Məmmədli", "Mammadli") == 1.0
    assert key_similarity("Мамедли", "Mammadli") >= 0.85
    assert key_similarity("Мамедли", "Petrova") < 0.5


def test_key_is_lowercase_ascii_words() -> None:
    key = signatory_key("Prof. Elif Doğan-Öztürk")
    assert key == key.casefold() and key.isascii() and "  " not in key


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Anna Berg", "person"),
        ("kiara", "person"),
        ("SED4906", "person"),
        ("Fahrradbündnis Mitte e.V.", "organisation"),
        ("Verkehrswende Jetzt gGmbH", "organisation"),
        ("Handelsverband Berlin-Brandenburg", "organisation"),
        ("Ege Kıyı Gönüllüleri Derneği", "organisation"),
        ("Общество защиты природы", "organisation"),
        ("VOICE", "organisation"),
        ("11.11.11", "organisation"),
        ("Trade Union Congress of the Philippines (TUCP)", "organisation"),
        ("Estuary Fishing Cooperatives", "organisation"),
        ("Tom Williams", "person"),
    ],
)
def test_classify_kind(name: str, kind: str) -> None:
    assert classify_kind(name) == kind


@pytest.mark.parametrize("text", ["Switzerland", "the Netherlands", "US", "UK", "Berlin", "Москва", "Türkiye", "Deutschland"])
def test_places(text: str) -> None:
    assert is_place(text)


@pytest.mark.parametrize("text", ["Greenpeace", "Harvard University", "Anna Berg", "Director"])
def test_not_places(text: str) -> None:
    assert not is_place(text)


def test_readable_caps_keeps_mixed_case_and_fixes_apostrophes() -> None:
    assert readable_caps("JEAN-LUC O'NEILL") == "Jean-Luc O'Neill"
    assert readable_caps("Noon van der Silk") == "Noon van der Silk"
    assert readable_caps("ACORD") == "ACORD"


def test_strip_contacts_keeps_a_bare_handle_as_the_name() -> None:
    assert strip_contacts("@taffarel55 <contact@example.tech>") == "@taffarel55"
    assert strip_contacts("Kate Iykkes <https://github.com/kate>") == "Kate Iykkes"


COUNTED = """Letter to the parks board

We ask the board to keep the east gate of the park open after dark, as the only lit path home for the people of the lower town.

Signed by:

- Rui Costa, teacher
- Lena Vogt, cyclist

…and 1 204 other signatories
"""


def test_a_count_of_other_signers_is_recorded_on_the_block_not_read_as_a_name() -> None:
    statement = stmtkit.parse(COUNTED)
    block = statement.signatures
    assert block is not None and block.others == 1204
    assert [s.name for s in block.signatories] == ["Rui Costa", "Lena Vogt"]
    assert block.lines[1] == len(COUNTED.splitlines())  # the count line belongs to the block
    record = statement.to_dict()
    assert record["signatures"]["others"] == 1204
    assert stmtkit.Statement.from_dict(record).signatures == block


def test_a_block_without_a_count_has_no_others_key() -> None:
    record = stmtkit.parse(COUNTED.replace("…and 1 204 other signatories\n", "")).to_dict()
    assert "others" not in record["signatures"]


def test_the_count_is_valid_against_the_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((Path(stmtkit.__file__).parent / "schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(json.loads(json.dumps(stmtkit.parse(COUNTED).to_dict())))


@pytest.mark.parametrize(
    "names",
    [
        "सुनीता राव, मोहन लाल वर्मा, फ़ातिमा शेख़, रघुवीर सिंह, कमला देवी",
        "سلمى حسن، عمر خالد، ليلى يوسف، كريم ناصر، هدى سعيد",
        "তানিয়া রায়, সুমন দাস, রিনা পাল, অমিত ঘোষ, দীপা সেন",
    ],
)
def test_a_paragraph_of_names_in_a_script_without_case_closes_the_text(names: str) -> None:
    # No capital tells a name from a word there: the paragraph's shape does (short comma fields after the text).
    body = "The text of the letter asks the council to stop the dam and hear the villages first. Among the signers are:"
    doc = stmtkit.parse(f"A letter about the river\n\n{body}\n\n{names}\n")
    expected = [n.strip() for n in names.replace("،", ",").split(",")]
    assert [s.name for s in doc.signatories] == expected


def test_a_sentence_of_short_clauses_in_a_script_without_case_is_no_paragraph_of_names() -> None:
    closing = ("ودعا البيان إلى وقف القتال فورا وفتح جميع المعابر أمام قوافل الإغاثة، وعودة النازحين، وإعادة بناء المدارس، "
               "وضمان سلامة المدنيين في كل المناطق، والإفراج عن المعتقلين")
    doc = stmtkit.parse(f"بيان مشترك\n\nنص البيان يطالب بحماية السكان في المدن والقرى.\n\n{closing}\n")
    assert doc.signatories == ()


def test_a_numbered_column_of_names_with_roles_and_no_commas_is_people() -> None:
    text = ("Manifesto\n\nApoiamos a candidatura porque a sociedade quer mudanças e exige o respeito às diferenças "
            "políticas e culturais.\n\nA LISTA DE NOMES\n1. Ana Lima Professora titular da UFMG\n"
            "2. Bruno Costa Economista\n3. Carla Dias Arquiteta\n4. Davi Rocha Economista\n5. Elisa Melo Arquiteta\n")
    block = stmtkit.parse(text).signatures
    assert block is not None
    assert [(s.name, s.role) for s in block.signatories] == [
        ("Ana Lima", "Professora titular da UFMG"), ("Bruno Costa", "Economista"), ("Carla Dias", "Arquiteta"),
        ("Davi Rocha", "Economista"), ("Elisa Melo", "Arquiteta")]


def test_a_column_of_name_and_town_lines_ending_in_commas_gives_no_town_signers() -> None:
    text = ("Offener Brief\n\nWir fordern den Landtag auf, die Kürzungen bei den Hochschulen zurückzunehmen und die "
            "Lehre zu sichern. Die Folgen wären für Studierende und Beschäftigte gleichermaßen schwer.\n\n"
            "Prof. Dr. Anna Beispiel, Essen,\nProf. Dr. Jonas Muster, Münster,\nDr. Clara Probe, Aachen,\n"
            "Prof. Dr. Paul Weber, Bonn,\nDr. Eva Roth, Bremen\n")
    block = stmtkit.parse(text).signatures
    assert block is not None
    assert [(s.name, s.role) for s in block.signatories] == [
        ("Anna Beispiel", "Prof. Dr."), ("Jonas Muster", "Prof. Dr."), ("Clara Probe", "Dr."),
        ("Paul Weber", "Prof. Dr."), ("Eva Roth", "Dr.")]
