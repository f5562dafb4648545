"""Data for the language stage's own small model: function words, marker letters, scripts.

Words are folded (lowercase, no diacritics: ``für`` → ``fur``, ``üçün`` →
``ucun``), since the text is folded before it is looked up; the letters that
folding removes are scored separately in MARKER_LETTERS.  Adding a language is
adding rows here.  Each list holds the most frequent function words of the
language (articles, pronouns, prepositions, conjunctions, auxiliaries), the
words that appear in any statement whatever its subject.
"""

from __future__ import annotations

STOPWORDS: dict[str, tuple[str, ...]] = {
    "en": ("the", "and", "of", "to", "in", "is", "that", "for", "with", "on", "are", "this", "we", "by",
           "be", "as", "our", "it", "from", "have", "not", "which", "was", "has", "an", "at", "their",
           "who", "will", "would", "they", "but", "or", "all", "been", "were", "its", "these", "those",
           "should", "can", "must", "us", "you", "your", "other", "what", "about", "into", "than", "also",
           "there", "them", "any", "more", "such", "do", "does", "his", "her", "against", "over", "under",
           "above", "below", "here", "while", "because", "through", "between", "after", "before", "only"),
    "fr": ("le", "la", "les", "de", "des", "et", "en", "du", "un", "une", "est", "que", "qui", "dans",
           "pour", "sur", "par", "au", "aux", "nous", "ne", "pas", "ces", "sont", "cette", "avec", "l", "d",
           "il", "elle", "ils", "leur", "leurs", "notre", "nos", "vous", "votre", "ce", "se", "sa", "son",
           "ses", "mais", "ou", "comme", "plus", "tout", "tous", "toutes", "aussi", "entre", "contre", "sans",
           "ont", "etre", "fait", "qu", "n", "s", "c", "j", "dont", "cet", "apres", "avant", "depuis"),
    "de": ("der", "die", "das", "und", "in", "den", "von", "zu", "mit", "sich", "des", "auf", "fur", "ist",
           "im", "dem", "nicht", "ein", "eine", "als", "auch", "es", "an", "wir", "uns", "sind", "unserer",
           "werden", "wird", "wurde", "bei", "aus", "nach", "oder", "aber", "vor", "zur", "zum", "uber",
           "einer", "eines", "einem", "einen", "dass", "diese", "dieser", "dieses", "sie", "ihre", "ihr",
           "unsere", "unser", "haben", "hat", "kann", "mussen", "noch", "nur", "gegen", "sowie", "durch"),
    "es": ("el", "la", "de", "que", "y", "en", "los", "del", "se", "las", "por", "un", "para", "con", "no",
           "una", "su", "al", "es", "lo", "como", "mas", "pero", "sus", "le", "ha", "han", "sera", "este",
           "esta", "estos", "esto", "nuestro", "nuestra", "nosotros", "son", "fue", "sin", "sobre", "entre",
           "tambien", "ya", "muy", "hay", "todos", "todo", "desde", "cuando", "porque", "contra", "donde"),
    "pt": ("o", "a", "de", "que", "e", "do", "da", "em", "um", "para", "com", "nao", "uma", "os", "no",
           "se", "na", "por", "mais", "as", "dos", "das", "ao", "como", "sua", "seu", "sobre", "nos",
           "foi", "sao", "esta", "este", "essa", "esse", "isso", "tambem", "pelo", "pela", "pelos", "pelas",
           "aos", "nossa", "nosso", "entre", "ja", "muito", "ser", "tem", "sem", "quando", "ou", "contra"),
    "it": ("il", "di", "che", "e", "la", "per", "in", "un", "del", "non", "della", "sono", "una", "con",
           "le", "dei", "gli", "alla", "nel", "si", "anche", "questo", "come", "ha", "delle", "lo", "al",
           "da", "ma", "piu", "nella", "degli", "questa", "essere", "stato", "tra", "noi", "nostro", "nostra",
           "loro", "sul", "sulla", "ai", "dal", "dalla", "perche", "ogni", "tutti", "gia", "contro", "ed"),
    "nl": ("de", "het", "een", "en", "van", "in", "is", "dat", "op", "te", "zijn", "voor", "met", "niet",
           "die", "aan", "er", "ook", "om", "wij", "we", "bij", "door", "worden", "wordt", "naar", "uit",
           "maar", "als", "dit", "deze", "onze", "ons", "hun", "zij", "heeft", "hebben", "werd", "tegen",
           "over", "nog", "al", "kan", "moet", "tot", "dan", "geen", "veel"),
    "sv": ("och", "att", "det", "som", "en", "i", "pa", "ar", "av", "for", "med", "till", "den", "har",
           "inte", "om", "ett", "vi", "var", "men", "de", "sig", "ocksa", "fran", "eller", "efter", "vara",
           "detta", "dessa", "kan", "skall", "ska", "mot", "alla", "sina", "sin", "hade", "blir", "vid",
           "nar", "under", "mellan", "vara", "oss"),
    "da": ("og", "at", "det", "i", "en", "til", "er", "som", "pa", "de", "med", "af", "for", "ikke", "der",
           "vi", "har", "et", "den", "fra", "men", "var", "vil", "kan", "skal", "ogsa", "efter", "eller",
           "denne", "dette", "disse", "os", "vores", "deres", "blev", "bliver", "mod", "over", "hvor", "nar"),
    "no": ("og", "i", "det", "som", "pa", "er", "til", "en", "av", "for", "med", "at", "ikke", "har", "de",
           "vi", "et", "den", "seg", "fra", "men", "var", "vil", "kan", "skal", "ogsa", "etter", "eller",
           "denne", "dette", "disse", "oss", "var", "deres", "ble", "blir", "mot", "over", "hvor", "nar"),
    "pl": ("i", "w", "na", "nie", "z", "sie", "do", "to", "ze", "jest", "o", "jak", "przez", "dla", "oraz",
           "by", "od", "za", "ich", "sa", "tym", "jego", "sie", "ktore", "ktory", "ktora", "tak", "ale",
           "po", "czy", "juz", "tego", "jej", "tylko", "przy", "lub", "jako", "bardzo", "takze", "wszystkich",
           "naszej", "nasze", "nas", "my", "byc", "byl", "bylo", "jednak", "wobec", "przeciwko"),
    "cs": ("a", "v", "se", "na", "je", "ze", "s", "z", "do", "to", "k", "o", "pro", "jako", "ale", "by",
           "jsou", "byl", "tak", "jeho", "ktere", "ktery", "ktera", "take", "jsme", "ne", "nebo", "jeji",
           "jejich", "po", "pri", "uz", "jen", "podle", "mezi", "proti", "byla", "bylo", "tento", "tato",
           "toto", "nas", "nase", "my", "bude", "budou", "kde", "kdyz", "pouze"),
    "sk": ("a", "v", "sa", "na", "je", "ze", "s", "z", "do", "to", "k", "o", "pre", "ako", "ale", "by",
           "su", "bol", "tak", "jeho", "ktore", "ktory", "ktora", "tiez", "sme", "alebo", "jej", "ich", "po",
           "pri", "uz", "len", "podla", "medzi", "proti", "bola", "bolo", "tento", "tato", "toto", "nas",
           "nase", "my", "bude", "budu", "kde", "ked", "iba", "vsetky"),
    "sl": ("in", "je", "v", "na", "se", "za", "da", "so", "z", "ki", "pa", "ne", "bo", "tudi", "po", "od",
           "ali", "kot", "pri", "do", "smo", "ter", "bi", "ta", "to", "so", "jih", "njihove", "nas", "mi",
           "vse", "vsi", "biti", "bil", "bila", "lahko", "kar", "zato", "proti"),
    "hr": ("i", "u", "je", "na", "se", "za", "da", "su", "od", "s", "sa", "koji", "koja", "koje", "ne",
           "a", "o", "iz", "kao", "te", "ili", "bi", "sto", "smo", "biti", "bio", "bila", "ali", "po",
           "do", "kako", "ove", "ovaj", "ova", "ovo", "nas", "mi", "vec", "prema", "protiv", "svih", "sve"),
    "ro": ("si", "de", "in", "la", "a", "cu", "care", "nu", "pe", "o", "un", "din", "pentru", "este", "sa",
           "mai", "se", "ca", "au", "fost", "sunt", "ale", "al", "lui", "ei", "acest", "aceasta", "aceste",
           "noi", "nostru", "noastra", "prin", "sau", "dar", "fi", "fie", "iar", "dupa", "impotriva", "despre",
           "catre", "cum", "toate", "toti", "unei", "unui"),
    "ca": ("el", "la", "de", "i", "que", "a", "en", "els", "les", "del", "per", "amb", "es", "un", "una",
           "no", "al", "dels", "als", "com", "mes", "pero", "ha", "han", "seva", "seu", "seus", "aquest",
           "aquesta", "aquests", "nosaltres", "nostre", "nostra", "son", "va", "ser", "sobre", "entre", "tambe",
           "tots", "totes", "contra", "perque", "des", "hi", "ho", "li"),
    "tr": ("ve", "bir", "bu", "da", "de", "icin", "ile", "olarak", "olan", "gibi", "daha", "cok", "en",
           "ki", "ne", "her", "tarafindan", "uzere", "kadar", "sonra", "biz", "bilgi", "icinde", "ama",
           "ancak", "ya", "veya", "olan", "oldugu", "olmasi", "bunun", "bunlar", "sonra", "once", "karsi",
           "tum", "butun", "hem", "ise", "olarak", "edilen", "yapilan", "olduk", "ediyoruz", "bizim",
           "sizin", "onlarin", "degil", "mi", "mu", "sadece", "bile", "kendi", "tarafindan"),
    "az": ("ve", "bu", "bir", "ile", "ucun", "da", "de", "ki", "olan", "olub", "edib", "bildirib", "cox",
           "her", "biz", "onun", "olaraq", "kimi", "uzre", "tereffinden", "edilmesi", "olunmasi", "deyil",
           "amma", "lakin", "ve", "yaxud", "hem", "ise", "bizim", "sizin", "onlarin", "sonra", "evvel",
           "qarsi", "butun", "artiq", "hele", "bele", "hansi", "nece", "olunub", "edilib", "qeyd", "edek",
           "etmek", "olmaq", "uzerinde", "arasinda", "haqqinda", "gore", "meqsedile"),
    "uz": ("va", "bu", "bir", "bilan", "uchun", "ham", "esa", "deb", "qilish", "qilgan", "bo'lgan", "edi",
           "emas", "yoki", "lekin", "biz", "ular", "uning", "hamda", "kabi", "haqida", "orqali", "tomonidan",
           "yil", "yilda", "shu", "boshqa", "barcha"),
    "id": ("yang", "dan", "di", "ini", "itu", "dengan", "untuk", "tidak", "dari", "dalam", "akan", "pada",
           "juga", "kami", "ke", "ada", "oleh", "sebagai", "atau", "bahwa", "telah", "mereka", "kita", "bagi",
           "para", "tersebut", "dapat", "karena", "serta", "lebih", "sudah", "hanya", "antara", "terhadap"),
    "hu": ("a", "az", "es", "hogy", "nem", "is", "egy", "meg", "de", "csak", "mar", "mint", "van", "el",
           "vagy", "ez", "azt", "ezt", "kell", "volt", "lesz", "mi", "mert", "minden", "sem", "ha", "pedig",
           "altal", "szerint", "ellen", "kozott", "utan", "elott", "vagyunk", "aki", "ami", "amely", "ezert"),
    "fi": ("ja", "on", "ei", "se", "etta", "ovat", "oli", "kuin", "mutta", "myos", "han", "me", "ne",
           "olla", "ole", "tai", "kun", "joka", "jotka", "mita", "sen", "niiden", "sita", "tama", "nama",
           "jo", "vain", "kanssa", "mukaan", "vastaan", "jalkeen", "ennen", "kaikki", "meidan", "olemme"),
    "et": ("ja", "on", "ei", "et", "see", "oli", "ka", "kui", "aga", "mis", "ta", "nad", "me", "oma",
           "selle", "need", "ning", "voi", "kes", "kuid", "veel", "koik", "vastu", "parast", "enne", "ole",
           "oleme", "meie", "nende", "siis", "ainult", "kuni", "seda", "sest"),
    "lt": ("ir", "i", "kad", "su", "yra", "bet", "ar", "kaip", "tai", "jo", "jos", "buvo", "nuo", "del",
           "per", "apie", "mes", "mus", "musu", "jie", "ju", "taip", "tik", "dar", "prie", "po", "iki",
           "kuris", "kuri", "kurie", "bus", "gali", "turi", "pries", "tarp", "visi"),
    "lv": ("un", "ir", "ka", "ar", "uz", "par", "no", "bet", "ari", "vai", "kas", "to", "tas", "ta", "pie",
           "ja", "lai", "mes", "musu", "vini", "vinu", "bija", "tiek", "tika", "pec", "pret", "starp", "tikai",
           "vel", "jau", "visi", "kur", "kad", "saja", "sis"),
    "sq": ("dhe", "te", "ne", "e", "i", "per", "me", "nga", "se", "qe", "nje", "eshte", "jane", "si",
           "por", "ose", "ka", "kane", "u", "do", "nuk", "kjo", "ky", "keto", "ata", "ne", "tone", "tij",
           "saj", "tyre", "mbi", "kunder", "pas", "para", "gjithe"),
    "vi": ("va", "cua", "la", "cac", "nhung", "duoc", "trong", "cho", "voi", "nay", "khong", "mot", "co",
           "nguoi", "da", "se", "de", "tai", "theo", "cung", "chung", "toi", "ve", "khi", "nhu", "tu",
           "nhieu", "hon", "rat", "boi", "do", "cho", "ma"),
    "tl": ("ang", "ng", "mga", "sa", "na", "at", "ay", "para", "ito", "hindi", "siya", "kami", "namin",
           "natin", "ating", "ni", "kay", "nang", "may", "mula", "laban", "lahat", "din", "rin", "pa",
           "aming", "kanilang", "nila", "niya", "nito", "upang", "kung", "dahil", "bilang", "tulad", "ngunit",
           "subalit", "lamang", "po", "sila", "tayo", "kayo", "ako", "isang", "bawat", "tungkol", "hanggang",
           "ngayon", "dito", "doon", "iyon", "pamamagitan", "sapagkat"),
    "sw": ("na", "ya", "wa", "kwa", "za", "katika", "ni", "kwamba", "hii", "huo", "sisi", "wao", "pia",
           "hata", "lakini", "kama", "bila", "dhidi", "zote", "wote", "kuwa", "hili", "hiyo"),
    "eu": ("eta", "da", "ez", "bat", "du", "dute", "ere", "baina", "gure", "dira", "zen", "izan", "bere",
           "hau", "hori", "beste", "edo", "gabe", "aurka", "guztiak", "egin"),
    # Welsh: its own function words (the one-letter ones, shared with Spanish and Portuguese, left out).
    "cy": ("yr", "yn", "mae", "ac", "gan", "ei", "eu", "ein", "hyn", "hynny", "sy", "sydd", "fel", "wedi",
           "bod", "ond", "neu", "gyda", "mewn", "dros", "drwy", "nid", "oes", "pan", "pob", "rhai", "hefyd",
           "iawn", "fod", "ydy", "yw", "roedd", "cael", "nhw", "ddim", "gyfer", "yng", "ym", "ni", "chi"),
    # Afrikaans shares most of Dutch's words; "die" (the), "nie", "vir", "hulle", "hierdie" tell it.
    "af": ("die", "en", "van", "het", "is", "nie", "vir", "ons", "hulle", "wat", "hy", "sy", "dat", "om",
           "te", "aan", "met", "op", "in", "ook", "sal", "word", "was", "deur", "hierdie", "baie", "julle",
           "ek", "jy", "teen", "sonder", "na", "by", "uit", "maar", "kan", "moet", "se", "wees", "gewees"),
    # Galician shares most of Portuguese's and Spanish's; "unha", "non", "xa", "coa", "pola" tell it
    # (and the reintegrationist spellings "umha", "dumha", "nom").
    "gl": ("o", "a", "os", "as", "de", "do", "da", "dos", "das", "e", "que", "en", "no", "na", "nos", "nas",
           "un", "unha", "unhas", "umha", "dumha", "dun", "dunha", "nun", "nunha", "cun", "cunha", "non", "nom",
           "xa", "tamen", "moi", "co", "coa", "cos", "coas", "pola", "polo", "polas", "polos", "ao", "aos",
           "para", "por", "se", "como", "sen", "dende", "cando", "isto", "iso", "aqui", "onde", "entre"),
    "is": ("og", "ad", "i", "a", "er", "sem", "til", "vid", "ekki", "thad", "um", "med", "fyrir", "vid",
           "eru", "var", "hefur", "okkar", "theirra", "gegn", "allra", "eda"),
    "ru": ("и", "в", "не", "на", "что", "с", "по", "к", "за", "из", "о", "от", "для", "как", "это", "мы",
           "его", "был", "также", "года", "все", "при", "или", "но", "так", "же", "бы", "только", "уже",
           "было", "были", "была", "этот", "эти", "этой", "этого", "нас", "наш", "наши", "нашей", "они",
           "их", "её", "ее", "который", "которые", "которая", "которых", "может", "против", "после",
           "чтобы", "если", "когда", "между", "более", "будет", "быть", "её", "своей", "своих", "свою"),
    "uk": ("i", "і", "й", "в", "у", "на", "що", "з", "не", "до", "та", "за", "як", "про", "це", "від", "ми",
           "для", "його", "також", "який", "яка", "які", "але", "або", "вже", "ще", "було", "були", "була",
           "буде", "бути", "цей", "ця", "ці", "нас", "наш", "наші", "нашої", "вони", "їх", "її", "може",
           "проти", "після", "щоб", "якщо", "коли", "між", "більш", "своєї", "тому", "тільки"),
    "be": ("і", "ў", "у", "на", "што", "з", "не", "да", "для", "як", "пра", "гэта", "ад", "мы", "яго",
           "таксама", "які", "якая", "але", "або", "ужо", "яшчэ", "было", "былі", "была", "будзе", "гэты",
           "гэтая", "нас", "наш", "яны", "іх", "яе", "супраць", "пасля", "каб", "калі", "паміж"),
    "bg": ("и", "в", "на", "не", "за", "от", "с", "да", "се", "че", "по", "е", "са", "това", "как", "ние",
           "който", "която", "които", "което", "но", "или", "към", "след", "преди", "като", "му", "им",
           "тя", "те", "той", "бъде", "беше", "бяха", "има", "няма", "вече", "още", "нашия", "нашата",
           "срещу", "между", "само", "тази", "този", "тези", "при", "до", "със"),
    "mk": ("и", "во", "на", "не", "за", "од", "со", "да", "се", "дека", "по", "е", "се", "ова", "како",
           "ние", "кој", "која", "кои", "што", "но", "или", "кон", "после", "пред", "му", "им", "таа", "тие",
           "тој", "биде", "беше", "беа", "има", "нема", "веќе", "уште", "нашата", "против", "меѓу", "само"),
    "sr": ("и", "у", "на", "је", "да", "се", "за", "не", "од", "са", "су", "што", "који", "која", "које",
           "као", "из", "о", "а", "или", "али", "би", "смо", "бити", "био", "била", "по", "до", "како",
           "ове", "овај", "ова", "ово", "нас", "ми", "већ", "према", "против", "свих", "све"),
    "kk": ("жане", "мен", "бул", "ушин", "деп", "да", "де", "бойынша", "жылы", "оның", "және", "бұл",
           "үшін", "бойынша", "туралы", "арқылы", "біз", "олар", "осы", "сол", "барлық", "болып", "болды",
           "емес", "тиіс", "керек", "қарсы", "кейін", "дейін", "арасында"),
    "ar": ("في", "من", "على", "إلى", "الى", "أن", "ان", "عن", "مع", "هذا", "هذه", "التي", "الذي", "كان",
           "لا", "ما", "و", "قد", "كل", "بين", "ذلك", "نحن", "أو", "حتى", "منذ", "ضد"),
    "fa": ("و", "در", "به", "از", "که", "این", "را", "با", "است", "برای", "آن", "می", "ما", "بر", "هم",
           "یک", "شده", "شد", "نیز", "تا", "اند", "هستند", "باید", "علیه"),
    "ur": ("اور", "کے", "کی", "میں", "ہے", "کو", "سے", "نے", "یہ", "کہ", "پر", "ہیں", "کا", "بھی", "ہم",
           "تھا", "گیا", "کیا", "لیے", "خلاف"),
}

