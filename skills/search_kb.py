"""`search_kb`: Answer a question from the hotel's FAQ knowledge base (policies, times, services, facilities)."""

from __future__ import annotations

from pydantic import BaseModel, Field

from core.i18n import say
from skills.base import Skill, SkillContext, SkillResult


class Args(BaseModel):
    """Arguments of `search_kb` (also the LLM tool schema)."""

    query: str = Field(description="the guest's question, in their words")


def run(ctx: SkillContext, args: Args) -> SkillResult:
    """Answer only from a confident hit: a guessed FAQ answer is worse than an honest "I don't know"."""
    hits = ctx.kb.answers(ctx.kb.search(args.query, k=3), ctx.language, args.query)
    if not hits:
        return SkillResult(text=say("kb_no_answer", ctx.language), ok=False, data={"query": args.query})
    entry = hits[0].entry
    answer = entry.answer_in(ctx.language)
    answered_in = ctx.language
    if answer is None:
        answer = f"{say('not_in_your_language', ctx.language)} {entry.answer}".strip()
        answered_in = "en"
    return SkillResult(text=answer, kb=[hit.entry.id for hit in hits],
                       data={"entry": entry.id, "answer": entry.answer, "answer_language": answered_in,
                             "score": round(float(hits[0].score), 3)})


SKILL = Skill(
    name="search_kb",
    description="Answer a question from the hotel's FAQ knowledge base (policies, times, services, facilities).",
    args=Args,
    examples=("What time is check-in?", "Do you allow pets?", "Is breakfast included?"),
    run=run,
)
