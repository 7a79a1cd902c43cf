"""Who may do something, by age: a guest who tells a person's age and asks whether they may ("my 16-year-old son
... can he check in on his own?", "mi hijo tiene 19 años, ¿puede reservar?") is asked the hotel's age rule, which an
answer usually states in passing ("You must be at least 18 to check in", "except the Swim-Up Suites (18+)"). The
encoder reads such a story as one about the trip, children or the room, and scores the entry stating the rule far
under the FAQ's bar: the rule has to be looked for among the entries that state one."""

from __future__ import annotations

from agent.brains.patterns import rx
from core.hotels import KBEntry

_NOT_AN_AGE = (r"(?!\s*(?:[:.,]\d|%|°|\$|€|£|(?:months?|weeks?|days?|nights?|hours?|hrs?|minutes?|mins?|am|pm|a\.m|"
               r"p\.m|kg|lbs?|cm|km|m|ft|feet|met(?:er|re)s?|miles?|people|guests?|persons?|adults?|of\s+us|rooms?|"
               r"floors?|beds?|euros?|dollars?|usd|eur)\b))")
# A person's age as a guest tells it, in the nine languages and Portuguese: "16-year-old", "19 yrs", "is 19",
# "aged 4", "19 años", "16 anos", "16 ans", "16 Jahre", "4-jährigen", "16 лет", "16岁", "16歳", "16살", "16 عامًا".
STATED_AGE = rx(
    r"(?<![\d.,])\d{1,2}\s*-?\s*(?:years?|yrs?|y/?o)\b(?:[\s-]*olds?\b)?",
    rf"\b(?:is|are|am|i['’]?m|he['’]s|she['’]s|turns?|turned|turning|aged?|ages)\s+\d{{1,2}}\b{_NOT_AN_AGE}",
    r"(?<![\d.,])\d{1,2}\s*(?:años|añitos|anos|ans\b(?!\s+d[e'’])|jahre?n?\b|-?j[äa]hrig\w*|лет\b|год(?:а|ик\w*)?\b|"
    r"-?летн\w+)",
    r"(?<![\d.,])\d{1,2}\s*(?:周岁|岁|歲|歳|才|살|세)|[一二两三四五六七八九十]{1,3}(?:周岁|岁|歲|歳)",
    r"(?<![\d٠-٩])[\d٠-٩]{1,2}\s*(?:عام|سن(?:ة|وات)|سنه)|عمر(?:ه|ها|ي)\s*[\d٠-٩]{1,2}",
)
# A yes-or-no question whether someone may do, have or join something: "can he", "is that allowed", "¿puede",
# "pode", "peut-il", "darf", "можно", "可以", "できますか", "돼요", "هل يمكن". Not "can you" (a request).
MAY_ASKED = rx(
    r"\b(?:can|could|may|might)\s+(?:i|we|he|she|they|my|our|the|a|an|kids?|children|teens?|minors?|someone|"
    r"somebody|people|guests?|\d)\b",
    r"\b(?:allowed|permitted|admitted|accepted|too\s+(?:young|old)|old\s+enough|young\s+enough)\b|"
    r"\bis\s+(?:that|it|this)\s+(?:ok(?:ay)?|fine|possible|a\s+problem)\b",
    r"\b(?:pued[eo]n?|podemos|podr[ií]a[ns]?|se\s+permite|permit\w+|se\s+admite\w*|admiten|aceptan|pode[mr]?|"
    r"posso|aceita[mr]?)\b",
    r"\b(?:peu[xt]|peuvent|pouvons|pourr\w+|autoris\w+|permis|accept\w+|admis\w*)\b",
    r"\b(?:darf|d[üu]rfen|kann|k[öo]nnen|erlaubt|gestattet|m[öo]glich|zugelassen)\b",
    r"(?<![а-яё])(?:можно|может|могут|можем|могу|разреш\w+|пуска\w+|допуска\w+)(?![а-яё])",
    r"可以|能不能|能否|能[进住去参订入]|允许|行吗|できますか|できる|いいですか|大丈夫|可能|泊まれ|入れ|돼요|되나요|될까요|"
    r"되요|가능|수\s*있|괜찮|يمكن|مسموح|يسمح|يستطيع|بإمكان",
)
# The age rule asked outright: "how old", "minimum age", "age limit", "edad mínima", "idade mínima", "âge minimum",
# "Mindestalter", "с какого возраста", "最低年龄", "何歳から", "몇 살부터", "الحد الأدنى للعمر".
AGE_ASKED = rx(
    r"\bhow\s+old\b|\b(?:minimum|min|legal)\s+age\b|\bage\s+(?:limit|restrictions?|requirements?|minimum)\b",
    r"\bedad\s+m[ií]nima\b|\bl[ií]mite\s+de\s+edad\b|\bqu[eé]\s+edad\b|\bidade\s+m[ií]nima\b|\bque\s+idade\b|"
    r"\b[âa]ge\s+minimum\b|\blimite\s+d['’][âa]ge\b|\bquel\s+[âa]ge\b|\bmindestalter\b|\baltersgrenze\b|\bwie\s+alt\b|"
    r"минимальн\w+\s+возраст|возрастн\w+\s+ограничени|с\s+какого\s+возраста|сколько\s+лет\s+нужно",
    r"年龄限制|最低年龄|几岁|多大(?:年龄)?才|年齢制限|何歳|나이\s*제한|몇\s*살|최소\s*(?:연령|나이)|الحد\s+الأدنى\s+(?:للعمر|للسن)|"
    r"العمر\s+المسموح|كم\s+عمر",
)
# What it costs for them, when, where, how: another question than whether they may ("how much for our 8-year-old?").
_OTHER_QUESTION = rx(
    r"\b(?:how\s+much|what\s+time|when|where|how\s+long|cost|price|fee|charge|pays?|paid)\b|cu[aá]nto|cu[aá]ndo|"
    r"d[oó]nde|\bpag(?:an?|ar|uen?)\b|quanto|onde|combien|\bquand\b|\bo[uù]\b|quelle\s+heure|\bpai(?:e|ent|er)\b|payant|"
    r"\bwie\s+viel|\bwann\b|\bwo\b|kostet|zahl\w*|сколько\s+стоит|плат\w*|когда|где|多少|几点|收费|"
    r"哪里|いくら|何時|どこ|얼마|몇\s*시|어디|كم\s+(?:سعر|ثمن|يكلف)|متى|أين",
)
# An answer stating an age rule: "at least 18", "18+", "21 or older", "aged 18 to 40", "children under 12",
# "from 16 years", "adults only", "au moins 18 ans", "ab 16 Jahren", "от 16 лет", "18岁以上", "19세 이상".
_UNIT = (r"(?!\s*(?:[:.,]\d|%|°|-\s*\d+\s*(?:days?|nights?|hours?)|(?:to|-|–)\s*\d{1,2}\s+[A-Z]|(?:months?|weeks?|"
         r"days?|nights?|hours?|minutes?|people|persons?|guests|rooms?|apartments?|museums?|km|m|kg|cm|ft|feet|"
         r"met(?:er|re)s?)\b))")
