"""Language data for the stages, keyed by ISO 639-1 code.

Adding a language is adding rows here, not code.  Entries are matched on the
folded form (lowercase, no diacritics, trailing ``:`` and spaces removed) —
see ``stmtkit.text.fold_key``.
"""

from __future__ import annotations

# Headings that open a signature block ("Signé par:", "Signed by:").
SIGNATURE_HEADINGS: dict[str, tuple[str, ...]] = {
    "en": ("signed by", "signed", "signatories", "signatures", "the undersigned", "undersigned",
           "initial signatories", "initial signatories include", "list of signatories", "co-signed by",
           "signers", "endorsed by", "endorsements", "supported by"),
    "fr": ("signe par", "signes par", "signataires", "les signataires", "organisations signataires",
           "liste des signataires", "premiers signataires", "les premiers signataires", "signe"),
    "de": ("unterzeichnet von", "unterzeichner", "die unterzeichnenden", "unterzeichnende",
           "die unterzeichnerinnen und unterzeichner", "unterzeichnerinnen und unterzeichner", "gez",
           "erstunterzeichner", "erstunterzeichnende"),
    "es": ("firmado por", "firmado", "firmantes", "los firmantes", "firman", "firmas"),
    "it": ("firmatari", "firmato da", "i firmatari", "firmato"),
    "pt": ("assinado", "assinado por", "assinam", "signatarios", "assinaturas", "subscrevem"),
    "ru": ("подписали", "подписавшиеся", "подписи", "список подписавших", "подписанты"),
    "uk": ("підписали", "підписанти"),
    "tr": ("imzalayanlar", "imzacilar", "kampanyayi baslatanlar", "imza sahipleri", "imzacı"),
    "az": ("imzalayanlar", "imza atanlar"),
    "nl": ("de ondertekenaars", "ondertekenaars", "ondertekend door"),
    "pl": ("podpisali", "sygnatariusze", "podpisani"),
    "cs": ("podepsani", "signatari"),
    "sv": ("undertecknare", "undertecknat av"),
    "el": ("υπογραφουν", "οι υπογραφοντες"),
}

# Closing formulas after which the signers follow without a heading.
CLOSING_FORMULAS: dict[str, tuple[str, ...]] = {
    "en": ("sincerely", "yours sincerely", "yours faithfully", "respectfully", "best regards",
           "kind regards", "regards", "in solidarity", "with respect"),
    "fr": ("cordialement", "bien cordialement", "respectueusement", "salutations"),
    "de": ("mit freundlichen grussen", "hochachtungsvoll", "freundliche grusse"),
    "es": ("atentamente", "cordialmente", "saludos cordiales"),
    "it": ("cordiali saluti", "distinti saluti"),
    "pt": ("atenciosamente", "cordialmente"),
    "ru": ("с уважением",),
    "uk": ("з повагою",),
    "tr": ("saygilarimizla", "saygilarimla"),
    "az": ("hormetle",),
}

# Sub-headings inside a signature block: they set ``group``.
SIGNATURE_GROUPS: dict[str, tuple[str, ...]] = {
    "en": ("organisations", "organizations", "individuals", "international organisations",
           "international organizations", "national organisations", "national organizations", "people",
           "academics", "groups"),
    "fr": ("organisations", "personnalites", "individus", "associations"),
    "de": ("organisationen", "einzelpersonen", "verbande"),
    "es": ("organizaciones", "personas", "individuos"),
    "pt": ("organizacoes internacionais", "organizacoes nacionais", "organizacoes", "individuos"),
    "ru": ("организации", "частные лица"),
}

# Titles that precede a name; moved to ``role``.
NAME_TITLES: tuple[str, ...] = (
    "prof. dr.", "prof.dr.", "prof dr", "prof.", "prof", "dr.", "dr", "doç. dr.", "doc. dr.", "yrd. doç. dr.",
    "ass. prof.", "assoc. prof.", "mr.", "mrs.", "ms.", "mme", "m.", "mlle", "herr", "frau", "sir", "dame",
    "академик", "член-корр ран", "член-корр. ран", "член-корреспондент ран", "профессор", "проф.",
    "д-р", "rev.", "hon.", "sen.", "rep.", "mep", "mp",
)

