"""Words of signature blocks: headings, closing formulas, group headings, titles, organisation words.

Keyed by ISO 639-1 code; adding a language is adding rows here, not code.
Entries are matched on their folded form (lowercase, no diacritics, trailing
``:`` removed) — see ``stmtkit.text.fold_key``.
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
