"""Webhook ingest and end-to-end reply latency, on this machine, in one run. Prints numbers; asserts nothing.

1. Ingest: signed Twilio webhooks posted to a real `concierge serve` with Redis
   (it verifies, dedupes, enqueues, answers; no worker runs) by 32 concurrent
   clients: requests/s and p50/p99 acknowledgement latency, next to a bare
   ASGI app answering 200 under the same uvicorn, same clients, same run; the
   web process's cold start to `/readyz` (a restart on its database, and the
   first start that creates the schema), its CPU per webhook and its memory.
2. End to end: one `concierge worker` with the offline brain; FAQ questions
   posted one at a time; time from the POST to the reply reaching the fake
   Twilio: p50/p95.

Redis is a private `redis-server` (AOF, fsync every second, as the docs advise)
on a free port; the fake Twilio runs in this process.

    .venv/bin/python bench/ingest.py [--requests 4000] [--e2e 40]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.fakes import twilio as fake_twilio  # noqa: E402
from tests.fakes.server import free_port  # noqa: E402

SHARED = Path(os.environ.get("CONCIERGE_SHARED_DIR") or REPO.parent / "shared")
PUBLIC = "https://hub.example.com"
CLIENTS = 32

BARE_APP = """
import sys, uvicorn

async def app(scope, receive, send):
    if scope["type"] != "http":
        return
    while (await receive()).get("more_body"):
        pass
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/plain")]})
    await send({"type": "http.response.body", "body": b"ok"})

uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="info")
"""


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def wait_http(url: str, timeout: float = 120, every: float = 0.2) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=2).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(every)
    raise RuntimeError(f"{url} did not come up")


def cpu_seconds(pid: int) -> float:
    """User + system CPU a process has used (a busy machine stretches wall time, not this)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mb(pid: int) -> int:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(next(line for line in status.splitlines() if line.startswith("VmRSS")).split()[1]) // 1024


def signed_requests(count: int, prefix: str) -> list[tuple[dict[str, str], str]]:
    """`count` distinct SMS webhooks from 500 guests, signed in advance (the client's cost is not the hub's)."""
    requests = []
    for i in range(count):
        params = fake_twilio.inbound_params(f"+1415{5550000 + i % 500:07d}", fake_twilio.SMS_NUMBER,
                                            "Is breakfast included?", sid=f"SM{prefix}{i:030d}")
        requests.append((params, fake_twilio.signature(PUBLIC + "/webhooks/twilio", params)))
    return requests


async def hammer(url: str, requests: list[tuple[dict[str, str], str]], clients: int = CLIENTS,
                 ) -> tuple[float, list[float], int]:
    """Post every request with `clients` concurrent clients; returns (seconds, latencies, non-2xx count)."""
    latencies: list[float] = []
    failures = 0
    queue: asyncio.Queue = asyncio.Queue()
    for item in requests:
        queue.put_nowait(item)

    async def client() -> None:
        nonlocal failures
        async with httpx.AsyncClient(timeout=30) as http:
            while not queue.empty():
                params, signature = queue.get_nowait()
                started = time.perf_counter()
                answer = await http.post(url, data=params, headers={"X-Twilio-Signature": signature})
                latencies.append(time.perf_counter() - started)
                failures += answer.status_code >= 300

    started = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(clients)))
    return time.perf_counter() - started, latencies, failures


