"""Logs a machine can read: one JSON object per line, with the guest turn's context on every line.

Every module logs through the standard `logging` (libraries too); structlog's
formatter renders each record as JSON with the fields given as `extra=` and the
fields `bind` put in context: `hotel`, `conversation`, `channel`, `message_id`,
`skill`, `latency_ms`, `outcome` where they are known. Context lives in
contextvars, so a line logged deep in a turn (or in the thread Starlette runs it
on) carries the turn's fields without passing them down.

Guest text is never logged at INFO: it is personal data and most log stores keep
it for months. Lines that need it (debugging a turn) log it at DEBUG.
"""

from __future__ import annotations

import logging
import sys
from typing import IO

import orjson
import structlog

# Libraries whose INFO lines carry secrets or guest text (bot tokens in URLs, message bodies) or flood.
QUIET = ("httpx", "httpcore", "twilio.http_client", "telegram", "slack_sdk", "slack_bolt", "LiteLLM", "faster_whisper")

bind = structlog.contextvars.bound_contextvars   # `with bind(hotel=..., channel=...):` every line inside has them


def _dumps(value: object, **_kwargs: object) -> str:
    return orjson.dumps(value, default=str).decode()


def configure(level: str = "INFO", fmt: str = "json", stream: IO[str] | None = None) -> None:
    """Route every logger of the process through one handler: JSON lines (or plain text for a terminal)."""
    shared = [
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.ExtraAdder(),
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
    ]
    renderer = ([structlog.processors.format_exc_info, structlog.processors.EventRenamer("message"),
                 structlog.processors.JSONRenderer(serializer=_dumps)] if fmt == "json"
                else [structlog.dev.ConsoleRenderer(colors=False)])
    formatter = structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=shared,
        processors=[structlog.stdlib.ProcessorFormatter.remove_processors_meta, *renderer])
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(formatter)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for name in QUIET:
        logging.getLogger(name).setLevel(max(logging.WARNING, root.level))
