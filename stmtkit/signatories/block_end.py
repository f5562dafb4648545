"""Lines that close a signature block: contacts, notes, comments, addressees, dates, a page's own lines, prose."""

from __future__ import annotations

from ..addressee import is_salutation
from ..chrome import opens_with_document_label
from ..dates.stamp_line import stamp_on_text
from ..fold import fold_key, fold_words, strip_markup
from ..patterns import holds_digit, lazy
from .cues import addressee_pattern, block_cues, credit_pattern, others_count_pattern, page_counter
from .lines import at_least_words, html_comment_edge, others_key, plain_key, without_bracket_note

_FOOTNOTE = lazy(r"^(?:\[\^?\d+\]:?|\[\d+\]|[¹²³⁴⁵⁶⁷⁸⁹])")
_FOOTNOTE_STARTS = frozenset("[¹²³⁴⁵⁶⁷⁸⁹")
_TWO_COMMAS_IN_TEXT = lazy(r"\p{L}{2,}.*,.*\p{L}{2,}.*,")
_POSTSCRIPTS = ("ps. ", "p.s. ", "pps. ", "p.p.s. ")  # Latin, so in every language: "P.S. We also wrote …"


# An end heading and a few words saying whose ("Contact at the city's library") is a short line.
_END_PHRASE_WORDS = 6
# The document's own link under its names ("Open letter as a PDF with the full list of signatures") is a few words.
_LINK_WORDS = 8


def ends_block(text: str, languages: tuple[str, ...] | None) -> bool:
    """Lines (their ``text``) that close a signature block: contacts, notes, comments, addressees, dates, prose."""
    cues = block_cues()
    if html_comment_edge(text) or (text[:1] in _FOOTNOTE_STARTS and _FOOTNOTE.match(text)):
        return True
    if "。" in text:
        return True  # "（欢迎加入签名。永久开放）": a sentence's full stop, which no Chinese or Japanese name holds
    plain = strip_markup(text)
    key = plain_key(plain)
    end_headings = cues.end_headings
    if key in end_headings:
        return True
    if " " in key and key.partition(" ")[0] in end_headings and not at_least_words(plain, _END_PHRASE_WORDS + 1) \
            and plain.split(None, 2)[1][:1].islower():
        return True  # "Ansprechpartnerin an der Hochschule Nordstadt": a contact heading and whose (not "Contacto Ciudadano")
    # (asked of a line of four words or more without a comma: a name and its fields are shorter or hold one)
    if "," not in plain and at_least_words(plain, 4) and opens_with_document_label(plain, most_words=_LINK_WORDS):
        return True  # "Unser offener Brief zum Herunterladen (PDF)": the document's own link under its names
    noted = without_bracket_note(plain)
    # without a bracket note the second key is the first one (strip_markup changes a stripped line no more)
    if noted is not plain and fold_key(noted) in end_headings:
        return True
    # "For more information, please contact …", "Contact: press@…": a longer end heading opening a sentence
    # (without a comma or colon the head is the key, asked about just above); a postscript needs neither ("ps. …")
    if (postscript := key.startswith(_POSTSCRIPTS)) or "," in key or ":" in key:
        # up to the first; a heading's own dot goes as the cue list's folding drops it ("P.S.: …" asks "p.s")
        head = key[: min((at for at in (key.find(","), key.find(":")) if at >= 0), default=0)].strip().rstrip(".")
        if postscript or (head in end_headings and (len(head.split()) >= 2 or ":" in text)):
            return True
    folded = fold_words(text)
    # an addressee needs its colon ("To:", "Kime:"), a salutation its "," or "!" ("Prezado Tavares,": a reply below)
    if (":" in folded and addressee_pattern().match(folded)) or (folded[:1] in cues.credit_starts and credit_pattern().match(folded)) \
            or (folded[-1:] in ",!" and any(is_salutation(folded, language) for language in languages or ())):
        return True
    # "and 200 more", "… и еще 50 человек": a connector (or an ellipsis) opens the line
    if key[:1] in cues.count_starts and others_count_pattern().match(key):
        return True
    return others_key(key, text) or (holds_digit(text) and (is_date_line(text, languages) or page_counter(text)))


def is_date_line(text: str, languages: tuple[str, ...] | None) -> bool:
    """A line (its ``text``) that is a date (a letter's closing ``Paris, le 27 mai 2024``), not an entry holding one."""
    return stamp_on_text(text, languages) is not None and not _TWO_COMMAS_IN_TEXT.search(text)
