"""An FAQ answer the hotel wrote only in English, asked in another language: what the hotel's data says of it is
said in the guest's language, and the English clauses follow only when the guest asks about them. Fresh wording;
no message here is an item of a dev set."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.hotels import load_hotel
from tests.test_brain import HOTEL, Guest, offline_concierge, text_of


@pytest.fixture(scope="module")
def concierge(tmp_path_factory):
    return offline_concierge(tmp_path_factory.mktemp("untranslated"), HOTEL)


@pytest.mark.parametrize(("language", "text", "said"), [
    ("ar", "ما هي ساعات الهدوء عندكم؟", "22:00"),
    ("de", "Ab wann ist bei euch Nachtruhe?", "22:00"),
    ("ru", "Сколько стоит ночь в семейном номере?", "259"),
])
def test_a_question_the_data_answers_is_answered_in_the_guests_language_only(concierge, language, text, said):
    turn = Guest(concierge).says(text)
    assert turn.trace.language == language and said in text_of(turn)
    assert not any(w in text_of(turn) for w in ("English", "per night", "front desk", "curtains"))


@pytest.mark.parametrize("text", [
    "Hat das Familienzimmer Verdunkelungsvorhänge?",
    "Les chambres familiales ont-elles des rideaux occultants ?",
])
def test_what_only_the_hotels_english_says_follows_when_the_guest_asks_it(concierge, text):
    turn = Guest(concierge).says(text)
    assert "$259" in text_of(turn) and "blackout curtains" in text_of(turn)


@pytest.fixture(scope="module")
def farm(tmp_path_factory):
    hotel = load_hotel(Path(__file__).resolve().parent / "data" / "hotels" / "chianti-podere-ulivi")
    return hotel, offline_concierge(tmp_path_factory.mktemp("farm"), hotel)   # its pool entry: English only


@pytest.mark.parametrize("text", ["プールの水は温かいですか？温水プール？", "수영장 물은 온수예요?",
                                  "المسبح مدفأ ولا لا؟", "Бассейн подогревается?"])
def test_a_topic_asked_that_the_data_does_not_say_brings_the_hotels_english_clause_on_it(farm, text):
    """The pool's hours are data; whether it is heated only the hotel's English says: the guest asked that."""
    hotel, concierge = farm
    assert "not heated" in text_of(Guest(concierge, hotel=hotel).says(text))
