"""What one line of a signature block is: a heading, a closing formula, a group heading, prose, an end.

Each question looks at one line and the cue words of ``stmtkit.signatories.cues``,
never at the document: finding the block from them is ``stmtkit.signatories.block``.
"""

from __future__ import annotations

from ..fold import fold_key, fold_words, opens_lowercase, strip_markup
from ..lines import Line, marker_of
from ..memo import per_parse
from ..model import SignatoryKind
from ..patterns import SCRIPT_FULL_STOPS, holds_digit, lazy
from .cleaning import clean_entry_text
from .cues import (
    COLONS,
    block_cues,
    holds_signer_noun,
    inline_mark_pattern,
    names_signing,
    others_pattern,
    unspaced,
)
from .entry import name_before_colon, names_joined, role_closing_name
from .kind import is_function_word, is_initials_name, is_organisation, is_place, is_role, looks_like_person
from .name_fields import name_then_functions
from .roles import name_last, opens_with_function, split_title, without_capacity_remarks
from .stopped import stopped_field_as_comma

# An entry is short; prose is long and ends a sentence.
MAX_ENTRY_WORDS = 25
# "Assinam o manifesto:", "Firman la carta:": a signing verb and its object before the names.
_MAX_VERB_HEADING_WORDS = 4
# A bare entry longer than 80 characters is taken only as functions then a name (an official's title runs long:
# "the Special Envoy of the … Council for … and …, Ms. Name").
_MAX_ROLE_FIRST_CHARS = 200
_LONG_ROLE_FIRST_CHARS, _LAST_FIELD_CHARS = 160, 40
# A name (titles before it) and its comma opening a long unbulleted entry: "Prof. Dr. Anna Berg, Chair of the …".
_NAME_THEN_BRACKET = lazy(r"^([^()\d,;:]{3,60}?)\s*\(([^()]{1,200})\)$")
# A dash set off by spaces does it too: "Marta Ribeiro Lopes – presidente da Federação Estadual …".
_CAPITALISED_COMMA = lazy(r"^\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){1,5}(?:,|\s[–—-](?=\s))")
# "以下の方々が呼びかけ人です：" — a heading in a script without spaces, in characters.
_MAX_UNSPACED_HEADING = 24
# "The statement was signed by:" — a heading line of a few words.
_MAX_HEADING_WORDS = 6
# Longer than four times the longest heading phrase (44 characters folded), a line with no colon is no heading.
_COLONLESS_HEADING_CHARS = 180
_MAX_COLONLESS_HEADING_WORDS = 4  # "Под ним поставили подписи"; "We thank all the signatories" is a sentence
# Headings may carry a note in brackets: "Signatories (in alphabetical order):".
_BRACKET_NOTE = lazy(r"\s*[(\[][^()\[\]]*[)\]]\s*$")
_HTML_COMMENT = lazy(r"^<!--|^-->|-->$")
_BULLETS = frozenset("-–—•*·")
# "Baku, Azerbaijan, 12 May 2024" is a date line; "Anna Berg, Harbor Union, Oslo, 2024" is not one.
# "… О.А.Лаптева", "… J. R. Smith": an initials name closing the line.
_INITIALS_NAME_AT_END = lazy(r"\s(?:\p{Lu}\.\s?){1,3}\p{Lu}[\p{Ll}'’\-]+$")
# Where the name part of an entry ends: " – Role", ", Organisation", " (Organisation)".
_HEAD_END = lazy(r"\s+[-–—]\s+|,\s*|\s*\(")
_CLOSER = {"[": "]", "(": ")"}
_BRACKET_ENDS = (")", "]")  # a last character's, asked per line
# How a sentence or a clause ends: a line's last character compared with them (an endswith parses its arguments).
SENTENCE_ENDS = (".", "!", "?", ",", ";")
# A name of one to four words, then a dash: "Паперный – доктор наук", "Anna Berg - writer".
# An entry closed by a remark on the signer ("(signed)", "(in a personal capacity)") may be this long.
_MAX_REMARKED_CHARS = 140
_DASH_AFTER_NAME = lazy(r"^(\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3})\s+[-–—]\s+\S")
# "Trần Văn An: retired teacher": a name of two words or more, a colon, a description in lower case (a
# sentence after it, "Jane Roe: We want …" or "… of course.", is a line of dialogue).
_COLON_AFTER_NAME = lazy(r"^(\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){1,3}):\s+\p{Ll}")


