"""The pipeline with Redis: the web side only enqueues, real RQ workers in their own processes answer.

Each test gets a private `redis-server` (so killing and restarting it
disturbs no one), real `rq` worker processes built as `concierge worker`
builds them, and the real Twilio SDK sending to the local fake.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from rq import Queue
from rq.registry import FailedJobRegistry
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from agent.runtime import Runtime
from channels import twilio
from core.hotels import Hotel
from core.store.models import Message
from jobs import context, queue
from jobs.queue import RQRunner, durability_warning
from tests.channel_kit import (
    RedisServer,
    hub_settings,
    kill_worker,
    reference_hotel,
    start_worker,
    stop_worker,
    wait_until,
    webhook_app,
)
from tests.fakes import twilio as fake_twilio
from tests.fakes.server import serve_in_thread

pytestmark = pytest.mark.redis

GUEST = "+14155550123"


class Hub:
    """The web side of `concierge serve` with REDIS_URL: verify, dedupe, enqueue, answer."""

    def __init__(self, tmp_path: Path, redis_server: RedisServer, fake: fake_twilio.FakeTwilio, **overrides):
        self.tmp_path, self.redis, self.twilio = tmp_path, redis_server, fake
        self.overrides = {"redis_url": redis_server.url, "twilio_api_base": fake.base, **overrides}
        self.settings = hub_settings(tmp_path, **self.overrides)
        hotel: Hotel = reference_hotel()
        self.rt = Runtime(self.settings, hotels={hotel.id: hotel})
        self.rt.db.migrate()
        self.workers: list[subprocess.Popen] = []

    def worker(self, name: str, **overrides) -> subprocess.Popen:
        process = start_worker(self.tmp_path, name, **self.overrides, **overrides)
        self.workers.append(process)
        return process

    def sms(self, base: str, body: str, sid: str | None = None) -> httpx.Response:
        params = fake_twilio.inbound_params(GUEST, fake_twilio.SMS_NUMBER, body, sid=sid)
        url = self.settings.public_base_url + twilio.PATH
        return httpx.post(base + twilio.PATH, data=params,
                          headers={"X-Twilio-Signature": fake_twilio.signature(url, params)})

    def statuses(self, direction: str = "out") -> list[str] | None:
        """The transcript's statuses; None while a worker's turn holds SQLite's write lock (poll again)."""
        try:
            with self.rt.db.session() as session:
                return list(session.scalars(select(Message.status).where(Message.direction == direction)
                                            .order_by(Message.id)))
        except OperationalError:
            return None


@contextmanager
def serving(hub: Hub) -> Iterator[tuple[Hub, str]]:
    """`hub`'s web side on a local port (with its base URL); its workers and its Redis stopped after."""
    context.set_runtime(hub.rt)
    queue.set_runner(RQRunner(hub.redis.client()))
    try:
        with serve_in_thread(webhook_app(hub.rt, "twilio")) as base:
            yield hub, base
    finally:
        for process in hub.workers:
            stop_worker(process)
        queue.set_runner(None)
        context.set_runtime(None)
        hub.redis.kill()


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[tuple[Hub, str]]:
    server = RedisServer(tmp_path, appendonly=True).start()
    with fake_twilio.running_fake() as fake, serving(Hub(tmp_path, server, fake)) as served:
        yield served


def test_twenty_messages_from_one_guest_are_answered_in_order_by_two_workers(hub):
    hub, base = hub
    hub.worker("worker-1")
    hub.worker("worker-2")
    texts = [f"Please tell me about the spa, question number {i}" for i in range(20)]
    for text in texts:
        assert hub.sms(base, text).status_code == 200

    wait_until(lambda: len(hub.twilio.sent) == 20, timeout=180, what="twenty replies")
    assert hub.twilio.bodies_to(GUEST) == [f"echo: {text}" for text in texts]
    wait_until(lambda: hub.statuses() == ["sent"] * 20, what="every reply recorded as sent")


def test_redelivered_webhook_is_answered_once_with_workers(hub):
    hub, base = hub
    hub.worker("worker-1")
    answers = [hub.sms(base, "Can I check in early?", sid="SM" + "a" * 32) for _ in range(5)]

    assert [a.status_code for a in answers] == [200] * 5
    wait_until(lambda: hub.statuses() == ["sent"], timeout=120, what="the reply")
    hub.sms(base, "And late check-out?")   # a later message proves the first is long done
    wait_until(lambda: len(hub.twilio.sent) == 2, timeout=120, what="the second reply")
    assert hub.twilio.bodies_to(GUEST) == ["echo: Can I check in early?", "echo: And late check-out?"]


