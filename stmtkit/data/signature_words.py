"""Words of signature blocks: headings, closing formulas, group headings, titles, functions, organisation words.

Keyed by ISO 639-1 code; adding a language is adding rows here, not code.
Entries are matched on their folded form (lowercase, no diacritics, trailing
``:`` removed) — see ``stmtkit.text.fold_key``.
"""

from __future__ import annotations

# Headings that open a signature block ("Signé par:", "Signed by:"), matched on the whole
# text before the colon, so that "Письмо подписали: …" (a sentence about another letter) is not one.
SIGNATURE_HEADINGS: dict[str, tuple[str, ...]] = {
    "en": ("signed by", "signed", "signatories", "signatures", "the undersigned", "undersigned",
           "we the undersigned", "initial signatories", "initial signatories include", "list of signatories",
           "co-signed by", "cosigned by", "signers", "signed on behalf of", "endorsed by", "endorsements",
           "endorsing organisations", "endorsing organizations", "supported by", "signing organisations",
           "signing organizations", "signatory organisations", "signatory organizations", "first signatories",
           "the signatories", "signatories include", "signatories to date", "current signatories"),
    "fr": ("signe par", "signes par", "signee par", "signees par", "signataires", "les signataires",
           "organisations signataires", "liste des signataires", "premiers signataires", "les premiers signataires",
           "signe", "signatures", "ont signe", "les organisations signataires", "cosignataires"),
    "de": ("unterzeichnet von", "unterzeichner", "die unterzeichner", "die unterzeichnenden", "unterzeichnende",
           "die unterzeichnerinnen und unterzeichner", "unterzeichnerinnen und unterzeichner",
           "unterzeichner*innen", "unterzeichner:innen", "gez", "erstunterzeichner", "erstunterzeichnende",
           "erstunterzeichner*innen", "unterschriften", "unterzeichnet"),
    "es": ("firmado por", "firmado", "firmada por", "firmantes", "los firmantes", "las firmantes", "firman",
           "firmas", "primeros firmantes", "organizaciones firmantes", "suscriben"),
    "it": ("firmatari", "firmato da", "i firmatari", "firmato", "firmatarie", "primi firmatari", "firme",
           "sottoscritto da", "hanno firmato"),
    "pt": ("assinado", "assinado por", "assinam", "signatarios", "assinaturas", "subscrevem", "assinantes",
           "organizacoes signatarias", "subscritores"),
    "ru": ("подписали", "подписавшиеся", "подписи", "список подписавших", "подписанты", "подписал", "подписала",
           "подписавшие", "первые подписанты"),
    "uk": ("підписали", "підписанти", "підписи", "підписалися"),
    "be": ("падпісалі", "подпісалі"),
    "tr": ("imzalayanlar", "imzacilar", "kampanyayi baslatanlar", "imza sahipleri", "imzaci", "imzaci kurumlar",
           "imzaci kuruluslar", "ilk imzacilar", "imzalar", "bildiriyi imzalayanlar"),
    "az": ("imzalayanlar", "imza atanlar", "imzalar", "imzacilar", "muracieti imzalayanlar"),
    "nl": ("de ondertekenaars", "ondertekenaars", "ondertekend door", "ondertekening", "getekend"),
    "pl": ("podpisali", "sygnatariusze", "podpisani", "podpisy", "podpisane przez"),
    "cs": ("podepsani", "signatari", "podpisy", "podepsali"),
    "sv": ("undertecknare", "undertecknat av", "undertecknade", "underskrifter"),
    "da": ("underskrivere", "underskrevet af"),
    "no": ("underskrevet av", "underskrivere"),
    "fi": ("allekirjoittajat",),
    "el": ("υπογραφουν", "οι υπογραφοντες", "υπογραφες"),
    "ro": ("semnatari", "semnat de", "semneaza"),
    "hu": ("alairok", "alairta"),
    "ka": ("ხელმომწერები",),
    "hy": ("ստորագրել են",),
}

# Nouns for the signers: a short line holding one and ending with ":" is a heading
# ("Among the signatories are:", "Les premiers signataires sont :", "Среди подписантов:").
SIGNATORY_NOUNS: tuple[str, ...] = (
    "signatories", "signers", "undersigned", "cosignatories", "signataires", "cosignataires", "unterzeichner",
    "unterzeichnenden", "erstunterzeichner", "firmantes", "firmatari", "signatarios", "assinantes",
    "подписанты", "подписантов", "подписавшие", "подписавших", "підписанти", "підписантів", "imzacilar",
    "imzacılar", "imzalayanlar", "ondertekenaars", "sygnatariusze", "signatari", "undertecknare",
)

