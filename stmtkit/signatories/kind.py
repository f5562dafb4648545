"""What a piece of an entry is: a person's name, an organisation, a role, a place.

Decided by the word tables of ``stmtkit.data.entry_words`` and ``role_words`` (organisation
words, legal forms, functions; folded by ``scripts/gen_folded_words.py`` into
``stmtkit.data.folded_cues``) and the CLDR place names of ``stmtkit/data/places.tsv``, plus
the shape of the text (acronyms, initials).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import repeat

from ..data import folded_cues as cue
from ..fold import fold_words
from ..gazetteer import is_place as is_place  # re-exported: an entry asks this module what each piece is
from ..memo import per_parse
from ..model import SignatoryKind
from ..patterns import lazy

_WORD = lazy(r"[\p{L}\p{N}][\p{L}\p{N}'’.\-\"]*")  # (a quote inside a word: Hebrew's "יו\"ר"; one closing a word is cut)
# "ACORD", "VOICE", "TPPWatch" is not one: an acronym is all capitals (digits and & allowed).
_ACRONYM = lazy(r"^[\p{Lu}&][\p{Lu}&-]+\d{0,2}$")
# Initials before a surname: "П.С.Орлов", "J. R. R. Tolkien", "A.B. Smith".
_INITIALS_NAME = lazy(r"^(?:\p{Lu}\.\s?){1,3}\p{Lu}[\p{Ll}'’\-]+(?:-\p{Lu}[\p{Ll}]+)?$")
# Particles that stay lowercase inside a person's name.
_PARTICLES = frozenset(
    {"van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "do", "du", "la", "le", "y",
     "bin", "ibn", "al", "el", "ten", "ter", "zu", "af", "och", "e", "oglu", "oğlu", "qizi", "qızı", "kyzy", "uly"}
)
_MAX_PERSON_WORDS = 5


_TOKEN_SPLIT = lazy(r"[\s,()]+")
_EV = lazy(r"(?:^|\s)e\.\s?v\.?(?:\s|$|\))")
_ANY_LETTER = lazy(r"\p{L}")
_NOT_IN_NAMES = lazy(r"[:;!?]|https?://")
_THREE_DIGITS = lazy(r"\d{3,}")


def _holds_organisation_phrase(padded: str) -> bool:
    """A phrase of ``cue.ORGANISATION_PHRASES`` in ``padded`` (a folded text with a space at each end)."""
    phrases = cue.ORGANISATION_PHRASES
    for word in padded.split():
        for phrase in phrases.get(word, ()):
            if phrase in padded:
                return True
    return False


# Remembered for the parse: is_organisation and is_role (twice) fold and cut the same text.
@per_parse
def words_of(text: str) -> tuple[str, ...]:
    folded = fold_words(text)
    if folded.replace(" ", "").isalpha():
        # letters between single spaces (fold made them so): the words are the pieces, and
        # every letter str.isalpha knows is one of the pattern's (checked over every code point)
        return tuple(folded.split(" "))
    words = _WORD.findall(folded)
    return tuple(w.rstrip('."') for w in words) if "." in folded or '"' in folded else tuple(words)  # nothing to strip: no loop


def _legal_form_length(token: str) -> int:
    """0 when the token is no legal form, else its letters' count (``e.V.`` → 2, ``GmbH`` → 4)."""
    forms = cue.LEGAL_FORMS
    folded = fold_words(token)
    if folded not in forms and folded.rstrip(".") not in forms:
        return 0
    return max(1, len(folded.rstrip(".").replace(".", "")))


