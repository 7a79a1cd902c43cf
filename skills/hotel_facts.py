"""The hotel's own data said in the guest's language, for an FAQ answer the hotel wrote only in English.

The concierge never translates the hotel's words. But most FAQ answers restate what hotel.yaml holds as
data (times, rates, opening hours, distances, fees), and that data the concierge can say in any language
with its own phrases. An untranslated answer is given as those facts when they say what its first sentence
says; the answer's clauses they do not say follow in English, marked as such.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from core.hotels import Hotel, Season, TimeOffer
from core.i18n import say
from core.loanwords import loanwords, sounds_like
from kb import glossary
from skills.formatting import hotel_text, money, to_minor
from skills.inventory import charges_text, rate_card, season_span
from skills.places import around_the_clock, distance_text, hours_text, parse_hours
from skills.room_service import no_room_service

# Extra price fields a facility or service may carry in hotel.yaml, and how each is said.
PRICE_PHRASES = {"price": "fact_price", "price_per_day": "fact_price_per_day",
                 "price_per_person": "fact_price_per_person", "price_per_night": "fact_price_per_night",
                 "price_per_hour": "fact_price_per_hour"}
# Price fields only the facts say ("$300 for a half day"); service entries label them as written.
_MORE_PRICES = {"price_per_24h": "fact_price_per_24h", "price_half_day": "fact_price_half_day",
                "price_full_day": "fact_price_full_day", "price_adult": "fact_price_per_adult",
                "price_child": "fact_price_per_child"}
# Fields by what kind of figure they hold, as hotels name them: "first": "05:00", "ride_minutes": 20, "held_days": 90.
_TIME_FIELDS = {"first": "fact_first_at", "last": "fact_last_at", "same_day_if_before": "fact_same_day_if_before"}
_MINUTE_FIELDS = {"walk_minutes": "walk_minutes", "drive_minutes": "drive_minutes", "boat_minutes": "boat_minutes",
                  "ride_minutes": "fact_ride_minutes", "flight_minutes": "flight_minutes",
                  "duration_minutes": "fact_lasts_minutes"}
_NUMBER_FIELDS = {"held_days": "fact_held_days", "count": "fact_count", "capacity": "fact_capacity",
                  "max_guests": "fact_capacity", "children_free_under_age": "fact_children_free_under"}
_DAY_BEFORE = re.compile(r"(\d{1,2}):(\d{2}) the day before", re.I)   # "book_by: 20:00 the day before"
_WAY = {"walk": "walk_minutes", "on foot": "walk_minutes", "drive": "drive_minutes", "by car": "drive_minutes",
        "by taxi": "drive_minutes"}
# A place the hotel names in a line of its own: "Wharf Pharmacy, 6 minutes' walk on Harbor Avenue, 08:00-21:00 daily",
# "Sydney Hospital, 8 Macquarie Street, 10 minutes by taxi".
_NEARBY = re.compile(r"^(?P<name>[^,;:()\d]{3,60}?)\s*(?:\([^)\d]*\))?,\s*(?:(?![^,]*\bmin)[^,;:()]{3,40},\s*)?"
                     r"(?:about\s+|a\s+)?(?P<n>\d+)[\s-]*min(?:ute)?s?['’]?\s*"
                     r"(?P<way>walk|drive|on foot|by car|by taxi)\b(?P<rest>.*)$", re.I | re.S)
# Keys that say where a line stands, not what it names ("notes: ... ATM at Landsbankinn, 3 minutes' walk").
_UNNAMING_KEYS = frozenset({"notes", "where", "to", "from", "nearest", "nearby", "other", "alternative", "pickup"})
_WHERE = re.compile(r"\s+(?:on|at|in)\s+.*$")   # "Walgreens at State and Jackson" is Walgreens
_HOURS_PIECE = re.compile(r"[^,;()]*\d{1,2}:\d{2}\s*-\s*\d{1,2}:\d{2}[^,;()]*")
# Words of a service's key that name no service alone: "airport_shuttle" is named by "shuttle", not "airport".
_GENERIC_WORDS = frozenset("""a and the of to up in on at room rooms service services desk front hotel guest guests
    free self extra day night call calls public private nearest station airport local city money other""".split())
# Who answers an emergency number, by the words of its key in hotel.yaml's services.emergency ("ambulance_fire").
_EMERGENCY_LINES = {"ambulance": "emergency_ambulance", "samu": "emergency_ambulance", "fire": "emergency_fire",
                    "police": "emergency_police", "number": "emergency_general", "general": "emergency_general",
                    "front": "emergency_front_desk", "reception": "emergency_front_desk"}
_TIME = re.compile(r"(?<![\d:.])(\d{1,2}):(\d{2})(?![\d:])")
_AMOUNT = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?!\d|,\d)|(?<![\d.,])\d+(?:\.\d+)?")
_NO_CENTS = re.compile(r"\.0+$")  # "$25.00" says 25
# "2pm", "10.30 a.m.": the 14:00 and 22:30 of the hotel's data
_CLOCK12 = re.compile(r"(?<![\d:.,$€£¥])(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))?\s?([ap])\.?m\b\.?", re.I)
_MINUTES = re.compile(r"(?<![\d.,])(\d+)[\s-]*min(?:ute)?s?\b", re.I)  # "9 minutes' walk", "a 6-minute walk"
_ASIDE = re.compile(r"\((?=[^)]*\b(?:[ap]\.?m\b|noon|midnight))[^)]*\)", re.I)  # "15:00 (3 pm)": said twice
_CLAUSE = re.compile(r"(?<=[.;!?])\s+(?=\S)")
# The English words a fact's phrases say besides its name and figures: a clause of nothing else is said by the facts.
_FACT_WORDS = frozenset("""a an the is are it its it's our we you your from to until till by at and or of for in on
    up open opens opened daily every day days week hours hour minutes minute min mins walk walking drive away room rooms
    costs cost price priced per night nights person people guest guests charge charged free no subject
    availability available closed except mondays tuesdays wednesdays thursdays fridays saturdays sundays monday
    tuesday wednesday thursday friday saturday sunday am pm noon midnight starts begins ends yes also only""".split())
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_NAME = re.compile(r"(?<=[\w,;:]\s)[A-Z][\w'’-]{2,}")  # a capitalised word not starting its clause: a name
# A clause about what the one before it named: "It sleeps up to 3 guests", "They open at 07:00".
_PRONOUN = re.compile(r"(?:it|it's|its|they|they're|their|this|these)\b", re.I)
_THOUSANDS = re.compile(r"(?<=\d)[,.\s](?=\d{3}(?!\d))")  # "₹1,200", "1.200 ₺": written 1200 among figures
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=\S)")
_NO = re.compile(r"\b(?:no|not|never|none|without)\b|n't\b", re.IGNORECASE)


@dataclass(frozen=True)
class Fact:
    """One thing the hotel's data says, in one language, with the figures it says and the English words that name
    it in an FAQ entry about it."""

    names: tuple[str, ...]
    figures: frozenset[str]
    text: str
    about: str = ""        # the facility or service the fact is part of: its parts are said as one sentence
    said: str = ""         # what the part says of it, without its name ("$15 per day")


def figures(text: str) -> set[str]:
    """The times, minutes and numbers a text says, written one way: "8:00", "08:00" and "8am" are one, "20,000"
    and "20000" are one; "9 minutes" is "9 min", never a bare 9."""
    text = _CLOCK12.sub(_as_24h, text)
    times = {f"{int(h):02d}:{m}" for h, m in _TIME.findall(text)} | {f"{n} min" for n in _MINUTES.findall(text)}
    rest = _MINUTES.sub(" ", _TIME.sub(" ", text))
    return times | {_NO_CENTS.sub("", a.replace(",", "")) for a in _AMOUNT.findall(rest)}


def _said_figures(text: str) -> set[str]:
    """The figures a clause of an answer says, a time said twice ("15:00 (3 pm)") once."""
    return figures(_ASIDE.sub(" ", text))


def _with_hours(said: set[str] | frozenset[str]) -> set[str]:
    """Figures with each time's hour besides ("13:00" and "13"): "bis 13 Uhr" names the hour alone."""
    return set(said) | {str(int(f.split(":")[0])) for f in said if _TIME.fullmatch(f)}


