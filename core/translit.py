"""Russian written in Latin letters ("privet, gde mozhno poest?"), as guests text from a phone without a
Cyrillic keyboard.

The sentence encoder reads such text as noise and lingua as some Latin-script language, so the FAQ
finds nothing. Written back in Cyrillic it is plain Russian to both. A message counts as Russian in Latin
letters when it uses several of Russia's most common words (greetings, question words, modal words)
spelled the ways people type them; no single word of another language decides it.
"""

from __future__ import annotations

import re
from functools import cache

import opencc

# Common words, in the spellings phones produce: function and question words, greetings, politeness.
_MARKERS = frozenset("""
privet zdravstvuyte zdravstvuite zdravstvujte zdrastvuyte zdrastvuite zdraste dobryy dobryi dobriy dobrij dobroe
dobroye vecher utro spasibo bolshoe pozhaluysta pozhaluista pozhalujsta pojaluista pojalujsta pozhalusta skolko
skol'ko stoit stoimost gde kogda kak kakoy kakoi kakaya kakie kakoe chto shto pochemu zachem kuda otkuda mozhno
mojno nuzhno nujno nuzhen nuzhna khochu hochu khotim hotim skazhite podskazhite podskajite skajite est yest mne
nas vy vam vashe vash eto ochen khorosho horosho seychas sejchas segodnya sevodnya zavtra vchera vecherom utrom
nochyu noch'yu budet byl byla mozhete mozhem ili tozhe tolko tol'ko uzhe eshche eshe ischo kotoryy kotoryi
""".split())
_WORD = re.compile(r"[A-Za-z']+")
_LATIN_ONLY = re.compile(r"^[\x00-\x7f\u2019\u2018]*$")

