"""`check_out`: Check-out time, late check-out, and the bill summary for an identified guest at departure."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

from skills.base import Skill, SkillContext, SkillResult


class Args(BaseModel):
    """Arguments of `check_out` (also the LLM tool schema)."""

    late: bool = Field(default=False, description="the guest asks for a late check-out")
    date: dt.date | None = None


def run(ctx: SkillContext, args: Args) -> SkillResult:
    raise NotImplementedError("check_out")


SKILL = Skill(
    name="check_out",
    description="Check-out time, late check-out, and the bill summary for an identified guest at departure.",
    args=Args,
    examples=("What time is check-out?", "Can I have a late check-out tomorrow?", "I'd like to check out"),
    run=run,
)
