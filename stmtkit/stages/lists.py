"""Lists: numbered, lettered, roman and bulleted, with label, text, intro and items over several lines.

An item opens at a label (``1.`` ``2)`` ``(3)`` ``a)`` ``i.`` ``•`` ``-``);
the lines right below it (no blank between) continue it; blank lines may
separate items.  A list needs two items of one style; a paragraph that only
starts with a year (``2024. …``) is not a list.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..lines import Line
from ..model import ListBlock, ListItem, ListStyle
from ..pipeline import Context

_LABEL = regex.compile(
    r"^(?:"
    r"(?P<num>\d{1,3})(?P<numsep>[.)]|-)\s+"
    r"|\((?P<pnum>\d{1,3})\)\s+"
    r"|(?P<alpha>[a-zA-Z])[.)]\s+"
    r"|\((?P<palpha>[a-z])\)\s+"
    r"|(?P<roman>[ivxlIVXL]{1,6})[.)]\s+"
    r"|(?P<bullet>[•\-–*·▪●◦‣])\s*"
    r")(?=\S)",
    regex.V1,
)
_TRAILING_SEPARATOR = regex.compile(r"\s*(?:[;,]|;\s*(?:and|or|et|ou|und|oder|y|o|e|и|или|ve|və))\s*$", regex.I)
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}


@dataclass(frozen=True, slots=True)
class Label:
    style: ListStyle
    label: str
    ordinal: int | None
    end: int


def _roman_value(s: str) -> int | None:
    total, prev = 0, 0
    for c in reversed(s.lower()):
        v = _ROMAN[c]
        total += -v if v < prev else v
        prev = max(prev, v)
    return total or None


def read_label(text: str) -> Label | None:
    m = _LABEL.match(text)
    if not m:
        return None
    g = m.groupdict()
    if g["num"] or g["pnum"]:
        return Label("decimal", g["num"] or g["pnum"], int(g["num"] or g["pnum"]), m.end())
    if g["roman"] and (len(g["roman"]) > 1 or g["roman"] in "iI"):
        r = g["roman"]
        return Label("lower-roman" if r.islower() else "upper-roman", r, _roman_value(r), m.end())
    if g["alpha"] or g["palpha"]:
        a = g["alpha"] or g["palpha"]
        if g["alpha"] and a.isupper() and m.group(0)[1] == ".":
            # "A. Smith" is an initial, not a list label, unless a list follows; keep it but only as upper-alpha
            pass
        return Label("lower-alpha" if a.islower() else "upper-alpha", a, ord(a.lower()) - 96, m.end())
    if g["bullet"]:
        return Label("bullet", g["bullet"], None, m.end())
    return None


def item_text(text: str) -> str:
    """Drop the trailing list separator (``;``, ``,``, ``; and``) but keep a final full stop."""
    return str(_TRAILING_SEPARATOR.sub("", text)).strip()


def _collect(ctx: Context, start: int) -> tuple[ListBlock, int] | None:
    """Read a list whose first item is on line ``start``; return it and its last line."""
    first = read_label(ctx.line(start).text)
    assert first is not None
    items: list[ListItem] = []
    n = start
    total = len(ctx.lines)
    expected = first.ordinal
    last_content = start
    while n <= total:
        line = ctx.line(n)
        if not ctx.is_free(n) and not line.blank:
            break
        label = read_label(line.text) if not line.blank else None
        if label is None or label.style != first.style or (
            expected is not None and label.ordinal != expected
        ):
            break
        lines_of_item: list[Line] = [line]
        m = n + 1
        while m <= total and ctx.is_free(m) and not ctx.line(m).blank and read_label(ctx.line(m).text) is None:
            lines_of_item.append(ctx.line(m))
            m += 1
        raw = "\n".join(ln.raw for ln in lines_of_item)
        body = " ".join([line.text[label.end :].strip()] + [ln.text for ln in lines_of_item[1:]])
        items.append(ListItem(label.label, item_text(body), raw, (n, lines_of_item[-1].number)))
        last_content = lines_of_item[-1].number
        if expected is not None:
            expected += 1
        n = m
        while n <= total and ctx.is_free(n) and ctx.line(n).blank:
            n += 1
    if len(items) < 2:
        return None
    return ListBlock(first.style, tuple(items), (start, last_content)), last_content


def _intro(ctx: Context, start: int) -> str | None:
    for n in range(start - 1, 0, -1):
        line = ctx.line(n)
        if line.blank:
            continue
        if ctx.is_free(n) and line.text.rstrip().endswith(":"):
            return line.text
        return None
    return None


def run(ctx: Context) -> None:
    n = 1
    total = len(ctx.lines)
    while n <= total:
        line = ctx.line(n)
        if ctx.is_free(n) and not line.blank and read_label(line.text):
            found = _collect(ctx, n)
            if found:
                block, last = found
                block = ListBlock(block.style, block.items, block.lines, _intro(ctx, n))
                ctx.claim(block.lines, "list", f"{len(block.items)} {block.style} items")
                ctx.lists.append(block)
                n = last + 1
                continue
        n += 1
