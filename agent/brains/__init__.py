"""A brain decides what to say and which skills to run for one guest turn.

Two brains share one interface and the same skills: the offline brain (the
default, no key) and the LLM brain (litellm). `Concierge` picks one per turn.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from core.messages import SkillCall
from skills.base import SkillContext


@dataclass
class BrainInput:
    text: str
    ctx: SkillContext
    history: list[tuple[str, str]] = field(default_factory=list)   # (author, text), oldest first


@dataclass
class BrainAnswer:
    text: str
    skills: list[SkillCall] = field(default_factory=list)
    kb: list[str] = field(default_factory=list)
    payment_url: str | None = None
    handoff: bool = False
    cost_usd: float = 0.0   # the LLM's price for this answer (analytics: cost per conversation)


class BrainUnavailable(RuntimeError):
    """This brain cannot answer this turn (outage, bad tool call, ungrounded reply); the offline brain takes it."""


class Brain(Protocol):
    name: str

    def respond(self, turn: BrainInput) -> BrainAnswer: ...
