"""What a guest's message names besides dates: people, rooms, codes, contacts, menu items, requests.

Pure functions over text (and the hotel's own lists where names come from the
hotel), so they are cheap to test in every language. Vocabulary tables map the
words guests use onto the English words of the hotel's data; the hotel decides
what exists, these tables only read guests.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from agent.brains.dates import NUMBER_WORDS, WEEKDAYS, without_dates
from core.hotels import GuestRecord, Hotel, KBEntry, MenuItem, Place, RoomType
from core.language import CJK
from core.loanwords import loanwords, sounds_like
from core.translit import (
    arabic_consonants,
    cyrillic_to_latin,
    han_folded,
    hangul_to_latin,
    latin_consonants,
    russian_forms,
    to_cyrillic,
)
from skills.places import mentioned_in, tag_matches

# Counts as Arabic says them (the dates' table has none: Arabic dates are written in digits).
_ARABIC_NUMBERS = {"واحد": 1, "واحدة": 1, "اثنين": 2, "اثنان": 2, "اثنتين": 2, "اثنتان": 2, "ثلاثة": 3, "ثلاث": 3,
                   "أربعة": 4, "أربع": 4, "خمسة": 5, "خمس": 5, "ستة": 6, "سبعة": 7, "ثمانية": 8, "تسعة": 9,
                   "عشرة": 10}
_QTY = r"(?P<qty>\d{1,2}|" + "|".join(sorted([*NUMBER_WORDS, *_ARABIC_NUMBERS], key=len, reverse=True)) + r")"
# Where one ordered thing ends and the next begins: list marks, sentence ends and "and" in the guests' languages
# (Arabic writes its "and" on the next word).
SEPARATOR = re.compile(r"[,，、;；+&\n。！？!?]|\.(?:\s|$)|\s(?:and|plus|y|e|et|und|sowie|и|а\s+также|or)\s|和|跟|以及|"
                       r"还有|(?<!ひ)と|や|하고|이랑|랑|그리고|\sو(?=\s?\S{3})", re.IGNORECASE)
_PEOPLE = (r"adults?|kids?|children|child|infants?|bab(?:y|ies)|toddlers?|teens?|people|persons?|guests?|pax|"
           r"adultos?|niños?|niñas?|bebés?|personas?|huéspedes|adultes?|enfants?|bébés?|personnes?|"
           r"erwachsene[rn]?|kinder[n]?|kind|babys?|personen|gäste[n]?|взросл\w*|дет\w*|ребен\w*|ребён\w*|человека?|"
           r"гост\w*|أشخاص|شخص|بالغين|أطفال|طفل")
_PEOPLE_COUNT = re.compile(rf"(?<![\d:/.-]){_QTY}\s+(?:{_PEOPLE})\b", re.IGNORECASE)
_CJK_PEOPLE = re.compile(r"(?:大人|成人|儿童|孩子|子供|小孩|성인|어른|아이|어린이)?\s*"
                         r"(?P<n>\d{1,2}|[两二三四五六七八九十])\s*(?:个人|個人|人|位|名|명|분)")
_GROUP = re.compile(rf"\b(?:we\s+are|we're|we\s+will\s+be|we'll\s+be|there\s+are|there\s+will\s+be|there'll\s+be|"
                    rf"party\s+of|family\s+of|group\s+of|somos|seremos|nous\s+sommes|on\s+est|wir\s+sind|нас)\s+(?:(?:now|actually|finally|finalmente|"
                    rf"en\s+realidad|al\s+final|ahora|finalement|en\s+fait|maintenant|jetzt|doch|nun|"
                    rf"теперь|всё\s+же)\s+)?{_QTY}\b", re.IGNORECASE)
_OF_US = re.compile(rf"\b(?:for|all|the)\s+(?:the\s+)?{_QTY}\s+of\s+us\b", re.IGNORECASE)  # "a 2BR for 6 of us"
_COUPLE = re.compile(r"\b(?:my\s+(?:wife|husband|partner|girlfriend|boyfriend|fiancée?)\s+and\s+(?:i|me)|"
                     r"(?:me|i)\s+and\s+my\s+(?:wife|husband|partner|girlfriend|boyfriend|fiancée?)|"
                     r"for\s+(?:two|2)(?!\s*(?:nights?|days?|weeks?|hours?))|a\s+couple)\b", re.IGNORECASE)

# What is no room number after a room word: "a room for 2 nights", "Zimmer 2 Personen".
_NOT_A_ROOM_AFTER = (r"(?!\s*(?:nights?|noches?|nuits?|n[äa]chte|ноч\w*|晚|泊|박|ليال\w*|people|persons?|personas?|"
                     r"personnes?|personen|guests?|adults?|adultes?|человек\w*|人|名|명|أشخاص|x\b|%))")
_ROOM = re.compile(r"(?:\b(?:room|rm|habitaci[oó]n|hab\.?|cuarto|chambre|zimmer|camera|villa|bungalow)|номер[аеу]?|"
                   # a resort's villas are numbered as rooms are ("villa 22", "вилла 214", "别墅108", "ヴィラ108")
                   r"комнат[аеуы]|вилл[аеуы]|فيلا|الفيلا|غرفة|الغرفة|房间|部屋|객실|방|别墅|ヴィラ|빌라)\s*(?:n(?:o|r|º|°)\.?\s*|#\s*|(?:number|n[uú]mero|numéro|nummer)\s+|"
                   r"№\s*|رقم\s*)?(?P<room>\d{1,4})\b" + _NOT_A_ROOM_AFTER +
                   # "5号室", "9号房间", "5호실", "5호": a room's own counter word, whatever its number's length
                   # Korean ties a particle on ("312호예요", "312호로"); "2호선" is a metro line
                   r"|(?P<one>\d{1,4})\s*(?:号房间|號房間|号房|號房|号室|號室|号?别墅|호실|"
                   r"호(?=예요|에요|이에요|입니다|인데|으로|로|에|요|는|은)|호(?![선\w]))"
                   r"|(?P<cjk>\d{3,4})\s*(?:号|房间|房間)"
                   r"|\b(?:to|in|into|a\s+la|à\s+la|en\s+la|auf|в)\s+(?P<bare>\d{3})\b(?![:.\-/]?\d|\s*(?:am|pm|h\b|"
                   r"people|guests|nights|minutes|\$|usd|dollars|euros))", re.IGNORECASE)
_CODE = re.compile(r"\b(?P<code>[A-Z]{2,4}-\d{3,6}|[A-Z]{2,4}\d{3,6})\b|\b(?P<lower>[a-z]{2,4}-\d{3,6})\b")
_DATES = re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b")
# Latin letters only around them: Chinese and Japanese write the label on ("邮箱lina@example.com", "电话+86 139…").
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_PHONE = re.compile(r"(?<![A-Za-z0-9+])\+?\d[\d\s().-]{7,}\d(?![A-Za-z0-9])")
# "Name: …", "الاسم: …", "姓名：…": a form-like label before the name.
_NAME_LABEL = (r"(?:\b(?:full\s+)?(?:name|nombre(?:\s+completo)?|nom(?:\s+complet)?|vor-?\s*und\s+nachname|"
               r"name)|полное\s+имя|имя|фио|姓名|名字|お名前|名前|氏名|이름|성함|الاسم(?:\s+الكامل)?)\s*[:：]\s*")
# A name in a script without capitals: Arabic words, or Chinese, Japanese or Korean characters.
_UNCASED_NAME = r"[\u0621-\u064a]{2,}(?:\s+[\u0621-\u064a]{2,}){0,3}|[\u30a0-\u30ff\u4e00-\u9fff\uac00-\ud7af]{2,8}"
_NAME_CUE = re.compile(r"(?:\b(?:i\s*am|i'm|im|my\s+name\s+is|name's|this\s+is|it's|me\s+llamo|mi\s+nombre\s+es|soy|"
                       r"je\s+m'appelle|je\s+suis|mon\s+nom\s+est|ich\s+heiße|ich\s+bin|mein\s+name\s+ist|"
                       # the name a booking is made in ("under the name of", "a nombre de", "auf den Namen")
                       r"(?:under|in)\s+the\s+name(?:\s+of)?|a\s+nombre\s+de|au\s+nom\s+de|auf\s+den\s+namen)|"
                       r"меня\s+зовут|на\s+имя|저는|اسمي|أنا|الاسم|باسم|بإسم|على\s+اسم)\s+|"
                       r"(?:我叫|我是|私は|(?:제\s*)?이름은)\s*|" + _NAME_LABEL,
                       re.IGNORECASE)
# Cues after which a name in a script without capitals is surely a name ("اسمي …", "الاسم …" the name is, "باسم …"
# in the name of), unlike "أنا" (I am), which a state may follow.
_UNCASED_CUES = frozenset({"我叫", "меня зовут", "제 이름은", "제이름은", "이름은", "اسمي", "الاسم", "باسم", "بإسم",
                           "على اسم"})
# Chinese, Japanese and Korean introduce themselves with the name first: "山田太郎です", "김서연입니다".
_NAME_THEN_COPULA = re.compile(r"(?:^|[。．.!！、,，\s])(?P<name>[\u4e00-\u9fff\u30a0-\u30ff]{2,8}|"
                               r"[\uac00-\ud7af]{2,4})\s*(?:です|と申します|입니다|이에요|예요)")
# A name written just before the e-mail or phone it goes with ("Ольга Смирнова, olga@example.com",
# "يوسف الإدريسي، yousef@…", "王伟，wang@…").
_NAME_BESIDE_CONTACT = re.compile(r"(?:^|[.!?:;：]\s*)(?P<name>[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]+"
                                  r"(?:\s+[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]+){1,3}|" + _UNCASED_NAME +
                                  r")\s*[,;،，、/|｜／]\s*(?:[\w.+-]+@|\+?\d)")  # "박지훈 / a@b.kr / 010-…" too
_NAME_WORD = r"[A-ZÀ-ÖØ-ÞА-Я][\w'’-]+"
_NOT_NAMES = frozenset(
    "Here Just Not Very So Also Still Looking Coming Staying Arriving Travelling Traveling Interested Happy Sorry "
    "Sure Fine Ok Okay Good Great The A In At On From With Your Room Guest Guests Mr Mrs Ms Dr Sr Sra".split()
)

# Guests' words for a room's kind, mapped onto words in the hotel's room names.
_ROOM_WORDS = {
    "family": r"famil\w*|семейн\w*|家庭|家族|ファミリー|패밀리|가족|عائلي\w*",
    "suite": r"suites?|люкс|套房|スイート|스위트|جناح",
    "king": r"king|king-size|королевск\w*|特大|大床|キング|(?<![가-힣])킹",  # not the end of "파킹", parking
    "queen": r"queen|queen-size|クイーン|퀸",
    "standard": r"standard|std|estándar|estandar|стандарт\w*|标准|スタンダード|스탠다드",
    "accessible": r"accessible|wheelchair|accesible|adaptée|barrierefrei|доступн\w*|无障碍|バリアフリー|장애인",
    # Categories hotels name rooms by; matched in the room's own name in whatever language the hotel wrote it.
    "superior": r"superior\w*|sup[ée]rieur\w*|superieur\w*|супериор\w*|улучшенн\w*|高级|スーペリア|슈페리어|"
                r"سوبيريور|السوبيريور",
    "deluxe": r"de\s*luxe|deluxe|делюкс\w*|豪华|デラックス|디럭스|ديلوكس",
    "classic": r"classic\w*|cl[aá]sic[ao]s?|classique\w*|klassisch\w*|классическ\w*|经典|クラシック|클래식|كلاسيك\w*",
    "junior": r"junior|júnior|джуниор|ジュニア|주니어|جونيور",
    "studio": r"studio|estudio|студи[яюи]|スタジオ|스튜디오|ستوديو",
    "double": r"double|doble|doppel\w*|двухместн\w*|双人|ダブル|더블|مزدوج\w*",
    "single": r"single|individual|einzel\w*|одноместн\w*|单人|シングル|싱글|مفرد\w*",
    "twin": r"twin|双床|ツイン|트윈",
    "executive": r"executive|ejecutiv[ao]s?|ex[ée]cuti(?:f|ve)s?|представительск\w*|экзекьютив\w*|行政|エグゼクティブ|"
                 r"이그제큐티브|익제큐티브|تنفيذي\w*",
    # Where a room lies, which hotels name rooms by ("Courtyard Double", "Chambre Fleuve (River Room)") and guests
    # say in their own words ("двухместный номер во двор", "江景房", "habitación con vista al mar").
    "courtyard": r"courtyard|patio|cour|innenhof|\bдвор(?:а|е|у|ом|ов\w*)?\b|庭院|院子|中庭|안뜰|فناء",
    "garden": r"garden|jard[ií]n|garten|\bсад(?:а|е|у|ом|ов\w*)?\b|园景|花园|庭園|ガーデン|가든|정원|حديق\w*",
    "river": r"river\w*|fleuve|r[ií]o|fluss|\bрек(?:а|и|е|у|ой)\b|\bречн\w*|江景|河景|リバー|川沿い|강변|نهر\w*",
    "sea": r"ocean|sea|(?:vistas?|frente)\s+al\s+mar|(?:vue\s+sur\s+la|bord\s+de)\s+mer|meer|"
           r"\bмор(?:е|я|ю|ем)\b|\bморск\w*|海景|オーシャン|オーシャンビュー|바다|오션|بحر\w*",
    "attic": r"attic|loft|mansard\w*|dachgeschoss|dachzimmer|\bмансард\w*|阁楼|屋根裏|다락\w*|علي[ةه]",
    # A resort's villas lie on the beach or over the water, some with a pool ("водная вилла с бассейном").
    "beach": r"beach\w*|playa|plage|strand\w*|пляж\w*|沙滩|海滩|ビーチ|비치|해변|شاطئ\w*|الشاطئ\w*",
    "water": r"over-?water|water|acu[aá]tic\w*|sobre\s+el\s+agua|sur\s+(?:l'eau|pilotis)|wasser\w*|водн\w*|"
             r"над\s+водой|水上|ウォーター|워터|수상|مائي\w*|فوق\s+الماء",
    "pool": r"pools?|piscinas?|piscines?|бассейн\w*|泳池|プール|풀(?!보드)|مسبح\w*",
    # A hostel's shared rooms, sold by the bed ("Bett im 6er-Schlafsaal", "dortoir", "相部屋"), and the ones for
    # women only ("4er-Frauenschlafsaal", "female dorm", "女生宿舍").
    "dorm": r"dorms?|dormitor\w*|\w*schlafs[aä]{1,2}l\w*|dortoirs?|\bдорм\w*|общ(?:ий|ем|его)\s+номер\w*|"
            r"多人间|宿舍|床位|相部屋|ドミトリー|도미토리|다인실|مهجع|سكن\s+مشترك|غرف[ةه]\s+مشترك[ةه]",
    "women": r"women\w*|wom[ae]n'?s|female|ladies|frauen\w*|mujeres|femenin\w*|femmes?|f[ée]minin\w*|женск\w*|"
             r"女生|女性|女子|여성|여자|نساء|نسائي\w*|للسيدات",
}
# How many beds a shared room has, as guests say it: "6-bed", "6er", "8 beds", "dortoir de 6", "6人间", "6인실",
# "6-местный", "6 أسرة".
# "4 beds" (plural) is how many beds are wanted, not the room.
# "6er" only before a room word: the French "1er" is a first of the month ("du 1er au 3 novembre").
_BED_COUNT = re.compile(r"(?<!\d)(\d{1,2})\s*-?\s*(?:bed\b|er(?=-|\s*(?:schlafs|zimmer|dorm|bett|zi\b))|bett(?!en)\w*|"
                        r"lits\b|camas\b|местн\w*|"
                        r"коечн\w*|人间|人間|人部屋|人房|인실|인용|인\s*도미토리|أسر[ةه]?|"
                        r"人(?=\S{0,3}(?:宿舍|多人间|ドミトリー|相部屋)))|"
                        r"\b(?:dortoir|dormitorio)\s+(?:de|à|a)\s+(\d{1,2})(?!\d)",  # not "chambre de 2": two guests
                        re.IGNORECASE)
# Where a room lies: it names the room only with the rest of its kind said too, and with a room spoken of.
_PLACES = frozenset({"courtyard", "garden", "river", "sea", "beach", "water", "pool"})
# Words for "room" itself, which tell no room type from another.
_ROOM_NOUN = re.compile(r"(?<![\w-])(?:rooms?|chambres?|zimmer|habitaci[oó]n\w*|camera|quarto|номер\w*|комнат\w*|"
                        r"villas?|вилл\w*|فيل\w*|الفيل\w*|غرف\w*|الغرف\w*)(?![\w-])|房间|部屋|客室|객실|방|别墅|ヴィラ|빌라",
                        re.IGNORECASE)
# A room turned down: "not the suite", "nicht die Suite", "pas la suite", "no la suite", "не люкс", "스위트 말고",
# "不要套房", "لا أريد الجناح", "instead of the king".
_NEGATED_ROOM = re.compile(r"\b(?:not|nicht|pas|instead\s+of|rather\s+than|statt|anstatt|au\s+lieu\s+d[eu]|"
                           r"en\s+(?:vez|lugar)\s+de|no)\s+(?:(?:the|a|an|die|der|das|den|la|le|el|un|une|una)\s+)?"
                           r"[\w-]+(?:\s+(?:suite|room|zimmer|chambre|habitaci[oó]n))?|не\s+[\w-]+|\S+\s*말고|不要\S+|"
                           r"لا\s+(?:أريد|نريد)\s+\S+", re.IGNORECASE)
# The cheapest room, or "the cheaper one" after rooms were offered: the cheapest that fits.
_CHEAPEST = re.compile(r"\bcheap(?:est|er)\b|\bleast\s+expensive|\bless\s+expensive|günstig(?:st|er)\w*|"
                       r"billig(?:st|er)\w*|m[aá]s\s+barat\w*|moins\s+ch[eè]re?s?|самы\w\s+деш[её]в\w*|"
                       r"(?:по)?дешевле|最便宜|更便宜|便宜(?:一点|一些|些|的)|一番安い|(?:より|もっと)安い|安い(?:方|ほう)|"
                       r"(?:제일|가장|더)\s*(?:저렴|싼)|أرخص", re.IGNORECASE)
_PET_WORDS = re.compile(r"\b(?:pets?|dogs?|cats?|puppy|pet-friendly|mascotas?|perros?|gatos?|animal\w*|chiens?|"
                        r"chats?|chatons?|haustier\w*|hunde?s?|katzen?|tier\w*)\b|питом\w*|собак\w*|кошк\w*|"
                        r"кот(?:а|у|ом|ы|ов|ами)?\b|宠物|狗|猫|ペット|犬|반려|강아지|고양이|حيوان|كلب|قطة|(?<!\w)قط\b",
                        re.IGNORECASE)

# Menu words in other languages (and in katakana, hangul or Cyrillic spelling of English dish names), mapped
# onto English words of menus: phrases first, then single words, so "チョコレートラバケーキ" reads "chocolate lava
# cake". Only words that name a dish or drink: the hotel's menu decides what can be ordered.
_FOOD_WORDS = (
    (r"зубн\w+\s+паст\w*|pasta\s+de\s+dientes", "toothpaste"),  # not the menu's pasta
    (r"aguas?\s+(?:con\s+gas|mineral\s+con\s+gas)|eau\s+(?:gazeuse|pétillante)|sprudel\w*|mineralwasser|"
     r"газированн\w+\s+вод\w+|вод\w+\s+с\s+газом|气泡水|苏打水|炭酸水|スパークリングウォーター|탄산수|"
     r"مياه?\s+غازية", "sparkling water"),
    (r"agua\s+sin\s+gas|eau\s+plate|stilles\s+wasser|вод\w+\s+без\s+газа|矿泉水|ミネラルウォーター|생수|"
     r"مياه?\s+(?:معدنية|عادية)", "still water"),
    (r"vino\s+tinto|vin\s+rouge|rotwein|красн\w+\s+вин\w+|红酒|红葡萄酒|赤ワイン|레드\s*와인|نبيذ\s+أحمر", "red wine"),
    (r"pastel\s+de\s+chocolate|fondant\s+au\s+chocolat|g[aâ]teau\s+au\s+chocolat|schokoladenkuchen|"
     r"шоколадн\w+\s+(?:торт|кекс|фондан)\w*|巧克力蛋糕|كعكة\s+الشوكولاتة", "chocolate cake"),
    (r"sopa\s+de\s+almejas|chaudrée\s+de\s+palourdes|soupe\s+(?:de|aux)\s+palourdes|muschelsuppe|суп\s+из\s+моллюсков|"
     r"кл[эеа]м[\s-]*ча[ую]дер\w*|蛤蜊浓汤|蛤蜊汤|クラムチャウダー|클램\s*차우더", "clam chowder"),
    (r"детск\w+\s+паст\w*|pasta\s+(?:para\s+)?niños|pâtes\s+(?:pour\s+)?enfants|kindernudeln|儿童意面|"
     r"キッズパスタ|키즈\s*파스타|معكرونة\s+(?:ال)?أطفال", "kids pasta"),
    (r"hamburguesa|hamburger|бургер\w*|汉堡|バーガー|버거|برجر|برغر", "burger"),
    (r"ensalada|salade|salat|салат\w*|沙拉|サラダ|샐러드|سلطة", "salad"),
    (r"pâtes|nudeln|макарон\w*|паст[аыу]\b|意面|意大利面|パスタ|파스타|معكرونة|باستا", "pasta"),
    (r"пицц\w+|披萨|比萨|ピザ|피자|بيتزا", "pizza"),
    (r"чаудер\w*|周打汤|巧达汤|チャウダー|차우더|شوربة\s+المحار", "chowder"),
    (r"цезар\w*|凯撒|シーザー|시저|سيزر", "caesar"),
    (r"маргарит\w*|玛格丽特|マルゲリータ|마르게리[타따]|مارغريتا|مارجريتا", "margherita"),
    (r"лава|熔岩|ラバ|라바|فوندان", "lava"),
    (r"шоколад\w*|巧克力|チョコレート|チョコ|초콜릿|초코|شوكولات\w*|schokolade\w*|chocolat\b", "chocolate"),
    (r"\bторт\w*|\bкекс\w*|蛋糕|ケーキ|케이크|كعك\w*|\bkuchen\b|g[aâ]teau", "cake"),
    (r"s[áa]ndwich|сэндвич\w*|бутерброд\w*|三明治|サンドイッチ|샌드위치|ساندويتش", "sandwich"),
    (r"limonada|limonade|лимонад\w*|柠檬水|レモネード|레모네이드|ليموناضة|ليمونادة", "lemonade"),
    (r"\bsopas?\b|\bsoupes?\b|\bsuppen?\b|\bсуп\w*|汤|スープ|수프|شوربة|حساء", "soup"),
    (r"\bvino\b|\bvin\b|\bwein\b|вин[оау]\b|葡萄酒|ワイン|와인|نبيذ", "wine"),
    (r"\bbier\b|\bbières?\b|\bcervezas?\b|\bпив\w*|啤酒|ビール|맥주|بيرة|بيره", "beer"),
    (r"抹茶|말차|маття|матча|ماتشا", "matcha"),
    (r"豆腐|두부|\bтофу\b|توفو", "tofu"),
    (r"日本酒|清酒", "sake"),
    (r"饭团|飯糰|お握り|おにぎり|주먹밥|онигири", "onigiri"),
    (r"梅酒|매실주|우메슈", "umeshu"),
    (r"お茶漬け|茶漬け|茶泡饭|오차즈케", "ochazuke"),
    # Dishes known by one name the world over, each script spelling it its own way (a menu too: "Shin Ramyun").
    (r"ラーメン|拉面|拉麺|라면|рамен\w*|\bramyu?e?o?n\b", "ramen"),
    (r"ビビンバ|拌饭|拌飯|비빔밥|бибимбап\w*|بيبيمباب", "bibimbap"),
    (r"烧酒|燒酒|소주|соджу", "soju"),
    (r"김치|キムチ|泡菜|кимчи", "kimchi"),
    # Thai dishes and drinks, as Chinese, Japanese, Korean and Russian guests name them on any menu that has them.
    (r"泰式炒河粉|炒河粉|泰式炒粉|パッタイ|팟타이|팟\s*타이|пад[\s-]*та[йяиею]\w*", "pad thai"),
    (r"冬阴功|冬陰功|冬荫功|トムヤムクン|トムヤム|똠\s*얌\s*꿍|똠얌|том\s*ям\w*", "tom yum"),
    (r"绿咖喱|綠咖哩|グリーンカレー|그린\s*커리|그린\s*카레|зел[её]н\w+\s+карри", "green curry"),
    (r"玛莎曼|馬莎曼|マッサマン|마사만|массаман\w*", "massaman"),
    (r"芒果糯米饭|芒果糯米飯|芒果糯米|マンゴー\s*(?:もち米|スティッキーライス)|カオニャオマムアン|망고\s*(?:찰밥|스티키\s*라이스)|"
     r"манго\s+с\s+клейким\s+рисом", "mango sticky rice"),
    (r"青木瓜沙拉|木瓜沙拉|ソムタム|쏨땀|솜땀|сом\s*там", "som tam"),
    (r"泰式奶茶|泰式冰茶|泰奶|タイティー|タイアイスティー|타이\s*(?:아이스\s*)?티|тайск\w+\s+(?:холодн\w+\s+)?ча\w*",
     "thai iced tea"),
    (r"胜狮|勝獅|シンハー|싱하|сингх\w*", "singha"),
    (r"椰子水|椰青|椰子|ココナッツ|코코넛|кокос\w*", "coconut"),
    (r"炒饭|炒飯|チャーハン|カオパット|볶음밥|жарен\w+\s+рис\w*", "fried rice"),
    (r"水果拼盘|果盘|フルーツ(?:盛り合わせ|プレート)|과일\s*(?:플래터|모둠)|фруктов\w+\s+(?:тарелк|ассорти)\w*",
     "fruit platter"),
    (r"طاجين|طاجن|タジン|타진|塔吉锅|тажин\w*|\btagines?\b", "tajine"),
    (r"كفتة|كفته|кефт[аеуы]?\b|\bkofta\b", "kefta"),
    (r"كسكس\w*|古斯米|クスクス|쿠스쿠스|кускус\w*", "couscous"),
    (r"حريرة|харир\w*", "harira"),
    (r"t[ée]s?\s+(?:a\s+la\s+|de\s+)?menta|th[ée]s?\s+(?:à\s+la\s+)?menthe|(?:pfeffer)?minztee|мятн\w+\s+ча\w*|"
     r"ча[йяю]\s+с\s+мят\w*|薄荷茶|ミントティー|민트\s*(?:차|티)|شاي\s+(?:بال)?نعناع", "mint tea"),
    # an island's kitchen: tuna, curry, champagne, smoothies, as guests name them (after "green curry" above)
    (r"\bat[uú]n\b|\bthon\b|thunfisch\w*|\bтун(?:ец|ца|цом|цу)\b|金枪鱼|吞拿鱼|マグロ|ツナ|참치|تونة|تونا", "tuna"),
    (r"\bcurri\b|карри|咖喱|咖哩|カレー|커리|카레|كاري", "curry"),
    (r"champ[aá]n|champaña|champagner|шампанск\w*|香槟|シャンパン|샴페인|شمبانيا|شامبانيا", "champagne"),
    (r"\bbatidos?\b|смузи|冰沙|スムージー|스무디|سموذي", "smoothie"),
    # Spirits known by their name the world over, which Chinese writes by its sound (and often a "酒" after it:
    # "梅斯卡尔酒", "龙舌兰酒").
    (r"梅斯卡尔|梅斯卡爾|麦斯卡尔|メスカル|메스칼|мескал\w*|ميزكال|ميسكال", "mezcal"),
    (r"龙舌兰|龍舌蘭|テキーラ|데킬라|текил\w*|تكيلا|تاكيلا", "tequila"),
    (r"伏特加|ウォッカ|보드카|فودكا", "vodka"),
    (r"威士忌|ウイスキー|위스키|\bвиски\b|ويسكي", "whisky"),
)
# What a dish is made of, as guests and menus say it: it tells apart the dishes of one kind a menu sells several of
# ("four beef empanadas" is the "Empanada de carne", "эмпанады с курицей" none of three empanadas). Items are read
# with their tags ("beef", "vegetarian") too. Every meat is a meat ("meat empanadas").
_KINDS = {
    "beef": r"\bbeef|\bcarne\b|\bb(?:œ|oe)uf|\brind\w*|говя\w*|牛肉|牛排|和牛|ビーフ|소고기|쇠고기|비프|"
            r"لحم\s+(?:ال)?بقر|بقري",
    "chicken": r"\bchicken|\bpollo|\bpoulet|h[äu]hn\w*|h[äu]hnchen|\bfrango|\bкур(?:иц|ин|очк|ы|у|ой)\w*|\bцыпл\w*|"
               r"鸡(?!蛋)|雞(?!蛋)|チキン|鶏|치킨|닭|دجاج|فراخ",
    "pork": r"\bpork|\bcerdo|\bporc\b|schwein\w*|\bporco\b|свин\w*|猪|豬|豚|ポーク|돼지|포크|خنزير",
    "ham": r"\bham\b|jam[oó]n|jambon|schinken|prosciutto|presunto|ветчин\w*|хамон\w*|火腿|ハム|햄",
    "lamb": r"\blamb|cordero|agneau|\blamm\w*|cordeiro|баран\w*|ягн\w*|羊肉|ラム|양고기|ضأن|غنم|خروف",
    "fish": r"\bfish|pescado|poisson|\bfisch\w*|\bpeixe|\bpesce|\bрыб\w*|鱼|魚|생선|سمك",
    "prawn": r"\bprawns?|\bshrimps?|camar[oó]n\w*|gambas?\b|langostin\w*|crevettes?|garnelen?|креветк\w*|虾|蝦|エビ|"
             r"海老|새우|روبيان|جمبري|قريدس",
    "cheese": r"cheese|\bquesos?\b|quesillo|fromage|k[äa]se|formaggio|queijo|\bсыр(?!ник)\w*|奶酪|芝士|起司|チーズ|"
              r"치즈|جبن\w*",
    "vegetarian": r"vegetables?|vegetarian\w*|veggie|\bvegan\w*|verduras?|vegetal\w*|l[ée]gumes?|v[ée]g[ée]tarien\w*|"
                  r"gem[üu]se\w*|vegetarisch\w*|овощ\w*|вегетариан\w*|веган\w*|蔬菜|素食|素|野菜|ベジ|채소|야채|채식|"
                  r"خضار|خضروات|نباتي",
}
_MEATS = frozenset({"beef", "chicken", "pork", "ham", "lamb"})
_MEAT = re.compile(r"\bmeat\b|мяс\w*|肉|고기|لحم", re.IGNORECASE)


def dish_kinds(text: str) -> frozenset[str]:
    """What the text says a dish is made of ("empanadas de carne" → beef and meat)."""
    kinds = {kind for kind, pattern in _KINDS.items() if re.search(pattern, text, re.IGNORECASE)}
    return frozenset(kinds | ({"meat"} if kinds & _MEATS or _MEAT.search(text) else set()))


_ITEM_STOPWORDS = frozenset("glass bowl cup plate bottle jug carafe with and the of house (glass)".split())
# Words for the guests a dish is for ("Kids pasta", "Menu enfant"): alone they count people ("for 2 adults and 2
# kids"), never a dish.
_PEOPLE_WORDS = frozenset("kids kid children child adults adult family teens baby infant niños niño infantil enfants "
                          "enfant kinder kinderteller erwachsene".split())
# Articles, prepositions and "and" of the languages menus are written in: two of them together name no dish.
_LITTLE_WORDS = frozenset("a à al alla la le les el los las lo de del des du di da do dos das con sin en y e et und "
                          "mit im am zum zur the of and with in on au aux per".split())
_QTY_BEFORE = re.compile(rf"(?<![\da-z]){_QTY}\s*(?:x\s*)?(?:(?:extra|more|large|small|big|glass(?:es)?|bowls?|cups?|"
                         rf"portions?|orders?|pieces?|slices?|bottles?|cans?|of|the|our|your|some|additional|fresh|clean|"
                         rf"more|de|d'|des|du|la|el|los|las|une?|otr[ao]s?|weitere)\s+)*(?:[^\W\d_]+-)?$",
                         re.IGNORECASE)  # "zwei Käse-" before "Pizzas": a compound's first half
# A count before the kind of thing wanted ("3 bath towels", "two feather-free pillows"): two words at most between.
_QTY_OF_KIND = re.compile(rf"(?<![\da-z]){_QTY}\s+(?:[^\W\d_]+(?:-[^\W\d_]+)?\s+){{1,2}}$", re.IGNORECASE)
_REMOVE_BEFORE = re.compile(r"(?:remove|cancel|take\s+off|drop|forget|no\s+more|swap|replace|switch|change|"
                            r"instead\s+of|en\s+lugar\s+de|en\s+vez\s+de|cambi\w*|au\s+lieu\s+d[eu]|remplac\w*|statt|tausch\w*|"
                            r"ersetz\w*|вместо|замени\w*|quit\w*|cancel\w*|elimin\w*|"
                            r"enl[eè]v\w*|annul\w*|retir\w*|streich\w*|entfern\w*|storn\w*|убер\w*|отмен\w*|取消|去掉|"
                            r"キャンセル|취소|빼|ألغ\w*|احذف)\s+(?:the\s+|my\s+|el\s+|la\s+|le\s+|die\s+|den\s+|das\s+)?"
                            r"(?:\w+\s+)?$", re.IGNORECASE)
# German, Japanese, Korean and Chinese say what to drop after the item ("einen Burger stornieren", "バーガーはやめて",
# "버거는 빼고").
_REMOVE_AFTER = re.compile(r"^\s*(?:stornieren|streichen|abbestellen|weglassen|entfernen)\b|"
                           r"^\s*(?:は|を|も)?\s*(?:やめ|キャンセル|取り消|いらな|なしで)|"
                           r"^\s*(?:은|는|을|를)?\s*(?:빼|취소|말고)|^\s*(?:不要|取消|去掉)(?=了|\s*[，。,.!！]|\s*$)")
# Chinese, Japanese and Korean say what is swapped away before what it becomes ("一份披萨换成汉堡", "ピザを1つバーガーに
# 変えて", "피자 하나를 버거로 바꿔"), the new dish's name between: read further than `_REMOVE_AFTER`.
_SWAPPED_AWAY = re.compile(r"^\s*(?:换成|改成|换为|换掉)|^\s*[をは][^。、！!]{0,20}?に(?:変え|替え|交換|変更)|"
                           r"^\s*(?:은|는)?\s*(?:하나|한\s*개|두\s*개|\d+\s*개)?\s*(?:을|를)[^.!]{0,20}?로\s*"
                           r"(?:바꿔|변경|교체)")
_DEFINITE_BEFORE = re.compile(r"\b(?:the|my|that|this|our|el|la|le|les|die|der|das|den)\s+$", re.IGNORECASE)
# Chinese and Arabic say what to leave out after the word for "without" ("不要洋葱", "بدون بصل"), Japanese and
# Korean before it ("玉ねぎ抜き", "양파 빼고").
_NOTE = re.compile(r"(?:\b[\w-]+\s+)?\b(?:without|no|sin|sans|ohne|kein(?:e[nm]?)?|без|extra|well[- ]done|medium|"
                   r"rare|gluten[- ]free|allerg\w*|spicy)\b(?:\s+(?!and\b|y\b|et\b|und\b|и\b|please\b)[\w-]+){0,2}"
                   r"|(?:不要(?!了)|别放|不加)\s*[^\s，。,、！!？?]{1,3}|بدون\s*\S+|[^\sをはがでにとも、。]{1,6}(?:抜き|なし)|"
                   r"\S+\s*(?:빼고|빼서|빼\s*주세요|없이)", re.IGNORECASE)

# Housekeeping: guests' words onto the request names the housekeeping skill knows.
# The room left alone today ("no housekeeping today", "don't clean our room", "уборка не нужна", "今天不用打扫"): said
# with the very words that ask for a cleaning, so it is read first.
NO_CLEANING = re.compile(
    r"\b(?:(?:don'?t|do\s+not|no\s+need\s+to|(?:please|you)\s+not|skip(?:\s+the)?|without)\s+(?:\w+\s+){0,3}?"
    r"(?:clean\w*|housekeeping|make\s+up)(?![^.!?]{0,25}\b(?:properly|well|enough|at\s+all)\b)|"
    r"no\s+(?:room\s+)?(?:cleaning|housekeeping|make-?up)(?!\s+(?:yet|at\s+all|for|since))|do\s+not\s+disturb|dnd|(?:clean\w*|housekeeping)\s+(?:is\s+)?not\s+(?:needed|necessary)|"
    r"no\s+(?:\w+\s+){0,3}?limpi\w+|sin\s+limpieza|no\s+molest\w+|pas\s+(?:de\s+|besoin\s+de\s+|besoin\s+du\s+)?"
    r"(?:faire\s+(?:le\s+)?)?(?:ménage|nettoy\w+)|ne\s+pas\s+(?:faire\s+le\s+ménage|nettoyer|déranger)|kein\w*\s+(?:\w+\s+)?(?:zimmerreinigung|"
    r"reinigung|housekeeping|zimmerservice)|nicht\s+(?:reinigen|putzen|aufräumen|stören)|bitte\s+nicht\s+stören|"
    r"без\s+уборки|не\s+(?:нужно\s+|надо\s+)?(?:убира\w*|делать\s+уборку|беспокоить))\b|"
    r"(?:уборк\w*|убирать)\s+(?:\w+\s+){0,2}не\s+нужн\w*|"
    r"(?:不用|不需要|不要|别|无需)(?:打扫|清洁|整理房间)|免打扰|勿扰|(?:掃除|清掃)(?:は|を)?(?:不要|いりません|要りません|しなくて|"
    r"結構|大丈夫)|起こさないで|청소\s*(?:는|를|은)?\s*(?:안\s*해|안해|하지\s*마|필요\s*없|괜찮)|"
    r"لا\s+(?:نحتاج|أحتاج|داعي|تنظفوا)\s*(?:إلى\s+|ل)?(?:ال)?تنظيف|بدون\s+تنظيف|عدم\s+(?:ال)?إزعاج", re.IGNORECASE)
_HOUSEKEEPING = (
    ("do not disturb", NO_CLEANING.pattern),
    ("hypoallergenic pillow", r"hypo-?allergenic\s+pillows?|almohadas?\s+hipoalerg\w+|oreillers?\s+hypoallerg\w+|"
                              r"allergiker\w*|антиаллерген\w*|防过敏枕|低アレルギー|저자극\s*베개"),
    ("towels", r"\btowels?\b|toallas?|serviettes?|(?:hand|bade|dusch|strand)t[uü]ch\w*|полотен\w*|"
               r"毛巾|浴巾|タオル|수건|مناشف|منشف\w*"),
    ("pillows", r"\bpillows?\b|almohadas?|oreillers?|kissen|подуш\w*|枕头|枕|베개|وسائد|وساد\w*"),
    # Toiletries by name, so the reply names what the guest asked for ("shampoo", not "toiletries").
    ("shampoo", r"shampoo|champ[uú]|shampoing|шампун\w*|洗发水|シャンプー|샴푸|شامبو"),
    ("conditioner", r"conditioner|acondicionador|après-shampoing|spülung|бальзам\w*|护发素|コンディショナー|린스|بلسم"),
    ("soap", r"\bsoap\b|jab[oó]n|savon|seife|мыл\w*|肥皂|香皂|石鹸|비누|صابون"),
    ("toothbrush", r"tooth\s*brush(?:es)?|cepillos?\s+de\s+dientes|brosses?\s+à\s+dents|zahnbürste\w*|"
                   r"зубн\w+\s+щ[её]тк\w*|牙刷|歯ブラシ|칫솔|فرشاة\s+أسنان"),
    ("toothpaste", r"toothpaste|pasta\s+de\s+dientes|dentifrice|zahnpasta|зубн\w+\s+паст\w*|牙膏|歯磨き粉|치약|"
                   r"معجون\s+أسنان"),
    ("razor", r"\brazo?rs?\b|\brazr\b|maquinilla|cuchilla|rasoir|rasierer|бритв\w*|剃须刀|カミソリ|면도기|"
              r"شفرة\s+حلاقة|ماكينة\s+حلاقة"),
    ("sewing kit", r"sewing\s+kit|kit\s+de\s+costura|nécessaire\s+de\s+couture|nähset|швейн\w+\s+набор|针线包|"
                   r"ソーイングセット|반짇고리|عدة\s+خياطة"),
    ("toilet paper", r"toilet\s+paper|loo\s+roll|papel\s+higi[eé]nico|papier\s+toilette|toilettenpapier|"
                     r"туалетн\w+\s+бумаг\w*|卫生纸|厕纸|トイレットペーパー|화장지|휴지|ورق\s+(?:ال)?تواليت"),
    ("toiletries", r"toiletries|amenity\s+kit|articles?\s+de\s+toilette|洗漱用品|アメニティ|세면도구"),
    ("crib", r"\bcribs?\b|\bcots?\b|baby\s*bed|cunas?|lit\s+(?:bébé|parapluie)|berceau|babybett|kinderbett|"
             r"детск\w+\s+кроват\w*|婴儿床|ベビーベッド|아기\s*침대|유아\s*침대|سرير\s+(?:أطفال|طفل)"),
    ("turndown", r"turn-?down|cobertura|couverture\s+du\s+soir|abendservice|вечерн\w+\s+сервис"),
    ("cleaning", r"clean(?:ing|ed)?\s+(?:my\s+|the\s+|our\s+)?room|make\s+up\s+(?:my|the|our)\s+room|"
                 r"limpi\w+|nettoy\w+|ménage|reinig\w*|putzen|aufräumen|убер\w*|убор\w*|打扫|清洁|掃除|청소|تنظيف"),
    ("blanket", r"\bblankets?\b|mantas?|cobijas?|couvertures?|decken?|одеял\w*|毯子|毛布|담요|بطانية|بطاني\w*"),
    # Things housekeeping brings that a hotel's free list may not name: passed on as the guest named them.
    ("hair dryer", r"hair\s*-?dryers?|blow\s*-?dryers?|secador(?:\s+de\s+pelo)?|s[èe]che-cheveux|f[öo]hn|"
                   r"haartrockner|\bфен\w*|吹风机|电吹风|ドライヤー|드라이기|드라이어|مجفف\s+(?:ال)?شعر|سشوار"),
    ("iron", r"\birons?\b|ironing\s+board|\bplancha\b|fer\s+à\s+repasser|bügeleisen|утюг\w*|熨斗|アイロン|다리미|"
             r"مكواة"),
    ("adapter", r"(?:plug\s+|power\s+)?adapt[eo]rs?|adaptador\w*|adaptateur\w*|переходник\w*|адаптер\w*|转换插头|"
                r"変換プラグ|어댑터|محول"),
    ("slippers", r"slippers?|zapatillas|chaussons|pantoffeln|hausschuhe|тапочк\w*|拖鞋|スリッパ|슬리퍼|شبشب|نعال"),
    ("bathrobe", r"bath\s*robes?|\brobes?\b|albornoz\w*|peignoirs?|badem[aä]ntel|халат\w*|浴袍|バスローブ|샤워\s*가운|"
                 r"روب\s+حمام|برنس"),
    ("fan", r"\b(?:electric\s+|desk\s+|standing\s+)?fans?\b(?!\s+of\b)|ventilador(?:es)?|ventilateurs?|"
            r"\bventilator(?:en)?\b|вентилятор\w*|风扇|電扇|扇風機|선풍기|مروح\w*"),
    ("humidifier", r"humidifiers?|humidificador\w*|humidificateurs?|luftbefeuchter\w*|увлажнител\w*|加湿器|가습기|"
                   r"مرطب\s+(?:ال)?هواء"),
    ("hangers", r"\bhangers?\b|perchas?|cintres?|kleiderb[üu]gel|вешалк\w*|衣架|ハンガー|옷걸이|علاقات|شماعات"),
    # Before a menu's water: "a hot water bottle" is for a cold bed, not to drink.
    ("hot-water bottle", r"hot[\s-]*water\s+bottles?|bolsas?\s+de\s+agua\s+caliente|bouillottes?|w[äa]rmflasche\w*|"
                         r"грелк\w*|热水袋|湯たんぽ|보온\s*물주머니|قرب\w*\s+(?:ال)?ماء\s+(?:ال)?ساخن"),
    ("prayer mat", r"prayer\s+(?:mat|rug)s?|alfombr\w*\s+de\s+oraci[oó]n|tapis\s+de\s+pri[èe]re|gebetsteppich\w*|"
                   r"молитвенн\w+\s+коврик\w*|礼拜毯|祈祷毯|礼拝用\S{0,2}(?:マット|敷物)|기도\s*매트|سجاد\w*\s+(?:ال)?صلاة"),
)

# Local places: guests' words onto the kinds and tags hotels use for places nearby.
_PLACE_KINDS = {
    "restaurant": r"restaurants?|eat(?:ing|ery|eries)?|dinner|lunch|food(?:s|ie|ies)?|din(?:e|ing)|restaurantes?|comer|"
                  r"cenar|almorzar|almuerzo|manger|dîner|essen|mittagessen|abendessen|"
                  r"ресторан\w*|поесть|пообедать|поужинать|покушать|перекусить|столов(?:ая|ую|ой|ка|ку)|"
                  r"餐厅|餐馆|吃饭|午餐|晚餐|午饭|晚饭|レストラン|食事|ランチ|ディナー|昼食|夕食|식당|레스토랑|맛집|점심|"
                  r"مطعم|مطاعم|غداء|عشاء",
    "cafe": r"caf[eé]s?|coffee|kaffee|кофе|кафе|咖啡|カフェ|카페|مقهى|"  # and the drinks a café is for
            r"espresso|cappuccino|latte|macchiato|flat\s+white|americano|эспрессо|капучино|латте|拿铁|卡布奇诺|"
            r"エスプレッソ|カプチーノ|ラテ|에스프레소|카푸치노|라떼|إسبريسو|كابتشينو|لاتيه",
    "museum": r"museums?|museos?|musées?|museen|museum|музе\w*|博物馆|博物館|美術館|박물관|متحف",
    "beach": r"beach(?:es)?|playas?|plages?|strand|пляж\w*|海滩|ビーチ|해변|شاطئ",
    "park": r"parks?|parques?|parcs?|парк\w*|公园|公園|공원|حديقة",
    "hike": r"hik(?:e|es|ing)|trails?|senderismo|randonnée|wandern|поход\w*|徒步|ハイキング|하이킹|مشي",
    "nightlife": r"nightlife|bars?|cocktails?|drink(?:s|ing)?|pubs?|club(?:s|bing)?|vida\s+nocturna|sortir|kneipe|"
                 r"бар\w*|酒吧|夜生活|"
                 r"バー|술집|حانة",
    "shopping": r"shop(?:s|ping)?|markets?|mercados?|marchés?|markt|magasins?|einkaufen|магазин\w*|рын\w*|购物|市场|"
                r"買い物|쇼핑|سوق|تسوق",
}
_OPERA = r"operas?|óperas?|opéras?|oper\b|опер(?:а|у|ы|е|ой)(?![а-яё])|歌剧|川剧|京剧|オペラ|오페라|أوبرا"
_PLACE_TAGS = {
    "seafood": r"seafood|fish|oysters?|mariscos|pescado|fruits\s+de\s+mer|poisson|meeresfrüchte|fisch|"
               r"морепродукт\w*|рыб\w*|海鲜|シーフード|海鮮|해산물|생선|مأكولات\s+بحرية|سمك",
    "vegetarian": r"vegetarian|veggie|vegan|vegetarian[oa]s?|végétarien\w*|vegetarisch\w*|вегетариан\w*|素食|"
                  r"ベジタリアン|채식|نباتي",
    "kid-friendly": r"kids?|children|child|family|niños|enfants|kinder\w*|дет\w*|孩子|儿童|子供|아이|أطفال",
    "rainy-day": r"rain\w*|lluvi\w*|pluie|pluvieu\w*|regen\w*|дожд\w*|下雨|雨|비\s*오|مطر|ممطر",
    "romantic": r"romantic|romántic\w*|romantique|romantisch|романтич\w*|浪漫|ロマンチック|로맨틱|رومانسي",
    "dog-friendly": r"dogs?|perros?|chiens?|hunde?|собак\w*|狗|犬|강아지|كلب",
    "budget": r"cheap\w*|budget|inexpensive|affordable|not\s+(?:too\s+|very\s+)?(?:expensive|pricey|dear)|barat\w*|"
              r"econ[oó]mic\w*|pas\s+cher|bon\s+march[ée]|petit\s+prix|g[üu]nstig\w*|billig\w*|preiswert\w*|"
              r"дешев\w*|дёшев\w*|недорог\w*|便宜|实惠|實惠|平价|安い|安く|手頃|リーズナブル|저렴|싼\s*곳|가성비|"
              r"رخيص\w*|اقتصادي\w*",
    "sunset": r"sunset|atardecer|puesta\s+de\s+sol|coucher\s+d[ue]\s+soleil|sonnenuntergang|закат\w*|日落|夕日|일몰|"
              r"غروب",
    # Kinds of sights a hotel may tag or class its places by, in the guest's words ("¿qué templos hay cerca?").
    "temple": r"temples?|templos?|tempel\w*|храм\w*|寺|お寺|사찰|(?<![가-힣])절(?:이|을|에|은)?(?![가-힣])|معبد|معابد",
    "shrine": r"shrines?|santuarios?|sanctuaires?|schrein\w*|святилищ\w*|神社|신사(?!동)|ضريح|أضرحة",
    "church": r"church(?:es)?|cathedral\w*|iglesias?|catedral\w*|églises?|cathédrale\w*|kirche\w*|церк\w*|"
              r"собор\w*|教堂|教会|성당|교회|كنيسة|كنائس|كاتدرائية",
    "mosque": r"mosques?|mezquitas?|mosquées?|moschee\w*|мечет\w*|清真寺|モスク|모스크|مسجد|مساجد|جامع",
    "garden": r"gardens?|jard[ií]n(?:es)?|jardins?|g[äa]rten|сад(?:ы|а|ов|ам|ах|у)?(?![а-яё])|花园|庭园|庭園|정원|"
              r"حديقة|حدائق",
    "market": r"markets?|mercados?|marchés?|m[äa]rkt\w*|рын(?:ок|ка|ки|ке|ков)|市场|市場|시장|سوق|أسواق",
    "palace": r"palaces?|palacios?|palais|pal[äa]st\w*|дворец|дворц\w+|宫殿|皇宫|故宫|宮殿|궁궐|고궁|قصر|قصور",
    "theatre": r"theat(?:er|re)s?|teatros?|théâtres?|театр\w*|剧院|剧场|劇場|극장|مسرح",
    "show": rf"shows?|espectáculos?|spectacles?|vorstellung\w*|aufführung\w*|шоу|представлени\w*|表演|演出|ショー|공연|"
            rf"{_OPERA}",  # an opera is a show
    "opera": _OPERA,
    # Free of charge, not free time ("a free evening").
    "free": r"free(?!\s+(?:time|evening|afternoon|morning|day|night|hours?|slot|weekend)s?\b)",
}
# The way to a place asked ("how do we get to...", "¿cómo llego a...?", "怎么去", "行き方", "어떻게 가요", "كيف أصل").
_WAY_THERE = re.compile(
    r"\bhow\s+(?:do|can|should|would)\s+(?:i|we|you|one)\s+(?:best\s+)?(?:get|go|travel)\b|\bhow\s+to\s+(?:get|go)\b|"
    r"\b(?:best|quickest|easiest|fastest)\s+way\s+(?:to|of)\s+(?:get|go)|\bdirections\b|"
    r"c[oó]mo\s+(?:llego|llegamos|llegar|voy|vamos|ir|se\s+llega|se\s+va)\b|"
    r"comment\s+(?:aller|y\s+aller|se\s+rendre|rejoindre|va-t-on|on\s+va|arriver|acc[ée]der)\b|"
    r"\bwie\s+(?:komm|gelang|fahr)\w*|\bweg\s+(?:zu|zum|zur|dorthin)\b|"
    r"как\s+(?:добраться|доехать|дойти|попасть|проехать|пройти)|"
    r"怎么(?:去|走|到|过去)|如何(?:去|到达|前往)|行き方|どうやって(?:行|い)|までどう|"
    r"어떻게\s*(?:가|갈|가요|가나요|가면)|가는\s*(?:방법|길)|가려면|"
    r"كيف\s+(?:أصل|اصل|نصل|أذهب|اذهب|نذهب|أروح|اروح|نروح)|طريق\w*\s+(?:ل?ل?وصول|أروح|اروح|نروح|الذهاب)",
    re.IGNORECASE)


def asks_the_way(text: str) -> bool:
    """Whether the guest asks how to get somewhere."""
    return bool(_WAY_THERE.search(text))


_WALKING = re.compile(r"walking\s+distance|walkable|on\s+foot|a\s+pie|à\s+pied|zu\s+fuß|пешком|步行|歩いて|걸어서",
                      re.IGNORECASE)
_MINUTES = re.compile(r"(?:within|under|less\s+than|max(?:imum)?|en\s+menos\s+de|moins\s+de)\s+(\d{1,3})\s*"
                      r"(?:min|minutes?|minutos?|minuten)", re.IGNORECASE)
_RATING = re.compile(r"(?<![\d.])(?P<n>[1-5]|one|two|three|four|five)\s*(?:/\s*5|out\s+of\s+(?:5|five)|stars?|"
                     r"estrellas?|étoiles?|sterne?n?|звезд\w*|星|つ星|점|نجوم)|(?:rate|rating|give)\s+(?:it\s+|us\s+|"
                     r"you\s+|my\s+stay\s+|the\s+hotel\s+)?(?:an?\s+)?(?P<m>[1-5])\b", re.IGNORECASE)
_SLASH_DAY = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}(?![\d/])")  # "4/3": a date's month and day, or a rating
_CJK_NUMBERS = {"两": 2, "兩": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
                "ひと": 1, "ふた": 2, "みっ": 3, "한": 1, "하나": 1, "두": 2, "둘": 2, "세": 3, "셋": 3, "네": 4}
# A count with its counter word, as Chinese, Japanese and Korean say it ("两份", "2つ", "ふたつ", "두 개", "한 잔"),
# or a bare Korean count after the dish ("에그타르트 하나").
COUNTED = re.compile(r"(?P<n>\d{1,2}|[一两兩二三四五六七八九十]|ひと|ふた|みっ|한|두|세|네)\s*"
                     r"(?:份|个|個|杯|瓶|碗|块|塊|盘|盤|つ|皿|本|枚|人前|개|잔|병|그릇|인분|접시|조각|条|條|张|張|件|双|雙|"
                     r"卷|支|把|套|足|組|장|켤레|벌|통|세트|캔|罐|听|缶)|"
                     r"(?<!\w)(?P<k>하나|둘|셋)(?=(?:을|를|이|가)?(?!\w))")  # "하나를": one, said with its particle


_COUNT_AFTER = re.compile(rf"\s*(?:を|は|も|이|가|을|를)?\s*(?:{COUNTED.pattern})")
_COUNT_BEFORE = re.compile(rf"(?:{COUNTED.pattern})\s*$")


def counted(m: re.Match[str]) -> int:
    """The number a `COUNTED` match says."""
    return number(m.group("n") or m.group("k")) or 1


def number(word: str) -> int | None:
    word = word.lower()
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word) or _CJK_NUMBERS.get(word) or _ARABIC_NUMBERS.get(word)


_QTY_WORD = re.compile(rf"(?<![\w:.]){_QTY}(?![\w:.])", re.IGNORECASE)


def _clause_count(before: str) -> int | None:
    """The count that opens the ordered thing when words of its name come between ("deux pizzas margherita",
    "две пиццы Маргарита", "اثنين من فطيرة ناتا"): the clause's last count, a few words before."""
    clause = SEPARATOR.split(before)[-1]
    counts = sorted([*_QTY_WORD.finditer(clause), *COUNTED.finditer(clause)], key=lambda m: m.end())  # "两份猪肉"
    if not counts or re.search(r"\d", clause[counts[-1].end():]) or len(clause[counts[-1].end():].split()) > 3:
        return None
    last = counts[-1]
    return counted(last) if last.re is COUNTED else number(last.group("qty"))


