"""A paragraph of names on one line: ``A, B, C and D``, ``A; B; C``, ``A – B – C``, ``A / B / C``.

``inline_names`` cuts such a line into its names and leaves an ordinary entry
(``Jane Roe, Director, Coastal Futures Network``) whole; reading each name is
``stmtkit.signatories.entry``.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..patterns import lazy
from .bodies_run import all_organisations, named_bodies
from .cleaning import clean_entry_text, strip_contacts, without_entry_prefix
from .cues import block_cues
from .entry import role_closing_name
from .kind import (
    has_legal_form,
    is_organisation,
    is_place,
    is_role,
    looks_like_person,
    named_chair,
)
from .others import without_others_tail
from .placed import MIN_PLACED_FIELDS, entries_closed_by_places
from .roles import office_split, split_title
from .run_on_roles import entries_run_into_functions
from .run_together import MIN_RUN_CHARS, names_run_together
from .segments import bracketed_entries_apart, split_outside_brackets, split_segments, with_ascii_separators
from .slashed import name_role_slashed
from .stopped import entries_closed_by_full_stops

_AND_WORD = lazy(r"(?<![-‐])\s+(?:and|&|et|und|и|та|і|və|ve|y|e|en|oraz|och|a)\s+(?=[\p{Lu}\d\"«„(])", regex.V1)
_DASH_SEP = lazy(r"\s+[–—]\s+")
_SLASH_SEP = lazy(r"\s+/\s+")
_BRACKET_OR_DASH = lazy(r"\s*\(|\s+[-–—]\s+")
_INITIAL_DOT_END = lazy(r"(?:\b\p{Lu}|\be\.\s?V)\.$")
_EV_END = lazy(r"\be\.\s?V\.$")


def inline_names(text: str, *, two_names: bool = False, bodies: bool = False) -> list[str]:
    """One paragraph of names → the names; an ordinary entry → ``[text]``.

    ``bodies``: the heading above says the signers are organisations ("Organisations signataires :"), so
    commas between capitalised names part bodies whatever their words (``Tous Migrants``, ``la Cimade``).

    >>> inline_names("Anna Berg, Tom Lind, Eva Holm and Ole Dahl")
    ['Anna Berg', 'Tom Lind', 'Eva Holm', 'Ole Dahl']
    >>> inline_names("Jane Roe, Director, Coastal Futures Network")
    ['Jane Roe, Director, Coastal Futures Network']
    """
    if (dashed := names_by_dashes(text)) is not None:
        return dashed  # "John Smith - Dr. Mary Jones - Peter Green": people set apart by hyphens
    if (run_on := entries_run_into_functions(text)) is not None:
        return run_on  # "Ana Gil poet (69), Tom Lind actor (75), …": each name run into its function
    if ";" not in text and "," not in text and "–" not in text and "—" not in text and " / " not in text \
            and not _caseless_slashes(text):
        if text.count(")") >= 2 and (by_acronyms := _bodies_by_acronyms(text)):
            return by_acronyms
        # every cut below needs one of these, and stripping the bullet and contacts adds none:
        # "- Anna Berg" is one entry without being stripped here (clean_entry_text strips it)
        separated = with_ascii_separators(text)  # "سلمى حسن، عمر خالد"
        if separated is text:
            # "Marta Nowak Piotr Zieliński …": no separator at all (a short line, most of them, is not asked)
            return (len(text) >= MIN_RUN_CHARS and names_run_together(text)) or [text]
        return _names_in(separated, two_names=two_names, bodies=bodies)
    text = with_ascii_separators(text)
    return _names_in(text, two_names=two_names, bodies=bodies)


_MIN_DASHED_NAMES = 3


def names_by_dashes(text: str) -> list[str] | None:
    """Three people or more on one line set apart by spaced hyphens, each of two to five words that read as a
    person's (a title may open it: "Dr. Mary Jones"); a menu's single words or a name and its role are no such line."""
    if text.count(" - ") < _MIN_DASHED_NAMES - 1:
        return None  # (most lines: one C count)
    parts = [part.strip() for part in strip_contacts(without_entry_prefix(text)).rstrip(". ").split(" - ")]
    if len(parts) < _MIN_DASHED_NAMES or any(not 2 <= len(part.split()) <= 5 or not looks_like_person(part) for part in parts):
        return None
    return parts


def _without_label(body: str) -> str:
    """``Also signed: Ion Pop, Ana Gal`` → the names after a label's colon; ``Anna Berg: Director`` stays."""
    label, _, rest = body.partition(":")
    if not rest.strip() or label.count(" ") > 6 or looks_like_person(label.strip()):
        return body
    first = split_segments(rest)[:1]
    # "Have joined: Ana Rossi (mayor of X), …": the first name may carry its role in brackets
    return rest.strip() if first and is_full_name(_name_of(first[0])) else body


