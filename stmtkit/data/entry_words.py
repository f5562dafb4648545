"""Words of one signature entry: titles before a name, letters after it, head nouns of roles and of organisations.

Which part of ``Anna Berg, Senior Researcher, Max Planck Institute`` is the
role and which the affiliation is decided by the head noun of each comma
field (``researcher``: a function; ``institute``: a body), so these tables
hold head nouns per language, not whole titles.  Matched on the folded form
(lowercase, no diacritics: ``stmtkit.fold.fold_words``); adding a language is adding
rows here, not code.  The words that find and cut a block (headings, closing
formulas, group headings) are ``stmtkit.data.signature_words``.
"""

from __future__ import annotations

# Titles that precede a name; moved to ``role`` ("Prof. Dr. Ali Tekin" → role "Prof. Dr.").
# Ecclesiastic and academic ranks that stand before a name belong here too ("Mitropolit X",
# "academician Zakharov V.E."); a word that is also a first name ("Don", "Dean") does not.
NAME_TITLES: tuple[str, ...] = (
    "prof. dr.", "prof.dr.", "prof dr", "prof.", "prof", "professor", "dr.", "dr", "doç. dr.", "doc. dr.",
    # an emeritus's rank either way round ("Professor Emeritus Anna Berg", "Emeritus Professor Tom Lind", "Prof. em.")
    "professor emeritus", "professor emerita", "emeritus professor", "emerita professor", "prof. em.", "prof. emer.",
    "doç.dr.", "yrd. doç. dr.", "dr. öğr. üyesi", "ass. prof.", "assoc. prof.", "asst. prof.", "mr.", "mrs.", "ms.",
    "mr", "mrs", "ms", "mx.", "mme", "mme.", "m.", "mlle", "herr", "frau", "sir", "dame", "lord", "lady", "rev.",
    "revd", "fr.", "sr.", "hon.", "sen.", "rep.",
    # the article stays with the style it belongs to ("the Rev. Ann Roe", "The Rt Hon. Tom Lind")
    "the rev.", "the revd", "the reverend", "the very rev.", "the rt rev.", "the rt. rev.", "the hon.", "the rt hon.",
    "the rt. hon.", "mep", "mp", "msp", "mdb", "mdl", "gen.", "col.", "capt.",
    "dipl.-ing.", "ing.", "mag.",
    # German doctorates by faculty, written before the name: "Prof. Dr.-Ing. Volker Brandt", "Dr. rer. nat. Anna Berg"
    "dr.-ing.", "dr.-ing. habil.", "dr. rer. nat.", "dr. rer. pol.", "dr. phil.", "dr. med.", "dr. jur.", "dr. habil.",
    "dr. h.c.", "dr. h. c.", "habil.",
    # an honorary degree's mark after a title that holds the "Dr." ("Prof. Dr. h.c. Anna Berg", "Dr. mult. h.c.")
    "h.c.", "h. c.", "mult.", "av.", "avv.", "sayın", "академик", "акад.", "член-корр ран", "член-корр. ран",
    "corresponding member of ras", "corresponding member of the ras", "corresponding member",
    "член-корреспондент ран", "член-корр.", "член-корр", "чл.-корр. ран", "профессор", "проф.", "д-р", "доктор",
    "д.ф.-м.н.", "д.т.н.", "д.б.н.", "к.т.н.", "к.ф.-м.н.", "академік", "професор", "akademik", "professor dr.",
    # es / pt / it / fr / de / tr / pl
    "dra.", "dra", "lic.", "lcda.", "lcdo.", "arq.", "sra.", "srta.", "dña.", "prof.ª", "profa.", "eng.",
    # pt: the ordinal mark closing an abbreviated title ("Eng.º", "Dr.ª"), the doctorate written out ("Prof.ª Doutora")
    "prof.º", "dr.ª", "eng.º", "eng.ª", "arq.º", "arq.ª", "doutor", "doutora",
    # it: an architect's, a surveyor's title before the name ("arch. Anna Moro")
    "arch.", "geom.",
    "dott.", "dott.ssa", "prof.ssa", "on.", "mons.", "pr", "me", "mgr", "dr hab.", "dr hab", "prof. dr. hab.",
    "op. dr.", "uzm. dr.", "doç.", "öğr. gör.", "arş. gör.", "inż.", "inz.", "n. med.", "med.", "hab.",
    # pl: an advocate ("Mec."), a priest ("ks.", "ksiądz"); de: a Privatdozent, a junior or adjunct professor
    "mec.", "ks.", "ksiądz", "pd dr.", "pd", "priv.-doz.", "jun.-prof.", "apl. prof.", "hon.-prof.",
    # cs / sk academic degrees written before the name ("RNDr. Jana Nováková", "doc. Ing. Petr Malý")
    "rndr.", "phdr.", "mudr.", "judr.", "mvdr.", "paeddr.", "thdr.", "mgr.", "bc.", "doc.",
    # ranks before a name, several languages: "Metropolitan Hilarion", "Mitropolit X", "academician X"
    # ro academic ranks written before the name, with or without the degree ("Prof. univ. dr.", "Conf. univ.")
    "prof. univ. dr.", "prof.univ.dr.", "prof. univ.", "prof.univ.", "conf. univ. dr.", "conf. univ.", "conf. dr.",
    "lect. univ. dr.", "lect. univ.", "lect. dr.", "asist. univ. dr.", "asist. univ.",
    "academician", "acad.", "metropolitan", "mitropolit", "patriarch", "patrijarh", "archbishop", "arhiepiskop",
    "episkop", "rabbi", "sheikh", "митрополит", "патриарх", "архиепископ", "епископ",
    "hrh", "his royal highness", "her royal highness", "njkv", "nj.k.v.", "princ", "princeza",
    # ms honours and forms of address ("Tan Sri X", "Dato' X", "YB X"); sw "Mh." (Mheshimiwa, Honourable)
    "tan sri", "puan sri", "dato' seri", "dato’ seri", "dato' sri", "dato’ sri", "datuk seri", "dato'", "dato’",
    "datuk", "datin", "yb", "yang berhormat", "yab", "yang amat berhormat", "mh.", "mhe.", "mheshimiwa",
    # ms/id religious teachers' and pilgrims' styles ("Ustaz X", "Haji X")
    "ustaz", "ustazah", "ustadz", "haji", "hajah", "hajjah", "tuan guru",
    # forms of address of office holders: de "Abg." (Abgeordnete), es/pt "Excmo." (Excelentísimo)
    "abg.", "excmo.", "excma.", "exmo.", "exma.",
    # pt: a councillor's and a deputy's abbreviations ("Ver. Ana Lima", "Dep. Rui Costa")
    "ver.", "vere.", "dep.",
    # scripts without case, where no full stop need follow: hi/mr/ne, bn, ar, fa, ur, he, th
    "डॉ.", "डॉ", "डा.", "प्रो.", "प्रो", "प्रोफ़ेसर", "श्री", "श्रीमती", "सुश्री", "ড.", "ডা.", "ডঃ", "অধ্যাপক",
    "প্রফেসর", "প্রফেসর ইমেরিটাস", "প্রফেসর ইমিরেটাস", "প্রফেসর ড.", "অধ্যাপক ড.",  # bn: "Professor" as English says it
    # ar: the styles of a lawyer, a teacher, an engineer, a sheikh before the name ("المحامي …")
    "المحامي", "المحامية", "الأستاذ", "الأستاذة", "المهندس", "المهندسة", "الشيخ",
    # "د" alone is the doctor's title too: the scrape or the writer leaves out its dot ("د سلمى …")
    "أ.د.", "د.", "د", "الدكتور", "الدكتورة", "دکتر", "ڈاکٹر", "پروفیسر",
    "مهندس", "استاد", "آقای", "خانم",  # fa: an engineer's, a professor's titles, Mr and Ms ("مهندس …", "آقای …")
    'ד"ר', "ד״ר", "פרופ'", "פרופ׳", "ดร.", "ศ.ดร.",
    # he: an advocate's, a chartered accountant's, an engineer's and a rabbi's styles ("עו״ד …", "רו״ח …")
    'עו"ד', "עו״ד", 'רו"ח', "רו״ח", "אינג'", "אינג׳", "הרב",
)

