"""Scrape junk: lone markers, site chrome, navigation, widgets, desk codes, repeated paragraphs.

Matched by shape (a line of punctuation only, a copyright line, a row of
short menu entries, a currency ticker) as well as by the per-language words
in ``stmtkit.data.structure_words``, so unseen sites are handled too.  Each
piece is kept in ``boilerplate`` with its ``kind``: ``scrape-marker``,
``desk-code``, ``widget``, ``copyright``, ``share``, ``print``,
``subscribe``, ``read-more``, ``related``, ``tags``, ``comments``,
``cookie``, ``navigation``, ``site-chrome``, ``repeated`` (and
``title-repeat``, from the title stage); and a press release's furniture:
``about`` (an "About <org>" heading and its prose), ``contact`` (a media
contact heading and the lines under it), ``source`` ("SOURCE Acme Corp",
"News provided by"), ``call-to-action`` ("Add your name: sign the letter").
"""

from __future__ import annotations

from array import array
from functools import lru_cache
from itertools import groupby, islice

import regex

from ..chrome import is_language_switcher, is_menu, is_share_row, is_weather_reading, site_name_lines
from ..contact_block import contact_block_end
from ..data import folded_structure
from ..data.chrome_words import IMPRINT_PREFIXES
from ..data.structure_words import COOKIE_WORDS, WIRE_SOURCE_MARKERS
from ..fold import fold_key, fold_key_of, fold_words, fold_words_each
from ..lines import Line, Lines, once_a_run
from ..menus import clock_beside_weather, entry_key, is_menu_entry, menu_again, names_row, top_menu
from ..patterns import lazy
from ..related_list import claim_lists_under_headings
from ..signatories.cues import page_counter
from ..state import Context
from ..teaser_run import dated_teasers, free_spans

