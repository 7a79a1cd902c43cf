"""The room a guest names: its number, its name, its type and beds, or a venue that is no bedroom."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from agent.brains.dates import NUMBER_WORDS
from core.hotels import GuestRecord, KBEntry, RoomType
from core.language import CJK
from core.loanwords import loanwords, sounds_like
from core.translit import (
    arabic_consonants,
    arabic_words,
    compiled,
    han_folded,
    hangul_to_latin,
    latin_consonants,
    to_cyrillic,
)

# What is no room number after a room word: "a room for 2 nights", "Zimmer 2 Personen".
_NOT_A_ROOM_AFTER = (r"(?!\s*(?:nights?|noches?|noites?|nuits?|n[äa]chte|ноч\w*|晚|泊|박|ليال\w*|people|persons?|"
                     r"personas?|personnes?|personen|pessoas?|h[óo]spedes|guests?|adults?|adultes?|adultos?|"
                     r"человек\w*|人|名|명|أشخاص|x\b|%))")
_ROOM = compiled(r"(?:\b(?:room|rm|habitaci[oó]n|hab\.?|cuarto|quarto|apto|chambre|zimmer|camera|villa|bungalow|"
                   # a camp's tents and a lodge's cabins are numbered as rooms are ("tent 7", "テント12", "الخيمة 3"),
                   # and some by a code ("tent PT2", "cabin B4")
                   r"tents?|tentes?|carpas?|zelt|cabins?|caba[ñn]as?|cabanes?|chalets?|h[üu]tte|"
                   # an aparthotel's apartments ("Apt 02", "apartment 12", "appartement 3", "квартира 5")
                   r"apartments?|apts?\.?|apartamentos?|appartements?|wohnung|квартир[аеуы])|номер[аеу]?|"
                   # a resort's villas are numbered as rooms are ("villa 22", "вилла 214", "别墅108", "ヴィラ108")
                   r"комнат[аеуы]|вилл[аеуы]|палатк[аеуи]|шат[её]р|шатр[аеу]|فيلا|الفيلا|غرف[ةه]|خيم[ةه]|"
                   # a room as the dialects call it (Egyptian and Levantine "أوضة"), and a suite ("الجناح 401")
                   r"[أا]وض[ةه]|جناح|"
                   r"房间|部屋|객실|방|别墅|ヴィラ|빌라|帐篷|テント|텐트)\s*(?:n(?:o|r|º|°)\.?\s*|#\s*|"
                   r"(?:number|n[uú]mero|numéro|nummer)\s+|№\s*|رقم\s*)?"
                   r"(?P<room>(?:[A-Z]{1,2}-?)?\d{1,4})(?![\dA-Za-z])" +
                   _NOT_A_ROOM_AFTER +
                   # "5号室", "9号房间", "5호실", "5호": a room's own counter word, whatever its number's length
                   # Korean ties a particle on ("312호예요", "312호로"); "2호선" is a metro line
                   r"|(?P<one>\d{1,4})\s*(?:号房间|號房間|号房|號房|号室|號室|号?别墅|号?帐篷|番?テント|호실|번?\s*(?:텐트|빌라)|번\s*(?:방|객실)|"
                   r"호(?=예요|에요|이에요|입니다|인데|으로|로|에|요|는|은)|호(?![선\w]))"
                   r"|(?P<cjk>\d{3,4})\s*(?:号|房间|房間|房(?![型价價费費源东東卡客]))"  # "305房": not "1200房费"
                   # a bed of a shared room by its code ("B2床位", "A3号床")
                   r"|(?P<bed>[A-Z]{1,2}\d{1,3})\s*(?:床位|号床|號床)"
                   # a Spanish, French or Portuguese "la"/"o" stands for the room itself ("a la 1108", "para o
                   # 1204"): four digits too
                   r"|\b(?:to|in|into|for|a\s+la|à\s+la|en\s+la|para\s+(?:la|o)|pour\s+l[ae]|ao|auf|f[üu]r|в)\s+"
                   r"(?P<bare>(?<=la\s|ao\s|\so\s)\d{4}|\d{3})\b(?![:.\-/]?\d|\s*(?:am|pm|h\b|"
                   r"people|guests|nights|minutes|\$|usd|dollars|euros|pen|soles|baht|pesos|yen|won|pounds))",
                   re.IGNORECASE)

# Guests' words for a room's kind, mapped onto words in the hotel's room names.
_ROOM_WORDS = {
    "family": r"famil\w*|семейн\w*|家庭|家族|ファミリー|패밀리|가족|عائلي\w*",
    "suite": r"suites?|люкс|套房|スイート|스위트|جناح",
    # not the end of "파킹" (parking); Arabic calls a king's room royal ("الجناح الملكي")
    "king": r"king|king-size|королевск\w*|特大|大床|キング|(?<![가-힣])킹|(?:ال)?ملكي(?:ة)?|كينج|كينغ",
    "queen": r"queen|queen-size|クイーン|퀸",
    "standard": r"standard|std|estándar|estandar|padr[ãa]o|стандарт\w*|标准|スタンダード|스탠다드",
    "accessible": r"accessible|wheelchair|accesible|acess[íi]ve(?:l|is)|cadeirantes?|adaptée|barrierefrei|"
                  r"доступн\w*|无障碍|バリアフリー|장애인",
    # Categories hotels name rooms by; matched in the room's own name in whatever language the hotel wrote it.
    "superior": r"superior\w*|sup[ée]rieur\w*|superieur\w*|супериор\w*|улучшенн\w*|高级|スーペリア|슈페리어|"
                r"سوبيريور|السوبيريور",
    "deluxe": r"de\s*luxe|deluxe|делюкс\w*|豪华|デラックス|디럭스|ديلوكس",
    "classic": r"classic\w*|cl[aá]sic[ao]s?|cl[aá]ssic[ao]s?|classique\w*|klassisch\w*|классическ\w*|经典|クラシック|"
               r"클래식|كلاسيك\w*",
    "junior": r"junior|júnior|джуниор|ジュニア|주니어|جونيور",
    "studio": r"studio|estudio|студи[яюи]|スタジオ|스튜디오|ستوديو",
    "double": r"double|doble|duplos?|casal|doppel\w*|двухместн\w*|双人|ダブル|더블|مزدوج\w*",
    "single": r"single|individual|solteiro|einzel\w*|одноместн\w*|单人|シングル|싱글|مفرد\w*",
    "twin": r"twin|双床|ツイン|트윈",
    "executive": r"executive|ejecutiv[ao]s?|executiv[ao]s?|ex[ée]cuti(?:f|ve)s?|представительск\w*|"
                 r"экзекьютив\w*|行政|エグゼクティブ|"
                 r"이그제큐티브|익제큐티브|تنفيذي\w*",
    # Where a room lies, which hotels name rooms by ("Courtyard Double", "Chambre Fleuve (River Room)") and guests
    # say in their own words ("двухместный номер во двор", "江景房", "habitación con vista al mar").
    "courtyard": r"courtyard|patio|cour|innenhof|\bдвор(?:а|е|у|ом|ов\w*)?\b|庭院|院子|中庭|안뜰|فناء",
    "garden": r"garden|jard[ií]n|jardim|garten|\bсад(?:а|е|у|ом|ов\w*)?\b|园景|花园|庭園|ガーデン|가든|정원|حديق\w*",
    "river": r"river\w*|fleuve|r[ií]o|fluss|\bрек(?:а|и|е|у|ой)\b|\bречн\w*|江景|河景|リバー|川沿い|강변|نهر\w*",
    "sea": r"ocean|sea|(?:vistas?|frente)\s+al\s+mar|(?:vista|frente)\s+(?:para\s+o|do)\s+mar|"
           r"(?:vue\s+sur\s+la|bord\s+de)\s+mer|meer|"
           r"\bмор(?:е|я|ю|ем)\b|\bморск\w*|海景|オーシャン|オーシャンビュー|바다|오션|بحر\w*",
    "attic": r"attic|loft|mansard\w*|s[óo]t[ãa]o|dachgeschoss|dachzimmer|\bмансард\w*|阁楼|屋根裏|다락\w*|علي[ةه]",
    # A resort's villas lie on the beach or over the water, some with a pool ("водная вилла с бассейном").
    "beach": r"beach\w*|playa|praia|plage|strand\w*|пляж\w*|沙滩|海滩|ビーチ|비치|해변|شاطئ\w*|الشاطئ\w*",
    "water": r"over-?water|water|acu[aá]tic\w*|sobre\s+el\s+agua|sobre\s+a\s+[áa]gua|sur\s+(?:l'eau|pilotis)|"
             r"wasser\w*|водн\w*|"
             r"над\s+водой|水上|ウォーター|워터|수상|مائي\w*|فوق\s+الماء",
    "pool": r"pools?|piscinas?|piscines?|бассейн\w*|泳池|プール|풀(?!보드)|مسبح\w*",
    # A hostel's shared rooms, sold by the bed ("Bett im 6er-Schlafsaal", "dortoir", "相部屋"), and the ones for
    # women only ("4er-Frauenschlafsaal", "female dorm", "女生宿舍").
    "dorm": r"dorms?|dormitor\w*|dormit[óo]rio\w*|bunks?|bunk\s*beds?|literas?|beliches?|lits?\s+superpos[ée]s|"
            r"etagenbett\w*|двухъярусн\w*|"
            r"上下铺|二段ベッド|(?:이|2)층\s*침대|سرير\s+بطابقين|أسرة\s+بطابقين|\w*schlafs[aä]{1,2}l\w*|dortoirs?|\bдорм\w*|общ(?:ий|ем|его)\s+номер\w*|"
            r"多人间|宿舍|床位|相部屋|ドミトリー|도미토리|다인실|مهجع|سكن\s+مشترك|غرف[ةه]\s+مشترك[ةه]",
    # A Japanese inn's room of tatami mats, by its own word in each language ("和室", "다다미방", "chambre japonaise")
    "tatami": r"tatami|和室|畳|榻榻米|日式房|다다미|татами|japanese[\s-]style|"
              r"(?:chambre|habitaci[oó]n)\s+(?:de\s+style\s+)?japon\w*|japanische\w*\s+zimmer|"
              r"японск\w+\s+(?:номер|комнат)\w*|غرف[ةه]\s+(?:على\s+(?:ال)?طراز\s+)?ياباني\w*",
    "women": r"women\w*|wom[ae]n'?s|female|ladies|frauen\w*|mujeres|mulheres|femenin\w*|feminin[oa]s?|femmes?|"
             r"f[ée]minin\w*|женск\w*|"
             r"女生|女性|女子|여성|여자|نساء|نسائي\w*|للسيدات",
}
# ...each compiled once: whole ("suite") and with a plural ending ("lofts"), never rebuilt from its text per call, where
# Python's own cache of a few hundred patterns may have let it go.
_ROOM_WORD_WHOLE = {word: re.compile(rf"(?<![a-z])(?:{pattern})(?![a-z])") for word, pattern in _ROOM_WORDS.items()}
_ROOM_WORD_PLURAL = {word: re.compile(rf"(?<![a-z])(?:{pattern})(?:e?s)?(?![a-z])")
                     for word, pattern in _ROOM_WORDS.items()}
# How many beds a shared room has, as guests say it: "6-bed", "6er", "8 beds", "dortoir de 6", "6人间", "6인실",
# "6-местный", "6 أسرة".
# "4 beds" (plural) is how many beds are wanted, not the room.
# "6er" only before a room word: the French "1er" is a first of the month ("du 1er au 3 novembre").
_BED_COUNT = compiled(r"(?<!\d)(\d{1,2})\s*-?\s*(?:bed\b|er(?=-|\s*(?:schlafs|zimmer|dorm|bett|zi\b))|bett(?!en)\w*|"
                        r"lits\b|camas\b|местн\w*|"
                        r"коечн\w*|人间|人間|人部屋|人房|인실|인용|인\s*도미토리|أسر[ةه]?|"
                        r"人(?=\S{0,3}(?:宿舍|多人间|ドミトリー|相部屋)))|"
                        r"\b(?:dortoir|dormitorio)\s+(?:de|à|a)\s+(\d{1,2})(?!\d)",  # not "chambre de 2": two guests
                        re.IGNORECASE)
# Where a room lies: it names the room only with the rest of its kind said too, and with a room spoken of.
_PLACES = frozenset({"courtyard", "garden", "river", "sea", "beach", "water", "pool"})
# A style all of a Japanese inn's rooms may share ("Riverside Tatami Room"): not needed beside where a room lies.
_STYLES = frozenset({"tatami"})
# Words for "room" itself, which tell no room type from another.
_ROOM_NOUN = compiled(r"(?<![\w-])(?:rooms?|chambres?|zimmer|habitaci[oó]n\w*|camera|quarto|номер\w*|комнат\w*|"
                        r"villas?|вилл\w*|فيل\w*|الفيل\w*|غرف\w*|الغرف\w*|tents?|tentes?|zelte?|палатк\w*|шатр\w*|шат[её]р)"
                        r"(?![\w-])|房间|部屋|客室|객실|방|别墅|ヴィラ|빌라|帐篷|テント|텐트|خيم[ةه]",
                        re.IGNORECASE)
# A room turned down: "not the suite", "nicht die Suite", "pas la suite", "no la suite", "не люкс", "스위트 말고",
# "不要套房", "لا أريد الجناح", "instead of the king".
_NEGATED_ROOM = compiled(r"\b(?:not|nicht|pas|instead\s+of|rather\s+than|statt|anstatt|au\s+lieu\s+d[eu]|"
                           r"en\s+(?:vez|lugar)\s+de|em\s+vez\s+d[eo]|no|n[ãa]o)\s+(?:(?:the|a|an|die|der|das|den|la|le|el|un|une|una|o|um)\s+)?"
                           r"[\w-]+(?:\s+(?:suite|room|zimmer|chambre|habitaci[oó]n))?|не\s+[\w-]+|\S+\s*말고|不要\S+|"
                           r"لا\s+(?:أريد|نريد)\s+\S+", re.IGNORECASE)
# The cheapest room, or "the cheaper one" after rooms were offered: the cheapest that fits.
_CHEAPEST = compiled(r"\bcheap(?:est|er)\b|\bleast\s+expensive|\bless\s+expensive|günstig(?:st|er)\w*|"
                       r"billig(?:st|er)\w*|m[aá]s\s+barat\w*|mais\s+barat\w*|moins\s+ch[eè]re?s?|самы\w\s+деш[её]в\w*|"
                       r"(?:по)?дешевле|最便宜|更便宜|便宜(?:一点|一些|些|的)|一番安い|(?:より|もっと)安い|安い(?:方|ほう)|"
                       r"(?:제일|가장|더)\s*(?:저렴|싼)|أرخص", re.IGNORECASE)
_PET_WORDS = compiled(r"\b(?:pets?|dogs?|cats?|puppy|pet-friendly|mascotas?|perros?|gatos?|animal\w*|animais|"
                        r"cachorr\w*|c[ãa]es|c[ãa]o|chiens?|"
                        r"chats?|chatons?|haustier\w*|hunde?s?|katzen?|tier\w*)\b|питом\w*|собак\w*|кошк\w*|"
                        r"кот(?:а|у|ом|ы|ов|ами)?\b|宠物|狗|猫|ペット|犬|반려|강아지|고양이|حيوان|كلب|قطة|(?<!\w)قط\b",
                        re.IGNORECASE)


def without_room(text: str, mark: str = " ") -> str:
    """The text with `mark` for the room it names ("room 214", "204号室", "to 305")."""
    return _ROOM.sub(mark, text)


def room_number(text: str) -> str | None:
    """"room 214", "habitación 305", "214号室", "5号室", "غرفة رقم 5", or "to 214" when a bare number is a room."""
    m = _ROOM.search(text)
    return (m.group("room") or m.group("one") or m.group("cjk") or m.group("bed") or m.group("bare")) if m else None


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


NEGATION = compiled(r"\b(?:not|no|without|don'?t|won'?t|never|sin|sans|pas|ohne|kein\w*|nicht|без|не|нет)\b|"
                       r"没有|不|ない|없|안\s|لا|بدون", re.IGNORECASE)
_NEGATION_REACH = re.compile(r"(?:[^\s.!?;]+\s+){0,4}[^\s.!?;]*$")  # the few words before, within the sentence


def wants_pets(text: str) -> bool:
    """A pet is named, and not turned down ("we're not bringing the dog after all", "sin mascotas")."""
    return any(not NEGATION.search(_NEGATION_REACH.search(text[:m.start()]).group())
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
    said = room_words(lowered)
    for room in sorted(rooms, key=lambda r: -len(r.name)):
        if any(_names_part(plain, part) for part in _name_parts(room.name)) or \
                re.search(rf"\b{re.escape(room.code)}\b", _NEGATED_ROOM.sub(" ", text)) or \
                _names_all_words(plain, said, room.name):
            return [room.code]
    own = _own_words(tuple(r.name for r in rooms))
    both = [room.code for room in rooms if sum(_alone(plain, word) for word in own.get(room.name, ())) >= 2]
    if len(both) == 1:  # "das Trilocale Vigna": two words only one room's name has name it, with no "room" said
        return both
    heard = (_heard_words(text), {arabic_consonants(w) for w in arabic_words(text)})
    scores = {}
    for room in rooms:
        words = name_words(room.name)
        spoken_of = asked or bool(said & words) or bool(_ROOM_NOUN.search(text) or _ROOM_LOANWORD.search(text))
        named = sum((_alone(plain, word) if asked else _beside_room_noun(plain, word, words)) or
                    (spoken_of and _said_by_sound(word, heard))
                    for word in own.get(room.name, ()))
        matched = said & words
        # "a room with a view of the garden" is no Garden Suite; "bikes along the river" asks for no room
        if (words - _PLACES - _STYLES) - said or not (said - _PLACES or _ROOM_NOUN.search(text)):
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
    suite; "люкс": suite; "suíte", "família" with or without their accents); without `where`, not the words for
    where a room lies (a garden is more than a room)."""
    lowered = text.lower()
    forms = {lowered, _unaccented(lowered)}  # the accents off, but a Cyrillic "й" stays in the form as written
    return {word for word, pattern in _ROOM_WORD_PLURAL.items() if (where or word not in _PLACES)
            and any(pattern.search(form) for form in forms)}  # "lofts"


