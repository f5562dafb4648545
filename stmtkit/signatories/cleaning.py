"""An entry's text less what is not its words: bullets and numbers, contacts and links, emoji, a final separator.

``- Anna Berg <anna@example.org>;`` → ``Anna Berg``.  Reading what the words
say (name, role, affiliation) is ``stmtkit.signatories.entry``.
"""

from __future__ import annotations

import unicodedata

from ..gazetteer import is_place
from ..memo import per_parse
from ..patterns import lazy
from .segments import ideographic_number_end

# Bullets and numbering in front of an entry: "-", "- ", "•", "1.", "12)", "(3)", "#4".
# (a figure after the number's dot is no entry's: "4.19 Committee" is named for a date)
ENTRY_PREFIX = lazy(
    r"^(?:[-–—•*·▪●◦‣+]+\s*|\(?\d{1,4}[.)](?!\d)\s*(?=\S)|\(\d{1,4}\)\s*|#\d{1,4}\.?\s+|\d{1,4}\s+[-–—]\s+|[✓✔☑]\s*)"
)
# Emoji and symbols around a name: "Anna Berg 🇩🇪", "✍️ Tom Lind".
# (quotation marks \u2018-\u201f opening a name are its own: „Harbour“ Society keeps both)
_SYMBOLS = lazy(r"^[\p{So}\p{Sk}\p{Cf}\u2000-\u2017\u2020-\u206f\ufe0f\U0001F1E6-\U0001F1FF\s]+|[\p{So}\p{Sk}\p{Cf}\ufe0f\U0001F1E6-\U0001F1FF\s]+$")
# Contacts and links are short: bounded repeats keep these linear on a 50 MB line of "&lt;" or "[a](".
_EMAIL = lazy(r"&lt;[^<>\s]{0,256}@[^<>\s]{0,256}>|<[^<>]{0,256}>|\[?\b[\w.+-]{1,256}@[\w-]{1,256}(?:\.[\w-]{1,256})+\b\]?")
_MD_LINK = lazy(r"\[([^\]]{0,256})\]\([^)]{0,256}\)")
_PAREN_CONTACT = lazy(r"\s*\((?:[^()]{0,256}:\s*)?[^()]{0,256}(?:@|https?://|www\.|\.(?:com|org|net|me|dev|io|eu|de|fr)\b)[^()]{0,256}\)")
_EMPTY_PARENS = lazy(r"\s*[(\[<]\s*[)\]>]")
# A scheme alone ("https://", a link the page left empty) is a link too, never a name: nothing after it is needed.
_URL = lazy(r"\s*(?:https?://|www\.)\S{0,512}")
_BARE_HANDLE = lazy(r"(?<=\S)\s+@[\w.-]{1,256}(?:@[\w.-]{1,256})?$")
# A final full stop that belongs to the name: "Jay W.", "P.O.", "… e.V.", "Inc.", "Jr.".

# Pieces of contact text after a name, from real signature pages:
# "@hertog@tech.example (…)", "[@fee1-dead](https://…)", "Ruby ([srxl](https://…))", "(GitHub: )".
_LEADING_HANDLE = lazy(r"^@[\w.-]{1,256}(?:@[\w.-]{1,256})?")
_LINKED_HANDLE = lazy(r"^\[(@[^\]]{1,256})\]\([^)]{0,256}\)")
_PAREN_PROFILE_LINK = lazy(r"\s*\(\s*\[[^\]]{0,256}\]\([^)]{0,256}\)\s*\)")
_HANDLE_OR_DOMAIN = lazy(r"^@|@|\.\w")
_BRACKET_HANDLE = lazy(r"\[@[^\]]{0,256}\]")
_LINK_IN_BRACKETS = lazy(r"\[?\(\[[^\]]{0,256}\]\([^)]{0,256}\)+\)?\]?|\[\(@[^)]{0,256}\)\]\([^)]{0,256}\)|\(\[[^\]]{0,256}\]\)\([^)]{0,256}\)+")
_PAREN_HANDLE = lazy(r"\s*\(\s*@[^()]{0,256}\)")
_EMPTY_LABEL_PARENS = lazy(r"\(\s*[A-Za-z]+:\s*\)")
_TRAILING_OPENERS = lazy(r"[\s(\[<>]{1,256}$")
# Capitals made readable: "O'NEILL" → "O'Neill".
_LETTERS = lazy(r"\p{L}+")
_APOSTROPHE_PREFIX = lazy(r"\b(\p{L})['’](\p{L})")
_SPACES = lazy(r"\s+")
# "**Anna Berg**", "__Anna Berg__", "*Anna Berg*": the text inside, without its markers.
_STRONG = lazy(r"(\*\*|__)(?=\S)([^*_]{1,512}?)(?<=\S)\1")
_EMPHASIS = lazy(r"(?<![\w*])\*(?=\S)([^*]{1,512}?)(?<=\S)\*(?![\w*])")


def _may_hold_contact(text: str) -> bool:
    """Every pattern of ``_strip_contact_pieces`` needs one of these: "Anna Berg, Mayor" skips them all."""
    return "(" in text or "[" in text or "<" in text or "@" in text or "www." in text or "://" in text


