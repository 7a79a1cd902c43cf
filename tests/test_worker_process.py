"""`concierge worker` itself, as operators run it: a text worker runs jobs in its own process, times out a
stuck one, and a worker killed (`kill -9`) mid-turn loses nothing once another starts.

Real processes: a private `redis-server`, `concierge worker --queues inbound,outbound,default` with the
real offline brain and the LLM brain against a local fake that can hang, the real Twilio SDK against the
fake Twilio, SQLite shared by the processes.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from rq import Queue
from rq.registry import FailedJobRegistry

from agent.runtime import Runtime
from core.messages import Channel, InboundMessage
from jobs import context, queue
from jobs.intake import ingest
from jobs.queue import RQRunner
from tests.channel_kit import REPO, SHARED, RedisServer, children_of, hub_settings, kill_worker, stop_worker, wait_until
from tests.fakes import twilio as fake_twilio
from tests.fakes.openai import FakeLLM
from tests.fakes.server import serve_in_thread

pytestmark = pytest.mark.redis

GUEST = "+14155550177"
TEXT_QUEUES = "inbound,outbound,default"


def note_pid(path: str) -> None:
    """A job that writes down which process ran it."""
    Path(path).write_text(str(os.getpid()))


def hang(seconds: float) -> None:
    time.sleep(seconds)


class Hub:
    def __init__(self, tmp_path: Path, redis: RedisServer, twilio: fake_twilio.FakeTwilio, llm_base: str):
        self.tmp_path, self.redis, self.twilio = tmp_path, redis, twilio
        self.settings = hub_settings(tmp_path, redis_url=redis.url, twilio_api_base=twilio.base,
                                     embedding_cache_dir=REPO / ".cache" / "embeddings")
        self.env = {**os.environ, "PYTHONPATH": str(REPO), "REDIS_URL": redis.url,
                    "DATABASE_URL": self.settings.database_url, "HOTELS_DIR": str(SHARED / "hotels"),
                    "DEFAULT_HOTEL": "harbor-view", "PUBLIC_BASE_URL": self.settings.public_base_url,
                    "SECRET_KEY": "test-signing-key", "TWILIO_ACCOUNT_SID": fake_twilio.ACCOUNT_SID,
                    "TWILIO_AUTH_TOKEN": fake_twilio.AUTH_TOKEN, "TWILIO_SMS_NUMBER": fake_twilio.SMS_NUMBER,
                    "TWILIO_API_BASE": twilio.base, "EMBEDDING_CACHE_DIR": str(REPO / ".cache" / "embeddings"),
                    "LLM_MODEL": "openai/concierge-main", "LLM_API_BASE": f"{llm_base}/v1", "LLM_API_KEY": "sk-test",
                    "LLM_MAX_RETRIES": "0", "LLM_TIMEOUT_SECONDS": "60", "LOG_FORMAT": "text"}
        self.rt = Runtime(self.settings)
        self.rt.db.migrate()
        self.workers: list[subprocess.Popen] = []

    def worker(self, name: str) -> subprocess.Popen:
        """`concierge worker --queues inbound,outbound,default`, its output in `name`.log."""
        log = (self.tmp_path / f"{name}.log").open("ab")
        process = subprocess.Popen([sys.executable, "-c", "from hub.cli import main; main()", "worker",
                                    "--queues", TEXT_QUEUES], cwd=self.tmp_path, env=self.env,
                                   stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        self.workers.append(process)
        return process

    def sms(self, text: str, n: int) -> None:
        asyncio.run(ingest(self.rt, [InboundMessage(hotel_id="harbor-view", channel=Channel.SMS, sender=GUEST,
                                                    provider_id=f"SM{n:032d}", text=text)]))


@pytest.fixture
def llm() -> Iterator[FakeLLM]:
    fake = FakeLLM()
    with serve_in_thread(fake.app()) as base:
        fake.base = base
        yield fake


@pytest.fixture
def hub(tmp_path: Path, llm: FakeLLM) -> Iterator[Hub]:
    server = RedisServer(tmp_path, appendonly=True).start()
    with fake_twilio.running_fake() as twilio:
        hub = Hub(tmp_path, server, twilio, llm.base)
        context.set_runtime(hub.rt)
        queue.set_runner(RQRunner(server.client()))
        try:
            yield hub
        finally:
            for process in hub.workers:
                stop_worker(process)
            queue.set_runner(None)
            context.set_runtime(None)
            server.kill()


def test_a_text_worker_runs_jobs_in_its_own_process_and_times_out_a_stuck_one(hub, tmp_path: Path):
    default = Queue("default", connection=hub.redis.client())
    worker = hub.worker("text")

    first = default.enqueue(note_pid, str(tmp_path / "first"))
    stuck = default.enqueue(hang, 600, job_timeout=2)
    after = default.enqueue(note_pid, str(tmp_path / "after"))

    wait_until(lambda: (tmp_path / "after").exists(), timeout=180, what="the job after the stuck one")
    assert (tmp_path / "first").read_text() == (tmp_path / "after").read_text() == str(worker.pid)   # no fork
    assert stuck.id in FailedJobRegistry(queue=default).get_job_ids()
    assert "JobTimeoutException" in (stuck.latest_result().exc_string or "")
    assert first.get_status() == after.get_status() == "finished"
    assert worker.poll() is None


def test_a_text_worker_killed_mid_turn_answers_the_guest_once_after_restart(hub, llm: FakeLLM, tmp_path: Path):
    thinking, released = threading.Event(), threading.Event()

    def hang_until_released(_request: dict) -> dict:
        thinking.set()
        released.wait(60)
        return {"content": "(too late: the worker that asked is gone)"}

    llm.steps.append(hang_until_released)
    doomed = hub.worker("doomed")
    hub.sms("Where is the gym?", 1)
    assert thinking.wait(180), "the worker never asked the model"

    kill_worker(doomed)   # kill -9 while the turn waits for the model
    released.set()
    hub.worker("restarted")

    wait_until(lambda: len(hub.twilio.sent) == 1, timeout=180, what="the reply after the restart")
    hub.sms("Thanks! And the pool?", 2)
    wait_until(lambda: len(hub.twilio.sent) == 2, timeout=120, what="the next reply")
    time.sleep(2)   # a doubled reply would arrive now
    assert [m["To"] for m in hub.twilio.sent] == [GUEST, GUEST]
    assert len(llm.requests) == 3   # the killed turn's call, then one per message


def _alive(pid: int) -> bool:
    """Running, not a zombie nobody reaped (a container's init may never reap an orphan)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_a_killed_worker_leaves_no_scheduler_running(hub):
    worker = hub.worker("killed")
    wait_until(lambda: children_of(worker.pid), timeout=180, what="the worker's scheduler")
    scheduler, = children_of(worker.pid)

    os.kill(worker.pid, signal.SIGKILL)   # the worker alone, as an orchestrator's OOM kill would
    worker.wait(timeout=10)

    wait_until(lambda: not _alive(scheduler), timeout=60, what="the orphaned scheduler to stop")