# Letters after a name, moved to ``role`` ("Sarah Quinn MEP", "Eva Holm FRS"); matched as written,
# so "Ann Ms" keeps her name ("Jr." is part of a name, not a role).
POSTNOMINALS: tuple[str, ...] = (
    "MEP", "MP", "MSP", "MS", "MLA", "MdB", "MdL", "FRS", "FBA", "FRSE", "PhD", "Ph.D.", "MD", "M.D.", "DPhil",
    "OBE", "CBE", "MBE", "KC", "QC", "Esq.", "FRCP", "FRCS", "FMedSci", "FREng", "CSc.", "DrSc.", "Ph.D",
)

# Letters of an elected office after a name, then the party or body the member sits for with no comma
# between ("Jane Roe MP Green Party", "Tom Lind MEP Renew Europe"): the words after them are the
# affiliation. Matched as written.
OFFICE_POSTNOMINALS: tuple[str, ...] = ("MP", "MEP", "MSP", "MS", "MLA", "MdB", "MdL", "MdEP", "TD", "MPP", "MNA", "MHA")

# A generation after a name and its comma belongs to the name ("John Roe, Jr., Publisher"); matched as written.
NAME_SUFFIXES: tuple[str, ...] = ("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV", "Jun.", "Sen.")

# Remarks in brackets about the capacity in which one signs: not part of the role
# ("presidenta de la Fundación Sur (a título personal)", "(in a personal capacity)").
CAPACITY_REMARKS: tuple[str, ...] = (
    "personal capacity", "in a personal capacity", "in personal capacity", "signing as an individual",
    "for identification", "affiliation for identification", "titles for identification", "a titre personnel",
    "a titre individuel", "a titulo personal", "a titulo individual", "a titulo pessoal", "a titolo personale",
    "in personlicher eigenschaft", "als privatperson", "w imieniu wlasnym", "в личном качестве",
    "у особистій якості", "kisisel olarak", "op persoonlijke titel", "i personlig egenskap",
    # a mark that the entry was signed by hand says nothing of it either: "Jane Roe: teacher (signed)"
    "signed", "sgd", "gez", "signe", "firmado", "firmato", "assinado", "подпись", "підпис", "imzali", "đã ký", "da ky",
)