# Languages that a script identifies on its own.  Shared scripts (Latin,
# Cyrillic, Arabic, Han) are decided by words and marker letters.
SCRIPTS: dict[str, str] = {
    "Georgian": "ka", "Armenian": "hy", "Greek": "el", "Hebrew": "he", "Thai": "th", "Hangul": "ko",
    "Hiragana": "ja", "Katakana": "ja", "Devanagari": "hi", "Bengali": "bn", "Tamil": "ta",
    "Ethiopic": "am", "Khmer": "km", "Lao": "lo", "Sinhala": "si", "Gujarati": "gu", "Gurmukhi": "pa",
    "Telugu": "te", "Kannada": "kn", "Malayalam": "ml", "Myanmar": "my", "Han": "zh",
}

# Letters Unicode files as lowercase in scripts whose running text has no capitals: Georgian
# Mkhedruli (its capitals, Mtavruli, are for all-caps display only). A headline in them opens in no case.
SENTENCE_CASELESS_RANGES: tuple[tuple[int, int], ...] = ((0x10D0, 0x10FF),)

# The script each word-list language is written in (others come from SCRIPTS).
LANGUAGE_SCRIPTS: dict[str, str] = {
    **{lang: "Latin" for lang in (
        "en", "fr", "de", "es", "pt", "it", "nl", "sv", "da", "no", "pl", "cs", "sk", "sl", "hr", "ro",
        "ca", "tr", "az", "uz", "id", "hu", "fi", "et", "lt", "lv", "sq", "vi", "tl", "sw", "eu", "is", "cy",
        "af", "gl")},
    **{lang: "Cyrillic" for lang in ("ru", "uk", "be", "bg", "mk", "sr", "kk")},
    **{lang: "Arabic" for lang in ("ar", "fa", "ur")},
}

