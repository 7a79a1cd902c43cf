"""Short-lived shared state: dedupe keys, per-conversation locks, rate windows.

Redis when `REDIS_URL` is set (shared by every web and worker process), an
in-process dict in embedded mode. Durable facts live in the SQL store instead.
"""

from __future__ import annotations

import json
import logging
import math
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Protocol

import redis
from redis.exceptions import LockError, LockNotOwnedError
from redis.lock import Lock

log = logging.getLogger(__name__)


class StateStore(Protocol):
    def first_time(self, key: str, ttl_seconds: int) -> bool:
        """Remember `key` for `ttl_seconds`; False if it was already remembered."""

    def forget(self, key: str) -> None: ...

    def hit(self, key: str, window_seconds: int) -> int:
        """Count one event in a fixed window; returns the count so far in it."""

    def lock(self, key: str, timeout_seconds: float) -> Any:
        """A mutex shared by every process (context manager), held until released however long that takes;
        it yields a handle whose `owned()` says whether it is still held (None: one process, always held)."""

    def get_json(self, key: str) -> Any: ...

    def set_json(self, key: str, value: Any, ttl_seconds: int | None = None) -> None: ...

    def ping(self) -> None:
        """Raise if the store cannot be reached (`/readyz`)."""


class MemoryState:
    """Embedded mode: one process, so a dict and thread locks are the whole story.

    Bounded: expired keys are swept every `sweep_seconds` (not only when read again), a lock is
    forgotten once nobody holds or waits for it, and past `max_keys` the oldest keys go first.
    """

    def __init__(self, max_keys: int = 200_000, sweep_seconds: float = 60.0) -> None:
        self._values: dict[str, tuple[float | None, Any]] = {}
        self._guard = threading.Lock()
        self._locks: dict[str, tuple[threading.RLock, list[int]]] = {}   # key → (mutex, [holders + waiters])
        self.max_keys, self.sweep_seconds = max_keys, sweep_seconds
        self._next_sweep = time.monotonic() + sweep_seconds

    def __len__(self) -> int:
        with self._guard:
            return len(self._values) + len(self._locks)

    def _alive(self, key: str) -> Any:
        expires, value = self._values.get(key, (None, None))
        if expires is not None and expires < time.monotonic():
            self._values.pop(key, None)
            return None
        return value

    def _put(self, key: str, value: Any, ttl: float | None) -> None:
        now = time.monotonic()
        self._values.pop(key, None)   # re-inserted last: the dict's order is the order of last writes
        self._values[key] = (now + ttl if ttl else None, value)
        if now >= self._next_sweep:
            self._next_sweep = now + self.sweep_seconds
            for stale in [k for k, (expires, _) in self._values.items() if expires is not None and expires < now]:
                del self._values[stale]
        while len(self._values) > self.max_keys:
            del self._values[next(iter(self._values))]

    def first_time(self, key: str, ttl_seconds: int) -> bool:
        with self._guard:
            if self._alive(key) is not None:
                return False
            self._put(key, 1, ttl_seconds)
            return True

    def forget(self, key: str) -> None:
        with self._guard:
            self._values.pop(key, None)

    def hit(self, key: str, window_seconds: int) -> int:
        bucket = f"{key}:{int(time.time() // window_seconds)}"
        with self._guard:
            count = (self._alive(bucket) or 0) + 1
            self._put(bucket, count, window_seconds)
            return count

    @contextmanager
    def lock(self, key: str, timeout_seconds: float) -> Iterator[None]:
        with self._guard:
            mutex, users = self._locks.setdefault(key, (threading.RLock(), [0]))
            users[0] += 1
        try:
            with mutex:
                yield
        finally:
            with self._guard:
                users[0] -= 1
                if not users[0]:
                    del self._locks[key]

    def get_json(self, key: str) -> Any:
        with self._guard:
            return self._alive(key)

    def set_json(self, key: str, value: Any, ttl_seconds: int | None = None) -> None:
        with self._guard:
            self._put(key, json.loads(json.dumps(value)), ttl_seconds)

    def ping(self) -> None:
        return None


class RedisState:
    """Shared by any number of web and worker processes."""

    def __init__(self, client: redis.Redis, prefix: str = "concierge:"):
        self.redis = client
        self.prefix = prefix

    def first_time(self, key: str, ttl_seconds: int) -> bool:
        return bool(self.redis.set(self.prefix + key, 1, nx=True, ex=ttl_seconds))

    def forget(self, key: str) -> None:
        self.redis.delete(self.prefix + key)

    def window_key(self, key: str, window_seconds: int) -> str:
        """The Redis key counting `key`'s events in the current fixed window (`hit`)."""
        return f"{self.prefix}{key}:{int(time.time() // window_seconds)}"

    def hit(self, key: str, window_seconds: int) -> int:
        bucket = self.window_key(key, window_seconds)
        pipe = self.redis.pipeline()
        pipe.incr(bucket)
        pipe.expire(bucket, window_seconds)
        return int(pipe.execute()[0])

    @contextmanager
    def lock(self, key: str, timeout_seconds: float) -> Iterator[Lock]:
        """Held until the block ends, however long it runs: a background heartbeat renews it every third of
        `timeout_seconds`, so only a dead (or frozen) holder's lock expires. Yields the lock, so the holder
        can check `owned()` before an act another holder must not repeat."""
        held = self.redis.lock(self.prefix + "lock:" + key, timeout=timeout_seconds,
                               blocking_timeout=timeout_seconds * 2, thread_local=False)
        if not held.acquire():
            raise LockError(f"{key} stayed locked for {timeout_seconds * 2:g} s")
        stop = threading.Event()
        beat = threading.Thread(target=_heartbeat, args=(held, stop, timeout_seconds / 3), daemon=True,
                                name=f"heartbeat {key}")
        beat.start()
        try:
            yield held
        finally:
            stop.set()
            beat.join()
            try:
                held.release()
            except LockNotOwnedError:   # the work is done; whoever holds it now must not lose it
                log.warning("lock %s expired before its holder was done", key)

    def get_json(self, key: str) -> Any:
        raw = self.redis.get(self.prefix + key)
        return json.loads(raw) if raw else None

    def set_json(self, key: str, value: Any, ttl_seconds: int | None = None) -> None:
        self.redis.set(self.prefix + key, json.dumps(value), ex=ttl_seconds)

    def ping(self) -> None:
        self.redis.ping()


def _heartbeat(held: Lock, stop: threading.Event, every: float) -> None:
    while not stop.wait(every):
        try:
            held.reacquire()
        except LockNotOwnedError:   # lost (expired while frozen, taken by another): `owned()` tells the holder
            return
        except redis.RedisError:   # a blip: the next beat may get through before the lock expires
            log.warning("could not renew lock %s", held.name, exc_info=True)


def window_left(window_seconds: int) -> int:
    """Whole seconds until the current fixed window of `hit` ends (what a `Retry-After` says)."""
    return max(1, math.ceil(window_seconds - time.time() % window_seconds))


def make_state(redis_url: str | None) -> StateStore:
    if redis_url:   # timeouts, so a hung Redis fails a probe or a request instead of hanging it
        return RedisState(redis.Redis.from_url(redis_url, socket_connect_timeout=5, health_check_interval=30))
    return MemoryState()
