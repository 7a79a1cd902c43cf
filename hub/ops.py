"""What operators look at: `/healthz`, `/readyz`, `/metrics`, and every request counted, timed and logged.

`/readyz` asks the database and Redis (each within a timeout, so a hung
dependency answers 503 instead of hanging the probe) and reports the models:
a web process on Redis needs none to acknowledge webhooks (`/api/chat` loads
them on first use), so it is ready as soon as its stores answer; in embedded
mode the same process runs the turns and is ready once they are loaded.

`/metrics` serves this process's registry, or every process's on this machine
when `PROMETHEUS_MULTIPROC_DIR` is set (`serve --workers N`, workers on the same
host): prometheus_client's multiprocess mode.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, CollectorRegistry, generate_latest, multiprocess
from sqlalchemy import text

from agent.runtime import Runtime
from core.metrics import HTTP_REQUESTS, HTTP_SECONDS

log = logging.getLogger(__name__)

router = APIRouter()
SLOW_REQUEST_SECONDS = 1.0


def metrics_registry(multiproc_dir: object | None) -> CollectorRegistry:
    """This process's metrics, or all processes' on this host in multiprocess mode."""
    if not multiproc_dir:
        return REGISTRY
    registry = CollectorRegistry()
    multiprocess.MultiProcessCollector(registry)
    return registry


@router.get("/healthz")
async def healthz(request: Request) -> dict:
    return {"status": "ok", "embedded": request.app.state.runtime.settings.embedded}


@router.get("/readyz")
async def readyz(request: Request) -> Response:
    rt: Runtime = request.app.state.runtime
    checks = {"database": lambda: _ping_database(rt)}
    if not rt.settings.embedded:
        checks["redis"] = rt.state.ping
    timeout = rt.settings.readiness_timeout_seconds
    results = dict(zip(checks, await asyncio.gather(*(_check(f, timeout) for f in checks.values())), strict=True))
    models = rt.models()
    ready = (all(r == "ok" for r in results.values())
             and not any(state.startswith("failed") for state in models.values())
             and (not rt.settings.embedded or rt.ready.is_set()))
    return JSONResponse({"status": "ready" if ready else "not ready", "checks": results, "models": models},
                        status_code=200 if ready else 503)


@router.get("/metrics")
async def metrics(request: Request) -> Response:
    registry = metrics_registry(request.app.state.runtime.settings.prometheus_multiproc_dir)
    return PlainTextResponse(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)


def _ping_database(rt: Runtime) -> None:
    with rt.db.engine.connect() as connection:
        connection.execute(text("SELECT 1"))


async def _check(probe: Callable[[], object], timeout: float) -> str:
    try:
        await asyncio.wait_for(asyncio.to_thread(probe), timeout)
    except TimeoutError:
        return f"no answer within {timeout:g} s"
    except Exception as exc:   # any failure is "not ready", said in one line
        return f"{exc.__class__.__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"[:300]
    return "ok"


class RequestMetrics:
    """Counts and times each HTTP request by route template (not raw path: ids would explode the series).

    Logs a line only for refused, failed and slow requests: the counters carry the rest, and a line per webhook
    would cost the acknowledgement more than the work it does.
    """

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = time.perf_counter()
        status = 500

        async def send_status(message):
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_status)
        finally:
            route = getattr(scope.get("route"), "path", "unmatched")
            seconds = time.perf_counter() - started
            HTTP_REQUESTS.labels(scope["method"], route, str(status)).inc()
            HTTP_SECONDS.labels(scope["method"], route).observe(seconds)
            if status >= 400 or seconds > SLOW_REQUEST_SECONDS:
                level = logging.WARNING if status >= 500 or seconds > SLOW_REQUEST_SECONDS else logging.INFO
                log.log(level, "http request", extra={"method": scope["method"], "route": route, "status": status,
                                                      "latency_ms": round(seconds * 1000, 1)})
