"""A guest who tells their party and asks which room to take, or whether a room they name sleeps them, hears a room
big enough for all of them (hotel.yaml's `max_guests`), in their language: the FAQ's answer when it names one, else
the rooms that fit, or the rooms that together would. Fresh wording in several languages; no message here is an item
of a dev set."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from agent.brains import slots
from agent.brains.fill import Step
from agent.brains.room_advice import asked
from core.hotels import load_hotel
from skills.room_fit import fitting_rooms, rooms_for_party
from tests.test_brain import HOTEL, Guest, offline_concierge, skills_of, text_of

HOTELS = Path(__file__).resolve().parent / "data" / "hotels"


@pytest.fixture(scope="module")
def concierge(tmp_path_factory):
    return offline_concierge(tmp_path_factory.mktemp("roomfit"), HOTEL)


@pytest.mark.parametrize(("text", "party"), [
    ("We're a family with three kids, which room?", 5),
    ("I'm travelling alone with my 2 daughters", 3),
    ("Vamos em família com duas crianças", 4),
    ("Wir sind zu viert unterwegs", 4),
    ("我们一家三口", 3),
    ("어른 셋이랑 아이 하나예요", 4),
    ("Нас семеро", 7),
    ("We are a family of 6 with 4 kids", 6),
    ("2 adults and 1 child", 3),
])
def test_a_party_counts_the_grown_ups_a_family_brings(text, party):
    assert slots.party_size(text) == party


@pytest.mark.parametrize("text", [
    "Bonjour ! Nous serons six avec les grands-parents : quelle chambre choisir ?",
    "Hola, somos seis (4 adultos y 2 niños). ¿Qué habitación nos sirve?",
    "Hey, there'll be 6 of us in total, which room type should we go for?",
])
def test_a_party_no_room_sleeps_hears_the_rooms_that_together_would(concierge, text):
    reply = Guest(concierge).says(text)
    said = text_of(reply)
    assert "search_kb" in skills_of(reply)
    assert "Family Room" in said and "Standard Queen" in said and "259" in said and "189" in said
    assert "King Suite" not in said


@pytest.mark.parametrize(("text", "fits"), [
    ("We're 3 people, is the Standard Queen big enough for us?", "pour"),
    ("Somos tres, ¿cabemos en la Standard Queen?", "Standard Queen: admite hasta 2"),
    ("Wir sind drei Personen – passen wir in das Pet-Friendly Queen?", "Pet-Friendly Queen bietet Platz für bis zu 2"),
])
def test_a_room_named_that_is_too_small_is_said_so_with_the_rooms_that_fit(concierge, text, fits):
    said = text_of(Guest(concierge).says(text))
    assert "King Suite" in said and "Family Room" in said and "329" in said
    if fits != "pour":
        assert fits in said


@pytest.mark.parametrize("text", [
    "Two grown-ups and two little ones here - which room do you recommend?",
    "Somos 2 adultos e 2 crianças, que quarto vocês indicam?",
    "大人2人と子ども2人の家族です。どんな部屋がおすすめですか？",
    "أنا وزوجي وطفلان، أي غرفة تناسبنا؟",
])
def test_a_family_of_four_hears_the_room_that_sleeps_four(concierge, text):
    said = text_of(Guest(concierge).says(text))
    assert "Family Room" in said and "259" in said


def test_a_party_every_room_sleeps_keeps_its_own_question():
    step = Step("search_kb", "Which room is the quietest? We are two.")

    class Ctx:
        hotel = HOTEL
        state: dict = {}
    assert asked(step, Ctx()) is None


def test_the_rooms_that_fit_are_said_with_each_seasons_rate_in_the_guests_language():
    hotel = load_hotel(HOTELS / "jaipur-haveli-rambagh-gate")
    text, rooms = rooms_for_party(hotel, 4, "pt")
    assert [room.code for room in rooms] == [room.code for room in fitting_rooms(hotel, 4)] == ["FR"]
    assert text.startswith("Para 4 pessoas") and "13,000" in text and "16,500" in text
    text, rooms = rooms_for_party(hotel, 40, "de")
    assert rooms == [] and "Rezeption" in text


@pytest.mark.parametrize("message", [
    "Which of your rooms has the best view of the harbor at sunset?",
    "¿Cuál de sus habitaciones tiene la mejor vista al atardecer?",
    "Laquelle de vos chambres a la plus belle vue au coucher du soleil ?",
    "Welches Ihrer Zimmer hat den schönsten Sonnenuntergang?",
])
def test_which_of_the_hotels_rooms_is_about_its_rooms_not_places_nearby(concierge, message):
    """"The best sunset" is a tag of places nearby; "which of your rooms" chooses among the hotel's own."""
    turn = Guest(concierge).says(message)
    assert "local_recommendations" not in skills_of(turn) and set(turn.trace.kb) & {"room-view", "room-types"}, \
        text_of(turn)


