"""Requests said in a dialect, a room called by another word, and a fault feared rather than reported: each reaches
the skill it is for. Fresh wording in several languages; no message here is an item of a dev set."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.brains import room_slots
from agent.brains.routing import rule_intents
from agent.concierge import Concierge
from core.hotels import load_hotel
from tests.test_brain import HOTEL, Guest, offline_concierge, skills_of, text_of

HOTELS = Path(__file__).resolve().parent / "data" / "hotels"
LUXOR = load_hotel(HOTELS / "luxor-nile-lotus-hotel")
CANCUN = load_hotel(HOTELS / "cancun-playa-azul")


@pytest.fixture(scope="module")
def concierge(tmp_path_factory) -> Concierge:
    return offline_concierge(tmp_path_factory.mktemp("dialects"), HOTEL, LUXOR, CANCUN)


@pytest.mark.parametrize(("message", "hour"), [
    ("صحيني الساعة ٦ الصبح لو سمحت", "06:00"),   # Arabic-Indic digits
    ("فيّقني بكرة الساعة 7", "07:00"),            # Levantine
    ("ممكن تصحّونا الساعة ٥ الفجر؟", "05:00"),      # Egyptian, asked
])
def test_a_wake_up_call_in_a_dialect_is_set(concierge, message, hour):
    turn = Guest(concierge, "+201000000001", hotel=LUXOR).says(message)
    assert skills_of(turn) == ["wake_up_call"], text_of(turn)
    assert hour in text_of(turn)


@pytest.mark.parametrize("word", ["صحيح", "قومي", "صحني", "صحينا الساعة 5"])
def test_words_that_only_look_like_wake_me_are_no_call(word):
    assert "wake_up_call" not in rule_intents(word)


@pytest.mark.parametrize(("message", "room"), [
    ("عايزين بطانية زيادة للأوضة 312", "312"),   # Egyptian: "we want", "the room"
    ("نبغى فوط زيادة للجناح 215", "215"),       # Gulf: "we want", towels, "the suite"
    ("بدنا مخدة كمان لأوضة 118 لو سمحت", "118"),  # Levantine
])
def test_a_dialects_request_for_things_is_housekeeping(concierge, message, room):
    turn = Guest(concierge, "+201000000002", hotel=LUXOR).says(message)
    assert skills_of(turn) == ["housekeeping"], text_of(turn)
    assert room in text_of(turn)


@pytest.mark.parametrize("message", ["¿Me mandan un club sándwich a la 1205?",
                                     "¿Nos envían unas quesadillas a la 1310, porfa?",
                                     "Mándennos unos churros a la 1402"])
def test_an_order_sent_to_a_four_digit_room_by_its_number_alone_is_placed(concierge, message):
    turn = Guest(concierge, "+5219980000001", hotel=CANCUN).says(message)
    assert skills_of(turn) == ["room_service"], text_of(turn)


@pytest.mark.parametrize(("text", "room"), [("a la 1108", "1108"), ("para o 1204", "1204"), ("to 305", "305"),
                                            ("الجناح 401", "401"), ("اوضة 12", "12")])
def test_a_room_is_read_by_the_word_its_guest_uses(text, room):
    assert room_slots.room_number(text) == room


@pytest.mark.parametrize("text", ["to 2027", "in 1200 metres", "a las 1230"])
def test_four_digits_after_other_words_are_no_room(text):
    assert room_slots.room_number(text) is None


@pytest.mark.parametrize("message", [
    "We're a little anxious about power cuts, what happens if the electricity goes out?",
    "Que se passe-t-il en cas de coupure d'eau ?",
    "Was passiert, wenn der Strom ausfällt?",
    "Что будет, если не будет электричества?",
    "担心停电，如果停电了怎么办？",
    "停電したらどうなりますか？",
    "정전이 걱정돼요. 정전되면 어떻게 해요?",
    "ماذا يحدث إذا انقطعت الكهرباء؟",
    "O que acontece se faltar água?",
    "¿Qué hacemos si se va la luz?",
])
def test_a_fault_supposed_files_no_complaint(concierge, message):
    turn = Guest(concierge, "+14155550999").says(message)
    assert "complaints" not in skills_of(turn), text_of(turn)


@pytest.mark.parametrize("message", ["The power just went out in our room", "Se fue la luz en la habitación",
                                     "停电了！房间里没有电", "The bathroom is flooding, water everywhere",
                                     "I'm worried about the leak under our sink, it's getting worse",
                                     "Me preocupa la gotera del baño, cada vez cae más agua"])
def test_a_fault_that_has_come_is_still_a_complaint(concierge, message):
    assert "complaints" in skills_of(Guest(concierge, "+14155550998").says(message))


@pytest.mark.parametrize(("message", "entry"), [("수영장은 몇 시부터 이용할 수 있어요?", "pool"),
                                                ("朝食は何時からですか？", "breakfast"),
                                                ("조용히 해야 하는 시간은 몇시부터인가요?", "quiet-hours")])
def test_from_what_time_asks_the_hour_of_one_thing(concierge, message, entry):
    turn = Guest(concierge, "+14155550997").says(message)
    assert turn.trace.kb and turn.trace.kb[0] == entry, text_of(turn)
    assert "check-in-time" not in turn.trace.kb


MARIA = "+14155550123"  # verified at the reference hotel; her bill has two nights of valet parking, $84


@pytest.mark.parametrize("message", ["주차비 얼마 나왔어요?", "Was hat das Parken bisher gekostet?",
                                     "Combien a été facturé pour le voiturier ?", "Сколько набежало за парковку?",
                                     "停车费收了多少？", "Quanto foi cobrado pelo estacionamento?"])
def test_what_a_service_has_come_to_is_the_guests_bill(concierge, message):
    turn = Guest(concierge, MARIA).says(message)
    assert skills_of(turn) == ["billing_inquiry"], text_of(turn)
    assert "84" in text_of(turn)


@pytest.mark.parametrize("message", ["How much is valet parking?", "Is the valet still available at night?"])
def test_what_a_service_costs_is_still_the_faq(concierge, message):
    assert skills_of(Guest(concierge, MARIA).says(message)) == ["search_kb"]


@pytest.mark.parametrize("message", ["ممكن نبقى في الغرفة حتى الساعة 3 يوم المغادرة؟", "نقعد بالجناح لين العصر؟",
                                     "ينفع نضل في الأوضة لغاية الساعة 4؟"])
def test_staying_on_in_the_room_until_an_hour_is_a_late_check_out(message):
    assert rule_intents(message) == ["late_check_out"]


SPB = load_hotel(HOTELS / "spb-nevsky-courtyard")  # its menu: "Borscht with smetana…", "Siberian pelmeni…"


@pytest.mark.parametrize("message", ["我要一份红菜汤，送到305房间", "보르시 하나 방으로 갖다 주세요",
                                     "Zwei Borschtsch aufs Zimmer bitte", "أرسلوا لنا بورشت إلى الغرفة 305",
                                     "请送一份罗宋汤和两份俄式饺子到我们房间"])
def test_a_dish_named_as_the_guests_language_names_it_is_ordered(tmp_path, message):
    concierge = offline_concierge(tmp_path, SPB)
    turn = Guest(concierge, "+79110000001", hotel=SPB).says(message)
    assert skills_of(turn) == ["room_service"], text_of(turn)
    assert "Borscht" in text_of(turn) or "Борщ" in text_of(turn)