# "#", "* * *", "|", "###", "—", "***…***", "<!-- -->"
_MARKER = lazy(r"^[\s#*|_=~<>\-–—•·.+\\/!]{1,400}$")
# A page template's placeholder left unfilled, alone on its line: "{BANNER_ID-4}", "{{ footer_menu }}",
# "{% block ads %}", "${sidebar}" (one identifier in single braces; anything short in double ones).
_PLACEHOLDER = lazy(r"^(?:\$?\{[\p{L}\p{N}_.:\-]{1,60}\}|\{\{[^{}]{1,80}\}\}|\{%.{1,80}?%\})$")
# Desk codes of wire services: "-0-", "-05D-"
_DESK_CODE = lazy(r"^-\w{1,4}-$")
# Tickers: "USD 1.7000", "EUR/USD 1,0845 ▲", "$ 1.70  € 1.85", "Brent 82.3 +0.4%"
_TICKER = lazy(
    r"^(?:(?:\p{Lu}{3}(?:/\p{Lu}{3})?|[$€£₽₼₺¥]|Brent|WTI|Gold|Oil)\s*[\d.,]+\s*"
    r"(?:[▲▼↑↓]|[+\-−][\d.,]+%?)?\s*){1,8}$", regex.V1,
)
# "(c) 2024 Site", but not "(c) the state shall…", an item of an (a) (b) (c) list.
# Counters: "3 min read", "1 234 views", "Просмотров: 1520", "12 comments"
# The number is bounded ("1 234 567" fits): unbounded, a line of 300,000 "1. " took seconds to refuse.
# It is taken whole (possessive: what may follow it, a letter, a "/" or the end, is none of its characters), not
# given back a character at a time to try every word after each: "31.10.2023" was refused in 2.4 us, now 0.9.
_COUNTER = lazy(
    r"^(?:\d[\d\s.,]{0,24}+(?:[KkMm]\s*)?(?:min(?:ute)?s?\s+read|views?|comments?|shares?|likes?|просмотр\w*|комментари\w*"
    r"|görüntülenme|baxış)|(?:views?|просмотр\w*|baxış\w*|okunma)\s*:?\s*\d[\d\s.,]{0,24}+"
    # a petition's counter: "1,208 of 2,000 signatures", "1 234 подписи", "12.000 Unterschriften"
    r"|\d[\d\s.,]{0,24}+(?:(?:of|из|з|von|sur|de|di|z|/)\s*\d[\d\s.,]{0,24}+)?\s*(?:signatures?|signers|supporters"
    r"|подпис\w*|unterschriften|unterstützer\w*|firmas|firme|assinaturas|podpis\w*|imza|handtekeningen|aláírás\w*))$",
    # Simple case folding (not V1's full folding, which tripled the compile: 16 -> 5 M
    # instructions): no word here holds a sequence one character folds to ("ss" for "ß").
    regex.I,
)
_COPYRIGHT = lazy(r"^(?:©|\(c\)\s*\d{4}|copyright\b)", regex.I)
# What a copyright line (folded) and a counter's word can open with, case-insensitively (no
# other character folds to these), and a ticker's currency signs: cheap tests that turn most
# lines away before the pattern runs.
_COPYRIGHT_FIRST = "©(cC"
_COUNTER_FIRST_LETTERS = "vVпПbBoO"
_PUNCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^`{|}~")  # ASCII's: no word character (\w)
_CURRENCY_SIGNS = "$€£₽₼₺¥"
# Prefix kinds ("Tags: …") match lines up to this long; longer lines are prose.
_MAX_PREFIXED = 300
# "Página 12 de 140": a page counter is short.
_PAGE_COUNTER_MAX = 24
_MAX_BARE_PREFIXED = 60
_MAX_COOKIE = 600
# Repeated paragraphs: only lines this long count, short ones ("Yes.") repeat naturally.
_MIN_REPEATED = 40
# A tail of at most _MAX_TAIL short lines after _TAIL_GAP blank lines (one between paragraphs) is a widget.
_TAIL_GAP = 8
_MAX_TAIL = 4
_MAX_TAIL_LINE = 160
# A count beside a chrome word: "Kommentare (12)", "12 comments", "Share [3]".
_COUNT_AROUND = lazy(r"^\d[\d,]*\s+|\s*[(\[]?\d[\d,.]*[)\]]?$")
_COUNTED_KINDS = ("comments", "share")
_LONGEST_KEY = folded_structure.LONGEST_CHROME_LINE_KIND  # no chrome line is longer
# A key's last character and a folded line's first, compared before the dearer endswith and startswith
# (each parses its arguments at each call, some 500 instructions, asked of every line of a page).
_BRACKET_ENDS = (")", "]")
_IMPRINT_FIRST = frozenset(prefix[:1] for prefix in IMPRINT_PREFIXES)
_TICKER_WORDS = ("Brent", "Gold", "Oil")  # tickers named by a word, not a code
_TICKER_WORD_FIRST = frozenset(word[:1] for word in _TICKER_WORDS)
_WIRE_FIRST = frozenset(marker[:1] for marker in WIRE_SOURCE_MARKERS)
# What _COUNT_AROUND can take off a key's ends: digits, commas and spaces before, and spaces,
# brackets, digits, commas and full stops after; the text between stays in the counted key.
_COUNT_LAST_KEPT = lazy(r"[^\s(\[\d,.)\]]", regex.REVERSE)
# A press release's sections: an "About <org>" heading is short, and its prose at most a few paragraphs.
_MAX_HEADING = 80
_MAX_ABOUT_PARAGRAPHS = 3
_GROUP = 4096  # lines of a run added at a time


# Every prefix has at least this many characters (checked where they are grouped).
_PREFIX_HEAD = 5


@lru_cache(maxsize=1)
def _longest_counted() -> int:
    """The longest chrome line of a kind that may carry a count ("Comments", "Share")."""
    kinds = folded_structure.CHROME_LINE_KINDS
    return max((len(entry) for entry, kind in kinds.items() if kind in _COUNTED_KINDS), default=0)


def classify(text: str) -> str | None:
    """The boilerplate kind of one line of text, or None if it is content.

    >>> classify("#"), classify("En transaction"), classify("© Народ Инфо, 2007-2008")
    ('scrape-marker', 'site-chrome', 'copyright')
    >>> classify("Tags: Baku, statement"), classify("Home | News | World"), classify("We demand justice.")
    ('tags', 'navigation', None)
    """
    found = classify_why(text)
    return found[0] if found else None


def classify_why(text: str, rights_reserved: tuple[str, ...] | None = None) -> tuple[str, str] | None:
    """``(kind, rule)``: the kind and the rule that decided it, for ``parse --explain``.

    ``rights_reserved``: the phrases worth looking for, when the caller knows which its
    document holds (``run`` narrows the thirteen to those found anywhere in the page).
    """
    if not text:
        return None
    # Each shape pattern is tried only when the line could have that shape (most lines are
    # turned away on a character or two): a desk code is "-", one to four letters, "-"; a marker
    # line has no letter or digit at either end; the weather holds "°".
    first, second = text[0], text[1:2]
    if first == "-" and len(text) <= 7 and _DESK_CODE.match(text):
        return "desk-code", "shape: wire desk code"
    if not first.isalnum() and not text[-1].isalnum() and _MARKER.match(text):
        return "scrape-marker", "shape: punctuation only"
    if (first == "{" or first == "$") and text[-1] == "}" and _PLACEHOLDER.match(text):
        return "scrape-marker", "shape: template placeholder"
    if is_weather_reading(text):
        return "widget", "shape: weather"
    # A ticker opens with a currency sign or a capital (USD, Brent), and its second character is
    # a capital, a space or figure, or it is Brent, Gold, Oil: "Un groupe…", "- Anna…", "Pro…"
    # are turned away.  A character this Python's Unicode tables do not know (not printable)
    # may be a capital or a digit in the regex module's newer ones, so it is let through.
    if (
        (first in _CURRENCY_SIGNS or first.isupper() or not first.isprintable())
        and (not second.islower() or (first in _TICKER_WORD_FIRST and text.startswith(_TICKER_WORDS)))
        and _TICKER.match(text)
    ):
        return "widget", "shape: currency ticker"
    # A counter opens with a digit or with its word ("Views: 12", "Просмотров: 1520"); after a
    # digit it ends with its word ("3 min read"): "1. Une étude …;" is none.
    if ((first.isdecimal() and text[-1] not in _PUNCTUATION) or first in _COUNTER_FIRST_LETTERS
            or not first.isprintable()) and _COUNTER.match(text):
        if "omment" in text or "оммент" in text:  # "3 comments", "12 комментариев": the heading of readers' comments
            return "comments", "shape: a count of comments"
        return "widget", "shape: counter"
    if len(text) <= _PAGE_COUNTER_MAX and text[-1].isdecimal() and first.isalpha() and page_counter(text):
        return "site-chrome", "shape: a page counter"  # "Page 1 of 2", "Seite 2 von 5": a printed page's header
    if len(text) > _MAX_COOKIE:
        return None  # a paragraph of prose: no chrome line is this long
    folded = fold_words(text)
    if folded[:1] in _COPYRIGHT_FIRST and _COPYRIGHT.match(folded):
        return "copyright", "shape: copyright sign"
    if rights_reserved is None:
        rights_reserved = folded_structure.RIGHTS_RESERVED
    if len(text) <= _MAX_PREFIXED and rights_reserved and any(p in folded for p in rights_reserved):
        return "copyright", "lexicon: rights reserved"
    # "• Share": a scrape's bullet before a button
    key = fold_key(text.lstrip("•· ")) if first in "•·" else fold_key_of(text, folded)
    # A key longer than every chrome line is none: half the lines, their key hashed whole for naught (-540 instructions)
    kind = folded_structure.CHROME_LINE_KINDS.get(key) if len(key) <= _LONGEST_KEY else None
    if kind:
        return kind, f"lexicon: {key!r}"
    # _COUNT_AROUND needs a figure first, or last before ",", "." and a bracket: no scan of every character.
    tail = key[:-1] if key[-1:] in _BRACKET_ENDS else key
    if (key[:1].isdigit() or tail.rstrip(",.")[-1:].isdigit()) and _may_be_counted(key):
        counted = _COUNT_AROUND.sub("", key)
        kind = folded_structure.CHROME_LINE_KINDS.get(counted) if counted != key else None
        if kind in _COUNTED_KINDS:
            return kind, f"lexicon: {counted!r} with a count"
    if first in _WIRE_FIRST:  # (most lines open with no marker's letter: not cut in three)
        marker, _, sender = text.partition(" ")
        if marker in WIRE_SOURCE_MARKERS and sender and len(text) <= _MAX_HEADING and len(sender.split()) <= 8:
            return "source", "shape: a wire's SOURCE line"
    if is_share_row(folded):
        return "share", "lexicon: share buttons"
    if len(text) <= _MAX_PREFIXED:
        for prefix, kind in folded_structure.CHROME_PREFIXES_BY_HEAD.get(folded[:_PREFIX_HEAD], ()):
            # "Tags: …" and a whole sentence ("Your email address will not be published. …") may run long;
            # "Follow us on …" without a colon only as a short line.
            if folded.startswith(prefix) and (prefix.endswith((":", ".")) or len(text) <= _MAX_BARE_PREFIXED):
                return kind, f"lexicon prefix: {prefix!r}"
    if folded[:1] in _IMPRINT_FIRST and folded.startswith(IMPRINT_PREFIXES):
        return "site-chrome", "lexicon: an imprint"
    if "cookie" in folded and len(text) <= _MAX_COOKIE and any(w in folded for w in COOKIE_WORDS):
        return "cookie", "lexicon: cookie notice"
    if is_language_switcher(folded):
        return "navigation", "lexicon: language names"
    if is_menu(text) and not names_row(text):
        return "navigation", "shape: menu entries between separators"
    return None


def _may_be_counted(key: str) -> bool:
    """Whether ``_COUNT_AROUND`` could leave a key short enough to be a counted chrome line: what it
    keeps holds everything from the first character it cannot take at the start to the last one
    it cannot take at the end (a sentence ending in a year is turned away without the pattern)."""
    last = _COUNT_LAST_KEPT.search(key)
    if last is None:
        return True
    lead = 0  # digits, commas and spaces opening the key (what the pattern's start may take)
    while lead < len(key) and (key[lead].isdecimal() or key[lead] == "," or key[lead].isspace()):
        lead += 1
    kept = int(last.start()) + 1 - lead
    return kept <= _longest_counted()


def _is_about_heading(text: str) -> bool:
    """``About Acme Corp``, ``À propos de Greenpeace``: a short heading naming what the section is about."""
    if len(text) > _MAX_HEADING or text.endswith((".", ",", ";")) or len(text.split()) > 8:
        return False
    folded, headings = fold_words(text), folded_structure.ABOUT_HEADINGS
    return folded.startswith(headings) and any(folded.startswith(h) and len(folded) > len(h) + 1 for h in headings)


def _paragraphs_below(ctx: Context, line: Line) -> list[list[Line]]:
    """The blocks of free non-blank lines below ``line``, until a claimed line."""
    blocks: list[list[Line]] = [[]]
    for below in ctx.lines[line.number:]:
        if not ctx.is_free(below.number):
            break
        if not below.blank:
            blocks[-1].append(below)
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def about_sections(ctx: Context, content: Lines) -> None:
    """A press release's "About <org>" in the second half of the page: the heading and the prose under it."""
    half = content[len(content) // 2 :]
    for number, about in zip(half.numbers(), once_a_run(_is_about_heading, half.texts()), strict=True):
        if not about or not ctx.is_free(number):
            continue
        line = ctx.line(number)
        prose: list[list[Line]] = []
        for paragraph in _paragraphs_below(ctx, line)[:_MAX_ABOUT_PARAGRAPHS]:
            text = " ".join(ln.text for ln in paragraph)
            if not (text.endswith((".", ")", "!")) or len(text) > 120):
                break  # not prose: a list of names, a contact, the next section
            prose.append(paragraph)
        if prose:  # a heading alone may be the statement's own ("About the signatories" over names)
            ctx.add_boilerplate("about", (line.number, prose[-1][-1].number), "an About <org> heading and its prose")


def _block_end(ctx: Context, number: int, kind: str, rule: str) -> int:
    """Where a piece that heads lines of its own ends: a contact heading the lines under it
    (``stmtkit.contact_block``), "News provided by" the sender's name on the next line; others are one line."""
    if kind != "contact" and not (kind == "source" and rule.startswith("lexicon:")):
        return number
    return contact_block_end(ctx, ctx.line(number), _is_piece, contact=kind == "contact")


def _is_piece(text: str) -> bool:
    """A line that is boilerplate of its own: it ends a block above it."""
    return classify_why(text) is not None


def _add_each(ctx: Context, group: array[int], found: tuple[str, str] | None) -> None:
    if group and found:
        ctx.add_boilerplate_each(found[0], group, found[1])
    del group[:]


def _rights_in(lines: Lines) -> tuple[str, ...]:
    """The rights-reserved phrases found anywhere in these lines (folded): usually none, so
    the lines of most pages are left nothing to test.

    The lines ``classify_why`` folds are folded here, together (``fold_words_each``), and
    remembered for it."""
    phrases, found = folded_structure.RIGHTS_RESERVED, set[str]()
    runs = groupby(lines.texts())  # (a line repeated in a row holds the phrases of its first time)
    # A page at a time would copy a 20 MB page; a line at a time asks 13 questions a line.  (The lines
    # too long to fold are left out by a comprehension: a lambda asked of each line cost some 500
    # instructions a line.)
    while batch := list(islice(runs, 4096)):
        texts = [text for text, _ in batch if len(text) <= _MAX_COOKIE]
        folded = fold_words_each(texts)
        chunk = "\n".join([f for t, f in zip(texts, folded, strict=True) if len(t) <= _MAX_PREFIXED])
        found.update(p for p in phrases if p in chunk)
    return tuple(p for p in phrases if p in found)


def tail_after_gap(ctx: Context) -> list[Line]:
    """A few short lines far below the text, after a long run of blank lines: a widget of other headlines.

    Seen as an agency page whose article ends with ``APA``, then twenty blank
    lines, then two truncated headlines of other news.
    """
    lines = ctx.lines
    # far against the page's usual gap: a scrape that doubles every blank line doubles this one too
    above = lines.last_gap(_TAIL_GAP * max(1, ctx.usual_gap()))  # the gap's first line is blank and the line above it is not
    if above is None:
        return []
    tail = list(map(ctx.line, islice(filter(lines.text_at, range(above + 1, len(lines) + 1)), _MAX_TAIL + 1)))
    return tail if 0 < len(tail) <= _MAX_TAIL and all(_is_tail_line(ctx, ln) for ln in tail) else []


def _is_tail_line(ctx: Context, line: Line) -> bool:
    text = line.text
    return (
        ctx.is_free(line.number)
        and len(text) <= _MAX_TAIL_LINE
        and not text.endswith((":", ";", ","))
        and text[:1] not in "-–•*·"
        and not text[:1].isdigit()
    )


def claim_repeats(ctx: Context) -> None:
    """A long line that repeats an earlier one word for word (a widget shown twice) is kept as ``repeated``.

    Run late (from the body stage) so that title repeats and list items are claimed first.
    """
    seen: set[str] = set()
    for number, text in zip(ctx.lines.numbers(), ctx.lines.texts(), strict=True):
        if len(text) < _MIN_REPEATED:  # blank lines too
            continue
        key = fold_words(text)
        if key in seen and ctx.is_free(number):
            ctx.add_boilerplate("repeated", (number, number), "same text as an earlier line")
        seen.add(key)


def _table_rows(ctx: Context) -> set[int]:
    """Lines of a pipe or tab-separated table, two rows or more: content (signatories), not menus."""

    # A page with no bar and no tab has no table: two scans of the page instead of a test a line.
    if not ctx.lines.holds("|\t"):
        return set()
    # Each line's style once (it was worked out three times, as a line and as each neighbour's neighbour).
    styles = [None, *("pipe" if t.startswith("|") and t.endswith("|") else "tab" if "\t" in t else None
                      for t in ctx.lines.texts()), None]
    return {n for n in range(1, len(ctx.lines) + 1) if styles[n] and styles[n] in (styles[n - 1], styles[n + 1])}


def _headline_follows(content: Lines, position: int) -> bool:
    """A document label near the top with a headline-shaped line (short, no full stop) below it.

    Not a label copied further down: the page's title, repeated over the letter it names (the title
    stage weighs it with the other candidates)."""
    if position > 2:
        return False
    label = content[position].text
    if any(line.text == label for line in islice(content, position + 1, position + _LABEL_COPY_WITHIN)):
        return False
    for line in content[position + 1 : position + 4]:
        text = line.text
        if any(c.isdigit() for c in text) and len(text) < 80:
            continue  # a date stamp between the label and the headline
        return len(text) <= 200 and not text.endswith((".", ":", ","))
    return False


_LABEL_COPY_WITHIN = 8  # content lines below a document label where its copy is looked for
_ABOVE_MENU_KINDS = ("site-chrome", "cookie")  # the kinds of a site's own lines over its menu
_TOP_CHROME_LINES = 3  # how many of them at most


def run(ctx: Context) -> None:
    # The site's own lines on top first (a skip link, a cookie notice), so that a menu under them is looked
    # for from its first entry; not a menu's own first entry ("Home" over "News")
    content = ctx.free_content()
    # The rights-reserved phrases of the whole page, its lines folded together for the questions below: the
    # lines the menus take are among them, and a phrase found only there is looked for in vain, no more.
    rights = _rights_in(content)
    texts = list(islice(content.texts(), _TOP_CHROME_LINES + 1))
    # the last line asked about and its answer, kept for the walk below: most pages' first free line, not asked twice
    asked, answer = "", None  # (an empty text is no boilerplate)
    for at, (number, text) in enumerate(zip(content.numbers(), texts[:-1], strict=False)):  # the last text only looked at
        asked, answer = text, classify_why(text, rights)
        if answer is None or answer[0] not in _ABOVE_MENU_KINDS or (is_menu_entry(text) and is_menu_entry(texts[at + 1])):
            break
        ctx.add_boilerplate(answer[0], (number, number), answer[1])
    # Then the menu: its entries ("Home", "News") are also chrome words one by one.
    # (until none is left: a page may stack menus, its own sites' over its stamp and its sections' under it,
    # and a scraper may add its site's menu on top of them; each takes lines, so the loop ends)
    entries: set[str] = set()
    while menu := top_menu(ctx.free_content()):
        ctx.add_boilerplate("navigation", (menu[0].number, menu[-1].number), "short lines above the headline")
        entries.update(map(entry_key, menu.texts()))
    for menu in menu_again(ctx.free_content(), frozenset(entries)) if entries else ():
        ctx.add_boilerplate("navigation", (menu[0].number, menu[-1].number), "the menu above, printed again")
    tables = _table_rows(ctx)
    content = ctx.free_content()
    # A line repeated in a row (the 500,000 "-" of a scrape) is asked about once, and its lines
    # are added together (``Context.add_boilerplate_each``): ``group``, reading ``alike``.
    owners = ctx.owner
    group = array("l")
    alike: tuple[str, tuple[str, str] | None] = ("", None)
    for position, (number, text) in enumerate(zip(content.numbers(), content.texts(), strict=True)):
        if owners[number - 1] is not None:
            continue  # taken by the block of a line above (a contact heading's lines)
        if text != asked:
            asked, answer = text, classify_why(text, rights)
        found = answer if number not in tables else None
        if not found or (found[0] == "document-label" and not _headline_follows(content, position)):
            continue  # "Open letter" alone on top is the title itself
        if found is not alike[1] or text != alike[0] or len(group) >= _GROUP:
            _add_each(ctx, group, alike[1])
            alike = (text, found)
        end = _block_end(ctx, number, *found)
        if end == number:
            group.append(number)
        else:
            _add_each(ctx, group, found)
            ctx.add_boilerplate(found[0], (number, end), found[1])
    _add_each(ctx, group, alike[1])
    notices = [p.lines for p in ctx.boilerplate if p.kind == "cookie"]
    if notices:
        from ..cookie_banner import banner_around  # on first use: most pages have no cookie notice
    for notice in notices:
        for span in banner_around(ctx, notice):
            ctx.add_boilerplate("cookie", span, "shape: the cookie banner's title or buttons beside its notice")
    claim_lists_under_headings(ctx)
    if (teasers := dated_teasers(ctx)) is not None:
        for span in free_spans(ctx, teasers):  # (a line inside it other boilerplate took stays that boilerplate's)
            ctx.add_boilerplate("related", span, "shape: other pages' headlines, each beside its date line")
    for piece in [p for p in ctx.boilerplate if p.kind == "widget" and "°" in p.text]:  # the weather, the clock beside it
        if (clock := clock_beside_weather(ctx, piece.lines[0])) is not None:
            ctx.add_boilerplate("widget", (clock, clock), "shape: the site's clock beside the weather")
    about_sections(ctx, ctx.free_content())
    for line in site_name_lines(ctx.free_content()):
        ctx.add_boilerplate("site-chrome", (line.number, line.number), "shape: a site's domain above the text")
    tail = tail_after_gap(ctx)
    if tail:
        ctx.add_boilerplate("related", (tail[0].number, tail[-1].number), "short lines far below the text")
    content = ctx.free_content()
    # A single stray letter as the very last line ("G" after an agency sign-off): its number and text, no Line made.
    last = content.number_at(-1) if content else 0
    if last and len(text := ctx.text(last)) == 1 and text.isalpha():
        ctx.add_boilerplate("scrape-marker", (last, last), "stray letter at the end")
