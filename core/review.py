"""Staff review the bot: a reply marked good or bad (and why) becomes a case in the hotel's own regression set.

`mark` records the verdict on one bot reply (marking it again changes it);
`eval_items` turns reviewed replies into items in the format of
`shared/eval/score.py` (`questions:` with `id`, `kind`, `text`, `lang`,
`expect`): a good reply must keep using the same skills and KB entries and the
same handoff decision; a bad one must not say the same words again, and must
answer from the entry staff wrote for it if they since answered its gap.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.store.models import Conversation, KnowledgeGap, Message, Review, TurnItem, TurnRecord

VERDICTS = ("good", "bad")
QUOTE = 60   # characters of a bad reply the replay must not repeat


class ReviewError(ValueError):
    """A review that cannot be recorded as asked (the message says why)."""


def mark(session: Session, hotel_id: str, message_id: int, verdict: str, reason: str, author: str) -> Review:
    """Record staff's verdict on one bot reply of the hotel."""
    if verdict not in VERDICTS:
        raise ReviewError(f"verdict must be one of {', '.join(VERDICTS)}")
    row = session.execute(select(Message, Conversation).join(Conversation, Conversation.id == Message.conversation_id)
                          .where(Message.id == message_id)).first()
    if row is None or row.Conversation.hotel_id != hotel_id or row.Message.author != "bot":
        raise ReviewError(f"no bot reply {message_id} at {hotel_id}")
    review = session.scalar(select(Review).where(Review.message_id == message_id))
    if review is None:
        review = Review(hotel_id=hotel_id, conversation_id=row.Conversation.id, message_id=message_id)
        session.add(review)
    review.verdict, review.reason, review.author = verdict, reason.strip()[:2000], author
    review.created_at = dt.datetime.now(dt.UTC)
    session.flush()
    return review


def _question(session: Session, reply: Message) -> Message | None:
    """The guest's message the reply answered: the last one before it in the conversation."""
    return session.scalar(select(Message).where(Message.conversation_id == reply.conversation_id,
                                                Message.direction == "in", Message.id < reply.id)
                          .order_by(Message.id.desc()).limit(1))


def eval_items(session: Session, hotel_id: str, since: dt.datetime | None = None) -> list[dict[str, Any]]:
    """Every reviewed reply of the hotel as an item of a questions file, oldest review first."""
    query = select(Review, Message).join(Message, Message.id == Review.message_id).where(Review.hotel_id == hotel_id)
    if since is not None:
        query = query.where(Review.created_at >= since)
    items = []
    for review, reply in session.execute(query.order_by(Review.id)):
        question = _question(session, reply)
        if question is None or not (question.transcript or question.text).strip():
            continue
        turn = session.scalar(select(TurnRecord).where(TurnRecord.message_id == question.id))
        names = session.execute(select(TurnItem.kind, TurnItem.name).where(TurnItem.turn_id == turn.id)).all() \
            if turn is not None else []
        expect: dict[str, Any] = {}
        if review.verdict == "good":
            skills = [name for kind, name in names if kind == "skill"]
            entries = [name for kind, name in names if kind == "kb"]
            if skills:
                expect["skill_any"] = skills
            if entries:
                expect["kb_any"] = entries
            if turn is not None:
                expect["handoff"] = turn.outcome == "handoff"
        else:
            expect["not_contains"] = [re.escape(reply.text.strip()[:QUOTE])]
            answered = session.scalar(select(KnowledgeGap.entry_id).where(KnowledgeGap.message_id == question.id,
                                                                          KnowledgeGap.status == "answered"))
            if answered:
                expect.update(skill="search_kb", kb_any=[answered])
        item = {"id": f"review-{reply.id}", "kind": f"reviewed-{review.verdict}",
                "text": question.transcript or question.text, "lang": turn.language if turn is not None else None,
                "review": review.reason or None, "expect": expect}
        items.append({key: value for key, value in item.items() if value is not None})
    return items