@pytest.fixture(scope="module")
def london(tmp_path_factory):
    hotel = load_hotel(HOTELS / "london-kings-cross")   # its FAQ says no room's most guests as a figure
    return hotel, offline_concierge(tmp_path_factory.mktemp("capacity"), hotel)


@pytest.mark.parametrize(("message", "room", "most"), [
    ("Up to how many guests can the Superior King take?", "Superior King", "2"),
    ("¿Cuántas personas pueden dormir en la Executive Twin?", "Executive Twin", "2"),
    ("Combien de personnes peut accueillir la Junior Suite ?", "Junior Suite", "3"),
    ("Wie viele Personen passen ins Classic Double?", "Classic Double", "2"),
    ("Сколько человек можно разместить в Junior Suite?", "Junior Suite", "3"),
    ("Junior Suite最多可以住几个人？", "Junior Suite", "3"),
    ("Junior Suiteは何人まで泊まれますか？", "Junior Suite", "3"),
    ("Junior Suite는 몇 명까지 돼요?", "Junior Suite", "3"),
    ("كم شخص يتسع جناح Junior Suite؟", "Junior Suite", "3"),
])
def test_how_many_a_named_room_sleeps_is_said_from_the_hotels_data(london, message, room, most):
    """A hotel whose FAQ gives no room's most guests still knows them (hotel.yaml's `max_guests`): the guest hears
    them, not "not sure" nor the room's size alone."""
    hotel, concierge = london
    turn = Guest(concierge, hotel=hotel).says(message)
    assert skills_of(turn) == ["search_kb"] and room in text_of(turn)
    assert re.search(rf"(?<!\d){most}(?!\d)", text_of(turn))


def test_how_many_a_room_sleeps_keeps_the_faqs_answer_when_it_says_so(concierge):
    """The reference hotel's FAQ says each room's most guests: its answer stands."""
    turn = Guest(concierge).says("How many guests can the Family Room take?")
    assert "max-occupancy" in turn.trace.kb and "Family Rooms 4" in text_of(turn)


@pytest.mark.parametrize(("message", "room", "rate"), [
    ("이그제큐티브 킹 1박에 얼마예요?", "Executive King", "245"),
    ("クラシックダブルは一泊いくらですか", "Classic Double", "185"),
    ("Superior King 一晚多少钱？", "Superior King", "215"),
])
def test_the_price_of_a_named_room_the_faq_does_not_find_is_said_from_the_hotels_data(london, message, room, rate):
    """A room named (by its sound too) and its price asked, with no stay to quote: its rate from hotel.yaml, in the
    guest's language, not "not sure"."""
    hotel, concierge = london
    turn = Guest(concierge, hotel=hotel).says(message)
    assert room in text_of(turn) and rate in text_of(turn)


def test_the_price_of_a_room_keeps_the_faqs_answer_when_it_says_the_rate(concierge):
    """The reference hotel's FAQ gives each room's rate: its answer stands."""
    turn = Guest(concierge).says("How much is the King Suite per night?")
    assert turn.trace.kb and "$329" in text_of(turn)


@pytest.mark.parametrize("message", [
    "我们部门要订7间房开年会，怎么订？", "社員旅行で8部屋必要です。予約できますか？",
    "워크숍 때문에 객실 6개가 필요해요",
    "Нам нужно 6 номеров на конференцию в апреле", "نحتاج 9 غرف لفريق العمل في مارس",
    "Für ein Firmenseminar brauchen wir 7 Zimmer",
])
def test_as_many_rooms_as_make_a_group_are_sent_to_the_sales_team_in_the_guests_language(concierge, message):
    """hotel.yaml says from how many rooms a booking is a group's (5) and whom to write to: said in the guest's
    language, where the hotel's own group entry is English only."""
    turn = Guest(concierge).says(message)
    assert "sales@harborview.example" in text_of(turn) and "For 5 or more rooms" not in text_of(turn)


def test_fewer_rooms_than_a_group_are_a_stay_to_quote(london):
    hotel, concierge = london   # its groups start at 8 rooms
    turn = Guest(concierge, hotel=hotel).says("Do you have 3 rooms free from 4 to 6 March 2027?")
    assert skills_of(turn) == ["check_availability"]
