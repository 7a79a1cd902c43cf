"""A guest asks for rooms: inventory, sold-out blocks, holds, taxes and the party size decide the answer."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from core.store.models import Reservation
from skills import check_availability
from skills.booking import remembered_stay
from skills.check_availability import Args
from skills.inventory import free_per_night, quote, room_type, rooms_free

D = dt.date


def _hold(session, room_code: str, check_in: dt.date, check_out: dt.date, *, expires_in: dt.timedelta | None,
          status: str = "hold") -> None:
    expires = dt.datetime.now(dt.UTC) + expires_in if expires_in is not None else None
    session.add(Reservation(hotel_id="harbor-view", code=f"T-{uuid.uuid4().hex[:8]}",
                            room_code=room_code, check_in=check_in, check_out=check_out, status=status,
                            hold_expires_at=expires, nightly_rate_minor=32900, currency="USD"))
    session.flush()


def test_king_suite_is_bookable_from_the_check_out_day_of_a_sold_out_block(make_ctx):
    result = check_availability.run(make_ctx(), Args(check_in=D(2027, 2, 15), check_out=D(2027, 2, 17),
                                                     room_code="KS"))
    assert result.data["available"] is True
    assert "$329" in result.text
    assert result.data["offer"]["nightly_minor"] == 32900


def test_king_suite_over_the_sold_out_nights_is_not_available_and_other_rooms_are_offered(make_ctx):
    result = check_availability.run(make_ctx(), Args(check_in=D(2027, 2, 12), check_out=D(2027, 2, 15),
                                                     room_code="KS"))
    assert result.data["available"] is False
    assert "not available" in result.text
    assert {o["room_code"] for o in result.data["options"]} == {"SQ", "PF", "FR"}


def test_spanish_guest_hears_the_king_suite_is_not_available(make_ctx):
    result = check_availability.run(make_ctx(language="es"),
                                    Args(check_in=D(2027, 2, 12), check_out=D(2027, 2, 15), room_code="KS"))
    assert "no está disponible" in result.text and "agotada" in result.text


def test_whole_hotel_sold_out_on_july_3_and_4_but_free_on_the_5th(hotel, session, make_ctx):
    assert set(free_per_night(hotel, session, D(2027, 7, 3), D(2027, 7, 6))["SQ"].values()) == {0, 12}
    assert free_per_night(hotel, session, D(2027, 7, 3), D(2027, 7, 6))["SQ"][D(2027, 7, 5)] == 12
    full = check_availability.run(make_ctx(), Args(check_in=D(2027, 7, 3), check_out=D(2027, 7, 5), guests=2))
    assert "fully booked" in full.text and full.data["available"] is False
    after = check_availability.run(make_ctx(), Args(check_in=D(2027, 7, 5), check_out=D(2027, 7, 6), guests=2))
    assert after.data["available"] is True


def test_a_live_hold_takes_a_room_and_an_expired_one_does_not(hotel, session):
    stay = (D(2027, 3, 10), D(2027, 3, 12))
    for _ in range(5):
        _hold(session, "KS", *stay, expires_in=dt.timedelta(minutes=30))
    assert rooms_free(hotel, session, "KS", *stay) == 1
    _hold(session, "KS", *stay, expires_in=-dt.timedelta(minutes=1))
    assert rooms_free(hotel, session, "KS", *stay) == 1
    _hold(session, "KS", D(2027, 3, 11), D(2027, 3, 14), expires_in=None, status="confirmed")
    assert rooms_free(hotel, session, "KS", *stay) == 0
    assert rooms_free(hotel, session, "KS", D(2027, 3, 12), D(2027, 3, 13)) == 5


def test_released_reservations_free_their_room(hotel, session):
    _hold(session, "PF", D(2027, 4, 1), D(2027, 4, 2), expires_in=None, status="released")
    assert rooms_free(hotel, session, "PF", D(2027, 4, 1), D(2027, 4, 2)) == 4


def test_tax_is_shown_separately_from_the_room_price(make_ctx):
    result = check_availability.run(make_ctx(), Args(check_in=D(2027, 3, 10), check_out=D(2027, 3, 13),
                                                     room_code="SQ", guests=2))
    assert "$189 per night × 3 nights = $567" in result.text
    assert "14% occupancy tax ($79.38)" in result.text
    assert "$646.38 in total" in result.text


def test_quote_keeps_minor_units_and_the_deposit_rule(hotel):
    offer = quote(hotel, "SQ", D(2027, 3, 10), D(2027, 3, 12))
    assert (offer.nights, offer.nightly_minor, offer.subtotal_minor) == (2, 18900, 37800)
    assert (offer.tax_minor, offer.total_minor, offer.deposit_minor) == (5292, 43092, 11340)


def test_rates_that_include_tax_are_not_taxed_again(hotel, make_ctx):
    taxed_in = hotel.model_copy(deep=True)
    taxed_in.policies.taxes.rates_include_tax = True
    offer = quote(taxed_in, "SQ", D(2027, 3, 10), D(2027, 3, 12))
    assert (offer.tax_minor, offer.total_minor) == (0, 37800)


def test_five_guests_hear_the_family_room_maximum_and_a_combination(make_ctx):
    result = check_availability.run(make_ctx(), Args(check_in=D(2027, 5, 20), check_out=D(2027, 5, 22),
                                                     room_code="FR", guests=5))
    assert "at most 4 guests" in result.text
    assert result.data["combination"]["room_codes"] == ["FR", "SQ"]


@pytest.mark.parametrize(("language", "said"), [("en", "None of our rooms sleeps 6: the largest sleeps 4."),
                                                ("es", "la más grande admite 4"), ("ja", "最も広い客室で4名様まで")])
def test_a_party_no_room_sleeps_hears_the_largest_before_a_combination(make_ctx, language, said):
    result = check_availability.run(make_ctx(language=language), Args(check_in=D(2027, 5, 20),
                                                                      check_out=D(2027, 5, 22), guests=6))
    assert result.text.startswith(said) if language == "en" else said in result.text
    assert len(result.data["combination"]["room_codes"]) == 2


def test_a_pet_needs_a_pet_friendly_room(make_ctx):
    result = check_availability.run(make_ctx(), Args(check_in=D(2027, 4, 8), check_out=D(2027, 4, 11),
                                                     room_code="SQ", pets=True))
    assert "Pet-Friendly Queen" in result.text
    assert [o["room_code"] for o in result.data["options"]] == ["PF"]


def test_missing_dates_are_asked_for(make_ctx):
    result = check_availability.run(make_ctx(), Args(room_code="KS"))
    assert not result.ok and result.missing == ["check_in", "check_out"]


def test_departure_before_arrival_and_past_dates_are_questioned(make_ctx):
    backwards = check_availability.run(make_ctx(), Args(check_in=D(2027, 3, 12), check_out=D(2027, 3, 10)))
    past = check_availability.run(make_ctx(), Args(check_in=D(2025, 3, 10), check_out=D(2025, 3, 12)))
    assert not backwards.ok and not past.ok


def test_the_offer_is_remembered_and_a_follow_up_reuses_the_dates(make_ctx):
    ctx = make_ctx(language="es")
    check_availability.run(ctx, Args(check_in=D(2027, 2, 12), check_out=D(2027, 2, 15), room_code="KS"))
    follow_up = check_availability.run(make_ctx(language="es", conversation=ctx.conversation),
                                       Args(room_code="habitación familiar"))
    assert "$259" in follow_up.text
    stay = remembered_stay(ctx)
    assert (stay.check_in, stay.check_out, stay.room_code) == (D(2027, 2, 12), D(2027, 2, 15), "FR")


def test_room_types_are_found_by_code_or_name(hotel):
    assert room_type(hotel, "ks").code == "KS"
    assert room_type(hotel, "King Suite").code == "KS"
    assert room_type(hotel, "family room").code == "FR"
    assert room_type(hotel, "penthouse") is None


def test_an_unknown_room_type_lists_the_real_ones(make_ctx):
    result = check_availability.run(make_ctx(), Args(check_in=D(2027, 3, 10), check_out=D(2027, 3, 12),
                                                     room_code="Presidential Suite"))
    assert not result.ok and "King Suite" in result.text


def test_a_closed_season_is_said_with_the_day_the_hotel_reopens_not_as_fully_booked(hotel, make_ctx):
    from core.hotels import InventoryBlock
    every = [room.code for room in hotel.rooms]
    hotel.inventory_blocks.append(InventoryBlock(rooms=every, first_night=D(2027, 11, 2), last_night=D(2027, 11, 20),
                                                 reason="closed for renovation"))
    hotel.inventory_blocks.append(InventoryBlock(rooms=every, first_night=D(2027, 11, 21), last_night=D(2027, 11, 25),
                                                 reason="closed (reopens 26 November)"))
    try:
        shut = check_availability.run(make_ctx(language="de"),
                                      Args(check_in=D(2027, 11, 10), check_out=D(2027, 11, 12)))
        assert "geschlossen" in shut.text and "26. November 2027" in shut.text and "ausgebucht" not in shut.text
        assert shut.data["reopens"] == "2027-11-26" and shut.data["available"] is False
        full = check_availability.run(make_ctx(), Args(check_in=D(2027, 7, 3), check_out=D(2027, 7, 5)))
        assert "fully booked" in full.text  # sold out is not closed
    finally:
        del hotel.inventory_blocks[-2:]


def test_a_room_has_a_feature_its_list_names_as_a_word_of_its_own():
    """"bed" is not in "two bedrooms", "kitchen" is in "kitchenette", and "no balcony" is none."""
    from core.hotels import RoomType
    room = RoomType(code="FS", name="Family Studio", count=1, max_guests=4, rate=100,
                    features=["two bedrooms", "kitchenette with fridge", "no balcony", "deep bath"])
    assert check_availability.has_feature(room, "kitchen") and check_availability.has_feature(room, "bath")
    assert not check_availability.has_feature(room, "bed") and not check_availability.has_feature(room, "balcony")
