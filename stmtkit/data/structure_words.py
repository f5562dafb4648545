"""Words of document structure: preamble cues, site-chrome lines by kind, list conjunctions.

Keyed by ISO 639-1 code; adding a language is adding rows here, not code.
Entries are matched on their folded form (lowercase, no diacritics, trailing
``:`` removed) — see ``stmtkit.fold.fold_key``.
"""

from __future__ import annotations

# Cues that end an article's framing and announce the statement itself
# ("APA presents the statement below:", "Full text:").  A paragraph that
# contains one and ends in ":" closes the preamble; a short line that is
# exactly one ("Текст письма") does so without the colon.
PREAMBLE_CUES: dict[str, tuple[str, ...]] = {
    "en": ("statement below", "letter below", "full text", "the full text", "the statement reads",
           "read the statement", "the letter reads", "text of the statement", "text of the letter",
           "reads as follows", "the full statement", "below is the", "here is the full text",
           "the text of the", "presents the statement", "publishes the statement", "following statement",
           "following letter", "full statement", "full letter", "the declaration reads", "statement in full"),
    "fr": ("ci-dessous", "texte integral", "le texte integral", "voici le texte", "texte de la declaration",
           "texte de la lettre", "la declaration suivante", "la lettre suivante", "dont voici le texte",
           "ci-apres", "texte complet", "en voici le texte"),
    "de": ("im wortlaut", "der wortlaut", "die erklarung im wortlaut", "vollstandiger text", "nachfolgend",
           "im folgenden", "dokumentieren die erklarung", "dokumentieren den brief", "die erklarung lautet",
           "der brief lautet", "hier die erklarung", "hier der brief"),
    "es": ("texto integro", "el texto integro", "texto completo", "a continuacion", "el texto de",
           "reproducimos", "la declaracion dice", "la carta dice", "el comunicado integro"),
    "it": ("testo integrale", "il testo integrale", "di seguito", "riportiamo", "ecco il testo",
           "il testo della lettera", "il testo della dichiarazione"),
    "pt": ("texto integral", "na integra", "a seguir", "texto completo", "leia a carta", "leia a nota",
           "confira a integra", "o texto da carta", "abaixo"),
    "nl": ("volledige tekst", "hieronder", "de verklaring luidt", "de brief luidt"),
    "pl": ("pelna tresc", "tresc listu", "tresc oswiadczenia", "ponizej", "publikujemy"),
    "ru": ("полный текст", "текст заявления", "текст письма", "текст обращения", "приводим текст",
           "публикуем текст", "приводим полностью", "следующего содержания", "ниже приводим", "ниже публикуем"),
    "uk": ("повний текст", "текст заяви", "текст листа", "текст звернення", "наводимо текст", "нижче"),
    "tr": ("tam metni", "aciklamanin tam metni", "bildirinin tam metni", "metni soyle", "metni asagida",
           "asagidaki aciklama", "aciklama soyle"),
    "az": ("tam metni", "beyanatin metni", "muracietin metni", "metni teqdim edirik", "asagida teqdim",
           "metni beledir", "beyanati teqdim edir"),
}

# Words pointing at what follows: with one of them a cue sentence may end in a
# full stop ("The full text of the statement is below.").
CUE_POINTERS: dict[str, tuple[str, ...]] = {
    "en": ("below", "as follows", "follows"),
    "fr": ("ci-dessous", "ci-apres", "suivant", "suivante"),
    "de": ("nachfolgend", "im folgenden", "folgt", "unten"),
    "es": ("a continuacion", "abajo", "siguiente"),
    "it": ("di seguito", "seguente", "qui sotto"),
    "pt": ("a seguir", "abaixo", "seguinte"),
    "nl": ("hieronder", "volgt"),
    "pl": ("ponizej",),
    "ru": ("ниже", "следующ"),
    "uk": ("нижче",),
    "tr": ("asagida", "asagidaki"),
    "az": ("asagida", "asagidaki"),
}

