"""A plain wish to see or do something in town, which no FAQ entry answers, is met by the places nearby the hotel
lists, not by "I'm not sure"; a question about a thing the hotel never speaks of still is. Fresh wording in
several languages, on the reference hotel and a development hotel; no message here is an item of a dev set."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.brains import wants
from agent.concierge import Concierge, TurnResult
from core.hotels import LANGUAGES, load_hotel
from core.i18n import say
from tests.test_brain import HOTEL, Guest, offline_concierge, skills_of, text_of

PEARL = load_hotel(Path(__file__).resolve().parent / "data" / "hotels" / "dubai-marina-pearl")
NOT_SURE = [say("not_sure", language) for language in LANGUAGES]


@pytest.fixture(scope="module")
def concierge(tmp_path_factory) -> Concierge:
    return offline_concierge(tmp_path_factory.mktemp("harbor"), HOTEL)


@pytest.fixture(scope="module")
def pearl(tmp_path_factory) -> Concierge:
    return offline_concierge(tmp_path_factory.mktemp("sights"), PEARL)


def says(concierge: Concierge, text: str) -> TurnResult:
    return Guest(concierge, hotel=PEARL).says(text)


def _listed(turn: TurnResult, names: list[str]) -> bool:
    text = text_of(turn)
    return "local_recommendations" in skills_of(turn) and any(name in text for name in names) and \
        not any(words in text for words in NOT_SURE)


@pytest.mark.parametrize("message", [
    "Anything worth seeing in town this afternoon?",
    "¿Qué nos recomiendan visitar esta tarde?",
    "Qu'est-ce qu'il y a à voir dans le coin ?",
    "이 동네에 구경할 만한 데 있나요?",
    "この街で見るべきところはどこですか？",
])
def test_a_plain_wish_to_see_the_town_lists_the_places_nearby(concierge, message):
    assert _listed(Guest(concierge).says(message), [place.name for place in HOTEL.places])


@pytest.mark.parametrize("message", [
    "What should we see in the city?",
    "Wohin könnten wir am Sonntag mit den Eltern gehen?",
    "Что посмотреть в городе?",
    "ماذا نزور في المدينة؟",
    "城里有什么值得看的？",
])
def test_on_another_hotel_the_sights_come_before_its_restaurants(pearl, message):
    turn = says(pearl, message)
    assert _listed(turn, ["Dubai Marina Walk", "JBR The Beach", "Dubai Frame", "Burj Khalifa"])
    assert "Al Reef Shawarma" not in text_of(turn)  # one eats there: not a sight


@pytest.mark.parametrize("message", [
    "Where can we go to play tennis?",
    "What should I do if I lose my key card?",
    "Where should I go to pay my bill?",
])
def test_what_the_hotel_never_speaks_of_is_still_not_guessed(pearl, message):
    turn = says(pearl, message)
    assert "local_recommendations" not in skills_of(turn) and say("not_sure", "en") in text_of(turn)


@pytest.mark.parametrize(("sentence", "asks"), [
    ("Any sights worth a visit around here?", True),
    ("¿Adónde podemos ir esta noche?", True),
    ("Куда можно сходить вечером?", True),
    ("近くに何か見どころはありますか？", True),
    ("Where can we go bowling?", False),
    ("What can I do about the noise?", False),
    ("¿A qué hora es el desayuno?", False),
])
def test_the_wish_to_see_the_town_is_read_as_such(sentence, asks):
    assert bool(wants.SIGHTSEEING.search(sentence)) is asks


@pytest.mark.parametrize(("message", "days"), [
    ("Plan our 3 free days for us, we like markets and the beach", 3),
    ("¿Nos organizas los dos días que tenemos libres?", 2),
    ("Pourriez-vous nous faire un programme pour trois jours ?", 3),
    ("Können Sie unsere zwei freien Tage planen?", 2),
    ("Составьте, пожалуйста, программу на 2 дня", 2),
    ("请帮我们安排三天的行程", 3),
    ("2日間のプランを作ってもらえますか？", 2),
    ("3일 동안 일정 좀 짜 주세요", 3),
])
def test_a_plan_asked_for_several_days_plans_each_of_them(pearl, message, days):
    """Each day of the plan is dated and none repeats a place of another."""
    turn = Guest(pearl, hotel=PEARL).says(message)
    call = next(c for c in turn.trace.skills if c.name == "itinerary_plan")
    assert call.args.get("days") == days
    stops = [line for line in text_of(turn).splitlines() if " — " in line]
    assert len(stops) == len(set(stops)) > 4