def _may_hold_legal_form(folded: str) -> bool:
    """Whether the folded text holds a legal form as a word, dots after it or not: true whenever a token of
    the text (cut at white space, commas and brackets) folds to one, as ``has_legal_form`` asks.

    A token's fold stands in the fold of its text between separators (white space, a comma, a bracket,
    the ends): the folded text is cut at the same separators and its words looked up in the set, a
    form of two words (``ictimai birlik``) searched for as it is.  One cut and one set look-up a word,
    where a pattern of the forms tried each of them at each word start.
    """
    forms = cue.LEGAL_FORMS
    # most texts (a name) hold no comma or bracket: three searches, not three copies
    cut = folded.replace(",", " ").replace("(", " ").replace(")", " ") if "," in folded or "(" in folded or ")" in folded else folded
    words = cut.split()
    if not forms.isdisjoint(words):
        return True
    if "." in folded and not forms.isdisjoint(map(str.rstrip, words, repeat("."))):
        return True  # "Ltd..", "GmbH.": a form with more dots after it
    return " " in folded and any(map(folded.__contains__, _SPACED_LEGAL_FORMS))


# The legal forms of two words: a token cut at white space holds no such form, its fold may (a character
# folded to a space).
_SPACED_LEGAL_FORMS = tuple(form for form in cue.LEGAL_FORMS if " " in form)


def has_legal_form(text: str, folded: str | None = None) -> bool:
    """``… e.V.``, ``… GmbH``, ``… Ltd.``, ``ООО …``; two-letter forms (``AG``, ``SA``) only in capitals, not first.
    ``folded``: ``fold_words(text)``, when the caller has it."""
    if not _may_hold_legal_form(fold_words(text) if folded is None else folded):
        return False  # most texts: no token is a legal form
    tokens = [t for t in _TOKEN_SPLIT.split(text) if t]
    for i, token in enumerate(tokens):
        length = _legal_form_length(token)
        if length and (length > 2 or (i > 0 and token.rstrip(".").isupper())):
            return True
    return False


def _organisation_word(word: str) -> bool:
    """A folded word that makes its text an organisation: ``union``, ``unions``, ``handelsverband``."""
    return _holds_organisation_word((word,))


def _holds_organisation_word(words: Sequence[str]) -> bool:
    """Any of ``words`` (folded) is an ``_organisation_word``: one loop over a name's words, not a call a word."""
    org = cue.ORGANISATION_WORDS
    for word in words:
        if "’" in word or "'" in word:
            word = word.replace("’", "'").rpartition("'")[2] or word  # "l’associazione", "dell'unione": the elided article off
        if word in org or (word.endswith("s") and word[:-1] in org):  # "Cooperatives", "Unions"
            return True
        # word[3:] ends with a suffix exactly when the word does and is 3+ letters longer than it: a word
        # of fewer letters than that for the shortest suffix ends with none (most words of a name)
        cjk = "\u3040" <= word[-1:] <= "\u9fff"
        if (cjk or len(word) >= _MIN_SUFFIXED) and word[3:].endswith(cue.CJK_ORGANISATION_SUFFIXES if cjk else cue.ORGANISATION_SUFFIXES):
            return True
    return False


_MIN_SUFFIXED = 3 + min(map(len, cue.ORGANISATION_SUFFIXES))


# Remembered for the parse: one entry is asked about several times (the bare-run check,
# the entry reading, the person test).
@per_parse
def is_organisation(text: str) -> bool:
    """Organisation words, legal forms, compounds (``Handelsverband``), acronyms and long names."""
    words = words_of(text)
    if not words:
        return False
    folded = fold_words(text)  # asked once: each question below reads it
    if not text.isascii() and (caseless := _caseless_kind(folded)) is not None:
        return caseless == "organisation"  # "강변환경연합", "河岸自然保护协会"; "海辺大学教授" is a function
    if _holds_organisation_word(words):
        return True
    if _holds_organisation_phrase(f" {folded} "):
        return True
    if ("e." in folded and _EV.search(folded)) or has_legal_form(text, folded):  # "e. V." needs its "e."
        return True
    raw_words = text.split()
    if len(raw_words) == 1 and _ACRONYM.match(text.strip("()")) and not text.isdigit():
        return True  # "ACORD", "VOICE", "PEN"
    if not (text[:1].isalpha() or _ANY_LETTER.search(text)):
        return True  # "11.11.11"
    return len(raw_words) > _MAX_PERSON_WORDS


