"""Guests at scale, measured from outside: how many can the hub answer within a second, on this machine?

Starts a private Redis (AOF, fsync every second), a fresh PostgreSQL schema on
the local server, a fake Twilio in its own process, `concierge serve` and N
`concierge worker` processes. Then M simulated guests each hold 3-message FAQ
conversations over signed SMS webhooks, waiting for each reply plus a think time
before their next message, then start a new conversation, for a fixed time per
step. Each step prints requests/s, replies/s, p50/p95/p99 reply latency (webhook
POST → first reply part at the fake Twilio), lost/duplicated/out-of-order
counts, CPU and peak RSS per process, and CPU milliseconds per message by process
kind (web, workers, Redis, the PostgreSQL backends serving the hub); M doubles until p95 passes 1 s (or a
message is lost).

Profiles: `heavy` (1–5 s between a reply and the next message) and `realistic`
(10–60 s, a hotel's guests on their phones).

    .venv/bin/python bench/load.py [--profile heavy] [--workers 2] [--guests 100,200,400,...]
    .venv/bin/python bench/load.py --repo /tmp/old-checkout    # the same run against other code ("now")
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
import psutil
import yaml
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.fakes import twilio as fake_twilio  # noqa: E402
from tests.fakes.server import free_port  # noqa: E402

SHARED = Path(os.environ.get("CONCIERGE_SHARED_DIR") or REPO.parent / "shared")
POSTGRES_URL = os.environ.get("CONCIERGE_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
PUBLIC = "https://hub.example.com"
EMBEDDINGS = Path(tempfile.gettempdir()) / "concierge-bench-embeddings"   # kept between runs, as in production
PROFILES = {"heavy": (1.0, 5.0), "realistic": (10.0, 60.0)}
DEFAULT_GUESTS = {"heavy": "100,200,400,800,1600", "realistic": "1000,2000,4000,8000"}
DEFAULT_STEP_SECONDS = {"heavy": 25.0, "realistic": 90.0}

# The fake Twilio in its own process (its CPU is not the hub's, nor the guests'): one line per message created.
FAKE_TWILIO = """
import json, sys, time
import uvicorn
from tests.fakes.twilio import FakeTwilio

class Announced(list):
    def append(self, form):
        sys.stdout.write(json.dumps([time.monotonic(), form.get("To"), form.get("Body", "")]) + "\\n")
        sys.stdout.flush()

