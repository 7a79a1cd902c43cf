"""A tax charged per person and night beside the rate (a city tax, a Kurtaxe, a taxe de séjour), however a hotel
names its block: a quote says it is not included instead of calling the price all-in."""

from __future__ import annotations

import datetime as dt

import pytest

from core.conversations import open_conversation
from core.hotels import Hotel, Taxes
from skills import check_availability
from skills.base import SkillContext
from skills.check_availability import Args
from skills.inventory import quote
from tests.conftest import NOON, KeywordKB

D = dt.date


@pytest.mark.parametrize(("taxes", "expected"), [
    ({"rates_include_tax": True, "city_tax": {"name": "city tax", "per_adult_per_night": 3.25}}, ("adult", 3.25)),
    ({"kurtaxe": {"per_person_per_night": 2.8}}, ("guest", 2.8)),
    ({"visitor_levy": {"name": "Besucherabgabe", "per_guest_per_night": 5}}, ("guest", 5.0)),
    ({"tourist_tax": {"percent": 2, "note": "included"}}, None),
    ({"city_tax": {"per_adult_per_night": 4, "included_in_rates": True}}, None),
    ({"occupancy_tax_percent": 12}, None),
])
def test_a_tax_per_person_and_night_is_found_whatever_its_block_is_called(taxes, expected):
    found = Taxes.model_validate(taxes).per_person
    assert (found and (found.per, found.amount)) == (expected or None)


def _with_levy(hotel: Hotel, per: str = "per_adult_per_night") -> Hotel:
    levied = hotel.model_copy(deep=True)
    levied.policies.taxes = Taxes.model_validate({"occupancy_tax_percent": 0, "rates_include_tax": True,
                                                  "levy": {"name": "visitor levy", per: 2.5}})
    return levied


def _ctx(hotel: Hotel, session, language: str) -> SkillContext:
    conversation = open_conversation(session, hotel.id, "api", f"levy-{language}")
    return SkillContext(hotel=hotel, session=session, conversation=conversation, language=language, now=NOON,
                        kb=KeywordKB(hotel.kb))


@pytest.mark.parametrize(("language", "said"), [
    ("en", "per adult per night"), ("es", "por adulto y noche"), ("de", "pro Erwachsenem und Nacht"),
    ("ja", "大人1名1泊"), ("ar", "لكل بالغ في الليلة"),
])
def test_a_quoted_room_says_the_levy_is_not_in_its_price(hotel, session, language, said):
    levied = _with_levy(hotel)
    result = check_availability.run(_ctx(levied, session, language),
                                    Args(check_in=D(2027, 4, 6), check_out=D(2027, 4, 9), room_code="SQ", guests=2))
    assert "visitor levy" in result.text and said in result.text and "$2.50" in result.text
    assert result.data["offer"]["person_tax_minor"] == 250


@pytest.mark.parametrize("language", ["en", "fr", "ru", "zh"])
def test_a_list_of_rooms_is_not_called_all_in_when_a_levy_is_left_out(hotel, session, language):
    levied = _with_levy(hotel, "per_guest_per_night")
    result = check_availability.run(_ctx(levied, session, language),
                                    Args(check_in=D(2027, 4, 6), check_out=D(2027, 4, 9), guests=2))
    assert "visitor levy" in result.text and "$2.50" in result.text
    for claim in ("including occupancy tax", "taxe de séjour comprise", "с учётом налога", "已含住宿税"):
        assert claim not in result.text


def test_a_hotel_without_a_levy_quotes_as_before(hotel, session):
    result = check_availability.run(_ctx(hotel, session, "en"),
                                    Args(check_in=D(2027, 4, 6), check_out=D(2027, 4, 9), guests=2))
    assert "prices including occupancy tax" in result.text and "Not included" not in result.text
    assert quote(hotel, "SQ", D(2027, 4, 6), D(2027, 4, 9)).person_tax_minor == 0