def _without_open_bracket(body: str) -> str:
    """``(Irina Pop, Ion Vartic,`` and ``Ion Cristofor)``: a bracket around a list of names over
    several lines opens on its first line and closes on its last; on one line it pairs with nothing."""
    opened, closed = body.count("("), body.count(")")
    if body.startswith("(") and opened == closed + 1:
        return body[1:].lstrip()
    if body.endswith(")") and closed == opened + 1:
        return body[:-1].rstrip()
    return body


def _names_in(text: str, *, two_names: bool = False, bodies: bool = False) -> list[str]:
    """``inline_names`` with every cut asked for."""
    body = strip_contacts(without_entry_prefix(text))  # "&lt;a@b.example>" holds a ";"
    # (the sentence's full stop is no entry's; an ellipsis, "…, Louis Perrin...", says the list goes on: kept as written)
    body = body[:-1] if body.endswith(".") and not body.endswith("..") and not _INITIAL_DOT_END.search(body) else body
    if ":" in body:
        body = _without_label(body)
    if "(" in body or ")" in body:
        body = _without_open_bracket(body)
    if body.count("–") >= _MIN_ACRONYM_ENTRIES and (organisations := acronym_entries(body)):
        return organisations
    if " / " in body and name_role_slashed(body) is not None:
        return [text]  # "Ana Ruiz Professor / Valley University, Coastal Centre": one signer's fields
    if _semicolons(body):
        parts = _with_fields_joined([p.strip() for p in _semicolons(body)])
        if len(parts) == 1:
            return [text]  # one signer's fields set apart by semicolons
        parts[-1] = _without_conjunction(parts[-1])  # "…; and the Rev. Ann Roe"
        # "A (role), B (role); C (role); D, role, E (role)": commas between entries inside a part too
        return [e for p in parts[:-1] + _split_final_and(parts[-1], organisations=True) if p for e in _entries_by_names(p)]
    segments = split_segments(body)
    if len(segments) >= 2:
        segments[-1] = without_others_tail(segments[-1])[0]
        if segments[-1][:1].islower():  # "…, Tom Lind, and Eva Holm": the serial comma leaves the conjunction
            segments[-1] = _without_conjunction(segments[-1])  # first (in lower case: "Dan Pop" is a name)
        segments = bracketed_entries_apart(segments, is_full_name) if body.count(")") >= 2 else segments
        if len(segments) >= MIN_PLACED_FIELDS and sum(" " not in seg.strip() for seg in segments) * 3 >= len(segments) \
                and (placed := entries_closed_by_places(segments)):
            return placed  # "Dr. Anna Berg, Essen, Tom Lind, Bonn, …": a town is no signer of its own
        parts = segments[:-1] + _split_final_and(segments[-1], organisations=False)
        # "Name, Capitalised Function" is one entry: two names need a third or a final "and",
        # unless they follow a heading's colon ("Signé par : Claire Fontanel, Rachid Benali"); the shape asked
        # before the names (most lines of one name and its field have two parts, no dash and no colon above)
        if (len(parts) >= 3 or (two_names and all(is_full_name(p) for p in parts)) or _each_name_then_role(parts)) \
                and _all_names(parts):
            return parts
        parts = segments[:-1] + _split_final_and(segments[-1], organisations=True)
        if len(parts) >= 3 and (all_organisations(parts) or (bodies and named_bodies(parts))):
            return parts  # "CGT, CFDT, FO, CFE-CGC et Solidaires"
        if (opened := entries_opened_by_names(segments)) is not None:
            return opened
        if body.count(". ") >= 2 and (stopped := entries_closed_by_full_stops(body, is_full_name)) is not None:
            return stopped  # "Dr. Anna Berg, Historikerin. Tom Lind, Maler. …": a full stop closes each entry
        return _run_on_or_whole(text)
    if _caseless_slashes(body):
        # "赤松竜(会員) /浅川肇(歌人)/足立修一(弁護士)": a script without spaces between words sets no space
        # around the slash either; a slash inside the brackets belongs to the affiliation
        pieces = [p.strip() for p in split_outside_brackets(body.replace("／", "/"), "/") if p.strip()]
        if len(pieces) >= 3 and _all_names(pieces):
            return pieces
    for separator, marks in ((_DASH_SEP, "–—"), (_SLASH_SEP, "/")):  # "A – B – C", "A / B / C"
        if not any(mark in body for mark in marks):
            continue  # no separator to cut at: the body stays one piece
        cut: list[str] = separator.split(body)
        # "ACAT – Droits des migrants – Cimade – GISTI": a dash-separated run of bodies, named in lower case or by acronyms
        if len(cut) >= 3 and (_all_names(cut) or (separator is _DASH_SEP and all_organisations(cut, phrases=True))):
            return cut
    return _run_on_or_whole(text)


