"""What closes a list of signers as the scrape left it: an entry cut mid-word, a date line cut short.

``last_entry_line`` (``stmtkit.signatories.block``) looks past such a line for the run's last entry.
"""

from __future__ import annotations

from ..dates.names import month_number
from ..fold import fold_words
from ..patterns import lazy
from .lines import at_least_words, bare_entry

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
    words = fold_words(text).replace(".", " ").split()
    if not 2 <= len(words) <= _MAX_CUT_DATE_WORDS or not any(w.isdigit() and len(w) <= 2 for w in words):
        return False
    if _NUMBER_LABEL.match(text.lstrip()) and _NUMBER_LABEL.match(before.lstrip()):
        return False
    return any(month_number(w, languages or ()) for w in words if w.isalpha())
