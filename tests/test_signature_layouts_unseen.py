"""Signature layouts of pages never seen, each reproduced in our own words by a golden file
``tests/fixtures/sig-*.txt``: what the reader must get right in each."""

from __future__ import annotations

import pytest

import stmtkit
from conftest import FIXTURES


def fixture(name: str) -> stmtkit.Statement:
    return stmtkit.parse((FIXTURES / f"{name}.txt").read_bytes())


def test_a_long_paragraph_of_names_is_read_though_one_first_name_is_a_body_word() -> None:
    signers = fixture("sig-bg-comma-paragraph-name-like-body-word").signatories
    assert [s.name for s in signers][:3] == ["Стоян Илиев", "Мария Кирова", "Петър Дончев"]
    assert "Рада Петрова" in [s.name for s in signers] and len(signers) == 11
    assert signers[0].role == "проф."


def test_a_department_named_without_a_body_word_follows_its_university() -> None:
    got = [(s.name, s.role, s.affiliation) for s in fixture("sig-en-numbered-name-department-university").signatories]
    assert got[0] == ("Ruth Okonkwo", None, "University of Northfield, Geology")
    assert got[1][2] == "University of Northfield, Marine Biology and Ecology"
    # a unit that names itself a body stays as written; a role stays a role
    assert got[2][2] == "Department of Chemistry, Lakeside University"
    assert got[4] == ("Helen Park", "Professor of Physics", "University of Northfield")


def test_title_name_town_lines_closed_by_commas_are_one_list_whose_towns_sign_nothing() -> None:
    # an entry wrapped across two lines ("Prof. Dr. Name," / "Town, Dr. Name, Two Words,"), a town of two
    # words, and a titled name cut short at the end
    got = [(s.name, s.role, s.affiliation) for s in fixture("sig-de-title-name-town-lines-wrapped").signatories]
    assert [name for name, _, _ in got] == [
        "Lena Hartwig", "Jonas Reimer", "Miriam Sauer", "Felix Brandt", "Greta Vogel", "Paul Adler", "Ost"]
    assert got[3] == ("Felix Brandt", "Dr.", None) and got[5][1] == "PD Dr."


def test_a_line_of_names_under_the_headline_is_the_signers_and_a_byline_is_not() -> None:
    doc = fixture("sig-en-lead-line-of-names-under-headline")
    assert [s.name for s in doc.signatories][:2] == ["Marta Kowal", "Jonas Feld"] and len(doc.signatories) == 7
    byline = ("Council approves the new harbour plan\n\nAnna Berg, Tom Lind and Eva Holm\n"
              "The council approved the new harbour plan on Tuesday after a long debate about its cost.\n")
    assert stmtkit.parse(byline).signatures is None


def test_a_header_naming_the_columns_opens_the_block_and_cjk_entries_split_at_slashes() -> None:
    got = [(s.name, s.role, s.affiliation) for s in fixture("sig-ja-name-affiliation-header-slash-entries").signatories]
    assert [name for name, _, _ in got] == ["山田花子", "佐藤一郎", "鈴木美香", "高橋健", "田中由美", "中村誠", "小林直子"]
    assert got[0][1] == "弁護士" and got[2][2] == "川辺の自然を守る会"
    assert got[5][1] == "「川の会」編集長"  # a quoted name before the function: still a function
    assert got[6][1] == "市民ネットワーク共同代表・元市議会/議員"  # a slash inside the brackets stays


def test_a_name_and_affiliation_header_in_english_opens_the_block() -> None:
    text = ("Supporters of the harbour appeal\n\nWe thank everyone who has lent their name to the appeal to keep "
            "the old harbour open to the public.\n\nName / Affiliation\n\nJane Roe (Harbour Union)\n"
            "Tom Lind (University of Northfield)\nEva Holm (Coastal Trust)\n")
    got = [(s.name, s.affiliation) for s in stmtkit.parse(text).signatories]
    assert got == [("Jane Roe", "Harbour Union"), ("Tom Lind", "University of Northfield"), ("Eva Holm", "Coastal Trust")]


