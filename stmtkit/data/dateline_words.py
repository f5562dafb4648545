"""Words that stand around dates in datelines, by role (folded on loading by ``stmtkit.dates.tokens``).

Each table names where the words are seen.  Adding a language is adding words
here; ``stmtkit.dates.tokens`` gives each word its role.  Month and weekday
names are not here: they come from CLDR (``stmtkit.data.cldr_dates``).
"""

from __future__ import annotations

# Words that link a date to its time: "22 janvier 2015 à 14h40", "28 октября 2014 в 07:54",
# "Mo, 27. Mai 2024 um 17:59", "24.03.2019. u 22:22", "12.5.2020 klo 16:45", "July 5, 2015 en 1:04 pm",
# "5. ledna 2024 v 9:30" (cs), "30 سبتمبر 2025 الساعة 05 مساءً" (ar: "at the hour"), "ساعت 17:59" (fa),
# "hoy a las 17:59", "27. maj 2024 ob 17:59" (sl), "27. mája 2024 o 17:59" (sk), "saat 17:59" (tr).
TIME_LINKS = frozenset((
    "at", "a", "à", "as", "às", "alle", "ore", "ora", "um", "gegen", "saat", "в", "во", "у", "u", "o", "ob",
    "klo", "kl", "kello", "en", "las", "om", "vers", "ve", "tarihinde", "hora", "horas", "о", "pukul",
    "jam", "lúc", "vào", "ile", "ilə", "v", "الساعة", "الساعه", "ساعت",
    # pl "godz." (the hour; cs and sk write "hod." after the time: an hour word)
    "godz", "godzina",
    "les",  # ca "a les 09:30" (at the)
    "kell",  # et "kell 9.30" (o'clock)
))

# Words between day, month and year: "22 de abril de 2012", "12 de junio del 2012",
# "the 27th of May", "le 27 mai", "28. u studenom 2017.", "den 27 maj", "25 hb. Julai 2019" (ms: hari bulan).
DATE_FILLERS = frozenset((
    "de", "del", "do", "da", "of", "the", "le", "la", "el", "den", "on", "di", "du", "des", "dne", "dnia",
    "tanggal", "ngày", "gada", "hb", "hb.",
    "ng", "ika",  # tl: "ika-5 ng Hunyo 2022" (the ordinal's prefix, "of")
    "ቀን",  # am: "ነሐሴ 29 ቀን 2015" (day)
    "năm",  # vi: "ngày 27 tháng 5 năm 2024" (day, month, year: each number after its word)
    "في", "فى",  # ar "in", "on": "نشر في 12 مايو" (it opens a month's name by its letters)
    "بتاريخ",  # ar "dated": "حرر في الرباط بتاريخ 3 مارس 2024"
    # a formal date names the day and the month as words: "the 12th day of March, 2019",
    # "a los 24 días del mes de octubre de 2011", "aos 24 dias do mês de outubro de 2011"
    "day", "días", "dias", "día", "dia", "mes", "mês",
))

# Words after (or before) a year that say "year": "27 мая 2024 г.", "2024 года", "2015 წ.",
# "2024 yılı", "2024 roku", "19 February 2013 year", "2024 m. gegužės" (lt), "2024 жылғы" (kk).
# The language whose papers date in the Ethiopian calendar (Tigrinya's Gregorian months share names with it: "መስከረም").
ETHIOPIAN_CALENDAR_LANGUAGE = "am"
# An era's mark after a year, before a lede's agency: "ሐምሌ 14/2016 ዓ.ም (ኢዜአ)" (Amharic "year of mercy").
ERA_MARKS = ("ዓ.ም.", "ዓ.ም", "ዓ/ም")
YEAR_WORDS = frozenset((
    "г", "года", "год", "году", "гг", "р", "року", "рік", "year", "yil", "yili", "yılı", "il", "ili",
    "ilin", "cu", "ci", "cı", "cü", "roku", "r", "წ", "წლის", "সাল", "सन्", "सन", "anul", "ano", "año",
    "έτος", "m", "ж", "жыл", "жылы", "жылғы", "йил", "évi", "године", "godine", "година", "godina",
    "ko", "eko",  # eu: "2016ko abuztuaren 25a", "2000ko" / "2001eko" (of the year)
))

# Ordinal endings glued to a day: "9th Aug", "1er mai", "27-го мая", "1লা জানুয়ারী", "8ই মে".
ORDINALS = frozenset((
    "st", "nd", "rd", "th", "er", "re", "eme", "ème", "e", "го", "е", "ci", "cı", "cu", "cü", "inci",
    "ıncı", "লা", "শে", "ই", "রা", "ঠা", "d",
    "a", "an", "ean",  # eu: "abuztuaren 25a", "maiatzaren 20an" (on the 20th), "11n"
))
# Day words written apart from the day: "kovo 12 d. 14:35" (lt: diena).
SPACED_DAY_WORDS = frozenset(("d",))

