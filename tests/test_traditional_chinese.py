"""A guest who writes traditional Chinese (Taiwan, Hong Kong) is read as one who writes simplified: every table of
guests' words reads both scripts (core.translit.either_script, kb.glossary.fold). Fresh wording at the Beitou
hot-spring hotel and the reference hotel; no message here is an item of a dev set."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from agent.brains import dates, room_slots, routing, slots
from core.hotels import load_hotel
from core.translit import either_script, simplified
from kb import glossary
from tests.test_brain import Guest, offline_concierge, skills_of, text_of

BEITOU = load_hotel(Path(__file__).resolve().parent / "data" / "hotels" / "taipei-beitou-springs")


@pytest.fixture(scope="module")
def concierge(tmp_path_factory):
    return offline_concierge(tmp_path_factory.mktemp("beitou"), BEITOU)


def test_a_pattern_reads_both_scripts_and_keeps_its_classes_and_ranges():
    # each character with its forms (衞: Hong Kong's), a class's characters too, a range left as it is
    assert either_script("卫生纸|[一二两]晚|[一-龥]订") == "[卫衛衞]生[纸紙]|[一二两兩]晚|[一-龥][订訂]"
    assert either_script(r"\d+晚") == r"\d+晚" and simplified("辦理入住，溫泉") == "办理入住，温泉"


@pytest.mark.parametrize(("message", "concept"), [("可以提早辦理入住嗎", "check-in"), ("溫泉幾點開", "spa"),
                                                 ("帳單上的服務費是什麼", "service charge")])
def test_the_glossary_reads_traditional_characters(message, concept):
    assert concept in glossary.named(message, "zh")


@pytest.mark.parametrize(("message", "intent"), [
    ("我要找你們經理", "handoff_to_staff"),
    ("可以找你們主管嗎？", "handoff_to_staff"),
    ("明早六點叫我們起床", "wake_up_call"),
    ("退房可以延到下午兩點嗎", "late_check_out"),
])
def test_traditional_words_route_as_their_simplified_forms_do(message, intent):
    assert intent in routing.rule_intents(message)


def test_a_stay_whose_check_out_day_is_followed_by_its_nights_is_no_late_check_out():
    assert "late_check_out" not in routing.rule_intents("3月5日入住到3月7日退房，兩晚，有房嗎？")


@pytest.mark.parametrize(("text", "room"), [("508房毛巾不夠", "508"), ("請送到1203房", "1203")])
def test_a_room_number_with_the_bare_room_word_is_the_room(text, room):
    assert room_slots.room_number(text) == room


@pytest.mark.parametrize("text", ["房價1200房费", "2000房型"])
def test_a_price_or_a_room_type_beside_the_room_word_is_no_room(text):
    assert room_slots.room_number(text) is None


def test_a_room_named_without_its_closing_word_for_room_is_that_room():
    """"標準湯屋" is the "Standard Spring Room (標準湯屋客房)": guests leave the "客房" off."""
    assert [room.code for room in room_slots.rooms_named("想訂標準湯屋兩晚", BEITOU.rooms)] == ["ST"]


@pytest.mark.parametrize("message", ["508房的衛生紙用完了，麻煩再送兩捲", "508房卫生纸没有了，请再送两卷"])
def test_toilet_paper_asked_in_either_script_is_brought_to_the_room(concierge, message):
    turn = Guest(concierge, hotel=BEITOU).says(message)
    assert skills_of(turn) == ["housekeeping"] and "508" in str(turn.trace.skills[0].args)


def test_send_me_the_link_after_a_deposit_is_offered_is_the_payment_link(concierge):
    guest = Guest(concierge, "+886912000111", hotel=BEITOU)
    guest.says("想訂2027年4月8日到10日的家庭和室，兩大兩小")
    guest.says("好，幫我訂。我是陳怡君，email yijun.chen@example.com，電話0912-000-111")
    turn = guest.says("把連結傳給我")
    assert skills_of(turn) == ["generate_payment_link"] and "http" in text_of(turn) and not turn.trace.handoff


@pytest.mark.parametrize(("text", "name"), [("我是陳怡君，電話0912-000-111", "陳怡君"), ("你好，我是王建国", "王建国"),
                                            ("我是来旅游的", None), ("我是305房的客人", None)])
def test_i_am_before_a_chinese_name_gives_the_name(text, name):
    assert slots.person_name(text) == name


@pytest.mark.parametrize(("text", "name"), [("李娜", "李娜"), ("黃雅婷", "黃雅婷"), ("把連結傳給我", None),
                                            ("好的谢谢", None), ("山田太郎です", "山田太郎")])
def test_a_message_that_is_only_a_name_is_one_and_a_short_request_is_not(text, name):
    assert slots.name_alone(text) == name


def test_a_guest_who_writes_traditional_characters_is_answered_in_them(concierge):
    """The phrases are written in simplified characters and this hotel's answers in traditional ones: a Taiwanese
    guest reads both in traditional, also after a message that does not tell ("好"), a mainland guest in simplified."""
    guest = Guest(concierge, "+886912000222", hotel=BEITOU)
    assert "為您設置叫醒服務" in text_of(guest.says("明天早上六點半叫我起床，508房"))
    assert "为您" not in text_of(guest.says("好的，謝謝")) + text_of(guest.says("好"))
    mainland = Guest(concierge, "+8613800000000", hotel=BEITOU)
    assert "为您设置叫醒服务" in text_of(mainland.says("明天早上六点半叫醒我，508房"))
    assert "早餐每天" in text_of(mainland.says("早餐几点？")) and "餐廳" not in text_of(mainland.says("早餐几点？"))


@pytest.mark.parametrize("message", [
    "幫我訂2027年5月10日到12日的家庭和室，兩大一小，我叫張家豪，電話0933-222-111，email jh.chang@example.com",
    "Please book the Family Tatami Room from 10 to 12 May 2027 for 3 of us. I'm Ana Ruiz, +34 600 111 222, "
    "ana.ruiz@example.com",
    "Buchen Sie bitte das Family Tatami Room vom 10. bis 12. Mai 2027 für drei. Ich bin Jonas Weber, "
    "jonas.weber@example.com, +49 151 2222 333",
])
def test_a_booking_sent_with_the_guests_details_is_quoted_and_taken_without_asking_for_them(concierge, message):
    """One message with the stay and who books it: the stay is quoted and the lead taken; the reply does not ask for
    the name, e-mail and phone it thanks the guest for."""
    turn = Guest(concierge, hotel=BEITOU).says(message)
    assert skills_of(turn) == ["check_availability", "create_lead"]
    asks = ("e-mail and phone", "电子邮箱", "電子郵箱", "e-mail-adresse")
    assert not any(word in text_of(turn).lower() for word in asks)
    assert "2027" in text_of(turn) and ("4,320" in text_of(turn) or "4.320" in text_of(turn))


def test_cantonese_words_for_tomorrow_and_parking_are_read():
    """Hong Kong guests write Cantonese: "聽日" is tomorrow, "泊車" parking."""
    assert dates.find_dates("聽日朝早七點", dt.date(2026, 11, 21)) == [dt.date(2026, 11, 22)]
    assert "parking" in glossary.named("泊車幾多錢一晚？", "zh")
