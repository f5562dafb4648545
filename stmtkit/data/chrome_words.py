"""Site chrome known by a line's first or last words, folded (``stmtkit.fold.fold_words``): an imprint (the
boilerplate stage), a link's call (the title stage's candidates)."""

from __future__ import annotations

# The imprint under a leaflet or a call, folded: who answers for it in press law ("V.i.S.d.P.: Anna Berg,
# Hauptstr. 1, Berlin", "Printed and promoted by …").  Site chrome however long the line runs.
IMPRINT_PREFIXES: tuple[str, ...] = (
    "v.i.s.d.p", "visdp", "v. i. s. d. p", "verantwortlich i.s.d.p", "verantwortlich im sinne des presserechts",
    "printed and promoted by", "published and promoted by", "promoted by", "directeur de la publication",
    "directrice de la publication", "ne pas jeter sur la voie publique",
)

# A link's call closing a short line, folded: "Metnin İngilizcesi için tıklayın" ("for the English text,
# click"), "Pour lire la suite, cliquez ici": site chrome, not a headline or a paragraph.
CLICK_CALL_ENDINGS: tuple[str, ...] = (
    "click here", "click here.", "cliquez ici", "cliquez ici.", "hier klicken", "klicken sie hier", "haga clic aqui",
    "pulse aqui", "clique aqui", "clicca qui", "kliknij tutaj", "kliknij", "нажмите здесь", "нажмите", "натисніть тут",
    "натисніть", "tiklayin", "tiklayiniz", "tiklayin.", "klikleyin", "buraya tiklayin", "klik hier", "klikk her",
    "klicka har", "اضغط هنا", "انقر هنا",
    # a skip link glued after the site's name by the scrape: "The Daily Ledger Skip Main Navigation"
    "skip main navigation", "skip to main content", "skip to content", "skip navigation", "zum inhalt springen",
    "aller au contenu", "ir al contenido", "перейти к содержанию",
)