# Hour and minute words: "17h59", "17 Uhr", "21時40分", "7 гадзін 10 хвілін", "09时30分", "17 heures".
HOUR_WORDS = frozenset((
    "h", "uhr", "heures", "heure", "hs", "hrs", "hr", "uur", "horas", "hod", "час", "часов", "часа",
    "гадзін", "時", "时", "点", "點", "시",
))
MINUTE_WORDS = frozenset(("min", "mins", "minutes", "minutos", "мин", "минут", "хвілін", "хвилин", "分", "분"))
SECOND_WORDS = frozenset(("s", "sec", "秒", "초"))

# Morning / afternoon markers: "5:59 PM", "6:11 a.m.", "5.45 ip." (Finnish iltapäivällä),
# "11:08 अपराह्न" (Hindi), "午後5時", "下午5点", "오후 5시", "晚8:00" (Chinese: evening).
# Arabic "ص" / "م" and the words "صباحًا" (morning) / "مساءً" (evening); Greek "π.μ." / "μ.μ.".
AM_WORDS = frozenset((
    "am", "a.m", "ap", "aamupäivällä", "vorm", "पूर्वाह्न", "午前", "上午", "오전", "ص", "sáng", "صباحا", "صباحًا",
    "صباح", "π.μ", "πμ", "ق.ظ", "pagi",  # ms, id: "9:30 pagi"
))
PM_WORDS = frozenset((
    "pm", "p.m", "ip", "iltapäivällä", "nachm", "अपराह्न", "午後", "下午", "晚", "晚上", "오후", "م", "chiều", "مساء",
    "مساءً", "مساءا", "μ.μ", "μμ", "ب.ظ", "petang", "ptg", "malam", "sore",  # ms, id: "2:35 petang"
))

# Noon and midnight: "November 19, 2014 at noon", "13. veljače 1999. u podne", "27. siječnja 1994. u ponoć".
NOON_WORDS = frozenset((
    "noon", "midday", "midi", "mittag", "mediodía", "mezzogiorno", "meio-dia", "podne", "poludne",
    "полдень", "полдня", "öğle",
))
MIDNIGHT_WORDS = frozenset((
    "midnight", "minuit", "mitternacht", "medianoche", "mezzanotte", "meia-noite", "ponoć", "полночь",
))

# Relative days: how many days before the reference date.  "Today, 17:59" (en sites),
# "Сегодня, 17:59" (ru), "hier à 18h" (fr), "bugün 17:59" (tr), "dünən", "bu gün" (az).
# A phrase of two words ("bu gün", "i dag") is matched as one.
RELATIVE_DAYS: dict[str, int] = {
    **dict.fromkeys((
        "today", "heute", "aujourd'hui", "aujourd’hui", "hoy", "oggi", "hoje", "vandaag", "idag", "i dag",
        "dzisiaj", "dziś", "dnes", "сегодня", "сьогодні", "сёння", "днес", "bugün", "bu gün", "σήμερα",
        "今天", "今日", "오늘", "اليوم", "امروز", "היום", "danas", "danes", "tänään", "täna", "šiandien",
        "šodien", "hôm nay", "hari ini",
    ), 0),
    **dict.fromkeys((
        "yesterday", "gestern", "hier", "ayer", "ieri", "ontem", "gisteren", "igår", "i går", "wczoraj",
        "včera", "вчера", "вчора", "учора", "dün", "dünən", "χθες", "χτες", "昨天", "昨日", "어제", "أمس",
        "امس", "دیروز", "אתמול", "jučer", "včeraj", "eilen", "eile", "vakar", "kemarin", "hôm qua",
    ), 1),
    **dict.fromkeys((
        "позавчера", "позавчора", "vorgestern", "avant-hier", "anteayer", "anteontem", "przedwczoraj",
        "předevčírem", "前天", "一昨日", "그저께",
    ), 2),
}