# Line prefixes that mark chrome whatever follows ("Tags: …", "© 2024 …"), by kind.
CHROME_PREFIXES: dict[str, dict[str, tuple[str, ...]]] = {
    "tags": {
        "en": ("tags:", "tags :", "tagged:", "topics:", "keywords:"),
        "fr": ("mots-cles:", "mots cles:", "tags :"),
        "de": ("schlagworte:", "schlagworter:", "stichworte:"),
        "es": ("etiquetas:",),
        "pt": ("tags:", "etiquetas:"),
        "ru": ("теги:", "метки:", "ключевые слова:"),
        "tr": ("etiketler:",),
        "az": ("teqler:", "etiketler:"),
        # a page's topic or tag line above or below the article ("Topic: …"), in more languages
        "*": ("topic:", "themen:", "argomenti:", "tagi:", "stitky:", "klicova slova:", "cimkek:", "trefwoorden:",
              "taggar:", "avainsanat:", "ετικετες:", "الوسوم:", "كلمات مفتاحية:", "мітки:", "ключові слова:", "etichete:",
              "oznake:", "етикети:", "tagit:", "emneord:",
              # a blog's tag or category archive over the posts it lists ("Posts Tagged 'strike'")
              "posts tagged", "articles tagged", "tag archives:", "archive for the", "category archives:",
              "articoli con tag", "articoli taggati", "archivio tag", "beitrage mit dem schlagwort", "beitrage mit schlagwort",
              "articles avec l'etiquette", "archives de l'etiquette", "archivo de la etiqueta", "entradas etiquetadas",
              "posts com a tag", "arquivo da tag", "записи с меткой", "записи с тегом", "wpisy z tagiem", "berichten met tag",
              "etiketine sahip",
              # a site's bar of the day's topics over the article ("Trending: Election 2024 | Weather | Traffic")
              "trending:", "trending now:", "hot topics:", "en ce moment:", "en ce moment :", "a la une:", "a la une :",
              "im fokus:", "top-themen:",
              "tendencias:", "em alta:", "in evidenza:", "в тренде:", "gundem:", "popularne:"),
    },
    "related": {
        # (and a short line alone: "More from Local News", "Mehr aus dem Ressort", a list of other pages under it)
        "en": ("read more:", "see also:", "related:", "read also:", "more from "),
        "fr": ("lire aussi:", "lire aussi :", "a lire aussi:", "voir aussi:"),
        "de": ("lesen sie auch:", "mehr zum thema:", "mehr aus "),
        "es": ("lea tambien:", "lee tambien:"),
        "pt": ("leia tambem:", "veja tambem:"),
        "ru": ("читайте также:", "по теме:"),
        "tr": ("ayrica okuyun:",),
        "az": ("hemcinin oxuyun:",),
    },
    "share": {"*": ("share:", "share on", "follow us on", "partager:", "suivez-nous", "teilen:", "folgen sie uns",
                    "compartir:", "siguenos", "поделиться:", "подписывайтесь на нас", "bizi takip edin")},
    "subscribe": {
        "en": ("sign up for", "subscribe to", "click here to subscribe", "get our newsletter"),
        "fr": ("abonnez-vous a", "inscrivez-vous a"),
        "de": ("abonnieren sie", "melden sie sich"),
        "ru": ("подпишитесь на", "подписка на ", "оформите подписку", "оформить подписку"),
        # a paper's subscription offer over the article ("Передплата 2024 «…»")
        "uk": ("підпишіться на", "передплата ", "передплатіть", "оформіть передплату"),
        "es": ("suscribete a",), "pt": ("assine o ", "assine a "), "it": ("abbonati a", "abbonati "), "tr": ("abone olun",),
    },
    # A contact block's heading ("Media Contact:", "Pressekontakt:"); the lines under it go with it.
    "contact": {
        "en": ("media contact:", "media contacts:", "press contact:", "press contacts:", "media inquiries:",
               "media enquiries:", "press enquiries:", "press inquiries:",
               "for media inquiries", "for more information, contact", "for further information, contact",
               "contact:", "contacts:", "media contact", "press contact"),
        "fr": ("contact presse:", "contacts presse:", "contact medias:", "contact:", "pour plus d'informations, contacter",
               "pour plus d'informations, contactez"),
        "de": ("pressekontakt:", "pressekontakt", "kontakt:", "ansprechpartner:", "medienkontakt:",
               "fur weitere informationen wenden sie sich an", "weitere informationen:"),
        "es": ("contacto de prensa:", "contacto para medios:", "contacto:", "para mas informacion, contactar",
               "para mas informacion, contacte"),
        "pt": ("contato para imprensa:", "contato:", "contacto:"),
        "it": ("contatti stampa:", "ufficio stampa:", "contatti:"),
        "ru": ("контакты для сми:", "пресс-служба:", "контакты:"),
        "uk": ("контакти для змі:", "прес-служба:", "контакти:"),
        "tr": ("iletisim:", "basin iletisim:", "bilgi icin:"),
        "az": ("elaqe:", "elaqe ucun:"),
        "pl": ("kontakt dla mediow:", "kontakt prasowy:", "kontakt:"),
        "cs": ("kontakt pro media:", "kontakt:"),
        "ro": ("contact presa:", "contact:"),
        "nl": ("perscontact:", "contact:", "voor meer informatie, neem contact op met", "voor meer informatie:"),
        "sv": ("presskontakt:", "kontakt:", "for mer information, kontakta", "for mer information:", "for ytterligare information"),
        "hu": ("sajtokapcsolat:", "kapcsolat:"),
        "el": ("επικοινωνια:",),
        "ar": ("للتواصل:", "للاتصال:"),
        "id": ("narahubung:", "kontak:"),
        "vi": ("lien he:",),
        "hi": ("संपर्क:",),
    },
    # A blog's comment form says under its heading that the address is not shown ("Your email address will not be
    # published. Required fields are marked *"), in the words of its theme's translations: a sentence, read
    # whatever follows it, as a prefix with a colon is.
    "comments": {"*": (
        "your email address will not be published.", "je e-mailadres wordt niet gepubliceerd.",
        "uw e-mailadres wordt niet gepubliceerd.", "deine e-mail-adresse wird nicht veroffentlicht.",
        "ihre e-mail-adresse wird nicht veroffentlicht.", "votre adresse e-mail ne sera pas publiee.",
        "votre adresse de messagerie ne sera pas publiee.", "tu direccion de correo electronico no sera publicada.",
        "il tuo indirizzo email non sara pubblicato.", "o seu endereco de email nao sera publicado.",
        "o seu endereco de e-mail nao sera publicado.", "seu endereco de e-mail nao sera publicado.",
        "twoj adres e-mail nie zostanie opublikowany.", "e-posta adresiniz yayinlanmayacak.",
        "e-posta hesabiniz yayimlanmayacak.", "ваш адрес email не будет опубликован.",
        "ваша адреса електронної пошти не буде опублікована.", "din e-postadress kommer inte publiceras.",
        "din e-mailadresse vil ikke blive publiceret.", "vase e-mailova adresa nebude zverejnena.",
        "adresa ta de email nu va fi publicata.",
    )},
    "call-to-action": {
        "en": ("add your name:", "sign the letter:", "sign the petition:", "click here to sign"),
        "fr": ("ajoutez votre nom:", "signez la lettre:"),
        "de": ("unterschreiben sie hier:", "jetzt unterschreiben:"),
    },
    "site-chrome": {"*": ("source:", "photo:", "фото:", "foto:", "image:", "credit:", "quelle:", "photo credit",
                          # the source a reprinted text closes with ("Источник: http://…", "Sursa: „Dreptatea”, …")
                          "источник:", "джерело:", "sursa:", "fuente:", "fonte:", "kaynak:", "menbe:", "zrodlo:",
                          "zdroj:", "forras:", "kalla:", "kilde:", "lahde:", "izvor:", "извор:", "πηγη:", "المصدر:",
                          "منبع:", "sumber:", "nguon:",
                          "image credit", "click here", "also read:", "reading time:", "время чтения",
                          "temps de lecture", "lesezeit", "tiempo de lectura", "tempo de leitura", "tempo di lettura",
                          "czas czytania", "okuma suresi", "час читання", "leestijd",
                          # a printed or fetched copy's note, and the site's footer stamp: not the page's date
                          "printed from", "printed on", "gedruckt am", "imprime le", "impreso el", "accessed:",
                          "accessed on", "retrieved on", "abgerufen am", "consulte le", "page generated", "generated on",
                          "this page was last updated", "page last updated", "seite zuletzt aktualisiert",
                          "diese seite wurde zuletzt", "cette page a ete mise a jour", "esta pagina fue actualizada",
                          # the page's audio player ("Listen to this article • 5 min"); a ticker's label
                          # ("Breaking: …", "URGENTE: …") is no sign: a headline may carry it
                          "listen to this article", "artikel anhoren",
                          "ecouter cet article", "escuchar este articulo", "ouvir este artigo", "ascolta l'articolo",
                          "прослушать статью", "слушать статью", "posluchaj artykulu", "makaleyi dinle",
                          # a blog's archive page heading over the post: "Author archives: Jane Doe"
                          "author archives", "category archives", "tag archives", "archives de l'auteur", "archives de l’auteur",
                          "archives de categorie", "archivo del autor", "archivo de la categoria", "arquivo do autor",
                          "arquivos da categoria", "autorenarchiv", "archivio autore", "archivio categoria",
                          # a page's short link: "Short link: https://…", glued or not
                          "short link", "shortlink", "short url", "permalink", "kurzlink", "lien court",
                          "enlace corto", "link curto", "link breve", "короткая ссылка", "kisa link",
                          "qisa link", "الرابط المختصر", "رابط مختصر", "لینک کوتاه",
                          # an archive's note of the page's age: "This article is more than 5 years old"
                          "this article is more than", "this article is over", "este articulo tiene mas de",
                          "este artigo tem mais de", "cet article a plus de", "dieser artikel ist alter als",
                          "questo articolo ha piu di", "ten artykul ma ponad")},
}