@lru_cache(maxsize=1024)
def name_words(name: str) -> frozenset[str]:
    """The English words of a room type's name, in whatever language the hotel wrote it ("Quarto Família": family;
    "Suíte do Cais": suite; "Chambre Supérieure": superior)."""
    lowered = name.lower()
    return frozenset(word for word, pattern in _ROOM_WORD_WHOLE.items()
                     if any(word in re.findall(r"[a-z]+", form) or pattern.search(form)
                            for form in (lowered, _unaccented(lowered))))


# Words a room's name is written with that name nothing ("Suíte do Cais", "Quarto Superior com Varanda").
_LINKING = frozenset("the of with and do da dos das de del della di du des la le el los las com con avec mit "
                     "und y e et a an".split())


def _names_all_words(plain: str, said: set[str], name: str) -> bool:
    """The text says every word of a room's name, in any order and its kinds in any language ("the Cais Suite",
    "la suite do Cais" for "Suíte do Cais"): a name of its own beside its kind, not a kind alone (a "superior
    room" is no more the "Superior Deluxe" than the "Superior Twin")."""
    kinds = name_words(name)
    own = [w for w in re.findall(r"[^\W\d_]+", _unaccented(name.lower()))
           if w not in _LINKING and not _ROOM_NOUN.fullmatch(w)
           and not any(re.fullmatch(_ROOM_WORDS[k], w) for k in kinds)]
    return bool(own) and len(own) + len(kinds) >= 2 and kinds <= said and \
        all(len(w) >= 4 and _alone(plain, w) for w in own)


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


