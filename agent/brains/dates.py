"""Dates and clock times in guests' words, in the ten languages, as pure functions.

dateparser finds single dates well but not the ranges guests write ("Dec 3-5",
"del 12 al 15 de febrero", "the 4th and 5th, leaving the 6th"), so mentions
are found with a small grammar here and resolved against the hotel's today:
a missing year is the next one that keeps the date ahead, a missing month is
the one mentioned nearby, and a range that runs backwards crosses a month or
year end.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from core.language import CJK_LETTER
from core.translit import compiled

NUMBER_WORDS = {
    **dict.fromkeys(("a", "an", "one", "single", "un", "una", "uno", "une", "ein", "eine", "einen", "один", "одна",
                     "одну", "одного", "um", "uma"), 1),
    **dict.fromkeys(("two", "couple", "dos", "dois", "duas", "deux", "zwei", "два", "две", "двое", "двоих", "двух",
                     "两", "二"), 2),
    **dict.fromkeys(("three", "tres", "três", "trois", "drei", "три", "трое", "троих", "трёх", "трех", "三"), 3),
    **dict.fromkeys(("four", "cuatro", "quatro", "quatre", "vier", "четыре", "четверо", "четырёх", "четырех", "四"), 4),
    **dict.fromkeys(("five", "cinco", "cinq", "fünf", "пять", "пятеро", "пяти", "五"), 5),
    **dict.fromkeys(("six", "seis", "sechs", "шесть", "шестеро", "шести", "六"), 6),
    **dict.fromkeys(("seven", "siete", "sete", "sept", "sieben", "семь", "семеро", "七"), 7),
    **dict.fromkeys(("eight", "ocho", "oito", "huit", "acht", "восемь", "八"), 8),
    **dict.fromkeys(("nine", "nueve", "nove", "neuf", "neun", "девять", "九"), 9),
    **dict.fromkeys(("ten", "diez", "dez", "dix", "zehn", "десять", "十"), 10),
    **dict.fromkeys(("eleven", "once", "onze", "elf", "одиннадцать"), 11),
    **dict.fromkeys(("twelve", "doce", "doze", "douze", "zwölf", "двенадцать"), 12),
}
_ARTICLES = frozenset(("a", "an", "un", "una", "une", "ein", "eine", "einen", "couple", "single", "um", "uma"))
_NUMBER_WORD = "|".join(sorted(set(NUMBER_WORDS) - _ARTICLES, key=len, reverse=True))
WORD_NUMBER = rf"(?:{_NUMBER_WORD})"  # a count said in words ("three", "drei", "три")
SMALL_NUMBER = rf"(?:\d{{1,2}}|{_NUMBER_WORD})"  # a count or a day said in digits or words ("3", "three", "drei")

_MONTH_NAMES = (
    ("january jan enero ene janeiro janvier janv januar jän январь января янв يناير كانون الثاني", 1),
    ("february feb febrero febr fevereiro fev février févr fevrier februar февраль февраля фев فبراير شباط", 2),
    ("march mar marzo março marco mars märz maerz март марта مارس آذار", 3),
    ("april apr abril avril avr апрель апреля апр أبريل إبريل نيسان", 4),
    ("may mayo maio mai май мая مايو أيار", 5),
    ("june jun junio junho juin juni июнь июня يونيو حزيران", 6),
    ("july jul julio julho juillet juil juli июль июля يوليو تموز", 7),
    ("august aug agosto août aout августа август авг أغسطس آب", 8),
    ("september sept sep septiembre setiembre setembro septembre сентябрь сентября сент سبتمبر أيلول", 9),
    ("october oct octubre outubro octobre oktober okt октябрь октября окт أكتوبر تشرين الأول", 10),
    ("november nov noviembre novembro novembre ноябрь ноября ноя نوفمبر تشرين الثاني", 11),
    ("december dec diciembre dic dezembro décembre déc decembre dezember dez декабрь декабря дек ديسمبر "
     "كانون الأول", 12),
)
MONTHS = {name: number for names, number in _MONTH_NAMES for name in names.split()}
_MON = r"(?P<{}>" + "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True)) + r")\.?"

WEEKDAYS = {
    name: number
    for names, number in (
        ("monday mon lunes segunda lundi montag понедельник понедельника 周一 週一 星期一 礼拜一 禮拜一 月曜日 "
         "月曜 월요일 الاثنين", 0),
        ("tuesday tue tues martes terça terca mardi dienstag вторник вторника 周二 週二 星期二 礼拜二 禮拜二 火曜日 "
         "火曜 화요일 الثلاثاء", 1),
        ("wednesday wed miércoles miercoles quarta mercredi mittwoch среда среду 周三 週三 星期三 礼拜三 禮拜三 水曜日 "
         "水曜 수요일 "
         "الأربعاء", 2),
        ("thursday thu thur thurs jueves quinta jeudi donnerstag четверг 周四 週四 星期四 礼拜四 禮拜四 木曜日 木曜 "
         "목요일 الخميس", 3),
        ("friday fri viernes sexta vendredi freitag пятница пятницу 周五 週五 星期五 礼拜五 禮拜五 金曜日 金曜 금요일 "
         "الجمعة", 4),
        ("saturday sat sábado sabado samedi samstag суббота субботу 周六 週六 星期六 礼拜六 禮拜六 土曜日 土曜 토요일 "
         "السبت", 5),
        ("sunday sun domingo dimanche sonntag воскресенье 周日 週日 周天 週天 星期日 星期天 礼拜天 禮拜天 日曜日 "
         "日曜 일요일 الأحد", 6),
    )
    for name in names.split()
}
_RELATIVE_DAYS = {
    **dict.fromkeys(("today", "tonight", "hoy", "esta noche", "esta mañana", "aujourd'hui", "ce soir", "heute",
                     "heute abend", "сегодня", "今天", "今晚", "今日", "今夜", "오늘", "اليوم", "الليلة", "hoje",
                     "hoje à noite", "hoje a noite", "hoje de noite", "esta noite"), 0),
    **dict.fromkeys(("tomorrow", "tmrw", "tmr", "2moro", "mañana", "manana", "demain", "morgen", "завтра", "明天",
                     "聽日", "听日", "明日", "내일", "غدا", "غدًا", "بكرة", "amanhã", "amanha"), 1),
    **dict.fromkeys(("day after tomorrow", "pasado mañana", "après-demain", "übermorgen", "послезавтра", "后天",
                     "明後日", "모레", "بعد غد", "depois de amanhã", "depois de amanha"), 2),
}
_DAY = r"(?P<{}>\d{{1,2}})(?!\d)(?:st|nd|rd|th|er|º|°|\.(?!\d))?"
_YEAR = r"(?:,?\s*(?:de\s+|of\s+)?(?P<year>\d{4}))?"
_LINK = (r"(?:-|–|—|to|through|thru|until|till|and|&|y|e|at[ée](?:\s+o)?|hasta(?:\s+el)?|al|"
         r"jusqu'?(?:au|à)|au|et|bis(?:\s+zum)?|und|по|до|и|a|إلى|الى|حتى|و)")
_LIST = rf"\s*(?:{_LINK}|,)\s*"
_DATE_PATTERNS = (
    re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})"),
    compiled(r"(?:(?P<year>\d{4})\s*[年년]\s*)?(?P<month>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})\s*[日号號일]?"),
    # "August 14-18, 2027", "July 4th and 5th", "feb 15"
    re.compile(_MON.format("mon") + r"\s*" + _DAY.format("day") + rf"(?P<more>(?:{_LIST}{_DAY.format('d')})*)"
               + _YEAR),
    # "10 to 13 March 2027", "del 12 al 15 de febrero de 2027", "3. bis 5. März", "4th of July"
    re.compile(r"(?<!\d)" + _DAY.format("day") + rf"(?P<more>(?:{_LIST}{_DAY.format('d')})*)" + r"\s*(?:de\s+|of\s+)?"
               + _MON.format("mon") + _YEAR),
    re.compile(r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})"),
    re.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?:/(?P<year>\d{2,4}))?(?![\d/])"),
    # day alone, with an ordinal or a CJK day mark: "the 12th", "le 12", "15日" (not "9号房间", a room)
    compiled(r"(?:\b(?:the|el|le|am|den|dia)\s+)(?P<day>\d{1,2})(?:st|nd|rd|th|er|º|\.)?\b(?!\s*(?::|h\b|am\b|pm\b|%|percent\b|per\s+cent\b))"
               r"|(?<!\d)(?P<day2>\d{1,2})(?:st|nd|rd|th|-?(?:го|е|ого)(?![а-яё]))\b|(?<![\d月월])(?P<day3>\d{1,2})\s*[日号號일](?!本|室|房)"),
)
# "una noche", "uma noite", "une nuit", "eine Nacht": the article counts one night (not English "a night", a rate's).
_NIGHTS = compiled(rf"(?P<n>(?<!\d)\d{{1,2}}|\b(?:{_NUMBER_WORD}|una|uma|une|eine)|"
                     r"(?<![第每])(?:(?<=[期拜周週][一二三四五六日天])|(?<![一二两兩三四五六七八九十]))"
                     r"[一二两兩三四五六七八九十](?=个?個?(?:晚|泊)))\s*(?:more\s+)?"
                     r"(?:nights?(?![a-z])|noches?|noites?|di[áa]rias?|nuits?|nächte|nacht|übernachtungen|ноч[иейь]|"
                     r"个?個?晚(?:上)?|泊|박|ليال[يٍ]?|ليلة)(?!\s*(?:多少|要多少|幾多|几多|いくら|얼마))",
                     re.IGNORECASE)
_LEAVING = compiled(r"(?:leav|depart|check(?:ing)?[- ]?out|until|till|salida|salir|hasta|"
                      r"\bsa[ií](?:da|mos|r|o|ndo)\b|\bat[ée]\b|départ|partir|jusqu|"
                      r"abreise|abfahrt|\bbis\b|выезд|\bдо\b|离店|退房|直到|チェックアウト|체크아웃|مغادرة|حتى)\w*\W+"
                      r"(?:\w+\W+){0,2}$", re.IGNORECASE)
_NIGHTS_OF = re.compile(r"nights?\s+of\s*$|noches?\s+del?\s*$|noites?\s+d[eo]\s*$|nuits?\s+du\s*$|"
                        r"(?:на\s+)?ноч[ьи]\s+(?:на\s+|с\s+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class Stay:
    """What a guest said about a stay; any part may be missing."""

    check_in: dt.date | None = None
    check_out: dt.date | None = None
    nights: int | None = None


@dataclass
class _Mention:
    start: int
    day: int
    month: int | None
    year: int | None
    end: int
    linked: bool = False  # joined to the previous mention by "to", "-", "al"…: a range or a list
    leaving: bool = False
    night_of: bool = False


def _number(word: str) -> int | None:
    word = word.lower()
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word)


# A number that counts the party after "the" ("the 3 of us", "the four of them"), which reads like "the 3rd".
_PARTY_AFTER = re.compile(r"\s+of\s+(?:us|you|them)\b")


def _mentions(text: str, month_first: bool) -> list[_Mention]:
    found: list[_Mention] = []
    taken: list[tuple[int, int]] = []
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            group = m.groupdict()
            year = int(group["year"]) if group.get("year") else None
            if year is not None and year < 100:
                year += 2000
            if group.get("a"):
                a, b = int(group["a"]), int(group["b"])
                month, days = (a, [b]) if month_first else (b, [a])
                if month > 12 >= days[0]:  # "18/01/2027" is day first wherever it is written
                    month, days = days[0], [month]
            else:
                month = int(group["month"]) if group.get("month") else MONTHS.get((group.get("mon") or "").lower())
                first = group.get("day") or group.get("day2") or group.get("day3")
                days = [int(first)] + [int(d) for d in re.findall(r"\d{1,2}", group.get("more") or "")]
            if (month is not None and not 1 <= month <= 12) or not all(1 <= d <= 31 for d in days):
                continue
            if _PARTY_AFTER.match(text, m.end()):
                continue  # "for the 3 of us on Thursday": how many, not the 3rd
            taken.append(m.span())
            before = text[max(0, m.start() - 30):m.start()]
            for i, day in enumerate(days):
                found.append(_Mention(m.start() + i, day, month, year, m.end(), linked=i > 0,
                                      leaving=bool(_LEAVING.search(before)) and i == 0,
                                      night_of=bool(_NIGHTS_OF.search(before))))
    found.sort(key=lambda mention: mention.start)
    for previous, mention in zip(found, found[1:], strict=False):
        gap = text[previous.end:mention.start]
        mention.linked = mention.linked or bool(re.fullmatch(rf"\W*(?:del?\s+)?{_LINK}?\W*(?:the|el|le)?\s*", gap))
    return found


# A month named with no day of its own ("in August 2027 (the 12th and 13th)", "en marzo, del 3 al 6"): the month
# of the days the text names bare. After a preposition or before a year, so "may I..." names no May.
_LONE_MONTH = re.compile(rf"(?:\b(?:in|during|of|for|this|next|en|em|no|im|à|au|de|del|в|во)\s+{_MON.format('mon')}"
                         rf"(?:\s+(?P<year>20\d\d))?|\b{_MON.format('mon2')}\s+(?P<year2>20\d\d))(?![\s.,]*\d)")


def _lone_month(text: str, mentions: list[_Mention]) -> tuple[int, int | None] | None:
    """The one month (and year) the text names alone, for days it names without one; None when a day has its
    month or several months are named."""
    if not mentions or any(m.month for m in mentions):
        return None
    found = {(MONTHS[(m.group("mon") or m.group("mon2")).lower()],
              int(year) if (year := m.group("year") or m.group("year2")) else None)
             for m in _LONE_MONTH.finditer(text)}
    return found.pop() if len(found) == 1 else None


# A year written alone ("over Christmas 2027", "für 2027", "2027年"): the year of the days written without one.
# Not a room ("room 2027") nor an amount ("2027 dollars").
_LONE_YEAR = re.compile(r"(?<![\d.,:/#-])(?<!room\s)(?<!zimmer\s)(?<!номер\s)(20\d\d)(?!\d|[.,:/-]\d|\s*(?:[€$£¥₩₽]|"
                        r"eur|usd|gbp|rub|chf|jpy|dollar|euro|pound|руб|дол))", re.IGNORECASE)


def _lone_year(text: str, mentions: list[_Mention], today: dt.date) -> int | None:
    """The one year the text writes outside its dates, when it is one of the next two: this year's days are read
    as this year's without it."""
    years = {int(m.group(1)) for m in _LONE_YEAR.finditer(text)
             if not any(mention.start <= m.start() < mention.end for mention in mentions)}
    year = years.pop() if len(years) == 1 else None
    return year if year is not None and today.year < year <= today.year + 2 else None


