"""Reading one signature entry: ``- Prof. Dr. Ali Tekin - Marmara Üniversitesi`` → name, role, affiliation.

Layouts: ``Name``; ``Title Name``; ``Name, Role, Organisation``; ``Name (Organisation)``; ``Name – Role``;
``Role Organisation И.О.Фамилия`` (the name last); ``Organisation, Country``.  An entry whose head is not a person's
name is an organisation and keeps its whole text, less a trailing country or city.  Cleaning the text is
``.cleaning``; titles, roles and affiliations around a name are ``.roles``.
"""

from __future__ import annotations

from ..data import folded_cues as cue
from ..memo import per_parse
from ..model import Signatory, SignatoryKind, Span
from ..patterns import lazy
from .cleaning import clean_entry_text, without_place_label
from .han_entry import han_name_and_fields
from .key import signatory_key
from .kind import (
    function_opens,
    is_function_word,
    is_organisation,
    is_particle,
    is_place,
    is_role,
    looks_like_person,
    named_chair,
    names_a_body,
)
from .other_spelling import other_spelling
from .roles import (
    article_then_function,
    name_last,
    office_split,
    person_parts,
    split_postnominals,
    split_title,
    without_capacity_remarks,
)
from .segments import split_segments
from .slashed import name_role_slashed
from .stopped import stopped_field_as_comma

# "Name – Role", "Name -University", "Name- University"; not "Hotel- und Gastronomieverband".
# (Arabic script writes no hyphen inside a name: a dash between its words sets the role apart, spaced or not)
_DASH = lazy(r"\s+[-–—]\s+|\s+[-–—](?=\p{Lu})|(?<=\p{Ll})[-–—]\s+(?=\p{Lu})|(?<=\p{Arabic})\s*[-–—]\s*(?=\p{Arabic})")
_PAREN_TAIL = lazy(r"^(?P<head>[^()]+?)\s*\((?P<inner>[^()]+)\)$")
_HEAD_END = lazy(r"\s*[,(]|\s+[-–—]\s+")
_AND = lazy(r"\s+(?:and|&|et|und|и|və|ve|y|e|en|i|oraz|och|та|і)\s+")
# "Africa Trade Network (ATN)": the brackets hold an acronym.
_ACRONYM_INNER = lazy(r"^[\p{Lu}\d&\-]{2,}$")
_LETTER_OR_DIGIT = lazy(r"[\p{L}\p{N}]")


def _own_acronym(head: str, inner: str) -> bool:
    """``Africa Trade Network (ATN)``, ``Deutscher Naturschutzring (DNR)``: the head's own acronym, its letters found in
    the head in order, the first opening it. ``Marta Lind, MEP`` is a person and her office."""
    inner = inner.strip()
    if not _ACRONYM_INNER.match(inner):
        return False
    letters = [c for c in inner.casefold() if c.isalpha()]
    remaining = iter(head.strip().casefold())
    return len(letters) >= 2 and head.strip()[:1].casefold() == letters[0] and all(c in remaining for c in letters)


def _paren_tail(text: str) -> tuple[str, str] | None:
    """``Head (inner)`` → (head, inner): one bracket pair closing the text, brackets inside it allowed
    (``Name (Group (Branch))``).

    The pattern's lazy head tries every position; a text without exactly one "(" or not
    ending in ")" cannot match (a paragraph of 21 members was 2 us a try).
    """
    if not text.endswith((")", ")\n")):
        return None
    if text.count("(") != 1:
        return _nested_paren_tail(text.rstrip("\n"))
    m = _PAREN_TAIL.match(text)
    return (m.group("head"), m.group("inner")) if m else None


def _nested_paren_tail(text: str) -> tuple[str, str] | None:
    """The bracket opened first closes the text, and only there: ``大橋(女(わたし)の会)``."""
    opening = text.find("(")
    if opening < 1 or text.count("(") != text.count(")") or text.count("(") > 3:
        return None
    depth = 0
    for position in range(opening, len(text) - 1):
        depth += (text[position] == "(") - (text[position] == ")")
        if depth == 0:
            return None  # "Anna (A) Berg (B)": the first bracket closes before the end
    return text[:opening], text[opening + 1 : -1]


