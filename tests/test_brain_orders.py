"""Orders and requests: rooms the hotel calls by name, dishes spelled in another script or named by a word of the
hotel's own town, polite requests, and a price question that is not about the guest's own bill.

Fresh wording in several languages; none of these messages is an item of a development or held-out set.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from agent.brains import dishes, menus, orders, room_slots, routing
from agent.concierge import Concierge, TurnResult
from agent.runtime import Runtime
from core.hotels import Hotel, MenuItem
from core.messages import Channel, InboundMessage
from core.settings import load_settings
from tests import test_brain, test_brain_sample_hotel
from tests.test_brain import HOTEL, Guest, skills_of, text_of

concierge, afternoon = test_brain.concierge, test_brain.afternoon
KENJI = test_brain.KENJI  # room 305
LISBON, SAM = test_brain_sample_hotel.LISBON, test_brain_sample_hotel.SAM
# The reference hotel as a house whose rooms have names: Kenji's room is "Sakura".
NAMED = HOTEL.model_copy(update={"id": "harbor-named", "guests": [
    g.model_copy(update={"room": "Sakura"}) if g.phone == KENJI else g for g in HOTEL.guests]})
# The reference hotel whose housekeeping also lists a blanket, as many do, and whose rooms have names.
_SETUP = {**HOTEL.services.model_extra["housekeeping"]}
_SETUP["free_on_request"] = [*_SETUP["free_on_request"], "extra blanket"]
NAMED = NAMED.model_copy(update={"services": HOTEL.services.model_copy(update={"housekeeping": _SETUP})})
# Lisbon's house beer, named after the town as menus often do.
LOCAL_BEER = LISBON.model_copy(update={"id": "lisbon-beer", "menu": LISBON.menu.model_copy(update={"items": [
    *LISBON.menu.items, LISBON.menu.items[0].model_copy(update={"id": "beer", "name": "Lisbon craft beer",
                                                                 "price": 5})]})})
# Lisbon's kitchen cooking Russian dishes under English names, as a Russian hotel's menu may write them.
RUSSIAN_DISHES = [MenuItem(id=key, name=name, price=price) for key, name, price in (
    ("borscht", "Beetroot borscht with dill", 9), ("pelmeni", "Pelmeni with butter", 12), ("syrniki", "Syrniki", 8),
    ("blini", "Blini with salmon", 14), ("kvass", "Kvass (0.5 l)", 4), ("vodka", "Vodka (50 ml)", 6),
    ("cake", "Honey cake", 7), ("vareniki", "Vareniki with cherries", 10))]
RUSSIAN_MENU = LISBON.model_copy(update={"id": "lisbon-russian",
                                         "menu": LISBON.menu.model_copy(update={"items": RUSSIAN_DISHES})})
# A menu that names what each dish comes with, as many do.
WITH_SIDES = LISBON.model_copy(update={"id": "lisbon-sides", "menu": LISBON.menu.model_copy(update={"items": [
    MenuItem(id=key, name=name, price=price) for key, name, price in (
        ("salmon", "Grilled salmon with lemon butter, new potatoes and green beans", 24),
        ("lasagne", "Beef lasagne with garlic bread and a side salad", 19),
        ("curry", "Chicken curry with basmati rice, naan and mango chutney", 21),
        ("falafel", "Falafel wrap with tahini and pickles", 12),
        ("cheesecake", "Baked cheesecake with berry compote", 9),
        ("lemonade", "Homemade lemonade", 5))]})})


@pytest.fixture(scope="module")
def houses(tmp_path_factory) -> Concierge:
    folder = tmp_path_factory.mktemp("houses")
    settings = load_settings(_env_file=None, redis_url=None, database_url=f"sqlite:///{folder}/brain.db",
                             embedding_cache_dir=Path(".cache/test-embeddings"),
                             api_key="hotel-backend")
    runtime = Runtime(settings, hotels={NAMED.id: NAMED, LISBON.id: LISBON, LOCAL_BEER.id: LOCAL_BEER,
                                        RUSSIAN_MENU.id: RUSSIAN_MENU, WITH_SIDES.id: WITH_SIDES})
    runtime.db.migrate()
    return Concierge.for_runtime(runtime)


def _says(houses: Concierge, hotel: Hotel, text: str, sender: str = "") -> TurnResult:
    message = InboundMessage(hotel_id=hotel.id, channel=Channel.API, sender=sender, provider_id=uuid.uuid4().hex,
                             text=text)
    return houses.handle(message, address=uuid.uuid4().hex)


@pytest.mark.parametrize(("text", "room"), [
    ("Could housekeeping bring an iron up to the Sakura room?", "Sakura"),
    ("Pouvez-vous monter un oreiller dans la chambre tsubaki ?", "Tsubaki"),
    ("Пришлите, пожалуйста, полотенце в номер Сакура", "Sakura"),
    ("츠바키 말고 사쿠라에 수건 보내 주세요", "Sakura"),
    ("Two coffees to the Garden Loft", "Garden Loft"),
    ("Send a towel to room 305", None),
    ("I love the sakuras in spring", None),
])
def test_a_room_called_by_name_is_read_in_any_script(text, room):
    assert room_slots.named_room(text, ("Garden Loft", "Sakura", "Tsubaki")) == room


def test_a_named_room_is_left_out_of_the_dish_it_is_ordered_with():
    assert dishes.phrases("Deux cafés dans la chambre Sakura, s'il vous plaît", ("Sakura",)) == [("cafés", 2)]


def test_the_rooms_called_by_name_come_from_the_hotels_reservations():
    assert room_slots.room_names(NAMED.guests) == ("Sakura",) and room_slots.room_names(HOTEL.guests) == ()


@pytest.mark.parametrize(("message", "skill"), [
    ("Could you send a hair dryer to room Sakura?", "housekeeping"),
    ("Принесите, пожалуйста, бургер в номер Сакура.", "room_service"),
    ("사쿠라 방에 베개 하나만 더 주실 수 있나요?", "housekeeping"),
])
def test_a_room_named_by_a_guest_with_no_reservation_is_where_it_goes(houses, message, skill):
    turn = _says(houses, NAMED, message)
    assert skill in skills_of(turn)
    assert next(call for call in turn.trace.skills if call.name == skill).args.get("room") == "Sakura"


@pytest.mark.parametrize("message", ["베개 하나 더 받을 수 있을까요? 조금 불편해서요.",
                                     "수건 두 장만 더 주실 수 있어요?"])
def test_a_korean_request_asked_politely_is_housekeeping(concierge, message):
    turn = Guest(concierge, KENJI).says(message)
    assert "housekeeping" in skills_of(turn) and "305" in text_of(turn)


@pytest.mark.parametrize("message", [
    "We ordered dinner over an hour ago and still nothing has arrived, the kids are really hungry",
    "Мы заказали ужин час назад, до сих пор не принесли, дети голодные, а kids pasta так и не пришла",
    "Nous avons commandé il y a une heure, toujours pas livré, les enfants ont faim",
    "我们点的汉堡一个小时了还没送到，孩子们饿坏了",
])
def test_a_complaint_about_an_order_awaited_places_no_new_one(concierge, message):
    """"we ordered ... the kids are starving" names the menu's kids' dish and an order, but asks for neither."""
    turn = Guest(concierge, KENJI).says(message)
    assert "complaints" in skills_of(turn) and "room_service" not in skills_of(turn)


@pytest.mark.parametrize(("text", "asked"), [
    ("シーザーサラダとレモネードをいただけますか", ["シーザーサラダ", "レモネード"]),
    ("ピザをお願いできますか", ["ピザ"]),
    ("피자를 받을 수 있을까요", ["피자"]),
])
def test_a_polite_way_of_asking_is_not_part_of_the_dish(text, asked):
    assert [phrase for phrase, _ in dishes.phrases(text)] == asked


@pytest.mark.parametrize("text", ["Можно бифана и бокал вина?", "Две бифана, пожалуйста"])
def test_a_dish_name_spelled_in_cyrillic_is_on_the_word_table(text):
    assert "bifana" in [item for item, _ in orders.menu_order(text, LISBON.menu.items)[0]]


@pytest.mark.parametrize(("message", "language"), [
    ("Pourriez-vous nous monter trois bières au 204 ?", "fr"),
    ("Принесите две кружки пива в 204, пожалуйста", "ru"),
    ("Can we get two beers up to 204?", "en"),
])
def test_a_dish_named_after_the_town_is_read_by_what_it_is(houses, message, language):
    turn = _says(houses, LOCAL_BEER, message, SAM)
    assert skills_of(turn) == ["room_service"] and turn.trace.language == language
    assert [line["item_id"] for line in turn.trace.skills[0].args["items"]] == ["beer"]


def test_a_question_about_prices_is_not_the_guests_bill(houses):
    """A question the skill router leans towards the bill on (measured), which the hotel's FAQ answers."""
    turn = _says(houses, LISBON, "What do you charge for pets?")
    assert skills_of(turn) == ["search_kb"] and "15" in text_of(turn)


