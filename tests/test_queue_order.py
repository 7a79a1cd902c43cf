"""Replies first: a worker serving several queues takes a finished reply before a new guest turn."""

from __future__ import annotations

from pathlib import Path

from rq import Queue, SimpleWorker

from jobs.queue import by_priority
from tests.channel_kit import RedisServer

DONE = "done"


def note(kind: str) -> None:
    from rq import get_current_job

    get_current_job().connection.rpush(DONE, kind)


class BurstWorker(SimpleWorker):
    """No pub/sub thread for commands: RQ waits up to 60 s for it to notice a burst worker quitting."""

    def subscribe(self) -> None:
        pass

    def unsubscribe(self) -> None:
        pass


def test_a_waiting_reply_goes_out_before_the_next_guest_turn_starts(tmp_path: Path):
    server = RedisServer(tmp_path).start()
    try:
        connection = server.client()
        for _ in range(3):
            Queue("inbound", connection=connection).enqueue(note, "turn")
        Queue("outbound", connection=connection).enqueue(note, "reply")
        queues = by_priority(["inbound", "media", "outbound", "default"])
        BurstWorker(queues, connection=connection).work(burst=True)
        order = [raw.decode() for raw in connection.lrange(DONE, 0, -1)]
    finally:
        server.kill()
    assert queues == ["outbound", "inbound", "default", "media"]
    assert order == ["reply", "turn", "turn", "turn"]