def _drop_place_tail(text: str) -> tuple[str, str | None]:
    """``Alliance Sud, Switzerland`` → (``Alliance Sud``, ``Switzerland``), ``Darfur Union, UK and Ireland``, ``Plavi krug,
    Nikšić, Crna Gora`` and the body's acronym (``Harbour Press Union, HPU``) likewise; a place in brackets is part of
    the name as written (``Ligue des droits (Belgique)``)."""
    segments = split_segments(text)
    if len(segments) >= 2 and (_places_only(segments[-1]) or (_acronym(segments[-1]) and segments[-1].isalpha())):
        head = text[: text.rindex(",")].rstrip(" ,")
        if len(segments) >= 3 and (_places_only(segments[-2]) or _town_shaped(segments[-2])):
            # "Plavi krug, Nikšić, Crna Gora": a town before its country, known to the tables or not
            return head[: head.rindex(",")].rstrip(" ,"), f"{segments[-2]}, {segments[-1]}"
        return head, segments[-1]
    return text, None


def _town_shaped(text: str) -> bool:
    """One or two capitalised words naming nothing else: ``Cetinje``, ``Novi Pazar`` (not ``UNDP``, ``Action Group``)."""
    words = text.split()
    return len(words) <= 2 and all(w[:1].isupper() and not w.isupper() and w.replace("-", "").isalpha() for w in words) \
        and not names_a_body(text)


def _places_only(text: str) -> bool:
    """``Switzerland``, ``UK and Ireland``, ``Chad & Niger``."""
    return is_place(text) or (" " in text and all(is_place(p) for p in _AND.split(text)))


def _split_head(rest: str) -> tuple[str, list[str]]:
    """The name part and the parts after it, cut at the first comma, dash or bracket."""
    if "," not in rest and "(" not in rest and "-" not in rest and "–" not in rest and "—" not in rest and ":" not in rest:
        if rest.count(" ") >= 3 and (office := office_split(rest)) is not None:
            return f"{office[0]} {office[1]}", [office[2]]  # "Jane Roe MP Green Party": the letters stay the name's, then a role
        if "\u4e00" <= rest[:1] <= "\u9fff" and (han := han_name_and_fields(rest)) is not None:
            return han
        return rest.strip(), []  # "Anna Berg": no comma, dash, bracket or colon to cut at (split_segments strips)
    segments = split_segments(rest)
    head, tail = segments[0], segments[1:]
    if tail and tail[0] in cue.NAME_SUFFIXES:  # "John Roe, Jr., Publisher": the generation is the name's
        head, tail = rest[: rest.index(tail[0], len(head)) + len(tail[0])].strip(), tail[1:]
    if len(tail) > 1:
        tail = _named_chairs(tail)
    elif tail and " " not in head and _inverted_name(head, tail[0]):
        return f"{head}, {tail[0]}", []  # "Gómez, Lucía": a surname, then the given names, as a register writes it
    if ":" in head and (colon := _colon_cut(head)):  # "Anna Berg: Director, Harbour Union"
        return colon[0], [colon[1], *tail]
    # every separator of _DASH holds a dash: "Anna Berg" has none to split at; a dash inside the bracket after
    # the name is the bracket's own ("Anna Berg (Lakeside – North)"), a bracket closed before it the name's
    dash = _DASH.split(head, maxsplit=1) if "-" in head or "–" in head or "—" in head else [head]
    if len(dash) == 2 and dash[0].strip() and dash[0].count("(") == dash[0].count(")"):
        name, fields = _split_head(dash[0]) if "(" in dash[0] else (dash[0].strip(), [])
        return name, [*fields, dash[1].strip(), *tail]
    m = _paren_tail(head)
    if m:  # "Anna Berg (Director, Harbor Union)": the bracket holds its own fields; "Ana Sousa (Anna Sousa)" another spelling
        return m[0].strip(), [*([] if other_spelling(m[0], m[1]) else split_segments(m[1])), *tail]
    return head, tail


