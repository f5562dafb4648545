"""The headline, chosen by evidence among the first lines, and its copies (boilerplate ``title-repeat``).

Every content line near the top is a candidate (and a title another source gave the
page: front matter ``title:``, which wins outright, or a page title a reader put in
``metadata``).  Each candidate gets named features — its position, its shape as a
headline (length, case, how it ends), a copy of it further down, a stamp or a lede
right below it, and the signs of what it is not: site chrome, an addressee or
salutation, a list item, a date stamp, a lede or body text — weighed by the table in
``stmtkit.data.title_weights``.  The best candidate at or above the threshold is the
title; none when the text opens straight with its body.  ``parse --explain`` lists the
best candidates with their features.

Copies below the title are kept as ``title-repeat``: the same text, a truncated prefix
(``… ciblés par l``), the title with `` | Site``, glued to the dateline
(``…une déclaration27 mai 2024 17:59``), or after a short rubric (``ANP Headline``).
"""

from __future__ import annotations

from itertools import islice

from ..data.title_weights import THRESHOLD, TITLE_WEIGHTS
from ..dates.read import Stamp, read_stamp
from ..dates.stamp_line import (
    LEDE_HEAD,
    MARKUP,
    STAMP_MAX,
    is_lede_stamp,
    is_stamp_line,
    lede_shape,
    opens_with_lede,
)
from ..fold import fold_words
from ..headline import (
    COPY_EXTRA,
    HASH_GLUE,
    MIN_PREFIX,
    all_caps,
    clean_title,
    crawler_metadata,
    folded_copy,
    glued_stamp_start,
    is_byline,
    is_photo_credit,
    is_repeat,
    is_truncated,
    last_crumb,
    same_headline,
    same_title,
    width,
    without_site_name,
    word_count,
)
from ..headline_features import MIN_WORDS, further_features, line_features
from ..labels import read_labels
from ..lines import Line
from ..model import Title
from ..patterns import lazy
from ..state import Context

# Re-exported: the title's cleaning and copies have always been imported from here.
__all__ = ["Candidate", "candidates", "clean_title", "is_repeat", "run"]

_MAX_TITLE = 250
# How many content lines from the top are candidates, and how many paragraphs of body text end the search.
_WINDOW = 15
_MAX_BODY_ABOVE = 2
_PARAGRAPH, _SENTENCE = 200, 80  # a line this wide (headline.width), or this and ending a sentence, is body text
# A headline longer than this that runs on into the next line is a paragraph.
_MAX_RUN_ON = 120
_FOLLOW_WINDOW, _REPEAT_WINDOW = 4, 6  # content lines below a candidate where a stamp or lede, and a copy, are looked for
# A lede's date stands within this many characters of the start of its line, after a few words at most
_LEDE_DATE_WITHIN, _LEDE_WORDS_BEFORE_DATE = 80, 5  # "Roma, 17 ott. (Adnkronos) -", "NEW YORK, Tuesday, May 27 -"
# The most the features weighed further can add: a copy below and a stamp below.
_MOST_FURTHER = TITLE_WEIGHTS["repeated"] + TITLE_WEIGHTS["stamp_follows"]
_EXPLAINED = 5  # candidates shown by ``parse --explain``
# A site's name or a stray menu entry between chrome lines is this short; blank lines are skipped this far.
_MASTHEAD_WORDS, _CHROME_REACH = 4, 4
_CHROME_KINDS = frozenset({"navigation", "site-chrome", "subscribe", "cookie"})
# Keys under which another source (front matter, a reader) leaves the page's own title in ``metadata``.
PAGE_TITLE_KEYS = ("title", "og:title")

_DIGIT = lazy(r"\d")
_DOMAIN_WORD = lazy(r"(?:www\.)?[\p{Ll}\d-]+(?:\.[\p{Ll}\d-]+)*\.\p{Ll}{2,12}/?(?:\s|$)")  # "news.example.org  …"
# What MARKUP removes from the start of a line, save spaces.
_MARKUP_START = "#*>_|-–—•"
_SENTENCE_END = (".", "!", "?", ".»", ".\"", ".”", "!»", "?»", "。", "！", "？")


