"""The console's lists beside the inbox: the tickets board, leads, reservations and payments, each as CSV too.

Accept and Done on a ticket are the Slack buttons' own lifecycle (`jobs.staff.move_ticket`); a lead's status
(new, contacted, won, lost) is the sales follow-up staff keep here.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

import hub.console.auth as auth
from core.store.models import Lead, Payment, Reservation, ServiceTicket
from hub.console.auth import Staff
from hub.console.pages import render, signed_in
from jobs import staff as desk
from jobs.queue import enqueue
from skills.formatting import minor_exponent

router = APIRouter(prefix="/console")
LEAD_STATUSES = ("new", "contacted", "won", "lost")
BOARD = (("open", ("open", "escalated")), ("accepted", ("accepted",)), ("done", ("done",)))
DONE_SHOWN = 50
LISTED = 500
EXPORT_ROLES = ("manager", "admin")


def _back(request: Request, default: str) -> RedirectResponse:
    """Back to the list the staff member was on (its filters kept), but only ever to a console page:
    the Referer is the browser's word, so a foreign or odd one falls back to `default`."""
    referer = urlsplit(request.headers.get("referer") or "")
    if referer.netloc in ("", request.url.netloc) and referer.path.startswith("/console/"):
        return RedirectResponse(urlunsplit(("", "", referer.path, referer.query, "")), status_code=303)
    return RedirectResponse(default, status_code=303)


def _hotels(staff: Staff, hotel: str) -> tuple[str, ...]:
    return (hotel,) if hotel in staff.hotels else staff.hotels


def _cell(value: Any) -> str:
    """A CSV cell a spreadsheet shows as text: guest-written values never run as formulas."""
    text = "" if value is None else value.isoformat() if isinstance(value, dt.date | dt.datetime) else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def csv_download(name: str, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> Response:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows([_cell(v) for v in row] for row in rows)
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}"', "Cache-Control": "no-store"})


def _amount(minor: int, currency: str) -> str:
    """Minor units as the plain decimal a spreadsheet sums (18900 USD -> 189.00, 10800 JPY -> 10800)."""
    return str(Decimal(minor).scaleb(-minor_exponent(currency)))


def _may_export(staff: Staff) -> None:
    if staff.role not in EXPORT_ROLES:
        raise auth.Forbidden("Exports are for managers and administrators.")


def _load(request: Request, query) -> list:
    with request.app.state.runtime.db.session() as session:
        return query(session)


# ---------------------------------------------------------------- tickets


def _tickets(session: Session, hotels: tuple[str, ...], department: str) -> list[ServiceTicket]:
    query = select(ServiceTicket).where(ServiceTicket.hotel_id.in_(hotels))
    if department:
        query = query.where(ServiceTicket.department == department)
    return list(session.scalars(query.order_by(ServiceTicket.id.desc()).limit(LISTED)))


@router.get("/tickets")
async def tickets_page(request: Request, staff: Staff = Depends(signed_in), hotel: str = "",
                       department: str = "") -> Response:
    rows = await run_in_threadpool(_load, request, lambda s: _tickets(s, _hotels(staff, hotel), department[:32]))
    columns = {name: [t for t in rows if t.status in statuses] for name, statuses in BOARD}
    columns["done"] = columns["done"][:DONE_SHOWN]
    rt = request.app.state.runtime
    departments = sorted({d.id: d.name for h in staff.hotels for d in rt.hotels[h].departments}.items())
    return render(request, "tickets.html", {"staff": staff, "columns": columns, "departments": departments,
                                            "department": department, "hotel": hotel})


@router.post("/tickets/{ticket_id}/{action}")
async def move(ticket_id: int, action: str, request: Request, staff: Staff = Depends(signed_in)) -> Response:
    await auth.check_csrf(request, staff.csrf_token)
    if action not in ("accept", "done"):
        raise auth.Forbidden("Tickets can be accepted or done.")

    def visible() -> bool:
        with request.app.state.runtime.db.session() as session:
            ticket = session.get(ServiceTicket, ticket_id)
            return ticket is not None and ticket.hotel_id in staff.hotels

    if not await run_in_threadpool(visible):
        raise auth.Forbidden("No such ticket in your hotels.")
    moved, ticket = await run_in_threadpool(desk.move_ticket, ticket_id, f"ticket_{action}", staff.email)
    if moved:
        await run_in_threadpool(desk.ticket_moved_for_guest, ticket, f"ticket_{action}")
        enqueue("default", desk.ticket_in_slack, ticket_id)
    return _back(request, "/console/tickets")


@router.get("/tickets.csv")
async def tickets_csv(request: Request, staff: Staff = Depends(signed_in), hotel: str = "",
                      department: str = "") -> Response:
    _may_export(staff)
    rows = await run_in_threadpool(_load, request, lambda s: _tickets(s, _hotels(staff, hotel), department[:32]))
    return csv_download("tickets.csv", ["id", "hotel", "department", "kind", "room", "summary", "status", "accepted_by",
                                "created_at", "accepted_at", "done_at", "conversation_id"],
                ([t.id, t.hotel_id, t.department, t.kind, t.room, t.summary, t.status, t.accepted_by, t.created_at,
                  t.accepted_at, t.done_at, t.conversation_id] for t in rows))