def names_a_body(text: str) -> bool:
    """Words that name a body: a head noun (``Union``), a phrase or a legal form; not the shape alone
    (an acronym among other words, more words than a person's name)."""
    if _holds_organisation_word(words_of(text)):
        return True
    folded = fold_words(text)
    if not text.isascii() and _caseless_kind(folded) == "organisation":
        return True
    return _holds_organisation_phrase(f" {folded} ") or has_legal_form(text, folded)


def lowercase_content_words(words: Sequence[str]) -> int:
    """How many of ``words`` open in lower case and are no function word ("de", "i", "and"): a sentence's words of
    content, which a body's name, capitalised as a name, has at most one of."""
    function_words = cue.FUNCTION_WORDS
    return sum(1 for w in words if w[:1].islower() and fold_words(w) not in function_words)


def names_a_body_alone(text: str) -> bool:
    """The line is a body's name and nothing more, as a letterhead prints it over the headline: a few words, the
    body's head noun opening or closing them ("Asociación de Vecinos del Puerto", "Harbour Town Council"), no lowercase
    word of content (a sentence-case headline has some: "Stowarzyszenie gmin apeluje do rządu")."""
    words = text.split(None, _MAX_LETTERHEAD_WORDS)  # (one piece more than the most tells a longer line, not cut up)
    if not 2 <= len(words) <= _MAX_LETTERHEAD_WORDS or text.endswith((".", "!", "?", ":", ",")) or text.isupper():
        return False  # (in capitals a headline's words cannot say they are no name)
    if lowercase_content_words(words):
        return False  # (the shape first: most lines are headlines or sentences, and the lexicons are dearer)
    # (Kana, Han and Hangul names close with their head noun: one opening such a line is a headline's subject)
    return names_a_body(words[-1]) or (not "\u3040" <= text[:1] <= "\ud7a3" and names_a_body(words[0]))


# A letterhead's body name: "Związek Rodziców i Nauczycieli Szkoły Portowej" is six words.
_MAX_LETTERHEAD_WORDS = 7


def classify_kind(name: str) -> SignatoryKind:
    return "organisation" if is_organisation(name) else "person"


# Remembered for the parse like is_organisation: an entry's head is asked about by the bare-run
# check, the paragraph-of-names check and the entry reading.
@per_parse
def is_role(text: str, *, lowercase_is_role: bool = True) -> bool:
    """A function or title: ``composer``, ``Mayor``, ``председатель комитета``, ``Prof. Dr.``.

    After a name, a part in lowercase is a function (``Jean Dupont, compositeur``);
    in a list of handles it is a name (``- kiara``): ``lowercase_is_role=False``.
    """
    folded = fold_words(text).strip(" ,;")
    if not folded:
        return False
    if text[:1].isupper() and (elided := _elided_compound_rest(text)) is not None:
        return is_role(elided, lowercase_is_role=lowercase_is_role)  # "Integrations- und Migrationsbeauftragte"
    if not folded.isascii() and (caseless := _caseless_kind(folded)) is not None:
        return caseless == "role"
    single, phrases = cue.ROLE_WORDS, cue.ROLE_PHRASES_BY_FIRST
    words = words_of(text)
    first = words[:1]
    if first and (first[0] in single or _opens_with_role_head(words, single)):
        return True
    if first and "-" in first[0] and _hyphened_function(text, first[0], single):
        return True
    if folded.startswith(phrases.get(folded[:1], ())):
        return True
    if "\u3040" <= folded[-1] <= "\u9fff" and len(words) == 1 and folded.endswith(cue.CJK_ROLES):
        return True  # "<university>教授", "<hospital>医師": a CJK function closes the text, glued to its body
    if folded in cue.TITLE_FORMS:
        return True
    if len(words) >= 2 and "(" not in text and _head_is_role(words, single):  # ("Eva Holm (Senatorin für …)": two fields)
        return True
    if first and _organisation_word(first[0]):
        return False  # "université Paris Nanterre": a body's head noun opens it, even in lower case
    if len(words) >= 2 and first[0] in cue.ROLE_ARTICLES and words[1] in single and text[:1].isupper():
        return True  # "Le Secrétaire général de l'union": a function's word after its article (nothing else said role)
    last = text.split()[-1]
    # "… öğretim üyesi", "Çamlıbel Köyü Muhtarı" (a possessive ending); "Anselm Schüler" is a name
    # (the lower case asked first: a function word's ending is then no question)
    if not (lowercase_is_role and text[:1].islower() and not text.startswith(("@", "e.", "van ", "von ", "de "))) \
            and not _ends_with_function(words, suffixed_only=not last[:1].islower()):
        return False  # no reason to call it a role: whether it names a body cannot change that ("Ayshan")
    if _possessive_function(words[-1]):
        return True  # "Veli Derneği Başkanı": the body's president, the body's name inside the function
    # "Committee to Protect Journalists" names a body, though "journalists" is a function
    return not (text[:1].isupper() and last[:1].isupper() and is_organisation(text))