class Candidate:
    """One possible title: where it came from, its text, its features, its score (a plain class: a dataclass compiles 4 M instructions at import)."""

    __slots__ = ("at", "features", "line", "score", "source", "text", "text_read", "weighed_further")

    def __init__(self, text: str, line: Line | None, source: str, features: dict[str, float], *, at: int = 0, text_read: str = "") -> None:
        self.text = text
        self.line = line
        self.source = source  # "line" or a metadata key (an extra source of the page's own title)
        self.features = features
        self.at = at  # its place among the content lines
        self.text_read = text_read  # the line as read (crawler metadata and a glued lede cut off)
        self.score, self.weighed_further = 0.0, False

    def weigh(self) -> float:
        self.score = sum(TITLE_WEIGHTS[name] * value for name, value in self.features.items())
        return self.score

    def why(self) -> str:
        parts = ", ".join(f"{name} {TITLE_WEIGHTS[name] * value:+.2f}" for name, value in self.features.items())
        source = "" if self.line is not None else f" (the page's {self.source}, no line)"
        if self.line is not None and not self.weighed_further:
            parts += " (not weighed further: it could not win)"
        return f"candidate {self.score:+.2f} {self.text[:60]!r}{source}: {parts}"


class _Page:
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

    def folded_copy(self, line: Line) -> str:
        found = self._folded.get(line.number)
        if found is None:
            found = self._folded[line.number] = folded_copy(line.text)
        return found

    def read(self, line: Line) -> tuple[str, Stamp | None]:
        """The line's opening without markup, and the date read in it (once: the stamp and lede questions share it).

        Read only where a stamp (a short line with a figure) or a dated lede (a figure early on) could be.
        """
        found = self._read.get(line.number)
        if found is None:
            head = line.text[:LEDE_HEAD]
            if head[:1] in _MARKUP_START or head[:1].isspace():  # most lines open with a letter: nothing to remove
                head = MARKUP.sub("", head)
            stamp = None
            digit = _DIGIT.search(head)
            # A stamp is a short line; a lede's date follows at most a place name, near the start.
            if digit and (len(head) <= STAMP_MAX or (
                    digit.start() < _LEDE_DATE_WITHIN and head.count(" ", 0, digit.start()) <= _LEDE_WORDS_BEFORE_DATE)):
                try:
                    stamp = read_stamp(head, languages=self.languages)
                except Exception:  # a stage never raises on odd text
                    stamp = None
            found = self._read[line.number] = (head, stamp)
        return found

    def is_stamp(self, line: Line) -> bool:
        """A stamp line (``stamp_on_line``'s question, on the shared reading)."""
        head, stamp = self.read(line)
        return stamp is not None and len(head) <= STAMP_MAX and is_stamp_line(head, stamp)

    def is_lede(self, line: Line) -> bool:
        found = self._lede.get(line.number)
        if found is None:
            head, stamp = self.read(line)
            found = self._lede[line.number] = lede_shape(head) or is_lede_stamp(head, stamp)
        return found

    def runs_on(self, line: Line) -> bool:
        found = self._runs_on.get(line.number)
        if found is None:
            found = self._runs_on[line.number] = runs_on(self.ctx, line)
        return found

    def is_body(self, line: Line) -> bool:
        found = self._body.get(line.number)
        if found is None:
            found = self._body[line.number] = self._is_body(line)
        return found

    def _is_body(self, line: Line) -> bool:
        """Body text: a long line, a long sentence, a lede, a line running on, or a lead-in ending in a colon."""
        text = line.text
        if len(text) > _PARAGRAPH or text.endswith(":") or self.runs_on(line) or (size := width(text, self.ctx.language)) > _PARAGRAPH:
            return True
        if size >= _SENTENCE and text.endswith(_SENTENCE_END) and not all_caps(text) and not is_truncated(text):
            return True  # a teaser cut off with an ellipsis stands between a headline and its lede as a standfirst does
        return self.is_lede(line)  # the dearest question last: it may read a date

    def among_chrome(self, line: Line) -> bool:
        """The nearest lines with text around ``line`` are site chrome, or the page starts above it."""
        ctx, number = self.ctx, line.number
        below = next((n for n in range(number + 1, min(number + _CHROME_REACH, len(ctx.lines)) + 1) if ctx.text(n).strip()), None)
        if below is None or ctx.boilerplate_kind(below) not in _CHROME_KINDS:
            return False
        above = next((n for n in range(number - 1, max(number - _CHROME_REACH, 0), -1) if ctx.text(n).strip()), None)
        return (above is None and not any(ctx.text(n).strip() for n in range(1, number))) \
            or (above is not None and ctx.boilerplate_kind(above) in _CHROME_KINDS)

    def kind(self, at: int) -> str:
        """What ``content[at]`` is to the line above it: "mark" (a stamp, byline or lede), "body", "longer", "short"."""
        found = self._kinds.get(at)
        if found is None:
            line = self.content[at]
            text = line.text
            if self.is_lede(line) or is_byline(text) or (len(text) <= STAMP_MAX and self.is_stamp(line)):
                found = "mark"
            elif self.is_body(line):
                found = "body"
            else:
                found = "longer" if word_count(text, self.ctx.language) >= MIN_WORDS else "short"
            self._kinds[at] = found
        return found

    def stamp_below(self, at: int) -> bool:
        """A stamp, byline or lede below ``content[at]``, with short lines or one standfirst between.

        The headline and its standfirst both have it: the earlier (the headline) wins on rank.
        """
        longer, short, last_longer = 0, False, -2
        for below in range(at + 1, min(at + 1 + _FOLLOW_WINDOW, len(self.content))):
            kind = self.kind(below)
            if kind == "mark":
                return True
            if kind == "body":
                return False
            short = short or kind == "short"
            if kind == "longer":
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
    ``example.org   14-05-2014 Print`` under a headline is the page's chrome)."""
    following = _next_text(ctx, first)
    return following[:1].islower() and first.text[-1:].isalpha() and _DOMAIN_WORD.match(following) is None


