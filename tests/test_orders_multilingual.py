"""Orders that name several things, in the guests' languages, on a menu the brain has not seen: each thing with
its count, plurals and cases of the menu's names, the menu's other name in brackets, names written as they sound,
a serving word shared by many items ("set") outweighed by the word that tells the dish, a dish the menu does not
have said back as not found, and counts of things housekeeping brings.

Fresh wording and a made-up Bavarian menu; none of these messages is an item of a development or held-out set.
"""

from __future__ import annotations

import uuid

import pytest

from agent.brains import dishes, menus, orders, room_slots, upkeep
from agent.concierge import Concierge, TurnResult
from core.hotels import Hotel, MenuItem
from core.messages import Channel, InboundMessage
from tests import test_brain, test_brain_sample_hotel
from tests.test_brain import HOTEL, offline_concierge, skills_of, text_of

afternoon = test_brain.afternoon
KENJI = test_brain.KENJI  # room 305
LISBON = test_brain_sample_hotel.LISBON
_DISH = LISBON.menu.items[0]
# A Munich inn's menu: names in English with the local name in brackets, a set, a serving in brackets.
BAVARIAN = [_DISH.model_copy(update={"id": id_, "name": name, "price": price}) for id_, name, price in (
    ("leberknoedel", "Liver dumpling soup (Leberknödelsuppe)", 9),
    ("weisswurst", "Veal sausage set (Weißwurstfrühstück)", 14),
    ("obatzda", "Cheese spread with pretzel (Obatzda)", 11),
    ("kaiserschmarrn", "Shredded pancake with plum compote", 12),
    ("radler", "Radler shandy (bottle)", 5),
    ("tea-set", "Sencha tea set", 6),
)]
# Kyoto-style menu items where two names end in "set" and a third names the dish without it.
TEA_HOUSE = [_DISH.model_copy(update={"id": id_, "name": name, "price": price}) for id_, name, price in (
    ("sake-set", "Local sake tasting set (3 glasses)", 25),
    ("rice-ball-set", "Onigiri set (salmon, plum)", 11),
    ("matcha", "Matcha with a seasonal sweet", 12),
    ("tofu-pot", "Hot tofu pot", 20),
)]

# A food hall's menu: dishes known by one name everywhere, spelled the hotel's way, some with a Korean name.
FOOD_HALL = [_DISH.model_copy(update={"id": id_, "name": name, "price": price}) for id_, name, price in (
    ("shin-ramyun", "Spicy Shin Ramyun with egg (라면)", 9),
    ("bibimbap", "Stone bowl bibimbap (돌솥비빔밥)", 12),
    ("tteokbokki", "Spicy rice cakes (떡볶이)", 7),
    ("soju", "Chamisul soju (bottle)", 8),
    ("lager", "Draft lager (glass)", 6),
    ("kefta", "Lamb kefta tajine", 15),
    ("couscous", "Royal couscous", 16),
    ("mint-tea", "Mint tea (pot)", 4),
)]

# The reference hotel listing a "cot" where guests say "crib", "cot" or "婴儿床".
_LISTING = {**HOTEL.services.model_extra["housekeeping"], "free_on_request": ["extra towels", "cot"]}
COT_HOTEL = HOTEL.model_copy(update={"id": "harbor-cot", "services": HOTEL.services.model_copy(
    update={"housekeeping": _LISTING})})


@pytest.fixture(scope="module")
def concierge(tmp_path_factory) -> Concierge:
    return offline_concierge(tmp_path_factory.mktemp("orders"), HOTEL, LISBON, COT_HOTEL)


def _says(concierge: Concierge, hotel: Hotel, text: str, sender: str) -> TurnResult:
    message = InboundMessage(hotel_id=hotel.id, channel=Channel.API, sender=sender, provider_id=uuid.uuid4().hex,
                             text=text)
    return concierge.handle(message, address=uuid.uuid4().hex)


def _order(text: str, items: list[MenuItem]) -> list[tuple[str, int]]:
    return orders.menu_order(text, items)[0]