def _elided_compound_rest(text: str) -> str | None:
    """``Integrations- und Migrationsbeauftragte des Senats`` → the text from the last compound on: two compounds
    sharing their head, the first cut at its hyphen (German, Dutch, the Nordic languages); else None."""
    parts = text.split(None, 2)
    if len(parts) == 3 and parts[0].endswith("-") and parts[1] in _ELISION_JOINS:
        return parts[2]
    return None


# "X- und Y", "X- en Y", "X- och Y", "X- og Y", "X- ja Y", "X- oder Y": the joining words of an elided compound.
_ELISION_JOINS = frozenset(("und", "oder", "sowie", "en", "of", "och", "eller", "og", "ja", "tai", "és", "vagy"))


def function_opens(words: Sequence[str]) -> bool:
    """A head's words (as written) open with a function (``Secretary …``), or with its article and the function
    (``Le Secrétaire général de l'union``): no person's name."""
    if fold_words(words[0]) in cue.ROLE_ARTICLES and len(words) > 1:
        return is_role(f"{words[0]} {words[1]}", lowercase_is_role=False)
    return is_role(words[0], lowercase_is_role=False)


def _hyphened_function(text: str, first: str, single: frozenset[str]) -> bool:
    """``Secretário-geral da CGTX``, ``presidente-fundador``: a function joined by a hyphen to its lowercase
    qualifier is the function; ``Dean-Jones`` (a capital after the hyphen) is a surname."""
    head, _, _ = first.partition("-")
    written = text.split(maxsplit=1)[0].partition("-")[2]
    return head in single and written[:1].islower() and not _organisation_word(first)


def named_chair(text: str) -> bool:
    """``Harold Benson Professor``: a chair named after a person, a role field and not a second signer;
    the closing function written in capitals and long enough not to be a surname (``Anna Berg``)."""
    # (a function's word itself, not is_role's phrase questions: asked of every name of a paragraph of names)
    words = text.split()
    return len(words) >= 2 and len(last := words[-1]) >= 7 and last[:1].isupper() and fold_words(last) in cue.ROLE_WORDS


# Turkish and Azerbaijani possessive endings on a function closing its phrase ("Başkanı", "üyesi", "sədri");
# a plural ("Gazeteciler") names a body.
_POSSESSIVE_ENDINGS = ("si", "su", "i", "u")


def _possessive_function(word: str) -> bool:
    return any(word.endswith(e) and word[: -len(e)] in cue.ROLE_WORDS for e in _POSSESSIVE_ENDINGS if len(word) - len(e) >= 3)


