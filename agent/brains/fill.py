"""Each skill's arguments, filled from what the guest wrote.

The clause that asked for the skill speaks first; the words around it
("I'm coming with my cat" after an availability question) fill what it leaves
out. Only what the text says goes in: what earlier turns settled (the stay under
discussion, an open order) the skills read from the conversation's state
themselves, and what a skill was still missing the brain replays.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from agent.brains import (
    counting,
    dates,
    dishes,
    framing,
    menus,
    money,
    nearby,
    orders,
    room_slots,
    slots,
    splitter,
    stay_words,
    upkeep,
    wants,
)
from core.translit import compiled
from kb.glossary import named, topics
from skills import itinerary_plan as itinerary
from skills.base import SkillContext
from skills.booking import remembered_stay
from skills.check_availability import has_feature
from skills.formatting import join_list
from skills.guest import verified_guest

_FOLIO = compiled(r"\b(?:list|itemi[sz]ed|break\s*down|breakdown|details?|charges|folio|statement|items|line)\b|"
                    r"\bwhat\s+charges\b|desglos\w*|détail|"
                    r"aufstellung|posten|детал\w*|明细|明細|(?:什么|哪些)费用|(?:どんな|何の)料金|내역|(?:어떤|무슨)\s*요금|تفاصيل|"
                    r"ما\s+(?:هي\s+)?الرسوم", re.IGNORECASE)
_HALF_DAY = compiled(r"\bhalf\b|\bmorning\b|\bafternoon\b|\bevening\b|medio\s+d[ií]a|\btarde\b|demi-journée|"
                       r"après-midi|\bmatin\b|halbe?n?\s+tag|nachmittag|vormittag|полдня|утро|下午|上午|半日|午後|반나절|오후|"
                       r"نصف\s+يوم", re.IGNORECASE)
_BARE_ROOM = re.compile(r"^\W*(?:room\s*|#)?(\d{2,4})\W*$", re.IGNORECASE)
_BARE_NAME = re.compile(r"^\s*([A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]+){1,3})\s*\.?\s*$")
_BARE_RATING = re.compile(r"^\W*([1-5])\W*$")


@dataclass
class Step:
    """One thing to do for the guest: the skill (or brain intent), the words that asked, and words around them."""

    intent: str
    text: str
    context: str = ""  # words after it, or lent to it
    told: str = ""     # the story told before it, kept before it: the encoder reads a message in its own order
    room: str = ""     # the one room the message says elsewhere ("out of mozzie spray ... - villa 10")

    @property
    def full(self) -> str:
        return " ".join(part for part in (self.told, self.text, self.context) if part)

    @property
    def around(self) -> str:
        return " ".join(part for part in (self.told, self.context) if part)

    def first(self, extract: Callable[[str], Any]) -> Any:
        """What `extract` finds in a correction ("at 7. Actually make it 6:45"), else in the asking clause,
        else in the words around it."""
        for text in (corrected(self.text), self.text, self.around):
            found = extract(text) if text else None
            if found not in (None, [], ""):
                return found
        return extract(self.text)


# Words that take back what came before them: the value after the last one is the one the guest wants.
_CORRECTION = compiled(
    r"\b(?:actually|no\s+wait|wait|make\s+it|i\s+mean[t]?|correction|sorry|rather|instead|change\s+(?:it|that)\s+to|"
    r"oops|mejor|perd[oó]n|en\s+realidad|plut[oô]t|en\s+fait|lieber|eigentlich|korrektur|точнее|вернее|лучше)\b|"
    r"不对|改成|还是|やっぱり|いや|아니|말고|عفوا|بل\s", re.IGNORECASE)


def corrects(clause: str) -> bool:
    """Whether a sentence only takes back something said before it ("Plutôt 5h30.", "No wait, 6:30")."""
    cue = _CORRECTION.search(clause)
    return bool(cue) and not clause[:cue.start()].strip(" ,.!¡¿-")


def corrected(text: str) -> str:
    """The words after the last correction in the text, or "" when the guest corrected nothing."""
    cues = list(_CORRECTION.finditer(text))
    return text[cues[-1].end():] if cues else ""


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def month_first(ctx: SkillContext) -> bool:
    """Whether "3/12" is March 12: so for an American writing English and in Chinese, Japanese and Korean, which
    write the month first ("4/3(토)" is April 3rd); 3 December for everyone else."""
    american = ctx.language == "en" and ctx.hotel.address.country in ("US", "USA", "")
    return american or ctx.language in ("zh", "ja", "ko")


def _room(step: Step, ctx: SkillContext) -> str | None:
    """The room the guest names: by number, else by the name the hotel gives it ("chambre Kikyo")."""
    names = room_slots.room_names(ctx.hotel.guests)
    return step.first(room_slots.room_number) or step.first(lambda text: room_slots.named_room(text, names))


def choosing_room(ctx: SkillContext) -> bool:
    """The guest was just shown the rooms free for their dates and asked which: "the one with the Matterhorn view"
    picks one by a word of its name."""
    stay = remembered_stay(ctx)
    return (ctx.state.get("offer") or {}).get("skill") == "create_lead" and bool(stay.check_in) and not stay.room_code


def _room_features(text: str, ctx: SkillContext) -> dict[str, Any]:
    """What the guest wants the room to have ("ein Zimmer mit Badewanne": bathtub), of what sets the hotel's rooms
    apart: a feature every room has, or none, narrows nothing."""
    said = dict(topics(text, ctx.language))
    features = [concept for concept in named(text, ctx.language) - {"bed"}  # a bed word names the room type
                if 0 < sum(has_feature(room, concept) for room in ctx.hotel.rooms) < len(ctx.hotel.rooms)]
    # the guest's words, with the article English says them with ("a fireplace")
    wanted = [m.group(0) for concept in features
              if (m := re.search(rf"(?:\b(?:an?)\s+)?{re.escape(said.get(concept, concept))}", text, re.IGNORECASE))]
    return {"features": features, "wanted": join_list(wanted, ctx.language) or None} if features else {}


def check_availability(step: Step, ctx: SkillContext) -> dict[str, Any]:
    full = room_slots.without_room_size(step.full)  # "the 8-bed dorm": no party of 8, no 8th of the month
    stay = dates.find_stay(corrected(full), ctx.now.date(), month_first(ctx))
    if not (stay.check_in and stay.check_out):  # "Korrektur: bis zum 13." changes one end: read the whole
        stay = dates.find_stay(full, ctx.now.date(), month_first(ctx))
    arrival = remembered_stay(ctx).check_in
    leaving = dates.departure_only(full, arrival, month_first(ctx)) if arrival else None
    if leaving:  # "make that 3 nights, we'll leave on the 13th": the stay under discussion, longer
        stay = dates.Stay(arrival, leaving, (leaving - arrival).days)
    elif arrival and (stay.nights or 0) > 1 and not stay.check_in:  # "make it 3 nights", not "per 1 night"
        stay = dates.Stay(arrival, arrival + dt.timedelta(days=stay.nights), stay.nights)
    elif stay.check_in and not stay.check_out and not stay.nights and not arrival \
            and not stay_words.STAY_OPENS.search(step.full):  # "a room on 31/12?": that night; the reply says 1 night
        stay = dates.Stay(stay.check_in, stay.check_in + dt.timedelta(days=1), 1)
    guests = slots.guest_count(full)
    args = {"check_in": _iso(stay.check_in), "check_out": _iso(stay.check_out), "guests": guests,
            "room_code": room_slots.room_type(step.full, ctx.hotel.rooms, guests, asked=choosing_room(ctx)),
            "pets": room_slots.wants_pets(step.full), **_room_features(step.full, ctx)}
    room = ctx.hotel.room(args["room_code"] or "")
    if not guests and room is not None and room.sold_per == "bed":  # "two beds in the 6-bed dorm": a bed each
        args["guests"] = slots.bed_count(step.full)
    if not args["room_code"]:  # "is a suite free?" of two suites: whether any of them is
        args["kind"] = room_slots.rooms_of_kind(step.full, ctx.hotel.rooms, asked=choosing_room(ctx)) or None
    guest, extension = verified_guest(ctx), stay_words.EXTEND_STAY.search(step.full)
    if guest is not None and extension and not stay.check_in:
        # "an extra night" from a guest in house: the nights after their departure, in the room type they have
        counted = counting.quantity_in(extension.group(0))
        nights = stay.nights or (counted[0] if counted else 1)
        args |= {"check_in": _iso(guest.departure), "check_out": _iso(guest.departure + dt.timedelta(days=nights)),
                 "guests": args["guests"] or guest.adults, "room_code": args["room_code"] or guest.room_type}
    return {k: v for k, v in args.items() if v not in (None, False)}


def _bare_name(step: Step, ctx: SkillContext) -> str | None:
    """A name written on its own, as the message or its last sentence ("Je la prends. Martin Roux"), that names
    no room ("Family Studio."); in a script without capitals only when the name was asked for ("김서연입니다")."""
    for text in (step.text, re.split(r"[.!?]\s+", step.text.strip())[-1], step.around):
        bare = _BARE_NAME.match(text)
        if bare and room_slots.room_type(bare.group(1), ctx.hotel.rooms) is None:
            return bare.group(1)
    asked = "name" in ((ctx.state.get("pending") or {}).get("missing") or [])
    return slots.name_alone(step.text) if asked else None


def create_lead(step: Step, ctx: SkillContext) -> dict[str, Any]:
    args = {"name": slots.person_name(step.text) or slots.person_name(step.full) or _bare_name(step, ctx),
            "email": slots.email(step.full), "phone": slots.phone(step.full),
            "guests": slots.guest_count(step.full), "notes": ", ".join(sorted(business_topics(step.full, ctx)))}
    return {k: v for k, v in args.items() if v}


# Hotel topics (kb/glossary.yaml) a company asks for, which the sales team answers: no night's stay.
BUSINESS = frozenset({"meeting room", "corporate rate"})


def business_topics(text: str, ctx: SkillContext) -> set[str]:
    """The business topics the text names ("a corporate account", "une salle pour 10 personnes", "会议室")."""
    return named(text, ctx.language) & BUSINESS


def generate_payment_link(step: Step, ctx: SkillContext) -> dict[str, Any]:
    """A reservation code, or the room the guest picks when the link waits for one ("the Riverside room")."""
    asked = "room_code" in ((ctx.state.get("pending") or {}).get("missing") or [])
    args = {"reservation_code": slots.reservation_code(step.full),
            "room_code": room_slots.room_type(step.full, ctx.hotel.rooms, remembered_stay(ctx).guests, asked)}
    return {k: v for k, v in args.items() if v}


def room_service(step: Step, ctx: SkillContext) -> dict[str, Any]:
    order = (ctx.state.get("room_service") or {}).get("lines") or []
    on_order = {line["item_id"] for line in order}
    words = menus.local_words(ctx.hotel)
    read = orders.menu_read(step.full, ctx.hotel.menu.items, words)
    said, remove = dict(read.said), read.remove
    # "make the salad without anchovies" speaks about an item already ordered; "the burger, please" orders it.
    add = read.add + [(item_id, 1) for item_id in read.referred if item_id not in on_order]
    offered = _offered(ctx)
    # "and a glass too" after a bottle of Malbec: the Malbec by the glass
    again = orders.served_again(step.text, ctx.hotel.menu.items, ordered_so_far(ctx))
    add += again
    # Dishes in other words than the menu's ("一份素食碗"), read by meaning: named back, placed on a yes.
    meant, unlisted, unread = dishes.read_all(step.text, ctx.hotel.menu.items, ctx.kb.embedder, words,
                                              room_slots.room_names(ctx.hotel.guests)) if ctx.hotel.menu.items and \
        not again else ([], [], [])
    meant = [{"item_id": i, "quantity": q, "said": said} for i, q, said in meant if i not in dict(add)]
    # What the menu does not have goes in by the guest's own name: the skill says it was not found.
    # A kind the menu has several dishes of ("empanadas"): which one; made of what none is ("pork empanadas"): not found
    choose = [{"said": said, "item_ids": ids} for said, ids in read.unclear.items() if ids]
    unknown = [{"item_id": phrase, "listed": False}
               for phrase in [*unlisted, *unread, *(said for said, ids in read.unclear.items() if not ids)]]
    quote = bool(wants.PRICE.search(step.text)) and not wants.ORDER.search(step.text)
    exact = bool(wants.ORDER_SET.search(step.text))  # "make it 3 burgers": three in all, not three more
    named = [{"item_id": i, "quantity": q, **({"said": said[i]} if i in said else {}),
              **({"exact": True} if exact and i in on_order else {})} for i, q in add]
    if offered and (remove or (add and (again or wants.ORDER_CHANGE.search(step.text)))):
        # A change to an order quoted and not yet placed ("actually, no salad"): the changed order, quoted again
        counts = _changed({line["item_id"]: line["quantity"] for line in offered}, add, remove, read.fewer, exact)
        said |= {line["item_id"]: line["said"] for line in offered if line.get("said")}  # "баклаву" said back
        return {"items": [{"item_id": i, "quantity": q, **({"said": said[i]} if i in said else {})}
                          for i, q in counts.items()], "quote": True,
                "room": _room(step, ctx) or ctx.state["offer"]["args"].get("room")} if counts else {"remove": remove}
    # "remove one burger" from two leaves one: the line's new count, the whole line only when none is left
    left = _left_after({line["item_id"]: line["quantity"] for line in order}, remove, read.fewer)
    named += [{"item_id": item_id, "quantity": quantity, "exact": True} for item_id, quantity in left.items()]
    remove = [item_id for item_id in remove if item_id not in left]
    args: dict[str, Any] = {"items": [*named, *meant, *unknown],
                            "remove": remove, "notes": orders.order_notes(step.full),
                            "room": _room(step, ctx) or _bare_room(step),
                            "deliver_at": None if quote else _later_today(dates.find_time(step.text), ctx),
                            "quote": quote, "confirm": bool(meant), "choose": choose}
    return {k: v for k, v in args.items() if v}


def _offered(ctx: SkillContext) -> list[dict[str, Any]]:
    """The lines of an order quoted and not yet placed (none once one is placed)."""
    offer = ctx.state.get("offer") or {}
    order = (ctx.state.get("room_service") or {}).get("lines")
    return offer["args"].get("items", []) if offer.get("skill") == "room_service" and not order else []


def ordered_so_far(ctx: SkillContext) -> list[str]:
    """The items of the conversation's order: placed, waiting for a room, or quoted for a yes."""
    order = (ctx.state.get("room_service") or {}).get("lines") or []
    return [line["item_id"] for line in [*order, *_offered(ctx)]]