def test_a_worker_killed_mid_turn_loses_nothing_and_answers_once(hub, tmp_path: Path):
    hub, base = hub
    doomed = hub.worker("doomed", brain="stall")
    hub.sms(base, "Please stall on this one: where is the gym?")
    wait_until(lambda: (tmp_path / "stalled").exists(), timeout=120, what="the worker to be mid-turn")

    kill_worker(doomed)   # kill -9, work horse and all
    hub.worker("restarted")

    wait_until(lambda: hub.twilio.sent, timeout=120, what="the reply after the restart")
    hub.sms(base, "Thanks!")
    wait_until(lambda: len(hub.twilio.sent) == 2, timeout=120, what="the next reply")
    assert hub.twilio.bodies_to(GUEST) == ["echo: Please stall on this one: where is the gym?", "echo: Thanks!"]
    wait_until(lambda: hub.statuses("in") == ["received", "received"], what="both messages recorded once")


def test_provider_failing_twice_then_ok_delivers_one_reply_through_rq_retry(hub):
    hub, base = hub
    hub.twilio.fail(times=2, status=500)
    hub.worker("worker-1")
    hub.sms(base, "Is parking available?")

    wait_until(lambda: hub.statuses() == ["sent"], timeout=120, what="the reply to be sent")
    assert hub.twilio.bodies_to(GUEST) == ["echo: Is parking available?"]


def test_a_reply_that_keeps_failing_stays_in_rqs_failed_registry_and_staff_are_told(hub):
    hub, base = hub
    hub.twilio.fail(times=100, status=503)
    hub.sms(base, "Where can I eat tonight?")
    outbound = Queue("outbound", connection=hub.redis.client())
    default = Queue("default", connection=hub.redis.client())
    hub.worker("worker-1")

    wait_until(lambda: hub.statuses() == ["failed"], timeout=120, what="the reply to fail")
    wait_until(lambda: FailedJobRegistry(queue=outbound).get_job_ids(), timeout=60, what="the failed job")
    wait_until(lambda: default.finished_job_registry.get_job_ids(), timeout=60, what="the staff notice job")
    notices = [default.fetch_job(job_id).args[0] for job_id in default.finished_job_registry.get_job_ids()]
    assert [n["kind"] for n in notices] == ["staff_notice"]
    assert "Where can I eat tonight?" in notices[0]["text"]


def test_a_redis_restart_between_enqueue_and_work_keeps_the_message_with_aof(hub):
    hub, base = hub
    assert durability_warning(hub.redis.client()) is None
    assert hub.sms(base, "Is there a late check-out option?").status_code == 200   # acknowledged, not worked

    hub.redis.kill()   # kill -9: only what the append-only file holds survives
    hub.redis.start()
    hub.worker("worker-1")

    wait_until(lambda: hub.twilio.sent, timeout=120, what="the reply after the restart")
    assert hub.twilio.bodies_to(GUEST) == ["echo: Is there a late check-out option?"]


def test_a_webhook_that_cannot_be_queued_is_a_503_with_retry_after_and_its_redelivery_is_answered(hub):
    hub, base = hub
    sid = "SM" + "b" * 32
    hub.redis.kill()   # the queue is down: nothing can be handed over

    refused = hub.sms(base, "Do you have a gym?", sid=sid)

    assert refused.status_code == 503 and int(refused.headers["Retry-After"]) > 0   # the provider delivers again
    hub.redis.start()
    assert hub.sms(base, "Do you have a gym?", sid=sid).status_code == 200   # Twilio's redelivery gets through
    hub.worker("worker-1")
    wait_until(lambda: hub.twilio.sent, timeout=120, what="the reply")
    assert hub.twilio.bodies_to(GUEST) == ["echo: Do you have a gym?"]


def test_redis_without_aof_is_reported_at_start(tmp_path: Path):
    server = RedisServer(tmp_path, appendonly=False).start()
    try:
        assert "appendonly yes" in durability_warning(server.client())
    finally:
        server.kill()