# ---------------------------------------------------------------- leads


def _leads(session: Session, hotels: tuple[str, ...], status: str) -> list[Lead]:
    query = select(Lead).where(Lead.hotel_id.in_(hotels))
    if status:
        query = query.where(Lead.status == status)
    return list(session.scalars(query.order_by(Lead.id.desc()).limit(LISTED)))


@router.get("/leads")
async def leads_page(request: Request, staff: Staff = Depends(signed_in), hotel: str = "",
                     status: str = "") -> Response:
    status = status if status in LEAD_STATUSES else ""
    rows = await run_in_threadpool(_load, request, lambda s: _leads(s, _hotels(staff, hotel), status))
    return render(request, "leads.html", {"staff": staff, "rows": rows, "status": status, "hotel": hotel,
                                          "statuses": LEAD_STATUSES})


@router.post("/leads/{lead_id}")
async def lead_status(lead_id: int, request: Request, staff: Staff = Depends(signed_in)) -> Response:
    form = await auth.check_csrf(request, staff.csrf_token)
    status = form.get("status", "")
    if status not in LEAD_STATUSES:
        raise auth.Forbidden(f"A lead's status is one of {', '.join(LEAD_STATUSES)}.")

    def change() -> bool:
        with request.app.state.runtime.db.session() as session:
            lead = session.get(Lead, lead_id)
            if lead is None or lead.hotel_id not in staff.hotels:
                return False
            lead.status = status
            return True

    if not await run_in_threadpool(change):
        raise auth.Forbidden("No such lead in your hotels.")
    return _back(request, "/console/leads")


@router.get("/leads.csv")
async def leads_csv(request: Request, staff: Staff = Depends(signed_in), hotel: str = "",
                    status: str = "") -> Response:
    _may_export(staff)
    status = status if status in LEAD_STATUSES else ""
    rows = await run_in_threadpool(_load, request, lambda s: _leads(s, _hotels(staff, hotel), status))
    return csv_download("leads.csv", ["id", "hotel", "name", "email", "phone", "check_in", "check_out", "room_code",
                              "guests", "status", "notes", "created_at", "conversation_id"],
                ([lead.id, lead.hotel_id, lead.name, lead.email, lead.phone, lead.check_in, lead.check_out,
                  lead.room_code, lead.guests, lead.status, lead.notes, lead.created_at, lead.conversation_id]
                 for lead in rows))


# ---------------------------------------------------------------- reservations and payments


def _reservations(session: Session, hotels: tuple[str, ...]) -> list[tuple[Reservation, list[Payment]]]:
    reservations = list(session.scalars(select(Reservation).where(Reservation.hotel_id.in_(hotels))
                                        .order_by(Reservation.id.desc()).limit(LISTED)))
    payments: dict[int, list[Payment]] = {}
    if reservations:
        for payment in session.scalars(select(Payment).where(Payment.reservation_id.in_([r.id for r in reservations]))
                                       .order_by(Payment.id)):
            payments.setdefault(payment.reservation_id, []).append(payment)
    return [(r, payments.get(r.id, [])) for r in reservations]


@router.get("/reservations")
async def reservations_page(request: Request, staff: Staff = Depends(signed_in), hotel: str = "") -> Response:
    rows = await run_in_threadpool(_load, request, lambda s: _reservations(s, _hotels(staff, hotel)))
    return render(request, "reservations.html", {"staff": staff, "rows": rows, "hotel": hotel})


@router.get("/reservations.csv")
async def reservations_csv(request: Request, staff: Staff = Depends(signed_in), hotel: str = "") -> Response:
    _may_export(staff)
    rows = await run_in_threadpool(_load, request, lambda s: _reservations(s, _hotels(staff, hotel)))
    return csv_download("reservations.csv", ["code", "hotel", "room_code", "check_in", "check_out", "guests", "status",
                                     "nightly_rate", "currency", "deposit_paid", "created_at", "conversation_id"],
                ([r.code, r.hotel_id, r.room_code, r.check_in, r.check_out, r.guests, r.status,
                  _amount(r.nightly_rate_minor, r.currency), r.currency,
                  _amount(sum(p.amount_minor for p in ps if p.status == "paid"), r.currency), r.created_at,
                  r.conversation_id] for r, ps in rows))


@router.get("/payments.csv")
async def payments_csv(request: Request, staff: Staff = Depends(signed_in), hotel: str = "") -> Response:
    _may_export(staff)
    rows = await run_in_threadpool(_load, request, lambda s: _reservations(s, _hotels(staff, hotel)))
    return csv_download("payments.csv", ["id", "hotel", "reservation", "amount", "currency", "provider", "status",
                                 "created_at", "paid_at"],
                ([p.id, p.hotel_id, r.code, _amount(p.amount_minor, p.currency), p.currency, p.provider, p.status,
                  p.created_at, p.paid_at] for r, ps in rows for p in ps))