def _as_24h(match: re.Match[str]) -> str:
    hour = int(match.group(1)) % 12 + (12 if match.group(3).lower() == "p" else 0)
    return f"{hour:02d}:{match.group(2) or '00'}"


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def late_check_out_text(hotel: Hotel, language: str) -> str:
    """The late check-out the hotel offers (time, fee, availability, how to ask in its own language), or whom to ask."""
    offer = hotel.times.late_check_out
    if offer is None or not offer.until:
        return say("checkout_no_late_offer", language)
    fee = to_minor(offer.fee, hotel.currency)
    key = "checkout_late_offer" if fee else "checkout_late_offer_free"
    return _with_terms(say(key, language, until=offer.until, fee=money(fee, hotel.currency)), offer, hotel, language)


def _with_terms(text: str, offer: TimeOffer, hotel: Hotel, language: str) -> str:
    parts = [text, say("subject_to_availability", language) if offer.subject_to_availability else "",
             hotel_text(hotel, language, offer.how)]
    return " ".join(p for p in parts if p)


def _prices(fields: dict[str, Any], hotel: Hotel, language: str) -> tuple[list[str], set[str]]:
    said, numbers = [], set()
    kinds = PRICE_PHRASES | _MORE_PRICES
    for key, value in fields.items():
        base = key.removesuffix("_return") or "price"   # "price_adult_return": a return trip's price per adult
        if base in kinds and isinstance(value, int | float) and not isinstance(value, bool):
            minor = to_minor(value, hotel.currency)
            text = say(kinds[base], language, price=money(minor, hotel.currency)) if minor \
                else say("fact_free", language)
            said.append(say("fact_return_trip", language, price=text) if base != key and minor else text)
            numbers |= {_number(value)} if minor else set()
    return said, numbers


