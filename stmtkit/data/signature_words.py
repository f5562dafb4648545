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
           "the signatories", "signatories include", "signatories to date", "current signatories", "have joined so far", "joined so far", "co-signatories", "cosignatories", "also signed", "also signed by",
           "initiators", "the initiators", "initiated by", "signed:", "list of signers", "first signers",
           # a statement's issuer under its text: "Issued by:" / "Jane Doe" / "Chair"
           "issued by"),
    "fr": ("signe par", "signes par", "signee par", "signees par", "signataires", "les signataires",
           "organisations signataires", "liste des signataires", "premiers signataires", "les premiers signataires",
           "signe", "signatures", "ont signe", "les organisations signataires", "cosignataires", "les signataires sont", "soussignes", "les soussignes", "adhesions",
           "initiateurs", "les initiateurs", "initiatrices et initiateurs", "signataires initiaux"),
    "de": ("unterzeichnet von", "unterzeichner", "die unterzeichner", "die unterzeichnenden", "unterzeichnende",
           "die unterzeichnerinnen und unterzeichner", "unterzeichnerinnen und unterzeichner",
           "unterzeichner*innen", "unterzeichner:innen", "gez", "erstunterzeichner", "erstunterzeichnende",
           "erstunterzeichner*innen", "unterschriften", "unterzeichnet",
           "initiatoren", "initiatorinnen und initiatoren", "initiator*innen", "liste der unterzeichner",
           "erstunterzeichnerinnen und erstunterzeichner", "mitunterzeichner", "die mitunterzeichner",
           "mitunterzeichnende", "mitzeichnende", "mitzeichnenden", "mitzeichner",
           "mitzeichnende organisationen", "mitzeichnenden organisationen", "unterzeichnende organisationen",
           "unterzeichnenden organisationen", "erstunterzeichnerinnen und -unterzeichner",
           "unterzeichnerinnen und -unterzeichner", "unterstutzerinnen und -unterstutzer", "unterstutzer", "unsere unterstutzer", "unterstutzerinnen und unterstutzer",
           "unterstutzer*innen", "unterstutzer:innen", "unsere unterstutzerinnen und unterstutzer"),
    "es": ("firmado por", "firmado", "firmada por", "firmantes", "los firmantes", "las firmantes", "firman",
           "firmas", "primeros firmantes", "organizaciones firmantes", "suscriben", "abajo firmantes", "los abajo firmantes", "las organizaciones firmantes", "adhesiones",
           "promotores", "impulsores", "lista de firmantes", "firmantes iniciales", "suscriptores"),
    "it": ("firmatari", "firmato da", "i firmatari", "firmato", "firmatarie", "primi firmatari", "firme",
           "sottoscritto da", "hanno firmato", "hanno aderito", "aderiscono", "adesioni", "elenco dei firmatari", "le firme",
           "promotori", "i promotori", "primi firmatari e firmatarie", "sottoscrittori"),
    "pt": ("assinado", "assinado por", "assinam", "signatarios", "assinaturas", "subscrevem", "assinantes",
           "organizacoes signatarias", "subscritores", "primeiros subscritores", "signatarios iniciais", "primeiros signatarios", "os signatarios", "subscritores iniciais", "assinaturas iniciais",
           "proponentes", "promotores", "lista de signatarios", "abaixo-assinados", "os abaixo-assinados"),
    "ru": ("подписали", "подписавшиеся", "подписи", "список подписавших", "подписанты", "подписал", "подписала",
           "подписавшие", "первые подписанты",
           "инициаторы", "инициативная группа", "нижеподписавшиеся"),
    "uk": ("підписали", "підписанти", "підписи", "підписалися", "список підписантів", "перші підписанти",
           "ініціатори", "ініціативна група", "нижчепідписані"),
    "be": ("падпісалі", "подпісалі",
           "падпісанты", "подпісанты", "подпісы"),
    "tr": ("imzalayanlar", "imzacilar", "kampanyayi baslatanlar", "imza sahipleri", "imzaci", "imzaci kurumlar",
           "imzaci kuruluslar", "ilk imzacilar", "imzalar", "bildiriyi imzalayanlar",
           "cagricilar", "cagrici", "imzaci orgutler"),
    "az": ("imzalayanlar", "imza atanlar", "imzalar", "imzacilar", "muracieti imzalayanlar"),
    "nl": ("de ondertekenaars", "ondertekenaars", "ondertekend door", "ondertekening", "getekend", "ondertekend", "ondertekenaars van de brief",
           "eerste ondertekenaars", "lijst van ondertekenaars", "ondertekenende organisaties", "getekend door",
           "medeondertekenaars", "ondergetekenden", "de ondergetekenden", "initiatiefnemers",
           "w.g.", "was getekend"),  # "w.g." over the name: "was signed" (the heading as "gez." is in de)
    "pl": ("podpisali", "sygnatariusze", "podpisani", "podpisy", "podpisane przez", "sygnatariusze listu", "lista sygnatariuszy", "podpisali sie",
           "inicjatorzy", "pierwsi sygnatariusze", "nizej podpisani"),
    "cs": ("podepsani", "signatari", "podpisy", "podepsali", "podepsani ucastnici", "seznam signataru",
           "iniciatori", "prvni signatari", "signatari vyzvy", "podepsani:"),
    "sv": ("undertecknare", "undertecknat av", "undertecknade", "underskrifter", "undertecknade organisationer", "undertecknat",
           "undertecknarna", "de undertecknade", "forsta undertecknare", "lista over undertecknare",
           "initiativtagare", "undertecknande organisationer"),
    "da": ("underskrivere", "underskrevet af",
           "underskriverne", "undertegnede", "de undertegnede", "forste underskrivere",
           "liste over underskrivere", "initiativtagere", "underskrifter"),
    "no": ("underskrevet av", "underskrivere",
           "underskriverne", "undertegnet av", "undertegnede", "undertegnere", "de undertegnede",
           "forste underskrivere", "liste over underskrivere", "initiativtakere", "signert av",
           "underskrifter"),
    "fi": ("allekirjoittajat", "allekirjoittaneet", "allekirjoittajat ovat",
           "allekirjoitukset", "ensimmaiset allekirjoittajat", "allekirjoittaneet jarjestot",
           "allekirjoittajajarjestot", "allekirjoittaneet tahot", "aloitteentekijat",
           "allekirjoittajien lista"),
    "el": ("υπογραφουν", "οι υπογραφοντες", "υπογραφες", "υπογραφοντες", "οι υπογραφουσες οργανωσεις",
           "πρωτοι υπογραφοντες", "λιστα υπογραφοντων", "καταλογος υπογραφοντων", "συνυπογραφουν",
           "οι υπογραφουσες", "υπογραφουν οι", "υπογραφη"),
    "ro": ("semnatari", "semnat de", "semneaza", "au semnat", "au mai semnat", "semnatarii", "lista semnatarilor", "semnaturi"),
    "hu": ("alairok", "alairta", "alairasok", "az alairok", "alairok listaja",
           "alulirottak", "az alulirottak", "elso alairok", "az alairo szervezetek", "alairo szervezetek",
           "kezdemenyezok", "alairjak"),
    "ka": ("ხელმომწერები", "ხელმოწერები", "ხელს აწერენ",
           "ხელმომწერნი", "ხელმომწერთა სია"),
    "hy": ("ստորագրել են",
           "ստորագրողներ", "ստորագրություններ", "ստորագրողների ցանկ", "ստորագրեցին"),
    "ar": ("الموقعون", "الموقعين", "التوقيعات", "الموقعون على البيان", "المنظمات الموقعة", "الجمعيات الموقعة",
           "الموقعون أدناه", "قائمة الموقعين", "الموقعون الأوائل", "الموقعات والموقعون", "توقيع", "التوقيع"),
    "is": ("undirritaðir", "undirrituð", "undirskriftir", "undir þetta rita",
           "undirritendur", "fyrstu undirritendur"),
    "sr": ("potpisnici", "potpisali", "potpisi", "potpisnici peticije",
           "spisak potpisnika", "prvi potpisnici", "potpisali su", "inicijatori", "потписници", "потписали",
           "потписи", "списак потписника", "први потписници", "иницијатори"),
    "hr": ("potpisnici", "potpisali", "potpisi",
           "potpisnice i potpisnici", "popis potpisnika", "prvi potpisnici", "potpisali su", "potpisani",
           "inicijatori"),
    "et": ("allkirjastajad", "allkirjad", "allakirjutanud", "allkirjastanud", "allkirjastajate nimekiri",
           "esimesed allkirjastajad", "allkirjastasid", "algatajad"),
    "lv": ("parakstitaji", "parakstijusi", "paraksti", "parakstija", "parakstitaju saraksts",
           "pirmie parakstitaji", "iniciatori"),
    "lt": ("pasirase", "pasirasiusieji", "parasai", "signatarai", "pasirasiusiuju sarasas",
           "pirmieji pasirasiusieji", "iniciatoriai"),
    "sl": ("podpisniki", "podpisani", "podpisi", "podpisali", "seznam podpisnikov", "prvi podpisniki",
           "podpisnice in podpisniki", "pobudniki"),
    "sk": ("podpisani", "signatari", "podpisy", "podpisali", "zoznam signatarov", "prvi signatari",
           "iniciatori"),
    "bs": ("potpisnici", "potpisali", "potpisi", "spisak potpisnika", "lista potpisnika", "prvi potpisnici",
           "inicijatori"),
    "bg": ("подписали", "подписи", "подписалите", "подписници", "списък на подписалите", "първи подписали",
           "подписаха", "инициатори"),
    "mk": ("потписници", "потпишани", "потписи", "потпишаа", "список на потписници", "први потписници",
           "иницијатори"),
    "he": ("החותמים", "חתומים", "על החתום", "רשימת החותמים", "החותמים הראשונים", "חתמו", "חותמים",
           "החתומים מטה", "הארגונים החותמים", "יוזמים"),
    "fa": ("امضاکنندگان", "امضا کنندگان", "امضا‌کنندگان", "امضاها", "فهرست امضاکنندگان", "امضاکنندگان نخست",
           "امضاکنندگان اولیه", "امضا شده توسط"),
    "ur": ("دستخط کنندگان", "دستخط", "دستخط کرنے والے", "دستخط کنندہ"),
    "hi": ("हस्ताक्षरकर्ता", "हस्ताक्षर", "हस्ताक्षरकर्ताओं की सूची", "हस्ताक्षरकर्ता संगठन", "निवेदक",
           "द्वारा हस्ताक्षरित"),
    "bn": ("স্বাক্ষরকারী", "স্বাক্ষরকারীগণ", "স্বাক্ষরকারীরা", "স্বাক্ষর", "স্বাক্ষরকারীদের তালিকা", "স্বাক্ষর করেছেন",
           "স্বাক্ষর করেন",
           "বিবৃতিদাতা", "বিবৃতিদাতারা", "বিবৃতিদাতাগণ"),
    "kk": ("қол қойғандар", "қол қоюшылар", "қолтаңбалар", "қол қойды", "қол қойған ұйымдар"),
    "uz": ("imzolaganlar", "imzolar", "imzo chekkanlar", "imzolovchilar", "имзолаганлар", "имзолар"),
    "sw": ("waliotia saini", "sahihi", "waliosaini", "orodha ya waliotia saini", "imesainiwa na", "imetolewa na"),
    "ca": ("signants", "signat", "signat per", "els signants", "primers signants", "llista de signants",
           "entitats signants", "signatures", "adhesions", "sotasignats", "els sotasignats", "signen"),
    "gl": ("asinantes", "asinado", "asinado por", "primeiros asinantes", "entidades asinantes", "sinaturas",
           "adhesions", "asinan"),
    "eu": ("sinatzaileak", "sinatzaileen zerrenda", "lehen sinatzaileak", "sinadurak", "atxikimenduak",
           "sinatzen dute", "izenpetzaileak", "sinatzaile"),
    "sq": ("nenshkruesit", "nenshkruar nga", "nenshkrimet", "te nenshkruarit"),
    "tl": ("mga lumagda", "lumagda", "nilagdaan ng", "mga pumirma"),
    "id": ("penandatangan", "yang bertanda tangan", "ditandatangani oleh", "daftar penandatangan",
           "penandatangan awal", "kami yang bertanda tangan", "tertanda"),
    "cy": ("llofnodwyd gan", "llofnodwyr", "y llofnodwyr", "wedi'i lofnodi gan", "wedi ei lofnodi gan"),
    "af": ("onderteken deur", "geteken deur", "ondertekenaars", "die ondertekenaars"),
    "ms": ("ditandatangani oleh", "penandatangan", "senarai penandatangan", "disokong oleh", "tandatangan"),
    "vi": ("nguoi ky", "nhung nguoi ky ten", "danh sach nguoi ky", "ky ten", "dong ky ten", "nguoi ky ten",
           "cac to chuc ky ten", "chu ky", "ky boi", "danh sach ky ten", "nhom khoi xuong"),
    "th": ("ผู้ลงนาม", "รายชื่อผู้ลงนาม", "ลงนามโดย", "ลงชื่อ", "องค์กรที่ร่วมลงนาม", "ผู้ร่วมลงนาม"),
    "ja": ("呼びかけ人", "よびかけ人", "賛同者", "賛同人", "署名者", "署名", "署名者一覧", "連名", "発起人", "呼びかけ人一覧", "賛同者一覧", "呼びかけ団体",
           "賛同団体", "署名団体", "連署", "署名人", "賛同人一覧"),
    "zh": ("联署人", "聯署人", "联署", "聯署", "签名", "簽名", "签署人", "簽署人", "签名人", "簽名人", "联名人", "聯名人", "发起人", "發起人",
           "联署名单", "聯署名單", "签名名单", "簽名名單", "首批联署人", "首批聯署人", "联署单位", "聯署單位", "联署机构", "聯署機構", "联署团体", "聯署團體",
           "签署单位", "簽署單位", "联署者", "聯署者", "签名者", "首批签名", "首批簽名"),
    "ko": ("서명자", "서명인", "서명", "서명자 명단", "연명", "제안자", "발기인", "서명 단체", "참여 단체", "공동 서명자", "제안 단체", "연서"),
}