def quantity_in(text: str) -> tuple[int, str] | None:
    """The first count a phrase says ("zwei Sandwiches" → 2) and the phrase without it."""
    m = _QTY_WORD.search(text)
    return (number(m.group("qty")) or 1, text[:m.start()] + " " + text[m.end():]) if m else None


def without_room(text: str, mark: str = " ") -> str:
    """The text with `mark` for the room it names ("room 214", "204号室", "to 305")."""
    return _ROOM.sub(mark, text)


def guest_count(text: str) -> int | None:
    """How many people: "2 adults and 2 kids" → 4, "we are 5", "for two people", "大人2名"."""
    counted = [number(m.group("qty")) for m in _PEOPLE_COUNT.finditer(text)]
    counted += [number(m.group("n")) for m in _CJK_PEOPLE.finditer(text)]
    total = sum(n for n in counted if n)
    if total:
        return total
    group = _GROUP.search(text) or _OF_US.search(text)
    if group:
        return number(group.group("qty"))
    duals = _arabic_party(text)
    if duals:
        return duals
    if re.search(r"двоих|вдвоём|вдвоем", text):
        return 2
    return 2 if _COUPLE.search(text) else None


_AR_TWO_ADULTS = re.compile(r"شخصين|بالغين|راشدين")
_AR_TWO_CHILDREN = re.compile(r"طفلين|ولدين|طفلتين")
_AR_ONE_CHILD = re.compile(r"(?<![\u0621-\u064a])و?(?:طفل|طفلة|ولد)(?![\u0621-\u064a])")


