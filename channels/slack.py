"""Slack, the staff side: the Bolt app behind `POST /slack/events` (or Socket Mode), and the front desk's posts.

Web side: Bolt checks the signature (v0, 5-minute window) and answers Slack;
each listener only checks the workspace and channel, drops Slack's retries and
enqueues a `jobs.staff` job, so the ack never waits on the store or on Slack.
Worker side: `SlackDesk` posts threads, tickets and ephemeral answers through
the Web API at `SLACK_API_BASE`. Slack SDK objects never leave this module.
"""

from __future__ import annotations

import html
import logging
import re
from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import JSONResponse, Response
from slack_bolt import BoltResponse
from slack_bolt.adapter.fastapi.async_handler import AsyncSlackRequestHandler
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncApp
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler
from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ContextBlock,
    MarkdownTextObject,
    SectionBlock,
)
from slack_sdk.web.async_client import AsyncWebClient
from starlette.concurrency import run_in_threadpool

from agent.runtime import Runtime
from core.settings import Settings
from jobs.queue import enqueue

log = logging.getLogger(__name__)

router = APIRouter()

BUTTONS = ("handoff_take", "handoff_release", "ticket_accept", "ticket_done")
JOB_RETRIES = [5, 30, 120]
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
    return bool(settings.slack_bot_token and settings.slack_signing_secret)


@router.post("/slack/events")
async def slack_events(request: Request) -> Response:
    handler = _handler(request.app)
    if handler is None:
        return JSONResponse({"error": "Slack is not configured (SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET)"},
                            status_code=403)
    return await handler.handle(request)


def _handler(app: FastAPI) -> AsyncSlackRequestHandler | None:
    handler = getattr(app.state, "slack_handler", None)
    if handler is None:
        runtime: Runtime = app.state.runtime
        if not http_configured(runtime.settings):
            return None
        handler = app.state.slack_handler = AsyncSlackRequestHandler(build_app(runtime))
    return handler


def build_app(runtime: Runtime) -> AsyncApp:
    """The one Bolt app, for the web process and for `concierge slack socket`."""
    settings = runtime.settings
    app = AsyncApp(name="concierge", signing_secret=settings.slack_signing_secret or "",
                   client=AsyncWebClient(token=settings.slack_bot_token, base_url=settings.slack_api_base),
                   process_before_response=True)  # listeners only enqueue: the job is safe before Slack hears 200

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
        await run_in_threadpool(accept, runtime, "staff_replied", reply, f"slack:event:{body['event_id']}")

    @app.action(re.compile("^(" + "|".join(BUTTONS) + ")$"))
    async def button(ack, body: dict, action: dict) -> None:
        channel = body.get("channel") or {}
        if staff_channel_hotel(runtime, channel.get("id"), channel.get("name")) is None:
            await ack()
            return
        press = {"action": action["action_id"], "value": action.get("value") or "", "user": body["user"]["id"],
                 "channel": channel["id"], "message_ts": (body.get("container") or {}).get("message_ts")}
        await run_in_threadpool(accept, runtime, "button_pressed", press)
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
        await run_in_threadpool(accept, runtime, "command_issued", {
            "verb": verb, "args": rest, "hotel_id": hotel_id, "user": command["user_id"],
            "channel": command["channel_id"], "thread_ts": command.get("thread_ts")})
        await ack()

    return app


def socket_mode(runtime: Runtime) -> AsyncSocketModeHandler:
    """The same app over Socket Mode (SLACK_APP_TOKEN): Slack pushes over a WebSocket, no public URL needed.

    Build it inside a running event loop (its client starts a task), then `await handler.start_async()`.
    """
    return AsyncSocketModeHandler(build_app(runtime), runtime.settings.slack_app_token)


def accept(runtime: Runtime, job: str, payload: dict[str, Any], seen: str | None = None) -> bool:
    """Hand the work to the `jobs.staff` job `job`; False for a Slack retry (`X-Slack-Retry-Num`) of `seen`.

    Blocking (Redis): listeners run it in a thread. If the enqueue fails, the event is forgotten so that
    Slack's retry gets through.
    """
    from jobs import staff

    if seen and not runtime.state.first_time(seen, runtime.settings.dedupe_ttl_seconds):
        return False
    try:
        enqueue("default", getattr(staff, job), payload, retry_intervals=JOB_RETRIES)
    except Exception:
        if seen:
            runtime.state.forget(seen)
        raise
    return True


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


# ---------------------------------------------------------------- worker side: posting


