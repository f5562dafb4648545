"""An entry set out function first, one field a line: ``Chair`` / ``Helen Marsh`` / ``Harbour Union``.

``stmtkit.signatories.layouts`` asks these when it cuts a block into entries.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lines import Line
from ..model import Span
from .cleaning import clean_entry_text
from .inline import is_full_name
from .kind import is_role, looks_like_person
from .roles import article_then_function, field_lines_parts, split_title
from .rows import Entry

# A line holding one of these holds more than a function alone: fields, a name and its function.
_FIELD_MARKS = (",", "(", " – ", " - ", " — ")


def function_alone(text: str) -> bool:
    """A function with no name: ``председатель совета ветеранов``; and, shaped like a name (capitals), one word
    (``Chair``, ``Vorsitzende``) or words closed by a function word (``Executive Director``).  ``Dean Smith`` opens
    with a function word but closes with a surname: a name."""
    text = text.rstrip(" ,")  # "Preşedinte executiv," over the name: the comma closes the line
    if not is_role(text) or any(mark in text for mark in _FIELD_MARKS):
        return False  # "Jan Nowak – poeta", "Presidente da Associação (…": a name and its fields, or more than a function
    title, rest = split_title(text)
    if title and is_full_name(rest):
        return False  # "prof. Jan Kowalski": a titled name
    words = text.split()
    if len(words) == 1 or not looks_like_person(text) or is_role(words[-1], lowercase_is_role=False):
        return True
    # "Ο Δήμαρχος Ρόδου", "Le Maire de Brest": an article, then the function (no name opens with an article)
    return article_then_function(words)


def function_over_name(lines: Sequence[Line], span: Span) -> Entry | None:
    """The entry of a function line in capitals over a full name, then the body (``Chair`` / ``Helen Marsh`` /
    ``Harbour Union``); ``None`` for any other entry.  A function in lower case (``председатель совета
    ветеранов``) is read with the name in the joined text, as before."""
    first = clean_entry_text(lines[0].text)
    if len(lines) < 2 or not first[:1].isupper() or not function_alone(first):
        return None
    name = clean_entry_text(lines[1].text)
    if not is_full_name(name) or is_role(name):
        return None
    roles, affiliations = field_lines_parts([first, *(ln.text for ln in lines[2:])])
    return Entry(lines[1].text, span, role=", ".join(roles) or None, affiliation=", ".join(affiliations) or None,
                 explicit=True)