# Headings of a press release's "About <org>" section: the heading and the prose under it are
# boilerplate ("About Acme Corp" / "Acme Corp is a …"), matched at the start of a short line.
ABOUT_HEADINGS: dict[str, tuple[str, ...]] = {
    "en": ("about ",),
    "fr": ("a propos de ", "a propos d'", "a propos du ", "a propos des "),
    "de": ("uber ",),
    "es": ("acerca de ", "sobre "),
    "pt": ("sobre ", "acerca de "),
    "it": ("chi e ", "informazioni su "),
    "nl": ("over ",),
    "ru": ("о компании", "об организации", "о нас", "справка о "),
}

# Wire markers written in capitals before the sender's name ("SOURCE Acme Corp"): matched as written.
WIRE_SOURCE_MARKERS: tuple[str, ...] = ("SOURCE", "QUELLE", "FUENTE", "FONTE", "ИСТОЧНИК")

# Names of the buttons of a share row ("Facebook Twitter LinkedIn Email"), folded.
SHARE_TARGETS: tuple[str, ...] = (
    "facebook", "twitter", "x", "linkedin", "email", "e-mail", "mail", "whatsapp", "telegram", "reddit",
    "pinterest", "print", "copy link", "vk", "vkontakte", "ok", "messenger", "threads", "bluesky", "mastodon",
    "xing", "tumblr", "google plus", "google+", "share", "tweet", "teilen", "partager", "compartir", "condividi", "поделиться",
    "youtube", "instagram", "вконтакте", "одноклассники", "фейсбук", "телеграм", "твиттер", "ютуб", "инстаграм",
)

