"""Main-text extractors for HTML input, compared on the htmldate-eval pages: speed, and the dateline they lead to.

    python bench/html_extractors.py [DIR]

For each extractor the page's main text goes through stmtkit's stages with the
page's own metadata (``stmtkit.inputs.page_meta``) beside it, exactly as an HTML
input does, and the share of pages whose ``dateline.date`` is the expected one
is counted; the extractor alone is timed (CPU time, median and mean per page).

- ``lexbor``: stmtkit's own (``stmtkit.inputs.html_text``: selectolax's lexbor
  parser, the densest container, blocks as lines);
- ``trafilatura``: ``trafilatura.extract`` (its default mode, and ``fast=True``);
- ``justext``: jusText's paragraph classifier over lxml (German stop words, as
  most pages are German; its boilerplate paragraphs dropped).

trafilatura and justext are dev dependencies (``pip install -e '.[dev]'``).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from htmldate_eval import DEFAULT_DIR, load

from stmtkit.decode import decode
from stmtkit.inputs.html_lines import FURNITURE, NOT_TEXT
from stmtkit.inputs.html_text import main_text, parse_html
from stmtkit.inputs.page_meta import add_text_stamps, read_page
from stmtkit.model import Source
from stmtkit.options import Options
from stmtkit.pipeline import prepare_context, run_stages


def lexbor_text(html: str) -> str:
    tree = parse_html(html)
    tree.strip_tags(list(NOT_TEXT + FURNITURE))
    return main_text(tree).text


def trafilatura_text(html: str, fast: bool) -> str:
    import trafilatura

    return trafilatura.extract(html, fast=fast, include_comments=False) or ""


def justext_text(html: str) -> str:
    import justext

    paragraphs = justext.justext(html.encode("utf-8"), justext.get_stoplist("German"))
    return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def date_of(name: str, html: str, text: str) -> str | None:
    """The dateline stmtkit gives ``text`` with the page's own metadata beside it."""
    ctx, _ = prepare_context(text, Source(name + ".txt"), Options(input_format="text"))
    tree = parse_html(html)
    page = read_page(tree)
    tree.strip_tags(list(NOT_TEXT))
    ctx.page = page if page.dates else add_text_stamps(tree, page)
    run_stages(ctx)
    date = ctx.dateline.date if ctx.dateline else None
    return date.isoformat() if date else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dir", nargs="?", type=Path, default=DEFAULT_DIR)
    args = parser.parse_args()
    pages = [(name, decode(data).text, expected) for name, data, expected in load(args.dir)]
    extractors: dict[str, Callable[[str], str]] = {
        "lexbor": lexbor_text,
        "trafilatura": lambda html: trafilatura_text(html, fast=False),
        "trafilatura fast": lambda html: trafilatura_text(html, fast=True),
        "justext": justext_text,
    }
    print(f"{len(pages)} pages in {args.dir}")
    print(f"{'extractor':<17} {'date accuracy':>13} {'median ms/page':>15} {'mean ms/page':>13} {'median chars':>13}")
    for label, extract in extractors.items():
        extract(pages[0][1])  # imports are not a page's time
        spent, right, sizes = [], 0, []
        for name, html, expected in pages:
            start = time.process_time()
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                text = extract(html)
            spent.append(time.process_time() - start)
            sizes.append(len(text))
            right += date_of(name, html, text) == expected
        print(f"{label:<17} {right / len(pages):>13.3f} {statistics.median(spent) * 1000:>15.2f} "
              f"{statistics.mean(spent) * 1000:>13.2f} {statistics.median(sizes):>13.0f}")


if __name__ == "__main__":
    main()
