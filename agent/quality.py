"""What each turn teaches the hotel: a `TurnRecord` for analytics, and a `KnowledgeGap` when the guest went unserved.

`take_turn` calls `record_turn` once the guest has been answered. A gap is a turn
that ended in "not sure", a clarification that led nowhere (the bot asked the
guest to say more, and still could not help), a handoff, or a low rating; it
keeps the guest's words, the language and the nearest KB entries so the Gaps
page can group it with others and staff can answer it once. Recording never
costs the guest their answer: a failure here is logged and the turn stands.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from core.effects import GuestMessageForStaff, HandoffStarted
from core.i18n import say
from core.store.models import KnowledgeGap, Message, TurnItem, TurnRecord
from skills.feedback import LOW_RATING

if TYPE_CHECKING:
    from agent.runtime import Runtime
    from agent.turn import Turn, TurnResult

log = logging.getLogger(__name__)

NEAREST = 3      # KB entries kept with a gap
UNSERVED = ("not_sure", "clarify", "handoff")


def outcome(result: TurnResult, answered_by_brain: bool) -> str:
    """How the turn ended, in the words analytics counts."""
    if any(isinstance(e, GuestMessageForStaff) for e in result.effects):
        return "staff"
    if not answered_by_brain:
        return "guard"
    if any(isinstance(e, HandoffStarted) for e in result.effects):
        return "handoff"
    texts = "\n".join(r.text for r in result.replies)
    language = result.trace.language
    if say("not_sure", language) in texts:
        return "not_sure"
    if say("say_more", language) in texts:
        return "clarify"
    return "answered"


def _low_rating(result: TurnResult) -> bool:
    return any(c.name == "feedback" and c.ok and int(c.args.get("rating") or 5) <= LOW_RATING
               for c in result.trace.skills)


def _gap_kind(ended: str, previous: str | None, result: TurnResult) -> str | None:
    if ended in UNSERVED and previous == "clarify":
        return "clarification"
    if ended in ("not_sure", "handoff"):
        return ended
    if _low_rating(result):
        return "low_rating"
    return None


def record_turn(rt: Runtime, turn: Turn, result: TurnResult, answered_by_brain: bool) -> None:
    """Write the turn's record (and its gap, if any); never raises for the guest's sake."""
    try:
        _record(rt, turn, result, answered_by_brain)
    except (SQLAlchemyError, LookupError, ValueError):
        log.exception("could not record turn of conversation %s", result.conversation_id)


def _record(rt: Runtime, turn: Turn, result: TurnResult, answered_by_brain: bool) -> None:
    message, trace = turn.message, result.trace
    ended = outcome(result, answered_by_brain)
    text = (trace.transcript or message.text or "").strip()
    with rt.db.session() as session:
        # The turn before counts only after an unserved one (asked to say more, then still unserved): a query
        # that an answered turn, nearly all of them, does without.
        previous = session.execute(
            select(TurnRecord.outcome, Message.text).outerjoin(Message, Message.id == TurnRecord.message_id)
            .where(TurnRecord.conversation_id == result.conversation_id)
            .order_by(TurnRecord.id.desc()).limit(1)).first() if ended in UNSERVED and text else None
        record = TurnRecord(hotel_id=message.hotel_id, conversation_id=result.conversation_id,
                            message_id=result.inbound_message_id, channel=message.channel.value,
                            language=trace.language, brain=trace.brain if answered_by_brain else "guard",
                            outcome=ended, voice=message.audio is not None, cost_usd=result.cost_usd)
        session.add(record)
        session.flush()
        names = [("skill", c.name) for c in trace.skills] + [("kb", k) for k in trace.kb]
        session.add_all(TurnItem(turn_id=record.id, hotel_id=record.hotel_id, kind=kind, name=name)
                        for kind, name in dict.fromkeys(names))
        kind = _gap_kind(ended, previous.outcome if previous else None, result) if text else None
        if kind is None:
            return
        if kind == "clarification" and previous.text:
            text = f"{previous.text.strip()} — {text}"
        hits = rt.kb(message.hotel_id).search(text, k=NEAREST)
        session.add(KnowledgeGap(hotel_id=message.hotel_id, conversation_id=result.conversation_id,
                                 message_id=result.inbound_message_id, kind=kind, text=text[:2000],
                                 language=trace.language,
                                 nearest=[{"entry": h.entry.id, "score": round(h.score, 3)} for h in hits]))
