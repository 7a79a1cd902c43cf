"""`search_kb`: Answer a question from the hotel's FAQ knowledge base (policies, times, services, facilities)."""

from __future__ import annotations

from pydantic import BaseModel, Field

from core.hotels import KBEntry
from core.i18n import say
from skills.base import Skill, SkillContext, SkillResult
from skills.hotel_facts import restated


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
        answer, answered_in = _untranslated(ctx, entry)
    return SkillResult(text=answer, kb=[hit.entry.id for hit in hits],
                       data={"entry": entry.id, "answer": entry.answer, "answer_language": answered_in,
                             "score": round(float(hits[0].score), 3)})


def _untranslated(ctx: SkillContext, entry: KBEntry) -> tuple[str, str]:
    """An answer the hotel wrote only in English: what the hotel's data says of it in the guest's language, then
    what it does not say, in English and said to be; all of it in English, said to be, when the data cannot
    say what the answer leads with. One written only in the hotel's own language is given as it is, said to be.
    Also the language the text is in."""
    if entry.language != "en":   # a hotel that wrote this answer only in its own language
        return f"{say('not_in_your_language_original', ctx.language)} {entry.answer}".strip(), entry.language
    said = restated(ctx.hotel, ctx.language, entry.answer)
    if said is None:
        return f"{say('not_in_your_language', ctx.language)} {entry.answer}".strip(), "en"
    facts, rest = said
    if not rest:
        return facts, ctx.language
    return f"{facts} {say('also_in_english', ctx.language)} {rest}", "en"


SKILL = Skill(
    name="search_kb",
    description="Answer a question from the hotel's FAQ knowledge base (policies, times, services, facilities).",
    args=Args,
    examples=("What time is check-in?", "Do you allow pets?", "Is breakfast included?"),
    run=run,
)
