"""Memory of each process kind after warm-up: real `concierge worker` processes, measured from outside.

Starts a private Redis, then one `concierge worker --queues Q` per kind asked for,
on the reference hotel with a fresh SQLite database, waits until each has
registered with RQ (it warms its models before that), lets them settle, and
prints RSS, PSS and USS per process: the worker itself, and apart its RQ
scheduler (a fork that shares the worker's pages, which is why PSS, not summed
RSS, says what a machine pays for both).

    .venv/bin/python bench/memory.py [--kinds inbound,outbound "outbound,inbound,default,media"]
    .venv/bin/python bench/memory.py --repo /tmp/old-checkout    # the same measure of other code
"""

from __future__ import annotations

import argparse
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


def mib(n: int) -> str:
    return f"{n / 2**20:.0f}"


def measure(process: psutil.Process) -> str:
    memory = process.memory_full_info()
    return f"rss {mib(memory.rss)} MB, pss {mib(memory.pss)} MB, uss {mib(memory.uss)} MB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kinds", nargs="+", default=["inbound,outbound", "outbound,inbound,default,media"],
                        help="one `--queues` value per worker")
    parser.add_argument("--redis-port", type=int, default=8829)
    parser.add_argument("--settle", type=float, default=5.0, help="seconds after every worker registered")
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
        for kind, worker in workers.items():
            print(f"  worker --queues {kind}: {measure(worker)}")
            for child in worker.children(recursive=True):
                print(f"    its child {child.pid} ({' '.join(child.cmdline())[:40]}): {measure(child)}")
    finally:
        for process in reversed(spawned):
            for child in process.children(recursive=True):
                child.kill()
            process.kill()
            process.wait(10)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