def _resolve(mentions: list[_Mention], today: dt.date, lone: tuple[int, int | None] | None = None,
             year_alone: int | None = None) -> list[dt.date]:
    """Fill missing months and years from neighbours, then from a month or a year named alone, then from today;
    keep a list running forwards."""
    explicit_years = [m.year for m in mentions if m.year] or ([lone[1]] if lone and lone[1] else []) or \
        ([year_alone] if year_alone else [])
    dates: list[dt.date] = []
    for i, m in enumerate(mentions):
        month = m.month or next((n.month for n in reversed(mentions[:i]) if n.month), None)
        month = month or next((n.month for n in mentions[i + 1:] if n.month), None) or (lone[0] if lone else None)
        inferred_month = month is None
        if month is None:
            month = today.month if m.day >= today.day else today.month % 12 + 1
        year = m.year or next((n.year for n in mentions[i:] if n.year), None) or (explicit_years or [None])[-1]
        inferred_year = year is None
        if year is None:
            year = today.year
            if _safe_date(year, month, m.day) and _safe_date(year, month, m.day) < today:
                year += 1
            if inferred_month and month < today.month:
                year = today.year + 1
        date = _safe_date(year, month, m.day)
        if date is None:
            continue
        if m.linked and dates and date < dates[-1]:  # "Dec 30 to Jan 2", "the 30th to the 2nd"
            if inferred_month or not m.month:
                date = _safe_date(date.year + (date.month == 12), date.month % 12 + 1, m.day) or date
            elif not m.year or inferred_year:
                date = _safe_date(date.year + 1, date.month, date.day) or date
        dates.append(date)
    if year_alone and explicit_years == [year_alone] and any(date.year != year_alone for date in dates):
        return _resolve(mentions, today, lone)   # "New Year 2028, 30 Dec - 2 Jan": which year's 30 Dec is unsure
    return dates


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# "a las 5 de la mañana", "por la mañana": the morning, not tomorrow ("esta mañana" is this morning: today).
_IN_THE_MORNING = re.compile(r"\b(?:de|por|en|a)\s+la\s+ma[ñn]ana\b")
# The relative days, longest first, each read once: as a word, except in Chinese, Japanese and Korean, which write
# no space around a word ("明日の朝", "내일은").
_RELATIVE = [(phrase, re.compile(re.escape(phrase) if CJK_LETTER.search(phrase) else
                                 rf"(?<!\w){re.escape(phrase)}(?!\w)"), offset)
             for phrase, offset in sorted(_RELATIVE_DAYS.items(), key=lambda kv: -len(kv[0]))]


