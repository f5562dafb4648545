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

from functools import lru_cache
from itertools import islice
from operator import mul

from ..addressee import is_addressee
from ..chrome import (
    beside_photo_credit,
    is_document_label,
    is_photo_credit,
    opens_with_document_label,
    without_print_button,
)
from ..crawler_line import crawler_metadata
from ..data.title_weights import THRESHOLD, TITLE_WEIGHTS
from ..dates.stamp_line import MARKUP, STAMP_MAX, opens_with_lede
from ..fold import fold_words
from ..headline import (
    HASH_GLUE,
    MIN_PREFIX,
    clean_title,
    glued_stamp_start,
    home_trail_end,
    last_crumb,
    leading_stamp_end,
    without_site_name,
    word_count,
)
from ..headline_copy import (
    COPY_EXTRA,
    copy_forms,
    echoed_by_story,
    folded_copy,
    is_copy,
    is_repeat,
    same_copy,
    same_title_forms,
    title_by_copy,
    title_forms,
)
from ..headline_features import CLAUSE_ENDS, MIN_WORDS, further_features, line_features, plain_headline
from ..labels import ordinal_name, read_labels
from ..lines import Line
from ..menus import bulleted_menu_between
from ..model import Boilerplate, Title
from ..patterns import holds_digit
from ..signatories.lines import heading_in
from ..state import Context
from ..title_furniture import MASTHEAD_WORDS, above_rubric, kicker
from ..title_page import (
    CHROME_KINDS,
    DIGIT,
    MAX_TITLE,
    SENTENCE,
    TitlePage,
    doubled_pair,
    runs_on_long,
    wrapped_rest,
)

_TOP_STAMPS = 3  # date lines among the first content lines count in no headline's rank

__all__ = ["Candidate", "candidates", "clean_title", "is_repeat", "run"]  # (clean_title, is_repeat: re-exported)

_WINDOW, _MAX_BODY_ABOVE = 15, 2  # content lines from the top that are candidates; body paragraphs ending the search
_REPEAT_WINDOW = 6  # content lines below a candidate where a copy is looked for
# The most the features weighed further can add: a copy below and a stamp below.
_MOST_FURTHER = TITLE_WEIGHTS["repeated"] + TITLE_WEIGHTS["stamp_follows"]
_STAMP_ABOVE = TITLE_WEIGHTS["stamp_above"]  # added to the most only for a line that could stand under the stamp
# and what a paragraph above gives back when the page's stamp stands right below (after_body 1.0 -> 0.1 at least)
_SOFTENED = -TITLE_WEIGHTS["after_body"] * 0.9
_EXPLAINED = 5  # candidates shown by ``parse --explain``
_ECHOED = TITLE_WEIGHTS["echoed"]
# Keys under which another source (front matter, a reader) leaves the page's own title in ``metadata``.
PAGE_TITLE_KEYS = ("title", "og:title")


class Candidate:
    """One possible title: where it came from, its text, its features, its score (a plain class: a dataclass compiles 4 M instructions at import)."""

    __slots__ = ("at", "features", "last", "line", "score", "source", "text", "text_read", "weighed_further")

    def __init__(self, text: str, line: Line | None, source: str, features: dict[str, float], *, at: int = 0, text_read: str = "") -> None:
        self.text = text
        self.line = line
        self.source = source  # "line" or a metadata key (an extra source of the page's own title)
        self.features = features
        self.at = at  # its place among the content lines
        self.text_read = text_read  # the line as read (crawler metadata and a glued lede cut off)
        self.score, self.weighed_further = 0.0, False
        self.last = line.number if line is not None else 0  # its last line (the next one when wrapped over two)

    def weigh(self) -> float:  # (weights and values multiplied and summed in C, in the features' order: the same sum)
        self.score = sum(map(mul, map(TITLE_WEIGHTS.__getitem__, self.features), self.features.values()))
        return self.score

    def why(self) -> str:
        parts = ", ".join(map(_shown, self.features, self.features.values()))
        source = "" if self.line is not None else f" (the page's {self.source}, no line)"
        if self.line is not None and not self.weighed_further:
            parts += " (not weighed further: it could not win)"
        return f"candidate {self.score:+.2f} {self.text[:60]!r}{source}: {parts}"