def runs_on_long(ctx: Context, first: Line) -> bool:
    """Long and continued by the next line with no blank line between: a paragraph, in a text laid out so.
    Weak; and no evidence where the scrape left no blank line above it (every headline there runs on)."""
    return len(first.text) > _MAX_RUN_ON and _next_text(ctx, first) != "" \
        and not all(ctx.text(n).strip() for n in range(1, first.number))


def _stamp_like(page: _Page, line: Line, text: str) -> bool:
    """A date stamp with little else: a stamp line, or a date opening the line and filling much of it."""
    if not _DIGIT.search(text, 0, 60):
        return False
    if page.is_stamp(line):
        return True
    if text is line.text:
        text, stamp = page.read(line)
    else:  # crawler metadata cut from the front: read what is left
        try:
            stamp = read_stamp(text[:STAMP_MAX], languages=page.languages)
        except Exception:  # a stage never raises on odd text
            return False
    if stamp is None or stamp.start > 2 or stamp.dateline.datetime is None:
        return False
    glued = stamp.end < len(text) and text[stamp.end - 1 : stamp.end].isdigit() and text[stamp.end].isalpha()
    return glued or (stamp.end - stamp.start) * 4 >= len(text)


def _line_candidate(page: _Page, at: int, body_above: int, byline_above: bool) -> Candidate | None:
    line = page.content[at]
    raw = line.text
    if len(raw) > _MAX_TITLE + 40 and " # " not in raw[:_MAX_TITLE]:
        return None  # a paragraph (crawler metadata before a headline is shorter than 40 characters)
    features: dict[str, float] = {"base": 1.0}
    text = raw[crawler_metadata(raw) :]
    if not text.strip():
        return None  # a metadata line and nothing else
    glued = HASH_GLUE.match(text) if text.find("#") > 10 else None  # ten characters and a space before the "#"
    if glued and word_count(glued.group("head"), page.ctx.language) >= MIN_WORDS:
        rest = glued.group("rest")
        if len(rest) >= _SENTENCE or opens_with_lede(rest, page.languages):
            text = glued.group("head")
            features["glued_lede"] = 1.0
    if (cut := glued_stamp_start(text, page.languages)) is not None:
        text = text[:cut].rstrip(" -–—|,")
    title = clean_title(text)
    if not 2 <= len(title) <= _MAX_TITLE or len(list(islice(filter(str.isalpha, title), 2))) < 2:
        return None
    if at:
        features["rank"] = float(at)
    if body_above:
        features["after_body"] = float(body_above)
    if raw.startswith("#") and not raw.startswith("#!"):
        features["heading"] = 1.0
    if word_count(title, page.ctx.language) <= _MASTHEAD_WORDS and page.among_chrome(line):
        features["among_chrome"] = 1.0
    line_features(title, features, page.ctx.language)
    if byline_above:
        features["below_byline_or_address"] = 1.0
    if read_labels(raw):
        if _bullet_over_stamp(page, at):
            title = MARKUP.sub("", title, count=1)  # the headline, not the scrape's bullet
        else:
            features["list_label"] = 1.0
    return Candidate(title, line, "line", features, at=at, text_read=text)


