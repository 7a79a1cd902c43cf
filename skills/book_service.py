"""`book_service`: Pass a guest's request to book one of the hotel's services (the shuttle, a table, a treatment,
a tour) to the front desk, which confirms it.

The hotel's FAQ says how such a service is booked ("book it here in the chat, with the time and number of
passengers"); a guest who then asks for it with the day, the hour or the party has done just that, and the
request must reach a person rather than be answered with the instructions again. Nothing is promised: the
desk checks the hour against its timetable and confirms. An hour outside the hours the hotel gives for the service
(the shuttle "runs from 05:00 to 23:00", asked for at 4am) is not passed on: the guest hears the hours and is asked
for another time.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from pydantic import BaseModel, Field

from core.hotels import KBEntry
from core.i18n import say
from core.translit import compiled
from skills.amenities_info import find_amenity
from skills.base import Skill, SkillContext, SkillResult
from skills.formatting import long_date
from skills.guest import guest_room
from skills.matching import same_word, words
from skills.tickets import awaited, open_ticket, team_name

KIND = "service_booking"
DEPARTMENT = "front_desk"

# An FAQ answer that says the hotel books its service ("book it at the front desk or here in the chat", "the front desk
# can book", "we arrange", "Reserve at reception", "le reservamos", "wir buchen", "フロントで予約"), in any language a
# hotel writes in: the desk can act on a request for it.
_DESK = (r"(?:(?:the|our)\s+)?(?:front\s+desk|reception|concierge|tours?\s+desk|desk|team|staff)")
_BOOKED_BY_US = compiled(
    rf"\b(?:book|reserve)(?:s|d|ed)?\b\s+(?:[\w'-]+\s+){{0,5}}?(?:here|in\s+(?:this|the)\s+chat|by\s+chat|"
    rf"(?:at|with|through|via)\s+(?:{_DESK}|us|(?:the\s+)?chat|whats\s?app))\b|"
    rf"\b(?:we|{_DESK})\s*(?:\([^)]*\)\s*)?(?:can\s+|will\s+|'ll\s+|gladly\s+|happily\s+|also\s+)*"
    rf"(?:book|reserve|arrange|organi[sz]e)s?\b|"
    r"\b(?:i|we)(?:'ll|\s+will)\s+pass\s+it\s+(?:on\s+)?to\s+(?:the\s+)?(?:front\s+desk|reception|concierge)|"
    r"\breserv\w*\s+(?:\w+\s+){0,4}?(?:en\s+(?:la\s+)?recepci[oó]n|aqu[ií]|(?:en|por)\s+(?:el\s+)?chat)|"
    r"\b(?:te|le|les)\s+(?:reservamos|gestionamos|organizamos)|\br[ée]serv\w*\s+(?:\w+\s+){0,4}?(?:[àa]\s+la\s+"
    r"r[ée]ception|ici|(?:dans|par)\s+le\s+chat)|\bnous\s+(?:r[ée]servons|organisons)|\b(?:buchbar|buchen|"
    r"reservieren)\s+(?:\w+\s+){0,4}?(?:an\s+der\s+Rezeption|hier\s+im\s+Chat)|\ban\s+der\s+Rezeption\s+"
    r"(?:buchbar|buchen|reservieren)|\bwir\s+(?:buchen|organisieren)|(?:забронир\w+|записат\w+)\s+"
    r"(?:\w+\s+){0,4}?(?:на\s+стойке|у\s+администратора|в\s+чате|на\s+ресепшн)|\bмы\s+(?:бронируем|организуем)|"
    r"(?:前台|聊天中)可?(?:代订|预订|预约)|我们(?:可以)?(?:代订|代为预订|安排)|(?:フロント|チャット)で(?:ご)?予約|"
    r"手配(?:いた)?します|(?:프런트|채팅)(?:에서|으로)\s*예약|예약해\s*드립니다|الحجز\s+(?:من|عبر|لدى)\s+الاستقبال|نرتب",
    re.IGNORECASE)
# ...and not one the guest books themselves ("licensed sitters, whom you book directly", "book online").
_BOOKED_BY_GUEST = re.compile(r"\b(?:book|reserve)\w*\s+(?:it\s+|them\s+)?(?:directly|yourself|yourselves|online)\b|"
                              r"\bwhom\s+you\s+book", re.IGNORECASE)

# A span of hours as a hotel writes it ("05:00-23:00", "from 05:00 to 23:00", "de 06:00 a 22:00", "с 5:00 до 23:00",
# "5:00〜23:00", "05:00부터 23:00까지", "من 05:00 إلى 23:00")...
_SPAN = compiled(r"(?<![\d:])(?P<a>[01]?\d|2[0-4]):(?P<am>[0-5]\d)\s*(?:-|–|—|~|〜|～|至|到|부터|to|and|a|à|et|y|bis|"
                   r"und|до|و|إلى|الى)\s*(?P<b>[01]?\d|2[0-4]):(?P<bm>[0-5]\d)(?!\d)", re.IGNORECASE)
# ...in a sentence not about the desk that books it ("Our tours desk (at reception, 07:00-22:00) books the tours").
_DESK_HOURS = compiled(r"\b(?:desk|reception|concierge|recepci[oó]n|r[ée]ception|rezeption|ресепшн\w*|стойк\w*)|"
                         r"前台|フロント|프런트|الاستقبال", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?;])\s+|(?<=[。！？；])")
_HOURS = r"\d{2}:\d{2}-\d{2}:\d{2}"


class Args(BaseModel):
    """Arguments of `book_service` (also the LLM tool schema)."""

    service: str = Field(max_length=500, description="what the guest asks to book, in their words")
    entry: str | None = Field(default=None, description="the id of the FAQ entry that says how it is booked")
    day: dt.date | None = Field(default=None, description="the day it is wanted, if the guest said")
    time: str | None = Field(default=None, pattern=r"^\d{2}:\d{2}$", description="the hour wanted, HH:MM")
    party: int | None = Field(default=None, ge=1, le=50, description="how many people it is for")
    room: str | None = Field(default=None, description="the guest's room number, if known")
    hours: str | None = Field(default=None, pattern=rf"^{_HOURS}(?:, {_HOURS})*$",
                              description="the hours the hotel's FAQ gives for the service, HH:MM-HH:MM, if it does")


def bookable(entry: KBEntry) -> bool:
    """Whether the hotel's answer says the hotel books its service (so the desk can act on a request for it)."""
    texts = [entry.answer, *(entry.translations or {}).values()]
    return any(map(_BOOKED_BY_US.search, texts)) and not any(map(_BOOKED_BY_GUEST.search, texts))