def report(name: str, seconds: float, latencies: list[float], failures: int) -> float:
    rate = len(latencies) / seconds
    print(f"  {name:<34} {rate:8.0f} req/s   p50 {percentile(latencies, 50) * 1000:6.1f} ms   "
          f"p99 {percentile(latencies, 99) * 1000:6.1f} ms   non-2xx {failures}")
    return rate


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=4000, help="webhooks per ingest run")
    parser.add_argument("--e2e", type=int, default=40, help="FAQ messages timed end to end")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="bench-ingest-"))
    processes: list[subprocess.Popen] = []
    redis_port, serve_port, bare_port = free_port(), free_port(), free_port()
    processes.append(subprocess.Popen([shutil.which("redis-server"), "--port", str(redis_port), "--save", "",
                                       "--appendonly", "yes", "--appendfsync", "everysec", "--dir", str(work)],
                                      stdout=subprocess.DEVNULL))
    with fake_twilio.running_fake() as twilio:
        env = {**os.environ, "REDIS_URL": f"redis://127.0.0.1:{redis_port}/0",
               "DATABASE_URL": f"sqlite:///{work / 'hub.db'}", "HOTELS_DIR": str(SHARED / "hotels"),
               "DEFAULT_HOTEL": "harbor-view", "PUBLIC_BASE_URL": PUBLIC, "SECRET_KEY": "bench-secret",
               "TWILIO_ACCOUNT_SID": fake_twilio.ACCOUNT_SID, "TWILIO_AUTH_TOKEN": fake_twilio.AUTH_TOKEN,
               "TWILIO_SMS_NUMBER": fake_twilio.SMS_NUMBER, "TWILIO_API_BASE": twilio.base,
               "GUEST_RATE_LIMIT_PER_MINUTE": "1000000"}
        concierge = str(Path(sys.executable).with_name("concierge"))
        logs = (work / "processes.log").open("ab")
        try:
            def start_serve() -> tuple[subprocess.Popen, float]:
                """`concierge serve` as an operator starts it; seconds until `/readyz` answers 200."""
                started = time.monotonic()
                process = subprocess.Popen([concierge, "serve", "--host", "127.0.0.1", "--port", str(serve_port)],
                                           env=env, cwd=work, stdout=logs, stderr=subprocess.STDOUT)
                processes.append(process)
                wait_http(f"http://127.0.0.1:{serve_port}/readyz", every=0.02)
                return process, time.monotonic() - started

            # The first start creates the schema; every later one (a deploy, a crash) finds it at head.
            first, first_seconds = start_serve()
            first_cpu = cpu_seconds(first.pid)
            first.terminate()
            first.wait()
            serve, seconds = start_serve()
            print(f"Web process: cold start to /readyz {seconds:.2f} s ({cpu_seconds(serve.pid):.2f} s of CPU), "
                  f"{rss_mb(serve.pid)} MB RSS; on a fresh database (creating the schema) {first_seconds:.2f} s "
                  f"({first_cpu:.2f} s of CPU); load average {os.getloadavg()[0]:.1f}")
            processes.append(subprocess.Popen([sys.executable, "-c", BARE_APP, str(bare_port)], stdout=logs,
                                              stderr=subprocess.STDOUT))
            wait_http(f"http://127.0.0.1:{bare_port}/")

            print(f"Ingest: {args.requests} signed Twilio webhooks, {CLIENTS} concurrent clients, "
                  f"{os.cpu_count()} CPUs (clients, server and Redis share them)")
            asyncio.run(hammer(f"http://127.0.0.1:{serve_port}/webhooks/twilio", signed_requests(200, "W")))
            cpu = cpu_seconds(serve.pid)
            hub = report("concierge serve (Redis, verify+enqueue)",
                         *asyncio.run(hammer(f"http://127.0.0.1:{serve_port}/webhooks/twilio",
                                             signed_requests(args.requests, "A"))))
            print(f"  web process: {(cpu_seconds(serve.pid) - cpu) / args.requests * 1000:.2f} ms of CPU per webhook, "
                  f"{rss_mb(serve.pid)} MB RSS after {args.requests + 200}")
            bare = report("bare ASGI app answering 200",
                          *asyncio.run(hammer(f"http://127.0.0.1:{bare_port}/", signed_requests(args.requests, "B"))))
            print(f"  ratio: the hub acknowledges at {hub / bare:.0%} of the bare endpoint's rate")
            print("One client, one webhook at a time (the ack latency a provider sees on a quiet hub):")
            report("concierge serve (Redis, verify+enqueue)",
                   *asyncio.run(hammer(f"http://127.0.0.1:{serve_port}/webhooks/twilio",
                                       signed_requests(300, "C"), clients=1)))
            report("bare ASGI app answering 200",
                   *asyncio.run(hammer(f"http://127.0.0.1:{bare_port}/", signed_requests(300, "D"), clients=1)))

            end_to_end(env, concierge, logs, work, serve_port, twilio, processes, args.e2e)
        finally:
            for process in reversed(processes):
                process.kill()
                process.wait()
    shutil.rmtree(work, ignore_errors=True)


def end_to_end(env, concierge, logs, work, serve_port, twilio, processes, count) -> None:
    import redis

    redis.Redis.from_url(env["REDIS_URL"]).flushall()   # the ingest run's jobs are not this run's
    processes.append(subprocess.Popen([concierge, "worker"], env=env, cwd=work, stdout=logs, stderr=subprocess.STDOUT))
    items = yaml.safe_load((SHARED / "hotels" / "harbor-view" / "questions.yaml").read_text())["questions"]
    faq = [item["text"] for item in items if item.get("kind") == "faq" and item.get("lang", "en") == "en"]
    url = f"http://127.0.0.1:{serve_port}/webhooks/twilio"

    def ask(i: int, text: str) -> float:
        """Seconds from the POST to the first reply to this guest (a long SMS reply has several parts)."""
        guest = f"+1415777{i:04d}"
        params = fake_twilio.inbound_params(guest, fake_twilio.SMS_NUMBER, text, sid=f"SME2E{i:029d}")
        started = time.monotonic()
        answer = httpx.post(url, data=params, headers={
            "X-Twilio-Signature": fake_twilio.signature(PUBLIC + "/webhooks/twilio", params)})
        assert answer.status_code == 200, answer.text
        while True:
            index = next((j for j, sent in enumerate(list(twilio.sent)) if sent["To"] == guest), None)
            if index is not None:
                return twilio.arrived[index] - started
            if time.monotonic() > started + 120:
                raise RuntimeError("no reply within 120 s; see the processes log in " + str(work))
            time.sleep(0.001)

    for i in range(3):   # the worker's first turns load the language detector and the KB
        ask(9000 + i, faq[i % len(faq)])
    timings = [ask(i, faq[i % len(faq)]) for i in range(count)]
    print(f"End to end: webhook → reply at the fake Twilio, {count} FAQ messages one at a time, offline brain, "
          f"one worker")
    print(f"  p50 {percentile(timings, 50) * 1000:.0f} ms   p95 {percentile(timings, 95) * 1000:.0f} ms   "
          f"mean {statistics.mean(timings) * 1000:.0f} ms")
    first = twilio.bodies_to("+14157770000")[0]
    print(f"  e.g. {faq[0]!r} → {first[:100]!r}")


if __name__ == "__main__":
    main()