# A day of next week, not the coming one: "下週五", "下个星期五", "来週の金曜日", "다음 주 금요일".
_NEXT_WEEK = compiled(r"(?:(?<!一)下(?:个|個)?(?:周|週|星期|礼拜|禮拜)?|来週の?|다음\s*주\s*)$")  # not "看一下"


# Each day's names, the longest first; Chinese and Japanese write a day between other words ("下週五想住").
_WEEKDAY_NAMES = [(re.compile(rf"{re.escape(name)}(?!次)" if CJK_LETTER.search(name) else
                              rf"(?<!\w){re.escape(name)}(?!\w)"), weekday)
                  for name, weekday in sorted(WEEKDAYS.items(), key=lambda pair: -len(pair[0]))]
_DAY_LIST = compiled(r"\s*(?:同|和|跟|及|与|、|,|，|and|y|et|und|и|と|하고|랑|이랑)\s*")


def _relative(text: str, today: dt.date) -> list[tuple[int, dt.date]]:
    """(position, date) of words like "tomorrow", "next Friday", "this weekend"."""
    lowered = _IN_THE_MORNING.sub(lambda m: " " * len(m.group()), text.lower())
    found: list[tuple[int, dt.date]] = []
    for phrase, pattern, offset in _RELATIVE:
        for m in pattern.finditer(lowered):
            if not any(abs(pos - m.start()) < len(phrase) for pos, _ in found):
                found.append((m.start(), today + dt.timedelta(days=offset)))
    days = []  # (start, end, weekday) of each day named, the longest name where two overlap ("金曜日", not "金曜")
    for named, weekday in _WEEKDAY_NAMES:
        days += [(m.start(), m.end(), weekday) for m in named.finditer(lowered)
                 if not any(m.start() < end and start < m.end() for start, end, _ in days)]
    next_week, last_end = False, -1
    for start, end, weekday in sorted(days):
        # "下個禮拜五同禮拜六": the days listed after a day of next week are of that week too
        next_week = bool(_NEXT_WEEK.search(lowered[:start])) or (next_week and bool(
            _DAY_LIST.fullmatch(lowered[last_end:start])))
        ahead = 7 - today.weekday() + weekday if next_week else (weekday - today.weekday()) % 7 or 7
        found.append((start, today + dt.timedelta(days=ahead)))
        last_end = end
    weekend = _weekend(text, today)
    if weekend:
        found.append(weekend[:2])
    for m in re.finditer(rf"\bin\s+({SMALL_NUMBER})\s+days?\b", lowered):
        found.append((m.start(), today + dt.timedelta(days=_number(m.group(1)) or 0)))
    return sorted(found, key=lambda pair: pair[0])


