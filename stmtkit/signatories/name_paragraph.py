"""A paragraph that is a list of names: ``A e.V.; B e.V.; … und C``, ``A (role, prize), B (role), …``."""

from __future__ import annotations

from ..patterns import lazy
from .inline import inline_names, names_by_dashes
from .kind import looks_like_person
from .lines import at_least_words
from .placed import entries_closed_by_places
from .roles import office_split
from .run_on_roles import entries_run_into_functions
from .run_together import MIN_RUN_CHARS, names_run_together
from .segments import with_ascii_separators

_SEMICOLON, _COMMA = r"\s*;\s*", r",\s+"
_NAME_SEPARATORS = lazy(f"{_SEMICOLON}|{_COMMA}")
# A text with no semicolon is cut where the comma's alternative alone cuts it (the other matches nowhere), and
# that pattern opens with its comma, which the engine skips to: the whole pattern was tried at every character
# of a paragraph (19 ns a character; a median page's last paragraph cost some 3 us, six times the comma's search).
_COMMA_SEPARATOR = lazy(_COMMA)
_MAX_CASELESS_NAME_WORDS = 4
# What the cut of a paragraph of bracketed names looks at: brackets, commas and semicolons.
_CUT_MARKS = lazy(r"[()\[\],;]")


def is_name_paragraph(text: str) -> bool:
    """A long line that is a list of names: ``A e.V.; B e.V.; … und C``, ``A (role, prize), B (role), …``."""
    if (" – " in text or " — " in text) and len(inline_names(text)) >= 3:
        return True  # "ACAT – Droits des migrants – Cimade – GISTI – …": names set apart by dashes
    if names_by_dashes(text) is not None:
        return True  # "Ana Gil - Dr. Tom Lind - Eva Holm": people set apart by hyphens
    if entries_run_into_functions(text) is not None:
        return True  # "Ana Gil poet (69), Tom Lind actor (75), …": each name run into its function
    parts = _name_parts(text)
    if len(parts) < 3:
        separated = with_ascii_separators(text)  # "سلمى حسن، عمر خالد، …"
        if separated is text:
            return len(text) >= MIN_RUN_CHARS and names_run_together(text) is not None  # "Marta Nowak Piotr Zieliński …"
        text, parts = separated, _name_parts(separated)
        if len(parts) < 3:
            return False
    short = sum(1 for p in parts if len(p.split()) <= 20)
    if short == len(parts) and (";" in text or sum(1 for p in parts if _name_part(p.strip(" ."))) * 3 >= len(parts) * 2):
        return True
    if short == len(parts) and ";" not in text and entries_closed_by_places([p.strip() for p in parts]):
        return True  # "Anna Berg, actor, Oslo, Tom Lind, poet, Bergen, …": commas alone, each entry closed by its place
    return "(" in text and _names_with_brackets(text)


def _name_parts(text: str) -> list[str]:
    """The pieces of ``text`` between its semicolons and its commas before a space, each holding more than space."""
    return [p for p in (_NAME_SEPARATORS if ";" in text else _COMMA_SEPARATOR).split(text) if p.strip()]


def _name_part(part: str) -> bool:
    """A name in a paragraph of names; in a script without case (no capital to tell) a name of a few words
    only, so that a sentence's short clauses between commas ("وإعادة إعمار غزة") are not names."""
    if part.count(" ") >= 3 and (office := office_split(part)) is not None:
        part = office[0]  # "Jane Roe MP Green Party": the name before the office's letters
    first = part[:1]
    caseless = first.isalpha() and first.lower() == first.upper()
    return looks_like_person(part) and not (caseless and at_least_words(part, _MAX_CASELESS_NAME_WORDS + 1))


def _names_with_brackets(text: str) -> bool:
    """``Name (role, prize), Name (role), …``: cut at the commas outside brackets, two in three
    parts a name before its bracket."""
    parts: list[str] = []
    depth, start = 0, 0
    for mark in _CUT_MARKS.finditer(text):  # a paragraph's brackets, commas and semicolons, not each character
        ch = mark.group()
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(depth - 1, 0)
        elif depth == 0:
            i = mark.start()
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    heads = [p.split("(", 1)[0].strip(" .") for p in parts if p.strip()]
    if len(heads) < 3 or any(at_least_words(h, 6) for h in heads):
        return False
    return sum(1 for h in heads if looks_like_person(h)) * 3 >= len(heads) * 2
