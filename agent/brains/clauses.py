"""What one sentence of a guest's message says, read by rules: whether it asks, names only a room or a party,
speaks of money, wants a stay, and which intents only the hotel's lists or the conversation's memory reveal."""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.brains import (
    dates,
    dishes,
    faults,
    fill,
    followup,
    framing,
    menus,
    money,
    nearby,
    orders,
    room_advice,
    room_slots,
    routing,
    slots,
    stay_words,
    upkeep,
    wants,
)
from agent.brains.fill import Step
from core.hotels import Place
from core.language import CJK_LETTER
from core.translit import compiled
from kb import glossary
from skills import complaints
from skills.amenities_info import find_amenity
from skills.base import SkillContext
from skills.booking import remembered_stay
from skills.cuisines import asked_cuisine
from skills.tickets import awaited as awaited_ticket

# Hotel topics (kb/glossary.py) of a stay the guest has had, whatever its dates.
ABOUT_A_STAY_HAD = frozenset({"lost and found"})
# Hotel topics (kb/glossary.py) booked on their own: "book" beside one of them asks for that, never for a room.
NOT_A_STAY = frozenset({"airport", "babysitting", "barbecue", "bike", "bus", "car rental", "cruise", "dinner", "doctor",
                        "golf", "hair salon", "hammam", "hiking", "lunch", "massage", "restaurant", "sauna", "scrub",
                        "shuttle", "ski lift", "ski pass", "ski rental", "spa", "tasting", "taxi", "tennis", "tickets",
                        "kids club", "tours", "transfer", "whale watching", "yoga"})
SHORT_FOLLOW_UP = 6  # words of a question that only leans on the place just recommended ("how long by car?")
# A wish said as a condition ("if we want to keep the room till 2, what's the damage?", "si quiero...", "если хочу")
# asks what it would take, and arranges nothing.
ARRANGE = compiled(r"\b(?:arrange|book|request|reserve|put\s+me\s+down|sign\s+me\s+up|(?<!\bif\s)(?:i'?d\s+like|"
                     r"i\s+want|we'?d\s+like|we\s+want)|please\s+(?:give|add|set))\b|(?<!\bsi\s)(?:quiero|quisiera)|"
                     r"je\s+voudrais|ich\s+möchte|organisier\w*|organi[sz]a\w*|(?<!если\s)(?<!если\sя\s)хочу|оформ\w*|"
                     r"(?<!如果)我要|安排|お願いします|手配|원해요|해\s*주세요|(?<!إذا\s)أريد|رتب", re.IGNORECASE)
OPEN = compiled(r"\b(?:open\w*|closed?|abre|abierto|cerrado|ouvert\w*|ouvre\w*|fermé\w*|geöffnet|offen|"
                  r"geschlossen|работа\w*|открыт\w*|закрыт\w*)\b|开门|开放|关门|营业|開いて|営業|開館|休み|열어|열려|"
                  r"영업|문\s*닫|يفتح|مفتوح|مغلق", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?。！？؟]")  # the mark a sentence ends with: a question's, or another
_CLAUSE_COMMA = re.compile(r"[,，、;；：]|:(?!\d)")  # not the colon of "10:30"


def asking_part(sentence: str) -> str | None:
    """The last of a sentence's comma- or colon-separated parts when it alone carries the question mark ("我们下周六到，
    一家三口开车过来，停车一晚多少钱？", "One more thing before we book: ...?"): run-on sentences put the facts first
    and ask last, and the facts drown the question."""
    parts = [part.strip() for part in _CLAUSE_COMMA.split(sentence) if part.strip()]
    return parts[-1] if len(parts) > 1 and parts[-1].endswith(("?", "？", "؟")) else None


def asking_clauses(text: str, clauses: list[str]) -> list[str]:
    """The clauses of the text that ask: a question, a request to be told ("Then tell me when the bar opens."), or a
    part of a sentence that ends with a question mark ("on which days is the class | and how much is it?": the first
    part lost the mark the sentence ends with)."""
    asking, at = [], 0
    for clause in clauses:
        found = text.find(clause, at)
        at = found + len(clause) if found >= 0 else at
        end = _SENTENCE_END.search(text, at) if found >= 0 else None
        if framing.QUESTION.search(clause) or framing.TELL_ME.search(clause) or (
                end is not None and end.group() in "?？؟"):
            asking.append(clause)
    return asking


def names_only_a_room(clause: str) -> bool:
    """"7号室です。", "Hola, habitación 4.": whose room, never a question for the FAQ (which may have an entry on
    the rooms' numbers)."""
    return bool(room_slots.room_number(clause)) and len(re.findall(r"\w", room_slots.without_room(clause))) <= 6


