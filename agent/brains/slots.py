"""Who the guest says they are: how many they are, their name, e-mail, phone and booking code.

Pure functions over text, cheap to test in every language. What else a message names has its own module:
counting.py, room_slots.py, menus.py (a menu's names), orders.py (what words do to an order), upkeep.py
(housekeeping), nearby.py (places nearby).
"""

from __future__ import annotations

import re

from agent.brains.counting import QTY, number
from agent.brains.dates import without_dates
from core.translit import compiled

_PEOPLE = (r"adults?|grown-?ups|little\s+ones|kids?|children|child|infants?|bab(?:y|ies)|toddlers?|teens?|people|"
           r"persons?|guests?|pax|"
           r"adultos?|niños?|niñas?|bebés?|personas?|huéspedes|crianças?|pessoas|adultes?|enfants?|bébés?|personnes?|"
           r"erwachsene[rn]?|kinder[n]?|kind|babys?|personen|gäste[n]?|взросл\w*|дет\w*|ребен\w*|ребён\w*|человека?|"
           r"гост\w*|أشخاص|شخص|بالغين|أطفال|طفل")
_PEOPLE_COUNT = re.compile(rf"(?<![\d:/.-]){QTY}\s+(?:{_PEOPLE})\b", re.IGNORECASE)
_CJK_PEOPLE = compiled(r"(?:大人|成人|儿童|孩子|子供|小孩|성인|어른|아이|어린이)?\s*"
                         r"(?P<n>\d{1,2}|[两二三四五六七八九十]|한|두|세|네|다섯|여섯)\s*(?:个人|個人|人|位|名|명)|"
                         # Korean's honorific "분" counts people after its own numbers ("두 분"); "60분" is minutes
                         r"(?P<honored>한|두|세|네|다섯|여섯)\s*분|"
                         # "一家五口", "五口人"; Korean counts after the noun ("어른 둘, 아이 셋")
                         r"(?P<mouths>\d{1,2}|[两二三四五六七八九十])口|"
                         r"(?:성인|어른|아이들|아이|어린이|애들|애)\s*(?P<ko>하나|둘|셋|넷|다섯|여섯)(?!째)")
_KOREAN_COUNTS = {"한": 1, "하나": 1, "두": 2, "둘": 2, "세": 3, "셋": 3, "네": 4, "넷": 4, "다섯": 5, "여섯": 6}
# German counts a party "zu zweit", "zu viert", "zu fünft".
_ZU = {"zweit": 2, "dritt": 3, "viert": 4, "fünft": 5, "fuenft": 5, "sechst": 6, "siebt": 7, "acht": 8}
_GERMAN_GROUP = re.compile(r"\bzu\s+(?P<zu>zweit|dritt|viert|f(?:ü|ue)nft|sechst|siebt|acht)\b", re.IGNORECASE)
_GROUP = re.compile(rf"\b(?:we\s+are|we're|we\s+will\s+be|we'll\s+be|there\s+are|there\s+will\s+be|there'll\s+be|"
                    rf"party\s+of|family\s+of|group\s+of|familia\s+de|família\s+de|famille\s+de|grupo\s+de|groupe\s+de|somos|seremos|"
                    rf"nous\s+sommes|nous\s+serons|on\s+est|on\s+sera|wir\s+sind|нас)\s+(?:(?:now|actually|finally|finalmente|"
                    rf"en\s+realidad|al\s+final|ahora|finalement|en\s+fait|maintenant|jetzt|doch|nun|"
                    rf"теперь|всё\s+же)\s+)?(?!(?:a|an|un|una|une|ein|eine|um|uma)\b){QTY}\b", re.IGNORECASE)