# Labels before a stamp: "Published: 27 May 2024", "Mis à jour le 27 mai", "Опубликовано: 27.05.2024".
# The first published stamp wins over an update (the corpus rule: first published).
PUBLISHED_LABELS: tuple[str, ...] = (
    "first published", "published on", "published", "posted on", "posted", "date", "dated", "data", "publié le",
    "publié", "publicado el", "publicado", "publicada", "опубликовано", "опубликован", "дата публикации",
    "дата", "опубліковано", "veröffentlicht am", "veröffentlicht", "pubblicato il", "pubblicato",
    "yayınlanma tarihi", "yayınlanma", "yayın tarihi", "tarih", "dərc edilib", "gepubliceerd",
    "opublikowano", "publikováno", "publicerad", "julkaistu", "δημοσιεύθηκε", "发布时间", "发布", "發佈",
    "公開日", "게시", "created on", "created", "stand", "postado em", "postado", "publicado em",
    # fa: "publication date", "time of publication" (Arabic and Persian yeh both written); ar: "date of publication"
    "تاریخ انتشار", "تاريخ انتشار", "زمان انتشار", "انتشار", "تاريخ النشر", "نشر في", "نشر بتاريخ",
    # ko "entered (date)", "registered", "written"; ja "posted on", "delivered"; zh "release date"
    "기사입력", "입력날짜", "입력일", "입력", "등록일", "등록", "작성일", "掲載日", "投稿日", "配信日", "发布日期", "發布時間",
    # more languages' "published", "posted", "date" (a label, never the place of a dateline)
    "közzétéve", "megjelent", "publikálva", "dátum", "létrehozva", "julkaistu:", "päiväys", "avaldatud",
    "kuupäev", "publicēts", "datums", "paskelbta", "publikuota", "objavljeno", "objava", "datum",
    "publikované", "zverejnené", "dátum", "zveřejněno", "vydáno", "objavljeno:", "објављено", "датум",
    "публикувано", "објавено", "δημοσίευση", "ημερομηνία", "δημοσιεύτηκε", "פורסם", "פורסם ב", "תאריך",
    "شائع", "شائع شدہ", "تاریخ اشاعت", "प्रकाशित", "प्रकाशन तिथि", "दिनांक", "তারিখ", "প্রকাশিত", "প্রকাশ",
    "გამოქვეყნებულია", "გამოქვეყნდა", "თარიღი", "հրապարակվել է", "ամսաթիվ", "жарияланды", "жарияланған күні",
    "e'lon qilindi", "chop etildi", "sana", "imechapishwa", "ilichapishwa", "tarehe", "publicat", "publicat el",
    "data de publicació", "argitaratua", "argitaratze data", "geplaatst op", "geplaatst", "gepubliceerd op",
    "datum publicatie", "publicerat", "publisert", "dato", "offentliggjort", "udgivet", "birt", "birtist",
    "dagsetning", "公開日", "公開", "掲載", "配信", "投稿日時", "公開日時", "日付", "发布于", "發佈於", "發布於",
    "发表时间", "發表時間", "发表于", "發表於", "日期", "게재", "발행일", "게시일", "날짜", "승인", "đăng", "ngày đăng",
    "đăng lúc", "đăng ngày", "xuất bản", "diterbitkan", "dipublikasikan", "terbit", "tanggal", "diterbitkan pada",
    "tarikh", "เผยแพร่", "เผยแพร่เมื่อ", "วันที่", "publikuar", "publikuar më", "inilathala", "petsa",
    "data publikacji", "dodano", "data publicării", "дата публікації", "размещено", "yayınlandı", "dərc olunub",
    "tarix", "publicado en", "data de publicação", "publiceringsdatum", "publiceret", "publiceret den",
    # tr variants of "publication (date)", "added (date)"; az "date of publication"
    "yayımlanma tarihi", "yayımlanma", "yayınlama", "yayımlama", "yayımlandı", "eklenme tarihi", "eklenme",
    "dərc tarixi", "oluşturulma tarihi", "oluşturuldu", "erscheinungsdatum", "erschienen am", "erschienen",
    # a blog's "written on": "escrita el 21-02-2019"
    # (the word alone: "el", "on", "le" before the date are the date's fillers)
    "written", "escrito", "escrita", "écrit", "scritto", "geschrieben",
    # a news page's day: "News for 12 May 2004"
    "news for", "новости за", "новости от", "новини за", "новини від",
    # ar "it was published", "published on (the date)"
    "تم نشره", "تم النشر", "نشر بتاريخ", "بتاريخ",
    # a press release's release line: the date it may be published from
    "for immediate release", "immediate release", "for release", "pour diffusion immédiate",
    "pour publication immédiate", "diffusion immédiate", "para publicación inmediata", "para difusión inmediata",
    "para divulgação imediata", "zur sofortigen veröffentlichung", "per la diffusione immediata",
    "per diffusione immediata", "voor onmiddellijke publicatie", "för omedelbar publicering",
    "do natychmiastowej publikacji", "для немедленной публикации",
)
UPDATED_LABELS: tuple[str, ...] = (
    "last updated", "last update", "updated on", "updated", "update", "modified", "mis à jour le", "mis à jour", "mise à jour",
    "actualizado el", "actualizado", "actualizada", "обновлено", "обновлён", "оновлено", "aktualisiert am",
    "aktualisiert", "geändert", "aggiornato il", "aggiornato", "atualizado em", "atualizado", "güncellendi",
    "güncelleme", "yenilənib", "bijgewerkt", "zaktualizowano", "aktualizováno", "uppdaterad", "päivitetty",
    "ενημερώθηκε", "更新",
    "최종수정", "수정날짜", "수정일", "수정", "업데이트", "更新日", "最終更新", "更新时间", "更新日期",
    "frissítve", "módosítva", "utolsó frissítés", "muokattu", "uuendatud", "muudetud", "atjaunināts",
    "atnaujinta", "posodobljeno", "aktualizované", "ažurirano", "ажурирано", "обновено", "актуализирано",
    "ενημέρωση", "עודכן", "עודכן לאחרונה", "به‌روزرسانی", "بروزرسانی", "اپ ڈیٹ", "अपडेट", "अद्यतन", "আপডেট",
    "হালনাগাদ", "განახლებულია", "թարմացվել է", "жаңартылды", "yangilandi", "imesasishwa", "actualitzat",
    "eguneratua", "laatst bijgewerkt", "uppdaterat", "senast uppdaterad", "oppdatert", "sist oppdatert",
    "opdateret", "senest opdateret", "uppfært", "更新日時", "更新於", "更新于", "更新時間", "cập nhật",
    "diperbarui", "dikemas kini", "อัปเดต", "ปรับปรุงล่าสุด", "përditësuar", "na-update", "aktualizacja",
    "actualizat", "güncelleme tarihi", "آخر تحديث", "تم التحديث", "تحديث",
    # "edited", "modified" (tr, ru, uk, pl, it, es, pt, fr, ro, az)
    "düzenleme", "düzenlendi", "düzenlenme tarihi", "son güncelleme", "güncellenme tarihi", "изменено", "змінено",
    "zmodyfikowano", "data aktualizacji", "modificato", "modificado", "modifié le", "modifié", "modificat",
    "yenilənmə", "dernière modification", "dernière mise à jour", "senast ändrad", "ändrad", "zuletzt geändert",
    "zuletzt aktualisiert", "última modificación", "última actualización", "última atualização", "ultima modifica",
    "ultimo aggiornamento", "laatst gewijzigd", "gewijzigd", "sist endret", "последнее обновление",
)

