"""`create_lead`: Record a booking enquiry with the guest's contact details (name, email, phone)."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

from skills.base import Skill, SkillContext, SkillResult


class Args(BaseModel):
    """Arguments of `create_lead` (also the LLM tool schema)."""

    name: str = Field(min_length=2, max_length=200)
    email: str | None = Field(default=None, description="e-mail address")
    phone: str | None = Field(default=None, description="phone number, E.164 when possible")
    check_in: dt.date | None = None
    check_out: dt.date | None = None
    room_code: str | None = None
    guests: int | None = Field(default=None, ge=1, le=20)
    notes: str | None = None


def run(ctx: SkillContext, args: Args) -> SkillResult:
    raise NotImplementedError("create_lead")


SKILL = Skill(
    name="create_lead",
    description="Record a booking enquiry with the guest's contact details (name, email, phone).",
    args=Args,
    examples=("I'll take it, I'm Ana Ruiz, ana@example.com", "Book it for me please", "Here are my details"),
    run=run,
)
