"""Follow-up questions and meal plans at a ski hotel (Zermatt, a hotel the brain was not written against): a
question that points back but finds its own entry about the same thing keeps it; half-board in the guest's word.
Fresh wording; no message here is an item of a dev set."""

from __future__ import annotations

import pytest

from tests import test_brain_booking_stays
from tests.test_brain_booking_stays import skills_of, talk, text_of

concierge, afternoon = test_brain_booking_stays.concierge, test_brain_booking_stays.afternoon  # four hotels


def test_a_follow_up_whose_own_entry_ties_with_the_topic_gets_its_own_answer(concierge):
    """"Do we need swimsuits in there?" after the sauna's hours: the sauna rules, not the hours again."""
    turns = talk(concierge, "zermatt-alpenrose", "When does the sauna open?", "Do we need swimsuits in there?")
    assert "textile-free" in text_of(turns[1])


@pytest.mark.parametrize(("message", "fact"), [
    ("Quel est le prix de la demi-pension ?", "68"),
    ("Почём у вас полупансион?", "68"),
    ("Was kostet bei euch die Halbpension pro Person?", "68"),
])
def test_half_board_in_the_guests_word_is_the_half_board_answer(concierge, message, fact):
    turn = talk(concierge, "zermatt-alpenrose", message)[0]
    assert "billing_inquiry" not in skills_of(turn) and fact in text_of(turn)