AGE_RULE = rx(
    rf"\b(?:aged?|ages)\s+\d{{1,2}}\b{_UNIT}",
    r"(?<![\d.,])\d{1,2}\s*\+(?!\s*(?:nights?|days?|people|guests|rooms?|museums?)\b)",
    r"\badults?[\s-]+only\b|\b(?:only\s+for\s+)?adults\s+\(\d",
    rf"\b(?:under|over|below|above|at\s+least|older\s+than|younger\s+than)\s+(?:age\s+)?\d{{1,2}}\b{_UNIT}"
    r"(?!\s*(?:°|c\b))",
    rf"\b(?:guests?|children|child|kids?|teens?|minors?)\s+(?:from|over|under|of)\s+(?:age\s+)?\d{{1,2}}\b{_UNIT}",
    r"(?<![\d.,])\d{1,2}\s+(?:and|or)\s+(?:over|older|up|above)\b|(?<![\d.,])\d{1,2}\s*(?:-|to)\s*\d{1,2}\s+years?\b|"
    r"\bfrom\s+(?:age\s+)?\d{1,2}\s+years?\b|(?<![\d.,])\d{1,2}\s+years?\s+old\b|\bminimum\s+age\b",
    r"(?<![\d.,])\d{1,2}\s*(?:años|anos|ans|jahren?|лет|года)\b(?!\s+d[e'’])|\bsolo\s+adultos\b|\bs[oó]\s+adultos\b|"
    r"\badultes\s+seulement\b|\bnur\s+f[üu]r\s+erwachsene\b|только\s+для\s+взрослых",
    r"\d{1,2}\s*(?:岁|歲|歳|才)(?:以上|以下|未满|未満|起)|\d{1,2}\s*(?:살|세)\s*(?:이상|미만|이하|부터)|"
    r"[\d٠-٩]{1,2}\s*(?:عام|سن(?:ة|وات))",
)


def asks_by_age(asking: str, told: str = "") -> bool:
    """Whether a guest asks who may do something by age: a person's age told (in the asking sentence or the words
    `told` around it) beside a yes-or-no may-they question, or the age rule asked outright ("how old do you have to
    be to check in?"); not what it costs for them, nor when or where."""
    if _OTHER_QUESTION.search(asking):
        return False
    return bool(AGE_ASKED.search(asking) or MAY_ASKED.search(asking) and STATED_AGE.search(f"{told} {asking}"))


def states_age_rule(entry: KBEntry) -> bool:
    """Whether an entry's answer, in any of its languages, says from or until what age something is allowed or
    costs what it does."""
    return any(AGE_RULE.search(text) for text in (entry.answer, *entry.translations.values()))