def _part(label: str, names: tuple[str, ...], about: str, said: str, numbers: set[str]) -> Fact:
    """One thing the data says of a facility or service, said after its name ("Bike Rental: $15 per day.")."""
    return Fact(names, frozenset(numbers), f"{label}: {said}" + ("" if said.endswith(".") else "."), about, said)


def _field_facts(label: str, names: tuple[str, ...], about: str, fields: dict[str, Any], hotel: Hotel,
                 language: str) -> list[Fact]:
    """What a facility's or service's fields say, each kind of figure a fact of its own: its prices together, its
    hours, a first and last time, a ride's minutes, how many days something is kept, how many there are. A nested
    group ("valet: {price_per_night: 42}") is a part named by its own key too; a line naming a place nearby
    ("pharmacy: Wharf Pharmacy, 6 minutes' walk, 08:00-21:00") is that place's fact."""
    found = []
    prices, numbers = _prices(fields, hotel, language)
    if numbers:
        found.append(_part(label, names, about, "; ".join(p.rstrip(".") for p in prices), numbers))
    hours = fields.get("hours")
    if isinstance(hours, str) and (said := figures(hours)) and (text := hours_text(parse_hours(hours), language)) \
            and text != hours:
        found.append(_part(label, names, about, _open(text, language), said))
    for key, value in fields.items():
        if isinstance(value, bool) or value is None:
            continue
        if key in _TIME_FIELDS and isinstance(value, str) and _TIME.fullmatch(value.strip()):
            time = f"{int(value.split(':')[0]):02d}:{value.split(':')[1][:2]}"
            found.append(_part(label, names, about, say(_TIME_FIELDS[key], language, time=time), {time}))
        elif key == "book_by" and isinstance(value, str) and (by := _DAY_BEFORE.fullmatch(value.strip())):
            time = f"{int(by.group(1)):02d}:{by.group(2)}"
            found.append(_part(label, names, about, say("fact_book_by_day_before", language, time=time), {time}))
        elif key in _MINUTE_FIELDS and isinstance(value, int):
            found.append(_part(label, names, about, say(_MINUTE_FIELDS[key], language, n=value), {f"{value} min"}))
        elif key in _NUMBER_FIELDS and isinstance(value, int) and value > 0:
            found.append(_part(label, names, about, say(_NUMBER_FIELDS[key], language, n=value), {str(value)}))
        elif isinstance(value, dict) and key != "emergency":   # "partner_garage: {name: ..., price_per_24h: 38}"
            words, own = key.replace("_", " "), value.get("name")
            named = own if isinstance(own, str) else label if words in label.lower() else f"{label} ({words})"
            found += _field_facts(named,
                                  (words, f"{words} {names[0]}", *([own.lower()] if isinstance(own, str) else [])),
                                  f"{about}/{key}", value, hotel, language)
        elif isinstance(value, str) and (place := _nearby(value, key, language)) is not None:
            found.append(place)
    return found