@pytest.mark.parametrize(("text", "order"), [
    ("Drei Leberknödelsuppen und einen Obatzda, bitte", [("leberknoedel", 3), ("obatzda", 1)]),
    ("Deux Obatzdas et une Leberknödelsuppe pour la 12", [("obatzda", 2), ("leberknoedel", 1)]),
    ("Quiero dos Weißwurstfrühstücks y un radler", [("weisswurst", 2), ("radler", 1)]),
    ("Принесите два радлера и одну обатзду", [("radler", 2), ("obatzda", 1)]),
])
def test_the_menus_other_name_in_brackets_is_ordered_in_plural_and_case(text, order):
    """The local name a menu gives in brackets is a name guests order by, with their language's endings."""
    assert sorted(_order(text, BAVARIAN)) == sorted(order)


def test_a_serving_in_brackets_names_no_dish():
    assert _order("A bottle of water and a glass of juice", [*BAVARIAN, *LISBON.menu.items[4:5]]) == []


@pytest.mark.parametrize(("text", "order"), [
    ("Je voudrais trois pizzas margherita et deux verres de vin rouge", [("margherita-pizza", 3),
                                                                         ("house-red-wine", 2)]),
    ("Nos trae dos pizzas margherita y tres aguas con gas", [("margherita-pizza", 2), ("sparkling-water", 3)]),
    ("Принесите три пиццы Маргарита и две шоколадных торта", [("margherita-pizza", 3),
                                                             ("chocolate-lava-cake", 2)]),
    ("أريد ثلاثة برجر واثنين من سلطة سيزر", [("harbor-burger", 3), ("caesar-salad", 2)]),
    ("Сколько будет стоимость двух пицц Маргарита и трёх шоколадных тортов?", [("margherita-pizza", 2),
                                                                              ("chocolate-lava-cake", 3)]),
])
def test_each_thing_keeps_its_own_count_when_words_of_its_name_come_between(text, order):
    assert sorted(_order(text, HOTEL.menu.items)) == sorted(order)


def test_a_count_is_not_taken_from_a_time_or_another_thing():
    assert _order("At 7 pm a pizza margherita, and two burgers", HOTEL.menu.items) == [
        ("margherita-pizza", 1), ("harbor-burger", 2)]


@pytest.mark.parametrize(("text", "order"), [
    ("ビファナを3つとパステルデナタ", [("bifana", 3), ("pastel-de-nata", 1)]),
    ("비파나 세 개랑 나타 하나 주세요", [("bifana", 3), ("pastel-de-nata", 1)]),
    ("センチャを二つください", [("tea-set", 2)]),
    ("센차 두 잔이요", [("tea-set", 2)]),
])
def test_a_dish_written_as_it_sounds_is_read_by_its_name(text, order):
    items = BAVARIAN if "tea-set" in dict(order) else LISBON.menu.items
    assert sorted(_order(text, items)) == sorted(order)


@pytest.mark.parametrize(("text", "order"), [
    ("ラーメンとビビンバを一つずつ", [("shin-ramyun", 1), ("bibimbap", 1)]),
    ("拉面两碗，再来一瓶烧酒", [("shin-ramyun", 2), ("soju", 1)]),
    ("떡볶이 하나랑 소주 한 병이요", [("tteokbokki", 1), ("soju", 1)]),  # a Korean name of three letters
    ("Un tajine kefta et deux thés à la menthe", [("kefta", 1), ("mint-tea", 2)]),
    ("طاجين كفتة وكسكس من فضلك", [("kefta", 1), ("couscous", 1)]),
    ("Два рамена и чай с мятой", [("shin-ramyun", 2), ("mint-tea", 1)]),
    ("Zwei Minztee und ein Couscous", [("mint-tea", 2), ("couscous", 1)]),
])
def test_a_dish_known_by_one_name_everywhere_is_read_in_every_script(text, order):
    assert sorted(_order(text, FOOD_HALL)) == sorted(order)


@pytest.mark.parametrize("text", ["抹茶セットを一つ", "一份抹茶套餐", "말차 세트 하나", "матча сет, пожалуйста",
                                  "un set de matcha"])
def test_the_word_that_tells_the_dish_outweighs_a_serving_word_many_items_share(text):
    assert _order(text, TEA_HOUSE) == [("matcha", 1)]


@pytest.mark.parametrize("text", ["抹茶セット", "一份抹茶套餐", "말차 세트"])
def test_a_serving_word_alone_does_not_choose_the_dish_by_meaning(text, concierge):
    assert "sake-set" not in dict(dishes.read(text, TEA_HOUSE, concierge.rt.embedder, []))