def _run_on_or_whole(text: str) -> list[str]:
    """No separator made two entries of ``text``: the entries the scrape ran into one long line, else the text."""
    if len(text) > _RUN_ON_MIN_CHARS and (entries := entries_run_on_by_dashes(text)) is not None:
        return entries
    return [text]


def _bodies_by_acronyms(text: str) -> list[str] | None:
    """``Pastoral Land Commission (PLC) Indigenous Missionary Council (IMC)``: each body closed by its acronym."""
    glued = [part.strip() for part in _AFTER_ACRONYM.split(text.strip())]
    if len(glued) >= 2 and all(part.endswith(")") and is_organisation(part) for part in glued):
        return glued
    return None


# Where one body's bracketed acronym ends and the next body's name opens, on one line.
_AFTER_ACRONYM = lazy(r"(?<=\(\p{Lu}[\p{Lu}\p{N}\-]{1,11}\))\s+(?=\p{Lu})")


# Between semicolons, this many comma fields each a full name are names each, with no title or bracket.
_MIN_NAMES_IN_PART = 3


def _entries_by_names(part: str) -> list[str]:
    """``Ana Rossi (mayor of X), Luca Bianchi (mayor of Y)`` → two entries, ``Ana Rossi, mayor of X`` one:
    between semicolons, a new entry opens at each comma field that is a full name (before its brackets)."""
    if "," not in part:
        return [part]
    segments = split_segments(part)
    if len(segments) < 2:
        return [part]
    segments[-1] = _without_conjunction(segments[-1])  # "…, Tom Lind, and the Rev. Ann Roe"
    if "(" not in part and (part.count(".") < _MIN_TITLED_NAMES  # (most titles hold a full stop: "Dr.", "the Rev.")
                            or sum(bool(split_title(s)[0]) and is_full_name(s) for s in segments) < _MIN_TITLED_NAMES):
        # "Name (role), Name (role)" runs entries together, or "the Rev. Ann Roe, Rabbi Tom Lind, …"; without
        # brackets or titles "Anna Berg, Harbour Union" is one signer and her body, but three full names or more
        # ("Anna Berg, Tom Lind, and the Rev. Eva Holm") are as many signers
        if len(segments) < _MIN_NAMES_IN_PART or not all(is_full_name(_name_of(s)) for s in segments):
            return [part]
        return segments
    groups: list[list[str]] = []
    for segment in segments:
        # "Luca Moretti sindaco di X": a name and its role with no comma between opens one too
        if is_full_name(_name_of(segment)) or (groups and role_closing_name(segment) is not None):
            groups.append([segment])
        elif groups:
            groups[-1].append(segment)
        else:
            return [part]  # a part opening with no name is one entry as written
    return [", ".join(g) for g in groups] if len(groups) >= 2 else [part]