_WEEKEND = re.compile(r"\b(?:(this|next)\s+)?week-?end\b|\b(?:este|(?:el|o|no)\s+pr[oó]ximo)?\s*fi[nm]\s+de\s+semana\b|"
                      r"\b(?:(?:le\s+)?week-end|(?:dieses|nächstes)?\s*wochenende)\b", re.IGNORECASE)


def only_a_weekend(text: str, today: dt.date) -> bool:
    """Whether the only days a text names are a weekend's ("Wie wird das Wetter am Wochenende?"): a time, which a
    stay asked for also needs a room or booking words beside."""
    return bool(_WEEKEND.search(text)) and not _mentions(text.lower(), True) and len(_relative(text, today)) == 1


def _weekend(text: str, today: dt.date) -> tuple[int, dt.date, dt.date] | None:
    """(position, arrival, departure) of "this/next weekend": Friday to Sunday, from today if it is one already."""
    m = _WEEKEND.search(text)
    if not m:
        return None
    later = bool(re.search(r"next|pr[oó]ximo|nächstes", m.group(0), re.IGNORECASE))
    friday = today + dt.timedelta(days=(4 - today.weekday()) % 7)
    in_weekend = today.weekday() >= 5
    arrival = (friday if in_weekend else friday + dt.timedelta(days=7)) if later else (today if in_weekend else friday)
    return m.start(), arrival, arrival + dt.timedelta(days=max(1, 6 - arrival.weekday()))