def at_least_words(text: str, n: int) -> bool:
    """``len(text.split()) >= n``, without cutting a 600-character paragraph into all its words.
    (``maxsplit`` given by position: a keyword is parsed at each call, some 300 instructions.)"""
    return len(text.split(None, n - 1)) >= n


def html_comment_edge(text: str) -> bool:
    """``<!-- …`` or ``… -->``: each holds "--", which most lines do not (the pattern searches the whole line)."""
    return "--" in text and bool(_HTML_COMMENT.search(text))


def without_bracket_note(text: str) -> str:
    """``Signatories (in alphabetical order)`` → ``Signatories``.

    The note closes the text: a line whose last character is no bracket has none, and the
    pattern would try every position of a 400-character paragraph to find that out.
    """
    if text.rstrip()[-1:] not in (")", "]"):
        return text
    return str(_BRACKET_NOTE.sub("", text))


_KEY_END = " :.,;-–—"
_KEY_END_ASCII = _KEY_END[:-2]  # (its characters in ASCII)


def plain_key(plain: str) -> str:
    """``fold_key`` of a text ``strip_markup`` has already stripped (it leaves its own output as it is)."""
    return fold_words(plain).rstrip(_KEY_END).strip()


def _holds_others_cue(key: str) -> bool:
    """Every match of the 'and others' pattern holds one of its cues as it is: a literal search
    costs 0.3-1 us where the pattern searching a 400-character paragraph cost 30."""
    return block_cues().others_literal.search(key) is not None


def mentions_others(key: str) -> bool:
    """``… and many others``, ``и другие`` anywhere in a folded line."""
    return _holds_others_cue(key) and bool(others_pattern().search(key))


def heading_of(line: Line) -> tuple[str, str] | None:
    """``(heading, names after the colon)`` when the line opens a block: ``Signé par:`` → ("Signé par", "")."""
    return heading_in(line.text)


