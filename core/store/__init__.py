"""Durable records (SQLAlchemy 2): SQLite embedded, PostgreSQL in production."""

from core.store.db import Database
from core.store.models import (
    Base,
    Complaint,
    Conversation,
    Feedback,
    Guest,
    Lead,
    Message,
    Payment,
    ProcessedEvent,
    Reservation,
    ServiceTicket,
    WakeUpCall,
)

__all__ = [
    "Base",
    "Complaint",
    "Conversation",
    "Database",
    "Feedback",
    "Guest",
    "Lead",
    "Message",
    "Payment",
    "ProcessedEvent",
    "Reservation",
    "ServiceTicket",
    "WakeUpCall",
]