# Nights counted over a year or a month ("30 nights a year", "每年30晚", "연간 60박"): how often a guest (or a company)
# stays, which is no stay to quote.
_PER_PERIOD_AFTER = compiled(r"[^\W\d_]*\s*(?:(?:a|per|each|every)\s+(?:year|month)|annually|yearly|monthly|"
                               r"(?:al|ao|por|cada)\s+(?:año|mes|ano|m[eê]s)|par\s+(?:an|mois)|(?:pro|im|jedes)\s+(?:jahr|monat)|"
                               r"j[äa]hrlich|в\s+(?:год|месяц)|за\s+год|سنوي\w*|في\s+(?:السنة|العام|الشهر)|"
                               r"(?:一|每)年|(?:一|每个?)月)", re.IGNORECASE)
_PER_PERIOD_BEFORE = compiled(r"(?:每年|一年|年间|年間|年に|毎年|연간|1년에|일년에|매년|每月|月に|매달)\D{0,4}$")


def nights(text: str) -> int | None:
    """"for 3 nights", "2 noches", "3泊"; not nights counted over a year or a month."""
    for m in _NIGHTS.finditer(text):
        if not (_PER_PERIOD_AFTER.match(text, m.end()) or _PER_PERIOD_BEFORE.search(text[:m.start()])):
            return _number(m.group("n")) or _HAN_DIGITS.get(m.group("n"))  # "兩晚", "二泊"
    return None


def find_dates(text: str, today: dt.date, month_first: bool = True) -> list[dt.date]:
    """Every date the text names, in order; relative words count ("tomorrow", "Friday")."""
    lowered = text.lower()
    mentions = _mentions(lowered, month_first)
    absolute = list(zip((m.start for m in mentions), _resolve(mentions, today, _lone_month(lowered, mentions),
                                                               _lone_year(lowered, mentions, today)), strict=False))
    return [date for _, date in sorted(absolute + _relative(text, today), key=lambda pair: pair[0])]


def without_dates(text: str, month_first: bool = True, relative: bool = False) -> str:
    """The text with every date it names blanked out: "June 11-14 2027" is no phone number. With `relative`, the
    days named by words too ("tomorrow", "next Friday")."""
    for mention in reversed(_mentions(text.lower(), month_first)):
        text = text[:mention.start] + " " * (mention.end - mention.start) + text[mention.end:]
    lowered = text.lower()
    if relative and len(lowered) == len(text):   # a letter whose lower case is longer keeps the text as it is
        for _, pattern, _ in _RELATIVE:
            lowered = pattern.sub(lambda m: " " * len(m.group()), lowered)
        text = "".join(" " if lowered[i] == " " else c for i, c in enumerate(text))
    return text