def _inverted_name(surname: str, given: str) -> bool:
    """``Gómez`` and ``Lucía`` (``Ana M.``, ``Rosa Elena``): one capitalised word, then one or two given
    names, neither a function, a body nor a place."""
    words = given.split()
    return surname[:1].isupper() and surname.isalpha() and not surname.isupper() and 1 <= len(words) <= 2 \
        and all(w[:1].isupper() and (w.isalpha() or (len(w) == 2 and w[1] == ".")) for w in words) \
        and not any(is_role(t) or is_organisation(t) or is_place(t) for t in (surname, given))


def _named_chairs(tail: list[str]) -> list[str]:
    """``Harold T. Winslow, Jr. Professor of Economics``: a field opening with a generation ("Jr.") and more words
    goes on the field before it; a chair named after a person is one role."""
    joined: list[str] = []
    for field in tail:
        first, _, rest = field.partition(" ")
        if joined and rest and first in cue.NAME_SUFFIXES:
            joined[-1] = f"{joined[-1]}, {field}"
        else:
            joined.append(field)
    return joined


# Remembered for the parse: the organisation run and the bare-run checks ask for the same entries' heads.
@per_parse
def entry_head(raw: str) -> str:
    """What an entry opens with, up to its first comma, bracket or spaced dash:
    ``Anna Berg, Director`` → ``Anna Berg``, ``Darfur Union (UK)`` → ``Darfur Union``."""
    text = clean_entry_text(raw)
    cut = "," in text or "(" in text or "-" in text or "–" in text or "—" in text
    return name_before_colon(_HEAD_END.split(text, maxsplit=1)[0] if cut else text)


def name_before_colon(head: str) -> str:
    """``Jane Roe: teacher`` → ``Jane Roe``: two words or more before a colon are the name (one is a label)."""
    if ":" not in head:
        return head
    name = head.partition(":")[0].strip()
    return name if " " in name else head


def read_entry(raw: str, lines: Span, group: str | None = None, group_kind: SignatoryKind | None = None) -> Signatory | None:
    """One entry → ``Signatory``; None when nothing name-like is left."""
    found = read_entries(raw, lines, group, group_kind, split_pairs=False)
    return found[0] if found else None


def _acronym(word: str) -> bool:
    return len(word) >= 2 and word.isupper()


def _colon_cut(head: str) -> tuple[str, str] | None:
    """``Anna Berg: Director`` → (``Anna Berg``, ``Director``); a label before a colon
    (``Au mai semnat: Ion Pop``, ``Initial Signatories: Anna Berg``) is no name."""
    name, _, rest = head.partition(":")
    name, rest = name.strip(), rest.strip()
    if not rest or len(name.split()) < 2 or not looks_like_person(name) or is_role(name) or _is_full_name(rest):
        return None
    return name, rest


def role_closing_name(head: str) -> tuple[str, str] | None:
    """``Päivi Aho kuvittaja`` → (``Päivi Aho``, ``kuvittaja``), ``Ana Lima Professora titular da UFMG`` →
    (``Ana Lima``, ``Professora titular da UFMG``): the comma before the role is missing.

    The role opens at the first word after the name (two words or more) that names a function;
    capitalised, it must be long enough not to be a surname of the same spelling (``Ayşe Hakim``).  In a
    script without case (Arabic) a word that opens a role of two words or more does (``… أستاذ جامعي``):
    no case tells a surname there, a word after it tells a phrase.
    """
    words = head.split()
    for at in range(2, len(words)):
        word = words[at]
        if (word[:1].islower() or len(word) >= 7 or (at + 1 < len(words) and not word[:1].isupper() and word[:1].isalpha())) \
                and is_role(word, lowercase_is_role=False):
            # "Eva Smit algemeen secretaris", "Eva Smit wnd voorzitter": lowercase qualifiers open the role
            while at > 2 and words[at - 1][:1].islower() and not is_particle(words[at - 1]):
                at -= 1
            name = " ".join(words[:at])
            return (name, " ".join(words[at:])) if looks_like_person(name) else None
    return None


