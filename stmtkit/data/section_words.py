"""A news site's section, rubric and desk names, by language: the labels a scrape leaves above a headline.

A short line made only of these (``Analysis and opinion``, ``Politics``, ``Newsroom``), with at
most the site's own name beside them (a token in capitals or with a digit), is the page's
navigation, not the headline.  Entries are words or phrases of up to three words, matched on
their folded form (``stmtkit.fold.fold_words``: lowercase, no diacritics); the conjunctions that
join two sections ("and", "și", "ve") are listed with them.  Adding a language is adding a row.
"""

from __future__ import annotations

SECTION_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("press releases", "press room", "trending", "most read", "most popular", "popular", "recommended", "editor's picks", "news", "latest", "latest news", "breaking", "breaking news", "top stories", "top story", "headlines",
           "opinion", "opinions", "analysis", "analyses", "commentary", "editorial", "editorials", "politics",
           "world", "world news", "nation", "national", "international", "local", "regional", "economy",
           "business", "finance", "markets", "society", "culture", "arts", "entertainment", "sport", "sports",
           "science", "health", "technology", "tech", "environment", "education", "lifestyle", "archive",
           "archives", "features", "interviews", "blog", "blogs", "columns", "columnists", "newsroom",
           "news desk", "desk", "staff", "video", "videos", "photos", "gallery", "multimedia", "in depth",
           "and", "&"),
    "fr": ("communiques de presse", "communiques", "salle de presse", "actualites", "actualite", "a la une", "la une", "depeches", "infos", "opinion", "opinions",
           "analyse", "analyses", "editorial", "edito", "politique", "monde", "international", "national",
           "economie", "societe", "culture", "sport", "sports", "sciences", "sante", "environnement",
           "education", "archives", "entretien", "entretiens", "blog", "chroniques", "chronique", "redaction",
           "la redaction", "video", "videos", "photos", "regions", "region", "faits divers", "debats", "debat",
           "idees", "et"),
    "de": ("pressemitteilungen", "presse", "nachrichten", "aktuell", "aktuelles", "meinung", "meinungen", "analyse", "analysen", "politik",
           "ausland", "inland", "welt", "wirtschaft", "gesellschaft", "kultur", "sport", "wissenschaft",
           "gesundheit", "umwelt", "bildung", "archiv", "interview", "interviews", "redaktion", "video",
           "videos", "fotos", "region", "regional", "panorama", "leitartikel", "schlagzeilen", "themen", "und"),
    "es": ("comunicados", "comunicados de prensa", "sala de prensa", "noticias", "ultimas noticias", "actualidad", "portada", "opinion", "analisis", "editorial",
           "politica", "mundo", "internacional", "nacional", "economia", "sociedad", "cultura", "deportes",
           "ciencia", "salud", "tecnologia", "medio ambiente", "educacion", "archivo", "entrevista",
           "entrevistas", "redaccion", "video", "videos", "fotos", "regiones", "tribuna", "columnas", "y"),
    "it": ("comunicati stampa", "comunicati", "notizie", "ultime notizie", "attualita", "primo piano", "prima pagina", "opinioni", "opinione",
           "analisi", "editoriale", "politica", "mondo", "esteri", "interni", "cronaca", "economia", "societa",
           "cultura", "sport", "scienza", "salute", "tecnologia", "ambiente", "archivio", "intervista",
           "interviste", "redazione", "video", "foto", "regioni", "territorio", "e", "ed"),
    "pt": ("comunicados", "comunicados de imprensa", "noticias", "ultimas noticias", "atualidade", "actualidade", "destaques", "destaque", "opiniao",
           "analise", "editorial", "politica", "mundo", "internacional", "nacional", "economia", "sociedade",
           "cultura", "esportes", "desporto", "ciencia", "saude", "tecnologia", "ambiente", "arquivo",
           "entrevista", "entrevistas", "redacao", "redaccao", "video", "videos", "fotos", "colunas", "e"),
    "ro": ("comunicate de presa", "comunicate", "stiri", "ultimele stiri", "actualitate", "opinii", "opinie", "analize", "analiza", "editorial",
           "politica", "externe", "international", "intern", "economie", "societate", "cultura", "sport",
           "stiinta", "sanatate", "tehnologie", "mediu", "educatie", "arhiva", "interviu", "interviuri",
           "redactia", "video", "foto", "eveniment", "si"),
    "ru": ("пресс-релизы", "пресс-центр", "новости", "последние новости", "главное", "мнения", "мнение", "аналитика", "политика", "в мире",
           "общество", "экономика", "культура", "спорт", "наука", "здоровье", "технологии", "архив", "интервью",
           "блоги", "редакция", "видео", "фото", "регионы", "происшествия", "и"),
    "uk": ("пресрелізи", "прес-релізи", "прес-центр", "новини", "останні новини", "головне", "думки", "думка", "аналітика", "політика", "світ",
           "суспільство", "економіка", "культура", "спорт", "наука", "технології", "архів", "редакція", "відео",
           "фото", "регіони", "і", "та"),
    "pl": ("komunikaty prasowe", "komunikaty", "wiadomosci", "aktualnosci", "najnowsze", "opinie", "publicystyka", "analizy", "komentarze",
           "polityka", "swiat", "kraj", "gospodarka", "spoleczenstwo", "kultura", "sport", "nauka", "zdrowie",
           "archiwum", "wywiady", "redakcja", "wideo", "region", "regiony", "i", "oraz"),
    "tr": ("basin aciklamalari", "basin bultenleri", "duyurular", "haberler", "haber", "son haberler", "gundem", "son dakika", "manset", "gorus", "gorusler",
           "analiz", "analizler", "kose yazilari", "yazarlar", "politika", "siyaset", "dunya", "ekonomi",
           "toplum", "kultur", "kultur sanat", "sanat", "spor", "bilim", "saglik", "teknoloji", "cevre", "egitim",
           "arsiv", "roportaj", "haber merkezi", "ve"),
    "az": ("press-relizler", "xeberler", "son xeberler", "gundem", "siyaset", "dunya", "iqtisadiyyat", "cemiyyet", "medeniyyet",
           "idman", "elm", "texnologiya", "arxiv", "musahibe", "analitika", "reyler", "ve"),
    "nl": ("persberichten", "nieuws", "laatste nieuws", "binnenland", "buitenland", "opinie", "analyse", "commentaar",
           "politiek", "wereld", "economie", "samenleving", "cultuur", "sport", "wetenschap", "gezondheid",
           "archief", "redactie", "regio", "en"),
    "cs": ("tiskove zpravy", "zpravy", "aktuality", "domaci", "zahranici", "nazory", "analyzy", "komentare", "politika", "svet",
           "ekonomika", "spolecnost", "kultura", "sport", "veda", "zdravi", "archiv", "rozhovory", "redakce", "a"),
    "sk": ("tlacove spravy", "spravy", "aktuality", "domace", "zahranicie", "nazory", "analyzy", "komentare", "politika", "svet",
           "ekonomika", "spolocnost", "kultura", "sport", "veda", "zdravie", "archiv", "rozhovory", "redakcia", "a"),
    "hu": ("sajtokozlemenyek", "hirek", "friss hirek", "belfold", "kulfold", "velemeny", "velemenyek", "elemzes", "elemzesek",
           "publicisztika", "politika", "vilag", "gazdasag", "tarsadalom", "kultura", "sport", "tudomany",
           "egeszseg", "archivum", "interju", "szerkesztoseg", "es"),
    "sv": ("pressmeddelanden", "nyheter", "inrikes", "utrikes", "opinion", "debatt", "ledare", "analys", "politik", "varlden",
           "ekonomi", "samhalle", "kultur", "sport", "vetenskap", "halsa", "arkiv", "redaktionen", "och"),
    "da": ("pressemeddelelser", "nyheder", "indland", "udland", "debat", "leder", "analyse", "politik", "verden", "okonomi",
           "samfund", "kultur", "sport", "videnskab", "sundhed", "arkiv", "redaktionen", "og"),
    "no": ("pressemeldinger", "nyheter", "innenriks", "utenriks", "debatt", "leder", "analyse", "politikk", "verden", "okonomi",
           "samfunn", "kultur", "sport", "helse", "arkiv", "redaksjonen", "og"),
    "fi": ("tiedotteet", "uutiset", "kotimaa", "ulkomaat", "mielipide", "mielipiteet", "analyysi", "kolumnit",
           "paakirjoitus", "politiikka", "talous", "kulttuuri", "urheilu", "tiede", "terveys", "arkisto",
           "toimitus", "ja"),
    "el": ("ειδησεις", "επικαιροτητα", "αποψεις", "αναλυση", "πολιτικη", "κοσμος", "διεθνη", "οικονομια",
           "κοινωνια", "πολιτισμος", "αθλητισμος", "επιστημη", "υγεια", "αρχειο", "και"),
    "bg": ("новини", "последни новини", "мнения", "анализи", "политика", "свят", "икономика", "общество",
           "култура", "спорт", "наука", "здраве", "архив", "редакция", "и"),
    "sr": ("vesti", "vijesti", "najnovije", "misljenja", "kolumne", "analize", "politika", "svet", "svijet",
           "ekonomija", "drustvo", "kultura", "sport", "nauka", "zdravlje", "arhiva", "redakcija", "вести",
           "мишљења", "анализе", "политика", "свет", "економија", "друштво", "култура", "спорт", "редакција", "i", "и"),
    "hr": ("vijesti", "najnovije", "komentari", "kolumne", "analize", "politika", "svijet", "gospodarstvo",
           "drustvo", "kultura", "sport", "znanost", "zdravlje", "arhiva", "redakcija", "i"),
    "id": ("berita", "berita terkini", "terkini", "opini", "analisis", "tajuk rencana", "politik", "dunia",
           "internasional", "nasional", "ekonomi", "bisnis", "budaya", "olahraga", "kesehatan", "arsip",
           "redaksi", "daerah", "dan"),
    "ms": ("berita", "terkini", "pendapat", "analisis", "rencana", "politik", "dunia", "nasional", "ekonomi",
           "bisnes", "budaya", "sukan", "kesihatan", "arkib", "dan"),
    "ar": ("أخبار", "اخبار", "آخر الأخبار", "رأي", "آراء", "مقالات", "تحليل", "تحليلات", "سياسة", "العالم",
           "عربي ودولي", "دولي", "محليات", "اقتصاد", "مجتمع", "ثقافة", "رياضة", "صحة", "أرشيف", "حوارات"),
    "fa": ("اخبار", "سیاسی", "اقتصادی", "فرهنگی", "ورزشی", "بین الملل", "جهان", "دیدگاه", "یادداشت", "تحلیل",
           "آرشیو", "گفتگو"),
    "he": ("חדשות", "דעות", "ניתוח", "פוליטיקה", "עולם", "כלכלה", "חברה", "תרבות", "ספורט", "מדע", "בריאות",
           "ארכיון", "מערכת"),
    # a site's "Home" link, which opens a breadcrumb scraped without its separators ("Anasayfa Gündem")
    "home": ("home", "homepage", "home page", "accueil", "startseite", "inicio", "portada", "home page", "pagina iniziale",
             "inicio", "pagina inicial", "главная", "главная страница", "головна", "головна сторінка", "anasayfa",
             "ana sayfa", "ana sehife", "strona glowna", "acasa", "pagina principala", "uvod", "domu", "titulni strana",
             "kezdolap", "etusivu", "forside", "startsida", "hoofdpagina", "αρχικη", "الرئيسية", "صفحه اصلی", "ראשי",
             "trang chu", "beranda", "naslovna", "pocetna", "почетна", "fooldal", "avaleht", "forsiden",
             "홈", "ホーム", "首页", "首頁", "หน้าแรก", "मुखपृष्ठ"),
}

