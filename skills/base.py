"""What a skill is: a typed argument model, a description, examples and a function.

The offline brain routes to a skill by its examples and fills its `Args`; the
LLM brain gets `Args` as the tool schema. One definition, two users.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from pydantic import BaseModel
from sqlalchemy.orm import Session

from core.effects import Effect
from core.hotels import Hotel
from core.store.models import Conversation

if TYPE_CHECKING:
    from core.payments import PaymentGateway
    from kb.search import KnowledgeBase

A = TypeVar("A", bound=BaseModel)


@dataclass
class SkillContext:
    """Everything a skill may use. `sender` is the verified identity, never what the guest claims."""

    hotel: Hotel
    session: Session
    conversation: Conversation
    language: str
    now: dt.datetime  # in the hotel's timezone
    kb: KnowledgeBase
    sender: str | None = None  # E.164 phone (or channel handle) the message came from
    channel: str = "api"
    public_base_url: str = "http://localhost:8000"
    payments: PaymentGateway | None = None  # makes deposit links (Stripe or the demo checkout); None: payments off
    unverified_hold_cap: int = 3  # rooms held at once, hotel-wide, for conversations without a verified phone
    # Whether someone can take a handoff here: asked only when a skill hands over, since it may query the store.
    has_desk: Callable[[], bool] = lambda: True
    effects: list[Effect] = field(default_factory=list)

    @cached_property
    def staff_desk(self) -> bool:
        """Someone can take a handoff here (else the guest is told how to reach the hotel)."""
        return self.has_desk()

    @property
    def state(self) -> dict[str, Any]:
        """Dialogue memory of this conversation (slots carried across turns)."""
        if self.conversation.state is None:
            self.conversation.state = {}
        return self.conversation.state

    def remember(self, **values: Any) -> None:
        # Reassign so SQLAlchemy sees the JSON column change.
        self.conversation.state = {**self.state, **values}


@dataclass
class SkillResult:
    """What a skill did, in words for the guest and in data for a model to ground on."""

    text: str
    ok: bool = True
    data: dict[str, Any] = field(default_factory=dict)
    kb: list[str] = field(default_factory=list)
    payment_url: str | None = None
    handoff: bool = False
    missing: list[str] = field(default_factory=list)  # argument names still needed from the guest


@dataclass(frozen=True)
class Skill(Generic[A]):
    name: str
    description: str
    args: type[A]
    examples: tuple[str, ...]
    run: Callable[[SkillContext, A], SkillResult]
    # Arguments the guest must give before the skill runs, each with the phrase (core/phrases) that asks for
    # it: the offline brain asks, the LLM reads the same need from the schema's required fields.
    asks: tuple[tuple[str, str], ...] = ()
    # What a hotel that does not offer the service at all says, before any argument is asked for (None: offered).
    refuses: Callable[[SkillContext], SkillResult | None] = lambda ctx: None
    # The hotel.yaml `services:` keys this skill answers from: no FAQ entry is made of them (skills/service_entries).
    services: tuple[str, ...] = ()

    def tool_schema(self) -> dict[str, Any]:
        """OpenAI-style tool definition, from the same argument model the offline brain fills."""
        return {
            "type": "function",
            "function": {
                "name": self.name,
                "description": self.description,
                "parameters": self.args.model_json_schema(),
            },
        }
