"""Entries of one paragraph told apart by full stops: ``Dr. Anna Berg, Historikerin. Tom Lind, Maler. …``.

A scrape may set a block of signers as one paragraph, each entry a name, a comma and a function, closed
by a full stop as a sentence is.  The commas alone cannot tell the entries apart (``Anna Berg, Historikerin,
Tom Lind`` reads as one signer's fields); the full stops can, once the stops of a title (``Prof. Dr.``) are
put back with the name they open.
"""

from __future__ import annotations

from collections.abc import Callable

from .kind import is_role, looks_like_person
from .segments import split_segments

# Fewer entries than this are read as they stand: two sentences opening with a name may be prose.
_MIN_ENTRIES = 3
# An entry is a name and a short function: a sentence of the article is longer.
_MAX_ENTRY_WORDS = 10
# What is left after the last full stop with no comma (a name cut by the end of the file) is short.
_MAX_TAIL_WORDS = 4


def entries_closed_by_full_stops(body: str, is_full_name: Callable[[str], bool]) -> list[str] | None:
    """The entries of ``body`` when full stops part them, each opening with a full name and holding a comma
    (``Prof. Dr. Peter Adler, Historiker``); else None.  A piece with no comma is a title's stop (``Prof``,
    ``Dr``) and opens the next entry, or, last, a name the file cut short.  Asked only of a paragraph the
    commas could not cut, holding two full stops followed by a space at least."""
    entries: list[str] = []
    pending: list[str] = []
    for piece in body.split(". "):
        pending.append(piece)
        if "," not in piece:
            continue  # "Prof", "Dr": a title's stop, the name follows
        entry = ". ".join(pending).strip()
        pending = []
        fields = split_segments(entry)
        if len(entry.split()) > _MAX_ENTRY_WORDS or not fields or not is_full_name(fields[0]):
            return None
        # "Anna Berg, Staatssekretärin a.D., Tom Lind, Maler": a comma put where a stop was meant
        opened = [at for at in range(1, len(fields)) if is_full_name(fields[at])]
        for start, end in zip([0, *opened], [*opened, len(fields)], strict=True):
            entries.append(", ".join(fields[start:end]))
    if pending:
        tail = ". ".join(pending).strip()
        if len(tail.split()) > _MAX_TAIL_WORDS or not tail[:1].isupper():
            return None
        entries.append(tail)  # "Michael M": a name the end of the file cut
    return entries if len(entries) >= _MIN_ENTRIES else None


def stopped_field_as_comma(text: str) -> str:
    """``Anna Berg. Professor of law.`` → ``Anna Berg, Professor of law``: one entry a line, the name and its
    field each closed by a full stop as a sentence is; any other text as it is.  An initial's stop stays in
    the name (``Tom R. Lind. Poet.``); a line with a comma has its fields already."""
    if ". " not in text or "," in text:
        return text
    pieces = (text[:-1] if text.endswith(".") else text).split(". ", _MAX_NAME_WORDS + 1)
    if len(pieces) > _MAX_NAME_WORDS + 1:
        return text  # a name of four words and its field hold four stops at most (its initials' and its own)
    for cut in range(1, len(pieces)):
        head = ". ".join(pieces[:cut])
        if not head.strip():
            return text
        if len(head.rsplit(None, 1)[-1]) < 2:
            continue  # "Tom R": an initial's stop, the name goes on
        field = ". ".join(pieces[cut:])
        if cut != len(pieces) - 1 or not field[:1].isupper() or len(field.split()) > _MAX_FIELD_WORDS \
                or any(map(str.isdigit, field)):
            return text  # one field after the name, capitalised and short (no "Main St. No 12"): more is a sentence
        words = head.split()
        if not _MIN_NAME_WORDS <= len(words) <= _MAX_NAME_WORDS or not looks_like_person(head) or is_role(head):
            return text
        return f"{head}, {field}"
    return text


# "Anna Berg. Professor of law.": a name of two to four words, a field of a few.
_MIN_NAME_WORDS, _MAX_NAME_WORDS = 2, 4
_MAX_FIELD_WORDS = 8
