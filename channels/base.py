"""The one small shape every guest channel has: verify, parse, deliver.

Web side: each provider module exposes a FastAPI `router` whose webhook route
verifies the request, parses it into `InboundMessage`s and hands them to
`jobs.pipeline.ingest`. Worker side: an `Adapter` delivers `OutboundMessage`s
and downloads media. Provider SDK objects never leave the module.
"""

from __future__ import annotations

from typing import Protocol

from core.hotels import Hotel
from core.messages import Channel, InboundMessage, Media, OutboundMessage
from core.settings import Settings


class DeliveryError(Exception):
    """A send that may succeed later (5xx, timeout, 429); `retry_after` in seconds when the provider says."""

    def __init__(self, message: str, retry_after: float | None = None):
        super().__init__(message)
        self.retry_after = retry_after


class PermanentDeliveryError(Exception):
    """A send that will never succeed as is (blocked bot, invalid number, outside WhatsApp's window)."""


class Adapter(Protocol):
    channels: tuple[Channel, ...]
    required_settings: tuple[str, ...]   # what `serve` reports missing; without them the webhook answers 403

    def configured(self, settings: Settings, hotel: Hotel) -> bool:
        """Whether this hotel can use the channel (credentials present)."""

    def keyword(self, message: InboundMessage) -> str | None:
        """The channel's own opt keyword in `message` ("stop", "start", "help"), None for ordinary words."""

    def send(self, settings: Settings, hotel: Hotel, message: OutboundMessage) -> str:
        """Deliver `message`; returns the provider's message id."""

    def send_template(self, settings: Settings, hotel: Hotel, message: OutboundMessage) -> str:
        """Deliver `message` as the hotel's approved template (outside WhatsApp's window);
        `PermanentDeliveryError` on a channel that has none."""

    def download(self, settings: Settings, hotel: Hotel, media: Media) -> bytes:
        """Fetch an attachment with the channel's own auth (`AttachmentTooLarge` past the limit)."""
