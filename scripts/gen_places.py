#!/usr/bin/env python3
"""Generate ``stmtkit/data/places.tsv``: country and city names from CLDR (via Babel), folded.

Signature entries often end with a place: ``Alliance Sud, Switzerland``,
``Jane Roe, Berlin``.  A country or a city alone is not an affiliation, so
the entry reader drops such a tail from the name; to know one when it sees
one it needs the names of countries (CLDR territories) and of cities (CLDR
exemplar cities of time zones) in the languages stmtkit reads.

Run ``python scripts/gen_places.py`` after upgrading Babel; a test checks
that the checked-in table equals a fresh generation.  stmtkit never imports
Babel at run time.

The table is text, not a module: one line a first character, ``initial<TAB>countries<TAB>cities``, the
names of each joined by ``|``, under a line listing the initials.  ``stmtkit.gazetteer`` reads the file's bytes and decodes the one line
of the initial asked: importing the names as a module decoded all 380 KB of them (7.7 M instructions,
on the start-up of a one-file parse whose signer's line was asked whether it is a town).
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel import Locale

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from stmtkit.fold import fold_words  # the same folding the reader matches with

OUT = Path(__file__).resolve().parent.parent / "stmtkit" / "data" / "places.tsv"

# The languages whose signature words stmtkit knows (stmtkit/data/signature_words.py).
LANGUAGES = ("en", "fr", "de", "es", "it", "pt", "ru", "uk", "tr", "az", "nl", "pl", "cs", "sv", "el", "ro", "hu", "ka", "hy",
             "sr", "sr_Latn", "hr", "bs", "sk", "fi", "da", "nb", "is", "ar", "be",
             # and the places a lede or a letter's closing names in the other languages it reads ("اسلام آباد
             # (اے پی پی)", "KUALA LUMPUR 16 Ogos"). Vietnamese is left out: its short country names are
             # common given names ("Đức", "Anh", "Nga").
             "bg", "mk", "sl", "sq", "lt", "lv", "et", "he", "fa", "ur", "hi", "bn", "ne", "mr", "ta", "ko", "ja",
             "zh", "zh_Hant", "th", "ms", "id", "sw", "kk", "ky", "uz", "mn", "ca", "gl", "eu", "af", "ga", "cy", "am")

# Short and article forms CLDR keeps as "alt" variants that Babel does not expose,
# seen at the end of real entries: "War on Want, UK", "X Fund, the Netherlands".
EXTRA_COUNTRIES = (
    "US", "U.S.", "USA", "U.S.A.", "UK", "U.K.", "UAE", "DRC", "DR Congo", "Great Britain", "England",
    "Scotland", "Wales", "Northern Ireland", "the Netherlands", "the Philippines", "the Gambia", "The Gambia",
    "the United States", "the United Kingdom", "the Czech Republic", "the Democratic Republic of Congo",
    "the Bahamas", "Holland", "Burma", "Swaziland", "Macedonia", "Czech Republic", "Ivory Coast", "Palestine",
    "Kosovo", "Россия", "РФ", "США", "Türkiye", "Azərbaycan", "Deutschland", "BRD",
    # CLDR names the territories ("Territorios Palestinos"); lists of signers label bodies by the country
    "Palestina", "Palästina", "Palestyna", "Палестина", "Filistin", "فلسطين", "Kosova", "Kosovë", "Косово",
)


# Capitals and large cities that name no time zone, so CLDR's exemplar cities lack them
# ("ANKARA (AA) -", "WASHINGTON, DC -", "Jane Roe, Geneva"): in English, in their own languages
# and in the spellings of the languages stmtkit reads most.  Cities that are also common given
# names or surnames ("Wellington", "Hamilton", "Victoria") are left out.
EXTRA_CITIES = (
    # capitals
    "Ankara", "Анкара", "أنقرة", "Washington", "Washington, D.C.", "Washington DC", "Вашингтон", "Vaşington",
    "Waszyngton", "واشنطن", "New Delhi", "Neu-Delhi", "Nuova Delhi", "Nueva Delhi", "Nova Deli", "Нью-Дели",
    "Нью-Делі", "Yeni Delhi", "नई दिल्ली", "Delhi", "Дели", "Islamabad", "Исламабад", "İslamabad", "إسلام آباد",
    "اسلام آباد", "Abuja", "Pretoria", "Canberra", "Ottawa", "Оттава", "Brasília", "Brasilia", "Бразилиа",
    "Bern", "Berne", "Berna", "Берн", "Rabat", "الرباط", "Astana", "Астана", "Nur-Sultan", "Naypyidaw",
    "Putrajaya", "Yamoussoukro", "Dodoma", "Gitega", "Sanaa", "Sana'a", "صنعاء", "Abu Dhabi", "أبوظبي",
    "أبو ظبي", "Абу-Даби", "Kuwait City", "مدينة الكويت", "Manama", "المنامة", "Ramallah", "رام الله",
    "Valletta", "La Valletta", "Lilongwe", "Cotonou", "Porto-Novo", "Sucre", "Quito", "Washington D.C.",
    "Den Haag", "The Hague", "La Haye", "Den Haag", "Гаага", "Lahey", "L'Aia", "La Haya",
    # large cities
    "Mumbai", "Bombay", "Мумбаи", "मुंबई", "Bengaluru", "Bangalore", "Chennai", "Hyderabad", "Lahore", "لاہور",
    "Peshawar", "Chittagong", "Beijing", "Peking", "Pékin", "Pechino", "Pekín", "Pequim", "Pekin", "Пекин",
    "北京", "Guangzhou", "Shenzhen", "深圳", "广州", "Osaka", "大阪", "Kyoto", "京都", "Busan", "부산",
    "San Francisco", "Boston", "Atlanta", "Houston", "Seattle", "Miami", "Philadelphia", "Dallas", "San Diego",
    "Nueva York", "Nova Iorque", "Нью-Йорк", "Нью-Йорк", "Lonra", "Лондон", "Londres", "Londra",
    "Montreal", "Montréal", "Монреаль", "Québec", "Quebec City", "Rio de Janeiro", "Рио-де-Жанейро",
    "Cape Town", "Kaapstad", "Le Cap", "Durban", "Mombasa", "Kisumu", "Kano", "Ibadan", "Alexandria",
    "الإسكندرية", "Marrakech", "مراكش", "Fes", "Fès", "Oran", "وهران", "Sfax", "Benghazi", "بنغازي",
    "Aleppo", "حلب", "Homs", "حمص", "Mosul", "الموصل", "Basra", "البصرة", "Erbil", "أربيل", "Jeddah",
    "جدة", "Mecca", "مكة", "Medina", "المدينة المنورة", "Isfahan", "اصفهان", "Mashhad", "مشهد", "Tabriz",
    "تبریز", "Shiraz", "شیراز", "Herat", "هرات", "Kandahar", "قندهار", "Haifa", "חיפה", "Tel Aviv",
    "תל אביב", "Тель-Авив", "Bethlehem", "بيت لحم", "Nablus", "نابلس", "Hebron", "الخليل", "Sidon", "صيدا",
    "Tripoli", "طرابلس", "Zarqa", "الزرقاء", "Irbid", "إربد",
    # cities whose time zone's name is their own in every language, so CLDR lists no exemplar for them
    # ("(Buenos Aires, 12/03/2018).", "KIEL (dpa/lno) -"; Lima, Santiago, Denver are words or names: NOT_CITIES)
    "Santiago de Chile", "Buenos Aires", "Panama City", "San Salvador", "Guatemala City",
    "Doha", "الدوحة", "Hanoi", "Belfast",
    # Bangkok's full and short Thai names; Ho Chi Minh City as Vietnamese papers shorten it
    "กรุงเทพมหานคร", "กรุงเทพฯ", "TP.HCM", "TP HCM", "Tp HCM", "TPHCM", "Tp. Hồ Chí Minh", "TP. Hồ Chí Minh", "Tangier", "Tanger", "طنجة",
    "Kiel", "Nuremberg", "Mainz", "Wroclaw", "Wrocław", "Lodz", "Łódź",
    "Geneva", "Genève", "Genf", "Ginevra", "Ginebra", "Женева", "Cenevre", "Lausanne", "Basel", "Bâle", "Lugano",
    "Strasbourg", "Straßburg", "Страсбург", "Lyon", "Marseille", "Toulouse", "Bordeaux", "Lille", "Nantes",
    "Montpellier", "Rennes", "Grenoble", "Milan", "Milano", "Mailand", "Милан", "Turin", "Torino", "Naples",
    "Napoli", "Neapel", "Florence", "Firenze", "Florenz", "Bologna", "Genoa", "Genova", "Venice", "Venezia",
    "Venedig", "Bari", "Catania", "Munich", "München", "Мюнхен", "Frankfurt", "Frankfurt am Main",
    "Франкфурт", "Hamburg", "Гамбург", "Cologne", "Köln", "Кёльн", "Düsseldorf", "Stuttgart", "Leipzig",
    "Dresden", "Hannover", "Nürnberg", "Bremen", "Bonn", "Karlsruhe", "Barcelona", "Барселона", "Seville",
    "Sevilla", "Valencia", "València", "Bilbao", "Zaragoza", "Málaga", "Porto", "Oporto", "Braga", "Coimbra",
    "Rotterdam", "Utrecht", "Eindhoven", "Antwerp", "Antwerpen", "Anvers", "Ghent", "Gent", "Liège", "Salzburg",
    "Graz", "Linz", "Innsbruck", "Gothenburg", "Göteborg", "Malmö", "Bergen", "Aarhus", "Tampere", "Turku",
    "Kraków", "Krakow", "Cracovia", "Krakau", "Gdańsk", "Danzig", "Wrocław", "Poznań", "Łódź", "Lublin",
    "Szczecin", "Katowice", "Brno", "Ostrava", "Košice", "Cluj-Napoca", "Iași", "Timișoara", "Constanța",
    "Debrecen", "Szeged", "Thessaloniki", "Θεσσαλονίκη", "Selanik", "Patras", "Πάτρα", "Plovdiv", "Пловдив",
    "Varna", "Варна", "Novi Sad", "Нови Сад", "Niš", "Ниш", "Split", "Rijeka", "Mostar", "Banja Luka",
    "Бања Лука", "Izmir", "İzmir", "Antalya", "Bursa", "Adana", "Diyarbakır", "Gaziantep", "Konya", "Mersin",
    "Kayseri", "Eskişehir", "Trabzon", "Van", "Şanlıurfa", "Hatay", "Малатья", "Малатия",
    "Saint Petersburg", "St. Petersburg", "St Petersburg", "Sankt Petersburg", "Санкт-Петербург", "Петербург",
    "Kazan", "Казань", "Нижний Новгород", "Ростов-на-Дону", "Самара", "Уфа", "Пермь", "Воронеж", "Красноярск",
    "Челябинск", "Краснодар", "Сочи", "Мурманск", "Архангельск", "Kharkiv", "Kharkov", "Харків", "Харьков",
    "Odesa", "Odessa", "Одеса", "Одесса", "Lviv", "Lwów", "Lemberg", "Львів", "Львов", "Dnipro", "Дніпро",
    "Днепр", "Zaporizhzhia", "Запоріжжя", "Запорожье", "Mykolaiv", "Миколаїв", "Kherson", "Херсон",
    "Mariupol", "Маріуполь", "Мариуполь", "Poltava", "Полтава", "Chernihiv", "Чернігів", "Sumy", "Суми",
    "Vinnytsia", "Вінниця", "Ivano-Frankivsk", "Івано-Франківськ", "Ternopil", "Тернопіль", "Lutsk", "Луцьк",
    "Rivne", "Рівне", "Zhytomyr", "Житомир", "Cherkasy", "Черкаси", "Kryvyi Rih", "Кривий Ріг", "Донецьк",
    "Донецк", "Луганськ", "Луганск", "Гомель", "Брест", "Гродно", "Витебск", "Могилёв", "Gyumri", "Գյումրի",
    "Batumi", "ბათუმი", "Kutaisi", "ქუთაისი", "Ganja", "Gəncə", "Sumqayıt", "Shymkent", "Шымкент",
    "Karaganda", "Караганда", "Bishkek", "Бишкек", "Osh", "Samarkand", "Samarqand", "Самарканд", "Bukhara",
    "Toronto", "Vancouver", "Calgary", "Edmonton", "Winnipeg", "Los Angeles", "Chicago", "Detroit", "Denver",
    "Minneapolis", "New Orleans", "Baltimore", "Pittsburgh", "Cleveland", "Sacramento", "Portland",
    "Guadalajara", "Monterrey", "Medellín", "Cali", "Barranquilla", "Guayaquil", "Córdoba", "Rosario",
    "Mendoza", "Valparaíso", "Concepción", "Arequipa", "Cusco", "Santa Cruz", "Cochabamba", "São Paulo",
    "Salvador", "Belo Horizonte", "Porto Alegre", "Curitiba", "Recife", "Fortaleza", "Belém", "Manaus",
    "Edinburgh", "Glasgow", "Manchester", "Birmingham", "Liverpool", "Leeds", "Bristol", "Cardiff", "Oxford",
    "Cambridge", "Cork", "Galway", "Johannesburg", "Soweto", "Lubumbashi", "Goma", "Bukavu", "Kigali",
    "Mogadishu", "Muqdisho", "Juba", "Omdurman", "Port Sudan", "Bamako", "Timbuktu", "Niamey", "Ouagadougou",
    "Kaduna", "Maiduguri", "Port Harcourt", "Kumasi", "Douala", "Yaoundé", "Antananarivo", "Harare",
    "Bulawayo", "Lusaka", "Maputo", "Luanda", "Windhoek", "Gaborone", "Surabaya", "Bandung", "Medan",
    "Yogyakarta", "Makassar", "Cebu", "Davao", "Ho Chi Minh City", "Thành phố Hồ Chí Minh", "Hà Nội",
    "Đà Nẵng", "Hải Phòng", "Chiang Mai", "Yangon", "Mandalay", "Penang", "George Town", "Johor Bahru",
    "Sydney", "Perth", "Adelaide", "Christchurch", "Kolkata", "Calcutta", "Ahmedabad", "Pune", "Jaipur",
    "Lucknow", "Patna", "Srinagar", "Shanghai", "上海", "Chongqing", "重庆", "Wuhan", "武汉", "Chengdu",
    "成都", "Tianjin", "天津", "Nanjing", "南京", "Hangzhou", "杭州", "Xi'an", "西安", "Lhasa", "拉萨",
    "Yokohama", "横浜", "Nagoya", "名古屋", "Sapporo", "札幌", "Fukuoka", "福岡", "Hiroshima", "広島",
    "Nagasaki", "長崎", "Okinawa", "沖縄", "Incheon", "인천", "Daegu", "대구", "Gwangju", "광주", "서울",
    "Taichung", "台中", "Kaohsiung", "高雄",
)
# More cities, kept by hand beside this script (one city a line, its names joined by "|": the name in English,
# in its own script and as the press of the languages stmtkit reads most spells it): the cities of some half a
# million people and more, and the regional capitals that datelines name ("Banda Aceh", "Perugia", "Rzeszów"),
# names that are also words, given names or surnames left out.
EXTRA_CITY_FILE = Path(__file__).resolve().parent / "extra_cities.txt"


def _listed_cities() -> set[str]:
    lines = EXTRA_CITY_FILE.read_text(encoding="utf-8").splitlines()
    return {fold_words(name) for line in lines for name in line.split("|") if name.strip()}


# Cities that are also common given names or surnames, or plain words (see NOT_CITIES).
_EXTRA_NOT_CITIES = frozenset({"salvador", "split", "van", "santa cruz", "osh", "cali", "medina", "portland",
                               "cambridge", "oxford", "delhi"})


def _countries(locale: Locale) -> set[str]:
    return {fold_words(name) for code, name in locale.territories.items() if code.isalpha() and len(code) == 2}


# Exemplar cities that are also common given names or plain words: "Jane Roe, Victoria" is
# more likely a person with a colleague than a place, "Center" is a word.
NOT_CITIES = frozenset({"victoria", "regina", "santiago", "sydney", "stanley", "phoenix", "nome", "center",
                        "north", "south", "west", "east", "wake", "tell", "easter", "christmas", "unknown location",
                        "lima", "denver", "macau", "dawson", "currie", "casey", "davis", "palmer", "vostok",
                        "troll", "mawson", "lindeman", "eucla", "showa", "rothera", "johnston", "midway"})


def _two_level(zone_id: str) -> bool:
    area, _, city = zone_id.partition("/")
    return bool(city) and "/" not in city and area in {"Europe", "Asia", "Africa", "America", "Australia", "Pacific", "Atlantic", "Indian"}


def _cities(locale: Locale) -> set[str]:
    out: set[str] = set()
    for zone_id, zone in locale.time_zones.items():
        city = zone.get("city") if hasattr(zone, "get") else None
        if isinstance(city, str) and _two_level(zone_id) and "," not in city:
            out.add(fold_words(city))
    return out


def _zone_cities() -> set[str]:
    """Cities named by zone ids (``Europe/Paris`` → ``paris``), from Babel's own zone list so that
    the output depends on the Babel version only, not on the system's tz database."""
    from babel.core import get_global

    out: set[str] = set()
    for zone in get_global("zone_territories"):
        if _two_level(zone):
            out.add(fold_words(zone.partition("/")[2].replace("_", " ")))
    return out


