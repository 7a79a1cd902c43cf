"""Guest channels: one module per provider, found here by the `Channel` a conversation is on.

Each provider module (`channels/telegram.py`, `channels/twilio.py`,
`channels/whatsapp.py`) exposes a FastAPI `router` for its webhook and a
module-level `adapter` (the `channels.base.Adapter` shape) whose
`required_settings` names the settings it cannot work without. Modules are
imported on first use, so a worker that never talks to a provider never
imports its SDK.
"""

from __future__ import annotations

import importlib
import os
from functools import cache

import httpx

from channels.base import Adapter
from core.messages import AttachmentTooLarge, Channel
from core.settings import Settings

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


def configured_report(settings: Settings) -> list[str]:
    """One line per guest channel for `serve` to print at start: on, or off and which settings are missing.

    Signature checks fail closed, so a channel without its secret rejects every webhook (403).
    """
    lines = []
    for module in dict.fromkeys(ADAPTER_MODULES.values()):
        name = module.removeprefix("channels.")
        adapter = importlib.import_module(module).adapter
        missing = [s for s in adapter.required_settings if not getattr(settings, s.lower(), None)]
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

    Credentials go per request, never on the pool (httpx drops them on a redirect to another host).
    """
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
