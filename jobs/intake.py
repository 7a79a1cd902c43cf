"""The web side of the job layer: a webhook's work accepted once, in one step, with nothing heavy imported.

Every intake (guest messages, Slack staff events, Stripe events, delivery
receipts) ends here. On Redis one Lua script per request marks the provider's
id seen, counts the guest's rate, appends the message to its conversation's
inbox and enqueues the RQ job, atomically: a webhook marked seen is a webhook
queued, and one that could not be queued is not seen (its redelivery gets in;
Redis runs a script alone but does not undo it, so "seen" is written last).
In embedded mode the same steps run in this process, undone if one fails.

Jobs are named by import path ("jobs.pipeline.process_inbound"), so the web
process never imports the worker's code (the agent, the skills, their models).
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from weakref import WeakKeyDictionary

from redis.asyncio import Redis as AsyncRedis
from redis.commands.core import AsyncScript
from rq import Queue, Retry
from rq.utils import import_attribute, now
from starlette.concurrency import run_in_threadpool

from agent.runtime import Runtime
from channels.base import Receipt
from core.messages import InboundMessage
from core.metrics import DUPLICATES, MESSAGES_IN
from core.state import RedisState, StateStore
from jobs.inbox import RedisInbox, inbox
from jobs.queue import RQRunner, enqueue, runner, stable_id

log = logging.getLogger(__name__)

_async_scripts: WeakKeyDictionary[asyncio.AbstractEventLoop, AsyncScript] = WeakKeyDictionary()

RATE_WINDOW_SECONDS = 60
STAFF_JOBS = {"staff_replied", "button_pressed", "command_issued"}
EVENT_RETRY_SECONDS = [5, 30, 120]
RECEIPT_RETRY_SECONDS = [5, 30]
# The Stripe events `jobs.payments` acts on; any other type is acknowledged and dropped here.
STRIPE_EVENTS = {"checkout.session.completed", "checkout.session.async_payment_succeeded", "checkout.session.expired"}


@dataclass(frozen=True)
class Mail:
    """A guest message for its conversation's inbox; the rate `limit` decides the item's `over_limit`."""

    inbox: str
    message: dict[str, Any]
    limit: int


@dataclass(frozen=True)
class Work:
    """One job to enqueue once: `seen` is the provider's id for it (None: enqueued every time)."""

    seen: str | None
    queue: str
    func: str
    args: tuple[Any, ...]
    retry_intervals: list[int] = field(default_factory=list)
    job_id: str | None = None
    mail: Mail | None = None


# KEYS: the RQ queue set, then five per work: seen ("" for none), job, queue, inbox and rate window ("" for none).
# ARGV: the dedupe TTL, then per work: job id, job TTL (0: none), inbox item up to its count, rate window
# seconds, rate limit, number of job hash values, the job hash as field, value, ...
ACCEPT_SCRIPT = """
local fresh, a = {}, 2
for i = 0, (#KEYS - 1) / 5 - 1 do
  local k = 1 + 5 * i
  local seen, job, queue, box, rate = KEYS[k + 1], KEYS[k + 2], KEYS[k + 3], KEYS[k + 4], KEYS[k + 5]
  local id, job_ttl, item, window, limit, n = ARGV[a], tonumber(ARGV[a + 1]), ARGV[a + 2], ARGV[a + 3],
    tonumber(ARGV[a + 4]), tonumber(ARGV[a + 5])
  local first = a + 6
  a = first + n
  if seen == "" or redis.call("EXISTS", seen) == 0 then
    if box ~= "" then
      local count = redis.call("INCR", rate)
      redis.call("EXPIRE", rate, window)
      redis.call("RPUSH", box, item .. math.max(0, count - limit) .. "}")
      redis.call("EXPIRE", box, ARGV[1])
    end
    redis.call("HSET", job, unpack(ARGV, first, a - 1))
    if job_ttl > 0 then redis.call("EXPIRE", job, job_ttl) end
    redis.call("SADD", KEYS[1], queue)
    redis.call("RPUSH", queue, id)
    if seen ~= "" then redis.call("SET", seen, 1, "EX", ARGV[1]) end   -- last: a failed step leaves it unseen
    fresh[#fresh + 1] = 1
  else
    fresh[#fresh + 1] = 0
  end
end
return fresh
"""


async def accept_async(rt: Runtime, works: list[Work]) -> list[bool]:
    """`accept` for the web process's event loop: on Redis the script is awaited (no thread, no GIL handover
    per webhook); in embedded mode the work runs in a thread."""
    jobs = runner()
    if not works:
        return []
    if isinstance(jobs, RQRunner) and isinstance(rt.state, RedisState):
        keys, args = _script_input(rt, jobs, works)
        return [bool(flag) for flag in await _async_script(rt.settings.redis_url)(keys=keys, args=args)]
    return await run_in_threadpool(accept, rt, works)


def accept(rt: Runtime, works: list[Work]) -> list[bool]:
    """Enqueue each work whose `seen` key is new; returns which were. All or nothing on Redis."""
    jobs = runner()
    if not works:
        return []
    if isinstance(jobs, RQRunner) and isinstance(rt.state, RedisState):
        keys, args = _script_input(rt, jobs, works)
        return [bool(flag) for flag in jobs.script(ACCEPT_SCRIPT)(keys=keys, args=args)]
    ttl = rt.settings.dedupe_ttl_seconds
    with _first_seen(rt.state, [w.seen for w in works if w.seen], ttl) as fresh:
        taken = [w for w in works if w.seen is None or w.seen in fresh]
        for work in taken:   # every message of a payload in its inbox before any job starts: a burst is one burst
            if work.mail is not None:
                count = rt.state.hit("rate:" + work.mail.inbox, RATE_WINDOW_SECONDS)
                inbox(rt).push(work.mail.inbox, {"message": work.mail.message,
                                                 "over_limit": max(0, count - work.mail.limit)})
        for work in taken:
            enqueue(work.queue, import_attribute(work.func), *work.args, job_id=work.job_id,
                    retry_intervals=work.retry_intervals or None)
    return [w in taken for w in works]


