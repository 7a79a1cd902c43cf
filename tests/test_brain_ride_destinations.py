"""A ride asked for to a kind of place the hotel speaks of ("zum Strand": its beach) is the hotel's own ride, never
a destination it "has nothing about"; a town it never names still is. Fresh wording; no dev-set item."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.hotels import load_hotel
from tests.test_brain import Guest, offline_concierge, text_of

RIVERSIDE = load_hotel(Path(__file__).resolve().parent / "data" / "hotels" / "hoian-lantern-river-hotel")
CAVE = load_hotel(Path(__file__).resolve().parent / "data" / "hotels" / "santorini-caldera-cave-suites")


@pytest.fixture(scope="module")
def concierge(tmp_path_factory):
    return offline_concierge(tmp_path_factory.mktemp("rides"), RIVERSIDE, CAVE)


@pytest.mark.parametrize("message", ["Fährt ein Shuttle zum Strand?", "Hay un bus hacia la Playa?",
                                     "Is there a shuttle to the Beach?"])
def test_a_ride_to_a_kind_of_place_the_hotel_serves_is_answered_without_an_admission(concierge, message):
    turn = Guest(concierge, hotel=RIVERSIDE).says(message)
    assert "beach-shuttle" in turn.trace.kb and "15" in text_of(turn)
    assert not any(word in text_of(turn) for word in ("nichts", "no tengo", "nothing", "don't have"))


@pytest.mark.parametrize("message", ["공항에서 호텔까지 픽업 돼요?", "Есть трансфер из аэропорта до отеля?"])
def test_a_ride_to_the_hotel_itself_is_its_transfer(concierge, message):
    turn = Guest(concierge, hotel=CAVE).says(message)
    assert "transfers" in turn.trace.kb and not any(w in text_of(turn) for w in ("정보는 없", "нет информации"))
