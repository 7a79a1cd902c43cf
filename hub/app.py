"""The ASGI app of `concierge serve`: webhooks, `/api/chat`, media, health.

Routes stay thin: verify, parse, hand over, answer. `webhooks` builds each
channel's router with the job layer's intake (dedupe, enqueue); the work
happens in `jobs/` (in-process in embedded mode, RQ workers otherwise).
Health, media and the webhooks a process can accept are there from the start;
the rest (console, chat API, web chat, checkout, webhooks whose secrets are not
set) is imported at its first request (`hub.deferred`), so a process that only
acknowledges webhooks starts in a fraction of the time and memory.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from contextlib import asynccontextmanager
from functools import partial
from importlib import import_module
from typing import Any

from fastapi import APIRouter, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from agent.runtime import Runtime
from channels import missing_settings
from hub import console, media, ops
from hub.deferred import DeferredRoutes, RouteGroup, defer, included
from hub.errors import ApiError, api_error_response
from jobs import context
from jobs.intake import accept_receipts, accept_staff_event, accept_stripe_event, ingest

log = logging.getLogger(__name__)



class BodyLimit:
    """Refuse bodies over the limit with 413 before reading them into memory."""

    def __init__(self, app, max_bytes: int):
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.max_bytes:
            response = JSONResponse({"error": f"request body over {self.max_bytes} bytes"}, status_code=413)
            return await response(scope, receive, send)
        seen = 0

        async def limited_receive():
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_bytes:
                raise ApiError(413, f"request body over {self.max_bytes} bytes")
            return message

        return await self.app(scope, limited_receive, send)


def from_environment() -> FastAPI:
    """The app built from settings: what each process of `concierge serve --workers N` runs."""
    from core.logs import configure
    from core.settings import load_settings

    settings = load_settings()
    configure(settings.log_level, settings.log_format)
    return create_app(Runtime(settings))


def create_app(runtime: Runtime, warm: bool = True) -> FastAPI:
    """The app for `runtime`.

    In embedded mode this process runs the turns: models load in the background and `/readyz` waits
    for them. On Redis it only acknowledges webhooks (workers run the turns), so it loads no model
    until `/api/chat` needs one.
    """
    context.set_runtime(runtime)

    def warm_models() -> None:
        from hub.api import concierge

        runtime.warm()
        concierge(app)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        if warm and runtime.settings.embedded and not runtime.ready.is_set():
            threading.Thread(target=warm_models, name="warm-models", daemon=True).start()
        yield

    app = FastAPI(title="Concierge Hub", lifespan=lifespan)
    app.state.runtime = runtime
    app.state.concierge = None   # built at the first /api/chat (hub.api.concierge)
    app.add_middleware(BodyLimit, max_bytes=runtime.settings.max_body_bytes)
    app.add_middleware(ops.RequestMetrics)
    app.add_exception_handler(ApiError, api_error_response)

    @app.exception_handler(RequestValidationError)
    async def bad_request(_request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "body")
        return JSONResponse({"error": f"{where or 'body'}: {first.get('msg', 'invalid request')}"}, status_code=400)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse({"error": str(exc.detail)}, status_code=exc.status_code)

    for route in (media, ops):   # media and health: from the start
        app.include_router(route.router)
    for name, (prefix, build) in _webhooks(runtime).items():
        if missing_settings(runtime.settings, f"channels.{name}"):   # it refuses every request: built if one comes
            defer(app, (prefix,), lambda build=build: RouteGroup(included(app, build())))
        else:
            app.include_router(build())
    defer(app, ("/api",), lambda: RouteGroup(included(app, import_module("hub.api").router)))   # /api/chat
    defer(app, ("/pay",), lambda: RouteGroup(included(app, import_module("hub.pay").router)))   # the demo checkout
    defer(app, ("/widget.js", "/webchat"), lambda: _webchat(app))   # the website's chat widget
    console.install(app)        # /console: staff inbox (login, CSRF, live)
    app.openapi = partial(_schema, app)
    return app


def _webchat(app: FastAPI) -> RouteGroup:
    from hub import webchat

    return RouteGroup(included(app, webchat.router), {webchat.WebChatError: webchat.error_response})


def _schema(app: FastAPI) -> dict[str, Any]:
    """The OpenAPI schema of every route, deferred ones too (built for it)."""
    if app.openapi_schema is None:
        routes = [r for route in app.routes
                  for r in (route.load().router.routes if isinstance(route, DeferredRoutes) else [route])]
        app.openapi_schema = get_openapi(title=app.title, version=app.version, routes=routes)
    return app.openapi_schema


def _webhooks(runtime: Runtime) -> dict[str, tuple[str, Callable[[], APIRouter]]]:
    """Each channel's path and how its router is built, handed the job layer's intake: where channels meet jobs."""
    messages, receipts = partial(ingest, runtime), partial(accept_receipts, runtime)
    return {"telegram": ("/webhooks/telegram", lambda: import_module("channels.telegram").router(runtime, messages)),
            "twilio": ("/webhooks/twilio",
                       lambda: import_module("channels.twilio").router(runtime, messages, receipts)),
            "whatsapp": ("/webhooks/whatsapp",
                         lambda: import_module("channels.whatsapp").router(runtime, messages, receipts)),
            "slack": ("/slack/events",
                      lambda: import_module("channels.slack").router(runtime, partial(accept_staff_event, runtime))),
            "stripe": ("/webhooks/stripe",
                       lambda: import_module("channels.stripe").router(runtime, partial(accept_stripe_event, runtime)))}


def webhooks(runtime: Runtime) -> dict[str, APIRouter]:
    """Each channel's router, built now."""
    return {name: build() for name, (_, build) in _webhooks(runtime).items()}