@pytest.mark.parametrize(("message", "kept", "missing"), [
    ("Could we get a caesar salad and a plate of sushi to room 305?", "Caesar", "sushi"),
    ("Para la 305, una hamburguesa y un Schnitzel, por favor.", "Harbor burger", "Schnitzel"),
    ("请送一个汉堡和一份寿司到305房间。", "Harbor burger", "寿司"),
    ("Two margheritas and a lemonade for 305, please.", "Margherita", "lemonade"),  # a drink near no dish
    ("Zimmer 305: zwei Margherita und eine Fanta, bitte.", "Margherita", "Fanta"),
    ("305号室にマルゲリータ2枚とコーラ1本お願いします。", "Margherita", "コーラ"),
])
def test_a_dish_the_menu_lacks_is_named_as_not_found_and_the_rest_is_kept(concierge, message, kept, missing):
    turn = _says(concierge, HOTEL, message, KENJI)
    assert skills_of(turn) == ["room_service"]
    assert kept in text_of(turn) and missing in text_of(turn)


@pytest.mark.parametrize("text", ["We'd like to invite maybe 8 colleagues up to the suite tonight",
                                  "Nos gustaría traer a unas 6 personas a la habitación"])
def test_a_count_in_a_sentence_that_orders_no_dish_is_no_dish_to_look_for(concierge, text):
    assert dishes.read_all(text, HOTEL.menu.items, concierge.rt.embedder, []) == ([], [], [])


@pytest.mark.parametrize("message", ["Two pizzas margherita to 305, no basil please",
                                     "Dos pizzas margherita a la 305, sin albahaca"])
def test_a_preparation_note_is_no_dish_to_look_for(concierge, message):
    turn = _says(concierge, HOTEL, message, KENJI)
    args = turn.trace.skills[0].args
    assert [line["item_id"] for line in args["items"]] == ["margherita-pizza"] and args["notes"]


@pytest.mark.parametrize(("text", "items"), [
    ("麻烦送三条毛巾和两个枕头", [("towels", 3), ("pillows", 2)]),
    ("バスタオルを3枚と枕を2つお願いします", [("towels", 3), ("pillows", 2)]),
    ("수건 세 장이랑 베개 두 개 부탁드려요", [("towels", 3), ("pillows", 2)]),
    ("نحتاج ثلاث مناشف ووسادتين", [("towels", 3), ("pillows", 2)]),
])
def test_housekeeping_counts_things_with_the_counter_words_of_each_language(text, items):
    assert sorted(upkeep.housekeeping_items(text)) == sorted(items)


@pytest.mark.parametrize(("text", "note"), [
    ("两份披萨不要罗勒，还有一杯水", "不要罗勒"),
    ("ピザをバジル抜きで一枚", "バジル抜き"),
    ("피자 바질 빼고 한 판이요", "바질 빼고"),
    ("Пиццу без базилика и воду", "пиццу без базилика"),
    ("بيتزا بدون ريحان وماء", "بدون ريحان"),
])
def test_a_note_is_the_thing_left_out_not_the_rest_of_the_order(text, note):
    assert orders.order_notes(text).lower() == note.lower()


def test_taking_a_dish_back_is_no_note_and_cans_are_counted():
    assert orders.order_notes("汤不要了，换成三罐啤酒") is None
    beer = _DISH.model_copy(update={"id": "beer", "name": "Local beer (can)"})
    assert _order("换成三罐啤酒", [beer]) == [("beer", 3)]


def test_a_chinese_note_after_a_dish_does_not_take_the_dish_off():
    assert orders.menu_order("两个汉堡不要酸黄瓜，再加一杯气泡水", HOTEL.menu.items) == (
        [("harbor-burger", 2), ("sparkling-water", 1)], [], [])


@pytest.mark.parametrize("text", ["麻烦送到Sakura房间", "Sakura로 보내 주세요", "Sakuraにお願いします"])
def test_a_room_name_touching_chinese_japanese_or_korean_words_is_read(text):
    assert room_slots.named_room(text, ("Sakura",)) == "Sakura"


@pytest.mark.parametrize(("text", "items"), [
    ("Could housekeeping drop off three hangers and a robe?", [("hangers", 3), ("bathrobe", 1)]),
    ("Könnten Sie zwei Bademäntel bringen?", [("bathrobe", 2)]),
])
def test_asking_housekeeping_to_bring_things_is_no_cleaning_request(text, items):
    assert sorted(upkeep.housekeeping_items(text)) == sorted(items)


