"""Carry out the effects of a turn (core/effects.py) as jobs.

Each effect kind has one handler, named by import path so RQ can run it in any
worker and so this module need not import every area at start. A turn's effects
wait in the outbox, written with the turn; `dispatch_outbox` enqueues them.
"""

from __future__ import annotations

import datetime as dt
import importlib
import logging
from typing import Any

from sqlalchemy import select, update

from agent.runtime import Runtime
from core.effects import Effect
from core.messages import utcnow
from core.store.models import OutboxEffect
from jobs.context import runtime
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
RETRY_SECONDS = [5, 30, 120]


def dispatch(effects: list[Effect], key: str | None = None) -> None:
    """`key` (e.g. the turn's inbound dedupe key) makes dispatching the same effects again a no-op."""
    for i, effect in enumerate(effects):
        enqueue("default", handle_effect, effect.model_dump(mode="json"), retry_intervals=RETRY_SECONDS,
                job_id=stable_id("effect", f"{key}:{i}") if key else None)


def dispatch_outbox(rt: Runtime, message_id: int | None = None, older_than: float = 0) -> int:
    """Enqueue the outbox's waiting effects (about `message_id`, or all that waited `older_than` seconds), then
    mark them dispatched; returns how many.

    Each job's id is its row's, so a process killed between the enqueue and the mark leaves them waiting and
    the next run's enqueue is a no-op: each effect is enqueued once. Enqueued outside any transaction (a job
    may start at once and write). The one who dispatches a turn's effects holds its conversation's lock;
    the sweep at start (`older_than`) leaves the young rows to them.
    """
    with rt.db.session() as session:
        query = select(OutboxEffect.id, OutboxEffect.effect, OutboxEffect.created_at).where(
            OutboxEffect.dispatched_at.is_(None))
        if message_id is not None:
            query = query.where(OutboxEffect.message_id == message_id)
        if older_than:
            query = query.where(OutboxEffect.created_at <= utcnow() - dt.timedelta(seconds=older_than))
        waiting = session.execute(query.order_by(OutboxEffect.id)).all()
    for row_id, effect, created_at in waiting:
        enqueue("default", handle_effect, effect, retry_intervals=RETRY_SECONDS,
                job_id=stable_id("outbox", f"{row_id}:{created_at.isoformat()}"))
    if waiting:
        with rt.db.session() as session:
            session.execute(update(OutboxEffect).where(OutboxEffect.id.in_([row[0] for row in waiting]))
                            .values(dispatched_at=utcnow()))
    return len(waiting)


def sweep_outbox(older_than: float) -> int:
    """Job: dispatch what waited `older_than` seconds, rows a dead process left (`jobs.pipeline.recover` books
    it for the rows still too young to tell at start)."""
    return dispatch_outbox(runtime(), older_than=older_than)


def handle_effect(data: dict[str, Any]) -> None:
    module_name, func_name = HANDLERS[data["kind"]].split(":")
    handler = getattr(importlib.import_module(module_name), func_name)
    handler(data)
