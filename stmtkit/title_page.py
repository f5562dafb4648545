"""What the title stage asks about the lines near the top of a page, each answer worked out once per parse.

``TitlePage`` reads each line's opening once (a stamp, a lede), tells body text, site chrome around a
line, and whether a stamp, byline or lede stands below; the functions beside it answer questions about
one line and its neighbours (a line running on, a doubled line, a photo's caption).
"""

from __future__ import annotations

from .addressee import is_addressee
from .chrome import counters_row, is_document_label, is_menu, names_a_name_day, opens_with_document_label
from .data import folded_structure
from .dates.read import Stamp, read_stamp
from .dates.stamp_line import LEDE_HEAD, MARKUP, STAMP_MAX, is_lede_stamp, is_stamp_line, lede_shape
from .fold import fold_words
from .gazetteer import is_place
from .headline import (
    all_caps,
    home_trail_end,
    is_byline,
    is_chrome,
    is_truncated,
    width,
    word_count,
)
from .headline_copy import folded_copy
from .headline_features import MIN_WORDS, headlines_run_together, opens_with_line
from .labels import read_labels
from .lines import Line
from .patterns import holds_digit, lazy
from .signatories.kind import names_a_body_alone
from .state import Context

_PARAGRAPH, SENTENCE = 200, 80  # a line this wide (headline.width), or this and ending a sentence, is body text
_MAX_RUN_ON, _CHROME_REACH = 120, 4  # a headline this long running on is a paragraph; blank lines passed looking for chrome
_SHORT_STAMP = 40  # a stamp line opening with a month in small letters: "fevral 9th, 2013", "14 мая 2019, 10:05"
FOLLOW_WINDOW = 4  # content lines below a candidate where a stamp or lede is looked for
# A lede's date stands within this many characters of the start of its line, after a few words at most
_LEDE_DATE_WITHIN, _LEDE_WORDS_BEFORE_DATE = 80, 5  # "Roma, 17 ott. (Adnkronos) -", "NEW YORK, Tuesday, May 27 -"
# A page parts its blocks with blank lines when one stands this near below a line (a run-on is told only there).
_BLANK_REACH = 8
# Boilerplate kinds that are the site around a text, not the text (its menu, name, subscribe and cookie lines).
CHROME_KINDS = frozenset({"navigation", "site-chrome", "subscribe", "cookie"})
DIGIT = lazy(r"\d")
MAX_TITLE = 250  # a headline's length at most (the title stage's candidates, a wrapped headline's two lines)
_DOMAIN_WORD = lazy(r"(?:www\.)?[\p{Ll}\d-]+(?:\.[\p{Ll}\d-]+)*\.\p{Ll}{2,12}/?(?:\s|$)")  # "news.example.org  …"
# What MARKUP removes from the start of a line, save spaces.
_LINK_ALONE = lazy(r"^\s*(?:https?://)?(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,12}(?:/\S*)?\s*$")
_MARKUP_START = "#*>_|-–—•"
# "ACME-UNION – Letter of support": a body's short name and a dash before a few words and no full stop head a
# headline; a lede's story runs on (a known place or a wire's bracket makes it a lede whatever follows).
_NAMED_HEADLINE = lazy(r"^(?P<name>[\p{Lu}\d][\p{Lu}\d\-]+) [–—-] (?P<rest>[^.!?()]{3,50})$")
_SENTENCE_END = (".", "!", "?", ".»", ".\"", ".”", "!»", "?»", "。", "！", "？")


