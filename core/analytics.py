"""A hotel's figures for a period, computed in SQL: what the manager's page, the CSV and the weekly report show.

Every figure is one aggregate query over indexed columns (`turn_records` for
turns and their outcome, the transcript for messages and staff replies, the
records skills write for tickets, ratings, leads and deposits), so a year of a
busy hotel stays well under a second. Rates are shares of conversations or
turns, None when there is nothing to divide by; durations are seconds.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import Float, and_, case, distinct, func, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import FunctionElement

from core.store.models import (
    Conversation,
    Feedback,
    Lead,
    Message,
    Payment,
    Reservation,
    ServiceTicket,
    TurnItem,
    TurnRecord,
)

TOP = 10
UNSERVED = ("handoff", "staff")     # a conversation with either is not automated
BRAIN_TURN = TurnRecord.outcome.notin_(("guard", "staff"))   # turns the bot answered (not a guard, not staff's)


class seconds_between(FunctionElement):   # noqa: N801 - reads as the SQL function it stands for
    """`later - earlier` in seconds, in each database's own date arithmetic."""

    type = Float()
    inherit_cache = True


@compiles(seconds_between, "postgresql")
def _pg_seconds(element, compiler, **kw) -> str:
    later, earlier = (compiler.process(c, **kw) for c in element.clauses)
    return f"EXTRACT(EPOCH FROM ({later} - {earlier}))"


@compiles(seconds_between, "sqlite")
def _sqlite_seconds(element, compiler, **kw) -> str:
    later, earlier = (compiler.process(c, **kw) for c in element.clauses)
    return f"((julianday({later}) - julianday({earlier})) * 86400.0)"


@dataclass
class Segment:
    """Figures for one channel or one language."""

    name: str
    conversations: int = 0
    turns: int = 0
    messages: int = 0
    automation_rate: float | None = None
    handoff_rate: float | None = None
    not_sure_rate: float | None = None


@dataclass
class Department:
    name: str
    tickets: int = 0
    accepted: int = 0
    done: int = 0
    seconds_to_accept: float | None = None
    seconds_to_done: float | None = None


@dataclass
class Figures:
    hotel_id: str
    since: dt.datetime
    until: dt.datetime
    conversations: int = 0
    messages: int = 0
    guest_messages: int = 0
    turns: int = 0
    automation_rate: float | None = None
    handoff_rate: float | None = None
    handoffs: int = 0
    seconds_to_first_staff_reply: float | None = None
    not_sure_rate: float | None = None
    voice_notes: int = 0
    voice_share: float | None = None
    ratings: int = 0
    average_rating: float | None = None
    csat: float | None = None                 # share of ratings of 4 or 5
    leads: int = 0
    leads_converted: int = 0                   # with a paid deposit
    conversion_rate: float | None = None
    paid_deposits: int = 0
    revenue_minor: dict[str, int] = field(default_factory=dict)   # by currency
    llm_conversations: int = 0
    llm_cost_usd: float = 0.0
    llm_cost_per_conversation: float | None = None
    top_skills: list[tuple[str, int]] = field(default_factory=list)
    top_entries: list[tuple[str, int]] = field(default_factory=list)
    by_channel: list[Segment] = field(default_factory=list)
    by_language: list[Segment] = field(default_factory=list)
    departments: list[Department] = field(default_factory=list)
    daily: list[tuple[str, int, int]] = field(default_factory=list)   # (day, conversations, turns)


def _share(part: float | None, whole: float | None) -> float | None:
    return float(part or 0) / float(whole) if whole else None


def _in(column, since: dt.datetime, until: dt.datetime):
    return and_(column >= since, column < until)


def compute(session: Session, hotel_id: str, since: dt.datetime, until: dt.datetime) -> Figures:
    """Every figure for the hotel between `since` (included) and `until` (excluded), aware datetimes."""
    figures = Figures(hotel_id, since, until)
    turns = and_(TurnRecord.hotel_id == hotel_id, _in(TurnRecord.created_at, since, until))
    _conversations(session, figures, turns)
    _messages(session, figures, hotel_id, since, until)
    _daily(session, figures, turns)
    _staff_reply(session, figures, turns)
    _items(session, figures, hotel_id, since, until)
    _tickets(session, figures, hotel_id, since, until)
    _ratings(session, figures, hotel_id, since, until)
    _sales(session, figures, hotel_id, since, until)
    return figures


def _flag(condition):
    return case((condition, 1), else_=0)


@dataclass
class _Cell:
    """Sums over the conversations of one (channel, language) pair: what every total and segment adds up."""

    conversations: int = 0
    turns: int = 0
    brain_turns: int = 0
    not_sure: int = 0
    voice: int = 0
    cost: float = 0.0
    unserved: int = 0
    handoffs: int = 0
    llm: int = 0

    def __iadd__(self, other: _Cell) -> _Cell:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        return self


