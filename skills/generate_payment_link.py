"""`generate_payment_link`: Hold the chosen room and send a secure link to pay the booking deposit."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

from skills.base import Skill, SkillContext, SkillResult


class Args(BaseModel):
    """Arguments of `generate_payment_link` (also the LLM tool schema)."""

    reservation_code: str | None = Field(default=None, description="an existing hold to pay for")
    check_in: dt.date | None = None
    check_out: dt.date | None = None
    room_code: str | None = None
    guests: int | None = Field(default=None, ge=1, le=20)


def run(ctx: SkillContext, args: Args) -> SkillResult:
    raise NotImplementedError("generate_payment_link")


SKILL = Skill(
    name="generate_payment_link",
    description="Hold the chosen room and send a secure link to pay the booking deposit.",
    args=Args,
    examples=("How can I pay the deposit?", "Send me the payment link", "I want to pay now"),
    run=run,
)