@lru_cache(maxsize=512)  # (a feature and its value, most of them 1 or a small count, formatted once a process)
def _shown(name: str, value: float) -> str:
    return f"{name} {TITLE_WEIGHTS[name] * value:+.2f}"


def _stamp_like(page: TitlePage, line: Line, text: str) -> bool:
    """A date stamp with little else: a stamp line, or a date opening the line and filling much of it."""
    if not holds_digit(text[:60]):
        return False
    if page.is_stamp(line):
        return True
    if text is line.text:
        text, stamp = page.read(line)
    else:  # crawler metadata cut from the front: read what is left
        stamp = page.stamp_of(text[:STAMP_MAX])
    if stamp is None:
        return False
    if stamp.start > 2:  # "NEWSDESK 112 14.03.1993. 09:40 PO": a wire's slug, a dated and timed stamp filling half the line
        return stamp.dateline.time is not None and stamp.year_stated and (stamp.end - stamp.date_start) * 2 >= len(text)
    if stamp.dateline.datetime is None:
        # "MADRID, 17 (EUROPA PRESS)" alone on its line: a wire's lede set apart from its story, no headline
        return stamp.lede and stamp.dateline.agency is not None and not text[stamp.end :].strip(" -–—.:")
    glued = stamp.end < len(text) and text[stamp.end - 1 : stamp.end].isdigit() and text[stamp.end].isalpha()
    # the date itself fills much of the line (a rubric or place read before it does not: "Réforme des retraites / 14 mars / …")
    return glued or (stamp.end - stamp.date_start) * 4 >= len(text)


