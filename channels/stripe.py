"""`POST /webhooks/stripe`: Stripe's events about deposit links, verified by the SDK, handled in a job.

A forged or stale request (bad `Stripe-Signature`, or older than the
tolerance) gets 400 and changes nothing; a redelivered event, or one of a type
the hub does not act on, gets 200 and is not queued. The work (confirm, release, tell the guest and the front
desk) happens in `jobs.payments`.
"""

from __future__ import annotations

import logging

import stripe
from fastapi import APIRouter, Header, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from agent.runtime import Runtime
from jobs.payments import accept_event

log = logging.getLogger(__name__)

router = APIRouter()

# Seconds a signed event stays acceptable: Stripe's own default, which also bounds replays.
TOLERANCE_SECONDS = 300


@router.post("/webhooks/stripe")
async def webhook(request: Request, signature: str | None = Header(default=None, alias="Stripe-Signature")
                  ) -> JSONResponse:
    runtime: Runtime = request.app.state.runtime
    secret = runtime.settings.stripe_webhook_secret
    if not secret:
        log.warning("Stripe webhook refused: STRIPE_WEBHOOK_SECRET is not set")
    try:
        event = stripe.Webhook.construct_event(await request.body(), signature, secret, TOLERANCE_SECONDS)
    except stripe.SignatureVerificationError:
        return JSONResponse({"error": "invalid or expired Stripe-Signature"}, status_code=400)
    except ValueError:
        return JSONResponse({"error": "not a Stripe event"}, status_code=400)
    try:
        queued = await run_in_threadpool(accept_event, event.to_dict(for_json=True))
    except Exception:
        # Not acknowledged, so Stripe delivers the event again once we are back.
        log.exception("could not accept Stripe event %s", event.id)
        return JSONResponse({"error": "temporarily unavailable"}, status_code=503)
    return JSONResponse({"received": True, "queued": queued})