def _seasonal_cancellation(hotel: Hotel, hours: float, language: str) -> list[tuple[str, str]] | None:
    """Each dated season's own free-cancellation deadline (a season's field, or a group of the policy named after
    the season: "rainy_season: {free_until_hours_before_arrival: 24}"), said after the hotel's own: its figure and
    the sentence. None when the data gives a deadline that belongs to no season it dates: the one figure alone
    would tell a guest booking then the wrong deadline, so the hotel's own words say it."""
    seasons = {key: season for key, season in hotel.seasons.items() if isinstance(season, Season)}
    groups = [(key, value) for key, value in (hotel.policies.cancellation or {}).items() if isinstance(value, dict)]
    groups += [(key, season.model_extra or {}) for key, season in seasons.items()]
    said = []
    for key, group in groups:
        for field, value in group.items():
            unit = "days" if "days" in field else "hours"
            if not ("cancel" in field or field.startswith("free_until")) or not isinstance(value, int | float) or \
                    value * (24 if unit == "days" else 1) == hours:   # the hotel's own deadline, said already
                continue
            season_key = next((k for k in seasons if key == k or key.startswith(f"{k}_")), None)
            if season_key is None or not seasons[season_key].dated:
                return None
            span = season_span(seasons[season_key], season_key, language)
            said.append((_number(value), say(f"fact_free_cancellation_in_season_{unit}", language, season=span,
                                             n=_number(value))))
    return list(dict.fromkeys(said))


def _open(hours: str, language: str) -> str:
    """Hours said as opening hours ("ouvert 08:00-18:00", "营业时间08:00-21:00"): a sentence in the guest's language,
    not a name and two times a reader takes for the hotel's English. "Always open" and "open all day" say it."""
    if not hours or hours.startswith((say("hours_always_open", language), say("hours_all_day", language))):
        return hours
    return say("fact_open", language, hours=hours)


def _nearby(line: str, key: str, language: str) -> Fact | None:
    """A place the hotel names in a line ("Bank of Portside, 4 minutes' walk (Mon-Fri 09:00-17:00)"): its name,
    how far and its hours."""
    match = _NEARBY.match(line.strip())
    if match is None:
        return None
    name, minutes = match.group("name").split(". ")[-1].strip(), int(match.group("n"))   # "No car park. Nearest: X"
    parts, numbers = [say(_WAY[match.group("way").lower()], language, n=minutes)], {f"{minutes} min"}
    piece = _HOURS_PIECE.search(_CLOCK12.sub(_as_24h, match.group("rest")))
    if piece and (text := hours_text(parse_hours(piece.group(0).strip()), language)) != piece.group(0).strip():
        parts.append(_open(text, language))
        numbers |= figures(piece.group(0))
    about = key.replace("_", " ")
    names = (name.lower(), _WHERE.sub("", name.lower()), *([] if key in _UNNAMING_KEYS else [about]))
    return Fact(tuple(dict.fromkeys(names)), frozenset(numbers), f"{name}: {'; '.join(parts)}.", f"nearby/{about}",
                "; ".join(parts))


