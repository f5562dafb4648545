#!/usr/bin/env python3
"""Generate ``stmtkit/data/folded_cues.py``, ``folded_structure.py``, ``folded_dates.py``: cue words folded and grouped.

    python scripts/gen_folded_words.py     # writes the three modules

Run it after changing ``stmtkit/data/signature_words.py``, ``sign_off_words.py``,
``entry_words.py``, ``role_words.py`` (folded_cues), ``structure_words.py``, ``section_words.py`` or
``dateline_words.py`` (folded_structure, folded_dates); ``tests/test_signatories_data.py``,
``tests/test_boilerplate.py`` and ``tests/test_dateline_stage.py`` check that the checked-in
modules equal a fresh generation.
Those lists, in some fifty languages, are the one place a human edits them.  The block
finder, the entry reader, the boilerplate and title stages ask them folded
(``stmtkit.fold``, the functions that fold the text), as sets, grouped by a first character
or word, sorted longest first, or as the alternations of their patterns: worked out at run
time, that was some 85 M instructions of a one-file parse's start-up (more than a tenth).
They are worked out here, once, and loaded as literals; the patterns around the
alternations stay in the modules that use them.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from stmtkit.data.byline_words import BYLINE_LEADS, BYLINE_NOUNS, BYLINE_WORDS  # noqa: E402
from stmtkit.data.chrome_words import CHROME_LINES  # noqa: E402
from stmtkit.data.dateline_words import (  # noqa: E402
    AGENCIES,
    PUBLISHED_LABELS,
    UPDATED_LABELS,
)
from stmtkit.data.entry_words import (  # noqa: E402
    ACADEMIC_BODY_WORDS,
    AWARD_WORDS,
    CAPACITY_REMARKS,
    CJK_ORGANISATION_SUFFIXES,
    LEGAL_FORMS,
    NAME_SUFFIXES,
    NAME_TITLES,
    OFFICE_POSTNOMINALS,
    ORGANISATION_SUFFIXES,
    ORGANISATION_WORDS,
    POSTNOMINALS,
)
from stmtkit.data.role_words import (  # noqa: E402
    COMPOUNDING_LANGUAGES,
    ROLE_ARTICLES,
    ROLE_MODIFIERS,
    ROLE_SUFFIXES,
    ROLE_WORDS,
)
from stmtkit.data.section_words import (  # noqa: E402
    HOME_LINKS,
    MASTHEAD_AGENCY_WORDS,
    MASTHEAD_NEWS_WORDS,
    MASTHEAD_WORDS,
    NEWS_ALERT_LABELS,
    SECTION_WORDS,
    SPONSORED_LABELS,
)
from stmtkit.data.sign_off_words import (  # noqa: E402
    ALSO_WORDS,
    CLOSING_FORMULAS,
    CLOSING_WITH_WORDS,
    CONJUNCTIONS,
    FOR_A_BODY_WORDS,
    ON_BEHALF_PHRASES,
    SIGN_UP_PHRASES,
    SIGNING_STEMS,
    WE_WORDS,
)
from stmtkit.data.signature_words import (  # noqa: E402
    ADDRESSEE_PREFIXES,
    BLOCK_END_HEADINGS,
    COUNTERS,
    CREDIT_BY_WORDS,
    CREDIT_OPENINGS,
    INLINE_SIGN_MARKS,
    NAME_FUNCTION_WORDS,
    ORGANISATION_GROUPS,
    OTHERS_COUNT_WORDS,
    OTHERS_CUES,
    PEOPLE_GROUPS,
    REPLY_HEADINGS,
    SIGNATORY_NOUNS,
    SIGNATURE_HEADINGS,
    TABLE_COLUMNS,
    UNSPACED_COUNT_WORDS,
)
from stmtkit.data.structure_words import (  # noqa: E402
    ABOUT_HEADINGS,
    ACCOUNT_NOTES,
    CHROME_PREFIXES,
    CUE_POINTERS,
    LANGUAGE_NAMES,
    PHOTO_CREDITS,
    PREAMBLE_CUES,
    RIGHTS_RESERVED,
    SHARE_TARGETS,
    SIGNING_NOTES,
)
from stmtkit.fold import fold_aligned, fold_key, fold_words, folded_set  # noqa: E402

OUT = ROOT / "stmtkit" / "data"

# Letters of the scripts written without spaces between words (Han, Kana, Thai, …): a cue of
# theirs is found inside a "word" (as ``stmtkit.signatories.cues.unspaced`` asks of a text).
_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]")
# The scripts whose entries close with their head noun (CJK) or open with it (Thai, …): as
# ``stmtkit.signatories.kind`` tells them apart.
_HEAD_LAST_SCRIPT = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
_HEAD_FIRST_SCRIPT = regex.compile(r"[\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]")


def _unspaced(text: str) -> bool:
    return not text.isascii() and _UNSPACED.search(text) is not None


def _longest_first(words: Iterable[str]) -> list[str]:
    """Longest first; words of one length in code point order (a set has no order of its own)."""
    return sorted(sorted(words), key=len, reverse=True)


def alternation(words: Iterable[str]) -> str:
    """Folded words as a regex alternation, longest first (by the unfolded length) so "a l'attention de" wins over "a"."""
    return "|".join(regex.escape(fold_words(w)) for w in sorted(words if isinstance(words, tuple) else sorted(words),
                                                                   key=len, reverse=True))


def literal_trie(words: list[str]) -> str:
    """A pattern matching exactly ``words`` (sorted, none empty at the top), factored by shared starts:
    ``["and more", "and others"]`` → ``and\\ (?:more|others)``.  A name is tried against a dozen
    first letters at each position, not against every cue."""
    optional = "" in words
    by_first: dict[str, list[str]] = {}
    for word in words:
        if word:
            by_first.setdefault(word[0], []).append(word[1:])
    if not by_first:
        return ""
    branches = [re.escape(first) + literal_trie(rests) for first, rests in sorted(by_first.items())]
    body = branches[0] if len(branches) == 1 and not optional else "(?:" + "|".join(branches) + ")"
    return body + "?" if optional else body


def _literals(words: Iterable[str]) -> str:
    """The alternation of plain literals for the standard library's engine, longest first."""
    return "|".join(re.escape(w) for w in _longest_first(words)) or "(?!)"