def booked_by_hotel(entry: KBEntry, kb: Iterable[KBEntry]) -> bool:
    """Whether the hotel books what the entry is about: its answer says so, or an entry of the same kind that
    says the desk books several things names it ("The tours desk books the sunrise tour, the boat ride...")."""
    if bookable(entry):
        return True
    named = words(entry.id)
    return bool(named) and any(
        other.id != entry.id and other.category == entry.category and bookable(other) and
        all(any(same_word(w, s) for s in words(other.answer)) for w in named) for other in kb)


def run(ctx: SkillContext, args: Args) -> SkillResult:
    """A ticket for the desk with what the guest asked, and the guest told it went there; asked twice, once."""
    lang = ctx.language
    room = guest_room(ctx, args.room)
    details = {"service": args.service, "entry": args.entry, "day": args.day.isoformat() if args.day else None,
               "time": args.time, "party": args.party}
    said, team = _details(args, lang), team_name(ctx, DEPARTMENT)
    hours = args.hours or _hours_of(ctx, args)
    if args.time and hours and not _within(args.time, hours):  # the shuttle at 4am, where it runs 05:00-23:00
        return SkillResult(text=say("booking_outside_hours", lang, hours=hours.replace("-", "–"), time=args.time),
                           ok=False, data={**details, "hours": hours})
    if _already_asked(ctx, details):
        return SkillResult(text=say("booking_request_already", lang, team=team), data=details)
    summary = " · ".join(part for part in (
        args.entry or "", details["day"] or "", args.time or "", f"{args.party} people" if args.party else "",
        f"«{args.service}»") if part)
    ticket = open_ticket(ctx, department=DEPARTMENT, kind=KIND, summary=summary, room=room, details=details)
    text = say("booking_request_passed", lang, team=team, details=said) if said else \
        say("booking_request_passed_plain", lang, team=team)
    return SkillResult(text=text, data={**details, "room": room, "ticket_id": ticket.id})