# "All rights reserved" anywhere in a short line makes it a copyright line.
RIGHTS_RESERVED: dict[str, tuple[str, ...]] = {
    "en": ("all rights reserved",),
    "fr": ("tous droits reserves",),
    "de": ("alle rechte vorbehalten",),
    "es": ("todos los derechos reservados", "prohibida su reproduccion"),
    "pt": ("todos os direitos reservados",),
    "it": ("tutti i diritti riservati", "riproduzione riservata"),
    "ru": ("все права защищены",),
    "uk": ("усі права захищені", "всі права захищені"),
    "tr": ("tum haklari saklidir",),
    "az": ("butun huquqlar qorunur",),
}

# Words that make a line a cookie or consent notice when it also says "cookie".
COOKIE_WORDS: tuple[str, ...] = (
    "accept", "agree", "consent", "use cookies", "uses cookies", "policy", "utilise", "utilisons", "accepter",
    "verwendet", "verwenden", "akzeptieren", "zustimmen", "utiliza", "utilizamos", "aceptar", "aceitar",
    "использует", "используем", "принять", "kullan", "kabul", "istifade",
    "utilizza", "utilizziamo", "accetta", "consenso", "informativa", "uzywa", "akceptuj", "zgode", "gebruikt",
    "accepteren", "akkoord", "utilizeaza", "pouziva", "souhlas", "hasznal", "elfogad", "використовує", "прийняти",
)