def facts(hotel: Hotel, language: str) -> list[Fact]:
    """Everything the hotel's typed data says, each fact in `language`."""
    times, currency = hotel.times, hotel.currency
    found = [Fact(("check-in", "check in", "checkin", "arrival", "ready"), frozenset({times.check_in}),
                  say("fact_check_in", language, time=times.check_in)),
             Fact(("check-out", "check out", "checkout", "departure day", "day of departure", "departure time",
                   "your departure"), frozenset({times.check_out}),   # not a shuttle's "departures 09:00, 12:00"
                  say("checkout_time", language, time=times.check_out))]
    early, late = times.early_check_in, times.late_check_out
    if early is not None and early.from_:
        fee = to_minor(early.fee, currency)
        text = say("fact_early_check_in" if fee else "fact_early_check_in_free", language, time=early.from_,
                   fee=money(fee, currency))
        found.append(Fact(("early",), frozenset({early.from_} | ({_number(early.fee)} if fee else set())),
                          _with_terms(text, early, hotel, language)))
    if late is not None and late.until:
        found.append(Fact(("late",), frozenset({late.until} | ({_number(late.fee)} if late.fee else set())),
                          late_check_out_text(hotel, language)))
    quiet = times.quiet_hours or {}
    if quiet.get("from") and quiet.get("until"):
        found.append(Fact(("quiet",), frozenset(figures(f"{quiet['from']} {quiet['until']}")),
                          say("fact_quiet_hours", language, start=quiet["from"], end=quiet["until"])))
    for room in hotel.rooms:
        rate, rates = rate_card(hotel, room, language)   # with a season's own rate, when the room has one
        found.append(Fact((room.name.lower(),),
                          frozenset({_number(room.max_guests)} | {_number(r) for r in rates}),
                          say("fact_room", language, room=room.name, guests=room.max_guests, rate=rate)))
        found += _room_size(room.name, room.model_extra or {}, language)
        found += _extra_bed(room.name, room.model_extra or {}, hotel, language)
    for amenity in hotel.amenities:
        prices, numbers = _prices(amenity.model_extra or {}, hotel, language)
        hours = _open(hours_text(parse_hours(amenity.hours), language), language) if amenity.hours else ""
        said = "; ".join(p.rstrip(".") for p in [hours, *prices] if p)
        names = (amenity.name.lower(), amenity.id.replace("-", " "))
        if said:
            found.append(Fact(names, frozenset(figures(amenity.hours) | numbers), f"{amenity.name}: {said}.",
                              amenity.id, said))
        found += _field_facts(amenity.name, names, amenity.id, {"hours": amenity.hours, **(amenity.model_extra or {})},
                              hotel, language)
    for key, fields in (hotel.services.model_extra or {}).items():   # "laundry: {price_per_day: 9}"
        if isinstance(fields, dict) and key != "wifi":
            name = key.replace("_", " ")
            named = (name, *name.split(" and "), *(w for w in name.split() if w not in _GENERIC_WORDS),
                     *([fields["name"].lower()] if isinstance(fields.get("name"), str) else []))
            label = fields["name"] if isinstance(fields.get("name"), str) else f"{name[:1].upper()}{name[1:]}"
            found += _field_facts(label, tuple(dict.fromkeys(named)), key, fields, hotel, language)
    for place in hotel.places:
        minutes = place.walk_minutes if place.walk_minutes is not None else place.drive_minutes
        said = "; ".join(p for p in (distance_text(place, language),
                                     _open(hours_text(parse_hours(place.hours), language), language)) if p)
        if said:
            found.append(Fact((place.name.lower(),), frozenset(figures(place.hours) | (
                {f"{minutes} min"} if minutes is not None else set())), f"{place.name}: {said}."))
    policies = hotel.policies
    if policies.deposit.percent:
        seasonal = {season_span(season, key, language): percent for key, season in hotel.priced_seasons().items()
                    if season.dated and (percent := hotel.season_deposit_percent(key)) != policies.deposit.percent}
        found.append(Fact(("deposit",), frozenset({_number(policies.deposit.percent)}
                                                  | {_number(p) for p in seasonal.values()}),
                          " ".join([say("fact_deposit", language, percent=_number(policies.deposit.percent)),
                                    *(say("fact_deposit_in_season", language, season=span, percent=_number(p))
                                      for span, p in seasonal.items())])))
    fee = (policies.smoking or {}).get("cleaning_fee")
    if isinstance(fee, int | float) and fee:
        found.append(Fact(("smok",), frozenset({_number(fee)}),
                          say("fact_smoking_fee", language, fee=money(to_minor(fee, currency), currency))))
    named = [s for s in policies.taxes.surcharges if s.kind != "occupancy"]
    if named:  # "++" prices: the service charge and the VAT the hotel adds
        found.append(Fact(("service charge", "vat", "tax"), frozenset(_number(s.percent) for s in named),
                          say("fact_charges_added", language, charges=charges_text(hotel, language))))
    if policies.taxes.occupancy_tax_percent:
        key = "fact_tax_included" if policies.taxes.rates_include_tax else "fact_tax_added"
        found.append(Fact(("tax",), frozenset({_number(policies.taxes.occupancy_tax_percent)}),
                          say(key, language, percent=_number(policies.taxes.occupancy_tax_percent))))
    hours_free = (policies.cancellation or {}).get("free_until_hours_before_arrival")
    seasonal_free = _seasonal_cancellation(hotel, hours_free, language) if isinstance(hours_free, int | float) else None
    if seasonal_free is not None:  # each deadline a fact of its own, as the answer says each in its own clause
        found += [Fact(("cancel",), frozenset({_number(hours_free)}),
                       say("fact_free_cancellation", language, hours=_number(hours_free))),
                  *(Fact(("cancel",), frozenset({n}), said) for n, said in seasonal_free)]
    menu = hotel.menu
    if not menu.room_service:
        found.append(Fact(("room service", "room-service", "in-room dining"), frozenset(figures(menu.counter_hours)),
                          no_room_service(menu, currency, language)))
    elif menu.room_service_hours:
        fee = to_minor(menu.delivery_fee, currency)
        numbers = figures(menu.room_service_hours) | ({_number(menu.delivery_fee)} if fee else set())
        found.append(Fact(("room service", "room-service", "in-room dining"), frozenset(numbers),
                          (say("fact_room_service_24h", language) if around_the_clock(menu.room_service_hours)
                           else say("fact_room_service", language, hours=menu.room_service_hours))
                          + (" " + say("fact_delivery_fee", language, fee=money(fee, currency)) if fee else "")))
    for item in menu.items:
        found.append(Fact((item.name.lower(),), frozenset({_number(item.price)}),
                          f"{item.name}: {money(to_minor(item.price, currency), currency)}."))
    found += _emergency_numbers(hotel, language)
    wifi = hotel.services.wifi
    if wifi is not None and wifi.password:
        found.append(Fact(("wi-fi", "wifi", "internet"), frozenset(figures(wifi.password)),
                          say("wifi_details", language, network=wifi.network, password=wifi.password)))
    return found


