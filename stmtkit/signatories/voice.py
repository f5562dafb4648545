"""Whether a text speaks as its signer: the evidence that a lone body's name closing it signs it.

A statement, an open letter or a press release speaks in the first person plural (``we ask``,
``nous demandons``, ``мы просим``, ``אנו``), opens with a salutation (``Monsieur le Maire,``) or
names its kind at the top (``BASIN AÇIKLAMASI``, ``Open letter``).  A news report that ends in a photo
caption naming a body (``Members of the Harbour Union outside the town hall``) does none of these.
"""

from __future__ import annotations

from ..data import folded_cues as cue
from ..data import folded_structure
from ..fold import fold_key
from ..state import Context
from .kind import words_of
from .lines import at_least_words

# A salutation is a few words ending in a comma ("Sehr geehrte Damen und Herren,").
_MAX_SALUTATION_WORDS = 6


def speaks_as_signer(ctx: Context, before: int) -> bool:
    """Above line ``before``: a word of the first person plural, a salutation line, or a document label."""
    we = cue.WE_WORDS
    labels = folded_structure.DOCUMENT_LABELS
    ending = _WE_VERB_ENDINGS.get(ctx.language or "")
    for line in ctx.lines[: before - 1]:
        text = line.text
        if not text:
            continue
        if text.endswith(",") and not at_least_words(text, _MAX_SALUTATION_WORDS + 1):
            return True
        words = words_of(text)
        if not we.isdisjoint(words) or (not at_least_words(text, 5) and fold_key(text) in labels):
            return True
        if _letter_spaced(text) and fold_key(text.replace(" ", "")) in labels:
            return True  # "보 도 자 료", "P R E S S E M I T T E I L U N G": the kind's name spaced out letter by letter
        if ending and any(len(w) >= _MIN_VERB_CHARS and w.endswith(ending) for w in words):
            return True  # "Reiteramos nuestra demanda …": Spanish and Portuguese say "we" in the verb
    return False


def _letter_spaced(text: str) -> bool:
    """Three letters or more, each alone between spaces."""
    return len(text) >= 5 and text[1:2] == " " and all(len(piece) == 1 for piece in text.split(" "))


# The first person plural's verb endings where the pronoun is left out (es, pt, gl, it, pl); a verb this long
# ("ratificamos", "exigimos" is left out: "-imos" closes adjectives, "últimos", "próximos"; Polish
# "jesteśmy" (folded: "jestesmy"), "apelujemy", "prosimy", but not "-amy"/"-emy", which close plural nouns, "programy", "problemy").
_WE_VERB_ENDINGS = {"es": ("amos", "emos"), "pt": ("amos", "emos"), "gl": ("amos", "emos"), "it": ("iamo",),
                    "pl": ("smy", "ujemy", "imy")}
_MIN_VERB_CHARS = 7