def _conversations(session: Session, figures: Figures, turns) -> None:
    """One pass over the period's turns: per conversation, then per (channel, language); totals and both
    breakdowns are sums of those few cells. A conversation counts under its channel and its language."""
    per = (select(TurnRecord.conversation_id.label("conversation_id"), func.min(TurnRecord.channel).label("channel"),
                  func.count().label("turns"), func.sum(_flag(BRAIN_TURN)).label("brain_turns"),
                  func.sum(_flag(TurnRecord.outcome == "not_sure")).label("not_sure"),
                  func.sum(_flag(TurnRecord.voice)).label("voice"), func.sum(TurnRecord.cost_usd).label("cost"),
                  func.max(_flag(TurnRecord.outcome.in_(UNSERVED))).label("unserved"),
                  func.max(_flag(TurnRecord.outcome == "handoff")).label("handoff"),
                  func.max(_flag(TurnRecord.brain == "llm")).label("llm"))
           .where(turns).group_by(TurnRecord.conversation_id).subquery())
    language = func.coalesce(Conversation.language, "?")
    cells = {(channel, lang): _Cell(*(int(v or 0) for v in counts[:5]), float(counts[5] or 0),
                                    *(int(v or 0) for v in counts[6:]))
             for channel, lang, *counts in session.execute(
                 select(per.c.channel, language, func.count(), func.sum(per.c.turns), func.sum(per.c.brain_turns),
                        func.sum(per.c.not_sure), func.sum(per.c.voice), func.sum(per.c.cost),
                        func.sum(per.c.unserved), func.sum(per.c.handoff), func.sum(per.c.llm))
                 .join(Conversation, Conversation.id == per.c.conversation_id)
                 .group_by(per.c.channel, language))}
    total = _Cell()
    for cell in cells.values():
        total += cell
    figures.conversations, figures.turns, figures.voice_notes = total.conversations, total.turns, total.voice
    figures.handoffs, figures.llm_conversations, figures.llm_cost_usd = total.handoffs, total.llm, total.cost
    figures.automation_rate = _share(total.conversations - total.unserved, total.conversations)
    figures.handoff_rate = _share(total.handoffs, total.conversations)
    figures.not_sure_rate = _share(total.not_sure, total.brain_turns)
    figures.voice_share = _share(total.voice, total.turns)
    figures.llm_cost_per_conversation = _share(total.cost, total.llm)
    for index, target in ((0, figures.by_channel), (1, figures.by_language)):
        sums: dict[str, _Cell] = {}
        for key, cell in cells.items():
            sums.setdefault(key[index], _Cell()).__iadd__(cell)
        target.extend(Segment(name, c.conversations, c.turns, 0, _share(c.conversations - c.unserved, c.conversations),
                              _share(c.handoffs, c.conversations), _share(c.not_sure, c.brain_turns))
                      for name, c in sorted(sums.items(), key=lambda item: (-item[1].conversations, item[0])))


def _daily(session: Session, figures: Figures, turns) -> None:
    day = func.date(TurnRecord.created_at)
    figures.daily = [(str(d), c, t) for d, c, t in session.execute(
        select(day, func.count(distinct(TurnRecord.conversation_id)), func.count())
        .where(turns).group_by(day).order_by(day))]


def _messages(session: Session, figures: Figures, hotel_id: str, since: dt.datetime, until: dt.datetime) -> None:
    """Transcript lines (staff notes aside) in one pass, by channel and the conversation's language."""
    language = func.coalesce(Conversation.language, "?")
    rows = session.execute(
        select(Message.channel, language, func.count(), func.sum(_flag(Message.direction == "in")))
        .select_from(Message).join(Conversation, Conversation.id == Message.conversation_id)
        .where(Conversation.hotel_id == hotel_id, _in(Message.created_at, since, until),
               Message.internal.is_(False))
        .group_by(Message.channel, language)).all()
    figures.messages = sum(n for _, _, n, _ in rows)
    figures.guest_messages = sum(int(inbound or 0) for _, _, _, inbound in rows)
    for index, segments in ((0, figures.by_channel), (1, figures.by_language)):
        for segment in segments:
            segment.messages = sum(row[2] for row in rows if row[index] == segment.name)


