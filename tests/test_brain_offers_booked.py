"""A guest who asks to book something the hotel offers besides its rooms and its menu (a class, a workshop, a
treatment, an excursion) gets the FAQ's answer, with its price in the hotel's currency, and the request filed for
the desk (`book_service`): not a room quote because "room 305" or "book" was said, nor a room-service order of a
dish whose short name hides in a word ("Che" in "charge"). A request naming no dish and nothing to eat or drink
("get a jacket made") is no order. Fresh wording in several languages; no message here is an item of a dev set."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from agent.brains import dates, dishes, menus, orders
from core.hotels import KBEntry, load_hotel
from skills.book_service import bookable, booked_by_hotel
from tests.test_brain import Guest, afternoon, offline_concierge, skills_of, text_of  # noqa: F401 (autouse)

HOIAN = load_hotel(Path(__file__).resolve().parent / "data" / "hotels" / "hoian-lantern-river-hotel")


@pytest.fixture(scope="module")
def concierge(tmp_path_factory):
    return offline_concierge(tmp_path_factory.mktemp("offers-booked"), HOIAN)


@pytest.mark.parametrize(("text", "price"), [
    ("Could you reserve the lantern workshop for three of us tomorrow? Put it on room 305.", "350,000"),
    ("Please sign us up for the cooking class on Tuesday, we are two, bill it to room 202", "850,000"),
    ("¿Nos pueden reservar la clase de cocina para mañana? Somos dos, habitación 204.", "850"),
    ("Podem reservar a aula de culinária para nós dois amanhã? Quarto 203.", "850"),
    ("Book the foot massage for two on Friday at 6pm please", "350,000"),
])
def test_an_offer_asked_for_reaches_the_desk_with_its_price_not_a_room_quote(concierge, text, price):
    turn = Guest(concierge, hotel=HOIAN).says(text)
    skills = skills_of(turn)
    assert "book_service" in skills
    assert "check_availability" not in skills and "room_service" not in skills
    assert price in text_of(turn) and "VND" in text_of(turn)


def test_a_workshop_named_before_a_bare_can_we_book_is_booked_not_a_room(concierge):
    turn = Guest(concierge, hotel=HOIAN).says("明日のランタン作りに2名で参加したいです。予約をお願いできますか？")
    skills = skills_of(turn)
    assert "check_availability" not in skills and "search_kb" in skills
    assert "350,000" in text_of(turn)


@pytest.mark.parametrize("text", [
    "I'd love to have a linen jacket and three blouses made while we're here",
    "Quero mandar fazer um vestido e duas camisas",
    "Ich möchte einen Anzug und zwei Hemden anfertigen lassen",
])
def test_a_request_naming_no_dish_and_nothing_to_eat_is_no_order(concierge, text):
    turn = Guest(concierge, hotel=HOIAN).says(text)
    assert "room_service" not in skills_of(turn)


@pytest.mark.parametrize("text", [
    "charge it to room 204", "put the charges on my room", "any change to the schedule?", "my phone is dead",
    "the chef was great",
])
def test_a_dish_of_three_letters_is_never_read_inside_another_word(text):
    local = menus.local_words(HOIAN)
    add, remove, referred = orders.menu_order(text, HOIAN.menu.items, local)
    assert not add and not remove and not referred


def test_a_short_dish_name_said_whole_is_still_ordered():
    local = menus.local_words(HOIAN)
    assert orders.menu_order("two che and one pho bo to 301 please", HOIAN.menu.items, local)[0] == [
        ("che", 2), ("pho-bo", 1)]


def test_a_short_dish_is_not_found_by_meaning_in_words_that_name_no_food(concierge):
    local = menus.local_words(HOIAN)
    found = dishes.read("charge it to my room", HOIAN.menu.items, concierge.rt.embedder, local)
    assert found == []


@pytest.mark.parametrize("change", [
    "Oh, switch the coconut for a watermelon juice please",
    "Troque um pho bo por um ca phe sua da, por favor",
])
def test_a_swap_said_after_an_order_changes_that_order(concierge, change):
    guest = Guest(concierge, "+447700900654", hotel=HOIAN)
    guest.says("Could we get two pho bo and a fresh coconut sent to room 204?")
    assert "room_service" in skills_of(guest.says(change))


def test_an_offer_the_tours_desk_entry_says_it_books_is_booked_by_the_hotel():
    """The entry of one excursion may only describe it, when the tours desk's entry says the desk books it."""
    desk = KBEntry(id="excursions-desk", category="activities", questions=["What trips do you run?"],
                   answer="Our desk books the glacier lagoon day trip and the puffin cliffs walk, by 20:00.")
    trip = KBEntry(id="glacier-lagoon", category="activities", questions=["Tell me about the lagoon trip"],
                   answer="The glacier lagoon day trip leaves at 07:00 and costs 150 EUR per person.")
    other = KBEntry(id="sauna", category="facilities", questions=["Is there a sauna?"],
                    answer="The sauna is open 16:00-22:00.")
    assert not bookable(trip) and booked_by_hotel(trip, [desk, trip, other])
    assert not booked_by_hotel(other, [desk, trip, other])


@pytest.mark.parametrize("text", [
    "Could you book the My Son sunrise tour for the two of us on Saturday?",
    "¿Nos pueden reservar el tour del amanecer a My Son para el sábado? Somos dos.",
])
def test_an_excursion_the_desk_books_is_passed_on_not_quoted_as_a_room(concierge, text):
    turn = Guest(concierge, hotel=HOIAN).says(text)
    assert "book_service" in skills_of(turn) and "check_availability" not in skills_of(turn)
    assert "750,000" in text_of(turn)


@pytest.mark.parametrize(("text", "day"), [
    ("Can you book the basket boat for the 3 of us on Thursday?", dt.date(2026, 12, 10)),
    ("A table for the four of us tomorrow, please", dt.date(2026, 12, 7)),
    ("We arrive on the 3rd", dt.date(2027, 1, 3)),
])
def test_the_party_counted_after_the_is_no_day_of_the_month(text, day):
    assert dates.find_dates(text, dt.date(2026, 12, 6))[:1] == [day]
