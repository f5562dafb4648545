"""A site's menu laid out one entry a line above the headline (the boilerplate stage's first question), and its clock
beside the weather widget."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from .chrome import is_document_label
from .crawler_line import crawler_metadata
from .data import folded_structure
from .dates.stamp_line import stamp_on_text, states_a_date
from .fold import fold_key, fold_words
from .lines import Lines
from .patterns import holds_digit, lazy
from .signatories.kind import looks_like_person
from .state import Context

# Menus above the title: this many consecutive short lines at the top.
_TOP_MENU_RUN = 4
# Below a stamp or the site's line (at most two lines), a longer run: "Weather" / "Markets" under a headline are no menu.
_MENU_BELOW, _TOP_MENU_RUN_BELOW = 2, 8
_SPACED_MENU_RUN = 6


def is_menu_entry(text: str) -> bool:
    """Shaped as a menu's entry: short, three words at most, no sentence's end, no date (a stamp right under
    the headline, where a scrape dropped the blank lines: "Headline" / "03.05.2011" / "To the Board")."""
    longest, most_words = _ENTRY_CHARS, _ENTRY_WORDS
    if text[:1] in _BULLETS:
        bare = text.lstrip(_BULLETS)  # "  • Sport": a nested menu's entry, its bullet no word of it
        if bare is not text and text.lstrip()[:1] in _ENTRY_BULLETS:
            # "• Copyright, Terms and Conditions": a bulleted menu names its pages more fully than a bar does
            longest, most_words = _BULLETED_ENTRY_CHARS, _BULLETED_ENTRY_WORDS
        text = bare
    # the length first: a paragraph is not split into its words to be told no entry
    return len(text) <= longest and len(text.split()) <= most_words and not text.endswith((".", "!", "?", ":", ";", ",")) \
        and not (any(map(str.isdigit, text)) and states_a_date(text))


# An entry's length, and a bulleted entry's ("• Grievance Redressal Mechanism").
_ENTRY_CHARS, _ENTRY_WORDS = 25, 3
_BULLETED_ENTRY_CHARS, _BULLETED_ENTRY_WORDS = 40, 5
_ENTRY_BULLETS = "•·▪◦‣"


_BULLETS = " •·▪◦‣*-–"


def top_menu(content: Lines) -> Lines:
    """A menu laid out one entry a line above the headline: ``Home`` ``News`` ``World`` ``Contact`` …"""
    run, previous = 0, -1
    texts, first = content.texts(), next(content.texts(), "")  # the first line's text, no Line made
    if cut := crawler_metadata(first):  # "date 2020-09-14  Back To Top": the entry after it
        texts = iter([first[cut:], *islice(texts, 1, None)])
    start, clock, step = 0, False, 1
    for at, (number, text) in enumerate(zip(content.numbers(), texts, strict=True)):
        entry = is_menu_entry(text)
        if run and not entry and not clock and number == previous + 1 and _clock_line(text):
            clock, run, previous = True, run + 1, number  # the site's clock between its menu's entries
            continue
        if run == 1 and entry and number == previous + 2 and not start and text.lstrip()[:1].isalpha():
            step = 2  # "Home" / "" / "Politics" / "" / …: a menu whose entries the scrape set a blank line apart
        if not entry or (run and number != previous + step):
            if run or at >= _MENU_BELOW:
                break
            start = at + 1  # a stamp or the site's line over the menu: the menu may start below it
            continue
        run, previous = run + 1, number
    if run and is_document_label(content[start + run - 1].text):
        run -= 1  # the document's kind ("Open letter") right under the menu, where a scrape dropped the blank line
    # (entries set apart by blank lines: a longer run, as a short one is a letter's addressees or a list of names)
    least = _TOP_MENU_RUN_BELOW if start else _TOP_MENU_RUN if step == 1 else _SPACED_MENU_RUN
    return content[start : start + run] if least <= run < len(content) - start else content[:0]


def entry_key(text: str) -> str:
    """A menu entry's words, its bullet and indent left out: "  • Sport" and "Sport" are one entry."""
    return text.lstrip(_BULLETS).casefold()


