"""Places nearby in guests' words: the kinds and tags they ask for, a place they name, the way there."""

from __future__ import annotations

import re

from agent.brains.dates import WEEKDAYS
from agent.brains.room_slots import NEGATION
from core.hotels import Place
from core.loanwords import loanwords, sounds_like
from core.translit import compiled
from skills.places import mentioned_in, tag_matches

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
    # not the verb: "where do we park?", "can I park the van", "to park"
    "park": r"(?<!\bwe\s)(?<!\bi\s)(?<!\byou\s)(?<!\bto\s)(?<!\bcan\s)parks?(?!\s+(?:the|our|my|a|it)\b)|"
            r"parques?|parcs?|парк(?!ов\w)\w*|公园|公園|공원|حديقة",
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
    # a diet a place must keep, not a taste: no place said to keep it is none to send the guest to
    "halal": r"halal|hallal|халяль\w*|清真(?!寺)|ハラール|할랄|حلال",
    "kosher": r"kosher|casher|cacher|koscher|кошерн\w*|犹太洁食|コーシャ|코셔|كوشر",
    "gluten-free": r"gluten[\s-]?free|sin\s+gluten|sans\s+gluten|glutenfrei|без\s+глютена|无麸质|グルテンフリー|"
                   r"글루텐\s*프리|خال\w*\s+من\s+(?:ال)?غلوتين",
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
# Diets a place keeps or not: asked even where no place of the hotel's is tagged so, as none is then to be named.
_DIETS = frozenset({"halal", "kosher", "gluten-free"})
# The way to a place asked ("how do we get to...", "¿cómo llego a...?", "怎么去", "行き方", "어떻게 가요", "كيف أصل").
_WAY_THERE = compiled(
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


_WALKING = compiled(r"walking\s+distance|walkable|on\s+foot|a\s+pie|à\s+pied|zu\s+fuß|пешком|步行|歩いて|걸어서",
                      re.IGNORECASE)
_MINUTES = re.compile(r"(?:within|under|less\s+than|max(?:imum)?|en\s+menos\s+de|moins\s+de)\s+(\d{1,3})\s*"
                      r"(?:min|minutes?|minutos?|minuten)", re.IGNORECASE)


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
                 if t in tags or t in kinds or t in _DIETS]
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
    tags_wanted = list(dict.fromkeys(name for name in wanted if (name in tags or name in _DIETS) and (
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
_CLAUSE_BREAK = compiled(r".*(?:[,.;:!?¿¡，。、！？]|\b(?:but|pero|mais|aber|sondern)\b|\bно\b|但是?|でも|하지만|"
                           r"لكن)", re.IGNORECASE | re.DOTALL)
# Japanese, Korean and Chinese may turn a thing down after naming it ("해산물 말고", "魚以外", "海鲜就不要了").
_NEGATION_AFTER = compiled(r"^\s*\S{0,2}?\s*(?:말고|빼고|제외|以外|じゃな|ではな|は?いらな|就?不要|不吃|不想)")


# "Isn't there a fish restaurant?", "附近有没有海鲜?" ask for one: a negation asking whether it exists is not a no.
_ASKS_IF_NONE = compiled(r"\b(?:is|are)\s+there\s+no\b|\bisn'?t\s+there\b|\bno\s+hay\b|\bgibt\s+es\s+(?:hier\s+|"
                           r"in\s+der\s+nähe\s+)?kein\w*|\bn'y\s+a-t-il\s+pas\b|\bнет\s+ли\b|有没有|是不是|要不要|能不能|"
                           r"可不可以", re.IGNORECASE)


# A place said as the time of the wish, not as the wish: "food after the club", "nach dem Museum", "클럽 후에".
_AFTER_BEFORE = re.compile(r"(?:\bafter|\bdespu[ée]s\s+de(?:l)?|\btras|\bapr[èe]s|\bnach|\bпосле)\s+"
                           r"(?:(?:the|a|el|la|los|las|le|la|les|l'|du|des|dem|der|den|einem|einer)\s*)?$")
_AFTER_AFTER = compiled(r"^\s*(?:之后|以后|後|の後|あと|후에?|다음에|끝나고)")


def _said_as_when(text: str, m: re.Match[str]) -> bool:
    """Whether a place's kind is said as when the guest wants something ("late food after the club"), not what."""
    return bool(_AFTER_BEFORE.search(text[:m.start()]) or _AFTER_AFTER.match(text[m.end():]))


def _turned_down(text: str, m: re.Match[str]) -> bool:
    """Whether the words just before a match, in its clause, or the words right after it, turn it down."""
    before = _ASKS_IF_NONE.sub(" ", _CLAUSE_BREAK.sub("", text[:m.start()]))
    near = " ".join(before.split()[-3:]) if " " in before.strip() else before[-6:]
    return bool(NEGATION.search(near)) or bool(_NEGATION_AFTER.match(text[m.end():m.end() + 10]))


_NAME_RUN = re.compile(r"\b[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:\s+[A-ZÀ-ÖØ-Þ][^\W\d_]+)+")


# Words a sentence capitalises that name nothing ("My", "The", "Our"): a run holding one is no shortened name.
_COMMON_WORDS = frozenset("my our your the a an is are do does can could we i you this that".split())


def named_place(text: str, places: list[Place], town: str = "") -> Place | None:
    """A place the guest names: its full name, its name without a leading "the", or its name's own word (not the
    town's); or two or more capitalised words of its name in a row, as guests shorten a name ("Jay Fai's crab
    omelette" of "Raan Jay Fai", "the San Pedro market" of "Mercado Central de San Pedro"); else by the name in
    their language ("der Große Palast" of the Grand Palace)."""
    runs = [m.group(0).lower().split() for m in _NAME_RUN.finditer(re.sub(r"['’]s\b", "", text))]
    parts = [" ".join(words) for run in runs for words in (run, run[1:])  # "Is San Pedro open?": not "Is" with it
             if len(words) > 1 and not _COMMON_WORDS & set(words)]  # "the My Son tour": the hotel's tour, no name
    return next(iter(mentioned_in(text, places, town)), None) or next(
        (place for part in parts if len(named := _named_by(part, places)) == 1 for place in named), None) or \
        _named_in_translation(text, places)


def _named_by(part: str, places: list[Place]) -> list[Place]:
    """The places whose name holds the words, or none when another place's text says them too: "the tapas bar in
    Coal Drops Yard" names the bar that lies there, not the yard."""
    named = [place for place in places if f" {part} " in f" {place.name.lower()} "]
    said = [place for place in places if place not in named and part in place.description.lower()]
    return [] if said else named


# Which one is meant: "the", "der", "le", "el"... (an adjective may stand between: "der Große Palast"), not "a",
# "ein", "un", "any" (a wish for one: "is there a palace to visit?").
_THE = re.compile(r"\b(?:the|der|die|das|den|dem|des|zum|zur|vom|im|am|le|la|les|l'|du|au|aux|el|los|las|del|al)"
                  r"\s+(?:[^\W\d_]+\s+){0,2}$", re.IGNORECASE)
_LATIN = re.compile(r"[a-zà-ÿ]")
# Asking whether there is one, in the languages that have no articles ("附近有没有宫殿？", "공원이 있나요?").
_IS_THERE = compiled(r"有没有|有什么|有哪些|附近有|ありますか|ある\?|있나요|있어요|있습니까|есть\s+ли|какие|какой|"
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
