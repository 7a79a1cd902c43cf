"""`handoff_to_staff`: Hand the conversation to a person at the front desk."""

from __future__ import annotations

from pydantic import BaseModel, Field

from core.i18n import say
from skills.base import Skill, SkillContext, SkillResult


class Args(BaseModel):
    """Arguments of `handoff_to_staff` (also the LLM tool schema)."""

    reason: str = Field(default="guest asked for a person")


def run(ctx: SkillContext, args: Args) -> SkillResult:
    """The agent starts the handoff (Slack thread, bot silence) when it sees `handoff=True`."""
    return SkillResult(text=say("handoff_connecting", ctx.language), handoff=True, data={"reason": args.reason})


SKILL = Skill(
    name="handoff_to_staff",
    description="Hand the conversation to a person at the front desk.",
    args=Args,
    examples=("I want to speak to a human", "Can I talk to someone?", "Get me a manager"),
    run=run,
)
