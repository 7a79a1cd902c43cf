"""A small fake of the Slack Web API for real slack_sdk / slack-bolt calls over localhost HTTP, and the
requests Slack itself sends to `/slack/events`, signed the way Slack signs them.

The API serves `/api/{method}` with Slack's own shapes (`{"ok": true, ...}`,
`{"ok": false, "error": "channel_not_found"}` with HTTP 200, 429 with
`Retry-After`), knows the workspace's channels by name and id, keeps every
posted message (so a test can read a thread or an updated header), and records
every call.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import hmac
import itertools
import json
import os
import threading
import time
import urllib.parse
import uuid
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response

from tests.fakes.server import running

TOKEN = "xoxb-1-harbor-view-test"
APP_TOKEN = "xapp-1-A0CONCIERGE-test"   # Socket Mode
SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
TEAM = "T0HARBOR"
BOT = {"user_id": "U0CONCIERGE", "bot_id": "B0CONCIERGE"}
# The reference hotel's department channels (hotel.yaml) as this workspace knows them.
CHANNELS = {"front-desk": "C0FRONTDESK", "housekeeping": "C0HOUSEKEEP", "room-service": "C0ROOMSERV",
            "maintenance": "C0MAINTAIN", "guest-relations": "C0GUESTREL", "random": "C0RANDOM"}


@dataclass
class Call:
    method: str
    args: dict[str, Any]


class FakeSlack:
    def __init__(self, token: str = TOKEN):
        self.token = token
        self.base = ""   # set once served; SLACK_API_BASE is base + "/api/"
        self.calls: list[Call] = []
        self.messages: dict[tuple[str, str], dict[str, Any]] = {}   # (channel id, ts) -> message
        self.reactions: dict[tuple[str, str], list[str]] = {}
        self.socket_url = ""   # set by running_socket_mode()
        self._failures: dict[str, list[tuple[int, dict[str, Any], dict[str, str]]]] = {}
        self._ts = itertools.count(100)
        self._guard = threading.Lock()
        self.app = self._build()

    # --- what a test arranges ---------------------------------------------------------------

    def fail(self, method: str, error: str = "internal_error", times: int = 1, status: int = 200,
             retry_after: int | None = None) -> None:
        """The next `times` calls of `method` fail like Slack does (`ratelimited` answers 429 + Retry-After)."""
        headers = {"Retry-After": str(retry_after)} if retry_after is not None else {}
        with self._guard:
            self._failures.setdefault(method, []).extend([(status, {"ok": False, "error": error}, headers)] * times)

    # --- what a test asserts ------------------------------------------------------------------

    def calls_to(self, method: str) -> list[Call]:
        with self._guard:
            return [c for c in self.calls if c.method == method]

    def wait_for(self, method: str, count: int = 1, timeout: float = 20.0) -> list[Call]:
        """The calls of `method` once there are `count` of them (embedded mode: jobs run in threads)."""
        deadline = time.monotonic() + timeout
        while len(calls := self.calls_to(method)) < count:
            if time.monotonic() > deadline:
                raise AssertionError(f"{method} called {len(calls)} time(s), expected {count}")
            time.sleep(0.02)
        return calls

    def posts(self, channel: str | None = None) -> list[dict[str, Any]]:
        """Messages posted (top level and in threads), oldest first; `channel` by name or id."""
        with self._guard:
            found = [m for m in self.messages.values() if channel is None or m["channel"] == self.channel_id(channel)]
        return sorted(found, key=lambda m: float(m["ts"]))

    def thread(self, channel: str, ts: str) -> list[dict[str, Any]]:
        """The replies in a thread, oldest first (the parent not included)."""
        return [m for m in self.posts(channel) if m.get("thread_ts") == ts and m["ts"] != ts]

    def channel_id(self, channel: str) -> str | None:
        name = channel.removeprefix("#")
        return CHANNELS.get(name) or (name if name in CHANNELS.values() else None)

    # --- the API -------------------------------------------------------------------------------

    def _build(self) -> FastAPI:
        app = FastAPI()

        @app.api_route("/api/{method}", methods=["GET", "POST"])
        async def api(method: str, request: Request) -> Response:
            args: dict[str, Any] = dict(request.query_params)
            if request.headers.get("content-type", "").startswith("application/json"):
                args.update(await request.json())
            else:
                args.update({k: v for k, v in (await request.form()).items() if isinstance(v, str)})
            for key in ("blocks", "attachments"):
                if isinstance(args.get(key), str):
                    args[key] = json.loads(args[key])
            with self._guard:
                self.calls.append(Call(method, args))
                failures = self._failures.get(method)
                failure = failures.pop(0) if failures else None
            if failure is not None:
                return JSONResponse(failure[1], status_code=failure[0], headers=failure[2])
            token = APP_TOKEN if method == "apps.connections.open" else self.token
            if request.headers.get("authorization") != f"Bearer {token}":
                return JSONResponse({"ok": False, "error": "invalid_auth"})
            handler = getattr(self, "_" + method.replace(".", "_"), None)
            if handler is None:
                return JSONResponse({"ok": False, "error": "unknown_method"})
            with self._guard:
                return JSONResponse(handler(args))

        return app

    def _next_ts(self) -> str:
        return f"{int(time.time())}.{next(self._ts):06d}"

    def _auth_test(self, _args: dict[str, Any]) -> dict[str, Any]:
        return {"ok": True, "url": "https://harbor-view.slack.com/", "team": "Harbor View", "user": "concierge",
                "team_id": TEAM, "user_id": BOT["user_id"], "bot_id": BOT["bot_id"], "is_enterprise_install": False}

    def _chat_postMessage(self, args: dict[str, Any]) -> dict[str, Any]:
        channel = self.channel_id(str(args.get("channel", "")))
        if channel is None:
            return {"ok": False, "error": "channel_not_found"}
        if not args.get("text") and not args.get("blocks"):
            return {"ok": False, "error": "no_text"}
        thread_ts = args.get("thread_ts")
        if thread_ts and (channel, thread_ts) not in self.messages:
            return {"ok": False, "error": "thread_not_found"}
        ts = self._next_ts()
        message = {"type": "message", "subtype": "bot_message", "user": BOT["user_id"], "bot_id": BOT["bot_id"],
                   "text": args.get("text", ""), "blocks": args.get("blocks", []), "ts": ts, "channel": channel,
                   **({"thread_ts": thread_ts} if thread_ts else {})}
        self.messages[(channel, ts)] = message
        return {"ok": True, "channel": channel, "ts": ts, "message": {k: v for k, v in message.items()
                                                                      if k != "channel"}}

    def _chat_update(self, args: dict[str, Any]) -> dict[str, Any]:
        key = (self.channel_id(str(args.get("channel", ""))), str(args.get("ts", "")))
        if key not in self.messages:
            return {"ok": False, "error": "message_not_found"}
        message = self.messages[key]
        message["text"] = args.get("text", message["text"])
        if "blocks" in args:
            message["blocks"] = args["blocks"]
        message["edited"] = {"user": BOT["user_id"], "ts": self._next_ts()}
        return {"ok": True, "channel": key[0], "ts": key[1], "text": message["text"],
                "message": {"text": message["text"], "blocks": message["blocks"]}}

    def _chat_postEphemeral(self, args: dict[str, Any]) -> dict[str, Any]:
        if self.channel_id(str(args.get("channel", ""))) is None:
            return {"ok": False, "error": "channel_not_found"}
        return {"ok": True, "message_ts": self._next_ts()}

    def _chat_getPermalink(self, args: dict[str, Any]) -> dict[str, Any]:
        key = (self.channel_id(str(args.get("channel", ""))), str(args.get("message_ts", "")))
        if key not in self.messages:
            return {"ok": False, "error": "message_not_found"}
        return {"ok": True, "channel": key[0],
                "permalink": f"https://harbor-view.slack.com/archives/{key[0]}/p{key[1].replace('.', '')}"}

    def _reactions_add(self, args: dict[str, Any]) -> dict[str, Any]:
        key = (self.channel_id(str(args.get("channel", ""))), str(args.get("timestamp", "")))
        names = self.reactions.setdefault(key, [])
        if args.get("name") in names:
            return {"ok": False, "error": "already_reacted"}
        names.append(str(args.get("name")))
        return {"ok": True}

    def _apps_connections_open(self, _args: dict[str, Any]) -> dict[str, Any]:
        if not self.socket_url:
            return {"ok": False, "error": "socket_mode_not_enabled"}
        return {"ok": True, "url": self.socket_url}

    def _conversations_info(self, args: dict[str, Any]) -> dict[str, Any]:
        channel = self.channel_id(str(args.get("channel", "")))
        if channel is None:
            return {"ok": False, "error": "channel_not_found"}
        name = next(n for n, i in CHANNELS.items() if i == channel)
        return {"ok": True, "channel": {"id": channel, "name": name, "is_channel": True, "is_private": False,
                                        "is_member": True, "is_archived": False}}


def running_fake() -> AbstractContextManager[FakeSlack]:
    """A FakeSlack on a localhost port; SLACK_API_BASE is `fake.base + "/api/"`."""
    return running(FakeSlack())


class SocketLink:
    """Slack's side of a Socket Mode connection: pushes envelopes, collects the app's acknowledgements."""

    def __init__(self, loop: asyncio.AbstractEventLoop):
        self.loop = loop
        self.sockets: list[Any] = []
        self.acks: list[dict[str, Any]] = []

    def push(self, kind: str, payload: dict[str, Any]) -> str:
        """Send an envelope (`events_api`, `interactive`, `slash_commands`); returns its envelope id."""
        envelope_id = str(uuid.uuid4())
        envelope = {"envelope_id": envelope_id, "type": kind, "payload": payload,
                    "accepts_response_payload": kind != "events_api", "retry_attempt": 0, "retry_reason": ""}
        asyncio.run_coroutine_threadsafe(self.sockets[-1].send_json(envelope), self.loop).result(5)
        return envelope_id

    def wait_for_ack(self, envelope_id: str, timeout: float = 20.0) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while not (found := [a for a in self.acks if a.get("envelope_id") == envelope_id]):
            if time.monotonic() > deadline:
                raise AssertionError(f"envelope {envelope_id} not acknowledged: {self.acks}")
            time.sleep(0.02)
        return found[0]

    def wait_for_connection(self, timeout: float = 20.0) -> None:
        deadline = time.monotonic() + timeout
        while not self.sockets:
            if time.monotonic() > deadline:
                raise AssertionError("the app never opened the Socket Mode connection")
            time.sleep(0.02)


@contextmanager
def running_socket_mode(fake: FakeSlack) -> Iterator[SocketLink]:
    """A WebSocket endpoint (aiohttp, on its own loop thread) that `apps.connections.open` hands out."""
    from aiohttp import WSMsgType, web

    from tests.fakes.server import free_port

    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    link = SocketLink(loop)

    async def connect(request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse()
        await socket.prepare(request)
        link.sockets.append(socket)
        await socket.send_json({"type": "hello", "num_connections": 1, "debug_info": {"host": "fake-slack"},
                                "connection_info": {"app_id": "A0CONCIERGE"}})
        async for message in socket:
            if message.type == WSMsgType.TEXT:
                link.acks.append(json.loads(message.data))
        return socket

    app = web.Application()
    app.router.add_get("/link/", connect)
    runner = web.AppRunner(app)
    port = free_port()
    asyncio.run_coroutine_threadsafe(runner.setup(), loop).result(10)
    asyncio.run_coroutine_threadsafe(web.TCPSite(runner, "127.0.0.1", port).start(), loop).result(10)
    fake.socket_url = f"ws://127.0.0.1:{port}/link/?ticket=fake"
    try:
        yield link
    finally:
        asyncio.run_coroutine_threadsafe(runner.cleanup(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=5)
        fake.socket_url = ""


# --- Requests as Slack sends them to /slack/events -------------------------------------------------


def signed_headers(body: str, secret: str = SIGNING_SECRET, timestamp: int | None = None,
                   content_type: str = "application/json") -> dict[str, str]:
    """Slack's request signature: v0=HMAC-SHA256(secret, "v0:{timestamp}:{body}")."""
    timestamp = int(time.time()) if timestamp is None else timestamp
    digest = hmac.new(secret.encode(), f"v0:{timestamp}:{body}".encode(), hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": str(timestamp), "X-Slack-Signature": f"v0={digest}",
            "Content-Type": content_type}