def test_names_after_a_joining_sentence_split_at_commas_and_semicolons_alike() -> None:
    got = [(s.name, s.role) for s in fixture("sig-it-joined-inline-brackets-mixed-separators").signatories]
    assert got[0] == ("Laura Conti", "sindaco di Borgoverde e presidente dell'unione dei comuni")
    assert got[1:4] == [("Marco Ferri", "sindaco di Valletta"), ("Giulia Neri", "sindaco di Roccalta"),
                        ("Paolo Greco", "sindaco di Pianoro")]
    assert got[5] == ("Luca Moretti", "sindaco di Castelmonte") and got[-1] == ("Anna Riva", None)


def test_numbered_names_with_long_roles_under_a_heading_glued_to_the_paragraph_are_the_signers() -> None:
    got = [(s.name, s.role) for s in fixture("sig-en-numbered-long-roles-heading-glued-to-paragraph").signatories]
    assert [name for name, _ in got] == ["Arben Kola", "Drita Marku", "Ilir Shehu", "Mira Leka", "Genti Basha", "Vesa Hoxha"]
    assert got[1][1].startswith("head of the local television channel") and got[2] == ("Ilir Shehu", "businessman")
    # the last entry's role is a word that spells a month in another language: no date line cut short
    assert got[-1] == ("Vesa Hoxha", "student")


def test_names_above_the_letters_own_date_are_read_when_the_page_stamp_is_the_dateline() -> None:
    doc = fixture("sig-az-names-above-letter-date-page-stamp-above")
    assert doc.dateline is not None and doc.dateline.text.startswith("15:57")
    got = [(s.name, s.role) for s in doc.signatories]
    assert got == [("Rəşad Məmmədov", "Yazıçılar Birliyinin sədri"), ("Leyla Quliyeva", "Yazıçılar Birliyinin katibi"),
                   ("Tural Həsənli", "Musiqi Akademiyasının rektoru")]


def test_name_lines_closed_by_a_comma_each_with_its_description_line_below_are_a_run() -> None:
    got = [(s.name, s.role) for s in fixture("sig-it-name-comma-line-description-line").signatories]
    assert [name for name, _ in got] == ["Marta Ricci", "Paolo Serra", "Lucia Fabbri", "Giorgio Neri", "Sara Monti"]
    # a description in lower case after its first word is a role, not a body
    assert got[1] == ("Paolo Serra", "Ex ciclista professionista")
    assert got[2] == ("Lucia Fabbri", "Cantante lirica, insegnante di canto")


def test_a_long_comma_run_of_bodies_closing_a_letter_signs_though_some_have_no_body_word() -> None:
    names = [s.name for s in fixture("sig-en-closing-long-run-of-organisations").signatories]
    assert len(names) == 12 and names[1] == "Parents for Reading" and "StoryTime.org" in names
    text = (FIXTURES / "sig-en-closing-long-run-of-organisations.txt").read_text()
    run = text.rstrip().rsplit("\n", 1)[1]
    # the same run under a label of the page ("Tags: …") names no signers; nor does a run of people's names
    assert not stmtkit.parse(text.replace(run, "Tags: " + run)).signatories
    people = "Anna Berg, Tom Hale, Rita Moss, Ivan Petrov, Lena Ward, Omar Diaz, Sara Kim, Neighborhood Alliance."
    bodies = [s.name for s in stmtkit.parse(text.replace(run, people)).signatories if s.kind == "organisation"]
    assert bodies in ([], ["Neighborhood Alliance"])


def test_chinese_entries_give_the_name_then_its_unit_after_a_space_numbered_by_an_ideographic_comma() -> None:
    got = [(s.name, s.role, s.affiliation) for s in fixture("sig-zh-name-space-unit-numbered-cosigners").signatories]
    assert got[0] == ("王晓明", None, "城南社区居民委员会")
    assert got[3][0] == "赵 平" and got[4] == ("孙海燕", None, "东湖中学")  # "1、" numbers the entry: no name of its own
    assert len(got) == 7


@pytest.mark.parametrize(("sign_off", "names"), [
    ("For the board,", ["Ann Lee", "Tom Hale"]),
    ("For the board of the Old Mill Society,", ["Ann Lee", "Tom Hale"]),
    ("For more information,", []),  # a preposition before no body's name opens a sentence
])
def test_a_preposition_before_a_bodys_name_closing_on_a_comma_signs_for_it(sign_off: str, names: list[str]) -> None:
    text = ("Comments on the plan for the old mill\n\nThe society has read the plan and asks the committee to keep the old "
            "mill and give it a new use, since it is the last trace of the town's industry.\n\n"
            f"Millbrook, 14 September 2021\n\n{sign_off}\nAnn Lee and Tom Hale\n")
    assert [s.name for s in stmtkit.parse(text).signatories] == names


