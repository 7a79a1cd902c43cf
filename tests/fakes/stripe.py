"""A small fake of Stripe's API and webhooks, for real `stripe` SDK calls over localhost HTTP.

Serves `POST /v1/checkout/sessions` with Stripe's shapes: form-encoded nested
params, Bearer auth, and idempotency as Stripe does it (the same key with the
same params replays the first response; with other params, a 400
`idempotency_error`). Records every request, can be told to fail, and signs
events the way Stripe signs webhooks (`Stripe-Signature: t=…,v1=HMAC-SHA256`).
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from tests.fakes.server import serve_in_thread

SECRET_KEY = "sk_test_concierge"
WEBHOOK_SECRET = "whsec_test_concierge"


@dataclass
class Call:
    path: str
    form: dict[str, str]            # flat, as sent: "line_items[0][price_data][unit_amount]" -> "11340"
    idempotency_key: str | None
    status: int = 200
    replayed: bool = False


class FakeStripe:
    def __init__(self, secret_key: str = SECRET_KEY):
        self.secret_key = secret_key
        self.calls: list[Call] = []
        self.sessions: dict[str, dict[str, Any]] = {}
        self._by_key: dict[str, tuple[dict[str, str], dict[str, Any]]] = {}
        self._failures = 0
        self._should_retry = True
        self._ids = itertools.count(1)
        self._guard = threading.Lock()
        self.app = self._build()

    # --- what a test arranges ---------------------------------------------------------------

    def fail(self, times: int = 1, should_retry: bool = True) -> None:
        """The next `times` requests answer 500; the SDK retries them (same idempotency key) unless
        `should_retry` is False (Stripe's `Stripe-Should-Retry: false`)."""
        with self._guard:
            self._failures += times
            self._should_retry = should_retry

    # --- what a test asserts ------------------------------------------------------------------

    @property
    def created(self) -> list[Call]:
        """Requests that made a new session (not failures, not idempotent replays)."""
        return [c for c in self.calls if c.path == "/v1/checkout/sessions" and c.status == 200 and not c.replayed]

    # --- the API ------------------------------------------------------------------------------

    def _build(self) -> FastAPI:
        app = FastAPI()

        @app.post("/v1/checkout/sessions")
        async def create_session(request: Request) -> JSONResponse:
            if request.headers.get("authorization") != f"Bearer {self.secret_key}":
                return _error(401, "invalid_request_error", "Invalid API Key provided")
            form = dict(parse_qsl((await request.body()).decode(), keep_blank_values=True))
            key = request.headers.get("idempotency-key")
            with self._guard:
                call = Call("/v1/checkout/sessions", form, key)
                self.calls.append(call)
                if self._failures:
                    self._failures -= 1
                    call.status = 500
                    return _error(500, "api_error", "Something went wrong on Stripe's end.",
                                  {"Stripe-Should-Retry": str(self._should_retry).lower()})
                if key in self._by_key:
                    first_form, response = self._by_key[key]
                    if first_form != form:
                        call.status = 400
                        return _error(400, "idempotency_error",
                                      "Keys for idempotent requests can only be used with the same parameters "
                                      "they were first used with.")
                    call.replayed = True
                    return JSONResponse(response, headers={"Idempotent-Replayed": "true"})
                session = self._session(form)
                self.sessions[session["id"]] = session
                if key:
                    self._by_key[key] = (form, session)
            return JSONResponse(session)

        return app

    def _session(self, form: dict[str, str]) -> dict[str, Any]:
        session_id = f"cs_test_{next(self._ids):06d}"
        metadata = {k[len("metadata["):-1]: v for k, v in form.items() if k.startswith("metadata[")}
        return {
            "id": session_id, "object": "checkout.session", "mode": form.get("mode"), "status": "open",
            "payment_status": "unpaid", "url": f"https://checkout.stripe.com/c/pay/{session_id}",
            "amount_total": int(form["line_items[0][price_data][unit_amount]"]),
            "currency": form["line_items[0][price_data][currency]"], "metadata": metadata,
            "client_reference_id": form.get("client_reference_id"), "expires_at": int(form["expires_at"]),
            "success_url": form.get("success_url"), "customer_email": form.get("customer_email"),
        }

    # --- webhooks -----------------------------------------------------------------------------

    def event(self, event_type: str, session_id: str, **changes: Any) -> dict[str, Any]:
        """An event about one of the sessions made here, as Stripe would send it."""
        session = {**self.sessions[session_id], **changes}
        if event_type == "checkout.session.completed":
            session.update(status="complete", payment_status="paid")
        elif event_type == "checkout.session.expired":
            session.update(status="expired")
        return {"id": f"evt_test_{uuid.uuid4().hex[:24]}", "object": "event", "type": event_type,
                "created": int(time.time()), "livemode": False, "api_version": "2025-01-01",
                "data": {"object": session}}

    @contextmanager
    def running(self) -> Iterator[str]:
        with serve_in_thread(self.app) as base:
            yield base


def signed(event: dict[str, Any], secret: str = WEBHOOK_SECRET, timestamp: int | None = None) -> tuple[bytes, str]:
    """The body and `Stripe-Signature` header Stripe would send for `event`."""
    body = json.dumps(event).encode()
    timestamp = int(time.time()) if timestamp is None else timestamp
    signature = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return body, f"t={timestamp},v1={signature}"


def _error(status: int, kind: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": {"type": kind, "message": message}}, status_code=status, headers=headers)
