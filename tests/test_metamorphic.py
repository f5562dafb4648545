"""Metamorphic checks: a page laid out anew, as scrapers do, keeps its key fields.

Real scrapers change a page's layout without changing its content: they write CRLF, add a byte-order
mark or trailing spaces, drop every blank line or double them, put a site menu on top or a footer below,
and article pages close with other pages' headlines and dates or with readers' comments.
For each fixture (``tests/fixtures/*.txt``, its golden the original's record) and each variant, the title,
the dateline's datetime, place and agency, the signatories (name, role, affiliation) and the lists' item
texts equal the original's.  CRLF, the mark and trailing spaces (one variant, all three) must be invisible
for every fixture; a layout variant's known misses are listed in ``KNOWN`` as xfail(strict=True) rows with
their reason, so a fix that mends one fails its row until the row goes.  About 2,800 parses: some 6 s of
one core.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from test_golden import stmtkit_reference

import stmtkit
from conftest import FIXTURES

# A site's menu (one-word lines) and its footer (share lines, a copyright line), in no fixture's words.
MENU = "Home\nNews\nAbout\nContact\n\n"
FOOTER = "\n\nShare\nFacebook\nTwitter\nEmail\n\n\u00a9 2026 Example Media. All rights reserved.\n"
# Furniture many article pages close with: other pages' headlines with their dates, readers' comments.
RELATED = ("\n\nRelated articles\n\nFerry timetable changes for winter\n12 March 2019\n\n"
           "Market square to be repaved\n3 April 2018\n\nNew rowing club opens\n9 May 2017\n")
COMMENTS = ("\n\n2 comments\n\nPat Quill\n14 June 2020 at 10:12\nWell said.\n\n"
            "Robin Vale\n15 June 2020 at 08:40\nShared with my neighbours.\n")


def _no_blank_lines(text: str) -> str:
    return "\n".join(line for line in text.split("\n") if line.strip())


def _doubled_blank_lines(text: str) -> str:
    return "\n".join(line + "\n" + line if not line.strip() else line for line in text.split("\n"))


def _crlf_bom_trailing_spaces(text: str) -> str:
    # the three at once: each must be invisible, and one parse for the three keeps the test short
    # (to tell which one a failure is, try each alone)
    return "\ufeff" + "\r\n".join(line + "  " if line.strip() else line for line in text.split("\n"))


INVISIBLE: dict[str, Callable[[str], str]] = {"crlf-bom-trailing-spaces": _crlf_bom_trailing_spaces}
LAYOUT: dict[str, Callable[[str], str]] = {
    "no-blank-lines": _no_blank_lines,
    "doubled-blank-lines": _doubled_blank_lines,
    "menu-on-top": lambda text: MENU + text,
    "footer-below": lambda text: text.rstrip("\n") + FOOTER,
    "related-list-below": lambda text: text.rstrip("\n") + RELATED,
    "comments-below": lambda text: text.rstrip("\n") + COMMENTS,
}
VARIANTS = {**INVISIBLE, **LAYOUT}

# (variant, fixture): why its key fields change; each row fails strictly once mended.
KNOWN: dict[tuple[str, str], str] = {
    ("menu-on-top", "sig-en-bare-handles"): "front matter only opens a file: under a menu it is text",
    ("menu-on-top", "struct-front-matter"): "front matter only opens a file: under a menu it is text",
    ("no-blank-lines", "dateline-ru-site-clock-top-article-stamp-below"):
        "two menu entries in capitals on adjacent lines read as a wire's place and agency lines",
    ("related-list-below", "list-zh-han-numerals-wide-gaps"): "the list set out with wide gaps is not read above the related block",
    ("comments-below", "list-zh-han-numerals-wide-gaps"): "the list set out with wide gaps is not read above the comments",
    ("related-list-below", "sig-zh-body-on-date-line-above-share-footer"):
        "the English furniture outweighs a short Chinese text: the language turns en",
    ("related-list-below", "sig-zh-hant-inline-names-fullwidth-colon"):
        "the English furniture outweighs a short Chinese text: the language turns en",
    ("no-blank-lines", "list-de-bullets-apart-figure-first"): "the paragraph under the list joins its last item",
    ("no-blank-lines", "list-every-style"): "the paragraph under a list joins its last item",
    ("no-blank-lines", "sig-az-sign-off-spaced-role-place"): "the place line under a sign-off joins its role",
    ("no-blank-lines", "sig-it-role-over-name-cookie-banner-below"):
        "with no blank line over it the cookie banner's title is no banner's: it closes the text under the signer",
    ("no-blank-lines", "sig-de-heading-beside-stand-date-level-label"): "a group's label is read as a signer",
    ("no-blank-lines", "sig-en-closing-mid-page-name-role-email"): "the address under the names is read as signers",
    ("no-blank-lines", "sig-en-groups-plain-labels-and-more"): "a group's label joins the organisation above",
    ("no-blank-lines", "sig-en-heading-name-over-function-every-gap-doubled"): "names and their functions, one a line, "
    "are read as signers each",
    ("no-blank-lines", "sig-pt-name-dash-long-role-cut-next-headline"): "the next headline, cut, makes the block prose",
    ("no-blank-lines", "sig-ro-names-in-brackets"): "a bracketed paragraph of names keeps its brackets",
    ("no-blank-lines", "sig-en-on-behalf-body-wrapped-over-lines"):
        "with no blank line under it, the body's name wrapped under 'On behalf of' runs into the signer's: read as signers",
    ("no-blank-lines", "sig-pl-w-imieniu-body-wrapped-over-lines"):
        "with no blank line under it, the body's name wrapped under 'W imieniu' runs into the signer's: read as signers",
    ("no-blank-lines", "sig-uk-role-degree-caps-surname-cut"): "role-first entries ending in commas run into one",
    ("no-blank-lines", "sig-ru-count-of-signatures-colon"): "role-first entries run into one",
    ("no-blank-lines", "sig-ru-qualified-function-before-name-commas"): "role-first entries ending in commas run into one",
    ("no-blank-lines", "title-en-caption-credit-above-headline"): "a photo's caption wins over the headline",
}

CASES = sorted(FIXTURES.glob("*.txt"))


def key_fields(record: dict[str, Any]) -> dict[str, Any]:
    """The fields a layout must not change."""
    dateline = record.get("dateline") or {}
    signatories = (record.get("signatures") or {}).get("signatories") or []

    def items(entries: list[dict[str, Any]]) -> list[Any]:
        return [[entry["text"], items(entry.get("items") or [])] for entry in entries]

    return {
        "title": record.get("title"),
        "dateline": [dateline.get(k) for k in ("datetime", "place", "agency")] if dateline else None,
        "signatories": [[s.get("name"), s.get("role"), s.get("affiliation")] for s in signatories],
        "lists": [items(found.get("items") or []) for found in record.get("lists") or []],
    }


def _params() -> list[Any]:
    params = []
    for path in CASES:
        for variant in VARIANTS:
            reason = KNOWN.get((variant, path.stem))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            params.append(pytest.param(path, variant, marks=marks, id=f"{variant}-{path.stem}"))
    return params


@pytest.mark.parametrize(("path", "variant"), _params())
def test_layout_keeps_key_fields(path: Path, variant: str) -> None:
    original = key_fields(json.loads(path.with_suffix(".json").read_text(encoding="utf-8")))
    text = VARIANTS[variant](path.read_text(encoding="utf-8"))
    record = stmtkit.parse(text.encode("utf-8"), source=path.name, reference_date=stmtkit_reference()).to_dict()
    assert key_fields(record) == original


def test_known_rows_name_layout_variants_of_fixtures() -> None:
    stems = {path.stem for path in CASES}
    for variant, stem in KNOWN:
        assert variant in LAYOUT, f"{variant} must be invisible: no known misses"
        assert stem in stems, f"{stem}: no such fixture"