_event_ids = itertools.count(1)


def message_event(text: str, channel: str, thread_ts: str | None, user: str = "U0ANNA", team: str = TEAM,
                  event_id: str | None = None, **event: Any) -> str:
    """An Events API `message` callback (a staff message in a channel, or a reply in a thread)."""
    ts = event.pop("ts", f"{int(time.time())}.{900000 + next(_event_ids):06d}")
    body = {"token": "legacy-verification-token", "team_id": team, "api_app_id": "A0CONCIERGE",
            "event": {"type": "message", "channel": channel, "user": user, "text": text, "ts": ts,
                      "event_ts": ts, "channel_type": "channel", "team": team,
                      **({"thread_ts": thread_ts} if thread_ts else {}), **event},
            "type": "event_callback", "event_id": event_id or f"Ev0{next(_event_ids):08d}",
            "event_time": int(time.time()), "authorizations": [{"team_id": team, "user_id": BOT["user_id"],
                                                                "is_bot": True}]}
    return json.dumps(body)


def block_actions(action_id: str, value: str, channel: str, message_ts: str, user: str = "U0ANNA",
                  team: str = TEAM) -> str:
    """An interactivity request for a button press: form-encoded `payload=<json>`."""
    name = next((n for n, i in CHANNELS.items() if i == channel), channel)
    payload = {"type": "block_actions", "team": {"id": team, "domain": "harbor-view"},
               "user": {"id": user, "username": "anna", "name": "anna", "team_id": team},
               "api_app_id": "A0CONCIERGE", "token": "legacy-verification-token",
               "container": {"type": "message", "message_ts": message_ts, "channel_id": channel,
                             "is_ephemeral": False},
               "trigger_id": f"{next(_event_ids)}.1.abc", "channel": {"id": channel, "name": name},
               "message": {"type": "message", "ts": message_ts, "bot_id": BOT["bot_id"], "text": "..."},
               "response_url": "https://hooks.slack.com/actions/T0HARBOR/1/xyz",
               "actions": [{"action_id": action_id, "block_id": "b1", "value": value, "type": "button",
                            "text": {"type": "plain_text", "text": action_id}, "action_ts": str(time.time())}]}
    return urllib.parse.urlencode({"payload": json.dumps(payload)})