# Letters that single out one language, or a few, among those sharing a
# script: letter → (languages, weight per occurrence).  Counted on the text
# before folding.  ``ə`` is the strongest: Azerbaijani writes it in nearly
# every sentence and Turkish never does, while ``ş ğ ı`` are shared by both.
MARKER_LETTERS: dict[str, tuple[tuple[str, ...], float]] = {
    "ə": (("az",), 3.0),
    "ğ": (("tr", "az"), 1.0), "ı": (("tr", "az"), 1.0), "ş": (("tr", "az", "ro"), 0.5),
    "ñ": (("es", "gl"), 2.0), "ß": (("de",), 2.0),
    "ł": (("pl",), 2.0), "ą": (("pl", "lt"), 2.0), "ę": (("pl", "lt"), 2.0), "ś": (("pl",), 1.5), "ź": (("pl",), 1.5),
    "ż": (("pl",), 1.5), "ń": (("pl",), 1.0),
    "ř": (("cs",), 2.0), "ů": (("cs",), 2.0), "ě": (("cs",), 2.0),
    "ľ": (("sk",), 2.0), "ĺ": (("sk",), 2.0), "ŕ": (("sk",), 2.0), "ô": (("sk", "fr", "pt", "vi"), 0.3),
    "ő": (("hu",), 2.0), "ű": (("hu",), 2.0),
    "ă": (("ro", "vi"), 1.5), "ț": (("ro",), 2.0), "ș": (("ro",), 2.0), "ţ": (("ro",), 1.5),
    "ã": (("pt", "vi"), 1.5), "õ": (("pt", "et", "vi"), 1.0),
    "ŵ": (("cy",), 3.0), "ŷ": (("cy",), 3.0),
    "þ": (("is",), 3.0), "ð": (("is",), 2.0),
    "ø": (("da", "no"), 2.0), "æ": (("da", "no"), 2.0), "å": (("sv", "da", "no"), 1.0),
    "ė": (("lt",), 2.0), "ų": (("lt",), 2.0), "į": (("lt",), 2.0), "ū": (("lt", "lv"), 1.0),
    "ā": (("lv",), 1.5), "ē": (("lv",), 1.5), "ī": (("lv",), 1.5), "ļ": (("lv",), 2.0), "ķ": (("lv",), 2.0),
    "ņ": (("lv",), 2.0), "ģ": (("lv",), 2.0),
    "đ": (("hr", "vi"), 1.5), "ć": (("hr", "pl"), 1.0),
    "ư": (("vi",), 3.0), "ơ": (("vi",), 3.0), "ạ": (("vi",), 3.0), "ả": (("vi",), 3.0), "ế": (("vi",), 3.0),
    "ệ": (("vi",), 3.0), "ộ": (("vi",), 3.0), "ờ": (("vi",), 3.0), "ủ": (("vi",), 3.0), "ấ": (("vi",), 3.0),
    "ë": (("sq", "nl", "fr"), 0.5), "ç": (("fr", "pt", "tr", "az", "ca", "sq"), 0.2),
    "ё": (("ru", "be"), 1.5), "ы": (("ru", "be"), 1.0), "э": (("ru", "be"), 1.0), "ъ": (("bg",), 0.5),
    "і": (("uk", "be", "kk"), 1.0), "ї": (("uk",), 3.0), "є": (("uk",), 3.0), "ґ": (("uk",), 3.0),
    "ў": (("be",), 3.0),
    "ә": (("kk",), 2.0), "ғ": (("kk",), 2.0), "қ": (("kk",), 2.0), "ң": (("kk",), 2.0), "ө": (("kk",), 2.0),
    "ұ": (("kk",), 2.0), "ү": (("kk",), 1.5), "һ": (("kk",), 1.0),
    "ј": (("sr", "mk"), 2.0), "љ": (("sr", "mk"), 2.0), "њ": (("sr", "mk"), 2.0), "ћ": (("sr",), 2.0),
    "ђ": (("sr",), 2.0), "џ": (("sr", "mk"), 1.5), "ѓ": (("mk",), 3.0), "ќ": (("mk",), 3.0),
    "ѕ": (("mk",), 3.0),
    "پ": (("fa", "ur"), 2.0), "چ": (("fa", "ur"), 2.0), "ژ": (("fa", "ur"), 2.0), "گ": (("fa", "ur"), 2.0),
    "ی": (("fa", "ur"), 1.0), "ک": (("fa", "ur"), 1.0),
    "ٹ": (("ur",), 3.0), "ڈ": (("ur",), 3.0), "ڑ": (("ur",), 3.0), "ں": (("ur",), 3.0), "ے": (("ur",), 3.0),
}

