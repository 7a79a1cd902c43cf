"""Journey benchmark: how many scheduled steps ONE worker sends per second.

    .venv/bin/python bench/journeys.py [--steps 400] [--database-url postgresql://...]

A private `redis-server`, the reference hotel with an export of N/2 guests and
a two-step SMS journey all due the same minute, the real Twilio SDK against the
fake Twilio in this process, and one `concierge worker`-built process (its
start plans the steps and books them, then it works them off). Timed from the
first message the fake receives to the last: steps per second.

Baseline, same run, same kind of fresh worker: N plain replies already
recorded, their delivery jobs queued (what every answer costs at the outbound
queue), so the gap is what a journey step adds: its claim, its checks and its
rows.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from sqlalchemy import func, select  # noqa: E402

from agent.runtime import Runtime  # noqa: E402
from core.conversations import open_conversation, record  # noqa: E402
from core.hotels import load_hotels  # noqa: E402
from core.messages import Channel  # noqa: E402
from core.store.models import JourneyStep  # noqa: E402
from jobs import context, queue  # noqa: E402
from jobs.outbound import queue_delivery  # noqa: E402
from jobs.queue import RQRunner  # noqa: E402
from tests.channel_kit import RedisServer, hub_settings, stop_worker, wait_until  # noqa: E402
from tests.fakes import twilio  # noqa: E402
from tests.journey_kit import crowd, journey_hotel, start_journey_worker  # noqa: E402

NO_META = dict(whatsapp_access_token=None, whatsapp_app_secret=None, whatsapp_verify_token=None,
               whatsapp_phone_number_id=None)


def rate(fake: twilio.FakeTwilio, first: int, count: int) -> tuple[float, float]:
    """(seconds, per second) from the fake's `first` arrival to its `first + count - 1`th."""
    seconds = fake.arrived[first + count - 1] - fake.arrived[first]
    return seconds, (count - 1) / seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=400, help="steps due at once (two per guest)")
    parser.add_argument("--database-url", default=None, help="default: SQLite in a temporary folder")
    args = parser.parse_args()
    guests = args.steps // 2
    with tempfile.TemporaryDirectory() as tmp, twilio.running_fake() as fake:
        tmp_path = Path(tmp)
        server = RedisServer(tmp_path).start()
        hotels = journey_hotel(tmp_path)
        crowd(hotels, guests, 2, dt.datetime.now(dt.UTC) - dt.timedelta(minutes=2))
        overrides = dict(redis_url=server.url, twilio_api_base=fake.base, twilio_whatsapp_number=None,
                         hotels_dir=hotels, **NO_META)
        if args.database_url:
            overrides["database_url"] = args.database_url
        settings = hub_settings(tmp_path, **overrides)
        rt = Runtime(settings, hotels=load_hotels(hotels))
        rt.db.migrate()
        worker = start_journey_worker(tmp_path, "journeys", **overrides)
        try:
            wait_until(lambda: len(fake.sent) >= 2 * guests, timeout=1800, what="every step at the fake")
        finally:
            stop_worker(worker)
        with rt.db.session() as session:
            sent = session.scalar(select(func.count()).where(JourneyStep.status == "sent"))
        seconds, steps_per_second = rate(fake, 0, 2 * guests)
        doubles = len(fake.sent) - len({(m["To"], m["Body"]) for m in fake.sent})

        # Baseline: the same number of plain replies, recorded, their delivery jobs queued before a worker starts.
        context.set_runtime(rt)
        queue.set_runner(RQRunner(server.client()))
        with rt.db.session() as session:
            ids = []
            for i in range(2 * guests):
                conversation = open_conversation(session, "harbor-view", Channel.SMS, f"+1555020{i:04d}")
                ids.append(record(session, conversation, "out", "bot", f"Plain reply {i}.", status="queued").id)
        for message_id in ids:
            queue_delivery(message_id)
        before = len(fake.sent)
        worker = start_journey_worker(tmp_path, "baseline", **overrides)
        try:
            wait_until(lambda: len(fake.sent) >= before + len(ids), timeout=1800, what="every plain reply")
        finally:
            stop_worker(worker)
            server.kill()
        base_seconds, sends_per_second = rate(fake, before, len(ids))

    store = "PostgreSQL" if args.database_url else "SQLite"
    print(f"journey steps: {2 * guests} due at once ({guests} guests x 2), one worker, {store}, fake Twilio: "
          f"{sent} sent in {seconds:.2f} s = {steps_per_second:.1f} steps/s; sent twice: {doubles}")
    print(f"baseline, plain replies through the outbound queue: {len(ids)} in {base_seconds:.2f} s = "
          f"{sends_per_second:.1f} sends/s")


if __name__ == "__main__":
    started = time.monotonic()
    main()
    print(f"(bench ran {time.monotonic() - started:.0f} s)")
