"""Setting Slack up: `concierge slack socket` (the same Bolt app over Socket Mode), and the docs' app manifest.

Real slack-bolt Socket Mode handler (slack_sdk's aiohttp client) against a fake
Slack WebSocket handed out by the fake `apps.connections.open`.
"""

from __future__ import annotations

import asyncio
import json
import textwrap
import threading
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path

import yaml
from typer.testing import CliRunner

from channels import slack
from hub.cli import app as concierge
from jobs.intake import accept_staff_event
from tests.fakes.slack import APP_TOKEN, block_actions, message_event, running_hub, running_socket_mode
from tests.test_slack import FRONT_DESK, conversation, hand_off, header, telegram_texts


@contextmanager
def socket_app(runtime) -> Iterator[None]:
    """`slack.socket_mode(runtime, accept)` connected, on a loop of its own (as `concierge slack socket` runs)."""
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()

    async def connect():
        handler = slack.socket_mode(runtime, partial(accept_staff_event, runtime))
        await handler.connect_async()
        return handler

    handler = asyncio.run_coroutine_threadsafe(connect(), loop).result(20)
    try:
        yield
    finally:
        asyncio.run_coroutine_threadsafe(handler.close_async(), loop).result(20)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=5)


def test_over_socket_mode_a_thread_reply_and_a_button_work_as_over_http(db, hotel):
    with running_hub(db, hotel, slack_app_token=APP_TOKEN) as hub, running_socket_mode(hub.slack) as link:
        conversation_id = hand_off(hub)
        top = header(hub)
        with socket_app(hub.runtime):
            link.wait_for_connection()

            reply = link.push("events_api", json.loads(message_event("Hola Ana, ya estoy aquí.", FRONT_DESK,
                                                                     top["ts"])))
            link.wait_for_ack(reply)
            hub.jobs.work()
            assert telegram_texts(hub) == ["Hola Ana, ya estoy aquí."]

            form = urllib.parse.parse_qs(block_actions("handoff_release", str(conversation_id), FRONT_DESK,
                                                       top["ts"]))
            press = link.push("interactive", json.loads(form["payload"][0]))
            link.wait_for_ack(press)
            hub.jobs.work()
            assert not conversation(hub, conversation_id).handoff_active


def test_socket_mode_needs_the_app_token(monkeypatch):
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-1")
    monkeypatch.delenv("SLACK_APP_TOKEN", raising=False)

    result = CliRunner().invoke(concierge, ["slack", "socket"])

    assert result.exit_code == 2 and "SLACK_APP_TOKEN" in result.output


def test_the_manifest_in_the_docs_points_slack_at_the_one_endpoint_with_the_scopes_and_events_used():
    docs = (Path(__file__).resolve().parents[1] / "docs" / "slack.md").read_text(encoding="utf-8")
    manifest = yaml.safe_load(textwrap.dedent(docs.split("```yaml\n", 1)[1].split("```", 1)[0]))

    settings = manifest["settings"]
    command, = manifest["features"]["slash_commands"]
    urls = {settings["event_subscriptions"]["request_url"], settings["interactivity"]["request_url"], command["url"]}
    assert {url.removeprefix("https://hub.example.com") for url in urls} == {"/slack/events"}
    assert command["command"] == "/concierge"
    assert set(settings["event_subscriptions"]["bot_events"]) == {"message.channels", "message.groups"}
    assert set(manifest["oauth_config"]["scopes"]["bot"]) == {"chat:write", "channels:history", "groups:history",
                                                               "reactions:write", "commands"}