# The letters beyond ASCII that a language writes, for the languages told apart mostly by their
# letters: a letter outside a language's alphabet counts against it (``ü`` or ``õ`` is no Lithuanian,
# ``ė`` no Estonian), where endings alone would mistake one for the other in a short text.
ALPHABETS: dict[str, str] = {
    "lt": "ąčęėįšųūž",
    "lv": "āčēģīķļņšūž",
    "et": "äöüõšž",
    "fi": "äöåšž",
    "pl": "ąćęłńóśźż",
    "ro": "ăâîșțşţ",
}

# Languages written without spaces between words: a headline's length is counted in characters.
UNSPACED_LANGUAGES = frozenset({"zh", "ja", "th", "lo", "km", "my"})

# Word endings typical of one language or a few (lowercase, diacritics kept),
# for short texts where function words are few: ``-ção`` → pt, ``-ння`` → uk.
ENDINGS: dict[str, tuple[str, ...]] = {
    "en": ("tion", "tions", "ing", "ed", "ly", "ness", "ould", "ight"),
    "fr": ("ement", "eux", "aux", "ait", "aient", "ées", "ité", "ière", "ère", "ique", "eurs"),
    "de": ("ung", "ungen", "keit", "heit", "lich", "chen", "schaft", "isch", "ieren", "tät"),
    "es": ("ción", "ciones", "mente", "dad", "ado", "ados", "idos", "aron", "ía"),
    "pt": ("ção", "ções", "mente", "dade", "ão", "ões", "ados", "aram", "ência"),
    "it": ("zione", "zioni", "mente", "ità", "ato", "ati", "ere", "ggi", "ano"),
    "nl": ("heid", "lijk", "lijke", "tje", "ijk", "ische"),
    "sv": ("ning", "ningen", "erna", "arna", "ande", "het", "else", "lagen"),
    "da": ("hed", "else", "erne", "ende", "ede", "ige"),
    "no": ("het", "ene", "ende", "else", "ige", "lse"),
    "pl": ("ość", "ych", "ego", "ami", "anie", "enie", "ów", "ać", "nych", "owej"),
    "cs": ("ost", "ých", "ého", "ání", "ení", "ům", "ími"),
    "sk": ("osť", "ých", "ého", "ania", "enie", "ov", "ia"),
    "hr": ("ost", "ije", "nja", "ima", "ama", "ući", "nje"),
    "sl": ("ost", "ija", "anje", "ih", "ega"),
    # Romanian also by the shapes it keeps when written without diacritics (-escu, -atea, -iei, -esti).
    "ro": ("ului", "ilor", "ția", "ții", "ează", "ile", "ări", "escu", "eanu", "atea", "iei", "esti", "urile"),
    "ca": ("ció", "cions", "tat", "ats", "ues", "ada"),
    "tr": ("lar", "ler", "ları", "leri", "ması", "mesi", "yor", "dır", "dir", "lık", "lik", "ız", "ımız"),
    "az": ("lar", "lər", "ları", "ləri", "ması", "məsi", "dır", "dir", "lıq", "lik", "ib", "ıb", "miş"),
    "uz": ("lar", "ning", "dagi", "gan", "ish", "lik"),
    "hu": ("ság", "ség", "ban", "ben", "nak", "nek", "ból", "ből", "ért", "ott", "ett", "ását", "ését"),
    "fi": ("ssa", "ssä", "lla", "llä", "sta", "stä", "nen", "inen", "ksi", "ien", "tta", "ttä", "mme"),
    "et": ("ga", "ks", "des", "nud", "mine", "ide", "tud", "mist", "dus", "use"),
    "lt": ("ų", "ai", "as", "ių", "imas", "ams", "ius", "ės", "us"),
    "lv": ("ās", "ām", "šana", "ies", "iem", "tā", "os"),
    "id": ("kan", "nya", "an", "ang"),
    # Tagalog ends many words in -ang (its linker) as Indonesian does.
    "tl": ("ang", "han", "hin", "nan"),
    "cy": ("iad", "edd", "ydd", "wyr", "aeth", "iaid"),
    "gl": ("cións", "zóns", "eiro", "eira", "ería"),
    "ru": ("ого", "ых", "ие", "ия", "ий", "ться", "ает", "ной", "ство", "ции", "ов", "ый"),
    "uk": ("ння", "ії", "ого", "ться", "ів", "ська", "ький", "ій", "ти"),
    "be": ("ння", "ці", "ых", "ага", "аў"),
    "bg": ("ът", "ия", "ата", "ото", "ите", "ане", "ство", "ния"),
    "sr": ("ње", "ија", "ост", "ати", "ити", "ога"),
    "mk": ("ата", "ото", "ите", "ање", "ија"),
    "kk": ("лар", "лер", "дың", "тың", "ның", "ды", "ді", "ға", "ге"),
}

