"""Journey steps with Redis: real RQ worker processes (as `concierge worker` builds them) send each step once,
even when one is killed (`kill -9`) in the middle of a send and others take over.

A private `redis-server`, SQLite shared by the processes, the real Twilio SDK
against the local fake. Forty steps fall due at the same minute.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from agent.runtime import Runtime
from core.hotels import load_hotels
from core.store.models import JourneyStep, Message
from tests.channel_kit import RedisServer, hub_settings, kill_worker, stop_worker, wait_until
from tests.fakes import twilio
from tests.journey_kit import crowd, journey_hotel, start_journey_worker

pytestmark = pytest.mark.redis

GUESTS, STEPS = 20, 2
NO_META = dict(whatsapp_access_token=None, whatsapp_app_secret=None, whatsapp_verify_token=None,
               whatsapp_phone_number_id=None)


def statuses(rt: Runtime) -> Counter | None:
    """Steps by status; None while a worker holds SQLite's write lock (poll again)."""
    try:
        with rt.db.session() as session:
            return Counter(dict(session.execute(select(JourneyStep.status, func.count())
                                                .group_by(JourneyStep.status)).all()))
    except OperationalError:
        return None


def test_a_worker_killed_mid_send_loses_no_step_and_doubles_none(tmp_path: Path):
    server = RedisServer(tmp_path).start()
    workers = []
    with twilio.running_fake() as fake:
        try:
            hotels = journey_hotel(tmp_path)
            crowd(hotels, GUESTS, STEPS, dt.datetime.now(dt.UTC) - dt.timedelta(minutes=2))
            overrides = dict(redis_url=server.url, twilio_api_base=fake.base, twilio_whatsapp_number=None,
                             hotels_dir=hotels, **NO_META)
            rt = Runtime(hub_settings(tmp_path, **overrides), hotels=load_hotels(hotels))
            rt.db.migrate()
            fake.stall_after(7)

            doomed = start_journey_worker(tmp_path, "doomed", **overrides)
            workers.append(doomed)
            assert fake.stalled.wait(120), "the worker never reached its eighth send"
            kill_worker(doomed)   # kill -9 while Twilio holds its eighth message
            fake.released.set()
            mid_run = statuses(rt)
            assert mid_run["sent"] == 7 and mid_run["sending"] == 1   # claimed and recorded, not yet sent
            with rt.db.session() as session:
                interrupted = session.scalar(select(JourneyStep.id).where(JourneyStep.status == "sending"))

            workers += [start_journey_worker(tmp_path, name, **overrides) for name in ("worker-1", "worker-2")]
            wait_until(lambda: statuses(rt) == Counter(sent=GUESTS * STEPS), timeout=180,
                       what="every step sent after the restart")
        finally:
            for process in workers:
                stop_worker(process)
            server.kill()

    sent = Counter((m["To"], m["Body"]) for m in fake.sent)
    assert len(sent) == GUESTS * STEPS and set(sent.values()) == {1}   # each guest, each step, exactly once
    assert {m["Body"] for m in fake.sent if m["To"] == "+15550100003"} == {"Step 0 for Guest 003, room 103.",
                                                                           "Step 1 for Guest 003, room 103."}
    with rt.db.session() as session:
        assert session.scalar(select(func.count()).select_from(Message)) == GUESTS * STEPS
        killed = session.get(JourneyStep, interrupted)
        assert killed.status == "sent" and killed.attempts == 1   # finished on the re-run, never claimed twice
        assert session.get(Message, killed.message_id).status == "sent"