def _head_is_role(words: Sequence[str], single: frozenset[str]) -> bool:
    """``Detre Professor & Chair of Neurobiology``, ``Hon. Prof. of Mathematics``, ``C.A.S. Professor of X``:
    the words before the first preposition end with a function (or two joined by ``&``/``and``) or a
    title, whatever names or letters stand before it."""
    if _HEAD_PREPOSITIONS.isdisjoint(words):
        return False  # the field after the preposition makes it a function's phrase: "Anna Dean" alone is a name
    cut = next(i for i, w in enumerate(words) if w in _HEAD_PREPOSITIONS)
    head = words[:cut]
    if not head or _holds_organisation_word(head):
        return False
    last = head[-1]
    if last in single or last + "." in cue.TITLE_FORMS:
        return True
    return len(head) >= 3 and head[-2] in ("&", "and") and head[-3] in single  # "Professor and Chair"


# What follows a function's head noun and names its field: "Professor of Physics", "Professor für Physik".
_HEAD_PREPOSITIONS = frozenset({"of", "for", "in", "at", "fur", "de", "du", "des", "di", "del", "della", "da", "do"})


def _opens_with_role_head(words: Sequence[str], single: frozenset[str]) -> bool:
    """``Senior Researcher``, ``Vice President``, ``lastenkirjailija``: a head noun after modifiers, or a
    compound ending in one (Finnish, German, Hungarian write a function as one word)."""
    position = 0
    while position < min(len(words), 3) and words[position] in cue.ROLE_MODIFIERS:
        position += 1
    if 0 < position < len(words) and words[position] in single:
        return True
    head = words[position] if position < len(words) else ""
    return len(head) > 6 and (head.endswith(cue.ROLE_SUFFIXES) or _compound_function(head)) and not _organisation_word(head)


def _compound_function(word: str) -> bool:
    """``apulaisprofessori``, ``erikoislaakari``, ``oberarzt``: a folded word of at least three letters
    before a head noun of a function, as the compounding languages write a qualified function."""
    # word[3:] ends with a head exactly when the word does and holds three letters more (a head has four)
    if len(word) < _MIN_COMPOUND:
        return False
    heads = cue.COMPOUND_ROLE_HEADS_BY_END.get(word[-2:])
    return heads is not None and word[3:].endswith(heads)


# Three letters of qualifier and a head noun of four: a shorter word is no compound function.
_MIN_COMPOUND = 7


