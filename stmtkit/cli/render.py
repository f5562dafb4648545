"""Turning records into the command line's output formats (json, ndjson, text, csv, pretty)."""

from __future__ import annotations

import io
import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from ..model import JSONDict


def dump_json(value: Any, indent: int | None = 2) -> str:
    """A record as JSON text: UTF-8 as it is (no ``\\u`` escapes), indented by ``indent`` (None: one line)."""
    return json.dumps(value, ensure_ascii=False, indent=indent)


def document_elements(record: JSONDict) -> list[tuple[tuple[int, int], str, str]]:
    """Every element of a record as ``(lines, kind, text)``, in input order."""
    out: list[tuple[tuple[int, int], str, str]] = []

    def add(lines: Any, kind: str, text: str) -> None:
        if lines:
            out.append(((lines[0], lines[1]), kind, text))

    if record.get("metadata_lines"):
        add(record["metadata_lines"], "metadata", " ".join(f"{k}: {v}" for k, v in record.get("metadata", {}).items()))
    if record.get("title") and record.get("title_lines"):
        add(record["title_lines"], "title", record["title"])
    dl = record.get("dateline")
    if dl and dl.get("place_lines") and dl.get("place_lines") != dl.get("lines"):
        # Place and agency on lines of their own above the stamp ("MADRID" / "SERVIMEDIA").
        add(dl["place_lines"], "place", " / ".join(x for x in (dl.get("place"), dl.get("agency")) if x))
    if dl and dl.get("lines") and not _inside(dl["lines"], record.get("metadata_lines")):
        add(dl["lines"], "dateline", f"{dl['text']}  →  {dl['datetime']}")
    for p in record.get("preamble", []):
        add(p["lines"], "preamble", p["text"])
    for e in record.get("body", []):
        if e["type"] == "list":
            items = "\n".join(_item_lines(e["items"], 1))
            add(e["lines"], f"list:{e['style']}", items)
        else:
            add(e["lines"], "paragraph", e["text"])
    sig = record.get("signatures")
    if sig:
        names = "\n".join(f"  - {_signatory_line(s)}" for s in sig["signatories"])
        add(sig["lines"], "signatures", f"{sig.get('heading') or ''}\n{names}".strip("\n"))
    for b in record.get("boilerplate", []):
        add(b["lines"], f"boilerplate:{b['kind']}", b["text"])
    out.sort(key=lambda e: e[0])
    return out


def _inside(span: Any, outer: Any) -> bool:
    return bool(outer) and outer[0] <= span[0] and span[1] <= outer[1]


def _label_as_written(item: JSONDict) -> str:
    """The label with its punctuation as the input had it: ``(1)``, ``a)``, ``1.``, ``•``."""
    label = item.get("label") or "-"
    raw = str(item.get("raw") or "").strip()
    at = raw.find(label)
    if at < 0 or at > 1:
        return label
    end = at + len(label)
    if end < len(raw) and raw[end] in ".)":
        end += 1
    return raw[:end]


def _item_lines(items: list[JSONDict], depth: int) -> list[str]:
    lines: list[str] = []
    for item in items:
        lines.append(f"{'  ' * depth}{_label_as_written(item)} {item['text']}")
        lines.extend(_item_lines(item.get("items", []), depth + 1))
    return lines


def _signatory_line(s: JSONDict) -> str:
    extra = ", ".join(x for x in (s.get("role"), s.get("affiliation")) if x)
    return f"{s['name']} ({extra})" if extra else s["name"]


def document_text(record: JSONDict) -> str:
    """The document printed back element by element (``parse --format text``)."""
    blocks = []
    for (first, last), kind, text in document_elements(record):
        span = f"{first}" if first == last else f"{first}-{last}"
        blocks.append(f"[{kind} {span}]\n{text}")
    return "\n\n".join(blocks) + "\n"


