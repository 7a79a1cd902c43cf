"""Rooms free per night and what a stay costs: the one place availability and prices are computed.

A night is free for a room type when the hotel's count, capped by any inventory
block on that night, exceeds the reservations already holding it (confirmed, or a
hold whose deposit link has not expired). `check_availability` shows it to the
guest; `generate_payment_link` uses the same numbers to place a hold.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.hotels import Hotel, RoomType, Season
from core.i18n import say
from core.messages import utcnow
from core.store.models import Reservation
from skills.formatting import day_of_year, join_list, money, percent_of, to_minor
from skills.matching import best_match, same_word, words

ACTIVE_STATUSES = ("hold", "confirmed")
# A block's reason that says the house itself is shut (a season's end, works), not merely full.
_CLOSED = re.compile(r"\bclos(?:ed|ure|ing)\b|\bshut\b|\bferm[ée]|geschlossen|\bcerrad|\brenovat|\brestorat",
                     re.IGNORECASE)
# Words for "room" that say nothing about the type ("a king room", "habitación familiar").
_ROOM_WORDS = frozenset("room rooms habitacion habitaciones chambre chambres zimmer camera quarto".split())


@dataclass(frozen=True)
class Nights:
    """Consecutive nights of a stay at one rate; `season` names the dated season that priced them ("" for none)."""

    nights: int
    nightly_minor: int
    season: str = ""


@dataclass(frozen=True)
class Quote:
    """Price of one room for a stay, in minor units of `currency`."""

    nights: int
    nightly_minor: int          # the first night's rate; `rates` has every night's when seasons price them apart
    subtotal_minor: int
    tax_percent: float
    tax_minor: int
    total_minor: int
    deposit_minor: int  # the hotel's deposit percent of the nights, before tax (the contract's rule)
    currency: str
    tax_included: bool
    person_tax_minor: int = 0   # a tax per person and night the rate leaves out (a city tax), per `person_tax_per`
    person_tax_per: str = ""
    person_tax_name: str = ""
    beds: int = 0               # a party's beds in a dorm, each at the nightly rate; 0 for a room
    rates: tuple[Nights, ...] = ()
    deposit_percent: float = 0  # the percent `deposit_minor` took: the highest any night's season asks


def stay_nights(check_in: dt.date, check_out: dt.date) -> list[dt.date]:
    """The nights of a stay: arrival up to, not including, the departure day."""
    return [check_in + dt.timedelta(days=i) for i in range((check_out - check_in).days)]


def room_type(hotel: Hotel, text: str | None) -> RoomType | None:
    """A room type from its code ("KS") or what a guest calls it ("king suite", "family room")."""
    if not text:
        return None
    by_code = hotel.room(text.strip().upper())
    if by_code is not None:
        return by_code
    code = best_match(text, {r.code: (r.name,) for r in hotel.rooms})
    room = hotel.room(code) if code else None
    # Every word must be explained: a "Presidential Suite" is not our King Suite.
    if room is None or any(w not in _ROOM_WORDS and not any(same_word(w, n) for n in words(room.name))
                           for w in words(text)):
        return None
    return room


def _taken(session: Session, hotel: Hotel, check_in: dt.date, check_out: dt.date,
           now: dt.datetime) -> Counter[tuple[str, dt.date]]:
    """Rooms (or a dorm's beds) held or confirmed per (room code, night) within the stay."""
    rows = session.scalars(select(Reservation).where(
        Reservation.hotel_id == hotel.id,
        Reservation.status.in_(ACTIVE_STATUSES),
        Reservation.check_in < check_out,
        Reservation.check_out > check_in,
    )).all()
    taken: Counter[tuple[str, dt.date]] = Counter()
    for reservation in rows:
        if reservation.status == "hold" and reservation.hold_expires_at is not None \
                and reservation.hold_expires_at <= now:
            continue
        room = hotel.room(reservation.room_code)
        units = room.units(reservation.guests) if room else 1
        for night in stay_nights(max(reservation.check_in, check_in), min(reservation.check_out, check_out)):
            taken[(reservation.room_code, night)] += units
    return taken


def _capacity(hotel: Hotel, room: RoomType, night: dt.date) -> int:
    caps = [b.available for b in hotel.inventory_blocks
            if room.code in b.rooms and b.first_night <= night <= b.last_night]
    return min([room.count, *caps])


def free_per_night(hotel: Hotel, session: Session, check_in: dt.date, check_out: dt.date,
                   now: dt.datetime | None = None) -> dict[str, dict[dt.date, int]]:
    """For every room type, how many rooms are still free on each night of the stay."""
    taken = _taken(session, hotel, check_in, check_out, now or utcnow())
    return {room.code: {night: max(0, _capacity(hotel, room, night) - taken[(room.code, night)])
                        for night in stay_nights(check_in, check_out)}
            for room in hotel.rooms}


def free_rooms(hotel: Hotel, session: Session, check_in: dt.date, check_out: dt.date,
               now: dt.datetime | None = None) -> dict[str, int]:
    """Rooms of each type free on every night of the stay (what can still be booked)."""
    per_night = free_per_night(hotel, session, check_in, check_out, now)
    return {code: min(nights.values(), default=0) for code, nights in per_night.items()}


def rooms_free(hotel: Hotel, session: Session, room_code: str, check_in: dt.date, check_out: dt.date,
               now: dt.datetime | None = None) -> int:
    """Rooms of one type free for the whole stay; 0 for an unknown code."""
    return free_rooms(hotel, session, check_in, check_out, now).get(room_code, 0)


def surcharges_minor(hotel: Hotel, amount_minor: int) -> int:
    """What the hotel adds on top of a price: its service charge on the price, then each tax on the price
    plus the service charge, as "++" hotels bill (10% service and 7% VAT on THB 1,000 come to THB 177)."""
    service = sum(percent_of(amount_minor, s.percent) for s in hotel.policies.taxes.surcharges if s.kind == "service")
    taxes = sum(percent_of(amount_minor + service, s.percent)
                for s in hotel.policies.taxes.surcharges if s.kind != "service")
    return service + taxes


def charges_text(hotel: Hotel, language: str) -> str:
    """The hotel's named charges on top of prices, in the guest's words ("10% service charge and 7% VAT");
    empty when it names none, or only its one occupancy-tax figure (quotes say that one their own way)."""
    named = [s for s in hotel.policies.taxes.surcharges if s.kind != "occupancy"]
    return join_list([say(f"charge_{s.kind}", language, percent=f"{s.percent:g}") for s in named], language)


def _night(hotel: Hotel, room: RoomType, night: dt.date) -> Nights:
    """One night's rate, named by the dated season that priced it: a room without the season's own figure
    keeps `rate`, said without the season's name (the rest of the year is said without a name too)."""
    key = hotel.season_on(night)
    season = hotel.priced_seasons()[key] if key else None
    named = season is not None and season.dated and hotel.season_rate(room, key) is not None
    return Nights(1, to_minor(hotel.rate_in(room, key), hotel.currency), season.label(key) if named else "")


def _runs(hotel: Hotel, room: RoomType, nights: list[dt.date]) -> list[Nights]:
    """The stay's nights grouped into runs of one rate and season, in order."""
    runs: list[Nights] = []
    for night in nights:
        run = _night(hotel, room, night)
        if runs and (runs[-1].nightly_minor, runs[-1].season) == (run.nightly_minor, run.season):
            run = Nights(runs.pop().nights + 1, run.nightly_minor, run.season)
        runs.append(run)
    return runs


def stay_deposit_percent(hotel: Hotel, check_in: dt.date, check_out: dt.date) -> float:
    """The deposit percent of a stay: the highest any of its nights' seasons asks, since a hotel's peak terms
    hold for "stays with any night in the peak"; the hotel's own percent without seasons."""
    return max((hotel.deposit_percent_on(n) for n in stay_nights(check_in, check_out)),
               default=hotel.policies.deposit.percent)


def minimum_stay(hotel: Hotel, check_in: dt.date, check_out: dt.date) -> tuple[str, int] | None:
    """(the season's name, its minimum nights) when a night of the stay falls in a season that asks for more
    nights than the stay has: the highest such minimum, as a hotel holds "stays with any night in the festival". A
    season for the rest of the year holds the nights no dated season does."""
    nights = stay_nights(check_in, check_out)
    seasons = hotel.priced_seasons()
    asked = [(season.minimum_nights, season.label(key)) for key, season in seasons.items()
             if season.minimum_nights and season.minimum_nights > len(nights)
             and any(season.holds(night) if season.dated else hotel.season_on(night) == key for night in nights)]
    if not asked:
        return None
    most, label = max(asked, key=lambda pair: pair[0])
    return label, most


def quote(hotel: Hotel, room_code: str, check_in: dt.date, check_out: dt.date, guests: int | None = None) -> Quote:
    """Each night's rate (its season's, when one prices it) summed (× beds, for a party in a dorm), occupancy tax
    separately unless rates include it, and the deposit: the stay's percent of that sum, before tax."""
    room = hotel.room(room_code)
    if room is None:
        raise KeyError(room_code)
    taxes = hotel.policies.taxes
    nights = stay_nights(check_in, check_out)
    runs = _runs(hotel, room, nights)
    rates = [run.nightly_minor for run in runs for _ in range(run.nights)]
    units = room.units(guests)
    subtotal = sum(rates) * units
    tax = surcharges_minor(hotel, subtotal)
    person = taxes.per_person
    percent = stay_deposit_percent(hotel, check_in, check_out)
    return Quote(nights=len(nights), nightly_minor=rates[0] if rates else to_minor(room.rate, hotel.currency),
                 subtotal_minor=subtotal,
                 tax_percent=round(surcharges_minor(hotel, 10**6) / 10**4, 3), tax_minor=tax,
                 total_minor=subtotal + tax,
                 deposit_minor=percent_of(subtotal, percent) + units * sum(rates[:hotel.policies.deposit.nights]),
                 currency=hotel.currency, tax_included=taxes.rates_include_tax,
                 person_tax_minor=to_minor(person.amount, hotel.currency) if person else 0,
                 person_tax_per=person.per if person else "", person_tax_name=person.name if person else "",
                 beds=units if room.sold_per == "bed" and units > 1 else 0, rates=tuple(runs),
                 deposit_percent=percent)


def rate_text(run: Nights, currency: str, language: str) -> str:
    """A nightly rate, named by its season when one priced it: "38,000 JPY (Winter peak)"."""
    rate = money(run.nightly_minor, currency)
    return say("rate_in_season", language, rate=rate, season=run.season) if run.season else rate


def season_span(season: Season, key: str, language: str) -> str:
    """A dated season with its nights, for a guest who named no date: "Winter peak December 20 – February 28"."""
    (first_month, first_day), (last_month, last_day) = season.first_and_last()
    return f"{season.label(key)} {day_of_year(first_month, first_day, language)} – " \
           f"{day_of_year(last_month, last_day, language)}"


def rate_card(hotel: Hotel, room: RoomType, language: str) -> tuple[str, list[float]]:
    """A room's rate when no date is known, with each dated season's that differs: "¥22,000 / ¥38,000 (Winter
    peak December 20 – February 28)"; and those rates, the plain one first."""
    seasons = hotel.priced_seasons()
    rest = next((key for key, season in seasons.items() if season.rest_of_year), None)
    plain = hotel.rate_in(room, rest)   # a rest-of-year season may price its nights with its own field
    rates, said = [plain], [money(to_minor(plain, hotel.currency), hotel.currency)]
    for key, season in seasons.items():
        seasonal = hotel.rate_in(room, key) if season.dated else plain
        if seasonal != plain:
            rates.append(seasonal)
            said.append(rate_text(Nights(0, to_minor(seasonal, hotel.currency), season_span(season, key, language)),
                                  hotel.currency, language))
    return " / ".join(said), rates


def nightly_text(offer: Quote, language: str) -> str:
    """The nightly rate said beside a total; each rate of a stay across seasons, "22,000 JPY / 38,000 JPY
    (Winter peak)"."""
    runs = offer.rates or (Nights(offer.nights, offer.nightly_minor),)
    return " / ".join(dict.fromkeys(rate_text(run, offer.currency, language) for run in runs))


def deposit_share(hotel: Hotel, language: str, check_in: dt.date, check_out: dt.date) -> str:
    """What the deposit of a stay is ("30% of the stay", "50%" in a peak season, "the first night's rate"),
    said beside its amount: a hotel that takes the first night has no percentage to show."""
    deposit = hotel.policies.deposit
    if deposit.nights:
        return say("deposit_share_first_night" if deposit.nights == 1 else "deposit_share_nights", language,
                   nights=deposit.nights)
    return say("deposit_share_percent", language, percent=f"{stay_deposit_percent(hotel, check_in, check_out):g}")


def closure(hotel: Hotel, check_in: dt.date, check_out: dt.date) -> tuple[dt.date, dt.date] | None:
    """(first night closed, day it reopens) when the whole hotel is closed on a night of the stay: a block on
    every room type, none to sell, its reason saying it is closed. Back-to-back closures read as one."""
    every = {room.code for room in hotel.rooms}
    shut = sorted((b.first_night, b.last_night) for b in hotel.inventory_blocks
                  if b.available == 0 and every <= set(b.rooms) and _CLOSED.search(b.reason))
    for i, (first, last) in enumerate(shut):
        if first < check_out and last >= check_in:
            for later_first, later_last in shut[i + 1:]:
                if later_first <= last + dt.timedelta(days=1):
                    last = max(last, later_last)
            return first, last + dt.timedelta(days=1)
    return None


def open_rooms(hotel: Hotel, session: Session, check_in: dt.date, check_out: dt.date,
               guests: int | None = None) -> list[RoomType]:
    """The room types a guest can still pick for a stay: free every night and big enough for the party."""
    free = free_rooms(hotel, session, check_in, check_out)
    return [room for room in hotel.rooms if room.fits(guests, free[room.code])]


def combination(hotel: Hotel, free: dict[str, int], guests: int, pets: bool = False) -> list[RoomType] | None:
    """Rooms that together sleep `guests`: the largest free rooms first, then the cheapest that fits the rest."""
    left = dict(free)
    rooms: list[RoomType] = []
    remaining = guests
    candidates = [r for r in hotel.rooms if r.pets or not pets]
    while remaining > 0:
        usable = [r for r in candidates if left.get(r.code, 0) > 0]
        if not usable:
            return None
        fitting = [r for r in usable if r.max_guests >= remaining]
        room = min(fitting, key=lambda r: r.rate) if fitting else max(usable, key=lambda r: (r.max_guests, -r.rate))
        rooms.append(room)
        left[room.code] -= 1
        remaining -= room.max_guests
    return rooms
