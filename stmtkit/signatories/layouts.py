"""Cutting a signature block into entries, whatever the layout.

- one entry a line, with ``-`` ``•`` ``*`` ``·`` ``1.`` ``2)`` or nothing in front, blank lines or not;
- an entry over several lines (``Jane Roe`` / ``Executive Director`` / ``Coastal Futures Network``), or a name wrapped;
- one paragraph of names: ``A; B; C und D.`` / ``A, B, C and D`` / ``A – B – C``;
- markdown pipe tables and tab-separated tables, with or without a header row;
- group sub-headings (``Organisations:``) that set ``group`` for what follows.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import replace
from operator import attrgetter

import regex

from ..lines import Line
from ..memo import per_parse
from ..model import Signatory, SignatoryKind, Span
from ..patterns import lazy
from .bullet_labels import bulleted_labels
from .cleaning import ENTRY_PREFIX, clean_entry_text
from .cues import block_cues, inline_mark_pattern
from .entry import entry_head, names_joined, read_entries, role_closing_name
from .function_first import function_alone, function_over_name
from .grid import grid_entries
from .inline import inline_names, is_full_name
from .kind import is_organisation, is_place, is_role, looks_like_person
from .lines import group_label_shape
from .name_fields import name_then_fields
from .person_over_body import names_over_functions, people_over_bodies
from .roles import field_lines_parts, split_title
from .rows import Entry, Row
from .run_on_roles import names_run_into_roles
from .segments import split_segments
from .tables import pipe_cells, tab_cells, table_entries

_LINE_TEXT = attrgetter("line.text")  # (the rows' texts asked at once, with no loop of our own)
_NUMBERED = lazy(r"^\(?\d{1,4}[.)]\s*(?=\S)|^\(\d{1,4}\)\s*")
# A line ending like this runs on to the next: "Verband der Chemischen Industrie und", "Jean-".
_RUNS_ON = lazy(r"(?:[-‐,&]|\s(?:and|und|et|of|de|du|der|des|la|le|für|for|и)?)$", regex.V1)
# A line opening like this carries on the entry above: "(VCI) …", "& Partners", "und Brandenburg e.V.".
_CONTINUATION_START = lazy(r"^(?:\(|&|(?:and|und|et|of|for|für|de|du|des|der|и|ve|və)\s)")
_MAX_ENTRY_ROWS = 4
_ACRONYM_BODY_WORDS = 4  # "PEN Iceland", "ACLU of Texas"
# A paragraph of entries run on over its lines: each line but the last at least this long, with this many commas.
_RUN_ON_LINE, _RUN_ON_COMMAS = 60, 2
_MIN_COMMA_CLOSED_ROWS = 3
_MIN_ORGANISATION_RUN = 4

GroupReader = Callable[[str], "tuple[str, SignatoryKind | None] | None"]


_RULE_OR_BOLD = lazy(r"^[-–—]{2,}\s*$|^\*\*")
_RULE_OR_BOLD_SECONDS = frozenset("-–—*")


@per_parse
def is_marked(text: str) -> bool:
    """A bullet or a number in front: ``- Name``, ``• Name``, ``12. Name``, ``(3) Name``."""
    if text[:1].isalpha():
        return False  # every bullet and number opens with a mark or a digit, no letter
    # a rule or bold opens with two dashes or two stars: "- Anna Berg" is not asked the pattern
    return bool(ENTRY_PREFIX.match(text)) and not (text[1:2] in _RULE_OR_BOLD_SECONDS and _RULE_OR_BOLD.match(text))


def entries_of(
    rows: Sequence[Row],
    group_of: GroupReader | None = None,
    first_group: tuple[str | None, SignatoryKind | None] | None = None,
) -> list[Entry]:
    """Every entry of a block, in order, with the group it falls under."""
    entries: list[Entry] = []
    group, group_kind = first_group or (None, None)
    segment: list[Row] = []

    def flush() -> None:
        found = _entries_of_segment(segment, group_kind)
        if group is None and group_kind is None:
            entries.extend(found)  # they carry no group already: no copy
        else:
            # built directly: dataclasses.replace costs as much as reading a short entry
            entries.extend(Entry(e.text, e.lines, group, group_kind, e.role, e.affiliation, e.explicit) for e in found)
        segment.clear()

    # In a bulleted block, a plain short line after a blank line with a bullet right under it labels the group
    # below ("Trade unions" / "• Harbour Workers Union"), colon or not.
    bulleted = group_of is not None and any(is_marked(r.line.text) for r in rows)
    labels = bulleted_labels(rows, is_marked, group_of) if bulleted and group_of is not None else {}
    for at, row in enumerate(rows):
        if row.intro:
            continue
        found = labels.get(at) or (group_of(row.line.text) if group_of and not is_marked(row.line.text) else None)
        if found is None and (at == 0 or row.after_blank) and (
                _labels_bullets(rows, at) if bulleted else group_of is not None and _labels_paragraph(rows, at)):
            found = (row.line.text.strip(), None)
        if found:
            flush()
            group, group_kind = found
            continue
        segment.append(row)
    flush()
    return entries


def _labels_bullets(rows: Sequence[Row], at: int) -> bool:
    """``rows[at]`` is a plain label line with a bulleted entry right under it."""
    text = rows[at].line.text
    return (
        at + 1 < len(rows)
        and not is_marked(text)
        and is_marked(rows[at + 1].line.text)
        and not rows[at + 1].intro
        and group_label_shape(text)
    )


# Under a plain label, a paragraph of this many entry lines at least: "Name" / "Name" then "Role" is no group.
_MIN_LABELLED_LINES = 3


def _labels_paragraph(rows: Sequence[Row], at: int) -> bool:
    """``rows[at]`` is a plain label alone in its paragraph (``Landesebene``), a paragraph of entries below it:
    a lone line that reads as a person's name (``Anna Berg``, ``Anna Berg, teacher``) is a signer of its own."""
    below = rows[at + 1 : at + 1 + _MIN_LABELLED_LINES]
    return (
        len(below) == _MIN_LABELLED_LINES
        and below[0].after_blank
        and not any(r.after_blank or r.intro for r in below[1:])
        and group_label_shape(rows[at].line.text)
        and not (is_full_name(text := rows[at].line.text.strip()) or name_then_fields(text))
    )


