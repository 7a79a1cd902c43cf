"""Knowledge gaps: what the concierge could not answer is recorded beside each turn and grouped by meaning."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from agent.concierge import Concierge, TurnResult
from agent.runtime import Runtime
from core.hotels import load_hotel
from core.messages import Channel, InboundMessage
from core.settings import load_settings
from core.store.models import KnowledgeGap, TurnItem, TurnRecord
from kb.gaps import group_gaps, open_gaps, set_status
from tests.conftest import SHARED

HOTEL = load_hotel(SHARED / "hotels" / "harbor-view")


@pytest.fixture
def concierge(tmp_path) -> Concierge:
    settings = load_settings(_env_file=None, redis_url=None, database_url=f"sqlite:///{tmp_path}/gaps.db",
                             embedding_cache_dir=Path(".cache/test-embeddings"),
                             api_key="hotel-server-key")   # the hotel's server can take an API handoff
    runtime = Runtime(settings, hotels={HOTEL.id: HOTEL})
    runtime.db.migrate()
    return Concierge.for_runtime(runtime)


class Guest:
    def __init__(self, concierge: Concierge, channel: Channel = Channel.API):
        self.concierge, self.session, self.channel = concierge, uuid.uuid4().hex, channel

    def says(self, text: str) -> TurnResult:
        message = InboundMessage(hotel_id=HOTEL.id, channel=self.channel, sender="",
                                 provider_id=uuid.uuid4().hex, text=text)
        return self.concierge.handle(message, address=self.session)


def gaps(concierge: Concierge) -> list[KnowledgeGap]:
    with concierge.rt.db.session() as session:
        return open_gaps(session, HOTEL.id)


def test_an_unanswerable_question_is_a_gap_with_its_language_and_nearest_entries(concierge):
    Guest(concierge).says("Do you have a bowling alley?")
    [gap] = gaps(concierge)
    assert (gap.kind, gap.text, gap.language, gap.status) == ("not_sure", "Do you have a bowling alley?", "en", "open")
    assert len(gap.nearest) == 3 and all(HOTEL.kb_entry(n["entry"]) for n in gap.nearest)
    assert gap.nearest[0]["score"] >= gap.nearest[1]["score"] >= gap.nearest[2]["score"]


def test_an_answered_question_leaves_no_gap_but_a_turn_record_with_its_entry(concierge):
    Guest(concierge, Channel.TELEGRAM).says("Do you allow dogs?")
    assert gaps(concierge) == []
    with concierge.rt.db.session() as session:
        [record] = session.scalars(select(TurnRecord)).all()
        items = {(i.kind, i.name) for i in session.scalars(select(TurnItem))}
    assert (record.outcome, record.channel, record.language, record.brain) == ("answered", "telegram", "en", "offline")
    assert ("skill", "search_kb") in items and ("kb", "pet-policy") in items


def test_a_second_miss_hands_over_and_both_are_gaps(concierge):
    guest = Guest(concierge)
    guest.says("Do you have a bowling alley?")
    handed = guest.says("Is there a helipad on the roof?")
    assert handed.trace.handoff
    assert sorted(g.kind for g in gaps(concierge)) == ["handoff", "not_sure"]
    with concierge.rt.db.session() as session:
        outcomes = [r.outcome for r in session.scalars(select(TurnRecord).order_by(TurnRecord.id))]
    assert outcomes == ["not_sure", "handoff"]


def test_a_clarification_that_leads_nowhere_keeps_both_messages(concierge):
    guest = Guest(concierge)
    first = guest.says("4")
    assert "tell me a little more" in first.replies[0].text
    guest.says("Can I land my helicopter?")
    [gap] = gaps(concierge)
    assert gap.kind == "clarification" and gap.text == "4 — Can I land my helicopter?"


def test_a_low_rating_is_a_gap(concierge):
    Guest(concierge).says("I'd rate my stay 1 out of 5, the room was dirty")
    assert [g.kind for g in gaps(concierge)] == ["low_rating"]


def test_the_same_question_in_two_languages_is_one_group_newest_and_biggest_first(concierge):
    for text in ("Is there a bowling alley in the hotel?", "Y a-t-il un bowling à l'hôtel ?",
                 "¿Hay una bolera en el hotel?", "Do you have a helipad?", "¿Tienen helipuerto?",
                 "Is there a casino nearby where I can gamble?"):
        Guest(concierge).says(text)
    groups = group_gaps(gaps(concierge), concierge.rt.embedder)
    assert [g.count for g in groups] == [3, 2, 1]
    assert set(groups[0].examples) == {"Is there a bowling alley in the hotel?", "Y a-t-il un bowling à l'hôtel ?",
                                       "¿Hay una bolera en el hotel?"}
    assert groups[1].examples == ["¿Tienen helipuerto?", "Do you have a helipad?"]   # the newest first
    assert set(groups[1].languages) == {"en", "es"}

    with concierge.rt.db.session() as session:
        assert set_status(session, HOTEL.id, groups[0].ids, "dismissed") == 3
    assert len(gaps(concierge)) == 3
