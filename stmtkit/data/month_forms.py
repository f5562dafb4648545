"""Inflected month names CLDR does not list, per language, in calendar order.

CLDR gives each language's month names in the nominative and the form its own date
pattern uses; a language may write another case in dates.  ``scripts/gen_cldr_dates.py``
adds these to the language's row of ``stmtkit.data.cldr_dates``.
"""

from __future__ import annotations

MONTH_FORMS: dict[str, tuple[str, ...]] = {
    # Latvian writes the day's month in the locative: "2024. gada 12. martā".
    "lv": ("janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā", "septembrī",
           "oktobrī", "novembrī", "decembrī"),
}
