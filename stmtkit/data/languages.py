"""Frequent function words per language, for the language stage's own small model.

Words are folded (lowercase, no diacritics).  Scripts that identify a language
on their own (Georgian, Armenian, Greek, Hebrew, Thai…) are in SCRIPTS.
"""

from __future__ import annotations

STOPWORDS: dict[str, tuple[str, ...]] = {
    "en": ("the", "and", "of", "to", "in", "is", "that", "for", "with", "on", "are", "this", "we", "by",
           "be", "as", "our", "it", "from", "have", "not", "which", "was", "has", "an", "at", "their"),
    "fr": ("le", "la", "les", "de", "des", "et", "en", "du", "un", "une", "est", "que", "qui", "dans",
           "pour", "sur", "par", "au", "aux", "nous", "ne", "pas", "ces", "sont", "cette", "avec", "l", "d"),
    "de": ("der", "die", "das", "und", "in", "den", "von", "zu", "mit", "sich", "des", "auf", "fur", "ist",
           "im", "dem", "nicht", "ein", "eine", "als", "auch", "es", "an", "wir", "uns", "sind", "unserer"),
    "es": ("el", "la", "de", "que", "y", "en", "los", "del", "se", "las", "por", "un", "para", "con", "no",
           "una", "su", "al", "es", "lo", "como", "mas", "pero", "sus", "le", "ha", "han", "sera"),
    "pt": ("o", "a", "de", "que", "e", "do", "da", "em", "um", "para", "com", "nao", "uma", "os", "no",
           "se", "na", "por", "mais", "as", "dos", "das", "ao", "como", "sua", "seu", "sobre", "nos"),
    "it": ("il", "di", "che", "e", "la", "per", "in", "un", "del", "non", "della", "sono", "una", "con",
           "le", "dei", "gli", "alla", "nel", "si", "anche", "questo", "come", "ha", "delle"),
    "nl": ("de", "het", "een", "en", "van", "in", "is", "dat", "op", "te", "zijn", "voor", "met", "niet",
           "die", "aan", "er", "ook", "om", "wij", "we", "bij", "door", "worden"),
    "sv": ("och", "att", "det", "som", "en", "i", "pa", "ar", "av", "for", "med", "till", "den", "har",
           "inte", "om", "ett", "vi", "var", "men", "de", "sig"),
    "da": ("og", "at", "det", "i", "en", "til", "er", "som", "pa", "de", "med", "af", "for", "ikke", "der",
           "vi", "har", "et", "den"),
    "no": ("og", "i", "det", "som", "pa", "er", "til", "en", "av", "for", "med", "at", "ikke", "har", "de",
           "vi", "et", "den", "seg"),
    "pl": ("i", "w", "na", "nie", "z", "sie", "do", "to", "ze", "jest", "o", "jak", "przez", "dla", "oraz",
           "by", "od", "za", "ich", "sa", "tym", "jego"),
    "cs": ("a", "v", "se", "na", "je", "ze", "s", "z", "do", "to", "k", "o", "pro", "jako", "ale", "by",
           "jsou", "byl", "tak", "jeho", "ktere"),
    "ro": ("si", "de", "in", "la", "a", "cu", "care", "nu", "pe", "o", "un", "din", "pentru", "este", "sa",
           "mai", "se", "ca", "au", "fost"),
    "tr": ("ve", "bir", "bu", "da", "de", "icin", "ile", "olarak", "olan", "gibi", "daha", "cok", "en",
           "ki", "ne", "her", "tarafindan", "uzere", "kadar", "sonra", "biz", "olan", "bilgi"),
    "az": ("ve", "bu", "bir", "ile", "ucun", "da", "de", "ki", "olan", "olub", "edib", "bildirib", "cox",
           "her", "biz", "onun", "olaraq", "kimi", "uzre", "tereffinden", "edilmesi", "olunmasi"),
    "id": ("yang", "dan", "di", "ini", "itu", "dengan", "untuk", "tidak", "dari", "dalam", "akan", "pada",
           "juga", "kami", "ke", "ada"),
    "hu": ("a", "az", "es", "hogy", "nem", "is", "egy", "meg", "de", "csak", "mar", "mint", "van", "el"),
    "fi": ("ja", "on", "ei", "se", "etta", "ovat", "oli", "kuin", "mutta", "myos", "han", "me", "ne"),
    "ru": ("и", "в", "не", "на", "что", "с", "по", "к", "за", "из", "о", "от", "для", "как", "это", "мы",
           "его", "был", "также", "года", "все", "при", "или"),
    "uk": ("i", "в", "у", "на", "що", "з", "не", "до", "та", "за", "як", "про", "це", "від", "ми", "для",
           "його", "також", "який", "яка"),
    "bg": ("и", "в", "на", "не", "за", "от", "с", "да", "се", "че", "по", "е", "са", "това", "как", "ние"),
    "sr": ("и", "у", "на", "је", "да", "се", "за", "не", "од", "са", "су", "што"),
    "kk": ("жане", "мен", "бул", "ушин", "деп", "да", "де", "бойынша", "жылы", "оның"),
}

# Languages that a script identifies on its own.  Shared scripts (Latin,
# Cyrillic, Arabic, Han) are decided by stopwords or by the more specific script.
SCRIPTS: dict[str, str] = {
    "Georgian": "ka", "Armenian": "hy", "Greek": "el", "Hebrew": "he", "Thai": "th", "Hangul": "ko",
    "Hiragana": "ja", "Katakana": "ja", "Devanagari": "hi", "Bengali": "bn", "Tamil": "ta",
    "Ethiopic": "am", "Khmer": "km", "Lao": "lo", "Sinhala": "si", "Gujarati": "gu", "Gurmukhi": "pa",
    "Telugu": "te", "Kannada": "kn", "Malayalam": "ml", "Myanmar": "my", "Han": "zh",
}

# Letters that single out a language among those sharing a script.
MARKER_LETTERS: dict[str, str] = {
    "ə": "az", "ğ": "tr", "ş": "tr", "ı": "tr", "ї": "uk", "є": "uk", "ґ": "uk", "і": "uk", "ў": "be",
    "ё": "ru", "ы": "ru", "э": "ru", "ә": "kk", "ң": "kk", "ү": "kk", "ұ": "kk", "қ": "kk", "ө": "kk",
    "ñ": "es", "ß": "de", "ø": "no", "å": "sv", "ł": "pl", "ř": "cs", "ő": "hu", "ű": "hu", "ă": "ro",
    "ț": "ro", "ã": "pt", "õ": "pt", "پ": "fa", "چ": "fa", "گ": "fa", "ژ": "fa",
}