def _changed(counts: dict[str, int], add: list[tuple[str, int]], remove: list[str], fewer: dict[str, int],
             exact: bool) -> dict[str, int]:
    """An order's counts after the guest's change: more of an item (or that many, with `exact`), fewer, or none."""
    counts = dict(counts)
    for item_id, quantity in add:
        counts[item_id] = quantity if exact else counts.get(item_id, 0) + quantity
    left = _left_after(counts, remove, fewer)
    return {item_id: left.get(item_id, quantity) for item_id, quantity in counts.items()
            if item_id not in remove or item_id in left}


def _left_after(counts: dict[str, int], remove: list[str], fewer: dict[str, int]) -> dict[str, int]:
    """What stays of each item taken off by a count ("remove one burger" of three: two); an item taken off with no
    count, or by as many as there are, is gone."""
    return {item_id: counts[item_id] - fewer[item_id] for item_id in remove
            if item_id in fewer and counts.get(item_id, 0) > fewer[item_id]}


def _later_today(time: str | None, ctx: SkillContext) -> str | None:
    """A time the guest wants something, read forward: "at 8" said in the afternoon is 20:00."""
    if time is None:
        return None
    hour, minute = (int(part) for part in time.split(":"))
    now = ctx.now.hour * 60 + ctx.now.minute
    if hour < 12 and hour * 60 + minute < now < (hour + 12) * 60 + minute:
        hour += 12
    return f"{hour:02d}:{minute:02d}"