def _without_conjunction(text: str) -> str:
    """``and the Rev. Ann Roe`` → ``the Rev. Ann Roe``: the conjunction before a list's last entry."""
    first, _, rest = text.partition(" ")
    return rest if rest and first.casefold() in block_cues().conjunctions else text


# Titled names that tell a part of comma fields without brackets to be entries run together.
_MIN_TITLED_NAMES = 3


def _caseless_slashes(text: str) -> bool:
    """Slashes in a text of a script without case (Chinese, Japanese, Korean, Thai, …)."""
    if "/" not in text and "／" not in text:
        return False
    first = text.lstrip(" -•*·(")[:1]
    return first >= "\u0e00" and first.isalpha() and first.lower() == first.upper()


def _each_name_then_role(parts: Sequence[str]) -> bool:
    """``Каждан – доктор наук, Монгайт – доктор наук``: every part is a name, a dash and a role, or a full name
    and its field in brackets (``Anna Berg (Anwältin), Tom Roth (Autor)``); the shape repeated says two signers
    where ``Anna Berg, Harbour Union`` is one."""
    for part in parts:
        if part.endswith(")") and (bracket := part.find("(")) > 0 and is_full_name(part[:bracket].strip()):
            continue
        pieces = _DASH_SEP.split(part, maxsplit=1) if "–" in part or "—" in part else [part]  # a dash to cut at
        if len(pieces) != 2 or not is_role(pieces[1]):
            return False
    return True


def _with_fields_joined(parts: list[str]) -> list[str]:
    """Semicolon-separated parts, a person's further functions joined to the entry before them: after "Ana Lima,
    physicist, Valley University, Porto (Portugal)", the part "spokesperson of Open Science" (a function in lower
    case) is hers, no signer; bodies ("Union A; Union B") and people with their fields ("Ana Lima, physicist; Tom
    Hale, poet") stay apart."""
    joined: list[str] = []
    person = False  # the last entry opened with a person's full name and two fields or more
    first = split_segments(parts[0])
    if len(first) >= _PERSON_WITH_FIELDS and is_full_name(first[0]) \
            and not any(is_full_name(_name_of(fields[0])) for fields in map(split_segments, parts[1:]) if fields):
        # "Ana Lima, physicist, Valley University, Porto (Portugal); Harbour Institute, Lyon (France)": no other
        # person on the line, the parts after hers are her further bodies and functions
        return ["; ".join(parts)]
    for part in parts:
        segments = split_segments(part)
        # (a title before a name opens the next entry: "doc. PhDr. Eva Malá, PhD.")
        if joined and person and part[:1].islower() and is_role(segments[0]) and split_title(segments[0])[0] is None:
            joined[-1] += "; " + part
            continue
        joined.append(part)
        person = len(segments) >= _PERSON_WITH_FIELDS and is_full_name(segments[0])
    return joined


# A person's entry with its fields: the name, a function and a body at least.
_PERSON_WITH_FIELDS = 3


def _semicolons(text: str) -> list[str]:
    """Split on ``;`` outside brackets; ``[]`` when there is none."""
    if ";" not in text:
        return []  # most entries
    parts = split_outside_brackets(text, ";")
    if len(parts) == 1:
        return []  # every ";" inside brackets
    return [p for p in parts if p.strip()]