_OF_US = re.compile(rf"\b(?:for|all|the)\s+(?:the\s+)?{QTY}\s+of\s+us\b", re.IGNORECASE)  # "a 2BR for 6 of us"
_COUPLE = re.compile(r"\b(?:my\s+(?:wife|husband|partner|girlfriend|boyfriend|fiancée?)\s+and\s+(?:i|me)|"
                     r"(?:me|i)\s+and\s+my\s+(?:wife|husband|partner|girlfriend|boyfriend|fiancée?)|"
                     r"for\s+(?:two|2)(?!\s*(?:nights?|days?|weeks?|hours?))|a\s+couple)\b", re.IGNORECASE)

# Beds asked for, as a party in a dorm counts itself ("3 beds", "zwei Betten", "две кровати", "3个床位"); not the
# size of the dorm ("a dorm of 8 beds", "im Schlafsaal mit 6 Betten", "на 4 места").
_BEDS = compiled(rf"(?<![\d:/.-])(?<!\bof\s)(?<!\bwith\s)(?<!\bde\s)(?<!\bà\s)(?<!\bmit\s)(?<!на\s){QTY}\s+"
                   rf"(?:beds?|bunks?|camas?|literas?|lits?|betten|bett|кроват\w*|койк\w*|سرير|أسرّة|أسرة)(?![\w-])|"
                   rf"(?P<n>\d{{1,2}}|[两二三四五六七八九十])\s*(?:个|個|つ|台)?\s*(?:床位|床|ベッド)|"
                   rf"(?:침대|ベッド|床位)\s*(?:を)?\s*(?P<k>\d{{1,2}}|두|세|네|ふた|みっ|[两二三四五六])|"
                   rf"(?P<two>سريرين)", re.IGNORECASE)


def bed_count(text: str) -> int | None:
    """How many beds are asked for: the party, when a dorm sells its beds one a guest."""
    m = _BEDS.search(text)
    return (2 if m.group("two") else number(m.group("qty") or m.group("n") or m.group("k"))) if m else None


_CODE = re.compile(r"\b(?P<code>[A-Z]{2,4}-\d{3,6}|[A-Z]{2,4}\d{3,6})\b|\b(?P<lower>[a-z]{2,4}-\d{3,6})\b")
_DATES = re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b")
# Latin letters only around them: Chinese and Japanese write the label on ("邮箱lina@example.com", "电话+86 139…").
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_PHONE = re.compile(r"(?<![A-Za-z0-9+])\+?\d[\d\s().-]{7,}\d(?![A-Za-z0-9])")
# "Name: …", "الاسم: …", "姓名：…": a form-like label before the name.
_NAME_LABEL = (r"(?:\b(?:full\s+)?(?:name|nombre(?:\s+completo)?|nome(?:\s+completo)?|nom(?:\s+complet)?|"
               r"vor-?\s*und\s+nachname|name)|полное\s+имя|имя|фио|姓名|名字|お名前|名前|氏名|이름|성함|الاسم(?:\s+الكامل)?)\s*[:：]\s*")
# A name in a script without capitals: Arabic words, or Chinese, Japanese or Korean characters.
_UNCASED_NAME = r"[\u0621-\u064a]{2,}(?:\s+[\u0621-\u064a]{2,}){0,3}|[\u30a0-\u30ff\u4e00-\u9fff\uac00-\ud7af]{2,8}"
_NAME_CUE = compiled(r"(?:\b(?:i\s*am|i'm|im|(?:(?:my|the|our)\s+)?name\s+is|name's|this\s+is|it's|me\s+llamo|"
                       r"(?:(?:mi|el)\s+)?nombre\s+es|soy|"
                       r"(?:(?:meu|o)\s+)?nome\s+(?:completo\s+)?[ée]|me\s+chamo|sou\s+(?:o|a)|"
                       r"je\s+m'appelle|je\s+suis|(?:(?:mon|le)\s+)?nom\s+est|ich\s+heiße|ich\s+bin|(?:(?:mein|der)\s+)?name\s+ist|"
                       # the name a booking is made in ("under the name of", "a nombre de", "auf den Namen")
                       r"(?:under|in)\s+the\s+name(?:\s+of)?|a\s+nombre\s+de|(?:n|e)m\s+nome\s+d[eoa]|au\s+nom\s+de|auf\s+den\s+namen)|"
                       r"меня\s+зовут|на\s+имя|저는|اسمي|أنا|الاسم|باسم|بإسم|على\s+اسم)\s+|"
                       r"(?:我叫|我是|私は|(?:제\s*)?이름은)\s*|" + _NAME_LABEL,
                       re.IGNORECASE)
