"""Names the scrape ran together with no separator: ``Marta Nowak Piotr Zieliński Anna Maria Kowalczyk …``.

A page that sets each signer in an element of its own loses the line breaks when its text is taken
whole; what is left is one line of capitalised words.  Read two words a name (an initial such as
``R.`` belongs to the name it stands in, a particle such as ``de`` to the word after it), and only
when every word is capitalised, none is a function word, a body's or a function's word, and each
pair reads as a person's name: a headline in title case (``Council Votes On The New Budget``) is not.
"""

from __future__ import annotations

from ..fold import fold_words
from .cues import block_cues
from .kind import is_initials_name, is_organisation, is_particle, is_role, looks_like_person

# A line of names run together: at least this many names (a shorter run is a headline's length).
_MIN_NAMES = 6
_NAME_WORDS = 2


# A line of six names is this long at least: shorter lines are not asked (callers check it first, a call saved
# on every short line).
MIN_RUN_CHARS = _MIN_NAMES * 8


def names_run_together(text: str) -> list[str] | None:
    """The names of a line of names run together, two words a name; None for any other text."""
    if len(text) < MIN_RUN_CHARS or "," in text or ";" in text or ":" in text or "(" in text:
        return None  # (the shape first: most lines are short or hold a separator)
    words = text.split()
    if len(words) < _MIN_NAMES * _NAME_WORDS:
        return None
    function_words = block_cues().function_words
    names: list[list[str]] = []
    current: list[str] = []
    main = 0  # the current name's capitalised words (initials and particles not counted)
    pending: list[str] = []  # particles waiting for the word they stand before
    for word in words:
        if is_particle(word):
            pending.append(word)
            continue
        if not word[:1].isupper() or (word.endswith((".", "!", "?")) and not _initial(word)) \
                or fold_words(word) in function_words:
            return None
        if _initial(word):
            if not current or pending:
                return None
            current.append(word)  # "Janusz R. Kowalczyk": the initial stands inside the name
            continue
        if main == _NAME_WORDS:
            names.append(current)
            current, main = [], 0
        current.extend([*pending, word])
        pending = []
        main += 1
    if main != _NAME_WORDS or pending:
        return None  # an odd word out: no reading two words a name fits
    names.append(current)
    joined = [" ".join(name) for name in names]
    if len(joined) < _MIN_NAMES or not all(looks_like_person(n) and not is_organisation(n) and not is_role(n) for n in joined):
        return None
    return joined


def _initial(word: str) -> bool:
    return (len(word) == 2 and word[1] == "." and word[0].isupper()) or (is_initials_name(word) and len(word) <= 4)