def test_two_bodies_a_blank_line_apart_closing_a_letter_sign_each() -> None:
    text = ("Dear Members of the Council,\n\nAs residents' groups we write to urge you to keep the harbour library open"
            " on weekends.\n\nPlease vote against the closure.\n\n\n\nCoalition for Open Libraries\n\n"
            "Harbour Reading Project\n")
    assert [s.name for s in stmtkit.parse(text).signatories] == ["Coalition for Open Libraries", "Harbour Reading Project"]


def test_a_long_official_title_before_the_name_is_one_entry() -> None:
    text = ("We condemn the attacks on reporters and call on every government to protect them.\n\n"
            "Signed by:\n"
            "- the Special Envoy of the Regional Council of Ministers for the safety of reporters, photographers and"
            " camera crews working in zones of armed conflict, Mr. Tomas Varga;\n"
            "- the Ombudsman for the Press of the Northern League of Cities, Ms. Ilse Brandt;\n"
            "- and the Commissioner for Open Media of the Southern Assembly, Mr. Kofi Mensah.\n")
    assert [s.name for s in stmtkit.parse(text).signatories] == ["Tomas Varga", "Ilse Brandt", "Kofi Mensah"]


_ASK = ("We, the undersigned, call on the council to keep the harbour library open on weekends and to restore its"
        " budget.\n\n")


def test_a_table_of_two_cells_a_row_with_one_bar_between_them_gives_its_names() -> None:
    text = _ASK + "Name | Organisation\nJane Doe | Harbour Trust\nJohn Roe | Riverside Residents\nAnn Lee | Readers United\n"
    signers = stmtkit.parse(text).signatories
    assert [(s.name, s.affiliation) for s in signers] == [
        ("Jane Doe", "Harbour Trust"), ("John Roe", "Riverside Residents"), ("Ann Lee", "Readers United")]


@pytest.mark.parametrize("note", ["[signature]", "[Unterschrift]", "[signed]"])
def test_an_editors_note_in_square_brackets_where_the_signature_stood_is_no_signer(note: str) -> None:
    text = _ASK + f"Yours sincerely,\n\n{note}\nJane Doe\nChief Executive\n"
    assert [s.name for s in stmtkit.parse(text).signatories] == ["Jane Doe"]


def test_hebrew_titles_and_functions_written_with_gershayim_or_quotes_are_roles() -> None:
    text = ("אנו קוראים למועצת העיר להשאיר את הספרייה פתוחה בסופי השבוע ולהחזיר את תקציבה.\n\nעל החתום:\n\n"
            "  • רונית כהן, יו״ר הוועד המנהל\n  • משה לוי, יו\"ר חבר הנאמנים\n  • עו״ד דנה פרץ\n  • רו\"ח יוסי מזרחי\n")
    got = [(s.name, s.role) for s in stmtkit.parse(text).signatories]
    assert got == [("רונית כהן", "יו״ר הוועד המנהל"), ("משה לוי", 'יו"ר חבר הנאמנים'), ("דנה פרץ", "עו״ד"),
                   ("יוסי מזרחי", 'רו"ח')]


def test_entries_whose_line_breaks_were_lost_part_where_a_function_runs_into_the_next_name() -> None:
    text = ("Alulírottak kérjük a város vezetését, hogy a kikötői könyvtár hétvégén is tartson nyitva.\n\n"
            "Aláírók:\n\nKovács Anna, nyelvész, egyetemi tanár Szabó Péter, régész, az akadémia tagja Tóth Éva,"
            " festő Nagy Gábor, fizikus Varga Judit, vegyész, kandidátus Kiss Béla, történész\n")
    got = [(s.name, s.role) for s in stmtkit.parse(text).signatories]
    assert [name for name, _ in got] == ["Kovács Anna", "Szabó Péter", "Tóth Éva", "Nagy Gábor", "Varga Judit", "Kiss Béla"]
    assert got[0][1] == "nyelvész, egyetemi tanár"


