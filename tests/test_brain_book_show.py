"""Booking seats at a show or a concert ("can you book us a flamenco show?", "コンサートを予約したい") is no room
stay: the guest hears what the hotel says of shows (its tours desk), not a list of rooms or a question for
dates. Fresh wording in several languages; no message here is an item of a dev set."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.hotels import load_hotel
from tests.test_brain import Guest, offline_concierge, skills_of

PALERMO = load_hotel(Path(__file__).resolve().parent / "data" / "hotels" / "buenos-aires-palermo")


@pytest.fixture(scope="module")
def concierge(tmp_path_factory):
    return offline_concierge(tmp_path_factory.mktemp("shows"), PALERMO)


@pytest.mark.parametrize("text", [
    "Could you reserve two seats at a tango show this weekend?",
    "¿Nos reservás un espectáculo de tango con cena?",
    "Pouvez-vous réserver un spectacle de tango pour samedi ?",
    "Können Sie uns Karten für eine Tango-Vorstellung reservieren?",
    "Забронируйте, пожалуйста, шоу с ужином на субботу",
    "週末のタンゴのショーを予約したいです",
    "토요일 탱고 쇼 예약 가능할까요?",
])
def test_a_show_booked_is_no_stay(concierge, text):
    turn = Guest(concierge, hotel=PALERMO).says(text)
    assert "check_availability" not in skills_of(turn)
