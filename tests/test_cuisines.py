"""A cuisine asked for by name that no place the hotel lists serves is said to be unknown before the other places
to eat; one a place serves is answered by that place. Fresh wording in several languages on the reference hotel
(seafood, ramen, a taqueria, a bistro nearby); no message here is an item of a dev set."""

from __future__ import annotations

import pytest

from core.hotels import LANGUAGES
from core.i18n import say
from skills.cuisines import asked_cuisine, served_nearby
from tests import test_brain
from tests.test_brain import HOTEL, Guest, skills_of, text_of

concierge, afternoon = test_brain.concierge, test_brain.afternoon
UNKNOWN = [say("rec_cuisine_unknown", language, asked="").split("“")[0].split("«")[0][:12] for language in LANGUAGES]


@pytest.mark.parametrize(("message", "cuisine"), [
    ("Is there a decent Korean restaurant close by?", "korean"), ("¿Hay comida india cerca del hotel?", "indian"),
    ("On cherche un restaurant chinois pas loin", "chinese"),
    ("Gibt es ein thailändisches Restaurant in der Nähe?", "thai"), ("Где поблизости корейская кухня?", "korean"),
    ("附近有没有韩国料理？", "korean"), ("近くに中華料理の店はありますか？", "chinese"),
    ("근처에 인도 음식 먹을 데 있어요?", "indian"), ("هل يوجد مطعم صيني قريب؟", "chinese"),
    ("Tem algum restaurante tailandês aqui perto?", "thai"),
])
def test_a_cuisine_no_place_serves_is_said_unknown_before_the_places_to_eat(concierge, message, cuisine):
    turn = Guest(concierge).says(message)
    text = text_of(turn)
    assert asked_cuisine(message)[0] == cuisine and "local_recommendations" in skills_of(turn)
    assert any(opening in text for opening in UNKNOWN), text


@pytest.mark.parametrize(("message", "place"), [
    ("Any place for tacos near you?", "La Marea Taqueria"), ("¿Dónde como comida mexicana por aquí?", "La Marea"),
    ("Is there a Japanese restaurant nearby? We'd love ramen", "Bayview Ramen"),
])
def test_a_cuisine_a_place_serves_is_answered_by_it(concierge, message, place):
    text = text_of(Guest(concierge).says(message))
    assert place in text and not any(opening in text for opening in UNKNOWN), text


@pytest.mark.parametrize("message", [
    "I'm Korean, is there staff who speaks Korean?", "Do you have Chinese TV channels?", "Wir sind aus Italien",
])
def test_a_people_or_a_language_is_no_cuisine(message):
    assert asked_cuisine(message) is None


def test_the_food_of_the_hotels_own_country_is_served_whatever_its_places_say():
    assert served_nearby("mexican", [], "Mexico") and not served_nearby("mexican", [], "Peru")
    assert served_nearby("japanese", HOTEL.places, HOTEL.address.country)  # the ramen bar
