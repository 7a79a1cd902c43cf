"""A hotel that prices "++" (a service charge and a VAT added on top, as in Thailand, Bali or Singapore) and
names only those parts: quotes, room-service totals and FAQ facts say the charges and add them, compounded,
instead of "0% occupancy tax" or "prices including tax"."""

from __future__ import annotations

import datetime as dt

import pytest

from core.conversations import open_conversation
from core.hotels import Hotel, Taxes, unread_fields
from skills import check_availability, room_service
from skills.base import SkillContext
from skills.check_availability import Args
from skills.hotel_facts import facts
from skills.inventory import quote, surcharges_minor
from tests.conftest import NOON, KeywordKB

D = dt.date
PLUS_PLUS = {"service_charge_percent": 10, "vat_percent": 7, "rates_include_tax": False}


def _plus_plus(hotel: Hotel, taxes: dict | None = None) -> Hotel:
    priced = hotel.model_copy(deep=True)
    priced.policies.taxes = Taxes.model_validate(taxes or PLUS_PLUS)
    return priced


def _ctx(hotel: Hotel, session, language: str) -> SkillContext:
    conversation = open_conversation(session, hotel.id, "api", f"plusplus-{language}")
    return SkillContext(hotel=hotel, session=session, conversation=conversation, language=language, now=NOON,
                        kb=KeywordKB(hotel.kb))


@pytest.mark.parametrize(("taxes", "kinds", "percent"), [
    (PLUS_PLUS, ["service", "vat"], 17.7),                                       # Thai ++: VAT on price + service
    ({"vat_percent": 11, "service_charge_percent": 10}, ["service", "vat"], 22.1),  # service first, whatever the order
    ({"gst_percent": 9, "service_charge_percent": 10}, ["service", "vat"], 19.9),    # Singapore +++
    ({"occupancy_tax_percent": 22, "service_charge_percent": 10, "vat_percent": 5}, ["occupancy"], 22),  # one sum
    ({"vat_percent": 10, "rates_include_tax": True}, [], 0),                     # included: nothing on top
    ({"lodging_levy_percent": 3}, ["tax"], 3),
])
def test_the_charges_a_hotel_adds_are_read_from_its_own_fields(hotel, taxes, kinds, percent):
    priced = _plus_plus(hotel, taxes)
    assert [s.kind for s in priced.policies.taxes.surcharges] == kinds
    assert surcharges_minor(priced, 100_000) == round(percent * 1000)


def test_a_quote_adds_service_then_vat_and_keeps_the_deposit_before_them(hotel):
    offer = quote(_plus_plus(hotel), "SQ", D(2027, 4, 6), D(2027, 4, 9))   # 3 x $189 = $567
    assert (offer.subtotal_minor, offer.tax_minor, offer.total_minor) == (56700, 10036, 66736)
    assert offer.deposit_minor == 17010 and offer.tax_percent == 17.7


@pytest.mark.parametrize(("language", "said"), [
    ("en", "10% service charge and 7% VAT"), ("zh", "10%服务费"), ("ko", "봉사료 10%"),
    ("ja", "サービス料10%"), ("ru", "НДС 7%"), ("ar", "رسوم خدمة 10%"), ("es", "IVA"), ("de", "MwSt."),
])
def test_a_quoted_room_names_the_charges_on_top(hotel, session, language, said):
    result = check_availability.run(_ctx(_plus_plus(hotel), session, language),
                                    Args(check_in=D(2027, 4, 6), check_out=D(2027, 4, 9), room_code="SQ", guests=2))
    assert said in result.text and "667.36" in result.text
    assert "occupancy" not in result.text and " 0%" not in result.text


@pytest.mark.parametrize(("language", "claim"), [
    ("en", "including occupancy tax"), ("zh", "已含住宿税"), ("ko", "숙박세 포함"), ("ru", "с учётом налога"),
])
def test_a_list_of_rooms_says_what_its_totals_include(hotel, session, language, claim):
    result = check_availability.run(_ctx(_plus_plus(hotel), session, language),
                                    Args(check_in=D(2027, 4, 6), check_out=D(2027, 4, 9), guests=2))
    assert claim not in result.text
    assert "7" in result.text.splitlines()[-2] and "10" in result.text.splitlines()[-2]


def test_a_hotel_with_no_tax_at_all_gets_no_zero_percent_tax(hotel, session):
    result = check_availability.run(_ctx(_plus_plus(hotel, {"rates_include_tax": False}), session, "en"),
                                    Args(check_in=D(2027, 4, 6), check_out=D(2027, 4, 9), room_code="SQ"))
    assert " 0%" not in result.text and "occupancy tax" not in result.text and "$567 in total" in result.text


def test_the_hotel_check_reads_the_charge_fields(hotel):
    assert "policies.taxes.vat_percent" not in unread_fields(_plus_plus(hotel))
    dubai = _plus_plus(hotel, {"occupancy_tax_percent": 22, "vat_percent": 5})   # a breakdown: still unread
    assert "policies.taxes.vat_percent" in unread_fields(dubai)


@pytest.mark.parametrize(("language", "said"), [("es", "cargo por servicio"), ("fr", "frais de service"),
                                                ("zh", "服务费"), ("ja", "サービス料")])
def test_the_charges_are_a_fact_the_concierge_can_say_in_any_language(hotel, language, said):
    said_facts = [f for f in facts(_plus_plus(hotel), language) if "vat" in f.names]
    assert said_facts and said in said_facts[0].text and said_facts[0].figures == {"10", "7"}


@pytest.mark.parametrize(("language", "said"), [("en", "before 10% service charge"), ("zh", "未含10%服务费"),
                                                ("ru", "НДС 7%"), ("ko", "봉사료 10%")])
def test_a_room_service_order_says_the_sum_with_the_charges(hotel, session, language, said):
    ctx = _ctx(_plus_plus(hotel), session, language)   # burger $21 + salad $16 + $5 delivery = $42
    result = room_service.run(ctx, room_service.Args(items=[room_service.OrderLine(item_id="harbor-burger"),
                                                            room_service.OrderLine(item_id="caesar-salad")],
                                                     room="214"))
    assert said in result.text and "$49.43" in result.text


def test_a_room_service_order_at_a_hotel_without_named_charges_is_unchanged(hotel, session):
    result = room_service.run(_ctx(hotel, session, "en"),
                              room_service.Args(items=[room_service.OrderLine(item_id="harbor-burger")], room="214"))
    assert "service charge" not in result.text and "VAT" not in result.text
