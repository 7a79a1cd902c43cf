"""Which of the hotel's rooms sleep a party, said from hotel.yaml: for a guest who tells how many they are and asks
which room to take, where the FAQ's answer names no room big enough for them.

Each room is said as the FAQ facts say it (`fact_room`: its most guests and its rate, each dated season's that
differs); a party no single room sleeps hears the largest rooms and the rooms that together would.
"""

from __future__ import annotations

from collections import Counter

from core.hotels import Hotel, RoomType
from core.i18n import say
from skills.formatting import join_list
from skills.inventory import combination, rate_card

TOGETHER_AT_MOST = 3  # rooms suggested to book together; a larger group is the front desk's to place


def fitting_rooms(hotel: Hotel, guests: int) -> list[RoomType]:
    """The room types that sleep `guests` in one room, the snuggest (then the cheapest) first. A dorm's beds are
    no room to recommend a party: they are sold one a guest."""
    return sorted((r for r in hotel.rooms if r.sold_per == "room" and r.count and r.max_guests >= guests),
                  key=lambda r: (r.max_guests, r.rate))


def room_line(hotel: Hotel, room: RoomType, language: str) -> str:
    """A room's most guests and rate, as the FAQ's facts say it."""
    rate, _ = rate_card(hotel, room, language)
    return say("fact_room", language, room=room.name, guests=room.max_guests, rate=rate)


def rooms_for_party(hotel: Hotel, guests: int, language: str,
                    too_small: tuple[RoomType, ...] = ()) -> tuple[str, list[RoomType]]:
    """What to tell a party of `guests` asking which room to take (after the rooms they named that are `too_small`
    for them), and the rooms it names."""
    said = [say("room_fit_too_small", language, room=room.name, max_guests=room.max_guests, guests=guests)
            for room in too_small]
    fitting = fitting_rooms(hotel, guests)
    if fitting:
        said.append(say("room_fit_intro", language, guests=guests))
        return " ".join([*said, *(room_line(hotel, room, language) for room in fitting)]), fitting
    rooms = [r for r in hotel.rooms if r.sold_per == "room" and r.count]
    largest = max((r.max_guests for r in rooms), default=0)
    together = combination(hotel, {r.code: r.count for r in rooms}, guests) if rooms else None
    if not together or len(together) > TOGETHER_AT_MOST:
        said.append(say("room_fit_none", language, guests=guests, max_guests=largest))
        return " ".join(said), []
    counts = Counter(room.name for room in together)
    names = join_list([name if n == 1 else f"{n} × {name}" for name, n in counts.items()], language)
    named = list({room.code: room for room in together}.values())
    said.append(say("room_fit_together", language, guests=guests, max_guests=largest, rooms=names))
    return " ".join([*said, *(room_line(hotel, room, language) for room in named)]), named