def slash_command(text: str, channel: str = CHANNELS["front-desk"], user: str = "U0ANNA", team: str = TEAM) -> str:
    """A `/concierge` slash command request (form-encoded)."""
    name = next((n for n, i in CHANNELS.items() if i == channel), channel)
    return urllib.parse.urlencode({
        "token": "legacy-verification-token", "team_id": team, "team_domain": "harbor-view", "channel_id": channel,
        "channel_name": name, "user_id": user, "user_name": "anna", "command": "/concierge", "text": text,
        "api_app_id": "A0CONCIERGE", "response_url": "https://hooks.slack.com/commands/T0HARBOR/1/xyz",
        "trigger_id": f"{next(_event_ids)}.1.def"})


FORM = "application/x-www-form-urlencoded"


# --- The hub as Slack and a guest see it: web app, RQ worker, both fakes ---------------------------


class Jobs:
    """RQ on the test Redis, with queue names of this test's own (RQ keys take no prefix), and a burst
    worker that runs what the web side queued, the way `concierge worker` would."""

    def __init__(self, connection: Any):
        from rq import Queue

        from jobs.queue import QUEUES, RQRunner

        tag = uuid.uuid4().hex[:8]
        self.connection = connection
        self.runner = RQRunner(connection)
        self.runner.queues = {name: Queue(f"{name}-{tag}", connection=connection) for name in QUEUES}
        self.errors: list[str] = []

    @property
    def queues(self) -> list[Any]:
        return list(self.runner.queues.values())

    def work(self) -> None:
        """Run every queued job (and the jobs they queue); a job that raised fails the test."""
        from rq import SimpleWorker

        def keep(job, exc_type, exc_value, tb) -> bool:
            self.errors.append(f"{job.func_name}: {exc_type.__name__}: {exc_value}")
            return True

        SimpleWorker(self.queues, connection=self.connection, exception_handlers=[keep],
                     disable_default_exception_handler=True).work(burst=True, logging_level="WARNING")
        if self.errors:
            raise AssertionError("jobs failed: " + "; ".join(self.errors))

    def pending(self) -> int:
        return sum(q.count for q in self.queues)

    def scheduled(self, func_name: str) -> list[tuple[Any, dt.datetime]]:
        """(job, when) of the jobs of `func_name` waiting for their time."""
        from rq.job import Job

        found = []
        for queue in self.queues:
            registry = queue.scheduled_job_registry
            for job_id in registry.get_job_ids():
                job = Job.fetch(job_id, connection=self.connection)
                if job.func_name.endswith(func_name):
                    found.append((job, registry.get_scheduled_time(job)))
        return found

    def time_passes(self, func_name: str) -> int:
        """The scheduled jobs of `func_name` come due and run now; returns how many ran."""
        due = self.scheduled(func_name)
        for job, _when in due:
            queue = next(q for q in self.queues if q.name == job.origin)
            queue.scheduled_job_registry.remove(job)
            queue.enqueue_job(job)
        self.work()
        return len(due)

    def cleanup(self) -> None:
        from rq.exceptions import NoSuchJobError
        from rq.job import Job

        for queue in self.queues:
            for registry in (queue.scheduled_job_registry, queue.finished_job_registry, queue.failed_job_registry,
                             queue.started_job_registry, queue.deferred_job_registry):
                for job_id in registry.get_job_ids():
                    try:
                        Job.fetch(job_id, connection=self.connection).delete()
                    except NoSuchJobError:
                        pass
            queue.delete(delete_jobs=True)