# Longest spellings first: "shch" before "sh", "zh" before "z".
_LETTERS = (
    ("shch", "щ"), ("scht", "щ"), ("sch", "щ"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"),
    ("yu", "ю"), ("ya", "я"), ("yo", "ё"), ("ju", "ю"), ("ja", "я"), ("'", "ь"),
    ("a", "а"), ("b", "б"), ("c", "к"), ("d", "д"), ("e", "е"), ("f", "ф"), ("g", "г"), ("h", "х"), ("i", "и"),
    ("j", "й"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("q", "к"), ("r", "р"),
    ("s", "с"), ("t", "т"), ("u", "у"), ("v", "в"), ("w", "в"), ("x", "кс"), ("z", "з"),
)
_VOWELS = "aeiouy"


# What only Russian looks like in Latin letters, beside a common word: a lone preposition "v" or "s" before a
# word ("v nomer", "s rebenkom"), the letters zh and kh, an adjective's or instrumental's ending ("-oy", "-yy",
# "-aya", "-ogo").
_RUSSIAN_CUE = re.compile(r"^[vs]$|zh|kh|..(?:oy|yy|iy|aya|oye|ogo|ego)$")
# English little words: a message that has one is English with a Russian word in it ("we enjoy it, spasibo").
ENGLISH_GLUE = frozenset("the is are was we our you your can to and of for my me it this that what where when how "
                         "please have with do does i".split())


def russian_in_latin(text: str, russian_already: bool = False) -> bool:
    """Whether a message in Latin letters is Russian: two of its words or more are common Russian words
    (one long one, in a message of one or two words), or one long common word and another word that only
    Russian spells so ("mozhno s sobakoy?"). In a conversation already in Russian (`russian_already`) one
    common word is enough ("a skolko ehat?")."""
    if not _LATIN_ONLY.match(text):
        return False
    words = [w.lower().strip("'") for w in _WORD.findall(text)]
    joined = " ".join(words)
    found = set(words) & _MARKERS
    if len(found) + ("u vas" in joined) >= 2:  # distinct words: French repeats its "est"
        return True
    if found and not ENGLISH_GLUE & set(words) and (
            russian_already or any(len(w) >= 5 for w in found) and any(
                _RUSSIAN_CUE.search(w) for w in words if w not in found)):
        return True
    return len(words) <= 2 and any(len(w) >= 5 for w in found)  # "spasibo!", not a lone "est"


def _word_to_cyrillic(word: str) -> str:
    lower, out, i = word.lower(), [], 0
    while i < len(lower):
        if lower[i] == "y":  # after a vowel a glide ("moy": мой), else the hard vowel ("vy": вы)
            two = lower[i:i + 2]
            if two in ("yu", "ya", "yo") or (two == "ye" and (i == 0 or lower[i - 1] in _VOWELS)):
                out.append({"yu": "ю", "ya": "я", "yo": "ё", "ye": "е"}[two])
                i += 2
                continue
            out.append("й" if i and lower[i - 1] in _VOWELS else "ы")
            i += 1
            continue
        if lower[i] == "i" and i and lower[i - 1] in _VOWELS and lower[i + 1:] in ("", "te"):
            out.append("й")  # "kakoi", "zdravstvuite": the glide typed as i (but "stoit" is стоит)
            i += 1
            continue
        for latin, cyrillic in _LETTERS:
            if lower.startswith(latin, i):
                out.append(cyrillic)
                i += len(latin)
                break
        else:
            out.append(lower[i])
            i += 1
    return "".join(out)


# Russian endings of nouns and adjectives in every case and number ("борща", "сырников", "клюквенного"), and the
# adjective a noun makes with -н- ("самоварная" of самовар, "банный" of баня).
_ADJECTIVE = r"(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ую|юю|ых|их|ыми|ими)"
_ENDING = rf"(?:[аяоеёыиуюь]|ей|ом|ем|ам|ям|ами|ями|ах|ях|ов|ев|{_ADJECTIVE})"
# A diminutive between a stem and its ending ("блинчики", "борщок", "кваску"); a stem's last consonant may turn
# into ч or ш before it ("сырнички" of сырники, "пельмешки" of пельмени).
_DIMINUTIVE = r"(?:ч?ик|[оеё]к|[оеи]?чк|к)"


def russian_forms(word: str) -> str:
    """A pattern for a Russian word (or a foreign name spelled out in Cyrillic, "пелмени", "квасс", "баня") in its
    cases, diminutives and -н- adjective: the stem without its final vowel, with or without a soft sign or a
    doubled letter. A stem this short ("как" of "каке", cake) is another word alone, so it takes an ending."""
    stem = re.sub(r"[аяоеёыиуюьй]$", "", word)
    tolerant = ["".join(rf"{re.escape(c)}+ь?" for c in re.sub(r"(.)\1", r"\1", part)) for part in (stem, stem[:-1])]
    ending = rf"(?:н{_ADJECTIVE}|{_ENDING}" + (")" if len(stem) < 4 and stem != word else ")?")
    if len(stem) < 4 or stem[-1] in "аеёиоуыэюя":
        return tolerant[0] + ending
    return rf"(?:{tolerant[0]}{_DIMINUTIVE}?|{tolerant[1]}[оеи]?[чш]{_DIMINUTIVE}){ending}"


def to_cyrillic(text: str, keep: frozenset[str] = frozenset()) -> str:
    """The message written in Cyrillic, word by word; words in `keep` (the hotel's own names, "wifi") stay."""
    return _WORD.sub(lambda m: m.group(0) if m.group(0).lower() in keep else _word_to_cyrillic(m.group(0)), text)


# Cyrillic letters as a Russian guest says them when spelling a foreign dish by sound ("путин", poutine).
_LATIN_OF = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                     "a b v g d e yo zh z i y k l m n o p r s t u f h ts ch sh shch - y - e yu ya".split(),
                     strict=True))


def cyrillic_to_latin(word: str) -> str:
    """A Cyrillic word in Latin letters, letter by letter ("путин" → "putin"); the signs are not heard."""
    return "".join(_LATIN_OF.get(c, c) for c in word.lower()).replace("-", "")


# Hangul syllables in the Revised Romanization, letter by letter: a Korean guest spells a foreign name by sound
# ("카에데" → "kaede"), so a name the hotel writes in Latin letters is found in Korean text.
_INITIALS = "g kk n d tt r m b pp s ss - j jj ch k t p h".split()
_MEDIALS = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split()
FINALS_SPELLED = ("", *"g kk gs n nj nh d l lg lm lb ls lt lp lh m b bs s ss ng j ch k t p h".split())
_HANGUL = re.compile(r"[\uac00-\ud7a3]+")