# Letter clusters that occur inside words of one language or a few.
CLUSTERS: dict[str, tuple[str, ...]] = {
    "nl": ("ij", "oe", "aa", "uu"),
    "de": ("sch", "tz", "ß", "ei"),
    "pl": ("rz", "sz", "cz", "ie"),
    "cs": ("ř", "ou"),
    "hu": ("gy", "sz", "cs", "zs", "ny"),
    "fi": ("ää", "yy", "kk", "tt", "ll"),
    "et": ("õ", "ää", "ee"),
    "sv": ("sk", "tj"),
    "da": ("øj",),
    "no": ("øy",),
    "en": ("th", "wh"),
    "pt": ("nh", "lh"),
    "cy": ("dd", "wy"),
    "es": ("ll",),
}

# Standards that share one language's function words, endings and letters, told apart by their
# own words.  Serbian in Latin letters reads as Croatian above (the same function words, č ć đ š ž),
# and the Latin script's candidates hold Croatian only; what tells them apart is that Serbian is
# ekavian (vreme, mesto, pre, posle, gde, predsednik, pesnik, sedište) where Croatian is ijekavian
# (vrijeme, mjesto, prije, poslije, gdje, predsjednik, pjesnik, sjedište), and that each standard
# has words of its own (hiljada/tisuća, opština/općina, štampa/tisak, ubistvo/ubojstvo, tokom/tijekom,
# saradnja/suradnja, nauka/znanost, evropski/europski, the months avgust/kolovoz).
# VARIANT_CUES[detected][standard]: folded words; an entry ending in "-" is a stem (any word
# starting so).  A text read as ``detected`` is ``standard`` when its cues outnumber every other
# standard's by VARIANT_MARGIN (each word counted at most VARIANT_MAX_REPEATS times).
VARIANT_CUES: dict[str, dict[str, tuple[str, ...]]] = {
    # Malay and Indonesian share their function words; each standard has its own spellings and
    # words (kerana/karena, bahawa/bahwa, kerajaan/pemerintah, wang/uang, the months Ogos/Agustus).
    "id": {
        "ms": (
            "kerana", "bahawa", "kerajaan", "supaya", "menggesa", "cadangan", "kenyataan", "akta", "daripada",
            "boleh", "sahaja", "ialah", "iaitu", "sebarang", "pejabat", "wang", "polis", "cukai", "antarabangsa",
            "kakitangan", "terjejas", "mesyuarat", "selepas", "semasa", "baharu", "percuma", "pertubuhan",
            "setiausaha", "encik", "puan", "datuk", "dato", "bersetuju", "berkongsi", "maklumat", "dijemput",
            "hb", "mac", "julai", "ogos", "disember", "isnin", "khamis", "jumaat", "ahad",
        ),
        "id": (
            "karena", "bahwa", "pemerintah", "rencana", "uang", "polisi", "kantor", "bisa", "yaitu",
            "sesudah", "terdampak", "internasional", "pajak", "bapak", "kepolisian", "dprd", "dpr", "gratis",
            "senin", "kamis", "jumat", "juni", "juli", "agustus", "maret", "desember", "nopember", "pebruari",
        ),
    },
    "hr": {
        "sr": (
            # ekavian forms
            "vreme", "mest-", "pre", "posle", "posled-", "gde", "ovde", "negde", "svugde", "deo", "delu",
            "delo", "delom", "dete", "deca", "dece", "deci", "decu", "lepo", "lep", "lepa", "lepe",
            "pesnik-", "pesm-", "sedist-", "sednic-", "vest", "vesti", "primer-", "smer-", "mera", "mere",
            "meru", "vera", "veru", "verova-", "veruj-", "nedelj-", "celo", "cela", "celi", "celu",
            "celokup-", "svetsk-", "zahtev-", "obelez-", "razumevanj-", "ocen-", "predsednik-",
            "predsedni-", "predsedav-", "lecenj-", "izvestaj-", "obavest-", "savet-", "poset-", "uspeh-",
            "uspes-", "nemack-", "rec", "sprecava-", "uvere-", "verovatn-", "pobed-",
            # words of the Serbian standard
            "hiljad-", "opstin-", "stamp-", "ubistv-", "reditelj-", "saradn-", "bezbedn-", "univerzitet-",
            "takođe", "sta", "ko", "neko", "niko", "hleb", "fudbal-", "vazduh-", "pozorist-", "porodic-",
            "istorij-", "hemij-", "uticaj-", "aktueln-", "evrop-", "ucestvova-", "ucesnik-", "obezbed-",
            "zvanicn-", "tokom", "nauk-", "naucn-", "vaspitanj-", "sekretar-", "inostran-", "spoljn-",
            "januar-", "februar-", "mart", "marta", "jun", "juna", "jul", "jula", "avgust-", "septemb-",
            "oktob-", "novemb-", "decemb-",
        ),
        "hr": (
            # ijekavian forms
            "vrijeme", "mjest-", "prije", "poslije", "posljed-", "gdje", "ovdje", "negdje", "svugdje", "dio",
            "dijelu", "djelo", "dijelom", "dijete", "djeca", "djece", "djeci", "djecu", "lijepo", "lijep",
            "lijepa", "lijepe", "pjesnik-", "pjesm-", "sjedist-", "sjednic-", "vijest", "vijesti",
            "primjer-", "smjer-", "mjera", "mjere", "mjeru", "vjera", "vjeru", "vjerova-", "vjeruj-",
            "nedjelj-", "cijelo", "cijela", "cijeli", "cijelu", "svjetsk-", "zahtjev-", "obiljez-",
            "razumijevanj-", "ocjen-", "predsjednik-", "predsjedni-", "predsjedav-", "lijecenj-",
            "izvjesc-", "izvjestaj-", "obavijest-", "savjet-", "posjet-", "uspjeh-", "uspjes-", "njemack-",
            "rijec", "sprjecava-", "uvjere-", "vjerojatn-", "pobjed-",
            # words of the Croatian standard
            "tisuc-", "opcin-", "tisak", "tiska", "tisku", "ubojstv-", "redatelj-", "suradn-", "sveucilist-",
            "također", "tko", "netko", "nitko", "kruh", "nogomet-", "zrak", "kazalist-", "obitelj-",
            "povijest-", "kemij-", "utjecaj-", "aktualn-", "europ-", "sudjelova-", "sudionik-", "tijekom",
            "znanost-", "znanstven-", "odgoj-", "tajnik-", "inozem-", "vanjsk-", "uvjet-", "glede",
            "unatoc", "sijecanj-", "sijecnj-", "veljac-", "ozujak", "ozujk-", "travanj-", "travnj-",
            "svibanj-", "svibnj-", "lipanj-", "lipnj-", "srpanj-", "srpnj-", "kolovoz-", "rujan-", "rujn-",
            "listopad-", "studen-", "prosin-",
        ),
    },
}
VARIANT_MARGIN = 2
VARIANT_MAX_REPEATS = 3