# Scripts whose entries carry no case and no spaces inside a compound: the head noun closes the text in
# Chinese, Japanese and Korean ("海辺大学教授": professor; "강변환경연합": a union) and opens it in Thai.
_HEAD_LAST_SCRIPT = lazy(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
_HEAD_FIRST_SCRIPT = lazy(r"[\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]")


_OPENING_MARKS = frozenset("「『（(“\"")


def _caseless_kind(folded: str) -> str | None:
    """"role", "organisation" or None for a folded text opening with a letter of those scripts."""
    if folded[:1].isdigit():
        folded = folded.lstrip("0123456789.,-/ ")  # "4.19강변지키기 시민위원회": a body named for a date opens with it
    if folded[:1] < "\u0e00" and folded[:1] not in _OPENING_MARKS:
        return None  # Latin, Cyrillic, Greek, Arabic, Indic, …: every script of these opens at U+0E00 or later
    if folded[:1] in _OPENING_MARKS:
        # "「コモンズ」編集長", "(社)…研究所名誉理事": a quoted or bracketed word opens it, the head still closes it
        folded = folded.lstrip("".join(_OPENING_MARKS))
        if not folded:
            return None
    last = _HEAD_LAST_SCRIPT.match(folded) is not None
    if not last and _HEAD_FIRST_SCRIPT.match(folded) is None:
        return None
    text = folded.replace(" ", "")
    roles, bodies = cue.CASELESS_ROLE_HEADS, cue.CASELESS_ORGANISATION_HEADS
    if (text.endswith(roles) if last else text.startswith(roles)):
        return "role"
    return "organisation" if (text.endswith(bodies) if last else text.startswith(bodies)) else None


def is_function_word(word: str) -> bool:
    """One word naming a function, possessive endings allowed: ``deputatı``, ``sədri``, ``composer``."""
    folded = words_of(word)
    return bool(folded) and _ends_with_function(["", folded[-1]])


def _ends_with_function(words: Sequence[str], *, suffixed_only: bool = False) -> bool:
    """Turkish and Azerbaijani put the function last, with a possessive ending:
    ``Milli Məclisin deputatı``, ``İctimai Birliyinin sədri``, ``Ege Üniversitesi öğretim üyesi``."""
    return len(words) >= 2 and _is_function_stem(words[-1], suffixed_only)


_LATIN_CONSONANTS = frozenset("bcdfghjklmnpqrstvwxz")


def _is_function_stem(word: str, suffixed_only: bool) -> bool:
    """A folded word that is a function less up to three letters of ending."""
    functions = cue.ROLE_WORDS
    # A possessive ending closes on a vowel (``başkanı``, ``üyesi``, ``elnöke``); a Latin consonant after
    # a function's word is a surname's own letter (``Bischoff`` is no ``Bischof`` with an ending).
    cuts: tuple[int, ...]
    if word[-1:] in _LATIN_CONSONANTS:
        cuts = () if suffixed_only else (0,)
    else:
        cuts = (1, 2, 3) if suffixed_only else (0, 1, 2, 3)
    if any(word[: len(word) - cut] in functions for cut in cuts if len(word) - cut >= 3):
        return True
    # "… ja tehohoidon erikoislääkäri": a compound function closes the phrase (its own ending, not a suffix)
    return not suffixed_only and _compound_function(word)


def is_particle(word: str) -> bool:
    """A lowercase word inside a person's name: ``van``, ``de``, ``bin``."""
    return word.casefold() in _PARTICLES


def is_initials_name(text: str) -> bool:
    text = text.strip()
    return text[1:2] == "." and bool(_INITIALS_NAME.match(text))  # "J. Roe": a dot after the first capital


def reads_as_name(name: str, kind: str) -> bool:
    """A signatory whose name reads as a person's or an organisation's (not a sentence cut short)."""
    if kind == "person":
        return looks_like_person(name)
    # the shape asked first: a capitalised name of a few words reads as one whatever its words
    return (name[:1].isupper() and len(name.split(maxsplit=_MAX_BODY_NAME_WORDS)) <= _MAX_BODY_NAME_WORDS) or is_organisation(name)


# An organisation's name of more words than this that no organisation word marks is a sentence.
_MAX_BODY_NAME_WORDS = 11


def looks_like_person(text: str, *, lowercase_ok: bool = False) -> bool:
    """A short run of name words with no organisation word: ``Emre Aydın Tekin``, ``П.С.Орлов``, ``Jay W.``."""
    text = text.strip()
    words = text.split()
    if not 1 <= len(words) <= _MAX_PERSON_WORDS:
        return False
    # each of those marks (and "http://") holds one of : ; ! ?
    if ("?" in text or ":" in text or ";" in text or "!" in text) and _NOT_IN_NAMES.search(text) and not text.startswith("@"):
        return False
    # a digit is no letter: a name of letters alone ("Anna Berg") is not searched for one
    if len(words) > 1 and not "".join(words).isalpha() and _THREE_DIGITS.search(text):
        return False  # "Berlin 2024", "Room 101"; a handle alone may have digits ("Otus9051")
    # every word may open in lower case with lowercase_ok: neither the initials nor the words can say no
    if not lowercase_ok and not is_initials_name(text) and not _capitalised(words):
        return False
    # the words' shape asked first: the body's words are looked up only for a text shaped like a name
    return not is_organisation(text)


def _capitalised(words: Sequence[str]) -> bool:
    """Each word of a name opens with a capital (or in a script without case), particles and handles aside."""
    for w in words:
        first = w[:1]
        if first.isupper() or (first.isalpha() and first.lower() == first.upper()):
            continue  # "Anna": a capital opens the word; "अजित", "أحمد": a script without case cannot say no
        core = w.strip("\"'“”«»()")
        if not core or core.casefold() in _PARTICLES:
            continue
        if not (core[:1].isupper() or core.startswith("@")):
            return False
    return True