def _split_final_and(part: str, *, organisations: bool) -> list[str]:
    """``C und D`` → ``[C, D]``; ``Maschinen- und Anlagenbau`` and ``Bau Berlin und Brandenburg`` stay whole."""
    cuts = list(_AND_WORD.finditer(part))
    for cut in cuts:
        left, right = part[: cut.start()].strip(), part[cut.end() :].strip()
        if "(" in left and left.count("(") > left.count(")"):
            continue  # "Lena Roth (Vorsitzende des Verbands für Handwerk, Handel und Dienste)": the field's "and"
        if not organisations:
            if looks_like_person(_name_of(left)) and looks_like_person(_name_of(right)):
                return [left, right]
            continue
        acronym = len(left.split()) == 1 and is_organisation(left)  # "… FO, CFE-CGC et Solidaires"
        if acronym or left.endswith(")") or has_legal_form(left) or _EV_END.search(left) or (
            len(left.split()) >= 2 and looks_like_person(left) and looks_like_person(right)
        ):
            return [left, right]
    return [part]


def _all_names(parts: Sequence[str]) -> bool:
    """Every part is a person's name, maybe with a title and an organisation: ``Dr. Anna Berg (Harbor Union)``."""
    # one part at a time: "Africa Trade Network (ATN), Ghana" is settled at its first part
    if len(parts) < _MANY_NAMES:
        return all(
            looks_like_person(n) and not is_role(n) and not is_place(n) and not named_chair(n) for n in map(_name_of, parts)
        )
    # In a long paragraph of names one in ten may read otherwise: a first name that is a body's word in a
    # neighbouring language (the lexicons are shared), or an organisation signing among the people.
    allowed = len(parts) // _MANY_NAMES
    for name in map(_name_of, parts):
        if not (looks_like_person(name) and not is_role(name) and not is_place(name)):
            allowed -= 1
            if allowed < 0 or (name[:1].islower() and not _capital_lost(name)) or len(name.split()) > _MAX_PERSON_WORDS:
                return False
    return True


