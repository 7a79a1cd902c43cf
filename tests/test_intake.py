"""The web side on Redis: a webhook is seen and queued in one step, and its acknowledgement touches no database.

A private `redis-server` per test; the webhooks are the real routers (`hub.app.webhooks`)
with the real SDK signatures, and the jobs are read back with RQ.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from rq import Queue
from rq.job import Job
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import Pool

from agent.runtime import Runtime
from jobs import context, intake, queue
from jobs.queue import RQRunner
from tests.channel_kit import RedisServer, hub_settings, reference_hotel, webhook_app
from tests.fakes import meta, slack, stripe, telegram
from tests.fakes import twilio as fake_twilio

pytestmark = pytest.mark.redis

GUEST = "+14155550123"
TELEGRAM_SECRET = "telegram-webhook-secret"


class Hub:
    def __init__(self, tmp_path: Path, server: RedisServer):
        self.redis = server.client()
        settings = hub_settings(tmp_path, redis_url=server.url, telegram_bot_token="123:abc",
                                telegram_webhook_secret=TELEGRAM_SECRET,
                                stripe_webhook_secret=stripe.WEBHOOK_SECRET, guest_rate_limit_per_minute=2)
        self.rt = Runtime(settings, hotels={(hotel := reference_hotel()).id: hotel})
        self.rt.db.migrate()
        self.client = TestClient(webhook_app(self.rt, "twilio", "whatsapp", "telegram", "stripe"))

    def sms(self, body: str, sid: str) -> Any:
        params = fake_twilio.inbound_params(GUEST, fake_twilio.SMS_NUMBER, body, sid=sid)
        return self.twilio(params)

    def twilio(self, params: dict[str, str]) -> Any:
        url = self.rt.settings.public_base_url + "/webhooks/twilio"
        return self.client.post("/webhooks/twilio", data=params,
                                headers={"X-Twilio-Signature": fake_twilio.signature(url, params)})

    def jobs(self, name: str = "inbound") -> list[Job]:
        return Queue(name, connection=self.redis).get_jobs()

    def inbox(self) -> list[dict[str, Any]]:
        key = f"concierge:inbox:{self.rt.default_hotel_id}:sms:{GUEST}"
        return [json.loads(raw) for raw in self.redis.lrange(key, 0, -1)]


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[Hub]:
    server = RedisServer(tmp_path).start()
    hub = Hub(tmp_path, server)
    context.set_runtime(hub.rt)
    queue.set_runner(RQRunner(hub.redis))
    try:
        yield hub
    finally:
        queue.set_runner(None)
        context.set_runtime(None)
        server.kill()


def test_a_new_sms_is_seen_in_its_inbox_and_queued_as_an_rq_job_once(hub: Hub):
    assert hub.sms("Is breakfast included?", sid="SM" + "1" * 32).status_code == 200
    assert hub.sms("Is breakfast included?", sid="SM" + "1" * 32).status_code == 200   # Twilio's redelivery

    [job] = hub.jobs()
    assert job.func_name == "jobs.pipeline.process_inbound"
    assert job.args[0]["text"] == "Is breakfast included?"
    assert job.retries_left == len(hub.rt.settings.inbound_retry_seconds)
    assert [item["message"]["provider_id"] for item in hub.inbox()] == ["SM" + "1" * 32]
    assert hub.redis.exists("concierge:seen:sms:" + "SM" + "1" * 32)


def test_the_guests_rate_is_counted_in_the_same_step(hub: Hub):
    for n in range(4):
        assert hub.sms(f"message {n}", sid=f"SM{n:032d}").status_code == 200

    assert [item["over_limit"] for item in hub.inbox()] == [0, 0, 1, 2]   # the limit is 2 a minute
    assert len(hub.jobs()) == 4


def test_a_webhook_that_could_not_be_queued_is_not_seen_and_its_redelivery_gets_in(hub: Hub):
    hub.redis.set("rq:queue:inbound", "not a list")   # the enqueue fails inside the script (WRONGTYPE)

    refused = hub.sms("Do you have a gym?", sid="SM" + "2" * 32)

    assert refused.status_code == 503 and refused.headers["Retry-After"]
    assert not hub.redis.exists("concierge:seen:sms:" + "SM" + "2" * 32)
    hub.redis.delete("rq:queue:inbound")
    assert hub.sms("Do you have a gym?", sid="SM" + "2" * 32).status_code == 200
    assert [job.args[0]["text"] for job in hub.jobs()] == ["Do you have a gym?"]


def test_a_payload_is_all_or_nothing_per_message_and_its_redelivery_queues_only_the_rest(hub: Hub):
    """Meta batches messages: the one that fails is unseen (so is every one after it), those before stay queued."""
    first, second = meta.text("34600000001", "hola"), meta.text("34600000002", "hello")
    hub.redis.set(f"concierge:inbox:{hub.rt.default_hotel_id}:whatsapp:+34600000002", "not a list")
    body, headers = meta.signed(meta.payload(meta.value(messages=[first, second])))

    assert hub.client.post("/webhooks/whatsapp", content=body, headers=headers).status_code == 503
    assert [job.args[0]["provider_id"] for job in hub.jobs()] == [first["id"]]
    assert not hub.redis.exists(f"concierge:seen:whatsapp:{second['id']}")

    hub.redis.delete(f"concierge:inbox:{hub.rt.default_hotel_id}:whatsapp:+34600000002")
    assert hub.client.post("/webhooks/whatsapp", content=body, headers=headers).status_code == 200
    assert [job.args[0]["provider_id"] for job in hub.jobs()] == [first["id"], second["id"]]


@contextmanager
def statements() -> Iterator[list[str]]:
    """Every SQL statement any engine of this process runs, and every connection a pool hands out, meanwhile."""
    seen: list[str] = []

    def executed(_conn, _cursor, statement, *_args) -> None:
        seen.append(statement)

    def checked_out(*_args) -> None:
        seen.append("(a connection checked out)")

    event.listen(Engine, "before_cursor_execute", executed)
    event.listen(Pool, "checkout", checked_out)
    try:
        yield seen
    finally:
        event.remove(Engine, "before_cursor_execute", executed)
        event.remove(Pool, "checkout", checked_out)


def test_a_signed_webhook_on_redis_touches_no_database(hub: Hub):
    with statements() as sql:
        assert hub.sms("Is there parking?", sid="SM" + "3" * 32).status_code == 200
        status = fake_twilio.status_params("SM" + "4" * 32, "delivered", GUEST, fake_twilio.SMS_NUMBER)
        assert hub.twilio(status).status_code == 200
        body, headers = meta.signed(meta.payload(meta.value(messages=[meta.text("34600000001", "hola")])))
        assert hub.client.post("/webhooks/whatsapp", content=body, headers=headers).status_code == 200
        update = telegram.message_update(7001, text="Hi there")
        assert hub.client.post(f"/webhooks/telegram/{hub.rt.default_hotel_id}", json=update,
                               headers={"X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET}).status_code == 200
        checkout = {"id": "evt_1", "object": "event", "type": "checkout.session.completed",
                    "data": {"object": {"object": "checkout.session", "id": "cs_test_1"}}}
        raw, signature = stripe.signed(checkout)
        assert hub.client.post("/webhooks/stripe", content=raw, headers={
            "Stripe-Signature": signature, "Content-Type": "application/json"}).status_code == 200

    assert sql == []
    assert len(hub.jobs("inbound")) == 3 and len(hub.jobs("default")) == 2   # the receipt and the Stripe event


def test_a_staff_reply_from_slack_is_queued_without_touching_the_database(db, hotel):
    with slack.running_hub(db, hotel) as hub:
        with statements() as sql:
            reply = slack.message_event("Your towels are on their way.", slack.CHANNELS["front-desk"],
                                        "1700000000.000100")
            assert hub.post(reply).status_code == 200

        assert sql == []
        assert [job.func_name for job in hub.jobs.runner.queues["default"].get_jobs()] == ["jobs.staff.staff_replied"]


def test_intake_knows_every_stripe_event_the_payments_jobs_handle():
    from jobs.payments import _HANDLERS

    assert intake.STRIPE_EVENTS == set(_HANDLERS)