# News agencies seen in datelines and sign-offs: "(Reuters)", "/TASS/", "(SERVIMEDIA)", "REPORT.AZ/".
# An agency not listed is still read from a lede's brackets or slashes; the list lets a bare
# name on its own line (a place line, then "SERVIMEDIA") or after a comma ("…, AZERTAC") count.
# The head word of an agency's own name ("Agenzia Lumen", "Agence Ecofin", "Агентство Минск-Новости"):
# a bracketed name opening with one is an agency whatever its other words.
AGENCY_HEAD_WORDS: frozenset[str] = frozenset((
    "agenzia", "agencia", "agência", "agence", "agentur", "agency", "ajansı", "ajansi", "agencja", "agenţia",
    "agenția", "агентство", "агенція", "agentschap", "agentstvo",
    "иа", "іа", "информагентство", "інформагентство",  # ru/uk "ИА Новости": the initials of "news agency"
))

# A word a wire's known name may carry after it as it credits itself: "ANTARA News", "Kyodo News", "Xinhua English".
AGENCY_TAIL_WORDS: frozenset[str] = frozenset(("news", "newswire", "agency", "english", "online", "tv"))

AGENCIES: tuple[str, ...] = (
    "Reuters", "AP", "AFP", "dpa", "DPA", "EFE", "ANSA", "TASS", "ITAR-TASS", "RIA Novosti", "РИА Новости",
    "Interfax", "Интерфакс", "ТАСС", "Ukrinform", "Укрінформ", "UNIAN", "УНІАН", "APA", "AZERTAC", "AZƏRTAC",
    "Trend", "Report.az", "REPORT.AZ", "Turan", "Anadolu", "AA", "Anadolu Ajansı", "DHA", "İHA", "Xinhua",
    "Kyodo", "Yonhap", "PTI", "IANS", "Bernama", "Antara", "PAP", "ČTK", "CTK", "MTI", "APA-OTS", "OTS", "ots", "pts", "pressetext", "Belga",
    "ANP", "TT", "NTB", "STT", "Ritzau", "Lusa", "Agência Brasil", "Europa Press", "EUROPA PRESS", "Servimedia",
    "SERVIMEDIA", "Notimex", "Prensa Latina", "Telam", "Télam", "KUNA", "WAFA", "SPA", "MENA", "IRNA", "ISNA",
    "Kazinform", "Казинформ", "KazTAG", "UzA", "Armenpress", "Арменпресс", "Sputnik", "Спутник", "BelTA", "БелТА",
    "Georgia Today", "Agerpres", "BTA", "Tanjug", "HINA", "STA", "Bloomberg", "UPI", "CNA", "PA",
    # Chinese agencies, which CJK ledes glue to the place and the date: "新华社北京5月13日电".
    "新华社", "新華社", "中新社", "中新网", "中新網", "中央社", "人民网", "人民網", "新华网", "新華網", "央视网",
    "国际在线", "環球網", "环球网", "香港中通社", "中通社",
    # National and world agencies as the papers of scripts without capitals write them, in a lede's
    # brackets: "(رويترز)", "(اے پی پی)", "(भाषा)", "(연합뉴스)".
    "رويترز", "رويتر", "أ ف ب", "ا ف ب", "أ.ف.ب", "د ب أ", "أ ش أ", "وام", "واس", "قنا", "كونا", "سانا", "بترا",
    "وفا", "الأناضول", "شينخوا", "سبوتنيك", "ایرنا", "ایسنا", "ایلنا", "تسنیم", "خبرگزاری فارس", "خبرگزاری مهر",
    "اے پی پی", "آئی این پی", "این این آئی", "ثناء نیوز", "رائٹرز", "भाषा", "पीटीआई", "आईएएनएस", "वार्ता",
    "यूएनआई", "एएनआई", "বাসস", "ইউএনবি", "পিটিআই", "연합뉴스", "뉴시스", "뉴스1", "共同", "時事", "共同通信",
    "時事通信", "聯合ニュース", "聯合", "ロイター", "ブルームバーグ", "タス", "朝鮮中央通信", "AFP時事",
    "ＡＦＰ時事", "ΑΠΕ-ΜΠΕ", "ΑΠΕ", "ኢዜአ", "አሚኮ", "ፋና", "רויטרס", "סוכנויות הידיעות", "סאנא", "שינחואה", "ספוטניק", "טאס", "Արմենպրես", "ინტერპრესნიუსი", "ТАНЮГ", "Танјуг",
    "МИА", "БТА", "ЧТК", "ҚазАқпарат", "Кабар", "Дунё", "Монцамэ", "ANTARA", "BERNAMA", "PNA", "VNA", "TTXVN",
    "ANSAmed", "ATA", "LETA", "BNS", "ERR", "Kyodo News", "Jiji", "NHK", "Yonhap News", "KCNA",
    # more national wires as their ledes credit them, some in small letters ("Bern (sda) -", "Bonn (KNA) -")
    "sda", "Keystone-SDA", "ats", "KNA", "epd", "ddp", "AFX", "ELTA", "FENA", "MINA", "MIA", "Beta", "TASR",
    "Interpressnews", "GHN", "NNA", "ANA-MPA", "AMNA", "INA", "TAP", "MAP", "APS", "SANA", "WAM", "Petra", "Tasnim", "ENA", "ANGOP", "AIM", "QNA", "BNA", "ONA", "SUNA",
    "AzerTac", "Akipress", "Kabar", "Khovar", "Montsame",
    # wires by their full names, as a credit line under a headline writes them: "Associated Press Nairobi"
    "Press Trust of India", "Associated Press", "Agence France-Presse", "Asian News International",
    "United News of India", "Indo-Asian News Service", "Deutsche Presse-Agentur", "Kyodo News Agency",
)