def _line_candidate(page: TitlePage, at: int, body_above: int, byline_above: bool, stamps_above: int) -> Candidate | None:
    line = page.content[at]
    raw = line.text
    features: dict[str, float] = {"base": 1.0}
    end, longest = len(raw), MAX_TITLE
    if len(raw) > MAX_TITLE + 40 and " # " not in raw[:MAX_TITLE]:
        # a paragraph (crawler metadata before a headline is shorter than 40 characters), unless the scrape ran
        # headline, stamp and story into one: "Headline Stand: 14.09.2023 09:35 Uhr Seit Wochen …" (a label's colon)
        end = _labelled_stamp_at(page, line) if not body_above and ":" in raw[:MAX_TITLE] else 0
        if end:
            features["glued_lede"] = 1.0
        elif not at and len(raw) <= _MAX_NAMED_TITLE and not raw.endswith((".", "!", "?")) \
                and opens_with_document_label(raw[crawler_metadata(raw) :], most_words=_MAX_NAMED_TITLE_WORDS):
            # "Відкритий лист … до міської ради: прохання зберегти шкільні бібліотеки …": an open letter's long title
            end, longest = len(raw), _MAX_NAMED_TITLE
        else:
            return None
    text = raw[crawler_metadata(raw) : end]
    if text[:1].isdigit() and (after_stamp := leading_stamp_end(
            text, page.read(line)[1] if text is raw else page.stamp_of(text[:STAMP_MAX]))) is not None:
        text = text[after_stamp:]  # "06.07.2021 Headline": the stamp is the dateline's
    if end < len(raw):
        text = text.rstrip(" -–—|,")
    if not text.strip():
        return None  # a metadata line and nothing else
    glued = HASH_GLUE.match(text) if text.find("#") > 10 else None  # ten characters and a space before the "#"
    if glued and word_count(glued.group("head"), page.ctx.language) >= MIN_WORDS:
        rest = glued.group("rest")
        if len(rest) >= SENTENCE or opens_with_lede(rest, page.languages):
            text = glued.group("head")
            features["glued_lede"] = 1.0
    if (cut := glued_stamp_start(text, page.stamp_of)) is not None:
        text = text[:cut].rstrip(" -–—|,")
    title = without_print_button(clean_title(text))
    if (trail_end := home_trail_end(title)) is not None:
        title = trail_end  # the trail names the page's headline last
    if not 2 <= len(title) <= longest or len(list(islice(filter(str.isalpha, title), 2))) < 2:
        return None
    if at > stamps_above:
        features["rank"] = float(at - stamps_above)
    if body_above:
        features["after_body"] = float(body_above)
    if raw.startswith("#") and raw.lstrip("#")[:1] in (" ", "\t"):  # "## Headline"; "#tag" is no heading
        features["heading"] = 1.0
    if word_count(title, page.ctx.language) <= MASTHEAD_WORDS and page.among_chrome(line):
        features["among_chrome"] = 1.0
    elif not title.endswith((".", "!", "?")) and page.tagline(line):
        features["among_chrome"] = 1.0  # the site's tagline under its name, over its menu
    line_features(title, features, page.ctx.language)
    if "lowercase_start" in features and page.under_stamp(at):
        del features["lowercase_start"]  # "14 maart 2011" / "red het stadspark": a blog's headline in small letters
    page.weigh_over_headline(at, features)
    # "VERKLARING van de besturen …", "Open letter to the mayor on …": the line names the document
    # an open letter's full title on the first line is long by its nature: its length is no sign against it
    named_in_full = not at and not title.endswith((".", "!", "?")) \
        and opens_with_document_label(title, most_words=_MAX_NAMED_TITLE_WORDS)
    names_document = "document_label" not in features and (named_in_full or opens_with_document_label(title, most_words=_MAX_LABELLED_TITLE_WORDS))
    if named_in_full:
        features.pop("long", None)
    if names_document:
        features["names_document"] = 1.0
        if "two_sentences" not in features:
            features.pop("ends_full_stop", None)  # "Lettre ouverte au sénateur X." names its document, a full stop or none
    if byline_above and not names_document:
        # "Do: Minister Zdrowia …" / "List otwarty do Ministra …": a line naming the document is its title even
        # under the address; other lines under a byline or an address are the text's
        features["below_byline_or_address"] = 1.0
    if (labels := read_labels(raw)) and not ordinal_name(raw, labels):
        if page.bullet_over_stamp(at):
            title = MARKUP.sub("", title, count=1)  # the headline, not the scrape's bullet
        else:
            features["list_label"] = 1.0
    return Candidate(title, line, "line", features, at=at, text_read=text)


# A title naming its document under the address is a headline's length at most: "List otwarty do Ministra …".
_MAX_LABELLED_TITLE_WORDS = 16


def _label_alone(ctx: Context) -> Boilerplate | None:
    """A document label ("Carta Aberta", "Open letter") opening the text, when nothing else makes a headline
    (the site's menu or name above it aside)."""
    first = next((line.number for line in ctx.lines if line.text.strip() and ctx.boilerplate_kind(line.number) not in CHROME_KINDS), 0)
    return next((piece for piece in ctx.boilerplate if piece.kind == "document-label" and piece.lines[0] == first), None)


# An open letter's title naming its senders, addressees and aim may run this long on its first line.
_MAX_NAMED_TITLE, _MAX_NAMED_TITLE_WORDS = 400, 60


def _labelled_stamp_at(page: TitlePage, line: Line) -> int:
    """Where a stamp with its label and time starts in a paragraph's opening ("… Stand: 14.09.2023 09:35 Uhr …"), or 0."""
    head, stamp = page.read(line)
    if stamp is None or stamp.label != "published" or stamp.dateline.time is None:
        return 0
    at = line.text.find(head[stamp.start : stamp.end])
    return at if 0 < at <= MAX_TITLE else 0


