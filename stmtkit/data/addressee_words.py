"""How a letter addresses its reader: the lines that open with an addressee or a salutation, by language."""

from __future__ import annotations

# What opens a letter's addressee or salutation line ("To: the Mayor", "Dear colleagues,",
# "Exmo. Senhor Vereador", "Уважаемые члены РАН!"): such a line is never the headline.
# Folded; matched at the start of the line, followed by a non-letter.  Only the document's
# language's row and "*" are asked when the language is known ("Do:" opens a Polish address).
# Words that also open headlines ("Caro" is "dear" and "expensive") are left out: a salutation
# ends with a comma or "!", which counts against a headline anyway.
ADDRESSEE_CUES: dict[str, tuple[str, ...]] = {
    "*": ("to:", "attn:", "cc:"),
    "en": ("dear", "for the attention of", "attention:", "to the honourable", "to the honorable", "his excellency", "her excellency", "h.e."),
    "fr": ("mesdames", "messieurs", "a l'attention", "a l'intention", "monsieur le", "madame la", "madame le", "monsieur l'",
           "madame l'"),
    "de": ("sehr geehrte", "sehr geehrter", "an:", "z. hd.", "zu handen"),
    "es": ("estimado", "estimada", "estimados", "estimadas", "excelentisimo", "excelentisima", "excmo", "excma",
           "a la atencion", "para:", "al sr", "al senor", "a la sra", "a la senora", "a los senores", "al excmo", "a la excma"),
    "pt": ("a atencao de", "exmo", "exma", "exmos", "exmas", "excelentissimo", "excelentissima", "prezado", "prezada", "prezados", "prezadas",
           "ilmo", "ilma", "a/c", "para:", "ao sr", "ao senhor", "aos senhores", "ao exmo", "ao ilmo"),
    "it": ("alla cortese attenzione", "egregio", "egregia", "gentili", "spettabile", "all'attenzione", "illustrissimo", "alla c.a.",
           "al sig", "al signor", "alla sig", "alla signora", "all'egregio", "al gentile", "alla gentile"),
    "nl": ("geachte", "aan:", "ter attentie van", "t.a.v."),
    "pl": ("szanowny", "szanowna", "szanowni", "wielce szanowny", "do:", "do rak"),
    "cs": ("vazeny", "vazena", "vazeni", "komu:", "k rukam"),
    "ro": ("stimate", "stimata", "stimati", "catre:", "domnului", "doamnei", "domnilor", "doamnelor", "in atentia"),
    "ru": ("вниманию", "президенту", "председателю", "министру", "губернатору", "мэру", "генеральному прокурору",
           "уважаемый", "уважаемая", "уважаемые", "глубокоуважаемый", "глубокоуважаемые", "кому:",
           # the dative of a letter's address: "Уважаемому Ивану Петровичу", "Глубокоуважаемой Анне Сергеевне"
           "уважаемому", "уважаемой", "глубокоуважаемому", "глубокоуважаемой"),
    "uk": ("до уваги", "президенту", "голові", "міністру", "прем'єр-міністру", "генеральному прокурору",
           "шановний", "шановна", "шановні", "вельмишановний", "вельмишановна", "вельмишановні", "кому:",
           "шановному", "шановній", "вельмишановному", "вельмишановній"),
    "sr": ("postovani", "postovana", "postovane", "поштовани", "поштована"),
    "hr": ("postovani", "postovana", "postovane"),
    "tr": ("sayin", "kime:"),
    "az": ("hormetli",),
    "sk": ("vazeny", "vazena", "vazeni", "komu:", "k rukam"), "sl": ("spostovani", "spostovana"),
    "bs": ("postovani", "postovana", "postovane"), "bg": ("уважаеми", "уважаема", "до:"),
    "mk": ("почитувани", "почитуван", "почитувана", "до:"), "hu": ("tisztelt", "cimzett:"),
    "el": ("αξιοτιμε", "αξιοτιμη", "αξιοτιμοι", "αξιοτιμες", "αγαπητε", "αγαπητη", "αγαπητοι", "αγαπητες"),
    "fi": ("arvoisa", "arvoisat", "vastaanottaja:"), "et": ("lugupeetud", "austatud"), "da": ("kaere", "til:"), "no": ("kjaere", "til:"), "sv": ("till:",),
    "lv": ("cienijamais", "cienijama", "cienijamie", "godajamais", "godajama"),
    "lt": ("gerbiamas", "gerbiama", "gerbiami", "gerbiamieji"),
    "is": ("kaeri", "kaera", "agaeti", "agaeta"), "ca": ("benvolgut", "benvolguda", "benvolguts", "benvolgudes"),
    "gl": ("estimado", "estimada", "estimados", "estimadas"), "sq": ("i nderuar", "e nderuar", "te nderuar"),
    "he": ("לכבוד", "אל:"), "ar": ("حضرة", "إلى:"), "fa": ("جناب", "حضور محترم", "به:"),
    "hi": ("आदरणीय", "सेवा में"), "bn": ("শ্রদ্ধেয়", "বরাবর"),
    "ka": ("ბატონო", "ქალბატონო", "პატივცემულო"),
    "hy": ("հարգելի",), "kk": ("құрметті",), "uz": ("hurmatli",), "vi": ("kinh gui", "kinh thua"),
    "id": ("yth", "kepada yth", "kepada yang terhormat", "yang terhormat", "kepada:"),
    "ms": ("yang dihormati", "kepada:"), "th": ("เรียน",), "ko": ("존경하는", "친애하는"),
    # scripts without spaces: the name follows with no space ("尊敬的市长：", "拝啓　市長様")
    "ja": ("拝啓", "前略", "謹啓"),
    "zh": ("尊敬的", "敬爱的", "敬愛的", "亲爱的", "親愛的"),
}

