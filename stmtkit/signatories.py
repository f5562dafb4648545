"""Reading one signature entry: ``- Prof. Dr. Ali Köse - Marmara Üniversitesi`` → name, role, affiliation.

Also ``signatory_key``: the folded form under which the same person matches
across documents and scripts.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from .data.signature_words import NAME_TITLES, ORGANISATION_WORDS
from .model import Signatory, SignatoryKind, Span
from .text import fold

# Bullets and numbering in front of an entry: "-", "- ", "•", "1.", "12)".
ENTRY_PREFIX = regex.compile(r"^(?:[-–—•*·▪●◦‣]+\s*|\(?\d{1,4}[.)]\s+)")
_MD_LINK = regex.compile(r"\[([^\]]*)\]\([^)]*\)\)?")
_EMAIL = regex.compile(r"<?&lt;?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?|<[^<>]*@[^<>]*>|<https?://[^>]*>|<[^<>]*>")
_HANDLE_PARENS = regex.compile(r"\s*\((?:[^()]*?:\s*)?\[?@[^()]*\)|\s*\([^()]*@[^()]*\)|\s*\(\s*\)")
_BARE_HANDLE = regex.compile(r"\s+\[?@[\w.-]+(?:@[\w.-]+)?\]?$")
_ROLE_SPLIT = regex.compile(r"\s+[-–—]\s+")
_KEY_DROP = regex.compile(r"[^\p{L}\p{N} ]+")
# Romanisation variants collapsed in keys (Azerbaijani/Turkish/Russian names in Latin script).
_KEY_VARIANTS = (
    (regex.compile(r"(?<=\p{L})ie(?=va\b)"), "ye"),
    (regex.compile(r"kh"), "x"),
    (regex.compile(r"(?<=\p{L})yev\b"), "ev"),
    (regex.compile(r"(?<=\p{L})iev\b"), "ev"),
    (regex.compile(r"mm+"), "m"),
    (regex.compile(r"ss+"), "s"),
)


@lru_cache(maxsize=1)
def _titles() -> tuple[str, ...]:
    return tuple(sorted((fold(t) for t in NAME_TITLES), key=len, reverse=True))


@lru_cache(maxsize=1)
def _organisation_words() -> frozenset[str]:
    return frozenset(fold(w).rstrip(".") for w in ORGANISATION_WORDS)


def signatory_key(name: str) -> str:
    """Casefolded, accent- and script-folded form: ``Məmmədli``, ``Mammadli`` and ``Мамедли`` agree.

    >>> signatory_key("Ayshan Aslan Mammadli") == signatory_key("Ayshan Aslan Məmmədli")
    True
    """
    from anyascii import anyascii  # lazy: ~5 ms

    text = anyascii(name.translate({0x259: "a", 0x18F: "A"})).casefold()
    text = _KEY_DROP.sub(" ", text)
    for pattern, replacement in _KEY_VARIANTS:
        text = pattern.sub(replacement, text)
    return " ".join(text.split())


def classify_kind(name: str) -> SignatoryKind:
    words = regex.findall(r"[\p{L}\p{N}.]+", fold(name))
    org = _organisation_words()
    if any(w.rstrip(".") in org for w in words):
        return "organisation"
    if "e.v" in fold(name) or "e. v" in fold(name):
        return "organisation"
    raw_words = name.split()
    if len(raw_words) == 1 and len(name) >= 3 and name.isupper():
        return "organisation"  # an acronym: "ACORD", "VOICE"
    if len(raw_words) >= 6:
        return "organisation"
    return "person"


def readable_caps(name: str) -> str:
    """``ISLAM BAFADAROV`` → ``Islam Bafadarov``; names in mixed case are kept."""
    letters = [c for c in name if c.isalpha()]
    if len(letters) >= 4 and all(c.isupper() for c in letters) and len(name.split()) >= 2:
        return " ".join(w.capitalize() if len(w) > 1 else w for w in name.split())
    return name


def strip_contacts(text: str) -> str:
    """Drop e-mails, handles and links after a name: ``kiara <kiara@x.org>`` → ``kiara``."""
    text = _EMAIL.sub("", text)
    text = _HANDLE_PARENS.sub("", text)
    # "([site](https://…))" and "[@x](url)" after a name
    stripped = regex.sub(r"\s*\(?\[[^\]]*\]\([^)]*\)+\)?", "", text).strip()
    text = stripped or _MD_LINK.sub(r"\1", text)
    text = regex.sub(r"\s*\((?:https?://|www\.)[^)]*\)", "", text)
    text = regex.sub(r"\s*\([^()]*\.[a-z]{2,}\)$", "", text)
    if not text.startswith("@"):
        text = _BARE_HANDLE.sub("", text)
    return text.strip(" ,;")


def split_title(text: str) -> tuple[str | None, str]:
    """Leading titles (``Prof. Dr.``, ``Академик``) → role."""
    folded = fold(text)
    role_end = 0
    changed = True
    while changed:
        changed = False
        rest = folded[role_end:]
        for title in _titles():
            if rest.startswith(title) and (len(rest) == len(title) or not rest[len(title)].isalpha() or title.endswith(".")):
                role_end += len(title)
                while role_end < len(folded) and folded[role_end] == " ":
                    role_end += 1
                changed = True
                break
    if role_end == 0 or role_end >= len(text):
        return None, text
    return text[:role_end].strip(), text[role_end:].strip()


def looks_like_person(text: str) -> bool:
    """A short run of words with no organisation word and no digits: ``Ali Aydın Selçuk``."""
    words = text.split()
    return 1 <= len(words) <= 5 and not regex.search(r"\d", text) and classify_kind(text) == "person"


def _role_or_affiliation(part: str) -> str:
    """``"role"`` for functions (``Mayor``, ``председатель комитета``), ``"affiliation"`` for bodies."""
    if classify_kind(part) == "organisation":
        return "affiliation"
    words = part.split()
    if part[:1].islower() or len(words) == 1:
        return "role"
    capitalised = sum(1 for w in words if w[:1].isupper())
    return "affiliation" if capitalised >= 2 else "role"


def read_entry(raw: str, lines: Span, group: str | None = None) -> Signatory | None:
    """One entry → ``Signatory``; None when nothing name-like is left.

    Layouts: ``Name``; ``Title Name``; ``Name, Role, Organisation``;
    ``Name (Organisation)``; ``Name – Organisation``.  An entry whose head is
    not a person's name is an organisation and keeps its whole text.
    """
    text = ENTRY_PREFIX.sub("", raw.strip()).strip()
    text = strip_contacts(text)
    text = text.strip(" ,;")
    if text.endswith(".") and not regex.search(r"(?:\b\p{Lu}|\be\.\s?V)\.$", text):
        text = text[:-1].rstrip()
    if not text:
        return None
    role, rest = split_title(text)
    roles: list[str] = [role] if role else []
    affiliations: list[str] = []
    head, extra = rest, []
    dash = _ROLE_SPLIT.split(rest, maxsplit=1)
    paren = regex.match(r"^(?P<head>[^()]+?)\s*\((?P<inner>[^()]+)\)$", rest)
    if len(dash) == 2:
        head, extra = dash[0], [p.strip() for p in dash[1].split(",") if p.strip()]
    elif "," in rest:
        head, *extra = [p.strip() for p in rest.split(",") if p.strip()]
    elif paren:
        head, extra = paren.group("head"), [paren.group("inner")]
    kind: SignatoryKind = "person" if looks_like_person(head) or (role and head) else "organisation"
    if kind == "organisation":
        name = text if role is None else rest
    else:
        name = head.strip()
        if len(extra) >= 2 and _role_or_affiliation(extra[0]) == "role":
            roles.append(extra[0])
            affiliations.append(", ".join(extra[1:]))
        else:
            for part in extra:
                (roles if _role_or_affiliation(part) == "role" else affiliations).append(part)
    name = readable_caps(name)
    if not name:
        return None
    return Signatory(
        name=name,
        kind=kind,
        key=signatory_key(name),
        raw=raw,
        lines=lines,
        role=", ".join(roles) if roles else None,
        affiliation=", ".join(affiliations) if affiliations else None,
        group=group,
    )
