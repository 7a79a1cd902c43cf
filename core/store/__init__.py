"""Durable records (SQLAlchemy 2): SQLite embedded, PostgreSQL in production.

The names below are imported from `db` and `models` when first asked for: a
process that only pings the database (a web process acknowledging webhooks)
never declares the ORM models, a third of its start-up.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from core.store.db import Database
    from core.store.models import (
        Base,
        Complaint,
        Conversation,
        Feedback,
        Guest,
        JourneyHold,
        JourneyStep,
        KBVersion,
        KnowledgeGap,
        Lead,
        Message,
        OutboxEffect,
        Payment,
        ProcessedEvent,
        Reservation,
        Review,
        ServiceTicket,
        StaffAccount,
        StaffSession,
        TurnItem,
        TurnRecord,
        WakeUpCall,
    )

__all__ = [
    "Base",
    "Complaint",
    "Conversation",
    "Database",
    "Feedback",
    "Guest",
    "JourneyHold",
    "JourneyStep",
    "KBVersion",
    "KnowledgeGap",
    "Lead",
    "Message",
    "OutboxEffect",
    "Payment",
    "ProcessedEvent",
    "Reservation",
    "Review",
    "ServiceTicket",
    "StaffAccount",
    "StaffSession",
    "TurnItem",
    "TurnRecord",
    "WakeUpCall",
]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module("core.store.db" if name == "Database" else "core.store.models"), name)