def housekeeping(step: Step, ctx: SkillContext) -> dict[str, Any]:
    # Every item of the request, not only those after a correction ("2 towels. Correction: make it 4, and shampoo").
    text = step.text if upkeep.housekeeping_items(step.text) else step.around
    items = [{"item": item, "quantity": qty, "said": upkeep.housekeeping_said(text, item)}
             for item, qty in upkeep.housekeeping_items(text)]
    args = {"items": items, "request": step.text[:500], "room": _room(step, ctx) or _bare_room(step)}
    return {k: v for k, v in args.items() if v}


def wake_up_call(step: Step, ctx: SkillContext) -> dict[str, Any]:
    args = {"time": step.first(_wake_time), "date": _day(step, ctx), "room": _room(step, ctx),
            "moves": moves_the_call(step.text, ctx)}
    return {k: v for k, v in args.items() if v}


def moves_the_call(text: str, ctx: SkillContext) -> bool:
    """Whether the guest moves the wake-up call just set ("actually, make it 6:15", "비행기 시간이 바뀌어서 5시 30분으로
    바꿔 주세요"), not asking of another thing of the hotel's a time could be moved for ("is breakfast served earlier,
    at 6:30?")."""
    return ctx.state.get("topic") == "wake_up_call" and bool(
        _CORRECTION.search(text) or stay_words.MOVE.search(text)) and bool(dates.find_times(text)) and \
        not (named(text, ctx.language) and framing.QUESTION.search(text))


