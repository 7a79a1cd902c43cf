"""The wake-up call is set for the hour asked in the clause that asks for it, not for the train or the ferry told
beside it. Fresh wording; no message here is an item of a dev set."""

from __future__ import annotations

import pytest

from tests.test_brain import MARIA, Guest, afternoon, concierge, skills_of, text_of  # noqa: F401  (the fixtures)


@pytest.mark.parametrize(("message", "hour"), [
    ("Our bus leaves at 8:15 tomorrow - please wake us at 6:40", "06:40"),
    ("At 5:20 please wake me, my flight boards at 7:05", "05:20"),
    ("Nuestro tren sale a las 9:30; despiértenos a las 7:15, por favor", "07:15"),
    ("Le bateau part à 10h, pouvez-vous me réveiller à 8h ?", "08:00"),
    ("Der Flug geht um 11:40, bitte wecken Sie mich um 8:50.", "08:50"),
    ("明早九点的火车，请七点半叫醒我", "07:30"),
])
def test_the_wake_up_hour_is_the_one_asked_not_the_trip_told_beside_it(concierge, message, hour):  # noqa: F811
    turn = Guest(concierge, MARIA).says(message)
    assert skills_of(turn) == ["wake_up_call"] and hour in text_of(turn), text_of(turn)