def departure_only(text: str, arrival: dt.date, month_first: bool = True) -> dt.date | None:
    """The new departure when the text names only one ("we'll leave on the 13th", "выезд 10 июня"), read
    after `arrival` (the stay already under discussion)."""
    mentions = _mentions(text.lower(), month_first)
    if len(mentions) != 1 or not mentions[0].leaving:
        return None
    day = _resolve(mentions, arrival)
    return day[0] if day and day[0] > arrival else None


_TONIGHT = compiled(r"\btonight\b|esta\s+noche|esta\s+noite|hoje\s+(?:[àa]|de)\s+noite|"
                      r"ce\s+soir|heute\s+(?:abend|nacht)|сегодня\s+(?:вечером|ночью)|"
                      r"今晚|今夜|오늘\s*(?:밤|저녁)|الليلة")


def find_stay(text: str, today: dt.date, month_first: bool = True) -> Stay:
    """Arrival, departure and nights of a stay.

    `month_first` reads "3/12" as March 12 (US habit); elsewhere it is 3 December.
    """
    lowered = text.lower()
    mentions = _mentions(lowered, month_first)
    dates = _resolve(mentions, today, _lone_month(lowered, mentions), _lone_year(lowered, mentions, today))
    count = nights(text)
    weekend = _weekend(text, today)
    if not dates and weekend and not count:
        return Stay(weekend[1], weekend[2], (weekend[2] - weekend[1]).days)
    if not dates:
        dates = [date for _, date in _relative(text, today)]
        mentions = []
        if count and len(dates) == count > 1 and (max(dates) - min(dates)).days == count - 1:
            # "下個禮拜五同禮拜六兩晚", "Friday and Saturday, two nights": the nights of the days listed
            return Stay(min(dates), max(dates) + dt.timedelta(days=1), count)
    if not dates:
        return Stay(nights=count)
    leaving = [d for m, d in zip(mentions, dates, strict=False) if m.leaving]
    check_in = min(dates)
    check_out = leaving[-1] if leaving else max(dates)
    if mentions and mentions[0].night_of and not leaving:
        check_out = max(dates) + dt.timedelta(days=1)
    if check_out <= check_in:
        count = count or (1 if _TONIGHT.search(lowered) else None)  # "a room tonight?" is that one night
        check_out = check_in + dt.timedelta(days=count) if count else None
    elif count is None:
        count = (check_out - check_in).days
    return Stay(check_in, check_out, count)


_HOUR_WORDS = rf"(?P<hw>{SMALL_NUMBER})"
# An hour said for the afternoon, the evening or the night ("at 8 tonight", "a las 9 de la noche", "今晚8点").
_PM = re.compile(r"^\s*(?:pm|p\.\s?m\.?|in the (?:afternoon|evening)|at night|tonight|de la (?:tarde|noche)|"
                 r"d[ae] (?:tarde|noite)|du soir|de l'après-midi|abends|nachmittags|вечера|дня|مساء|ليلا)",
                 re.IGNORECASE)
_PM_BEFORE = compiled(r"(?:下午|晚上|今晚|今夜|傍晚|午後|오후|저녁|مساء)\s*$|"
                        r"\b(?:tonight|this\s+evening|esta\s+noche|esta\s+noite|hoje\s+(?:[àa]|de)\s+noite|ce\s+soir|"
                        r"heute\s+abend|сегодня\s+вечером)\s+(?:(?:at|a\s+las?|às|à|um|в)\s*)?$", re.IGNORECASE)
# ...but with the night's words an hour 1-4 (or 12) is after midnight ("tonight at 1": 01:00), not the afternoon.
_NIGHT = re.compile(r"^\s*(?:in the evening|at night|tonight|de la noche|da noite|du soir|abends|ночи|ليلا)",
                    re.IGNORECASE)
_NIGHT_BEFORE = compiled(r"(?:晚上|今晚|今夜|夜|밤|저녁|الليلة)\s*$|"
                           r"\b(?:tonight|this\s+evening|esta\s+noche|esta\s+noite|hoje\s+(?:[àa]|de)\s+noite|"
                           r"ce\s+soir|heute\s+(?:abend|nacht)|сегодня\s+(?:вечером|ночью))"
                           r"\s+(?:(?:at|a\s+las?|às|à|um|в)\s*)?$", re.IGNORECASE)
_SMALL_HOURS = (1, 2, 3, 4, 12)  # "tonight at 1" is 01:00 and "tonight at 12" midnight: the night's, not the day's
_AM = re.compile(r"^\s*(?:am|a\.\s?m\.?|in the morning|de la mañana|d[ae] manh[ãa]|du matin|morgens|früh|утра|صباح)",
                 re.IGNORECASE)
# The clock's own number words, beside the counts of NUMBER_WORDS: Chinese and Japanese numerals before 点/時
# ("六点半"), Korean native numbers before 시 ("여섯 시"), Arabic ordinals after الساعة ("السادسة"), and the Russian
# hour to come ("в половине седьмого": half way to the seventh, 6:30).
_HAN_DIGITS = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_KOREAN_HOURS = {"한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10,
                 "열한": 11, "열두": 12}