_HAN_ROOM_END = re.compile(r"(?<=[\u3400-\u9fff])(?:客房|房间|房間|客室|のお部屋|の部屋)$")


def _name_parts(name: str) -> list[str]:
    """A room's name and the names inside it: "Chambre Supérieure (Superior Room)" is also "Superior Room" and
    "Chambre Supérieure"."""
    plain = _unaccented(name.lower())
    inner = re.findall(r"\(([^)]+)\)", plain)
    outer = re.sub(r"\([^)]*\)", " ", plain)
    parts = [" ".join(part.split()) for part in (plain, outer, *inner)]
    # a Chinese or Japanese name says "room" at its end, which guests leave off: "標準湯屋客房" is "標準湯屋"
    parts += [bare for part in parts if len(bare := _HAN_ROOM_END.sub("", part)) >= 3 and bare != part]
    return [part for part in parts if len(part.strip()) >= 4 or _HAN.search(part) and len(part) >= 3]


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


# "Room" as Japanese and Korean write the English word, fused onto a name ("ヘリテージルーム", "디럭스룸").
_ROOM_LOANWORD = re.compile(r"ルーム|룸")


def _heard_words(text: str) -> list[str]:
    """The Katakana and Hangul words of the text as they sound, "room" and a room's kind heard apart from the name
    they are written onto: a room's own name written by its sound ("ヘリテージルーム", "자로카 스위트",
    "マハラジャスイート")."""
    if not loanwords(text):
        return []
    for pattern in (_ROOM_LOANWORD.pattern, *_ROOM_WORDS.values()):
        text = re.sub(pattern, " ", text, flags=re.IGNORECASE)
    return loanwords(text)