# Word starts that name signing, joining or supporting: a sentence ending in a colon that holds
# one opens a block ("Names of the public figures who started signing the petition:",
# "Hanno finora aderito:").  Matched on the folded words' starts: "signato" covers signatory, signatories.
SIGNING_STEMS: dict[str, tuple[str, ...]] = {
    "en": ("signed", "signing", "signato", "signatu", "signer", "undersign", "cosign", "co-sign", "joined",
           "endorse", "supporters"),
    "fr": ("signe", "signatai", "signatu", "cosign", "adhere", "adherent", "soutiens", "soutenu"),
    "de": ("unterzeichn", "unterschri", "unterstutzer", "unterstutzt"),
    "es": ("firmad", "firmant", "firman", "firmas", "suscri", "adhier", "adhes"),
    "it": ("firmat", "firme", "firmano", "aderit", "aderent", "aderiscono", "sottoscri"),
    "pt": ("assinad", "assinam", "assinatur", "assinant", "subscrev", "subscrit", "aderir", "aderiram"),
    "ru": ("подписа", "подписи", "подписант", "присоедин"),
    "uk": ("підписа", "підписи", "підписант", "приєдна"),
    "pl": ("podpisa", "podpisy", "sygnatar", "przyłacz"),
    "cs": ("podepsa", "podpisy", "signatar", "pripojil"),
    "sr": ("potpis", "pridruz"),
    "hr": ("potpis", "pridruz"),
    "ro": ("semnat", "semneaza", "semnatar", "aderat"),
    "hu": ("alair", "csatlakoz"),
    "fi": ("allekirjoit",),
    "sv": ("underteckn", "underskri"),
    "da": ("underskre", "underskri"),
    "no": ("underskre", "underteg"),
    "nl": ("ondertek", "onderschr"),
    "is": ("undirrit", "undirskri"),
    "el": ("υπογρα", "συνυπογρα"),
    "tr": ("imza",),
    "az": ("imza",),
    "ar": ("الموقع", "موقع", "وقع"),
}

# Closing formulas after which the signers follow without a heading ("Sincerely," then names),
# or on the same line ("Saygılarımızla, Kadın Hakları Derneği").
CLOSING_FORMULAS: dict[str, tuple[str, ...]] = {
    "en": ("sincerely", "yours sincerely", "sincerely yours", "yours faithfully", "faithfully", "respectfully",
           "respectfully yours", "respectfully submitted", "best regards", "kind regards", "warm regards", "regards",
           "in solidarity", "with respect", "yours truly", "with best wishes", "with gratitude", "yours", "best"),
    "fr": ("cordialement", "bien cordialement", "respectueusement", "salutations", "salutations distinguees",
           "bien a vous", "solidairement"),
    "de": ("mit freundlichen grussen", "hochachtungsvoll", "freundliche grusse", "mit solidarischen grussen",
           "viele grusse", "beste grusse"),
    "es": ("atentamente", "cordialmente", "saludos cordiales", "un saludo", "respetuosamente"),
    "it": ("cordiali saluti", "distinti saluti", "cordialmente", "in fede"),
    "pt": ("atenciosamente", "cordialmente", "respeitosamente", "saudacoes"),
    "ru": ("с уважением", "с глубоким уважением", "искренне ваш", "искренне ваши"),
    "uk": ("з повагою", "з глибокою повагою"),
    "tr": ("saygilarimizla", "saygilarimla", "saygiyla"),
    "az": ("hormetle", "derin hormetle"),
    "nl": ("met vriendelijke groet", "hoogachtend"),
    "pl": ("z powazaniem", "z wyrazami szacunku"),
}

