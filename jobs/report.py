"""The weekly report a hotel manager reads: the week's figures against the week before, the biggest knowledge
gaps and the worst-rated conversations, as one self-contained HTML file (charts inline) and a Slack summary.

`concierge report --hotel ID --week 2026-W49` writes the file; `post_weekly_summary`
is the RQ job that posts the summary and the report's link to the hotel's
management channel, then schedules itself for the next Monday morning.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import jinja2
from sqlalchemy import select
from sqlalchemy.orm import Session

from core import analytics
from core.effects import StaffNotice
from core.hotels import Hotel
from core.store.models import Feedback, Message, Review
from jobs import charts
from jobs.context import runtime
from jobs.queue import enqueue
from kb.gaps import GapGroup, group_gaps, open_gaps
from skills.formatting import minor_exponent

if TYPE_CHECKING:
    from kb.embedders import Embedder

log = logging.getLogger(__name__)

GAPS = 10
WORST = 5
EXCERPT = 6                 # transcript lines shown for a badly rated conversation
MONDAY_HOUR = 8             # the summary reaches the manager at 08:00 hotel time
_TEMPLATES = jinja2.Environment(loader=jinja2.PackageLoader("jobs", "templates"), autoescape=True,
                                undefined=jinja2.StrictUndefined)


def week_bounds(week: str, hotel: Hotel) -> tuple[dt.datetime, dt.datetime]:
    """An ISO week ("2026-W49") as the hotel lives it: Monday 00:00 to the next Monday 00:00, local time."""
    try:
        year, number = week.upper().split("-W")
        monday = dt.date.fromisocalendar(int(year), int(number), 1)
    except ValueError:
        raise ValueError(f"week {week!r}: use the ISO form YYYY-Www, e.g. 2026-W49") from None
    start = dt.datetime.combine(monday, dt.time(0), hotel.tz)
    return start.astimezone(dt.UTC), (start + dt.timedelta(days=7)).astimezone(dt.UTC)


def week_of(day: dt.date) -> str:
    year, number, _ = day.isocalendar()
    return f"{year}-W{number:02d}"


@dataclass
class BadConversation:
    conversation_id: int
    why: str                    # "rated 1/5: …" or "reply marked bad: …"
    lines: list[tuple[str, str]]   # (who, text), oldest first


@dataclass
class WeeklyReport:
    hotel: Hotel
    week: str
    this: analytics.Figures
    previous: analytics.Figures
    gaps: list[GapGroup]
    worst: list[BadConversation]


def build(session: Session, hotel: Hotel, embedder: Embedder, week: str) -> WeeklyReport:
    since, until = week_bounds(week, hotel)
    before = since - dt.timedelta(days=7)
    return WeeklyReport(hotel=hotel, week=week.upper(), this=analytics.compute(session, hotel.id, since, until),
                        previous=analytics.compute(session, hotel.id, before, since),
                        gaps=group_gaps(open_gaps(session, hotel.id, since, until), embedder)[:GAPS],
                        worst=worst_rated(session, hotel.id, since, until))


def worst_rated(session: Session, hotel_id: str, since: dt.datetime, until: dt.datetime,
                limit: int = WORST) -> list[BadConversation]:
    """Low ratings first (lowest, then newest), then replies staff marked bad; one entry per conversation."""
    found: dict[int, str] = {}
    for rating in session.scalars(select(Feedback).where(
            Feedback.hotel_id == hotel_id, Feedback.rating <= 2, Feedback.conversation_id.is_not(None),
            Feedback.created_at >= since, Feedback.created_at < until)
            .order_by(Feedback.rating, Feedback.created_at.desc())):
        found.setdefault(rating.conversation_id, f"rated {rating.rating}/5" + (
            f": {rating.comment}" if rating.comment else ""))
    for review in session.scalars(select(Review).where(
            Review.hotel_id == hotel_id, Review.verdict == "bad", Review.created_at >= since,
            Review.created_at < until).order_by(Review.created_at.desc())):
        found.setdefault(review.conversation_id, "reply marked bad" + (f": {review.reason}" if review.reason else ""))
    worst = []
    for conversation_id, why in list(found.items())[:limit]:
        messages = session.scalars(select(Message).where(Message.conversation_id == conversation_id,
                                                         Message.internal.is_(False))
                                   .order_by(Message.id.desc()).limit(EXCERPT))
        worst.append(BadConversation(conversation_id, why,
                                     [(m.author.split(":")[0], m.transcript or m.text) for m in messages][::-1]))
    return worst


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.0f}%"


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    return f"{seconds / 60:.0f} min" if seconds < 5400 else f"{seconds / 3600:.1f} h"


def _money(minor: dict[str, int]) -> str:
    """Revenue per currency in its own units (JPY has no cents)."""
    return ", ".join(f"{amount / 10 ** (places := minor_exponent(currency)):,.{places}f} {currency}"
                     for currency, amount in minor.items()) or "–"


def _change(this: float | None, previous: float | None, rate: bool = False) -> str:
    if this is None or previous is None:
        return ""
    if rate:
        points = 100 * (this - previous)
        return f"{points:+.0f} pts" if round(points) else "="
    if not previous:
        return "new" if this else "="
    return f"{100 * (this - previous) / previous:+.0f}%" if this != previous else "="


def rows(report: WeeklyReport) -> list[tuple[str, str, str, str]]:
    """(figure, this week, previous week, change): the table the report and the summary share."""
    t, p = report.this, report.previous
    return [
        ("Conversations", str(t.conversations), str(p.conversations), _change(t.conversations, p.conversations)),
        ("Guest messages", str(t.guest_messages), str(p.guest_messages), _change(t.guest_messages, p.guest_messages)),
        ("Answered without staff", _percent(t.automation_rate), _percent(p.automation_rate),
         _change(t.automation_rate, p.automation_rate, rate=True)),
        ("Handed to staff", _percent(t.handoff_rate), _percent(p.handoff_rate),
         _change(t.handoff_rate, p.handoff_rate, rate=True)),
        ("First staff reply after a handoff", _duration(t.seconds_to_first_staff_reply),
         _duration(p.seconds_to_first_staff_reply), ""),
        ('"Not sure" answers', _percent(t.not_sure_rate), _percent(p.not_sure_rate),
         _change(t.not_sure_rate, p.not_sure_rate, rate=True)),
        ("Voice notes", f"{t.voice_notes} ({_percent(t.voice_share)})", f"{p.voice_notes} ({_percent(p.voice_share)})",
         _change(t.voice_notes, p.voice_notes)),
        ("Ratings (CSAT)", f"{t.ratings} ({_percent(t.csat)})", f"{p.ratings} ({_percent(p.csat)})",
         _change(t.csat, p.csat, rate=True)),
        ("Leads", str(t.leads), str(p.leads), _change(t.leads, p.leads)),
        ("Leads with a paid deposit", _percent(t.conversion_rate), _percent(p.conversion_rate),
         _change(t.conversion_rate, p.conversion_rate, rate=True)),
        ("Deposits paid", f"{t.paid_deposits} · {_money(t.revenue_minor)}",
         f"{p.paid_deposits} · {_money(p.revenue_minor)}", _change(t.paid_deposits, p.paid_deposits)),
        ("LLM cost per conversation", "–" if t.llm_cost_per_conversation is None
         else f"${t.llm_cost_per_conversation:.4f}", "–" if p.llm_cost_per_conversation is None
         else f"${p.llm_cost_per_conversation:.4f}", ""),
    ]


def render_html(report: WeeklyReport) -> str:
    """The report as one HTML file: styles and SVG charts inline, nothing fetched when it is opened."""
    t = report.this
    return _TEMPLATES.get_template("report.html").render(
        report=report, rows=rows(report), duration=_duration, percent=_percent,
        charts={"weeks": charts.weeks(t, report.previous), "daily": charts.daily(t),
                "channels": charts.segments(t.by_channel, "Conversations by channel"),
                "languages": charts.segments(t.by_language, "Conversations by language")})


def summary(report: WeeklyReport, link: str | None = None) -> str:
    """The Slack message: the headline figures, the top gaps, and where the full report is."""
    lines = [f"*Weekly report · {report.hotel.name} · {report.week}*"]
    lines += [f"• {name}: *{this}* (previous {previous}{', ' + change if change else ''})"
              for name, this, previous, change in rows(report)[:6]]
    if report.gaps:
        lines.append("Biggest questions the concierge could not answer:")
        lines += [f"  {i}. “{g.examples[0]}” ×{g.count} ({', '.join(g.languages)})"
                  for i, g in enumerate(report.gaps[:3], 1)]
    if link:
        lines.append(f"Full report: {link}")
    return "\n".join(lines)


def write(report: WeeklyReport, out: Path) -> Path:
    out.write_text(render_html(report), encoding="utf-8")
    return out


def next_monday(hotel: Hotel, now: dt.datetime) -> dt.datetime:
    """The next Monday at MONDAY_HOUR in the hotel's time, as a UTC instant."""
    local = now.astimezone(hotel.tz)
    days = (7 - local.weekday()) % 7
    at = dt.datetime.combine(local.date() + dt.timedelta(days=days), dt.time(MONDAY_HOUR), hotel.tz)
    if at <= local:
        at += dt.timedelta(days=7)
    return at.astimezone(dt.UTC)


def schedule_weekly_summary(hotel: Hotel, now: dt.datetime) -> None:
    """Queue the hotel's next Monday summary (once: its id names the hotel and the Monday)."""
    at = next_monday(hotel, now)
    enqueue("default", post_weekly_summary, hotel.id, job_id=f"weekly-report-{hotel.id}-{at:%Y%m%d}", at=at)


def post_weekly_summary(hotel_id: str) -> None:
    """Monday's job: last week's summary to the hotel's management channel (as a staff notice, so it goes
    where the hotel's other notices for managers go), then next Monday's job queued."""
    from jobs.staff import on_staff_notice

    rt = runtime()
    hotel = rt.hotel(hotel_id)
    now = dt.datetime.now(dt.UTC)
    week = week_of((now.astimezone(hotel.tz) - dt.timedelta(days=7)).date())
    try:
        with rt.db.session() as session:
            report = build(session, hotel, rt.embedder, week)
        base = rt.settings.public_base_url
        link = f"{base.rstrip('/')}/console/report?hotel={hotel.id}&week={week}" if base else None
        on_staff_notice(StaffNotice(hotel_id=hotel.id, text=summary(report, link),
                                    department="management").model_dump())
    finally:
        schedule_weekly_summary(hotel, now)
