"""How many, as guests write it in the nine languages: numbers, counter words, a count beside a thing."""

from __future__ import annotations

import re

from agent.brains.dates import NUMBER_WORDS
from core.translit import compiled

# Counts as Arabic says them (the dates' table has none: Arabic dates are written in digits).
_ARABIC_NUMBERS = {"واحد": 1, "واحدة": 1, "اثنين": 2, "اثنان": 2, "اثنتين": 2, "اثنتان": 2, "ثلاثة": 3, "ثلاث": 3,
                   "أربعة": 4, "أربع": 4, "خمسة": 5, "خمس": 5, "ستة": 6, "سبعة": 7, "ثمانية": 8, "تسعة": 9,
                   "عشرة": 10}
QTY = r"(?P<qty>\d{1,2}|" + "|".join(sorted([*NUMBER_WORDS, *_ARABIC_NUMBERS], key=len, reverse=True)) + r")"
# Where one ordered thing ends and the next begins: list marks, sentence ends and "and" in the guests' languages
# (Arabic writes its "and" on the next word, but not on the words that begin with its letter: "وجبة", a meal;
# "وسادة", a pillow; "ورق", paper; "وافل", waffles).
SEPARATOR = compiled(r"[,，、;；+&\n。！？!?]|\.(?:\s|$)|\s(?:and|plus|y|e|et|und|sowie|и|а\s+также|or)\s|和|跟|以及|"
                       r"还有|(?<!ひ)と|や|하고|이랑|랑|그리고|"
                       r"\sو(?!جبة|جبات|سادة|سائد|رق(?:\s|$)|رقة|افل|يسكي|ايفاي|قت)(?=\s?\S{3})", re.IGNORECASE)

QTY_BEFORE = re.compile(rf"(?<![\da-z]){QTY}\s*(?:x\s*)?(?:(?:extra|more|large|small|big|glass(?:es)?|bowls?|cups?|"
                         rf"portions?|orders?|pieces?|slices?|bottles?|cans?|of|the|our|your|some|additional|fresh|clean|"
                         rf"more|de|d'|des|du|la|el|los|las|une?|otr[ao]s?|outr[ao]s?|mais|weitere)\s+)*(?:[^\W\d_]+-)?$",
                         re.IGNORECASE)  # "zwei Käse-" before "Pizzas": a compound's first half
# A count before the kind of thing wanted ("3 bath towels", "two feather-free pillows"): two words at most between.
QTY_OF_KIND = re.compile(rf"(?<![\da-z]){QTY}\s+(?:[^\W\d_]+(?:-[^\W\d_]+)?\s+){{1,2}}$", re.IGNORECASE)

_RATING = compiled(r"(?<![\d.])(?P<n>[1-5]|one|two|three|four|five)\s*(?:/\s*5|out\s+of\s+(?:5|five)|stars?|"
                     r"estrellas?|étoiles?|sterne?n?|звезд\w*|星|つ星|점|نجوم)|(?:rate|rating|give)\s+(?:it\s+|us\s+|"
                     r"you\s+|my\s+stay\s+|the\s+hotel\s+)?(?:an?\s+)?(?P<m>[1-5])\b", re.IGNORECASE)
_SLASH_DAY = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}(?![\d/])")  # "4/3": a date's month and day, or a rating
_CJK_NUMBERS = {"两": 2, "兩": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
                "ひと": 1, "ふた": 2, "みっ": 3, "한": 1, "하나": 1, "두": 2, "둘": 2, "세": 3, "셋": 3, "네": 4}
# A count with its counter word, as Chinese, Japanese and Korean say it ("两份", "2つ", "ふたつ", "두 개", "한 잔"),
# or a bare Korean count after the dish ("에그타르트 하나").
COUNTED = compiled(r"(?P<n>\d{1,2}|[一两兩二三四五六七八九十]|ひと|ふた|みっ|한|두|세|네)\s*"
                     r"(?:份|个|個|杯|瓶|碗|块|塊|盘|盤|つ|皿|本|枚|人前|개|잔|병|그릇|인분|접시|조각|条|條|张|張|件|双|雙|"
                     r"卷|支|把|套|足|組|장|켤레|벌|통|세트|캔|罐|听|缶)|"
                     r"(?<!\w)(?P<k>하나|둘|셋)(?=(?:을|를|이|가)?(?!\w))")  # "하나를": one, said with its particle


COUNT_AFTER = re.compile(rf"\s*(?:を|は|も|이|가|을|를)?\s*(?:{COUNTED.pattern})")
COUNT_BEFORE = re.compile(rf"(?:{COUNTED.pattern})\s*$")


def counted(m: re.Match[str]) -> int:
    """The number a `COUNTED` match says."""
    return number(m.group("n") or m.group("k")) or 1


def number(word: str) -> int | None:
    word = word.lower()
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word) or _CJK_NUMBERS.get(word) or _ARABIC_NUMBERS.get(word)


QTY_WORD = re.compile(rf"(?<![\w:.]){QTY}(?![\w:.])", re.IGNORECASE)


def clause_count(before: str) -> int | None:
    """The count that opens the ordered thing when words of its name come between ("deux pizzas margherita",
    "две пиццы Маргарита", "اثنين من فطيرة ناتا"): the clause's last count, a few words before."""
    clause = SEPARATOR.split(before)[-1]
    counts = sorted([*QTY_WORD.finditer(clause), *COUNTED.finditer(clause)], key=lambda m: m.end())  # "两份猪肉"
    if not counts or re.search(r"\d", clause[counts[-1].end():]) or len(clause[counts[-1].end():].split()) > 3:
        return None
    last = counts[-1]
    return counted(last) if last.re is COUNTED else number(last.group("qty"))


def quantity_in(text: str) -> tuple[int, str] | None:
    """The first count a phrase says ("zwei Sandwiches" → 2) and the phrase without it."""
    m = QTY_WORD.search(text)
    return (number(m.group("qty")) or 1, text[:m.start()] + " " + text[m.end():]) if m else None


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


# "3 free days", "a two-day itinerary", "zwei freie Tage", "3 дня", "三天", "3日間", "3일 동안", "ثلاثة أيام"
_DAYS = compiled(rf"(?<![\d:.]){QTY}\s*-?\s*(?:[^\W\d_]+\s+)?(?:days?\b|d[ií]as\b|jours\b|"
                   r"tage\b|tagen\b|дн[яей]\b|天|日間|일\s*(?:간|동안)|أيام)", re.IGNORECASE)
_TWO_DAYS = re.compile(r"يومين|يومان")


def days_count(text: str) -> int | None:
    """How many days a plan is asked for ("plan our 3 free days"); not a day of the month ("3일에")."""
    if _TWO_DAYS.search(text):
        return 2
    m = _DAYS.search(text)
    return number(m.group("qty")) if m else None