@pytest.mark.parametrize("bodies", [("항구도서관시민모임", "전국도서관노동조합", "작은도서관협의회"),
                                    ("港湾図書館友の会", "全国図書館労働組合", "地域文庫協議会")])
def test_bodies_named_without_spaces_in_hangul_or_kana_under_the_letters_date_sign_it(bodies: tuple[str, str, str]) -> None:
    text = ("항구도서관 주말 개방을 촉구하는 성명\n\n우리는 시의회에 항구도서관의 주말 개방을 요구한다. 도서관은 주민들의 소중한"
            " 공간이며, 주말에도 많은 시민과 학생들이 이용하고 있다. 시의회는 예산을 복원해야 한다.\n\n2024년 3월 12일\n\n"
            + "\n".join(bodies) + "\n")
    assert [s.name for s in stmtkit.parse(text).signatories] == list(bodies)


def test_two_line_paragraphs_each_a_name_over_its_body_are_one_signer_each() -> None:
    # the second paragraph's body is shaped like a name ("Ospedale San Carlo"); the layout tells it
    text = ("Appello per la biblioteca del porto\n\nNoi sottoscritti chiediamo al consiglio comunale di tenere "
            "aperta la biblioteca del porto nei fine settimana e di ripristinarne il bilancio.\n\nFirmato:\n\n"
            "prof. Anna Moro\nUniversità di Trento\n\ndott.ssa Elena Ferri\nOspedale San Carlo\n")
    got = [(s.name, s.role, s.affiliation) for s in stmtkit.parse(text).signatories]
    assert got == [("Anna Moro", "prof.", "Università di Trento"), ("Elena Ferri", "dott.ssa", "Ospedale San Carlo")]


def test_portuguese_titles_closed_by_an_ordinal_mark_are_titles_not_names() -> None:
    text = ("Carta aberta sobre o cais\n\nPedimos à câmara que mantenha a biblioteca do cais aberta aos fins de "
            "semana e reponha o seu orçamento.\n\nSubscrevem:\nProf.ª Doutora Rita Lemos (Universidade do Minho)\n"
            "Eng.º Nuno Prata (Ordem dos Engenheiros)\nDr.ª Inês Vaz (Hospital do Cais)\n")
    got = [(s.name, s.role) for s in stmtkit.parse(text).signatories]
    assert got == [("Rita Lemos", "Prof.ª Doutora"), ("Nuno Prata", "Eng.º"), ("Inês Vaz", "Dr.ª")]


def test_a_long_run_of_names_each_over_its_function_without_blank_lines_is_one_signer_a_pair() -> None:
    pairs = [("Anna Berg", "Lehrerin"), ("Jonas Weiß", "Physiker und Lehrer"), ("Mia Scholz", "Biochemikerin"),
             ("Tom Lind", "Rechtsanwalt, Kassel"), ("Eva Roth", "Hausärztin"), ("Paul Kern", "Logopäde")]
    text = ("Aufruf für die Hafenbibliothek\n\nWir fordern den Stadtrat auf, die Hafenbibliothek am Wochenende geöffnet "
            "zu halten und ihr Budget wiederherzustellen.\n\nUnterzeichnet haben:\n"
            + "".join(f"{name}\n{function}\n" for name, function in pairs))
    signatures = stmtkit.parse(text).signatures
    assert signatures is not None and [s.name for s in signatures.signatories] == [name for name, _ in pairs]


def test_chinese_signers_glued_after_their_class_and_a_note_below_the_list() -> None:
    text = ("关于保护城南老街区的联合声明\n\n我们要求市政府立即停止拆除城南老街区,恢复居民的正常生活。\n\n"
            "我们希望有关部门认真听取居民的意见。\n\n首批联署:\n\n城南大学八二级校友王晓明\n城南大学八五级校友林海生\n"
            "江北师范九一级校友何志强\n城南大学教授周建国\n\n(欢迎更多人士加入。持续更新)\n\n转自:城南论坛\n")
    doc = stmtkit.parse(text)
    assert doc.signatures is not None
    assert [s.name for s in doc.signatures.signatories] == ["王晓明", "林海生", "何志强", "周建国"]
