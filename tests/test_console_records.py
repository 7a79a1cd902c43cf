"""The console's tickets board, leads, reservations and payments: the Slack buttons' lifecycle, and CSV for managers."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from core.i18n import say
from core.store.models import Lead, Payment, Reservation
from tests.fakes.slack import running_hub
from tests.test_console import LISBON, add_staff, csrf, sign_in
from tests.test_slack import blocks_text, telegram_texts
from tests.test_slack_tickets import HOUSEKEEPING, ana, stored, ticket


@pytest.fixture
def hub(db, hotel):
    with running_hub(db, hotel) as hub:
        hub.runtime.hotels[LISBON.id] = LISBON
        yield hub


def rows(response) -> list[dict[str, str]]:
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(response.text)))


def test_accept_in_the_console_tells_the_guest_once_and_updates_the_slack_card(hub):
    ticket_id = ticket(hub, conversation_id=ana(hub))
    add_staff(hub)
    sign_in(hub.web)
    board = hub.web.get("/console/tickets").text
    assert "2 extra towels" in board and f"/console/tickets/{ticket_id}/accept" in board
    token = csrf(hub.web, "/console/tickets")
    hub.web.post(f"/console/tickets/{ticket_id}/accept", data={"csrf_token": token})
    post, = hub.slack.posts("housekeeping")
    hub.click("ticket_accept", ticket_id, HOUSEKEEPING, post["ts"])   # a colleague in Slack, a moment later
    hub.jobs.work()

    assert telegram_texts(hub) == [say("ticket_accepted_housekeeping", "es")]
    row = stored(hub, ticket_id)
    assert (row.status, row.accepted_by) == ("accepted", "ana@harbor.example")
    assert "Accepted by ana@harbor.example" in blocks_text(hub.slack.posts("housekeeping")[0])

    hub.web.post(f"/console/tickets/{ticket_id}/done", data={"csrf_token": token})
    hub.jobs.work()
    assert stored(hub, ticket_id).status == "done"
    assert telegram_texts(hub)[-1].startswith(say("ticket_done", "es"))


def test_tickets_of_another_hotel_and_forms_without_a_token_move_nothing(hub):
    ticket_id = ticket(hub, conversation_id=ana(hub))
    add_staff(hub, "marta@jardim.example", hotel="lisbon-garden")
    sign_in(hub.web, "marta@jardim.example")
    assert "2 extra towels" not in hub.web.get("/console/tickets").text
    assert hub.web.post(f"/console/tickets/{ticket_id}/accept",
                        data={"csrf_token": csrf(hub.web, "/console/tickets")}).status_code == 403
    assert hub.web.post(f"/console/tickets/{ticket_id}/accept").status_code == 403
    hub.jobs.work()
    assert stored(hub, ticket_id).status == "open" and telegram_texts(hub) == []


def _lead(hub, name: str, hotel: str = "harbor-view") -> int:
    with hub.runtime.db.session() as session:
        lead = Lead(hotel_id=hotel, name=name, email="guest@example.com", check_in=dt.date(2026, 12, 20),
                    check_out=dt.date(2026, 12, 23), guests=2, notes="Anniversary")
        session.add(lead)
        session.flush()
        return lead.id


def test_staff_follow_a_lead_from_new_to_won(hub):
    lead_id = _lead(hub, "Kenji Sato")
    other = _lead(hub, "Somebody Else", hotel="lisbon-garden")
    add_staff(hub)
    sign_in(hub.web)
    page = hub.web.get("/console/leads").text
    assert "Kenji Sato" in page and "Somebody Else" not in page
    token = csrf(hub.web, "/console/leads")
    assert hub.web.post(f"/console/leads/{lead_id}", data={"csrf_token": token, "status": "won"}).status_code == 200
    assert "Kenji Sato" in hub.web.get("/console/leads?status=won").text
    assert "Kenji Sato" not in hub.web.get("/console/leads?status=new").text
    assert hub.web.post(f"/console/leads/{lead_id}", data={"csrf_token": token, "status": "maybe"}).status_code == 403
    assert hub.web.post(f"/console/leads/{other}", data={"csrf_token": token, "status": "lost"}).status_code == 403


def test_a_status_change_returns_to_the_filtered_list_and_never_leaves_the_console(hub):
    lead_id = _lead(hub, "Kenji Sato")
    add_staff(hub)
    sign_in(hub.web)
    token = csrf(hub.web, "/console/leads")
    base = str(hub.web.base_url).rstrip("/")

    def after(referer: str | None, origin: str | None = None) -> str:
        headers = {k: v for k, v in (("referer", referer), ("origin", origin)) if v}
        response = hub.web.post(f"/console/leads/{lead_id}", data={"csrf_token": token, "status": "contacted"},
                                headers=headers, follow_redirects=False)
        assert response.status_code == 303
        return response.headers["location"]

    assert after(f"{base}/console/leads?status=new") == "/console/leads?status=new"
    assert after("https://evil.example/console/leads", origin=base) == "/console/leads"
    assert after(f"{base}/logout?next=x") == "/console/leads"
    assert after(None) == "/console/leads"


def test_exports_are_for_managers_and_never_run_a_guests_formula(hub):
    _lead(hub, "=HYPERLINK(\"http://evil.example\",\"click\")")
    with hub.runtime.db.session() as session:
        reservation = Reservation(hotel_id="harbor-view", code="HV-7Q2K", room_code="KS",
                                  check_in=dt.date(2026, 12, 20), check_out=dt.date(2026, 12, 23), guests=2,
                                  status="confirmed",
                                  nightly_rate_minor=32900, currency="USD")
        session.add(reservation)
        session.flush()
        session.add(Payment(hotel_id="harbor-view", reservation_id=reservation.id, amount_minor=29610, currency="USD",
                            provider="demo", idempotency_key="k1", status="paid"))
    add_staff(hub)   # front desk
    sign_in(hub.web)
    assert hub.web.get("/console/leads.csv").status_code == 403
    assert "HV-7Q2K" in hub.web.get("/console/reservations").text

    add_staff(hub, "boss@harbor.example", role="manager")
    hub.web.cookies.clear()
    sign_in(hub.web, "boss@harbor.example")
    lead, = rows(hub.web.get("/console/leads.csv"))
    assert lead["name"].startswith("'=HYPERLINK") and lead["status"] == "new"
    booked, = rows(hub.web.get("/console/reservations.csv"))
    assert (booked["code"], booked["nightly_rate"], booked["deposit_paid"]) == ("HV-7Q2K", "329.00", "296.10")
    paid, = rows(hub.web.get("/console/payments.csv"))
    assert (paid["reservation"], paid["amount"], paid["status"]) == ("HV-7Q2K", "296.10", "paid")
    assert len(rows(hub.web.get("/console/tickets.csv"))) == 0
