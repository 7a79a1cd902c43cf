"""A diet a guest must keep (halal, kosher, gluten-free) is a requirement, not a taste: places nearby are named for it
only where the hotel says a place keeps it; else the guest hears that no place known fits, never a list that seems
to. Fresh wording at the reference hotel, whose places say no such thing; no message here is an item of a dev set."""

from __future__ import annotations

import pytest

from tests import test_brain
from tests.test_brain import Guest, skills_of, text_of

concierge, afternoon = test_brain.concierge, test_brain.afternoon  # the same fixtures: one hotel, a Saturday


@pytest.mark.parametrize("message", [
    "Is there a halal place to eat near the hotel?", "¿Hay algún restaurante kosher cerca?",
    "Un restaurant sans gluten dans le quartier ?", "附近有清真餐馆吗？", "近くにハラール対応のお店はありますか",
    "근처에 할랄 식당 있어요?", "هل يوجد مطعم حلال قريب؟",
])
def test_a_diet_no_place_is_said_to_keep_names_no_place(concierge, message):
    turn = Guest(concierge).says(message)
    assert skills_of(turn) == ["local_recommendations"] and not turn.trace.skills[0].ok
    assert not any(name in text_of(turn) for name in ("Pier 9", "Bayview Ramen", "La Marea", "Seagrass"))


def test_restaurants_asked_without_a_diet_are_still_named(concierge):
    assert "Pier 9" in text_of(Guest(concierge).says("Any good restaurants near the hotel?"))