def heading_in(text: str) -> tuple[str, str] | None:
    """``heading_of`` a line's ``text``."""
    cues = block_cues()
    text = strip_markup(text)
    first = text[:1]  # (cut once: each cut of a line's first character cost a few hundred instructions a line)
    if first == "*" and text.count("*") == 1:
        text = text[1:]  # "*Signed: …": a lone star glued to the heading, a bullet or a note's mark
        first = text[:1]
    if (first == "[" or first == "(") and (text.endswith(closer := _CLOSER[first]) or closer not in text):
        if text.endswith(closer) and holds_digit(text):
            return None  # "(seguono 54 firme)", "[212 signatures follow]": a count of the names left out, no heading
        # "[Signatures: Anna Berg - writer, …]", or a bracket the source never closed
        text = text[1:].removesuffix(closer).strip()
        first = text[:1]
    # most lines open with no letter an inline mark can open with: they skip the pattern
    mark = inline_mark_pattern().match(text) if first.casefold() in cues.inline_mark_starts else None
    if mark:
        return text[: mark.end()].strip(), text[mark.end() :].strip()
    headings = cues.headings
    # the first colon, the full-width colon of CJK typography (``署名者：``) counted as one
    if text.isascii() or ("\uff1a" not in text and "\ufe13" not in text):
        head, sep, rest = text.partition(":")
    else:
        cut = min(i for i in (text.find(c) for c in COLONS) if i >= 0)
        head, sep, rest = text[:cut], ":", text[cut + 1 :]
    # (a line with no colon, most of them, ends with none)
    if sep and text[-1:] in COLONS and plain_key(text) in headings:
        head, sep, rest = text[:-1], ":", ""  # "Unterzeichner:innen:" — the gender colon is part of the word
    if sep:
        head = strip_markup(head)  # without a colon the head is the text, stripped of its markup already
    elif len(head) > _COLONLESS_HEADING_CHARS and head[-1:] not in (")", "]"):
        # A line with no colon opens a block only as a heading phrase itself (44 characters at most once
        # folded) or a short colonless heading: a line four times that long is prose, not folded to tell
        return None
    # Folded once when the head carries no bracket note (most lines: the same key twice before);
    # a head whose last character is no bracket has none (without_bracket_note, asked of most lines here)
    bracketed = head.rstrip()[-1:] in _BRACKET_ENDS
    if not bracketed and len(head.encode("ascii", "ignore").decode().rstrip(_KEY_END_ASCII).split(None, _MAX_HEADING_WORDS)) \
            > _MAX_HEADING_WORDS:
        # Every heading below is a key of _MAX_HEADING_WORDS words at most (a heading phrase, a verb's head, a short
        # line): a head of more words of ASCII letters has more folded, not cut into words nor folded to tell.
        # (Folding keeps each ASCII character and the spaces between; what it drops beyond ASCII only joins or
        # drops words, as leaving those characters out here does: a sentence's head, 7 us a line of a paragraph.)
        return None
    plain = without_bracket_note(head) if bracketed else head
    head_key = fold_words(head).rstrip(_KEY_END).strip()  # plain_key(head)
    key = head_key if plain is head else fold_key(plain)
    if (head_key in headings or key in headings) and (sep or not rest):
        return head.strip(), strip_markup(rest.strip())
    if sep and rest.strip() and not at_least_words(key, _MAX_VERB_HEADING_WORDS + 1) and (
            key.startswith(cues.stems_by_first.get(key[:1], ())) or (len(key) <= _MAX_UNSPACED_HEADING and unspaced(key) and names_signing(key))):
        # "Assinam o manifesto: A –…, B –…": a signing verb opens a short head, the names follow the colon
        return head.strip(), strip_markup(rest.strip())
    # the key's last word asked before the line is cut into words: most lines close with no word that closes
    # a heading phrase
    if not sep and not rest and text[-1:] not in SENTENCE_ENDS \
            and key and key.rsplit(None, 1)[-1] in cues.heading_last_words and _closes_with_heading(key):
        return head.strip(), ""  # "Primeiros subscritores", "Под ним поставили подписи": a heading phrase closes the line
    if not sep or rest.strip():
        return None  # a heading phrase closes its line with a colon: prose is not cut into words
    # cut into one word more than a heading may hold: a 60-word sentence ending in a colon is not cut whole
    words = key.split(maxsplit=_MAX_HEADING_WORDS)
    if 2 <= len(words) <= _MAX_HEADING_WORDS and _names_a_heading(words):
        return head.strip(), ""
    if len(words) == 1 and len(key) <= _MAX_UNSPACED_HEADING and unspaced(key) and holds_signer_noun(key):
        return head.strip(), ""  # "以下の方々が呼びかけ人です：": one "word" in a script without spaces
    return None


def is_weak_heading(heading: str) -> bool:
    """A heading that only holds a heading phrase (``Заявление подписали``, ``The statement was signed by``);
    one that the signers' noun closes (``Listes des premiers signataires``) names them as a heading does."""
    cues = block_cues()
    headings = cues.headings
    key = fold_key(heading)
    if key.rpartition(" ")[2] in cues.heading_nouns:
        return False
    return key not in headings and fold_key(without_bracket_note(heading)) not in headings


def _closes_with_heading(key: str) -> bool:
    """A line of a few words and no colon that a heading phrase closes (``Primeiros subscritores``): a heading too."""
    words = key.split(maxsplit=_MAX_COLONLESS_HEADING_WORDS)
    if not 2 <= len(words) <= _MAX_COLONLESS_HEADING_WORDS or not words[-1].isalpha():
        return False
    cues = block_cues()
    return words[-1] in cues.heading_last_words and any(" ".join(words[i:]) in cues.headings for i in range(len(words)))


def _names_a_heading(words: list[str]) -> bool:
    """``The statement was signed by``, ``Among the signatories are``: a short line that ends with a
    heading phrase or holds a heading noun."""
    cues = block_cues()
    headings = cues.headings
    # "The statement was signed by", "Assinam esta carta": a heading phrase closes or opens the line.
    # A phrase closing the line ends with its last word, one opening it starts with its first:
    # "L'APA présente la déclaration ci-dessous :" ends with no heading's word and opens with none,
    # and skips the ten joins.
    if words[-1] in cues.heading_last_words and any(" ".join(words[i:]) in headings for i in range(1, len(words))):
        return True
    if words[0] in cues.heading_first_words and any(" ".join(words[:i]) in headings for i in range(1, len(words))):
        return True
    return any(w in cues.heading_nouns for w in words)