# The home link's words that open no headline, whatever follows them: a line opening with one, a few words
# and no sentence, is a breadcrumb trail scraped without its separators ("Trang chủ Thế giới Châu Á").
# Left out: words that also mean "beginning", "house" or "main" ("Inicio", "Начало", "Home Office", "ראשי").
HOME_LINKS: dict[str, tuple[str, ...]] = {
    "*": ("homepage", "home page", "startseite", "pagina iniziale", "pagina inicial", "главная страница",
          "головна сторінка", "anasayfa", "ana sayfa", "ana sehife", "strona glowna", "pagina principala",
          "titulni strana", "kezdolap", "fooldal", "etusivu", "forside", "forsiden", "startsida", "hoofdpagina",
          "αρχικη", "الرئيسية", "صفحه اصلی", "trang chu", "beranda", "naslovna", "pocetna", "почетна", "avaleht",
          "홈", "ホーム", "首页", "首頁", "หน้าแรก", "मुखपृष्ठ"),
}

# A news alert's label opening a line ("Breaking: …", "Última hora: …", "Молния: …"): the site's alert bar over the
# article's headline, or the article's own headline (matched folded, before a colon, a dash or a bar).
NEWS_ALERT_LABELS: tuple[str, ...] = (
    "breaking", "breaking news", "just in", "live", "urgent", "news alert", "urgente", "ultima hora", "alerta",
    "eilmeldung", "flash", "flash info", "en direct", "direct", "ultim'ora", "ultimora", "срочно", "молния",
    "терміново", "блискавка", "pilne", "son dakika", "flas", "acil", "breaking nieuws", "hot",
)