# Autonyms that make up language switchers ("English  Español  Français").
LANGUAGE_NAMES: tuple[str, ...] = (
    "English", "Español", "Français", "Deutsch", "Italiano", "Português", "Русский", "Українська",
    "Türkçe", "Azərbaycan", "Azərbaycanca", "العربية", "中文", "日本語", "Nederlands", "Polski", "فارسی",
    "Ελληνικά", "Svenska", "Čeština", "Română", "Magyar", "ქართული", "Հայերեն", "Қазақша", "O'zbek",
    "Eng", "Рус", "Az", "En", "Fr", "De", "Es", "Ru", "Tr", "Ua", "Pt", "It", "pdf", "doc", "print",
    "version", "Azeri", "AZ", "EN", "RU",
)

# Conjunctions that may follow the separator at the end of a list item
# ("the courts; and", "les tribunaux ; et"): dropped from the item text.
LIST_CONJUNCTIONS: dict[str, tuple[str, ...]] = {
    "en": ("and", "or", "and/or"),
    "fr": ("et", "ou"),
    "de": ("und", "oder", "sowie"),
    "es": ("y", "e", "o", "u"),
    "pt": ("e", "ou"),
    "it": ("e", "ed", "o"),
    "nl": ("en", "of"),
    "pl": ("i", "oraz", "lub"),
    "ru": ("и", "или", "а также"),
    "uk": ("і", "та", "або"),
    "tr": ("ve", "veya"),
    "az": ("və", "və ya"),
    "sv": ("och", "eller"),
}

# Letters that label list items, in order ("a) b) c)", "а) б) в)"), first match wins.
LIST_ALPHABETS: dict[str, str] = {
    "latin": "abcdefghijklmnopqrstuvwxyz",
    "ru": "абвгдежзиклмнопрстуфхцчшщэюя",
    "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщюя",
}


# Notes of a petition page about signing, not the statement's headline ("Sign the petition",
# "BİLDİRİYİ İMZALA", "Open for signing until …").  Folded; a short line holding one is chrome.
SIGNING_NOTES: tuple[str, ...] = (
    "sign the petition", "sign the letter", "sign now", "sign here", "add your name", "open for signing",
    "signer la petition", "signez", "je signe", "jetzt unterzeichnen", "jetzt unterschreiben", "unterschreiben sie",
    "firma la peticion", "firma aqui", "firmar", "assine a peticao", "assine aqui", "firma la petizione",
    "podpisz", "подписать", "подпишите", "підписати", "imzala", "imza at", "teken de petitie", "skriv under",
)