@pytest.mark.parametrize(("text", "order"), [
    ("Two cheese spreads and a pretzel-free shandy", [("obatzda", 2)]),
    ("Deux purées de prunes? Non: trois cheese spread, merci", [("obatzda", 3)]),
])
def test_two_words_of_a_bracketed_description_name_the_dish(text, order):
    menu = [*BAVARIAN[:2], BAVARIAN[2].model_copy(update={"name": "Obatzda (cheese spread with pretzel)"})]
    assert _order(text, menu) == order


@pytest.mark.parametrize(("text", "order"), [
    ("两份烤猪肉三明治和一碗汤", [("bifana", 2), ("caldo-verde", 1)]),
    ("三杯冰镇气泡水", [("sparkling-water", 3)]),
])
def test_a_chinese_count_reaches_over_the_words_before_the_dish(text, order):
    items = HOTEL.menu.items if "sparkling-water" in dict(order) else LISBON.menu.items
    assert sorted(_order(text, items)) == sorted(order)


@pytest.mark.parametrize(("message", "item"), [
    ("Zwei Lavakuchen und eine Pizza, Zimmer 305.", "margherita-pizza"),
    ("Две пиццы и газированная вода в номер 305.", "sparkling-water"),
    ("305房间，两份凯撒沙拉和一个汉堡。", "harbor-burger"),
])
def test_an_order_with_no_verb_beside_a_room_is_an_order(concierge, message, item):
    turn = _says(concierge, HOTEL, message, KENJI)
    assert skills_of(turn) == ["room_service"]
    assert item in [line["item_id"] for line in turn.trace.skills[0].args["items"]]


def test_a_bottle_or_glass_is_no_part_of_the_dish_read_back():
    assert dishes.phrases("две бутылки минеральной воды") == [("минеральной воды", 2)]
    assert dishes.phrases("un verre de jus d'orange") == [("jus d'orange", 1)]


@pytest.mark.parametrize(("message", "word"), [
    ("Could you bring an ironing board to room 305?", "iron"),
    ("305房间，请送一个吹风机和两条毛巾。", "吹风机"),
    ("Bitte einen Föhn und zwei Handtücher auf Zimmer 305.", "Föhn"),
])
def test_a_thing_the_hotels_list_does_not_name_is_passed_on_in_the_guests_word(concierge, message, word):
    turn = _says(concierge, HOTEL, message, KENJI)
    assert "housekeeping" in skills_of(turn) and word in text_of(turn)


@pytest.mark.parametrize("message", ["Could we have a cot in room 305?", "305房间需要一张婴儿床"])
def test_a_cot_on_the_hotels_list_is_the_crib_a_guest_asks_for(concierge, message):
    turn = _says(concierge, COT_HOTEL, message, KENJI)
    assert "housekeeping" in skills_of(turn) and turn.trace.skills[-1].ok
    assert "cot" in text_of(turn).lower() or "婴儿床" in text_of(turn)


# A café's menu of dishes the world writes by their sound: no word table knows them in Cyrillic or Katakana.
CAFE = [_DISH.model_copy(update={"id": id_, "name": name, "price": price}) for id_, name, price in (
    ("poutine", "Poutine with cheese curds", 12),
    ("shakshuka", "Shakshuka with bread", 14),
    ("hummus", "Hummus plate with pita", 9),
    ("lemonade", "Fresh lemonade", 5),
    ("pea-soup", "Yellow pea soup", 8),
)]


@pytest.mark.parametrize(("text", "dish"), [
    ("Принесите гороховый суп и путин, пожалуйста", "poutine"),
    ("Можно шакшуку и лимонад в номер?", "shakshuka"),
    ("хумус и лимонад, пожалуйста", "hummus"),
    ("プーティンとレモネードをお願いします", "poutine"),
    ("샥슈카 하나랑 레모네이드 주세요", "shakshuka"),
])
def test_a_dish_spelled_by_its_sound_in_cyrillic_or_kana_is_read_beside_another(text, dish, concierge):
    """The second dish of an order, written by its sound in the guest's letters ("путин" for poutine), is read by
    its name, not dropped."""
    assert dish in dict(_order(text, CAFE) + dishes.read(text, CAFE, concierge.rt.embedder, []))


def test_a_russian_word_is_not_heard_as_a_dish():
    assert menus.sounded("принесите в номер, пожалуйста", CAFE) == "принесите в номер, пожалуйста"
