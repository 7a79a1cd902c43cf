"""Slack, the staff side's ears: the Bolt app behind `POST /slack/events` (or Socket Mode).

Bolt checks the signature (v0, 5-minute window) and answers Slack; each
listener only checks the workspace and channel and hands the event to
`accept` (built by `hub.app`: it drops Slack's retries and enqueues a
`jobs.staff` job), so the ack never waits on the store or on Slack. When the
event cannot be handed over the answer is 503 with `Retry-After` (the policy
of `channels.base`), and Slack retries. Posting is the desk's: `channels.slack_desk`.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from agent.runtime import Runtime
from channels import missing_settings
from channels.base import RETRY_AFTER_SECONDS
from core.settings import Settings

if TYPE_CHECKING:   # Bolt (and aiohttp under it) load with the first Slack request, not with every web process
    from slack_bolt.adapter.fastapi.async_handler import AsyncSlackRequestHandler
    from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
    from slack_bolt.async_app import AsyncApp

log = logging.getLogger(__name__)

# A staff event for the job layer: (what happened, its payload, the key that says Slack sent it before).
# Returns False for a retry of an event already taken. Blocking: listeners run it in a thread.
AcceptStaff = Callable[[str, dict[str, Any], str | None], bool]

BUTTONS = ("handoff_take", "handoff_release", "ticket_accept", "ticket_done")
# Staff messages that carry words for the guest; edits, joins and bot posts do not.
REPLY_SUBTYPES = (None, "thread_broadcast", "file_share")
USAGE = ("`/concierge status` lists open handoffs and tickets · "
         "`/concierge status <room or reservation>` shows the guest's journey (upcoming and sent messages) · "
         "`/concierge send <room or reservation> <text>` messages a guest on their last channel · "
         "`/concierge release <room or reservation>` gives a conversation back to the bot · "
         "`/concierge pause|resume <room or reservation>` holds or resumes the guest's journey")


# ---------------------------------------------------------------- web side: Bolt


def http_configured(settings: Settings) -> bool:
    """Events over HTTP need the bot token and the signing secret; without the secret nothing is obeyed."""
    return not missing_settings(settings, "channels.slack")


def router(runtime: Runtime, accept: AcceptStaff) -> APIRouter:
    """`POST /slack/events`: the Bolt app over HTTP, built on first use (403 until Slack is configured)."""
    routes = APIRouter()
    handlers: list[AsyncSlackRequestHandler] = []

    @routes.post("/slack/events")
    async def slack_events(request: Request) -> Response:
        if not http_configured(runtime.settings):
            return JSONResponse({"error": "Slack is not configured (SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET)"},
                                status_code=403)
        if not handlers:
            from slack_bolt.adapter.fastapi.async_handler import AsyncSlackRequestHandler

            handlers.append(AsyncSlackRequestHandler(build_app(runtime, accept)))
        return await handlers[0].handle(request)

    return routes


def build_app(runtime: Runtime, accept: AcceptStaff) -> AsyncApp:
    """The one Bolt app, for the web process and for `concierge slack socket`."""
    from slack_bolt import BoltResponse
    from slack_bolt.async_app import AsyncApp
    from slack_sdk.web.async_client import AsyncWebClient

    settings = runtime.settings
    app = AsyncApp(name="concierge", signing_secret=settings.slack_signing_secret or "",
                   client=AsyncWebClient(token=settings.slack_bot_token, base_url=settings.slack_api_base),
                   process_before_response=True)  # listeners only enqueue: the job is safe before Slack hears 200

    @app.error
    async def not_taken(error: Exception, response: BoltResponse) -> None:
        """An event that could not be handed over: 503 and Retry-After, so Slack delivers it again."""
        log.error("Slack event not taken (%s); answering 503", error)
        response.status = 503
        response.headers["retry-after"] = [str(RETRY_AFTER_SECONDS)]
        response.headers["content-type"] = ["application/json"]
        response.body = json.dumps({"error": "temporarily unavailable, deliver again later"})

    @app.middleware
    async def only_our_workspace(context, next):
        ours = context.authorize_result.team_id if context.authorize_result else None
        allowed = workspaces(runtime) or {ours}
        if context.team_id in allowed:
            return await next()
        log.warning("Slack request from workspace %s ignored: not configured", context.team_id)
        return BoltResponse(status=200, body="")

    @app.event("message")
    async def staff_message(event: dict, body: dict) -> None:
        if event.get("bot_id") or event.get("subtype") not in REPLY_SUBTYPES or not event.get("user"):
            return
        thread_ts = event.get("thread_ts")
        if not thread_ts or thread_ts == event.get("ts"):
            return  # only replies in a thread speak to a guest
        reply = {"event_id": body["event_id"], "channel": event["channel"], "thread_ts": thread_ts,
                 "ts": event["ts"], "user": event["user"], "text": event.get("text") or "",
                 "files": len(event.get("files") or [])}
        await run_in_threadpool(accept, "staff_replied", reply, f"slack:event:{body['event_id']}")

    @app.action(re.compile("^(" + "|".join(BUTTONS) + ")$"))
    async def button(ack, body: dict, action: dict) -> None:
        channel = body.get("channel") or {}
        if staff_channel_hotel(runtime, channel.get("id"), channel.get("name")) is None:
            await ack()
            return
        press = {"action": action["action_id"], "value": action.get("value") or "", "user": body["user"]["id"],
                 "channel": channel["id"], "message_ts": (body.get("container") or {}).get("message_ts")}
        await run_in_threadpool(accept, "button_pressed", press, None)
        await ack()

    @app.command("/concierge")
    async def command(ack, command: dict) -> None:
        hotel_id = staff_channel_hotel(runtime, command.get("channel_id"), command.get("channel_name"))
        if hotel_id is None:
            await ack("This command works in the hotel's staff channels only.")
            return
        verb, _, rest = (command.get("text") or "").strip().partition(" ")
        verb, rest = verb.lower(), rest.strip()
        if verb not in ("status", "send", "release", "pause", "resume") \
                or (verb == "send" and len(rest.split(maxsplit=1)) < 2) \
                or (verb == "release" and not rest and not command.get("thread_ts")) \
                or (verb in ("pause", "resume") and not rest):
            await ack(USAGE)
            return
        await run_in_threadpool(accept, "command_issued", {
            "verb": verb, "args": rest, "hotel_id": hotel_id, "user": command["user_id"],
            "channel": command["channel_id"], "thread_ts": command.get("thread_ts")}, None)
        await ack()

    return app


def socket_mode(runtime: Runtime, accept: AcceptStaff) -> AsyncSocketModeHandler:
    """The same app over Socket Mode (SLACK_APP_TOKEN): Slack pushes over a WebSocket, no public URL needed.

    Build it inside a running event loop (its client starts a task), then `await handler.start_async()`.
    """
    from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

    return AsyncSocketModeHandler(build_app(runtime, accept), runtime.settings.slack_app_token)


def workspaces(runtime: Runtime) -> set[str]:
    """Workspaces the hotels name (`channels.slack_team_id`); empty means the bot token's own."""
    return {h.channels.slack_team_id for h in runtime.hotels.values() if h.channels.slack_team_id}


def _channel_key(channel: str) -> str:
    return channel.strip().removeprefix("#").lower()


def staff_channel_hotel(runtime: Runtime, channel_id: str | None, channel_name: str | None) -> str | None:
    """The hotel whose department channel (or SLACK_STAFF_CHANNEL) this is, by id or name; None if not ours."""
    given = {_channel_key(c) for c in (channel_id, channel_name) if c}
    for hotel in runtime.hotels.values():
        if given & {_channel_key(d.slack_channel) for d in hotel.departments if d.slack_channel}:
            return hotel.id
    staff = runtime.settings.slack_staff_channel
    if staff and _channel_key(staff) in given:
        return runtime.default_hotel_id
    return None
