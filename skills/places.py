"""Reading the hotel's places: opening hours by weekday, tags and kinds as guests say them.

Hours are written for people ("10:00-17:00, closed Mondays", "Saturdays
08:00-14:00", "sunrise-sunset"); recommendations and itineraries must know
whether a place is open on a given day and at a given time, and say so in the
guest's language rather than echoing the English text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from core.hotels import Hotel, Place
from core.i18n import say
from core.loanwords import loanwords, sounds_like
from core.translit import arabic_consonants, arabic_words, compiled, latin_consonants
from kb import glossary
from skills.formatting import hotel_text, join_list, weekday_name
from skills.matching import best_match, same_word, words

_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY = r"(mon|tue|wed|thu|fri|sat|sun)[a-z]*"
_ALWAYS = re.compile(r"always\s+open|open\s+(?:24|all)|24\s*/\s*7|24\s*h|round\s+the\s+clock")
_DAILY = re.compile(r"daily|every\s*day|7\s+days")
_ALL_DAY = re.compile(r"(?:open\s+)?all\s+day(?:\s+long)?", re.IGNORECASE)  # a beach's, a trail's: no hours to keep
# Daylight for places that open at sunrise: a conservative span for planning, never shown as a time.
_DAYLIGHT = (dt.time(7, 0), dt.time(18, 0))
# Words guests use for a tag's first word (children -> kid-friendly, rain -> rainy-day).
_TAG_SYNONYMS = {"children": "kid", "child": "kid", "family": "kid", "families": "kid", "rain": "rainy",
                 "pet": "dog", "pets": "dog", "veggie": "vegetarian", "fish": "seafood", "date": "romantic",
                 "cheap": "budget", "affordable": "budget", "inexpensive": "budget"}


@dataclass(frozen=True)
class Hours:
    """Opening hours: a span ("10:00-17:00", or None when unreadable) and the weekdays it applies."""

    span: tuple[dt.time, dt.time] | None
    sunrise_to_sunset: bool
    closed: frozenset[int]
    text: str
    always: bool = False  # "always open", "24/7": no hours to keep
    daily: bool = False  # the hotel wrote that it opens every day
    several: bool = False  # more than one span ("Mon-Sat 08:00-19:00, Sun 10:00-18:00"): only its text says it all
    # Closed on some weeks only: (weekday, nth of the month, -1 the last) for "closed the 1st and 3rd Tuesday of
    # the month"; and weekdays closed by a rule no date settles ("every second Monday", "alternate Sundays").
    monthly: frozenset[tuple[int, int]] = frozenset()
    unsettled: frozenset[int] = frozenset()
    # Open only in a season ("April to November", "May 1-October 31", "mid-December to April"): its first and last
    # (month, day); None all year.
    season: tuple[tuple[int, int], tuple[int, int]] | None = None

    def in_season(self, day: dt.date) -> bool:
        """Whether the date falls in the place's season (always, when it has none)."""
        if self.season is None:
            return True
        (first, last), at = self.season, (day.month, day.day)
        return first <= at <= last if first <= last else at >= first or at <= last

    def open_on(self, weekday: int) -> bool:
        """Open on that weekday in most weeks."""
        return weekday not in self.closed

    def sometimes_closed(self, weekday: int) -> bool:
        """Open on that weekday in most weeks, but closed on some ("the 1st and 3rd Tuesday")."""
        return weekday in self.unsettled or any(day == weekday for day, _ in self.monthly)

    def open_on_date(self, day: dt.date) -> bool | None:
        """Open on that date; None when the hotel's words do not settle it ("every second Monday")."""
        if not self.open_on(day.weekday()) or not self.in_season(day):
            return False
        nth, last = (day.day - 1) // 7 + 1, (day + dt.timedelta(days=7)).month != day.month
        if {(day.weekday(), nth), *([(day.weekday(), -1)] if last else [])} & self.monthly:
            return False
        return None if day.weekday() in self.unsettled else True

    def open_at(self, weekday: int, at: dt.time, stay: dt.timedelta = dt.timedelta(minutes=60)) -> bool:
        """Open on that day, at `at`, for at least `stay` (a place closing after midnight counts as late)."""
        if not self.open_on(weekday):
            return False
        span = _DAYLIGHT if self.sunrise_to_sunset else self.span
        if span is None:
            return True
        start, end = span
        last_entry = (dt.datetime.combine(dt.date.min, end) - stay).time() if end > start else dt.time(23, 59)
        return start <= at <= last_entry


