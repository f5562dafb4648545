#!/usr/bin/env python3
"""Generate ``stmtkit/data/cldr_dates.py``: month and weekday names from CLDR (via Babel).

Run ``python scripts/gen_cldr_dates.py`` after upgrading Babel; a test checks
that the checked-in module equals a fresh generation.  Every name CLDR gives a
language is kept: format (genitive: ``мая``, ``siječnja``) and stand-alone
(nominative: ``май``, ``siječanj``), wide and abbreviated (``сент.``,
``Jan.``), and short weekdays (``Mo``, ``Пн``).  Names are folded with
``stmtkit.fold.fold_aligned`` (the function that folds the text at run time),
trailing full stops dropped, so matching is case- and accent-insensitive.

The module holds one string per table, one language a line
(``ru:авг=8|август=8|…``), parsed on first use: importing it costs well under a
millisecond, where the same data as dict literals took 30 ms.  stmtkit never
imports Babel at run time.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel import Locale, localedata

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from stmtkit.data.month_forms import MONTH_FORMS, WEEKDAY_FORMS  # noqa: E402
from stmtkit.dates.names import merged_table  # noqa: E402
from stmtkit.fold import fold_aligned  # noqa: E402

OUT = ROOT / "stmtkit" / "data" / "cldr_dates.py"
PHRASES_OUT = ROOT / "stmtkit" / "data" / "cldr_month_phrases.py"

_WIDTHS = {"months": ("wide", "abbreviated"), "days": ("wide", "abbreviated", "short")}


def folded_name(name: str) -> str:
    return " ".join(fold_aligned(name).replace(".", " ").split()) if "." in name.rstrip(".") else fold_aligned(name).rstrip(".").strip()


def _useful(name: str) -> bool:
    # Names with digits ("1月", "thg 1", "M01") are read by the numeric forms, not looked up as words.
    if not name or any(c.isdigit() for c in name) or "|" in name or "=" in name or ":" in name:
        return False
    return len(name) >= 2 or not name.isascii()


# Devanagari writes a nasal before a consonant either as anusvara or as the consonant's own
# nasal with a virama: CLDR has "दिसंबर", Hindi papers also print "दिसम्बर" (and "सितम्बर").
_NASAL_OF_CLASS = (("कखगघ", "ङ"), ("चछजझ", "ञ"), ("टठडढ", "ण"), ("तथदध", "न"), ("पफबभ", "म"))


def devanagari_variants(name: str) -> set[str]:
    """The spelling with a half nasal for each anusvara before a stop: "दिसंबर" → "दिसम्बर"."""
    out = set()
    for i, c in enumerate(name[:-1]):
        if c == "ं":
            for stops, nasal in _NASAL_OF_CLASS:
                if name[i + 1] in stops:
                    out.add(name[:i] + nasal + "्" + name[i + 1 :])
    return out


def names(locale: Locale, kind: str) -> dict[str, int]:
    table: dict[str, int] = {}
    data = getattr(locale, kind)
    for context in ("format", "stand-alone"):
        for width in _WIDTHS[kind]:
            for number, name in data.get(context, {}).get(width, {}).items():
                spellings = {name, *devanagari_variants(name)}
                for key in {" ".join(k.split()) for n in spellings for k in (fold_aligned(n).rstrip(".").strip(), folded_name(n))}:
                    if _useful(key):
                        table.setdefault(key, number)  # weekdays: 0 = Monday, as in datetime
    return table


def _loaded(ident: str) -> Locale | None:
    try:
        return Locale.parse(ident)
    except Exception:  # a locale Babel lists but cannot load
        return None


def _add_variant(table: dict[str, int], variant: dict[str, int]) -> None:
    """The variant's names the language lacks; the language's own meaning wins a clash."""
    for name, number in variant.items():
        table.setdefault(name, number)


def _row(ident: str, table: dict[str, int]) -> str:
    return ident + ":" + "|".join(f"{k}={v}" for k, v in sorted(table.items()))


def _parse_rows(rows: list[str]) -> dict[str, dict[str, int]]:
    tables: dict[str, dict[str, int]] = {}
    for row in rows:
        lang, _, items = row.partition(":")
        tables[lang] = {name: int(number) for name, _, number in (i.rpartition("=") for i in items.split("|") if i)}
    return tables


def _blob(value: str | bytes, indent: str = "    ", width: int = 100) -> list[str]:
    """A long string (or bytes) as implicitly joined pieces of at most ``width`` characters, one a line."""
    return [indent + repr(value[i : i + width]) for i in range(0, len(value), width)] or [indent + repr(value)]


def _dict_literal(name: str, table: dict[str, int]) -> list[str]:
    """``NAME = dict(zip(names, numbers))`` in the table's own order: the names one string cut at ``|``,
    the numbers (0-12) one byte each.  Built in C when the module loads: as a dict literal the
    3,569 month and 2,511 weekday names cost a one-file run 12 M instructions to unmarshal and insert."""
    assert all("|" not in k for k in table) and all(0 <= v < 128 for v in table.values())
    return [
        f"{name}: dict[str, int] = dict(zip(",
        "    (",
        *_blob("|".join(table), "        "),
        '    ).split("|"),',
        "    (",
        *_blob(bytes(table.values()), "        ", 25),
        "    ),",
        "))",
    ]


def month_words(table: dict[str, int]) -> list[str]:
    """The one-word month names of ``table``, sorted (``stmtkit.dates.names`` looks prefixes up in them)."""
    return sorted(name for name in table if " " not in name)


def name_starts(words: list[str]) -> list[str]:
    """The first two, three and four letters of each of ``words``, sorted: most words start none of them."""
    return sorted({word[:end] for word in words for end in (2, 3, 4)})


def generate() -> str:
    identifiers = localedata.locale_identifiers()
    base = sorted(i for i in identifiers if "_" not in i and i != "root")
    month_rows: list[str] = []
    weekday_rows: list[str] = []
    for ident in base:
        locale = _loaded(ident)
        if locale is None:
            continue
        months = names(locale, "months")
        if len(set(months.values())) < 12:
            continue
        days = names(locale, "days")
        # A language's regional and script variants name months their own way: the Levantine
        # Arabic months, Serbian in Latin letters, Austrian "Jänner", "setiembre" in Uruguay.
        # Pages of those regions are tagged with the bare language, so its row holds them all.
        # Not their weekdays: an abbreviation of a variant's weekday may start a month of the
        # language ("сер", August in Ukrainian).
        for variant in sorted(i for i in identifiers if i.startswith(ident + "_")):
            variant_locale = _loaded(variant)
            if variant_locale is not None:
                _add_variant(months, names(variant_locale, "months"))
        for number, forms in enumerate(MONTH_FORMS.get(ident, ()), 1):
            for form in forms.split("|"):
                months.setdefault(fold_aligned(form), number)
        for number, forms in enumerate(WEEKDAY_FORMS.get(ident, ())):
            for form in forms.split("|"):
                days.setdefault(fold_aligned(form), number)
        month_rows.append(_row(ident, months))
        weekday_rows.append(_row(ident, days))
    import babel

    default_months = merged_table(_parse_rows(month_rows), ())
    return "\n".join(
        [
            f'"""Month and weekday names from CLDR (Babel {babel.__version__}), folded, one language a line',
            "(``lang:name=number|…``; months 1-12, weekdays 0 = Monday). Generated by",
            "scripts/gen_cldr_dates.py: do not edit by hand. Parsed on first use by stmtkit.dates.names.",
            '"""',
            "",
            'MONTHS = """\\',
            *month_rows,
            '"""',
            "",
            'WEEKDAYS = """\\',
            *weekday_rows,
            '"""',
            "",
            "# The tables with no language hint (stmtkit.dates.names.merged_table over all languages),",
            "# merged here rather than on every process's first date: `stmtkit dateline --text` reads",
            "# one date and would spend 5 ms parsing and merging the rows above.",
            *_dict_literal("DEFAULT_MONTHS", default_months),
            "",
            *_dict_literal("DEFAULT_WEEKDAYS", merged_table(_parse_rows(weekday_rows), ())),
            "",
            "# The one-word names of DEFAULT_MONTHS sorted, and their first two, three and four letters",
            "# (stmtkit.dates.names reads a word as the month whose names it starts): sorting and cutting",
            "# them took a one-file run 18 M instructions.",
            'DEFAULT_MONTH_WORDS = (',
            *_blob("|".join(month_words(default_months))),
            ")",
            'DEFAULT_MONTH_STARTS = (',
            *_blob("|".join(name_starts(month_words(default_months)))),
            ")",
            "",
        ]
    )


