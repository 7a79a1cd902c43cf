"""What one turn of the offline brain says and does: the reply its steps fill, and the skill runs that fill it
(remembering what a skill still asks for or offers, for the guest's next message)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from agent.brains import BrainAnswer
from core.messages import SkillCall
from skills.base import SkillContext, SkillResult
from skills.runner import run_skill

REMEMBERS_ITSELF = {"room_service"}  # keeps its unplaced order in the conversation: its asks are not replayed


@dataclass
class Reply:
    """What the steps of one turn said and did, joined into one answer."""

    texts: list[str] = field(default_factory=list)
    calls: list[SkillCall] = field(default_factory=list)
    kb: list[str] = field(default_factory=list)
    payment_url: str | None = None
    handoff: bool = False

    def add(self, call: SkillCall, result: SkillResult) -> None:
        self.calls.append(call)
        if result.text and result.text not in self.texts:  # two steps one answer serves: it is said once
            self.texts.append(result.text)
        self.kb += [entry for entry in result.kb if entry not in self.kb]
        self.payment_url = self.payment_url or result.payment_url
        self.handoff = self.handoff or result.handoff

    def take(self, other: Reply) -> None:
        """What another reply, filled aside to be weighed first, said and did."""
        self.calls += other.calls
        self.texts += [text for text in other.texts if text not in self.texts]
        self.kb += [entry for entry in other.kb if entry not in self.kb]
        self.payment_url = self.payment_url or other.payment_url
        self.handoff = self.handoff or other.handoff

    def answer(self) -> BrainAnswer:
        return BrainAnswer(text="\n".join(self.texts), skills=self.calls, kb=self.kb, payment_url=self.payment_url,
                           handoff=self.handoff)


def run_and_remember(skill: str, args: dict[str, Any], ctx: SkillContext, reply: Reply) -> None:
    """Run a skill with what this turn gave plus what it still lacked last turn; remember what it asks for."""
    pending = ctx.state.get("pending") or {}
    if pending.get("skill") == skill and skill not in REMEMBERS_ITSELF:
        args = {**pending.get("args", {}), **args}
    call, result = _run_tolerant(ctx, skill, args)
    reply.add(call, result)
    # A skill that asked for something or offered something ("shall I place it at 11:00?") is still the topic:
    # "how much will that come to?" is about the order it noted.
    ctx.remember(topic=skill if result.ok or result.missing or result.data.get("offer") else None)
    if result.missing:
        ctx.remember(pending={"skill": skill, "args": args, "missing": result.missing})
    elif pending.get("skill") == skill:
        ctx.remember(pending=None)
    if result.data.get("offer") and (not result.ok or result.data.get("quote")):  # "shall I place it?": yes runs it
        ctx.remember(offer={"skill": skill, "args": result.data["offer"]})
    if result.ok and skill == "check_availability" and (result.data.get("available") or
                                                        result.data.get("options")):
        # "yes" books it: with the guest's details already taken, the next step is the deposit link
        ctx.remember(offer={"skill": "generate_payment_link" if ctx.state.get("lead_id") else "create_lead",
                            "args": {}})
    elif result.ok and skill == "create_lead":
        ctx.remember(offer={"skill": "generate_payment_link", "args": {}})


def _run_tolerant(ctx: SkillContext, skill: str, args: dict[str, Any]) -> tuple[SkillCall, SkillResult]:
    """A value the skill refuses ("25 guests") is dropped so the skill can ask for it rather than fail."""
    try:
        return run_skill(ctx, skill, args)
    except ValidationError as exc:
        bad = {error["loc"][0] for error in exc.errors() if error["loc"]}
        kept = {k: v for k, v in args.items() if k not in bad}
        if kept != args:
            return _run_tolerant(ctx, skill, kept)
        return SkillCall(name=skill, args=args, ok=False), SkillResult(text="", ok=False)
