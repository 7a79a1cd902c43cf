"""Things asked for that the hotel's free list does not name (mosquito spray) are passed on by name; a thing left
behind in a room is lost property, never a request to bring one. Fresh wording; no message here is an item of a
dev set."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.hotels import load_hotel
from tests.test_brain import Guest, offline_concierge, skills_of, text_of

PARIS = load_hotel(Path(__file__).resolve().parent / "data" / "hotels" / "paris-marais-lumiere")


@pytest.fixture(scope="module")
def concierge(tmp_path_factory):
    return offline_concierge(tmp_path_factory.mktemp("left-behind"), PARIS)


@pytest.mark.parametrize(("message", "named"), [
    ("Could someone bring some insect repellent and more towels to room 12?", "repellent"),
    ("Could you send some mosquito repellent up to room 21, please?", "mosquito"),
])
def test_a_thing_the_list_does_not_name_is_passed_on_by_name(concierge, message, named):
    turn = Guest(concierge, hotel=PARIS).says(message)
    assert skills_of(turn) == ["housekeeping"] and named in text_of(turn).lower()


@pytest.mark.parametrize("message", [
    "I think I forgot my charger in room 12 after checkout, is it there?",
    "J'ai laissé mon chargeur dans la chambre 21 ce matin",
    "Ich habe mein Ladekabel in Zimmer 12 vergessen",
])
def test_a_thing_left_behind_is_no_request_to_bring_one(concierge, message):
    turn = Guest(concierge, hotel=PARIS).says(message)
    assert "housekeeping" not in skills_of(turn)