# Cues after which a name in a script without capitals is surely a name ("اسمي …", "الاسم …" the name is, "باسم …"
# in the name of), unlike "أنا" (I am), which a state may follow.
_UNCASED_CUES = frozenset({"我叫", "меня зовут", "제 이름은", "제이름은", "이름은", "اسمي", "الاسم", "باسم", "بإسم",
                           "على اسم"})
# Chinese, Japanese and Korean introduce themselves with the name first: "山田太郎です", "김서연입니다".
_NAME_THEN_COPULA = compiled(r"(?:^|[。．.!！、,，\s])(?P<name>[\u4e00-\u9fff\u30a0-\u30ff]{2,8}|"
                               r"[\uac00-\ud7af]{2,4})\s*(?:です|と申します|입니다|이에요|예요)")
# A name written just before the e-mail or phone it goes with ("Ольга Смирнова, olga@example.com",
# "يوسف الإدريسي، yousef@…", "王伟，wang@…"), a label perhaps before it ("Name Ankit Sharma, ankit@…"), a couple's
# ("Jonas und Mia Schneider, jonas@…").
_NAME_BESIDE_CONTACT = re.compile(r"(?:^|[.!?:;：]\s*)(?i:(?:full\s+)?(?:name|nombre|nome|nom|имя)\s+)?"
                                  r"(?P<name>[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]+(?:\s+(?:and|und|y|et|e|и|&)\s+[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]+)?"
                                  r"(?:\s+[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]+){1,3}|" + _UNCASED_NAME +
                                  r")\s*[,;،，、/|｜／]\s*(?:[\w.+-]+@|\+?\d)")  # "박지훈 / a@b.kr / 010-…" too
# ...and the name a booking is made in, said before its cue: "김민지 이름으로", "佐藤花子の名前で", "用王芳的名字"
_NAME_THEN_BOOKED = compiled(r"(?:^|[\s,，、。.!！:：])(?:请|麻烦)?(?:用|以)?"
                               r"(?P<name>[\u4e00-\u9fff\u30a0-\u30ff]{2,8}|[\uac00-\ud7af]{2,4})\s*(?:이름으로|명의로|の名前で|の名義で|的名字|的名义)")
_NAME_WORD = r"[A-ZÀ-ÖØ-ÞА-Я][\w'’-]+"
_NOT_NAMES = frozenset(
    "Here Just Not Very So Also Still Looking Coming Staying Arriving Travelling Traveling Interested Happy Sorry "
    "Sure Fine Ok Okay Good Great The A In At On From With Your Room Guest Guests Mr Mrs Ms Dr Sr Sra Sou".split()
)


def guest_count(text: str) -> int | None:
    """How many people: "2 adults and 2 kids" → 4, "we are 5", "for two people", "大人2名"."""
    counted = [number(m.group("qty")) for m in _PEOPLE_COUNT.finditer(text)]
    counted += [_KOREAN_COUNTS.get(n) or number(n) for m in _CJK_PEOPLE.finditer(text)
                if (n := m.group("n") or m.group("honored") or m.group("mouths") or m.group("ko"))]
    total = sum(n for n in counted if n)
    if total:
        return total
    group = _GROUP.search(text) or _OF_US.search(text)
    if group:
        return number(group.group("qty"))
    zu = _GERMAN_GROUP.search(text)
    if zu:
        return _ZU[zu.group("zu").lower()]
    duals = _arabic_party(text)
    if duals:
        return duals
    if re.search(r"двоих|вдвоём|вдвоем", text):
        return 2
    return 2 if _COUPLE.search(text) else None