# Words that make an entry an organisation rather than a person.
ORGANISATION_WORDS: tuple[str, ...] = (
    "association", "assoc", "network", "forum", "institute", "institut", "university", "universite",
    "universitat", "universidad", "universita", "universidade", "universitesi", "college", "council", "committee",
    "commission", "foundation", "fondation", "stiftung", "fundacion", "fundacao", "union", "congress",
    "church", "society", "societe", "alliance", "coalition", "federation", "center", "centre", "centro",
    "movement", "mouvement", "organisation", "organization", "organizacion", "organizacao", "ong", "ngo",
    "group", "groupe", "gruppe", "party", "parti", "partei", "partido", "verband", "verein", "kammer",
    "innung", "gmbh", "ag", "e.v", "ev", "inc", "ltd", "llc", "s.a", "sa", "sarl", "gesellschaft",
    "campaign", "project", "fund", "trust", "watch", "action", "initiative", "labor", "labour",
    "roundtable", "conservancy", "declaration", "derneği", "dernegi", "vakfi", "sendikasi", "platformu",
    "ассоциация", "союз", "фонд", "общество", "организация", "партия", "комитет", "центр",
    "unternehmensverbande", "bankenverband", "industrie", "wirtschaft", "solidarity", "solidarite",
    "friends", "amis", "collective", "collectif", "kollektiv", "syndicat", "sindicato", "gewerkschaft",
)

# Cues that end an article's framing and announce the statement itself.
PREAMBLE_CUES: dict[str, tuple[str, ...]] = {
    "en": ("statement below", "full text", "the full text", "the statement reads", "read the statement",
           "the letter reads", "text of the statement", "text of the letter", "reads as follows",
           "the full statement", "below is the", "here is the full text", "the text of the"),
    "fr": ("ci-dessous", "texte integral", "le texte integral", "voici le texte", "texte de la declaration",
           "texte de la lettre", "la declaration suivante"),
    "de": ("im wortlaut", "der wortlaut", "die erklarung im wortlaut", "vollstandiger text", "nachfolgend"),
    "es": ("texto integro", "el texto integro", "texto completo", "a continuacion", "el texto de"),
    "it": ("testo integrale", "il testo integrale", "di seguito"),
    "pt": ("texto integral", "na integra", "a seguir", "texto completo"),
    "ru": ("полный текст", "текст заявления", "текст письма", "приводим текст", "публикуем текст"),
    "uk": ("повний текст", "текст заяви", "текст листа"),
    "tr": ("tam metni", "aciklamanin tam metni", "bildirinin tam metni", "metni soyle"),
    "az": ("tam metni", "beyanatin metni", "muracietin metni", "metni teqdim edirik"),
}

# Lines that are site chrome, by exact folded text.
CHROME_LINES: dict[str, tuple[str, ...]] = {
    "en": ("top of page", "bottom of page", "share", "print", "email", "tweet", "read more", "related",
           "related articles", "related posts", "comments", "subscribe", "advertisement", "menu", "home",
           "search", "skip to content", "back to top", "pdf", "download pdf", "close", "loading",
           "share this", "share on facebook", "share on twitter", "print this page", "leave a comment"),
    "fr": ("en transaction", "partager", "imprimer", "lire aussi", "lire la suite", "a lire aussi",
           "commentaires", "s'abonner", "publicite", "accueil", "rechercher", "fermer"),
    "de": ("teilen", "drucken", "mehr lesen", "weiterlesen", "kommentare", "anzeige", "startseite", "suche"),
    "es": ("compartir", "imprimir", "leer mas", "comentarios", "publicidad", "inicio", "buscar"),
    "pt": ("compartilhar", "imprimir", "leia mais", "comentarios", "publicidade", "inicio"),
    "ru": ("поделиться", "печать", "версия для печати", "читать далее", "комментарии", "реклама", "главная"),
    "tr": ("paylas", "yazdir", "devamini oku", "yorumlar", "reklam", "anasayfa"),
    "az": ("paylas", "cap et", "daha cox", "serhler"),
}

# Line prefixes that mark chrome whatever follows ("Tags: …", "© 2024 …").
CHROME_PREFIXES: tuple[str, ...] = (
    "©", "(c) ", "copyright", "tags:", "tags :", "теги:", "etiketler:", "mots-cles:", "schlagworte:",
    "read more:", "lire aussi:", "see also:", "related:", "share:", "source:", "photo:", "фото:",
)