# Nouns for the signers: a short line holding one and ending with ":" is a heading
# ("Among the signatories are:", "Les premiers signataires sont :", "Среди подписантов:").
SIGNATORY_NOUNS: tuple[str, ...] = (
    "signatories", "signers", "undersigned", "cosignatories", "signataires", "cosignataires", "unterzeichner",
    "unterzeichnenden", "erstunterzeichner", "mitzeichnende", "mitzeichnenden", "firmantes", "firmatari", "signatarios", "assinantes",
    "подписанты", "подписантов", "подписавшие", "подписавших", "підписанти", "підписантів", "imzacilar",
    "imzacılar", "imzalayanlar", "ondertekenaars", "sygnatariusze", "signatari", "undertecknare",
    "initiators", "allekirjoittajat", "allekirjoittaneet", "aláírók", "alulírottak", "potpisnici", "podpisniki",
    "parakstītāji", "allkirjastajad", "pasirašiusieji", "signatári", "потписници", "υπογράφοντες",
    "sinatzaileak", "signants", "asinantes", "ondergetekenden", "underskrivere", "undertegnede", "undirritaðir",
    "imzolaganlar", "penandatangan", "nënshkruesit", "החותמים", "امضاکنندگان", "हस्ताक्षरकर्ता", "স্বাক্ষরকারী",
    "ხელმომწერები", "ստորագրողներ", "서명자", "서명인",
    # scripts without spaces: found inside the line ("以下の方々が呼びかけ人です：")
    "呼びかけ人", "賛同者", "署名者", "発起人", "联署人", "聯署人", "签名人", "簽名人", "签署人", "簽署人",
    "发起人", "發起人", "ผู้ลงนาม",
)


