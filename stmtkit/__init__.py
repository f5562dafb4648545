"""stmtkit: scraped statement texts → structured JSON (title, dateline, lists, signatories).

>>> import stmtkit
>>> doc = stmtkit.parse("Title\\n\\n27 mai 2024 17:59 (UTC +04:00)\\n\\nText.\\n")
>>> doc.dateline.to_dict()["utc"]
'2024-05-27T13:59:00Z'
"""

from __future__ import annotations

from .api import parse, parse_dateline, parse_file, parse_many
from .errors import DatelineError, DecodeError, InputError, RecordError, StmtkitError, TooLargeError
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

__version__ = "0.1.0"

__all__ = [
    "Boilerplate",
    "Dateline",
    "DatelineError",
    "DecodeError",
    "InputError",
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