def names_only_a_party(clause: str) -> bool:
    """"两个人", "2 adults, 1 child", "zwei Personen": how many the request beside it is for, never a request (nor a
    person asked for) of its own."""
    return bool(slots.guest_count(clause)) and len(re.findall(r"\w+", clause)) <= 4


def says_only(pattern: re.Pattern[str], clause: str) -> bool:
    """The clause says nothing but what the pattern matches ("thanks!", "hola")."""
    m = pattern.match(clause)
    return bool(m) and not clause[m.end():].strip(" !.?,¡¿")


def _only_a_note(clause: str) -> bool:
    """"Ohne Zwiebeln.", "No ice, please": a preparation wish and nothing else, which can only be about the order
    under way (said alone, the router reads a bare "without" as something missing: a complaint)."""
    notes = orders.order_notes(clause)
    if not notes:
        return False
    rest = wants.PLEASE.sub(" ", clause)
    for note in notes.split("; "):
        rest = rest.replace(note, " ")
    return len(re.findall(r"[^\W\d_]{2,}", rest)) <= 1  # "and", "also"


_MORE_OF = re.compile(r"\b(?:extra|additional|another|more)\b", re.IGNORECASE)


def asks_for_a_stay(clause: str, ctx: SkillContext) -> bool:
    """The sentence gives a stay's nights and who is coming, or which room ("a family room, Feb 6 to 9, 2 adults
    + 2 kids"): a booking, never a room-service order, whatever words of it a dish's name shares."""
    stay = dates.find_stay(room_slots.without_room_size(clause), ctx.now.date(), fill.month_first(ctx))
    return bool(stay.check_in and stay.check_out and stay.check_out > stay.check_in) and bool(
        slots.guest_count(clause) or room_slots.room_type(clause, ctx.hotel.rooms))


