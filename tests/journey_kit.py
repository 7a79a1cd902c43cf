"""What the journey tests and `bench/journeys.py` share: the reference hotel with the journey of docs/journeys.md,
an editable reservations export, an embedded hub on it, and a worker process built as `concierge worker` builds one.

The reference hotel folder is read-only shared data, so each test copies it and
adds the example journey exactly as the documentation shows it: the docs and
the tests cannot drift apart.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import yaml
from sqlalchemy import select

from agent.runtime import Runtime
from core.hotels import load_hotel
from core.settings import Settings
from core.store.models import JourneyStep
from jobs import queue
from tests.channel_kit import REPO, SHARED, Enqueued, RecordingRunner, embedded_hub

DOC = REPO / "docs" / "journeys.md"


def documented_journey() -> dict[str, Any]:
    """The `journeys:` block under "The reference hotel's journey" in docs/journeys.md."""
    section = DOC.read_text(encoding="utf-8").split("## The reference hotel's journey", 1)[1]
    block = re.search(r"```yaml\n(.*?)```", section, re.DOTALL).group(1)
    return yaml.safe_load(block)["journeys"]


def journey_hotel(tmp_path: Path, **journey_changes: Any) -> Path:
    """A copy of harbor-view with the documented journey; returns the folder of hotel folders (HOTELS_DIR)."""
    hotels = tmp_path / "hotels"
    folder = hotels / "harbor-view"
    shutil.copytree(SHARED / "hotels" / "harbor-view", folder)
    os.chmod(folder, 0o755)
    for path in folder.iterdir():
        os.chmod(path, 0o644)
    data = yaml.safe_load((folder / "hotel.yaml").read_text(encoding="utf-8"))
    data["journeys"] = {**documented_journey(), **journey_changes}
    (folder / "hotel.yaml").write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return hotels


def edit_stay(hotels: Path, reservation: str, **changes: Any) -> None:
    """Change one reservation in the export, as the hotel's PMS export would."""
    path = hotels / "harbor-view" / "hotel.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    stay = next(g for g in data["guests"] if g["reservation"] == reservation)
    stay.update({k: str(v) if hasattr(v, "isoformat") else v for k, v in changes.items()})
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))   # a new mtime even within a second


class ClockRunner(RecordingRunner):
    """Embedded mode's runner on a frozen clock: a job booked for later runs when the test's clock reaches it
    (`run_due`), as RQ's scheduler would, instead of on a timer of real seconds."""

    def __init__(self) -> None:
        super().__init__()
        self.later: list[tuple[dt.datetime, str, Any, tuple[Any, ...], list[int] | None]] = []

    def enqueue(self, queue_name, func, *args, job_id=None, retry_intervals=None, at=None):
        if at is None or at <= dt.datetime.now(dt.UTC):
            return super().enqueue(queue_name, func, *args, job_id=job_id, retry_intervals=retry_intervals)
        if job_id is not None:   # the same idempotence as the runner's own
            with self._wake:
                if self._seen.get(job_id, 0) > time.monotonic():
                    return job_id
                self._seen[job_id] = time.monotonic() + queue.IDEMPOTENT_JOB_TTL
        self.enqueued.append(Enqueued(queue_name, func.__name__, args, at))
        self.later.append((at, queue_name, func, args, retry_intervals))
        return job_id

    def run_due(self) -> None:
        now = dt.datetime.now(dt.UTC)
        due = [job for job in self.later if job[0] <= now]
        self.later = [job for job in self.later if job[0] > now]
        for _, queue_name, func, args, retry_intervals in sorted(due, key=lambda job: job[0]):
            super().enqueue(queue_name, func, *args, retry_intervals=retry_intervals)


@contextmanager
def journey_hub(settings: Settings, brain=None) -> Iterator[tuple[Runtime, ClockRunner]]:
    """Embedded mode on the journey hotel: jobs in this process on the test's clock, answering with `brain`."""
    with embedded_hub(settings, brain, hotel=load_hotel(Path(settings.hotels_dir) / "harbor-view"),
                      runner=ClockRunner()) as hub:
        yield hub


def steps(rt: Runtime, reservation: str | None = None) -> dict[tuple[str, str], JourneyStep]:
    """(reservation, step) → row."""
    with rt.db.session() as session:
        query = select(JourneyStep)
        if reservation:
            query = query.where(JourneyStep.reservation == reservation)
        return {(r.reservation, r.step): r for r in session.scalars(query)}


WORKER_SCRIPT = """
import json, pathlib, sys
from redis import Redis
from agent.concierge import Concierge
from agent.runtime import Runtime
from core.hotels import load_hotels
from jobs import context
from jobs.journeys import start
from jobs.pipeline import recover, use_concierge
from jobs.queue import worker_for
from tests.channel_kit import EchoBrain, hub_settings

overrides = json.loads(sys.argv[1])
tmp_path = pathlib.Path(overrides.pop("tmp_path"))
settings = hub_settings(tmp_path, **overrides)
rt = Runtime(settings, hotels=load_hotels(settings.hotels_dir))
context.set_runtime(rt)
use_concierge(Concierge(rt, EchoBrain()))
recover(rt)
start(rt)
worker_for(["inbound", "outbound", "media", "default"], Redis.from_url(settings.redis_url)).work(with_scheduler=True)
"""


def start_journey_worker(tmp_path: Path, name: str, **overrides: Any) -> subprocess.Popen:
    """A worker process as `concierge worker` builds one (recover, journeys start, SimpleWorker with scheduler)."""
    payload = json.dumps({"tmp_path": str(tmp_path), **overrides}, default=str)
    log = (tmp_path / f"{name}.log").open("ab")
    return subprocess.Popen([sys.executable, "-c", WORKER_SCRIPT, payload], cwd=REPO,
                            env={**os.environ, "PYTHONPATH": str(REPO)}, stdout=log, stderr=subprocess.STDOUT,
                            start_new_session=True)


def crowd(hotels: Path, guests: int, steps_each: int, moment: dt.datetime) -> None:
    """Replace the export with `guests` reservations arriving on `moment`'s day and a journey of `steps_each`
    SMS steps all due at `moment` (the hotel's time, minutes resolution): many steps due at once."""
    path = hotels / "harbor-view" / "hotel.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    local = moment.astimezone(ZoneInfo(data["timezone"]))
    data["guests"] = [{"reservation": f"HV-{5000 + i}", "name": f"Guest {i:03d}", "phone": f"+1555010{i:04d}",
                       "room": str(100 + i), "room_type": "SQ", "arrival": str(local.date()),
                       "departure": str(local.date() + dt.timedelta(days=2))} for i in range(guests)]
    data["journeys"] = {"quiet_hours": {"from": "00:00", "until": "00:00"},   # none: the test runs at any hour
                        "steps": [{"id": f"step-{n}", "when": f"arrival + 0d at {local:%H:%M}", "channels": ["sms"],
                                   "message": {"en": f"Step {n} for {{name}}, room {{room}}."}}
                                  for n in range(steps_each)]}
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
