"""Is this line a stamp?  A question the dateline, title and signature stages all ask.

A stamp line is a date (and time) with little else on the line: markup, a label, a
section name or byline set off by a bar, an update stamp.  Dates inside sentences
(events, deadlines) are not stamps.
"""

from __future__ import annotations

import regex

from ..data import dateline_words as words
from ..lines import Line
from .read import Stamp, read_stamp

_DIGIT = regex.compile(r"\d")
# Longer lines are paragraphs: only their opening can be a lede.
STAMP_MAX = 160
MARKUP = regex.compile(r"^[\s#*>_|\-–—•]*")
# What may be left on a stamp line besides the stamp: markup and punctuation, and a section
# name set off by a bar or a bullet ("27.05.2024 17:59 | Politics", "Economy · 27 May 2024").
LEFTOVER = regex.compile(r"^[\s#*>_|.,;:()\[\]\-–—•]*$")
# A byline or a counter may stand there too: "By Jane Doe, Reuters | May 27, 2024", "… | Views: 1234".
_SECTION_AFTER = regex.compile(r"^\s*[|•·]\s*\p{L}[\p{L}\p{M}\p{N} &,.:'’]{0,40}$", regex.V1)
_SECTION_BEFORE = regex.compile(r"^[\s#*>_]*\p{L}[\p{L}\p{M}\p{N} &,.'’]{0,40}[|•·]\s*$", regex.V1)
_BYLINE = "|".join(regex.escape(w) for w in words.BYLINE_WORDS)
_BYLINE_AFTER = regex.compile(rf"^[\s,]*(?i:{_BYLINE})\s+\p{{L}}[\p{{L}}\p{{M}}\p{{N}} .'’\-@]{{0,40}}$", regex.V1)
_BYLINE_BEFORE = regex.compile(
    rf"^[\s#*>_]*(?i:{_BYLINE})\s+\p{{L}}[\p{{L}}\p{{M}} .'’\-]{{0,40}}?[\s,]*(?i:on|le|am|el|il)?\s*$", regex.V1
)

def is_stamp_line(text: str, stamp: Stamp) -> bool:
    """The stamp and nothing else but markup on the line."""
    if stamp.dateline.datetime is None:
        return False
    if stamp.relative and stamp.dateline.time is None:
        return False  # a menu's "Today" or "Yesterday" is no stamp; "Today, 17:59" is
    left, right = text[: stamp.start], text[stamp.end :]
    return bool(
        (LEFTOVER.match(left) or _SECTION_BEFORE.match(left) or _BYLINE_BEFORE.match(left))
        and (LEFTOVER.match(right) or _SECTION_AFTER.match(right) or _BYLINE_AFTER.match(right)
             or _update_stamp(right))
    )


def _update_stamp(text: str) -> bool:
    """The rest of a stamp line is the update stamp: "11.06.2024 14:05 Güncelleme: 11.06.2024 16:20"."""
    if not _DIGIT.search(text) or len(text) > STAMP_MAX:
        return False
    try:
        stamp = read_stamp(text)
    except Exception:  # a stage never raises on odd text
        return False
    return (
        stamp is not None
        and stamp.label == "updated"
        and bool(LEFTOVER.match(text[: stamp.start]) and LEFTOVER.match(text[stamp.end :]))
    )


def stamp_on_line(line: Line, languages: tuple[str, ...] | None) -> Stamp | None:
    """The stamp on ``line`` if the line is a stamp (the date and little else), for other stages.

    The title stage uses it not to take a stamp for a headline, the signature stage not to
    take a closing date for a signatory.
    """
    text = MARKUP.sub("", line.text)
    if not text or len(text) > STAMP_MAX or not any(c.isdigit() for c in text):
        return None
    try:
        stamp = read_stamp(text, languages=languages or ())
    except Exception:  # a stage never raises on odd text
        return None
    return stamp if stamp is not None and is_stamp_line(text, stamp) else None