# Honorifics that close an addressee's line in Japanese ("<office> <name> 殿", "<company> 御中", "関係者各位").
ADDRESSEE_SUFFIXES: tuple[str, ...] = ("殿", "様", "御中", "各位")
# Salutations that open a letter in Chinese, glued to the name ("尊敬的<name>", "致<name>：").
ADDRESSEE_PREFIXES_CJK: tuple[str, ...] = ("尊敬的", "敬爱的", "亲爱的")

# How an addressee's line ends where the language marks the addressee with a case ending, folded: Turkish
# and Azerbaijani put an office in the dative ("İÇİŞLERİ BAKANLIĞINA", "BELEDİYE BAŞKANLIĞI’NA",
# "Nazirliyinə"), the possessive "-lığı" / "-liyi" of the office then "-na" / "-nə".  Asked of a short line.
ADDRESSEE_ENDINGS: dict[str, tuple[str, ...]] = {
    "tr": ("ligina", "ligine", "luguna", "lugune", "ligi'na", "ligi'ne", "lugu'na", "lugu'ne",
           "ligi’na", "ligi’ne", "lugu’na", "lugu’ne"),
    "az": ("liyina", "liyine", "luguna", "lugune"),
}

# Salutation words that also open headlines ("Дорогие квартиры подешевели", "Liebe in Zeiten …", "Caro
# petrolio"): a salutation only with its shape, a few words closed by "," or "!" ("Дорогие коллеги!",
# "Liebe Kolleginnen und Kollegen,").  Folded.
SALUTATION_WORDS: dict[str, tuple[str, ...]] = {
    # (folded as fold_words gives them: "уважаемый" is "уважаемыи"; the datives open a letter's address)
    "ru": ("дорогие", "дорогой", "дорогая", "друзья", "коллеги", "уважаемыи", "уважаемая", "уважаемые", "глубокоуважаемыи",
           "глубокоуважаемая", "глубокоуважаемые", "уважаемому", "уважаемои", "глубокоуважаемому", "глубокоуважаемои"),
    "uk": ("дорогі", "любі", "друзі", "колеги", "шановнии", "шановна", "шановні", "вельмишановнии", "вельмишановна",
           "вельмишановні", "шановному", "шановніи", "вельмишановному", "вельмишановніи"),
    "de": ("liebe", "lieber", "hallo", "sehr"),
    "fr": ("cher", "chere", "chers", "cheres", "bonjour"),
    "es": ("querido", "querida", "queridos", "queridas", "hola", "estimado", "estimada", "estimados", "estimadas"),
    "pt": ("caro", "cara", "caros", "caras", "querido", "querida", "queridos", "queridas", "ola", "prezado", "prezada",
           "prezados", "prezadas"),
    "it": ("caro", "cara", "cari", "care", "ciao", "gentile", "gentili", "egregio", "egregia"),
    "pl": ("drogi", "droga", "drodzy", "drogie", "szanowny", "szanowna", "szanowni", "szanowne"),
    "tr": ("sevgili", "degerli"),
    "az": ("ezizim", "eziz", "deyerli"),
    "ro": ("dragi", "draga", "dragii", "stimate", "stimata", "stimati"),
    "nl": ("beste", "lieve", "hallo"),
    "en": ("hello", "hi", "friends", "dear"),
}

# A salutation by first name and patronymic alone ("Владимир Владимирович!", "Олено Петрівно,"): the patronymic's
# endings (folded; the Ukrainian vocative with its own).
PATRONYMIC_ENDINGS: dict[str, tuple[str, ...]] = {
    "ru": ("ович", "евич", "ьич", "овна", "евна", "ична", "инична"),
    "uk": ("ович", "йович", "овичу", "йовичу", "івна", "ївна", "івно", "ївно"),
    "be": ("авіч", "евіч", "аўна", "еўна"),
}
