"""The eighteen skills, by the names traces and tool calls use.

`SKILLS` is built at its first use (PEP 562 `__getattr__`): a process that only
needs a helper such as `skills.formatting` (the web side) imports no skill and
none of what they need.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from skills.base import Skill, SkillContext, SkillResult

if TYPE_CHECKING:
    SKILLS: dict[str, Skill]

# In the order the brains list them.
_MODULES = ("search_kb", "check_availability", "create_lead", "generate_payment_link", "room_service", "housekeeping",
            "amenities_info", "wifi_info", "local_recommendations", "itinerary_plan", "check_out", "early_check_in",
            "complaints", "wake_up_call", "billing_inquiry", "handoff_to_staff", "feedback", "book_service")


def __getattr__(name: str) -> dict[str, Skill]:
    if name != "SKILLS":
        raise AttributeError(f"module 'skills' has no attribute {name!r}")
    skills = {module.SKILL.name: module.SKILL for module in (import_module(f"skills.{m}") for m in _MODULES)}
    globals()["SKILLS"] = skills
    return skills


__all__ = ["SKILLS", "Skill", "SkillContext", "SkillResult"]