_ARABIC_HOURS = {"الواحدة": 1, "الثانية": 2, "الثالثة": 3, "الرابعة": 4, "الخامسة": 5, "السادسة": 6, "السابعة": 7,
                 "الثامنة": 8, "التاسعة": 9, "العاشرة": 10, "الحادية عشرة": 11, "الحادية عشر": 11,
                 "الثانية عشرة": 12, "الثانية عشر": 12}
_RUSSIAN_HOURS_TO_COME = {"первого": 1, "второго": 2, "третьего": 3, "четвертого": 4, "четвёртого": 4, "пятого": 5,
                          "шестого": 6, "седьмого": 7, "восьмого": 8, "девятого": 9, "десятого": 10,
                          "одиннадцатого": 11, "двенадцатого": 12}
_HAN_HOUR = r"(?P<hw>十[一二]?|[二两兩三四五六七八九])"  # "一点" is also "a little" and "一時" "for a while"
_KOREAN_HOUR = r"(?<![가-힣])(?P<hw>" + "|".join(sorted(_KOREAN_HOURS, key=len, reverse=True)) + ")"
_ARABIC_HOUR = r"(?:الساعة|في)\s+(?P<hw>" + "|".join(sorted(_ARABIC_HOURS, key=len, reverse=True)) + ")"
_CLOCK_WORD = r"(?:heures?|uhr|o'?clock|horas?)"  # "six heures et demie", "sieben Uhr dreißig"
_TIME_PATTERNS = (
    re.compile(r"(?<![\d$€£.,/])(?P<h>[01]?\d|2[0-3])\s*(?::|h|\.(?=\d\d\s*(?:am|pm|a\.m|p\.m)))\s*(?P<m>[0-5]\d)"
               r"(?![\d/]|\.\d)", re.IGNORECASE),
    re.compile(r"(?<![\d$€£.,/])(?P<h>1[0-2]|0?\d)\s*(?P<ampm>am|pm|a\.\s?m\.?|p\.\s?m\.?)(?!\w)", re.IGNORECASE),
    # "6:15 Uhr" is a quarter past six, not "15 Uhr": an hour word's number starts a time of its own
    re.compile(r"(?<![\d:.])(?P<h>[01]?\d|2[0-3])\s*(?:h|uhr|heures?|hrs|o'?clock|часов|часа|час)\b(?!\s*\d)",
               re.IGNORECASE),
    compiled(r"(?<![\d:.])(?P<h>[01]?\d|2[0-3])\s*[点點時시](?:\s*(?P<m>[0-5]?\d)\s*[分분]|\s*(?P<half>半|반))?"),
    re.compile(r"(?:\bat|\ba\s+las?|\bàs|\bà|\bum|\bв|\baround|الساعة)\s+(?P<h>[01]?\d|2[0-3])\b"
               r"(?![.,:/]?\d|\s*(?:st|nd|rd|th|people|persons|guests|nights|days|min|%|\$|of\b))", re.IGNORECASE),
)
_PHRASES = (
    (re.compile(rf"\bquarter\s+(?:to|before)\s+{_HOUR_WORDS}", re.IGNORECASE), -15),
    (re.compile(rf"\bquarter\s+(?:past|after)\s+{_HOUR_WORDS}", re.IGNORECASE), 15),
    (re.compile(rf"\bhalf\s+past\s+{_HOUR_WORDS}", re.IGNORECASE), 30),
    (re.compile(rf"\b{_HOUR_WORDS}\s+(?:{_CLOCK_WORD}\s+)?(?:thirty|y\s+media|e\s+meia|et\s+demie|drei(?:ß|ss)ig)\b",
                re.IGNORECASE), 30),
    (re.compile(rf"\b{_HOUR_WORDS}\s+(?:{_CLOCK_WORD}\s+)?(?:fifteen|y\s+cuarto|e\s+quinze|et\s+quart|fünfzehn)\b",
                re.IGNORECASE), 15),
    (re.compile(rf"\b(?P<hw>{_NUMBER_WORD})\s+{_CLOCK_WORD}\b", re.IGNORECASE), 0),
    (compiled(rf"{_HAN_HOUR}\s*[点點時]\s*半"), 30),
    (compiled(rf"{_HAN_HOUR}\s*[点點時](?![间間])"), 0),
    (re.compile(rf"{_KOREAN_HOUR}\s*시\s*반"), 30),
    (re.compile(rf"{_KOREAN_HOUR}\s*시(?=에|까지|쯤|부터|경|[^가-힣]|$)"), 0),  # not 시간 (hours)
    (re.compile(rf"{_ARABIC_HOUR}\s+و?\s*(?:ال)?نصف"), 30),
    (re.compile(rf"{_ARABIC_HOUR}\s+و?\s*(?:ال)?ربع"), 15),
    (re.compile(rf"{_ARABIC_HOUR}\s+إلا\s+ربع"), -15),
    (re.compile(_ARABIC_HOUR), 0),
    (re.compile(r"\bв?\s*половин[еуы]\s+(?P<hw>" + "|".join(_RUSSIAN_HOURS_TO_COME) + r")\b", re.IGNORECASE), -30),
    (re.compile(rf"\bв\s+(?P<hw>{_NUMBER_WORD})(?=\s*(?:утра|вечера|дня|ночи|час\w*|[,.!?]|$))", re.IGNORECASE), 0),
    (re.compile(rf"\b{_HOUR_WORDS}\s+forty[- ]five\b", re.IGNORECASE), 45),
    (re.compile(rf"\b{_HOUR_WORDS}\s+(?:menos\s+cuarto|moins\s+le\s+quart)\b", re.IGNORECASE), -15),
    (re.compile(rf"\bviertel\s+vor\s+{_HOUR_WORDS}", re.IGNORECASE), -15),
    (re.compile(rf"\bviertel\s+nach\s+{_HOUR_WORDS}", re.IGNORECASE), 15),
    (re.compile(rf"\bhalb\s+{_HOUR_WORDS}", re.IGNORECASE), -30),
    (re.compile(rf"\b(?:at|a\s+las?|às|à|um)\s+(?P<hw>{_NUMBER_WORD})\b(?!\s*(?:people|persons|guests|nights|of))",
                re.IGNORECASE), 0),
)