# The character that closes a CJK lede after its date ("dispatch", "report"): "新华社北京5月13日电".
# Where a wire's name stands after the place, a paper writes that the report is its own: "نيويورك - خاص"
# (ar "exclusive"), no agency.
OWN_REPORT_WORDS = frozenset(("خاص", "حصري", "حصريا", "اختصاصی", "exclusive", "exclusif", "exclusivo", "exclusiva", "exklusiv", "özel"))

CJK_WIRE_MARKS: tuple[str, ...] = ("电", "電", "讯", "訊")

# Han numerals of a date written out ("二〇〇九年十一月二十六日"): digits, and ten ("十一" 11, "二十六" 26).
HAN_DIGITS: dict[str, int] = {
    "〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
}

# Words glued in front of a month name: Thai "เดือนตุลาคม" ("month October").
# Hebrew "במאי" ("in May").
MONTH_PREFIXES: tuple[str, ...] = ("เดือน", "ב")

# Vietnamese names months "tháng" + a number, in digits ("tháng 5") or words ("Tháng Mười Hai").
MONTH_LEAD_WORDS = frozenset({"thang", "thg"})
NUMBER_WORDS: dict[str, int] = {
    "mot": 1, "gieng": 1, "hai": 2, "ba": 3, "tu": 4, "bon": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8,
    "chin": 9, "muoi": 10, "chap": 12,
}