def contextual_intents(clause: str, ctx: SkillContext, found: list[str], reads_as: Callable[[str], bool],
                       room_said: bool = False) -> list[str]:
    """Intents that need the hotel's lists or the conversation's memory to recognise; `room_said`: the message
    names a room, in this sentence or another ("Do you have a sewing kit? 305")."""
    intents = []
    state = ctx.state
    booking = state.get("booking") or {}
    has_stay = bool(booking.get("check_in") and booking.get("check_out"))
    books_the_stay = has_stay and bool(stay_words.BOOK.search(clause))  # "book it" while a stay is being booked
    rooms = room_slots.room_names(ctx.hotel.guests)
    room_named = room_slots.room_number(clause) is not None or room_slots.named_room(clause, rooms) is not None
    local = menus.local_words(ctx.hotel)
    add, remove, referred = orders.menu_order(clause, ctx.hotel.menu.items, local)
    open_order = bool((state.get("room_service") or {}).get("lines"))
    # "two pizzas, please", "炭酸水を2本お願いできますか"
    polite_order = wants.PLEASE.search(clause) and not framing.QUESTION.search(clause) or \
        wants.POLITE_ASK.search(clause)
    # not "send someone to fix it", "we want to watch the sunset with a glass of wine", "can we bring our own wine?"
    order_words = wants.ORDER.search(wants.WANT_TO_DO.sub(" ", faults.SEND_PERSON.sub(" ", clause))) and \
        not wants.BRING_OWN.search(clause)
    # A menu word beside a room number is an order only when the sentence reads as one ("water is pouring
    # from the ceiling in 214" names water and a room, and is a leak).
    by_room = room_named and not order_words and not polite_order
    # "a family room, Feb 6 to 9, 2 adults + 2 kids, please": a stay, whatever dish the menu calls "kids"
    # ...and "OK, book it in the name of Kim Minji, please" with a stay being booked: the stay, no dish read into "OK"
    a_stay = asks_for_a_stay(clause, ctx) or books_the_stay
    if a_stay:
        add = []
    if "complaints" in found and (not order_words or faults.PAST_ORDER.search(clause)):
        # "water is dripping in 214, please send someone": the menu's water is part of the problem; "we ordered an
        # hour ago and nothing came, the kids are starving": the order is the one awaited, no new one for the kids
        add = []
    unread: list[str] = []
    if not add and (order_words or polite_order) and "complaints" not in found and not a_stay and \
            ctx.hotel.menu.items and not upkeep.housekeeping_items(clause):  # "一份素食碗": a dish in other words
        meant, lacked, unread = dishes.read_all(clause, ctx.hotel.menu.items, ctx.kb.embedder, local, rooms)
        add = [(item_id, quantity) for item_id, quantity, _ in meant]
        # "フライドポテトをいただけますか": a dish the menu lacks, asked for as politely as a question, is ordered
        # as "…をください" is, and hears what the menu has
        unread += lacked if wants.POLITE_ASK.search(clause) else []
    ordered = order_words or polite_order or (by_room and (len(add) > 1 or reads_as("room_service"))) \
        or (wants.TO_ROOM.search(clause) and not wants.PRICE.search(clause))
    ordered = ordered and not goes_out(clause, ctx.hotel.places, ctx.hotel.address.city)
    # "what would a burger and a soda come to?", or "how much is that, with delivery?" about the order so far
    quoted = wants.PRICE.search(clause) and (add or (open_order and state.get("topic") == "room_service"
                                                       and wants.ORDER_REF.search(clause)))
    # Things counted as ordered ("탄탄면 하나랑 ... 주세요") by names the menu does not have, and no other request:
    # the order skill says which it could not find and shows the menu, where another skill would take them.
    # "how long will it take?" just after an order or a request was placed is about it, whatever minutes the FAQ tells
    if (waited := state.get("topic")) in ("room_service", "housekeeping") and not found and \
            followup.asks_only_how_long(clause) and awaited_ticket(ctx, waited):
        intents.append(waited)
    # "and a glass too" after a bottle of Malbec: more of the order, in that serving
    again = orders.served_again(clause, ctx.hotel.menu.items, fill.ordered_so_far(ctx))
    if (add and ordered) or (unread and not found) or quoted or again or (open_order and (
            ((add or remove or referred) and wants.ORDER_CHANGE.search(clause)) or _only_a_note(clause))):
        intents.append("room_service")
    # "do you have a hair dryer in the rooms?" asks what the rooms have; "do you have extra pillows?" also asks for
    # them, and so does any "do you have…?" from a room
    # "how much is an extra blanket?" asks a price: "extra" alone asks for nothing to be brought
    asked = _MORE_OF.sub(" ", clause) if about_money(clause) else clause
    requested = wants.REQUEST.search(framing.ASKING_ABOUT.sub(" ", asked)) or room_said and \
        wants.REQUEST.search(asked)
    if upkeep.housekeeping_items(clause) and (requested or room_named) and not wants.BRING_OWN.search(clause) and \
            not upkeep.LEFT_BEHIND.search(clause):
        intents.append("housekeeping")
    awaited = {(state.get("offer") or {}).get("skill"), (state.get("pending") or {}).get("skill")}
    lead = slots.email(clause) or slots.phone(clause) or books_the_stay or (
        ("create_lead" in awaited or has_stay) and slots.person_name(clause))  # "I'm Lena Fischer" when asked
    # a stay asked for, by a guest not in the house; beside the guest's details, only one the sentence dates itself
    # ("幫我訂3月5日到7日的標準湯屋，我叫林志明，電話…": one sentence, the stay and who books it)
    if _wants_availability(clause, ctx, has_stay) and \
            not {"late_check_out", "check_out", "complaints", "wake_up_call", "housekeeping"} & set(found) and \
            (not lead or dates.find_stay(clause, ctx.now.date(), fill.month_first(ctx)).check_out):
        intents.append("check_availability")
    if lead:
        intents.append("create_lead")
    if money.PAY.search(clause) and not money.PAY_NOT.search(clause) and \
            (has_stay or state.get("lead_id") or slots.reservation_code(clause)) or \
            money.LINK.search(clause) and "generate_payment_link" in awaited:  # "傳連結給我" once one is offered
        intents.append("generate_payment_link")
    if not found and fill.moves_the_call(clause, ctx):  # "actually, make it 6:15" after the call was set
        intents.append("wake_up_call")
    filters = nearby.place_filters(clause, ctx.hotel.places, ctx.hotel.address.city)
    described = "kind" in filters or "tags" in filters or asked_cuisine(clause) is not None  # "корейская кухня"
    # "Not seafood please, something casual?": turning a kind of place down while describing one asks for places.
    # A fault of the hotel's ("the screen in Platform 1 won't connect") names where it is, no wish for places nearby.
    fault = "complaints" in found and complaints.detect_category(clause) == "maintenance"
    # "Which of your suites has the best sunset view?" chooses among the hotel's rooms, not places nearby
    if "place" in filters or (described and (wants.RECOMMEND.search(clause) or "avoid" in filters) and
                              not room_advice.WHICH_ROOM.search(clause)):
        if "itinerary_plan" not in found and not fault and not to_the_room(clause, ctx.language):
            intents.append("local_recommendations")
    return intents


