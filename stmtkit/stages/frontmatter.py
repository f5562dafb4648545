"""Front matter of a markdown export, read into ``metadata`` and not shown as text.

YAML between ``---`` lines (``title: "…"``, Jekyll, Hugo, Astro) and TOML
between ``+++`` lines (``title = "…"``, Hugo).  ``title`` becomes the document's
title and ``date`` is offered to the dateline stage.
"""

from __future__ import annotations

from ..model import Title
from ..patterns import lazy
from ..state import Context

_FIELD = lazy(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*)$")
_TOML_FIELD = lazy(r"^(?P<key>[A-Za-z_][\w-]*)\s*=\s*(?P<value>.*)$")
# Opening fence → (closing fences, field pattern)
_FENCES = {"---": (("---", "..."), _FIELD), "+++": (("+++",), _TOML_FIELD)}
_MAX_LINES = 60


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def run(ctx: Context) -> None:
    lines = ctx.lines
    if not lines or lines.text_of(1) not in _FENCES:  # the first line's text, no Line made: most texts stop here
        return
    closing, field = _FENCES[lines.text_of(1)]
    for line in lines[1:_MAX_LINES]:
        if line.text in closing:
            end = line.number
            break
        if not line.blank and not field.match(line.text) and not line.raw.startswith((" ", "\t", "-", "[", "#")):
            return  # not front matter: a horizontal rule followed by prose
    else:
        return
    metadata: dict[str, str] = {}
    for line in lines[1 : end - 1]:
        m = field.match(line.text)
        if m and not line.raw.startswith((" ", "\t")):
            metadata[m.group("key").lower()] = _unquote(m.group("value"))
    ctx.claim((1, end), "metadata", "front matter between fences")
    ctx.metadata = metadata
    ctx.metadata_lines = (1, end)
    if metadata.get("title"):
        ctx.title = Title(metadata["title"], None)
