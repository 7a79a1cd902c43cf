"""Check-out asked in plain English words ("when is check out?", "checkout", "hang onto the room"), after a story of
the trip home that an arrival's entry is worded like. Fresh wording; no message here is an item of a dev set."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.concierge import Concierge
from core.hotels import load_hotel
from kb import glossary
from tests.test_brain import HOTEL, Guest, offline_concierge, text_of

CUSCO = load_hotel(Path(__file__).resolve().parent / "data" / "hotels" / "cusco-inti-terrace")  # arrivals from Lima


@pytest.fixture(scope="module")
def concierge(tmp_path_factory) -> Concierge:
    return offline_concierge(tmp_path_factory.mktemp("checkout"), HOTEL, CUSCO)


@pytest.mark.parametrize(("text", "topic"), [
    ("When is check out?", "check-out"), ("what time is checkout", "check-out"), ("check out by when?", "check-out"),
    ("Can we check in before noon?", "check-in"), ("checkin time?", "check-in"),
])
def test_check_in_and_out_said_as_verbs_name_their_topic(text, topic):
    assert topic in glossary.named(text, "en")


def test_checking_out_a_sight_is_no_departure():
    assert "check-out" not in glossary.named("We'd love to check out the old town tomorrow", "en")


@pytest.mark.parametrize(("message", "said"), [
    ("Our bus to Puno leaves at 4pm. When is check out?", "10:00"),
    ("Our flight back to Lima is at 5:15pm. What time is checkout?", "10:00"),
    ("Train to Ollantaytambo at 3pm tomorrow - can we hang onto the room until 1?", "13:00"),
])
def test_the_trip_home_is_the_story_of_a_check_out_question(concierge, message, said):
    """The arrival's entry ("our flight from Lima lands at 8 am") is worded like the story, not like the question:
    the check-out (by 10:00) or the late check-out (until 13:00) answers."""
    turn = Guest(concierge, hotel=CUSCO).says(message)
    assert said in text_of(turn) and "early-check-in" not in turn.trace.kb[:1], text_of(turn)


@pytest.mark.parametrize("message", [
    "What do we need to check in?", "入住时需要带什么？", "체크인할 때 필요한 게 있나요?",
    "Was brauchen wir beim Check-in?", "チェックインに必要なものは何ですか？",
])
def test_what_is_needed_at_check_in_is_the_id_asked_for(concierge, message):
    """Not the check-in time: what to show (an ID and a card)."""
    assert "id-at-check-in" in Guest(concierge).says(message).trace.kb
