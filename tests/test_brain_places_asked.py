"""The offline brain on a place nearby asked about in the guest's words: what it costs, how to get there and when
it opens come from the place's own facts, in the guest's language; a day said in a sentence that only tells the
guest's plans ("we fly home on Thursday") asks nothing of a place's hours. Fresh wordings; no dev-set message."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.brains import nearby
from agent.concierge import Concierge
from core.hotels import load_hotel
from tests.test_brain import offline_concierge, skills_of, text_of
from tests.test_brain_places import saturday, says  # noqa: F401 (the autouse clock of the places tests)

HOTELS = Path(__file__).resolve().parent / "data" / "hotels"
RIVER = load_hotel(HOTELS / "bangkok-chao-phraya")
MARINA = load_hotel(HOTELS / "dubai-marina-pearl")
ATOLL = load_hotel(HOTELS / "maldives-coral-atoll")


@pytest.fixture(scope="module")
def concierge(tmp_path_factory) -> Concierge:
    return offline_concierge(tmp_path_factory.mktemp("asked"), RIVER, MARINA, ATOLL)


@pytest.mark.parametrize(("message", "facts"), [
    ("ワット・アルンの入場料はいくらですか？", ["200", "08:00"]),
    ("왓포 몇 시에 문 닫아요? 입장료도 알려주세요", ["18:30", "300"]),
    ("Сколько стоит вход в Большой дворец и когда он открыт?", ["500", "08:30"]),
    ("¿Cuánto cuesta la entrada al Gran Palacio?", ["500"]),
])
def test_a_sights_price_and_hours_come_from_its_facts(concierge, message, facts):
    turn = says(concierge, RIVER, message)
    assert "local_recommendations" in skills_of(turn)
    assert all(fact in text_of(turn) for fact in facts), text_of(turn)


@pytest.mark.parametrize(("hotel", "message", "way"), [
    (MARINA, "كيف نروح برج خليفة؟", "مترو"),
    (RIVER, "아이콘시암 가는 방법 알려주세요", "보트"),
    (RIVER, "Как добраться до ICONSIAM?", "лодк"),
])
def test_the_way_to_a_place_is_said_in_the_guests_language(concierge, hotel, message, way):
    turn = says(concierge, hotel, message)
    assert way in text_of(turn), text_of(turn)


@pytest.mark.parametrize("message", [
    "Our seaplane leaves Thursday at noon from Malé. Can I still go diving Thursday morning?",
    "Wir fliegen am Donnerstag ab Malé zurück. Kann ich am Donnerstagmorgen noch tauchen?",
    "On rentre jeudi depuis Malé à midi. Je peux plonger jeudi matin ?",
])
def test_a_day_in_a_told_plan_is_not_a_places_opening(concierge, message):
    turn = says(concierge, ATOLL, message)
    assert turn.trace.kb  # the dive is answered from the FAQ
    assert not text_of(turn).lower().startswith(("yes", "oui")) and "Thursday" not in text_of(turn)
    assert "jeudi" not in text_of(turn)


@pytest.mark.parametrize("message", ["大皇宫可以穿短裤进去吗？", "왓포에 반바지 입고 가도 돼요?",
                                     "Darf man im Großen Palast Shorts tragen?"])
def test_a_rule_about_a_named_sight_is_the_hotels_answer(concierge, message):
    """What to wear at a sight the guest names: the hotel's dress rule (its questions name the sight), not the
    sight's hours."""
    turn = says(concierge, RIVER, message)
    assert "temple-dress-code" in turn.trace.kb, text_of(turn)


CUSCO = load_hotel(HOTELS / "cusco-inti-terrace")   # "Mercado Central de San Pedro", two places "de San Blas"


@pytest.mark.parametrize(("message", "place"), [
    ("Where's the San Pedro market exactly?", "mercado-san-pedro"),
    ("Does San Pedro open early enough for breakfast juice?", "mercado-san-pedro"),
    ("Is the San Cristóbal lookout worth the climb?", "mirador-san-cristobal"),
])
def test_a_place_named_by_capitalised_words_of_its_name_is_that_place(message, place):
    """Guests shorten a name, and translate its kind: "the San Pedro market" of "Mercado Central de San Pedro"."""
    found = nearby.named_place(message, CUSCO.places, CUSCO.address.city)
    assert found is not None and found.id == place


def test_words_that_name_two_places_name_neither():
    assert nearby.named_place("Is San Blas busy on Saturdays?", CUSCO.places, CUSCO.address.city) is None


def test_a_capitalised_word_opening_the_sentence_is_not_part_of_the_name():
    assert nearby.named_place("What Time does San Pedro open?", CUSCO.places, CUSCO.address.city).id == \
        "mercado-san-pedro"
