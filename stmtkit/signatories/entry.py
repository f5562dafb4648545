"""Reading one signature entry: ``- Prof. Dr. Ali Köse - Marmara Üniversitesi`` → name, role, affiliation.

Layouts: ``Name``; ``Title Name``; ``Name, Role, Organisation``;
``Name (Organisation)``; ``Name – Role``; ``Role Organisation И.О.Фамилия``
(the name last); ``Organisation, Country``.  An entry whose head is not a
person's name is an organisation and keeps its whole text, less a trailing
country or city.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

from ..data.signature_words import POSTNOMINALS
from ..model import Signatory, SignatoryKind, Span
from ..text import fold
from .key import signatory_key
from .kind import (
    is_function_word,
    is_organisation,
    is_place,
    is_role,
    looks_like_person,
    title_starts,
    titles,
)

# Bullets and numbering in front of an entry: "-", "- ", "•", "1.", "12)", "(3)", "#4".
ENTRY_PREFIX = regex.compile(
    r"^(?:[-–—•*·▪●◦‣+]+\s*|\(?\d{1,4}[.)]\s*(?=\S)|\(\d{1,4}\)\s*|#\d{1,4}\.?\s+|\d{1,4}\s+[-–—]\s+|[✓✔☑]\s*)"
)
# Emoji and symbols around a name: "Anna Berg 🇩🇪", "✍️ Tom Lind".
_SYMBOLS = regex.compile(r"^[\p{So}\p{Sk}\p{Cf}\u2000-\u206f\ufe0f\U0001F1E6-\U0001F1FF\s]+|[\p{So}\p{Sk}\p{Cf}\ufe0f\U0001F1E6-\U0001F1FF\s]+$")
# Contacts and links are short: bounded repeats keep these linear on a 50 MB line of "&lt;" or "[a](".
_EMAIL = regex.compile(r"&lt;[^<>\s]{0,256}@[^<>\s]{0,256}>|<[^<>]{0,256}>|\[?\b[\w.+-]{1,256}@[\w-]{1,256}(?:\.[\w-]{1,256})+\b\]?")
_MD_LINK = regex.compile(r"\[([^\]]{0,256})\]\([^)]{0,256}\)")
_PAREN_CONTACT = regex.compile(r"\s*\((?:[^()]{0,256}:\s*)?[^()]{0,256}(?:@|https?://|www\.|\.(?:com|org|net|me|dev|io|eu|de|fr)\b)[^()]{0,256}\)")
_EMPTY_PARENS = regex.compile(r"\s*[(\[<]\s*[)\]>]")
_URL = regex.compile(r"\s*(?:https?://|www\.)\S{1,512}")
_BARE_HANDLE = regex.compile(r"(?<=\S)\s+@[\w.-]{1,256}(?:@[\w.-]{1,256})?$")
# "Name – Role", "Name -University", "Name- University"; not "Hotel- und Gastronomieverband".
_DASH = regex.compile(r"\s+[-–—]\s+|\s+[-–—](?=\p{Lu})|(?<=\p{Ll})[-–—]\s+(?=\p{Lu})")
# "2 days ago", "3 часа назад", "5 gün önce", "il y a 2 jours", "vor 3 Tagen", "hace 2 días", "12.05.2024"
_TIME_STAMP = regex.compile(
    r"^\d+\s+\p{L}+\s+(?:ago|назад|тому|önce|əvvəl|fa)$|^(?:il y a|vor|hace)\s+\d+\s+\p{L}+$"
    r"|^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$|^(?:yesterday|today|вчера|сегодня|dün|bugün|hier|gestern|heute)$",
    regex.I,
)
_TITLE_BODY = regex.compile(r"\p{Lu}{2,6}\b\s+(?=\p{Lu})")
_PAREN_TAIL = regex.compile(r"^(?P<head>[^()]+?)\s*\((?P<inner>[^()]+)\)$")
# A final full stop that belongs to the name: "Jay W.", "P.O.", "… e.V.", "Inc.", "Jr.".
_KEEP_FINAL_DOT = regex.compile(r"(?:(?:^|[\s.])\p{L}|\be\.\s?V|\b(?:Inc|Ltd|Co|Corp|Jr|Sr|St|Bros)|\.\p{L}{1,2})\.$")
_AND = regex.compile(r"\s+(?:and|&|et|und|и|və|ve|y|e|en|i|oraz|och|та|і)\s+")


# Pieces of contact text after a name, from real signature pages:
# "@hertog@tech.example (…)", "[@fee1-dead](https://…)", "Ruby ([srxl](https://…))", "(GitHub: )".
_LEADING_HANDLE = regex.compile(r"^@[\w.-]{1,256}(?:@[\w.-]{1,256})?")
_LINKED_HANDLE = regex.compile(r"^\[(@[^\]]{1,256})\]\([^)]{0,256}\)")
_PAREN_PROFILE_LINK = regex.compile(r"\s*\(\s*\[[^\]]{0,256}\]\([^)]{0,256}\)\s*\)")
_HANDLE_OR_DOMAIN = regex.compile(r"^@|@|\.\w")
_BRACKET_HANDLE = regex.compile(r"\[@[^\]]{0,256}\]")
_LINK_IN_BRACKETS = regex.compile(r"\[?\(\[[^\]]{0,256}\]\([^)]{0,256}\)+\)?\]?|\[\(@[^)]{0,256}\)\]\([^)]{0,256}\)|\(\[[^\]]{0,256}\]\)\([^)]{0,256}\)+")
_PAREN_HANDLE = regex.compile(r"\s*\(\s*@[^()]{0,256}\)")
_EMPTY_LABEL_PARENS = regex.compile(r"\(\s*[A-Za-z]+:\s*\)")
_TRAILING_OPENERS = regex.compile(r"[\s(\[<>]{1,256}$")
# Capitals made readable: "O'NEILL" → "O'Neill".
_LETTERS = regex.compile(r"\p{L}+")
_APOSTROPHE_PREFIX = regex.compile(r"\b(\p{L})['’](\p{L})")
# "Africa Trade Network (ATN)": the brackets hold an acronym.
_ACRONYM_INNER = regex.compile(r"^[\p{Lu}\d&\-]{2,}$")
_INITIALS_NAME_LAST = regex.compile(r"(?:^|\s)((?:\p{Lu}\.\s?){1,3}\p{Lu}[\p{Ll}'’\-]+)$")
_SPACES = regex.compile(r"\s+")
_LETTER_OR_DIGIT = regex.compile(r"[\p{L}\p{N}]")


def _may_hold_contact(text: str) -> bool:
    """Every pattern of ``_strip_contact_pieces`` needs one of these: "Anna Berg, Mayor" skips them all."""
    return "(" in text or "[" in text or "<" in text or "@" in text or "www." in text or "://" in text


def _strip_contact_pieces(rest: str) -> str:
    # Each pattern runs only when the text holds the literal it cannot match without
    # ("](" for a markdown link, "@" or "<" for an e-mail): "@ktemkin <kate@…>" skips the link patterns.
    if "](" in rest:
        # "Ruby ([srxl](https://srxl.example))": a profile link in brackets is a contact, whatever its text
        rest = _PAREN_PROFILE_LINK.sub("", rest)
        rest = _MD_LINK.sub(lambda m: "" if _HANDLE_OR_DOMAIN.search(m.group(1)) else m.group(1), rest)
    if "[@" in rest:
        rest = _BRACKET_HANDLE.sub("", rest)
    if "([" in rest or "[(@" in rest:
        rest = _LINK_IN_BRACKETS.sub("", rest)
    # a contact in brackets holds "@", "://", "www." or a dot before its domain: "(ATN)" holds none
    if "(" in rest and ("@" in rest or "." in rest or "://" in rest):
        rest = _PAREN_CONTACT.sub("", rest)
    if "@" in rest or "<" in rest:
        rest = _EMAIL.sub("", rest)
    if "(" in rest and "@" in rest:
        rest = _PAREN_HANDLE.sub("", rest)
    if "](" in rest:
        rest = _MD_LINK.sub(lambda m: "" if m.group(1).startswith("@") or "." in m.group(1) else m.group(1), rest)
    if "://" in rest or "www." in rest:
        rest = _URL.sub("", rest)
    if "(" in rest or "[" in rest or "<" in rest:
        rest = _EMPTY_PARENS.sub("", rest)
    if "(" in rest and ":" in rest:  # "(GitHub: )"
        rest = _EMPTY_LABEL_PARENS.sub("", rest)
    return rest


# Cached per document: a line is stripped when read as a paragraph of names and again when cleaned.
@lru_cache(maxsize=65_536)
def strip_contacts(text: str) -> str:
    """Drop e-mails, handles and links after a name.

    >>> strip_contacts("kiara <kiara@example.org>"), strip_contacts("Evie ([@ev](https://github.com/ev))")
    ('kiara', 'Evie')
    >>> strip_contacts("@hertog@tech.example (Hertog@fsfe.example)")
    '@hertog@tech.example'
    """
    original = text.strip()
    if not _may_hold_contact(original) and not original.endswith((")", ">")):
        # "Anna Berg": no "@", bracket, "<" or link for any piece below, no closer to trim
        return original.strip(" ,;|")
    return _strip_contacts_from(original)


def _strip_contacts_from(original: str) -> str:
    """``strip_contacts`` of a stripped text, every piece asked for."""
    # Both leading patterns open with "@" or "[@": a name opening with a letter skips them.
    handle_only = _LEADING_HANDLE.match(original) if original[:1] == "@" else None
    head = handle_only.group(0) if handle_only else ""
    linked = _LINKED_HANDLE.match(original) if original[:2] == "[@" else None
    if linked:  # "[@fee1-dead](https://github.com/fee1-dead)": the handle is the name
        head, original = linked.group(1), linked.group(1) + original[linked.end():]
    rest = original[len(head):]
    if _may_hold_contact(rest):
        rest = _strip_contact_pieces(rest)
    text = (head + rest).strip()
    if not text.startswith("@") and "@" in text:
        text = _BARE_HANDLE.sub("", text)
    if text[-1:].isspace() or text[-1:] in ("(", "[", "<", ">"):
        # the pattern is anchored at the end only: on a text ending otherwise it would try every position
        text = _TRAILING_OPENERS.sub("", text)
    while text.endswith(")") and text.count(")") > text.count("("):
        text = text[:-1].rstrip()
    return text.strip(" ,;|")


def strip_final_dot(text: str) -> str:
    """``Transnational Institute.`` → ``Transnational Institute``; ``Jay W.`` and ``… e.V.`` keep theirs."""
    # A match closes the text and is five characters at most ("e. V."): searched from eight before
    # the end (\b and ^ still see the whole text), not from every position of a 2,000-character line.
    if text.endswith(".") and not text.endswith("..") and not _KEEP_FINAL_DOT.search(text, max(0, len(text) - 8)):
        return text[:-1].rstrip()
    return text


def readable_caps(name: str) -> str:
    """``ISLAM BAFADAROV`` → ``Islam Bafadarov``, ``JEAN-LUC O'NEILL`` → ``Jean-Luc O'Neill``; mixed case is kept."""
    # The first letter in lower case settles it ("Islam Bafadarov" at its second character).
    letters = 0
    for c in name:
        if c.isalpha():
            if not c.isupper():
                return name
            letters += 1
    if letters < 4 or len(name.split()) < 2:
        return name

    def word(w: str) -> str:
        out = _LETTERS.sub(lambda m: m.group(0).capitalize(), w.lower())
        return str(_APOSTROPHE_PREFIX.sub(lambda m: f"{m.group(1)}'{m.group(2).upper()}", out))

    return " ".join(word(w) for w in name.split())


@lru_cache(maxsize=1)
def _postnominals() -> frozenset[str]:
    return frozenset(POSTNOMINALS)


@lru_cache(maxsize=65_536)  # per document: the bare-run check and the entry reading both ask
def split_title(text: str) -> tuple[str | None, str]:
    """Leading titles → role: ``Prof. Dr. Ali Köse`` → (``Prof. Dr.``, ``Ali Köse``)."""
    folded = fold(text)
    if len(folded) != len(text):  # a fold that changed lengths (ß, ligatures): match on the text itself
        folded = text.casefold()
    end = 0
    while True:
        rest = folded[end:]
        # most names start with no title: a set lookup, else one call, not one per title
        if rest[:2] not in title_starts() or not rest.startswith(titles()):
            break
        for title in titles():
            if rest.startswith(title) and (
                len(rest) == len(title) or title.endswith(".") or not rest[len(title)].isalpha()
            ) and rest[len(title):len(title) + 1] not in ("-", "'"):
                end += len(title)
                while end < len(folded) and folded[end] in " ,":
                    end += 1
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
    return text[:end].strip(" ,"), text[end:].strip()


_BRACKETS_OR = {sep: regex.compile(rf"[()\[\]{sep}]") for sep in ",;"}


def split_outside_brackets(text: str, sep: str) -> list[str]:
    """Split on ``sep`` (``,`` or ``;``) where no bracket is open: ``A (B, C), D`` → ``["A (B, C)", " D"]``.

    A closing bracket with none open is ignored.  The loop visits the brackets and
    separators only, not every character: a paragraph of 21 members is one 2,000-character line.
    """
    if "(" not in text and "[" not in text:
        return text.split(sep)  # no bracket opens: every separator is outside one
    parts: list[str] = []
    depth = start = 0
    for m in _BRACKETS_OR[sep].finditer(text):
        c = m.group()
        if c in "([":
            depth += 1
        elif c in ")]":
            depth -= depth > 0
        elif depth == 0:
            parts.append(text[start : m.start()])
            start = m.end()
    parts.append(text[start:])
    return parts


def split_segments(text: str) -> list[str]:
    """Split on commas outside brackets: ``A (B, C), D`` → ``["A (B, C)", "D"]``."""
    if "," not in text:
        whole = text.strip()  # most names: one segment, no generator
        return [whole] if whole else []
    return [p for p in (part.strip() for part in split_outside_brackets(text, ",")) if p]


def _own_acronym(head: str, inner: str) -> bool:
    """``Africa Trade Network (ATN)``: the brackets hold the head's own acronym."""
    inner = inner.strip()
    return bool(_ACRONYM_INNER.match(inner)) and inner[:1].casefold() == head.strip()[:1].casefold()


