"""`room_service`: Order food and drinks from the room-service menu to a room, or change an order."""

from __future__ import annotations

from pydantic import BaseModel, Field

from skills.base import Skill, SkillContext, SkillResult


class OrderLine(BaseModel):
    item_id: str = Field(description="menu item id")
    quantity: int = Field(default=1, ge=1, le=20)


class Args(BaseModel):
    """Arguments of `room_service` (also the LLM tool schema)."""

    items: list[OrderLine] = Field(default_factory=list, description="menu items to add")
    remove: list[str] = Field(default_factory=list, description="menu item ids to take off the order")
    room: str | None = Field(default=None, description="room number for delivery")
    notes: str | None = Field(default=None, description="preparation notes, e.g. no anchovies")


def run(ctx: SkillContext, args: Args) -> SkillResult:
    raise NotImplementedError("room_service")


SKILL = Skill(
    name="room_service",
    description="Order food and drinks from the room-service menu to a room, or change an order.",
    args=Args,
    examples=("I'd like a burger and a salad to room 214", "Can I order a pizza?", "Add a chocolate cake to my order"),
    run=run,
)