class TitlePage:
    """What the scoring asks about the lines near the top, each answer worked out once per parse."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.languages = tuple(ctx.options.languages or ((ctx.language,) if ctx.language else ()))
        self.content = ctx.free_content()
        self._read: dict[int, tuple[str, Stamp | None]] = {}
        self._lede: dict[int, bool] = {}
        self._folded: dict[int, str] = {}
        self._kinds: dict[int, str] = {}
        self._body: dict[int, bool] = {}
        self._runs_on: dict[int, bool] = {}
        self._stamps: dict[str, Stamp | None] = {}
        self._site_stamp: int | None = None  # after_site_stamp, asked of the page once

    def folded_copy(self, line: Line) -> str:
        found = self._folded.get(line.number)
        if found is None:
            found = self._folded[line.number] = folded_copy(line.text)
        return found

    def read(self, line: Line) -> tuple[str, Stamp | None]:
        """The line's opening without markup, and the date read in it (once: the stamp and lede questions share it),
        read only where a stamp (a short line with a figure) or a dated lede (a figure early on) could be."""
        found = self._read.get(line.number)
        if found is None:
            head = line.text[:LEDE_HEAD]
            if head[:1] in _MARKUP_START or head[:1].isspace():  # most lines open with a letter: nothing to remove
                head = MARKUP.sub("", head)
            stamp = None
            digit = DIGIT.search(head)
            # A stamp is a short line; a lede's date follows at most a place name, near the start.
            if digit and (len(head) <= STAMP_MAX or (
                    digit.start() < _LEDE_DATE_WITHIN and head.count(" ", 0, digit.start()) <= _LEDE_WORDS_BEFORE_DATE)):
                stamp = self.stamp_of(head)
            found = self._read[line.number] = (head, stamp)
        return found

    def stamp_of(self, text: str) -> Stamp | None:
        """The stamp read in ``text`` in the page's languages (None when it states none, or the reader fails on
        odd text), read once: a headline with a stamp glued to its end is read whole by the glued-stamp question
        and again as a line's opening, the same text."""
        if text in self._stamps:
            return self._stamps[text]
        try:
            stamp = read_stamp(text, languages=self.languages)
        except Exception:  # a stage never raises on odd text
            stamp = None
        self._stamps[text] = stamp
        return stamp

    def is_stamp(self, line: Line) -> bool:
        """A stamp line (``stamp_on_line``'s question, on the shared reading)."""
        head, stamp = self.read(line)
        return stamp is not None and len(head) <= STAMP_MAX and is_stamp_line(head, stamp)

    def under_stamp(self, at: int) -> bool:
        """The nearest line with text above ``content[at]`` is a date stamp and little else: no sentence whose
        rest ``content[at]`` could be."""
        return bool(at) and self.is_stamp(self.content[at - 1])

    def bullet_over_stamp(self, at: int) -> bool:
        """``• Headline`` right above ``• Posted 2014-07-03 14:54``: a scrape renders the article's header
        (headline, stamp, share button) as bullets, and the first of them, over the stamp, is the headline."""
        if at + 1 >= len(self.content) or (at and read_labels(self.content[at - 1].text)):
            return False
        below = self.content[at + 1]
        return any(c.isdigit() for c in below.text) and self.is_stamp(below)

    def is_lede(self, line: Line) -> bool:
        found = self._lede.get(line.number)
        if found is None:
            head, stamp = self.read(line)
            found = self._lede[line.number] = (lede_shape(head) and not _named_headline(head)) or is_lede_stamp(head, stamp)
        return found

    def runs_on(self, line: Line) -> bool:
        found = self._runs_on.get(line.number)
        if found is None:
            # "fevral 9th, 2013" under a headline: a stamp opening with a month in small letters goes on nothing
            # (a stamp there is short and holds a figure: a wrapped line of prose goes on asking nothing more)
            found = self._runs_on[line.number] = runs_on(self.ctx, line) and not (
                len(below := self.ctx.text(line.number + 1)) <= _SHORT_STAMP and DIGIT.search(below)
                and self.is_stamp(self.ctx.line(line.number + 1)))
        return found

    def is_body(self, line: Line) -> bool:
        found = self._body.get(line.number)
        if found is None:
            found = self._body[line.number] = self._is_body(line)
        return found

    def _is_body(self, line: Line) -> bool:
        """Body text: a long line, a long sentence, a lede, a line running on, or a lead-in ending in a colon."""
        text = line.text
        if len(text) > _PARAGRAPH and (headlines_run_together(text) or is_menu(text)):
            return False  # a ticker of other articles' headlines over the article: no body text above its headline
        if len(text) > _PARAGRAPH or (text.endswith(":") and not self._over_link(line) and self._leads_in(line)) or self.runs_on(line) \
                or (size := width(text, self.ctx.language)) > _PARAGRAPH:
            return True
        if size >= SENTENCE and text.endswith(_SENTENCE_END) and not all_caps(text) and not is_truncated(text):
            return True  # a teaser cut off with an ellipsis stands between a headline and its lede as a standfirst does
        return self.is_lede(line)  # the dearest question last: it may read a date

    def _leads_in(self, line: Line) -> bool:
        """A line ending in a colon leads into the text ("The signatories demand:", "Заявление подписали:"), unless it
        is a label of a few words set above everything else ("Picture desk:"), or a widget's one-word label over a
        short value ("Imieniny:" / "Anna, Marek")."""
        below = self.ctx.text(line.number + 1) if line.number < len(self.ctx.lines) else ""
        return ((bool(self.content) and line.number != self.content[0].number) or len(line.text.split()) >= _LEAD_IN_WORDS) \
            and not (" " not in line.text.strip() and bool(below) and len(below.split()) < _LEAD_IN_WORDS
                     and not below.endswith((".", "!", "?", ":")))

    def _dated_label(self, line: Line) -> bool:
        """The document's kind and its date: "Pressemitteilung vom 14.02.2019", "Communiqué du 4 mai 2021"."""
        stamp = self.read(line)[1] if DIGIT.search(line.text) else None
        return stamp is not None and stamp.dateline.datetime is not None and opens_with_document_label(line.text)

    def _over_link(self, line: Line) -> bool:
        """The next line with text is a link alone: "… finden Sie unter:" over "example.org/info" leads to it, no body."""
        ctx = self.ctx
        # (past blank lines as the page sets them between paragraphs: a scrape may double them)
        below = next((ctx.text(n) for n in range(line.number + 1, min(line.number + 1 + max(1, ctx.usual_gap()), len(ctx.lines)) + 1)
                      if ctx.text(n).strip()), "")
        return "." in below and _LINK_ALONE.match(below) is not None

    def among_chrome(self, line: Line) -> bool:
        """The nearest lines with text around ``line`` are site chrome, or the page starts above it."""
        ctx, number = self.ctx, line.number
        if not self._chrome_below(number):
            return False
        above = self._with_text_above(number)
        if above is not None and ctx.boilerplate_kind(above) not in CHROME_KINDS and len(ctx.text(above)) <= STAMP_MAX \
                and self.is_stamp(ctx.line(above)):
            above = self._with_text_above(above)  # the site's date between its menu and its name ("martes, 14 mayo 2024")
        return (above is None and not any(ctx.text(n).strip() for n in range(1, number))) \
            or (above is not None and ctx.boilerplate_kind(above) in CHROME_KINDS)

    def _with_text_above(self, number: int) -> int | None:
        return next((n for n in range(number - 1, max(number - _CHROME_REACH, 0), -1) if self.ctx.text(n).strip()), None)

    def tagline(self, line: Line) -> bool:
        """Right under a body's name alone, site chrome the next line with text: the site's tagline
        ("Riverside Residents Association" / "Working together for a greener valley" / "Menu")."""
        ctx, number = self.ctx, line.number
        if number < 2 or not (above := ctx.text(number - 1).strip()) or not names_a_body_alone(above):
            return False
        return self._chrome_below(number)

    def _chrome_below(self, number: int) -> bool:
        """The nearest line with text below line ``number`` (a few blank lines passed over) is site chrome."""
        ctx = self.ctx
        below = next((n for n in range(number + 1, min(number + _CHROME_REACH, len(ctx.lines)) + 1) if ctx.text(n).strip()), None)
        return below is not None and ctx.boilerplate_kind(below) in CHROME_KINDS

    def kind(self, at: int) -> str:
        """What ``content[at]`` is to the line above it: "mark" (a stamp, byline or lede), "body", "longer", "short"."""
        found = self._kinds.get(at)
        if found is None:
            line = self.content[at]
            text = line.text
            if self.is_lede(line) or is_byline(text) or (len(text) <= STAMP_MAX and (
                    self.is_stamp(line) or self._dated_label(line) or counters_row(text))):
                found = "mark"
            elif self.is_body(line):
                found = "body"
            else:
                found = "longer" if word_count(text, self.ctx.language) >= MIN_WORDS else "short"
            self._kinds[at] = found
        return found

    def weigh_over_headline(self, at: int, features: dict[str, float]) -> None:
        """The furniture a site sets over an article's headline (a letterhead, a news alert, a sponsored teaser
        under its label) weighs so only with a headline below it; over its lede or alone, a body's name names
        the document and an alert is the article's own headline."""
        if self._under_sponsored_label(self.content[at]):
            features["sponsored_teaser"] = 1.0
        for name in _OVER_HEADLINE:
            if name in features and not self.headline_below(at):
                del features[name]

    def _under_sponsored_label(self, line: Line) -> bool:
        """The nearest line with text above ``line`` is a sponsored content's label ("Sponsored content")."""
        above = line.number - 1
        while above >= 1 and not self.ctx.text(above):
            above -= 1
        return above >= 1 and len(text := self.ctx.text(above)) <= _LABEL_MAX and fold_words(text).strip(" :") in _SPONSORED

    def inside_address(self, at: int) -> bool:
        """``content[at]`` lies in a letter's inside address: lines of a few words, no blank line between, from the
        letter's date down into its salutation ("3 March 2025" / "Board of Governors" / "Dr Anna Berg" / "Dear …")."""
        content, language = self.content, self.ctx.language
        if not _address_line(content[at].text):
            return False  # "Statement of the minister after the meeting with …" over "Dear Minister,": its headline
        below = at + 1
        while True:
            if below >= len(content) or below - at > _ADDRESS_LINES or content[below].number != content[below - 1].number + 1:
                return False
            text = content[below].text
            if is_addressee(fold_words(text), language):
                break
            if not _address_line(text):
                return False
            below += 1
        above = at - 1
        while above >= 0 and at - above <= _ADDRESS_LINES and content[above].number == content[above + 1].number - 1:
            if self.is_stamp(content[above]):
                return True
            if not _address_line(content[above].text):
                return False
            above -= 1
        return False

    def after_site_stamp(self, window: int) -> int:
        """The index below the site's own stamp line among the first ``window`` content lines (its domain then the date,
        or its clock's name-day widget); 0 when there is none.  Above it the site's masthead, the headline under it."""
        if self._site_stamp is not None:
            return self._site_stamp
        self._site_stamp = 0
        for at, line_text in enumerate(self.content[:window].texts()):  # (texts: no Line made for each, most unasked)
            if len(line_text) <= STAMP_MAX and holds_digit(line_text) and names_a_name_day(line_text):  # (cheapest first)
                self._site_stamp = at + 1  # "Pondelok 3. marca 2025 Meniny má Anna": the site's clock
                break
            space = line_text.find(" ")  # (the first word, no copy of a paragraph's rest)
            head = line_text if space < 0 else line_text[:space]
            if "." in head and _is_domain(head):
                text, stamp = self.read(self.content[at])
                # the domain, a bar or a dash, then the date filling the rest of the line
                if stamp is not None and stamp.start <= len(head) + 3 and not text[stamp.end :].strip(" ,.|-–—"):
                    self._site_stamp = at + 1
                    break
        return self._site_stamp

    def headline_below(self, at: int) -> bool:
        """A line of a headline's words below ``content[at]``, short lines or the site's date between, no body first: what
        a letterhead or masthead stands over ("A Voz de …" / "2025/11/12" / the headline; "Dear friends," is none)."""
        for below in range(at + 1, min(at + 1 + FOLLOW_WINDOW, len(self.content))):
            kind, line = self.kind(below), self.content[below]
            if kind != "short" and not (kind == "mark" and self.is_stamp(line) and not self.is_lede(line)):
                return kind == "longer" and not line.text.rstrip().endswith((",", ":", ";"))
        return False

    def dated_right_below(self, at: int) -> bool:
        """The next content line (past a release's label: "For Immediate Release") is a publication stamp: a date (its
        label, time or rubric beside it) and no place (a letter's "Tunis, 28 December 2008" opens a letter, and the
        line above it may be a greeting)."""
        below_at = at + 1 + (at + 2 < len(self.content) and is_document_label(self.content[at + 1].text))
        if below_at >= len(self.content):
            return False
        below = self.content[below_at]
        if len(below.text) > STAMP_MAX or not holds_digit(below.text) or not self.is_stamp(below):
            return False
        stamp = self.read(below)[1]
        return stamp is not None and stamp.dateline.place is None

    def stamp_below(self, at: int) -> bool:
        """A stamp, byline or lede below ``content[at]``, with short lines or one standfirst between.

        The headline and its standfirst both have it: the earlier (the headline) wins on rank.
        """
        longer, short, last_longer = 0, False, -2
        for below in range(at + 1, min(at + 1 + FOLLOW_WINDOW, len(self.content))):
            kind = self.kind(below)
            if kind == "mark":
                return not opens_with_line(self.content[below].text, self.content[at].text)
            if kind == "body":
                return False
            short = short or kind == "short"
            if kind == "longer":
                if home_trail_end(self.content[below].text) is not None:
                    return False  # a trail ending with the headline stands over the stamp: the line above is another's
                number = self.content[below].number
                longer += number != last_longer + 1  # a standfirst wrapped over lines with no blank between is one
                last_longer = number
                # a rubric between them ("Site tagline" / "Science" / "Headline"): the longer line is the headline
                if longer > 1 or short:
                    return False
        return False