def hours_in(texts: Iterable[str]) -> str | None:
    """The hours the first text that gives any says a service runs ("05:00-23:00", "12:00-15:00, 19:00-23:00"),
    leaving out those of the desk that books it."""
    for text in texts:
        spans = [f"{int(m['a']):02d}:{m['am']}-{int(m['b']):02d}:{m['bm']}" for sentence in _SENTENCE.split(text)
                 if not _DESK_HOURS.search(sentence) for m in _SPAN.finditer(sentence)]
        if spans:
            return ", ".join(dict.fromkeys(spans))
    return None


def _hours_of(ctx: SkillContext, args: Args) -> str | None:
    """The hours of the service in the hotel's own words: its FAQ entry's, else those of the facility it names."""
    entry = ctx.hotel.kb_entry(args.entry) if args.entry else None
    amenity = find_amenity(ctx.hotel.amenities, args.service)
    return hours_in([*([entry.answer] if entry else []), *([amenity.hours] if amenity else [])])


def _within(time: str, hours: str) -> bool:
    """Whether an HH:MM falls in one of the spans, a span past midnight ("18:00-02:00") running into the next day."""
    at = _minutes(time)
    for span in hours.split(", "):
        start, end = map(_minutes, span.split("-"))
        if start <= at <= end or end < start and (at >= start or at <= end):
            return True
    return False


def _minutes(hhmm: str) -> int:
    hour, minute = map(int, hhmm.split(":"))
    return hour * 60 + minute


def _details(args: Args, lang: str) -> str:
    """The day, the hour and the party as the guest reads them ("Saturday, December 12, 2026 · 07:00 · 2 people")."""
    parts = [long_date(args.day, lang, weekday=True)] if args.day else []
    parts += [args.time] if args.time else []
    parts += [say("booking_request_party", lang, n=args.party)] if args.party else []
    return " · ".join(parts)


def _already_asked(ctx: SkillContext, details: dict[str, object]) -> bool:
    """The same request still open in this conversation: a guest who repeats it is not booked twice."""
    last = awaited(ctx, KIND)
    same = ("entry", "day", "time", "party")
    return last is not None and all((last.details or {}).get(key) == details[key] for key in same)


SKILL = Skill(
    name="book_service",
    description="Pass the guest's request to book one of the hotel's services (airport shuttle, a table, a spa "
                "treatment, a tour) for a day, an hour or a party to the front desk, which confirms it.",
    args=Args,
    examples=(
        "Please book the airport shuttle for 2 people at 6am tomorrow", "Can you reserve us a table for four at 8?",
        "¿Nos reservan el traslado al aeropuerto mañana a las 7?", "Reserve una mesa para dos esta noche, por favor",
        "Pouvez-vous réserver la navette pour demain 9h ?", "Réservez-nous un massage samedi à 15h",
        "Können Sie für morgen um 8 Uhr das Shuttle buchen?", "Bitte reservieren Sie einen Tisch für 3 Personen",
        "Забронируйте, пожалуйста, трансфер на завтра в 6 утра", "Запишите нас на экскурсию в субботу",
        "请帮我预订明天早上7点的机场班车", "帮我们订今晚8点两个人的位子", "明日の朝6時にシャトルを予約してください",
        "土曜日の15時にマッサージを予約したいです", "내일 오전 7시 공항 셔틀 예약해 주세요",
        "오늘 저녁 8시에 2명 자리 예약해 주세요",
        "احجز لي الحافلة إلى المطار غدًا الساعة ٧", "أريد حجز جولة لشخصين يوم السبت",
    ),
    run=run,
)