# Sub-headings inside a signature block: they set ``group``.  Each row says what kind
# of signatory follows it, so "Organisations:" makes "11.11.11" an organisation.
ORGANISATION_GROUPS: dict[str, tuple[str, ...]] = {
    "en": ("organisations", "organizations", "international organisations", "international organizations",
           "national organisations", "national organizations", "regional organisations", "regional organizations",
           "local organisations", "local organizations", "groups", "signatory organisations",
           "signatory organizations", "signing organisations", "signing organizations", "institutions",
           "companies", "unions", "trade unions", "ngos", "networks", "associations", "partners",
           "parties", "political parties", "charities"),
    "fr": ("organisations", "associations", "organisations internationales", "organisations nationales",
           "syndicats", "collectifs", "structures", "entreprises", "organisations signataires", "partis",
           "partis politiques"),
    "de": ("organisationen", "verbande", "vereine", "unternehmen", "institutionen", "gewerkschaften",
           "organisationen und verbande", "parteien"),
    "es": ("organizaciones", "organizaciones internacionales", "organizaciones nacionales", "entidades",
           "colectivos", "sindicatos", "organizaciones firmantes", "partidos", "partidos politicos"),
    "it": ("organizzazioni", "associazioni", "sindacati", "partiti"),
    "pt": ("organizacoes internacionais", "organizacoes nacionais", "organizacoes", "entidades", "sindicatos",
           "partidos"),
    "ru": ("организации", "общественные организации", "международные организации"),
    "uk": ("організації",),
    "tr": ("kurumlar", "kuruluslar", "sivil toplum kuruluslari", "dernekler", "imzaci kurumlar"),
    "az": ("teskilatlar", "qurumlar", "qeyri-hokumet teskilatlari"),
    "nl": ("organisaties",
           "verenigingen", "vakbonden", "netwerken", "bedrijven"),
    "pl": ("organizacje",
           "stowarzyszenia", "zwiazki zawodowe", "fundacje"),
    "sv": ("organisationer", "foreningar", "fackforbund"),
    "da": ("organisationer", "foreninger"),
    "no": ("organisasjoner", "foreninger"),
    "fi": ("jarjestot", "yhdistykset", "ammattiliitot"),
    "et": ("organisatsioonid", "uhingud"),
    "cs": ("organizace", "spolky"),
    "sk": ("organizacie",),
    "hu": ("szervezetek", "egyesuletek", "civil szervezetek", "alairo szervezetek"),
    "ro": ("organizatii", "asociatii", "sindicate", "partide"),
    "hr": ("organizacije", "udruge"),
    "sr": ("organizacije", "udruzenja", "организације"),
    "sl": ("organizacije", "drustva"),
    "bg": ("организации",),
    "el": ("οργανωσεις", "φορεις", "σωματεια"),
    "he": ("ארגונים",),
    "ar": ("المنظمات", "الجمعيات", "منظمات"),
    "fa": ("سازمان‌ها", "سازمانها", "تشکل‌ها"),
    "ja": ("団体", "賛同団体", "呼びかけ団体", "署名団体"),
    "zh": ("团体", "團體", "机构", "機構", "联署团体", "聯署團體", "联署单位", "聯署單位"),
    "ko": ("단체", "참여 단체", "서명 단체", "제안 단체"),
    "vi": ("to chuc", "cac to chuc"),
    "id": ("organisasi", "lembaga"),
    "ms": ("pertubuhan", "organisasi"),
    "ca": ("entitats", "organitzacions"),
    "eu": ("erakundeak", "elkarteak"),
}
PEOPLE_GROUPS: dict[str, tuple[str, ...]] = {
    "en": ("individuals", "people", "academics", "individual signatories", "scholars", "experts", "artists",
           "writers", "members", "personal capacity", "in a personal capacity", "individual signers",
           "initial signatories", "first signatories",
           "initiators"),
    "fr": ("personnalites", "individus", "signataires individuels", "a titre individuel", "les premiers signataires",
           "premiers signataires", "universitaires", "chercheurs", "artistes"),
    "de": ("einzelpersonen", "personen", "erstunterzeichnende", "erstunterzeichner", "wissenschaftler",
           "initiatoren"),
    "es": ("personas", "individuos", "a titulo individual", "personalidades", "primeros firmantes"),
    "it": ("persone", "a titolo personale", "primi firmatari"),
    "pt": ("individuos", "pessoas", "personalidades"),
    "ru": ("частные лица", "физические лица", "академики", "ученые"),
    "uk": ("фізичні особи",),
    "tr": ("akademisyenler", "bireyler", "kisiler"),
    "az": ("sexsler", "fiziki sexsler"),
    "nl": ("personen", "individuen", "particulieren", "eerste ondertekenaars", "wetenschappers"),
    "sv": ("privatpersoner", "personer", "forskare"),
    "da": ("privatpersoner", "personer"),
    "no": ("privatpersoner", "personer"),
    "fi": ("henkilot", "yksityishenkilot", "tutkijat"),
    "pl": ("osoby prywatne", "osoby", "naukowcy", "inicjatorzy"),
    "cs": ("jednotlivci", "osobnosti", "vedci"),
    "hu": ("maganszemelyek", "szemelyek", "kezdemenyezok"),
    "ro": ("persoane", "persoane fizice", "personalitati"),
    "el": ("ιδιωτες", "προσωπα", "ακαδημαικοι"),
    "ja": ("個人", "個人賛同者"),
    "zh": ("个人", "個人", "个人联署", "個人聯署"),
    "ko": ("개인", "개인 서명자"),
    "vi": ("ca nhan",),
    "id": ("perorangan", "individu"),
    "ca": ("persones", "a titol individual"),
    "he": ("אנשים", "יחידים"),
}