def names_a_group(heading: str) -> bool:
    """A heading that is also a group heading (``Organisations signataires``)."""
    return fold_key(heading) in block_cues().group_kinds


def group_of(text: str) -> tuple[str, SignatoryKind | None] | None:
    """A sub-heading inside a block: ``Organisations:``, ``## Individuals``, ``Les premiers signataires``."""
    cues = block_cues()
    plain = strip_markup(text)
    key = fold_key(without_bracket_note(plain))
    kinds = cues.group_kinds
    if key in kinds:
        return plain.rstrip("".join(COLONS)).strip(), kinds[key]
    if key in cues.headings:
        return plain.rstrip("".join(COLONS)).strip(), None
    # a label wholly in markup ("**Organisations**", "## Individuals"); "**Jane Roe**, Director" is a name in bold and its fields
    marked_up = plain != text and not text.startswith(("-", "•", "* ")) and "**" not in plain and "__" not in plain
    if (plain.endswith(COLONS) or marked_up) and at_least_words(plain, 1) and not at_least_words(plain, 7) and not holds_digit(plain):
        if marked_up and looks_like_person(plain.rstrip(":")):
            return None  # "**Jane Roe**" is a name in bold
        return plain.rstrip("".join(COLONS)).strip(), None
    return None


# A group label without a colon ("Trade unions", "Konfederasyonlar ve Federasyonlar") is a few words.
_MAX_GROUP_LABEL_WORDS = 6


def group_label_shape(text: str) -> bool:
    """A plain line shaped like the label of a group of bulleted entries below it: a few words, no bullet,
    no figure, not a sentence (``Trade unions``, ``Meslek Odaları``)."""
    plain = text.strip()
    return (
        bool(plain)
        and not plain.endswith((".", ",", ";", "!", "?", "…"))
        and not at_least_words(plain, _MAX_GROUP_LABEL_WORDS + 1)
        and marker_of(plain) is None
        and not holds_digit(plain)
        and not is_prose(plain)
    )


# A sentence of a script without case is this long at least (an organisation's name a line is shorter).
_CASELESS_SENTENCE_WORDS = 10


# A sentence's end, a full stop of another script or the Arabic question mark too.
_PROSE_ENDS = (".", "!", "?", ":", *SCRIPT_FULL_STOPS, "؟")


# Remembered for the parse: a block's lines are asked by the row collector, the bare run and the entries.
@per_parse
def is_prose(text: str) -> bool:
    """A sentence, not an entry: long, or mostly lowercase words.

    Names and organisations capitalise their content words ("Alliance of Progressive
    Labor"); "Read the full statement on our website" does not.
    """
    text = text.strip("*_ ")  # "*The list remains open for signatures.*": an italic sentence
    # cut into one word more than an entry holds, at most: a 1,500-character paragraph is not cut whole
    # (the last piece is the rest of a longer text, which is prose; a shorter text is all its words)
    words = text.split(None, MAX_ENTRY_WORDS)
    if len(words) > MAX_ENTRY_WORDS:
        return True
    function_words = block_cues().function_words
    lower = 0
    first_lower = ""
    for w in words:  # a loop, not sum() over a generator: asked of every line of a block
        # an e-mail address is a contact, not a word of a sentence ("Anna Berg, associate professor, a@b.example")
        # a dotted abbreviation ("e.V.", "z.s.") is a legal form or a title, no word of a sentence
        if w[:1].islower() and fold_words(w) not in function_words and "@" not in w and "." not in w[:-1]:
            lower += 1
            first_lower = first_lower or w
    sentence_end = len(words) >= 6 and text.rstrip().endswith(_PROSE_ENDS) \
        and "." not in words[-1][:-1]
    if not lower and sentence_end and len(words) >= _CASELESS_SENTENCE_WORDS and not any(map(str.isupper, text)):
        return True  # Arabic, Hebrew, Devanagari: no case to tell, a long sentence closed by its full stop
    if lower and not opens_lowercase(first_lower):
        return sentence_end  # Georgian: every letter is lowercase to Unicode, only a sentence's end tells
    if sentence_end:
        return lower * 2 >= len(words) or (";" not in text and "," not in text and lower >= 3)
    # "председатель родительского комитета" under a name: a role phrase written in lower case, no sentence
    # ("Виконавчий віце-президент асоціації": its qualifier opens a function too)
    return lower >= 3 and lower * 2 > len(words) and not is_organisation(text) \
        and not is_role(words[0], lowercase_is_role=False) and not is_role(" ".join(words[:2]), lowercase_is_role=False)


