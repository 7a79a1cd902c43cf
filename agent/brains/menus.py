"""A menu's names as guests write them: dish words of nine languages, by sound, in phrases, by kind."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from core.hotels import Hotel, MenuItem
from core.language import CJK_LETTER
from core.loanwords import loanwords, sounds_like
from core.translit import (
    arabic_consonants,
    compiled,
    cyrillic_to_latin,
    han_folded,
    latin_consonants,
    russian_forms,
    to_cyrillic,
)

# Menu words in other languages (and in katakana, hangul or Cyrillic spelling of English dish names), mapped
# onto English words of menus: phrases first, then single words, so "チョコレートラバケーキ" reads "chocolate lava
# cake". Only words that name a dish or drink: the hotel's menu decides what can be ordered.
_FOOD_WORDS = (
    (r"зубн\w+\s+паст\w*|pasta\s+de\s+dientes|pasta\s+de\s+dentes?", "toothpaste"),  # not the menu's pasta
    # Russian dishes, as guests of each language name them ("罗宋汤", "ボルシチ", "보르시", "بورشت", "Borschtsch"),
    # before their soup is read as any soup; Russian's own ("борщ") is read by its spelling out
    (r"罗宋汤|羅宋湯|红菜汤|紅菜湯|ボルシチ|보르[시쉬]치?|بورشت?|\bbor(?:s|t)?sch(?:t|tsch)?\b", "borscht"),
    (r"俄式饺子|俄罗斯饺子|西伯利亚饺子|ペリメニ|펠메니|بلميني|\bpelmeni\b", "pelmeni"),
    (r"aguas?\s+(?:con\s+gas|mineral\s+con\s+gas)|[áa]guas?\s+(?:mineral\s+)?com\s+g[áa]s|eau\s+(?:gazeuse|pétillante)|sprudel\w*|mineralwasser|"
     r"газированн\w+\s+вод\w+|вод\w+\s+с\s+газом|气泡水|苏打水|炭酸水|スパークリングウォーター|탄산수|"
     r"مياه?\s+غازية", "sparkling water"),
    (r"agua\s+sin\s+gas|[áa]gua\s+(?:mineral\s+)?sem\s+g[áa]s|eau\s+plate|stilles\s+wasser|вод\w+\s+без\s+газа|矿泉水|ミネラルウォーター|생수|"
     r"مياه?\s+(?:معدنية|عادية)", "still water"),
    (r"vino\s+tinto|vinho\s+tinto|vin\s+rouge|rotwein|красн\w+\s+вин\w+|红酒|红葡萄酒|赤ワイン|레드\s*와인|"
     r"نبيذ\s+أحمر", "red wine"),
    (r"pastel\s+de\s+chocolate|bolo\s+de\s+chocolate|fondant\s+au\s+chocolat|g[aâ]teau\s+au\s+chocolat|schokoladenkuchen|"
     r"шоколадн\w+\s+(?:торт|кекс|фондан)\w*|巧克力蛋糕|كعكة\s+الشوكولاتة", "chocolate cake"),
    (r"sopa\s+de\s+almejas|sopa\s+de\s+mariscos|chaudrée\s+de\s+palourdes|soupe\s+(?:de|aux)\s+palourdes|muschelsuppe|суп\s+из\s+моллюсков|"
     r"кл[эеа]м[\s-]*ча[ую]дер\w*|蛤蜊浓汤|蛤蜊汤|クラムチャウダー|클램\s*차우더", "clam chowder"),
    (r"детск\w+\s+паст\w*|pasta\s+(?:para\s+)?niños|(?:massa|macarr[ãa]o)\s+(?:para\s+|infantil|kids)(?:crian[çc]as?)?|pâtes\s+(?:pour\s+)?enfants|kindernudeln|儿童意面|"
     r"キッズパスタ|키즈\s*파스타|معكرونة\s+(?:ال)?أطفال", "kids pasta"),
    (r"hamburguesa|hamb[úu]rgu(?:er|eres)|hamburger|бургер\w*|汉堡|バーガー|버거|برجر|برغر", "burger"),
    (r"ensalada|salada|salade|salat|салат\w*|沙拉|サラダ|샐러드|سلطة", "salad"),
    (r"pâtes|\bmassas?\b|macarr[ãa]o|nudeln|макарон\w*|паст[аыу]\b|意面|意大利面|パスタ|파스타|معكرونة|باستا", "pasta"),
    (r"пицц\w+|披萨|比萨|ピザ|피자|بيتزا", "pizza"),
    (r"чаудер\w*|周打汤|巧达汤|チャウダー|차우더|شوربة\s+المحار", "chowder"),
    (r"цезар\w*|凯撒|シーザー|시저|سيزر", "caesar"),
    (r"маргарит\w*|玛格丽特|マルゲリータ|마르게리[타따]|مارغريتا|مارجريتا", "margherita"),
    (r"лава|熔岩|ラバ|라바|فوندان", "lava"),
    (r"шоколад\w*|巧克力|チョコレート|チョコ|초콜릿|초코|شوكولات\w*|schokolade\w*|chocolat\b", "chocolate"),
    (r"\bторт\w*|\bкекс\w*|\bbolos?\b|蛋糕|ケーキ|케이크|كعك\w*|\bkuchen\b|g[aâ]teau", "cake"),
    (r"s[áa]ndwich|sandu[íi]ches?|сэндвич\w*|бутерброд\w*|三明治|サンドイッチ|샌드위치|ساندويتش", "sandwich"),
    (r"limonada|limonade|лимонад\w*|柠檬水|レモネード|레모네이드|ليموناضة|ليمونادة", "lemonade"),
    (r"\bsopas?\b|\bsoupes?\b|\bsuppen?\b|\bсуп\w*|汤|スープ|수프|شوربة|حساء", "soup"),
    (r"\bvino\b|\bvinhos?\b|\bvin\b|\bwein\b|вин[оау]\b|葡萄酒|ワイン|와인|نبيذ", "wine"),
    (r"\bbier\b|\bbières?\b|\bcervezas?\b|\bcervejas?\b|\bchopp?\b|\bпив\w*|啤酒|ビール|맥주|بيرة|بيره", "beer"),
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
    # dates, the fruit served with coffee across Arabia (not "تمرين", exercise, nor "مستمر", going on)
    (r"\bdattes?\b|\bdatteln?\b|\bd[áa]tiles?\b|финик\w*|椰枣|海枣|デーツ|대추\s*야자|"
     r"(?<![\u0621-\u064a])[وب]?(?:ال)?(?:تمر|تمور|بلح)(?![\u0621-\u064a])", "dates"),
    (r"t[ée]s?\s+(?:a\s+la\s+|de\s+)?menta|th[ée]s?\s+(?:à\s+la\s+)?menthe|(?:pfeffer)?minztee|мятн\w+\s+ча\w*|"
     r"ча[йяю]\s+с\s+мят\w*|薄荷茶|ミントティー|민트\s*(?:차|티)|شاي\s+(?:بال)?نعناع", "mint tea"),
    # an island's kitchen: tuna, curry, champagne, smoothies, as guests name them (after "green curry" above)
    (r"\bat[uú]n\b|\batum\b|\bthon\b|thunfisch\w*|\bтун(?:ец|ца|цом|цу)\b|金枪鱼|吞拿鱼|マグロ|ツナ|참치|تونة|"
     r"تونا", "tuna"),
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
_MEAT = compiled(r"\bmeat\b|мяс\w*|肉|고기|لحم", re.IGNORECASE)


def dish_kinds(text: str) -> frozenset[str]:
    """What the text says a dish is made of ("empanadas de carne" → beef and meat)."""
    kinds = {kind for kind, pattern in _KINDS.items() if re.search(pattern, text, re.IGNORECASE)}
    return frozenset(kinds | ({"meat"} if kinds & _MEATS or _MEAT.search(text) else set()))


# A dish named in three letters or fewer ("Che", "Pho"): read only as the whole word, never inside another
# ("charge", "phone"), nor by its sound or meaning alone.
SHORT_NAME = 3
_ITEM_STOPWORDS = frozenset("glass bowl cup plate bottle jug carafe with and the of house (glass)".split())
# Words for the guests a dish is for ("Kids pasta", "Menu enfant"): alone they count people ("for 2 adults and 2
# kids"), never a dish.
_PEOPLE_WORDS = frozenset("kids kid children child adults adult family teens baby infant niños niño infantil enfants "
                          "enfant kinder kinderteller erwachsene".split())
# Articles, prepositions and "and" of the languages menus are written in: two of them together name no dish.
_LITTLE_WORDS = frozenset("a à al alla la le les el los las lo de del des du di da do dos das con sin en y e et und "
                          "mit im am zum zur the of and with in on au aux per".split())


def dishes_in_english(text: str) -> str:
    """The text in lower case with dish words in English, each word spaced ("マルゲリータピザ" → "margherita pizza")."""
    lowered = text.lower()
    for pattern, english in _FOOD_WORDS:
        lowered = re.sub(pattern, f" {english} ", lowered)
    return re.sub(r"[ \t]{2,}", " ", lowered)


# What a menu's brackets say besides another name: a serving ("(glass)", "(2 pieces)", "(0.5 l)").
# Menus written in another language say it in theirs ("Malbec (copa)", "Empanada (unidad)", "Riesling (Flasche)").
_SERVING = re.compile(r"\d|^\W*(?:glass|glasses|bottle|can|cup|mug|jug|carafe|pot|piece|pieces|portion|slice|"
                      r"small|large|each|per\s+person|copa|vaso|botella|jarra|unidad|porci[oó]n|ta[çc]a|garrafa|"
                      r"unidade|por[çc][aã]o|verre|bouteille|pichet|pi[èe]ce|glas|flasche|karaffe|st[üu]ck|"
                      r"bicchiere|bottiglia|бокал|бутылка|порция|штука)\W*$", re.IGNORECASE)


def _other_name(name: str) -> list[str]:
    """The name a menu gives in brackets, in the local language or spelled out ("Bündner barley soup
    (Gerstensuppe)", "Dog dinner (cooked beef and rice)", "(치맥)"): guests order by it too; a serving is no name.
    Two Chinese, Japanese or Korean characters are a word ("担担面", "떡볶이"), where Latin letters need four."""
    return [words for inside in re.findall(r"\((.*?)\)", han_folded(name.lower())) if not _SERVING.search(inside)
            for words in [" ".join(re.findall(r"[^\W\d_]+", inside))]
            if len(words) >= 4 or (len(words) >= 2 and CJK_LETTER.search(words))]


# Words written by their sound: Katakana, Hangul, and Hiragana, in which Japanese writes its own dishes ("おにぎり").
_SOUND_WRITTEN = re.compile(r"[\u30a1-\u30fa\u30fc]{2,}|[\uac00-\ud7a3]{2,}|[\u3041-\u3096]{3,}")
# ...and, for the sentence encoder, a foreign dish in Cyrillic ("путин", poutine), which the word table reads only in
# the menu's own words spelled out (`russian_forms`: "морс"), or in Arabic letters ("كنافة", kunafa).
_SOUND_OR_CYRILLIC = re.compile(rf"{_SOUND_WRITTEN.pattern}|[а-яё]{{4,}}|[\u0621-\u064a]{{3,}}")
_ARABIC = re.compile(r"[\u0621-\u064a]")


def heard_on_menu(text: str, menu_words: list[str], written: re.Pattern[str] = _SOUND_WRITTEN) -> str:
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
        latins = [cyrillic_to_latin(m.group(0))] if CYRILLIC.match(m.group(0)) else loanwords(katakana)
        return next((f" {word} " for latin in latins for word in menu_words
                     if sounds_like(latin, plain[word])), m.group(0))

    return written.sub(heard, text)


def sounded(text: str, items: list[MenuItem], excluded_words: Iterable[str] = ()) -> str:
    """The text with the words of a menu's names a guest writes by their sound ("путин", "プーティン" for the
    poutine of "Poutine classique") in the menu's letters: the sentence encoder reads the name, not the sound."""
    lowered = text.lower()
    if not _SOUND_OR_CYRILLIC.search(lowered):
        return text
    phrases = latin_phrases(item_keys(items, {w.lower() for w in excluded_words}))
    words = sorted({word for phrase in phrases for word in phrase.split() if len(word) >= 4} - set(phrases))
    heard = heard_on_menu(lowered, phrases + words, _SOUND_OR_CYRILLIC)
    return text if heard == lowered else re.sub(r"\s{2,}", " ", heard).strip()


