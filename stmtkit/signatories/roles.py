"""Around a person's name: titles before it, letters after it, and the parts after it as roles or affiliations.

``Prof. Dr. Ali Tekin`` → role ``Prof. Dr.``; ``Sarah Quinn MEP`` → role ``MEP``;
``Jane Roe, Senior Researcher, Max Planck Institute`` → role ``Senior
Researcher``, affiliation ``Max Planck Institute``; ``председатель правления
Иван Сидоров`` → the name last, the function before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import regex

from ..data import folded_cues as cue
from ..fold import fold_words
from ..memo import per_parse
from ..patterns import lazy
from .cleaning import is_contact, strip_symbols
from .kind import (
    function_opens,
    has_legal_form,
    is_function_word,
    is_organisation,
    is_particle,
    is_place,
    is_role,
    looks_like_person,
    named_chair,
    words_of,
)
from .segments import split_segments

# "2 days ago", "3 часа назад", "5 gün önce", "il y a 2 jours", "vor 3 Tagen", "hace 2 días", "12.05.2024"
_TIME_STAMP = lazy(
    r"^\d+\s+\p{L}+\s+(?:ago|назад|тому|önce|əvvəl|fa)$|^(?:il y a|vor|hace)\s+\d+\s+\p{L}+$"
    r"|^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$|^(?:yesterday|today|вчера|сегодня|dün|bugün|hier|gestern|heute)$",
    regex.I,
)
_TITLE_BODY = lazy(r"\p{Lu}{2,6}\b\s+(?=\p{Lu})")
_INITIALS_NAME_LAST = lazy(r"(?:^|\s)((?:\p{Lu}\.\s?){1,3}\p{Lu}[\p{Ll}'’\-]+)$")
# A word of a degree written in abbreviations ("к. і. н.", "ст. н. с.") is a few letters.
_MAX_DEGREE_ABBREVIATION = 3
_PATRONYMIC = lazy(r"(?:ович|евич|ич|овна|евна|ична|инична|oviç|ovich|evich|ovna|evna|oğlu|qızı)$", regex.I)


# A short mark in brackets qualifying the title before it: "(r)", "(rtg)", "(ret.)" for a retired officer.
_TITLE_MARK = lazy(r"\(\p{L}{1,4}\.?\)\s*")


def article_then_function(words: Sequence[str]) -> bool:
    """``Le Maire de Brest``, ``Ο Δήμαρχος Ρόδου``: an article, then a function (no person's name opens with an
    article); ``words`` as written."""
    return fold_words(words[0]) in cue.ROLE_ARTICLES and function_opens(words)


@per_parse
def split_title(text: str) -> tuple[str | None, str]:
    """Leading titles → role: ``Prof. Dr. Ali Tekin`` → (``Prof. Dr.``, ``Ali Tekin``)."""
    folded = fold_words(text)
    if len(folded) != len(text):  # fold_words changed the length (ß, ligatures): match on the text itself
        folded = text.casefold()
    end = 0
    while True:
        rest = folded[end:]
        # most names start with no title: a dict lookup, else only the titles of the same two letters
        candidates = cue.TITLES_BY_START.get(rest[:2])
        if candidates is None or not rest.startswith(candidates):
            break
        for title in candidates:
            if rest.startswith(title) and (
                len(rest) == len(title) or title.endswith(".") or not rest[len(title)].isalpha()
            ) and rest[len(title):len(title) + 1] not in ("-", "'"):
                end += len(title)
                while end < len(folded) and folded[end] in " ,":
                    end += 1
                if folded[end : end + 1] == "(" and (mark := _TITLE_MARK.match(folded, end)):
                    end = mark.end()  # "Col. (r) dr.", "Gen.(ret.)": a retired rank's mark stays with its title
                break
        else:
            break
    if end:
        # "академик РАН Иван Петров", "Prof. MIT Jane Roe": an acronym right after a title is its body
        m = _TITLE_BODY.match(text, end)
        if m and m.end() < len(text):
            end = m.end()
    if end == 0 or end >= len(text):
        return None, text
    rest = text[end:].strip()
    if rest[:1].islower() and not rest.startswith("@"):
        return None, text  # "Professor am Institut für Informatik", "professor of law": a function, no titled name
    return text[:end].strip(" ,"), rest



# Remembered for the parse: the bare run, the entry reader and the role-first test ask the same fields.
@per_parse
def name_last(text: str) -> tuple[str, str] | None:
    """``Role Organisation Name``: the name closes the entry.

    ``Член-корр РАН А.Н.Белов`` → (``Член-корр РАН``, ``А.Н.Белов``) by its initials;
    ``председатель правления Иван Петрович Сидоров`` → the capitalised words after a
    function that opens the entry (two, or three with a patronymic); ``Jurnalistlər
    Birliyinin sədri Elçin Şıxlı`` → the name right after the function word.
    """
    m = _INITIALS_NAME_LAST.search(text) if "." in text else None  # initials hold a dot
    if m and m.start(1) > 0:
        return text[: m.start(1)].strip(" ,–-"), m.group(1)
    words = text.split()
    if len(words) < 3:
        return None
    longer = _long_name_last(words) if len(words) > _LONG_NAME_WORDS[0] else None
    if longer is not None:
        return longer
    for size in (3, 2) if len(words) >= 4 and _PATRONYMIC.search(words[-2]) else (2,):
        name, role = words[-size:], words[:-size]
        if not all(w[:1].isupper() for w in name):
            continue  # the name's words are capitalised: "… Wohnungsunternehmen e.V." asks no role question
        # "ЧП МГО СПС Павел Шайкин": a run of acronyms (posts and bodies) before the name
        acronyms = len(role) >= 2 and all(len(w) >= 2 and w.isupper() for w in role)
        # "к. і. н. Петро КОВАЛЬ", "ст. н. с. Анна Орлова": a degree in dotted lowercase abbreviations
        degree = len(role) >= 2 and "." in role[-1] + role[-2] and all(
            len(w.rstrip(".")) <= _MAX_DEGREE_ABBREVIATION and w[:1].islower() for w in role)
        # "… Birliyinin sədri Elçin Vəliyev", "Amnesty International Director Kate Allen"; the function's
        # field in brackets after it ("Filosofian tohtori (kemia) Anna Berg") is the function's
        # (the shapes asked before the role questions, each shape before its question)
        head = _before_bracket(role)
        if acronyms or degree or opens_with_function(role) or (
                bool(head) and (head[-1][:1].islower() or len(head) >= 2)
                and (is_role(head[-1], lowercase_is_role=False) or is_function_word(head[-1]))):
            joined = " ".join(name)
            if looks_like_person(joined) and not is_organisation(joined):
                return " ".join(role).strip(" ,–-"), joined
    return None


def opens_with_function(words: Sequence[str]) -> bool:
    """The first word names a function, or qualifies the function that follows it (``народная артистка``,
    ``почетный председатель``)."""
    if not words:
        return False
    if is_role(words[0], lowercase_is_role=False):
        return True
    return len(words) >= 2 and fold_words(words[0]) in cue.ROLE_MODIFIERS and is_role(words[1], lowercase_is_role=False)


def _inner_particle(words: list[str], at: int) -> bool:
    """``de`` of ``… Jan de Vries``, ``van``/``der`` of ``… Marieke van der Berg``: particles between two
    capitalised words of the name, not the text's second word (``Directeur de Recherche …``)."""
    if not is_particle(words[at]):
        return False
    start, end = at, at
    while start > 0 and is_particle(words[start - 1]):
        start -= 1
    while end < len(words) - 1 and is_particle(words[end + 1]):
        end += 1
    return start > 1 and end < len(words) - 1 and words[start - 1][:1].isupper() and words[end + 1][:1].isupper()


