"""Durable records (SQLAlchemy 2): SQLite embedded, PostgreSQL in production."""

from core.store.db import Database
from core.store.models import (
    Base,
    Complaint,
    Conversation,
    Feedback,
    Guest,
    KBVersion,
    KnowledgeGap,
    Lead,
    Message,
    Payment,
    ProcessedEvent,
    Reservation,
    Review,
    ServiceTicket,
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
    "KBVersion",
    "KnowledgeGap",
    "Lead",
    "Message",
    "Payment",
    "ProcessedEvent",
    "Reservation",
    "Review",
    "ServiceTicket",
    "TurnItem",
    "TurnRecord",
    "WakeUpCall",
]
