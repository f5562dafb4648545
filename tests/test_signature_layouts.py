"""Signature layouts met on unseen pages: names in capitals, pairs joined by a conjunction,
groups under plain headings, a sign-off block in the middle of a longer page.

The golden files ``tests/fixtures/sig-*.txt`` named in each test hold the longer cases.
"""

from __future__ import annotations

import stmtkit
from conftest import FIXTURES

BODY = "We ask the council to keep the library open on weekends, as it has been for forty years.\n\n"


def fixture(name: str) -> stmtkit.Statement:
    return stmtkit.parse((FIXTURES / f"{name}.txt").read_bytes())


def test_names_in_capitals_stay_as_written_with_their_affiliation() -> None:
    got = [(s.name, s.kind, s.affiliation) for s in fixture("sig-it-caps-names-university").signatories]
    assert got[:2] == [
        ("LUCIA FERRANTE", "person", "Università di Parma"),
        ("MARCO DE SANTIS", "person", "Politecnico di Torino"),
    ]
    assert [name for name, _, _ in got][2:] == ["GIOVANNA MARIA RIZZO", "PIETRO LANZA CORSI", "ELENA BASSI"]


def test_a_capitalised_name_keeps_its_capitals_and_its_key_folds_them() -> None:
    text = f"Open letter\n\n{BODY}Signed:\nJANE WHITFIELD, Harbour College\nTom Ortega, Harbour College\n"
    signers = stmtkit.parse(text).signatories
    assert [s.name for s in signers] == ["JANE WHITFIELD", "Tom Ortega"]
    assert signers[0].key == "jane whitfield"


def test_names_joined_by_a_conjunction_are_two_signers_and_a_couple_sharing_a_surname_is_one() -> None:
    got = [s.name for s in fixture("sig-de-pairs-joined-by-und").signatories]
    assert got[:4] == ["Greta Wolff", "Bernd Sommer", "Ilse Brandt", "Otto Brandt"]
    assert "Maja und Felix Albrecht" in got and got[-1] == "Tilman Roth" and len(got) == 11


def test_a_second_given_name_typed_in_lower_case_is_kept_as_written() -> None:
    text = f"Open letter\n\n{BODY}Anna Berg and tom Lind\nEva Holm\nOle Dahl\n"
    assert [s.name for s in stmtkit.parse(text).signatories] == ["Anna Berg", "tom Lind", "Eva Holm", "Ole Dahl"]


def test_a_call_in_capitals_above_the_names_is_no_signer() -> None:
    text = f"Open letter\n\n{BODY}WE SAY NO TO THE CAR PARK, NOW!\n\nAnna Berg\nTom Lind\nEva Holm\n"
    assert [s.name for s in stmtkit.parse(text).signatories] == ["Anna Berg", "Tom Lind", "Eva Holm"]


def test_plain_group_labels_over_bullets_and_and_many_more_lines_are_no_signers_nor_lists() -> None:
    doc = fixture("sig-en-groups-plain-labels-and-more")
    got = [(s.name, s.group) for s in doc.signatories]
    assert got[0] == ("United Public Workers", "Confederations")
    assert ("Crane Operators Union", "Unions") in got and got[-1] == ("Coastal Heritage Society", "Associations")
    assert ("Education, Science and Culture Workers Union", "Unions") in got
    assert not any("many" in name for name, _ in got) and len(got) == 9
    assert not doc.lists


def test_groups_under_plain_labels_in_another_language() -> None:
    text = (f"Comunicado\n\n{BODY}Firmantes:\n\nSindicatos\n\n- Unión de Estibadores\n- Sindicato de Grúas\n"
            "- Y muchos otros…\n\nAsociaciones\n\n- Asociación del Puerto\n- Amigos de la Costa\n")
    got = [(s.name, s.group) for s in stmtkit.parse(text).signatories]
    assert got == [("Unión de Estibadores", "Sindicatos"), ("Sindicato de Grúas", "Sindicatos"),
                   ("Asociación del Puerto", "Asociaciones"), ("Amigos de la Costa", "Asociaciones")]


def test_an_and_many_more_line_ending_a_plain_list_still_ends_the_block() -> None:
    text = f"Open letter\n\n{BODY}Signed:\n\n- Anna Berg\n- Tom Lind\n- and many more…\n\nRelated\n\n- Harbour news\n- Port news\n"
    assert [s.name for s in stmtkit.parse(text).signatories] == ["Anna Berg", "Tom Lind"]


def test_a_closing_formula_mid_page_with_people_and_their_functions_opens_the_block() -> None:
    doc = fixture("sig-en-closing-mid-page-name-role-email")
    got = [(s.name, s.role) for s in doc.signatories]
    assert got == [("Helen Marsh", "professor"), ("Victor Lund", "professor"),
                   ("Amir Sadeghi", "associate professor"), ("Ruth Okafor", "professor")]


def test_a_closing_formula_mid_page_with_bare_names_opens_no_block() -> None:
    rest = "".join(f"Paragraph {n} of the forwarded letter goes on about the inquiry and the board.\n\n" for n in range(14))
    text = f"Letter\n\n{BODY}Kind regards\nAnna Berg\nTom Lind\nEva Holm\n\nThe letter\n\n{rest}"
    assert stmtkit.parse(text).signatories == ()


def test_an_organisation_naming_its_fields_before_its_head_noun_is_one_signer() -> None:
    text = (f"Open letter\n\n{BODY}Signed:\n\n- Dock Workers Union\n- Education, Science and Culture Workers Union\n"
            "- Jane Roe, Harbour Union\n")
    got = [(s.name, s.kind) for s in stmtkit.parse(text).signatories]
    assert got == [("Dock Workers Union", "organisation"), ("Education, Science and Culture Workers Union", "organisation"),
                   ("Jane Roe", "person")]


