"""The dateline reader on a table of real-world formats, language by language.

Each row: language, the string as publications print it, the expected
``datetime`` (ISO 8601 as the record gives it), optional fields to check, and
where the format is seen.  Year-less and relative rows read against
``REFERENCE`` (1 June 2024).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import examples
from stmtkit.dates.read import parse_dateline, read_stamp

REFERENCE = dt.datetime(2024, 6, 1, 12, 0)

# (language, text, expected datetime, other expected fields, where the format is seen)
CASES: list[tuple[str, str, str, dict[str, Any], str]] = [
    # --- French
    ("fr", "27 mai 2024 17:59 (UTC +04:00)", "2024-05-27T17:59:00+04:00", {"utc_offset": "+04:00", "utc": "2024-05-27T13:59:00Z"}, "APA French service stamp (the reference document)"),
    ("fr", "Paris, le 27 mai 2024", "2024-05-27", {"place": "Paris"}, "closing line of French open letters"),
    ("fr", "lundi 27 mai 2024 à 17h59", "2024-05-27T17:59:00", {}, "Le Monde article header"),
    ("fr", "Publié le 27/05/2024 à 17h59", "2024-05-27T17:59:00", {}, "Le Figaro 'Publié le' stamp"),
    ("fr", "27 mai 2024 à 17 h 59", "2024-05-27T17:59:00", {}, "Libération, spaced 'h'"),
    ("fr", "Mis à jour le 28 mai 2024, publié le 27 mai 2024", "2024-05-27", {}, "update and publication on one line: first published wins"),
    ("fr", "1er juin 2024", "2024-06-01", {}, "ordinal 'er' on the first of the month"),
    ("fr", "27 mai 2024 17h59 heure de Paris", "2024-05-27T17:59:00+02:00", {"timezone": "Europe/Paris"}, "named local time, summer offset from tzdata"),
    ("fr", "Paris (AFP) - ", None, {"place": "Paris", "agency": "AFP"}, "AFP lede without a date"),  # type: ignore[list-item]
    ("fr", "hier à 18h30", "2024-05-31T18:30:00", {}, "relative stamp on French news sites"),
    ("fr", "27 mai 2024 17:59 CEST", "2024-05-27T17:59:00+02:00", {"timezone": "Europe/Paris"}, "CEST resolved to Paris in French"),
    ("fr", "Genève, le 3 févr. 2023", "2023-02-03", {"place": "Genève"}, "abbreviated month with a full stop"),
    # --- English
    ("en", "May 27, 2024 5:59 PM (GMT+4)", "2024-05-27T17:59:00+04:00", {}, "SPEC example: US style with GMT offset"),
    ("en", "BAKU, May 27 (Reuters) -", "2024-05-27", {"place": "BAKU", "agency": "Reuters"}, "Reuters lede"),
    ("en", "Adopted this 3rd day of March, 2024, at Nairobi.", "2024-03-03", {"place": "Nairobi"}, "a resolution's formal closing, its place after the date"),
    ("en", "Done at Porto, this fourth day of June, 2023.", "2023-06-04", {"place": "Porto"}, "a declaration's closing, the day written as a word"),
    ("en", "Signed on the twelfth of October 2022 in Leeds.", "2022-10-12", {"place": "Leeds"}, "an ordinal word and the place after the year"),
    ("en", "on this twenty-first day of May 2021", "2021-05-21", {}, "a compound ordinal with its hyphen"),
    ("en", "the thirty first of May 2021", "2021-05-31", {}, "a compound ordinal without its hyphen"),
    ("en", "(AFP) - The council voted on Tuesday to keep the library open.", None, {"agency": "AFP", "place": None}, "a wire's name alone in brackets opening the story"),  # type: ignore[list-item]
    ("vi", "(BKT) - Sáng nay, hội đồng thành phố đã họp.", None, {"agency": "BKT", "place": None}, "a paper's initials alone in brackets (Vietnamese press)"),  # type: ignore[list-item]
    ("id", "Kabarpagi.com, MAKASSAR -- Lima aktivis menulis surat terbuka.", None, {"agency": "Kabarpagi.com", "place": "MAKASSAR"}, "a site's domain in small letters, its place in capitals, a double dash"),  # type: ignore[list-item]
    ("en", "By Jane Doe | Reuters | March 12, 2024 10:15 AM", "2024-03-12T10:15:00", {"agency": "Reuters", "place": None}, "a byline's row: the wire in the field before the date"),
    ("it", "12.03.2024, 10:15 / ANSA", "2024-03-12T10:15:00", {"agency": "ANSA"}, "a known wire after a slash closing the stamp"),
    ("de", "dpa | Veröffentlicht am 12.03.2024, 10:15 Uhr", "2024-03-12T10:15:00", {"agency": "dpa"}, "a known wire in the field before the stamp's label"),
    ("es", "Agencia EFE | 12 de marzo de 2024", "2024-03-12", {"agency": "Agencia EFE"}, "an agency by its head word in the field before the date"),
    ("tr", "Cumartesi, 12.03.2024 | AA", "2024-03-12", {"agency": "AA"}, "a known wire in the last field after a bar"),
    ("it", "(ANSA) 12.03.2024", "2024-03-12", {"agency": "ANSA", "place": None}, "a known wire in brackets, then its date"),
    ("en", "Politics | 12 March 2024", "2024-03-12", {"agency": None, "place": None}, "a section in the field before the date is no wire"),
    ("en", "Marlow Falls, NH – The mayor said on Monday that the vote on the school budget would go ahead in April.", None, {"place": "Marlow Falls, NH"}, "a town the tables do not know, vouched for by its state's postal code"),  # type: ignore[list-item]
    ("en", "Oak Hollow, Ill. -- The coalition asked the county board to freeze the rents for two more years.", None, {"place": "Oak Hollow, Ill."}, "a town and its state's short form"),  # type: ignore[list-item]
    ("pt", "Caxias do Sul (RS) - A câmara municipal aprovou na terça-feira a reabertura da biblioteca.", None, {"place": "Caxias do Sul", "agency": None}, "a Brazilian town and its state's code in brackets, where a wire would stand"),  # type: ignore[list-item]
    ("en", "OAK CREEK, Wis. (AP) — The village board voted on Tuesday to keep the library open.", None, {"place": "OAK CREEK, Wis.", "agency": "AP"}, "a state's short form keeps its full stop before the wire"),  # type: ignore[list-item]
    ("pt", "VILA NOVA DE GAIA – A câmara municipal aprovou na terça-feira a reabertura da biblioteca.", None, {"place": "VILA NOVA DE GAIA"}, "a place of four words in capitals"),  # type: ignore[list-item]
    ("ca", "08/03/2024 a les 09:30", "2024-03-08T09:30:00", {}, "Catalan 'a les' before the time"),
    ("et", "8. märts 2024 kell 9.30", "2024-03-08T09:30:00", {}, "Estonian 'kell' before the time"),
    ("en", "Published: May 12, 2024 in Politics", "2024-05-12", {"place": None}, "a section after 'in' is no place"),
    ("en", "Given under my hand this 5th day of May, 2022.", "2022-05-05", {"place": None}, "a proclamation's formal date, no place"),
    ("en", "BAKU, May 27 (APA) —", "2024-05-27", {"place": "BAKU", "agency": "APA"}, "SPEC example: APA English lede"),
    ("en", "Today, 17:59", "2024-06-01T17:59:00", {}, "relative stamp on news portals"),
    ("en", "Baku, 27 May 2024, AZERTAC", "2024-05-27", {"place": "Baku", "agency": "AZERTAC"}, "AZERTAC English lede"),
    ("en", "Baku, 27 May, AZERTAC", "2024-05-27", {"place": "Baku", "agency": "AZERTAC"}, "AZERTAC year-less lede"),
    ("en", "Mon May 27 17:59:00 +0400 2024", "2024-05-27T17:59:00+04:00", {}, "ctime / Twitter API created_at"),
    ("en", "Mon, 27 May 2024 17:59:00 +0400", "2024-05-27T17:59:00+04:00", {}, "RFC 2822 (e-mail, RSS pubDate)"),
    ("en", "Mon, 27 May 2024 13:59:00 GMT", "2024-05-27T13:59:00+00:00", {}, "RFC 2822 with GMT (HTTP Date)"),
    ("en", "Published: 27 May 2024 | Updated: 28 May 2024", "2024-05-27", {}, "BBC-style labels"),
    ("en", "Updated: 28 May 2024, Published: 27 May 2024", "2024-05-27", {}, "update first on the line: published wins"),
    ("en", "May 27, 2024 at 5:59 p.m. EDT", "2024-05-27T17:59:00-04:00", {"timezone": "America/New_York"}, "AP style with EDT"),
    ("en", "5:59 PM ET, Mon May 27, 2024", "2024-05-27T17:59:00-04:00", {}, "CNN: time before the date"),
    ("en", "27 May 2024 17:59 BST", "2024-05-27T17:59:00+01:00", {"timezone": "Europe/London"}, "British papers"),
    ("en", "May 27, 2024 17:59 IST", "2024-05-27T17:59:00+05:30", {"timezone": "Asia/Kolkata"}, "Indian papers: IST is India in English"),
    ("en", "27 May 2024 17:59 Baku time", "2024-05-27T17:59:00+04:00", {"timezone": "Asia/Baku"}, "'Baku time' in Azerbaijani English media"),
    ("en", "Monday, May 27, 2024", "2024-05-27", {}, "weekday prefix, US"),
    ("en", "May 27th, 2024", "2024-05-27", {}, "ordinal suffix"),
    ("en", "the 27th of May 2024", "2024-05-27", {}, "spelled-out British form"),
    ("en", "27-May-2024", "2024-05-27", {}, "dashed form in press-release databases"),
    ("en", "2024-05-27", "2024-05-27", {}, "ISO date in metadata"),
    ("en", "2024-05-27T17:59:00+04:00", "2024-05-27T17:59:00+04:00", {}, "SPEC example: ISO 8601"),
    ("en", "2024-05-27T13:59:00Z", "2024-05-27T13:59:00+00:00", {}, "ISO 8601 with Z"),
    ("en", "2024-05-27 17:59:30", "2024-05-27T17:59:30", {}, "ISO with a space"),
    ("en", "05/27/2024", "2024-05-27", {}, "US numeric, unambiguous"),
    ("en", "06/05/2024", "2024-06-05", {}, "US numeric, ambiguous: read month first in English"),
    ("en", "May 27, 2024 5.59pm", "2024-05-27T17:59:00", {}, "British '5.59pm'"),
    ("en", "Posted on May 27, 2024 by admin", "2024-05-27", {}, "WordPress byline"),
    ("en", "27 May 2024 17:59 UTC -03:30", "2024-05-27T17:59:00-03:30", {}, "negative half-hour offset"),
    ("en", "May 27, 2024 noon", "2024-05-27T12:00:00", {}, "noon"),
    ("en", "yesterday at 9:15 am", "2024-05-31T09:15:00", {}, "relative with am"),
    ("en", "2 hours ago", "2024-06-01T10:00:00", {}, "counted back: social and news feeds"),
    ("ru", "5 минут назад", "2024-06-01T11:55:00", {}, "counted back (Russian portals)"),
    ("fr", "il y a 3 jours", "2024-05-29", {}, "counted back in days: the date alone"),
    ("de", "vor 2 Stunden", "2024-06-01T10:00:00", {}, "counted back (German portals)"),
    ("tr", "15.06.2021-16:20 (Son Güncelleme:15.06.2021-18:04)", "2021-06-15T16:20:00", {}, "news site stamp: a dash glues the time on, the update follows"),
    ("tr", "3 saat önce", "2024-06-01T09:00:00", {}, "counted back (Turkish portals)"),
    ("az", "2 saat əvvəl", "2024-06-01T10:00:00", {}, "counted back (Azerbaijani portals)"),
    ("en", "May 27, 2024 17:59 Europe/Paris", "2024-05-27T17:59:00+02:00", {"timezone": "Europe/Paris"}, "IANA name written out"),
    ("en", "WASHINGTON, May 27 (AP) —", "2024-05-27", {"place": "WASHINGTON", "agency": "AP"}, "AP lede"),
    ("en", "NEW YORK, May 27 (Reuters) -", "2024-05-27", {"place": "NEW YORK", "agency": "Reuters"}, "two-word place"),
    ("en", "Sept. 4, 2023", "2023-09-04", {}, "AP month abbreviation 'Sept.'"),
    ("en", "JERUSALEM, May 27, 2024 17:59 IDT", "2024-05-27T17:59:00+03:00", {"place": "JERUSALEM"}, "Israeli summer time"),
    ("en", "JERUSALEM, Jan 15, 2024 09:00 IST", "2024-01-15T09:00:00+02:00", {"timezone": "Asia/Jerusalem"}, "IST resolved by the place, not the language"),
    ("en", "DUBLIN, May 27, 2024 17:59 IST", "2024-05-27T17:59:00+01:00", {"timezone": "Europe/Dublin"}, "Irish Standard Time, by the place"),
    # --- Russian
    ("ru", "27 мая 2024, 17:59", "2024-05-27T17:59:00", {}, "SPEC example: RIA/TASS site stamp"),
    ("ru", "Алматы. 27 мая. КазТАГ - Общественники направили письмо", "2024-05-27", {"place": "Алматы", "agency": "КазТАГ"}, "agency written as one word with its initials inside, after the date"),
    ("ru", "17:59 | 27.05.2024", "2024-05-27T17:59:00", {}, "time first, set apart by a bar (news portals)"),
    ("ru", "27 мая 2024 · 17:59", "2024-05-27T17:59:00", {}, "date and time set apart by a middle dot"),
    ("ru", "17:59 · 27 мая 2024", "2024-05-27T17:59:00", {}, "time first, set apart by a middle dot"),
    ("en", "5:59 pm / May 27, 2024", "2024-05-27T17:59:00", {}, "time first, set apart by a slash"),
    ("en", "27.05.2024 • 17:59", "2024-05-27T17:59:00", {}, "date and time set apart by a bullet"),
    ("ru", "27 мая 2024 г. в 17:59 по московскому времени", "2024-05-27T17:59:00+03:00", {"timezone": "Europe/Moscow"}, "named Moscow time"),
    ("ru", "27 мая 2024 17:59 (МСК)", "2024-05-27T17:59:00+03:00", {"timezone": "Europe/Moscow"}, "МСК in Cyrillic"),
    ("ru", "27 мая 2012 17:59 МСК", "2012-05-27T17:59:00+04:00", {}, "MSK was +04:00 in 2012: tzdata for the date"),
    ("ru", "МОСКВА, 27 мая. /ТАСС/.", "2024-05-27", {"place": "МОСКВА", "agency": "ТАСС"}, "TASS Russian lede"),
    ("ru", "MOSCOW, May 27. /TASS/.", "2024-05-27", {"place": "MOSCOW", "agency": "TASS"}, "TASS English lede"),
    ("ru", "КИЕВ. 27 мая. ИНТЕРФАКС-УКРАИНА - Президент", "2024-05-27", {"place": "КИЕВ", "agency": "ИНТЕРФАКС-УКРАИНА"}, "Interfax-Ukraine lede: a hyphen inside the agency"),
    ("en", "BAKU, Azerbaijan, May 27. The president said", "2024-05-27", {"place": "BAKU, Azerbaijan"}, "Trend lede: city and country"),
    ("ru", "Сегодня, 17:59", "2024-06-01T17:59:00", {}, "relative stamp (Russian portals)"),
    ("ru", "вчера в 10:15", "2024-05-31T10:15:00", {}, "relative 'вчера'"),
    ("ru", "27.05.2024 17:59", "2024-05-27T17:59:00", {}, "SPEC example: numeric stamp"),
    ("ru", "31.05.2008 00:38", "2008-05-31T00:38:00", {}, "numeric stamp under a Russian headline"),
    ("ru", "27.05.2024, Баку", "2024-05-27", {"place": "Баку"}, "place after the date"),
    ("ru", "Опубликовано: 27.05.2024", "2024-05-27", {}, "label 'Опубликовано'"),
    ("ru", "понедельник, 27 мая 2024", "2024-05-27", {}, "weekday prefix"),
    ("ru", "27 май 2024", "2024-05-27", {}, "nominative month (stand-alone form)"),
    ("ru", "27 мая 2024 года", "2024-05-27", {}, "'года' after the year"),
    ("ru", "1 июля 2013", "2013-07-01", {}, "genitive July"),
    ("ru", "27 сент. 2023 г.", "2023-09-27", {}, "abbreviated genitive"),
    ("ru", "Москва, 27 мая - РИА Новости", "2024-05-27", {"place": "Москва", "agency": "РИА Новости"}, "RIA lede: agency after a dash"),
    ("ru", "Москва. 27 мая. INTERFAX.RU - Президент", "2024-05-27", {"place": "Москва", "agency": "INTERFAX.RU"}, "Interfax lede"),
    ("ru", "Баку, 27 мая, AZERTAC. Президент", "2024-05-27", {"agency": "AZERTAC"}, "AZERTAC Russian lede glued to the story"),
    # --- Ukrainian
    ("uk", "27 травня 2024, 17:59", "2024-05-27T17:59:00", {}, "Ukrainska Pravda stamp"),
    ("uk", "Київ, 27 травня 2024", "2024-05-27", {"place": "Київ"}, "place and date"),
    ("uk", "сьогодні о 17:59", "2024-06-01T17:59:00", {}, "relative 'сьогодні о'"),
    ("uk", "27 травня 2024 17:59 за київським часом", "2024-05-27T17:59:00+03:00", {"timezone": "Europe/Kyiv"}, "named Kyiv time"),
    ("uk", "понеділок, 27 травня 2024", "2024-05-27", {}, "weekday prefix"),
    ("uk", "вчора, 10:00", "2024-05-31T10:00:00", {}, "relative 'вчора'"),
    ("uk", "1 сер 2015", "2015-08-01", {}, "short month 'сер'"),
    # --- German
    ("de", "Mo, 27. Mai 2024, 17:59 Uhr MESZ", "2024-05-27T17:59:00+02:00", {"timezone": "Europe/Berlin"}, "SPEC example: Spiegel/Tagesschau stamp"),
    ("de", "27.05.2024, 17:59 Uhr", "2024-05-27T17:59:00", {}, "numeric with 'Uhr'"),
    ("de", "Berlin, den 27. Mai 2024", "2024-05-27", {"place": "Berlin"}, "letter closing 'den'"),
    ("de", "Veröffentlicht am 27.05.2024", "2024-05-27", {}, "label 'Veröffentlicht am'"),
    ("de", "27. Mai 2024 um 17:59 Uhr", "2024-05-27T17:59:00", {}, "'um … Uhr'"),
    ("de", "heute, 17:59", "2024-06-01T17:59:00", {}, "relative 'heute'"),
    ("de", "gestern, 08:30 Uhr", "2024-05-31T08:30:00", {}, "relative 'gestern'"),
    ("de", "27. März 2024", "2024-03-27", {}, "umlaut month"),
    ("de", "27.05.24 17:59", "2024-05-27T17:59:00", {}, "two-digit year on German portals (with a time)"),
    ("en", "May 27, 2024 / 5:59 PM / Updated 2 hours ago", "2024-05-27T17:59:00", {}, "Reuters site: slash before the time"),
    ("uk", "27 травня 2024 р.", "2024-05-27", {"text": "27 травня 2024 р."}, "year word belongs to the stamp"),
    ("de", "27. MÄRZ 2024", "2024-03-27", {}, "capitals with umlaut"),
    ("de", "27. Maerz 2024", "2024-03-27", {}, "umlaut spelled out: the Luxembourgish CLDR name Mäerz folds alike"),
    ("de", "Dienstag, 5. März 2024 17:59 MEZ", "2024-03-05T17:59:00+01:00", {}, "winter MEZ"),
    ("de", "27.05.2024 17:59 CET", "2024-05-27T17:59:00+01:00", {"timezone": "Europe/Berlin"}, "CET as written, even in summer"),
    # --- Spanish
    ("es", "Dado en Sevilla, a los tres días del mes de marzo de 2024.", "2024-03-03", {"place": "Sevilla"}, "a formal closing, the day written as a word"),
    ("es", "Aprobado el 4 de junio de 2023 en Quito.", "2023-06-04", {"place": "Quito"}, "an approval's date, the place after it; the verb is no place"),
    ("es", "MADRID, 13 Ene. (EUROPA PRESS) -", "2024-01-13", {"place": "MADRID", "agency": "EUROPA PRESS"}, "Europa Press lede"),
    ("es", "27 de mayo de 2024, 17:59", "2024-05-27T17:59:00", {}, "El País stamp"),
    ("es", "Madrid, 27 de mayo de 2024", "2024-05-27", {"place": "Madrid"}, "letter closing"),
    ("es", "lunes, 27 de mayo de 2024", "2024-05-27", {}, "weekday prefix"),
    ("es", "17 Jul 2000", "2000-07-17", {}, "Servimedia wire footer"),
    ("es", "hoy a las 17:59", "2024-06-01T17:59:00", {}, "relative 'hoy a las'"),
    ("es", "ayer, 10:15", "2024-05-31T10:15:00", {}, "relative 'ayer'"),
    ("es", "27/05/2024 17:59 h", "2024-05-27T17:59:00", {}, "numeric with 'h'"),
    ("es", "Actualizado: 28/05/2024 Publicado: 27/05/2024", "2024-05-27", {}, "update before publication"),
    ("es", "12 de junio del 2012", "2012-06-12", {}, "'del' before the year"),
    ("es", "BOGOTÁ, 27 May. (EFE).-", "2024-05-27", {"place": "BOGOTÁ", "agency": "EFE"}, "EFE lede"),
    ("es", "En Cuenca, a 4 de marzo de 2019", "2019-03-04", {"place": "Cuenca"}, "letter closing: 'En' and 'a'"),
    ("es", "En Soria – Burgos, a 4 de marzo de 2019", "2019-03-04", {"place": "Soria – Burgos"}, "two places"),
    # --- Italian
    ("it", "27 maggio 2024 ore 17:59", "2024-05-27T17:59:00", {}, "Corriere 'ore'"),
    ("it", "Roma, 27 maggio 2024", "2024-05-27", {"place": "Roma"}, "letter closing"),
    ("it", "lunedì 27 maggio 2024 alle 17:59", "2024-05-27T17:59:00", {}, "'alle'"),
    ("it", "ROMA, 27 MAG - (ANSA) -", "2024-05-27", {"place": "ROMA"}, "ANSA lede, abbreviated month in capitals"),
    ("it", "(ANSA) - ROMA, 27 MAG - Il", "2024-05-27", {"place": "ROMA", "agency": "ANSA"}, "agency first, then place and date"),
    ("it", "(NOVA) Milano, 27 mag. – Il", "2024-05-27", {"place": "Milano", "agency": "NOVA"}, "agency first without a dash, abbreviated month"),
    ("it", "Torino/27.05.24/Ansa: Il", "2024-05-27", {"place": "Torino", "agency": "Ansa"}, "slash lede with a two-digit year"),
    ("da", "Aalborg, 19.06.07", "2007-06-19", {"place": "Aalborg"}, "a letter's place and date line with a two-digit year"),
    ("pt", "Publicado em 14/05/22 às 09:40h", "2022-05-14T09:40:00", {}, "slashed, a two-digit year and a time"),
    ("sk", "14. 3. 2019 10.45 hod.", "2019-03-14T10:45:00", {}, "the hour word after the time (cs, sk)"),
    ("de", "Oberursel 03.11.21", "2021-11-03", {}, "a place and a two-digit year, no comma"),
    ("it", "oggi alle 17:59", "2024-06-01T17:59:00", {}, "relative 'oggi'"),
    ("it", "27/05/2024 - 17:59", "2024-05-27T17:59:00", {}, "numeric with a dash"),
    ("it", "Bari, lì 4 marzo 2019", "2019-03-04", {"place": "Bari"}, "letter closing: 'lì'"),
    # --- Portuguese
    ("pt", "Feito em Braga, aos 5 dias do mês de maio de 2023.", "2023-05-05", {"place": "Braga"}, "a formal closing with 'aos … dias do mês'"),
    ("pt", "Domingo, 22 de abril de 2012.", "2012-04-22", {}, "weekday date line under a Portuguese letter title"),
    ("pt", "27 de maio de 2024 às 17:59", "2024-05-27T17:59:00", {}, "'às' (Folha, G1)"),
    ("pt", "São Paulo, 27 de maio de 2024", "2024-05-27", {"place": "São Paulo"}, "letter closing"),
    ("pt", "27/05/2024 17h59", "2024-05-27T17:59:00", {}, "G1 '17h59'"),
    ("pt", "hoje às 17:59", "2024-06-01T17:59:00", {}, "relative 'hoje'"),
    ("pt", "ontem, 09:00", "2024-05-31T09:00:00", {}, "relative 'ontem'"),
    ("pt", "segunda-feira, 27 de maio de 2024", "2024-05-27", {}, "hyphenated weekday"),
    ("pt", "Em Coimbra, 4 de março de 2019", "2019-03-04", {"place": "Coimbra"}, "letter closing: 'Em'"),
    # --- Turkish
    ("tr", "19 Mart 2023 Pazar 10:40", "2023-03-19T10:40:00", {}, "news site stamp: the weekday after the date, no comma, then the time"),
    ("tr", "27 Mayıs 2024 17:59", "2024-05-27T17:59:00", {}, "SPEC example: Turkish stamp"),
    ("tr", "27 Mayıs 2024 17:59 (TSİ)", "2024-05-27T17:59:00+03:00", {"timezone": "Europe/Istanbul"}, "Anadolu 'TSİ'"),
    ("tr", "27 MAYIS 2024 Pazartesi 17:59", "2024-05-27T17:59:00", {}, "capitals; the weekday after the date, then the time"),
    ("tr", "27.05.2024 saat 17:59", "2024-05-27T17:59:00", {}, "'saat'"),
    ("tr", "bugün 17:59", "2024-06-01T17:59:00", {}, "relative 'bugün'"),
    ("tr", "dün 10:15", "2024-05-31T10:15:00", {}, "relative 'dün'"),
    ("tr", "İstanbul, 27 Mayıs 2024", "2024-05-27", {"place": "İstanbul"}, "place with dotted capital I"),
    ("tr", "15 Temmuz 2016", "2016-07-15", {}, "July"),
    ("tr", "14-Aralık-2012, 20:56", "2012-12-14T20:56:00", {}, "dashed Turkish month"),
    # --- Azerbaijani
    ("az", "Bakı. 7 iyul. REPORT.AZ/", "2023-07-07", {"place": "Bakı", "agency": "REPORT.AZ"}, "Report.az lede (year-less, after the reference: last year)"),
    ("az", "27 may 2024 17:59", "2024-05-27T17:59:00", {}, "APA Azerbaijani stamp"),
    ("az", "Bakı, 27 may 2024", "2024-05-27", {"place": "Bakı"}, "place and date"),
    ("az", "dünən, 17:59", "2024-05-31T17:59:00", {}, "relative 'dünən'"),
    ("az", "bu gün, 17:59", "2024-06-01T17:59:00", {}, "relative 'bu gün'"),
    ("az", "27 may 2024 17:59 Bakı vaxtı", "2024-05-27T17:59:00+04:00", {"timezone": "Asia/Baku"}, "'Bakı vaxtı'"),
    ("az", "27 May 2024 17:59 AZT", "2024-05-27T17:59:00+04:00", {"timezone": "Asia/Baku"}, "AZT abbreviation"),
    ("az", "27 avqust 2023", "2023-08-27", {}, "August"),
    ("az", "27 fevral 2024, 10:00", "2024-02-27T10:00:00", {}, "February"),
    # --- Kazakh
    ("kk", "27 мамыр 2024, 17:59", "2024-05-27T17:59:00", {}, "Kazinform Kazakh stamp"),
    ("kk", "Астана, 27 мамыр 2024", "2024-05-27", {"place": "Астана"}, "place and date"),
    ("kk", "2024 жылғы 27 мамыр", "2024-05-27", {}, "year first with 'жылғы'"),
    # --- Uzbek
    ("uz", "27 may 2024, 17:59", "2024-05-27T17:59:00", {}, "Gazeta.uz stamp"),
    ("uz", "Toshkent, 27 may 2024", "2024-05-27", {"place": "Toshkent"}, "place and date"),
    ("uz", "27 avgust 2023", "2023-08-27", {}, "August"),
    # --- Georgian
    ("ka", "27 მაისი 2024, 17:59", "2024-05-27T17:59:00", {}, "Georgian portals"),
    ("ka", "2011 წლის 17 მარტი", "2011-03-17", {}, "year first with 'წლის'"),
    ("ka", "2015 წ. 12 ივნ, 15:34", "2015-06-12T15:34:00", {}, "abbreviated"),
    # --- Armenian
    ("hy", "27 մայիսի 2024, 17:59", "2024-05-27T17:59:00", {}, "Armenpress Armenian stamp"),
    ("hy", "Երևան, 27 մայիսի 2024", "2024-05-27", {"place": "Երևան"}, "place and date"),
    # --- Arabic
    ("ar", "27 مايو 2024", "2024-05-27", {}, "Egyptian/Gulf month names"),
    ("ar", "٢٧ مايو ٢٠٢٤", "2024-05-27", {}, "Arabic-Indic digits"),
    ("ar", "الاثنين 27 مايو 2024 - 17:59", "2024-05-27T17:59:00", {}, "weekday prefix"),
    ("ar", "27 مايو 2024 17:59", "2024-05-27T17:59:00", {}, "with time"),
    ("ar", "الثلاثاء 12 مارس-آذار 2024 الساعة 10 صباحًا", "2024-03-12T10:00:00", {}, "a month under its Western and Levantine names, joined by a dash"),
    # --- Persian
    ("fa", "27 مه 2024", "2024-05-27", {}, "Gregorian months in Persian"),
    ("fa", "۲۷ مه ۲۰۲۴", "2024-05-27", {}, "Persian digits"),
    ("fa", "تاریخ انتشار: ۱۶:۵۵ - ۲۰ اردیبهشت ۱۳۹۴", "2015-05-10T16:55:00", {}, "Iranian news stamp: label, time, then a Solar Hijri date"),
    ("fa", "۲۰ ارديبهشت ۱۳۹۴", "2015-05-10", {}, "Solar Hijri month spelled with the Arabic yeh, as scrapes mix them"),
    ("fa", "۱ فروردین ۱۴۰۳ ساعت ۱۰:۳۰", "2024-03-20T10:30:00", {}, "Nowruz: the Solar Hijri year begins at the March equinox"),
    ("fa", "۳۰ اسفند ۱۳۹۹", "2021-03-20", {}, "the 30th of Esfand of a leap year"),
    ("fa", "۱ مهر ۱۴۰۲", "2023-09-23", {}, "first day of the seventh month (months 7-11 have 30 days)"),
    ("fa", "جمعه ۱۵ دی ۱۳۷۴", "1996-01-05", {}, "weekday before a Solar Hijri date across the Gregorian new year"),
    ("fa", "۱۵ جدی ۱۴۰۲", "2024-01-05", {}, "Afghan (Dari) zodiac month name"),
    # --- Polish
    ("pl", "14 czerwca 2022 r., godz. 9:15", "2022-06-14T09:15:00", {}, "the year word, then 'godz.' (the hour) before the time"),
    ("pl", "27 maja 2024, 17:59", "2024-05-27T17:59:00", {}, "Gazeta Wyborcza stamp"),
    ("pl", "Warszawa, 27 maja 2024 r.", "2024-05-27", {"place": "Warszawa"}, "letter closing with 'r.'"),
    ("pl", "dzisiaj, 17:59", "2024-06-01T17:59:00", {}, "relative 'dzisiaj'"),
    ("pl", "wczoraj o 10:15", "2024-05-31T10:15:00", {}, "relative 'wczoraj o'"),
    ("pl", "27 listopada 2023", "2023-11-27", {}, "listopad is November in Polish"),
    # --- Czech
    ("cs", "27. května 2024 17:59", "2024-05-27T17:59:00", {}, "iDNES stamp"),
    ("cs", "V Praze dne 27. 5. 2024", "2024-05-27", {}, "spaced numeric"),
    ("cs", "čtv 14. lis 2013 12:38:43", "2013-11-14T12:38:43", {}, "abbreviated weekday and month"),
    ("cs", "27. listopadu 2023", "2023-11-27", {}, "genitive November"),
    # --- Croatian
    ("hr", "27. svibnja 2024. u 17:59", "2024-05-27T17:59:00", {}, "Croatian 'u'"),
    ("hr", "27. listopada 2023.", "2023-10-27", {}, "listopad is October in Croatian"),
    ("hr", "02/10/2016 u 17:20", "2016-10-02T17:20:00", {}, "ambiguous numeric read day first in Croatian"),
    # --- Dutch
    ("nl", "27 mei 2024 17:59", "2024-05-27T17:59:00", {}, "NOS stamp"),
    ("nl", "maandag 27 mei 2024, 17:59 uur", "2024-05-27T17:59:00", {}, "weekday and 'uur'"),
    ("nl", "Amsterdam, 27 mei 2024", "2024-05-27", {"place": "Amsterdam"}, "place and date"),
    ("nl", "gisteren om 10:15", "2024-05-31T10:15:00", {}, "relative 'gisteren om'"),
    # --- Swedish
    ("sv", "27 maj 2024 17:59", "2024-05-27T17:59:00", {}, "DN stamp"),
    ("sv", "Publicerad 27 maj 2024 kl. 17.59", "2024-05-27T17:59:00", {}, "'kl.' with dotted time"),
    ("sv", "Stockholm den 27 maj 2024", "2024-05-27", {}, "letter closing"),
    ("sv", "idag 17:59", "2024-06-01T17:59:00", {}, "relative 'idag'"),
    # --- Greek
    ("el", "27 Μαΐου 2024, 17:59", "2024-05-27T17:59:00", {}, "Kathimerini stamp (genitive)"),
    ("el", "Αθήνα, 27 Μαΐου 2024", "2024-05-27", {"place": "Αθήνα"}, "place and date"),
    ("el", "Δευτέρα 27 Μαΐου 2024", "2024-05-27", {}, "weekday prefix"),
    # --- Chinese
    ("zh", "2024年5月27日 17:59", "2024-05-27T17:59:00", {}, "Xinhua stamp"),
    ("zh", "2024年05月27日17:59", "2024-05-27T17:59:00", {}, "zero-padded, time glued"),
    ("zh", "2024年5月27日 17时59分", "2024-05-27T17:59:00", {}, "时/分"),
    ("zh", "2024年5月27日 下午5:59", "2024-05-27T17:59:00", {}, "下午 (afternoon)"),
    ("zh", "2024-05-27 17:59 北京时间", "2024-05-27T17:59:00+08:00", {"timezone": "Asia/Shanghai"}, "Beijing time"),
    ("zh", "2024年5月27日 17:59 CST", "2024-05-27T17:59:00+08:00", {"timezone": "Asia/Shanghai"}, "CST is China in Chinese"),
    ("zh", "今天 17:59", "2024-06-01T17:59:00", {}, "relative 今天"),
    ("zh", "新华社北京5月13日电 中国和巴西两国政府发表联合声明", "2024-05-13", {"place": "北京", "agency": "新华社", "text": "新华社北京5月13日电"},
     "Xinhua lede: agency, place and a year-less date glued together, closed by 电"),
    ("zh", "中新网上海6月2日电（记者 王明）", "2024-06-02", {"place": "上海", "agency": "中新网"}, "China News Service lede with the reporter after it"),
    ("zh", "两国政府于5月13日发表声明", "2024-05-13", {"place": None, "agency": None}, "a date inside a sentence names no place"),
    # --- Japanese
    ("ja", "2024年5月27日 17時59分", "2024-05-27T17:59:00", {}, "NHK stamp"),
    ("ja", "2024年5月27日（月）17:59", "2024-05-27T17:59:00", {}, "weekday in full-width brackets"),
    ("ja", "2024年5月27日 午後5時59分", "2024-05-27T17:59:00", {}, "午後 (pm)"),
    ("ja", "2024年5月27日 17:59 JST", "2024-05-27T17:59:00+09:00", {}, "JST"),
    ("ja", "令和6年5月27日 17時59分", "2024-05-27T17:59:00", {}, "Japanese era year (government statements)"),
    ("ja", "令和元年5月1日", "2019-05-01", {}, "first year of the era"),
    # --- Korean
    ("ko", "2024년 5월 27일 17:59", "2024-05-27T17:59:00", {}, "Yonhap stamp"),
    ("ko", "2024년 5월 27일 오후 5시 59분", "2024-05-27T17:59:00", {}, "오후 (pm) with 시/분"),
    ("ko", "2024.05.27 17:59", "2024-05-27T17:59:00", {}, "dotted ISO order"),
    # --- Hindi / Bengali
    ("hi", "27 मई 2024, 17:59", "2024-05-27T17:59:00", {}, "Hindi papers"),
    ("hi", "27 मई 2024 17:59 IST", "2024-05-27T17:59:00+05:30", {}, "IST"),
    ("bn", "২৭ মে ২০২৪", "2024-05-27", {}, "Bengali digits"),
    ("bn", "১লা জানুয়ারি ২০২৪", "2024-01-01", {}, "Bengali ordinal"),
    # --- Hebrew
    ("he", "27 במאי 2024", "2024-05-27", {}, "Hebrew with the prefix ב"),
    ("he", "27 May 2024 17:59 IST", "2024-05-27T17:59:00+02:00", {"timezone": "Asia/Jerusalem"}, "IST is Israel in Hebrew"),
    # --- Finnish / Hungarian / Romanian / Bulgarian / Serbian
    ("hu", "Szeged, 2021. október 4., hétfő (OS) - A", "2021-10-04", {"place": "Szeged", "agency": "OS"}, "Hungarian wire lede: the weekday after the date, then the agency"),
    ("hu", "2021. október 4., hétfő 09:15", "2021-10-04T09:15:00", {}, "Hungarian stamp: date, weekday, time"),
    ("fi", "27.5.2024 klo 17.59", "2024-05-27T17:59:00", {}, "Yle 'klo'"),
    ("fi", "27. toukokuuta 2024", "2024-05-27", {}, "Finnish genitive month"),
    ("hu", "2024. május 27. 17:59", "2024-05-27T17:59:00", {}, "Hungarian year first"),
    ("ro", "27 mai 2024, ora 17:59", "2024-05-27T17:59:00", {}, "Romanian 'ora'"),
    ("ro", "27 iunie 2024", "2024-06-27", {}, "Romanian June"),
    ("bg", "27 май 2024 г., 17:59", "2024-05-27T17:59:00", {}, "Bulgarian stamp"),
    ("sr", "27. мај 2024. у 17:59", "2024-05-27T17:59:00", {}, "Serbian Cyrillic 'у'"),
    ("sr", "27. maj 2024. u 17:59", "2024-05-27T17:59:00", {}, "Serbian Latin"),
    # --- Indonesian / Vietnamese / Thai
    ("id", "Senin, 27 Mei 2024 17:59 WIB", "2024-05-27T17:59:00+07:00", {"timezone": "Asia/Jakarta"}, "Kompas 'WIB'"),
    ("id", "27 Mei 2024, 17:59", "2024-05-27T17:59:00", {}, "Indonesian"),
    ("vi", "27 tháng 5, 2024", "2024-05-27", {}, "Vietnamese 'tháng 5'"),
    ("vi", "Thứ Hai, 27/05/2024 17:59", "2024-05-27T17:59:00", {}, "VnExpress stamp"),
    ("th", "27 พฤษภาคม 2024", "2024-05-27", {}, "Thai month"),
    ("th", "11 ก.พ. 2020, 1:13 pm", "2020-02-11T13:13:00", {}, "Thai dotted abbreviation"),
    ("th", "27 พฤษภาคม 2567 17:59 น.", "2024-05-27T17:59:00", {}, "Buddhist Era year, as Thai papers print it"),
    ("en", "05-06-2024", "2024-05-06", {}, "US dashed numeric, month first in English"),
    # --- Catalan / Danish / Norwegian / Slovak / Lithuanian / Latvian / Estonian / Slovenian
    ("ca", "27 de maig de 2024", "2024-05-27", {}, "Catalan"),
    ("da", "27. maj 2024 kl. 17.59", "2024-05-27T17:59:00", {}, "Danish 'kl.'"),
    ("nb", "27. mai 2024 kl. 17:59", "2024-05-27T17:59:00", {}, "Norwegian"),
    ("sk", "27. mája 2024 o 17:59", "2024-05-27T17:59:00", {}, "Slovak 'o'"),
    ("lt", "2024 m. gegužės 27 d.", "2024-05-27", {}, "Lithuanian year first"),
    ("lv", "2024. gada 27. maijs", "2024-05-27", {}, "Latvian year first"),
    ("et", "Tartus, 27. märtsil 2024", "2024-03-27", {}, "Estonian month in the adessive, after a place"),
    ("et", "27. novembril 2023", "2023-11-27", {}, "Estonian month in the adessive"),
    ("et", "27. mai 2024", "2024-05-27", {}, "Estonian"),
    ("sl", "27. maj 2024 ob 17:59", "2024-05-27T17:59:00", {}, "Slovenian"),
]

NEGATIVES: list[tuple[str, str]] = [
    ("version 2.10.3", "a version number"),
    ("see docs/10.12.13/notes", "a dotted number between slashes in a path, not a slash lede"),
    ("Python 3.12.4 released", "a version number"),
    ("Arsenal 2-1 Chelsea", "a football score"),
    ("The final score was 27-24.", "a score"),
    ("Call +7 495 123-45-67", "a Russian phone number"),
    ("Tel: (012) 505 20 24", "an Azerbaijani phone number"),
    ("Price: 27.05 EUR", "a price"),
    ("€1.299,00", "a price with thousands"),
    ("192.168.10.20", "an IP address"),
    ("1.12.2024.5", "a dotted build number"),
    ("release 10.12.13", "a version with two-digit parts"),
    ("10/12/13", "slashed two-digit parts alone: no time, no date"),
    ("Page 27 of 2024", "page numbers"),
    ("27 000 signatures", "a count"),
    ("2024", "a bare year"),
    ("May 2024", "a month without a day"),
    ("In 27 cities across 12 countries", "counts"),
    ("ISBN 978-3-16-148410-0", "an ISBN"),
    ("Article 5.2", "a section number"),
    ("17:59", "a time alone"),
    ("Mark my words", "a word near a month name"),
    ("(VIDEO) - The council voted on Tuesday", "a page's label in brackets, no wire"),
    ("Acme, NATO – The alliance and its partners met again", "two capitals that are no state's code after a name"),
    ("(UPDATE) - The council voted on Tuesday", "an update's label in brackets, no wire"),
    ("Second, we ask the council to act in 2024.", "an ordinal word, no month"),
    ("The third report, due in 2025", "an ordinal word and a year"),
    ("Junior 27, 2024", "a name, not a month"),
    ("Report (PDF) - 2 pages", "a file link, not a date-less lede"),
    ("The meeting lasted 2 hours", "a duration, not 'ago'"),
    ("۳۰ اسفند ۱۴۰۲", "the 30th of Esfand of a common year: no such day"),
    ("۱۲ مهر", "a Solar Hijri day and month without a year: not converted"),
]


@pytest.mark.parametrize(("lang", "text", "expected", "fields", "note"), CASES, ids=[f"{c[0]}:{c[1][:30]}" for c in CASES])
def test_reads_dateline(lang: str, text: str, expected: str | None, fields: dict[str, Any], note: str) -> None:
    d = parse_dateline(text, reference_date=REFERENCE, languages=[lang])
    if expected is None and not fields:
        assert d is None or d.datetime is None, note
        return
    assert d is not None, note
    got = d.to_dict()
    assert got["datetime"] == expected, note
    for key, value in fields.items():
        assert got[key] == value, f"{key}: {note}"


def test_table_is_broad() -> None:
    assert len(CASES) >= 200
    assert len({c[0] for c in CASES}) >= 20


@pytest.mark.parametrize(("text", "note"), NEGATIVES)
def test_reads_no_date_in_non_dates(text: str, note: str) -> None:
    d = parse_dateline(text, reference_date=REFERENCE)
    assert d is None, f"{note}: read {d.to_dict() if d else None}"


def test_a_decimal_after_a_date_is_not_a_time() -> None:
    d = parse_dateline("27 May 2024, 3.5 million people signed", reference_date=REFERENCE)
    assert d is not None and d.to_dict()["datetime"] == "2024-05-27"


def test_stamp_positions_point_into_the_original() -> None:
    text = "  BAKU, May 27 (Reuters) - Azerbaijan said on Monday"
    stamp = read_stamp(text, reference_date=REFERENCE)
    assert stamp is not None and stamp.lede
    assert text[stamp.start : stamp.end].strip(" -") == "BAKU, May 27 (Reuters)"


def test_relative_and_yearless_dates_say_so() -> None:
    stamp = read_stamp("Today, 17:59", reference_date=REFERENCE)
    assert stamp is not None and any("relative" in w for w in stamp.warnings)
    stamp = read_stamp("BAKU, May 27 (Reuters) -", reference_date=REFERENCE, year_hint=2019)
    assert stamp is not None and stamp.dateline.to_dict()["date"] == "2019-05-27"
    assert any("2019" in w for w in stamp.warnings)


def test_ambiguous_numeric_date_is_flagged() -> None:
    stamp = read_stamp("06/05/2024", languages=["fr"])
    assert stamp is not None and stamp.dateline.to_dict()["date"] == "2024-05-06"
    assert any("ambiguous" in w for w in stamp.warnings)


def test_zone_override_and_assumed_zone() -> None:
    d = parse_dateline("27 May 2024 17:59 IST", zone_names={"ist": "Europe/Dublin"})
    assert d is not None and d.timezone == "Europe/Dublin" and d.to_dict()["utc_offset"] == "+01:00"
    d = parse_dateline("27 May 2024 17:59", assume_tz="Asia/Baku")
    assert d is not None and d.timezone == "Asia/Baku" and d.to_dict()["utc"] == "2024-05-27T13:59:00Z"


_PIECES = st.sampled_from(
    ["27", "2024", "05", ".", "/", "-", ":", " ", "mai", "May", "мая", "(", ")", "UTC", "+04:00", "МСК", "PM",
     "年", "月", "日", "Today", "BAKU", ",", "(Reuters)", "17", "59", "٢٧", "à", "h", "Z", "T", "1" * 5000]
)


@settings(max_examples=examples(300), deadline=None)
@given(st.one_of(st.text(max_size=80), st.lists(_PIECES, max_size=14).map("".join)))
def test_reader_never_raises_and_points_inside_the_string(text: str) -> None:
    stamp = read_stamp(text, reference_date=REFERENCE)
    if stamp is not None:
        assert 0 <= stamp.start <= stamp.date_start <= len(text)
        assert stamp.start <= stamp.end <= len(text)