# Sub-headings inside a signature block: they set ``group``.  Each row says what kind
# of signatory follows it, so "Organisations:" makes "11.11.11" an organisation.
ORGANISATION_GROUPS: dict[str, tuple[str, ...]] = {
    "en": ("organisations", "organizations", "international organisations", "international organizations",
           "national organisations", "national organizations", "regional organisations", "regional organizations",
           "local organisations", "local organizations", "groups", "signatory organisations",
           "signatory organizations", "signing organisations", "signing organizations", "institutions",
           "companies", "unions", "trade unions", "ngos", "networks", "associations", "partners"),
    "fr": ("organisations", "associations", "organisations internationales", "organisations nationales",
           "syndicats", "collectifs", "structures", "entreprises", "organisations signataires"),
    "de": ("organisationen", "verbande", "vereine", "unternehmen", "institutionen", "gewerkschaften",
           "organisationen und verbande"),
    "es": ("organizaciones", "organizaciones internacionales", "organizaciones nacionales", "entidades",
           "colectivos", "sindicatos", "organizaciones firmantes"),
    "it": ("organizzazioni", "associazioni", "sindacati"),
    "pt": ("organizacoes internacionais", "organizacoes nacionais", "organizacoes", "entidades", "sindicatos"),
    "ru": ("организации", "общественные организации", "международные организации"),
    "uk": ("організації",),
    "tr": ("kurumlar", "kuruluslar", "sivil toplum kuruluslari", "dernekler", "imzaci kurumlar"),
    "az": ("teskilatlar", "qurumlar", "qeyri-hokumet teskilatlari"),
    "nl": ("organisaties",),
    "pl": ("organizacje",),
}
PEOPLE_GROUPS: dict[str, tuple[str, ...]] = {
    "en": ("individuals", "people", "academics", "individual signatories", "scholars", "experts", "artists",
           "writers", "members", "personal capacity", "in a personal capacity", "individual signers",
           "initial signatories", "first signatories"),
    "fr": ("personnalites", "individus", "signataires individuels", "a titre individuel", "les premiers signataires",
           "premiers signataires", "universitaires", "chercheurs", "artistes"),
    "de": ("einzelpersonen", "personen", "erstunterzeichnende", "erstunterzeichner", "wissenschaftler"),
    "es": ("personas", "individuos", "a titulo individual", "personalidades", "primeros firmantes"),
    "it": ("persone", "a titolo personale", "primi firmatari"),
    "pt": ("individuos", "pessoas", "personalidades"),
    "ru": ("частные лица", "физические лица", "академики", "ученые"),
    "uk": ("фізичні особи",),
    "tr": ("akademisyenler", "bireyler", "kisiler"),
    "az": ("sexsler", "fiziki sexsler"),
}

# Titles that precede a name; moved to ``role`` ("Prof. Dr. Ali Köse" → role "Prof. Dr.").
NAME_TITLES: tuple[str, ...] = (
    "prof. dr.", "prof.dr.", "prof dr", "prof.", "prof", "professor", "dr.", "dr", "doç. dr.", "doc. dr.",
    "doç.dr.", "yrd. doç. dr.", "dr. öğr. üyesi", "ass. prof.", "assoc. prof.", "asst. prof.", "mr.", "mrs.", "ms.",
    "mr", "mrs", "ms", "mx.", "mme", "mme.", "m.", "mlle", "herr", "frau", "sir", "dame", "lord", "lady", "rev.",
    "revd", "fr.", "sr.", "hon.", "sen.", "rep.", "mep", "mp", "msp", "mdb", "mdl", "gen.", "col.", "capt.",
    "dipl.-ing.", "ing.", "mag.", "av.", "avv.", "sayın", "академик", "акад.", "член-корр ран", "член-корр. ран",
    "член-корреспондент ран", "член-корр.", "член-корр", "чл.-корр. ран", "профессор", "проф.", "д-р", "доктор",
    "д.ф.-м.н.", "д.т.н.", "д.б.н.", "к.т.н.", "к.ф.-м.н.", "академік", "професор", "akademik", "professor dr.",
    # es / pt / it / fr / de / tr / pl
    "dra.", "dra", "lic.", "lcda.", "lcdo.", "ing.", "arq.", "sra.", "srta.", "dña.", "prof.ª", "profa.", "eng.",
    "dott.", "dott.ssa", "prof.ssa", "on.", "mons.", "pr", "me", "mgr", "dr hab.", "dr hab", "prof. dr. hab.",
    "av.", "op. dr.", "uzm. dr.", "doç.", "öğr. gör.", "arş. gör.",
)

