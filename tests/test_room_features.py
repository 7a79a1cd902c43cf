"""A room feature asked about in another language, where the FAQ's answer is written only in English: the rooms'
feature lists in hotel.yaml say it in the guest's language. Fresh wording; no message here is an item of a dev set."""

from __future__ import annotations

import pytest

from core.hotels import RoomType
from skills.room_features import asked_features
from tests.test_brain import HOTEL, Guest, offline_concierge, text_of


@pytest.fixture(scope="module")
def concierge(tmp_path_factory):
    return offline_concierge(tmp_path_factory.mktemp("room-features"), HOTEL)


@pytest.mark.parametrize(("language", "text", "said"), [
    ("ja", "スイートルームには浴槽がありますか？", ["King Suite", "バスタブ", "bathtub"]),
    ("ko", "킹 스위트에 욕조가 있나요?", ["King Suite", "욕조", "bathtub"]),
    ("ru", "А в люксе есть ванна?", ["King Suite", "bathtub"]),
    ("zh", "客房里有保险箱吗？我想放护照。", ["所有客房", "保险箱"]),
    ("es", "¿Hay caja fuerte en las habitaciones?", ["todas las habitaciones", "in-room safe"]),
])
def test_a_feature_asked_is_said_from_the_rooms_lists_in_the_guests_language(concierge, language, text, said):
    turn = Guest(concierge).says(text)
    assert turn.trace.language == language
    assert all(word in text_of(turn) for word in said), text_of(turn)


def test_a_balcony_is_never_answered_with_a_view():
    """The King Suite faces the harbor and lists no balcony: a guest asking for one hears no "balcony: King Suite"."""
    assert asked_features(HOTEL, "Hat die King Suite einen Balkon?", "The King Suite is our largest room.", "de") \
        is None


def test_a_feature_only_some_rooms_list_names_those_rooms_and_no_room_is_said_to_lack_it():
    rooms = [RoomType(code="A", name="Garden Room", count=2, max_guests=2, rate=100, features=["terrace", "bathtub"]),
             RoomType(code="B", name="City Room", count=2, max_guests=2, rate=90, features=["no bathtub", "desk"])]
    hotel = HOTEL.model_copy(update={"rooms": rooms})
    said, english = asked_features(hotel, "¿Qué habitaciones tienen bañera?", "Our rooms are bright.", "es") or ("", "")
    assert said == "Con bañera (bathtub): Garden Room." and english == "With bathtub: Garden Room."
    assert asked_features(hotel, "¿Tienen escritorio?", "Our rooms are bright.", "es") is None   # no word it knows


def test_a_perk_a_room_lists_is_no_feature_of_the_topic_asked():
    """"Free late check-out until 12pm" in a loft's list is a perk: a check-out question hears no "with check-out"."""
    rooms = [RoomType(code="L", name="Loft", count=1, max_guests=2, rate=300,
                      features=["free late check-out until 12pm", "bathtub"]),
             RoomType(code="D", name="Double", count=5, max_guests=2, rate=200, features=["desk"])]
    hotel = HOTEL.model_copy(update={"rooms": rooms})
    assert asked_features(hotel, "Во сколько выезд?", "Check-out is at 10:00.", "ru") is None