def _place_and_date(text: str) -> bool:
    """``Roma, 15 aprile 2017``: the letter's place and date between two runs of signers."""
    comma = text.find(",")
    # the place opens the text and a comma closes it: most entries are settled by the first field alone
    if comma < 1 or "(" in text[:comma] or not is_place(text[:comma]):
        return False
    segments = split_segments(text)
    return len(segments) >= 2 and all(any(c.isdigit() for c in p) for p in segments[1:])


def read_entries(
    raw: str,
    lines: Span,
    group: str | None = None,
    group_kind: SignatoryKind | None = None,
    *,
    split_pairs: bool = True,
    among_organisations: bool = False,
) -> list[Signatory]:
    """One entry → its signatories: usually one, two for ``Anna Berg and Tom Lind``.

    ``among_organisations``: most entries around this one are organisations, so a name
    followed by fields that hold no function is one more (``Crescent Life, Lifestyle Magazine``).
    """
    text = clean_entry_text(raw)
    if not text or not (text[:1].isalpha() or _LETTER_OR_DIGIT.search(text)):  # most open with a letter
        return []
    closed = False
    if "(" in text:
        if text.count("(") > text.count(")") and text.rfind("(") > text.rfind(")"):
            text, closed = text + ")", True  # "김삼열(독립유공자유족회": the scrape cut the entry inside its bracket; the name is before it
        text = without_capacity_remarks(text)
    if _place_and_date(text):
        return []
    text = stopped_field_as_comma(without_place_label(text))  # "Argentina: Liga Valle Verde"; "Ana Gil. Poet."
    if " / " in text and (slashed := name_role_slashed(text)) is not None:
        return [_make(slashed[0], "person", raw, lines, slashed[1], slashed[2], group)]  # "Name Role / Body"
    pair = _two_people(text) if split_pairs and group_kind != "organisation" else None
    if pair:
        return _read_pair(pair, raw, lines, group)
    people = _comma_people(text) if split_pairs and group_kind != "organisation" else None
    if people:  # "المحامي نضال عثمان، …", "Dr. Anna Berg, Tom Lind, …": a title before a name is its role
        return [_make(rest, "person", raw, lines, title, None, group) for title, rest in map(split_title, people)]
    role, rest = split_title(text)
    roles: list[str] = [role] if role else []
    affiliations: list[str] = []
    kind: SignatoryKind
    if (group_kind == "organisation" and not role) or (not role and _enumerating_name(text)):
        kind, name = "organisation", _drop_place_tail(text)[0]
    else:
        head, tail = _split_head(rest)
        head_words = head.split()
        head_is_person = (
            looks_like_person(head, lowercase_ok=True)
            and not (tail and _own_acronym(head, tail[0]) and not role)
            # "Kuća ljudskih prava (HRH)": words in lower case that no name holds, then an acronym: a body's
            # name and its acronym in another language, not a person and her organisation
            and not (tail and not role and len(head_words) > 2 and _ACRONYM_INNER.match(tail[0].strip())
                     and any(w[:1].islower() and not is_particle(w) for w in head_words[1:]))
            and not (len(head_words) > 2 and function_opens(head_words))
            # "ЧП МГО СПС Павел Шайкин": acronyms of posts and bodies, then the name
            and not (len(head_words) > 3 and _acronym(head_words[0]) and _acronym(head_words[1]) and not _acronym(head_words[-1]))
            # "Milli Məclisin deputatı Səbinə Əhmədova": a function word inside, the name after it
            # (a two-word head has no inside word)
            and not (len(head_words) > 2 and any(w[:1].islower() and is_function_word(w) for w in head_words[1:-1]))
        )
        # (a name closing the head instead is the role-first shape below: "… Birliyinin sədri Elçin Vəliyev")
        # (after a title too, when the head is too long for a name: "Dr. <name of four words> <role>")
        if (head_is_person or not (role or tail or name_last(head)) or (role and not tail and len(head_words) > 2)) \
                and (closing := role_closing_name(head)):
            head, tail, head_is_person = closing[0], [closing[1], *tail], True
        # the name closing the head; with fields after it ("Kemian apulaisprofessori Anna Virtanen, Helsingin
        # yliopisto") only right after a function, and no name closing the last field
        # (the function right before a name of two words asked first: most heads with fields are a name or a body)
        if not head_is_person and not role and (not tail or (len(head_words) >= 3 and _function_closes(head_words[-3]))) \
                and (last := name_last(head)) and (not tail or name_last(tail[-1]) is None):
            roles.append(last[0])
            head, head_is_person = last[1], True
        elif (not head_is_person or not looks_like_person(head) or " " not in head) and not role and tail \
                and (last := name_last(tail[-1])) and is_role(head):
            # "председатель …, Координатор МОД «Оборона» в г. Мурманске Дмитрий Волов": the name closes
            # the last field; every field before it is a function (one word too: "Tutkijatohtori, …")
            roles.extend([head, *tail[:-1], last[0]])
            head, tail, head_is_person = last[1], [], True
        elif not role and len(tail) >= 2 and (" " not in head or not looks_like_person(head)) and is_role(head) \
                and (last := name_last(tail[0])) and _function_closes(last[0]):
            # "Ylilääkäri, dosentti Juha Mäkinen, Pohjoisen sairaala": functions, the name, then its fields
            roles.extend([head, last[0]])
            head, tail, head_is_person = last[1], tail[1:], True
        elif not role and tail and (not head_is_person or (not head[:1].isupper() and not looks_like_person(head))
                                    or article_then_function(head.split())) \
                and is_role(head) and _is_full_name(tail[0]):
            # "Presidenta de la Fundación Sur, María López", "Le Président, Jean Roux": the function first (lower case too)
            roles.append(head)
            head, tail, head_is_person = tail[0], tail[1:], True
        if head_is_person or (role and head and not is_organisation(head)) or (
            group_kind == "person" and not is_organisation(head)
        ):
            kind, name = "person", head
            name, letters = split_postnominals(name)
            if tail:
                more_roles, affiliations = person_parts(tail)
                roles.extend([*letters, *more_roles])
            elif letters:
                roles.extend(letters)  # "Sarah Quinn MEP" and nothing after
            if among_organisations and tail and not roles:
                kind, name, affiliations = "organisation", _drop_place_tail(rest)[0], []
        else:
            kind, name = "organisation", _drop_place_tail(rest)[0]
    if not name:
        return []
    if closed and kind == "organisation" and name.endswith(")"):
        name = name[:-1].rstrip()  # a body keeps its name as written: the bracket closed above was only for reading
    return [_make(name, kind, raw, lines, ", ".join(roles) or None, ", ".join(affiliations) or None, group)]