# Letters after a name, moved to ``role`` ("Sarah Quinn MEP", "Eva Holm FRS"); matched as written,
# so "Ann Ms" keeps her name ("Jr." is part of a name, not a role).
POSTNOMINALS: tuple[str, ...] = (
    "MEP", "MP", "MSP", "MS", "MLA", "MdB", "MdL", "FRS", "FBA", "FRSE", "PhD", "Ph.D.", "MD", "M.D.", "DPhil",
    "OBE", "CBE", "MBE", "KC", "QC", "Esq.", "FRCP", "FRCS", "FMedSci", "FREng",
)

# Functions that make a part of an entry a role rather than an affiliation
# ("Jane Roe, composer" / "Jean Dupont – maire de Lyon" / "Иван Петров, председатель").
ROLE_WORDS: tuple[str, ...] = (
    # en
    "president", "vice-president", "chair", "chairman", "chairwoman", "chairperson", "co-chair", "director",
    "executive director", "ceo", "founder", "co-founder", "coordinator", "secretary", "secretary-general",
    "general secretary", "treasurer", "member", "board member", "spokesperson", "spokesman", "spokeswoman",
    "professor", "lecturer", "researcher", "fellow", "journalist", "editor", "writer", "author", "poet",
    "composer", "musician", "artist", "actor", "actress", "filmmaker", "director", "lawyer", "attorney",
    "activist", "mayor", "senator", "deputy", "mp", "mep", "councillor", "councilor", "minister", "ambassador",
    "economist", "historian", "philosopher", "scientist", "physician", "doctor", "student", "teacher", "pastor",
    "rabbi", "imam", "bishop", "head", "manager", "partner", "representative", "advisor", "adviser", "dean",
    "rector", "principal", "emeritus", "former", "retired", "nobel laureate", "laureate", "candidate",
    # fr
    "president", "presidente", "directeur", "directrice", "fondateur", "fondatrice", "secretaire",
    "secretaire generale", "porte-parole", "maire", "depute", "deputee", "senatrice", "ecrivain", "ecrivaine",
    "compositeur", "compositrice", "avocat", "avocate", "chercheur", "chercheuse", "professeur", "professeure",
    "militant", "militante", "ancien", "ancienne", "membre", "coordinateur", "coordinatrice", "elu", "elue",
    # de
    "prasident", "prasidentin", "vorsitzender", "vorsitzende", "geschaftsfuhrer", "geschaftsfuhrerin",
    "vorstand", "vorstandsvorsitzender", "sprecher", "sprecherin", "grunder", "grunderin", "abgeordneter",
    "abgeordnete", "burgermeister", "burgermeisterin", "schriftsteller", "schriftstellerin", "komponist",
    "komponistin", "rechtsanwalt", "rechtsanwaltin", "journalistin", "mitglied", "leiter", "leiterin",
    "arzt", "arztin", "lehrer", "lehrerin", "schuler", "schulerin", "studentin", "pfarrer", "pfarrerin",
    "professorin", "autorin", "autor", "kunstler", "kunstlerin", "bezirksverordneter", "bezirksverordnete",
    "stadtrat", "stadtratin", "landtagsabgeordneter", "landtagsabgeordnete", "ehemaliger", "ehemalige",
    # es / pt / it
    "presidenta", "director", "directora", "fundador", "fundadora", "secretario", "secretaria", "portavoz",
    "alcalde", "alcaldesa", "diputado", "diputada", "senador", "senadora", "escritor", "escritora", "compositor",
    "compositora", "abogado", "abogada", "periodista", "investigador", "investigadora", "profesor", "profesora",
    "impulsora", "impulsor", "coordinadora", "coordinador", "miembro", "activista", "diretor", "diretora",
    "presidente", "deputado", "deputada", "advogado", "advogada", "jornalista", "professora", "pesquisador",
    "pesquisadora", "prefeito", "prefeita", "sindaco", "direttore", "direttrice", "giornalista", "scrittore",
    "scrittrice", "avvocato", "ricercatore", "ricercatrice", "docente",
    # ru / uk
    "председатель", "президент", "директор", "генеральный директор", "руководитель", "сопредседатель",
    "член", "депутат", "журналист", "писатель", "писательница", "поэт", "композитор", "художник", "юрист",
    "адвокат", "правозащитник", "правозащитница", "профессор", "доцент", "научный сотрудник", "главный редактор",
    "редактор", "историк", "экономист", "основатель", "учредитель", "координатор", "секретарь", "учитель",
    "учительница", "голова", "директорка", "журналістка", "письменник", "письменниця",
    # tr / az
    "baskan", "baskani", "genel baskan", "genel sekreter", "kurucu", "uye", "milletvekili", "gazeteci", "yazar",
    "sair", "besteci", "avukat", "ogretim uyesi", "arastirmaci", "koordinator", "sozcu", "sedr", "sedri",
    "sedrin muavini", "deputat", "millet vekili", "jurnalist", "yazici", "vekil", "huquqsunas", "muavin",
    "rehber", "rehberi", "direktor", "direktoru", "uzv", "uzvu", "professor", "muhtar", "belediye baskani",
    "rektor", "rektoru", "dekan", "dekani", "mudur", "muduru", "mudir", "mudiri", "imam", "ogretmen", "doktor",
    "sanatci", "yonetmen", "oyuncu", "hakim", "savci", "icra bascisi", "icra direktoru", "bascisi", "katib",
    "katibi", "sadr", "nazir", "naziri",
)

