"""Front matter of a markdown export (``---`` / ``title: …`` / ``---``): read, not shown as text."""

from __future__ import annotations

import regex

from ..model import Title
from ..pipeline import Context

_FIELD = regex.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*)$")
_MAX_LINES = 60


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def run(ctx: Context) -> None:
    lines = ctx.lines
    if not lines or lines[0].text != "---":
        return
    for line in lines[1:_MAX_LINES]:
        if line.text in ("---", "..."):
            end = line.number
            break
        if not line.blank and not _FIELD.match(line.text) and not line.raw.startswith((" ", "\t", "-")):
            return  # not YAML: a horizontal rule followed by prose
    else:
        return
    metadata: dict[str, str] = {}
    for line in lines[1 : end - 1]:
        m = _FIELD.match(line.text)
        if m and not line.raw.startswith((" ", "\t")):
            metadata[m.group("key").lower()] = _unquote(m.group("value"))
    ctx.claim((1, end), "metadata", "front matter between --- lines")
    ctx.metadata = metadata
    ctx.metadata_lines = (1, end)
    if metadata.get("title"):
        ctx.title = Title(metadata["title"], None)
