"""A guest books through `/api/chat` (the whole app, offline brain): availability, details, deposit link, paid."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from agent.runtime import Runtime
from core.settings import load_settings
from hub.app import create_app
from jobs import context
from tests.fakes.stripe import SECRET_KEY, WEBHOOK_SECRET, signed
from tests.test_payments import PUBLIC, fake_stripe, jobs

__all__ = ["fake_stripe", "jobs"]   # fixtures

API_KEY = "hotel-backend"   # the hotel's server vouches for the guest's phone (`sender`)
AUTH = {"Authorization": f"Bearer {API_KEY}"}
BOOKING = [
    "Hi, do you have a Standard Queen for 2 adults from 2027-03-10 to 2027-03-12?",
    "Great, I'll take it. I'm Laura Chen, laura.chen@example.com, +1 415 555 0177.",
    "Perfect. How can I pay the deposit then?",
]


def app_client(hotel, tmp_path, **settings) -> TestClient:
    defaults = {"redis_url": None, "database_url": f"sqlite:///{tmp_path}/chat.db", "public_base_url": PUBLIC,
                "api_key": API_KEY, "embedding_cache_dir": Path(".cache/test-embeddings")}
    runtime = Runtime(load_settings(_env_file=None, **{**defaults, **settings}), hotels={hotel.id: hotel})
    runtime.db.migrate()
    return TestClient(create_app(runtime, warm=False))


@pytest.fixture
def stripe_client(hotel, tmp_path, fake_stripe, jobs) -> Iterator[TestClient]:
    _, base = fake_stripe
    with app_client(hotel, tmp_path, stripe_secret_key=SECRET_KEY, stripe_api_base=base,
                    stripe_webhook_secret=WEBHOOK_SECRET) as client:
        yield client
    context.set_runtime(None)


@pytest.fixture
def demo_client(hotel, tmp_path, jobs) -> Iterator[TestClient]:
    with app_client(hotel, tmp_path) as client:
        yield client
    context.set_runtime(None)


def book(client: TestClient, session: str) -> dict:
    """The reference conversation (dev-conv-1); returns the last answer."""
    for text in BOOKING:
        answer = client.post("/api/chat", json={"session": session, "text": text, "sender": "+14155550177"},
                             headers=AUTH)
        assert answer.status_code == 200, answer.text
    return answer.json()


def later_messages(client: TestClient, session: str) -> list[str]:
    return [m["text"] for m in client.get(f"/api/chat/{session}", headers=AUTH).json()["messages"]]


def test_a_booking_conversation_through_api_chat_ends_with_a_stripe_payment_url(stripe_client, fake_stripe):
    fake, _ = fake_stripe
    body = book(stripe_client, "laura")

    [reply] = body["replies"]
    assert reply["payment_url"] == "https://checkout.stripe.com/c/pay/cs_test_000001"
    assert reply["payment_url"] in reply["text"] and "deposit of $113.40 (30% of the stay)" in reply["text"]
    assert [s["name"] for s in body["trace"]["skills"]] == ["generate_payment_link"]
    assert body["trace"]["skills"][0]["ok"]
    assert fake.created[0].form["line_items[0][price_data][unit_amount]"] == "11340"
    assert fake.created[0].form["customer_email"] == "laura.chen@example.com"

    payload, header = signed(fake.event("checkout.session.completed", "cs_test_000001"))
    assert stripe_client.post("/webhooks/stripe", content=payload, headers={"Stripe-Signature": header}).is_success
    assert later_messages(stripe_client, "laura")[-1].startswith("Thank you! We received your deposit of $113.40.")


def test_the_offline_demo_books_a_room_end_to_end(demo_client):
    body = book(demo_client, "laura-offline")

    [reply] = body["replies"]
    assert reply["payment_url"].startswith(f"{PUBLIC}/pay/") and "no real payment" in reply["text"]
    assert body["trace"]["skills"][0]["name"] == "generate_payment_link"
    path = reply["payment_url"].removeprefix(PUBLIC)
    assert "TEST MODE" in demo_client.get(path).text

    assert demo_client.post(path, data={"action": "pay"}).status_code == 200

    confirmation = later_messages(demo_client, "laura-offline")[-1]
    assert confirmation.startswith("Thank you! We received your deposit of $113.40. Your Standard Queen")
    assert "is confirmed" in confirmation