_CLAUSE_END = re.compile(r"[,;.!?，。、；！？]|\s[-–—]\s")


def _wake_time(text: str) -> str | None:
    """The hour to be woken at: of the times a text says, one in the clause that asks for the call ("We have the
    07:30 ferry - could you give us a wake-up call at 5:45?", "Unser Zug fährt um 9:12, bitte wecken Sie uns um 7
    Uhr"), the nearest to its words; else the first."""
    times, asked = dates.find_times(text), stay_words.WAKE.search(text)
    if not times or asked is None:
        return times[0][2] if times else None
    start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, asked.start())), default=0)
    end = next((m.start() for m in _CLAUSE_END.finditer(text, asked.end())), len(text))
    own = [t for t in times if start <= t[0] and t[1] <= end] or times
    return min(own, key=lambda t: max(t[0] - asked.end(), asked.start() - t[1], 0))[2]


def _day(step: Step, ctx: SkillContext) -> str | None:
    """The day a thing is wanted; the next one for an hour after midnight of the night named ("tonight at 1")."""
    days = step.first(lambda text: dates.find_dates(text, ctx.now.date(), month_first(ctx)))
    night = step.first(lambda text: dates.past_midnight(text) or None)
    return _iso(days[0] + dt.timedelta(days=1) if night else days[0]) if days else None


