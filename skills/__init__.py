"""The seventeen skills, by the names traces and tool calls use."""

from __future__ import annotations

from skills import (
    amenities_info,
    billing_inquiry,
    check_availability,
    check_out,
    complaints,
    create_lead,
    early_check_in,
    feedback,
    generate_payment_link,
    handoff_to_staff,
    housekeeping,
    itinerary_plan,
    local_recommendations,
    room_service,
    search_kb,
    wake_up_call,
    wifi_info,
)
from skills.base import Skill, SkillContext, SkillResult

SKILLS: dict[str, Skill] = {
    module.SKILL.name: module.SKILL
    for module in (
        search_kb,
        check_availability,
        create_lead,
        generate_payment_link,
        room_service,
        housekeeping,
        amenities_info,
        wifi_info,
        local_recommendations,
        itinerary_plan,
        check_out,
        early_check_in,
        complaints,
        wake_up_call,
        billing_inquiry,
        handoff_to_staff,
        feedback,
    )
}

__all__ = ["SKILLS", "Skill", "SkillContext", "SkillResult"]