def _clock_number(word: str) -> int | None:
    """An hour said in words, in any of the ways _PHRASES read ("six", "十二", "여섯", "السادسة", "седьмого")."""
    word = " ".join(word.lower().split())
    if word.startswith("十"):
        return 10 + _HAN_DIGITS.get(word[1:], 0)
    return (_number(word) or _HAN_DIGITS.get(word) or _KOREAN_HOURS.get(word) or _ARABIC_HOURS.get(word)
            or _RUSSIAN_HOURS_TO_COME.get(word))


def _after_midnight(hour: int, text: str, m: re.Match[str]) -> bool:
    """Whether an hour said with the night ("tonight at 1", "esta noche a la 1", "밤 2시") is one after midnight."""
    return hour in _SMALL_HOURS and bool(_NIGHT.match(text[m.end():]) or _NIGHT_BEFORE.search(text[:m.start()]))


def past_midnight(text: str) -> bool:
    """Whether the text's time is the small hours of the night it names ("tonight at 1"): the next day's clock."""
    time = find_time(text)
    return time is not None and int(time[:2]) < 5 and bool(_TONIGHT.search(text.lower()))


def find_time(text: str) -> str | None:
    """The first clock time in the text, as 24h "HH:MM" ("6:45", "7am", "19h", "quarter to seven")."""
    times = find_times(text)
    return times[0][2] if times else None


def find_times(text: str) -> list[tuple[int, int, str]]:
    """Every clock time in the text, in order, with where it is: (start, end, "HH:MM"). Where two readings overlap
    ("at six thirty") the longer one wins."""
    found: list[tuple[int, int, int]] = []  # (start, -end, minutes after midnight)
    for pattern in _TIME_PATTERNS:
        for m in pattern.finditer(text):
            group = m.groupdict()
            hour = int(group["h"])
            minute = int(group.get("m") or 0) + (30 if group.get("half") else 0)
            ampm = (group.get("ampm") or "").lower()
            evening = _PM.match(text[m.end():]) or _PM_BEFORE.search(text[:m.start()])
            if not ampm and _after_midnight(hour, text, m):
                hour %= 12
            elif ampm.startswith("p") or (not ampm and evening):
                hour = hour % 12 + 12
            elif ampm.startswith("a") or _AM.match(text[m.end():]):
                hour %= 12
            found.append((m.start(), -m.end(), hour * 60 + minute))
    for pattern, offset in _PHRASES:
        for m in pattern.finditer(text):
            total = ((_clock_number(m.group("hw")) or 0) * 60 + offset) % (24 * 60)
            if _after_midnight(total // 60, text, m):
                total %= 12 * 60
            elif (_PM.match(text[m.end():]) or _PM_BEFORE.search(text[:m.start()])) and total < 12 * 60:
                total += 12 * 60
            found.append((m.start(), -m.end(), total))
    if not found:
        noon = re.search(r"\b(?:noon|midday|mediodía|meio-dia|midi|mittag)\b|正午|정오", text, re.IGNORECASE)
        return [(noon.start(), noon.end(), "12:00")] if noon else []
    times, found = [], sorted(found)
    while found:
        overlapping = [f for f in found if f[0] < -found[0][1]]
        start, end, total = min(overlapping, key=lambda f: (f[1], f[0]))
        times.append((start, -end, f"{total // 60:02d}:{total % 60:02d}"))
        found = [f for f in found if f[0] >= max(-end, -found[0][1])]
    return times