def is_others_line(text: str) -> bool:
    """``• and many more…``, ``Ve daha birçok sendika…``: a line saying more signers are not named
    (or its first words, the rest cut by the scrape: ``and many``), maybe behind a bullet."""
    return others_key(plain_key(strip_markup(text)), text)


def others_key(key: str, text: str) -> bool:
    # behind a bullet as the entries above it: "• and many more…" ends the list as it would alone
    bare = key.lstrip("-–—•*· ") if key[:1] in _BULLETS else key
    if bare in block_cues().others_cut:
        return True  # "and many", "ve daha": a closing 'and many more' cut by the scrape
    # both 'and others' questions need one of the cues: "Anna Berg" is searched for them once
    return _holds_others_cue(key) and bool(
        others_pattern().match(bare) or (at_least_words(key, 4) and others_pattern().search(key) and is_prose(text + "."))
    )


def bare_entry(text: str, marked: bool) -> tuple[bool, bool]:
    """(is it a name entry, does it carry a title or initials) for a line of a block with no heading."""
    cleaned = clean_entry_text(text)
    if not cleaned or cleaned.endswith(":") or text.endswith(("!", "?", "...", "…")):
        return False, False  # "WE SAY NO TO THE CAR PARK!": a call in capitals, no name
    if (fields := stopped_field_as_comma(cleaned)) is not cleaned:
        cleaned = text = fields  # "Anna Berg. Professor of law.": the name and its field, each closed by a stop
    longest = 80
    if len(cleaned) > longest and cleaned.endswith(")") and len(bare := without_capacity_remarks(cleaned)) < len(cleaned):
        # "Name: function, years of service, honours (signed)": a signer's own remark vouches for a longer entry
        cleaned, longest = bare, _MAX_REMARKED_CHARS
    if len(cleaned) > longest:
        # "Jane Roe (initiator; publisher of the Weekly; heir)": a name, then its functions in brackets, however many
        if cleaned.endswith(")") and (bracketed := _NAME_THEN_BRACKET.match(cleaned)) and looks_like_person(bracketed.group(1)):
            return True, False
        # "председатель …, координатор МОД «…» в г. Мурманске Дмитрий Волов": only a function then the name
        if len(cleaned) > _MAX_ROLE_FIRST_CHARS or (len(cleaned) > _LONG_ROLE_FIRST_CHARS
                                                    and len(cleaned) - cleaned.rfind(", ") > _LAST_FIELD_CHARS):
            return False, False  # (past 160 characters, only a short last field may be the name: most lines are prose)
        if role_before_name(cleaned):
            return True, True
        # "7. Name, a long function of many words": behind a bullet or number, a name and its comma
        # open the entry, whatever the length of what follows (no sentence: asked of prose below);
        # without one, the field after the name must open with a function ("Name, Chair of the …")
        if marked:
            return (_named_head(cleaned) and not is_prose(cleaned)), False
        # without one, capitalised words and a comma, then a function ("Anna Berg, Chair of the …"):
        # the pattern settles most paragraphs
        named = _CAPITALISED_COMMA.match(cleaned)
        return (named is not None and _function_follows(cleaned[named.end() - 1 :]) and _named_head(cleaned)
                and not is_prose(cleaned)) or name_then_functions(text), False
    if is_prose(text):
        # "Паперный – доктор филологических наук": a name, a dash, then a role in lower case is no
        # sentence (the name and its dash asked of prose lines only)
        dash = _DASH_AFTER_NAME.match(cleaned) or (
            _COLON_AFTER_NAME.match(cleaned) if not text.rstrip().endswith((".", "!", "?")) else None)
        if not (dash and looks_like_person(dash.group(1))):
            # "секретарь областного отделения РСЖ Олег Назаров.": lowercase function words, then the name;
            # "Ana Lima, engenheira, professora universitária": a name, then its functions in lower case
            return (True, True) if role_before_name(cleaned) or name_then_functions(text) else (False, False)
    role, rest = split_title(cleaned)
    # an initials name holds a dot ("J. R. Smith"): the pattern searching every position needs one
    titled = bool(role) or is_initials_name(rest) or ("." in rest and bool(_INITIALS_NAME_AT_END.search(rest)))
    # each separator holds a dash, a comma or a bracket: "Anna Berg" is its own head
    cut = "-" in rest or "," in rest or "(" in rest or "–" in rest or "—" in rest
    head = (_HEAD_END.split(rest, maxsplit=1)[0] if cut else rest).strip()
    head = name_before_colon(head)  # "Jane Roe: teacher"
    if not head or is_place(head):
        return False, False  # "Baku", "Paris": a row of tags or datelines, not signers
    if titled:
        return True, True
    if looks_like_person(head, lowercase_ok=marked) and not is_role(head, lowercase_is_role=not marked):
        # "Νίκος Παππάς – Πρόεδρος", "Jane Roe, Chair": a function after the name vouches for it as a title does
        return True, cut and head != rest and _function_follows(rest[len(head):])
    if (marked and head.startswith("@")) or names_joined(head):
        return True, False  # "Anna Berg und Tom Lind", "Jutta und Tom Lind": names joined on one line
    if role_before_name(cleaned):
        return True, True  # "координатор проекта «…» Александр Орлов": the function carries the title
    return False, False