# Prizes said of a person: a comma field holding one is a role, not an affiliation
# ("(sculptor, Kossuth Prize winner)", "operatőr, Kossuth-díjas"); matched as a word's ending.
AWARD_WORDS: tuple[str, ...] = (
    "prize", "award", "laureate", "winner", "medallist", "medalist", "prix", "laureat", "laureate", "preis",
    "preistrager", "preistragerin", "premio", "galardonado", "galardonada", "premiado", "premiada", "dijas",
    "лауреат", "лауреатка", "nagroda", "laureatka", "nagrada", "dobitnik", "dobitnica", "odul", "odullu",
)

# Head words of a university or college: a field before one that names no body is a department of it
# ("Jane Roe, Psychology, University of Chicago": affiliation the university, the department after it).
ACADEMIC_BODY_WORDS: tuple[str, ...] = (
    "university", "univ", "college", "polytechnic", "universite", "universitat", "hochschule", "universidad",
    "universita", "universidade", "universiteit", "universitet", "uniwersytet", "univerzita", "univerzitet",
    "universitatea", "yliopisto", "egyetem", "universiteti", "universitesi", "университет", "університет",
    "politecnico", "politechnika", "politehnica",
)

# Words that make an entry an organisation rather than a person; a comma field opening with
# one is an affiliation ("université Paris Nanterre"), not a role.
ORGANISATION_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("association", "assoc", "network", "forum", "institute", "institution", "university", "college",
           "council", "international", "committee", "commission", "foundation", "union", "congress", "church",
           "society", "alliance", "coalition", "federation", "center", "centre", "movement", "organisation",
           "organization", "ngo", "ngos", "group", "party", "campaign", "project", "fund", "trust", "watch",
           "action", "initiative", "labor", "labour", "roundtable", "conservancy", "declaration", "solidarity",
           "friends", "collective", "league", "agency", "academy", "bureau", "chamber", "club", "company",
           "corporation", "cooperative", "co-op", "department", "faculty", "school", "observatory", "office",
           "platform", "programme", "program", "service", "services", "team", "board", "caucus", "assembly",
           "consortium", "press", "media", "news", "magazine", "journal", "radio", "tv", "television", "bank",
           "hospital", "museum", "library", "lab", "laboratory", "secretariat", "ministry", "parliament",
           "government", "municipality", "city of", "town of", "council of", "sisters", "brothers", "women's",
           "workers", "confederation", "syndicate", "guild", "mission", "ministries", "partners", "partnership",
           "advocates", "defenders", "rights", "justice", "authority", "authorities", "dept", "univ",
           # regional qualifiers of a body ("Greenpeace Central and Eastern Europe", "… – Africa")
           "europe", "africa", "asia", "americas", "eastern", "western", "northern", "southern", "pacific",
           "global"),
    "fr": ("universite", "fondation", "societe", "mouvement", "groupe", "parti", "syndicat", "collectif", "amis",
           "solidarite", "ligue", "comite", "conseil", "federation", "confederation", "reseau", "centre",
           "institut", "ecole", "observatoire", "cooperative", "entreprise", "ong", "assemblee", "ordre",
           "internationale", "laboratoire", "departement"),
    "de": ("universitat", "stiftung", "gruppe", "partei", "verband", "verein", "kammer", "innung", "gesellschaft",
           "gewerkschaft", "kollektiv", "initiative", "netzwerk", "bundnis", "zentrum", "institut", "akademie",
           "arbeitskreis", "bund", "industrie", "wirtschaft", "bankenverband", "unternehmensverbande",
           "hochschule"),
    "es": ("universidad", "fundacion", "organizacion", "asociacion", "sindicato", "partido", "colectivo", "red",
           "centro", "comision", "consejo", "confederacion", "federacion", "plataforma", "movimiento",
           "coordinadora", "internacional", "asamblea", "frente", "agrupacion", "corriente", "union",
           "colegio", "instituto", "observatorio", "alianza", "coalicion", "cooperativa", "comite"),
    "pt": ("universidade", "fundacao", "organizacao", "associacao", "rede", "instituto", "comissao", "conselho",
           "sindicato", "movimento", "federacao"),
    "it": ("universita", "fondazione", "associazione", "rete", "comitato", "sindacato", "movimento", "consiglio",
           "internazionale", "unione", "centro", "istituto", "federazione", "coordinamento", "osservatorio", "fondo",
           "club", "lega"),
    "ru": ("ассоциация", "союз", "фонд", "общество", "организация", "партия", "комитет", "центр", "движение",
           "институт", "университет", "академия", "совет", "объединение", "сеть", "коалиция", "клуб", "группа",
           "профсоюз", "лига", "редакция", "издательство", "мемориал", "ран"),
    "uk": ("асоціація", "спілка", "організація", "громадська", "центр", "рух", "мережа", "фундація",
           "університет", "інститут", "академія", "фонд", "партія", "комітет", "рада", "об'єднання"),
    "pl": ("stowarzyszenie", "fundacja", "fundacji", "związek", "instytut", "uniwersytet", "federacja",
           "uczelnia", "akademia", "politechnika", "partia", "komitet", "towarzystwo", "sieć", "koalicja",
           "porozumienie", "inicjatywa", "ośrodek", "centrum", "rada", "zarząd",
           # the genitive a function's line puts them in ("Przewodniczący" / "Zarządu Regionu …")
           "stowarzyszenia", "związku", "instytutu", "uniwersytetu", "federacji", "akademii", "politechniki", "partii",
           "komitetu", "towarzystwa", "koalicji", "porozumienia", "inicjatywy", "ośrodka", "rady", "zarządu"),
    "cs": ("univerzita", "spolek", "sdruzeni", "nadace", "institut", "ustav", "akademie", "strana", "svaz",
           "unie", "fakulta", "centrum", "hnuti", "iniciativa"),
    "ro": ("universitatea", "universitate", "asociatia", "asociatie", "fundatia", "fundatie", "uniunea",
           "institutul", "partidul", "societatea", "academia", "centrul", "federatia", "liga", "sindicatul",
           "reteaua", "consiliul", "comitetul", "miscarea", "facultatea",
           "organizatia", "organizatie", "asociatiei", "coalitia", "platforma", "initiativa", "grupul",
           "clubul", "camera", "colegiul"),
    "tr": ("dernegi", "vakfi", "sendikasi", "platformu", "universitesi", "birligi", "konfederasyonu",
           "federasyonu", "odasi", "partisi", "merkezi", "enstitusu", "meclisi", "hareketi", "kooperatifi",
           "girisimi", "agi", "kurulu", "fakultesi", "konseyi", "konsey", "baskanligi", "bakanligi", "mudurlugu",
           "belediyesi", "komitesi", "inisiyatifi", "cemiyeti", "sendikalari", "birlikleri", "dernekleri", "grubu",
           "gruplari", "kolektifi", "toplulugu"),
    "az": ("assosiasiyasi", "birliyi", "ictimai", "teskilati", "merkezi", "fondu", "cemiyyeti", "partiyasi",
           "universiteti", "institutu", "sirketi", "qurumu", "merkezinin", "komitesi", "surasi", "idaresi",
           "nazirliyi", "ittifaqi", "hereketi", "federasiyasi", "konfederasiyasi", "akademiyasi"),
    "nl": ("vereniging", "stichting", "universiteit", "hogeschool", "partij", "vakbond", "netwerk", "beweging",
           "comite", "raad", "instituut", "federatie", "bond",
           "organisatie", "genootschap", "coalitie", "alliantie", "collectief", "platform", "centrum",
           "academie", "kamer", "fonds", "vakcentrale"),
    "sv": ("forening", "forbund", "universitet", "hogskola", "stiftelse", "institut", "parti", "natverk",
           "riksforbund", "akademi", "samfund", "kommitte",
           "organisation", "fackforbund", "fackforening", "sallskap", "kooperativ", "samfundet",
           # a body's board and the definite forms a letter signs with ("Styrelsen för …", "Föreningen …")
           "styrelse", "styrelsen", "foreningen", "forbundet", "klubb", "klubben"),
    "da": ("forening", "forbund", "universitet", "fond", "institut", "parti", "netvaerk",
           "organisation", "sammenslutning", "fagforening", "hojskole", "akademi", "komite", "selskab",
           "landsforening",
           # a body's board and the definite forms a letter signs with ("Bestyrelsen for …", "Foreningen …")
           "bestyrelse", "bestyrelsen", "hovedbestyrelsen", "foreningen", "forbundet", "klub", "klubben",
           "sekretariatet"),
    "no": ("forening", "forbund", "universitet", "stiftelse", "institutt", "parti", "nettverk",
           "organisasjon", "fagforening", "hogskole", "akademi", "komite", "selskap", "landsforening",
           "stiftelsen", "sammenslutning",
           # a body's board and the definite forms a letter signs with ("Styret i …", "Forbundet …")
           "styret", "foreningen", "forbundet", "klubb", "klubben"),
    "fi": ("yhdistys", "yliopisto", "liitto", "saatio", "instituutti", "puolue", "seura", "verkosto",
           "keskus", "korkeakoulu", "toimikunta",
           "ammattiliitto", "kerho", "neuvosto", "komitea", "akatemia", "lautakunta", "osuuskunta",
           "tutkimuskeskus", "kollektiivi", "sairaala", "sairaanhoitopiiri", "hyvinvointialue"),
    "el": ("πανεπιστημιο", "συλλογος", "ενωση", "ιδρυμα", "ινστιτουτο", "κομμα", "δικτυο", "κινηση",
           "ομοσπονδια", "επιτροπη", "σωματειο", "κεντρο", "οργανωση",
           "συνδεσμος", "συνδικατο", "συνομοσπονδια", "εργατικο κεντρο", "πλατφορμα", "παρατηρητηριο",
           "ακαδημια", "εταιρεια", "πρωτοβουλια", "συμμαχια", "συνασπισμος", "φορεας"),
    "hu": ("egyetem", "egyesulet", "alapitvany", "szovetseg", "intezet", "tarsasag", "akademia",
           "szakszervezet", "kozpont", "halozat", "mozgalom",
           "szervezet", "bizottsag", "tanacs", "klub", "muhely", "kollegium", "koalicio",
           "kezdemenyezes", "foundation", "kft", "zrt", "nonprofit"),
    "sr": ("univerzitet", "sveuciliste", "udruzenje", "udruga", "fondacija", "zaklada", "institut", "savez",
           "partija", "stranka", "akademija", "fakultet", "centar", "pokret", "mreza", "odbor", "sindikat",
           "удружење", "савез", "синдикат", "фондација", "институт", "универзитет", "факултет", "академија",
           "центар", "мрежа", "странка", "комора", "клуб", "одбор", "покрет", "коалиција", "иницијатива"),
    "is": ("félag", "samtök", "samband", "sjóður", "háskóli", "stofnun", "bandalag", "hreyfing", "kirkjan",
           "félagið", "samtökin", "ráðið", "nefnd", "deild"),
    "ar": ("جمعية", "منظمة", "المنظمة", "الجمعية", "جامعة", "الجامعة", "مركز", "المركز", "اتحاد", "الاتحاد",
           "الائتلاف", "ائتلاف", "الهيئة", "هيئة", "رابطة", "الرابطة", "نقابة", "النقابة", "حزب", "مؤسسة",
           "المؤسسة", "شبكة", "الشبكة", "معهد", "المعهد", "لجنة", "اللجنة", "مجلس", "المجلس", "منتدى", "المنتدى"),
    "fa": ("انجمن", "سازمان", "دانشگاه", "مرکز", "اتحادیه", "حزب", "بنیاد", "موسسه", "کانون", "شبکه",
           "جمعیت", "اتحاد", "کمیته", "کمیسیون", "شورا", "جامعه", "پژوهشکده", "پژوهشگاه", "دانشکده", "تشکل",
           "جنبش", "ائتلاف", "گروه", "مجمع", "سندیکا"),
    "id": ("yayasan", "lembaga", "perkumpulan", "universitas", "institut", "serikat", "aliansi", "jaringan",
           "koalisi", "partai", "komite", "forum",
           "asosiasi", "himpunan", "ikatan", "persatuan", "gerakan", "kelompok", "komunitas", "pusat",
           "majelis", "perhimpunan", "paguyuban", "sekolah tinggi", "akademi"),
    "ms": ("parti", "pertubuhan", "persatuan", "kesatuan", "gabungan", "majlis", "yayasan", "universiti",
           "pakatan", "barisan", "dewan",
           "jaringan", "pusat", "kelab", "gerakan", "institut", "akademi", "suruhanjaya", "kongres",
           "sekretariat", "kumpulan", "angkatan"),
    "sw": ("chama", "shirika", "jumuiya", "chuo", "baraza", "umoja", "taasisi", "mtandao",
           "asasi", "kamati", "muungano", "chama cha", "kituo", "baraza la", "shirikisho", "chuo kikuu",
           "jukwaa", "tume"),
    "ka": ("კავშირი", "ქსელი", "კლუბი", "ასოციაცია", "ცენტრი", "ფონდი", "ორგანიზაცია", "საზოგადოება",
           "კოალიცია", "ინსტიტუტი", "უნივერსიტეტი", "პარტია", "მოძრაობა"),
    "ja": ("協会", "連盟", "連合", "組合", "労働組合", "委員会", "財団", "研究所", "研究会", "大学", "大学院", "学会", "センター", "ネットワーク",
           "の会", "を守る会", "を考える会", "団体", "協議会", "基金", "株式会社", "有限会社", "法人", "社団法人", "財団法人", "npo法人", "事務所",
           "新聞社", "出版社", "学園", "病院", "教会", "党", "議会", "市民会議", "同盟", "機構", "弁護団", "実行委員会", "クラブ"),
    "zh": ("协会", "協會", "联合会", "聯合會", "工会", "工會", "委员会", "委員會", "基金会", "基金會", "研究所", "研究院", "研究会", "研究會",
           "研究中心", "大学", "大學", "学院", "學院", "学会", "學會", "中心", "联盟", "聯盟", "网络", "網絡", "网路", "網路", "促进会", "促進會",
           "关注组", "關注組", "公司", "有限公司", "律师事务所", "律師事務所", "出版社", "报社", "報社", "医院", "醫院", "教会", "教會", "党", "黨",
           "议会", "議會", "同盟", "机构", "機構", "联会", "聯會", "总会", "總會", "社", "团体", "團體", "小组", "小組", "组织", "組織"),
    "ko": ("협회", "연합", "연대", "연맹", "노동조합", "노조", "위원회", "재단", "연구소", "대학교", "대학", "대학원", "학회", "센터",
           "네트워크", "모임", "단체", "협의회", "본부", "운동본부", "시민연대", "회사", "주식회사", "법률사무소", "신문사", "출판사", "병원", "교회",
           "정당", "당", "의회", "동맹", "기구", "공동행동", "포럼", "변호사모임", "사무소"),
    "vi": ("hiep hoi", "lien hiep", "lien doan", "cong doan", "uy ban", "vien nghien cuu", "dai hoc",
           "trung tam", "mang luoi", "to chuc", "cong ty", "tap chi", "benh vien", "quoc hoi", "lien minh",
           "cau lac bo"),
    "th": ("สมาคม", "มูลนิธิ", "สหพันธ์", "สหภาพ", "สหภาพแรงงาน", "คณะกรรมการ", "สถาบัน", "มหาวิทยาลัย",
           "ศูนย์", "เครือข่าย", "องค์กร", "บริษัท", "พรรค", "กลุ่ม", "ชมรม", "สภา", "โรงพยาบาล", "คณะ"),
    "et": ("uhing", "selts", "liit", "ametiuhing", "sihtasutus", "instituut", "ulikool", "akadeemia", "keskus",
           "vorgustik", "erakond", "kogu", "klubi", "fond", "ettevote"),
    "lv": ("biedriba", "savieniba", "arodbiedriba", "fonds", "instituts", "universitate", "akademija",
           "centrs", "tikls", "partija", "kamera", "apvieniba", "klubs", "asociacija", "komiteja", "kustiba"),
    "lt": ("asociacija", "draugija", "sajunga", "profsajunga", "fondas", "institutas", "universitetas",
           "akademija", "centras", "tinklas", "partija", "rumai", "bendrija", "klubas", "komitetas",
           "judejimas", "sajudis", "koalicija"),
    "sl": ("drustvo", "zveza", "sindikat", "fundacija", "ustanova", "institut", "univerza", "fakulteta",
           "akademija", "center", "mreza", "stranka", "zbornica", "klub", "odbor", "gibanje", "koalicija",
           "zavod",
           # the genitive after a board or a committee ("Izvršni odbor Društva …", "IO Zveze …")
           "drustva", "zveze", "sindikata", "zavoda", "stranke"),
    "sk": ("zdruzenie", "spolok", "zvaz", "odbory", "nadacia", "institut", "ustav", "univerzita", "fakulta",
           "akademia", "centrum", "siet", "strana", "komora", "klub", "vybor", "hnutie", "koalicia",
           "iniciativa"),
    "hr": ("udruga", "udruzenje", "savez", "sindikat", "zaklada", "institut", "sveuciliste", "fakultet",
           "akademija", "centar", "mreza", "stranka", "komora", "klub", "odbor", "pokret", "koalicija",
           "inicijativa",
           # the genitive after a board ("Upravni odbor Udruge …", "Predsjedništvo Saveza …")
           "udruge", "udruzenja", "saveza", "sindikata", "drustva"),
    "bg": ("сдружение", "асоциация", "съюз", "синдикат", "фондация", "институт", "университет", "факултет",
           "академия", "център", "мрежа", "партия", "камара", "клуб", "комитет", "движение", "коалиция",
           "инициатива", "общество", "дружество", "федерация"),
    "mk": ("здружение", "асоцијација", "сојуз", "синдикат", "фондација", "институт", "универзитет", "факултет",
           "академија", "центар", "мрежа", "партија", "комора", "клуб", "комитет", "движење", "коалиција",
           "иницијатива"),
    "be": ("асацыяцыя", "саюз", "фонд", "інстытут", "універсітэт", "акадэмія", "цэнтр", "партыя", "рух",
           "таварыства", "аб'яднанне"),
    "he": ("אגודה", "עמותה", "ארגון", "איגוד", "הסתדרות", "קרן", "מכון", "אוניברסיטה", "האוניברסיטה", "מכללה",
           "מרכז", "המרכז", "רשת", "מפלגה", "לשכה", "מועדון", "ועד", "תנועה", "קואליציה", "פורום", "החברה",
           "חוג", "קבוצת", "התאחדות",
           # the construct forms that open a body's name ("עמותת …": association of …)
           "עמותת", "אגודת", "תנועת", "קואליציית", "מפלגת", "לשכת", "ארגוני"),
    "ur": ("انجمن", "تنظیم", "یونین", "فاؤنڈیشن", "ادارہ", "یونیورسٹی", "جامعہ", "مرکز", "نیٹ ورک", "پارٹی",
           "جماعت", "کمیٹی", "کمیشن", "تحریک", "اتحاد", "فورم", "کونسل", "سوسائٹی", "ایسوسی ایشن"),
    "hi": ("संघ", "संगठन", "समिति", "परिषद", "फाउंडेशन", "संस्थान", "विश्वविद्यालय", "महाविद्यालय", "केंद्र",
           "नेटवर्क", "पार्टी", "दल", "मंच", "आंदोलन", "गठबंधन", "ट्रस्ट", "सोसाइटी", "अभियान", "यूनियन",
           "आयोग"),
    "bn": ("সংঘ", "সংগঠন", "সমিতি", "পরিষদ", "ফাউন্ডেশন", "প্রতিষ্ঠান", "বিশ্ববিদ্যালয়", "কলেজ", "কেন্দ্র",
           "নেটওয়ার্ক", "পার্টি", "দল", "মঞ্চ", "আন্দোলন", "জোট", "ট্রাস্ট", "সোসাইটি", "ফোরাম", "ইউনিয়ন",
           "কমিশন"),
    "hy": ("միություն", "ասոցիացիա", "հիմնադրամ", "ինստիտուտ", "համալսարան", "կենտրոն", "ցանց",
           "կուսակցություն", "պալատ", "ակումբ", "կոմիտե", "շարժում", "կոալիցիա", "նախաձեռնություն",
           "ընկերություն", "մարմին", "խորհուրդ", "կազմակերպություն", "դաշնակցություն",
           # the classical spelling the diaspora's press keeps
           "միութիւն", "կուսակցութիւն", "կազմակերպութիւն", "դաշնակցութիւն", "ընկերութիւն"),
    "kk": ("қауымдастық", "қауымдастығы", "одақ", "одағы", "қор", "қоры", "институт", "институты",
           "университет", "университеті", "академия", "орталық", "орталығы", "желі", "партия", "партиясы",
           "палата", "клуб", "комитет", "қозғалыс", "бірлестік", "бірлестігі", "коалиция"),
    "uz": ("uyushma", "uyushmasi", "ittifoq", "ittifoqi", "jamg'arma", "jamg'armasi", "institut", "instituti",
           "universitet", "universiteti", "akademiya", "markaz", "markazi", "tarmoq", "partiya", "partiyasi",
           "palata", "klub", "qo'mita", "harakat", "harakati", "jamiyat", "jamiyati", "koalitsiya"),
    "ca": ("associacio", "fundacio", "sindicat", "universitat", "institut", "centre", "xarxa", "partit",
           "col·lectiu", "collectiu", "federacio", "confederacio", "plataforma", "moviment", "comite",
           "consell", "coordinadora", "entitat", "cambra", "ateneu", "assemblea", "ajuntament"),
    "gl": ("asociacion", "fundacion", "sindicato", "universidade", "instituto", "centro", "rede", "partido",
           "colectivo", "federacion", "confederacion", "plataforma", "movemento", "comite", "consello",
           "coordinadora", "entidade", "irmandade", "concello"),
    "eu": ("elkartea", "fundazioa", "sindikatua", "unibertsitatea", "institutua", "zentroa", "sarea",
           "alderdia", "kolektiboa", "federazioa", "plataforma", "mugimendua", "batzordea", "kontseilua",
           "mintegia", "kooperatiba", "udala", "taldea", "elkarte"),
    "sq": ("shoqata", "shoqate", "fondacioni", "fondacion", "sindikata", "universiteti", "instituti", "qendra",
           "rrjeti", "partia", "dhoma", "klubi", "komiteti", "levizja", "koalicioni", "nisma"),
    "tl": ("samahan", "kapisanan", "unyon", "pundasyon", "unibersidad", "pamantasan", "sentro", "network",
           "partido", "kilusan", "alyansa", "koalisyon", "kooperatiba"),
}