# Column headings of signatory tables (markdown pipe tables, tab-separated), by the field they fill.
TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("name", "full name", "signatory", "signatories", "signed", "nom", "nom et prenom", "prenom et nom",
             "name, vorname", "vorname name", "nombre", "nombre y apellidos", "nome", "имя", "фио", "ф.и.о.",
             "ad soyad", "adi soyadi", "ad", "adi", "soyad", "naam", "imie i nazwisko", "ім'я", "піб",
             "organisation name", "organization name",
             # Chinese, Japanese, Korean
             "氏名", "名前", "お名前", "姓名", "이름", "성명"),
    "role": ("role", "title", "position", "function", "occupation", "job title", "titre", "fonction", "qualite",
             "funktion", "position", "beruf", "titel", "cargo", "funcion", "ocupacion", "funzione", "qualifica",
             "должность", "звание", "статус", "unvan", "gorev", "vezife", "посада", "functie",
             "肩書", "肩書き", "役職", "職業", "职务", "职称", "직함", "직위"),
    "affiliation": ("affiliation", "organisation", "organization", "institution", "company", "employer",
                    "university", "organisme", "structure", "etablissement", "institution", "organisation",
                    "einrichtung", "institucion", "entidad", "organizacion", "instituicao", "organizacao",
                    "ente", "организация", "место работы", "учреждение", "организація", "kurum", "kurulus",
                    "universite", "qurum", "teskilat", "instelling", "organizacja",
                    "所属", "所属団体", "団体", "団体名", "单位", "工作单位", "소속", "단체"),
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
           "annex", "annexes", "enclosure", "enclosures", "see online", "view online", "donate", "donate now", "make a donation", "comments are closed",
           # the postscript, Latin and written so in most languages: "P.S.: our number …" is no signer
           "p.s.", "ps", "p.p.s.",
           # the page's own lines under a text: its tags, an advert's label
           "tags", "tagged", "filed under", "advertise here", "advertise with us", "advertisement"),
    "fr": ("contact", "contacts", "contact presse", "pour plus d'informations", "notes", "commentaires",
           "reagir", "a propos", "la liste reste ouverte", "signez la petition", "signer la petition", "piece jointe",
           "pieces jointes", "annexe",
           # the page's link to the text's first publication ("Voir en ligne : http://…"), under the signer
           "voir en ligne", "faire un don", "les commentaires sont fermes", "mots-cles", "etiquettes", "publicite"),
    "de": ("kontakt", "ansprechpersonen", "ansprechpartner", "ansprechpartnerin", "pressekontakt",
           "fur ruckfragen", "anmerkungen", "fussnoten", "kommentare", "uber uns", "jetzt unterschreiben",
           "petition unterschreiben", "anhang", "anlage", "anlagen", "jetzt spenden",
           "die kommentarfunktion ist geschlossen", "kommentarfunktion geschlossen", "schlagworter", "schlagwoerter", "stichworter", "anzeige", "werbung"),
    "es": ("contacto", "contactos", "contacto de prensa", "para mas informacion", "notas", "comentarios", "la lista sigue abierta",
           "pd", "p.d.",  # the postscript (posdata): "PD: …" under the signer
           "firma la peticion", "adjunto", "adjuntos", "anexo", "anexos", "etiquetas", "publicidad"),
    "it": ("contatti", "contatto", "note", "commenti", "firma la petizione", "le adesioni restano aperte", "allegato", "allegati", "tag", "etichette", "pubblicita"),
    "pt": ("contato", "contatos", "contacto", "para mais informacoes", "notas", "comentarios", "anexo", "anexos", "etiquetas", "marcadores", "publicidade"),
    "ru": ("контакты", "контакт", "для справок", "примечания", "комментарии", "источник", "подписать петицию",
           "подпишите петицию", "список открыт", "приложение", "приложения", "теги", "метки", "реклама"),
    "uk": ("контакти", "примітки", "коментарі", "додаток", "додатки", "теги", "мітки", "реклама"),
    "tr": ("iletisim", "notlar", "yorumlar", "kaynak", "ekler", "etiketler", "reklam"),
    "az": ("elaqe", "qeydler", "serhler", "menbe", "teqler", "reklam"),
    "nl": ("contact", "noten", "reacties", "bijlage", "bijlagen", "tags", "trefwoorden", "advertentie"),
    "pl": ("kontakt", "przypisy", "komentarze", "zalacznik", "zalaczniki", "tagi", "reklama"),
    "ro": ("contact", "note", "comentarii", "lista ramane deschisa", "semneaza aceasta petitie", "semneaza petitia", "anexa", "etichete", "publicitate"),
    "cs": ("kontakt", "poznamky", "priloha", "prilohy", "stitky", "reklama"),
    "sv": ("kontakt", "noter", "kommentarer", "bilaga", "bilagor", "taggar", "annons"),
    "da": ("kontakt", "noter", "kommentarer", "bilag", "tags", "annonce"),
    "no": ("kontakt", "noter", "kommentarer", "vedlegg", "stikkord", "annonse"),
    "fi": ("yhteystiedot", "lisatietoja", "kommentit", "liite", "liitteet", "avainsanat", "tunnisteet", "mainos"),
    "et": ("kontakt", "lisainfo", "kommentaarid", "lisa"),
    "hu": ("kapcsolat", "tovabbi informacio", "megjegyzesek", "hozzaszolasok", "melleklet", "mellekletek", "cimkek", "hirdetes"),
    "sk": ("kontakt", "poznamky", "priloha", "prilohy", "stitky", "reklama"),
    "sl": ("kontakt", "opombe", "komentarji", "priloga", "oznake", "oglas"),
    "hr": ("kontakt", "biljeske", "komentari", "prilog", "prilozi", "oznake", "oglas"),
    "sr": ("kontakt", "komentari", "prilog", "контакт", "коментари", "прилог"),
    "bg": ("контакти", "бележки", "коментари", "приложение", "етикети", "реклама"),
    "el": ("επικοινωνια", "σημειωσεις", "σχολια", "συνημμενα", "ετικετες", "διαφημιση"),
    "he": ("תגובות", "הערות", "ליצירת קשר", "נספח"),
    "ar": ("للتواصل", "ملاحظات", "تعليقات", "مرفقات"),
    "fa": ("تماس", "یادداشت‌ها", "نظرات", "پیوست"),
    "ca": ("contacte", "notes", "comentaris", "annex"),
    "id": ("narahubung", "kontak", "catatan", "komentar", "lampiran"),
    "ms": ("hubungi", "nota", "komen", "lampiran"),
    "vi": ("lien he", "ghi chu", "binh luan", "phu luc"),
    "ja": ("問い合わせ先", "お問い合わせ", "連絡先", "注", "コメント", "関連記事", "添付資料"),
    "zh": ("联系方式", "聯絡方式", "联系人", "聯絡人", "注释", "註釋", "评论", "評論", "附件", "相关新闻", "相關新聞"),
    "ko": ("문의", "연락처", "댓글", "관련기사", "첨부"),
    "th": ("ติดต่อ", "หมายเหตุ", "ความคิดเห็น"),
}