def days_only(hours: Hours) -> bool:
    """Whether a place opens on a few days of the week only ("domingos 10:00-17:00", a Sunday market): on one of
    them, it is what the day is for."""
    return len(hours.closed) >= 4


def _time(text: str) -> dt.time | None:
    """A clock time as hotels write it; "24:00" (open until midnight) is midnight, a time no clock shows None."""
    hours, minutes = (int(part) for part in text.split(":"))
    if (hours, minutes) == (24, 0):
        return dt.time(0, 0)
    return dt.time(hours, minutes) if hours < 24 and minutes < 60 else None


def _weekday(token: str) -> int:
    return next(i for i, day in enumerate(_DAYS) if token.startswith(day[:3]))


# A hotel writes its places' hours in its own language ("12:00-20:00, cerrado los martes", "fermé le lundi",
# "Montag Ruhetag", "todos los días"): read as the English the parser knows. Weekday names (and plurals) first,
# then "closed" before a day, or after it as German puts it.
_FOREIGN_DAYS = (
    ("monday", r"lunes|lundis?|montags?|segundas?(?:-feiras?)?|luned[iì]"),
    ("tuesday", r"martes|mardis?|dienstags?|ter[çc]as?(?:-feiras?)?|marted[iì]"),
    ("wednesday", r"mi[ée]rcoles|mercredis?|mittwochs?|quartas?(?:-feiras?)?|mercoled[iì]"),
    ("thursday", r"jueves|jeudis?|donnerstags?|quintas?(?:-feiras?)?|gioved[iì]"),
    ("friday", r"viernes|vendredis?|freitags?|sextas?(?:-feiras?)?|venerd[iì]"),
    ("saturday", r"s[áa]bados?|samedis?|samstags?|sonnabends?|sabato"),
    ("sunday", r"domingos?|dimanches?|sonntags?|domenica"),
)
# German two-letter days ("Mo-Fr 09:00-18:00"), read only in a range or before a time: "do" is English too.
_ABBREVIATED = {"mo": "monday", "di": "tuesday", "mi": "wednesday", "do": "thursday", "fr": "friday"}
_ABBREVIATION = re.compile(r"(?<![\w'’])(mo|di|mi|do|fr)\b(?=\s*[-–/]\s*[a-z]{2}\b|\s+\d)|(?<=[-–/])(mo|di|mi|do|fr)\b")
_CLOSED_BEFORE = re.compile(r"\b(?:cerrad[oa]s?|ferm[ée]e?s?|fechad[oa]s?|chius[oa]|geschlossen|ruhetag)\s+"
                            r"(?:(?:los|las|el|la|le|les|am|an|aos|às|nas|nos|na|no|il|de|du)\s+)?")
_WEEKDAY = r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_CLOSED_AFTER = re.compile(rf"\b{_WEEKDAY}s?\s+(?:geschlossen|ruhetag)\b")
_DAY_RANGE = re.compile(rf"{_WEEKDAY}s?\s+(?:a|al|au|à|bis|até|to|through)\s+{_WEEKDAY}")
_FOREIGN_DAILY = re.compile(r"todos\s+los\s+d[ií]as|tous\s+les\s+jours|t[äa]glich|todos\s+os\s+dias|tutti\s+i\s+giorni")


def _as_english(lowered: str) -> str:
    for day, names in _FOREIGN_DAYS:
        lowered = re.sub(rf"\b(?:{names})\b", day, lowered)
    lowered = _ABBREVIATION.sub(lambda m: _ABBREVIATED[m.group(1) or m.group(2)], lowered)
    lowered = _DAY_RANGE.sub(r"\1-\2", lowered)   # "lunes a viernes", "lundi au vendredi": "monday-friday"
    lowered = _CLOSED_BEFORE.sub("closed ", lowered)
    lowered = _CLOSED_AFTER.sub(r"closed \1", lowered)
    lowered = _BETWEEN_MONTHS.sub(r"\1 to \2", lowered)  # "between November and March": November to March
    return _FOREIGN_DAILY.sub("daily", lowered)


