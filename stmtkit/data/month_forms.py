"""Inflected month (and weekday) names CLDR does not list, per language, in calendar order.

CLDR gives each language's month names in the nominative and the form its own date
pattern uses; a language may write another case in dates.  ``scripts/gen_cldr_dates.py``
adds these to the language's row of ``stmtkit.data.cldr_dates``; a month may have several
spellings, separated by ``|``.
"""

from __future__ import annotations

MONTH_FORMS: dict[str, tuple[str, ...]] = {
    # Latvian writes the day's month in the locative: "2024. gada 12. martā".
    "lv": ("janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā", "septembrī",
           "oktobrī", "novembrī", "decembrī"),
    # Estonian writes a date's month in the adessive in letters: "Tallinnas, 3. märtsil 2024" (May's "mail" left
    # out: an English word, and these names are read in any language's text).
    "et": ("jaanuaril", "veebruaril", "märtsil", "aprillil", "mai", "juunil", "juulil", "augustil", "septembril",
           "oktoobril", "novembril", "detsembril"),
    # Serbian and Bosnian write the month in the genitive after the day ("5. маја 2023"), in both scripts.
    "sr": ("јануара|januara", "фебруара|februara", "марта|marta", "априла|aprila", "маја|maja", "јуна|juna",
           "јула|jula", "августа|avgusta", "септембра|septembra", "октобра|oktobra", "новембра|novembra",
           "децембра|decembra"),
    # Basque writes a date's month in the genitive, after the year: "2016ko abuztuaren 25a".
    "eu": ("urtarrilaren", "otsailaren", "martxoaren", "apirilaren", "maiatzaren", "ekainaren", "uztailaren",
           "abuztuaren", "irailaren", "urriaren", "azaroaren", "abenduaren"),
    "bs": ("januara", "februara", "marta", "aprila", "maja", "juna", "jula", "augusta|avgusta", "septembra",
           "oktobra", "novembra", "decembra"),
}

# Weekdays in a case CLDR does not list, Monday first: Ukrainian and Russian blogs date a post "в суботу, 12 березня"
# or "суботу, 12 березня 2022 р." (the accusative of "on Saturday"); several spellings separated by "|".
WEEKDAY_FORMS: dict[str, tuple[str, ...]] = {
    "uk": ("понеділок", "вівторок", "середу", "четвер", "п'ятницю|пʼятницю", "суботу", "неділю"),
    "ru": ("понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье"),
}