# The heading of a newspaper's answer under a reader's letter: the letter and its signers end above it,
# though the answer's text follows (also an end heading of a block).
REPLY_HEADINGS: dict[str, tuple[str, ...]] = {
    # as written (a line is asked its first two letters before its fold)
    "en": ("editor's reply", "editor’s reply", "editor's response", "editor’s response", "the editor replies",
           "reply from the editor"),
    "fr": ("réponse de la rédaction", "la rédaction répond"),
    "de": ("antwort der redaktion", "die redaktion antwortet"),
    "es": ("respuesta de la redacción", "la redacción responde"),
    "it": ("risposta della redazione", "la redazione risponde"),
    "pt": ("resposta da redação", "a redação responde"),
    "ru": ("ответ редакции", "от редакции"),
    "uk": ("відповідь редакції", "від редакції"),
    "pl": ("odpowiedź redakcji", "od redakcji"),
    "nl": ("antwoord van de redactie", "de redactie antwoordt"),
}


# Marks that sign on the same line as the name: "gez. Max Muster", "(signed) Jane Roe", "/s/ Jane Roe".
INLINE_SIGN_MARKS: tuple[str, ...] = (
    "gez.", "sgd.", "(signed)", "(sgd.)", "(sgd)", "(gez.)", "(gez)", "/s/", "(подпись)", "подпись:", "подпись",
    "w.g.", "(w.g.)",  # Dutch "was getekend"
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
    # "és további 240 aláíró", "ja 200 muuta", "og 300 andre", "dan 120 lainnya", "và 50 người khác",
    # "και άλλοι 80", "ועוד 200 חותמים", "و ۲۰۰ نفر دیگر"; not the one-letter words ("A 2024. évi …", "I 2024 …")
    "és", "és még", "és további", "valamint", "ja", "ja vielä", "og", "och ytterligare", "samt", "ir", "dan",
    "và", "và hơn", "và thêm", "dhe", "eta", "και", "ועוד", "و", "اور", "और", "এবং", "და", "և", "және", "sowie",
    "e mais", "e altri", "y otros", "et plus de", "and over", "i još", "и още", "и уште", "in še", "a ďalších",
    "a dalších", "un vēl", "ir dar", "e gli altri", "e le altre", "y los otros", "y las otras", "e os outros",
    "e as outras", "and the other", "et les", "und die weiteren",
)

