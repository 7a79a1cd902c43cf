"""`housekeeping`: Ask housekeeping for towels, pillows, toiletries, a crib, cleaning or turndown."""

from __future__ import annotations

from pydantic import BaseModel, Field

from skills.base import Skill, SkillContext, SkillResult


class HousekeepingItem(BaseModel):
    item: str = Field(description="towels, pillows, hypoallergenic pillow, toiletries, crib, cleaning, turndown")
    quantity: int = Field(default=1, ge=1, le=10)


class Args(BaseModel):
    """Arguments of `housekeeping` (also the LLM tool schema)."""

    items: list[HousekeepingItem] = Field(default_factory=list)
    request: str = Field(default="", description="the request in the guest's words")
    room: str | None = None


def run(ctx: SkillContext, args: Args) -> SkillResult:
    raise NotImplementedError("housekeeping")


SKILL = Skill(
    name="housekeeping",
    description="Ask housekeeping for towels, pillows, toiletries, a crib, cleaning or turndown.",
    args=Args,
    examples=("Can I get extra towels?", "Please send 2 pillows to room 305", "Can you clean my room?"),
    run=run,
)
