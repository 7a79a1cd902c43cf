"""`POST /webhooks/stripe`: Stripe's events about deposit links, verified by the SDK, handled in a job.

A forged or stale request (bad `Stripe-Signature`, or older than the
tolerance) gets 400 and changes nothing; a redelivered event, or one of a type
the hub does not act on, gets 200 and is not queued; one that cannot be queued
gets 503 (Stripe retries). The work (confirm, release, tell the guest and the
front desk) happens in the job `accept` queues (`jobs.payments`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import stripe
from fastapi import APIRouter, Header, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from agent.runtime import Runtime
from channels.base import webhook

log = logging.getLogger(__name__)

# Seconds a signed event stays acceptable: Stripe's own default, which also bounds replays.
TOLERANCE_SECONDS = 300

AcceptEvent = Callable[[dict[str, Any]], bool]   # a verified event → whether it was queued (new and acted on)


def router(rt: Runtime, accept: AcceptEvent) -> APIRouter:
    """`POST /webhooks/stripe`, handing each verified event to `accept`."""
    routes = APIRouter()

    @routes.post("/webhooks/stripe")
    @webhook
    async def receive(request: Request, signature: str | None = Header(default=None, alias="Stripe-Signature")
                      ) -> JSONResponse:
        secret = rt.settings.stripe_webhook_secret
        if not secret:
            log.warning("Stripe webhook refused: STRIPE_WEBHOOK_SECRET is not set")
        try:
            event = stripe.Webhook.construct_event(await request.body(), signature, secret, TOLERANCE_SECONDS)
        except stripe.SignatureVerificationError:
            return JSONResponse({"error": "invalid or expired Stripe-Signature"}, status_code=400)
        except ValueError:
            return JSONResponse({"error": "not a Stripe event"}, status_code=400)
        event = event.to_dict(for_json=True)
        problem = _malformed(event)
        if problem:   # signed, so Stripe's (or a test's) mistake: retrying would not mend it
            return JSONResponse({"error": f"not a usable Stripe event: {problem}"}, status_code=400)
        queued = await run_in_threadpool(accept, event)
        return JSONResponse({"received": True, "queued": queued})

    return routes


def _malformed(event: dict[str, Any]) -> str | None:
    """What makes a verified event unusable by the jobs: no id to dedupe by, or no object to act on."""
    if not isinstance(event.get("id"), str) or not event["id"]:
        return "no id"
    if not isinstance(event.get("type"), str):
        return "no type"
    data = event.get("data")
    target = data.get("object") if isinstance(data, dict) else None
    if not isinstance(target, dict) or not isinstance(target.get("id"), str):
        return "no data.object with an id"
    return None
