"""Lines of ``Name Function`` with no separator, one signer a line: ``Ada Lind Poet`` / ``Tom Berg Filmmaker``.

A scrape may drop the comma (or the cell) between each signer's name and function.  One line alone cannot be
cut so (``Mary Ann Baker`` is a name of three words), but a paragraph whose lines mostly read as a name of two
to four words and then a function can: the shape repeated says where each name ends.  Each such line gets its
comma back, and the entries are read as ``Name, Function`` lines are.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lines import Line
from .kind import is_organisation, is_particle, is_role, looks_like_person
from .roles import office_split, split_title
from .rows import Row

# A paragraph of fewer lines says too little; most of its lines must read so.
_MIN_ROWS = 5
_MAX_NAME_WORDS = 4
MAX_LINE_WORDS = 12


def name_cut(text: str, *, function_only: bool = False) -> int | None:
    """Where the name ends in ``text`` (after its titles): the fewest capitalised name words, two at least,
    before words that read as a function or a body (a function only, when ``function_only``); None when no
    cut reads so."""
    rest = split_title(text)[1]
    words = rest.split()
    for cut in range(2, min(len(words), _MAX_NAME_WORDS + 1)):
        last = words[cut - 1]
        if not last[:1].isupper() or (len(last) <= 2 and last.endswith(".")):
            continue  # "Hans von …", "Jean E. …": a particle or an initial does not close a name
        name, after = " ".join(words[:cut]), " ".join(words[cut:])
        # the short name asked first: the function or body after it is the longer text to read
        if looks_like_person(name) and not is_role(name) \
                and (is_role(after, lowercase_is_role=False) or (not function_only and is_organisation(after))):
            end = max(len(text) - len(rest), 0)  # the name's words found in the text itself, spaces as written
            for word in words[:cut]:
                at = text.find(word, end)
                if at < 0:
                    return None
                end = at + len(word)
            return end
    return None


# What sets a name apart from its function where the page kept a separator: no run-on layout then.
_SEPARATORS = (",", ";", " – ", " - ", " — ", "(", ":", "\t", "|", " / ")


def separated(text: str) -> bool:
    """A separator between a name and its function somewhere in ``text``."""
    return any(mark in text for mark in _SEPARATORS)


def with_comma(line: Line, cut: int) -> Line:
    """``line`` with a comma put back after its name, which ends at ``cut``."""
    return Line(line.number, line.raw, f"{line.text[:cut]}, {line.text[cut:].strip()}")


def names_run_into_roles(rows: Sequence[Row]) -> list[Row] | None:
    """The rows with a comma put back after each name run into its function, when most of a paragraph's
    lines (five at least, no separator in any) read so; None otherwise.  A line an office's letters already
    cut (``Jane Roe MP Green Party``) stays as it is."""
    if len(rows) < _MIN_ROWS or any(row.after_blank for row in rows[1:]) or any(separated(row.line.text) for row in rows):
        return None
    cuts: list[int | None] = []
    misses = 0
    allowed = len(rows) // 3
    for row in rows:
        text = row.line.text
        n = len(text.split())
        cut = name_cut(text) if 3 <= n <= MAX_LINE_WORDS and office_split(text) is None else None
        cuts.append(cut)
        if cut is None:
            misses += 1
            if misses > allowed:
                return None
    out = []
    for row, cut in zip(rows, cuts, strict=True):
        line = row.line
        if cut is not None:
            line = with_comma(line, cut)
        out.append(row._replace(line=line))
    return out


def entries_run_into_functions(text: str) -> list[str] | None:
    """A paragraph of entries set apart by commas, each a name run into its function (``Ana Gil poet and
    translator in Lyon (69), Tom Lind actor, member of the union (75), …``): the entries, each with a comma put
    back after its name; None unless five at least read so, and two in three of the pieces that open with a
    capital (a piece in lower case, or one more in capitals that reads as no entry, is the function's going on)."""
    if ";" in text or text.count(", ") < _MIN_ROWS - 1:
        return None  # (most paragraphs: one C count)
    if (flat := _functions_run_into_names(text)) is not None:
        return flat
    entries: list[list[str]] = []
    capitalised = misses = 0
    for piece in text.rstrip(" .").split(", "):
        if piece[:1].isupper():
            capitalised += 1
            words = piece.split(None, MAX_LINE_WORDS * 2)
            # the shape first (a name is two capitalised words at least): a prose lede's clauses seldom open so
            cut = name_cut(piece, function_only=True) if 3 <= len(words) <= MAX_LINE_WORDS * 2 \
                and (words[1][:1].isupper() or is_particle(words[1])) else None
            if cut is not None:
                entries.append([piece[:cut], piece[cut:].strip()])
                continue
            misses += 1
        if not entries:
            return None  # the paragraph opens with no entry: prose, or a list of another kind
        entries[-1][1] += f", {piece}"
    if len(entries) < _MIN_ROWS or misses * 3 > capitalised:
        return None
    return [f"{name}, {function}" for name, function in entries]


def _functions_run_into_names(text: str) -> list[str] | None:
    """``Ada Lind, poet, translator Tom Berg, actor Eva Holm, …``: a paragraph of ``Name, function, …`` entries
    whose line breaks the scrape lost, each function in small letters run into the next name (Hungarian,
    Polish, Czech write functions so).  The entries, each ending before the next name; None unless five at
    least read so and two in three of the pieces that open no entry open in small letters."""
    head = text[: text.find(", ")]  # (the opening name asked before the paragraph is cut: most paragraphs fail it)
    if not 1 <= head.count(" ") <= _MAX_NAME_WORDS - 1 or not looks_like_person(head):
        return None
    pieces = text.rstrip(" .").split(", ")
    entries, lower, other = [[pieces[0]]], 0, 0
    for piece in pieces[1:]:
        words = piece.split()
        if len(words) > MAX_LINE_WORDS:
            return None  # a clause of prose, no function
        lower += piece[:1].islower()
        other += not piece[:1].islower()
        name_at = len(words)  # the name closing the piece: its capitalised words after a word in small letters
        while name_at > 1 and len(words) - name_at < _MAX_NAME_WORDS and words[name_at - 1][:1].isupper() \
                and words[name_at - 1].isalpha():
            name_at -= 1
        if len(words) - name_at >= 2 and words[name_at - 1][:1].islower() and looks_like_person(name := " ".join(words[name_at:])):
            entries[-1].append(" ".join(words[:name_at]))
            entries.append([name])
        else:
            entries[-1].append(piece)
    if len(entries) < _MIN_ROWS or lower < 2 * other or any(len(entry) < 2 for entry in entries[:-1]):
        return None
    return [", ".join(entry) for entry in entries]
