"""The signature block: its heading and every entry, one ``Signatory`` each.

A block opens at a heading from ``SIGNATURE_HEADINGS`` (``Signé par:``,
``Signed by:``, ``Подписали:``), or after a closing formula (``Sincerely,``).
It runs over entry lines (blank lines between them allowed) and ends at the
first line that is prose, a contact section or already claimed (boilerplate).
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ..data.signature_words import CLOSING_FORMULAS, SIGNATURE_GROUPS, SIGNATURE_HEADINGS
from ..lines import Line
from ..model import Signatory, SignatureBlock
from ..pipeline import Context
from ..signatories import read_entry
from ..text import fold_key, folded_set, strip_markup

# An entry is short; prose is long and ends a sentence.
_MAX_ENTRY_WORDS = 25
_INLINE_SPLIT = regex.compile(r"\s*;\s*")
_FINAL_AND = regex.compile(r"\s+(?:and|et|und|и|və|y|e|ve|en|i|oraz|och)\s+(?=\p{Lu})", regex.V1)
_CONTACT = regex.compile(
    r"^(?:contact|contacts|kontakt|ansprechpersonen|ansprechpartner|press contact|media contact|pressekontakt"
    r"|контакты|for more information|pour plus d'informations|para mais informacoes)\b"
)


@lru_cache(maxsize=1)
def _headings() -> frozenset[str]:
    return folded_set(SIGNATURE_HEADINGS)


@lru_cache(maxsize=1)
def _closings() -> frozenset[str]:
    return folded_set(CLOSING_FORMULAS)


@lru_cache(maxsize=1)
def _groups() -> frozenset[str]:
    return folded_set(SIGNATURE_GROUPS)


def heading_of(line: Line) -> tuple[str, str] | None:
    """``(heading, rest)`` when the line opens a signature block: ``Signé par:`` → ("Signé par", "")."""
    text = strip_markup(line.text)
    head, sep, rest = text.partition(":")
    if fold_key(head) in _headings() and (sep or not rest):
        return head.strip(), rest.strip()
    return None


def is_prose(text: str) -> bool:
    words = text.split()
    return len(words) > _MAX_ENTRY_WORDS or (len(words) > 8 and text.rstrip().endswith((".", "!", "?")) and ";" not in text)


def _inline_names(text: str) -> list[str]:
    """One paragraph of names: ``A; B; C und D.`` → ``[A, B, C, D]``."""
    text = text.strip().rstrip(".")
    parts = _INLINE_SPLIT.split(text) if ";" in text else regex.split(r"\s*,\s*", text)
    if len(parts) < 2:
        return [text]
    last = _FINAL_AND.split(parts[-1])
    return [p for p in parts[:-1] + last if p.strip()]


def _read_block(ctx: Context, start: int, heading: str | None, inline: str) -> None:
    """Collect entries from line ``start`` (the heading line) on and claim the block."""
    signatories: list[Signatory] = []
    group: str | None = None
    end = start
    if inline:
        for name in _inline_names(inline):
            s = read_entry(name, (start, start), group)
            if s:
                signatories.append(s)
    for line in ctx.lines[start:]:
        if not ctx.is_free(line.number):
            break
        if line.blank:
            continue
        text = line.text
        if _CONTACT.match(fold_key(text)) or (is_prose(text) and not (";" in text and not signatories)):
            break
        if fold_key(text) in _groups() and not text.startswith(("-", "•", "*")):
            group = strip_markup(text).rstrip(":").strip()
            end = line.number
            continue
        names = _inline_names(text) if (";" in text or (text.count(",") >= 3 and len(text.split()) > 12)) else [text]
        for name in names:
            s = read_entry(name if len(names) > 1 else text, (line.number, line.number), group)
            if s:
                signatories.append(s)
        end = line.number
    if not signatories:
        return
    ctx.claim((start, end), "signatures", f"heading {heading!r}" if heading else "closing formula")
    ctx.signatures = SignatureBlock(heading, tuple(signatories), (start, end))


def run(ctx: Context) -> None:
    content = ctx.free_content()
    for line in content:
        found = heading_of(line)
        if found:
            _read_block(ctx, line.number, found[0], found[1])
            if ctx.signatures:
                return
    for line in reversed(content):
        if fold_key(line.text) in _closings():
            _read_block(ctx, line.number, strip_markup(line.text).rstrip(",").strip(), "")
            if ctx.signatures:
                return
