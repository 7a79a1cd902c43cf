"""Embedded mode behaves like production: retries wait in a scheduler (not in a pool's thread), the inbox
survives a restart, and in-memory state stays bounded."""

from __future__ import annotations

import datetime as dt
import threading
import time
from pathlib import Path

import httpx

from channels import twilio
from core.state import MemoryState
from jobs.inbox import SqliteInbox, inbox
from jobs.outbound import resume_deliveries
from jobs.pipeline import recover
from jobs.queue import InProcessRunner, set_runner
from tests.channel_kit import embedded_hub, hub_settings, wait_until, webhook_app
from tests.fakes import twilio as fake_twilio
from tests.fakes.server import serve_in_thread

GUEST = "+14155550123"


def test_replies_that_keep_failing_do_not_hold_up_other_guests_replies():
    runner = InProcessRunner(workers=2)
    attempts: list[str] = []
    delivered = threading.Event()

    def failing_send(guest: str) -> None:
        attempts.append(guest)
        raise ConnectionError("the SMS provider is down")

    try:
        for guest in ("sms guest 1", "sms guest 2", "sms guest 3"):
            runner.enqueue("outbound", failing_send, guest, retry_intervals=[30, 600])
        # A failed attempt is logged before it raises, so wait for its retry to be filed too.
        wait_until(lambda: runner.waiting() == 3, timeout=10,
                   what="each failing reply waiting for its retry in the scheduler")
        runner.enqueue("outbound", delivered.set)
        assert delivered.wait(20), "a healthy reply waited behind failing ones"   # their retries are 30 s away
        assert len(attempts) == 3, "no failing reply was retried before the healthy one went"
    finally:
        runner.shutdown(timeout=0)


def test_a_retry_and_a_scheduled_job_run_when_their_time_comes():
    runner = InProcessRunner(workers=1)
    ran: list[tuple[str, float]] = []
    started = time.monotonic()

    def flaky() -> None:
        ran.append(("flaky", time.monotonic() - started))
        if len(ran) == 1:
            raise ConnectionError("once")

    try:
        runner.enqueue("outbound", flaky, retry_intervals=[2])
        runner.enqueue("default", lambda: ran.append(("wake-up", time.monotonic() - started)),
                       at=dt.datetime.now(dt.UTC) + dt.timedelta(seconds=0.3))
        wait_until(lambda: len(ran) == 3, timeout=10, what="the retry and the scheduled job")
    finally:
        runner.shutdown()
    assert [name for name, _ in ran] == ["flaky", "wake-up", "flaky"]
    assert ran[1][1] > 0.25 and ran[2][1] > 1.9   # never early; a busy machine may only make them late


def test_a_job_enqueued_twice_by_id_runs_once():
    runner = InProcessRunner()
    ran: list[int] = []
    try:
        for _ in range(3):
            runner.enqueue("default", ran.append, 1, job_id="effect-1")
        wait_until(lambda: ran, timeout=5)
        time.sleep(0.2)
    finally:
        runner.shutdown()
    assert ran == [1]


def test_expired_keys_are_swept_without_being_read_again_and_locks_are_forgotten():
    state = MemoryState(sweep_seconds=0.1)
    for i in range(1000):
        state.first_time(f"seen:{i}", ttl_seconds=1)
    for i in range(50):
        with state.lock(f"conversation:{i}", 120):
            pass
    assert len(state) == 1000
    time.sleep(1.2)
    state.first_time("seen:new", ttl_seconds=60)   # any write sweeps, once the sweep time has come
    assert len(state) == 1


def test_memory_state_never_holds_more_than_its_bound():
    state = MemoryState(max_keys=100)
    for i in range(1000):
        state.hit(f"rate:{i}", 60)
    assert len(state) == 100
    assert state.first_time("seen:999-again", 60)


def test_an_acknowledged_message_survives_a_restart_and_is_answered_at_start(tmp_path: Path):
    with fake_twilio.running_fake() as tw:
        settings = hub_settings(tmp_path, twilio_api_base=tw.base)
        with embedded_hub(settings) as (rt, runner):
            set_runner(_DiesBefore("inbound", runner))   # the process dies before a thread takes the turn
            with serve_in_thread(webhook_app(rt, "twilio")) as base:
                params = fake_twilio.inbound_params(GUEST, fake_twilio.SMS_NUMBER, "are you there?")
                url = settings.public_base_url + twilio.PATH
                answer = httpx.post(base + twilio.PATH, data=params,
                                    headers={"X-Twilio-Signature": fake_twilio.signature(url, params)})
            assert answer.status_code == 200
            assert isinstance(inbox(rt), SqliteInbox) and inbox(rt).waiting()
        assert tw.sent == []
        with embedded_hub(settings) as (rt, _runner):   # the next start
            assert recover(rt) == 1
            wait_until(lambda: tw.sent, timeout=30, what="the reply after the restart")
            wait_until(lambda: not inbox(rt).waiting(), timeout=10, what="the inbox emptied")
    assert tw.bodies_to(GUEST) == ["echo: are you there?"]


def test_a_reply_recorded_but_not_sent_before_a_restart_goes_out_at_start(tmp_path: Path, monkeypatch):
    with fake_twilio.running_fake() as tw:
        settings = hub_settings(tmp_path, twilio_api_base=tw.base)
        with embedded_hub(settings) as (rt, runner), monkeypatch.context() as dying:
            # Replies are recorded; the process dies before it claims them, in the turn's job or a delivery job.
            dying.setattr("jobs.outbound._claim", lambda *args, **kwargs: None)
            set_runner(_DiesBefore("outbound", runner))
            with serve_in_thread(webhook_app(rt, "twilio")) as base:
                params = fake_twilio.inbound_params(GUEST, fake_twilio.SMS_NUMBER, "hello")
                url = settings.public_base_url + twilio.PATH
                httpx.post(base + twilio.PATH, data=params,
                           headers={"X-Twilio-Signature": fake_twilio.signature(url, params)})
                wait_until(lambda: not inbox(rt).waiting(), timeout=30, what="the turn")
        with embedded_hub(settings) as (rt, _runner):
            assert resume_deliveries(rt) == 1
            wait_until(lambda: _statuses(rt) == ["sent"], timeout=30, what="the reply sent after the restart")
            assert resume_deliveries(rt) == 0, "a reply that went out is not queued again"
    assert tw.bodies_to(GUEST) == ["echo: hello"]


def _statuses(rt) -> list[str]:
    from sqlalchemy import select

    from core.store.models import Message

    with rt.db.session() as session:
        return list(session.scalars(select(Message.status).where(Message.direction == "out")))


class _DiesBefore:
    """The process's runner, except that jobs on `queue` never run (the process died first)."""

    def __init__(self, queue: str, runner: InProcessRunner):
        self.queue, self.runner = queue, runner

    def enqueue(self, queue, func, *args, **options):
        return None if queue == self.queue else self.runner.enqueue(queue, func, *args, **options)
