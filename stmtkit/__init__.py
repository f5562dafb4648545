"""stmtkit: scraped statement texts → structured JSON (title, dateline, lists, signatories).

>>> import stmtkit
>>> doc = stmtkit.parse("Title\\n\\n27 mai 2024 17:59 (UTC +04:00)\\n\\nText.\\n")
>>> doc.dateline.to_dict()["utc"]
'2024-05-27T13:59:00Z'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import (
    DecodeError,
    InputError,
    InternalError,
    RecordError,
    StmtkitError,
    TooLargeError,
)

if TYPE_CHECKING:
    from .api import parse, parse_dateline, parse_file, parse_many
    from .model import (
        Boilerplate,
        Dateline,
        ListBlock,
        ListItem,
        Paragraph,
        ParseWarning,
        Signatory,
        SignatureBlock,
        Source,
        Statement,
        Title,
    )

# The parser is imported on first use, not by `import stmtkit`: `stmtkit --version` and
# `stmtkit dateline --text …` then load only what they need (start-up is part of the
# command line's contract: it is called per file in shell loops).
_LAZY = {
    **dict.fromkeys(("parse", "parse_dateline", "parse_file", "parse_many"), "api"),
    **dict.fromkeys(
        ("Boilerplate", "Dateline", "ListBlock", "ListItem", "Paragraph", "ParseWarning", "Signatory",
         "SignatureBlock", "Source", "Statement", "Title"),
        "model",
    ),
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'stmtkit' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


__version__ = "0.1.0"

__all__ = [
    "Boilerplate",
    "Dateline",
    "DecodeError",
    "InputError",
    "InternalError",
    "ListBlock",
    "ListItem",
    "Paragraph",
    "ParseWarning",
    "RecordError",
    "Signatory",
    "SignatureBlock",
    "Source",
    "Statement",
    "StmtkitError",
    "Title",
    "TooLargeError",
    "__version__",
    "parse",
    "parse_dateline",
    "parse_file",
    "parse_many",
]


def __dir__() -> list[str]:
    return sorted(__all__)