@pytest.mark.parametrize("message", ["What's on my bill so far?", "Was steht bisher auf meiner Rechnung?"])
def test_the_guests_own_bill_is_still_the_bill(houses, message):
    assert skills_of(_says(houses, LISBON, message, SAM)) == ["billing_inquiry"]


@pytest.mark.parametrize(("message", "language", "label"), [
    ("Auriez-vous une couverture de plus pour la chambre Sakura ?", "fr", "couverture"),
    ("Könnten Sie uns noch eine Decke ins Zimmer Sakura bringen?", "de", "Decke"),
    ("사쿠라 방에 담요 한 장만 더 가져다주실 수 있나요?", "ko", "담요"),
])
def test_a_blanket_is_named_in_the_guests_language(houses, message, language, label):
    turn = _says(houses, NAMED, message)
    assert turn.trace.language == language and "housekeeping" in skills_of(turn) and label in text_of(turn)


def test_a_dish_name_with_accents_is_on_the_word_table():
    items = [*LISBON.menu.items, LISBON.menu.items[0].model_copy(update={"id": "pao", "name": "Pão de queijo"})]
    assert orders.menu_order("Um pão de queijo e uma água, por favor", items)[0][0] == ("pao", 1)


@pytest.mark.parametrize("text", ["The gas fire in our lounge won't light", "Our kettle won't heat up at all"])
def test_something_that_wont_light_or_heat_is_a_complaint(text):
    assert routing.rule_intents(text)[:1] == ["complaints"]


