"""Which of two entries answers: the one about the thing asked (the TV's streaming and sign-ins) over a list that
names it among others (what the rooms have); and beside the price of a thing, the children's own entry when the
question asks what the kids pay for it. Fresh wording in several languages; no message here is an item of a dev
set."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.brains.faq import Lexicon
from core.hotels import load_hotel
from kb.search import KBHit
from tests import test_brain
from tests.test_brain import HOTEL, Guest

concierge, afternoon = test_brain.concierge, test_brain.afternoon
KIDS_BREAKFAST = {"breakfast", "children-policy", "kids-menu"}  # the entries that say what children pay for it


@pytest.mark.parametrize("text", [
    "Can I log into my own Hulu account on the television in my room?",
    "Kann ich mich auf dem Fernseher im Zimmer mit meinem Netflix-Konto anmelden?",
])
def test_a_question_about_one_thing_of_the_room_is_answered_by_that_things_entry(concierge, text):
    assert Guest(concierge).says(text).trace.kb[:1] == ["tv-streaming"]


@pytest.mark.parametrize("text", [
    "My daughter is 3 and my son is 9, is breakfast extra for them?",
    "Mis hijos tienen 5 y 8 años, ¿pagan el desayuno?",
    "Unsere Kinder sind 3 und 8. Zahlen sie für das Frühstück?",
    "Детям 4 и 9 лет. Они платят за завтрак?",
    "孩子5岁和8岁，早餐要付钱吗？",
])
def test_what_the_kids_pay_for_breakfast_is_told_by_an_entry_that_says_it(concierge, text):
    assert KIDS_BREAKFAST & set(Guest(concierge).says(text).trace.kb)


def test_the_childrens_entry_is_added_only_for_a_price_asked_for_them():
    """"Do kids pay for breakfast?" hears the children's policy beside breakfast; "when is breakfast?" does not."""
    lexicon = Lexicon(HOTEL)
    hits = [KBHit(entry=HOTEL.kb_entry(entry_id), score=score, matched="") for entry_id, score in
            (("breakfast-included", 0.70), ("breakfast", 0.62), ("children-policy", 0.55))]
    paid = lexicon.complement("Do the children have to pay for breakfast?", hits, "breakfast-included", 0.63)
    assert paid in HOTEL.kb_entry("children-policy").questions
    assert lexicon.complement("Can the children come to breakfast?", hits, "breakfast-included", 0.63) is None


def test_of_two_entries_about_as_broad_the_encoders_choice_stands():
    """Two airports' transfers each speak of cars, shuttles and prices: neither is a list naming the other's topic
    in passing, so the fewer topics of one (here, a German translation's) do not overrule the nearest."""
    hotel = load_hotel(Path(__file__).resolve().parent / "data" / "hotels" / "istanbul-galata-konak")
    hits = [KBHit(entry=hotel.kb_entry(entry_id), score=score, matched="") for entry_id, score in
            (("airport-transfer-ist", 0.71), ("airport-transfer-saw", 0.69))]
    support = {"airport-transfer-ist": 2.0, "airport-transfer-saw": 2.0}
    chosen = Lexicon._specific(hits[0], hits, {"transfer", "airport"}, lambda hit: support[hit.entry.id], "de")
    assert chosen.entry.id == "airport-transfer-ist"
