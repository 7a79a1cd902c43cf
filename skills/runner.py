"""Run a skill by name with untrusted arguments: validate first, never raise."""

from __future__ import annotations

import logging
from typing import Any

from pydantic import ValidationError

from core.messages import SkillCall
from skills import SKILLS
from skills.base import SkillContext, SkillResult

log = logging.getLogger(__name__)


class UnknownSkill(LookupError):
    pass


def run_skill(ctx: SkillContext, name: str, args: dict[str, Any]) -> tuple[SkillCall, SkillResult]:
    """Validate `args` against the skill's model, run it, and describe the call for the trace.

    Raises `UnknownSkill` or `pydantic.ValidationError` so a brain can decide what
    to do with a bad request; a failure inside the skill becomes ok=False.
    """
    skill = SKILLS.get(name)
    if skill is None:
        raise UnknownSkill(name)
    parsed = skill.args.model_validate(args)
    shown = parsed.model_dump(mode="json", exclude_none=True, exclude_defaults=True)
    try:
        result = skill.run(ctx, parsed)
    except Exception:
        log.exception("skill %s failed", name)
        result = SkillResult(text="", ok=False)
    return SkillCall(name=name, args=shown, ok=result.ok), result


__all__ = ["UnknownSkill", "ValidationError", "run_skill"]
