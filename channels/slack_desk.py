"""Slack, the front desk's side that posts: the Web API client and the Block Kit cards.

Jobs (`jobs.staff`) use `SlackDesk` to post threads, tickets and ephemeral
answers through the Web API at `SLACK_API_BASE`, and the card builders to say
what a handoff or ticket looks like. Slack SDK objects never leave this module.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

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

from core.settings import Settings


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
    """A Slack user id is mentioned; console staff (an email) are named as they are."""
    if not user:
        return "someone"
    return escape(user) if "@" in user else f"<@{user}>"


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
