"""`handoff_to_staff`: Hand the conversation to a person at the front desk."""

from __future__ import annotations

from pydantic import BaseModel, Field

from core.handoff import no_desk_reply
from core.i18n import say
from skills.base import Skill, SkillContext, SkillResult


class Args(BaseModel):
    """Arguments of `handoff_to_staff` (also the LLM tool schema)."""

    reason: str = Field(default="guest asked for a person")


def run(ctx: SkillContext, args: Args) -> SkillResult:
    """The agent starts the handoff (Slack thread, bot silence) when it sees `handoff=True`; with no desk to
    take it, the guest is told how to reach the hotel instead of being left with a bot that went quiet."""
    if not ctx.staff_desk:
        return SkillResult(text=no_desk_reply(ctx.hotel, ctx.language), data={"reason": args.reason, "desk": False})
    return SkillResult(text=say("handoff_connecting", ctx.language), handoff=True, data={"reason": args.reason})


SKILL = Skill(
    name="handoff_to_staff",
    description="Hand the conversation to a person at the front desk.",
    args=Args,
    examples=(  # several per language: the offline brain's router learns the skill from them
        "I want to speak to a human", "Can I talk to someone?", "Get me a manager", "Put me through to reception",
        "I'd rather deal with a real person", "Quiero hablar con una persona", "¿Me pasa con alguien de recepción?",
        "Je voudrais parler à quelqu'un de la réception", "Passez-moi un responsable",
        "Ich möchte mit einem Mitarbeiter sprechen", "Verbinden Sie mich bitte mit der Rezeption",
        "Соедините меня с администратором", "Хочу поговорить с живым человеком", "我要找人工客服", "请帮我转前台",
        "スタッフと話したいです", "フロントにつないでください", "직원과 이야기하고 싶어요", "상담원 연결해 주세요",
        "أريد التحدث مع موظف", "حولني إلى الاستقبال من فضلك",
        "Quero falar com uma pessoa de verdade", "Pode me passar para um atendente?",
        "Preciso falar com alguém da recepção",
    ),
    run=run,
)