def menu_again(content: Lines, entries: frozenset[str]) -> Iterator[Lines]:
    """Runs of entry lines (``_TOP_MENU_RUN`` or more in a row) that repeat a menu already found: a site prints its
    menu twice (the wide screen's and the phone's), the second under a search box or a clock the first did not
    have, or at the page's foot."""
    run: list[int] = []
    for number, text in zip(content.numbers(), content.texts(), strict=True):
        again = is_menu_entry(text) and entry_key(text) in entries
        if not again or (run and number != run[-1] + 1):
            if len(run) >= _TOP_MENU_RUN:
                yield content.pick(run)
            run = []
        if again:
            run.append(number)
    if len(run) >= _TOP_MENU_RUN:
        yield content.pick(run)


def _clock_line(text: str) -> bool:
    """A date line with its time and nothing else ("13:03, Saturday, 5 July 2025"): a site's clock when it stands
    among the entries of its menu (a letter's date line under its reference number has no time)."""
    if len(text) > _STAMP_LINE or ":" not in text or not holds_digit(text):
        return False
    stamp = stamp_on_text(text, None)
    return stamp is not None and stamp.dateline.time is not None


def clock_beside_weather(ctx: Context, weather: int) -> int | None:
    """The line of the site's clock beside the weather widget on line ``weather``: the nearest line with text above
    or below it that is a date line and nothing else (today's date, not the page's stamp); below it, only when the
    page dates itself on another line further down (a date line alone under the weather may be the article's own
    stamp)."""
    for step in (-1, 1):
        n = weather + step
        while 0 < n <= len(ctx.lines) and not ctx.text(n).strip():
            n += step
        if 0 < n <= len(ctx.lines) and ctx.is_free(n) and stamp_on_text(ctx.text(n), None) is not None:
            # the clock above the weather, as sites set them; a date line under it only when the page dates itself
            # further down
            return n if step < 0 or _dated_below(ctx, n) else None
    return None


def _dated_below(ctx: Context, after: int) -> bool:
    """Another free line below ``after``, short enough for a stamp, states a date (a related list's or a comment's
    date, taken already, does not date the page)."""
    return any(len(text) <= _STAMP_LINE and holds_digit(text) and ctx.is_free(n) and states_a_date(text)
               for n, text in islice(((n, ctx.text(n)) for n in range(after + 1, len(ctx.lines) + 1)), _DATED_WITHIN))


# A stamp line's length, and how many lines below the clock the page's own stamp is looked for.
_STAMP_LINE, _DATED_WITHIN = 80, 400


def names_row(text: str) -> bool:
    """``Anna Berg · Tom Lind · Eva Holm``: three names or more between the marks, none a page's or a section's
    name (a menu's "About Us" is shaped as a name too): signers in a row, no menu."""
    parts = [p.strip() for p in _NAME_MARKS.split(text) if p.strip()]
    return len(parts) >= 3 and all(map(looks_like_person, parts)) and not any(
        fold_key(p) in folded_structure.CHROME_LINES or fold_words(p) in folded_structure.SECTION_WORDS for p in parts)


_NAME_MARKS = lazy(r" [·|•] ")


# Bulleted menu entries between two lines that make a short line and its copy the site's header printed twice (for
# wide and narrow screens: "Site Name" / "• Home" / "• Sport" / … / "Site Name"), not a headline and its copy.
_MENU_BETWEEN = 5
_MENU_BULLETS = "•*-–·"


def bulleted_menu_between(ctx: Context, first: int, last: int) -> bool:
    """Between lines ``first`` and ``last`` stand a bulleted menu's entries (five at least)."""
    entries = 0
    for number in range(first + 1, last):
        text = ctx.text(number).lstrip()
        entries += bool(text) and text[0] in _MENU_BULLETS and is_menu_entry(text.lstrip(_MENU_BULLETS + " "))
        if entries >= _MENU_BETWEEN:
            return True
    return False
