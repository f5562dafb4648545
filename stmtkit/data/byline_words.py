"""Words of a byline beside a stamp: the word that opens it, the writer's label, the participle before it, the
word after the writer's name ("Posted on June 11, 2024 by admin", "12.03.2020 10:00 | Автор: Иван Петров")."""

from __future__ import annotations

# Words that open a byline beside a stamp: "Posted on June 11, 2024 by admin", "Par Jean Dupont, le 11 juin 2024".
# "Υποβλήθηκε από X στις …" (el: a CMS's "Submitted by X on …").
BYLINE_WORDS: tuple[str, ...] = ("by", "par", "von", "por", "di", "door", "av", "автор", "yazan", "müəllif", "από", "oleh")

# Nouns that open a byline before its preposition: "Articol de Ana Pop, 19 iunie 2022", "Article by Jane Doe, 19 June
# 2022": the writer's name before the date, no place.
BYLINE_NOUNS: tuple[str, ...] = (
    "article", "articol", "articolul", "artículo", "artigo", "articolo", "artikel", "artykuł", "статья", "стаття",
    "text", "texto", "testo", "tekst", "texte", "story", "report", "reportage", "reportaje", "reportagem", "makale",
)

# Words joining a paper's or a desk's name to the wire it credits on a line of their own: "Porto Canal com Lusa",
# "Redaktion mit dpa", "Newsroom with AFP", folded.
CREDIT_JOINS: frozenset[str] = frozenset((
    "with", "and", "com", "e", "avec", "et", "con", "y", "mit", "und", "met", "en", "med", "och", "og", "z", "i",
    "cu", "si", "și", "ile", "ve", "και", "с", "и", "з", "і", "amb",
))

# Labels of the writer or poster, a colon and the name after a stamp: "12-03-2019, 18:40. Posted by: admin",
# "12.03.2020 10:00 | Автор: Иван Петров".
BYLINE_LABELS: tuple[str, ...] = (
    "author", "posted by", "written by", "autor", "auteur", "autore", "autora", "verfasser", "yazar", "yazan",
    "müəllif", "автор", "автори", "разместил", "разместила", "опубликовал", "опубликовала", "добавил",
    "добавила", "розмістив", "розмістила", "додав", "додала", "opublikował", "opublikowała", "napisał",
    "napisała", "dodał", "dodała", "postado por", "publicado por", "escrito por", "pubblicato da", "scritto da",
    "publié par", "rédigé par", "écrit par", "geschrieben von", "veröffentlicht von", "kaynak", "الكاتب", "بقلم",
    # the editor's, the source's label: "data: 03.12.2013 Redaktor: Redakcja", "12.03.2024 | Quelle: dpa"
    "editor", "edited by", "redaktor", "redaktorka", "rédacteur", "rédactrice", "redattore", "redactor", "redactora",
    "редактор", "editör", "source", "quelle", "fonte", "fuente", "źródło", "источник", "джерело",
)

# Words that follow the writer's name in a byline beside a stamp: "김아름내 기자 기사입력 2013/04/21" (ko),
# "山田太郎記者" (ja), "记者 张三" is written the other way and needs none.
BYLINE_TITLES_AFTER_NAME: tuple[str, ...] = ("기자", "특파원", "객원기자", "記者", "特派員", "編集委員")

# Participles that open a byline before its byline word, as CMS stamps write it: "Submitted by admin on
# Mon, 29/10/2012 - 20:08" (Drupal in every language), "Posted by", "Rédigé par", "Υποβλήθηκε από".
BYLINE_LEADS: tuple[str, ...] = (
    "submitted", "posted", "written", "published", "soumis", "envoyé", "publié", "rédigé", "écrit", "posté",
    "eingereicht", "geschrieben", "verfasst", "veröffentlicht", "gepostet", "enviado", "publicado", "escrito",
    "postado", "inviato", "pubblicato", "scritto", "ingezonden", "geplaatst", "geschreven", "nadesłane",
    "opublikowane", "napisane", "υποβλήθηκε", "δημοσιεύτηκε", "δημοσιεύθηκε", "γράφτηκε", "добавлено",
    "опубликовано", "написано", "додано", "опубліковано", "gönderen", "yayınlayan", "skickat", "publicerat",
    "lähettänyt", "odesláno", "vloženo", "trimis", "publicat",
)

# A reading-time widget beside a stamp: "3 min read · Dec 21, 2019", "Lesezeit: 4 Min. 21.12.2019": the units of
# minutes, the words after the figure ("read"), and the labels before it ("Lesezeit:"), as pages print them.
READING_TIME_UNITS: tuple[str, ...] = (
    "min", "mins", "minute", "minutes", "minutos", "minuten", "minuti", "minut", "minuty", "minutter", "minuter",
    "мин", "минут", "минуты", "хв", "хвилин", "dk", "dakika", "perc", "分", "분",
)
READING_TIME_AFTER: tuple[str, ...] = (
    "read", "reading", "read time", "de lecture", "de lectura", "de leitura", "di lettura", "lesezeit", "leestijd",
    "czytania", "чтения", "читання", "okuma", "olvasás", "läsning", "lesetid", "läsetid", "lukuaika",
)
READING_TIME_LABELS: tuple[str, ...] = (
    "reading time", "read time", "lesezeit", "temps de lecture", "tiempo de lectura", "tempo de leitura",
    "tempo di lettura", "leestijd", "czas czytania", "время чтения", "час читання", "okuma süresi", "lästid",
    "lesetid", "læsetid", "lukuaika", "olvasási idő",
)