def _next_text(ctx: Context, line: Line) -> str:
    """The text of the line right below when it is free ("" when it is blank, taken, or there is none)."""
    number = line.number + 1
    if number > len(ctx.lines) or not ctx.is_free(number):
        return ""
    return ctx.text(number)


def runs_on(ctx: Context, first: Line) -> bool:
    """Broken mid-sentence: the next line goes on with a small letter (not with a site's domain:
    ``example.org   14-05-2014 Print`` under a headline is the page's chrome).

    A small letter tells only under a line that shows capitals (Georgian letters are all small to Unicode;
    a Hindi headline over a Latin ``by`` is no sentence broken), and not when the line below is the end of
    this one again (a breadcrumb over its last crumb).  Where no blank line follows near (a scrape that
    dropped them), every headline stands right above its byline or rubric: a word alone or a label
    (``word: value``) below is no sentence's rest."""
    following = _next_text(ctx, first)
    text = first.text.strip()
    if not (following[:1].islower() and text[-1:].isalpha() and _DOMAIN_WORD.match(following) is None
            and any(map(str.isupper, text)) and not text.endswith(following.strip())):
        return False
    # (a line in capitals over one in small letters is a label or a rubric, not a sentence wrapped: "HAUT" / "grand débat")
    if text.isupper() or is_byline(following.strip()) or ":" in following.split(None, 1)[0]:
        return False  # (nor is a byline in small letters under a headline, "por Laura Méndez", nor a field, "data:03 …")
    if _blank_below(ctx, first.number):
        # (a word alone over a word alone in lower case is a label and its value: "Catégories" / "communiqués")
        return " " in text or " " in following.strip()
    head = following.split(None, 1)
    return len(head) > 1 and not head[0].endswith(":")