# Words that make an entry an organisation rather than a person.
ORGANISATION_WORDS: tuple[str, ...] = (
    # en
    "association", "assoc", "network", "forum", "institute", "institution", "university", "college", "council",
    "international", "internacional", "internationale", "internazionale",
    "committee", "commission", "foundation", "union", "congress", "church", "society", "alliance",
    "coalition", "federation", "center", "centre", "movement", "organisation", "organization", "ngo", "ngos",
    "group", "party", "campaign", "project", "fund", "trust", "watch", "action", "initiative", "labor",
    "labour", "roundtable", "conservancy", "declaration", "solidarity", "friends", "collective", "league",
    "agency", "academy", "bureau", "chamber", "club", "company", "corporation", "cooperative", "co-op",
    "department", "faculty", "school", "observatory", "office", "platform", "programme", "program", "service",
    "services", "team", "board", "caucus", "assembly", "consortium", "press", "media", "news", "magazine",
    "journal", "radio", "tv", "television", "bank", "hospital", "museum", "library", "lab", "laboratory",
    "secretariat", "ministry", "parliament", "government", "municipality", "city of", "town of", "council of",
    "sisters", "brothers", "women's", "workers", "federation", "confederation", "syndicate", "guild",
    "mission", "ministries", "partners", "partnership", "advocates", "defenders", "rights", "justice",
    # regional qualifiers of a body ("Greenpeace Central and Eastern Europe", "… – Africa")
    "europe", "africa", "asia", "americas", "eastern", "western", "northern", "southern", "pacific", "global",
    # fr
    "universite", "fondation", "societe", "mouvement", "groupe", "parti", "syndicat", "collectif", "amis",
    "solidarite", "ligue", "comite", "conseil", "federation", "confederation", "reseau", "centre", "institut",
    "ecole", "observatoire", "cooperative", "entreprise", "ong", "assemblee", "ordre",
    # de
    "universitat", "stiftung", "gruppe", "partei", "verband", "verein", "kammer", "innung", "gesellschaft",
    "gewerkschaft", "kollektiv", "initiative", "netzwerk", "bundnis", "zentrum", "institut", "akademie",
    "arbeitskreis", "bund", "industrie", "wirtschaft", "bankenverband", "unternehmensverbande",
    # es / pt / it
    "universidad", "fundacion", "organizacion", "asociacion", "sindicato", "partido", "colectivo", "red",
    "centro", "comision", "consejo", "confederacion", "federacion", "plataforma", "movimiento", "coordinadora",
    "universidade", "fundacao", "organizacao", "associacao", "rede", "instituto", "comissao", "conselho",
    "universita", "fondazione", "associazione", "rete", "comitato", "sindacato", "movimento", "consiglio",
    # ru / uk
    "ассоциация", "союз", "фонд", "общество", "организация", "партия", "комитет", "центр", "движение",
    "институт", "университет", "академия", "совет", "объединение", "сеть", "коалиция", "клуб", "группа",
    "профсоюз", "лига", "редакция", "издательство", "мемориал", "асоціація", "спілка", "організація",
    "громадська", "центр", "рух", "мережа", "фундація", "ран",
    # tr / az
    "dernegi", "vakfi", "sendikasi", "platformu", "universitesi", "birligi", "konfederasyonu", "federasyonu",
    "odasi", "partisi", "merkezi", "enstitusu", "meclisi", "hareketi", "kooperatifi", "girisimi", "agi",
    "assosiasiyasi", "birliyi", "ictimai", "teskilati", "merkezi", "fondu", "cemiyyeti", "partiyasi",
    "universiteti", "institutu", "sirketi", "qurumu",
    # nl / pl / others
    "vereniging", "stichting", "universiteit", "stowarzyszenie", "fundacja", "fundacji", "zwiazek", "instytut",
    "uniwersytet", "federacja", "forening", "forbund", "yhdistys",
)