_SCHWA_N = re.compile(r"(?<=[bdgjkmnprst])eun$")


def _said_by_sound(word: str, heard: tuple[list[str], set[str]]) -> bool:
    """A room's own word written by its sound in Katakana or Hangul ("ジャロカ"), or in Arabic by its consonants
    ("مهراجا" for "Maharaja"), three of them at least."""
    loans, arabic = heard
    # Korean writes the vowel of an English "-en" before a final "n" as "eu" ("가든", garden; "골든", golden): heard so
    # for a room's own words only, a closed few, where a native word ("모든", all) seldom meets one
    return any(sounds_like(sound, word) or sounds_like(_SCHWA_N.sub("en", sound), word) for sound in loans) or \
        len(consonants := latin_consonants(word)) >= 3 and consonants in arabic


def _alone(plain: str, word: str) -> bool:
    """The text says the word as a word of its own, not inside another. Chinese and Japanese write no space around
    a Latin name and Korean writes its particle on ("Junior Suite最多住几个人", "Junior Suite는"): a letter of those
    scripts beside a Latin one is no part of its word."""
    return bool(_as_a_word(word).search(plain))


@lru_cache(maxsize=4096)
def _as_a_word(word: str) -> re.Pattern[str]:
    """`word` as a word of its own (`_alone`), compiled once: a hotel's names are looked for in every message."""
    edge = rf"[^\W_{CJK}\u1100-\u11ff]" if word[:1].isascii() and word[-1:].isascii() else r"\w"  # Hangul unaccented
    return re.compile(rf"(?<!{edge}){re.escape(word)}(?!{edge})")