def to_the_room(clause: str, language: str) -> bool:
    """Whether the sentence wants something brought to the room, or asks it of room service ("룸서비스로 라멘 시킬
    수 있나요?": a dish a ramen shop nearby is named after is still asked of the hotel)."""
    return bool(wants.TO_ROOM.search(clause)) or "room service" in glossary.named(clause, language)


def ordered_to_room(text: str, ctx: SkillContext) -> bool:
    """Something ordered to a room the guest names ("bring a club sandwich to tent 4", "au 305") or by room
    service."""
    room = room_slots.room_number(text) or room_slots.named_room(text, room_slots.room_names(ctx.hotel.guests))
    return bool(wants.ORDER.search(text) and (room or to_the_room(text, ctx.language)))


def goes_out(clause: str, places: list[Place], town: str = "") -> bool:
    """Whether the sentence wants something at a place out ("a night out at a mezcal bar", "Jay Fai's crab
    omelette" of a restaurant the hotel lists nearby), not in the room."""
    return bool(wants.OUT_AT.search(clause) or nearby.named_place(clause, places, town)) and \
        not wants.TO_ROOM.search(clause)


def about_money(clause: str) -> bool:
    """Whether the sentence says anything of money ("what do we do now?", "what about our bags?" do not: a
    possessive alone is no money): what a bill is asked with, which the learned router alone cannot tell from the
    shape of a question."""
    return any(pattern.search(clause) for pattern in (wants.PRICE, money.AMOUNT, money.PAY, money.BILL,
                                                          money.ACCOUNT, money.MONEY_WORDS, money.FEE))


def names_the_account(clause: str) -> bool:
    """Whether the sentence names the bill or a charge ("the balance", "the $35", "what's still open"), not only a
    price ("how much is it?", which asks what a service costs)."""
    return any(pattern.search(clause) for pattern in (money.AMOUNT, money.BILL, money.ACCOUNT,
                                                          money.MONEY_WORDS))


# Hotel topics (kb/glossary.py) of eating and drinking: an order may name one instead of a dish ("room service").
FOOD_TOPICS = frozenset({"breakfast", "lunch", "dinner", "restaurant", "bar", "room service", "menu", "afternoon tea",
                         "coffee", "vegetarian", "vegan", "halal", "kosher", "alcohol", "wine", "beer", "water",
                         "allergies", "gluten", "lactose", "minibar"})


def names_food(clause: str, ctx: SkillContext) -> bool:
    """Whether a request could be an order: it names a dish of the menu (in its words or by meaning), what a dish
    is made of, or eating, drinking or a delivery. "I want a suit and two shirts made" names none: no order."""
    items, local = ctx.hotel.menu.items, menus.local_words(ctx.hotel)
    read = orders.menu_read(clause, items, local)
    if read.add or read.remove or read.referred or read.unclear or wants.FOOD.search(clause) or \
            menus.dish_kinds(clause) or glossary.named(clause, ctx.language) & FOOD_TOPICS:
        return True
    rooms = room_slots.room_names(ctx.hotel.guests)
    return bool(items) and bool(dishes.read_all(clause, items, ctx.kb.embedder, local, rooms)[0])


def names_an_amenity(clause: str, ctx: SkillContext) -> bool:
    """One of the hotel's facilities is named, in English or in the guest's words for it ("하맘", "хамам": the
    glossary writes the hotel's English beside them, which the amenity's name is written in)."""
    amenities = ctx.hotel.amenities
    return bool(find_amenity(amenities, clause) or find_amenity(amenities, glossary.pivot(clause, ctx.language)))


_OF_A_PLACE = {"car", "tickets"}  # what a short question may name and still be about the place just named


def asks_of_the_place(clause: str, ctx: SkillContext) -> bool:
    """A short question naming nothing of its own but the way there or the tickets ("开车多久？", "How long is the
    drive?", "¿cuánto se tarda en coche?", "und was kostet der Eintritt?"): about the place just recommended."""
    short = len(re.findall(r"\w+", clause)) <= SHORT_FOLLOW_UP or CJK_LETTER.search(clause) and len(clause) <= 12
    return bool(short and framing.QUESTION.search(clause) and glossary.named(clause, ctx.language) <= _OF_A_PLACE
                and not nearby.place_filters(clause, ctx.hotel.places, ctx.hotel.address.city)
                and not routing.rule_intents(clause))