# Word endings that mark an organisation inside compounds: German "Handelsverband",
# "Handwerkskammer", Turkish "…Derneği", Azerbaijani "…Assosiasiyası", Icelandic "Öryrkjabandalag".
ORGANISATION_SUFFIXES: tuple[str, ...] = (
    "verband", "verbande", "kammer", "innung", "verein", "gesellschaft", "gemeinschaft", "stiftung", "netzwerk",
    "institut", "zentrum", "partei", "gewerkschaft", "bundnis", "dernegi", "vakfi", "sendikasi", "birligi",
    "assosiasiyasi", "platformu", "bandalag", "samtök", "samtökin", "félag", "félagið", "yhdistys", "liitto",
    "förbund", "förening", "vereniging", "egyesület", "szövetség",
    # Danish, Norwegian and Swedish compounds in their definite form ("Havneforeningen", "Lærerforbundet")
    "foreningen", "föreningen", "forbundet", "förbundet", "klubben",
)
# Chinese and Japanese bodies end with their head noun, glued: "<words>を守る会", "<words>小组".
CJK_ORGANISATION_SUFFIXES: tuple[str, ...] = (
    "会", "連合", "組合", "連盟", "大学", "研究所", "センター", "ネット", "ネットワーク", "財団", "法人", "教団", "教会", "団体",
    "小组", "委员会", "协会", "联合会", "基金会", "中心", "学会", "组织", "联盟", "會", "協會", "聯盟", "組織", "小組",
)

# Legal forms after an organisation's name ("… e.V.", "… GmbH", "… Ltd.", "ООО …").
LEGAL_FORMS: tuple[str, ...] = (
    "e.v.", "e. v.", "ev", "gmbh", "ggmbh", "ag", "kg", "ohg", "ug", "inc.", "inc", "ltd.", "ltd", "llc", "llp",
    "plc", "corp.", "corp", "co.", "s.a.", "sa", "s.a.s.", "sas", "sarl", "s.a.r.l.", "srl", "s.r.l.", "spa",
    "s.p.a.", "b.v.", "bv", "n.v.", "nv", "a.s.", "a.ş.", "as", "ab", "oy", "aps", "asbl", "vzw", "cic",
    "ооо", "оао", "зао", "пао", "ао", "нко", "ано", "ип", "mmc", "asc", "qsc", "ictimai birlik", "ry", "z.s.",
    "o.p.s.", "z.ú.",
)
