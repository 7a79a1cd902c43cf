"""Answers that must say no when no is the answer, in fresh wording and several languages: a kind of room asked
for dates it is sold out on; a yes that answers another question than the guest's; a ride to a place the hotel
never names; a place open in its season only; a light sleeper's question, which is no complaint (while a real
noise complaint still is)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from agent.brains import room_slots
from core.hotels import load_hotel
from skills.places import parse_hours
from tests.test_brain import offline_concierge, skills_of, text_of
from tests.test_brain_places import saturday, says  # noqa: F401 (the autouse clock of the places tests)

HOTELS = Path(__file__).resolve().parent / "data" / "hotels"
ATOLL = load_hotel(HOTELS / "maldives-coral-atoll")
JACARANDA = load_hotel(HOTELS / "oaxaca-casa-jacaranda")
RIVER = load_hotel(HOTELS / "bangkok-chao-phraya")
NEVSKY = load_hotel(HOTELS / "spb-nevsky-courtyard")
PALERMO = load_hotel(HOTELS / "buenos-aires-palermo")


@pytest.fixture(scope="module")
def concierge(tmp_path_factory):
    return offline_concierge(tmp_path_factory.mktemp("say-no"), ATOLL, JACARANDA, RIVER, NEVSKY, PALERMO)


@pytest.mark.parametrize(("hotel", "text", "kind"), [
    (JACARANDA, "¿Tienen alguna suite libre?", {"CP", "JC"}),
    (JACARANDA, "スイートは空いていますか", {"CP", "JC"}),
    (ATOLL, "any overwater villa left?", {"WVP", "OSS"}),
    (ATOLL, "Is the Water Villa with Pool free?", set()),  # one type named: no kind
])
def test_a_kind_several_room_types_share_is_read_as_those_types(hotel, text, kind):
    assert set(room_slots.rooms_of_kind(text, hotel.rooms)) == kind


@pytest.mark.parametrize(("hotel", "message", "sold_out"), [
    (JACARANDA, "Do you have a suite from July 20 to July 23, 2027?", "not available"),
    (JACARANDA, "Avez-vous une suite de libre du 20 au 23 juillet 2027 ?", "ne sont pas disponibles"),
    (JACARANDA, "Habt ihr vom 20. bis 23. Juli 2027 eine Suite frei?", "nicht verfügbar"),
    (ATOLL, "Any overwater villa open for booking? Dec 30 2026 to Jan 2 2027, two of us.", "not available"),
    (ATOLL, "¿Queda alguna villa sobre el agua libre? Del 30 de diciembre de 2026 al 2 de enero de 2027.", "agotad"),
])
def test_a_kind_of_room_sold_out_is_said_to_be_before_the_rooms_free(concierge, hotel, message, sold_out):
    turn = says(concierge, hotel, message)
    said = text_of(turn)
    assert skills_of(turn) == ["check_availability"], said
    assert sold_out in said.split("\n")[0], said


@pytest.mark.parametrize("message", [
    "Am I allowed to pack some whisky from the airport duty free?",
    "Можно взять с собой бутылку виски из дьюти-фри?",
    "我能带一瓶免税店的酒过去吗？",
    "Puis-je apporter une bouteille de vin achetée au duty free ?",
])
def test_a_yes_to_another_question_does_not_open_a_refusal(concierge, message):
    said = text_of(says(concierge, ATOLL, message))
    assert not said.lstrip().startswith(("Yes", "Да", "可以")) and "Yes," not in said.split(":", 1)[-1][:6], said


@pytest.mark.parametrize("message", ["Do you serve alcohol?", "Вы подаёте алкоголь?"])
def test_a_yes_to_the_question_asked_stays(concierge, message):
    assert text_of(says(concierge, ATOLL, message)).startswith(("Yes", "Да"))


@pytest.mark.parametrize(("message", "named"), [
    ("Does the hotel run a minibus to Hua Hin?", "Hua Hin"),
    ("¿Tienen traslado hasta Kanchanaburi?", "Kanchanaburi"),
    ("Gibt es einen Shuttle nach Pattaya?", "Pattaya"),
    ("有去华欣的班车吗？", "华欣"),
    ("파타야까지 가는 셔틀 있어요?", "파타야"),
])
def test_a_ride_to_a_place_the_hotel_never_names_is_said_to_be_missing(concierge, message, named):
    said = text_of(says(concierge, RIVER, message))
    assert named in said.split("\n")[0], said


@pytest.mark.parametrize("message", [
    "Is there a kids club where the little ones can play while we relax?",
    "¿Hay algún club infantil en el hotel?",
    "Gibt es bei Ihnen einen Kinderclub?",
    "キッズクラブはありますか？",
])
def test_a_kids_club_a_hotel_that_welcomes_children_lacks_is_not_its_children_policy(concierge, message):
    """A hotel that writes "kids stay free" has spoken of children, not of a kids club: no answer about its cots."""
    said = text_of(says(concierge, JACARANDA, message))
    assert "cot" not in said and "MXN" not in said, said


@pytest.mark.parametrize("message", ["Does the shuttle boat stop at ICONSIAM?", "Is there a boat to Sathorn Pier?"])
def test_a_ride_to_a_place_the_hotel_names_is_no_missing_one(concierge, message):
    assert "don't have anything" not in text_of(says(concierge, RIVER, message))


def test_a_season_in_a_places_hours_is_read():
    bridges = parse_hours("Navigation season only (April to November): raised 01:10-02:50")
    assert bridges.in_season(dt.date(2027, 6, 1)) and not bridges.in_season(dt.date(2026, 12, 6))
    assert parse_hours("Daily 10:00-18:00").season is None


@pytest.mark.parametrize("message", ["Will they raise the bridges tonight?", "Are the bridges raised on Sunday?"])
def test_a_place_out_of_its_season_is_said_to_be_closed(concierge, message):
    said = text_of(says(concierge, NEVSKY, message))
    assert not said.startswith("Yes"), said


@pytest.mark.parametrize("message", [
    "I'm a light sleeper. Which of your rooms is best for me?",
    "Tengo el sueño ligero. ¿Qué habitación me conviene?",
    "J'ai le sommeil léger. Quelle chambre me conseillez-vous ?",
    "Я чутко сплю. Какой номер посоветуете?",
])
def test_a_light_sleepers_question_is_no_complaint(concierge, message):
    assert "complaints" not in skills_of(says(concierge, PALERMO, message))


@pytest.mark.parametrize("message", [
    "The bar downstairs is so loud I can't sleep. Can someone do something?",
    "Hay muchísimo ruido en el pasillo y no puedo dormir.",
])
def test_a_noise_complaint_is_still_one(concierge, message):
    assert "complaints" in skills_of(says(concierge, PALERMO, message))