@dataclass
class Hub:
    """What a test drives: `post()` is Slack calling `/slack/events`, `jobs.work()` is the worker."""

    runtime: Any
    web: Any                 # starlette TestClient on the web app
    slack: FakeSlack
    jobs: Jobs | None         # None in embedded mode
    guests: Any = None       # the guest channel's fake (FakeTelegram)

    def post(self, body: str, content_type: str = "application/json", secret: str = SIGNING_SECRET,
             timestamp: int | None = None, headers: dict[str, str] | None = None) -> Any:
        signed = signed_headers(body, secret, timestamp, content_type)
        return self.web.post("/slack/events", content=body, headers={**signed, **(headers or {})})

    def click(self, action_id: str, value: Any, channel: str, message_ts: str, user: str = "U0ANNA") -> Any:
        return self.post(block_actions(action_id, str(value), channel, message_ts, user), FORM)

    def command(self, text: str, channel: str = CHANNELS["front-desk"], user: str = "U0ANNA") -> Any:
        return self.post(slash_command(text, channel, user), FORM)


REDIS_URL = os.environ.get("CONCIERGE_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


@contextmanager
def running_hub(db: Any, hotel: Any, embedded: bool = False, **settings: Any) -> Iterator[Hub]:
    """The web app (`concierge serve`'s), an RQ worker on Redis, the store `db`, fake Slack and fake Telegram.

    `embedded`: no Redis, as `concierge serve` without REDIS_URL: jobs run in threads of this process
    (`hub.jobs` is None; wait on the fakes instead).
    """
    from fastapi.testclient import TestClient
    from redis import Redis

    from agent.runtime import Runtime
    from core.settings import load_settings
    from core.state import MemoryState, RedisState
    from hub.app import create_app
    from jobs import context, queue
    from tests.fakes import telegram

    connection = Redis.from_url(REDIS_URL)
    prefix = f"test-slack-{uuid.uuid4().hex}:"
    with running_fake() as slack, telegram.running_fake() as guests:
        config = load_settings(**{
            "_env_file": None, "redis_url": None if embedded else REDIS_URL, "database_url": db.url,
            "slack_bot_token": TOKEN,
            "slack_signing_secret": SIGNING_SECRET, "slack_api_base": slack.base + "/api/",
            "telegram_bot_token": telegram.TOKEN, "telegram_webhook_secret": "tg-secret",
            "telegram_api_base": guests.base, "secret_key": "test", **settings})
        state = MemoryState() if embedded else RedisState(connection, prefix=prefix)
        runtime = Runtime(config, hotels={hotel.id: hotel}, db=db, state=state)
        jobs = None if embedded else Jobs(connection)
        context.set_runtime(runtime)
        queue.set_runner(queue.InProcessRunner() if embedded else jobs.runner)
        try:
            with TestClient(create_app(runtime, warm=False)) as web:
                yield Hub(runtime, web, slack, jobs, guests)
        finally:
            if embedded:
                queue.runner().shutdown()
            else:
                jobs.cleanup()
            for key in connection.scan_iter(prefix + "*"):
                connection.delete(key)
            context.set_runtime(None)
            queue.set_runner(None)