# Word endings that mark an organisation inside compounds: German "Handelsverband",
# "Handwerkskammer", Turkish "…Derneği", Azerbaijani "…Assosiasiyası".
ORGANISATION_SUFFIXES: tuple[str, ...] = (
    "verband", "verbande", "kammer", "innung", "verein", "gesellschaft", "gemeinschaft", "stiftung", "netzwerk",
    "institut", "zentrum", "partei", "gewerkschaft", "bundnis", "dernegi", "vakfi", "sendikasi", "birligi",
    "assosiasiyasi", "platformu",
)

# Legal forms after an organisation's name ("… e.V.", "… GmbH", "… Ltd.", "ООО …").
LEGAL_FORMS: tuple[str, ...] = (
    "e.v.", "e. v.", "ev", "gmbh", "ggmbh", "ag", "kg", "ohg", "ug", "inc.", "inc", "ltd.", "ltd", "llc", "llp",
    "plc", "corp.", "corp", "co.", "s.a.", "sa", "s.a.s.", "sas", "sarl", "s.a.r.l.", "srl", "s.r.l.", "spa",
    "s.p.a.", "b.v.", "bv", "n.v.", "nv", "a.s.", "a.ş.", "as", "ab", "oy", "aps", "asbl", "vzw", "cic",
    "ооо", "оао", "зао", "пао", "ао", "нко", "ано", "ип", "mmc", "asc", "qsc", "ictimai birlik",
)

# Column headings of signatory tables (markdown pipe tables, tab-separated), by the field they fill.
TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("name", "full name", "signatory", "signatories", "signed", "nom", "nom et prenom", "prenom et nom",
             "name, vorname", "vorname name", "nombre", "nombre y apellidos", "nome", "имя", "фио", "ф.и.о.",
             "ad soyad", "adi soyadi", "ad", "adi", "soyad", "naam", "imie i nazwisko", "ім'я", "піб",
             "organisation name", "organization name"),
    "role": ("role", "title", "position", "function", "occupation", "job title", "titre", "fonction", "qualite",
             "funktion", "position", "beruf", "titel", "cargo", "funcion", "ocupacion", "funzione", "qualifica",
             "должность", "звание", "статус", "unvan", "gorev", "vezife", "посада", "functie"),
    "affiliation": ("affiliation", "organisation", "organization", "institution", "company", "employer",
                    "university", "organisme", "structure", "etablissement", "institution", "organisation",
                    "einrichtung", "institucion", "entidad", "organizacion", "instituicao", "organizacao",
                    "ente", "организация", "место работы", "учреждение", "организація", "kurum", "kurulus",
                    "universite", "qurum", "teskilat", "instelling", "organizacja"),
    "place": ("country", "city", "location", "place", "pays", "ville", "land", "stadt", "ort", "pais", "ciudad",
              "paese", "citta", "cidade", "страна", "город", "країна", "місто", "ulke", "sehir", "olke", "seher"),
}

# Section headings that end a block: contacts, notes, comments ("Ansprechpersonen", "Kontakt").
BLOCK_END_HEADINGS: dict[str, tuple[str, ...]] = {
    "en": ("contact", "contacts", "press contact", "media contact", "media contacts", "for more information",
           "for further information", "notes", "notes to editors", "footnotes", "references", "sources",
           "comments", "leave a comment", "leave a reply", "reply", "responses", "related", "read more",
           "about", "about us", "background"),
    "fr": ("contact", "contacts", "contact presse", "pour plus d'informations", "notes", "commentaires",
           "reagir", "a propos"),
    "de": ("kontakt", "ansprechpersonen", "ansprechpartner", "ansprechpartnerin", "pressekontakt",
           "fur ruckfragen", "anmerkungen", "fussnoten", "kommentare", "uber uns"),
    "es": ("contacto", "contactos", "contacto de prensa", "para mas informacion", "notas", "comentarios"),
    "it": ("contatti", "contatto", "note", "commenti"),
    "pt": ("contato", "contatos", "contacto", "para mais informacoes", "notas", "comentarios"),
    "ru": ("контакты", "контакт", "для справок", "примечания", "комментарии", "источник"),
    "uk": ("контакти", "примітки", "коментарі"),
    "tr": ("iletisim", "notlar", "yorumlar", "kaynak"),
    "az": ("elaqe", "qeydler", "serhler", "menbe"),
    "nl": ("contact", "noten", "reacties"),
    "pl": ("kontakt", "przypisy", "komentarze"),
}

