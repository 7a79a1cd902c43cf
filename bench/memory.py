"""Memory of each process kind after warm-up: real `concierge worker` processes, measured from outside.

Starts a private Redis, then one `concierge worker --queues Q` per kind asked for,
on the reference hotel with a fresh SQLite database, waits until each has
registered with RQ (it warms its models before that), lets them settle, and
prints RSS, PSS and USS per process: the worker itself, and apart its RQ
scheduler (a fork that shares the worker's pages, which is why PSS, not summed
RSS, says what a machine pays for both). With `--turns N`, N guest messages
(web chat, several languages) then go through the real intake to the workers,
and each is measured again once the queues are empty.

    .venv/bin/python bench/memory.py [--kinds inbound,outbound "outbound,inbound,default,media"] [--turns 200]
    .venv/bin/python bench/memory.py --repo /tmp/old-checkout    # the same measure of other code
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil
import redis

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CONCIERGE_SHARED_DIR") or REPO.parent / "shared")
EMBEDDINGS = Path(tempfile.gettempdir()) / "concierge-bench-embeddings"   # kept between runs, as in production
CONCIERGE = "from hub.cli import main; main()"
# Guest messages for --turns, in the nine languages: questions, requests, a complaint, small talk.
MESSAGES = ("What time does breakfast start?", "Can I get two extra towels to my room?", "Is there parking?",
            "¿A qué hora cierra la piscina?", "Le wifi ne marche pas dans ma chambre", "Gibt es einen Fitnessraum?",
            "Во сколько выезд?", "可以寄存行李吗？", "チェックインは何時からですか？", "공항 셔틀 있나요?",
            "هل الفطور مشمول؟", "thx!", "The air conditioning is too loud", "Any good seafood places nearby?")


def mib(n: int) -> str:
    return f"{n / 2**20:.0f}"


def measure(process: psutil.Process) -> str:
    memory = process.memory_full_info()
    return f"rss {mib(memory.rss)} MB, pss {mib(memory.pss)} MB, uss {mib(memory.uss)} MB"


def report(workers: dict[str, psutil.Popen], when: str) -> None:
    print(f"  {when}:", flush=True)
    for kind, worker in workers.items():
        print(f"    worker --queues {kind}: {measure(worker)}", flush=True)
        for child in worker.children(recursive=True):
            print(f"      its child {child.pid} (RQ's scheduler): {measure(child)}")


def send(env: dict[str, str], turns: int) -> None:
    """`turns` web-chat messages from 20 guests, through the intake the web process uses."""
    os.environ.update(env)
    sys.path.insert(0, env["PYTHONPATH"])
    from agent.runtime import Runtime
    from core.messages import Channel, InboundMessage
    from core.settings import load_settings
    from jobs.intake import ingest

    runtime = Runtime(load_settings())
    messages = [InboundMessage(hotel_id="harbor-view", channel=Channel.WEB, sender=f"guest-{i % 20}",
                               provider_id=f"bench-{i}", text=text)
                for i, text in zip(range(turns), itertools.cycle(MESSAGES), strict=False)]
    asyncio.run(ingest(runtime, messages))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kinds", nargs="+", default=["inbound,outbound", "outbound,inbound,default,media"],
                        help="one `--queues` value per worker")
    parser.add_argument("--redis-port", type=int, default=8829)
    parser.add_argument("--settle", type=float, default=5.0, help="seconds after every worker registered")
    parser.add_argument("--turns", type=int, default=0, help="guest messages sent after warm-up, then measure again")
    parser.add_argument("--repo", default=str(REPO), help="the checkout whose `concierge` runs")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="bench-memory-"))
    code = Path(args.repo).resolve()
    env = {**os.environ, "PYTHONPATH": str(code), "REDIS_URL": f"redis://127.0.0.1:{args.redis_port}/0",
           "DATABASE_URL": f"sqlite:///{work / 'hub.db'}", "HOTELS_DIR": str(SHARED / "hotels"),
           "DEFAULT_HOTEL": "harbor-view", "SECRET_KEY": "bench-secret", "EMBEDDING_CACHE_DIR": str(EMBEDDINGS),
           "LLM_MODEL": ""}
    spawned: list[psutil.Popen] = []
    try:
        spawned.append(psutil.Popen([shutil.which("redis-server"), "--port", str(args.redis_port), "--save", "",
                                     "--appendonly", "no", "--dir", str(work)], stdout=subprocess.DEVNULL))
        client = redis.Redis(port=args.redis_port)
        time.sleep(0.5)
        subprocess.run([sys.executable, "-c", CONCIERGE, "migrate"], cwd=work, env=env, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        workers = {}
        with (work / "workers.log").open("ab") as log:
            for kind in args.kinds:   # one at a time: each start has the CPU, as at a real deploy
                started = time.monotonic()
                workers[kind] = psutil.Popen([sys.executable, "-c", CONCIERGE, "worker", "--queues", kind],
                                             cwd=work, env=env, stdout=log, stderr=subprocess.STDOUT)
                spawned.append(workers[kind])
                while client.scard("rq:workers") < len(workers):
                    if workers[kind].poll() is not None or time.monotonic() > started + 300:
                        raise RuntimeError(f"worker {kind} did not start; see {work / 'workers.log'}")
                    time.sleep(0.05)
                print(f"worker --queues {kind}: listening after {time.monotonic() - started:.1f} s")
        time.sleep(args.settle)
        print(f"bench/memory.py: code {code}, load average {os.getloadavg()[0]:.1f}")
        report(workers, "after warm-up")
        if args.turns:
            started = time.monotonic()
            send(env, args.turns)
            served = {name for kind in args.kinds for name in kind.split(",")}
            while any(client.llen(f"rq:queue:{name}") or client.zcard(f"rq:wip:{name}") for name in served):
                time.sleep(0.2)
            time.sleep(args.settle)
            report(workers, f"after {args.turns} turns ({time.monotonic() - started:.0f} s)")
    finally:
        for process in reversed(spawned):
            for child in process.children(recursive=True):
                child.kill()
            process.kill()
            process.wait(10)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
