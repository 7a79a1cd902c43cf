"""`itinerary_plan`: Plan a half or full day around the hotel from nearby places and their opening hours."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field

from skills.base import Skill, SkillContext, SkillResult


class Args(BaseModel):
    """Arguments of `itinerary_plan` (also the LLM tool schema)."""

    length: Literal["half", "full"] = "full"
    interests: list[str] = Field(default_factory=list)
    date: dt.date | None = None


def run(ctx: SkillContext, args: Args) -> SkillResult:
    raise NotImplementedError("itinerary_plan")


SKILL = Skill(
    name="itinerary_plan",
    description="Plan a half or full day around the hotel from nearby places and their opening hours.",
    args=Args,
    examples=("Plan a day for us", "What should we do tomorrow afternoon?", "Make us a half-day itinerary"),
    run=run,
)
