"""Cutting an entry into its fields: at commas (or semicolons, slashes) outside brackets, with the list
punctuation of other scripts read as the comma."""

from __future__ import annotations

from collections.abc import Callable

import regex

_BRACKETS_OR = {sep: regex.compile(rf"[()\[\]{sep}]") for sep in ",;/"}
# The Arabic comma and semicolon and the ideographic comma separate names as "," and ";" do.
_SCRIPT_SEPARATORS = str.maketrans({"،": ",", "؛": ";", "、": ", "})
# Marks a page sets between names, spaced: read as commas when a line holds two of one and no comma.
_SPACED_MARKS = (" · ", " | ", " • ")


def ideographic_number_end(text: str) -> int:
    """Where an entry's number and the ideographic comma after it end (``1、赵 平 东湖中学`` → 2); 0 when it opens with none."""
    numbered = len(text) - len(text.lstrip("0123456789"))
    return numbered + 1 if 0 < numbered <= 4 and text[numbered : numbered + 1] == "、" else 0


def with_ascii_separators(text: str) -> str:
    """``سلمى حسن، عمر خالد`` → ``سلمى حسن, عمر خالد``: list punctuation of other scripts as the comma; and a
    middle dot, a bullet or a bar set between names (``Anna Berg · Tom Lind · Eva Holm``), twice at least."""
    if "،" in text or "؛" in text or "、" in text:
        numbered = ideographic_number_end(text)  # (that comma numbers the entry, separating nothing)
        return text[:numbered] + text[numbered:].translate(_SCRIPT_SEPARATORS)
    for mark in _SPACED_MARKS:
        if text.count(mark) >= 2 and "," not in text:
            return text.replace(mark, ", ")
    return text


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
    parts = split_outside_brackets(text, ",")
    if "-," in text:
        parts = _suspended_joined(parts)
    return [p for p in (part.strip() for part in parts) if p]


def _suspended_joined(parts: list[str]) -> list[str]:
    """``Korva-, nenä- ja kurkkutautien …``, ``Ein-, Aus- und Umbau``: a word cut at a hyphen before a
    comma shares its end with the words after it (a suspended compound); the comma cuts no field there."""
    joined: list[str] = []
    for part in parts:
        if joined and joined[-1].endswith("-") and joined[-1][-2:-1].isalpha():
            joined[-1] += "," + part
        else:
            joined.append(part)
    return joined


# "Ana Ruiz (Soria) Tomás Gil (Lugo)": two bracketed entries with no comma between them
_TWO_BRACKETED = regex.compile(r"^([^()]+\([^()]*\))\s+(?=\p{Lu})([^()]+\([^()]*\))$")


def bracketed_entries_apart(segments: list[str], full_name: Callable[[str], bool]) -> list[str]:
    """Among comma-separated entries, ``Ana Ruiz (Soria) Tomás Gil (Lugo)`` is two: the page lost a comma.
    Each side must open with a full name (``full_name``), so ``Harbour Union (UK) Branch (North)`` stays."""
    if not any(map(_TWO_BRACKETED.match, segments)):
        return segments  # most lists: no segment holds two bracketed entries (asked without a loop of our own)
    out: list[str] = []
    for segment in segments:
        m = _TWO_BRACKETED.match(segment)
        if m and all(full_name(m.group(k).partition("(")[0].strip()) for k in (1, 2)):
            out.extend((m.group(1), m.group(2)))
        else:
            out.append(segment)
    return out