def _function_closes(text: str) -> bool:
    """``Kemian apulaisprofessori``, ``Erikoislääkäri``: the last word names a function."""
    last = text.rsplit(" ", 1)[-1]
    return is_role(last, lowercase_is_role=False) or is_function_word(last)


def _enumerating_name(text: str) -> bool:
    """``Education, Science and Culture Workers Union``: single words before commas, then a conjunction
    and the body's head noun closing the text; one organisation, not a person ``Education`` and a body."""
    if "," not in text:
        return False
    segments = split_segments(text)
    *words, last = segments
    return (
        bool(words)
        and all(" " not in w and w[:1].isupper() and not is_role(w) and not is_place(w) for w in words)
        and _AND.search(last) is not None
        and last[:1].isupper()
        and is_organisation(text)
        and is_organisation(last)
    )


def _is_full_name(text: str) -> bool:
    return len(text.split()) >= 2 and looks_like_person(text) and not is_role(text) and not is_place(text)


# Names set in a row by commas: at least this many, so that "Anna Berg, Tom Hale" stays a name and a field.
_COMMA_PEOPLE_MIN = 3


def _comma_people(text: str) -> list[str] | None:
    """``Anna Berg, Tom Hale, Rita Moss`` → three people: every comma field a full name, none a function or place."""
    if text.count(",") < _COMMA_PEOPLE_MIN - 1:
        return None
    fields = [f.strip() for f in text.split(",")]
    return fields if all(len(f.split()) <= 4 and _is_full_name(f) and not named_chair(f) for f in fields) else None


