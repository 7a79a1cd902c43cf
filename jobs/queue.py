"""Where a job runs: an RQ queue named for its work, or a thread of this process.

Queues are named for their work so an operator can scale them separately:
`inbound` (guest messages), `outbound` (sends to providers), `media` (speech
models), `default` (effects, payments, scheduled calls).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any, Protocol

from redis import Redis
from redis.exceptions import ResponseError
from rq import Queue, Retry, get_current_job
from rq.job import Job

from core.state import StateStore

log = logging.getLogger(__name__)

# In the order a worker serving several takes them: a finished reply goes out before a new turn starts,
# and a long voice note never holds up either.
QUEUES = ("outbound", "inbound", "default", "media")
IDEMPOTENT_JOB_TTL = 24 * 3600


def by_priority(names: list[str]) -> list[str]:
    """`names` in the order of `QUEUES` (replies first); unknown names keep their place after them."""
    return sorted(names, key=lambda name: QUEUES.index(name) if name in QUEUES else len(QUEUES))


def stable_id(kind: str, key: str) -> str:
    """An RQ-valid job id derived from `key` (provider ids carry characters RQ refuses)."""
    return f"{kind}-{hashlib.sha256(key.encode()).hexdigest()[:32]}"


class JobRunner(Protocol):
    def enqueue(self, queue: str, func: Callable[..., Any], *args: Any, job_id: str | None = None,
                retry_intervals: list[int] | None = None, at: dt.datetime | None = None) -> str | None:
        """Run `func(*args)` later on `queue`; retried after each of `retry_intervals` seconds on failure.

        `job_id` makes the enqueue idempotent: a job with that id is enqueued once.
        """


class RQRunner:
    def __init__(self, connection: Redis):
        self.connection = connection
        self.queues = {name: Queue(name, connection=connection) for name in QUEUES}

    def enqueue(self, queue, func, *args, job_id=None, retry_intervals=None, at=None):
        if job_id is not None and Job.exists(job_id, connection=self.connection):
            return job_id
        retry = Retry(max=len(retry_intervals), interval=retry_intervals) if retry_intervals else None
        # A job enqueued by id is remembered for a day after it ran, so enqueueing it again stays a no-op.
        options = {"job_id": job_id, "retry": retry, "result_ttl": IDEMPOTENT_JOB_TTL if job_id else None}
        q = self.queues[queue]
        job = q.enqueue_at(at, func, *args, **options) if at is not None else q.enqueue(func, *args, **options)
        return job.id


class InProcessRunner:
    """Embedded mode: a small thread pool per queue, timers for scheduled jobs, the same retry plan."""

    def __init__(self, workers: int = 2):
        self.pools = {name: ThreadPoolExecutor(max_workers=workers, thread_name_prefix=f"job-{name}")
                      for name in QUEUES}
        self._seen: set[str] = set()
        self._guard = threading.Lock()
        self._pending = 0
        self._idle = threading.Condition()

    def enqueue(self, queue, func, *args, job_id=None, retry_intervals=None, at=None):
        if job_id is not None:
            with self._guard:
                if job_id in self._seen:
                    return job_id
                self._seen.add(job_id)
        if at is not None:
            delay = max(0.0, (at - dt.datetime.now(dt.UTC)).total_seconds())
            timer = threading.Timer(delay, self.enqueue, (queue, func, *args),
                                    {"retry_intervals": retry_intervals})
            timer.daemon = True
            timer.start()
            return job_id
        with self._idle:
            self._pending += 1
        self.pools[queue].submit(self._run, func, args, list(retry_intervals or []))
        return job_id

    def _run(self, func, args, retry_intervals: list[int]) -> None:
        try:
            self._attempts(func, args, retry_intervals)
        finally:
            with self._idle:
                self._pending -= 1
                self._idle.notify_all()

    @staticmethod
    def _attempts(func, args, retry_intervals: list[int]) -> None:
        while True:
            try:
                _attempt.retries_left = len(retry_intervals)
                func(*args)
                return
            except Exception:
                if not retry_intervals:
                    log.exception("job %s failed for good", getattr(func, "__name__", func))
                    return
                log.warning("job %s failed; retrying in %ss", getattr(func, "__name__", func), retry_intervals[0])
                time.sleep(retry_intervals.pop(0))

    def shutdown(self) -> None:
        """Wait until no job is queued or running on any pool (a job may enqueue on another), then stop."""
        with self._idle:
            self._idle.wait_for(lambda: self._pending == 0)
        for pool in self.pools.values():
            pool.shutdown(wait=True)


_runner: JobRunner | None = None
_attempt = threading.local()


def retries_left() -> int:
    """How many retries the running job still has: 0 on its last attempt (or outside any retried job)."""
    job = get_current_job()
    if job is not None:
        return job.retries_left or 0
    return getattr(_attempt, "retries_left", 0)


@contextmanager
def first_seen(state: StateStore, keys: list[str], ttl_seconds: int) -> Iterator[list[str]]:
    """Mark `keys` seen and yield those that were new; enqueue their work inside the block.

    If the block fails they are forgotten again, so the sender's redelivery gets through: a key stays
    seen only once its work is queued. Every web-side intake (guest messages, Slack, Stripe) uses this.
    """
    fresh = [key for key in keys if state.first_time(key, ttl_seconds)]
    try:
        yield fresh
    except BaseException:
        for key in fresh:
            state.forget(key)
        raise


def durability_warning(connection: Redis) -> str | None:
    """A line for `serve`/`worker` to print when a Redis restart would lose queued guest messages."""
    try:
        if connection.config_get("appendonly").get("appendonly") == "yes":
            return None
    except ResponseError:   # managed Redis may refuse CONFIG: nothing to say
        return None
    return ("Redis runs without AOF (appendonly no): if it restarts, messages still queued are lost. "
            "Set `appendonly yes` (appendfsync everysec or always) on the Redis the hub uses.")


def set_runner(runner: JobRunner | None) -> None:
    global _runner
    _runner = runner


def runner() -> JobRunner:
    """The runner for this process: RQ when REDIS_URL is set, else in-process."""
    global _runner
    if _runner is None:
        from jobs.context import runtime

        settings = runtime().settings
        _runner = RQRunner(Redis.from_url(settings.redis_url)) if settings.redis_url else InProcessRunner()
    return _runner


def enqueue(queue: str, func: Callable[..., Any], *args: Any, job_id: str | None = None,
            retry_intervals: list[int] | None = None, at: dt.datetime | None = None) -> str | None:
    return runner().enqueue(queue, func, *args, job_id=job_id, retry_intervals=retry_intervals, at=at)