def _weigh_further(page: TitlePage, candidate: Candidate, first_headline: int) -> None:
    """The features that read dates or look at other lines: asked only of a candidate that could still win."""
    line, at, text, title, features = candidate.line, candidate.at, candidate.text_read, candidate.text, candidate.features
    assert line is not None
    candidate.weighed_further = True
    further_features(title, features)
    if ":" in title and heading_in(title) is not None:
        features["signature_heading"] = 1.0  # "Signed: Friends of the Library" opens the signers
    if kicker(page, at, title, first_headline):
        features["kicker"] = 1.0
    if _stamp_like(page, line, text):
        features["stamp_like"] = 1.0
    elif "names_document" not in features and page.inside_address(at):  # ("Open letter on the library" names it)
        features["inside_address"] = 1.0
    if "glued_lede" not in features and page.is_lede(line):
        features["lede"] = 1.0
    if at and page.content[at - 1].number == line.number - 1 and page.content[at - 1].text.endswith(CLAUSE_ENDS):
        features["after_clause"] = 1.0  # "… Schüler sicher befördert," / "Dörfer und Stadt verbindet …": a wrapped line's rest
    if "glued_lede" not in features and page.runs_on(line):
        if (rest := wrapped_rest(page.ctx, line, title)) is not None:
            # "Жители просят сохранить" / "парк у реки" / "Вчера …": a headline wrapped by a
            # hard-wrapped page, its rest on the next line, the story starting with a sentence under it
            candidate.text, candidate.last = clean_title(f"{title} {rest}"), line.number + 1
            features["wrapped"] = 1.0
        else:
            features["runs_on"] = 1.0
    elif "glued_lede" not in features and runs_on_long(page.ctx, line):
        features["runs_on_long"] = 1.0
    if page.stamp_below(at):
        features["stamp_follows"] = 1.0
        if features.get("after_body") == 1.0 and page.dated_right_below(at):
            # a paragraph over a headline with the page's stamp under it is the site's; surely so under a release's label
            features["after_body"] = 0.1 if at and is_document_label(page.content[at - 1].text) else 0.5
        if at + 1 < len(page.content) and page.kind(at + 1) == "longer" \
                and ("document_label" in features or opens_with_document_label(title)):  # "Persbericht" / "Headline" / stamp
            features["label_kicker"] = 1.0
    elif above_rubric(page, at):
        features["above_rubric"] = 1.0
    if "names_document" in features and ("label_kicker" in features or first_headline < at):
        del features["names_document"]  # under a headline the line naming the document is its subtitle
    # A sentence said twice is a repeated paragraph (a widget shown twice), not a headline and its copy (a headline may close with a colon)
    ends_sentence = "ends_full_stop" in features or "ends_clause" in features
    folded_title, bare_title = copy_forms(title)  # (as its copies are folded; the title is clean)
    # A copy is about as long as the title: a rubric before it or a stamp after it, or truncated.
    longest = len(title) + COPY_EXTRA
    # A short title ("Open letter") is copied only whole: a prefix of it is how many lines begin.
    whole = len(title) < MIN_PREFIX and word_count(title, page.ctx.language) > 1
    # A line of a few words printed twice in a row is a logo's text over the site's name, not a headline and its copy.
    first_copy = at + 1
    pair = doubled_pair(page, at) if word_count(title, page.ctx.language) <= MASTHEAD_WORDS else None
    if pair is not None:
        first_copy = max(at + 1, pair + 1)
        if pair + 1 < len(page.content) and page.is_stamp(page.content[pair + 1]):
            features["doubled_masthead"] = 1.0  # the site's name twice over the article's stamp
    copy = None if ends_sentence else next((
        other for other in page.content[first_copy : at + 1 + _REPEAT_WINDOW]
        if (MIN_PREFIX <= len(other.text) <= longest
            and same_copy(page.folded_copy(other), folded_title, None, bare_title))
        or (whole and len(other.text) < MIN_PREFIX + COPY_EXTRA and page.folded_copy(other) == folded_title)), None)
    if copy is None and at and "ends_clause" not in features:
        # "Site > Section > The headline." over "The headline.": the page's trail names its headline (a
        # headline may end in a full stop)
        copy = next((other for other in page.content[max(0, at - _REPEAT_WINDOW) : at]
                     if (crumb := last_crumb(other.text)) and folded_copy(crumb) == page.folded_copy(line)), None)
    if copy is not None and (beside_photo_credit(page.ctx, copy.number) or is_addressee(fold_words(copy.text), page.ctx.language)
                             or (len(copy.text) < len(title) and word_count(copy.text, page.ctx.language) <= 2)
                             or ("lowercase_start" in features and copy.number > line.number
                                 and not page.folded_copy(copy).startswith(folded_title))):
        # "Teaser" / … / "Teaser" over "Bildquelle: …", a caption; "Dear Prof. Jane Roe:", a salutation; a line's last
        # two words alone ("Minority Leader"); a sentence's end in small letters, quoted from the text as a standfirst
        copy = None
    elif copy is not None and word_count(title, page.ctx.language) <= MASTHEAD_WORDS and bulleted_menu_between(page.ctx, line.number, copy.number):
        copy = None  # "Site Name" / a whole bulleted menu / "Site Name": the site's header printed twice, no headline's copy
    if copy is not None:
        features["repeated"] = 1.0
        # "Headline : Site" over "Headline": the copy shows where the headline ends
        candidate.text = title_by_copy(title, text, copy.text, copy.text == line.text)
    if beside_photo_credit(page.ctx, line.number):
        features["caption"] = 1.0
        features.pop("repeated", None)  # a caption is printed twice: under the picture and as its alternative text
    # under the stamp, the headline when no plain headline stands above the stamp (else a standfirst)
    if at and first_headline >= at - 1 and plain_headline(features) and not page.is_stamp(line) \
            and (page.is_stamp(page.content[at - 1]) or page.after_site_stamp(_WINDOW) == at):
        features["stamp_above"] = 1.0
    crumb = last_crumb(text)  # "Home > Statements > The Headline" over "The Headline": the trail is site chrome
    if crumb and any(page.folded_copy(o) == folded_copy(crumb) for o in page.content[at + 1 : at + 1 + _REPEAT_WINDOW]):
        features["breadcrumb"] = 1.0


