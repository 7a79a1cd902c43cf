"""`local_recommendations`: Recommend places near the hotel: restaurants, cafés, museums, beaches, hikes, nightlife."""

from __future__ import annotations

from pydantic import BaseModel, Field

from skills.base import Skill, SkillContext, SkillResult


class Args(BaseModel):
    """Arguments of `local_recommendations` (also the LLM tool schema)."""

    kind: str | None = Field(
        default=None, description="restaurant, cafe, museum, beach, park, hike, nightlife, shopping"
    )
    tags: list[str] = Field(default_factory=list, description="e.g. vegetarian, kid-friendly, rainy-day, romantic")
    max_minutes: int | None = Field(default=None, description="walking minutes at most")
    place: str | None = Field(default=None, description="a specific place the guest asks about")
    day: str | None = Field(default=None, description="weekday the guest plans to go, e.g. Monday")


def run(ctx: SkillContext, args: Args) -> SkillResult:
    raise NotImplementedError("local_recommendations")


SKILL = Skill(
    name="local_recommendations",
    description="Recommend places near the hotel: restaurants, cafés, museums, beaches, hikes, nightlife.",
    args=Args,
    examples=("Where can we eat seafood nearby?", "Any vegetarian restaurants?", "What to do on a rainy day?"),
    run=run,
)