fake = FakeTwilio()
fake.sent = Announced()
uvicorn.run(fake.app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning", access_log=False)
"""
CONCIERGE = "from hub.cli import main; main()"


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


@dataclass
class Guest:
    """One simulated guest phone number: the questions asked, and the reply bodies that reached it."""

    number: str
    asked: list[tuple[float, str]] = field(default_factory=list)   # (when posted, question)
    arrivals: list[tuple[float, str]] = field(default_factory=list)
    waiting: asyncio.Event = field(default_factory=asyncio.Event)


@dataclass
class Step:
    guests: int
    latencies: list[float] = field(default_factory=list)
    posts: int = 0
    failed_posts: int = 0
    lost: int = 0
    duplicated: int = 0
    out_of_order: int = 0
    seconds: float = 0.0
    unanswered: list[str] = field(default_factory=list)


class Hub:
    """The processes under test and the fake provider, with their CPU and memory watched."""

    def __init__(self, args: argparse.Namespace, work: Path):
        self.args, self.work = args, work
        self.processes: dict[str, psutil.Popen] = {}
        ports = range(args.ports, args.ports + 3) if args.ports else (free_port(), free_port(), free_port())
        self.redis_port, self.serve_port, self.twilio_port = ports
        self.schema = f"bench_{uuid.uuid4().hex[:10]}"
        self.logs = (work / "processes.log").open("ab")
        code = Path(args.repo).resolve()
        self.env = {**os.environ, "PYTHONPATH": str(code), "REDIS_URL": f"redis://127.0.0.1:{self.redis_port}/0",
                    "DATABASE_URL": f"{POSTGRES_URL}?options=-csearch_path%3D{self.schema}"
                                    f"&application_name={self.schema}",
                    "HOTELS_DIR": str(SHARED / "hotels"), "DEFAULT_HOTEL": "harbor-view",
                    "PUBLIC_BASE_URL": PUBLIC, "SECRET_KEY": "bench-secret", "API_KEY": "bench-key",
                    "TWILIO_ACCOUNT_SID": fake_twilio.ACCOUNT_SID, "TWILIO_AUTH_TOKEN": fake_twilio.AUTH_TOKEN,
                    "TWILIO_SMS_NUMBER": fake_twilio.SMS_NUMBER,
                    "TWILIO_API_BASE": f"http://127.0.0.1:{self.twilio_port}",
                    "EMBEDDING_CACHE_DIR": str(EMBEDDINGS)}
        self.code = code
        self.started_at = 0.0

    def spawn(self, name: str, argv: list[str], env: dict[str, str] | None = None, **kwargs) -> psutil.Popen:
        process = psutil.Popen(argv, cwd=self.work, env=env or self.env, **kwargs)
        self.processes[name] = process
        return process

    def start(self) -> dict[str, float]:
        """Start everything; returns seconds from spawn to ready for `serve` (/readyz) and workers (listening)."""
        with create_engine(POSTGRES_URL).begin() as connection:
            connection.execute(text(f'CREATE SCHEMA "{self.schema}"'))
        self.spawn("redis", [shutil.which("redis-server"), "--port", str(self.redis_port), "--save", "",
                             "--appendonly", "yes", "--appendfsync", "everysec", "--dir", str(self.work)],
                   stdout=subprocess.DEVNULL)
        self.spawn("fake twilio", [sys.executable, "-c", FAKE_TWILIO, str(self.twilio_port)],
                   stdout=subprocess.PIPE, stderr=self.logs, env={**self.env, "PYTHONPATH": str(REPO)})
        time.sleep(0.5)   # Redis up before the hub's first ping
        started = {}
        serve = [sys.executable, "-c", CONCIERGE, "serve", "--host", "127.0.0.1", "--port", str(self.serve_port)]
        if self.args.web_workers > 1:
            serve += ["--workers", str(self.args.web_workers)]
        spawned = time.monotonic()
        self.spawn("serve", serve, stdout=self.logs, stderr=subprocess.STDOUT)
        for i in range(self.args.workers):
            queues = ["--queues", self.args.worker_queues] if self.args.worker_queues else []
            self.spawn(f"worker {i + 1}", [sys.executable, "-c", CONCIERGE, "worker", *queues],
                       stdout=self.logs, stderr=subprocess.STDOUT)
        started["serve → /readyz"] = self._wait_ready(spawned)
        started["workers → listening"] = self._wait_workers(spawned)
        return started

    def _wait_ready(self, spawned: float) -> float:
        import httpx

        while time.monotonic() < spawned + 180:
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"http://127.0.0.1:{self.serve_port}/readyz", timeout=2).status_code == 200:
                    return time.monotonic() - spawned
            if self.processes["serve"].poll() is not None:
                raise RuntimeError(f"serve died; see {self.work / 'processes.log'}")
            time.sleep(0.02)
        raise RuntimeError("serve was not ready within 180 s")

    def _wait_workers(self, spawned: float) -> float:
        """Until every worker has registered with RQ (it listens from then on)."""
        import redis

        client = redis.Redis(port=self.redis_port)
        while time.monotonic() < spawned + 300:
            if client.scard("rq:workers") >= self.args.workers:
                return time.monotonic() - spawned
            time.sleep(0.05)
        raise RuntimeError("workers did not start within 300 s")

    def stop(self) -> None:
        for process in reversed(list(self.processes.values())):
            with contextlib.suppress(psutil.Error):
                for child in process.children(recursive=True):
                    child.kill()
                process.kill()
                process.wait(10)
        with contextlib.suppress(Exception), create_engine(POSTGRES_URL).begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{self.schema}" CASCADE'))


class Meter:
    """CPU share and peak memory of each process (with its children) over a step, and CPU per message.

    Memory is RSS and PSS: a worker's RQ scheduler is a fork sharing most of its parent's pages, so summed RSS
    counts them twice; PSS splits each shared page among the processes mapping it. PostgreSQL is the server's
    backends serving the hub's connections (named for the bench's schema), not the whole shared server.
    """

    def __init__(self, processes: dict[str, psutil.Popen], schema: str):
        self.processes = {**processes, "bench (guests)": psutil.Process()}
        self.schema = schema
        self.peak: dict[str, int] = {}
        self.peak_pss: dict[str, int] = {}
        self.cpu0: dict[str, float] = {}
        self.backends0: dict[int, float] = {}
        self.t0 = 0.0

    def _tree(self, process: psutil.Process) -> list[psutil.Process]:
        if process.pid == os.getpid():
            return [process]
        with contextlib.suppress(psutil.Error):
            return [process, *process.children(recursive=True)]
        return []

    @staticmethod
    def _seconds(processes: list[psutil.Process]) -> float:
        total = 0.0
        for p in processes:
            with contextlib.suppress(psutil.Error):
                times = p.cpu_times()
                total += times.user + times.system
        return total

    def _cpu(self, name: str) -> float:
        return self._seconds(self._tree(self.processes[name]))

    def _backends(self) -> dict[int, float]:
        """CPU seconds of each PostgreSQL backend serving the hub (its connections carry the schema's name)."""
        with create_engine(POSTGRES_URL, poolclass=NullPool).connect() as connection:
            pids = connection.execute(text("SELECT pid FROM pg_stat_activity WHERE application_name = :name"),
                                      {"name": self.schema}).scalars().all()
        return {pid: self._seconds([psutil.Process(pid)]) for pid in pids if psutil.pid_exists(pid)}

    def sample(self) -> None:
        for name, process in self.processes.items():
            rss = pss = 0
            for p in self._tree(process):
                with contextlib.suppress(psutil.Error):
                    memory = p.memory_full_info()
                    rss, pss = rss + memory.rss, pss + memory.pss
            self.peak[name] = max(self.peak.get(name, 0), rss)
            self.peak_pss[name] = max(self.peak_pss.get(name, 0), pss)

    def begin(self) -> None:
        self.peak.clear()
        self.peak_pss.clear()
        self.cpu0 = {name: self._cpu(name) for name in self.processes}
        self.backends0 = self._backends()
        self.t0 = time.monotonic()
        self.sample()

    def memory(self, name: str) -> str:
        return f"{self.peak[name] / 2**20:.0f}MB (pss {self.peak_pss[name] / 2**20:.0f}MB)"

    def report(self, messages: int) -> str:
        """CPU share and peak memory per process, then CPU milliseconds per guest message per process kind."""
        wall = time.monotonic() - self.t0
        used = {name: self._cpu(name) - self.cpu0[name] for name in self.processes if name != "fake twilio"}
        used["postgresql"] = sum(cpu - self.backends0.get(pid, 0.0) for pid, cpu in self._backends().items())
        parts = [f"{name} {100 * seconds / wall:.0f}%" + (f" {self.memory(name)}" if name in self.peak else "")
                 for name, seconds in used.items()]
        kinds: dict[str, float] = {}
        for name, seconds in used.items():
            kind = name.split(" ")[0] if name.startswith("worker") else name
            kinds[kind] = kinds.get(kind, 0.0) + seconds
        hub = sum(seconds for kind, seconds in kinds.items() if kind != "bench (guests)")
        per = ", ".join(f"{kind} {1000 * seconds / max(messages, 1):.1f}" for kind, seconds in kinds.items())
        return (f"    cpu/peak rss: {', '.join(parts)}\n"
                f"    cpu ms per message: {per}; hub total {1000 * hub / max(messages, 1):.1f} "
                f"(2 cores: at most {2 * messages / hub if hub else float('nan'):.0f} messages/s)")


class Guests:
    """The simulated guests: webhooks posted, replies matched from the fake Twilio's announcements."""

    def __init__(self, hub: Hub, faq: list[str], think: tuple[float, float]):
        self.hub, self.faq, self.think = hub, faq, think
        self.by_number: dict[str, Guest] = {}
        self.url = f"http://127.0.0.1:{hub.serve_port}/webhooks/twilio"
        self.answers: dict[str, str] = {}   # first reply part → the question it answers (learned in warm-up)
        self.sequence = 0

    async def listen(self) -> None:
        stream = self.hub.processes["fake twilio"].stdout
        loop = asyncio.get_running_loop()
        reader = asyncio.StreamReader(limit=2**20)
        await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), stream)
        while line := await reader.readline():
            arrived, to, body = json.loads(line)
            guest = self.by_number.get(to)
            if guest is not None:
                guest.arrivals.append((arrived, body))
                guest.waiting.set()

    async def ask(self, http: aiohttp.ClientSession, guest: Guest, question: str, step: Step | None,
                  timeout: float) -> tuple[float, str] | None:
        """Post one signed SMS webhook; the first reply part to reach the guest, or None."""
        self.sequence += 1
        params = fake_twilio.inbound_params(guest.number, fake_twilio.SMS_NUMBER, question,
                                            sid=f"SM{self.hub.schema[-8:]}{self.sequence:024d}")
        signature = fake_twilio.signature(PUBLIC + "/webhooks/twilio", params)
        seen = len(guest.arrivals)
        guest.waiting.clear()
        started = time.monotonic()
        guest.asked.append((started, question))
        try:
            async with http.post(self.url, data=params, headers={"X-Twilio-Signature": signature}) as answer:
                await answer.read()
                ok = answer.status < 300
        except aiohttp.ClientError:
            ok = False
        if step is not None:
            step.posts += 1
            step.failed_posts += not ok
        deadline = started + timeout
        while len(guest.arrivals) == seen:
            guest.waiting.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(guest.waiting.wait(), max(0.0, deadline - time.monotonic()))
            if time.monotonic() >= deadline and len(guest.arrivals) == seen:
                if step is not None:
                    step.lost += 1   # no reply by the end of the step and its drain time
                    step.unanswered.append(f"{guest.number} {params['MessageSid']} {question!r}")
                return None
        arrived, body = guest.arrivals[seen]
        if step is not None:
            step.latencies.append(arrived - started)
        return arrived - started, body

    def new_guest(self) -> Guest:
        n = len(self.by_number)
        guest = Guest(f"+1{200 + n // 10_000_000:03d}{n % 10_000_000:07d}")
        self.by_number[guest.number] = guest
        return guest

    async def learn(self, http: aiohttp.ClientSession) -> None:
        """Ask every FAQ once (fresh guests): the first reply parts that tell answers apart, and warm workers."""
        replies = {}
        for question in self.faq:
            got = await self.ask(http, self.new_guest(), question, None, timeout=120)
            if got is None:
                raise RuntimeError(f"no reply to {question!r} in warm-up; see {self.hub.work / 'processes.log'}")
            replies[question] = got[1]
        counts: dict[str, int] = {}
        for body in replies.values():
            counts[body] = counts.get(body, 0) + 1
        self.answers = {body: q for q, body in replies.items() if counts[body] == 1}
        self.faq = list(self.answers.values())   # only questions with an answer of their own

    async def step(self, http: aiohttp.ClientSession, guests: int, seconds: float, drain: float) -> Step:
        step = Step(guests)
        stop_at = time.monotonic() + seconds
        members: list[Guest] = []

        async def converse() -> None:
            await asyncio.sleep(random.uniform(0, self.think[1]))   # arrivals spread, not one burst
            while time.monotonic() < stop_at:
                guest = self.new_guest()
                members.append(guest)
                for question in random.sample(self.faq, 3):
                    if time.monotonic() >= stop_at:
                        return
                    got = await self.ask(http, guest, question, step, timeout=stop_at + drain - time.monotonic())
                    if got is None:
                        return
                    await asyncio.sleep(random.uniform(*self.think))

        await asyncio.gather(*(converse() for _ in range(guests)))
        step.seconds = seconds
        await asyncio.sleep(2)   # late duplicates still arrive
        for guest in members:
            self.check(guest, step)
        return step

    def check(self, guest: Guest, step: Step) -> None:
        """Duplicated: one reply twice. Out of order: a reply answering another question than the last one asked."""
        bodies = [body for _, body in guest.arrivals]
        step.duplicated += len(bodies) - len(set(bodies))
        for arrived, body in guest.arrivals:
            question = self.answers.get(body)
            asked = [q for t, q in guest.asked if t <= arrived]
            if question is not None and asked and asked[-1] != question:
                step.out_of_order += 1