# The days a place opens, written before its hours ("Saturdays 08:00-14:00", "Tuesday and Friday 11:00-18:30",
# "Mon-Sat 12:00-18:00", "Thu, Fri & Sat 18:00-23:00"): every other day it is closed.
_ONE_DAY_OR_RANGE = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*(?:\s*-\s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)?"
_AND = r"\b(?:and|und|et|y|e|и)\b"
_LEADING_DAYS = re.compile(rf"\s*({_ONE_DAY_OR_RANGE}(?:\s*(?:,|&|/|{_AND})\s*{_ONE_DAY_OR_RANGE})*)\s+\d")


def _days_named(days: str) -> set[int]:
    """The weekdays of "tuesday and friday" or "mon-sat" (a range may wrap: "fri-mon")."""
    named: set[int] = set()
    for first, last in re.findall(r"([a-z]+)(?:\s*-\s*([a-z]+))?", re.sub(_AND, ",", days)):
        start = _weekday(first)
        end = _weekday(last) if last else start
        named |= {(start + step) % 7 for step in range((end - start) % 7 + 1)}
    return named


def parse_hours(text: str) -> Hours:
    lowered = _as_english(text.lower())
    spans = re.findall(r"(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2})", lowered)
    start, end = (_time(spans[0][0]), _time(spans[0][1])) if spans else (None, None)
    span = (start, end) if start is not None and end is not None else None
    # "closed Mondays", "closed Sunday-Monday", "closed Tuesday and Wednesday": every day of a range or list
    days = rf"{_ONE_DAY_OR_RANGE}(?:\s*(?:,|&|/|{_AND})\s*{_ONE_DAY_OR_RANGE})*"
    closed = {day for m in re.finditer(rf"closed\s+(?:on\s+)?({days})", lowered)
              for day in _days_named(m.group(1))}
    only = _LEADING_DAYS.match(lowered)
    if only and "closed" not in lowered:
        closed = set(range(7)) - _days_named(only.group(1))
    monthly, unsettled = _some_weeks(lowered)
    return Hours(span=span, sunrise_to_sunset="sunrise" in lowered, closed=frozenset(closed), text=text,
                 always=bool(_ALWAYS.search(lowered)), daily=bool(_DAILY.search(lowered)), several=len(spans) > 1,
                 monthly=monthly, unsettled=unsettled, season=_season(lowered))


# Months as hotels write them, in English, Spanish, French, German, Italian and Portuguese.
_MONTHS = (r"jan(?:uary|vier|uar)?|enero|gennaio|janeiro", r"feb(?:ruary|rero|ruar|braio)?|f[ée]vrier|fevereiro",
           r"mar(?:ch|zo|s|ço)?|märz", r"apr(?:il|ile)?|abril|avril", r"may|mayo|mai|maggio|maio",
           r"jun(?:e|io|i|ho)?|juin|giugno", r"jul(?:y|io|i|ho)?|juillet|luglio", r"aug(?:ust)?|agosto|ao[uû]t",
           r"sep(?:t|tember|tiembre|tembre)?|settembre|setembro", r"oct(?:ober|ubre|obre)?|oktober|ottobre|outubro",
           r"nov(?:ember|iembre|embre|embro)?", r"dec(?:ember)?|diciembre|d[ée]cembre|dezember|dicembre|dezembro")
_MONTH = "|".join(f"(?:{names})" for names in _MONTHS)
_PART = r"(?:(early|mid|late)[\s-]+)?"
# Months said as the ends of a span ("closed between November and March", "cerrado entre noviembre y marzo", "fermé
# entre novembre et mars", "zwischen November und März geschlossen").
_BETWEEN_MONTHS = re.compile(rf"\b(?:between|entre|zwischen)\s+((?:{_MONTH})\.?)\s+(?:and|y|et|und|e)\s+"
                             rf"((?:{_MONTH})\.?)(?![\w])")
# "April to November", "May-September", "May 1-October 31", "mid-December to April", "octubre a mayo"; or "March
# and April only".
_SEASON = re.compile(rf"(?<![\w-]){_PART}(?:(\d{{1,2}})\s+)?({_MONTH})\.?(?:\s+(\d{{1,2}})(?![\d:]))?\s*"
                     rf"(?:-|–|\bto\b|\bthrough\b|\bthru\b|\buntil\b|\ba\b|\bal\b|\bau\b|\bà\b|\bbis\b|\baté\b)\s*"
                     rf"{_PART}(?:(\d{{1,2}})\s+)?({_MONTH})\.?(?:\s+(\d{{1,2}})(?![\d:]))?(?![\w])|"
                     rf"(?<![\w-])({_MONTH})\s+(?:and|y|et|und)\s+({_MONTH})\s+only\b")