@pytest.mark.parametrize(("note", "said"), [
    ("Keine Pilze, bitte.", "Keine Pilze"), ("Sans fromage.", "Sans fromage"), ("치즈 빼주세요", "치즈"),
    ("No cheese on it", "No cheese"), ("Без соуса.", "Без соуса"),
])
def test_a_wish_said_alone_after_an_order_goes_on_that_order(concierge, note, said):
    """A bare "without X" right after an order is for the kitchen, not a complaint about something missing."""
    guest = Guest(concierge, KENJI)
    guest.says("A Margherita pizza to my room, please.")
    turn = guest.says(note)
    assert skills_of(turn) == ["room_service"] and said in turn.trace.skills[0].args.get("notes", "")


@pytest.mark.parametrize(("text", "ordered"), [
    ("Три борща, пожалуйста", [("borscht", 3)]),
    ("Будьте добры, пельменей и кваску", [("pelmeni", 1), ("kvass", 1)]),
    ("сырнички и два блинчика с лососем", [("syrniki", 1), ("blini", 2)]),
    ("Четыре порции вареников с вишней", [("vareniki", 4)]),
    ("Рюмку водочки к ужину", [("vodka", 1)]),
    ("Как вы готовите блины?", [("blini", 1)]),  # "как" is not the "cake" of the menu spelled in Cyrillic
])
def test_a_russian_dish_is_read_in_its_cases_and_diminutives(text, ordered):
    assert orders.menu_order(text, RUSSIAN_DISHES)[0] == ordered


def test_the_guests_cyrillic_word_is_said_back_beside_a_latin_name():
    said = orders.menu_read("Два борща и пиццу", [*RUSSIAN_DISHES, *LISBON.menu.items]).said
    assert said == {"borscht": "борща"}


@pytest.mark.parametrize(("message", "ordered"), [("Сырнички и квас к нам в номер можно?", {"syrniki", "kvass"}),
                                                  ("Pelmeni and a kvass to our room?", {"pelmeni", "kvass"})])
def test_dishes_wanted_in_the_room_are_an_order(houses, message, ordered):
    turn = _says(houses, RUSSIAN_MENU, message, SAM)
    assert skills_of(turn)[-1] == "room_service"
    assert {line["item_id"] for line in turn.trace.skills[-1].args["items"]} == ordered


@pytest.mark.parametrize(("message", "ordered"), [
    ("نبي سلمون مشوي للغرفة", {"salmon"}), ("ودي فلافل وليموناضة", {"falafel", "lemonade"}),
    ("帮我点一份芝士蛋糕", {"cheesecake"}), ("ابغى كاري دجاج لو سمحت", {"curry"}),
])
def test_a_dish_is_read_by_its_name_without_what_it_comes_with(houses, message, ordered):
    """"Grilled salmon with lemon butter, new potatoes and green beans": the sides outweigh "سلمون مشوي"."""
    turn = _says(houses, WITH_SIDES, message, SAM)
    assert skills_of(turn)[-1] == "room_service"
    assert {line["item_id"] for line in turn.trace.skills[-1].args["items"]} == ordered


