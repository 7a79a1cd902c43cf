"""Guest channels: one module per provider, found here by the `Channel` a conversation is on.

Each provider module (`channels/telegram.py`, `channels/twilio.py`,
`channels/whatsapp.py`) exposes a FastAPI `router` for its webhook and a
module-level `adapter` (the `channels.base.Adapter` shape). `WEBHOOK_SETTINGS`
names, here, the settings each webhook cannot verify a request without.
Modules are imported on first use, so a worker that never talks to a provider
never imports its SDK, and a web process imports none to learn which are on.
"""

from __future__ import annotations

import importlib
import os
from functools import cache
from typing import TYPE_CHECKING

from channels.base import Adapter
from core.messages import AttachmentTooLarge, Channel
from core.settings import Settings

if TYPE_CHECKING:
    import httpx

# Channel → the module that delivers on it. `api` conversations have no provider.
ADAPTER_MODULES: dict[Channel, str] = {
    Channel.TELEGRAM: "channels.telegram",
    Channel.WHATSAPP: "channels.whatsapp",
    Channel.TWILIO_WHATSAPP: "channels.twilio",
    Channel.SMS: "channels.twilio",
}


def adapter_for(channel: Channel | str) -> Adapter | None:
    """The adapter that delivers on `channel`; None for `api`, where replies are only recorded."""
    module = ADAPTER_MODULES.get(Channel(channel))
    return importlib.import_module(module).adapter if module else None


# Each webhook's module → the settings it cannot work without: while one is unset, it answers 403 to every request.
WEBHOOK_SETTINGS: dict[str, tuple[str, ...]] = {
    "channels.telegram": ("TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_SECRET"),
    "channels.twilio": ("TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN"),
    "channels.whatsapp": ("WHATSAPP_ACCESS_TOKEN", "WHATSAPP_APP_SECRET", "WHATSAPP_VERIFY_TOKEN"),
    "channels.slack": ("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET"),
    "channels.stripe": ("STRIPE_WEBHOOK_SECRET",),
}


def missing_settings(settings: Settings, module: str) -> list[str]:
    """The settings `module`'s webhook needs that are not set (its module is not imported to tell)."""
    return [name for name in WEBHOOK_SETTINGS[module] if not getattr(settings, name.lower(), None)]


def configured_report(settings: Settings) -> list[str]:
    """One line per guest channel for `serve` to print at start: on, or off and which settings are missing.

    Signature checks fail closed, so a channel without its secret rejects every webhook (403).
    """
    lines = []
    for module in dict.fromkeys(ADAPTER_MODULES.values()):
        name = module.removeprefix("channels.")
        missing = missing_settings(settings, module)
        if missing:
            lines.append(f"{name}: off, its webhooks are rejected (403) until {', '.join(missing)} "
                         f"{'is' if len(missing) == 1 else 'are'} set")
        else:
            lines.append(f"{name}: on")
    return lines


HTTP_TIMEOUT_SECONDS = 15.0


@cache
def http_pool(provider: str) -> httpx.Client:
    """One HTTP pool per provider and process: a send or download goes out on an open connection, not a new TLS one.

    Credentials go per request, never on the pool (httpx drops them on a redirect to another host). httpx is
    imported here: a web process that only takes webhooks sends and downloads nothing.
    """
    import httpx

    return httpx.Client(timeout=HTTP_TIMEOUT_SECONDS, follow_redirects=True)


os.register_at_fork(after_in_child=http_pool.cache_clear)   # a forked child opens its own connections


def read_capped(response: httpx.Response, limit: int) -> bytes:
    """A streamed download's body, refused as soon as it passes `limit`: a huge file costs no more than that."""
    body = bytearray()
    for chunk in response.iter_bytes():
        body += chunk
        if len(body) > limit:
            raise AttachmentTooLarge(f"attachment over {limit} bytes")
    return bytes(body)