def test_a_conjunction_inside_an_organisation_field_joins_no_two_people() -> None:
    got = [(s.name, s.role, s.affiliation) for s in fixture("sig-en-and-inside-organisation-field").signatories]
    assert got[0] == ("Jane Roe", "Director", "Harbour and Port Authority")
    assert got[4] == ("Maria Holm", "Secretary", "Roads and Bridges Authority")
    # a conjunction between two full names before the comma still makes two signers sharing the field
    assert [name for name, _, _ in got[2:4]] == ["Anna Berg", "Ole Dahl"] and len(got) == 6


def test_an_abbreviated_department_or_university_is_an_affiliation() -> None:
    got = [(s.name, s.role, s.affiliation) for s in fixture("sig-en-and-inside-organisation-field").signatories]
    assert got[-1] == ("Ola Nord", "Professor", "Dept. Internal Medicine, Univ. of the Coast")


def test_japanese_callers_under_their_heading_with_fields_in_brackets() -> None:
    got = [(s.name, s.role, s.affiliation) for s in fixture("sig-ja-callers-name-and-bracket").signatories]
    assert got == [
        ("青木 健", None, "市民公園を守る会"),  # a body's head noun closes the bracket
        ("石田花子", "弁護士", None),
        ("上野次郎", "横浜市立大学教授", None),  # a function glued after its university
        ("江口美和", None, "みどりネット(横浜支部)の会"),  # a bracket inside the bracket
        ("大野 誠", "作家", None),
    ]


def test_chinese_cosigners_with_full_width_brackets() -> None:
    body = "我们写信是为了请求保留市民公园，它已经为这个城市服务了五十年，是许多家庭周末休息的地方。"
    text = f"关于保护城市公园的公开信\n\n{body}\n\n联署人：\n\n王小明（北京大学教授）\n李华（律师）\n张伟（城市绿地保护协会）\n"
    got = [(s.name, s.role, s.affiliation) for s in stmtkit.parse(text).signatories]
    assert got == [("王小明", "北京大学教授", None), ("李华", "律师", None), ("张伟", None, "城市绿地保护协会")]


def test_a_body_glued_to_the_closing_date_in_han_numerals_signs_the_letter() -> None:
    doc = fixture("sig-zh-body-on-han-numeral-date")
    assert doc.dateline is not None and doc.dateline.datetime is not None
    assert (doc.dateline.datetime.isoformat(), doc.dateline.lines) == ("2024-03-15", (9, 9))
    assert [(s.name, s.kind, s.lines) for s in doc.signatories] == [("城市公园之友协会", "organisation", (9, 9))]


def test_a_person_glued_to_the_closing_date_is_left_to_the_dateline() -> None:
    body = "我们写信是为了请求保留市民公园，它已经为这个城市服务了五十年，是许多家庭周末休息的地方。"
    doc = stmtkit.parse(f"关于保护城市公园的公开信\n\n{body}\n\n王小明二〇二四年三月十五日\n")
    assert doc.dateline is not None and doc.signatories == ()


def test_names_with_a_description_after_a_colon_and_a_signing_mark_close_the_letter() -> None:
    got = [(s.name, s.role) for s in fixture("sig-vi-name-colon-description-signed").signatories]
    assert got[:2] == [("Nguyễn Văn An", "giáo viên về hưu"), ("Trần Thị Bình", "nguyên trưởng phòng văn hóa quận")]
    # longer than a bare entry may be: the signing mark vouches for it, and is no part of it
    assert got[2][0] == "Lê Văn Cường" and len(got) == 3 and "ký" not in str(got)


def test_lines_of_dialogue_after_a_colon_are_no_signers() -> None:
    lines = "Jane Roe: We want the harbour open.\n\nTom Lind: The council has heard you.\n\nAnna Berg: then keep it open.\n"
    assert stmtkit.parse(f"Harbour talks\n\n{BODY}{lines}").signatories == ()
    signed = lines.replace("We want the harbour open.", "fisher (signed)").replace("The council has heard you.", "retired teacher (signed)")
    signed = signed.replace("then keep it open.", "boat builder (signed)")
    assert [(s.name, s.role) for s in stmtkit.parse(f"Letter\n\n{BODY}{signed}").signatories] == [
        ("Jane Roe", "fisher"), ("Tom Lind", "retired teacher"), ("Anna Berg", "boat builder")]


def test_a_paragraph_of_names_each_run_into_its_function() -> None:
    text = ("Appel pour la bibliothèque du quartier\n\n"
            "Nous demandons à la mairie de rouvrir la bibliothèque du quartier avant l'hiver, car les enfants n'ont plus où lire.\n\n"
            "Premiers signataires :\n\n"
            "Jeanne Morel militante associative et élue municipale à Dole (39), Paul Girard conseiller de Lyon, militant "
            "écologiste (75), Lucie Fabre élue municipale à Vichy (03), Marc Roux militant syndical et enseignant à Pau (64), "
            "Claire Petit présidente de l'association des parents (77)\n")
    signers = [(s.name, s.role) for s in stmtkit.parse(text).signatories]
    assert [name for name, _ in signers] == ["Jeanne Morel", "Paul Girard", "Lucie Fabre", "Marc Roux", "Claire Petit"]
    assert signers[1][1] == "conseiller de Lyon, militant écologiste (75)"