def _capital_lost(name: str) -> bool:
    """``élise Morel`` among many names: the scrape lost the first name's capital, the surname kept its own;
    a lowercase phrase (``and others``, ``chercheuse Anna Berg``) is no name for it."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(word[:1].isupper() for word in words[1:]):
        return False
    capitalised = name[:1].upper() + name[1:]
    return looks_like_person(capitalised) and not is_role(capitalised)


# A paragraph of this many parts or more is long enough to allow one in this many not to read as a name.
_MANY_NAMES, _MAX_PERSON_WORDS = 10, 5


def is_full_name(text: str) -> bool:
    text = split_title(text)[1]
    return len(text.split()) >= 2 and looks_like_person(text) and not is_role(text) and not is_place(text)


def _name_of(part: str) -> str:
    """The name in ``Dr. Anna Berg (Harbor Union)`` or ``Anna Berg – Harbor Union``."""
    text = clean_entry_text(part)
    # a cut needs a bracket or a dash: most parts are the name as it is
    cut = "(" in text or "-" in text or "–" in text or "—" in text
    head = (_BRACKET_OR_DASH.split(text, maxsplit=1)[0] if cut else text).strip()
    if head.count(" ") >= 3 and (office := office_split(head)) is not None:
        head = office[0]  # "Jane Roe MP Green Party"
    return split_title(head)[1]


# A run of entries told apart by commas alone, each opened by a name: this many of them with a dash and a role.
_MIN_DASHED_ENTRIES = 3
_NAME_DASH = lazy(r"\s+[-–—]\s+|\s+[-–—]$")


def entries_opened_by_names(fields: Sequence[str]) -> list[str] | None:
    """``Jan Dvořák - herec, režisér, Eva Malá, Ing. Petr Novák - sociolog``: entries told apart by
    commas alone, a new one opening at each field that starts with a full name (most of them a dash
    and a role after it); the fields in between are the role's further parts.  None unless
    enough entries have the dash."""
    if sum(1 for field in fields if "-" in field or "–" in field or "—" in field) < _MIN_DASHED_ENTRIES:
        return None  # too few fields hold a dash to cut at: no name is asked for
    groups: list[list[str]] = []
    dashed = 0
    for field in fields:
        head = _NAME_DASH.split(field, maxsplit=1) if "-" in field or "–" in field or "—" in field else [field]
        if is_full_name(head[0]):
            groups.append([field])
            dashed += len(head) == 2
        elif groups:
            groups[-1].append(field)
        else:
            return None  # the run opens with a name
    if dashed < _MIN_DASHED_ENTRIES:
        return None
    return [", ".join(g) for g in groups]


# "Ana Lima - Sindicalista, … Rui Costa – Professor …": entries run into one line, each a name, a dash and its
# functions; a name is two to four capitalised words (particles between), after a space or a full stop.
_NAME_THEN_DASH = lazy(
    r"(?:^|(?<=[\s.;]))(?P<name>\p{Lu}\p{Ll}+(?:\s+(?:(?:de|da|do|dos|das|di|del|van|von|der|la|le)\s+)?\p{Lu}\p{Ll}+){1,3})"
    r"\s+[-–—]\s+",
    regex.V1,
)
_RUN_ON_MIN_CHARS = 150
_MIN_RUN_ON_ENTRIES = 3


def entries_run_on_by_dashes(text: str) -> list[str] | None:
    """``António Guedes - Sindicalista … Augusta de Sousa - Sindicalista, … Avelino Pinto – Animador …``: entries
    the scrape ran into one line, cut before each name that a dash follows; None unless the text opens with one
    and holds three or more."""
    if text.count(" - ") + text.count(" – ") + text.count(" — ") < _MIN_RUN_ON_ENTRIES:
        return None  # most long lines: too few dashes to cut at
    starts = [start for m in _NAME_THEN_DASH.finditer(text) if (start := _name_start(text, m)) is not None]
    if len(starts) < _MIN_RUN_ON_ENTRIES or starts[0] != 0:
        return None
    return [text[a:b].strip().rstrip(".;") for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]


def _name_start(text: str, m: regex.Match[str]) -> int | None:
    """Where the name before a dash starts: the words the previous entry's field leaves open stay its
    ("… dirigente do Sindicato dos Professores do Norte Ana Lima -", "…, Porto Rui Costa -")."""
    words = m.group("name").split()
    start = m.start("name")
    while len(words) > 2:
        before = text[:start].split()[-1:]
        opens_field = bool(before) and (before[0].islower() or before[0].endswith(","))
        if not (opens_field and (before[0].islower() or is_place(words[0]))) and not words[0].islower():
            break
        start = text.index(words[1], start + len(words[0]))
        words = words[1:]
    name = " ".join(words)
    return start if looks_like_person(name) else None


# "ADUFPA –Associação dos Docentes …": an acronym, a dash and the body's name open each entry.
_ACRONYM_ENTRY = lazy(r"(?<![\p{L}\p{N}])\p{Lu}{2,}(?:[–\-/]\p{Lu}+)*\s*[–—]\s*(?=\p{Lu}\p{Ll})", regex.V1)
_CAPS_WORD = lazy(r"\p{Lu}{3,}(?:[–\-/]\p{Lu}+)*", regex.V1)
_MIN_ACRONYM_ENTRIES = 3


def acronym_entries(text: str) -> list[str] | None:
    """``ANDES–SN –Sindicato Nacional … ADUFPA –Associação … CSP CONLUTAS –Central …``: organisations
    run together with no separator, each opened by its acronym and a dash.  An acronym word before
    the opening one belongs to it (``CSP CONLUTAS``), unless a conjunction joins it to the text
    before (``Seção IFPA e ETRB``)."""
    starts: list[int] = []
    for m in _ACRONYM_ENTRY.finditer(text):
        start = m.start()
        while True:
            before = text[:start].rstrip()
            word = before.rsplit(" ", 1)[-1] if before else ""
            ahead = before[: len(before) - len(word)].rstrip().rsplit(" ", 1)[-1].casefold() if word else ""
            if not word or not _CAPS_WORD.fullmatch(word) or ahead in block_cues().conjunctions or not ahead:
                break
            start = len(before) - len(word)
        starts.append(start)
    if len(starts) < _MIN_ACRONYM_ENTRIES or starts[0] != 0:
        return None
    return [text[a:b].strip() for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]

