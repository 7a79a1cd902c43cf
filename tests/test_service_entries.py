"""What a hotel wrote only under hotel.yaml's `services:` is answered, in the FAQ's place, until the FAQ says it."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.concierge import Concierge
from core.hotels import KBEntry, load_hotel
from skills.hotel_facts import restated
from skills.service_entries import answer, service_entries, with_service_entries
from tests.conftest import SHARED
from tests.test_brain import Guest, offline_concierge, text_of

DATA = Path(__file__).parent / "data" / "hotels"
CANCUN = load_hotel(DATA / "cancun-playa-azul")
REYKJAVIK = load_hotel(DATA / "reykjavik-nordurljos")
MUSCAT = load_hotel(DATA / "muscat-dunes-camp")
HARBOR = load_hotel(SHARED / "hotels" / "harbor-view")


def _ids(hotel) -> list[str]:
    return [e.id for e in with_service_entries(hotel).kb[len(hotel.kb):]]


def test_a_service_only_hotel_yaml_describes_becomes_an_entry_said_from_its_fields():
    parking = with_service_entries(CANCUN).kb_entry("hotel-parking")
    assert parking is not None and parking.category == "services"
    assert parking.answer == "Parking: free of charge. Free self-parking for guests; valet not available."
    assert any("parking" in q.lower() for q in parking.questions)


def test_services_the_faq_a_facility_or_a_skill_already_answers_make_no_entry():
    made = _ids(CANCUN)
    # kb.yaml's own entries (airport-transfer, laundry, lost-and-found); the skills' room service and housekeeping
    assert not {"hotel-airport-transfer", "hotel-laundry", "hotel-lost-and-found", "hotel-room-service",
                "hotel-housekeeping"} & set(made)
    # "transport: {taxi, bus}" is what the FAQ's taxis-and-buses entry is about
    assert "hotel-transport" not in made
    # the reference hotel's FAQ says all of its services: its parking entries keep answering
    assert _ids(HARBOR) == []


def test_the_hotels_own_entry_written_later_replaces_the_made_one():
    assert "hotel-umbrellas" in _ids(REYKJAVIK) or "hotel-packages" in _ids(REYKJAVIK)
    own = KBEntry(id="parcels-and-post", questions=["Can I get a package sent to the hotel?"],
                  answer="Yes, reception keeps parcels with your name on them for a week.")
    with_own = REYKJAVIK.model_copy(update={"kb": [*REYKJAVIK.kb, own]})
    assert "hotel-packages" not in _ids(with_own)


def test_prices_are_said_in_the_hotels_currency_and_free_when_zero():
    hotel = REYKJAVIK.model_copy(update={"services": REYKJAVIK.services.model_copy(update={
        "bike_hire": {"price_per_day": 3500, "helmets": {"price": 0}, "notes": "Studded tyres in winter."}})})
    assert answer(hotel, "bike_hire") == \
        "Bike hire: 3,500 ISK per day. Helmets: free of charge. Studded tyres in winter."
    # a guest writing another language hears the price in theirs, the hotel's words beside it in English
    restatement = restated(hotel, "de", answer(hotel, "bike_hire"))
    said, rest = restatement.said, restatement.rest()
    assert said == "Bike hire: 3,500 ISK pro Tag." and "Studded tyres in winter" in rest


def test_a_service_the_hotel_does_not_offer_is_said_so():
    hotel = CANCUN.model_copy(update={"services": CANCUN.services.model_copy(update={
        "karaoke_room": {"available": False, "notes": "The lobby bar has live music on Fridays."}})})
    made = {e.id: e for e in service_entries(hotel)}
    assert made["hotel-karaoke-room"].answer == \
        "The hotel has no karaoke room. The lobby bar has live music on Fridays."


@pytest.fixture(scope="module")
def concierge(tmp_path_factory) -> Concierge:
    return offline_concierge(tmp_path_factory.mktemp("services"), CANCUN, MUSCAT, HARBOR)


@pytest.mark.parametrize("text", ["Is parking free for hotel guests?", "Où peut-on garer la voiture ?",
                                  "Gibt es bei euch einen Parkplatz?", "駐車場はありますか？"])
def test_a_guest_asking_about_parking_hears_what_hotel_yaml_says(concierge, text):
    turn = Guest(concierge, hotel=CANCUN).says(text)
    assert turn.trace.kb[:1] == ["hotel-parking"]
    assert "free of charge" in text_of(turn) and "not sure" not in text_of(turn)


@pytest.mark.parametrize("text", ["Is there a gym at the camp?", "Gibt es ein Fitnessstudio?"])
def test_a_service_another_hotel_does_not_have_is_said_to_be_missing(concierge, text):
    turn = Guest(concierge, hotel=MUSCAT).says(text)
    assert turn.trace.kb[:1] == ["hotel-gym"] and "no gym" in text_of(turn)


def test_the_hotels_own_parking_entry_still_answers(concierge):
    turn = Guest(concierge, hotel=HARBOR).says("Where can we leave the car overnight?")
    assert turn.trace.kb[0] in {"parking", "self-parking"}
