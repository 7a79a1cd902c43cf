"""Each conversation's inbox: its guest messages in arrival order, until a worker has answered them.

Jobs only say "this conversation has mail"; the order lives here. Whichever
worker holds the conversation's lock reads the inbox from the head and removes
a message only after its turn is recorded and its replies are queued, so a
worker killed mid-turn leaves the message in place for the next one.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path
from typing import Any, Protocol
from weakref import WeakKeyDictionary

from agent.runtime import Runtime
from core.state import RedisState


class Inbox(Protocol):
    def push(self, key: str, item: dict[str, Any]) -> None: ...

    def peek(self, key: str) -> list[dict[str, Any]]:
        """Every waiting message, oldest first."""

    def drop(self, key: str, count: int) -> None:
        """Remove the `count` oldest messages (answered)."""

    def waiting(self) -> list[str]:
        """Every conversation with messages still waiting."""


class RedisInbox:
    """A Redis list per conversation; it lives as long as the dedupe window, then an idle inbox expires."""

    def __init__(self, state: RedisState, ttl_seconds: int):
        self.redis, self.prefix, self.ttl = state.redis, state.prefix + "inbox:", ttl_seconds

    def push(self, key: str, item: dict[str, Any]) -> None:
        pipe = self.redis.pipeline()
        pipe.rpush(self.prefix + key, json.dumps(item))
        pipe.expire(self.prefix + key, self.ttl)
        pipe.execute()

    def peek(self, key: str) -> list[dict[str, Any]]:
        return [json.loads(raw) for raw in self.redis.lrange(self.prefix + key, 0, -1)]

    def drop(self, key: str, count: int) -> None:
        self.redis.ltrim(self.prefix + key, count, -1)

    def waiting(self) -> list[str]:
        return [raw.decode().removeprefix(self.prefix) for raw in self.redis.scan_iter(match=self.prefix + "*")]


class SqliteInbox:
    """Embedded mode: a table in a SQLite file beside the database, so a message acknowledged to its provider
    survives a restart (`serve` answers what is waiting at start)."""

    def __init__(self, path: Path):
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS inbox (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                         "key TEXT NOT NULL, item TEXT NOT NULL)")
        self._db.execute("CREATE INDEX IF NOT EXISTS inbox_by_key ON inbox (key, id)")
        self._guard = threading.Lock()

    def push(self, key: str, item: dict[str, Any]) -> None:
        with self._guard:
            self._db.execute("INSERT INTO inbox (key, item) VALUES (?, ?)", (key, json.dumps(item)))

    def peek(self, key: str) -> list[dict[str, Any]]:
        with self._guard:
            rows = self._db.execute("SELECT item FROM inbox WHERE key = ? ORDER BY id", (key,)).fetchall()
        return [json.loads(item) for (item,) in rows]

    def drop(self, key: str, count: int) -> None:
        with self._guard:
            self._db.execute("DELETE FROM inbox WHERE id IN (SELECT id FROM inbox WHERE key = ? ORDER BY id LIMIT ?)",
                             (key, count))

    def waiting(self) -> list[str]:
        with self._guard:
            return [key for (key,) in self._db.execute("SELECT DISTINCT key FROM inbox")]


class MemoryInbox:
    """Embedded mode on a database that is not a SQLite file: one process, so a dict of lists."""

    def __init__(self) -> None:
        self._items: dict[str, list[dict[str, Any]]] = {}
        self._guard = threading.Lock()

    def push(self, key: str, item: dict[str, Any]) -> None:
        with self._guard:
            self._items.setdefault(key, []).append(json.loads(json.dumps(item)))

    def peek(self, key: str) -> list[dict[str, Any]]:
        with self._guard:
            return list(self._items.get(key, []))

    def drop(self, key: str, count: int) -> None:
        with self._guard:
            rest = self._items.get(key, [])[count:]
            if rest:
                self._items[key] = rest
            else:
                self._items.pop(key, None)

    def waiting(self) -> list[str]:
        with self._guard:
            return list(self._items)


_inboxes: WeakKeyDictionary[Runtime, Inbox] = WeakKeyDictionary()
_inboxes_guard = threading.Lock()


def inbox(runtime: Runtime) -> Inbox:
    """The inbox shared by every process on this runtime's state store."""
    with _inboxes_guard:
        if runtime not in _inboxes:
            state, url = runtime.state, runtime.db.engine.url
            if isinstance(state, RedisState):
                _inboxes[runtime] = RedisInbox(state, runtime.settings.dedupe_ttl_seconds)
            elif url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
                _inboxes[runtime] = SqliteInbox(Path(f"{url.database}-inbox"))
            else:
                _inboxes[runtime] = MemoryInbox()
        return _inboxes[runtime]