def _by_initial(names: set[str]) -> dict[str, str]:
    """The names, one "|"-joined string per first character: a question about one name builds the set of its
    initial's names only (the whole table cost some 21 M instructions to build)."""
    groups: dict[str, list[str]] = {}
    for name in sorted(n for n in names if n):
        assert "|" not in name and "\t" not in name and "\n" not in name, name
        groups.setdefault(name[0], []).append(name)
    return {initial: "|".join(group) for initial, group in groups.items()}


def generate() -> str:
    import babel

    countries: set[str] = {fold_words(n) for n in EXTRA_COUNTRIES}
    cities: set[str] = _zone_cities()
    for code in LANGUAGES:
        locale = Locale.parse(code)
        countries |= _countries(locale)
        cities |= _cities(locale)
    cities |= ({fold_words(n) for n in EXTRA_CITIES} | _listed_cities()) - {fold_words(n) for n in _EXTRA_NOT_CITIES}
    cities -= countries | NOT_CITIES
    by_country, by_city = _by_initial(countries), _by_initial(cities)
    initials = sorted(by_country.keys() | by_city.keys())
    # (the first line names the source, the second lists the initials, so that a character no name opens with is
    # told without a search of the file: no initial is "#", a folded name never opens with one)
    rows = [f"# CLDR (Babel {babel.__version__}) via scripts/gen_places.py: initial, countries, cities",
            "\t".join(["#", *initials])]
    rows += [f"{initial}\t{by_country.get(initial, '')}\t{by_city.get(initial, '')}" for initial in initials]
    return "\n".join(rows) + "\n"


def main() -> int:
    OUT.write_text(generate(), encoding="utf-8")
    print(f"wrote {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