def _syllable(char: str, finals: tuple[str, ...]) -> str:
    index = ord(char) - 0xAC00
    initial, rest = divmod(index, 21 * 28)
    medial, final = divmod(rest, 28)
    return _INITIALS[initial].strip("-") + _MEDIALS[medial] + finals[final]


def hangul_to_latin(text: str, finals: tuple[str, ...] = FINALS_SPELLED) -> str:
    """Korean syllables written in Latin letters, the rest of the text as it is ("카에데 방" → "kaede bang").
    `finals`: how each of the 28 final consonants (none first) is written; as spelled unless said otherwise
    (core.loanwords writes them as heard)."""
    return _HANGUL.sub(lambda m: "".join(_syllable(c, finals) for c in m.group(0)), text)


# Han characters written three ways: Japanese (shinjitai), traditional and simplified ("担々麺", "擔擔麵", "担担面").
# Each group: the simplified form, then the others; common characters of menus, rooms and requests.
_HAN_VARIANTS = """
面麺麵麪 饭飯 饺餃 汤湯 鱼魚 鸟鳥 鸡鶏雞 烧焼燒 锅鍋 酱醤醬 红紅 冰氷 叶葉 盘盤 钟鐘鍾 宫宮 虾蝦 鸭鴨 饼餅 馄餛
饨飩 点點 葱蔥 姜薑 萝蘿 卜蔔 饮飲 猪豬 馅餡 麦麥 卤滷鹵 凉涼 热熱 温溫 咸鹹 腊臘 肠腸 鲜鮮 贝貝 龙竜龍 凤鳳
炖燉 馒饅 头頭 担擔 卷巻 团團 圆圓 东東 来來 乐楽樂 们們 个個 这這 说説說 话話 请請 谢謝 门門 间間 开開 关関關 号號
楼樓 厅庁廳 电電 车車 场場 机機 铁鉄鐵 馆館 园園 艺芸藝 体體 岁歳歲 买買 卖売賣 钱銭錢 价価價 费費 单単單 发発發
预預 约約 订訂 双雙 对対對 气気氣 灯燈 坏壊壞 声聲 带帯帶 边辺邊 从従從 与與 两両兩 欢歓歡 实実實 写寫 图図圖 国國
区區 广広廣 滨浜濱 湾灣 岛島 桥橋 绿緑綠 蓝藍 丽麗 锦錦 绣繡 续続續 纸紙 卫衛 净浄淨 洁潔 脏髒 烟煙 邻隣鄰 响響
汉漢 满満滿 庆慶 节節 兴興 众衆眾 处処處 后後 里裏裡 爱愛 觉覚覺 读読讀 员員 问問 题題 类類 练練 经経經 轻軽輕
静靜 铺舗鋪 装裝 诚誠 银銀 样様樣 现現 钥鑰 锁鎖 壶壺 够夠 盖蓋 饱飽 饿餓 齐斉齊 严厳嚴 医醫 药薬藥 标標 准準
""".split()
_HAN_FOLDED = str.maketrans({variant: group[0] for group in _HAN_VARIANTS for variant in group[1:]})


def han_folded(text: str) -> str:
    """Han text in one form, so a Japanese "担々麺" or a traditional "擔擔麵" finds a menu's "担担面": the
    iteration mark written out ("々" repeats the character before), Japanese and traditional forms simplified."""
    text = re.sub(r"(.)々", r"\1\1", text)
    return text.translate(_HAN_FOLDED)


# Arabic writes a foreign dish by its consonants ("كنافة", kunafa; "شاورما", shawarma; "ميزكال", mezcal): both it
# and the Latin name are reduced to the consonants heard, in the classes Arabic spelling blurs (p/b, g/j/k/q, the
# hissing sounds, d/t); vowels, h and the w and y Arabic also writes its long vowels with are not counted.
_ARABIC_HEARD = dict(zip("بتثجخدذرزسشصضطظغفقكلمن", "btsjkttrsssstts" "kfkklmn", strict=True))
_LATIN_CLASSES = (("sh", "s"), ("ch", "s"), ("th", "t"), ("kh", "k"), ("gh", "k"), ("ph", "f"), ("ck", "k"),
                  ("p", "b"), ("v", "f"), ("g", "k"), ("j", "k"), ("q", "k"), ("c", "k"), ("x", "ks"), ("z", "s"),
                  ("d", "t"))
_ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")


def _collapsed(consonants: str) -> str:
    return re.sub(r"(.)\1+", r"\1", consonants.replace("ts", "s"))  # "بيتزا" and "pizza" alike


def arabic_consonants(word: str) -> str:
    """The consonants of an Arabic word as heard ("كنافة" → "knf"), without the article "ال"."""
    heard = "".join(_ARABIC_HEARD.get(c, "") for c in re.sub(r"^ال", "", word))
    return _collapsed(heard.replace("j", "k"))


def latin_consonants(word: str) -> str:
    """The consonants of a Latin word in the classes of `arabic_consonants` ("kunafa" → "knf")."""
    text = re.sub(r"[^a-z]", "", word.lower())
    for spelled, heard in _LATIN_CLASSES:
        text = text.replace(spelled, heard)
    return _collapsed(re.sub(r"[aeiouhwy]", "", text))


def arabic_words(text: str) -> list[str]:
    """The Arabic words of a text, in order."""
    return _ARABIC_WORD.findall(text)


# Han characters also read in their other script's forms, as OpenCC converts them one character at a time: a table
# of guests' words written in one script reads the other ("卫生纸" a Taiwanese guest's "衛生紙", "訂金" a mainland
# guest's "订金").
_HAN_CHAR = re.compile(r"[\u3400-\u9fff]")


_CONFIGS = ("s2t", "t2s", "s2tw", "s2hk")  # OpenCC's: traditional, simplified, Taiwan's and Hong Kong's (衞, 着)


@cache
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


@cache
def _char_in(config: str, char: str) -> str:
    """One character converted, or itself where OpenCC makes it more than one."""
    form = _converter(config).convert(char)
    return form if len(form) == 1 else char


@cache
def _other_forms(char: str) -> str:
    """The character's simplified and traditional forms other than itself, one character each."""
    return "".join(dict.fromkeys(form for config in _CONFIGS if (form := _char_in(config, char)) != char))


def either_script(pattern: str) -> str:
    """A regex whose Han characters also match their other script's forms: "纸" becomes "[纸紙]"; inside a
    character class the forms are added to it, except beside a range's "-"."""
    out, in_class, i = [], False, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            if char == "]":
                in_class = False
            elif _HAN_CHAR.match(char) and "-" not in (pattern[i - 1], pattern[i + 1:i + 2]):
                char += _other_forms(char)
        elif char == "[":
            in_class = True
        elif _HAN_CHAR.match(char) and (others := _other_forms(char)):
            char = f"[{char}{others}]"
        out.append(char)
        i += 1
    return "".join(out)


def simplified(text: str) -> str:
    """The text with each traditional Han character in its simplified form, one character for one (its length
    kept, so a span found in it is the text's own): a glossary in simplified words reads "辦理入住" too."""
    return _HAN_CHAR.sub(lambda m: _char_in("t2s", m.group(0)), text) if _HAN_CHAR.search(text) else text


def writes_traditional(text: str) -> bool | None:
    """Whether Chinese text is written in traditional characters; None when none of its characters tells (they
    are written alike in both scripts, or it has none)."""
    chars = _HAN_CHAR.findall(text)
    traditional = sum(_char_in("t2s", c) != c for c in chars)
    simplified_only = sum(_char_in("s2tw", c) != c for c in chars)  # "床" is Taiwan's too, whatever s2t makes it
    return None if traditional == simplified_only == 0 else traditional > simplified_only


def in_chinese_script(text: str, traditional: bool) -> str:
    """Chinese text in traditional characters, as Taiwan writes them (OpenCC's s2tw) with the everyday "台" for its
    formal "臺" ("前台", "台北", as Hong Kong writes them too), or in simplified ones: a reply in the characters its
    guest writes."""
    return _converter("s2tw").convert(text).replace("臺", "台") if traditional else _converter("t2s").convert(text)


def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile, reading Chinese in either script (`either_script`)."""
    return re.compile(either_script(pattern), flags)