def by_first(words: Iterable[str], key: int = 1) -> dict[str, tuple[str, ...]]:
    """``words`` grouped by their first ``key`` characters, each group in the order of ``words``; a word
    shorter than the key (the title "د") is keyed with the space that follows it in a text ("د ")."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:key].ljust(key), []).append(word)
    return {first: tuple(group) for first, group in sorted(groups.items())}


def _first_letters(words: tuple[str, ...], *more: str) -> frozenset[str]:
    """What an anchored alternation of the folded ``words`` (after optional ``more`` marks) can open with."""
    return frozenset(fold_words(w)[:1] for w in words) | frozenset(more)


def _all(table: dict[str, tuple[str, ...]]) -> list[str]:
    return [w for words in table.values() for w in words]


def block_cues() -> dict[str, object]:
    """The fields of ``stmtkit.signatories.cues.BlockCues`` (the patterns as their sources)."""
    headings = folded_set(SIGNATURE_HEADINGS)
    split = [h.split(" ") for h in headings]
    kinds = {w: "person" for w in sorted(folded_set(PEOPLE_GROUPS))}
    kinds.update({w: "organisation" for w in sorted(folded_set(ORGANISATION_GROUPS))})
    stems = tuple(sorted({fold_words(w) for w in _all(SIGNING_STEMS)}))
    closings = tuple(_longest_first(folded_set(CLOSING_FORMULAS)))
    nouns = [w for w in folded_set(SIGNATORY_NOUNS) if _unspaced(w)]
    return {
        "HEADINGS": headings,
        "HEADING_NOUNS": folded_set(SIGNATORY_NOUNS),
        "HEADING_FIRST_WORDS": frozenset(w[0] for w in split),
        "HEADING_LAST_WORDS": frozenset(w[-1] for w in split),
        "CLOSINGS": closings,
        "CLOSINGS_BY_FIRST": by_first(closings),
        "GROUP_KINDS": dict(sorted(kinds.items())),
        "END_HEADINGS": folded_set(BLOCK_END_HEADINGS) | folded_set(REPLY_HEADINGS),
        "REPLY_HEADINGS": folded_set(REPLY_HEADINGS),
        # their first two letters, folded and as written, in lower case, capitalised and in capitals, and a
        # Markdown heading's or bold text's marks: a line opening otherwise is not folded to be looked up
        "REPLY_HEADING_STARTS": frozenset(
            case(two) for two in {h[:2] for h in folded_set(REPLY_HEADINGS)} | {h[:2].lower() for hs in REPLY_HEADINGS.values() for h in hs}
            for case in (str.lower, str.capitalize, str.upper)) | {"##", "# ", "**", "__"},
        "FUNCTION_WORDS": folded_set(NAME_FUNCTION_WORDS),
        "CREDIT_STARTS": _first_letters(CREDIT_OPENINGS),
        "OTHERS_TRIE": literal_trie(sorted({fold_words(w) for w in OTHERS_CUES})),
        # the last word of each: a line of names whose last word is none of these closes with no 'and others'
        "OTHERS_LAST_WORDS": frozenset(fold_words(w).split()[-1] for w in OTHERS_CUES),
        "COUNT_STARTS": _first_letters((*OTHERS_COUNT_WORDS, *UNSPACED_COUNT_WORDS), ".", "…"),
        "OTHERS_CUT": frozenset(
            " ".join(words[:n]) for words in (fold_words(w).split() for w in OTHERS_CUES) for n in range(2, len(words))),
        "INLINE_MARK_STARTS": frozenset(m[0].casefold() for m in INLINE_SIGN_MARKS),
        "SIGNING_STEMS": stems,
        "STEMS_BY_FIRST": by_first(stems),
        "UNSPACED_STEMS": _literals(w for w in stems if _unspaced(w)),
        "UNSPACED_NOUNS": _literals(nouns),
        "ALSO_WORDS": folded_set(ALSO_WORDS),
        "FOR_A_BODY_WORDS": folded_set(FOR_A_BODY_WORDS),
    }


def pattern_words() -> dict[str, object]:
    """The alternations of the block finder's patterns (``stmtkit.signatories.cues``)."""
    by_words = frozenset(CREDIT_BY_WORDS)
    phrases = sorted({fold_words(w) for table in (ON_BEHALF_PHRASES, SIGN_UP_PHRASES) for w in _all(table)})
    return {
        "CREDIT_OPENINGS": alternation(CREDIT_OPENINGS),
        # "Reporting by X" needs no colon; "Foto: X" does
        "CREDIT_BY_OPENINGS": alternation(tuple(w for w in CREDIT_OPENINGS if fold_words(w).split()[-1] in by_words)),
        "CONJUNCTIONS": alternation(frozenset(_all(CONJUNCTIONS))),
        "OTHERS_COUNT_WORDS": alternation(OTHERS_COUNT_WORDS),
        "UNSPACED_COUNT_WORDS": alternation(UNSPACED_COUNT_WORDS),
        "COUNTERS": alternation(COUNTERS),
        "ADDRESSEE_PREFIXES": alternation(ADDRESSEE_PREFIXES),
        "INLINE_SIGN_MARKS": "|".join(regex.escape(m) for m in sorted(INLINE_SIGN_MARKS, key=len, reverse=True)),
        "ON_BEHALF_BY_FIRST_WORD": by_first_word(phrases),
    }


