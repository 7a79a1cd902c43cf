"""Carry out the effects of a turn (core/effects.py) as jobs.

Each effect kind has one handler, named by import path so RQ can run it in any
worker and so this module need not import every area at start.
"""

from __future__ import annotations

import importlib
import logging
from typing import Any

from core.effects import Effect
from jobs.queue import enqueue, stable_id

log = logging.getLogger(__name__)

HANDLERS: dict[str, str] = {
    "handoff_started": "jobs.staff:on_handoff_started",
    "guest_message_for_staff": "jobs.staff:on_guest_message",
    "ticket_created": "jobs.staff:on_ticket_created",
    "staff_notice": "jobs.staff:on_staff_notice",
    "wake_up_scheduled": "jobs.wakeup:schedule_wake_up",
    "payment_link_requested": "jobs.payments:create_payment_link",
}


def dispatch(effects: list[Effect], key: str | None = None) -> None:
    """`key` (e.g. the turn's inbound dedupe key) makes dispatching the same effects again a no-op."""
    for i, effect in enumerate(effects):
        enqueue("default", handle_effect, effect.model_dump(mode="json"), retry_intervals=[5, 30, 120],
                job_id=stable_id("effect", f"{key}:{i}") if key else None)


def handle_effect(data: dict[str, Any]) -> None:
    module_name, func_name = HANDLERS[data["kind"]].split(":")
    handler = getattr(importlib.import_module(module_name), func_name)
    handler(data)
