"""The ASGI app of `concierge serve`: webhooks, `/api/chat`, media, health.

Routes stay thin: verify, parse, dedupe, enqueue, answer. The work happens in
`jobs/` (in-process in embedded mode, RQ workers otherwise).
"""

from __future__ import annotations

import logging
import threading
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from starlette.exceptions import HTTPException as StarletteHTTPException

from agent.concierge import Concierge
from agent.runtime import Runtime
from channels import slack, stripe, telegram, twilio, whatsapp
from hub import media, pay
from hub.api import ApiError, api_error_response
from hub.api import router as api_router
from jobs import context

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


def create_app(runtime: Runtime, warm: bool = True) -> FastAPI:
    """The app for `runtime`. Models load in the background; `/readyz` says when they're in."""
    context.set_runtime(runtime)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        if warm and not runtime.ready.is_set():
            threading.Thread(target=runtime.warm, name="warm-models", daemon=True).start()
        yield

    app = FastAPI(title="Concierge Hub", lifespan=lifespan)
    app.state.runtime = runtime
    app.state.concierge = Concierge.for_runtime(runtime)
    app.add_middleware(BodyLimit, max_bytes=runtime.settings.max_body_bytes)
    app.add_exception_handler(ApiError, api_error_response)

    @app.exception_handler(RequestValidationError)
    async def bad_request(_request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "body")
        return JSONResponse({"error": f"{where or 'body'}: {first.get('msg', 'invalid request')}"}, status_code=400)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse({"error": str(exc.detail)}, status_code=exc.status_code)

    @app.get("/healthz")
    async def healthz() -> dict:
        return {"status": "ok", "embedded": runtime.settings.embedded}

    @app.get("/readyz")
    async def readyz() -> Response:
        if not runtime.ready.is_set():
            return JSONResponse({"status": "loading models"}, status_code=503)
        return JSONResponse({"status": "ready"})

    @app.get("/metrics")
    async def metrics() -> Response:
        return PlainTextResponse(generate_latest(), media_type=CONTENT_TYPE_LATEST)

    app.include_router(api_router)
    for routes in (telegram, twilio, whatsapp, slack, stripe, media, pay):   # webhooks, media, demo checkout
        app.include_router(routes.router)
    return app