# Children, as a party counts them ("two kids", "tres niños", "2 enfants", "子ども2人", "아이 셋"): a family that
# counts only its children brings its parents too.
_CHILDREN = (r"kids?|children|child|infants?|bab(?:y|ies)|toddlers?|teens?|sons?|daughters?|niños?|niñas?|hij[oa]s?|"
             r"bebés?|crianças?|filh[oa]s?|enfants?|bébés?|fils|filles?|kinder[n]?|kind|babys?|söhne|töchter|"
             r"дет\w*|ребен\w*|ребён\w*|сын\w*|дочер\w*|أطفال|طفل")
_CHILD_COUNT = re.compile(rf"(?<![\d:/.-]){QTY}\s+(?:(?:small|little|young|pequeñ[oa]s|petits?|kleine[n]?)\s+)?"
                          rf"(?:{_CHILDREN})\b", re.IGNORECASE)
_CJK_CHILDREN = compiled(r"(?:儿童|孩子|子供|子ども|こども|小孩|아이|어린이|애)\s*"
                           r"(?P<n>\d{1,2}|[两二三四五六七八九十]|한|두|세|네|하나|둘|셋|넷|다섯)")
_ADULTS_NAMED = compiled(rf"{QTY}\s+(?:adults?|adultos?|adultes?|erwachsene[rn]?|взросл\w*|بالغين)\b|"
                           r"大人|成人|성인|어른|\bparents?\b|\bpadres\b|\bpais\b|\beltern\b|родител\w*|父母|両親|부모",
                           re.IGNORECASE)
# Words of a party of more than one grown-up with the children: a family, "we", "our".
_FAMILY = compiled(r"\b(?:famil\w*|we|we're|us|our|nosotros|vamos|somos|nous|wir|unsere?|мы|нас|наш\w*)\b|"
                     r"семь\w*|家族|家庭|一家|全家|我们|私たち|가족|우리|عائل\w*|نحن", re.IGNORECASE)


def party_size(text: str) -> int | None:
    """How many a party is: `guest_count`, the whole a guest gives over the people it lists ("a family of 5, 3
    kids": 5), and the grown-ups of a party that counts only its children ("we're a family with two kids": 4,
    "I'm coming with my 2 kids": 3): a room must sleep them too."""
    counted = guest_count(text)
    group = _GROUP.search(text) or _OF_US.search(text)
    if group:
        return max(counted or 0, number(group.group("qty")) or 0) or None
    children = sum(number(m.group("qty")) or 0 for m in _CHILD_COUNT.finditer(text)) + \
        sum(_KOREAN_COUNTS.get(m.group("n")) or number(m.group("n")) or 0 for m in _CJK_CHILDREN.finditer(text))
    counted = counted or children or None   # "my 2 daughters": children the party counts by who they are
    if not counted or children != counted or _ADULTS_NAMED.search(text):
        return counted
    return counted + (2 if _COUPLE.search(text) or _FAMILY.search(text) else 1)


_AR_TWO_ADULTS = re.compile(r"شخصين|بالغين|راشدين|زوجي|زوجتي")  # "أنا وزوجي": my husband and I
_AR_TWO_CHILDREN = re.compile(r"طفلين|ولدين|طفلتين|طفلان|ولدان|طفلتان")
_AR_ONE_CHILD = re.compile(r"(?<![\u0621-\u064a])و?(?:طفل|طفلة|ولد)(?![\u0621-\u064a])")


def _arabic_party(text: str) -> int | None:
    """Arabic counts two by the dual, no number: "لشخصين بالغين وطفلين" is two adults and two children."""
    adults = 2 if _AR_TWO_ADULTS.search(text) else 0
    children = 2 if _AR_TWO_CHILDREN.search(text) else 1 if _AR_ONE_CHILD.search(text) else 0
    return (adults or (1 if children else 0)) + children or None