@pytest.mark.parametrize(("text", "asked"), [
    ("ابغى بيتزا مارجريتا لغرفتي", ["بيتزا مارجريتا"]), ("نبي عصير ليمون للغرفة 305", ["عصير ليمون"]),
    ("أريد أن أطلب سلطة سيزر", ["سلطة سيزر"]), ("ودي طلب شوربة", ["شوربة"]),
    ("我想要一份凯撒沙拉", ["凯撒沙拉"]), ("帮我点两个汉堡", ["汉堡"]),
])
def test_the_wish_to_order_is_not_part_of_the_dish(text, asked):
    """Gulf "ابغى", "نبي", "ودي" and Chinese "我想要", "帮我点" say the order, as "I'd like" does."""
    assert [phrase for phrase, _ in dishes.phrases(text)] == asked


def test_a_price_asked_for_a_dish_to_the_room_is_a_quote(houses):
    turn = _says(houses, RUSSIAN_MENU, "Сколько стоят пельмени в номер?", SAM)
    assert turn.trace.skills[-1].args.get("quote")


@pytest.mark.parametrize("message", [
    "We want a pizza at a proper Italian place tonight, where should we go?",
    "Queremos comer pizza en una pizzería del centro, ¿alguna idea?",
    "On voudrait boire un verre de vin dans un bar du quartier, vous conseillez quoi ?",
    "Wir möchten heute Abend Wein in einer Weinbar trinken, was empfehlen Sie?",
])
def test_a_dish_at_a_place_to_go_out_to_is_no_order(concierge, message):
    """"A pizza at a proper Italian place": the dish names where the guest wants to go, nothing is ordered."""
    assert "room_service" not in skills_of(Guest(concierge).says(message))


@pytest.mark.parametrize(("order", "change", "left"), [
    ("Three Harbor burgers and a Caesar salad to my room, please.", "Actually take off one burger", 2),
    ("Tres hamburguesas Harbor a mi habitación, por favor.", "Mejor quita una hamburguesa", 2),
    ("Trois burgers Harbor dans ma chambre, s'il vous plaît.", "Enlevez deux burgers, finalement", 1),
    ("Drei Harbor Burger aufs Zimmer, bitte.", "Bitte einen Burger stornieren", 2),
])
def test_a_counted_item_taken_off_leaves_the_rest_of_its_line(concierge, order, change, left):
    """"Take off one burger" from three leaves two: that many fewer, not the whole line gone."""
    guest = Guest(concierge, KENJI)
    guest.says(order)
    args = guest.says(change).trace.skills[-1].args
    assert {"item_id": "harbor-burger", "quantity": left} in [
        {"item_id": line["item_id"], "quantity": line.get("quantity", 1)} for line in args.get("items", [])]
    assert "harbor-burger" not in args.get("remove", [])


def test_a_change_to_an_order_quoted_and_not_yet_placed_is_quoted_again(concierge):
    """Items guessed from the guest's words wait for a yes; "drop the salad" before it changes that order, and the
    yes then places the changed one."""
    guest = Guest(concierge, KENJI)
    guest.says("Could I get three cheeseburgers and a caesar salad up to 305?")
    changed = guest.says("Hmm, drop the salad. And remove one burger too")
    assert "Caesar" not in text_of(changed) and "2 × Harbor burger" in text_of(changed)
    placed = guest.says("yes, go ahead")
    assert "2 × Harbor burger" in text_of(placed) and "Caesar" not in text_of(placed)


@pytest.mark.parametrize("message", [
    "One lava cake to 305.", "2 chowders up to room 305 pls", "Una tarta de chocolate a la habitación 305",
    "Eine Pizza Margherita zum Zimmer 305",
])
def test_a_dish_sent_to_a_room_number_is_an_order(concierge, message):
    """A dish and where it goes, with no verb: "one lava cake to 305" is how orders are texted."""
    turn = Guest(concierge, KENJI).says(message)
    assert skills_of(turn) == ["room_service"] and turn.trace.skills[0].args.get("room") == "305"