def _bullet_over_stamp(page: _Page, at: int) -> bool:
    """``• Headline`` right above ``• Posted 2014-07-03 14:54``: a scrape renders the article's header
    (headline, stamp, share button) as bullets, and the first of them, over the stamp, is the headline."""
    if at + 1 >= len(page.content) or (at and read_labels(page.content[at - 1].text)):
        return False
    below = page.content[at + 1]
    return any(c.isdigit() for c in below.text) and page.is_stamp(below)


def _weigh_further(page: _Page, candidate: Candidate) -> None:
    """The features that read dates or look at other lines: asked only of a candidate that could still win."""
    line, at, text, title, features = candidate.line, candidate.at, candidate.text_read, candidate.text, candidate.features
    assert line is not None
    candidate.weighed_further = True
    further_features(title, features)
    if _stamp_like(page, line, text):
        features["stamp_like"] = 1.0
    if "glued_lede" not in features and page.is_lede(line):
        features["lede"] = 1.0
    if "glued_lede" not in features and page.runs_on(line):
        features["runs_on"] = 1.0
    elif "glued_lede" not in features and runs_on_long(page.ctx, line):
        features["runs_on_long"] = 1.0
    if page.stamp_below(at):
        features["stamp_follows"] = 1.0
    # A sentence said twice is a repeated paragraph (a widget shown twice), not a headline and its copy.
    ends_sentence = "ends_full_stop" in features or "ends_colon" in features or "ends_clause" in features
    folded_title = fold_words(title).rstrip(" .…")
    # A copy is about as long as the title: a rubric before it or a stamp after it, or truncated.
    longest = len(title) + COPY_EXTRA
    # A short title ("Open letter") is copied only whole: a prefix of it is how many lines begin.
    whole = len(title) < MIN_PREFIX and word_count(title, page.ctx.language) > 1
    if not ends_sentence and any(
        (MIN_PREFIX <= len(other.text) <= longest and same_headline(page.folded_copy(other), folded_title))
        or (whole and len(other.text) < MIN_PREFIX + COPY_EXTRA and page.folded_copy(other) == folded_title)
        for other in islice(page.content, at + 1, at + 1 + _REPEAT_WINDOW)
    ):
        features["repeated"] = 1.0
    crumb = last_crumb(title)  # "Home > Statements > The Headline" over "The Headline": the trail is site chrome
    if crumb and any(page.folded_copy(o) == folded_copy(crumb) for o in islice(page.content, at + 1, at + 1 + _REPEAT_WINDOW)):
        features["breadcrumb"] = 1.0