def _beside_room_noun(plain: str, word: str, kinds: Iterable[str] = ()) -> bool:
    """The word is next to a word for "room" ("the Atlas room", "chambre Atlas"), or for the room's own kind ("the
    Cais suite" of the "Suíte do Cais"), so it names a room, not a mountain or a garden."""
    gap = r"(?:\s+(?:\w+\s+)?|\s*[の的]\s*)"  # "chambre Atlas", "the Atlas family room", "Riversideの部屋"
    noun = "(?:" + "|".join([_ROOM_NOUN.pattern, *(_ROOM_WORDS[k] for k in kinds if k not in _PLACES)]) + ")"
    return bool(re.search(rf"{noun}{gap}{re.escape(word)}(?!\w)|(?<!\w){re.escape(word)}{gap}{noun}", plain,
                          re.IGNORECASE))


_HAN = re.compile(r"[\u4e00-\u9fff]")


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


# How many rooms a guest wants ("6 rooms", "seis habitaciones", "想订6间房", "10部屋", "방 6개", "6 غرف"): a group's.
_ROOMS_WANTED = compiled(
    r"(?<![\d.,:/-])(?P<n>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|dos|tres|cuatro|"
    r"cinco|seis|siete|ocho|nueve|diez|deux|trois|quatre|cinq|sept|huit|neuf|dix|zwei|drei|vier|fünf|sechs|sieben|"
    r"acht|neun|zehn)\s+(?:\w+\s+)?(?:rooms|habitaciones|chambres|zimmer|quartos|номер(?:а|ов))\b|"
    r"(?<!\d)(?P<cjk>\d{1,2})\s*(?:间|間)(?:房|客房|房间)?|(?<!\d)(?P<ja>\d{1,2})\s*(?:部屋|室)(?![\d号])|"
    r"(?:방|객실)\s*(?P<ko>\d{1,3})\s*개|(?P<ar>\d{1,3})\s*غرف", re.IGNORECASE)
_LARGER_COUNTS = {"fifteen": 15, "twenty": 20}  # a group's, beyond the dates' number words


def rooms_wanted(text: str) -> int | None:
    """How many rooms the text asks for ("we need 8 rooms", "想订6间房"), when it says more than one."""
    m = _ROOMS_WANTED.search(text)
    if m is None:
        return None
    said = next(g for g in m.groups() if g)
    count = int(said) if said.isdigit() else NUMBER_WORDS.get(said.lower()) or _LARGER_COUNTS.get(said.lower())
    return count if count and count > 1 else None