# A party said by a number word after "for" ("a table for four", "para dos", "für drei"): a digit there may be an
# hour ("the shuttle for 7"), so only a party said with its people ("for 2 people") is read from digits.
_FOR_PARTY = re.compile(rf"\b(?:for|para|pour|für)\s+(?:the\s+)?(?P<n>{dates.WORD_NUMBER})\b", re.IGNORECASE)


def book_service(step: Step, ctx: SkillContext, entry: str) -> dict[str, Any]:
    """What the desk needs to book a service: the guest's words, the FAQ entry, the day, the hour, the party."""
    party = step.first(slots.guest_count) or step.first(lambda text: next(
        (counting.number(m.group("n")) for m in _FOR_PARTY.finditer(text)), None))
    args = {"service": step.text[:500], "entry": entry, "day": _day(step, ctx),
            "time": step.first(dates.find_time), "party": party, "room": _room(step, ctx)}
    return {k: v for k, v in args.items() if v}


def billing_inquiry(step: Step, ctx: SkillContext) -> dict[str, Any]:
    # the questions after it are of the bill too ("what's our total? did the driver go on it?": that line)
    asked = [step.text, *(c for c in splitter.clauses(step.context) if framing.QUESTION.search(c))]
    args = {"reservation": slots.reservation_code(step.full), "detail": "folio" if _FOLIO.search(step.text) else None,
            "item": room_slots.without_room(" ".join(asked))[:300],  # "I'm in B2床位": whose bill, no line of it
            "someone_else": bool(money.OTHERS_BILL.search(step.full)) or None}
    return {k: v for k, v in args.items() if v}


