"""A camp's tents and a lodge's beds as the guest's room, problems that need a person now, service let down, a
sold-out kind of room asked for in its own words, and bills asked in dialect.

Fresh wording in several languages; none of these messages is an item of a development or held-out set.
"""

from __future__ import annotations

import pytest

from agent.brains import faults, menus, money, room_slots, routing, urgent, wants
from core.hotels import RoomType
from skills import complaints

_TENTS = [RoomType(code="SD", name="Sand Tent", count=8, max_guests=2, rate=120),
          RoomType(code="OP", name="Oasis Pool Tent", count=3, max_guests=2, rate=300)]
_LODGE = [RoomType(code="TW", name="Twin Room", count=10, max_guests=2, rate=20000),
          RoomType(code="WA", name="Washitsu (tatami, up to 4)", count=4, max_guests=4, rate=28000),
          RoomType(code="BB", name="Bunk bed (8-bed room)", count=16, max_guests=1, rate=5000)]


@pytest.mark.parametrize(("text", "room"), [
    ("Could you send two towels to tent 12?", "12"),
    ("Please bring more water to tent C3", "C3"),
    ("Apportez une couverture à la tente 9, merci", "9"),
    ("Bitte zwei Kissen ins Zelt 4", "4"),
    ("Принесите плед в палатку 6", "6"),
    ("テント11にお水をお願いします", "11"),
    ("텐트 5로 수건 보내 주세요", "5"),
    ("أرسلوا بطانية إلى الخيمة رقم 3", "3"),
    ("我在A4床位，想要一条毛巾", "A4"),
])
def test_a_tent_or_a_bed_named_by_number_or_code_is_the_guests_room(text, room):
    assert room_slots.room_number(text) == room


@pytest.mark.parametrize("text", ["Is there a 24 hour shop?", "a tent for 2 people", "tente pour 3 nuits"])
def test_a_count_beside_a_tent_word_is_no_room(text):
    assert room_slots.room_number(text) is None


@pytest.mark.parametrize("text", ["デーツを少しお願いします", "Des dattes, s'il vous plaît", "أبغى تمر مع القهوة",
                                  "Немного фиников, пожалуйста"])
def test_dates_the_fruit_are_read_in_any_language(text):
    assert "dates" in menus.dishes_in_english(text)
    assert "dates" not in menus.dishes_in_english("تمرين الصباح مستمر")  # "exercise", "going on": no fruit


@pytest.mark.parametrize("text", ["ممكن تجيبون لنا شاي؟", "お茶を届けてもらえますか", "ممكن ترسل لي قهوة؟"])
def test_an_order_asked_as_a_question_is_an_order(text):
    assert wants.ORDER.search(text)


@pytest.mark.parametrize("text", [
    "Water is coming through the roof onto both beds and the floor is soaked",
    "L'eau coule du plafond sur un des lits",
    "Es tropft Wasser von der Decke auf eines der Betten",
    "С потолка капает вода на одну из кроватей",
    "الماء يقطر من السقف على أحد الأسرة",
])
def test_water_on_a_bed_needs_someone_now(text):
    assert complaints.urgent(text)


@pytest.mark.parametrize("text", [
    "エアコンの暖房が効きません。赤ちゃんが寒がっています",
    "ヒーターが動きません、子供が震えています",
])
def test_no_heat_with_a_child_cold_needs_someone_now_in_polite_japanese(text):
    assert complaints.urgent(text)


@pytest.mark.parametrize("text", [
    "A branch smashed the window and glass is everywhere, we need help right now",
    "Can someone come right now? The door of the tent is torn",
    "Necesitamos ayuda ya, el viento rompió la puerta",
    "On a besoin d'aide tout de suite, la tente s'effondre",
    "Wir brauchen sofort Hilfe, das Zelt ist eingestürzt",
    "Срочно нужна помощь, палатку сорвало ветром",
    "帐篷被风吹坏了，急需帮助",
    "テントが壊れました。すぐに誰か来てください",
    "텐트가 찢어졌어요, 지금 누가 좀 와 주세요",
    "نحتاج مساعدة الآن، الخيمة تمزقت",
])
def test_help_needed_this_minute_brings_a_person(text):
    assert "handoff_to_staff" in routing.rule_intents(text)


@pytest.mark.parametrize("text", [
    "My husband went snowshoeing at noon and still hasn't come back, it's getting dark",
    "Mi hija salió a caminar y no ha vuelto, ya es de noche y no contesta el teléfono",
    "Mon ami n'est toujours pas rentré de la randonnée et il fait nuit",
    "Mein Bruder ist immer noch nicht zurück und es wird dunkel",
    "Друг ушёл на склон и не вернулся, уже темно",
    "朋友去滑雪还没回来，天黑了，手机也打不通",
    "友人がまだ戻っていません。もう暗くなってきました",
    "친구가 아직 돌아오지 않았어요, 벌써 어두워요",
    "صديقي لم يعد من الرحلة وحل الظلام وهاتفه مغلق",
])
def test_someone_missing_after_dark_is_an_emergency(text):
    assert urgent.EMERGENCY.search(text)


@pytest.mark.parametrize("text", ["My towel is missing", "The shuttle isn't back yet?", "Is the spa open at night?"])
def test_a_thing_missing_or_a_shuttle_awaited_is_no_emergency(text):
    assert not urgent.EMERGENCY.search(text)


@pytest.mark.parametrize("text", [
    "Breakfast was stone cold and we waited forty minutes for coffee",
    "Honestly not what we expected for the money",
    "El desayuno estaba frío y esperamos 25 minutos",
    "Le dîner était froid et nous avons attendu 40 minutes",
    "Das Abendessen war kalt und wir haben 30 Minuten gewartet",
    "Ужин был холодный, ждали 20 минут",
    "早餐是凉的，等了40分钟",
    "夕食が冷めていて、30分も待たされました",
    "음식이 다 식어 있었고 30분이나 기다렸어요",
    "الطعام كان بارد وانتظرنا 30 دقيقة",
])
def test_a_service_let_down_is_a_complaint(text):
    assert faults.COMPLAINT.search(text)


@pytest.mark.parametrize(("text", "rooms", "code"), [
    ("a tent with its own pool for two nights", _TENTS, "OP"),
    ("une tente avec piscine, c'est possible ?", _TENTS, "OP"),
    ("和室は空いていますか", _LODGE, "WA"),
    ("다다미방 있어요?", _LODGE, "WA"),
    ("Four bunk beds for the weekend", _LODGE, "BB"),
    ("Cuatro literas para el puente", _LODGE, "BB"),
    ("二段ベッドを3つ", _LODGE, "BB"),
])
def test_a_kind_of_room_asked_in_other_words_names_it(text, rooms, code):
    assert room_slots.room_type(text, rooms) == code


@pytest.mark.parametrize("text", ["كم حسبتوا علي المطعم؟", "我而家一共要俾幾多錢？", "我们现在一共要付多少"])
def test_a_bill_asked_in_dialect_is_the_guests_bill(text):
    assert money.BILL.search(text)


def test_a_total_asked_with_no_one_named_is_no_bill():
    assert not money.BILL.search("总共要付多少？")  # after an order: what the order comes to
