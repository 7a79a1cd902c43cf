"""The ASGI app of `concierge serve`: webhooks, `/api/chat`, media, health.

Routes stay thin: verify, parse, hand over, answer. `webhooks` builds each
channel's router with the job layer's intake (dedupe, enqueue); the work
happens in `jobs/` (in-process in embedded mode, RQ workers otherwise).
"""

from __future__ import annotations

import logging
import threading
from contextlib import asynccontextmanager
from functools import partial

from fastapi import APIRouter, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from agent.runtime import Runtime
from channels import slack, stripe, telegram, twilio, whatsapp
from hub import console, media, ops, pay, webchat
from hub.api import ApiError, api_error_response, concierge
from hub.api import router as api_router
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

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        if warm and runtime.settings.embedded and not runtime.ready.is_set():
            threading.Thread(target=lambda: (runtime.warm(), concierge(app)), name="warm-models", daemon=True).start()
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

    app.include_router(api_router)
    for routes in webhooks(runtime).values():
        app.include_router(routes)
    for routes in (media, pay, ops):   # media, demo checkout, health and metrics
        app.include_router(routes.router)
    console.install(app)        # /console: staff inbox (login, CSRF, live)
    webchat.install(app)        # /widget.js and /webchat/…: the website's chat widget
    return app


def webhooks(runtime: Runtime) -> dict[str, APIRouter]:
    """Each channel's router, handed the job layer's intake: the one place channels meet jobs."""
    messages, receipts = partial(ingest, runtime), partial(accept_receipts, runtime)
    return {"telegram": telegram.router(runtime, messages),
            "twilio": twilio.router(runtime, messages, receipts),
            "whatsapp": whatsapp.router(runtime, messages, receipts),
            "slack": slack.router(runtime, partial(accept_staff_event, runtime)),
            "stripe": stripe.router(runtime, partial(accept_stripe_event, runtime))}
