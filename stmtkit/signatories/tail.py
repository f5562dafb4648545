"""What closes a list of signers as the scrape left it: an entry cut mid-word, a date line cut short, a stray last row.

``last_entry_line`` (``stmtkit.signatories.block``) looks past such a line for the run's last entry.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..dates.names import month_number
from ..fold import fold_key, fold_words
from ..model import Signatory
from ..patterns import lazy
from .cues import MAX_SIGN_OFF_WORDS, block_cues, closes_on_behalf, opens_on_behalf, page_counter
from .kind import is_place, is_role, looks_like_person, names_a_body, reads_as_name
from .lines import at_least_words, bare_entry, is_others_line
from .others import others_count
from .rows import Row

# An entry the scrape cut at the end of a list ("чл" of "член") is a few words.
_MAX_CUT_WORDS = 6
# A closing date line ("25 hb. Julai 201", "Paris, le 27 mai 20") is a few words.
_MAX_CUT_DATE_WORDS = 5
_NUMBER_LABEL = lazy(r"^\d{1,4}[.)]\s")


def cut_off(text: str, before: str) -> bool:
    """A list the scrape cut mid-entry: after an entry ending in ``;`` or ``,``, a last line of a few
    words that reads as no entry (``чл``, ``head of department, d.``)."""
    if not before.rstrip().endswith((";", ",")) or at_least_words(text, _MAX_CUT_WORDS + 1):
        return False
    return not bare_entry(text, False)[0] and bare_entry(before, False)[0]


def date_cut_short(text: str, before: str, languages: tuple[str, ...] | None) -> bool:
    """The letter's date line under the signers, cut by the scrape so that no date can be read from it
    (``25 July 201``): a few words, a day number and a month name, nothing else.  Not the last of
    numbered entries (``8. Name, student`` under ``7. …``: a function word may spell a month in
    another language)."""
    # cut into one word more than such a line holds, at most: a paragraph is not cut into all its words
    words = fold_words(text).replace(".", " ").split(None, _MAX_CUT_DATE_WORDS)
    if not 2 <= len(words) <= _MAX_CUT_DATE_WORDS or not any(w.isdigit() and len(w) <= 2 for w in words):
        return False
    if _NUMBER_LABEL.match(text.lstrip()) and _NUMBER_LABEL.match(before.lstrip()):
        return False
    return any(month_number(w, languages or ()) for w in words if w.isalpha())


# So many names above make a block's layout plain enough to tell a stray line below it.
_MIN_NAMES_ABOVE_STRAY = 3


def stray_last_row(rows: Sequence[Row], signatories: Sequence[Signatory], *, signed_off: bool = False) -> bool:
    """The last row stands alone after a blank line (or is an entry the scrape cut short), gives one entry
    that reads as no name, and every entry above it reads as a name ("… and 312 others" is the block's
    count, not a stray).  ``signed_off``: a closing formula opened the block, so one signer above is plain
    enough (a letter's signer, then the page's own line: "Advertise here", a town, a page count)."""
    if len(rows) >= 2 and rows[-1].line.text.rstrip().endswith(("!", "?")) \
            and len(signatories) >= 2 and signatories[-1].lines[0] == rows[-1].line.number:
        # "SESİMİZİ DUYUN!" under the signer, after a blank line or right below: the next text's call or
        # headline, never a name
        return True
    if signed_off and _town_under_writer(rows, signatories):
        return True
    if len(rows) < 2 or not (rows[-1].after_blank or _cut_before_name(signatories[-1])):
        return False
    if len(signatories) < 2 or (len(signatories) <= _MIN_NAMES_ABOVE_STRAY and not signed_off
                                and not all(s.role or s.affiliation for s in signatories[:-1])):
        return False  # (fewer names are plain enough when each came with a field line: its function or body)
    *above, stray = signatories
    number = rows[-1].line.number
    if is_others_line(rows[-1].line.text) or others_count(rows[-1].line.text) is not None or stray.lines[0] != number or above[-1].lines[1] >= number:
        return False
    people = all(s.kind == "person" for s in above)
    # under people, a line that is neither a person's name nor an organisation's is no entry
    stays = (looks_like_person(stray.name) or names_a_body(stray.name)) if people else reads_as_name(stray.name, stray.kind)
    # (a town alone is where the page or the letter stands, never a signer: asked last, of the few strays)
    stays = stays and not is_place(stray.name)
    return not stays and all(reads_as_name(s.name, s.kind) for s in above)


def _town_under_writer(rows: Sequence[Row], signatories: Sequence[Signatory]) -> bool:
    """Under a closing formula, the writer's full name, then one word alone on the last row, right below it or
    after a blank line (``Erik Lund`` / ``Västerås``): the town the letter comes from, no second signer
    (one word is no full name; a letter closed so has one writer)."""
    if len(signatories) != 2:
        return False
    writer, last = signatories
    return writer.kind == "person" and " " in writer.name and last.name.isalpha() and last.name[:1].isupper() \
        and last.role is None and last.affiliation is None and last.lines[0] == rows[-1].line.number > writer.lines[1]


def behalf_row(rows: Sequence[Row], signatories: Sequence[Signatory]) -> int | None:
    """Where the row giving the last signatory stands, when it says on whose behalf the names above it sign
    (``On behalf of the Harbour Coalition``): whom they sign for, no signer."""
    if len(signatories) < 2:
        return None
    number = signatories[-1].lines[0]
    for at in range(len(rows) - 1, 0, -1):  # from the end: the rows below the last signatory give none
        row = rows[at]
        if row.line.number <= number:
            return at if row.line.number == number and opens_on_behalf(fold_words(row.line.text)) else None
    return None


def behalf_over_names(rows: Sequence[Row], signatories: Sequence[Signatory]) -> bool:
    """Whether the first signatory's line, over the others, says on whose behalf they sign
    (``Sincerely,`` / ``lastevanemate kogu nimel`` / ``Kadri Tamm``): a short line opening or closing with an on-behalf
    phrase that reads as no person's name (``Popescu Adina``): whom the names below sign for, no signer."""
    if len(signatories) < 2:
        return False
    first = signatories[0]
    if first.lines[0] != first.lines[1] or first.lines[1] >= signatories[1].lines[0] or looks_like_person(first.name):
        return False
    text = next((row.line.text for row in rows if row.line.number == first.lines[0]), "")
    if not text or at_least_words(text, MAX_SIGN_OFF_WORDS + 1):
        return False
    folded = fold_words(text).strip(" ,.:")
    return opens_on_behalf(folded) or closes_on_behalf(folded)


def _cut_before_name(entry: Signatory) -> bool:
    """``Neurotieteiden toh``: the scrape cut a function-first entry before its name; its words alone, no
    field read, the last in lower case and no function (a name's last word is capitalised); one word alone
    is a handle (``kiara``), not a function cut short."""
    if " " not in entry.name:
        return False
    last = entry.name.rsplit(" ", 1)[-1]
    return entry.role is None and entry.affiliation is None and last.isalpha() and last.islower() \
        and not is_role(last, lowercase_is_role=False)


def page_line(text: str) -> bool:
    """A line the page sets under a text, no entry and no text of it: a short heading that ends a block
    (``Comments``, ``Notes to editors``), such a label and its words (``Tags: climate, housing``), a page counter,
    a town alone."""
    end_headings = block_cues().end_headings
    if (not at_least_words(text, 5) and fold_key(text) in end_headings) or page_counter(text):
        return True
    head, colon, _ = text.partition(":")
    return (bool(colon) and not at_least_words(head, 4) and fold_key(head) in end_headings) or is_place(text)