def faq_questions() -> list[str]:
    """The reference hotel's English FAQ questions answered from the KB alone.

    Not those that may hand the guest to staff or open a lead: staff then own the conversation and the
    bot rightly stays quiet, which a count of replies would call lost.
    """
    items = yaml.safe_load((SHARED / "hotels" / "harbor-view" / "questions.yaml").read_text())["questions"]
    return [item["text"] for item in items if item.get("kind") == "faq" and item.get("lang", "en") == "en"
            and set(item["expect"].get("skill_any") or [item["expect"].get("skill")]) <= {"search_kb", "amenities_info",
                                                                                         "wifi_info"}]


async def run(args: argparse.Namespace, hub: Hub) -> None:
    think = PROFILES[args.profile]
    guests = Guests(hub, faq_questions(), think)
    listener = asyncio.create_task(guests.listen())
    meter = Meter(hub.processes, hub.schema)
    connector = aiohttp.TCPConnector(limit=256)
    async with aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=60)) as http:
        await guests.learn(http)
        meter.sample()
        print("  idle rss after warm-up: " + ", ".join(f"{k} {meter.memory(k)}" for k in meter.peak))
        print(f"Profile {args.profile}: {think[0]:g}–{think[1]:g} s between a reply and the next message; "
              f"{args.step_seconds:g} s per step; {len(guests.faq)} FAQ questions")
        print(f"  {'guests':>6} {'req/s':>7} {'p50':>7} {'p95':>7} {'p99':>7} {'lost':>5} {'dup':>4} {'order':>5}")
        budget = time.monotonic() + args.max_minutes * 60
        for count in [int(n) for n in args.guests.split(",")]:
            if time.monotonic() > budget:
                print("  (time budget spent)")
                break
            meter.begin()
            sampler = asyncio.create_task(sample_every(meter, 1.0))
            step = await guests.step(http, count, args.step_seconds, drain=args.drain)
            sampler.cancel()
            rate = step.posts / step.seconds
            print(f"  {count:>6} {rate:>7.1f} {percentile(step.latencies, 50) * 1000:>5.0f}ms "
                  f"{percentile(step.latencies, 95) * 1000:>5.0f}ms {percentile(step.latencies, 99) * 1000:>5.0f}ms "
                  f"{step.lost:>5} {step.duplicated:>4} {step.out_of_order:>5}"
                  + (f"   ({step.failed_posts} webhooks not 2xx)" if step.failed_posts else ""))
            print(meter.report(step.posts))
            for line in step.unanswered[:5]:
                print(f"    no reply: {line}")
            if percentile(step.latencies, 95) > 1.0 or step.lost:
                break
    listener.cancel()