def _names_domain(text: str) -> bool:
    """``www.`` or a dot before a domain of ``_PAREN_CONTACT`` (``.de`` covers ``.dev``): the dot it needs."""
    return ("www." in text or ".com" in text or ".org" in text or ".net" in text or ".me" in text or ".de" in text
            or ".io" in text or ".eu" in text or ".fr" in text)


# An opener and a closer, side by side once white space is taken out: what ``_EMPTY_PARENS`` matches.
_EMPTY_PAIRS = ("()", "(]", "(>", "[)", "[]", "[>", "<)", "<]", "<>")


def _may_hold_empty_brackets(text: str) -> bool:
    """Whether ``_EMPTY_PARENS`` can match: an opener, white space, a closer.  ``str.split`` takes out
    every character the pattern's ``\\s`` matches (and a few more), so the pair then stands side by side.
    Most texts holding a bracket hold no empty pair, and the pattern (its ``\\s*`` first) was tried at every
    place of them: a paragraph read as an entry paid that for each of its characters."""
    squeezed = "".join(text.split())
    return any(pair in squeezed for pair in _EMPTY_PAIRS)


def _strip_contact_pieces(rest: str) -> str:
    # Each pattern runs only when the text holds the literal it cannot match without
    # ("](" for a markdown link, "@" or "<" for an e-mail): "@ktemkin <kate@…>" skips the link patterns.
    if "](" in rest:
        # "Ruby ([srxl](https://srxl.example))": a profile link in brackets is a contact, whatever its text
        rest = _PAREN_PROFILE_LINK.sub("", rest)
        if "](" in rest:  # the profile link in brackets may have been the only link
            rest = _MD_LINK.sub(lambda m: "" if _HANDLE_OR_DOMAIN.search(m.group(1)) else m.group(1), rest)
    if "[@" in rest:
        rest = _BRACKET_HANDLE.sub("", rest)
    if "([" in rest or "[(@" in rest:
        rest = _LINK_IN_BRACKETS.sub("", rest)
    # a contact in brackets holds "@", "://", "www." or a dot before one of the pattern's domains: "(ATN)" holds
    # none, nor most paragraphs (a full stop alone let every sentence of a paragraph try the pattern at each place)
    if "(" in rest and ("@" in rest or "://" in rest or ("." in rest and _names_domain(rest))):
        rest = _PAREN_CONTACT.sub("", rest)
    if "@" in rest or "<" in rest:
        rest = _EMAIL.sub("", rest)
    if "(" in rest and "@" in rest:
        rest = _PAREN_HANDLE.sub("", rest)
    if "](" in rest:
        rest = _MD_LINK.sub(lambda m: "" if m.group(1).startswith("@") or "." in m.group(1) else m.group(1), rest)
    if "://" in rest or "www." in rest:
        rest = _URL.sub("", rest)
    if ("(" in rest or "[" in rest or "<" in rest) and _may_hold_empty_brackets(rest):
        rest = _EMPTY_PARENS.sub("", rest)
    if "(" in rest and ":" in rest:  # "(GitHub: )"
        rest = _EMPTY_LABEL_PARENS.sub("", rest)
    return rest


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
    if text.endswith(".") and not text.endswith("..") and not _keeps_final_dot(text):
        return text[:-1].rstrip()
    return text


def _keeps_final_dot(text: str) -> bool:
    """The final dot closes an initial (``Jay W.``), ``e.V.``, an abbreviation (``Acme Inc.``) or a dotted
    one (``U.S.``): told on the last characters, with no pattern to compile."""
    body = text[:-1]
    last = body[-1:]
    if last.isalpha() and (len(body) == 1 or body[-2] == "." or body[-2].isspace()):
        return True  # "W.", "J.R."
    if body.endswith(("e.V", "e. V")):
        return True
    for word in _ABBREVIATIONS:  # the abbreviation closes the body, no letter or figure glued before it
        if body.endswith(word) and not _word_char(body[-len(word) - 1 : -len(word)]):
            return True
    dot = body.rfind(".")
    return dot >= 0 and 1 <= len(body) - dot - 1 <= 2 and body[dot + 1 :].isalpha()  # "U.S.", "e.g."


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


_ABBREVIATIONS = frozenset({"Inc", "Ltd", "Co", "Corp", "Jr", "Sr", "St", "Bros"})


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


def without_entry_prefix(text: str) -> str:
    """``- Anna Berg`` → ``Anna Berg``, ``12) Anna Berg`` → ``Anna Berg``; stripped."""
    text = text.strip()
    if text[:1].isalpha():
        return text  # every bullet and number opens with a mark or a digit, no letter
    if numbered := ideographic_number_end(text):
        return text[numbered:].strip()  # "1、赵 平" (asked outside the pattern: an alternative there cost start-up)
    # the pattern is anchored: its one match, cut off, is what sub("") leaves (without building a template)
    m = ENTRY_PREFIX.match(text)
    return text[m.end() :].strip() if m else text