_FIRST_DAY = {"early": 1, "mid": 11, "late": 21}
_LAST_DAY = {"early": 10, "mid": 20, "late": 31}


def _month(name: str) -> int:
    return next(i for i, names in enumerate(_MONTHS, 1) if re.fullmatch(names, name))


def _season(lowered: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The season a place keeps, when its hours open with it: in their first part ("June to October 09:15-17:45;
    closed in winter"), not in an aside on other hours ("(until 20:00 in July-August)", "(March-October),
    09:00-17:00 (November-February)") unless the aside is the season ("Navigation season only (April to
    November)"), nor in a place open all year ("Always open; skating rink December to March"), nor months it is
    closed on a weekday ("closed Mondays from September to June"). Months it is shut, wherever they are said,
    bound the season ("closed from November to March", "cerrado de noviembre a marzo", "November bis März
    geschlossen")."""
    for m in _SEASON.finditer(lowered):  # months it is shut, wherever the hours say them
        if _CLOSED_MONTHS.search(lowered[:m.start()]) and not m.group(9) or \
                re.match(r"\s*geschlossen\b", lowered[m.end():]):
            return _around(_months_of(m))
    first = lowered.split(";", 1)[0]
    if re.search(r"always|all\s+year|todo\s+el\s+año|toute\s+l'année|ganzjährig", first):
        return None
    for m in _SEASON.finditer(first):
        before = first[:m.start()]
        aside = before.count("(") > before.count(")")
        if aside and not re.search(r"(?:season|only|saison|temporada)\s*(?:only\s*)?\($", before.rstrip()) or \
                re.search(r"\b(?:closed|cerrado|fermé|geschlossen|in|en|im)\s*$|clos", before):
            continue
        return _months_of(m)
    return None


# "closed" right before the months ("closed November to March", "closed from 15 November", "closed in July-August"):
# the months it is shut, not its season. `_as_english` has read "cerrado de", "fermé du", "geschlossen am" as it.
_CLOSED_MONTHS = re.compile(r"\bclosed\s+(?:from|in|during|von|vom|desde|depuis|dal|da)?\s*$")


def _months_of(m: re.Match[str]) -> tuple[tuple[int, int], tuple[int, int]]:
    """The first and last (month, day) a `_SEASON` match names."""
    if m.group(9):
        return (_month(m.group(9)), 1), (_month(m.group(10)), 31)
    start = (_month(m.group(3)), int(m.group(2) or m.group(4) or _FIRST_DAY.get(m.group(1) or "", 1)))
    end = (_month(m.group(7)), int(m.group(6) or m.group(8) or _LAST_DAY.get(m.group(5) or "", 31)))
    return start, end


def _around(shut: tuple[tuple[int, int], tuple[int, int]]) -> tuple[tuple[int, int], tuple[int, int]]:
    """The season of a place shut from one (month, day) to another: the day after it reopens to the day before it
    shuts (shut November to March: open April 1 to October 31)."""
    (first_month, first_day), (last_month, last_day) = shut
    year = 2001  # any year without a 29 February: the season's ends are read on every year's calendar
    opens = _on(year, last_month, last_day) + dt.timedelta(days=1)
    closes = _on(year, first_month, first_day) - dt.timedelta(days=1)
    return (opens.month, opens.day), (closes.month, closes.day)


def _on(year: int, month: int, day: int) -> dt.date:
    """The date, its day held to the month's last ("31 November", "29 February" of a common year)."""
    last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(year, month, min(day, last))


_NTH = {"1st": 1, "first": 1, "2nd": 2, "second": 2, "3rd": 3, "third": 3, "4th": 4, "fourth": 4, "5th": 5,
        "fifth": 5, "last": -1}
_ORDINALS = rf"(?:{'|'.join(_NTH)}|other|alternate)"
# "the 1st and 3rd Tuesday of every month", "every second Monday", "first Sunday of the month", "alternate Sundays"
_SOME_WEEKS = re.compile(rf"\b({_ORDINALS}(?:\s*(?:,|and|&|/|or)\s*{_ORDINALS})*)\s+{_DAY}(?:s\b)?"
                         rf"(\s+(?:of|in)\s+(?:the|every|each|a)\s+month)?")


def _some_weeks(lowered: str) -> tuple[frozenset[tuple[int, int]], frozenset[int]]:
    """Weekdays a place closes on some weeks only: by their place in the month when it is written ("the 1st and
    3rd Tuesday of the month"), else unsettled ("every second Monday" may be every other one). A place open
    only on such days is not read here: its weekday is not closed."""
    if "clos" not in lowered:
        return frozenset(), frozenset()
    monthly: set[tuple[int, int]] = set()
    unsettled: set[int] = set()
    for m in _SOME_WEEKS.finditer(lowered):
        weekday, nths = _weekday(m.group(2)), re.findall(_ORDINALS, m.group(1))
        if m.group(3) and all(n in _NTH for n in nths):
            monthly |= {(weekday, _NTH[n]) for n in nths}
        else:
            unsettled.add(weekday)
    return frozenset(monthly), frozenset(unsettled)


_SPAN = r"(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2})"
_DAYS_SPAN = rf"{_DAY}(?:\s*-\s*{_DAY})?"


def span_on(hours: Hours, weekday: int) -> str | None:
    """The hours of one weekday when the hotel wrote several spans by day ("Mon-Sat 08:00-19:00, Sun
    10:00-18:00", "06:30-10:30 Mon-Fri; 07:00-11:00 Sat-Sun"): that day's span, which needs no translating."""
    if not hours.several:
        return None
    lowered = _as_english(hours.text.lower())
    days_first = [(m.group(1), m.group(2), m.group(3), m.group(4))
                  for m in re.finditer(rf"{_DAYS_SPAN}\s*:?\s*{_SPAN}", lowered)]
    days_after = [(m.group(3), m.group(4), m.group(1), m.group(2))
                  for m in re.finditer(rf"{_SPAN}\s*,?\s*{_DAYS_SPAN}", lowered)]
    for first, last, start, end in days_first or days_after:
        days = range(_weekday(first), _weekday(last or first) + 1)
        if weekday in days:
            return f"{start.zfill(5)}-{end.zfill(5)}"
    return None


def weekday_from(text: str | None, today: dt.date) -> int | None:
    """A weekday from "Monday", "mon", "today" or "tomorrow"; None when the guest named none."""
    if not text:
        return None
    token = text.strip().lower()
    if token == "today":
        return today.weekday()
    if token == "tomorrow":
        return (today + dt.timedelta(days=1)).weekday()
    return next((i for i, day in enumerate(_DAYS) if token[:3] == day[:3]), None)


def _tag_head(tag: str) -> str:
    head = (words(tag) or [""])[0]
    return _TAG_SYNONYMS.get(head, head)


def price_rank(place: Place) -> int:
    """How dear the place is by the hotel's own price level ("free" 0, "$" 1 … "$$$$" 4; unknown as "$$")."""
    level = place.price_level.strip().lower()
    return 0 if level == "free" else level.count("$") or 2


def asks_budget(tags: list[str]) -> bool:
    """Whether one of the wishes is somewhere cheap."""
    return any(_tag_head(t) == "budget" for t in tags)


def tag_matches(asked: str, place: Place) -> bool:
    """Whether what a guest asked for ("kids", "rainy", "museums") is one of the place's tags or its kind; a
    "budget" wish is also met by the places the hotel prices lowest ("$"), tagged so or not."""
    head = _tag_head(asked)
    return bool(head) and (any(same_word(head, _tag_head(t)) for t in place.tags) or same_word(head, place.kind)
                           or (head == "budget" and price_rank(place) <= 1))


def find_place(places: list[Place], asked: str) -> Place | None:
    """A place by id or by the name a guest uses ("the maritime museum", "pier 9")."""
    key = best_match(asked, {p.id: (p.id, p.name) for p in places})
    return next((p for p in places if p.id == key), None)


_ASIDE = re.compile(r"\s*\([^)]*\)\s*$")


def _written(name: str, kind: str = "") -> tuple[str, ...]:
    """A place's name as a sentence writes it, in lower case: without a leading "the", without a closing aside
    too ("Hanamikoji Street (Gion)" is "Hanamikoji Street" in a sentence), and without its kind at the end when
    what is left is still a name of its own ("Kennin-ji" of "Kennin-ji Temple"; not "Chengdu" of "Chengdu
    Museum", which names the city)."""
    bare = re.sub(r"^the\s+", "", name.lower())
    short = _ASIDE.sub("", bare) or bare
    forms = [bare, short]
    head, _, last = short.rpartition(" ")
    if kind and head and last.rstrip("s") == kind.lower() and (" " in head or "-" in head):
        forms.append(head)
    return tuple(dict.fromkeys(forms))


def named_in(text: str, places: list[Place]) -> list[Place]:
    """The places a text names, by their names as a sentence writes them, longest name first."""
    lowered = text.lower()
    names = {place.id: "|".join(map(re.escape, _written(place.name, place.kind))) for place in places}
    # Not inside a longer Latin word; a Korean or Japanese particle may follow ("Velvet & Vine은").
    return [place for place in sorted(places, key=lambda p: -len(p.name))
            if re.search(rf"(?<![a-zà-ÿ0-9])(?:{names[place.id]})(?![a-zà-ÿ0-9])", lowered)]


def mentioned_in(text: str, places: list[Place], town: str = "") -> list[Place]:
    """The places a guest names: in full, else by the first word of a name, as guests shorten names
    ("is the Gulbenkian open?", "does Tidewater do oat milk?"); not by a word of the `town` the hotel is in,
    which guests say of the town ("our first time in Istanbul" is not the Istanbul Modern)."""
    return named_in(text, places) or _named_by_first_word(text, places, town)


# Words written with a capital, in a row, not first in a sentence: "the Gulbenkian", "the Family Room".
_CAPITALISED = re.compile(r"(?<![.!?¿¡]\s)(?<!^)(?<![.!?¿¡])\b[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:\s+[A-ZÀ-ÖØ-Þ][^\W\d_]+)*")


def _named_by_first_word(text: str, places: list[Place], town: str = "") -> list[Place]:
    """Places whose name's first own word (of four letters or more, that nothing else nearby says: another
    place's name, kind, tags or description; "Gulbenkian" of "Gulbenkian Museum", "Majorelle" of "Jardin
    Majorelle" beside other gardens) is said capitalised, alone or among other words of its name ("la Madrasa
    Ben Youssef"; "Pier" of "the Pier Road garage" is another name), not first in a sentence (in lower case,
    or first, it may be an ordinary word: "what time" is not the Time Out Market), or whose name is written as
    it sounds, by words of it that include an own word of any length: in Hangul or Katakana ("ベン・ユーセフ",
    "ワット・ポー" of "Wat Pho"), or by its consonants in Arabic ("برج خليفة")."""
    runs = [words(m.group(0)) for m in _CAPITALISED.finditer(text.strip())]
    heard = loanwords(text)  # "니시키", "ニシキ": the name as it sounds, in Hangul or Katakana
    if heard:  # a hotel topic written as it sounds ("ゴルフ": golf) is that topic, not a place that sounds alike
        topics = _topics_heard(text)
        heard = [word for word in heard if word not in topics]
    arabic = arabic_words(text)
    # Each run of Arabic words by its consonants, with the fewest words that sound so: a name is heard in as many
    # words as it has, or fewer ("السليمانية" of "Süleymaniye"), never across more ("التوصيل من", "the delivery
    # from", is no Süleymaniye).
    consonants: dict[str, int] = {}
    for i in range(len(arabic)):
        for j in range(i + 1, min(i + 4, len(arabic) + 1)):
            heard_as = arabic_consonants(" ".join(arabic[i:j]))
            consonants[heard_as] = min(consonants.get(heard_as, j - i), j - i)
    found = [place for place, first, spoken in _short_names(places, town)
             if any(first in run and set(run) <= set(words(place.name)) for run in runs)
             or any(sounds_like(w, name) for w in heard for name in spoken if name == first or len(name) >= MIN_HEARD)
             or any(len(latin := latin_consonants(name)) >= 4 and consonants.get(latin, count + 1) <= count and
                    (consonants[latin] == 1 or len(latin) >= 5)   # "إذا ألغيت" (if I cancel) is no "Talek Gate"
                    for name, count in spoken.items())]
    found = [place for at, place in enumerate(found) if not any(place is other for other in found[:at])]
    return found + [place for place in _named_by_beginning(runs, places) if place not in found]


def _topics_heard(text: str) -> set[str]:
    """The loanwords of the hotel topics a text names in Katakana or Hangul ("ゴルフ場": golf): that topic, not a
    place whose name sounds alike ("Kloof Street")."""
    return set(loanwords(" ".join(words for language in ("ja", "ko") for _, words in glossary.topics(text, language))))


def _named_by_beginning(runs: list[list[str]], places: list[Place]) -> list[Place]:
    """The place whose name begins with capitalised words said in a row, two or more, that begin no other
    place's name ("the Grand Palace" of "Grand Palace and Wat Phra Kaew")."""
    names = [(place, words(place.name)) for place in places]
    found = []
    for run in (run for run in runs if len(run) >= 2):
        starting = [place for place, name in names if name[:len(run)] == run]
        found += starting if len(starting) == 1 and starting[0] not in found else []
    return found


# Letters of a run of a name's words heard in Hangul or Katakana, unless it is the name's first own word: "vine"
# of "Velvet & Vine" sounds like "비용이" (the cost), "watpho" is Wat Pho.
MIN_HEARD = 6
_SHORT_NAMES: dict[tuple[object, ...], tuple[list[Place], list[tuple[Place, str, dict[str, int]]]]] = {}


def _short_names(places: list[Place], town: str = "") -> list[tuple[Place, str, dict[str, int]]]:
    """Each place that can be called by words of its name: its first own word (or "" when it has none of four
    letters), and the runs of its name's words that hold an own word ("kenninji"; "watpho", whose "pho" is
    short): read once per hotel's list of places, not at every message (it compares every place's words with
    every other's: 13 ms a turn on the reference hotel)."""
    key = (town, *(id(place) for place in places))
    kept = _SHORT_NAMES.get(key)
    if kept is not None and all(a is b for a, b in zip(kept[0], places, strict=True)):
        return kept[1]
    said = {p.id: set(words(" ".join([p.name, p.kind, p.description, *p.tags]))) for p in places}
    found = []
    for place in places:
        others = set().union(*(said[p.id] for p in places if p is not place))
        names = set().union(*(words(p.name) for p in places if p is not place))
        name = words(place.name)
        # words no other place says, nor its kind: "Majorelle" of "Jardin Majorelle" beside "Jardin Secret"
        own = [i for i, w in enumerate(name)
               if len(w) >= 3 and w not in names | others | set(words(place.kind)) | set(words(town))]
        if own:
            first = next((name[i] for i in own if len(name[i]) >= 4), "")
            # the name in its closing aside is a name too ("Yaowarat" of "Chinatown (Yaowarat Road)")
            main = len(words(_ASIDE.sub("", place.name)))
            aside = next((name[i] for i in own if i >= main and len(name[i]) >= 4), "")
            # heard alone or run together with the words around it: "youssef", "benyoussef"; with how many words
            runs = {}
            for i in range(len(name)):
                for j in range(i + 1, len(name) + 1):
                    if any(i <= at < j for at in own):
                        runs["".join(name[i:j])] = min(runs.get("".join(name[i:j]), j - i), j - i)
            found += [(place, word, runs) for word in dict.fromkeys((first, aside)) if word or word == first]
    if len(_SHORT_NAMES) >= 64:
        _SHORT_NAMES.clear()
    _SHORT_NAMES[key] = (list(places), found)
    return found


# How hotels write the way to a place: on foot, by car, and by what a river, a lagoon or a city runs ("boat_minutes:
# 5" for a mall a shuttle boat stops at): the first one written is said.
_WAYS = ("walk_minutes", "drive_minutes", "boat_minutes", "ferry_minutes", "tram_minutes", "flight_minutes")


def distance_text(place: Place, language: str) -> str:
    """How far the place is, the way the hotel wrote it first, in the guest's language."""
    minutes = {way: getattr(place, way, None) for way in _WAYS}
    way = next((way for way in _WAYS if isinstance(minutes[way], int)), None)
    return say(way, language, n=minutes[way]) if way else ""


# A price in any currency ("JPY 800", "KRW 32,000", "$15", "12 €", "¥180", "2,000원"; "THB 500 entry" of a place),
# not a level of "$" signs.
WRITTEN_PRICE = compiled(r"(?:[$€£¥₩₽₺]|\b[A-Z]{3}\b)\s?\d+(?:[,.]\d+)*|(?<![\d:.,])\d+(?:[,.]\d+)*\s?(?:[$€£¥₩₽₺]|"
                           r"\b[A-Z]{3}\b|(?i:\b(?:yen|won|yuan|dirhams?|pesos?|francs?|dollars?|euros?)\b)|円|元|원)")


def cost_text(place: Place, hotel: Hotel, language: str) -> str:
    """What the place costs when the hotel wrote an amount ("THB 500 entry", "USD 390 per couple"): as written
    for a guest who reads the hotel's language, else the amount; or that it is free."""
    level = place.price_level.strip()
    if level.lower() == "free":
        return say("fact_free", language)
    amount = WRITTEN_PRICE.search(level)
    if amount is None:
        return ""
    return hotel_text(hotel, language, level) or say("place_price", language, price=amount.group(0))


def around_the_clock(text: str) -> bool:
    """Whether hours written by the hotel ("24h", "24/7") mean open at every hour: said as such in a sentence."""
    hours = parse_hours(text)
    return bool(text.strip()) and hours.always and not hours.span


def hours_text(hours: Hours, language: str) -> str:
    """Opening hours in the guest's language: "10:00-17:00, closed on Monday", "only on Saturday"."""
    if hours.always and not hours.span:
        parts = [say("hours_always_open", language)]
    elif _ALL_DAY.fullmatch(hours.text.strip()):
        parts = [say("hours_all_day", language)]
    elif hours.sunrise_to_sunset:
        parts = [say("hours_sunrise_sunset", language)]
    elif hours.span and not hours.several and not (hours.monthly or hours.unsettled or hours.season):
        parts = ["-".join(t.strftime("%H:%M") for t in hours.span)]
    else:
        return hours.text  # the hotel's own words: better untranslated than a Sunday shown with Monday's hours,
        # or a Tuesday the market opens on most weeks shown as every Tuesday
    open_days = [d for d in range(7) if d not in hours.closed]
    if open_days and len(open_days) < len(hours.closed):  # "only on Tuesday and Friday", not five days closed
        parts.append(say("open_only_on", language,
                         day=join_list([weekday_name(d, language) for d in open_days], language)))
    elif hours.closed:
        days = join_list([weekday_name(d, language) for d in sorted(hours.closed)], language)
        parts.append(say("closed_on", language, day=days))
    elif hours.daily and not hours.always:
        parts.append(say("open_daily", language))
    return ", ".join(parts)


def place_line(place: Place, hotel: Hotel, language: str) -> str:
    """One place as a recommendation line: name, how far, when open, what entry costs (or that it is free), and
    the hotel's description."""
    facts = "; ".join(p for p in (distance_text(place, language), hours_text(parse_hours(place.hours), language),
                                  cost_text(place, hotel, language)) if p)
    description = hotel_text(hotel, language, place.description)
    return f"• {place.name} ({facts})" + (f": {description}" if description else "")


# Ways to travel the hotel's words on a place name ("Metro Red Line to...", "take the shuttle boat", "U1 from
# Kottbusser Tor", "el subte", "en taxi"): said in the guest's language when the words themselves are not.
_MODES = (
    ("metro", r"\b(?:metro|métro|subway|underground|u-?bahn|u\d{1,2}|mrt|bts|subte|tube)\b"),
    ("tram", r"\b(?:tram|tranv[ií]a|stra[ßs]enbahn|monorail)\b"),
    ("bus", r"\b(?:bus(?:es)?|colectivo|autob[uú]s)\b"),
    ("train", r"\b(?:trains?|tren|zug|s-?bahn|railway)\b"),
    ("boat", r"\b(?:boats?|ferry|ferries|abra|water\s+bus|barco|bateau|lancha)\b"),
    ("taxi", r"\b(?:taxis?|cabs?|grab|uber|careem|remis)\b"),
)


def way_text(place: Place, hotel: Hotel, language: str) -> str:
    """How to get to the place, for a guest who asks the way: the hotel's words (its transit line, its
    description: "take the shuttle boat to Sathorn..."), or, to a guest who reads another language, the ways
    of travel they name ("by metro"). Empty when the hotel wrote none, or the recommendation line says them."""
    transit = getattr(place, "transit", None)
    shown = hotel_text(hotel, language, place.description)  # in the recommendation line already
    said = " ".join(t.strip().rstrip(".") + "." for t in (transit, None if shown else place.description)
                    if isinstance(t, str) and t.strip())
    if not said or hotel_text(hotel, language, said):
        return said
    modes = [say(f"way_{mode}", language) for mode, words in _MODES if re.search(words, said, re.IGNORECASE)]
    return say("way_by", language, modes=join_list(modes, language)) if modes else ""