def _room_size(room: str, fields: dict[str, Any], language: str) -> list[Fact]:
    """How big a room is, when the hotel gives its size in square metres or feet."""
    return [Fact((room.lower(),), frozenset({_number(size)}), say(f"fact_room_size_{unit}", language, room=room,
                                                                   size=_number(size)), f"room/{room}")
            for unit in ("sqm", "sqft") if isinstance(size := fields.get(f"size_{unit}"), int | float)]


def _extra_bed(room: str, fields: dict[str, Any], hotel: Hotel, language: str) -> list[Fact]:
    """What an extra or rollaway bed costs in a room ("rollaway_bed: {available: true, fee_per_night: 20}")."""
    found = []
    for key in ("extra_bed", "rollaway_bed"):
        bed = fields.get(key)
        fee = bed.get("fee_per_night") if isinstance(bed, dict) and bed.get("available", True) else None
        if isinstance(fee, int | float) and fee:
            kind = key.replace("_", " ")
            found.append(Fact((kind, kind.split()[0], f"{kind} {room.lower()}"), frozenset({_number(fee)}),
                              say("fact_extra_bed", language, room=room,
                                  price=money(to_minor(fee, hotel.currency), hotel.currency)), f"room/{room}"))
    return found


def _emergency_numbers(hotel: Hotel, language: str) -> list[Fact]:
    """Each number of services.emergency ("ambulance: 120", "front_desk_extension: 0") said with who answers it."""
    lines = (hotel.services.model_extra or {}).get("emergency")
    found = []
    for key, value in (lines.items() if isinstance(lines, dict) else []):
        parts = key.lower().split("_")
        labels = list(dict.fromkeys(_EMERGENCY_LINES[p] for p in parts if p in _EMERGENCY_LINES))
        number = re.match(r"\D{0,12}?(\d+)\b", str(value))
        if labels and number:
            who = " / ".join(say(label, language) for label in labels)
            found.append(Fact(("emergency", *(p for p in parts if p in _EMERGENCY_LINES)),
                              frozenset({number.group(1)}), say("fact_emergency_number", language, who=who,
                                                                 number=number.group(1))))
    return found


def emergency_call(hotel: Hotel, language: str) -> tuple[str, frozenset[str]]:
    """The hotel's emergency numbers said in `language`, and those of them that bring help from outside (the
    general emergency line, an ambulance), not its own desk: what an emergency reply must say at least one of."""
    lines = _emergency_numbers(hotel, language)
    outside = {key for key, label in _EMERGENCY_LINES.items() if label in ("emergency_general", "emergency_ambulance")}
    return " ".join(line.text for line in lines), \
        frozenset(number for line in lines if outside & set(line.names) for number in line.figures)