def latin_phrases(keys: list[tuple[str, str]]) -> list[str]:
    """The menu's phrases in Latin letters, as a loanword may name a dish ("パステルデナタ")."""
    return [phrase for phrase, _ in keys if re.fullmatch(r"[a-zà-ÿ ]+", phrase)]


@lru_cache(maxsize=4096)
def name_words(name: str) -> tuple[str, ...]:
    """A menu item's name as words, dish words in English, what its brackets say left out ("マルゲリータピザ (1枚)" →
    margherita, pizza): read once per name for its phrases, its kind and its first word, not at every message."""
    return tuple(re.findall(r"[^\W\d_]+", re.sub(r"\(.*?\)", "", han_folded(dishes_in_english(name)))))


_COURSES = frozenset({"soup", "salad", "starter", "dessert", "side"})  # menu tags that say which course a dish is


def item_keys(items: list[MenuItem], excluded: set[str]) -> list[tuple[str, str]]:
    """(phrase, item id) from the most to the least specific: full names (and the other name a menu gives in
    brackets), word pairs, distinctive words."""
    names = {item.id: name_words(item.name) for item in items}
    counts: dict[str, int] = {}
    for words in names.values():
        for word in set(words):
            counts[word] = counts.get(word, 0) + 1
    keys = [(" ".join(words), item_id) for item_id, words in names.items()]
    others = {item.id: _other_name(dishes_in_english(item.name)) for item in items}  # the words guests' are read into
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
    # Not a name of three letters or fewer: "che" spelled "че" is a Russian word of its own.
    keys += [(to_cyrillic(phrase), item_id) for phrase, item_id in keys if " " not in phrase and
             len(phrase) > SHORT_NAME]
    return sorted(set(keys), key=lambda key: (-len(key[0]), key))  # ties in a fixed order, not the set's


CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)


def _inflected(phrase: str) -> str:
    """A pattern for a menu phrase with the endings guests' plurals and cases give its last word: "pizzas",
    "Gerstensuppen", "gâteaux"; in Russian each word's ending and diminutive ("бифану", "два борща",
    "пельмешки")."""
    if re.search(r"[а-яё]$", phrase):
        return r"\s+".join(russian_forms(word) for word in phrase.split())
    if len(phrase) <= SHORT_NAME:  # "che", "pho": an ending would make another word ("chen", "phos")
        return re.escape(phrase)
    return re.escape(phrase) + r"(?:e?s|e?n|x)?"


@lru_cache(maxsize=8192)
def phrase_pattern(phrase: str) -> re.Pattern[str]:
    """A menu phrase as a guest writes it, whole words, compiled once: a menu has hundreds of them, more than
    the `re` module's own cache keeps, which then compiled them again at every message."""
    return re.compile(rf"(?<![a-zà-ÿа-яё]){_inflected(phrase)}(?![a-zà-ÿа-яё])")


def local_words(hotel: Hotel) -> list[str]:
    """Words of the hotel's own name and town: on a menu they tell where, not what ("Harbor burger", "Kyoto craft
    beer"), so they name no dish. Nor do the words of its room types and facilities alone: "a Deluxe River View"
    is no "Pad Thai with river prawns" (a dish's full name, or two of its words, still name it)."""
    own = [*hotel.name.split(), *hotel.address.city.split()]
    return own + [word for name in [*(r.name for r in hotel.rooms), *(a.name for a in hotel.amenities)]
                  for word in name.split() if len(name.split()) > 1]


def kind_words(items: list[MenuItem], excluded: set[str]) -> dict[str, list[str]]:
    """The words several dishes of a menu share as their kind ("empanada" of three empanadas), with them, in the
    menu's order: the order a guest's words are read in, the same in every process."""
    found: dict[str, list[str]] = {}
    for item in items:
        for word in dict.fromkeys(name_words(item.name)):
            if len(word) >= 4 and word not in _ITEM_STOPWORDS | _PEOPLE_WORDS | _LITTLE_WORDS | excluded:
                found.setdefault(word, []).append(item.id)
    return {word: ids for word, ids in found.items() if len(ids) > 1}