def signatory_rows(records: Iterable[tuple[str, JSONDict]]) -> list[JSONDict]:
    """One row per signatory per document; the document is the record's source path when it has one
    (so that ``stmtkit parse a.txt b.txt | stmtkit signatories`` still tells the documents apart)."""
    rows: list[JSONDict] = []
    for name, record in records:
        document = (record.get("source") or {}).get("path") or name
        for s in (record.get("signatures") or {}).get("signatories", []):
            rows.append({"document": document, **{k: s.get(k) for k in ("name", "kind", "role", "affiliation", "group", "key")}})
    return rows


def aggregate_signatories(records: Iterable[tuple[str, JSONDict]]) -> list[JSONDict]:
    """One row per ``key``: the most common spelling, the variants, how many documents and which.

    Also the roles and affiliations seen, in the order first seen, for network analysis
    (who signs together, for which organisation).  Rows come most-signing first.
    """
    from collections import Counter

    spellings: dict[str, Counter[str]] = {}
    # Names are kept as written: "AYSHAN MAMMADLI" counts with "Ayshan Mammadli", shown in the latter's case.
    caseless: dict[str, Counter[str]] = {}
    shown: dict[str, str] = {}
    kinds: dict[str, Counter[str]] = {}
    documents: dict[str, list[str]] = {}
    roles: dict[str, list[str]] = {}
    affiliations: dict[str, list[str]] = {}
    for row in signatory_rows(records):
        key = row["key"]
        name = row["name"]
        spellings.setdefault(key, Counter())[name] += 1
        folded = name.casefold()
        caseless.setdefault(key, Counter())[folded] += 1
        if folded not in shown or (shown[folded].isupper() and not name.isupper()):
            shown[folded] = name
        kinds.setdefault(key, Counter())[row["kind"]] += 1
        for table, value in ((documents, row["document"]), (roles, row["role"]), (affiliations, row["affiliation"])):
            seen = table.setdefault(key, [])
            if value and value not in seen:
                seen.append(value)
    rows: list[JSONDict] = [
        {
            "key": key,
            # most common spelling, case aside; ties go to the first seen (Counter keeps insertion order)
            "name": shown[caseless[key].most_common(1)[0][0]],
            "kind": kinds[key].most_common(1)[0][0],
            "count": len(documents[key]),
            "variants": sorted(spellings[key]),
            "documents": documents[key],
            "roles": roles[key],
            "affiliations": affiliations[key],
        }
        for key in spellings
    ]
    rows.sort(key=lambda r: (-int(r["count"]), str(r["key"])))
    return rows


def write_csv(rows: list[JSONDict], columns: list[str], out: TextIO) -> None:
    import csv  # only the csv formats: `parse FILE` writes JSON

    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(["|".join(v) if isinstance(v, list) else ("" if v is None else v) for v in (row.get(c) for c in columns)])


def csv_text(rows: list[JSONDict], columns: list[str]) -> str:
    buf = io.StringIO()
    write_csv(rows, columns, buf)
    return buf.getvalue()


def pretty(record: JSONDict, *, color: bool) -> None:
    """A rich tree of one record on stdout."""
    from rich.console import Console
    from rich.tree import Tree

    console = Console(no_color=not color, force_terminal=color or None, highlight=False, soft_wrap=False)
    if "error" in record and "schema" not in record:
        console.print(f"[red]error[/red] {record.get('path')}: {record.get('message')}")
        return
    src = record.get("source", {})
    tree = Tree(f"[bold]{record.get('title') or '(no title)'}[/bold]  [dim]{src.get('path') or '<stdin>'} · {record.get('language')}[/dim]")
    for (first, last), kind, text in document_elements(record):
        style = {"title": "bold", "dateline": "cyan", "preamble": "dim"}.get(kind.split(":")[0], "")
        if kind.startswith("boilerplate"):
            style = "dim red"
        if kind == "signatures":
            style = "green"
        label = f"[{style}]{kind}[/{style}]" if style else kind
        short = text if len(text) < 400 else text[:400] + "…"
        tree.add(f"{label} [dim]{first}-{last}[/dim]\n{_escape(short)}")
    for w in record.get("warnings", []):
        tree.add(f"[yellow]warning[/yellow] {_escape(w.get('message', ''))}")
    console.print(tree)


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)