@dataclass(frozen=True)
class Restatement:
    """An untranslated answer as the hotel's data says it: `said` in the guest's language, the same facts in
    English (what a question is weighed against: "is it asking for more than this?"), and the answer's clauses
    the facts do not say, in the hotel's English."""

    said: str
    said_in_english: str
    untold: tuple[str, ...]
    told: frozenset[str]  # the figures `said` says

    def tells_of_named(self, clause: str, question: str) -> bool:
        """The clause gives a figure the facts do not of a thing the guest named by its name: "the Ben Youssef
        Madrasa, 20 minutes, 09:00-18:00, 50 MAD" to "¿cuánto cuesta la Madrasa Ben Youssef?", its hours said."""
        names = {w.casefold() for w in _NAME.findall(clause)}
        heard = loanwords(question)  # "벤 유세프 마드라사": the name written as it sounds
        named = names & {w.casefold() for w in _WORD.findall(question)} or \
            any(sounds_like(sound, name) for sound in heard for name in names)
        return bool(named) and bool(_said_figures(clause) - self.told)

    def tells_asked_price(self, clause: str, asks: set[str], currency: str) -> bool:
        """The clause gives a price to a guest asking one, where the facts gave none ("how much is breakfast?"
        beside its hours). Not a time to one asking when: the facts say the hours asked, and a clause's other
        times are other things' (an early check-in's, the last treatment's)."""
        sign = rf"(?:[$€£¥₩₹₺₽฿]|\b{re.escape(currency)}\b)"
        if "price" not in asks or re.search(sign, self.said, re.I):
            return False  # the facts said its price ("€29 per adult"): a child's beside it is a detail, not the ask
        untold = {f for f in _said_figures(clause) - self.told if ":" not in f}
        amounts = [rf"{re.escape(f)}(?:[.,]\d{{2,3}})*" for f in untold]  # "65.000", "8,90"
        written = [rf"{sign}\s?{amount}(?!\d)|(?<![\d.,]){amount}\s?{sign}"
                   for amount in amounts]   # a figure written as money: "$52 per 24 hours" tells no price in its 24
        return any(re.search(money_of, text, re.I) for money_of in written
                   for text in (clause, _THOUSANDS.sub("", clause)))

    def tells_asked_time(self, clause: str, asks: set[str]) -> bool:
        """The clause gives a time to a guest asking when, where the facts gave none: "what time is the pickup?"
        beside the balloon's price is answered by "Pickup at camp at 05:00"."""
        asked_when = bool(glossary.WHEN_ASKED & asks)
        return asked_when and not _TIME.search(self.said) and bool(_TIME.search(clause))

    def tells_asked_figure(self, clause: str, question: str) -> bool:
        """The clause says a figure the guest named and the facts do not: "can we stay until 13:00?" beside late
        check-out "until 15:00 for ₩20,000" is answered by "KRW 40,000 until 13:00"."""
        asked = _with_hours(figures(question))
        return bool(asked & (_with_hours(_said_figures(clause)) - _with_hours(self.told)))

    def tells_more_of(self, clause: str, topics: set[str]) -> bool:
        """The clause names a topic the guest asked of and the facts did not say, and tells of it what they do not: a
        figure, or a no ("It is not heated", "There is no gym"); not the rates the facts just listed."""
        return bool(topics & glossary.named(clause, "en")) and bool(
            _said_figures(clause) - self.told or _NO.search(clause))

    def rest(self, kept: Callable[[str], bool] = lambda clause: True) -> str:
        """The untold clauses `kept` keeps, as one text."""
        text = " ".join(c for c in self.untold if kept(c))
        return text[:1].upper() + text[1:]


def _stem(word: str) -> str:
    """An English word without its plural and its commonest endings: "bikes" and "bike", "rented" and "rental",
    "chargers" and "charging" meet."""
    word = word.lower().removesuffix("'s").removesuffix("’s")
    for ending in (("ies", "y"), ("es", ""), ("s", "")):
        if word.endswith(ending[0]) and len(word) - len(ending[0]) >= 3 and not word.endswith("ss"):
            word = word[: len(word) - len(ending[0])] + ending[1]
            break
    for ending in ("ing", "ed", "al", "er"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: len(word) - len(ending)]
            break
    return word.removesuffix("e") if len(word) > 3 else word


