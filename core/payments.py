"""Deposit links: the gateway that turns a held reservation into a checkout page.

Stripe Checkout when `STRIPE_SECRET_KEY` is set; else, in embedded mode or with
`PAYMENTS_DEMO=1`, a clearly labelled test checkout served by this hub
(`/pay/{token}`), so the whole booking flow works offline; else none: payments
are off and the concierge sends guests to the front desk. Never Stripe and the
demo together.
The amount is always computed by the caller from the hotel's rates; a gateway
only carries it.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Protocol

from core.settings import Settings

# How long a room is held while its deposit link is open. Stripe accepts 30 minutes to 24 hours.
HOLD_MINUTES = 60

# Stripe's own unit table (docs.stripe.com/currencies): amounts are integers in these units.
STRIPE_ZERO_DECIMAL = frozenset({"BIF", "CLP", "DJF", "GNF", "JPY", "KMF", "KRW", "MGA", "PYG", "RWF", "UGX",
                                 "VND", "VUV", "XAF", "XOF", "XPF"})
STRIPE_THREE_DECIMAL = frozenset({"BHD", "JOD", "KWD", "OMR", "TND"})


def stripe_amount(amount: Decimal, currency: str) -> int:
    """Stripe's integer `unit_amount` for an exact amount in major units (113.40 USD -> 11340, 10800 JPY -> 10800).

    Stripe's units are its own: ISK stays two-decimal there (whole krónur, x100)
    and the dinars are three-decimal. An amount Stripe cannot express is refused
    rather than rounded: rounding money is the caller's decision.
    """
    code = currency.upper()
    exponent = 0 if code in STRIPE_ZERO_DECIMAL else 3 if code in STRIPE_THREE_DECIMAL else 2
    units = amount.scaleb(exponent)
    if units != units.to_integral_value():
        raise ValueError(f"{amount} {code} has more decimals than Stripe charges in {code}")
    return int(units)


@dataclass(frozen=True)
class CheckoutRequest:
    """One deposit to collect. `idempotency_key` makes a retried request return the same session."""

    amount: Decimal                     # exact, in major units of `currency`
    currency: str
    title: str
    reference: str                      # the reservation code, shown to staff in Stripe's dashboard
    idempotency_key: str
    expires_at: dt.datetime
    metadata: dict[str, str] = field(default_factory=dict)
    customer_email: str | None = None
    language: str = "en"


@dataclass(frozen=True)
class CheckoutSession:
    id: str
    url: str


class PaymentGatewayError(RuntimeError):
    """The provider could not make the link now; the same request may be retried (same idempotency key)."""


class PaymentGateway(Protocol):
    provider: str            # "stripe" | "demo", stored on the Payment

    def create_checkout(self, request: CheckoutRequest) -> CheckoutSession: ...


class StripeGateway:
    """Stripe Checkout Sessions through the official SDK, reached at `STRIPE_API_BASE`."""

    provider = "stripe"

    def __init__(self, secret_key: str, api_base: str, public_base_url: str, timeout_seconds: float = 10):
        import stripe  # ~0.8 s to import: only a process that takes payments pays it

        self.client = stripe.StripeClient(secret_key, base_addresses={"api": api_base}, max_network_retries=2,
                                          http_client=stripe.RequestsClient(timeout=timeout_seconds))
        self.errors = stripe.StripeError
        self.public_base_url = public_base_url

    def create_checkout(self, request: CheckoutRequest) -> CheckoutSession:
        params = {
            "mode": "payment",
            "line_items": [{"quantity": 1, "price_data": {
                "currency": request.currency.lower(),
                "unit_amount": stripe_amount(request.amount, request.currency),
                "product_data": {"name": request.title},
            }}],
            "metadata": request.metadata,
            "payment_intent_data": {"metadata": request.metadata, "description": request.title},
            "client_reference_id": request.reference,
            "expires_at": int(request.expires_at.timestamp()),
            "success_url": f"{self.public_base_url}/pay/thanks?lang={request.language}",
        }
        if request.customer_email:
            params["customer_email"] = request.customer_email
        try:
            session = self.client.v1.checkout.sessions.create(params, {"idempotency_key": request.idempotency_key})
        except self.errors as exc:
            raise PaymentGatewayError(f"Stripe: {exc.user_message or exc}") from exc
        return CheckoutSession(id=session.id, url=session.url)


class DemoGateway:
    """The offline stand-in: an unguessable token per payment, paid or cancelled on this hub's `/pay/{token}`.

    The token is random and stored with the Payment (the page looks it up), so
    it cannot be forged and a repeated request reuses the stored link.
    """

    provider = "demo"

    def __init__(self, public_base_url: str):
        self.public_base_url = public_base_url

    def create_checkout(self, request: CheckoutRequest) -> CheckoutSession:
        token = secrets.token_hex(24)  # hex: letters a reader (or a language detector) never takes for words
        return CheckoutSession(id=token, url=f"{self.public_base_url}/pay/{token}")


def make_gateway(settings: Settings) -> PaymentGateway | None:
    """Stripe, the demo checkout, or None (payments off)."""
    if settings.stripe_secret_key:
        return StripeGateway(settings.stripe_secret_key, settings.stripe_api_base, settings.public_base_url)
    if settings.demo_checkout:
        return DemoGateway(settings.public_base_url)
    return None