@pytest.mark.parametrize(("first", "change"), [
    ("Could 214 get a Caesar salad and a clam chowder?", "Actually, swap the soup for a Margherita pizza."),
    ("Para la 214: una ensalada César y una sopa de almejas", "Cambia la sopa por una pizza margherita"),
    ("Pour la 214 : une salade César et un fondant au chocolat", "Remplacez le dessert par une pizza Margherita"),
])
def test_a_dish_changed_by_its_course_is_the_one_taken_off(concierge, first, change):
    """"The soup", "the dessert": the menu's only dish of that course is the one the guest changes."""
    guest = Guest(concierge, test_brain.MARIA)
    guest.says(first)
    turn = guest.says(change)
    assert "room_service" in skills_of(turn) and "Margherita" in text_of(turn)
    assert "$40" in text_of(turn)  # Caesar salad $16 + Margherita pizza $19 + delivery $5: the other dish is gone


_KINDS_MENU = [MenuItem(id=key, name=name, price=9) for key, name in (
    ("pizza-funghi", "Pizza funghi"), ("calzone-funghi", "Calzone funghi"), ("pizza-salami", "Pizza salami"),
    ("calzone-salami", "Calzone salami"), ("tacos-pastor", "Tacos al pastor"), ("tacos-pescado", "Tacos de pescado"),
    ("suppe-linsen", "Linsensuppe mit Würstchen"), ("wurstchen-brot", "Würstchen im Brot"))]


def test_the_kinds_of_dish_a_menu_shares_are_read_in_its_order():
    """"pizza", "funghi", "calzone": each a kind several dishes share, in the order the menu names them."""
    assert list(menus.kind_words(_KINDS_MENU, set())) == ["pizza", "funghi", "calzone", "salami", "tacos",
                                                          "würstchen"]


def test_a_guests_order_of_a_kind_reads_the_same_in_every_process():
    """A set's order changes with the process's hash seed: what several dishes share is read in the menu's order,
    so "deux pizzas et des tacos" or "zwei Würstchen" reads the same in every worker."""
    script = ("from tests.test_brain_orders import _KINDS_MENU; from agent.brains import menus, orders; "
              "print(list(menus.kind_words(_KINDS_MENU, set())), "
              "[orders.menu_read(t, _KINDS_MENU) for t in ('deux pizzas et des tacos', 'zwei Würstchen bitte', "
              "'两个calzone', 'пицца funghi')])")
    seen = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(seen) == 1


@pytest.mark.parametrize(("message", "item", "quantity"), [
    ("クラムチャウダーを二つお願いできますか", "clam-chowder", 2),
    ("炭酸水を3本いただけますか", "sparkling-water", 3),
    ("マルゲリータピザを部屋に持ってきてもらえますか", "margherita-pizza", None),
    ("赤ワインをグラスでいただけますか", "house-red-wine", None),
    ("チョコレートケーキを届けていただけますか", "chocolate-lava-cake", None),
])
def test_a_dish_asked_for_as_politely_as_a_question_in_japanese_is_ordered(concierge, message, item, quantity):
    """"…をお願いできますか", "…をいただけますか", "…を持ってきてもらえますか" ask for the dish, as "…をください"
    does."""
    turn = Guest(concierge, KENJI).says(message)
    [call] = [call for call in turn.trace.skills if call.name == "room_service"]
    [line] = call.args["items"]
    assert line["item_id"] == item and line.get("quantity") == quantity


def test_a_dish_the_menu_lacks_asked_for_politely_in_japanese_hears_the_menu(concierge):
    turn = Guest(concierge, KENJI).says("焼きそばをいただけますか")
    assert skills_of(turn) == ["room_service"] and "Harbor burger" in text_of(turn)


@pytest.mark.parametrize(("message", "item"), [
    ("バスタオルをもう2枚お願いできますか", "towels"), ("枕をもう一つ持ってきてもらえますか", "pillows"),
    ("歯ブラシを二ついただけますか", "toothbrush"), ("スリッパを持ってきていただけますか", "slippers"),
])
def test_a_thing_for_the_room_asked_for_politely_in_japanese_is_housekeeping(concierge, message, item):
    turn = Guest(concierge, KENJI).says(message)
    [call] = [call for call in turn.trace.skills if call.name == "housekeeping"]
    assert call.args["items"][0]["item"] == item and "305" in text_of(turn)


@pytest.mark.parametrize("message", ["Wi-Fiのパスワードを教えていただけますか", "荷物を預かってもらえますか",
                                     "朝食は何時からですか"])
def test_a_polite_japanese_question_orders_no_dish(concierge, message):
    assert "room_service" not in skills_of(Guest(concierge, KENJI).says(message))
