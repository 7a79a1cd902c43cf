"""Dishes named in Han characters written another way than the menu's: Japanese forms ("担々麺", "餃子" with "焼"),
traditional ones ("擔擔麵"), the iteration mark; a counted dish never dropped; a Korean order by dishes the menu
does not name so; the order's total asked in Chinese, Japanese and Korean.

Fresh wording and a made-up Sichuan menu; none of these messages is an item of a development or held-out set.
"""

from __future__ import annotations

import uuid

import pytest

from agent.brains import dishes, orders, room_slots
from agent.concierge import Concierge, TurnResult
from core.messages import Channel, InboundMessage
from core.translit import han_folded
from tests import test_brain
from tests.test_brain import HOTEL, offline_concierge, skills_of, text_of

afternoon = test_brain.afternoon
KENJI = test_brain.KENJI  # room 305
_DISH = HOTEL.menu.items[0]
SICHUAN_MENU = [_DISH.model_copy(update={"id": id_, "name": name, "price": price}) for id_, name, price in (
    ("beef-noodles", "Braised beef noodle soup (红烧牛肉面)", 42),
    ("pork-dumplings", "Pork dumplings (猪肉饺子)", 30),
    ("spring-rolls", "Spring rolls (春卷)", 22),
    ("fish", "Boiled fish in chili oil (水煮鱼)", 88),
    ("lemon-tea", "Iced lemon tea (冻柠茶)", 18),
)]
SICHUAN = HOTEL.model_copy(update={"id": "harbor-sichuan", "menu": HOTEL.menu.model_copy(
    update={"items": SICHUAN_MENU})})


@pytest.fixture(scope="module")
def concierge(tmp_path_factory) -> Concierge:
    return offline_concierge(tmp_path_factory.mktemp("han"), SICHUAN)


def _says(concierge: Concierge, text: str, sender: str, address: str = "") -> TurnResult:
    message = InboundMessage(hotel_id=SICHUAN.id, channel=Channel.API, sender=sender, provider_id=uuid.uuid4().hex,
                             text=text)
    return concierge.handle(message, address=address or uuid.uuid4().hex)


@pytest.mark.parametrize(("written", "folded"), [
    ("紅焼牛肉麺", "红烧牛肉面"),        # Japanese forms
    ("紅燒牛肉麵", "红烧牛肉面"),        # traditional
    ("時々", "時時"),                    # the iteration mark repeats the character before it
    ("水煮鱼", "水煮鱼"),                # simplified stays
])
def test_han_written_three_ways_is_folded_to_one(written, folded):
    assert han_folded(written) == folded


@pytest.mark.parametrize(("text", "order"), [
    ("紅焼牛肉麺を2つと春巻を1つください", [("beef-noodles", 2), ("spring-rolls", 1)]),
    ("我要兩碗紅燒牛肉麵，再來一份豬肉餃子", [("beef-noodles", 2), ("pork-dumplings", 1)]),
    ("来一份水煮鱼、两碗红烧牛肉面和一杯冻柠茶", [("fish", 1), ("beef-noodles", 2), ("lemon-tea", 1)]),
])
def test_a_dish_written_in_another_han_form_is_on_the_word_table(text, order):
    assert orders.menu_order(text, SICHUAN_MENU)[0] == order


def test_a_short_han_name_in_brackets_names_its_dish():
    """Two or three Han characters ("春卷") are a whole name, where Latin letters need four."""
    assert orders.menu_order("三份春卷", SICHUAN_MENU)[0] == [("spring-rolls", 3)]


@pytest.mark.parametrize(("text", "dish"), [
    ("마라룽샤 하나랑 春卷 두 개", "마라룽샤"),
    ("一碗酸辣粉和两份春卷", "酸辣粉"),
])
def test_a_counted_dish_off_the_menu_is_kept_to_say_back(concierge, text, dish):
    """Whatever the encoder makes of its name, a thing counted as ordered is said back as not found, not dropped."""
    meant, unlisted, unread = dishes.read_all(text, SICHUAN_MENU, concierge.rt.embedder, [])
    assert not meant and any(dish in said for said in [*unlisted, *unread])


@pytest.mark.parametrize("message", [
    "305호예요. 마라룽샤 하나랑 탕추리지 하나 주세요",
    "305호로 쏸라펀 두 그릇이랑 훠궈 하나 부탁해요",
])
def test_a_korean_order_of_dishes_the_menu_names_otherwise_is_room_service_and_says_them_back(concierge, afternoon,
                                                                                              message):
    turn = _says(concierge, message, KENJI)
    assert skills_of(turn) == ["room_service"]
    assert "Spring rolls" in text_of(turn)  # the menu, to choose again


@pytest.mark.parametrize(("text", "room"), [
    ("1208호예요", "1208"), ("312호로 보내 주세요", "312"), ("507호에 수건", "507"), ("지하철 2호선", None),
])
def test_a_korean_room_number_with_its_particle_is_read(text, room):
    assert room_slots.room_number(text) == room


@pytest.mark.parametrize(("order", "total"), [
    ("请送两份春卷到305号房间", "一共要多少钱？"),
    ("305号室です。春巻を2つお願いします", "全部でいくらですか？"),
    ("305호예요. 春卷 두 개 주세요", "모두 얼마예요?"),
])
def test_the_orders_total_is_asked_in_chinese_japanese_and_korean(concierge, afternoon, order, total):
    sender, address = f"+1555{uuid.uuid4().int % 10**7:07d}", uuid.uuid4().hex
    _says(concierge, order, sender, address)
    turn = _says(concierge, total, sender, address)
    assert "room_service" in skills_of(turn) and "44" in text_of(turn)