# A site's account links above the headline ("Log in", "Forgot your password?", "Not a member yet? Register
# now"): a short line holding one is chrome.  Imperatives and fixed phrases only ("Registration opens …" may be news).
ACCOUNT_NOTES: dict[str, tuple[str, ...]] = {
    "en": ("log in", "sign in", "register now", "forgot your password", "forgot password", "create an account",
           "not a member yet", "not registered yet", "become a member"),
    "ru": ("войти", "зарегистрироваться", "зарегистрируйтесь", "забыли пароль", "личный кабинет"),
    "uk": ("увійти", "зареєструватися", "зареєструйтесь", "забули пароль", "особистий кабінет"),
    "de": ("einloggen", "jetzt registrieren", "passwort vergessen", "konto erstellen", "mitglied werden"),
    "fr": ("se connecter", "s'inscrire", "inscrivez-vous", "mot de passe oublie", "creer un compte", "devenir membre"),
    "es": ("iniciar sesion", "registrarse", "registrate", "olvidaste tu contrasena", "crear una cuenta", "hazte socio"),
    "it": ("registrati", "password dimenticata", "crea un account", "diventa socio"),
    "pt": ("cadastre-se", "registre-se", "esqueceu a senha", "esqueceu sua senha", "criar conta", "associe-se"),
    "tr": ("giris yap", "uye ol", "kayit ol", "sifremi unuttum", "hesap olustur"),
    "pl": ("zaloguj sie", "zarejestruj sie", "nie pamietasz hasla", "zaloz konto", "zostan czlonkiem"),
    "az": ("daxil ol", "qeydiyyatdan kec", "sifreni unutmusunuz"),
    "ro": ("conecteaza-te", "inregistreaza-te", "ai uitat parola", "creeaza cont"),
    "ar": ("تسجيل الدخول", "إنشاء حساب", "نسيت كلمة المرور"),
    "is": ("innskraning", "nyskraning", "gleymt lykilord"),
}

# Openings of a photo credit under a picture's caption ("Foto: Kari Lunde / Weekly News", "Photo by …").
# Folded; followed by a colon, "by" or "©".  The caption above it is no body text.
PHOTO_CREDITS: tuple[str, ...] = (
    "photo", "photos", "photograph", "photo credit", "image", "picture", "foto", "fotos", "fotografia", "bild",
    "kuva", "zdjecie", "fotografie", "imagen", "фото", "фотография", "світлина", "fotograf", "صورة", "mynd",
    # the picture's source: "Bildquelle: …", "Source de l'image : …", "Fonte da imagem: …"
    "bildquelle", "fotoquelle", "image source", "source de l'image", "fuente de la imagen", "fonte da imagem",
    "fonte dell'immagine", "источник фото", "джерело фото", "zrodlo zdjecia", "foto kaynagi",
)

# Keys of metadata lines a scrape leaves above the text ("date 2017-02", "Author: …"); folded; then a colon or a figure.
METADATA_KEYS: tuple[str, ...] = (
    "date", "author", "source", "url", "category", "section", "posted", "published", "updated", "lang", "language",
    "tags", "dział", "rubryka", "kategoria", "tagi", "rubrique", "catégorie", "rubrik", "kategorie", "ressort", "sección",
    "categoría", "sezione", "categoria", "rubrica", "secção", "seção", "рубрика", "категория", "раздел", "теги",
    "категорія", "розділ", "kategori", "bölüm", "etiketler", "kateqoriya", "bölmə", "rubrika", "kategória", "rovat",
    "κατηγορία", "ενότητα", "categorie", "rubriek", "luokka", "osasto",  # a section named with a colon: "Dział: Opinie"
)

