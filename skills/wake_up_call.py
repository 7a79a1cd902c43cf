"""`wake_up_call`: Schedule a wake-up call at a time in the hotel's timezone."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

from skills.base import Skill, SkillContext, SkillResult


class Args(BaseModel):
    """Arguments of `wake_up_call` (also the LLM tool schema)."""

    time: str = Field(pattern=r"^([01]?\d|2[0-3]):[0-5]\d$", description="24h HH:MM in the hotel's timezone")
    date: dt.date | None = Field(default=None, description="day of the call; the next such time when unset")
    room: str | None = None


def run(ctx: SkillContext, args: Args) -> SkillResult:
    raise NotImplementedError("wake_up_call")


SKILL = Skill(
    name="wake_up_call",
    description="Schedule a wake-up call at a time in the hotel's timezone.",
    args=Args,
    examples=("Wake me up at 6:45", "Can I get a wake-up call tomorrow at 7?", "Please wake me at quarter to seven"),
    run=run,
)