def _paren_tail(text: str) -> regex.Match[str] | None:
    """``Head (inner)``: one bracket pair closing the text.

    The pattern's lazy head tries every position; a text without exactly one "(" or not
    ending in ")" cannot match (a paragraph of 21 members was 2 us a try).
    """
    if not text.endswith((")", ")\n")) or text.count("(") != 1:
        return None
    return _PAREN_TAIL.match(text)


def _drop_place_tail(text: str) -> tuple[str, str | None]:
    """``Alliance Sud, Switzerland`` → (``Alliance Sud``, ``Switzerland``); ``… (Ghana)`` likewise."""
    segments = split_segments(text)
    if len(segments) >= 2 and is_place(segments[-1]):
        return text[: text.rindex(",")].rstrip(" ,"), segments[-1]
    m = _paren_tail(text)
    if m and is_place(m.group("inner")):
        return m.group("head").strip(), m.group("inner")
    return text, None


_PATRONYMIC = regex.compile(r"(?:ович|евич|ич|овна|евна|ична|инична|oviç|ovich|evich|ovna|evna|oğlu|qızı)$", regex.I)


def _name_last(text: str) -> tuple[str, str] | None:
    """``Role Organisation Name``: the name closes the entry.

    ``Член-корр РАН И.В.Волович`` → (``Член-корр РАН``, ``И.В.Волович``) by its initials;
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
    for size in (3, 2) if len(words) >= 4 and _PATRONYMIC.search(words[-2]) else (2,):
        name, role = words[-size:], words[:-size]
        if not all(w[:1].isupper() for w in name):
            continue  # the name's words are capitalised: "… Wohnungsunternehmen e.V." asks no role question
        opens = is_role(role[0], lowercase_is_role=False)
        # "… Birliyinin sədri Elçin Vəliyev", "Amnesty International Director Kate Allen"
        follows = (is_role(role[-1], lowercase_is_role=False) or is_function_word(role[-1])) and (
            role[-1][:1].islower() or len(role) >= 2
        )
        if opens or follows:
            joined = " ".join(name)
            if looks_like_person(joined) and not is_organisation(joined):
                return " ".join(role).strip(" ,–-"), joined
    return None


def person_parts(tail: list[str]) -> tuple[list[str], list[str]]:
    """The parts after a person's name → (roles, affiliations).

    Roles come before the first affiliation; what follows belongs to it
    (``Wellesley College, USA``).  A place alone is dropped (``Jane Roe, Berlin``),
    and so is a time stamp of a petition page (``Anna Berg, Oslo, 2 days ago``).
    """
    roles: list[str] = []
    affiliations: list[str] = []
    for part in map(strip_symbols, tail):
        if not part or _TIME_STAMP.search(part):
            continue
        if affiliations:
            affiliations.append(part)
        elif is_place(part):
            continue  # "Jane Roe, Berlin": a city alone is not an affiliation
        elif is_role(part):
            # a function, even of a body: "член правления центра «Мемориал»", "President of the Republic"
            roles.append(part)
        else:
            affiliations.append(part)
    return roles, affiliations


def split_postnominals(name: str) -> tuple[str, list[str]]:
    """Letters after a name → role: ``Sarah Quinn MEP`` → (``Sarah Quinn``, [``MEP``]), ``Eva Holm FRS``."""
    words = name.split()
    if len(words) < 2 or words[-1].strip(",") not in _postnominals():
        return " ".join(words).rstrip(","), []  # most names end with no letters: no list to grow
    letters: list[str] = []
    while len(words) >= 2 and words[-1].strip(",") in _postnominals():
        letters.insert(0, words.pop().strip(","))
    return " ".join(words).rstrip(","), letters


def _split_head(rest: str) -> tuple[str, list[str]]:
    """The name part and the parts after it, cut at the first comma, dash or bracket."""
    if "," not in rest and "(" not in rest and "-" not in rest and "–" not in rest and "—" not in rest:
        return rest.strip(), []  # "Anna Berg": no comma, dash or bracket to cut at (split_segments strips)
    segments = split_segments(rest)
    head, tail = segments[0], segments[1:]
    # every separator of _DASH holds a dash: "Anna Berg" has none to split at
    dash = _DASH.split(head, maxsplit=1) if "-" in head or "–" in head or "—" in head else [head]
    if len(dash) == 2 and dash[0].strip():
        return dash[0].strip(), [dash[1].strip(), *tail]
    m = _paren_tail(head)
    if m:  # "Anna Berg (Director, Harbor Union)": the bracket holds its own fields
        return m.group("head").strip(), [*split_segments(m.group("inner")), *tail]
    return head, tail


def read_entry(raw: str, lines: Span, group: str | None = None, group_kind: SignatoryKind | None = None) -> Signatory | None:
    """One entry → ``Signatory``; None when nothing name-like is left."""
    found = read_entries(raw, lines, group, group_kind, split_pairs=False)
    return found[0] if found else None


# Per document: a line read as a paragraph of names (inline_names) and as an entry loses its bullet once.
@lru_cache(maxsize=65_536)
def without_entry_prefix(text: str) -> str:
    """``- Anna Berg`` → ``Anna Berg``, ``12) Anna Berg`` → ``Anna Berg``; stripped."""
    text = text.strip()
    if text[:1].isalpha():
        return text  # every bullet and number opens with a mark or a digit, no letter
    # the pattern is anchored: its one match, cut off, is what sub("") leaves (without building a template)
    m = ENTRY_PREFIX.match(text)
    return text[m.end() :].strip() if m else text


# Cached because the signature stage reads each line of a run three times (is it a name,
# is the run mostly people, the entries); the stage clears it per document.
@lru_cache(maxsize=65_536)
def clean_entry_text(raw: str) -> str:
    """The entry without bullet or number, contacts and a final separator."""
    text = strip_symbols(strip_contacts(without_entry_prefix(raw.strip().replace("\n", " "))))
    if "  " in text or not text.isprintable():
        # only a run of spaces or another white space (tab, NBSP: none of them printable) changes
        text = _SPACES.sub(" ", text)
    return strip_final_dot(text.strip(" ,;"))


def strip_symbols(text: str) -> str:
    """``Anna Berg 🇩🇪`` → ``Anna Berg``: emoji, symbols and spaces around a name."""
    if text and (text[0].isalnum() or not _may_be_symbol(text[0])) and (text[-1].isalnum() or not _may_be_symbol(text[-1])):
        # the pattern removes a run at either end: with no such character there (a letter, a
        # dot, a bracket) it can remove nothing, and its second half would try every position
        return text
    return str(_SYMBOLS.sub("", text))


# The categories of _SYMBOLS' characters, white space (Z*, and Cc for tab and newline) and
# unassigned code points (the regex module may know newer emoji than unicodedata):
# a superset of the class, checked over every code point.
_SYMBOL_CATEGORIES = frozenset({"So", "Sk", "Cf", "Zs", "Zl", "Zp", "Cc", "Cn"})


def _may_be_symbol(c: str) -> bool:
    if c.isalnum() or c in ".,;:)]}'\"-":
        return False  # most ends of a name: letters, digits and common punctuation
    return unicodedata.category(c) in _SYMBOL_CATEGORIES or "\u2000" <= c <= "\u206f" or c == "\ufe0f"


def read_entries(
    raw: str,
    lines: Span,
    group: str | None = None,
    group_kind: SignatoryKind | None = None,
    *,
    split_pairs: bool = True,
) -> list[Signatory]:
    """One entry → its signatories: usually one, two for ``Anna Berg and Tom Lind``."""
    text = clean_entry_text(raw)
    if not text or not (text[:1].isalpha() or _LETTER_OR_DIGIT.search(text)):  # most open with a letter
        return []
    pair = _two_people(text) if split_pairs and group_kind != "organisation" else None
    if pair:
        return [_make(readable_caps(n), "person", raw, lines, None, None, group) for n in pair]
    role, rest = split_title(text)
    roles: list[str] = [role] if role else []
    affiliations: list[str] = []
    kind: SignatoryKind
    if group_kind == "organisation" and not role:
        kind, name = "organisation", _drop_place_tail(text)[0]
    else:
        head, tail = _split_head(rest)
        head_words = head.split()
        head_is_person = (
            looks_like_person(head, lowercase_ok=True)
            and not (tail and _own_acronym(head, tail[0]) and not role)
            and not (len(head_words) > 2 and is_role(head_words[0], lowercase_is_role=False))
            # "Milli Məclisin deputatı Səbinə Əhmədova": a function word inside, the name after it
            # (a two-word head has no inside word)
            and not (len(head_words) > 2 and any(w[:1].islower() and is_function_word(w) for w in head_words[1:-1]))
        )
        if not head_is_person and not role and not tail and (last := _name_last(head)):
            roles.append(last[0])
            head, head_is_person = last[1], True
        elif not head_is_person and not role and tail and is_role(head) and _is_full_name(tail[0]):
            # "Presidenta de la Fundación Sur, María López": the function first, then the name
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
        else:
            kind, name = "organisation", _drop_place_tail(rest)[0]
    if kind == "person":
        name = readable_caps(name)
    if not name:
        return []
    return [_make(name, kind, raw, lines, ", ".join(roles) or None, ", ".join(affiliations) or None, group)]


def _is_full_name(text: str) -> bool:
    return len(text.split()) >= 2 and looks_like_person(text) and not is_role(text) and not is_place(text)


def _two_people(name: str) -> list[str] | None:
    """``Anna Berg and Tom Lind`` → both, when each side is a full name of its own."""
    if name.count(" ") < 2:
        # the pattern needs a space on both sides of its word, and a cleaned entry's only
        # white space is " " (clean_entry_text made the others one): "Anna Berg" has one
        return None
    parts: list[str] = _AND.split(name)
    if len(parts) == 2 and all(len(p.split()) >= 2 and looks_like_person(p) for p in parts):
        return parts
    return None


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