def _blank_below(ctx: Context, number: int) -> bool:
    """A blank line between two free lines with text within ``_BLANK_REACH`` lines below line ``number``:
    the page parts its text so.  A gap next to site chrome (a menu's above, a footer's below, claimed
    already) tells nothing of how the text is laid out."""
    lines, gap = ctx.lines, False
    for n in range(number + 1, min(len(lines), number + _BLANK_REACH) + 1):
        if not lines.text_at(n):
            gap = True
        elif not ctx.is_free(n):
            gap = False
        elif gap:
            return True
    return False


def runs_on_long(ctx: Context, first: Line) -> bool:
    """Long and continued by the next line with no blank line between: a paragraph, in a text laid out so.
    Weak; and no evidence where the scrape left no blank line below it (every headline there runs on; a
    site menu's gap above tells nothing of the text)."""
    return len(first.text) > _MAX_RUN_ON and _next_text(ctx, first) != "" and _blank_below(ctx, first.number)


def doubled_pair(page: TitlePage, at: int) -> int | None:
    """Where the pair of ``content[at]`` and its copy on the content line right above or below ends."""
    folded = page.folded_copy(page.content[at])
    if at + 1 < len(page.content) and page.folded_copy(page.content[at + 1]) == folded:
        return at + 1
    if at and page.folded_copy(page.content[at - 1]) == folded:
        return at
    return None


