"""Finding the signature block: headings, closing formulas, bare runs of names, where it ends, what it is not.

Each case is a small document in the shape of a real page; the golden files
``tests/fixtures/sig-*.txt`` hold the longer ones.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import stmtkit
from conftest import examples

BODY = "We ask the council to keep the library open on weekends, as it has been for forty years.\n\n"


def names(text: str) -> list[str]:
    return [s.name for s in stmtkit.parse(text).signatories]


def block(text: str) -> stmtkit.Statement:
    return stmtkit.parse(text)


HEADINGS = [
    "Signed by:", "Signatories:", "Signed:", "The undersigned:", "Initial signatories include:", "Signé par :",
    "Les signataires :", "Organisations signataires :", "Unterzeichnet von:", "Die Unterzeichnenden:",
    "Firmado por:", "Firmado:", "Firmantes:", "Firmatari:", "Assinado:", "Подписали:", "Подписавшиеся:",
    "Підписали:", "İmzalayanlar:", "İmzacılar:", "Kampanyayı başlatanlar:", "De ondertekenaars:", "Podpisali:",
    "Undertecknare:", "Podepsaní:", "Semnatari:", "## Signatories", "**Signed by:**", "### Подписали",
    "__Firmantes__", "Signatories (in alphabetical order):", "The statement was signed by:", "Among the signatories are:",
    "Заявление подписали:", "Les premiers signataires sont :", "Assinam esta carta:", "Unterzeichner:innen:",
    "Οι υπογράφοντες:", "İmza atanlar:", "Ondertekend door:", "SIGNATORIES",
]


@pytest.mark.parametrize("heading", HEADINGS)
def test_headings_in_many_languages_and_markups(heading: str) -> None:
    doc = block(f"Title\n\n{BODY}{heading}\n\n- Anna Berg\n- Tom Lind\n")
    assert [s.name for s in doc.signatories] == ["Anna Berg", "Tom Lind"]
    assert doc.signatures is not None and doc.signatures.heading


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Signed by: Anna Berg, Tom Lind and Eva Holm", ["Anna Berg", "Tom Lind", "Eva Holm"]),
        ("**Signé par :** Marie Dubois et Paul Lefèvre", ["Marie Dubois", "Paul Lefèvre"]),
        ("Подписали: Иван Петров, Ольга Смирнова и Пётр Иванов", ["Иван Петров", "Ольга Смирнова", "Пётр Иванов"]),
        ("gez. Dr. Max Muster", ["Max Muster"]),
        ("Signé par : Claire Fontanel, Rachid Benali", ["Claire Fontanel", "Rachid Benali"]),
        ("Initial signatories include: Anna Berg (Harbor Union), Dr. Tom Lind (Coastal Futures Network) and Eva Holm.",
         ["Anna Berg", "Tom Lind", "Eva Holm"]),
    ],
)
def test_names_after_the_heading_on_the_same_line(line: str, expected: list[str]) -> None:
    assert names(f"Title\n\n{BODY}{line}\n") == expected


@pytest.mark.parametrize(
    ("closing", "after", "expected"),
    [
        ("Sincerely,", "Anna Berg\nTom Lind", ["Anna Berg", "Tom Lind"]),
        ("Yours faithfully,", "\nAnna Berg", ["Anna Berg"]),
        ("Respectfully submitted,", "Anna Berg", ["Anna Berg"]),
        ("Cordialement,", "Marie Dubois", ["Marie Dubois"]),
        ("С уважением,", "Дмитрий Шубин", ["Дмитрий Шубин"]),
        ("Mit freundlichen Grüßen", "\nPetra Lindemann\nVorsitzende\nStadtteilverein Nordkiez e.V.", ["Petra Lindemann"]),
        ("Saygılarımızla, Ege Kıyı Gönüllüleri Derneği", "", ["Ege Kıyı Gönüllüleri Derneği"]),
        ("С уважением, Дмитрий Шубин", "", ["Дмитрий Шубин"]),
        ("С уважением, Дмитрий Шубин", "председатель правления", ["Дмитрий Шубин"]),
    ],
)
def test_closing_formulas(closing: str, after: str, expected: list[str]) -> None:
    assert names(f"Title\n\n{BODY}{closing}\n{after}\n") == expected


def test_a_closing_formula_above_a_long_list_of_signers() -> None:
    people = [f"{first} {last}" for first in ("Anna", "Tom", "Eva", "Ole") for last in ("Berg", "Lind", "Holm", "Dahl")]
    text = f"Title\n\n{BODY}Sincerely,\n" + "\n".join(people) + "\n"
    assert names(text) == people


def test_a_sign_off_over_several_lines_is_one_signatory_with_role_and_affiliation() -> None:
    doc = block(f"Title\n\n{BODY}Sincerely,\n\nJane Whitfield\nExecutive Director\nRiverkeepers Alliance\n")
    (s,) = doc.signatories
    assert (s.name, s.role, s.affiliation, s.lines) == ("Jane Whitfield", "Executive Director", "Riverkeepers Alliance", (7, 9))


def test_a_sign_off_with_title_and_a_role_line_with_its_body() -> None:
    text = f"Title\n\n{BODY}Mit freundlichen Grüßen\n\nDr. Maria Schulz\nVorsitzende, Deutscher Kulturrat\n\nBerlin, den 3. April 2025\n"
    (s,) = stmtkit.parse(text).signatories
    assert (s.name, s.role, s.affiliation) == ("Maria Schulz", "Dr., Vorsitzende", "Deutscher Kulturrat")


def test_bare_trailing_list_of_names() -> None:
    text = f"Title\n\n{BODY}- Anna Berg (@aberg)\n- tom <tom@example.org>\n- Eva Holm ([@eh](https://github.com/eh))\n"
    assert names(text) == ["Anna Berg", "tom", "Eva Holm"]


def test_a_few_doubtful_entries_do_not_cut_a_long_bare_list() -> None:
    people = [f"- {first} {last} (@{first.lower()}{i})" for i, (first, last) in enumerate(
        [("Anna", "Berg"), ("Tom", "Lind"), ("Eva", "Holm"), ("Ole", "Dahl"), ("Rauf", "Kaya"), ("Marie", "Dubois"),
         ("Paul", "Lefèvre"), ("Olga", "Müller"), ("Nigar", "Coşkun"), ("Leyla", "Berg"), ("Ivan", "Lind")]
    )]
    people.insert(5, "- the pixel collective")
    text = "---\ntitle: Signatures\n---\n\n" + "\n".join(people) + "\n"
    got = names(text)
    assert len(got) == 12 and got[0] == "Anna Berg" and got[5] == "the pixel collective"


def test_bare_block_right_above_a_closing_date_line() -> None:
    text = (
        "Обращение\n\nПросим коллег поддержать письмо, текст которого приводится ниже по просьбе авторов.\n"
        "Академик Н.П.Серов\nАкадемик О.А.Лаптева\nЧлен-корр РАН К.С.Дроздов\n03.03.2024\nТекст письма\n"
        "Министру науки\nПросим сохранить обсерваторию.\n"
    )
    doc = block(text)
    assert [(s.name, s.role) for s in doc.signatories] == [
        ("Н.П.Серов", "Академик"), ("О.А.Лаптева", "Академик"), ("К.С.Дроздов", "Член-корр РАН")
    ]
    assert doc.dateline is not None and doc.dateline.lines == (7, 7)


@pytest.mark.parametrize(
    "after",
    [
        "Contact: press@example.org",
        "Press contact\nLena Hoff",
        "For more information, please contact Lena Hoff, lena@example.org.",
        "Ansprechpersonen\nDr. Lena Hoff",
        "Контакты\nИван Петров",
        "Comments\nRick Havel\n2 hours ago",
        "[1] The figures come from the 2023 city budget.",
        "<!-- add your name above -->",
        "Cc: State Water Board",
    ],
)
def test_where_the_block_ends(after: str) -> None:
    text = f"Title\n\n{BODY}Signed by:\n\n- Anna Berg\n- Tom Lind\n\n{after}\n"
    doc = block(text)
    assert [s.name for s in doc.signatories] == ["Anna Berg", "Tom Lind"]
    assert doc.signatures is not None and doc.signatures.lines == (5, 8)


@pytest.mark.parametrize(
    ("after", "count"),
    [("... and 250 others", 250), ("and 312 other academics", 312), ("и ещё 150 человек", 150)],
)
def test_a_count_of_the_others_closes_the_block_and_is_recorded(after: str, count: int) -> None:
    text = f"Title\n\n{BODY}Signed by:\n\n- Anna Berg\n- Tom Lind\n\n{after}\n"
    doc = block(text)
    assert [s.name for s in doc.signatories] == ["Anna Berg", "Tom Lind"]
    assert doc.signatures is not None and doc.signatures.lines == (5, 10) and doc.signatures.others == count


@pytest.mark.parametrize(
    "text",
    [
        # a list of demands
        f"Title\n\n{BODY}We demand:\n- the release of all detainees;\n- an independent inquiry into the arrests;\n- a halt to construction.\n",
        # defendants named in the body, followed by more prose
        "Title\n\nThe court heard the case of four activists.\n\nThe defendants are:\n- Marta Klein\n- Joseph Adeyemi\n- Lin Zhao\n\n"
        "The hearing continues on Tuesday, when the prosecution will call its first witnesses to the stand.\n",
        # addressees
        f"Title\n\nTo: Anna Berg\nCc: Tom Lind\n\n{BODY}",
        # a sentence about another letter
        "Заголовок\n\nРанее письмо подписали: академики Иванов и Петров, но ответа они не получили.\n\nМы снова обращаемся к министру с просьбой.\n",
        # the same, with the names below the line, in the middle of the article
        "Заголовок\n\nГод назад учёные уже писали министру о судьбе обсерватории.\n\nПисьмо подписали:\nИван Петров\nОльга Смирнова\n\n"
        "Ответа они тогда не получили, и теперь обращаются к министру снова, уже от имени всего института.\n\n"
        "Новое обращение направлено в министерство в понедельник, сообщили в пресс-службе института.\n",
        # quoted people and a byline
        '"We will keep fighting," said their lawyer, Daniel Brooks.\n\nThe hearing resumes on Monday. /Интерфакс.\n',
        # an agency sign-off at the end
        "Title\n\nThe minister met the delegation on Monday and discussed the plan.\n\n(SERVIMEDIA)\n",
    ],
    ids=["demands", "defendants", "addressees", "another-letter", "another-letter-below", "quoted", "agency"],
)
def test_not_signatories(text: str) -> None:
    assert names(text) == []


def test_a_free_date_line_ends_the_block_when_the_dateline_is_at_the_top() -> None:
    text = f"Title\n\n27 May 2024 17:59\n\n{BODY}Signed by:\n- Anna Berg\n- Tom Lind\nParis, 28 May 2024\n"
    doc = stmtkit.parse(text)
    assert [s.name for s in doc.signatories] == ["Anna Berg", "Tom Lind"]
    assert doc.signatures is not None and doc.signatures.lines == (7, 9)


def test_an_intro_sentence_under_the_heading_is_part_of_the_block() -> None:
    text = f"Title\n\n{BODY}Signatories:\nThe following organisations and people have signed this letter:\n- Harbor Union\n- Anna Berg\n"
    doc = stmtkit.parse(text)
    assert [s.name for s in doc.signatories] == ["Harbor Union", "Anna Berg"]
    assert doc.signatures is not None and doc.signatures.lines == (5, 8)


@pytest.mark.parametrize(
    "tail",
    [
        "Home\nNews\nSport\nContact",
        "Tags\nBaku\nParis\nBerlin",
        "Related:\n- Minister Visits Port\n- Storm Hits Coast\n- Council Approves Budget",
        "By Anna Berg",
    ],
    ids=["menu", "tags", "related", "byline"],
)
def test_trailing_lines_that_are_not_a_bare_block(tail: str) -> None:
    assert names(f"Title\n\n{BODY}{tail}\n") == []


def test_authors_under_the_headline_are_not_signers() -> None:
    text = f"Harbor report\nAnna Berg\nTom Lind\nEva Holm\n27 May 2024\n\n{BODY}"
    assert names(text) == []


@pytest.mark.parametrize(
    ("entry", "name", "role"),
    [
        ("председатель правления Иван Петрович Сидоров", "Иван Петрович Сидоров", "председатель правления"),
        ("Mayor of Springfield John Smith", "John Smith", "Mayor of Springfield"),
        ("Член-корр РАН И.В.Лосев", "И.В.Лосев", "Член-корр РАН"),
    ],
)
def test_role_and_organisation_before_the_name(entry: str, name: str, role: str) -> None:
    (s,) = stmtkit.parse(f"Title\n\n{BODY}Signed by:\n\n{entry}\n").signatories
    assert (s.name, s.role) == (name, role)


def test_a_name_wrapped_onto_the_next_line() -> None:
    text = (
        f"Title\n\n{BODY}Die Unterzeichnenden:\nVerband der Chemischen Industrie e.V.\n(VCI) Landesverband Nordost\n"
        "Fachgemeinschaft Bau Berlin\nund Brandenburg e.V.\nHandwerkskammer Berlin\n"
    )
    assert names(text) == [
        "Verband der Chemischen Industrie e.V. (VCI) Landesverband Nordost",
        "Fachgemeinschaft Bau Berlin und Brandenburg e.V.",
        "Handwerkskammer Berlin",
    ]


def test_a_long_run_of_organisations_one_a_line_is_one_signer_a_line() -> None:
    text = f"Title\n\n{BODY}Signatories:\nAmnesty International\nHuman Rights Watch\nCoastal Futures Network\nHarbor Union\n"
    assert names(text) == ["Amnesty International", "Human Rights Watch", "Coastal Futures Network", "Harbor Union"]


def test_capital_names_then_an_organisation_are_three_signers() -> None:
    text = "STATEMENT\n\nWe stand with the workers of the harbour.\n\nSIGNED:\nJANE WHITFIELD\nTOMÁS ORTEGA\nHARBOR UNION LOCAL 12\n"
    got = [(s.name, s.kind, s.affiliation, s.raw) for s in stmtkit.parse(text).signatories]
    assert got == [
        ("JANE WHITFIELD", "person", None, "JANE WHITFIELD"),
        ("TOMÁS ORTEGA", "person", None, "TOMÁS ORTEGA"),
        ("HARBOR UNION LOCAL 12", "organisation", None, "HARBOR UNION LOCAL 12"),
    ]


def test_subject_and_heading_verb_alone_on_its_line() -> None:
    text = "Заявление\n\nПравозащитники выступили с заявлением.\n\nЗаявление подписали:\nЛюдмила Орлова, председатель группы\nОлег Лебедев\n"
    assert [(s.name, s.role) for s in stmtkit.parse(text).signatories] == [
        ("Людмила Орлова", "председатель группы"), ("Олег Лебедев", None)
    ]


def test_a_heading_that_names_the_kind_is_the_first_group() -> None:
    text = f"Title\n\n{BODY}İmzacı kurumlar:\nDİSK Basın-İş\nHarbor Union\n\nİmzacı kişiler:\nAyşe Yılmaz, gazeteci\n"
    got = [(s.name, s.kind, s.group) for s in stmtkit.parse(text).signatories]
    assert got == [
        ("DİSK Basın-İş", "organisation", "İmzacı kurumlar"),
        ("Harbor Union", "organisation", "İmzacı kurumlar"),
        ("Ayşe Yılmaz", "person", "İmzacı kişiler"),
    ]


def test_a_heading_with_nothing_readable_below_warns() -> None:
    doc = stmtkit.parse(f"Title\n\n{BODY}Signed by:\n\nThe full list of signatories will be published on our website next week.\n")
    assert doc.signatories == ()
    assert [w.code for w in doc.warnings] == ["signatures-heading-without-names"]
    assert doc.warnings[0].lines == (5, 5)


def test_group_sub_headings_set_group_and_kind() -> None:
    text = (
        f"Title\n\n{BODY}Signatories:\n\nOrganisations:\n1. Solidarité, France\n2. VOICE, Bangladesh\n\n"
        "Individuals:\n3. Anna Berg, writer\n"
    )
    got = [(s.name, s.kind, s.group, s.role) for s in stmtkit.parse(text).signatories]
    assert got == [
        ("Solidarité", "organisation", "Organisations", None),
        ("VOICE", "organisation", "Organisations", None),
        ("Anna Berg", "person", "Individuals", "writer"),
    ]


def test_french_group_of_first_signers() -> None:
    text = (
        f"Titre\n\n{BODY}Signataires :\n\nLes premiers signataires\nMarie Dubois\nPaul Lefèvre\n\n"
        "Organisations\nAttac France\nLigue des droits de l'Homme\n"
    )
    got = [(s.name, s.group, s.kind) for s in stmtkit.parse(text).signatories]
    assert got == [
        ("Marie Dubois", "Les premiers signataires", "person"),
        ("Paul Lefèvre", "Les premiers signataires", "person"),
        ("Attac France", "Organisations", "organisation"),
        ("Ligue des droits de l'Homme", "Organisations", "organisation"),
    ]


def test_tab_separated_table_without_header() -> None:
    text = f"Title\n\n{BODY}Signed by:\n\nAnna Berg\tDirector\tCoastal Futures Network\nTom Lind\tcomposer\n"
    got = [(s.name, s.role, s.affiliation) for s in stmtkit.parse(text).signatories]
    assert got == [("Anna Berg", "Director", "Coastal Futures Network"), ("Tom Lind", "composer", None)]


def test_pipe_table_with_header() -> None:
    text = (
        f"Title\n\n{BODY}## Signatories\n\n| Name | Organisation | Country |\n|---|---|---|\n"
        "| Anna Berg | Coastal Futures Network | Norway |\n| Tom Lind | Harbor Union | Sweden |\n"
    )
    got = [(s.name, s.affiliation) for s in stmtkit.parse(text).signatories]
    assert got == [("Anna Berg", "Coastal Futures Network"), ("Tom Lind", "Harbor Union")]


def test_the_lists_stage_no_longer_sees_a_signatory_list() -> None:
    doc = stmtkit.parse(f"Title\n\n{BODY}Signed by:\n\n1. Anna Berg\n2. Tom Lind\n")
    assert doc.lists == () and len(doc.signatories) == 2


# Property: a generated list of names in any layout comes back whole and in order.

FIRST = ["Anna", "Tom", "Eva", "Ole", "Leyla", "Rauf", "Marie", "Paul", "Olga", "Иван", "Ольга", "Nigar", "Zeynep", "Jürgen", "Søren"]
LAST = ["Berg", "Lind", "Holm", "Dahl", "Həsənova", "Quliyev", "Dubois", "Lefèvre", "Смирнова", "Петров", "Coşkun", "Kaya", "Müller"]
NAME = st.builds(lambda f, m, last: " ".join([f, *m, last]), st.sampled_from(FIRST), st.lists(st.sampled_from(FIRST), max_size=1), st.sampled_from(LAST))
LAYOUTS = ["dash", "dash-nospace", "bullet", "number", "paren-number", "plain", "blank-separated", "commas", "semicolons", "pipe-table", "tabs"]
HEADING = st.sampled_from(["Signed by:", "Signatories:", "Подписали:", "İmzalayanlar:", "Unterzeichnet von:", "## Signé par"])


def render(layout: str, people: list[str]) -> str:
    if layout == "dash":
        return "\n".join(f"- {p}" for p in people)
    if layout == "dash-nospace":
        return "\n".join(f"-{p}" for p in people)
    if layout == "bullet":
        return "\n".join(f"• {p}" for p in people)
    if layout == "number":
        return "\n".join(f"{i}. {p}" for i, p in enumerate(people, 1))
    if layout == "paren-number":
        return "\n".join(f"{i}) {p}" for i, p in enumerate(people, 1))
    if layout == "plain":
        return "\n".join(people)
    if layout == "blank-separated":
        return "\n\n".join(people)
    if layout == "commas":
        return ", ".join(people[:-1]) + " and " + people[-1] if len(people) > 1 else people[0]
    if layout == "semicolons":
        return "; ".join(people) + "."
    if layout == "pipe-table":
        return "| Name | Role |\n|---|---|\n" + "\n".join(f"| {p} | member |" for p in people)
    return "\n".join(f"{p}\tmember" for p in people)


ROLES = ["composer", "journalist", "Director", "председатель", "gazeteci", "Prof."]
ORGS = ["Harbor Union", "Coastal Futures Network", "Ege Üniversitesi", "Общество защиты природы", "Verkehrswende e.V."]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    people=st.lists(st.tuples(NAME, st.sampled_from(ROLES), st.sampled_from(ORGS)), min_size=1, max_size=6, unique_by=lambda p: p[0]),
    layout=st.sampled_from(["comma", "dash", "brackets", "lines"]),
)
def test_generated_entries_keep_name_role_and_organisation(people: list[tuple[str, str, str]], layout: str) -> None:
    def entry(name: str, role: str, org: str) -> str:
        if role == "Prof.":
            head, role_text = f"Prof. {name}", None
        else:
            head, role_text = name, role
        if layout == "comma":
            return f"- {head}, {role_text}, {org}" if role_text else f"- {head}, {org}"
        if layout == "dash":
            return f"- {head} – {org}"
        if layout == "brackets":
            return f"- {head} ({org})"
        return f"{head}\n{role_text}\n{org}\n" if role_text else f"{head}\n{org}\n"

    text = f"Title\n\n{BODY}Signed by:\n\n" + "\n".join(entry(*p) for p in people) + "\n"
    got = stmtkit.parse(text).signatories
    assert [s.name for s in got] == [p[0] for p in people]
    assert [s.affiliation for s in got] == [p[2] for p in people]
    if layout in ("comma", "lines"):
        assert [s.role for s in got] == [p[1] for p in people]


@settings(max_examples=examples(300), deadline=None)
@given(st.text(max_size=200))
def test_reading_any_entry_never_fails(raw: str) -> None:
    from stmtkit.signatories import read_entries

    for s in read_entries(raw, (1, 1)):
        assert s.name.strip() and s.key.isascii() and s.raw == raw


@settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(people=st.lists(NAME, min_size=2, max_size=8, unique=True), layout=st.sampled_from(LAYOUTS), heading=HEADING)
def test_generated_names_come_back_whole_and_in_order(people: list[str], layout: str, heading: str) -> None:
    text = f"Title\n\n{BODY}{heading}\n\n{render(layout, people)}\n"
    assert names(text) == people


def test_every_candidate_block_is_explained_with_its_score() -> None:
    text = (
        f"Title\n\n{BODY}These are the people who signed the appeal in its first week:\n\nMara Holt\nDevin Osei\n\n"
        "Add your own name to theirs on our website this week.\n\nSincerely,\nJane Roe\nMark Ode\n"
    )
    doc = stmtkit.parse(text)
    candidates = [e.why for e in doc.explain if e.rule == "signatures:candidate"]
    assert [c.split(":")[0] for c in candidates] == [
        "candidate sentence-heading 'These are the people who signed the appeal in its first week'",
        "candidate closing 'Sincerely'",
    ]
    assert all("score" in c and "names=1.00" in c for c in candidates)
    # the closing formula is the stronger cue: its block is taken, the names above stay text
    assert [s.name for s in doc.signatories] == ["Jane Roe", "Mark Ode"]
    chosen = [e.why for e in doc.explain if e.rule == "signatures"]
    assert chosen[0].startswith("closing 'Sincerely', score")


def test_a_sentence_ending_in_a_colon_that_names_signing_opens_a_block() -> None:
    text = f"Title\n\n{BODY}These are the people who signed the appeal in its first week:\n\nMara Holt, writer\n\nDevin Osei, teacher\n"
    doc = stmtkit.parse(text)
    assert [(s.name, s.role) for s in doc.signatories] == [("Mara Holt", "writer"), ("Devin Osei", "teacher")]


def test_a_sentence_ending_in_a_colon_without_a_signing_word_opens_no_block() -> None:
    assert names(f"Title\n\n{BODY}These are the people who spoke at the meeting in its first week:\n\nMara Holt, writer\n\nDevin Osei, teacher\n") == []


def test_a_dense_paragraph_of_names_closing_the_text_is_the_block() -> None:
    text = f"Title\n\n{BODY}Anna Berg, writer; Tom Lind, teacher, poet; Mark Ode, painter; Jane Roe, nurse\n"
    doc = stmtkit.parse(text)
    assert [(s.name, s.role) for s in doc.signatories] == [
        ("Anna Berg", "writer"), ("Tom Lind", "teacher, poet"), ("Mark Ode", "painter"), ("Jane Roe", "nurse"),
    ]


def test_two_people_on_one_entry_share_its_fields_and_do_not_overlap() -> None:
    doc = stmtkit.parse("Signed by:\n- Anna Berg and John Smith\n  Greenpeace\n")
    got = [(s.name, s.affiliation, s.lines) for s in doc.signatories]
    assert got == [("Anna Berg", "Greenpeace", (2, 2)), ("John Smith", "Greenpeace", (2, 3))]
    # nested spans come in order: the second may start on the line where the first ended, no earlier
    first, second = doc.signatories
    assert first.lines[1] <= second.lines[0]


def test_a_short_line_naming_the_signers_without_a_colon_opens_a_block() -> None:
    text = f"Title\n\n{BODY}The undersigned organisations\n\nHarbor Union\nCoastal Rowing Association\nNorth Bay Tenants Association\n"
    assert names(text) == ["Harbor Union", "Coastal Rowing Association", "North Bay Tenants Association"]


def test_a_long_line_naming_the_signers_without_a_colon_opens_no_block() -> None:
    text = f"Title\n\n{BODY}Several of the signatories met the mayor last week in the town hall\n\nAnna Berg\nTom Lind\n"
    assert names(text) == []


@pytest.mark.parametrize("last", [
    "Ministers must now act together with Europ",  # the scrape cut the text's last sentence
    "OSSE må i samarbeid med Europ",  # an acronym opens it: still a sentence, not a body's name
])
def test_a_last_sentence_cut_short_is_no_organisation_closing_the_text(last: str) -> None:
    assert names(f"Title\n\n{BODY}{last}\n") == []


@pytest.mark.parametrize("last", ["Coastal Rowing Association", "Ligue des droits de l'homme", "Merkez Yönetim Kurulu Üyeleri"])
def test_an_organisation_closing_the_text_is_still_its_signer(last: str) -> None:
    assert names(f"Title\n\n{BODY}{last}\n") == [last]


@pytest.mark.parametrize("formula", [
    "On behalf of the Harbour Union,", "Namens het bestuur van de Havenbond,", "În numele Uniunii Portuare,",
    "Au nom du Syndicat du port,", "W imieniu Związku Portowego,",
])
def test_a_short_line_signing_on_behalf_and_ending_in_a_comma_opens_the_block(formula: str) -> None:
    text = f"Title\n\n{BODY}{formula}\n\nMara Holt, chair\nDevin Osei, secretary\n\nAttachment: the letter (PDF)\n"
    assert [(s.name, s.role) for s in stmtkit.parse(text).signatories] == [("Mara Holt", "chair"), ("Devin Osei", "secretary")]


def test_a_sentence_saying_on_behalf_of_in_its_middle_and_ending_in_a_comma_opens_no_block() -> None:
    text = f"Title\n\n{BODY}We write to the mayor on behalf of the tenants,\n\nMara Holt\nDevin Osei\n"
    assert "sentence-heading" not in " ".join(e.why for e in stmtkit.parse(text).explain if e.rule == "signatures")


def test_a_paragraph_of_name_dash_role_entries_wrapped_anywhere_is_read_as_one_text() -> None:
    # the lines break inside a name ("Clara" / "Jovanovic") and between a dash and its role
    text = (f"Title\n\n{BODY}Signed: Anna Berg - teacher, Tom Lind - poet, Eva Holm - nurse, midwife, Mark Ode -\n"
            "painter, Jane Roe, Clara Jovanovic - ferry captain, Ian Mortimer, Rita Moreau - writer, Clara\n"
            "Novak - carpenter, Paul Brandt, Ruth Okafor - student\n")
    doc = stmtkit.parse(text)
    assert [(s.name, s.role) for s in doc.signatories] == [
        ("Anna Berg", "teacher"), ("Tom Lind", "poet"), ("Eva Holm", "nurse, midwife"), ("Mark Ode", "painter"),
        ("Jane Roe", None), ("Clara Jovanovic", "ferry captain"), ("Ian Mortimer", None), ("Rita Moreau", "writer"),
        ("Clara Novak", "carpenter"), ("Paul Brandt", None), ("Ruth Okafor", "student"),
    ]
    assert [s.lines for s in doc.signatories][3:5] == [(5, 6), (6, 6)]
    assert doc.signatories[8].lines == (6, 7)


def test_a_column_of_name_role_body_lines_stays_one_entry_a_line() -> None:
    text = (f"Title\n\n{BODY}Signed by:\nAnna Berg, Director, Coastal Futures Network, Oslo\n"
            "Tom Lind, Chair, Harbour Rowing Association, Bergen\nEva Holm, Treasurer, Island Tenants Union, Tromsø\n")
    assert names(text) == ["Anna Berg", "Tom Lind", "Eva Holm"]


def test_an_organisations_town_and_country_after_it_are_not_part_of_its_name() -> None:
    text = (f"Title\n\n{BODY}Signatory organisations:\n\n1. Action for Open Rivers (AOR), Zelenovo, Montenegro\n"
            "2. Green Bank, Kotorac, Montenegro\n3. River Pride, Belgrade, Serbia\n4. Harbour Union, Action Group, Norway\n")
    assert names(text) == ["Action for Open Rivers (AOR)", "Green Bank", "River Pride", "Harbour Union, Action Group"]