def _named(names: tuple[str, ...], clause: str) -> bool:
    """Whether a clause names a fact: one of its names written in it, or every word of one in any form
    ("city bikes ... rented" names the bike rental)."""
    lowered = clause.lower()
    if any(name in lowered for name in names):
        return True
    said = {_stem(w) for w in _WORD.findall(lowered)}
    return any(words and words <= said for name in names
               if (words := {_stem(w) for w in _WORD.findall(name) if w not in ("a", "an", "the", "of", "and")}))


def _chosen(found: list[Fact], clauses: list[tuple[str, set[str]]]) -> list[Fact]:
    """The facts a clause of the answer names (or the clause before, when it goes on with "it", "they") and says
    every figure of; of one facility's, those another chosen one says all of are left out, and the rest are said
    as one sentence."""
    named = [(clause, numbers, clauses[i - 1][0] if i and _PRONOUN.match(clause) else "")
             for i, (clause, numbers) in enumerate(clauses)]
    chosen = sorted((f for f in found if f.figures and any(
        f.figures <= numbers and (_named(f.names, clause) or (before and _named(f.names, before)))
        for clause, numbers, before in named)), key=lambda f: -len(f.figures))
    kept: list[Fact] = []
    for fact in chosen:
        if not any(fact.about and k.about == fact.about and fact.figures <= k.figures for k in kept):
            kept.append(fact)
    kept.sort(key=found.index)
    merged: list[Fact] = []
    for fact in kept:
        last = merged[-1] if merged else None
        if last is not None and fact.about and fact.said and last.about == fact.about and last.said:
            label = last.text[: len(last.text) - len(last.said) - 3]   # "Bike Rental" of "Bike Rental: ... ."
            said = f"{last.said}; {fact.said}"
            merged[-1] = Fact(tuple(dict.fromkeys(last.names + fact.names)), last.figures | fact.figures,
                              f"{label}: {said}.", fact.about, said)
        else:
            merged.append(fact)
    return merged


def restated(hotel: Hotel, language: str, answer: str) -> Restatement | None:
    """An English FAQ answer said from the hotel's data in `language`: the facts it restates, and its clauses they
    do not say all of (in English: a clause that says anything more than a fact, a condition or a charge, is kept
    whole). None when the data says no figure of the answer's first sentence, what the answer leads with: the
    guest then reads the hotel's own words alone.

    A fact counts when one clause of the answer names it and says all its figures: the pool's 07:00-22:00 is not
    the quiet hours 22:00-07:00, and a ski room named beside the luggage hours is not what keeps the luggage.
    """
    if language == "en":
        return None
    clauses = [(c, _said_figures(c)) for c in _CLAUSE.split(answer.strip())]
    first = _SENTENCE.split(answer.strip())[0]
    lead = _said_figures(first)
    if not lead:
        return None
    chosen = _chosen(facts(hotel, language), clauses)
    told = set().union(*(f.figures for f in chosen))
    if not lead & told:
        return None
    names = {w for f in chosen for name in f.names for w in _WORD.findall(name)} | {hotel.currency.lower()}
    untold = [clause for clause, numbers in clauses if not (numbers and numbers <= told and all(
        w in _FACT_WORDS or w in names for w in _WORD.findall(_ASIDE.sub(" ", clause).lower())))]
    english = _chosen(facts(hotel, "en"), clauses)  # the same facts, said in English
    return Restatement(" ".join(dict.fromkeys(f.text for f in chosen)),
                       " ".join(dict.fromkeys(f.text for f in english)),
                       tuple(untold), frozenset(told))


def also_saying(said: Restatement | None, text: str, english: str, answer: str) -> Restatement:
    """The restatement of an answer that also says `text` (`english` in English) of the hotel's data: where the
    facts said nothing of the answer, each of its clauses is yet to be told."""
    if said is None:
        return Restatement(text, english, tuple(_CLAUSE.split(answer.strip())), frozenset())
    return replace(said, said=f"{said.said} {text}", said_in_english=f"{said.said_in_english} {english}")
