"""`check_availability`: Check which rooms are free for given dates and guests, with nightly prices and taxes."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

from skills.base import Skill, SkillContext, SkillResult


class Args(BaseModel):
    """Arguments of `check_availability` (also the LLM tool schema)."""

    check_in: dt.date | None = Field(default=None, description="first night (arrival date)")
    check_out: dt.date | None = Field(default=None, description="departure date (not a night)")
    guests: int | None = Field(default=None, ge=1, le=20, description="number of guests")
    room_code: str | None = Field(default=None, description="room type code, e.g. SQ, KS")
    pets: bool = Field(default=False, description="the guest is bringing a pet")


def run(ctx: SkillContext, args: Args) -> SkillResult:
    raise NotImplementedError("check_availability")


SKILL = Skill(
    name="check_availability",
    description="Check which rooms are free for given dates and guests, with nightly prices and taxes.",
    args=Args,
    examples=(
        "Do you have a room from March 10 to 12?",
        "Any King Suite available next weekend?",
        "Is a family room free in August?",
    ),
    run=run,
)