# The label over a paid teaser ("Sponsored content" / "How to save on your energy bill"): the teaser under it is an
# advertiser's, not the article's headline, when the article's headline follows.
SPONSORED_LABELS: tuple[str, ...] = (
    # (an ad slot's bare label, "Advertisement", "Anzeige", "Реклама", is left out: the slot's content is rarely
    # scraped, and the article's headline is what stands under it)
    "sponsored", "sponsored content", "sponsored post", "paid content", "paid post", "partner content", "promoted",
    "advertorial", "gesponsert", "contenido patrocinado", "patrocinado", "conteudo patrocinado",
    "contenuto sponsorizzato", "sponsorizzato", "contenu sponsorise", "contenu partenaire", "партнерский материал",
    "на правах рекламы", "спонсорский материал", "artykul sponsorowany", "gesponsord", "sponsorlu icerik",
)

# Words of a newspaper's or an agency's name, and of its tagline ("The Harbour Gazette", "Fidest – Agenzia
# giornalistica", "Independent journalism since 1901"): a short line of one of them over a headline is the site's
# masthead.  Words a headline uses too ("news", "новости") are left out.
MASTHEAD_WORDS: tuple[str, ...] = (
    "times", "gazette", "herald", "tribune", "chronicle", "courier", "telegraph", "newspaper", "press agency",
    "news agency", "zeitung", "anzeiger", "tagblatt", "tageblatt", "nachrichtenagentur", "quotidien", "hebdomadaire",
    "agence de presse", "periodico", "gaceta", "semanario", "agencia de noticias", "jornal", "gazeta", "giornale",
    "quotidiano", "gazzetta", "corriere", "agenzia giornalistica", "agenzia di stampa", "газета", "вестник",
    "еженедельник", "информационное агентство", "информагентство", "тижневик", "dziennik", "tygodnik", "gazete",
    "gazetesi", "haber ajansi", "ziarul", "cotidianul", "krant", "dagblad", "nieuwsblad", "صحيفة", "جريدة", "qezeti",
    # the Spanish and Portuguese papers' "voice", "daily", "mail", "herald" ("La Voz de …", "Diário de …"), a Slavic daily
    "voz", "diario", "correio", "heraldo", "dnevnik",
)

# A wire's name with its own words between ("Agência Costeira de Notícias", "Coastal News Agency", "Agence
# lacustre de presse"): a short line holding an agency's word and a news word is the wire's masthead.
MASTHEAD_AGENCY_WORDS: tuple[str, ...] = (
    "agency", "agence", "agencia", "agência", "agenzia", "agentur", "agentschap", "agencja", "agenția", "agentia",
    "ajansı", "агентство", "агенція", "агенцыя", "وكالة",
)
MASTHEAD_NEWS_WORDS: tuple[str, ...] = (
    "news", "press", "presse", "noticias", "notícias", "nouvelles", "stampa", "notizie", "nachrichten", "nieuws",
    "pers", "prasowa", "informacyjna", "haber", "ştiri", "știri", "новостей", "новин", "печати", "للأنباء", "الأنباء",
)
