"""`complaints`: Record a complaint or a problem in the room, apologise, and send the right team."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from skills.base import Skill, SkillContext, SkillResult


class Args(BaseModel):
    """Arguments of `complaints` (also the LLM tool schema)."""

    text: str = Field(description="what went wrong, in the guest's words")
    category: Literal["maintenance", "noise", "cleanliness", "service", "billing", "other"] | None = None
    severity: Literal["low", "normal", "serious"] | None = None
    room: str | None = None


def run(ctx: SkillContext, args: Args) -> SkillResult:
    raise NotImplementedError("complaints")


SKILL = Skill(
    name="complaints",
    description="Record a complaint or a problem in the room, apologise, and send the right team.",
    args=Args,
    examples=("The AC is broken", "The room next door is very loud", "This service is terrible"),
    run=run,
)
