"""Console: staff mark a bot reply good or bad (the hotel's own eval set grows from it), and the weekly report
the Monday Slack summary links to."""

from __future__ import annotations

import datetime as dt

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

import hub.console.auth as auth
from core.review import ReviewError, mark
from hub.console.auth import Staff
from hub.console.pages import signed_in
from jobs import report as weekly

router = APIRouter(prefix="/console")
MANAGERS = ("manager", "admin")
# The report is a standalone document with its own inline styles and SVG; nothing else may load.
REPORT_HEADERS = {"Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
                                             "frame-ancestors 'none'", "X-Content-Type-Options": "nosniff",
                  "Cache-Control": "no-store"}


@router.post("/messages/{message_id}/review")
async def review(message_id: int, request: Request, staff: Staff = Depends(signed_in)) -> Response:
    """Good or bad, and why, on one bot reply of a conversation in the person's hotels."""
    rt = request.app.state.runtime
    form = await auth.check_csrf(request, staff.csrf_token)
    hotel_id, verdict = str(form.get("hotel", "")), str(form.get("verdict", ""))
    if hotel_id not in staff.hotels:
        raise auth.Forbidden("That hotel is not one of yours.")

    def change() -> int:
        with rt.db.session() as session:
            return mark(session, hotel_id, message_id, verdict, str(form.get("reason", ""))[:2000],
                        staff.email).conversation_id

    try:
        conversation_id = await run_in_threadpool(change)
    except ReviewError as exc:
        raise auth.Forbidden(str(exc)) from None
    return RedirectResponse(f"/console/conversations/{conversation_id}#m{message_id}", status_code=303)


@router.get("/report")
async def report(request: Request, staff: Staff = Depends(signed_in), hotel: str = "", week: str = "") -> Response:
    """The weekly report (`concierge report`'s HTML) for managers of the hotel."""
    rt = request.app.state.runtime
    hotel = hotel or staff.hotels[0]
    if staff.role not in MANAGERS or hotel not in staff.hotels or hotel not in rt.hotels:
        raise auth.Forbidden("The weekly report is for the hotel's managers.")
    found = rt.hotel(hotel)
    week = week or weekly.week_of(dt.datetime.now(found.tz).date() - dt.timedelta(days=7))
    try:
        weekly.week_bounds(week, found)
    except ValueError as exc:
        raise auth.Forbidden(str(exc)) from None

    def build() -> str:
        with rt.db.session() as session:
            return weekly.render_html(weekly.build(session, found, rt.embedder, week))

    return HTMLResponse(await run_in_threadpool(build), headers=REPORT_HEADERS)