def _before_bracket(words: list[str]) -> list[str]:
    """The words before a bracketed remark closing them: ``tohtori (kemia)`` → ``tohtori``; none closing, all."""
    if not words[-1].endswith(")"):
        return words
    opening = next((at for at in range(len(words) - 1, -1, -1) if words[at].startswith("(")), 0)
    return words[:opening]


def _long_name_last(words: list[str]) -> tuple[str, str] | None:
    """A name of three or four words after its function: behind a lowercase function word or title
    (``M. le député Jean Paul Marie Roux``, ``Poseł dr hab. Jan Maria Kowalski``), or one function word
    alone (``Posłanka Anna Maria Nowak``); ``Mayor of Springfield John Smith`` is left to the two-word rule."""
    # a particle between the name's words is the name's ("Universitair hoofddocent Jan de Vries")
    # a title closes the function as a lowercase word does ("… Fakültesi Dekanı Prof. Dr. Ayşe Nur KARACA")
    lower = next((at for at in range(len(words) - 1, -1, -1) if (not words[at][:1].isupper() and not _inner_particle(words, at))
                  or (words[at].endswith(".") and fold_words(words[at]) in cue.TITLE_FORMS)), -1)
    name = words[lower + 1 if lower >= 0 else 1 :]
    # the shape first (asked of many entries): three or four capitalised words close the text
    if not _LONG_NAME_WORDS[0] <= len(name) <= _LONG_NAME_WORDS[1] or (
            lower < 0 and len(name) != _LONG_NAME_WORDS[0] and not any(map(is_particle, name))):
        return None
    before = words[lower] if lower >= 0 else words[0]
    if not (is_role(before, lowercase_is_role=False) or (lower >= 0 and fold_words(before) in cue.TITLE_FORMS)):
        return None
    # "член-кореспондент НАН України Іван ГРИЦАЙ": an acronym or a place before the surname is the function's body
    if any(len(w) >= 2 and w.isupper() for w in name[:-1]) or any(map(is_place, name)):
        return None
    # "народная артистка России Анна Орлова": three Cyrillic words make a name with the patronymic between
    # (Иван Петрович Сидоров); otherwise the first is the function's body, in a case no gazetteer spells
    if len(name) == _LONG_NAME_WORDS[0] and "\u0400" <= name[1][:1] <= "\u04ff" and not _PATRONYMIC.search(name[1]):
        return None
    joined = " ".join(name)
    if not looks_like_person(joined) or is_organisation(joined) or any(is_role(w, lowercase_is_role=False) for w in name):
        return None
    return " ".join(words[: len(words) - len(name)]).strip(" ,–-"), joined


