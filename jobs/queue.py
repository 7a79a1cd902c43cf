"""Where a job runs: an RQ queue named for its work, or a thread of this process.

Queues are named for their work so an operator can scale them separately:
`inbound` (guest messages), `outbound` (sends to providers), `media` (speech
models), `default` (effects, payments, scheduled calls).
"""

from __future__ import annotations

import ctypes
import datetime as dt
import hashlib
import heapq
import itertools
import logging
import os
import signal
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Protocol

from redis import Redis
from redis.commands.core import Script
from redis.exceptions import ResponseError
from rq import Queue, Retry, SimpleWorker, get_current_job
from rq.job import Job

log = logging.getLogger(__name__)

# In the order a worker serving several takes them: a finished reply goes out before a new turn starts,
# and a long voice note never holds up either.
QUEUES = ("outbound", "inbound", "default", "media")
IDEMPOTENT_JOB_TTL = 24 * 3600
SWEEP_SECONDS = 60.0


def by_priority(names: list[str]) -> list[str]:
    """`names` in the order of `QUEUES` (replies first); unknown names keep their place after them."""
    return sorted(names, key=lambda name: QUEUES.index(name) if name in QUEUES else len(QUEUES))


def worker_for(names: list[str], connection: Redis) -> SimpleWorker:
    """The RQ worker `concierge worker` runs on `names` (taken in the order of `QUEUES`).

    Non-forking: RQ's default `Worker` forks a work horse per job, and the horse's connections, pools and
    provider clients die with it. `SimpleWorker` runs each job in this process, so the models, database pool
    and provider clients loaded once serve every job. What forking gave is kept: job timeouts, since the job
    runs in the main thread where RQ's SIGALRM death penalty interrupts it; and `kill -9` loses nothing, since
    a message leaves its inbox only once answered and `jobs.pipeline.recover` answers it at the next start.
    """
    # Job descriptions carry the guest's message: not at INFO (see core/logs.py).
    return SimpleWorker(by_priority(names), connection=connection, log_job_description=False)


def die_with_this_process() -> None:
    """Children this process forks from now on (RQ's scheduler) get SIGTERM when it dies, even by `kill -9`.

    Otherwise a killed worker's scheduler runs on as an orphan, holding its memory and the scheduler lock.
    Linux only (prctl PR_SET_PDEATHSIG); elsewhere a no-op.
    """
    os.register_at_fork(after_in_child=_ask_for_death_signal)


def _ask_for_death_signal() -> None:
    pr_set_pdeathsig = 1
    try:
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)
    except (OSError, AttributeError):
        pass


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
        self._scripts: dict[str, Script] = {}

    @staticmethod
    def result_ttl(job_id: str | None) -> int | None:
        """A job enqueued by id is remembered for a day after it ran, so enqueueing it again stays a no-op."""
        return IDEMPOTENT_JOB_TTL if job_id else None

    def script(self, source: str) -> Script:
        """A Lua script on this runner's Redis, registered once (redis-py sends EVALSHA, loading it if needed)."""
        if source not in self._scripts:
            self._scripts[source] = self.connection.register_script(source)
        return self._scripts[source]

    def enqueue(self, queue, func, *args, job_id=None, retry_intervals=None, at=None):
        if job_id is not None and Job.exists(job_id, connection=self.connection):
            return job_id
        retry = Retry(max=len(retry_intervals), interval=retry_intervals) if retry_intervals else None
        options = {"job_id": job_id, "retry": retry, "result_ttl": self.result_ttl(job_id)}
        q = self.queues[queue]
        job = q.enqueue_at(at, func, *args, **options) if at is not None else q.enqueue(func, *args, **options)
        return job.id


class InProcessRunner:
    """Embedded mode: a thread pool per queue, and one scheduler thread for everything that waits.

    A scheduled job and a retry wait in the scheduler, never in a pool's thread: a provider that keeps
    failing costs its own retries, not the other guests' replies. Job ids given for idempotence are
    remembered as long as RQ keeps them, then swept.
    """

    def __init__(self, workers: int = 2):
        self.pools = {name: ThreadPoolExecutor(max_workers=workers, thread_name_prefix=f"job-{name}")
                      for name in QUEUES}
        self._seen: dict[str, float] = {}   # job id → when it may be enqueued again
        self._waiting: list[tuple[float, int, Callable[[], Any]]] = []   # (when, order, start it): a heap
        self._order = itertools.count()
        self._busy = 0   # jobs running, queued in a pool, or waiting for a retry
        self._wake = threading.Condition()
        self._stopped = False
        self._scheduler = threading.Thread(target=self._schedule, name="job-scheduler", daemon=True)
        self._scheduler.start()

    def enqueue(self, queue, func, *args, job_id=None, retry_intervals=None, at=None):
        with self._wake:
            now = time.monotonic()
            if job_id is not None:
                if self._seen.get(job_id, 0) > now:
                    return job_id
                self._seen[job_id] = now + IDEMPOTENT_JOB_TTL
            if at is not None:   # enqueued when its time comes, as RQ's scheduler does
                delay = max(0.0, (at - dt.datetime.now(dt.UTC)).total_seconds())
                self._later(delay, lambda: self.enqueue(queue, func, *args, retry_intervals=retry_intervals))
                return job_id
            self._busy += 1
        self._submit(queue, func, args, list(retry_intervals or []))
        return job_id

    def waiting(self) -> int:
        """Jobs waiting for their time (scheduled, or retrying)."""
        with self._wake:
            return len(self._waiting)

    def _submit(self, queue: str, func, args: tuple, retries: list[int]) -> None:
        try:
            self.pools[queue].submit(self._run, queue, func, args, retries)
        except RuntimeError:   # shut down meanwhile
            self._done()
            raise

    def _later(self, delay: float, start: Callable[[], Any]) -> None:
        with self._wake:
            heapq.heappush(self._waiting, (time.monotonic() + delay, next(self._order), start))
            self._wake.notify_all()

    def _done(self) -> None:
        with self._wake:
            self._busy -= 1
            self._wake.notify_all()

    def _schedule(self) -> None:
        """Hand each waiting job to its queue's pool when its time comes; sweep forgotten job ids."""
        while True:
            with self._wake:
                now = time.monotonic()
                due = []
                while self._waiting and self._waiting[0][0] <= now:
                    due.append(heapq.heappop(self._waiting)[2])
                for job_id in [j for j, until in self._seen.items() if until <= now]:
                    del self._seen[job_id]
                if self._stopped:
                    return
                if not due:
                    self._wake.wait(min(self._waiting[0][0] - now, SWEEP_SECONDS) if self._waiting else SWEEP_SECONDS)
            for start in due:   # outside the lock: starting a job may enqueue another
                start()

    def _run(self, queue: str, func, args: tuple, retries: list[int]) -> None:
        name = getattr(func, "__name__", func)
        try:
            _attempt.retries_left = len(retries)
            func(*args)
        except Exception:
            if retries:
                log.warning("job %s failed; retrying in %ss", name, retries[0], exc_info=True)
                self._later(retries[0], lambda: self._submit(queue, func, args, retries[1:]))
                return   # still busy: its retry waits in the scheduler
            log.exception("job %s failed for good", name)
        self._done()

    def shutdown(self, timeout: float | None = None) -> None:
        """Let the jobs in flight finish, their retries and the jobs they enqueue included (scheduled jobs
        that are not due are dropped: embedded mode books them again at start), then stop."""
        with self._wake:
            self._wake.wait_for(lambda: self._busy == 0, timeout)
            self._stopped = True
            self._wake.notify_all()
        self._scheduler.join(timeout=5)
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
