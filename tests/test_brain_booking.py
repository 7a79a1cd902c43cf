"""The booking conversation of issue 12 on `/api/chat`: ISO dates are dates, not a phone number, and a name
given when asked is the lead's name; the deposit link comes at the end."""

from __future__ import annotations

import datetime as dt

import pytest

from core.hotels import Hotel
from tests.test_api_chat import make_client


@pytest.fixture(autouse=True)
def saturday(monkeypatch):
    monkeypatch.setattr(Hotel, "now", lambda hotel: dt.datetime(2026, 11, 21, 14, 0, tzinfo=hotel.tz))


def test_book_a_king_suite_with_iso_dates_give_details_one_by_one_and_get_the_deposit_link(tmp_path):
    turns = [
        "I'd like to book a King Suite from 2027-01-18 to 2027-01-21 (3 nights) for 2 adults",
        "My name is Lena Fischer",
        "lena.fischer@example.com",
        "+49 170 1234567",
        "send me the deposit link",
    ]
    with make_client(tmp_path) as http:
        bodies = [http.post("/api/chat", json={"session": "booking-1", "text": text}).json() for text in turns]
    first = bodies[0]["replies"][0]["text"]
    assert "January 18, 2027" in first and "January 21, 2027" in first and "read that phone" not in first
    assert [b["trace"]["language"] for b in bodies] == ["en"] * 5  # a German surname is not German
    assert [s["name"] for b in bodies[1:4] for s in b["trace"]["skills"]] == ["create_lead"] * 3
    assert "Lena" in bodies[3]["replies"][0]["text"]
    link = bodies[4]["replies"][0]
    assert link["payment_url"] and link["payment_url"].startswith("http") and link["payment_url"] in link["text"]
    assert "$296.10" in link["text"]  # 30 % of 3 nights at $329