def _two_people(name: str) -> list[str] | None:
    """``Anna Berg and Tom Lind`` → both, when each side is a full name of its own; what follows
    the second name after a comma (``…, Greenpeace``) is a third part, the fields they share."""
    if name.count(" ") < 2:
        # the pattern needs a space on both sides of its word, and a cleaned entry's only
        # white space is " " (clean_entry_text made the others one): "Anna Berg" has one
        return None
    # "Jane Roe, Director, Harbour and Port Authority": a conjunction after a comma joins the words of a later
    # field (an organisation's name, the one the two share too), not two people; so does one inside an open
    # bracket ("Jane Roe (Harbour- and Port Council)")
    before, comma, shared = name.partition(",")
    parts: list[str] = _AND.split(before)
    if len(parts) != 2 or parts[0].count("(") > parts[0].count(")"):
        return None
    if comma:
        parts = [parts[0], parts[1].strip(), shared.strip()]
    elif (bracketed := _paren_tail(parts[1])) is not None and "(" not in parts[0]:
        parts = [parts[0], bracketed[0].strip(), bracketed[1].strip()]  # "Anna Berg und Tom Lind (Vorstand)": shared
    if len(parts[0].split()) >= 2 and looks_like_person(parts[0]) and _second_name(parts[1]):
        return parts
    return None


def _second_name(part: str) -> bool:
    """A full name after the conjunction, as written: ``Tom Lind``, or a given name typed in lower case
    before a capitalised surname (``tom Lind``), which a signer's own hand often leaves so."""
    words = part.split()
    if len(words) < 2 or any(w.endswith("-") for w in words):
        return False  # "… e Indígenas- IFMS": a dash glued to a word joins what follows to the body's name
    if looks_like_person(part):
        return True
    return words[0].isalpha() and all(w[:1].isupper() for w in words[1:]) and looks_like_person(part, lowercase_ok=True)


def names_joined(text: str) -> bool:
    """A line of a run of signers joining names by a conjunction: two people (``Anna Berg und Tom Lind``)
    or a couple sharing one surname (``Jutta und Tom Lind``, one entry as written)."""
    if text.count(" ") < 2 or not text[:1].isupper():
        return False
    parts = _AND.split(text)
    return len(parts) == 2 and looks_like_person(parts[0]) and _second_name(parts[1]) and not is_organisation(text)


def _read_pair(parts: list[str], raw: str, lines: Span, group: str | None) -> list[Signatory]:
    """Two people of one entry: the first on its first line, the second to the entry's end
    (their spans may share a line, never more), each with the fields after the second name."""
    roles, affiliations = person_parts(split_segments(parts[2])) if len(parts) > 2 and parts[2] else ([], [])
    role, affiliation = ", ".join(roles) or None, ", ".join(affiliations) or None
    return [
        _make(parts[0], "person", raw, (lines[0], lines[0]), role, affiliation, group),
        _make(parts[1], "person", raw, lines, role, affiliation, group),
    ]


def _make(name: str, kind: SignatoryKind, raw: str, lines: Span, role: str | None, affiliation: str | None, group: str | None) -> Signatory:
    return Signatory(
        name=name,
        kind=kind,
        key=signatory_key(name),
        raw=raw,
        lines=lines,
        role=role,
        affiliation=affiliation,
        group=group,
    )