def page_titles(ctx: Context) -> list[tuple[str, str]]:
    """``(source, title)`` for each title the page states about itself, the most trusted first: an HTML page's
    ``og:title`` (or JSON-LD headline) and ``<title>`` with the site's name cut off, then a title left in ``metadata``."""
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
    page = TitlePage(ctx)
    found: list[Candidate] = []
    body_above, byline_above, stamps_above = 0, False, 0
    for at, line in enumerate(page.content[:_WINDOW]):
        candidate = _line_candidate(page, at, body_above, byline_above, stamps_above)
        if candidate is not None:
            found.append(candidate)
            # the headline stands above its byline, and above a letter's address (its lines name the addressee)
            byline_above = byline_above or "byline" in candidate.features or "addressee" in candidate.features
        if page.is_body(line) and not is_photo_credit(" ".join(  # a picture's caption over its credit: no body text
                page.ctx.text(n) for n in range(line.number + 1, min(line.number + 2, len(page.ctx.lines)) + 1)).strip()):
            body_above += 1
            if body_above >= _MAX_BODY_ABOVE:
                break
        elif at < _TOP_STAMPS and DIGIT.search(line.text) and page.is_stamp(line):
            stamps_above += 1  # a date line on top (the page's stamp, the site's clock) puts no headline lower
    stated = page_titles(ctx)
    # each folded once, not once a candidate; a title stated twice (og:title and <title>, most pages) compared once
    stated_forms = [title_forms(title) for title in dict.fromkeys(title for _, title in stated)]
    for candidate in found if stated else ():
        forms = title_forms(candidate.text)
        if any(same_title_forms(forms, title) for title in stated_forms):
            candidate.features["matches_page_title"] = 1.0
    if stated:  # the page's own title is a candidate too, taken when no line makes a headline
        source, given = stated[0]
        found.append(Candidate(given, None, source, {"base": 1.0, "from_page": 1.0}))
    # The dearer features, best cheap score first, while a candidate could still reach the best
    # weighed so far: the choice is the same as weighing every one (most pages settle on the first).
    # the first line that reads as a headline of more words than a site's name, by its own text
    # (a date line is none: "<weekday> <date> - <weekday> <date>", the site's clock, asked last as it reads a date)
    # (the lines' candidates stand in the page's order: the first found is the first line, no later one asked)
    masthead = page.after_site_stamp(_WINDOW)  # (the lines over the site's own stamp line are its masthead)
    for candidate in found if masthead > 1 else ():  # (its name, its tagline: no headline)
        if candidate.line is not None and candidate.at < masthead - 1 and "masthead" not in candidate.features:
            candidate.features["masthead"] = 1.0
    first_headline = next((c.at for c in found if c.line is not None and c.at >= masthead and plain_headline(c.features)
                           and word_count(c.text, ctx.language) > MASTHEAD_WORDS
                           and not _stamp_like(page, c.line, c.text_read)), len(page.content))
    best = THRESHOLD
    for candidate in sorted(found, key=lambda c: -c.weigh()):
        most = _MOST_FURTHER + (_STAMP_ABOVE if candidate.at and first_headline >= candidate.at - 1
                                and plain_headline(candidate.features) else 0.0) \
            + (_SOFTENED if candidate.features.get("after_body") == 1.0 else 0.0)
        if candidate.score + most < best:
            if candidate.score + _MOST_FURTHER + _STAMP_ABOVE + _SOFTENED < best:
                break  # no candidate below this one can reach the best either
            continue
        if candidate.line is not None:
            _weigh_further(page, candidate, first_headline)
        best = max(best, candidate.weigh())
    # A headline says what its story says: asked last, of the lines within its weight of the best when two or more
    # are (on most pages the best leads by more: none asked; a line not weighed further stands lower still).
    close = [c for c in found if c.line is not None and c.weighed_further and c.score >= best - _ECHOED]
    for candidate in close if len(close) > 1 else ():
        if echoed_by_story(ctx.lines, candidate.last, candidate.text):
            candidate.features["echoed"] = 1.0
            candidate.weigh()
    # Best first; on a tie the line (it has a span) and the higher one.
    return sorted(found, key=lambda c: (-c.score, c.line is None, c.line.number if c.line else 0))


