"""Exactly once under `kill -9`: real RQ workers in their own processes, a private Redis, PostgreSQL, the real
Twilio SDK and slack_sdk against the local fakes.

Each story kills a worker (or outlives its lock) at one of the moments where work could be lost or done twice:
after the turn commits but before its effects are queued, in the middle of a send, and a turn longer than the
conversation's lock.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from redis.exceptions import LockError
from rq import Queue
from rq.job import Job

import agent.turn
from agent.brains import BrainAnswer, BrainInput
from agent.concierge import Concierge
from agent.runtime import Runtime
from core.effects import StaffNotice, stage
from core.state import RedisState
from jobs import queue
from jobs.pipeline import recover, use_concierge
from skills.tickets import open_ticket
from tests.channel_kit import EchoBrain, RedisServer, embedded_hub, hub_settings, kill_worker, wait_until
from tests.fakes import slack as fake_slack
from tests.fakes import twilio as fake_twilio
from tests.test_pipeline_workers import GUEST, Hub, serving

pytestmark = pytest.mark.redis

HERE = "tests.test_exactly_once_workers"


class TowelsBrain(EchoBrain):
    """Echoes; asked for towels, it opens a housekeeping ticket as the skill does (a row and its effect)."""

    def respond(self, turn: BrainInput) -> BrainAnswer:
        if "towels" in turn.text:
            open_ticket(turn.ctx, department="housekeeping", kind="housekeeping", summary="2 extra towels", room="214")
        return super().respond(turn)


class SlowBrain(EchoBrain):
    """Echoes, taking `seconds` over a message that asks for it "slowly" (an LLM retrying, say)."""

    def __init__(self, started: Path, seconds: float):
        self.started, self.seconds = started, seconds

    def respond(self, turn: BrainInput) -> BrainAnswer:
        if "slowly" in turn.text:
            self.started.write_text(turn.text)
            time.sleep(self.seconds)
        return super().respond(turn)


def towels(rt: Runtime, tmp_path: Path) -> None:
    use_concierge(Concierge(rt, TowelsBrain()))


def towels_then_a_pause_after_the_commit(rt: Runtime, tmp_path: Path) -> None:
    """The turn commits, then the worker hangs before it queues anything (to be killed right there)."""
    towels(rt, tmp_path)

    def hang(*_args, **_kwargs) -> None:
        (tmp_path / "committed").write_text("")
        time.sleep(600)

    agent.turn.record_turn = hang


def slow_for_one_and_a_half_locks(rt: Runtime, tmp_path: Path) -> None:
    rt.warm()   # as `concierge worker` does: loading models in the first turn holds the GIL for seconds
    use_concierge(Concierge(rt, SlowBrain(tmp_path / "slow", rt.settings.conversation_lock_seconds * 1.5)))


class SlackHub(Hub):
    def __init__(self, tmp_path: Path, redis_server: RedisServer, fake: fake_twilio.FakeTwilio,
                 slack: fake_slack.FakeSlack, database_url: str):
        super().__init__(tmp_path, redis_server, fake, database_url=database_url, slack_bot_token=fake_slack.TOKEN,
                         slack_signing_secret=fake_slack.SIGNING_SECRET, slack_api_base=slack.base + "/api/")
        self.slack = slack

    def started(self) -> set[str]:
        """Jobs RQ has as running (a killed worker's stay so for minutes)."""
        connection = self.redis.client()
        return {job_id for name in queue.QUEUES
                for job_id in Queue(name, connection=connection).started_job_registry.get_job_ids()}

    def idle(self, abandoned: set[str]) -> bool:
        """No job waiting, none running but the `abandoned` ones of killed workers."""
        connection = self.redis.client()
        return self.started() <= abandoned and all(Queue(name, connection=connection).count == 0
                                                   for name in queue.QUEUES)


@pytest.fixture
def hub(tmp_path: Path, postgres_db) -> Iterator[tuple[SlackHub, str]]:
    server = RedisServer(tmp_path, appendonly=True).start()
    with fake_twilio.running_fake() as fake, fake_slack.running_fake() as slack, \
            serving(SlackHub(tmp_path, server, fake, slack, postgres_db.url)) as served:
        yield served


def test_a_worker_killed_after_the_turn_commits_leaves_its_ticket_posted_once(hub, tmp_path: Path):
    hub, base = hub
    doomed = hub.worker("doomed", setup=f"{HERE}:towels_then_a_pause_after_the_commit")
    hub.sms(base, "Could I have two extra towels?")
    wait_until(lambda: (tmp_path / "committed").exists(), timeout=120, what="the turn to commit")

    kill_worker(doomed)   # kill -9: the ticket is in the store, nothing is queued yet
    abandoned = hub.started()
    hub.worker("restarted", setup=f"{HERE}:towels")

    wait_until(lambda: hub.slack.posts("housekeeping"), timeout=120, what="the ticket posted after the restart")
    hub.sms(base, "Thanks!")
    wait_until(lambda: len(hub.twilio.sent) == 2, timeout=120, what="the next reply")
    wait_until(lambda: hub.idle(abandoned), timeout=60, what="every job done")
    assert len(hub.slack.posts("housekeeping")) == 1
    assert hub.twilio.bodies_to(GUEST) == ["echo: Could I have two extra towels?", "echo: Thanks!"]


def test_a_worker_killed_mid_send_has_the_reply_sent_once_after_the_restart(hub):
    hub, base = hub
    hub.twilio.stall_after(0)   # the first send hangs until released, then Twilio refuses it (never accepted)
    doomed = hub.worker("doomed")
    hub.sms(base, "Is breakfast included?")
    assert hub.twilio.stalled.wait(120), "the worker never reached the send"
    assert hub.statuses() == ["sending"]   # claimed before the provider was called

    kill_worker(doomed)
    abandoned = hub.started()
    hub.twilio.released.set()
    hub.worker("restarted")

    wait_until(lambda: hub.statuses() == ["sent"], timeout=120, what="the reply sent after the restart")
    wait_until(lambda: hub.idle(abandoned), timeout=60, what="every job done")
    assert hub.twilio.bodies_to(GUEST) == ["echo: Is breakfast included?"]


def test_a_turn_longer_than_the_lock_keeps_it_and_the_next_message_waits_its_turn(hub, tmp_path: Path):
    hub, base = hub
    for name in ("worker-1", "worker-2"):
        hub.worker(name, setup=f"{HERE}:slow_for_one_and_a_half_locks", conversation_lock_seconds=4)
    hub.sms(base, "Please answer slowly: is there a pool?")
    wait_until(lambda: (tmp_path / "slow").exists(), timeout=120, what="the slow turn to start")
    hub.sms(base, "And a gym?")

    wait_until(lambda: hub.statuses() == ["sent", "sent"], timeout=120, what="both replies")
    wait_until(lambda: hub.idle(set()), timeout=60, what="every job done")
    assert hub.twilio.bodies_to(GUEST) == ["echo: Please answer slowly: is there a pool?", "echo: And a gym?"]
    inbound = Queue("inbound", connection=hub.redis.client())
    jobs = Job.fetch_many(inbound.finished_job_registry.get_job_ids(), connection=hub.redis.client())
    assert jobs and all(job.retries_left == 3 for job in jobs)   # no turn interrupted, none tried twice


def test_a_lock_held_past_its_timeout_stays_its_holders(tmp_path: Path):
    server = RedisServer(tmp_path).start()
    try:
        state = RedisState(server.client())
        with state.lock("conversation:x", 1) as held:
            time.sleep(2.5)   # two and a half timeouts: the heartbeat renewed it
            assert held.owned()
            with pytest.raises(LockError), state.lock("conversation:x", 1):
                pass
        with state.lock("conversation:x", 1) as next_holder:   # released at the end of the block
            assert next_holder.owned()
    finally:
        server.kill()


def test_a_notice_left_undispatched_by_a_dead_process_goes_out_once_at_the_next_start(tmp_path: Path):
    settings = hub_settings(tmp_path, conversation_lock_seconds=3)
    with embedded_hub(settings) as (rt, runner):
        with rt.db.session() as session:   # written with a reply's `failed` status; the process died before more
            stage(session, [StaffNotice(hotel_id="harbor-view", text="A reply was not delivered.")])

        recover(rt)   # at start: too young to tell from a live worker's, so it waits out the lock's window
        assert runner.effects("staff_notice") == []
        wait_until(lambda: runner.effects("staff_notice"), timeout=10, what="the notice after the window")
        recover(rt)
        time.sleep(3.5)   # its own sweep has come too
        assert len(runner.effects("staff_notice")) == 1