def signatories_of(entry: Entry) -> list[Signatory]:
    """Read an entry; the fields a layout gives (table columns, one line a field) win over the text."""
    found = read_entries(
        entry.text, entry.lines, entry.group, entry.group_kind,
        split_pairs=not entry.explicit, among_organisations=entry.among_organisations,
    )
    if not entry.explicit or not found:
        return found
    first = found[0]
    role = ", ".join(x for x in (first.role, entry.role) if x) or None
    return [replace(first, role=role, affiliation=entry.affiliation or first.affiliation)]


def _entries_of_segment(rows: Sequence[Row], group_kind: SignatoryKind | None = None) -> list[Entry]:
    if not rows:
        return []
    after_heading = {r.line.number for r in rows if r.after_heading}
    # a row without a pipe has no cells: most rows are not asked
    if sum(1 for r in rows if "|" in r.line.text and pipe_cells(r.line.text)) >= max(1, len(rows) // 2):
        return table_entries(rows, pipe_cells)
    # two cells need a tab between them: rows without one are not asked for their cells
    if sum(1 for r in rows if "\t" in r.line.raw and len(tab_cells(r.line.raw)) >= 2) >= max(2, len(rows) // 2):
        return table_entries(rows, lambda text: tab_cells(text), use_raw=True)
    if "   " in "\n".join(map(_LINE_TEXT, rows)) and (grid := grid_entries(rows)) is not None:
        return grid  # "Ana Ruiz, UTA      Tomás Gil, UNAP": cells apart by runs of spaces
    marked = any(is_marked(r.line.text) for r in rows)
    if not marked and (run_on := _run_on_paragraph(rows)) is not None:
        return run_on
    grouped = _marked_entries(rows) if marked else _unmarked_entries(rows, people=group_kind != "organisation")
    out: list[Entry] = []
    # Beside lines of three names or more, a line of two full names is two signers too
    # ("Ovidiu Pop, Ion Vartic, Ana Gal," / "Alex Goldiş, Doina Opriţă"), not a name and its body.
    read = {lines[0].number: inline_names(lines[0].text, two_names=lines[0].number in after_heading,
                                          bodies=group_kind == "organisation") for lines in grouped if len(lines) == 1}
    in_paragraphs = any(len(names) >= 3 for names in read.values())
    for lines in grouped:
        span = (lines[0].number, lines[-1].number)
        if len(lines) == 1:
            names = read[lines[0].number]
            if in_paragraphs and len(names) == 1 and "," in lines[0].text:
                names = inline_names(lines[0].text, two_names=True)
            if len(names) == 1:
                out.append(Entry(names[0], span))  # most lines: one entry, no generator
            else:
                out.extend(Entry(name, span) for name in names)
        elif len(names := inline_names(_join(lines), two_names=True)) >= 3:
            # "Ion Pop, Ana Gal, Vlad Ene," / "Alex Goldiş, Doina Opriţă": a paragraph of names over lines
            out.extend(_names_on_their_lines(names, lines))
        else:
            out.append(_multiline_entry(lines, span))
    return _mark_organisation_runs(out) if len(out) >= _MIN_ORGANISATION_RUN else out


def _run_on_paragraph(rows: Sequence[Row]) -> list[Entry] | None:
    """``Podepsáni: Jan Dvořák - herec, Eva Malá, Petr`` / ``Novák - sociolog, …``: one paragraph of
    entries wrapped wherever the line was full, a name or a role cut across two lines.  Read as one
    text when each line but the last is long and holds commas, and the text gives two entries a line
    or more (a column of ``Name, Role, Body`` lines gives one)."""
    if len(rows) < 2 or any(r.after_blank for r in rows[1:]):
        return None
    # "Prof. Dr. Anna Berg, Essen," / "Dr. Tom Lind," / "Bonn, Eva Holm, Kiel,": short lines, each but the last
    # closed by a comma, an entry cut across two of them: one paragraph too (a column gives one name a line)
    comma_closed = len(rows) >= _MIN_COMMA_CLOSED_ROWS and all(r.line.text.rstrip().endswith(",") for r in rows[:-1])
    if not comma_closed and any(
            len(r.line.text) < _RUN_ON_LINE or r.line.text.count(",") < _RUN_ON_COMMAS for r in rows[:-1]):
        return None
    text, starts = "", []
    for row in rows:
        piece = row.line.text.strip()
        if text.endswith(("-", "‐")) and text[-2:-1].isalpha():
            text = text[:-1] if piece[:1].islower() else text  # "Brdeč-" / "ková": one word; "Jean-" / "Pierre" keeps it
        elif text:
            text += " "
        starts.append(len(text))
        text += piece
    names = inline_names(text, two_names=True)
    if len(names) < (len(rows) * 3 // 4 if comma_closed else 2 * len(rows)):
        return None
    entries, at = [], 0
    for name in names:
        found = text.find(name, at)
        start = found if found >= 0 else at
        at = start + len(name) if found >= 0 else at
        first, last = bisect_right(starts, start) - 1, bisect_right(starts, max(start, at - 1)) - 1
        entries.append(Entry(name, (rows[first].line.number, rows[last].line.number)))
    return entries


def _mark_organisation_runs(entries: list[Entry]) -> list[Entry]:
    """In a run of mostly organisations, ``Crescent Life, Lifestyle Magazine`` is one more, not a person
    and the body they work for: the entries learn what surrounds them."""
    # the head decides: "Hilal Tekin - Ankara Kent University" is a person at a university;
    # counting stops once a third of the entries are not organisations (a list of people, most often)
    others_allowed = len(entries) // 3
    for entry in entries:
        if not is_organisation(entry_head(entry.text)):
            others_allowed -= 1
            if others_allowed < 0:
                return entries
    return [e._replace(among_organisations=True) for e in entries]


def _names_on_their_lines(names: Sequence[str], lines: Sequence[Line]) -> list[Entry]:
    """Each name of a paragraph over several lines with the line that holds it (the next line once
    the name is not found on the current one): the signatories' lines stay in order."""
    entries: list[Entry] = []
    at = 0
    for name in names:
        while at < len(lines) - 1 and name.strip(" ,;.") not in lines[at].text:
            at += 1
        entries.append(Entry(name, (lines[at].number, lines[at].number)))
    return entries


def _multiline_entry(lines: Sequence[Line], span: Span) -> Entry:
    """``Jane Roe`` / ``Chair, Board of Trustees`` / ``Valley Farmers Cooperative``: one line a field.

    Only when the first line is a whole name and no line runs on into the next;
    otherwise the lines are one text (a wrapped name or organisation).
    """
    first = clean_entry_text(lines[0].text)
    if (function_first := function_over_name(lines, span)) is not None:
        return function_first  # "Chair" / "Helen Marsh" / "Harbour Union"
    runs_on = any(_RUNS_ON.search(ln.text) for ln in lines[:-1]) or any(ln.text[:1].islower() and not is_role(ln.text) for ln in lines[1:])
    if runs_on or not looks_like_person(split_title(first)[1]):
        return Entry(_join(lines), span)
    # a field wrapped over lines: "Professor am Institut für Informatik" / "der Universität Leipzig"
    fields: list[str] = []
    for ln in lines[1:]:
        if fields and _CONTINUATION_START.match(ln.text):
            fields[-1] = f"{fields[-1]} {ln.text}"
        else:
            fields.append(ln.text)
    roles, affiliations = field_lines_parts(fields)
    return Entry(lines[0].text, span, role=", ".join(roles) or None, affiliation=", ".join(affiliations) or None, explicit=True)


def _marked_entries(rows: Sequence[Row]) -> list[list[Line]]:
    """Each bullet or number opens an entry; unmarked lines right below it continue it."""
    grouped: list[list[Line]] = []
    for row in rows:
        text = row.line.text
        if is_marked(text) or not grouped or row.after_blank or len(grouped[-1]) >= _MAX_ENTRY_ROWS:
            grouped.append([row.line])
        else:
            grouped[-1].append(row.line)
    return grouped


def _unmarked_entries(rows: Sequence[Row], *, people: bool = True) -> list[list[Line]]:
    """One entry a line, unless a line plainly continues the one above (a role, an organisation, a wrap).

    An organisation line joins the name above it only in a short paragraph
    (``Jane Roe`` / ``Riverkeepers Alliance``) or after a role line; in a long
    run of lines (``Amnesty International`` / ``Human Rights Watch`` / ``Oxfam``
    / ``Save the Children``) every line is a signer of its own.
    """
    if people and 2 <= len(rows) <= _MAX_ENTRY_ROWS - 1 and all(row.after_blank for row in rows[1:]) \
            and _one_signer_spaced(rows):
        kept = [row.line for row in rows]
        last = clean_entry_text(kept[-1].text)
        if is_place(split_segments(last)[0] if last else last) and not is_role(last):
            kept.pop()  # "Azərbaycan, Qəbələ rayonu.": where the letter was signed, not the signer's body
        return [kept]
    if people and ((pairs := people_over_bodies(rows)) is not None or (pairs := names_over_functions(rows)) is not None):
        return pairs
    rows = (people and names_run_into_roles(rows)) or rows  # "Ada Lind Poet" / "Tom Berg Filmmaker" / …
    paragraphs: list[list[Row]] = []
    for row in rows:
        if not paragraphs or (row.after_blank and not (")" in row.line.text and closes_open_bracket(paragraphs[-1][-1].line.text, row.line.text))):
            paragraphs.append([])
        paragraphs[-1].append(row)
    grouped: list[list[Line]] = []
    for paragraph in paragraphs:
        short = len(paragraph) <= _MAX_ENTRY_ROWS - 1
        start = len(grouped)
        # Mostly organisations, one a line ("Deutscher Naturschutzring (DNR)" / "BUND – … e. V." /
        # "NABU – … e. V."): each line signs on its own, as under an "Organisations:" heading.
        # A role line ("Chair, Board of Trustees") means name / role / organisation entries instead.
        # (asked only where people may sign: under "Organisations:" no line is asked; the organisations
        # counted first, as far as they can tell, then the roles only of a paragraph of mostly organisations)
        texts = [clean_entry_text(row.line.text) for row in paragraph] if people else []
        people_here = people and (not (len(paragraph) >= 3 and _half_or_more(is_organisation, texts))
                                  or any(is_role(t) for t in texts))
        for row in paragraph:
            if (mark := _sign_mark(row.line.text)) is not None:
                # "gez. Jonas Weiß" under "gez. Anna Berg": the mark opens a signer of its own, like a bullet
                grouped.append([Line(row.line.number, row.line.raw, row.line.text[mark:].strip())])
                continue
            # only the paragraph's first entry can be a name over field lines ("Jane Roe" / "Harbor Union");
            # "JANE ROE" / "TOM LIND" / "HARBOR UNION" is three signers
            first = len(grouped) == start + 1
            if len(grouped) > start and len(grouped[-1]) < _MAX_ENTRY_ROWS and _continues(grouped[-1], row.line.text, short=short and first, people=people_here):
                grouped[-1].append(row.line)
            else:
                grouped.append([row.line])
    return grouped


def _half_or_more(test: Callable[[str], bool], texts: Sequence[str]) -> bool:
    """``sum(map(test, texts)) * 2 >= len(texts)``, the texts asked only until the count is settled."""
    needed = (len(texts) + 1) // 2  # the fewest passing texts that make half or more
    passed = failed = 0
    for text in texts:
        if test(text):
            passed += 1
            if passed >= needed:
                return True
        else:
            failed += 1
            if failed > len(texts) - needed:
                return False
    return passed >= needed


def _one_signer_spaced(rows: Sequence[Row]) -> bool:
    """``Əliyev Rauf`` / ``Kənd İcma Şurasının sədri`` / ``Azərbaycan, Qəbələ rayonu.``, blank lines between:
    one signer's name, then its function (a role line is needed) and body or town, not three signers."""
    texts = [clean_entry_text(row.line.text) for row in rows]
    head = texts[0]
    if not looks_like_person(split_title(head)[1] or head) or is_role(head) or is_organisation(head):
        return False
    fields = texts[1:]
    return any(is_role(t) for t in fields) and not any(looks_like_person(t) and not is_role(t) for t in fields)


def _sign_mark(text: str) -> int | None:
    """Where the name starts after a signing mark opening ``text`` (``gez.``, ``/s/``); ``None`` without one."""
    mark = inline_mark_pattern().match(text) if text[:1].casefold() in block_cues().inline_mark_starts else None
    return mark.end() if mark else None


def _continues(previous: Sequence[Line], text: str, *, short: bool = True, people: bool = True) -> bool:
    last = previous[-1].text
    if last.endswith(";"):
        return False  # "… Павел Шайкин;": a semicolon closes an entry, one a line
    if ")" in text and closes_open_bracket(last, text):
        return True  # "Ana Lima, Chair of the NWU (Northern Workers" / "Union)": the page wrapped the bracket
    if _RUNS_ON.search(last) and not last.endswith(("e.V.", ")")):
        # "Anna Berg, chair of …," over "Jonas Weiss, director of …": a stray comma does not join two signers
        return not (last.endswith(",") and name_then_fields(previous[0].text) and name_then_fields(text))
    if _CONTINUATION_START.match(text):
        return True  # "Verband der Chemischen Industrie e.V." / "(VCI) Landesverband Nordost"
    if not people:
        return False  # under "Organisations:" every line is an organisation of its own
    if inline_names(text) != [text] or (len(previous) == 1 and inline_names(last) != [last]):
        return False  # a paragraph of names is complete in itself
    if " (" in text and names_joined(text.partition(" (")[0]):
        return False  # "Jonas Brandt und Mia Scholz (Vorstand)": two signers of their own
    if len(previous) == 1 and "," not in last.rstrip(",") and "(" not in last and "," not in text and not last.endswith(":") \
            and function_alone(last) and role_closing_name(split_title(last)[1]) is None:
        # (a name closed by its role, "Dr. Ana Lima professor of law", is a signer of its own, no function)
        name = clean_entry_text(text)
        if looks_like_person(split_title(name)[1] or name) and not is_role(name):
            return True  # "председатель совета ветеранов" / "А.П. Смирнов": the function over the name
    head = clean_entry_text(previous[0].text)
    if len(previous) == 2 and function_alone(head):  # "Chair" / "Helen Marsh": the name is the second line
        if function_alone(clean_entry_text(text)):
            return False  # "Geschäftsführer" under it: the next signer's function, over its name
        head = clean_entry_text(previous[1].text)
    # the name without the titles before it: "Hon. Dr Mary Anne Olu Adeyemi" is a person of four name words
    if not (looks_like_person(split_title(head)[1] or head) or (short and names_joined(head))) or is_role(head):
        return False  # a list of organisations, one a line ("Anna Berg and Tom Lind" over their body: one entry)
    nxt = clean_entry_text(text)
    if split_title(nxt)[0]:
        return False  # "Член-корр РАН Л.М.Соколов": a title opens the next signer
    segments = split_segments(nxt)
    if len(segments) > 1 and (is_full_name(segments[0]) or (not short and is_full_name(segments[-1]))):
        # a full name and a comma opens a signer of its own ("Jonas Weiss, Amnesty International" under
        # "Anna Berg, Greenpeace Nordic"); in a list, "Chair of the Wetlands Trust, Daniel Okafor" is one
        # too; under a sign-off, "Vorsitzende, Deutscher Kulturrat" is the role line of the name above
        return False
    if is_role(nxt) or is_place(nxt):
        return True
    after_role = len(previous) > 1 and is_role(previous[-1].text)
    if after_role and nxt.isupper() and not head.isupper():
        return True  # "Tan Sri Rahim Osman" / "Setiausaha Agung" / "PARTI CONTOH MALAYSIA": capitals below a role, the body
    # an acronym opening a short line below a role (or its body's line), the body: "Chair of the Writers at Risk
    # Committee" / "PEN Iceland"; "PRZEWODNICZĄCY" / "Zarządu Regionu …" / "NSZZ „Solidarność”"
    if (after_role or (len(previous) > 2 and is_role(previous[-2].text))) and (first := nxt.partition(" ")[0]).isupper() \
            and first.isalpha() and 2 <= len(first) <= 6 and not nxt.isupper() and len(nxt.split()) <= _ACRONYM_BODY_WORDS:
        return True
    if looks_like_person(nxt):
        return False  # the next signer
    return short or after_role


def closes_open_bracket(above: str, text: str) -> bool:
    """``text`` closes a bracket that the line ``above`` left open: the rest of that line, wrapped
    (a blank line between them too: a page that wraps its lines often spaces every line)."""
    return "(" in above and above.count("(") > above.count(")") and closes_bracket(text)


def closes_bracket(text: str) -> bool:
    """``Union)``, ``do Brasil) and more``: a closing bracket before any opening one."""
    closes = text.find(")")
    if closes < 0:
        return False
    opens = text.find("(")
    return opens < 0 or closes < opens


def _join(lines: Sequence[Line]) -> str:
    """Join an entry's lines: a wrapped name with a space, a role or organisation line with a comma."""
    out = lines[0].text
    for line in lines[1:]:
        text = line.text
        if out.endswith(("-", "‐")) and text[:1].islower():
            out = out[:-1] + text
        elif out.count("(") > out.count(")") or _RUNS_ON.search(out) or _CONTINUATION_START.match(text) or (text[:1].islower() and not is_role(text)):
            out = f"{out} {text}"
        else:
            out = f"{out}, {text}"
    return out