# The brackets, commas and colons of CJK typography, as the entry reader splits at them.
_FULL_WIDTH = str.maketrans({"（": " (", "）": ") ", "，": ", ", "：": ": ", "；": "; "})


# Cached because the signature stage reads each line of a run three times (is it a name,
# is the run mostly people, the entries) — remembered for the parse.
@per_parse
def clean_entry_text(raw: str) -> str:
    """The entry without bullet or number, emphasis, contacts and a final separator.

    >>> clean_entry_text("- **Anna Berg** (composer);"), clean_entry_text("Harbour Union /")
    ('Anna Berg (composer)', 'Harbour Union')
    """
    text = raw.strip().replace("\n", " ")
    # five searches in C: a set's isdisjoint made a string of each character of the text to hash it
    if not text.isascii() and ("（" in text or "）" in text or "，" in text or "：" in text or "；" in text):
        text = text.translate(_FULL_WIDTH)  # "山田太郎（海辺大学教授）": CJK brackets and commas as ASCII ones
    if "*" in text or "__" in text:
        text = strip_emphasis(text)
    text = strip_symbols(strip_contacts(without_entry_prefix(text)))
    if "  " in text or not text.isprintable():
        # only a run of spaces or another white space (tab, NBSP: none of them printable) changes
        text = _SPACES.sub(" ", text)
    if text.rstrip()[-1:] in _CLOSING_QUOTES and ("ps" in text or "ka" in text or "k.a" in text or "lias" in text):
        # the nom de guerre closes the text in its quotes, and each marker holds one of these: most entries
        # end with a letter and are settled by their last character
        text = _PSEUDONYM.sub("", text)  # "Anna Jakubowska ps. „Paulina”": the nom de guerre is no part of the name
    # a separator left at either end: "Amnesty International /" (one organisation a line, each closed by " /")
    text = text.lstrip(" ,;").rstrip(" ,;/|")
    if text.endswith("…") or text.endswith(".."):
        # "… Yamina Mazary…": the list goes on past the scrape's cut (an ellipsis of three dots may have lost one
        # as the end of a run's sentence)
        text = text.rstrip(" .…").rstrip(" ,;")
    if text[-2:] in (" -", " –", " —"):
        text = text[:-2].rstrip()  # "Ana Lima -": the dash before a role the scrape cut off
    if (":" in text or "@" in text) and is_contact(text):
        return ""  # "E-mail: jane@…", "Tel.: …" alone on its line under a signer's fields: a contact, no entry
    if text[:1] == "[" and text[-1:] == "]" and text.count("[") == 1:
        return ""  # "[signature]", "[Unterschrift]": an editor's note where the signature stood, no entry
    return strip_final_dot(text)


def is_contact(text: str) -> bool:
    """A contact under a signer's name or among its fields: "E-mail: jane@…" (its hyphen maybe a minus sign from a
    PDF, the address maybe hidden by the site), "Tel.: …", an address alone (a domain after its "@": "Fridays@Harbour"
    is a body's name): how to reach the signer, no name or field.  String tests only: no pattern to compile in a
    one-file parse."""
    label, colon, _ = text.partition(":")
    if colon:
        return label.strip().lower().translate(_HYPHENS) in _CONTACT_LABELS
    name, at, domain = text.partition("@")
    return bool(at) and bool(name) and " " not in text and "@" not in domain and "." in domain.strip(".")


_HYPHENS = str.maketrans("‐‑−", "---")
_CONTACT_LABELS = frozenset(("e-mail", "email", "courriel", "correo", "correo electrónico", "tel", "tel.", "phone",
                             "fax", "mob", "mob.", "mobile"))


_CLOSING_QUOTES = frozenset("”\"»'’“")
# A nom de guerre or pen name after the name, in quotes: "ps. „Paulina”", "pseud. «Lis»", "a.k.a. "Doc"", "alias 'Red'".
_PSEUDONYM = lazy(r"(?i)\s+(?:ps\.|pseud\.|pseudonim|a\.k\.a\.|aka|alias)\s*[„\"“«'‘][^„\"“”«»'‘’]{1,40}[”\"»'’“]\s*$")


def strip_emphasis(text: str) -> str:
    """Markdown emphasis is markup, not part of a name: ``**Anna Berg** (composer)`` → ``Anna Berg (composer)``.

    A lone ``*`` opening the text is a bullet and stays for ``without_entry_prefix``.
    """
    text = _STRONG.sub(r"\2", text)
    return str(_EMPHASIS.sub(r"\1", text)) if text.count("*") >= 2 else text


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


_PLACE_LABEL_MAX = 40  # "Bosnia and Herzegovina:" before an entry


def without_place_label(text: str) -> str:
    """An entry without a country's name and colon before it: ``Argentina: Liga Valle Verde`` → the body (the
    country labels it, as a group's heading would)."""
    if ":" not in text[:_PLACE_LABEL_MAX]:
        return text
    label, _, after = text.partition(":")
    return after.strip() if after.strip() and is_place(label) else text
