"""Words of document structure: preamble cues and site-chrome lines.

Keyed by ISO 639-1 code; adding a language is adding rows here, not code.
Entries are matched on their folded form (lowercase, no diacritics, trailing
``:`` removed) — see ``stmtkit.text.fold_key``.
"""

from __future__ import annotations

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