def page_titles(ctx: Context) -> list[tuple[str, str]]:
    """``(source, title)`` for each title the page states about itself, the most trusted first.

    An HTML page's ``og:title`` (or JSON-LD headline) and ``<title>`` with the site's name cut
    off, then a title left in ``metadata``.
    """
    stated: list[tuple[str, str]] = []
    page = ctx.page
    if page is not None:
        for source, value in (("page:og_title", page.og_title), ("page:title", page.title)):
            if value:
                stated.append((source, without_site_name(value, page.site_name)))
    stated += [("metadata:" + key, ctx.metadata[key]) for key in PAGE_TITLE_KEYS if ctx.metadata.get(key)]
    cleaned = [(source, clean_title(value)) for source, value in stated]
    return [(source, value) for source, value in cleaned if value]


def candidates(ctx: Context) -> list[Candidate]:
    """Every candidate for the title, scored, best first (a page title given by another source among them)."""
    page = _Page(ctx)
    found: list[Candidate] = []
    body_above, byline_above = 0, False
    for at, line in enumerate(page.content[:_WINDOW]):
        candidate = _line_candidate(page, at, body_above, byline_above)
        if candidate is not None:
            found.append(candidate)
            # the headline stands above its byline, and above a letter's address (its lines name the addressee)
            byline_above = byline_above or "byline" in candidate.features or "addressee" in candidate.features
        if page.is_body(line) and not is_photo_credit(" ".join(  # a picture's caption over its credit: no body text
                page.ctx.text(n) for n in range(line.number + 1, min(line.number + 2, len(page.ctx.lines)) + 1)).strip()):
            body_above += 1
            if body_above >= _MAX_BODY_ABOVE:
                break
    stated = page_titles(ctx)
    for candidate in found:
        if any(same_title(candidate.text, given) for _, given in stated):
            candidate.features["matches_page_title"] = 1.0
    if stated:  # the page's own title is a candidate too, taken when no line makes a headline
        source, given = stated[0]
        found.append(Candidate(given, None, source, {"base": 1.0, "from_page": 1.0}))
    # The dearer features, best cheap score first, while a candidate could still reach the best
    # weighed so far: the choice is the same as weighing every one (most pages settle on the first).
    best = THRESHOLD
    for candidate in sorted(found, key=lambda c: -c.weigh()):
        if candidate.score + _MOST_FURTHER < best:
            break
        if candidate.line is not None:
            _weigh_further(page, candidate)
        best = max(best, candidate.weigh())
    # Best first; on a tie the line (it has a span) and the higher one.
    return sorted(found, key=lambda c: (-c.score, c.line is None, c.line.number if c.line else 0))


def run(ctx: Context) -> None:
    if ctx.title is None:
        scored = candidates(ctx)
        for candidate in scored[:_EXPLAINED]:
            # A title the page states has no line: shown at line 1, as the page's dateline is.
            number = candidate.line.number if candidate.line is not None else 1
            ctx.explain.append(("title:candidate", (number, number), candidate.why()))
        best = scored[0] if scored and scored[0].score >= THRESHOLD else None
        if best is not None and best.line is not None:
            span = (best.line.number, best.line.number)
            ctx.claim(span, "title", f"best candidate, score {best.score:+.2f}")
            ctx.title = Title(best.text, span)
        elif best is not None:
            ctx.explain.append(("title", (1, 1), f"no line makes a headline: the page's {best.source}"))
            ctx.title = Title(best.text, None)
    if ctx.title is None:
        return
    after = ctx.title.lines[1] if ctx.title.lines else 0
    content = ctx.free_content()
    first = content.first_after(after)  # no line above the title made to be skipped
    for line in content[first : first + _REPEAT_WINDOW]:
        if is_repeat(line.text, ctx.title.text):
            ctx.add_boilerplate("title-repeat", (line.number, line.number), "copy of the title")