def _arabic_party(text: str) -> int | None:
    """Arabic counts two by the dual, no number: "لشخصين بالغين وطفلين" is two adults and two children."""
    adults = 2 if _AR_TWO_ADULTS.search(text) else 0
    children = 2 if _AR_TWO_CHILDREN.search(text) else 1 if _AR_ONE_CHILD.search(text) else 0
    return (adults or (1 if children else 0)) + children or None


def room_number(text: str) -> str | None:
    """"room 214", "habitación 305", "214号室", "5号室", "غرفة رقم 5", or "to 214" when a bare number is a room."""
    m = _ROOM.search(text)
    return (m.group("room") or m.group("one") or m.group("cjk") or m.group("bare")) if m else None


def room_names(guests: Iterable[GuestRecord]) -> tuple[str, ...]:
    """The rooms a hotel calls by name rather than number ("Kaede", "Ocean Loft"), from its reservations."""
    return tuple(sorted({g.room.strip() for g in guests if g.room and not g.room.strip().lstrip("#").isdigit()}))


@lru_cache(maxsize=64)
def _named_rooms(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern for the names, as written and as Russian spells them ("Kikyo" → "Кикё"): ё and э read as е."""
    spellings = {re.escape(_plain_cyrillic(spelling)): name for name in names
                 for spelling in (name, to_cyrillic(name))}
    if not spellings:
        return None
    # Not inside a longer word of its own script; a Chinese, Japanese or Korean word may touch it ("给Kaede房间",
    # "Kaede로").
    return re.compile(r"(?<![a-zà-ÿа-яё0-9-])(?:" + "|".join(sorted(spellings, key=len, reverse=True)) +
                      r")(?![a-zà-ÿа-яё0-9-])", re.IGNORECASE)


_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]+")


def _plain_cyrillic(text: str) -> str:
    return text.lower().replace("ё", "е").replace("э", "е")


def named_room(text: str, names: Iterable[str]) -> str | None:
    """The room a guest names by its name ("to room Kaede", "dans la chambre Kikyo", "в номер Кикё"), as the
    hotel writes it."""
    pattern = _named_rooms(tuple(names))
    m = pattern.search(_plain_cyrillic(text)) if pattern else None
    if m is None:  # Korean spells a name by its sound, a particle after it ("카에데에", "키쿄 방")
        sounds = [hangul_to_latin(word) for word in _HANGUL_WORD.findall(text)]
        return next((name for name in names for sound in sounds
                     if len(name) >= 3 and sound.startswith(name.lower().replace(" ", ""))), None)
    said = m.group(0).lower()
    return next(name for name in names if said in (_plain_cyrillic(name), _plain_cyrillic(to_cyrillic(name))))


def without_named_room(text: str, names: Iterable[str], mark: str = " ") -> str:
    """The text with `mark` for a room named by its name."""
    pattern, plain = _named_rooms(tuple(names)), _plain_cyrillic(text)
    if pattern is None or len(plain) != len(text):  # spans of the plain text are the text's own
        return text
    for m in reversed(list(pattern.finditer(plain))):
        text = text[:m.start()] + mark + text[m.end():]
    return text


def reservation_code(text: str) -> str | None:
    """A booking reference like HV-1042."""
    m = _CODE.search(text)
    return (m.group("code") or m.group("lower")).upper() if m else None


def email(text: str) -> str | None:
    m = _EMAIL.search(text)
    return m.group(0).rstrip(".") if m else None


# A tax or company number ("VAT GB 301 2298 45", "USt-IdNr. DE 123456789", "税号GB…", "ИНН 7701…"): no phone.
_TAX_ID_BEFORE = re.compile(r"(?:\b(?:vat|tva|iva|ust|ust-?id\w*|mwst|nif|cif|siret|siren|tax|ein|abn|gst|inn|инн|"
                            r"кпп|огрн)\b|税号|税務|税番号|法人番号|统一社会信用代码|사업자|الرقم\s+الضريبي|ضريب\w*)"
                            r"[^\d+]{0,12}(?:(?-i:\b[A-Z]{2})\s?)?$|(?-i:\b[A-Z]{2})\s?$", re.IGNORECASE)


def phone(text: str) -> str | None:
    """A phone number, in E.164 when it starts with "+" (spaces and dashes dropped); never a date, nor a tax number
    ("GB 301 2298 45")."""
    plain = _DATES.sub(" ", without_dates(text))
    for m in _PHONE.finditer(plain):
        digits = re.sub(r"\D", "", m.group(0))
        if _TAX_ID_BEFORE.search(plain[:m.start()]):
            continue
        if 8 <= len(digits) <= 15 and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", m.group(0).strip()):
            return ("+" if m.group(0).startswith("+") else "") + digits
    return None


def person_name(text: str) -> str | None:
    """The name a guest gives ("I'm Laura Chen", "me llamo Ana Ruiz"), in capitalised words."""
    for cue in _NAME_CUE.finditer(text):
        rest = text[cue.end():]
        m = re.match(rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}", rest)
        if m and m.group(0).split()[0] not in _NOT_NAMES:
            return m.group(0)
        uncased = re.match(_UNCASED_NAME, rest)
        if uncased and (re.match(_NAME_LABEL, cue.group(0), re.IGNORECASE) or
                        " ".join(cue.group(0).split()) in _UNCASED_CUES):
            return _name_only(uncased.group(0))
    beside = _NAME_BESIDE_CONTACT.search(text)
    if beside and beside.group("name").split()[0] not in _NOT_NAMES:
        return _name_only(beside.group("name"))
    copula = _NAME_THEN_COPULA.search(text) if email(text) or phone(text) else None  # "大丈夫です" is no name
    return copula.group("name") if copula else None


def name_alone(text: str) -> str | None:
    """A message that is only a name in a script without capitals ("김서연입니다", "李娜", "سارة العلي"): an answer
    to "may I have your name?", not to be read as one anywhere else ("大丈夫です")."""
    m = re.fullmatch(rf"\s*(?P<name>{_UNCASED_NAME})\s*(?:です|と申します|입니다|이에요|예요)?\s*[.。!！]?\s*", text)
    return _name_only(m.group("name")) if m else None


def _name_only(name: str) -> str:
    """A name without what runs on after it: a Korean copula ("박지훈이에요"), or in Arabic the sentence after it
    ("يوسف وأريد…": a word joined by "و" is "and") or a "please" ("… من فضلك")."""
    name = re.sub(r"\s+(?:من\s+فضل\S*|لو\s+سمحت\S*|رجاء\S*)$", "", name)  # "… من فضلك": please
    words = re.sub(r"(?<=[\uac00-\ud7af])(?:입니다|이에요|예요|이야|야)$", "", name).split()
    kept = [w for i, w in enumerate(words) if not any(x.startswith("و") and j for j, x in enumerate(words[:i + 1]))]
    return " ".join(kept)


_NEGATION = re.compile(r"\b(?:not|no|without|don'?t|won'?t|never|sin|sans|pas|ohne|kein\w*|nicht|без|не|нет)\b|"
                       r"没有|不|ない|없|안\s|لا|بدون", re.IGNORECASE)
_NEGATION_REACH = re.compile(r"(?:[^\s.!?;]+\s+){0,4}[^\s.!?;]*$")  # the few words before, within the sentence


def wants_pets(text: str) -> bool:
    """A pet is named, and not turned down ("we're not bringing the dog after all", "sin mascotas")."""
    return any(not _NEGATION.search(_NEGATION_REACH.search(text[:m.start()]).group())
               for m in _PET_WORDS.finditer(text))


def room_type(text: str, rooms: Iterable[RoomType], guests: int | None = None, asked: bool = False) -> str | None:
    """The room type a guest names ("King Suite", "Superior Room" for "Chambre Supérieure (Superior Room)", "the
    Atlas room", "habitación familiar", "pet-friendly"), not one they turn down ("not the suite", "스위트 말고");
    "the cheapest room" is the cheapest that fits the party. Two types named as well as each other: none.
    `asked`: the guest was just asked which room, so a room's own word alone names it ("La Agave")."""
    top = _best_named(text, list(rooms), guests, asked)
    return top[0] if len(top) == 1 else None


def rooms_of_kind(text: str, rooms: Iterable[RoomType], asked: bool = False) -> list[str]:
    """The room types a guest's words name as a kind several of them are ("a suite" of two suites, "an overwater
    villa", "스위트 있나요?"): each named as well as the others; empty when one type or none is named."""
    top = _best_named(text, list(rooms), None, asked)
    return top if len(top) > 1 else []


def _best_named(text: str, rooms: list[RoomType], guests: int | None, asked: bool) -> list[str]:
    """The codes of the room types the text names best: one when it names a type, several when it names a kind
    they share as well, none when it names no room type."""
    lowered = _NEGATED_ROOM.sub(" ", text.lower())
    if _CHEAPEST.search(lowered):
        fitting = [r for r in rooms if guests is None or r.max_guests >= guests]
        return [min(fitting, key=lambda r: r.rate).code] if fitting else []
    plain = _unaccented(lowered)
    for room in rooms:  # "a 2BR", "两居室", "투베드룸": the apartment with that many bedrooms
        if (size := _BEDROOMS_NAMED.search(_unaccented(room.name.lower()))) and bedrooms(text) == size.group(1):
            return [room.code]
    for room in sorted(rooms, key=lambda r: -len(r.name)):
        if any(_names_part(plain, part) for part in _name_parts(room.name)) or \
                re.search(rf"\b{re.escape(room.code)}\b", _NEGATED_ROOM.sub(" ", text)):
            return [room.code]
    own = _own_words(tuple(r.name for r in rooms))
    said = room_words(lowered)
    scores = {}
    for room in rooms:
        name = room.name.lower()
        words = {word for word, pattern in _ROOM_WORDS.items()
                 if word in re.findall(r"[a-z]+", name) or re.search(rf"(?<![a-z])(?:{pattern})(?![a-z])", name)}
        named = sum(_alone(plain, word) if asked else _beside_room_noun(plain, word) for word in own.get(room.name, ()))
        matched = said & words
        # "a room with a view of the garden" is no Garden Suite; "bikes along the river" asks for no room
        if (words - _PLACES) - said or not (said - _PLACES or _ROOM_NOUN.search(text)):
            matched -= _PLACES
        scores[room.code] = len(matched) + named + \
            (2 if room.pets and re.search(r"pet-?friendly|pets?\b", lowered) else 0)
    beds = {m.group(1) or m.group(2) for m in _BED_COUNT.finditer(lowered)}
    for room in rooms:  # "the 6-bed dorm": of the dorms, the one whose name says 6 ("Bett im 6er-Schlafsaal")
        if scores[room.code] and beds & set(re.findall(r"(?<!\d)\d{1,2}(?!\d)", room.name)):
            scores[room.code] += 1
    best = max(scores.values(), default=0)
    return [code for code, score in scores.items() if score == best] if best else []


# How many bedrooms an apartment has, as a room's name says it ("Two-Bedroom Suite") and as guests do ("2BR",
# "2-bed apartment", "two bedroom", "dos dormitorios", "deux chambres à coucher", "zwei Schlafzimmer",
# "двухкомнатный", "两居室", "2ベッドルーム", "투베드룸", "침실 2개", "غرفتي نوم").
_BEDROOMS_NAMED = re.compile(r"\b(one|two|three|four)[\s-]bedroom")
_BEDROOM = r"\s*-?\s*(?:br|bdr|bed\s+apartment|bedrooms?|dormitorios?|chambres?\s+[àa]\s+coucher|schlafzimmern?)\b"
_BEDROOM_WORDS = {"one": rf"\b(?:1|one|un[oa]?|une|ein|eine){_BEDROOM}|однокомнатн\w*|с\s+одной\s+спальней|一居室|"
                         r"1ベッドルーム|원베드룸|침실\s*(?:1|한)\s*개|غرف[ةه]\s+نوم\s+واحد[ةه]",
                  "two": rf"\b(?:2|two|dos|deux|zwei){_BEDROOM}|двухкомнатн\w*|с\s+двумя\s+спальнями|[两二]居室|两室|"
                         r"两卧|2ベッドルーム|ツーベッドルーム|투베드룸|침실\s*(?:2|두)\s*개|غرفتي\s+نوم|غرفتين\s+للنوم",
                  "three": rf"\b(?:3|three|tres|trois|drei){_BEDROOM}|тр[её]хкомнатн\w*|三居室|三室|3ベッドルーム|"
                           r"쓰리베드룸|침실\s*(?:3|세)\s*개"}


def bedrooms(text: str) -> str | None:
    """How many bedrooms the guest wants the apartment to have, in English ("two"), if they say."""
    lowered = text.lower()
    return next((n for n, pattern in _BEDROOM_WORDS.items() if re.search(pattern, lowered)), None)


def without_room_size(text: str) -> str:
    """The text without the number of beds a shared room has ("the 8-bed dorm", "4人女生宿舍"): that number is
    neither how many guests come nor a date."""
    return _BED_COUNT.sub(" ", text)


def room_words(text: str, where: bool = True) -> set[str]:
    """The English words hotels name room types by, as the text says them in any language ("킹 스위트": king,
    suite; "люкс": suite); without `where`, not the words for where a room lies (a garden is more than a room)."""
    lowered = text.lower()
    return {word for word, pattern in _ROOM_WORDS.items() if (where or word not in _PLACES)
            and re.search(rf"(?<![a-z])(?:{pattern})(?![a-z])", lowered)}


def _unaccented(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text)
    return "".join(c for c in plain if not unicodedata.combining(c))


def rooms_named(text: str, rooms: Iterable[RoomType]) -> list[RoomType]:
    """Every room type the text names in full ("the Laneway Queen or the Harbour King?"), in the text's order."""
    plain = _unaccented(_NEGATED_ROOM.sub(" ", text.lower()))
    found = []
    for room in rooms:
        spots = [m.start() for part in _name_parts(room.name) if _names_part(plain, part)
                 for m in [re.search(re.escape(part), plain)] if m]
        if spots:
            found.append((min(spots), room))
    return [room for _, room in sorted(found, key=lambda pair: pair[0])]


def _name_parts(name: str) -> list[str]:
    """A room's name and the names inside it: "Chambre Supérieure (Superior Room)" is also "Superior Room" and
    "Chambre Supérieure"."""
    plain = _unaccented(name.lower())
    inner = re.findall(r"\(([^)]+)\)", plain)
    outer = re.sub(r"\([^)]*\)", " ", plain)
    return [" ".join(part.split()) for part in (plain, outer, *inner) if len(part.strip()) >= 4]


def _names_part(plain: str, part: str) -> bool:
    """The text says that part of a room's name as a word of its own; Chinese writes it between other words without
    a space ("我想订江景大床房，两个人"), in any form of its characters."""
    if _HAN.search(part):
        return han_folded(part) in han_folded(plain)
    return _alone(plain, part)


@lru_cache(maxsize=64)
def _own_words(names: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The words only one room type's name has ("Atlas", "Riverside", "Matterhorn"): a guest saying one beside
    "room" names that type."""
    split = {name: {w for w in re.findall(r"[^\W\d_]{4,}", _unaccented(name.lower()))
                    if not _ROOM_NOUN.fullmatch(w)} for name in names}
    return {name: tuple(w for w in own if sum(w in other for other in split.values()) == 1)
            for name, own in split.items()}


def _alone(plain: str, word: str) -> bool:
    """The text says the word as a word of its own, not inside another."""
    return bool(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", plain))


def _beside_room_noun(plain: str, word: str) -> bool:
    """The word is next to a word for "room" ("the Atlas room", "chambre Atlas"), so it names a room, not a
    mountain or a garden."""
    gap = r"(?:\s+(?:\w+\s+)?|\s*[の的]\s*)"  # "chambre Atlas", "the Atlas family room", "Riversideの部屋"
    noun = f"(?:{_ROOM_NOUN.pattern})"
    return bool(re.search(rf"{noun}{gap}{re.escape(word)}(?!\w)|(?<!\w){re.escape(word)}{gap}{noun}", plain,
                          re.IGNORECASE))


def _translated(text: str) -> str:
    """The text in lower case with dish words in English, each word spaced ("マルゲリータピザ" → "margherita pizza")."""
    lowered = text.lower()
    for pattern, english in _FOOD_WORDS:
        lowered = re.sub(pattern, f" {english} ", lowered)
    return re.sub(r"[ \t]{2,}", " ", lowered)


_CJK_CHAR = re.compile(f"[{CJK}]")
# What a menu's brackets say besides another name: a serving ("(glass)", "(2 pieces)", "(0.5 l)").
# Menus written in another language say it in theirs ("Malbec (copa)", "Empanada (unidad)", "Riesling (Flasche)").
_SERVING = re.compile(r"\d|^\W*(?:glass|glasses|bottle|can|cup|mug|jug|carafe|pot|piece|pieces|portion|slice|"
                      r"small|large|each|per\s+person|copa|vaso|botella|jarra|unidad|porci[oó]n|ta[çc]a|garrafa|"
                      r"unidade|por[çc][aã]o|verre|bouteille|pichet|pi[èe]ce|glas|flasche|karaffe|st[üu]ck|"
                      r"bicchiere|bottiglia|бокал|бутылка|порция|штука)\W*$", re.IGNORECASE)
# The serving a guest asks for, in their words, for a menu that sells one drink by the glass and by the bottle.
_SERVINGS = (("glass", re.compile(r"glass(?:es)?|copas?|vasos?|ta[çc]as?|verres?|gl[äa]s(?:er)?|bicchier[ei]|"
                                  r"бокал\w*|杯|グラス|잔|كأس\w*|كاس\w*", re.IGNORECASE)),
             ("bottle", re.compile(r"bottles?|botellas?|garrafas?|bouteilles?|flaschen?|bottigli[ae]|бутылк\w*|"
                                   r"瓶|ボトル|병|زجاج\w*|قنين\w*", re.IGNORECASE)))


# A serving turned down, said before it ("instead of the bottle", "en vez de la botella", "statt der Flasche",
# "вместо бутылки", "不要瓶装") or after it ("ボトルの代わりに", "병 대신").
_INSTEAD_OF = re.compile(r"(?:instead\s+of|rather\s+than|in\s+place\s+of|en\s+(?:vez|lugar)\s+de|au\s+lieu\s+d[eu']?|"
                         r"(?:an)?statt|вместо|不要|而不是|代替)\s*(?:(?:the|a|an|la|el|una?|le|les|der|die|das|des|dem|"
                         r"einer?|одн\w+)\s+)?$", re.IGNORECASE)
_INSTEAD_AFTER = re.compile(r"^\S{0,2}\s*(?:の)?(?:代わりに|かわりに|대신|じゃなくて|말고)")


def _serving(text: str) -> str | None:
    return next((name for name, pattern in _SERVINGS if pattern.search(text)), None)


def _serving_near(before: str, after: str) -> str | None:
    """The serving said nearest before a dish ("una botella de agua y una copa de Malbec": a glass), else right
    after it ("Malbec, a bottle")."""
    said = [(m.end(), name) for name, pattern in _SERVINGS for m in pattern.finditer(before)]
    return max(said)[1] if said else _serving(after)


_HAN = re.compile(r"[\u4e00-\u9fff]")


def _other_name(name: str) -> list[str]:
    """The name a menu gives in brackets, in the local language or spelled out ("Bündner barley soup
    (Gerstensuppe)", "Dog dinner (cooked beef and rice)", "(치맥)"): guests order by it too; a serving is no name.
    Two Chinese, Japanese or Korean characters are a word ("担担面", "떡볶이"), where Latin letters need four."""
    return [words for inside in re.findall(r"\((.*?)\)", han_folded(name.lower())) if not _SERVING.search(inside)
            for words in [" ".join(re.findall(r"[^\W\d_]+", inside))]
            if len(words) >= 4 or (len(words) >= 2 and _CJK_CHAR.search(words))]


# Words written by their sound: Katakana, Hangul, and Hiragana, in which Japanese writes its own dishes ("おにぎり").
_SOUND_WRITTEN = re.compile(r"[\u30a1-\u30fa\u30fc]{2,}|[\uac00-\ud7a3]{2,}|[\u3041-\u3096]{3,}")
# ...and, for the sentence encoder, a foreign dish in Cyrillic ("путин", poutine), which the word table reads only in
# the menu's own words spelled out (`russian_forms`: "морс"), or in Arabic letters ("كنافة", kunafa).
_SOUND_OR_CYRILLIC = re.compile(rf"{_SOUND_WRITTEN.pattern}|[а-яё]{{4,}}|[\u0621-\u064a]{{3,}}")
_CYRILLIC = re.compile(r"[а-яё]")
_ARABIC = re.compile(r"[\u0621-\u064a]")


def _heard(text: str, menu_words: list[str], written: re.Pattern[str] = _SOUND_WRITTEN) -> str:
    """The text with a menu's words that guests write as they sound ("ビファナ", "슈트루델", "おにぎり",
    "パステルデナタ" for "pastel de nata") in the menu's letters, so a dish the word table does not know is still
    read by its name."""
    plain = {word: unicodedata.normalize("NFKD", word.replace(" ", "")).encode("ascii", "ignore").decode()
             for word in menu_words}

    def heard(m: re.Match[str]) -> str:
        if _ARABIC.match(m.group(0)):  # heard by its consonants: four, or three and a long vowel written, as a
            consonants = arabic_consonants(m.group(0))  # name from abroad is ("كنافة"), not "ممكن" (may I)
            voweled = len(consonants) >= 4 or (len(consonants) == 3 and re.search("[اوي]", m.group(0)))
            return next((f" {word} " for word in menu_words if voweled and latin_consonants(word) == consonants),
                        m.group(0))
        katakana = "".join(chr(ord(c) + 0x60) if "\u3041" <= c <= "\u3096" else c for c in m.group(0))
        latins = [cyrillic_to_latin(m.group(0))] if _CYRILLIC.match(m.group(0)) else loanwords(katakana)
        return next((f" {word} " for latin in latins for word in menu_words
                     if sounds_like(latin, plain[word])), m.group(0))

    return written.sub(heard, text)


def sounded(text: str, items: list[MenuItem], excluded_words: Iterable[str] = ()) -> str:
    """The text with the words of a menu's names a guest writes by their sound ("путин", "プーティン" for the
    poutine of "Poutine classique") in the menu's letters: the sentence encoder reads the name, not the sound."""
    lowered = text.lower()
    if not _SOUND_OR_CYRILLIC.search(lowered):
        return text
    phrases = _spelled(_item_keys(items, {w.lower() for w in excluded_words}))
    words = sorted({word for phrase in phrases for word in phrase.split() if len(word) >= 4} - set(phrases))
    heard = _heard(lowered, phrases + words, _SOUND_OR_CYRILLIC)
    return text if heard == lowered else re.sub(r"\s{2,}", " ", heard).strip()


def _spelled(keys: list[tuple[str, str]]) -> list[str]:
    """The menu's phrases in Latin letters, as a loanword may name a dish ("パステルデナタ")."""
    return [phrase for phrase, _ in keys if re.fullmatch(r"[a-zà-ÿ ]+", phrase)]


@lru_cache(maxsize=4096)
def _name_words(name: str) -> tuple[str, ...]:
    """A menu item's name as words, dish words in English, what its brackets say left out ("マルゲリータピザ (1枚)" →
    margherita, pizza): read once per name for its phrases, its kind and its first word, not at every message."""
    return tuple(re.findall(r"[^\W\d_]+", re.sub(r"\(.*?\)", "", han_folded(_translated(name)))))


_COURSES = frozenset({"soup", "salad", "starter", "dessert", "side"})  # menu tags that say which course a dish is


def _item_keys(items: list[MenuItem], excluded: set[str]) -> list[tuple[str, str]]:
    """(phrase, item id) from the most to the least specific: full names (and the other name a menu gives in
    brackets), word pairs, distinctive words."""
    names = {item.id: _name_words(item.name) for item in items}
    counts: dict[str, int] = {}
    for words in names.values():
        for word in set(words):
            counts[word] = counts.get(word, 0) + 1
    keys = [(" ".join(words), item_id) for item_id, words in names.items()]
    others = {item.id: _other_name(_translated(item.name)) for item in items}  # the words guests' are read into
    keys += [(other, item_id) for item_id, names_ in others.items() for other in names_]
    # Two words of a bracketed name ("cheese toast" of "(cheese toast with white wine)") that no other item says.
    texts = {item_id: " ".join([" ".join(words), *others[item_id]]) for item_id, words in names.items()}
    keys += [(f"{a} {b}", item_id) for item_id, names_ in others.items() for other in names_
             for a, b in zip(other.split(), other.split()[1:], strict=False) if not {a, b} & _ITEM_STOPWORDS
             and not any(f"{a} {b}" in text for other_id, text in texts.items() if other_id != item_id)]
    pairs = {item_id: {f"{a} {b}" for a, b in zip(words, words[1:], strict=False) if not {a, b} <= _LITTLE_WORDS}
             for item_id, words in names.items()}  # "a la" of "Provoleta a la parrilla" names no dish ("a la 301")
    # nor does a pair several dishes begin with ("empanada de" of three empanadas): their kind (`_of_a_kind`); one
    # dish sold in two servings ("Vino tinto de la casa (copa)", "(botella)") is one dish
    dishes = {" ".join(words): pairs[item_id] for item_id, words in names.items()}
    keys += [(pair, item_id) for item_id, said in pairs.items() for pair in said
             if sum(pair in other for other in dishes.values()) == 1]
    keys += [(word, item_id) for item_id, words in names.items() for word in words
             if counts[word] == 1 and len(word) >= 4 and word not in _ITEM_STOPWORDS | _PEOPLE_WORDS
             and word not in excluded]
    # The kitchen's own short name for a dish, its id, when its name does not say it: "champagne" of "Bottle of
    # Moët & Chandon Brut" (words of the id no item's name says, so never another dish's).
    said_anywhere = set(counts)
    keys += [(" ".join(words), item.id) for item in items if (words := re.findall(r"[^\W\d_]+", item.id.lower()))
             and any(len(word) >= 4 for word in words)
             and not set(words) & (said_anywhere | _ITEM_STOPWORDS | excluded)]
    # The menu's only dish of a course ("change the soup to a pizza", "cancel the dessert"): that dish.
    courses = [(tag, item.id) for item in items for tag in item.tags if tag in _COURSES and tag not in excluded]
    keys += [(tag, item_id) for tag, item_id in courses if sum(t == tag for t, _ in courses) == 1]
    # A name borrowed from another language is spelled out in Cyrillic by Russian guests ("онигири", "юдофу").
    keys += [(to_cyrillic(phrase), item_id) for phrase, item_id in keys if " " not in phrase]
    return sorted(set(keys), key=lambda key: (-len(key[0]), key))  # ties in a fixed order, not the set's


_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)


def _inflected(phrase: str) -> str:
    """A pattern for a menu phrase with the endings guests' plurals and cases give its last word: "pizzas",
    "Gerstensuppen", "gâteaux"; in Russian each word's ending and diminutive ("бифану", "два борща",
    "пельмешки")."""
    if re.search(r"[а-яё]$", phrase):
        return r"\s+".join(russian_forms(word) for word in phrase.split())
    return re.escape(phrase) + r"(?:e?s|e?n|x)?"


@lru_cache(maxsize=8192)
def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    """A menu phrase as a guest writes it, whole words, compiled once: a menu has hundreds of them, more than
    the `re` module's own cache keeps, which then compiled them again at every message."""
    return re.compile(rf"(?<![a-zà-ÿа-яё]){_inflected(phrase)}(?![a-zà-ÿа-яё])")


# Rooms no one sleeps in, by what they are for ("the meeting room", "a function room").
_VENUE_ROOM = re.compile(r"\b(?:meeting|conference|function|event|party|banquet|board|ball|dining|breakfast|"
                         r"fitness|games?|screening|treatment|private)\s+rooms?\b", re.IGNORECASE)


def names_a_venue(text: str, kb: Iterable[KBEntry], rooms: Iterable[RoomType]) -> bool:
    """Whether the "room" a guest names is a venue: a room for meetings or meals, or one the hotel's own KB
    names ("the Chart Room", "Sala Azul Room") that is none of its room types; booking it is not a stay."""
    if _VENUE_ROOM.search(text):
        return True
    types = {word for room in rooms for word in room.name.lower().split()}
    said = text.lower()
    return any(name.lower() in said for entry in kb for name in re.findall(r"(?:[A-Z][\w-]+ )+Room\b", entry.answer)
               if not set(name.lower().split()[:-1]) & types)


def local_words(hotel: Hotel) -> list[str]:
    """Words of the hotel's own name and town: on a menu they tell where, not what ("Harbor burger", "Kyoto craft
    beer"), so they name no dish. Nor do the words of its room types and facilities alone: "a Deluxe River View"
    is no "Pad Thai with river prawns" (a dish's full name, or two of its words, still name it)."""
    own = [*hotel.name.split(), *hotel.address.city.split()]
    return own + [word for name in [*(r.name for r in hotel.rooms), *(a.name for a in hotel.amenities)]
                  for word in name.split() if len(name.split()) > 1]


class MenuRead(NamedTuple):
    """What a guest's words do to an order: items to add (id, quantity), to take off, only referred to; their own
    words for added items in Cyrillic where the menu's name is not ("сырников" for "Syrniki with sour cream"), said
    back so the guest sees the dish is theirs; how many fewer of an item taken off ("remove one burger"); and the
    guest's words for a dish the menu sells several of, with those that fit what they said ("empanadas": three;
    "pork empanadas": none), to ask which, or say it is not on the menu."""

    add: list[tuple[str, int]]
    remove: list[str]
    referred: list[str]
    said: dict[str, str]
    fewer: dict[str, int]
    unclear: dict[str, list[str]]


def menu_order(text: str, items: list[MenuItem], excluded_words: Iterable[str] = ()) -> tuple[
        list[tuple[str, int]], list[str], list[str]]:
    """Menu items to add (id, quantity), to take off, and only referred to, from the guest's words.

    "a Margherita pizza and 2 sparkling waters" adds; "cancel the burger" takes off; "make the salad
    without anchovies" only refers to an item (it may already be on the order). `excluded_words` name
    something else too (the hotel's own name, "Harbor").
    """
    read = menu_read(text, items, excluded_words)
    return read.add, read.remove, read.referred


def menu_read(text: str, items: list[MenuItem], excluded_words: Iterable[str] = ()) -> MenuRead:
    """Everything the guest's words say of the menu (`menu_order`, and more), read once."""
    keys = _item_keys(items, {w.lower() for w in excluded_words})
    # What housekeeping brings is no dish: the water of "a hot water bottle" is not to drink.
    text = re.sub("|".join(pattern for _, pattern in _HOUSEKEEPING), " ", text, flags=re.IGNORECASE)
    excluded = {w.lower() for w in excluded_words}
    families = _families(items, excluded)
    lowered = han_folded(_heard(_translated(text), _spelled(keys) + list(families)))
    names = {item.id: item.name for item in items}
    taken: list[tuple[int, int]] = []
    add: dict[str, tuple[int, int]] = {}  # id -> (position, quantity)
    remove: list[str] = []
    referred: list[str] = []
    said: dict[str, str] = {}
    fewer: dict[str, int] = {}
    for phrase, item_id in keys:
        for m in _phrase_pattern(phrase).finditer(lowered):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            taken.append(m.span())
            before = lowered[max(0, m.start() - 40):m.start()]
            item_id = _served_as(item_id, phrase, _serving_near(before, lowered[m.end():m.end() + 20]), keys,
                                 items)
            if item_id in add:
                continue
            qty = _QTY_BEFORE.search(before)
            after = _COUNT_BEFORE.search(before) or _COUNT_AFTER.match(lowered[m.end():m.end() + 12])  # "两份", "2つ"
            if _REMOVE_BEFORE.search(before) or _REMOVE_AFTER.search(lowered[m.end():m.end() + 12]) or \
                    _SWAPPED_AWAY.search(lowered[m.end():m.end() + 30]):
                remove.append(item_id)
                if qty or after:  # "swap one pizza", "把一份披萨换成…": one fewer, not none
                    fewer[item_id] = number(qty.group("qty")) or 1 if qty else counted(after)
            elif not qty and _DEFINITE_BEFORE.search(before):
                referred.append(item_id)
            else:
                add[item_id] = (m.start(), _count(lowered, m, before))
                if _CYRILLIC.search(m.group(0)) and not _CYRILLIC.search(names[item_id]):
                    said[item_id] = _said_back(m.group(0), phrase)
            break
    _swap_serving(lowered, items, add, referred, remove)
    unclear = _of_a_kind(lowered, items, families, taken, add)
    order = [(item_id, qty) for item_id, (_, qty) in sorted(add.items(), key=lambda pair: pair[1][0])]
    return MenuRead(order, remove, referred, said, fewer, unclear)


def _swap_serving(lowered: str, items: list[MenuItem], add: dict[str, tuple[int, int]], referred: list[str],
                  remove: list[str]) -> None:
    """"Make the Malbec two glasses instead of the bottle", "вместо бутылки мальбека два бокала": the drink in
    the serving turned down comes off, and the one asked for goes on, as many as said with its serving."""
    servings = {item.id: _serving(" ".join(re.findall(r"\((.*?)\)", item.name))) for item in items}
    bare = {item.id: re.sub(r"\s*\(.*?\)", "", item.name).lower() for item in items}
    said = [(name, m) for name, pattern in _SERVINGS for m in pattern.finditer(lowered)]
    turned_down = {name for name, m in said if _INSTEAD_OF.search(lowered[:m.start()])
                   or _INSTEAD_AFTER.match(lowered[m.end():])}
    for name in {bare[item_id] for item_id in [*add, *referred, *remove] if servings.get(item_id)}:
        alike = [item.id for item in items if bare[item.id] == name]
        wanted = [(item_id, m) for item_id in alike for serving, m in said
                  if serving == servings[item_id] and serving not in turned_down]
        dropped = [item_id for item_id in alike if servings[item_id] in turned_down]
        if not wanted or not dropped:
            continue
        item_id, m = wanted[0]
        counter = COUNTED.search(lowered[m.end():m.end() + 12])  # "グラスで2杯", "잔으로 두 잔"
        add[item_id] = (m.start(), counted(counter) if counter else _count(lowered, m, lowered[max(0, m.start() - 30):
                                                                                                m.start()]))
        remove[:] = [other for other in remove if other != item_id] + [d for d in dropped if d not in remove]
        for other in dropped:  # "statt der Flasche Rioja": the bottle named is the one turned down
            add.pop(other, None)
        referred[:] = [other for other in referred if other != item_id]


# One more of what is on the order, in a serving with no dish named: "and a glass too", "y una copa también",
# "und noch ein Glas", "и ещё бокал", "再来一杯", "グラスも1杯", "한 잔 더", "وكأس كمان".
_ANOTHER = re.compile(r"\b(?:too|also|another|more|as\s+well|también|otr[ao]s?|además|aussi|encore|autre|auch|noch|"
                      r"weitere[ns]?|тоже|также|ещ[её])\b|再|也|还|も|더|كمان|أيضا|ايضا|أيضاً|كذلك|ثاني|بعد",
                      re.IGNORECASE)


_POLITE_END = re.compile(r"\b(?:please|pls|por\s+favor|s'il\s+vous\s+pla[iî]t|bitte|пожалуйста)\b|"
                         r"请|ください|お願い\w*|주세요|해\s*주세요|من\s+فضلك|لو\s+سمحت", re.IGNORECASE)


def served_again(text: str, items: list[MenuItem], ordered: Iterable[str]) -> list[tuple[str, int]]:
    """The ordered drink in the serving said with no dish ("and a glass too" after a bottle of Malbec: the
    Malbec by the glass), with its count; nothing when a dish is named or no drink on the order comes so."""
    said = sorted((m.start(), name, m) for name, pattern in _SERVINGS for m in pattern.finditer(text))
    if len({name for _, name, _ in said}) != 1 or not _ANOTHER.search(text) or any(menu_order(text, items)):
        return []
    _, name, m = said[0]
    rest = _POLITE_END.sub(" ", _ANOTHER.sub(" ", COUNTED.sub(" ", text[m.end():])))
    if re.search(rf"[^\W\d_]{{2,}}|[{CJK}]", rest):  # "a glass of water too", "一杯水": a thing of its own
        return []
    servings = {item.id: _serving(" ".join(re.findall(r"\((.*?)\)", item.name))) for item in items}
    bare = {item.id: re.sub(r"\s*\(.*?\)", "", item.name).lower() for item in items}
    served = {bare[item_id] for item_id in ordered if servings.get(item_id)}
    fits = [item.id for item in items if servings[item.id] == name and bare[item.id] in served]
    counter = COUNTED.search(text)
    before = _QTY_BEFORE.search(text[:m.start()]) or _QTY_WORD.search(text)
    count = counted(counter) if counter else (number(before.group("qty")) or 1) if before else 1
    return [(fits[0], min(20, max(1, count)))] if len(fits) == 1 else []


def _count(lowered: str, m: re.Match[str], before: str) -> int:
    """How many of the thing named at `m` are wanted: a count before it, or after it ("两份", "2つ", "하나")."""
    qty = _QTY_BEFORE.search(before)
    after = _COUNT_BEFORE.search(before) or _COUNT_AFTER.match(lowered[m.end():m.end() + 12])
    count = number(qty.group("qty")) if qty else counted(after) if after else _clause_count(before)
    return min(20, max(1, count or 1))


def _said_back(word: str, key: str) -> str:
    """The guest's Cyrillic word for a dish, said back as they wrote it when it keeps the menu word's stem
    ("борща"); a diminutive that changes the stem ("пельмешки", "сырнички") as the word itself ("пельмени"),
    which the guest knows as the dish."""
    stem = key[:-1] if key[-1:] in ("а", "е", "и", "о", "у", "ы", "я", "ю", "ь") else key
    if not _CYRILLIC.search(key) or stem in word.replace("ь", ""):
        return word
    spelled, cut = 0, 0  # the guest's letters as far as they spell the key (a soft sign it lacks kept)
    for at, letter in enumerate(word):
        if spelled < len(key) and letter == key[spelled]:
            spelled, cut = spelled + 1, at + 1
        elif letter != "ь":  # a case ending past the stem ("кваса" of "квасс") is the guest's to keep
            return word[:cut] + key[spelled:] if 0 < spelled < len(key) - 1 else word
    return word  # all of it spells the key ("квас" of "квасс"): as the guest wrote it


def _families(items: list[MenuItem], excluded: set[str]) -> dict[str, list[str]]:
    """The words several dishes of a menu share as their kind ("empanada" of three empanadas), with them."""
    found: dict[str, list[str]] = {}
    for item in items:
        for word in set(_name_words(item.name)):
            if len(word) >= 4 and word not in _ITEM_STOPWORDS | _PEOPLE_WORDS | _LITTLE_WORDS | excluded:
                found.setdefault(word, []).append(item.id)
    return {word: ids for word, ids in found.items() if len(ids) > 1}


def _of_a_kind(lowered: str, items: list[MenuItem], families: dict[str, list[str]], taken: list[tuple[int, int]],
               add: dict[str, tuple[int, int]]) -> dict[str, list[str]]:
    """Dishes named by the kind several of the menu's are, in a part of the list that names no other dish: the
    one made of what the guest says ("four beef empanadas") goes in `add`; else the guest's words, with the
    dishes that fit them (all of the kind when they said nothing more, none when no dish is made so)."""
    made_of = {item.id: dish_kinds(f"{item.name} {' '.join(item.tags)}") for item in items}
    first = {item.id: next(iter(_name_words(item.name)), "") for item in items}
    unclear: dict[str, list[str]] = {}
    bounds = [0, *(end for m in SEPARATOR.finditer(lowered) for end in (m.start(), m.end())), len(lowered)]
    parts = list(zip(bounds[::2], bounds[1::2], strict=False))
    spelled = [(word, family) for word, family in families.items()]
    spelled += [(to_cyrillic(word), family) for word, family in spelled]  # "эмпанады"
    plain = lowered.replace("э", "е")  # the "е" a spelled-out name has (`to_cyrillic`), where Russian writes "э"
    for word, family in spelled:
        for m in _phrase_pattern(word).finditer(plain):
            start, end = next((a, b) for a, b in parts if a <= m.start() < b or m.start() == b)
            if any(start <= a < end for a, _ in taken):
                continue  # "chicken" of "chicken shawarma": the dish already read
            part, before = lowered[start:end], lowered[start:m.start()]
            if _REMOVE_BEFORE.search(before) or _DEFINITE_BEFORE.search(before):
                continue
            taken.append(m.span())
            said = dish_kinds(part)
            fits = [item_id for item_id in family if said <= made_of[item_id]]
            # "two Cass" beside a "beer set with 2 Cass beers": the one dish the word begins the name of
            called = [item_id for item_id in fits if first[item_id] == word.lower()] if not said else fits
            if len(called) == 1:
                add.setdefault(called[0], (m.start(), _count(lowered, m, before)))
            else:  # "empanadas": which of them; "pork empanadas" (none fits): in the guest's words, without the count
                unclear[" ".join(_QTY_WORD.sub(" ", part).split()) if said else lowered[m.start():m.end()]] = fits
            break
    return unclear


def _served_as(item_id: str, phrase: str, asked: str | None, keys: list[tuple[str, str]],
               items: list[MenuItem]) -> str:
    """The item of those the phrase names alike ("Malbec (copa)", "Malbec (botella)") whose serving the guest
    asked for ("a bottle of Malbec", "una copa de Malbec"); the one found first when they asked none."""
    if asked is None:
        return item_id
    alike = [other for key, other in keys if key == phrase]
    servings = {item.id: _serving(" ".join(re.findall(r"\((.*?)\)", item.name))) for item in items}
    return next((other for other in alike if servings.get(other) == asked), item_id)


def order_notes(text: str) -> str | None:
    """Preparation wishes: "the salad without anchovies", "no onions", "gluten-free"."""
    notes = [m.group(0).strip() for m in _NOTE.finditer(text)]
    return "; ".join(notes) or None


def housekeeping_items(text: str) -> list[tuple[str, int]]:
    """Requests and quantities: "2 extra towels" → [("towels", 2)]."""
    found: list[tuple[str, int]] = []
    taken: list[tuple[int, int]] = []
    for item, pattern in _HOUSEKEEPING:
        m = re.search(pattern, text, re.IGNORECASE)
        if not m or any(m.start() < end and start < m.end() for start, end in taken):
            continue
        taken.append(m.span())
        before = text[max(0, m.start() - 30):m.start()]
        qty = _QTY_BEFORE.search(before) or _QTY_OF_KIND.search(before)
        cjk = _COUNT_BEFORE.search(before) or _COUNT_AFTER.match(text[m.end():m.end() + 12])  # "两条毛巾", "枕を2つ"
        dual = re.search(r"[\u0600-\u06ff](?:تين|تان|ين|ان)$", m.group(0))  # Arabic dual: "وسادتين", two pillows
        count = number(qty.group("qty")) if qty else counted(cjk) if cjk else 2 if dual else 1
        found.append((item, min(10, max(1, count or 1))))
    if not found and re.search(r"\bhousekeeping\b", text, re.IGNORECASE):  # "could housekeeping bring…" names no item
        found.append(("cleaning", 1))
    return found


def housekeeping_said(text: str, item: str) -> str | None:
    """The guest's own word for a housekeeping item ("婴儿床", "Babybett"), to pass on what the hotel's list
    does not name in words the guest knows."""
    m = re.search(dict(_HOUSEKEEPING)[item], text, re.IGNORECASE) if item in dict(_HOUSEKEEPING) else None
    return m.group(0) if m else None


def place_filters(text: str, places: list[Place], town: str = "") -> dict[str, object]:
    """Filters for places nearby, limited to the kinds and tags this hotel's places use; what the guest turns
    down ("not seafood please", "kein Fisch", "해산물 말고") is to be avoided, not wanted. `town`: the hotel's,
    whose name names no place (skills.places.mentioned_in)."""
    lowered = text.lower()
    kinds = {p.kind for p in places}
    # "budget" is also what a hotel prices "$" without tagging it so (skills.places.tag_matches)
    tags = {t for p in places for t in p.tags} | ({"budget"} if any(p.price_level == "$" for p in places) else set())
    # Not inside a longer Latin or Cyrillic word ("eat" in "great", "rain" in "train", a kind's "dine" in "dinero");
    # Chinese, Japanese and Arabic join words.
    patterns = [(k, rf"(?<![a-zà-ÿа-яё])(?:{pattern})(?![a-zà-ÿа-яё])") for k, pattern in _PLACE_KINDS.items()
                if k in kinds]
    patterns += [(t, rf"(?<![a-zà-ÿа-яё])(?:{pattern})") for t, pattern in _PLACE_TAGS.items()
                 if t in tags or t in kinds]
    # The hotel's own tags, as written ("fado", "local-food", "bridges"): a new hotel's words need no table here.
    patterns += [(t, rf"(?<!\w){re.escape(t.replace('-', ' '))}(?:s|es)?(?!\w)") for t in sorted(tags)
                 if t not in _PLACE_TAGS and len(t) > 3]
    flat = lowered.replace("-", " ")
    said: dict[str, list[bool]] = {}
    spans: dict[str, set[tuple[int, int]]] = {}  # where each was said
    for name, pattern in patterns:  # a hotel's tag "park" beside the kind "park": the guest's "parque" says both
        matches = [m for m in re.finditer(pattern, flat) if not _said_as_when(flat, m)]
        said[name] = said.get(name, []) + [_turned_down(flat, m) for m in matches]
        spans[name] = spans.get(name, set()) | {m.span() for m in matches}
    heard = loanwords(text)  # "파두", "ファド": the hotel's English tag written as it sounds
    for tag in sorted(tags):
        if heard and not said.get(tag) and any(sounds_like(w, part) for w in heard for part in tag.split("-")):
            said[tag] = [False]
    # A tag turned down once is not wanted ("not seafood, we had fish last night"); a kind is turned down only
    # when every mention is ("no Mexican food, where else can we eat?" still wants a restaurant).
    avoid = [name for name, negated in said.items() if any(negated) and (name in tags or all(negated))]
    wanted = [name for name, negated in said.items() if negated and name not in avoid and not all(negated)]
    found: dict[str, object] = {}
    # The kind of place the guest names ("a local market where people eat breakfast") before a kind read from
    # what they want to do there (a restaurant, of "eat").
    kind = next((name for name in wanted if name in kinds and name not in _PLACE_KINDS), None) or \
        next((name for name in wanted if name in kinds), None)
    if kind:
        found["kind"] = kind
    # Not a tag said only by the word that named the kind ("mercado": a market, not somewhere tagged shopping).
    tags_wanted = list(dict.fromkeys(name for name in wanted if name in tags and (
        name == kind or not kind or not spans.get(name) or not spans[name] <= spans[kind])))
    if tags_wanted:
        found["tags"] = tags_wanted
    if avoid:
        found["avoid"] = avoid
    minutes = _MINUTES.search(text)
    if minutes:
        found["max_minutes"] = int(minutes.group(1))
    elif _WALKING.search(text):
        found["max_minutes"] = 15
    place = named_place(text, places, town)
    if place:
        found["place"] = place.id
    day = next((name for name in WEEKDAYS if re.search(_weekday_pattern(name), lowered)), None)
    if day:
        found["day"] = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")[WEEKDAYS[day]]
    return found


def _weekday_pattern(name: str) -> str:
    """A weekday's name as a word ("on Sundays" too); Chinese, Japanese and Korean write it between other words
    without a space ("美术馆周二开门吗")."""
    if re.match(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]", name):
        return re.escape(name)
    return rf"(?<!\w){re.escape(name)}s?(?!\w)"


# Where a negation stops reaching back: a new clause, or a "but" ("no kids, but somewhere romantic").
_CLAUSE_BREAK = re.compile(r".*(?:[,.;:!?¿¡，。、！？]|\b(?:but|pero|mais|aber|sondern)\b|\bно\b|但是?|でも|하지만|"
                           r"لكن)", re.IGNORECASE | re.DOTALL)
# Japanese, Korean and Chinese may turn a thing down after naming it ("해산물 말고", "魚以外", "海鲜就不要了").
_NEGATION_AFTER = re.compile(r"^\s*\S{0,2}?\s*(?:말고|빼고|제외|以外|じゃな|ではな|は?いらな|就?不要|不吃|不想)")


# "Isn't there a fish restaurant?", "附近有没有海鲜?" ask for one: a negation asking whether it exists is not a no.
_ASKS_IF_NONE = re.compile(r"\b(?:is|are)\s+there\s+no\b|\bisn'?t\s+there\b|\bno\s+hay\b|\bgibt\s+es\s+(?:hier\s+|"
                           r"in\s+der\s+nähe\s+)?kein\w*|\bn'y\s+a-t-il\s+pas\b|\bнет\s+ли\b|有没有|是不是|要不要|能不能|"
                           r"可不可以", re.IGNORECASE)


# A place said as the time of the wish, not as the wish: "food after the club", "nach dem Museum", "클럽 후에".
_AFTER_BEFORE = re.compile(r"(?:\bafter|\bdespu[ée]s\s+de(?:l)?|\btras|\bapr[èe]s|\bnach|\bпосле)\s+"
                           r"(?:(?:the|a|el|la|los|las|le|la|les|l'|du|des|dem|der|den|einem|einer)\s*)?$")
_AFTER_AFTER = re.compile(r"^\s*(?:之后|以后|後|の後|あと|후에?|다음에|끝나고)")


def _said_as_when(text: str, m: re.Match[str]) -> bool:
    """Whether a place's kind is said as when the guest wants something ("late food after the club"), not what."""
    return bool(_AFTER_BEFORE.search(text[:m.start()]) or _AFTER_AFTER.match(text[m.end():]))


def _turned_down(text: str, m: re.Match[str]) -> bool:
    """Whether the words just before a match, in its clause, or the words right after it, turn it down."""
    before = _ASKS_IF_NONE.sub(" ", _CLAUSE_BREAK.sub("", text[:m.start()]))
    near = " ".join(before.split()[-3:]) if " " in before.strip() else before[-6:]
    return bool(_NEGATION.search(near)) or bool(_NEGATION_AFTER.match(text[m.end():m.end() + 10]))


def named_place(text: str, places: list[Place], town: str = "") -> Place | None:
    """A place the guest names: its full name, its name without a leading "the", or its name's own word (not the
    town's); else by the name in their language ("der Große Palast" of the Grand Palace)."""
    return next(iter(mentioned_in(text, places, town)), None) or _named_in_translation(text, places)


# Which one is meant: "the", "der", "le", "el"... (an adjective may stand between: "der Große Palast"), not "a",
# "ein", "un", "any" (a wish for one: "is there a palace to visit?").
_THE = re.compile(r"\b(?:the|der|die|das|den|dem|des|zum|zur|vom|im|am|le|la|les|l'|du|au|aux|el|los|las|del|al)"
                  r"\s+(?:[^\W\d_]+\s+){0,2}$", re.IGNORECASE)
_LATIN = re.compile(r"[a-zà-ÿ]")
# Asking whether there is one, in the languages that have no articles ("附近有没有宫殿？", "공원이 있나요?").
_IS_THERE = re.compile(r"有没有|有什么|有哪些|附近有|ありますか|ある\?|있나요|있어요|있습니까|есть\s+ли|какие|какой|"
                       r"هل\s+(?:يوجد|توجد|هناك)|أي\s", re.IGNORECASE)


_SIGHTS = ("temple", "shrine", "church", "mosque", "garden", "market", "palace", "theatre", "opera")  # kinds names hold


def _named_in_translation(text: str, places: list[Place]) -> Place | None:
    """The one place of a kind of sight, whose name holds it ("Grand Palace", "Jardín Japonés"), when the guest
    names that kind as the one meant, in their own words: after "the" and its kin ("der Große Palast", "the Japanese
    Garden"), or in a language without articles unless asking whether there is one ("大皇宫几点开门？")."""
    lowered = text.lower()
    for kind in _SIGHTS:
        pattern = _PLACE_TAGS[kind]
        whole = pattern.replace(r"\w*", "").replace(r"\w+", "")  # "Palast", not "Tempel" of "Tempelhofer Feld"
        named = [p for p in places if re.search(rf"(?<![^\W\d_])(?:{whole})(?![^\W\d_])", p.name.lower())]
        said = re.search(rf"(?:{pattern})", lowered)
        if len(named) != 1 or said is None or any(tag_matches(kind, p) for p in places if p is not named[0]):
            continue  # "the temple" where three places are temples names none of them
        before = lowered[:said.start()]
        if (_THE.search(before) if _LATIN.match(said.group(0)) else not _IS_THERE.search(lowered)):
            return named[0]
    return None


_NAME_RUN = re.compile(r"\b[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:\s+[A-ZÀ-ÖØ-Þ][^\W\d_]+)+")


def place_said(text: str, places: list[Place], town: str = "") -> Place | None:
    """A place named as `named_place` reads it, or by two or more capitalised words of its name in a row, as
    guests shorten a name by its end ("Jay Fai's crab omelette" of "Raan Jay Fai")."""
    runs = [m.group(0).lower().split() for m in _NAME_RUN.finditer(re.sub(r"['’]s\b", "", text))]
    return named_place(text, places, town) or next(
        (place for place in places for run in runs if f" {' '.join(run)} " in f" {place.name.lower()} "), None)


def rating(text: str) -> int | None:
    """A 1-5 rating: "5 stars", "4/5", "2 out of 5", "I'd rate it 3"; not the day of a date ("4/3~4/5로
    바꿔주세요", "from 3/2 to 3/5": "4/5" beside another day written so, or ending a span)."""
    m = _RATING.search(text)
    if not m:
        return None
    slashed = m.group(0).rstrip().endswith("5") and "/" in m.group(0)
    if slashed and (len(_SLASH_DAY.findall(text)) > 1 or re.search(r"[~\-–]\s*$", text[:m.start()])):
        return None
    return number(m.group("n") or m.group("m"))
