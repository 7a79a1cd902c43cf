"""How the concierge writes amounts, dates and lists in each of its nine languages.

Kept in code rather than in phrase files because these are tables and rules,
not sentences; every skill uses these so "$189" or "15 de febrero de 2027"
looks the same in every reply.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from core.hotels import Hotel
from core.language import not_written_in
from core.written import note_language

# ISK and Stripe's zero-decimal list.
_ZERO_DECIMAL = frozenset({"JPY", "KRW", "VND", "CLP", "ISK", "PYG", "UGX", "XAF", "XOF",
                           "BIF", "DJF", "GNF", "KMF", "MGA", "RWF", "VUV", "XPF"})
# A sign only for the currency every reader takes it for: "¥" is yen to a Japanese guest, so yuan are "CNY".
_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "KRW": "₩", "INR": "₹", "ILS": "₪"}
# Codes written before the amount where they are used: the Gulf's dirham and riyals ("AED 1,250", "SAR 300").
_CODE_FIRST = frozenset({"AED", "SAR", "QAR"})

_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
}
_WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "ru": "понедельник вторник среда четверг пятница суббота воскресенье",
    "zh": "星期一 星期二 星期三 星期四 星期五 星期六 星期日",
    "ja": "月曜日 火曜日 水曜日 木曜日 金曜日 土曜日 日曜日",
    "ko": "월요일 화요일 수요일 목요일 금요일 토요일 일요일",
    "ar": "الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
}
# {w} weekday, {d} day, {m} month name, {n} month number, {y} year
_DATE = {
    "en": ("{m} {d}, {y}", "{w}, {m} {d}, {y}"),
    "es": ("{d} de {m} de {y}", "{w} {d} de {m} de {y}"),
    "fr": ("{d} {m} {y}", "{w} {d} {m} {y}"),
    "de": ("{d}. {m} {y}", "{w}, {d}. {m} {y}"),
    "ru": ("{d} {m} {y}", "{w}, {d} {m} {y}"),
    "zh": ("{y}年{n}月{d}日", "{y}年{n}月{d}日（{w}）"),
    "ja": ("{y}年{n}月{d}日", "{y}年{n}月{d}日（{w}）"),
    "ko": ("{y}년 {n}월 {d}일", "{y}년 {n}월 {d}일 {w}"),
    "ar": ("{d} {m} {y}", "{w} {d} {m} {y}"),
    "pt": ("{d} de {m} de {y}", "{w}, {d} de {m} de {y}"),
}
# A day of every year (a season's first or last night), without the year.
_DAY = {"en": "{m} {d}", "es": "{d} de {m}", "fr": "{d} {m}", "de": "{d}. {m}", "ru": "{d} {m}", "zh": "{n}月{d}日",
        "ja": "{n}月{d}日", "ko": "{n}월 {d}일", "ar": "{d} {m}", "pt": "{d} de {m}"}
# (separator, last separator) for "a, b and c"
_LISTS = {
    "en": (", ", " and "), "es": (", ", " y "), "fr": (", ", " et "), "de": (", ", " und "),
    "ru": (", ", " и "), "zh": ("、", "和"), "ja": ("、", "と"), "ko": (", ", ", "), "ar": ("، ", " و"),
    "pt": (", ", " e "),
}


def minor_exponent(currency: str) -> int:
    return 0 if currency.upper() in _ZERO_DECIMAL else 2


def to_minor(amount: float | Decimal, currency: str) -> int:
    """Hotel prices are written as decimals in YAML; everything we compute with is integer minor units."""
    scaled = Decimal(str(amount)) * (10 ** minor_exponent(currency))
    return int(scaled.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def percent_of(minor: int, percent: float) -> int:
    """`percent` of an amount in minor units, rounded half up like a till would."""
    return int((Decimal(minor) * Decimal(str(percent)) / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def money(minor: int, currency: str, exact: bool = False) -> str:
    """`18900, "USD"` -> "$189"; cents only when there are some ("$335.12"), or always when `exact`: an amount
    to pay, written as the checkout charges it ("£98.00")."""
    exponent = minor_exponent(currency)
    whole, fraction = divmod(abs(minor), 10**exponent)
    number = f"{whole:,}" + (f".{fraction:0{exponent}d}" if fraction or (exact and exponent) else "")
    sign = "-" if minor < 0 else ""
    symbol = _SYMBOLS.get(currency.upper())
    if symbol:
        return f"{sign}{symbol}{number}"
    code = currency.upper()
    return f"{sign}{code} {number}" if code in _CODE_FIRST else f"{sign}{number} {code}"


def weekday_name(weekday: int, language: str) -> str:
    """Monday is 0, as in `date.weekday()`."""
    return _WEEKDAYS.get(language, _WEEKDAYS["en"]).split()[weekday]


def long_date(day: dt.date, language: str, weekday: bool = False) -> str:
    pattern = _DATE.get(language, _DATE["en"])[1 if weekday else 0]
    months = _MONTHS.get(language, _MONTHS["en"]).split()
    return pattern.format(w=weekday_name(day.weekday(), language), d=day.day, m=months[day.month - 1],
                          n=day.month, y=day.year)


def day_of_year(month: int, day: int, language: str) -> str:
    """"December 20", "20 décembre", "12月20日": a date that comes back every year."""
    months = _MONTHS.get(language, _MONTHS["en"]).split()
    return _DAY.get(language, _DAY["en"]).format(d=day, m=months[month - 1], n=month)


def join_list(items: list[str], language: str) -> str:
    separator, last = _LISTS.get(language, _LISTS["en"])
    if len(items) <= 1:
        return "".join(items)
    return separator.join(items[:-1]) + last + items[-1]


def hotel_text(hotel: Hotel, language: str, text: str) -> str:
    """A free-text note from the hotel's files, for guests of the hotel's first language, and for guests of the
    language it reads as (a Spanish-first hotel may write its notes in English); never where it has none of the
    guest's language's letters (a Japanese-first hotel may describe its places in English).

    Notes and descriptions exist in one language; pasted into a reply in another they
    would make the reply a mix. Skills still put them in `data` for a model to translate.
    """
    first = language == hotel.default_language
    return text if (first or language == note_language(text, hotel.default_language)) and \
        not not_written_in(text, language) else ""