def two_word_months(table: dict[str, int], function_words: frozenset[str]) -> dict[str, int]:
    """The month names of two words whose first word names no month alone and is no function word
    of dates ("de gener" is read as "de" and a month already)."""
    out = {}
    for name, number in table.items():
        first, _, second = name.partition(" ")
        if second and " " not in second and len(first) > 2 and first not in table and first not in function_words:
            out[name] = number
    return out


def generate_phrases() -> str:
    from stmtkit.data import cldr_dates
    from stmtkit.dates.tokens import date_function_words

    phrases = two_word_months(cldr_dates.DEFAULT_MONTHS, date_function_words())
    by_first: dict[str, dict[str, int]] = {}
    for name, number in sorted(phrases.items()):
        first, second = name.split(" ")
        by_first.setdefault(first, {})[second] = number
    return "\n".join(
        [
            '"""Month names of two words (Levantine Arabic "تشرين الثاني", Mongolian "нэгдүгээр сар"), folded,',
            "from CLDR's default month table: first word → second word → month.  Generated by",
            "scripts/gen_cldr_dates.py after cldr_dates.py: do not edit by hand.  Small, so that the",
            "date tokenizer knows their first words without loading the 300 kB table; a literal, since",
            "splitting a string of them when the tokenizer is imported cost a one-file run 2.5 M instructions.",
            '"""',
            "",
            "TWO_WORD_MONTHS: dict[str, dict[str, int]] = {",
            *(f"    {first!r}: {seconds!r}," for first, seconds in by_first.items()),
            "}",
            "",
        ]
    )


def main() -> int:
    OUT.write_text(generate(), encoding="utf-8")
    print(f"wrote {OUT}", file=sys.stderr)
    PHRASES_OUT.write_text(generate_phrases(), encoding="utf-8")
    print(f"wrote {PHRASES_OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