async def sample_every(meter: Meter, seconds: float) -> None:
    while True:
        await asyncio.sleep(seconds)
        meter.sample()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", choices=PROFILES, default="heavy")
    parser.add_argument("--workers", type=int, default=2, help="`concierge worker` processes")
    parser.add_argument("--web-workers", type=int, default=1, help="`concierge serve --workers N`")
    parser.add_argument("--worker-queues", default="", help="`--queues` for each worker (default: its own default)")
    parser.add_argument("--guests", default=None, help="comma list of guest counts, one step each")
    parser.add_argument("--step-seconds", type=float, default=None)
    parser.add_argument("--drain", type=float, default=30.0, help="seconds a step waits for its last replies")
    parser.add_argument("--max-minutes", type=float, default=6.0, help="no new step after this")
    parser.add_argument("--ports", type=int, default=0,
                        help="first of three ports for Redis, serve and the fake Twilio (default: free ones)")
    parser.add_argument("--keep", action="store_true", help="keep the processes' log and data")
    parser.add_argument("--repo", default=str(REPO), help="the checkout whose `concierge` runs")
    args = parser.parse_args()
    args.guests = args.guests or DEFAULT_GUESTS[args.profile]
    args.step_seconds = args.step_seconds or DEFAULT_STEP_SECONDS[args.profile]

    work = Path(tempfile.mkdtemp(prefix="bench-load-"))
    hub = Hub(args, work)
    load = os.getloadavg()
    print(f"bench/load.py: code {hub.code}, {args.workers} worker(s), {args.web_workers} web process(es), "
          f"{os.cpu_count()} CPUs, load average before start {load[0]:.1f}")
    try:
        for name, seconds in hub.start().items():
            print(f"  cold start: {name} {seconds:.2f} s")
        asyncio.run(run(args, hub))
        print(f"  load average after: {os.getloadavg()[0]:.1f}")
    finally:
        hub.stop()
    if args.keep:
        print(f"  logs kept in {work}")
    else:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
