"""The stay under discussion, carried across turns in the conversation's state.

`check_availability` remembers what it offered; `create_lead` and
`generate_payment_link` fill what the guest does not repeat ("I'll take it").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from skills.base import SkillContext


@dataclass(frozen=True)
class Stay:
    check_in: dt.date | None = None
    check_out: dt.date | None = None
    guests: int | None = None
    room_code: str | None = None
    wanted: str | None = None  # the room type asked for that could not be had: other dates are asked for it


def remembered_stay(ctx: SkillContext) -> Stay:
    saved = ctx.state.get("booking") or {}
    return Stay(check_in=_date(saved.get("check_in")), check_out=_date(saved.get("check_out")),
                guests=saved.get("guests"), room_code=saved.get("room_code"), wanted=saved.get("wanted"))


def remember_stay(ctx: SkillContext, stay: Stay) -> None:
    ctx.remember(booking={"check_in": _iso(stay.check_in), "check_out": _iso(stay.check_out),
                          "guests": stay.guests, "room_code": stay.room_code, "wanted": stay.wanted})


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None