# Counts in scripts written without spaces: a word, the number, then a counter ("ほか312名", "外 150명",
# "等1024人", "另有80人"); the counter is needed, "他2024年…" (he, in 2024) is a sentence.
UNSPACED_COUNT_WORDS: tuple[str, ...] = ("ほか", "他", "外", "외", "등", "等", "及", "另有", "以及", "และอีก")
COUNTERS: tuple[str, ...] = ("名", "人", "명", "位", "団体", "단체", "个团体", "個團體", "家", "คน", "องค์กร")

# Lowercase words inside names of organisations that do not make a line prose:
# "Alliance of Progressive Labor", "Fachgemeinschaft Bau Berlin und Brandenburg e.V.".
NAME_FUNCTION_WORDS: tuple[str, ...] = (
    "of", "the", "and", "for", "in", "on", "at", "to", "by", "with", "a", "an", "de", "la", "le", "les", "des",
    "du", "et", "der", "die", "das", "und", "für", "von", "van", "zu", "y", "e", "el", "los", "las", "del", "da",
    "do", "dos", "di", "il", "per", "и", "в", "на", "по", "для", "ve", "ile", "və", "ilə", "i", "w", "z", "na",
    "dla", "en", "het",
)

# A letter's sign-off that withholds the writer's name ("Lettera firmata", "Name withheld"): no signer.  Folded.
WITHHELD_SIGNERS: dict[str, tuple[str, ...]] = {
    "en": ("name withheld", "name and address withheld", "name and address supplied", "name supplied", "anonymous"),
    "it": ("lettera firmata", "firma illeggibile"),
    "es": ("carta firmada", "nombre reservado"),
    "pt": ("nome reservado",),
    "fr": ("nom connu de la redaction", "anonyme"),
    "de": ("name der redaktion bekannt", "anonym"),
}