def escape(text: str) -> str:
    """A guest's words, shown in Slack as typed: no mentions, links or `<!channel>` pings."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_MARKUP = re.compile(r"<([^<>|]+)(?:\|([^<>]*))?>")


def plain_text(mrkdwn: str) -> str:
    """What a staff member typed, as a guest should read it: links spelled out, mentions dropped."""

    def readable(match: re.Match) -> str:
        target, label = match.group(1), match.group(2)
        if target.startswith(("@", "!")):
            return label or ""
        if target.startswith("#"):
            return "#" + (label or target[1:])
        target = target.removeprefix("mailto:").removeprefix("tel:")
        return f"{label} ({target})" if label and label != target else target

    return html.unescape(_MARKUP.sub(readable, mrkdwn)).strip()


@dataclass
class HandoffCard:
    """The thread header of a handed-off conversation."""

    conversation_id: int
    guest: str
    channel: str
    language: str
    room: str | None
    reason: str
    active: bool
    owner: str | None          # Slack user id
    released_by: str | None = None


@dataclass
class TicketCard:
    ticket_id: int
    department: str
    summary: str
    details: list[str]
    room: str | None
    guest: str
    when: str
    status: str
    accepted_by: str | None = None
    escalated_minutes: float | None = None


def _mention(user: str | None) -> str:
    return f"<@{user}>" if user else "someone"


def handoff_message(card: HandoffCard) -> tuple[str, list[Block]]:
    facts = [f"*Guest:* {escape(card.guest)}", f"*Channel:* {card.channel}", f"*Language:* {card.language}"]
    if card.room:
        facts.append(f"*Room:* {escape(card.room)}")
    if not card.active:
        status = f":robot_face: Back with the bot (given back by {_mention(card.released_by)})"
    elif card.owner:
        status = f":speech_balloon: {_mention(card.owner)} is answering"
    else:
        status = ":hourglass_flowing_sand: Waiting for a colleague: reply in this thread to answer the guest"
    buttons = []
    if not card.active or not card.owner:
        buttons.append(ButtonElement(text="Take over", action_id="handoff_take", value=str(card.conversation_id),
                                     style="primary"))
    if card.active:
        buttons.append(ButtonElement(text="Give back to bot", action_id="handoff_release",
                                     value=str(card.conversation_id)))
    blocks: list[Block] = [
        SectionBlock(text=MarkdownTextObject(text=f":raising_hand: *A guest needs the front desk*\n"
                                                  f"*Why:* {escape(card.reason)}"),
                     fields=[MarkdownTextObject(text=f) for f in facts]),
        ContextBlock(elements=[MarkdownTextObject(text=status + " · `note:` keeps a reply internal")]),
    ]
    if buttons:
        blocks.append(ActionsBlock(block_id=f"handoff-{card.conversation_id}", elements=buttons))
    return f"Handoff: {escape(card.guest)} ({escape(card.channel)}) - {escape(card.reason)}", blocks


def ticket_message(card: TicketCard) -> tuple[str, list[Block]]:
    facts = [f"*For:* {escape(card.guest)}", f"*Room:* {escape(card.room or 'not given')}", f"*When:* {card.when}",
             f"*Ticket:* #{card.ticket_id}"]
    status = {"open": ":new: Open", "escalated": ":rotating_light: Escalated to the front desk",
              "accepted": f":runner: Accepted by {_mention(card.accepted_by)}",
              "done": f":white_check_mark: Done ({_mention(card.accepted_by)})"}[card.status]
    head = f":bellhop_bell: *{escape(card.department)}:* {escape(card.summary)}"
    if card.escalated_minutes is not None:
        head = f"<!here> Not accepted within {card.escalated_minutes:g} minutes\n" + head
    blocks: list[Block] = [SectionBlock(text=MarkdownTextObject(text=head),
                                        fields=[MarkdownTextObject(text=f) for f in facts])]
    if card.details:
        blocks.append(SectionBlock(text=MarkdownTextObject(text="\n".join(escape(d) for d in card.details))))
    blocks.append(ContextBlock(elements=[MarkdownTextObject(text=status)]))
    buttons = []
    if card.status in ("open", "escalated"):
        buttons.append(ButtonElement(text="Accept", action_id="ticket_accept", value=str(card.ticket_id),
                                     style="primary"))
    if card.status != "done":
        buttons.append(ButtonElement(text="Done", action_id="ticket_done", value=str(card.ticket_id)))
    if buttons:
        blocks.append(ActionsBlock(block_id=f"ticket-{card.ticket_id}", elements=buttons))
    return f"{card.department}: {escape(card.summary)} (room {escape(card.room or '?')})", blocks


class SlackDesk:
    """The Web API calls the front desk needs, through SLACK_API_BASE; rate limits are waited out."""

    def __init__(self, settings: Settings):
        self.client = WebClient(token=settings.slack_bot_token, base_url=settings.slack_api_base, timeout=10)
        self.client.retry_handlers.append(RateLimitErrorRetryHandler(max_retry_count=2))

    def post(self, channel: str, text: str, blocks: list[Block] | None = None, *, thread_ts: str | None = None,
             broadcast: bool = False) -> tuple[str, str]:
        """Returns (channel id, ts): Slack accepts a `#name` but answers with the id events carry."""
        response = self.client.chat_postMessage(channel=channel, text=text, blocks=blocks, thread_ts=thread_ts,
                                                reply_broadcast=broadcast or None, unfurl_links=False)
        return response["channel"], response["ts"]

    def update(self, channel: str, ts: str, text: str, blocks: list[Block]) -> None:
        self.client.chat_update(channel=channel, ts=ts, text=text, blocks=blocks)

    def ephemeral(self, channel: str, user: str, text: str, thread_ts: str | None = None) -> None:
        self.client.chat_postEphemeral(channel=channel, user=user, text=text, thread_ts=thread_ts)

    def react(self, channel: str, ts: str, emoji: str) -> None:
        self.client.reactions_add(channel=channel, timestamp=ts, name=emoji)

    def permalink(self, channel: str, ts: str) -> str:
        return self.client.chat_getPermalink(channel=channel, message_ts=ts)["permalink"]