def check_out(step: Step, ctx: SkillContext, late: bool = False) -> dict[str, Any]:
    days = dates.find_dates(step.full, ctx.now.date(), month_first(ctx))
    args = {"late": late or None, "date": _iso(days[0]) if days else None, "room": late and _room(step, ctx) or None}
    return {k: v for k, v in args.items() if v}


def local_recommendations(step: Step, ctx: SkillContext) -> dict[str, Any]:
    # the request as the guest put it ("sea lions. Any spot?")
    args = {**nearby.place_filters(step.full, ctx.hotel.places, ctx.hotel.address.city), "request": step.full[:500]}
    if nearby.asks_the_way(step.text):  # "how do we get there?": the hotel's words on the way, not only minutes
        args["way"] = True
    # A place in a sentence that asks nothing ("We fly home Thursday from Malé.") is no visit to check the day of.
    if "place" in args and not (framing.QUESTION.search(step.full) or wants.REQUEST.search(step.full)):
        return {key: value for key, value in args.items() if key != "day"}
    day = _planned_day(step.full, ctx)
    if day:  # "is it open tomorrow?": the weekday that day falls on, and the date (some places close some weeks)
        args["day"], args["date"] = day.strftime("%A"), day.isoformat()
    return args


def _planned_day(text: str, ctx: SkillContext) -> dt.date | None:
    """The date a guest plans to go: of "Tuesday 15 December" the date written out, not the coming Tuesday (a
    weekday alone reads as the nearest one, so of several dates on one weekday the latest is the one written)."""
    days = dates.find_dates(text, ctx.now.date(), month_first(ctx))
    return max((d for d in days if d.weekday() == days[0].weekday()), default=None)


def itinerary_plan(step: Step, ctx: SkillContext) -> dict[str, Any]:
    days = dates.find_dates(step.full, ctx.now.date(), month_first(ctx))
    filters = nearby.place_filters(step.full, ctx.hotel.places, ctx.hotel.address.city)
    many = counting.days_count(step.full) or 1
    args = {"length": "half" if _HALF_DAY.search(step.full) else None, "interests": filters.get("tags"),
            "date": _iso(days[0]) if days else None, "days": min(many, itinerary.MAX_DAYS) if many > 1 else None}
    return {k: v for k, v in args.items() if v}


def feedback(step: Step, ctx: SkillContext) -> dict[str, Any]:
    bare = _BARE_RATING.match(step.text)
    rating = counting.rating(step.full) or (int(bare.group(1)) if bare else None)
    comment = None if bare else step.full[:1000]  # a bare "4" answers the question; the comment came before
    return {k: v for k, v in {"rating": rating, "comment": comment}.items() if v}


def complaints(step: Step, ctx: SkillContext) -> dict[str, Any]:
    return {k: v for k, v in {"text": step.full[:2000], "room": _room(step, ctx)}.items() if v}


def amenities_info(step: Step, ctx: SkillContext) -> dict[str, Any]:
    return {"amenity": step.text[:200]}


def handoff_to_staff(step: Step, ctx: SkillContext) -> dict[str, Any]:
    return {"reason": step.full[:200]}


def bare_room(text: str) -> str | None:
    """A room number said alone ("305", "#12", "room 7"): whose room, for the request beside it."""
    m = _BARE_ROOM.match(text)
    return m.group(1) if m else None


def _bare_room(step: Step) -> str | None:
    """A room said alone in the request's sentence or in one lent to it ("Do you have a sewing kit? ... 305"), else
    the one the message says in another request's sentence."""
    return next(filter(None, map(bare_room, [step.text, *splitter.clauses(step.context)])), None) or step.room or None


FILLERS: dict[str, Callable[[Step, SkillContext], dict[str, Any]]] = {
    "check_availability": check_availability, "create_lead": create_lead,
    "generate_payment_link": generate_payment_link, "room_service": room_service, "housekeeping": housekeeping,
    "wake_up_call": wake_up_call, "billing_inquiry": billing_inquiry, "check_out": check_out,
    "local_recommendations": local_recommendations, "itinerary_plan": itinerary_plan, "feedback": feedback,
    "complaints": complaints, "amenities_info": amenities_info, "handoff_to_staff": handoff_to_staff,
    "wifi_info": lambda step, ctx: {}, "early_check_in": lambda step, ctx: {},  # the stay: the verified phone's
}
