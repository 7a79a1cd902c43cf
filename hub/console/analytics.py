"""The Analytics page: a hotel's figures for a date range against the range before, with charts and CSV.

Figures come from `core.analytics.compute`, charts from `jobs.charts`, the table from `jobs.report.rows`:
the weekly report and this page never disagree. Charts are SVG images of their own, so the page's
Content-Security-Policy needs no inline styles.
"""

from __future__ import annotations

import base64
import datetime as dt

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

import hub.console.auth as auth
from core import analytics
from hub.console.auth import Staff
from hub.console.pages import render, signed_in
from hub.console.records import csv_download
from jobs import charts
from jobs.report import WeeklyReport, rows

router = APIRouter(prefix="/console")
DEFAULT_DAYS = 30
MAX_DAYS = 366
VIEWERS = ("manager", "admin")


def _period(staff: Staff, request: Request, hotel: str, since: str, until: str):
    """(hotel, first day, last day, this period's bounds, the period before's) in the hotel's time zone."""
    if staff.role not in VIEWERS:
        raise auth.Forbidden("Analytics are for managers and administrators.")
    if not staff.hotels:
        raise auth.Forbidden("Your account has no hotel of this hub.")
    found = request.app.state.runtime.hotel(hotel if hotel in staff.hotels else staff.hotels[0])
    today = found.now().date()
    try:
        last = dt.date.fromisoformat(until) if until else today
        first = dt.date.fromisoformat(since) if since else last - dt.timedelta(days=DEFAULT_DAYS - 1)
    except ValueError:
        raise auth.Forbidden("Dates are written YYYY-MM-DD.") from None
    if first > last or (last - first).days >= MAX_DAYS:
        raise auth.Forbidden(f"Choose a range of 1 to {MAX_DAYS} days.")
    start = dt.datetime.combine(first, dt.time(), found.tz)
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), found.tz)
    return found, first, last, start, end, start - (end - start)


def _figures(request: Request, hotel_id: str, start, end, before) -> tuple[analytics.Figures, analytics.Figures]:
    with request.app.state.runtime.db.session() as session:
        return (analytics.compute(session, hotel_id, start, end), analytics.compute(session, hotel_id, before, start))


@router.get("/analytics")
async def analytics_page(request: Request, staff: Staff = Depends(signed_in), hotel: str = "", since: str = "",
                         until: str = "") -> Response:
    found, first, last, start, end, before = _period(staff, request, hotel, since, until)
    this, previous = await run_in_threadpool(_figures, request, found.id, start, end, before)
    table = rows(WeeklyReport(found, f"{first} – {last}", this, previous, [], []))
    query = f"hotel={found.id}&since={first}&until={last}"
    images = await run_in_threadpool(_images, this)
    return render(request, "analytics.html", {"staff": staff, "hotel": found.id, "since": first, "until": last,
                                              "this": this, "table": table, "query": query, "images": images})


def _images(this: analytics.Figures) -> dict[str, str]:
    """The charts as data: URIs, drawn from the figures the page already holds: one request computes them once
    (the CSP allows data: images; the SVG keeps its styles inside). Measured by bench/analytics.py."""
    drawn = {"daily": charts.daily(this), "channels": charts.segments(this.by_channel, "Conversations by channel"),
             "languages": charts.segments(this.by_language, "Conversations by language")}
    return {name: "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode() for name, svg in drawn.items()}


@router.get("/analytics.csv")
async def analytics_csv(request: Request, staff: Staff = Depends(signed_in), hotel: str = "", since: str = "",
                        until: str = "") -> Response:
    found, first, last, start, end, before = _period(staff, request, hotel, since, until)
    this, previous = await run_in_threadpool(_figures, request, found.id, start, end, before)
    table = rows(WeeklyReport(found, f"{first} – {last}", this, previous, [], []))
    return csv_download(f"{found.id}-{first}-{last}.csv", ["figure", f"{first} to {last}", "period before", "change"],
                        table)
