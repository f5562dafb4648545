"""How a file name is written into a record.

POSIX file names are bytes; Python carries a name that is not valid UTF-8 as a
``str`` holding lone surrogates (``os.fsdecode``: ``b"b-\\xe9.txt"`` →
``"b-\\udce9.txt"``), which no UTF-8 JSON can hold. The record's ``path`` then
shows each stray byte as U+FFFD and ``path_bytes`` keeps the exact name, in
base64, so a reader can still open the file:

>>> path_fields("scrape/a.txt")
{'path': 'scrape/a.txt'}
>>> path_fields("b-\\udce9.txt")
{'path': 'b-\\ufffd.txt', 'path_bytes': 'Yi3pLnR4dA=='}
"""

from __future__ import annotations

import os


def path_fields(name: str | None) -> dict[str, str | None]:
    """``{"path": …}``, plus ``"path_bytes"`` (base64 of the name's bytes) when the name is not UTF-8."""
    if name is None or name.isascii():
        return {"path": name}
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        import base64  # only for a name that is not UTF-8

        raw = os.fsencode(name) if os.name != "nt" else name.encode("utf-8", "surrogatepass")
        return {"path": raw.decode("utf-8", "replace"), "path_bytes": base64.b64encode(raw).decode("ascii")}
    return {"path": name}
