"""Words of signature blocks: headings, closing formulas, group headings, table columns, block ends, credits.

Keyed by ISO 639-1 code; adding a language is adding rows here, not code.
Entries are matched on their folded form (lowercase, no diacritics, trailing
``:`` removed) — see ``stmtkit.fold.fold_key``.  The words of one entry (titles, head nouns
of roles and organisations, legal forms) are ``stmtkit.data.entry_words``.
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
           "the signatories", "signatories include", "signatories to date", "current signatories", "have joined so far", "joined so far", "co-signatories", "cosignatories", "also signed", "also signed by"),
    "fr": ("signe par", "signes par", "signee par", "signees par", "signataires", "les signataires",
           "organisations signataires", "liste des signataires", "premiers signataires", "les premiers signataires",
           "signe", "signatures", "ont signe", "les organisations signataires", "cosignataires", "les signataires sont", "soussignes", "les soussignes", "adhesions"),
    "de": ("unterzeichnet von", "unterzeichner", "die unterzeichner", "die unterzeichnenden", "unterzeichnende",
           "die unterzeichnerinnen und unterzeichner", "unterzeichnerinnen und unterzeichner",
           "unterzeichner*innen", "unterzeichner:innen", "gez", "erstunterzeichner", "erstunterzeichnende",
           "erstunterzeichner*innen", "unterschriften", "unterzeichnet"),
    "es": ("firmado por", "firmado", "firmada por", "firmantes", "los firmantes", "las firmantes", "firman",
           "firmas", "primeros firmantes", "organizaciones firmantes", "suscriben", "abajo firmantes", "los abajo firmantes", "las organizaciones firmantes", "adhesiones"),
    "it": ("firmatari", "firmato da", "i firmatari", "firmato", "firmatarie", "primi firmatari", "firme",
           "sottoscritto da", "hanno firmato", "hanno aderito", "aderiscono", "adesioni", "elenco dei firmatari", "le firme"),
    "pt": ("assinado", "assinado por", "assinam", "signatarios", "assinaturas", "subscrevem", "assinantes",
           "organizacoes signatarias", "subscritores", "signatarios iniciais", "primeiros signatarios", "os signatarios", "subscritores iniciais", "assinaturas iniciais"),
    "ru": ("подписали", "подписавшиеся", "подписи", "список подписавших", "подписанты", "подписал", "подписала",
           "подписавшие", "первые подписанты"),
    "uk": ("підписали", "підписанти", "підписи", "підписалися", "список підписантів", "перші підписанти"),
    "be": ("падпісалі", "подпісалі"),
    "tr": ("imzalayanlar", "imzacilar", "kampanyayi baslatanlar", "imza sahipleri", "imzaci", "imzaci kurumlar",
           "imzaci kuruluslar", "ilk imzacilar", "imzalar", "bildiriyi imzalayanlar"),
    "az": ("imzalayanlar", "imza atanlar", "imzalar", "imzacilar", "muracieti imzalayanlar"),
    "nl": ("de ondertekenaars", "ondertekenaars", "ondertekend door", "ondertekening", "getekend", "ondertekend", "ondertekenaars van de brief"),
    "pl": ("podpisali", "sygnatariusze", "podpisani", "podpisy", "podpisane przez", "sygnatariusze listu", "lista sygnatariuszy", "podpisali sie"),
    "cs": ("podepsani", "signatari", "podpisy", "podepsali", "podepsani ucastnici", "seznam signataru"),
    "sv": ("undertecknare", "undertecknat av", "undertecknade", "underskrifter", "undertecknade organisationer", "undertecknat"),
    "da": ("underskrivere", "underskrevet af"),
    "no": ("underskrevet av", "underskrivere"),
    "fi": ("allekirjoittajat", "allekirjoittaneet", "allekirjoittajat ovat"),
    "el": ("υπογραφουν", "οι υπογραφοντες", "υπογραφες", "υπογραφοντες", "οι υπογραφουσες οργανωσεις"),
    "ro": ("semnatari", "semnat de", "semneaza", "au semnat", "au mai semnat", "semnatarii", "lista semnatarilor", "semnaturi"),
    "hu": ("alairok", "alairta", "alairasok", "az alairok", "alairok listaja"),
    "ka": ("ხელმომწერები", "ხელმოწერები", "ხელს აწერენ"),
    "hy": ("ստորագրել են",),
    "ar": ("الموقعون", "الموقعين", "التوقيعات", "الموقعون على البيان", "المنظمات الموقعة", "الجمعيات الموقعة"),
    "is": ("undirritaðir", "undirrituð", "undirskriftir", "undir þetta rita"),
    "sr": ("potpisnici", "potpisali", "potpisi", "potpisnici peticije"),
    "hr": ("potpisnici", "potpisali", "potpisi"),
    "ja": ("呼びかけ人", "呼びかけ人一覧", "賛同人", "賛同人一覧", "賛同者", "賛同者一覧", "署名者", "署名者一覧", "賛同団体",
           "呼びかけ団体", "連名", "署名"),
    "zh": ("签名", "签名者", "签署人", "联署人", "联署", "发起人", "首批签名", "签名名单", "联署名单", "簽名", "簽署人", "聯署人",
           "聯署", "發起人", "首批簽名"),
    "ko": ("서명자", "서명인", "서명 단체", "연명", "참여 단체", "제안자"),
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
    "ka": ("ხელმოწერ", "ხელმომწერ"),
}

# A heading that says the names below it signed too ("Au mai semnat:", "Also signed:"): the names
# right above it, under no heading of their own, are signers of the same block.  Whole words of the heading.
ALSO_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("also", "further", "additional"), "fr": ("egalement", "aussi"), "de": ("auch", "ausserdem", "weitere"),
    "es": ("tambien", "ademas"), "it": ("anche", "inoltre"), "pt": ("tambem",), "ro": ("mai",),
    "ru": ("также", "еще", "ещё"), "uk": ("також", "ще"), "pl": ("rowniez", "takze", "ponadto"),
    "tr": ("ayrica",), "nl": ("ook",), "sv": ("aven", "ocksa"),
}

# A petition's call to join, ending in a colon above the names: "Click here to add your name to the list,
# which includes the following:".  Asked, like ON_BEHALF_PHRASES, of a sentence ending in a colon.
SIGN_UP_PHRASES: dict[str, tuple[str, ...]] = {
    "en": ("add your name", "add your signature", "add their names"),
    "fr": ("ajoutez votre nom", "ajouter votre nom", "ajoutez votre signature", "ajouter votre signature"),
    "de": ("ihren namen hinzufugen", "deinen namen hinzufugen"),
    "es": ("anade tu nombre", "agrega tu nombre", "anadir su nombre", "agregar su nombre"),
    "it": ("aggiungi il tuo nome", "aggiungere il proprio nome"),
    "pt": ("adicione seu nome", "adicione o seu nome", "acrescente o seu nome"),
}

# Phrases that sign for a group: a sentence ending in a colon that holds one opens a block
# ("W imieniu członków Klubów:", "On behalf of the board:"), and so does a short line opening with
# one and ending in a comma ("Namens het bestuur,", as a closing formula).  Matched as whole words in the folded line.
ON_BEHALF_PHRASES: dict[str, tuple[str, ...]] = {
    "en": ("on behalf of",),
    "fr": ("au nom de", "au nom des", "au nom du"),
    "de": ("im namen",),
    "es": ("en nombre de", "en nombre del"),
    "it": ("a nome di", "a nome del", "a nome della", "a nome dei"),
    "pt": ("em nome de", "em nome do", "em nome da", "em nome dos", "em nome das"),
    "pl": ("w imieniu",),
    "ru": ("от имени",),
    "uk": ("від імені",),
    "tr": ("adina",),
    "nl": ("namens", "uit naam van"),
    "cs": ("jménem",),
    "sk": ("v mene",),
    "ro": ("în numele",),
    "sr": ("u ime",),
    "hr": ("u ime",),
    "sv": ("på uppdrag av",),
    "da": ("på vegne af",),
    "no": ("på vegne av",),
    "is": ("fyrir hönd",),
    "el": ("εκ μέρους",),
    "ar": ("نيابة عن", "بالنيابة عن"),
}

# Closing formulas after which the signers follow without a heading ("Sincerely," then names),
# or on the same line ("Saygılarımızla, Kadın Hakları Derneği").
CLOSING_FORMULAS: dict[str, tuple[str, ...]] = {
    "en": ("sincerely", "yours sincerely", "sincerely yours", "yours faithfully", "faithfully", "respectfully",
           "respectfully yours", "respectfully submitted", "best regards", "kind regards", "warm regards", "regards",
           "in solidarity", "with respect", "yours truly", "with best wishes", "with gratitude", "yours", "best"),
    "fr": ("cordialement", "bien cordialement", "respectueusement", "salutations", "salutations distinguees",
           "bien a vous", "solidairement", "avec nos salutations distinguees", "nos salutations distinguees"),
    "de": ("mit freundlichen grussen", "hochachtungsvoll", "freundliche grusse", "mit solidarischen grussen",
           "viele grusse", "beste grusse", "mit freundlichem gruss", "mit besten grussen", "herzliche grusse"),
    "es": ("atentamente", "cordialmente", "saludos cordiales", "un saludo", "respetuosamente", "atentos saludos", "reciban un cordial saludo", "un cordial saludo"),
    "it": ("cordiali saluti", "distinti saluti", "cordialmente", "in fede", "con osservanza", "distinti saluti e buon lavoro", "un cordiale saluto", "cordialita"),
    "pt": ("atenciosamente", "cordialmente", "respeitosamente", "saudacoes", "com os melhores cumprimentos", "melhores cumprimentos", "com os meus cumprimentos", "cumprimentos", "com estima"),
    "ru": ("с уважением", "с глубоким уважением", "искренне ваш", "искренне ваши"),
    "uk": ("з повагою", "з глибокою повагою"),
    "tr": ("saygilarimizla", "saygilarimla", "saygiyla"),
    "az": ("hormetle", "derin hormetle"),
    "nl": ("met vriendelijke groet", "hoogachtend", "met vriendelijke groeten", "met hartelijke groet"),
    "pl": ("z powazaniem", "z wyrazami szacunku", "z powazaniem i wyrazami szacunku", "lacze wyrazy szacunku"),
    "cs": ("s uctou", "s pozdravem", "s pratelskym pozdravem"),
    "sk": ("s uctou", "s pozdravom"),
    "sr": ("s postovanjem", "sa postovanjem", "srdacan pozdrav"),
    "hr": ("s postovanjem", "srdacan pozdrav"),
    "hu": ("tisztelettel", "udvozlettel"),
    "ro": ("cu stima", "cu respect", "cu deosebita consideratie"),
    "sv": ("med vanliga halsningar", "vanliga halsningar", "med vanlig halsning"),
    "fi": ("ystavallisin terveisin", "kunnioittavasti", "terveisin"),
    "da": ("med venlig hilsen", "venlig hilsen"),
    "no": ("med vennlig hilsen", "vennlig hilsen"),
    "is": ("virðingarfyllst", "með kveðju", "bestu kveðjur"),
    "el": ("με εκτιμηση", "με τιμη", "με σεβασμο"),
    "ar": ("مع خالص التحية", "وتفضلوا بقبول فائق الاحترام", "مع التحية"),
    "bg": ("с уважение",),
    "ca": ("atentament", "cordialment"),
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

# Section headings that end a block: contacts, notes, comments, attachments ("Ansprechpersonen", "Kontakt", "Bijlage: …").
BLOCK_END_HEADINGS: dict[str, tuple[str, ...]] = {
    "en": ("contact", "contacts", "press contact", "media contact", "media contacts", "for more information",
           "for further information", "notes", "notes to editors", "footnotes", "references", "sources",
           "comments", "leave a comment", "leave a reply", "reply", "responses", "related", "read more",
           "about", "about us", "background", "the list remains open", "the list is open", "sign the petition",
           "sign this petition", "sign the letter", "add your name", "add your signature", "attachment", "attachments",
           "annex"),
    "fr": ("contact", "contacts", "contact presse", "pour plus d'informations", "notes", "commentaires",
           "reagir", "a propos", "la liste reste ouverte", "signez la petition", "signer la petition", "piece jointe",
           "pieces jointes", "annexe"),
    "de": ("kontakt", "ansprechpersonen", "ansprechpartner", "ansprechpartnerin", "pressekontakt",
           "fur ruckfragen", "anmerkungen", "fussnoten", "kommentare", "uber uns", "jetzt unterschreiben",
           "petition unterschreiben", "anhang", "anlage", "anlagen"),
    "es": ("contacto", "contactos", "contacto de prensa", "para mas informacion", "notas", "comentarios", "la lista sigue abierta",
           "firma la peticion", "adjunto", "anexo"),
    "it": ("contatti", "contatto", "note", "commenti", "firma la petizione", "le adesioni restano aperte", "allegato", "allegati"),
    "pt": ("contato", "contatos", "contacto", "para mais informacoes", "notas", "comentarios", "anexo", "anexos"),
    "ru": ("контакты", "контакт", "для справок", "примечания", "комментарии", "источник", "подписать петицию",
           "подпишите петицию", "список открыт", "приложение"),
    "uk": ("контакти", "примітки", "коментарі", "додаток"),
    "tr": ("iletisim", "notlar", "yorumlar", "kaynak", "ekler"),
    "az": ("elaqe", "qeydler", "serhler", "menbe"),
    "nl": ("contact", "noten", "reacties", "bijlage", "bijlagen"),
    "pl": ("kontakt", "przypisy", "komentarze", "zalacznik", "zalaczniki"),
    "ro": ("contact", "note", "comentarii", "lista ramane deschisa", "semneaza aceasta petitie", "semneaza petitia", "anexa"),
    "cs": ("kontakt", "poznamky", "priloha", "prilohy"),
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
    # "and many more …" closing each group of a grouped list
    "und viele mehr", "und viele weitere", "und viele andere", "et bien d'autres", "et beaucoup d'autres",
    "y muchos mas", "y muchas mas", "y muchos otros", "y muchas otras", "e molti altri", "e molte altre",
    "e tanti altri", "e muitos outros", "e muitas outras", "e muito mais", "i wiele innych", "i wielu innych",
    "и многие другие", "та багато інших", "і багато інших", "ve daha bircok", "ve daha fazlasi",
    "ve daha nice", "və digərləri", "və daha çox", "si multi altii", "si multe altele", "og mange flere",
    "och många fler", "en vele anderen", "og margir fleiri", "και πολλοί άλλοι",
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