# Words joining two names or a name and a count ("Anna Berg and John Smith", "… und 200 weitere").
CONJUNCTIONS: dict[str, tuple[str, ...]] = {
    "en": ("and",),
    "fr": ("et",),
    "de": ("und",),
    "es": ("y", "e"),
    "pt": ("e",),
    "it": ("e",),
    "nl": ("en",),
    "pl": ("i", "oraz"),
    "sv": ("och",),
    "ru": ("и",),
    "uk": ("і", "та"),
    "tr": ("ve",),
    "az": ("və",),
}

# Marks that sign on the same line as the name: "gez. Max Muster", "(signed) Jane Roe", "/s/ Jane Roe".
INLINE_SIGN_MARKS: tuple[str, ...] = (
    "gez.", "sgd.", "(signed)", "(sgd.)", "(sgd)", "(gez.)", "(gez)", "/s/", "(подпись)", "подпись:", "подпись",
)

# Wire credits under an article ("Reporting by …; Editing by …"): the article's staff, not signers.
CREDIT_OPENINGS: tuple[str, ...] = (
    "reporting by", "additional reporting by", "writing by", "editing by", "compiled by", "translated by",
    "photo by", "photos by", "text by", "redaktion", "text und foto", "bearbeitet von", "reportage de",
    "redaction", "edite par", "texte", "traduit par", "redaccion", "edicion de", "traducido por",
    "автор", "редактор", "фото", "перевод", "muhabir", "editor", "haber", "foto",
)
# The last word of a credit that needs no colon ("Reporting by X"; "Foto: X" needs one, and
# "Editor John Smith" may be a signer's role).
CREDIT_BY_WORDS: tuple[str, ...] = ("by", "von", "de", "par", "por")

# Line openings that address the letter ("To:", "Cc:", "Кому:"): never signatories.
ADDRESSEE_PREFIXES: tuple[str, ...] = (
    "to", "cc", "bcc", "attn", "attention", "a", "a l'attention de", "destinataires", "an", "z. hd.",
    "para", "a la atencion de", "кому", "копия", "адресат", "kime", "sayin", "kimə", "aan",
)

# Lines that close a list of signers by counting the rest ("… and 250 others", "и другие").
OTHERS_CUES: tuple[str, ...] = (
    "and others", "and more", "and many others", "and many more", "others", "more signatures", "et al",
    "et d'autres", "et autres", "und weitere", "und andere", "y otros", "y otras", "e altri", "e outros",
    "и другие", "и др", "и еще", "і інші", "ve digerleri", "ve diger", "ve basqalari", "en anderen",
    "i inni", "unable to sign", "list continues", "signatures continue",
)

# "and 312 other academics", "и ещё 150 человек", "et 200 autres": a count closing the list.
OTHERS_COUNT_WORDS: tuple[str, ...] = (
    "and", "+", "plus", "et", "und", "y", "e", "и", "і", "ve", "və", "en", "oraz", "och", "и еще", "и ещё", "і ще",
)

# Lowercase words inside names of organisations that do not make a line prose:
# "Alliance of Progressive Labor", "Fachgemeinschaft Bau Berlin und Brandenburg e.V.".
NAME_FUNCTION_WORDS: tuple[str, ...] = (
    "of", "the", "and", "for", "in", "on", "at", "to", "by", "with", "a", "an", "de", "la", "le", "les", "des",
    "du", "et", "der", "die", "das", "und", "für", "von", "van", "zu", "y", "e", "el", "los", "las", "del", "da",
    "do", "dos", "di", "il", "per", "и", "в", "на", "по", "для", "ve", "ile", "və", "ilə", "i", "w", "z", "na",
    "dla", "en", "het",
)