def by_first_word(phrases: list[str], pad: bool = False) -> dict[str, tuple[str, ...]]:
    groups: dict[str, list[str]] = {}
    for phrase in phrases:
        groups.setdefault(phrase.split(" ", 1)[0], []).append(f" {phrase} " if pad else phrase)
    return {first: tuple(group) for first, group in groups.items()}


# A head noun closing a compound function: this many letters at least ("arzt" of "Oberarzt").
_MIN_COMPOUND_HEAD = 4


def compound_heads() -> dict[str, tuple[str, ...]]:
    """The one-word functions of the compounding languages, folded, that may close a compound
    (``professori`` of ``apulaisprofessori``), grouped by their last two letters (a word is asked
    against the few of its own ending, not all); a body's head noun (``vorstand``) and a qualifier
    (``vice``, which closes "service") are left out."""
    bodies = {fold_words(w).rstrip(".") for w in _all(ORGANISATION_WORDS)} | {fold_words(w) for w in _all(ROLE_MODIFIERS)}
    words = {fold_words(w) for lang in COMPOUNDING_LANGUAGES for w in ROLE_WORDS.get(lang, ())}
    heads = sorted(w for w in words if " " not in w and w.isalpha() and len(w) >= _MIN_COMPOUND_HEAD and w not in bodies)
    groups: dict[str, list[str]] = {}
    for head in heads:
        groups.setdefault(head[-2:], []).append(head)
    return {end: tuple(group) for end, group in sorted(groups.items())}


