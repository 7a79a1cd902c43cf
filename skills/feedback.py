"""`feedback`: Record the guest's rating (1-5) and comment about their stay."""

from __future__ import annotations

from pydantic import BaseModel, Field

from core.effects import StaffNotice
from core.i18n import say
from core.store.models import Feedback
from skills.base import Skill, SkillContext, SkillResult


class Args(BaseModel):
    """Arguments of `feedback` (also the LLM tool schema)."""

    rating: int = Field(ge=1, le=5)
    comment: str | None = None


LOW_RATING = 2


def run(ctx: SkillContext, args: Args) -> SkillResult:
    """Every rating is kept; a low one also reaches guest relations while the guest is still here."""
    flagged = args.rating <= LOW_RATING
    row = Feedback(hotel_id=ctx.hotel.id, conversation_id=ctx.conversation.id, rating=args.rating,
                   comment=args.comment, flagged=flagged)
    ctx.session.add(row)
    ctx.session.flush()
    if flagged:
        department = "management" if ctx.hotel.department("management") else "front_desk"
        note = f"Low rating {args.rating}/5" + (f": {args.comment}" if args.comment else "")
        ctx.effects.append(StaffNotice(hotel_id=ctx.hotel.id, text=note, department=department,
                                       conversation_id=ctx.conversation.id))
        key = "feedback_low"
    else:
        key = "feedback_high" if args.rating >= 4 else "feedback_thanks"
    return SkillResult(text=say(key, ctx.language), data={"feedback_id": row.id, "rating": args.rating,
                                                          "flagged": flagged})


SKILL = Skill(
    name="feedback",
    description="Record the guest's rating (1-5) and comment about their stay.",
    args=Args,
    examples=("I'd rate my stay 5 stars", "Feedback: the room was great", "2 out of 5, the room was noisy"),
    run=run,
)