# "2 hours ago" and its kin: the word before the number ("il y a 3 heures", "vor 2 Stunden",
# "hace 3 horas", "há 2 horas") or after the unit ("5 минут назад", "3 saat önce", "2 saat əvvəl",
# "3 години тому", "2 ore fa", "3 uur geleden", "2 godziny temu").
# "منذ 3 ساعات" (ar), "לפני 3 שעות" (he), "3 ساعت پیش" (fa).
AGO_BEFORE: tuple[str, ...] = ("il y a", "vor", "hace", "há", "منذ", "לפני")
AGO_AFTER: tuple[str, ...] = (
    "ago", "назад", "önce", "əvvəl", "тому", "fa", "geleden", "temu", "sedan", "sitten", "πριν", "پیش",
)
# Unit words → seconds.
AGO_UNITS: dict[str, int] = {
    **dict.fromkeys((
        "minute", "minutes", "min", "mins", "минуту", "минуты", "минут", "мин", "хвилину", "хвилини", "хвилин",
        "minuten", "minuto", "minutos", "minuti", "dakika", "dəqiqə", "minuut", "minuten", "minutę", "minuty",
        "minut", "minuter", "minuuttia", "λεπτά", "دقيقة", "دقائق", "دقیقه", "דקות",
    ), 60),
    **dict.fromkeys((
        "hour", "hours", "hr", "hrs", "час", "часа", "часов", "годину", "години", "годин", "heure", "heures",
        "stunde", "stunden", "hora", "horas", "ora", "ore", "saat", "uur", "godzinę", "godziny", "godzin",
        "timme", "timmar", "tunti", "tuntia", "ώρα", "ώρες", "ساعة", "ساعات", "ساعت", "שעות",
    ), 3600),
    **dict.fromkeys((
        "day", "days", "день", "дня", "дней", "день", "дні", "днів", "jour", "jours", "tag", "tagen", "día",
        "días", "dia", "dias", "giorno", "giorni", "gün", "dag", "dagen", "dzień", "dni", "dagar", "päivä",
        "päivää", "μέρα", "μέρες", "يوم", "أيام", "روز", "ימים",
    ), 86400),
}

# A label that dates something other than the page: a deadline, an event, a validity, a birth
# ("Deadline for signatures: 30 June", "Frist: 30.06.", "Срок подачи заявок: 30 июня"). One of these among
# the words before a date makes it no stamp of the page. Written casefolded, as the words are compared.
OTHER_DATE_WORDS: tuple[str, ...] = (
    "deadline", "expires", "expiry", "valid", "born", "birth", "registration", "submissions", "closes",
    "échéance", "limite", "inscriptions", "clôture", "né", "née",
    "plazo", "límite", "vence", "vencimiento", "inscripciones", "cierre", "nacido", "nacida",
    "prazo", "inscrições", "encerramento", "nascido", "nascida",
    "frist", "anmeldeschluss", "einsendeschluss", "bewerbungsschluss", "geboren", "gültig",
    "scadenza", "iscrizioni", "valido",
    "срок", "дедлайн", "рождения", "родился", "родилась", "действителен", "термін", "народження", "народився",
    "termin", "urodzenia", "urodzony", "urodzona", "ważny",
    "başvuru", "doğum", "geçerlilik",
    "uiterlijk", "geboren",
    "lhůta", "uzávěrka", "narozen",
    "határidő", "született",
    # the day a reader printed, fetched or a server made the page: "Printed from … on 5 December 2026",
    # "Accessed: 05.12.2026", "Page generated 2026-12-05 10:00"
    "printed", "gedruckt", "imprimé", "impreso", "stampato", "распечатано", "wydrukowano", "accessed", "retrieved",
    "abgerufen", "consulté", "consultado", "consultato", "generated", "generiert", "générée", "generada",
    # a media advisory's event, under its own label: "WHEN: Tuesday, May 14, at 9:30 a.m."
    "when", "wann", "quand", "cuándo", "quando", "когда", "коли", "kiedy", "wanneer", "kdy", "mikor", "när",
    "milloin", "când",
)
# The word right before a date that makes it a limit, not a stamp: "until 30 June", "bis 30. Juni", "до 30 июня".
UNTIL_WORDS: tuple[str, ...] = (
    "until", "till", "by", "before", "jusqu'au", "jusqu’au", "avant", "hasta", "antes", "até", "bis", "entro", "fino",
    "до", "do", "tot",
)

# Words that may stand lowercase between a rubric and its date without making it a sentence:
# "Pressemitteilung vom 27.05.2024", "Rédigé par X le 27 mai", "Posted on".
STAMP_CONNECTORS: tuple[str, ...] = (
    "on", "le", "am", "vom", "von", "em", "el", "il", "del", "den", "de", "du", "des", "do", "da", "di",
    "the", "of", "at", "à", "a", "y", "i", "und", "and", "et", "e", "–", "-", "|",
    "στις", "στη", "στην",  # el: "on" before a date ("… στις Δευ, 29/10/2012")
    "op", "dne",  # nl "Geplaatst door redactie op 27 mei", cs "Vloženo dne 27. 5. 2024"
)