def names_a_service(text: str, ctx: SkillContext) -> bool:
    """A thing booked on its own, not a night's stay ("book a yoga class", "요가 수업 예약", "予約: スパ"), whether
    or not the hotel has it."""
    return bool(glossary.named(text, ctx.language) & NOT_A_STAY)


def business_asked(found: list[str], clause: str, ctx: SkillContext) -> list[str]:
    """A meeting room or a company's rate asked about ("une salle pour 10 personnes le 3 février", "a two-day offsite
    for 14"): no night's stay to quote and no day out to plan, but the FAQ's answer; unless rooms are asked for
    dates as well ("12 rooms from the 15th to the 18th, plus the boardroom on the 16th")."""
    stay = dates.find_stay(clause, ctx.now.date(), fill.month_first(ctx))
    if not fill.business_topics(clause, ctx) or room_slots.room_type(clause, ctx.hotel.rooms) or (
            stay_words.LODGING.search(clause) and stay.check_in and stay.check_out):
        return found
    kept = [intent for intent in found if intent not in ("check_availability", "itinerary_plan")]
    return kept if len(kept) == len(found) or "search_kb" in kept else [*kept, "search_kb"]


def business_answered(steps: list[Step], ctx: SkillContext) -> list[Step]:
    """A lead left for a business request ("set up a corporate account for us: …, Sarah Pike, sarah@…") with no
    question of the FAQ's beside it: the FAQ's answer on that topic too, so the guest hears the terms, not only
    that the team will be in touch."""
    if any(step.intent == "search_kb" for step in steps):
        return steps
    topics = [topic for step in steps if step.intent == "create_lead" for topic in
              sorted(fill.business_topics(step.full, ctx))]
    return steps + [Step("search_kb", topics[0])] if topics else steps


def _wants_availability(clause: str, ctx: SkillContext, has_stay: bool) -> bool:
    """A stay is asked for: dates or booking words about a room, not a table, a massage or the guest's own room."""
    if glossary.named(clause, ctx.language) & ABOUT_A_STAY_HAD:
        return False  # "I left my Kindle in room 31 when I checked out on Sunday": that stay is over
    stay = dates.find_stay(clause, ctx.now.date(), fill.month_first(ctx))
    choosing = fill.choosing_room(ctx)
    room = room_slots.room_type(clause, ctx.hotel.rooms, asked=choosing)
    # "our suite", "my room": the guest's own room, not one to stay in ("friends over in our suite on Saturday");
    # nor is a room said by its number ("charge it to room 204", "to room 12"): the room the guest is in.
    lodging = ((room and not stay_words.THEIR_ROOM.search(clause)) or (
        stay_words.LODGING.search(room_slots.without_room(clause)) and not stay_words.OWN_ROOM.search(clause))) and \
        not room_slots.names_a_venue(clause, ctx.hotel.kb, ctx.hotel.rooms)
    if stay_words.BOOK.search(clause) and not stay_words.NEED_TO_BOOK.search(clause):
        # "book the hammam for two" books one of the hotel's amenities, not a stay
        return bool(lodging or not (stay_words.BOOK_OTHER.search(clause) or names_an_amenity(clause, ctx) or
                                    names_a_service(clause, ctx)))
    if stay.nights == 1 and not stay.check_in and wants.PRICE.search(clause):
        return False  # "what is one night in the suite?", "1泊いくら？": the rate per night, which no date changes
    # "12월 31일에 1박 가능한가요?": a day and nights counted are a stay asked for, even one night with no room named
    # "the weather at the weekend?" names a time, no stay; "this weekend, 2 adults?" asks for one
    if (stay.check_in and stay.check_out and (stay.nights or 0) > 1 and (
            slots.guest_count(clause) or not dates.only_a_weekend(clause, ctx.now.date()))) or (
            (stay.check_in or stay.nights) and lodging) \
            or (stay.check_in and dates.nights(clause)):
        return not stay_words.ARRIVAL_TIMES.search(clause)
    arrival = remembered_stay(ctx).check_in
    if has_stay and arrival and (dates.departure_only(clause, arrival, fill.month_first(ctx)) or (
            (stay.nights or 0) > 1 and not stay.check_in)):  # "1박에 얼마예요?" is a price per night
        return True  # "we'll leave on the 24th instead", "make it 4 nights": the stay under discussion changes
    if has_stay and arrival and slots.guest_count(clause) and not framing.QUESTION.search(clause):
        return True  # "al final somos tres", "actually there'll be four of us": the party of that stay changes
    # "the king suite then"; "the one with the view" of the rooms just offered
    return bool(room and has_stay and (choosing and not framing.QUESTION.search(clause)
                                       or not wants.ROOM_FEATURE.search(clause)))