# A name after its function: this many words at least (fewer: the two-word rule), at most.
_LONG_NAME_WORDS = (3, 4)


def person_parts(tail: list[str]) -> tuple[list[str], list[str]]:
    """The parts after a person's name → (roles, affiliations).

    Roles come before the first affiliation; what follows belongs to it
    (``Wellesley College, USA``).  A place alone is dropped (``Jane Roe, Berlin``),
    and so is a time stamp of a petition page (``Anna Berg, Oslo, 2 days ago``).
    """
    roles: list[str] = []
    affiliations: list[str] = []
    last = len(tail) - 1
    for at, part in enumerate(map(strip_symbols, tail)):
        if not part or _TIME_STAMP.search(part) or ((":" in part or "@" in part) and is_contact(part)) \
                or (at == last and part[:1].islower() and " " in part and len(part) <= _MAX_REMARK_FIELD
                    and is_capacity_remark(f"({part})")):
            # "…, in a personal capacity": a remark on the capacity closing the entry, as in brackets, is no field;
            # nor is a contact ("E-mail: jane@…")
            # (a few words: the remarks' long pattern is not run over a role's long lowercase field)
            continue
        if is_place(part):
            continue  # "Jane Roe, Berlin", "University of Oslo, Norway": a city or country is no affiliation
        if affiliations:
            affiliations.append(part)
        elif roles and _ENUMERATION.match(part) and _PORTFOLIO_END.search(roles[-1]) and not has_legal_form(part):
            roles[-1] = f"{roles[-1]}, {part}"  # "Senatorin für Umwelt, Verkehr und Klima": the portfolio's last areas
        elif is_role(part) or is_award(part) or _description(part) or named_chair(part):
            # a function, even of a body: "член правления центра «Мемориал»", "President of the Republic";
            # a prize is said of the person: "(sculptor, Kossuth Prize winner)"
            roles.append(part)
        else:
            affiliations.append(part)
    if len(affiliations) >= 2 and len(affiliations[-1].split()) <= _CLOSING_FUNCTION_WORDS and is_role(affiliations[-1]) \
            and not is_organisation(affiliations[-1]):
        roles.append(affiliations.pop())  # "(Harbour Union, Northfield branch, Chair)": the function closes the fields
    return roles, (_institution_first(affiliations) if len(affiliations) >= 2 else affiliations)


# A function closing the fields after the body is a word or two: "Chair", "Vorsitzender", "Vice President".
_CLOSING_FUNCTION_WORDS = 2


# A remark on the capacity written as a field is a few words ("in a personal capacity", "a título personal").
_MAX_REMARK_FIELD = 40
# "Jugend und Sport", "Youth and Sport": one capitalised word and a conjunction open the field (an enumeration's end)
_ENUMERATION = lazy(r"^\p{Lu}[\p{L}\-]*\s+(?:und|and|et|y|e|i|och|og|en|és|и|та|ve|və)\s+\S", regex.V1)
# "Senatorin für Umwelt", "Minister for Education": a function's portfolio, a preposition and a few words closing it
_PORTFOLIO_END = lazy(r"\b(?:für|fur|for|of|de|des|del|della|di|du|von|der|pour|para|per)\s+(?:\S+\s+){0,3}\p{Lu}[\p{L}\-]*$", regex.V1)


def field_lines_parts(fields: list[str]) -> tuple[list[str], list[str]]:
    """``person_parts`` of a signer's field lines, each cut at its commas.  A function alone on the last
    line, under the body (``Harbour Union`` / ``Chair of the Board``, ``… Derneği`` / ``Yönetim Kurulu
    Başkanı``), is a role: on one line a field after the body belongs to it, on a line of its own it does not."""
    roles, affiliations = person_parts([part for field in fields for part in split_segments(field.strip(" ,;"))])
    last = fields[-1].strip(" ,;")
    # (the layout asked first: most signers' last line is their body, the first of the affiliations)
    if len(affiliations) >= 2 and affiliations[-1] == last and is_role(last) \
            and (not is_organisation(last) or is_role(last.rpartition(" ")[2])):
        roles.append(affiliations.pop())
    return roles, affiliations


