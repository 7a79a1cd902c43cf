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
    examples=(  # several per language: the offline brain's router learns the skill from them
        "I'd rate my stay 5 stars", "Feedback: the room was great", "2 out of 5, the room was noisy",
        "I want to leave a review of my stay", "Here's my feedback: everything was great",
        "Le doy 5 estrellas a mi estancia", "Quiero dejar una opinión sobre el hotel",
        "Je donne 4 sur 5 à mon séjour", "Je voudrais laisser un avis", "Ich gebe dem Hotel 5 Sterne",
        "Ich möchte eine Bewertung abgeben", "Оцениваю проживание на 5 звёзд", "Хочу оставить отзыв о проживании",
        "我给这次住宿打5星", "我想写一下入住评价", "今回の滞在は星5つです", "滞在の感想を伝えたいです",
        "이번 숙박은 별 5개예요", "숙박 후기 남기고 싶어요", "أقيّم إقامتي بخمس نجوم", "أريد أن أترك تقييما لإقامتي",
    ),
    run=run,
    asks=(("rating", "ask_rating"),),
)