@contextmanager
def _first_seen(state: StateStore, keys: list[str], ttl_seconds: int) -> Iterator[list[str]]:
    """Mark `keys` seen and yield those that were new; if the block fails they are forgotten again,
    so the sender's redelivery gets through (one process: no crash can come between)."""
    fresh = [key for key in keys if state.first_time(key, ttl_seconds)]
    try:
        yield fresh
    except BaseException:
        for key in fresh:
            state.forget(key)
        raise


def _async_script(redis_url: str) -> AsyncScript:
    """`ACCEPT_SCRIPT` on an asyncio client of REDIS_URL, one per event loop (asyncio connections belong to
    the loop that opened them; uvicorn runs one)."""
    loop = asyncio.get_running_loop()
    if loop not in _async_scripts:
        client = AsyncRedis.from_url(redis_url, socket_connect_timeout=5)
        _async_scripts[loop] = client.register_script(ACCEPT_SCRIPT)
    return _async_scripts[loop]


def _script_input(rt: Runtime, jobs: RQRunner, works: list[Work]) -> tuple[list[Any], list[Any]]:
    """`ACCEPT_SCRIPT`'s keys and arguments: each job built by RQ, as `Queue.enqueue` would store it."""
    state: RedisState = rt.state   # type: ignore[assignment]
    box: RedisInbox = inbox(rt)   # type: ignore[assignment]
    keys, args = [Queue.redis_queues_keys], [rt.settings.dedupe_ttl_seconds]
    for work in works:
        queue: Queue = jobs.queues[work.queue]
        retry = Retry(max=len(work.retry_intervals), interval=work.retry_intervals) if work.retry_intervals else None
        job = queue.create_job(work.func, args=work.args, job_id=work.job_id, retry=retry,
                               result_ttl=RQRunner.result_ttl(work.job_id))
        job.enqueued_at = now()
        values = [v for key, value in job.to_dict().items() if value is not None for v in (key, value)]
        mail = work.mail
        keys += [state.prefix + work.seen if work.seen else "", job.key, queue.key,
                 box.prefix + mail.inbox if mail else "",
                 state.window_key("rate:" + mail.inbox, RATE_WINDOW_SECONDS) if mail else ""]
        item = '{"message": ' + json.dumps(mail.message) + ', "over_limit": ' if mail else ""
        args += [job.id, job.ttl or 0, item, RATE_WINDOW_SECONDS, mail.limit if mail else 0, len(values), *values]
    return keys, args


async def ingest(rt: Runtime, messages: list[InboundMessage]) -> int:
    """Accept verified, parsed guest messages; returns how many were new (redeliveries are dropped)."""
    limit, retries = rt.settings.guest_rate_limit_per_minute, rt.settings.inbound_retry_seconds
    works = []
    for message in messages:
        body = message.model_dump(mode="json")
        works.append(Work("seen:" + message.dedupe_key, "inbound", "jobs.pipeline.process_inbound", (body,),
                          retry_intervals=retries, mail=Mail(inbox_key(message), body, limit)))
    fresh = await accept_async(rt, works)
    for message, new in zip(messages, fresh, strict=True):
        if new:
            MESSAGES_IN.labels(channel=message.channel.value).inc()
        else:
            DUPLICATES.labels(source=message.channel.value).inc()
    return sum(fresh)


def inbox_key(message: InboundMessage) -> str:
    """One inbox per guest conversation: hotel, channel and where replies go."""
    return f"{message.hotel_id}:{message.channel.value}:{message.sender}"


def accept_staff_event(rt: Runtime, event: str, payload: dict[str, Any], seen: str | None = None) -> bool:
    """Queue the job for a staff event (`channels.slack.AcceptStaff`); False for a Slack retry of `seen`."""
    if event not in STAFF_JOBS:
        raise ValueError(f"no staff job for {event!r}")
    work = Work(seen, "default", f"jobs.staff.{event}", (payload,), retry_intervals=EVENT_RETRY_SECONDS)
    return accept(rt, [work])[0]


def accept_stripe_event(rt: Runtime, event: dict[str, Any]) -> bool:
    """Queue a verified Stripe event (or the demo page's equivalent); False for a redelivery or a type we ignore."""
    if event.get("type") not in STRIPE_EVENTS:
        log.info("Stripe event %s of type %s ignored", event.get("id"), event.get("type"))
        return False
    work = Work("stripe-event:" + event["id"], "default", "jobs.payments.process_event", (event,),
                retry_intervals=EVENT_RETRY_SECONDS, job_id=stable_id("stripe", event["id"]))
    return accept(rt, [work])[0]


async def accept_receipts(rt: Runtime, receipts: list[Receipt]) -> None:
    """Providers' delivery receipts, each recorded by a worker (receipts are never answered)."""
    await accept_async(rt, [Work(None, "default", "jobs.outbound.record_receipt",
                                 (r.channel.value, r.provider_id, r.status, r.error),
                                 retry_intervals=RECEIPT_RETRY_SECONDS) for r in receipts])


def demo_event(token: str, outcome: str) -> dict[str, Any]:
    """The Stripe event the demo checkout stands for (`completed` or `expired`), shaped like Stripe's."""
    return {"id": f"evt_demo_{outcome}_{token}", "object": "event", "type": f"checkout.session.{outcome}",
            "data": {"object": {"object": "checkout.session", "id": token,
                                "payment_status": "paid" if outcome == "completed" else "unpaid"}}}