def run(ctx: Context) -> None:
    if ctx.title is None:
        scored = candidates(ctx)
        for candidate in scored[:_EXPLAINED]:
            # A title the page states has no line: shown at line 1, as the page's dateline is.
            number = candidate.line.number if candidate.line is not None else 1
            ctx.explain.append(("title:candidate", (number, number), candidate.why))  # (written if read: scores final)
        best = scored[0] if scored and scored[0].score >= THRESHOLD else None
        if best is not None and best.line is not None:
            span = (best.line.number, best.last)
            if "glued_lede" in best.features and len(best.line.text) > MAX_TITLE + 40:
                # the headline opens a paragraph the scrape ran together: the line stays the story's
                ctx.explain.append(("title", span, f"best candidate, score {best.score:+.2f}, line not claimed"))
            else:
                ctx.claim(span, "title", f"best candidate, score {best.score:+.2f}")
            ctx.title = Title(best.text, span)
        elif best is not None:
            ctx.explain.append(("title", (1, 1), f"no line makes a headline: the page's {best.source}"))
            ctx.title = Title(best.text, None)
        elif (label := _label_alone(ctx)) is not None:
            # "Carta Aberta" / "Prezadas diretoras …" / the letter: the document's kind is the only heading it has
            ctx.drop_boilerplate(label, "the document's label is its only heading")
            ctx.claim(label.lines, "title", "no line makes a headline: the document's label above the text")
            ctx.title = Title(label.text, label.lines)
    if ctx.title is None:
        return
    after = ctx.title.lines[1] if ctx.title.lines else 0
    content, forms = ctx.free_content(), copy_forms(ctx.title.text)  # (the title's forms made once, not once a line)
    first = content.first_after(after)  # no line above the title made to be skipped
    for line in content[first : first + _REPEAT_WINDOW]:
        # ("1. <the headline>." is the list's first item, unless the headline has its label too: "(16) Episode …")
        if is_copy(line.text, forms) and (not read_labels(line.raw) or read_labels(ctx.title.text)):
            ctx.add_boilerplate("title-repeat", (line.number, line.number), "copy of the title")
