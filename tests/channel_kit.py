"""What the channel and pipeline tests share: a hub on the reference hotel, an echo brain, a private Redis, workers.

The echo brain is a unit-test double for the one part these tests do not judge
(what the concierge answers): it answers `echo: <text>`, so a test can tell
which reply belongs to which message. Everything else is real: SQLite, Redis
(a private `redis-server` per test module, so killing or restarting it
disturbs no one), RQ workers in their own processes, the providers' SDKs
against the local fakes.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import redis
from fastapi import FastAPI

from agent.brains import BrainAnswer, BrainInput
from agent.concierge import Concierge
from agent.runtime import Runtime
from core.hotels import Hotel, load_hotel
from core.settings import Settings, load_settings
from jobs import context, queue
from jobs.pipeline import use_concierge
from tests.fakes import meta, twilio
from tests.fakes.server import free_port

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CONCIERGE_SHARED_DIR") or REPO.parent / "shared")
HOTEL_ID = "harbor-view"


def reference_hotel() -> Hotel:
    return load_hotel(SHARED / "hotels" / HOTEL_ID)


class EchoBrain:
    """Answers `echo: <what the guest said>`; the pipeline tests judge delivery, not wording."""

    name = "echo"

    def respond(self, turn: BrainInput) -> BrainAnswer:
        return BrainAnswer(text=f"echo: {turn.text}")


def hub_settings(tmp_path: Path, **overrides: Any) -> Settings:
    """Settings of a hub with Twilio and WhatsApp configured (point the `*_API_BASE`s at the fakes)."""
    values: dict[str, Any] = dict(
        database_url=f"sqlite:///{tmp_path / 'hub.db'}", hotels_dir=SHARED / "hotels", default_hotel=HOTEL_ID,
        public_base_url="https://hub.example.com", redis_url=None, secret_key="test-signing-key",
        twilio_account_sid=twilio.ACCOUNT_SID, twilio_auth_token=twilio.AUTH_TOKEN,
        twilio_sms_number=twilio.SMS_NUMBER, twilio_whatsapp_number=twilio.WHATSAPP_NUMBER,
        whatsapp_access_token=meta.ACCESS_TOKEN, whatsapp_app_secret=meta.APP_SECRET,
        whatsapp_verify_token=meta.VERIFY_TOKEN, whatsapp_phone_number_id=meta.PHONE_NUMBER_ID,
        inbound_retry_seconds=[1, 1, 1], outbound_retry_seconds=[1, 1, 1], conversation_lock_seconds=10)
    values.update(overrides)
    return load_settings(_env_file=None, **values)


@dataclass
class Enqueued:
    queue: str
    func: str
    args: tuple[Any, ...]
    at: Any = None


class RecordingRunner(queue.InProcessRunner):
    """Embedded mode's own runner, also noting what was enqueued (to see that staff were told)."""

    def __init__(self) -> None:
        super().__init__(workers=2)
        self.enqueued: list[Enqueued] = []

    def enqueue(self, queue_name, func, *args, job_id=None, retry_intervals=None, at=None):
        self.enqueued.append(Enqueued(queue_name, func.__name__, args, at))
        return super().enqueue(queue_name, func, *args, job_id=job_id, retry_intervals=retry_intervals, at=at)

    def effects(self, kind: str) -> list[dict[str, Any]]:
        return [e.args[0] for e in self.enqueued if e.func == "handle_effect" and e.args[0]["kind"] == kind]


@contextmanager
def embedded_hub(settings: Settings, brain=None, *, hotel: Hotel | None = None,
                 runner: RecordingRunner | None = None) -> Iterator[tuple[Runtime, RecordingRunner]]:
    """A runtime in embedded mode (jobs in this process), answering with `brain` (the echo brain by default).

    `hotel` defaults to the reference hotel, `runner` to a RecordingRunner.
    """
    hotel = hotel or reference_hotel()
    rt = Runtime(settings, hotels={hotel.id: hotel})
    rt.db.migrate()
    runner = runner or RecordingRunner()
    context.set_runtime(rt)
    queue.set_runner(runner)
    if brain is not False:
        use_concierge(Concierge(rt, brain or EchoBrain()))
    try:
        yield rt, runner
    finally:
        runner.shutdown()
        queue.set_runner(None)
        context.set_runtime(None)


def webhook_app(rt: Runtime, *channels: str) -> FastAPI:
    """Just the webhooks of `channels` ("twilio", "whatsapp", …), on `rt`, wired as `hub.app.create_app` wires them."""
    from hub.app import webhooks

    routers = webhooks(rt)
    app = FastAPI()
    for name in channels:
        app.include_router(routers[name])
    return app