def _department_shape(part: str) -> bool:
    """Letters, spaces, apostrophes, hyphens and ampersands only: ``Organismal Biology and Anatomy``."""
    return all(ch.isalpha() or ch in " '’&-" for ch in part)


def _institution_first(parts: list[str]) -> list[str]:
    """``Psychology, University of Chicago`` → ``University of Chicago, Psychology``: a field that names no
    body of its own before a university is its department; the body the signer belongs to comes first.
    ``Department of Genetics, University of Georgia`` names its unit as a body and stays as written."""
    academic = cue.ACADEMIC_BODY_WORDS
    at = next((i for i, part in enumerate(parts) if not academic.isdisjoint(words_of(part))), 0)
    if at == 0:
        return parts
    # words alone, no abbreviation ("Jr.", "Prof.Emer"); "Women's", "Gender": one word a part, whatever a
    # lexicon says of it
    if all(_department_shape(p) and (not is_organisation(p) or (" " not in p and not p.isupper())) for p in parts[:at]):
        return [*parts[at:], *parts[:at]]
    return parts


def _description(part: str) -> bool:
    """``Ex calciatore bulgaro``, ``Cantautore inglese``: a capital, then words in lower case, naming no
    body: what the person is, said in a phrase (a body capitalises its name or holds its head noun)."""
    words = part.split()
    return len(words) >= 2 and words[0][:1].isupper() and all(w[:1].islower() for w in words[1:]) \
        and not is_organisation(part) \
        and not is_place(part)


def is_award(text: str) -> bool:
    """``Nobel laureate``, ``Kossuth-díjas``, ``Prix Goncourt``: a word of the text is or ends in an award word."""
    if is_organisation(text):
        return False
    return any(word.endswith(cue.AWARD_WORDS) for word in words_of(text))


@lru_cache(maxsize=1)
def _capacity_remark() -> regex.Pattern[str]:
    return regex.compile(rf"\((?:[^()]{{0,80}}\b)?(?:{cue.CAPACITY_REMARKS})\b[^()]{{0,200}}\)")


def without_capacity_remarks(text: str) -> str:
    """``presidenta de la Fundación Sur (a título personal)`` → ``presidenta de la Fundación Sur``.

    The brackets are found on the folded text, which keeps every position (``fold_words``
    changing the length, as ``ß`` does, leaves the text as it is).
    """
    folded = fold_words(text)
    if len(folded) != len(text):
        return text
    cut = [(m.start(), m.end()) for m in _capacity_remark().finditer(folded)]
    for start, end in reversed(cut):
        text = (text[:start].rstrip() + " " + text[end:].lstrip()).strip()
    return text


def is_capacity_remark(text: str) -> bool:
    """A line that is only a bracketed remark on the capacity: ``(a título pessoal, como …)``."""
    text = text.strip()
    return text[:1] == "(" and text[-1:] == ")" and _capacity_remark().fullmatch(fold_words(text)) is not None


# An office's letters between spaces (a small alternation, compiled with the module: asked of many entries)
_OFFICE_LETTERS = re.compile(r"\s(?:" + "|".join(sorted(map(re.escape, cue.OFFICE_POSTNOMINALS), key=len, reverse=True)) + r")\s")


def office_split(text: str) -> tuple[str, str, str] | None:
    """``Jane Roe MP Green Party`` → (``Jane Roe``, ``MP``, ``Green Party``): a name, an elected office's
    letters, then the party or body the member sits for with no comma between; None for any other text."""
    # the words first, against the table: most texts hold no office's letters and are not searched
    found = None if cue.OFFICE_POSTNOMINALS.isdisjoint(text.split()) else _OFFICE_LETTERS.search(text)
    if found is None:
        return None
    name, after = text[: found.start()].strip(), text[found.end() :].strip()
    return (name, found.group().strip(), after) if " " in name and after else None


def split_postnominals(name: str) -> tuple[str, list[str]]:
    """Letters after a name → role: ``Sarah Quinn MEP`` → (``Sarah Quinn``, [``MEP``]), ``Eva Holm FRS``."""
    words = name.split()
    if len(words) < 2 or words[-1].strip(",") not in cue.POSTNOMINALS:
        return " ".join(words).rstrip(","), []  # most names end with no letters: no list to grow
    letters: list[str] = []
    while len(words) >= 2 and words[-1].strip(",") in cue.POSTNOMINALS:
        letters.insert(0, words.pop().strip(","))
    return " ".join(words).rstrip(","), letters