def _staff_reply(session: Session, figures: Figures, turns) -> None:
    """Mean time from a handoff to the first staff reply after it."""
    handoffs = (select(TurnRecord.conversation_id, func.min(TurnRecord.created_at).label("at"))
                .where(turns, TurnRecord.outcome == "handoff").group_by(TurnRecord.conversation_id).subquery())
    first = (select(handoffs.c.conversation_id, handoffs.c.at, func.min(Message.created_at).label("reply"))
             .join(Message, and_(Message.conversation_id == handoffs.c.conversation_id,
                                 Message.author.like("staff:%"), Message.internal.is_(False),
                                 Message.created_at >= handoffs.c.at))
             .group_by(handoffs.c.conversation_id, handoffs.c.at).subquery())
    figures.seconds_to_first_staff_reply = _float(session.scalar(
        select(func.avg(seconds_between(first.c.reply, first.c.at)))))


def _items(session: Session, figures: Figures, hotel_id: str, since: dt.datetime, until: dt.datetime) -> None:
    for kind, target in (("skill", figures.top_skills), ("kb", figures.top_entries)):
        count = func.count().label("n")
        target.extend((name, n) for name, n in session.execute(
            select(TurnItem.name, count).where(TurnItem.hotel_id == hotel_id, TurnItem.kind == kind,
                                               _in(TurnItem.created_at, since, until))
            .group_by(TurnItem.name).order_by(count.desc(), TurnItem.name).limit(TOP)))


def _tickets(session: Session, figures: Figures, hotel_id: str, since: dt.datetime, until: dt.datetime) -> None:
    rows = session.execute(
        select(ServiceTicket.department, func.count(), func.count(ServiceTicket.accepted_at),
               func.count(ServiceTicket.done_at),
               func.avg(seconds_between(ServiceTicket.accepted_at, ServiceTicket.created_at)),
               func.avg(seconds_between(ServiceTicket.done_at, ServiceTicket.created_at)))
        .where(ServiceTicket.hotel_id == hotel_id, _in(ServiceTicket.created_at, since, until))
        .group_by(ServiceTicket.department).order_by(func.count().desc(), ServiceTicket.department))
    figures.departments = [Department(name, n, accepted, done, _float(to_accept), _float(to_done))
                           for name, n, accepted, done, to_accept, to_done in rows]


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


def _ratings(session: Session, figures: Figures, hotel_id: str, since: dt.datetime, until: dt.datetime) -> None:
    n, average, happy = session.execute(
        select(func.count(), func.avg(Feedback.rating), func.sum(case((Feedback.rating >= 4, 1), else_=0)))
        .where(Feedback.hotel_id == hotel_id, _in(Feedback.created_at, since, until))).one()
    figures.ratings, figures.average_rating, figures.csat = n, _float(average), _share(happy, n)


def _sales(session: Session, figures: Figures, hotel_id: str, since: dt.datetime, until: dt.datetime) -> None:
    paid = (select(Reservation.lead_id).join(Payment, Payment.reservation_id == Reservation.id)
            .where(Payment.status == "paid", Reservation.lead_id.is_not(None)))
    figures.leads, figures.leads_converted = session.execute(
        select(func.count(), func.sum(case((Lead.id.in_(paid), 1), else_=0)))
        .where(Lead.hotel_id == hotel_id, _in(Lead.created_at, since, until))).one()
    figures.leads_converted = figures.leads_converted or 0
    figures.conversion_rate = _share(figures.leads_converted, figures.leads)
    for currency, n, total in session.execute(
            select(Payment.currency, func.count(), func.sum(Payment.amount_minor))
            .where(Payment.hotel_id == hotel_id, Payment.status == "paid", _in(Payment.paid_at, since, until))
            .group_by(Payment.currency).order_by(Payment.currency)):
        figures.paid_deposits += n
        figures.revenue_minor[currency] = int(total or 0)


def to_rows(figures: Figures) -> list[tuple[str, str, Any]]:
    """(figure, segment, value) rows: the CSV's shape, one figure per line, segments spelled out."""
    rows: list[tuple[str, str, Any]] = []
    for key, value in asdict(figures).items():
        if key in ("hotel_id", "since", "until"):
            continue
        if isinstance(value, dict):
            rows += [(key, k, v) for k, v in value.items()]
        elif key in ("top_skills", "top_entries"):
            rows += [(key, name, n) for name, n in value]
        elif key == "daily":
            rows += [(f"daily_{what}", day, n) for day, c, t in value for what, n in (("conversations", c),
                                                                                      ("turns", t))]
        elif isinstance(value, list):   # segments and departments: one row per figure of each
            rows += [(f"{key}.{k}", item["name"], v) for item in value for k, v in item.items() if k != "name"]
        else:
            rows.append((key, "", value))
    return rows


def to_csv(figures: Figures) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["hotel", "since", "until", "figure", "segment", "value"])
    for figure, segment, value in to_rows(figures):
        writer.writerow([figures.hotel_id, figures.since.isoformat(), figures.until.isoformat(), figure, segment,
                         "" if value is None else round(value, 4) if isinstance(value, float) else value])
    return out.getvalue()