def wait_until(predicate: Callable[[], Any], timeout: float = 60, what: str = "condition") -> Any:
    """Poll until `predicate()` is truthy (a deadline so a broken pipeline fails instead of hanging)."""
    deadline = time.monotonic() + timeout
    while True:
        result = predicate()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


class RedisServer:
    """A private `redis-server` on a free port: these tests may flush, kill and restart it."""

    def __init__(self, directory: Path, appendonly: bool = False):
        self.directory, self.appendonly = directory, appendonly
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process: subprocess.Popen | None = None

    def start(self) -> RedisServer:
        binary = shutil.which("redis-server")
        if binary is None:
            raise RuntimeError("redis-server is not installed (scripts/services.sh installs it)")
        args = [binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--dir", str(self.directory),
                "--appendonly", "yes" if self.appendonly else "no", "--appendfsync", "always"]
        self.process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        client = redis.Redis.from_url(self.url)
        wait_until(lambda: _pings(client), timeout=10, what="redis-server to start")
        return self

    def kill(self) -> None:
        """`kill -9`: whatever Redis had only in memory is gone."""
        if self.process is not None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=10)
            self.process = None

    def client(self) -> redis.Redis:
        return redis.Redis.from_url(self.url)


def _pings(client: redis.Redis) -> bool:
    try:
        return bool(client.ping())
    except redis.ConnectionError:
        return False


class StallingBrain(EchoBrain):
    """Echoes, except that on a message containing "stall" it notes it has started, then hangs (to be killed)."""

    def __init__(self, started: Path):
        self.started = started

    def respond(self, turn: BrainInput) -> BrainAnswer:
        if "stall" in turn.text:
            self.started.write_text(turn.text)
            time.sleep(600)
        return super().respond(turn)


class StallingTranscriber:
    """Notes it has started hearing a voice note, then hangs (a media worker to be killed mid-transcription)."""

    def __init__(self, started: Path):
        self.started = started

    def transcribe(self, *args: Any, **kwargs: Any) -> None:
        self.started.write_text("hearing")
        time.sleep(600)


WORKER_SCRIPT = """
import importlib, json, pathlib, sys
from redis import Redis
from agent.concierge import Concierge
from agent.runtime import Runtime
from jobs import context
from jobs.outbound import resume_deliveries
from jobs.pipeline import recover, use_concierge
from jobs.queue import worker_for
from core.voice.stt import Transcriber
from tests.channel_kit import EchoBrain, StallingBrain, StallingTranscriber, hub_settings, reference_hotel

overrides = json.loads(sys.argv[1])
tmp_path = pathlib.Path(overrides.pop("tmp_path"))
brain = overrides.pop("brain", "echo")
queues = overrides.pop("queues", ["inbound", "outbound", "media", "default"])
if overrides.pop("stall_hearing", False):
    Transcriber.from_settings = lambda settings: StallingTranscriber(tmp_path / "hearing")
setup = overrides.pop("setup", None)
settings = hub_settings(tmp_path, **overrides)
hotel = reference_hotel()
rt = Runtime(settings, hotels={hotel.id: hotel})
context.set_runtime(rt)
if brain != "offline":
    use_concierge(Concierge(rt, StallingBrain(tmp_path / "stalled") if brain == "stall" else EchoBrain()))
if setup:
    module, name = setup.split(":")
    getattr(importlib.import_module(module), name)(rt, tmp_path)
recover(rt)
resume_deliveries(rt, ("sending",))
worker_for(queues, Redis.from_url(settings.redis_url)).work(with_scheduler=True)
"""


def start_worker(tmp_path: Path, name: str, **overrides: Any) -> subprocess.Popen:
    """An RQ worker (with scheduler) in its own process group, built as `concierge worker` builds one.

    `brain`: "echo" (default), "stall" (hangs on a message containing "stall") or "offline" (the real one);
    `queues`: the queues it serves (default all); `stall_hearing`: it hangs in the first voice note it hears;
    `setup`: "module:function", called with the worker's runtime and `tmp_path` before it starts (a test's own
    brain, or a pause where the test kills it).
    Its output goes to `tmp_path / f"{name}.log"`.
    """
    import json

    payload = json.dumps({"tmp_path": str(tmp_path), **overrides}, default=str)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    log = (tmp_path / f"{name}.log").open("ab")
    return subprocess.Popen([sys.executable, "-c", WORKER_SCRIPT, payload], cwd=REPO, env=env,
                            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)


def kill_worker(process: subprocess.Popen) -> None:
    """`kill -9` the worker (and a work horse, had it forked one: RQ puts horses in a group of their own)."""
    for pid in [*children_of(process.pid), process.pid]:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    process.wait(timeout=10)


def children_of(pid: int) -> list[int]:
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            children.append(int(stat.parent.name))
    return children


def stop_worker(process: subprocess.Popen) -> None:
    if process.poll() is None:
        kill_worker(process)
