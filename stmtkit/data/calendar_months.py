"""Month names of calendars other than the Gregorian, per language, in calendar order (the Ethiopian's last).

CLDR (``stmtkit.data.cldr_dates``) gives the Gregorian months; these are the months of the
Solar Hijri calendar that Iranian and Afghan sites stamp their pages with (``۲۰ اردیبهشت
۱۳۹۴``), read by ``stmtkit.dates.tokens`` and converted by ``stmtkit.dates.calendars``.
Each month may have several spellings, separated by ``|``.  Spellings with the Arabic yeh
and kaf (``ي``, ``ك``) beside the Persian ones (``ی``, ``ک``) are added on loading: scraped
Persian text mixes them.
"""

from __future__ import annotations

SOLAR_HIJRI_MONTHS: dict[str, tuple[str, ...]] = {
    # Iran (Persian): Farvardin … Esfand.
    "fa": (
        "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد|امرداد", "شهریور", "مهر", "آبان", "آذر", "دی",
        "بهمن", "اسفند",
    ),
    # Afghanistan (Dari): the zodiac names, Hamal … Hut.
    "prs": ("حمل", "ثور", "جوزا|جوزاء", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"),
    # Afghanistan (Pashto).
    "ps": ("وری", "غویی|غوایی", "غبرگولی", "چنگاښ", "زمری", "وږی", "تله", "لړم", "لیندۍ", "مرغومی", "سلواغه", "کب"),
}

# The Ethiopian calendar's thirteen months (Amharic), Meskerem … Pagume: Ethiopian papers and wires date their
# stories in it ("ሐምሌ 14/2016 ዓ.ም").  Spellings differ in the h- and s-letters (ሐ/ሀ/ኀ, ሠ/ሰ).
ETHIOPIAN_MONTHS: tuple[str, ...] = (
    "መስከረም", "ጥቅምት", "ኅዳር|ህዳር|ሕዳር", "ታኅሣሥ|ታህሳስ|ታህሣሥ|ታኅሳስ", "ጥር", "የካቲት", "መጋቢት", "ሚያዝያ|ሚያዚያ",
    "ግንቦት", "ሰኔ", "ሐምሌ|ሀምሌ", "ነሐሴ|ነሀሴ", "ጳጉሜ|ጳጉሜን",
)