# Prepositions that name where a text was published, between a "published" label opening the line and
# the date: "Published in The Guardian, 12 May 2024", "Publié dans Le Monde le 3 mai", "Publicat in HotNews, …".
SOURCE_PREPOSITIONS: tuple[str, ...] = (
    "in", "on", "at", "dans", "sur", "en", "em", "no", "na", "în", "auf", "bei", "im", "su", "sul", "nel", "nella",
    "на", "в", "у", "w", "u", "op", "i", "på", "da", "de", "v", "ve", "σε", "στο", "στην",
)

# Before a letter's place, at the opening of its closing line: "En Madrid, a 31 de mayo", "V Praze dne",
# "Fait à Lyon, le", "У Београду,"; written with a capital, as the line opens with them.
LETTER_PLACE_LEADS: tuple[str, ...] = (
    "En", "Em", "In", "À", "V", "Ve", "W", "We", "U", "У", "В", "Во", "Fait à", "Fait au", "Fait en", "Done at",
    "Dado en", "Feito em", "Gegeben zu", "Dat la", "Kelt",
    # where a declaration was signed: "Signée à Paris, le …", "Signed at Geneva on …", "Firmado en Lima, a …"
    "Signé à", "Signée à", "Signés à", "Signées à", "Signed at", "Signed in", "Done in", "Firmado en", "Firmada en",
    "Firmato a", "Firmata a", "Assinado em", "Assinada em", "Unterzeichnet in", "Ondertekend te", "Podpisano w",
    "حرر في", "حررت في",  # ar "written in"
)
# Words between a letter's place and its date, after the place's comma: "Done at Porto, this 4th day of June",
# "Dado en Sevilla, a los 3 días del mes de marzo", "Feito em Braga, aos 5 dias do mês de maio".
LETTER_DATE_ARTICLES: tuple[str, ...] = ("this", "on this", "on the", "the", "a los", "aos", "el día", "en este")
# Verbs that open a formal closing line dating the whole text: "Adopted this 3rd day of March, 2024, at Nairobi.",
# "Given under my hand this 5th day of May, 2022.", "Aprobado el 4 de junio de 2023 en Quito.";
# written with a capital, as the line opens with them.
FORMAL_CLOSING_VERBS: frozenset[str] = frozenset((
    "Adopted", "Done", "Signed", "Dated", "Given", "Issued", "Approved", "Passed", "Made", "Executed",
    "Dado", "Dada", "Firmado", "Firmada", "Aprobado", "Aprobada", "Hecho", "Suscrito", "Suscrita", "Expedido",
    "Fait", "Adopté", "Adoptée", "Signé", "Signée", "Donné", "Feito", "Aprovado", "Aprovada", "Assinado",
    "Assinada", "Fatto", "Approvato", "Approvata", "Firmato", "Firmata", "Dato", "Gegeben", "Beschlossen",
    "Unterzeichnet", "Ausgefertigt", "Ondertekend", "Vastgesteld", "Sporządzono", "Podpisano", "Przyjęto",
    "Dat", "Adoptat", "Semnat", "Fet", "Signat", "Aprovat",
))
# Prepositions before a known place after a formal closing's date: "…, 2024, at Nairobi.", "… 2023 en Quito".
PLACE_AFTER_PREPOSITIONS: frozenset[str] = frozenset((
    "at", "in", "en", "à", "em", "a", "zu", "te", "w", "la", "i",
    "ณ",  # th: "๕ มิถุนายน ๒๕๖๒ ณ กรุงเทพฯ"
))
# Days written as words: "this fourth day of June", "the twelfth of October 2022", "a los tres días del mes de
# marzo", "le premier mars". Written folded, without accents ("dieciseis" for "dieciseis", "tres" for "três"), as
# the reader compares them: nothing is folded at start-up. Cardinals that are also common function words ("dos",
# "um", "uno", "once") are left out; "twenty" and "thirty" join the word after them ("twenty-first").
DAY_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
    "twenty": 20, "thirty": 30,
    "primero": 1, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10,
    "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciseis": 16, "diecisiete": 17, "dieciocho": 18,
    "diecinueve": 19, "veinte": 20, "veintiuno": 21, "veintiun": 21, "veintidos": 22, "veintitres": 23,
    "veinticuatro": 24, "veinticinco": 25, "veintiseis": 26, "veintisiete": 27, "veintiocho": 28,
    "veintinueve": 29, "treinta": 30,
    "primeiro": 1, "quatro": 4, "sete": 7, "oito": 8, "nove": 9, "dez": 10, "onze": 11, "doze": 12,
    "treze": 13, "catorze": 14, "quatorze": 14, "quinze": 15, "dezesseis": 16, "dezasseis": 16,
    "dezessete": 17, "dezassete": 17, "dezoito": 18, "dezenove": 19, "dezanove": 19, "vinte": 20, "trinta": 30,
    "premier": 1, "primo": 1,
}
# Labels a page writes in brackets before a dash, as a wire writes its name ("(VIDEO) -", "(UPDATE) -"): no wire.
# Written folded, as the reader compares them (the section words of ``section_words`` count too).
BRACKET_LABELS: frozenset[str] = frozenset((
    "update", "updated", "updates", "live", "breaking", "exclusive", "corrected", "correction", "refile", "watch",
    "listen", "photo", "photos", "video", "videos", "audio", "pdf", "map", "graphic", "poll", "new", "urgent",
    "urgente", "eilmeldung", "direct", "en direct", "ao vivo", "en vivo", "actualizacion", "actualizado", "срочно",
    "видео", "фото", "обновлено", "foto", "fotos", "canli", "son dakika",
))
# The tens among DAY_WORDS that a unit word may follow, with or without a hyphen: "twenty-first", "thirty first".
DAY_TENS: frozenset[str] = frozenset(("twenty", "thirty"))