def entry_cues() -> dict[str, object]:
    """The word tables of an entry's pieces (``stmtkit.signatories.kind``, ``roles``, ``layouts``)."""
    roles = {fold_words(w) for w in _all(ROLE_WORDS)}
    titles = _longest_first({form(t) for t in NAME_TITLES for form in (fold_words, str.casefold)})

    def heads(table: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
        folded = {fold_words(w).replace(" ", "") for w in _all(table)}
        return tuple(sorted(w for w in folded if len(w) >= 2 and (_HEAD_LAST_SCRIPT.match(w) or _HEAD_FIRST_SCRIPT.match(w))))

    legal_forms = frozenset(fold_words(w) for w in LEGAL_FORMS)
    columns: dict[str, str] = {}
    for fieldname, names in TABLE_COLUMNS.items():
        for name in names:
            columns.setdefault(fold_key(name), fieldname)
    return {
        "ORGANISATION_WORDS": frozenset(fold_words(w).rstrip(".") for w in _all(ORGANISATION_WORDS) if " " not in w),
        "ORGANISATION_PHRASES": by_first_word([fold_words(w) for w in _all(ORGANISATION_WORDS) if " " in w], pad=True),
        "LEGAL_FORMS": legal_forms,
        "ORGANISATION_SUFFIXES": tuple(fold_words(s) for s in ORGANISATION_SUFFIXES),
        "CJK_ORGANISATION_SUFFIXES": tuple(fold_words(s) for s in CJK_ORGANISATION_SUFFIXES),
        "ROLE_WORDS": frozenset(w for w in roles if " " not in w),
        "ROLE_PHRASES_BY_FIRST": by_first(w for w in sorted(roles) if " " in w),
        "CJK_ROLES": tuple(sorted(w for w in roles if " " not in w and "\u3040" <= w[-1] <= "\u9fff")),
        "TITLES_BY_START": by_first(titles, key=2),
        "TITLE_FORMS": frozenset(form for t in titles for form in (t, t.rstrip("."))),
        "ROLE_MODIFIERS": frozenset(fold_words(w) for w in _all(ROLE_MODIFIERS)),
        "ROLE_ARTICLES": frozenset(fold_words(w) for w in _all(ROLE_ARTICLES)),
        "ROLE_SUFFIXES": tuple(fold_words(w) for w in ROLE_SUFFIXES),
        "COMPOUND_ROLE_HEADS_BY_END": compound_heads(),
        "WE_WORDS": frozenset(fold_words(w) for w in _all(WE_WORDS)),
        "CLOSING_WITH_WORDS": frozenset(fold_words(w) for w in _all(CLOSING_WITH_WORDS)),
        "CASELESS_ROLE_HEADS": heads(ROLE_WORDS),
        "CASELESS_ORGANISATION_HEADS": heads(ORGANISATION_WORDS),
        "AWARD_WORDS": tuple(fold_words(w) for w in AWARD_WORDS),
        "ACADEMIC_BODY_WORDS": frozenset(fold_words(w) for w in ACADEMIC_BODY_WORDS),
        "CAPACITY_REMARKS": "|".join(regex.escape(fold_words(r)) for r in sorted(CAPACITY_REMARKS, key=len, reverse=True)),
        "POSTNOMINALS": frozenset(POSTNOMINALS),
        "OFFICE_POSTNOMINALS": frozenset(OFFICE_POSTNOMINALS),
        "NAME_SUFFIXES": frozenset(NAME_SUFFIXES),
        "TABLE_COLUMNS": columns,
    }


_TYPES: dict[type, str] = {frozenset: "frozenset[str]", tuple: "tuple[str, ...]", str: "str", int: "int"}
_WIDTH = 110


def _packed(items: list[str], indent: str) -> str:
    """``items`` (reprs) as lines of at most _WIDTH characters, each opening with ``indent``."""
    lines: list[str] = []
    for item in items:
        if lines and len(lines[-1]) + len(item) + 2 <= _WIDTH:
            lines[-1] += " " + item + ","
        else:
            lines.append(indent + item + ",")
    return "\n".join(lines)


def _value(value: object, indent: str = "    ") -> str:
    """A literal of ``value`` that is the same text in every run: sets sorted, dicts and tuples in their order."""
    if isinstance(value, int):
        return repr(value)
    if isinstance(value, str):
        return repr(value) if len(value) < _WIDTH else "(\n" + "\n".join(
            indent + repr(value[i:i + _WIDTH - 10]) for i in range(0, len(value), _WIDTH - 10)) + "\n)"
    if isinstance(value, frozenset):
        return "frozenset((\n" + _packed([repr(v) for v in sorted(value)], indent) + "\n))"
    if isinstance(value, tuple):
        return "(\n" + _packed([repr(v) for v in value], indent) + "\n)"
    assert isinstance(value, dict)
    return "{\n" + _packed([f"{k!r}: {v!r}" for k, v in value.items()], indent) + "\n}"


def _literal(name: str, value: object) -> str:
    if isinstance(value, dict):
        first = next(iter(value.values()))
        inner = ('Literal["person", "organisation"]' if name == "GROUP_KINDS" else "str" if isinstance(first, str)
                 else "tuple[tuple[str, str], ...]" if isinstance(first[0], tuple) else "tuple[str, ...]")
        annotation = f"dict[str, {inner}]"
    else:
        annotation = "tuple[tuple[str, str], ...]" if isinstance(value, tuple) and isinstance(value[0], tuple) else _TYPES[type(value)]
    return f"{name}: {annotation} = {_value(value)}\n"


def cues_module() -> str:
    """The text of ``stmtkit/data/folded_cues.py``."""
    sections = (
        ("The block finder's word sets (stmtkit.signatories.cues.BlockCues).", block_cues()),
        ("The alternations of the block finder's patterns, and the on-behalf phrases by their first word.", pattern_words()),
        ("The words of an entry's pieces: organisations, roles, titles (stmtkit.signatories.kind, roles, layouts).",
         entry_cues()),
    )
    return (
        '"""The signature cue words folded, grouped and sorted (generated by scripts/gen_folded_words.py from\n'
        "stmtkit/data/signature_words.py, sign_off_words.py, entry_words.py and role_words.py: do not edit;\n"
        'edit those lists and run the script)."""\n\n'
        "from __future__ import annotations\n\n"
        "from typing import Literal\n"
        + "".join(f"\n# {title}\n" + "".join(_literal(name, value) for name, value in table.items()) for title, table in sections)
    )


# Every chrome prefix has at least this many characters (stmtkit.stages.boilerplate groups them by their first five).
PREFIX_HEAD = 5


def chrome_tables() -> dict[str, object]:
    """The chrome lines and prefixes (``stmtkit.headline`` and ``stmtkit.stages.boilerplate``), folded."""
    lines = {fold_key(e) for kind, table in CHROME_LINES.items() if kind != "document-label"
             for entries in table.values() for e in entries}
    lines |= {fold_key(label) for label in (*PUBLISHED_LABELS, *UPDATED_LABELS)}  # "Updated" with no date
    by_first: dict[str, tuple[str, ...]] = {}
    by_head: dict[str, list[tuple[str, str]]] = {}
    for kind, table in CHROME_PREFIXES.items():
        for entries in table.values():
            for entry in entries:
                prefix = fold_words(entry)
                by_first[prefix[:1]] = (*by_first.get(prefix[:1], ()), prefix)
                if len(prefix) < PREFIX_HEAD:
                    raise ValueError(f"chrome prefix {prefix!r} shorter than {PREFIX_HEAD} characters")
                by_head.setdefault(prefix[:PREFIX_HEAD], []).append((prefix, kind))
    kinds = {fold_key(entry): kind for kind, table in CHROME_LINES.items() for entries in table.values() for entry in entries}
    return {
        "CHROME_LINES": frozenset(lines),
        "DOCUMENT_LABELS": frozenset(fold_key(e) for entries in CHROME_LINES["document-label"].values() for e in entries),
        "CHROME_PREFIXES_BY_FIRST": by_first,
        # a line is tried only on the prefixes it could start with, in table order
        "CHROME_PREFIXES_BY_HEAD": {head: tuple(group) for head, group in by_head.items()},
        "CHROME_LINE_KINDS": kinds,
        # no longer key is one of them: a line's key is hashed for the look-up only up to this long
        "LONGEST_CHROME_LINE_KIND": max(map(len, kinds)),
    }


def other_tables() -> dict[str, object]:
    """Notes, credits, headings and cues of the title, boilerplate and body stages, folded."""
    return {
        "SIGNING_NOTES": tuple(fold_words(note) for note in SIGNING_NOTES),
        "ACCOUNT_NOTES": tuple(fold_words(w) for w in _all(ACCOUNT_NOTES)),
        "PHOTO_CREDITS": frozenset(fold_words(w) for w in PHOTO_CREDITS),
        "ABOUT_HEADINGS": tuple(fold_words(h) for h in _all(ABOUT_HEADINGS)),
        "RIGHTS_RESERVED": tuple(fold_words(p) for p in _all(RIGHTS_RESERVED)),
        "PREAMBLE_CUES": tuple(fold_words(c) for c in _all(PREAMBLE_CUES)),
        "PREAMBLE_HEADINGS": frozenset(fold_key(c) for c in _all(PREAMBLE_CUES)),
        "CUE_POINTERS": tuple(fold_words(p) for p in _all(CUE_POINTERS)),
        "LANGUAGE_NAMES": frozenset(fold_words(w) for w in LANGUAGE_NAMES),
        "SHARE_TARGETS": frozenset(fold_words(w) for w in SHARE_TARGETS),
        "SECTION_WORDS": frozenset(fold_words(w) for w in _all(SECTION_WORDS)),
        "HOME_LINKS": tuple(sorted(fold_words(w) for w in _all(HOME_LINKS))),
        "NEWS_ALERT_LABELS": frozenset(fold_words(w) for w in NEWS_ALERT_LABELS),
        "SPONSORED_LABELS": frozenset(fold_words(w) for w in SPONSORED_LABELS),
        "MASTHEAD_WORDS": frozenset(fold_words(w) for w in MASTHEAD_WORDS if " " not in w),
        "MASTHEAD_PHRASES": tuple(sorted(f" {fold_words(w)} " for w in MASTHEAD_WORDS if " " in w)),
        "MASTHEAD_AGENCY_WORDS": frozenset(fold_words(w) for w in MASTHEAD_AGENCY_WORDS),
        "MASTHEAD_NEWS_WORDS": frozenset(fold_words(w) for w in MASTHEAD_NEWS_WORDS),
    }


def structure_module() -> str:
    """The text of ``stmtkit/data/folded_structure.py``."""
    sections = (
        ("Site chrome: whole lines (with their kind) and line openings.", chrome_tables()),
        ("Notes, credits, headings and cues of the title, boilerplate and body stages.", other_tables()),
    )
    return (
        '"""The page-structure words folded, grouped and sorted (generated by scripts/gen_folded_words.py from\n'
        "stmtkit/data/structure_words.py, section_words.py and dateline_words.py: do not edit; edit those lists and\n"
        "run the script).\n"
        '"""\n\n'
        "from __future__ import annotations\n"
        + "".join(f"\n# {title}\n" + "".join(_literal(name, value) for name, value in table.items()) for title, table in sections)
    )


def date_tables() -> dict[str, object]:
    """The date reader's labels, bylines and agencies, folded one character for one (``fold_aligned``)."""
    def longest_first(labels: tuple[str, ...], kind: str) -> list[tuple[str, str]]:
        return [(fold_aligned(w), kind) for w in sorted(labels, key=len, reverse=True)]

    # "updated" ones first, longest first in each kind; then by their first character, in that order within each
    # group (two labels found at one place open with one character, so each group decides its ties as the list would)
    groups: dict[str, list[tuple[str, str]]] = {}
    for label, kind in longest_first(UPDATED_LABELS, "updated") + longest_first(PUBLISHED_LABELS, "published"):
        groups.setdefault(label[:1], []).append((label, kind))
    return {
        "LABELS": frozenset(fold_aligned(w) for w in (*PUBLISHED_LABELS, *UPDATED_LABELS)),
        "LABELS_BY_FIRST": {first: tuple(group) for first, group in groups.items()},
        "BYLINE_WORDS": frozenset(fold_aligned(w) for w in (*BYLINE_WORDS, *BYLINE_LEADS, *BYLINE_NOUNS)),
        "AGENCIES": frozenset(fold_aligned(a) for a in AGENCIES),
        # as written: their names, and the words that open and close them (a credit line's wire, asked of many lines)
        "AGENCY_NAMES": frozenset(AGENCIES),
        "AGENCY_FIRST_WORDS": frozenset(a.split()[0] for a in AGENCIES),
        "AGENCY_LAST_WORDS": frozenset(a.rsplit(None, 1)[-1] for a in AGENCIES),
    }


def dates_module() -> str:
    """The text of ``stmtkit/data/folded_dates.py``."""
    return (
        '"""The date reader\'s words folded one character for one (generated by scripts/gen_folded_words.py from\n'
        "stmtkit/data/dateline_words.py: do not edit; edit that list and run the script).\n"
        '"""\n\n'
        "from __future__ import annotations\n\n"
        + "".join(_literal(name, value) for name, value in date_tables().items())
    )


def main() -> int:
    for name, text in (("folded_cues.py", cues_module()), ("folded_structure.py", structure_module()),
                       ("folded_dates.py", dates_module())):
        (OUT / name).write_text(text, encoding="utf-8")
        print(f"wrote {OUT / name}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