def reservation_code(text: str) -> str | None:
    """A booking reference like HV-1042."""
    m = _CODE.search(text)
    return (m.group("code") or m.group("lower")).upper() if m else None


def email(text: str) -> str | None:
    m = _EMAIL.search(text)
    return m.group(0).rstrip(".") if m else None


# A tax or company number ("VAT GB 301 2298 45", "USt-IdNr. DE 123456789", "税号GB…", "ИНН 7701…"): no phone.
_TAX_ID_BEFORE = compiled(r"(?:\b(?:vat|tva|iva|ust|ust-?id\w*|mwst|nif|cif|siret|siren|tax|ein|abn|gst|inn|инн|"
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
        if m and cue.group(0).strip().lower() == "im" and len(m.group(0).split()) < 2:
            continue  # "im John Smith" texted; German "Im April ist …", "im Zimmer" name no one
        if m and m.group(0).split()[0] not in _NOT_NAMES:
            return m.group(0)
        uncased = re.match(_UNCASED_NAME, rest)
        if uncased and (re.match(_NAME_LABEL, cue.group(0), re.IGNORECASE) or
                        " ".join(cue.group(0).split()) in _UNCASED_CUES or
                        cue.group(0).strip() == "我是" and _chinese_name(uncased.group(0))):  # not "我是来玩的"
            return _name_only(uncased.group(0))
    booked = _NAME_THEN_BOOKED.search(text)
    if booked:
        return booked.group("name")
    beside = _NAME_BESIDE_CONTACT.search(text)
    if beside and beside.group("name").split()[0] not in _NOT_NAMES:
        return _name_only(beside.group("name"))
    copula = _NAME_THEN_COPULA.search(text) if email(text) or phone(text) else None  # "大丈夫です" is no name
    return copula.group("name") if copula else None


def name_alone(text: str) -> str | None:
    """A message that is only a name in a script without capitals ("김서연입니다", "李娜", "سارة العلي"): an answer
    to "may I have your name?", not to be read as one anywhere else ("大丈夫です")."""
    m = re.fullmatch(rf"\s*(?P<name>{_UNCASED_NAME})\s*(?:です|と申します|입니다|이에요|예요)?\s*[.。!！]?\s*", text)
    if m is None or _HAN_ONLY.fullmatch(m.group("name")) and not _chinese_name(m.group("name")):
        return None  # "把連結傳給我" (send me the link) is a request, not a name
    return _name_only(m.group("name"))


# Characters a Chinese sentence is made of that no Chinese name is: pronouns, particles, common verbs.
_NOT_IN_NAMES = frozenset("我你您他她它们們的了吗嗎呢吧啊把给給传傳送请請要想是在有不没沒这這那"
                          "个個和与與就也都还還来來去住订訂房间間号號点點多少几幾")
_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")


def _chinese_name(text: str) -> bool:
    """Whether Han characters alone read as a Chinese name: two to four, none of a sentence's little words (a
    Japanese name in kanji, "山田太郎", reads as one too)."""
    return bool(_HAN_ONLY.fullmatch(text)) and 2 <= len(text) <= 4 and not _NOT_IN_NAMES & set(text)


def _name_only(name: str) -> str:
    """A name without what runs on after it: a Korean copula ("박지훈이에요"), or in Arabic the sentence after it
    ("يوسف وأريد…": a word joined by "و" is "and") or a "please" ("… من فضلك")."""
    name = re.sub(r"\s+(?:من\s+فضل\S*|لو\s+سمحت\S*|رجاء\S*)$", "", name)  # "… من فضلك": please
    words = re.sub(r"(?<=[\uac00-\ud7af])(?:입니다|이에요|예요|이야|야)$", "", name).split()
    kept = [w for i, w in enumerate(words) if not any(x.startswith("و") and j for j, x in enumerate(words[:i + 1]))]
    return " ".join(kept)