# A city's abbreviated word before its name: "г. Казань" (ru), "м. Харків" (uk), "гр. София" (bg), "ქ. თბილისი" (ka).
CITY_ABBREVIATIONS: tuple[str, ...] = ("г", "гр", "м", "с", "смт", "пгт", "ქ")

# Words for a newspaper's issue number after the date of an issue stamp: "Tuesday, 4 May 2024, No 103 (2996)".
ISSUE_WORDS: tuple[str, ...] = (
    "no", "nr", "n°", "nº", "№", "issue", "núm", "núm.", "número", "numéro", "nummer", "numero", "номер", "вып",
    "выпуск", "випуск", "sayı", "sayi", "broj", "číslo", "szám", "αρ", "τεύχος", "nomor", "số",
)

# Words for a periodical's volume or year of publication before the issue number on its masthead:
# "Anno 36 n° 174", "Vol. 12, No. 3", "Jahrgang 5 / Nr. 12", "Год 12, № 34", "Cilt 3 Sayı 12".
VOLUME_WORDS: tuple[str, ...] = (
    "anno", "year", "vol", "volume", "jahrgang", "année", "annee", "año", "ano", "rok", "ročník", "rocnik", "год",
    "рік", "cilt", "évfolyam", "evfolyam", "godina", "årgang", "argang", "jaargang", "vuosikerta", "an", "anul",
)

# Japanese eras: the year before the era's first year ("令和6年5月27日" is 2024-05-27; "元年" is year 1).
JAPANESE_ERAS: dict[str, int] = {"令和": 2018, "平成": 1988, "昭和": 1925}


# Labels of an event's venue ("YER: İstanbul", "Venue: Town Hall", "Lieu : …"): a labelled date beside one
# dates the event (a press conference, a march), not the page.
VENUE_LABELS: tuple[str, ...] = (
    "venue", "where", "location", "place", "lieu", "ort", "veranstaltungsort", "lugar", "local", "luogo",
    "miejsce", "место", "место проведения", "місце", "місце проведення", "yer", "adres", "məkan", "ünvan",
    "locul", "locatia", "locația", "loc", "المكان", "plaats", "locatie", "staður",
)

# The short forms of those states and provinces that US and Canadian press releases write after the city
# ("SHREVEPORT, La. –", "Springfield, Ill. --"), with their full stop (the AP's style, Canada's postal
# forms before 1990).  Folded.
REGION_ABBREVIATIONS = frozenset((
    "ala.", "ariz.", "ark.", "calif.", "colo.", "conn.", "del.", "fla.", "ga.", "ill.", "ind.", "kan.", "ky.", "la.",
    "md.", "mass.", "mich.", "minn.", "miss.", "mo.", "mont.", "neb.", "nev.", "okla.", "ore.", "pa.", "tenn.",
    "vt.", "va.", "wash.", "wis.", "wyo.",
    "alta.", "man.", "ont.", "que.", "sask.", "nfld.",
))

# States and provinces a wire's or a release's lede names after its city ("AUSTIN, Texas —", "HALIFAX,
# Nova Scotia –"): the city and its region are the place, no agency before a place.  Folded (fold_aligned).
REGIONS = frozenset((
    # the United States
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
    "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
    "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada",
    "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma",
    "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah",
    "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming", "district of columbia",
    # Canada
    "alberta", "british columbia", "manitoba", "new brunswick", "newfoundland and labrador", "nova scotia", "ontario",
    "prince edward island", "quebec", "québec", "saskatchewan", "northwest territories", "nunavut", "yukon",
    # Australia
    "new south wales", "queensland", "south australia", "tasmania", "victoria", "western australia",
    "northern territory", "australian capital territory",
    # the United Kingdom's nations
    "england", "scotland", "wales", "northern ireland",
))