def _function_follows(after_name: str) -> bool:
    """The text after a name and its dash or comma opens with a function (``– Presidente do Sindicato``)."""
    field = after_name.lstrip(" -–—,").split(",", 1)[0].strip()
    return bool(field) and is_role(field)


def _named_head(cleaned: str) -> bool:
    """The text opens with a name of one to four words, then a comma or a bracket: ``Anna Berg, …``."""
    head = _HEAD_END.split(cleaned, maxsplit=1)[0].strip()
    return head != cleaned.strip() and not at_least_words(head, 5) and looks_like_person(head) and not is_role(head)


def person_line(text: str) -> bool:
    """A person's name, alone, with the role after it and no comma (``Ana Lima Professora titular da UFMG``)
    or with the function before it (``Kemian apulaisprofessori Anna Virtanen``, one signer a line)."""
    if not at_least_words(text, 2):
        return False
    if looks_like_person(text.strip()):
        return True
    plain = text.strip().rstrip(",;")
    if plain.endswith(")") and (bracketed := _NAME_THEN_BRACKET.match(plain)) and looks_like_person(bracketed.group(1)):
        return True  # "Anna Berg (Harbour Union),": a person, the body in brackets
    return at_least_words(text, 3) and (role_closing_name(cleaned := clean_entry_text(text)) is not None or role_before_name(cleaned))


def role_before_name(cleaned: str) -> bool:
    """A function (and its body) and then the name: ``председатель правления «Клуба» Иван Сидоров``,
    the last of several functions (``…, Координатор МОД «Щит» Дмитрий Орлов``)."""
    last_field = cleaned.rsplit(", ", 1)
    found = name_last(last_field[-1])
    if found is None:
        return False
    if len(last_field) > 1:
        return is_role(last_field[0].split(", ", 1)[0])
    words = found[0].split()
    if words[0].isupper() or opens_with_function(words):
        return True
    # "Jurnalistlər Birliyinin sədri Elçin Şıxlı": a body, then its function; a sentence ending in a
    # name ("The letter was handed to Mayor Jane Roe") has lowercase words that name no function
    return words[0][:1].isupper() and all(
        not w[:1].islower() or is_role(w, lowercase_is_role=False) or is_function_word(w) for w in words[1:])