def _named_headline(head: str) -> bool:
    m = _NAMED_HEADLINE.match(head.rstrip())
    return m is not None and not is_place(m.group("name")) and len(m.group("rest").split()) <= _NAMED_HEADLINE_WORDS


_NAMED_HEADLINE_WORDS = 6


def wrapped_rest(ctx: Context, line: Line, title: str) -> str | None:
    """The rest of a headline a hard-wrapped page broke over two lines: the next line, ending as a headline
    does (no full stop, comma or colon), with a new sentence or nothing right under it; ``None`` otherwise."""
    rest = ctx.text(line.number + 1).strip()
    after = ctx.text(line.number + 2).lstrip("\"'“«„(") if line.number + 2 <= len(ctx.lines) else ""
    words = rest.rstrip(" |").split()
    if not words or rest.endswith(_CLAUSE_ENDS) or (after and not after[:1].isupper()) \
            or len(title) + len(rest) > MAX_TITLE or "@" in rest or words[0].endswith(".") or ":" in words[0] \
            or (len(words[-1]) <= _SHORT_WORD and words[-1].islower()) or is_chrome(rest, fold_words(rest)):
        return None  # a sentence's line ends on "… de" or "… of"; "tel. …", an address, "data: …", a labelled field
    return rest


_SHORT_WORD = 3  # "de", "of", "the": a line ending on one breaks a sentence
_CLAUSE_ENDS = (".", ",", ";", ":", "!", "?", "…")


# A lead-in is a sentence's words; a label ("Picture desk:") fewer.
_LEAD_IN_WORDS = 4


# The features of furniture over a headline, and a sponsored label's length.
_OVER_HEADLINE = ("letterhead", "news_alert", "sponsored_teaser", "masthead")
_SPONSORED = folded_structure.SPONSORED_LABELS
_LABEL_MAX = 40


# An inside address holds a few lines of a name, an office, a body, a street: each a few words, no sentence.
_ADDRESS_LINES = 6
_ADDRESS_WORDS = 10


def _address_line(text: str) -> bool:
    return not text.endswith((".", "!", "?", ":")) and len(text.split(None, _ADDRESS_WORDS)) <= _ADDRESS_WORDS


def _is_domain(token: str) -> bool:
    """A site's domain opening its stamp line: "site.example", "www.site-name.org" (told by string methods: the
    pattern's letter classes cost 2 M instructions to compile, on a one-file parse's start-up)."""
    name, _, top = token.rpartition(".")
    return 2 <= len(top) <= 12 and top.isalpha() and bool(name) and all(
        part and part.replace("-", "").isalnum() for part in name.split("."))
