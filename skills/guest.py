"""Who is writing and which room they are in, decided from the verified sender, never from a claim.

A guest's own words may name a room (for delivery), but only the phone number
the message came from identifies a reservation: that is what keeps one guest's
bill, name and room away from another.
"""

from __future__ import annotations

from core.hotels import GuestRecord
from skills.base import SkillContext


def verified_guest(ctx: SkillContext) -> GuestRecord | None:
    """The in-house reservation whose phone is the sender's own number."""
    return ctx.hotel.guest_by_phone(ctx.sender)


def guest_room(ctx: SkillContext, named: str | None = None) -> str | None:
    """The room to serve: the one the guest names (remembered for later turns), else their reservation's,
    else one named earlier in the conversation."""
    if named:
        room = named.strip().removeprefix("#")
        ctx.conversation.room = room
        return room
    guest = verified_guest(ctx)
    if guest is not None and guest.room:
        return guest.room
    return ctx.conversation.room


def room_is_verified(ctx: SkillContext, room: str | None) -> bool:
    """Whether `room` is the sender's own room per the reservation (staff see this on the ticket)."""
    guest = verified_guest(ctx)
    return bool(room and guest is not None and guest.room == room)
