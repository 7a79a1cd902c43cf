"""The one small shape every channel has: verify, parse, hand over; deliver.

Web side: each provider module exposes `router(runtime, accept, …)`, a FastAPI
router whose webhook verifies the request, parses it and hands the result to
`accept` (built by `hub.app`: the job layer's intake). Channels never import
`jobs` or `hub`. Worker side: an `Adapter` delivers `OutboundMessage`s and
downloads media. Provider SDK objects never leave the module.

Failure policy, the same for every webhook (`webhook`): a request that is not
the provider's is 403, a payload that is not one is 400 (or 404 for a hotel we
don't serve), and when the work cannot be handed over (Redis or the store down,
or any error of ours) the answer is **503 with `Retry-After`**, never a bare
500, so the provider delivers it again once we are back. Only a 2xx says "ours now".
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Protocol

from fastapi.responses import JSONResponse, Response

from core.hotels import Hotel
from core.messages import Channel, InboundMessage, Media, OutboundMessage
from core.settings import Settings

log = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 30


@dataclass(frozen=True)
class Receipt:
    """A provider's word on a message we sent: sent, delivered, read or failed."""

    channel: Channel
    provider_id: str
    status: str
    error: str | None = None


# What a channel's router is built with (coroutines: on Redis the hand-over is one awaited script).
Accept = Callable[[list[InboundMessage]], Awaitable[int]]          # guest messages → how many were new
AcceptReceipts = Callable[[list[Receipt]], Awaitable[None]]


def unavailable() -> JSONResponse:
    """The documented answer when work cannot be handed over: the provider retries after `Retry-After`."""
    return JSONResponse({"error": "temporarily unavailable, deliver again later"}, status_code=503,
                        headers={"Retry-After": str(RETRY_AFTER_SECONDS)})


def webhook(route: Callable[..., Awaitable[Response]]) -> Callable[..., Awaitable[Response]]:
    """Every webhook route's failure policy in one place: any error of ours is a 503 the provider retries."""

    @functools.wraps(route)
    async def guarded(*args, **kwargs) -> Response:
        try:
            return await route(*args, **kwargs)
        except Exception:
            log.exception("webhook %s could not take its request; answering 503", route.__qualname__)
            return unavailable()

    return guarded


class DeliveryError(Exception):
    """A send that may succeed later (5xx, timeout, 429); `retry_after` in seconds when the provider says."""

    def __init__(self, message: str, retry_after: float | None = None):
        super().__init__(message)
        self.retry_after = retry_after


class PermanentDeliveryError(Exception):
    """A send that will never succeed as is (blocked bot, invalid number, outside WhatsApp's window)."""


class Adapter(Protocol):
    channels: tuple[Channel, ...]

    def configured(self, settings: Settings, hotel: Hotel) -> bool:
        """Whether this hotel can use the channel (credentials present)."""

    def keyword(self, message: InboundMessage) -> str | None:
        """The channel's own opt keyword in `message` ("stop", "start", "help"), None for ordinary words."""

    def warm(self, settings: Settings) -> None:
        """Build the clients sending needs now (when configured), not in a worker's first reply."""

    def send(self, settings: Settings, hotel: Hotel, message: OutboundMessage) -> str:
        """Deliver `message`; returns the provider's message id."""

    def send_template(self, settings: Settings, hotel: Hotel, message: OutboundMessage) -> str:
        """Deliver `message` as the hotel's approved template (outside WhatsApp's window);
        `PermanentDeliveryError` on a channel that has none."""

    def download(self, settings: Settings, hotel: Hotel, media: Media) -> bytes:
        """Fetch an attachment with the channel's own auth (`AttachmentTooLarge` past the limit)."""
