"""Booking conversations on hotels the brain was not written for (Kyoto, Zermatt, Lisbon, Marrakech), in fresh
wording and several languages: dates in many forms, names in any script, the room chosen late or by a cheaper
wish, a date corrected mid-way, a closed season, and the deposit link at the end."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest

from agent.concierge import Concierge, TurnResult
from core.hotels import Hotel, MenuItem, load_hotel
from core.messages import Channel, InboundMessage
from tests.test_brain import offline_concierge, skills_of, text_of

HOTELS = {hotel.id: hotel for hotel in (
    load_hotel(Path(__file__).resolve().parent / "data" / "hotels" / "kyoto-seiryu"),
    load_hotel(Path(__file__).resolve().parent / "data" / "hotels" / "zermatt-alpenrose"),
    load_hotel(Path(__file__).resolve().parent / "data" / "hotels" / "marrakech-dar-yasmine"),
    load_hotel(Path(__file__).resolve().parents[1] / "core" / "sample_hotels" / "lisbon-garden"),
    load_hotel(Path(__file__).resolve().parent / "data" / "hotels" / "paraty-pousada-do-cais"),
    load_hotel(Path(__file__).resolve().parent / "data" / "hotels" / "jaipur-haveli-rambagh-gate"),
)}


@pytest.fixture(scope="module")
def concierge(tmp_path_factory) -> Concierge:
    return offline_concierge(tmp_path_factory.mktemp("stays"), *HOTELS.values())


@pytest.fixture(autouse=True)
def afternoon(monkeypatch):
    monkeypatch.setattr(Hotel, "now", lambda hotel: dt.datetime(2026, 11, 21, 15, 0, tzinfo=hotel.tz))


def talk(concierge: Concierge, hotel: str, *texts: str, sender: str = "") -> list[TurnResult]:
    session = uuid.uuid4().hex
    return [concierge.handle(InboundMessage(hotel_id=hotel, channel=Channel.API, sender=sender,
                                            provider_id=uuid.uuid4().hex, text=text), address=session)
            for text in texts]


def link_of(turn: TurnResult) -> str | None:
    return next((reply.payment_url for reply in turn.replies if reply.payment_url), None)


@pytest.mark.parametrize(("hotel", "turns", "room", "deposit"), [
    ("kyoto-seiryu", ["6月8日から2泊、Riversideの部屋は空いていますか？",
                      "高橋美咲です。misaki@example.jp、080-2345-6789", "デポジットの支払い方法を教えてください"],
     "Riverside Tatami Room", "¥58,000"),
    ("zermatt-alpenrose", ["Grüezi, ist vom 8.-11. März ein Doppelzimmer frei?", "Korrektur: bis zum 12. März",
                           "Mein Name ist Anna Keller", "anna.keller@example.ch", "079 555 12 34",
                           "Wie kann ich die Anzahlung bezahlen?"], "Matterhorn Double", "408"),
    ("marrakech-dar-yasmine", ["هل الغرفة السوبيريور متاحة من 9 إلى 12 نوفمبر 2027؟",
                               "الاسم: كريم التازي، البريد: karim.tazi@example.ma، الهاتف: 0661 22 33 44",
                               "أرسل لي رابط العربون"], "Superior", "1,125"),
    ("lisbon-garden", ["¿Tenéis habitación del 3 hasta el 6 de mayo para dos?", "la más barata, por favor",
                       "Soy Inés Moreno, ines.moreno@example.es, +34 611 222 333", "¿Cómo pago la señal?"],
     "Classic Double", "€72"),
    # Korean: the month first in "6/8~6/10", a correction said with an apology, the details between slashes, and
    # the deposit ("예약금") asked for, which is no new booking
    ("lisbon-garden", ["6/8~6/10 Classic Double 2명 가능해요?", "아 죄송해요, 6/9~6/11로 바꿔 주세요",
                       "최민준 / minjun.choi@example.kr / +82 10 2345 6789", "예약금 결제 링크 보내 주세요"],
     "Classic Double", "€48"),
])
def test_a_stay_asked_for_in_any_words_ends_with_the_deposit_link(concierge, hotel, turns, room, deposit):
    done = talk(concierge, hotel, *turns)
    last = done[-1]
    assert skills_of(last) == ["generate_payment_link"] and link_of(last), [text_of(t) for t in done]
    assert room in text_of(last) and deposit in text_of(last)


@pytest.mark.parametrize(("hotel", "turns", "word"), [
    ("kyoto-seiryu", ["Any rooms from May 10 to May 13?", "I'm Priya Nair, priya.nair@example.in, +91 98765 43210"],
     "Which room"),
    ("zermatt-alpenrose", ["Avez-vous de la place du 1er au 4 mars ?", "Je m'appelle Hugo Lefèvre, hugo@example.fr, "
                           "+33 6 11 22 33 44"], "Quelle chambre"),
])
def test_details_given_before_the_room_is_chosen_ask_only_for_the_room_then_a_yes_sends_the_link(concierge, hotel,
                                                                                                 turns, word):
    *_, details = talk_and = talk(concierge, hotel, *turns)
    assert skills_of(details) == ["create_lead"] and word in text_of(details)
    assert "dates" not in text_of(details).lower() and "dates" not in text_of(talk_and[-1])


def test_the_room_chosen_later_and_a_yes_get_the_link_without_asking_the_details_again(concierge):
    turns = talk(concierge, "kyoto-seiryu", "4月20日到23日有空房吗？",
                 "我叫周杰，邮箱 zhoujie@example.cn，电话 +86 135 0000 1111", "怎么付订金？", "Western Twin", "好的")
    assert "Western Twin" in text_of(turns[2]) and skills_of(turns[2]) == ["generate_payment_link"]
    assert skills_of(turns[-1]) == ["generate_payment_link"] and link_of(turns[-1])


@pytest.mark.parametrize(("hotel", "turns", "room"), [
    ("zermatt-alpenrose", ["¿Hay habitación del 2 al 5 de marzo?",
                           "Soy Pablo Ruiz, pablo.ruiz@example.es, +34 600 111 222",
                           "¿Me pasan el enlace para el anticipo?", "La Gornergrat"], "Junior Suite Gornergrat"),
    ("kyoto-seiryu", ["5月12日から15日まで空いていますか？", "佐藤健です。ken.sato@example.jp、090-1111-2222",
                      "前払いのリンクを送ってください", "Riverside"], "Riverside Tatami Room"),
])
def test_asked_which_room_for_the_deposit_a_rooms_own_word_alone_names_it(concierge, hotel, turns, room):
    *_, asked, chosen = talk(concierge, hotel, *turns)
    assert skills_of(asked) == ["generate_payment_link"] and not link_of(asked)
    assert skills_of(chosen) == ["generate_payment_link"] and link_of(chosen) and room in text_of(chosen)


@pytest.mark.parametrize(("hotel", "ask", "words"), [
    ("zermatt-alpenrose", "Habt ihr vom 3. bis 6. Mai 2027 ein Zimmer?", ("geschlossen", "11. Juni 2027")),
    ("marrakech-dar-yasmine", "Do you have a room from 12 to 15 July 2027?", ("closed", "July 26, 2027")),
    ("marrakech-dar-yasmine", "هل لديكم غرفة من 10 إلى 13 يوليو 2027؟", ("مغلق", "26")),
])
def test_a_closed_season_says_when_the_hotel_reopens(concierge, hotel, ask, words):
    turn = talk(concierge, hotel, ask)[0]
    assert skills_of(turn) == ["check_availability"] and all(word in text_of(turn) for word in words)
    assert "fully booked" not in text_of(turn)


@pytest.mark.parametrize(("hotel", "first", "then", "code"), [
    ("kyoto-seiryu", "Is the Garden Suite free from March 29 to April 2, 2027?", "ok, the cheaper one then", "WT"),
    ("kyoto-seiryu", "3월 29일부터 4월 2일까지 가든 스위트 있어요?", "더 싼 방으로 할게요", "WT"),
    ("marrakech-dar-yasmine", "Is a suite free from 2027-04-16 to 2027-04-18?",
     "And the Superior Room for those dates?", "SP"),
])
def test_a_room_type_chosen_after_the_dates_is_checked_for_those_dates(concierge, hotel, first, then, code):
    turn = talk(concierge, hotel, first, then)[1]
    assert skills_of(turn) == ["check_availability"] and turn.trace.skills[0].args.get("room_code") == code


@pytest.mark.parametrize(("hotel", "first", "then", "code"), [
    ("zermatt-alpenrose", "Any rooms from 3 to 6 February 2027 for the two of us?", "the Matterhorn one, please", "DZ"),
    ("zermatt-alpenrose", "¿Tienen algo libre del 3 al 6 de febrero de 2027 para dos?", "la Gornergrat, por favor",
     "JS"),
    ("kyoto-seiryu", "Rooms free from March 29 to April 2, 2027 for two adults?", "I'd go for the riverside one",
     "RV"),
])
def test_a_room_picked_from_the_rooms_just_offered_by_a_word_of_its_name_is_checked(concierge, hotel, first, then,
                                                                                   code):
    """Shown the rooms free for their dates, a guest picks one by the word that sets it apart, not its full name."""
    turn = talk(concierge, hotel, first, then)[1]
    assert skills_of(turn)[0] == "check_availability" and turn.trace.skills[0].args.get("room_code") == code


@pytest.mark.parametrize(("message", "offered"), [
    ("Habt ihr vom 3. bis 6. Februar 2027 ein Zimmer mit Kochnische?", {"Family Studio"}),
    ("Une chambre avec cheminée du 3 au 6 février 2027 ?", {"Junior Suite Gornergrat"}),
    # not the single room, whose features say "no balcony"
    ("a room with a balcony from 3 to 6 Feb 2027 please", {"Matterhorn Double", "Family Studio"}),
    ("3月3日から6日までバスタブ付きの部屋はありますか？", {"Matterhorn Double", "Family Studio",
                                                     "Junior Suite Gornergrat"}),
])
def test_a_stay_asked_with_a_room_feature_offers_the_rooms_that_have_it(concierge, message, offered):
    """"A room with a kitchenette": the rooms free for those dates whose features say so, not every room."""
    turn = talk(concierge, "zermatt-alpenrose", message)[0]
    assert skills_of(turn) == ["check_availability"]
    rooms = {room.name for room in HOTELS["zermatt-alpenrose"].rooms}
    assert {name for name in rooms if name in text_of(turn)} == offered


def test_a_feature_no_free_room_has_is_said_before_the_rooms_free(concierge):
    """The only room with a fireplace is booked out those nights: the guest hears so, then what is free."""
    turn = talk(concierge, "zermatt-alpenrose", "Any room with a fireplace from 14 to 17 February 2027?")[0]
    assert "None of the rooms free on those dates has a fireplace" in text_of(turn)
    assert "Matterhorn Double" in text_of(turn) and "Gornergrat" not in text_of(turn)


def test_a_feature_no_room_of_the_hotel_names_narrows_nothing(concierge):
    turn = talk(concierge, "kyoto-seiryu", "Do you have a room with a balcony from 8 to 10 June 2027?")[0]
    assert not turn.trace.skills[0].args.get("features")


def test_a_question_about_a_room_just_offered_is_answered_not_booked(concierge):
    turn = talk(concierge, "zermatt-alpenrose", "Any rooms from 3 to 6 February 2027 for the two of us?",
                "Is there a balcony in the Matterhorn room?")[1]
    assert "check_availability" not in skills_of(turn)


@pytest.mark.parametrize(("hotel", "message", "guests"), [
    ("kyoto-seiryu", "3月29日到4月1日有空房吗？两个人", 2),
    ("zermatt-alpenrose", "Habt ihr vom 3. bis 6. Februar 2027 ein Zimmer? Zwei Erwachsene, ein Kind.", 3),
    ("lisbon-garden", "Any room from 3 to 6 May 2027? 2 adults.", 2),
])
def test_a_party_told_in_a_sentence_of_its_own_is_the_stays(concierge, hotel, message, guests):
    """"两个人" after the question is how many the stay is for: no person asked for, no request of its own."""
    turn = talk(concierge, hotel, message)[0]
    assert skills_of(turn) == ["check_availability"] and turn.trace.skills[0].args.get("guests") == guests
    assert not turn.trace.handoff


@pytest.mark.parametrize(("message", "skill"), [
    ("7号室です。タオルを3枚お願いします。", "housekeeping"), ("请送一壶薄荷茶到6号房间", "room_service"),
])
def test_a_single_digit_room_number_is_the_guests_room(concierge, message, skill):
    turn = talk(concierge, "marrakech-dar-yasmine", message)[0]
    assert skills_of(turn)[0] == skill and turn.trace.skills[0].args.get("room") in ("7", "6")
    assert "check_availability" not in skills_of(turn)


@pytest.mark.parametrize(("hotel", "ask", "take", "name"), [
    ("zermatt-alpenrose", "Ist vom 2. bis 4. März 2027 ein Einzelzimmer frei?", "Ja, gerne. Eva Novak, eva@example.cz, "
                                                                                 "+420 601 123 456", "Eva Novak"),
    ("lisbon-garden", "Une Junior Suite du 9 au 12 avril 2027 ?", "Parfait, je la prends. Hugo Lambert",
     "Hugo Lambert"),
    ("kyoto-seiryu", "Is the Western Twin free April 5-7, 2027?", "Book it. Sofia Rossi, sofia@example.it, "
                                                                  "+39 333 123 4567", "Sofia Rossi"),
])
def test_a_yes_with_the_details_in_one_message_takes_them_once(concierge, hotel, ask, take, name):
    turn = talk(concierge, hotel, ask, take)[1]
    assert skills_of(turn) == ["create_lead"] and turn.trace.skills[0].args["name"] == name


@pytest.mark.parametrize(("hotel", "message"), [
    ("marrakech-dar-yasmine", "We'd like to book the hammam for the two of us on Friday"),
    ("marrakech-dar-yasmine", "Je voudrais réserver le hammam pour demain"),
])
def test_booking_one_of_the_hotels_amenities_is_no_stay(concierge, hotel, message):
    assert "check_availability" not in skills_of(talk(concierge, hotel, message)[0])


@pytest.mark.parametrize(("hotel", "message"), [
    ("kyoto-seiryu", "嵐山のツアーはそちらで予約できますか？"),
    ("kyoto-seiryu", "교토 시내 투어 예약 가능한가요?"),
    ("zermatt-alpenrose", "Можно у вас забронировать экскурсию к леднику?"),
    ("kyoto-seiryu", "可以帮我们预订奈良一日游吗？"),
    ("lisbon-garden", "Kann ich über Sie eine Führung durch die Altstadt buchen?"),
    ("marrakech-dar-yasmine", "هل يمكنكم حجز جولة في الصحراء لنا؟"),
])
def test_booking_a_tour_through_the_hotel_is_no_stay(concierge, hotel, message):
    """The tours desk books excursions and tickets: "予約", "забронировать" beside a tour book no room."""
    assert "check_availability" not in skills_of(talk(concierge, hotel, message)[0])


@pytest.mark.parametrize(("hotel", "message"), [
    ("kyoto-seiryu", "部屋を予約したいです"), ("zermatt-alpenrose", "Хочу забронировать номер на выходные"),
    ("lisbon-garden", "Can I book a room for the tour weekend, 12-14 March?"),
])
def test_a_room_booked_beside_a_tour_is_still_a_stay(concierge, hotel, message):
    assert "check_availability" in skills_of(talk(concierge, hotel, message)[0])


@pytest.mark.parametrize(("hotel", "message"), [
    ("zermatt-alpenrose", "Bis wann müssen wir am Sonntag das Zimmer räumen?"),
    ("kyoto-seiryu", "Until what time can we keep the room on Thursday?"),
    ("lisbon-garden", "Jusqu'à quelle heure peut-on garder la chambre vendredi ?"),
    ("kyoto-seiryu", "토요일에 몇 시까지 방을 비워야 해요?"),
])
def test_the_hour_asked_for_on_a_day_is_no_stay(concierge, hotel, message):
    """A weekday beside "room" in a question of the hour asks a time of the hotel's, not which dates to book."""
    assert "check_availability" not in skills_of(talk(concierge, hotel, message)[0])


@pytest.mark.parametrize(("hotel", "message"), [
    ("marrakech-dar-yasmine", "ハマムは事前の予約が必要ですか？"),
    ("marrakech-dar-yasmine", "做按摩需要预订吗？"),
    ("zermatt-alpenrose", "사우나도 예약이 필요한가요?"),
    ("marrakech-dar-yasmine", "Faut-il réserver le hammam à l'avance ?"),
])
def test_asking_whether_booking_is_needed_is_no_stay(concierge, hotel, message):
    assert "check_availability" not in skills_of(talk(concierge, hotel, message)[0])


@pytest.mark.parametrize("message", [
    "하맘을 내일 오후로 예약하고 싶어요. 요금은 얼마예요?",
    "Хотим забронировать хамам на двоих. Сколько это стоит?",
    "ハマムを明日二人で予約したいです。料金はいくらですか？",
])
def test_an_amenity_booked_in_the_guests_words_is_answered_with_its_price(concierge, message):
    """The hammam is named as Korean, Russian or Japanese say it; the price asked after it is the hammam's."""
    turn = talk(concierge, "marrakech-dar-yasmine", message)[0]
    assert "check_availability" not in skills_of(turn) and "hammam" in turn.trace.kb and "350" in text_of(turn)


@pytest.mark.parametrize(("message", "said"), [
    ("أرجو إحضار سجادة صلاة إلى غرفتنا", "سجادة صلاة"),
    ("Pourriez-vous nous apporter un tapis de prière ?", "tapis de prière"),
])
def test_an_item_the_hotel_lists_in_english_only_is_named_back_in_the_guests_words(concierge, message, said):
    turn = talk(concierge, "marrakech-dar-yasmine", message, sender="+971501234567")[0]
    assert skills_of(turn) == ["housekeeping"] and said in text_of(turn) and "prayer mat" not in text_of(turn)


@pytest.mark.parametrize(("message", "room"), [
    ("Bonsoir, chambre 6. Un milk-shake à l'avocat, s'il vous plaît", "chambre 6"),
    ("Buenas, habitación 5. ¿Me pueden subir un batido de aguacate?", "habitación 5"),
])
def test_a_dish_read_by_meaning_is_offered_for_the_room_given_in_a_sentence_of_its_own(concierge, message, room):
    """"habitación 5." names whose room (the FAQ's entry on the rooms' names is no answer to it), and the guest
    hears it back before the yes that places the order."""
    turn = talk(concierge, "marrakech-dar-yasmine", message)[0]
    assert skills_of(turn) == ["room_service"] and "40 MAD" in text_of(turn) and room in text_of(turn)


@pytest.mark.parametrize(("hotel", "message"), [
    ("lisbon-garden", "chb dispo ce soir pr 2 pers ?"),  # texted: a room, free, tonight, for two
    ("marrakech-dar-yasmine", "une chb dispo ce soir ? combien ?"),
])
def test_a_room_texted_for_tonight_is_quoted_for_one_night(concierge, hotel, message):
    turn = talk(concierge, hotel, message)[0]
    assert skills_of(turn) == ["check_availability"] and "(1 nuit)" in text_of(turn)


def test_a_question_about_what_the_room_offered_includes_is_answered_not_rebooked(concierge):
    turns = talk(concierge, "marrakech-dar-yasmine", "Is the suite free from 2027-06-14 to 2027-06-16?",
                 "Does breakfast come included with that suite?")
    assert skills_of(turns[1]) != ["check_availability"] and "08:00" in text_of(turns[1])


@pytest.mark.parametrize(("hotel", "message", "night"), [
    ("zermatt-alpenrose", "Habt ihr am 14. März noch ein Doppelzimmer?", "03-14"),
    ("kyoto-seiryu", "4月9日に二人で泊まれる部屋はありますか？", "04-09"),
    ("marrakech-dar-yasmine", "Any room for two on 3 November?", "11-03"),
    ("lisbon-garden", "5월 6일에 빈 방 있어요?", "05-06"),
])
def test_one_date_asked_about_is_that_one_night(concierge, hotel, message, night):
    """"A room on the 14th?" asks for the night of the 14th: quoted for one night, not a question back."""
    turn = talk(concierge, hotel, message)[0]
    args = turn.trace.skills[0].args
    assert skills_of(turn)[:1] == ["check_availability"] and args["check_in"].endswith(night)
    check_in = dt.date.fromisoformat(args["check_in"])
    assert args["check_out"] == (check_in + dt.timedelta(days=1)).isoformat()


@pytest.mark.parametrize(("hotel", "message"), [
    ("zermatt-alpenrose", "Do you have a double room from 14 March?"),
    ("kyoto-seiryu", "4月9日から泊まれる部屋はありますか？"),
    ("lisbon-garden", "We're arriving on 3 November, any rooms?"),
])
def test_a_date_that_only_opens_the_stay_asks_for_the_departure(concierge, hotel, message):
    turn = talk(concierge, hotel, message)[0]
    assert skills_of(turn)[:1] == ["check_availability"] and "check_out" not in turn.trace.skills[0].args


@pytest.mark.parametrize(("text", "check_in"), [
    ("6/8~6/10 리버사이드 다다미룸 가능해요?", "2027년 6월 8일"),
    ("6/8〜6/10、リバーサイドの和室は空いていますか？", "2027年6月8日"),
    ("6/8到6/10，河景和室有空房吗？", "2027年6月8日"),
])
def test_a_date_with_a_slash_is_month_first_in_chinese_japanese_and_korean(concierge, text, check_in):
    turn = talk(concierge, "kyoto-seiryu", text)[0]
    assert skills_of(turn) == ["check_availability"] and check_in in text_of(turn)
    assert "feedback" not in skills_of(turn)


@pytest.mark.parametrize(("hotel", "turns", "room", "deposit"), [
    # a room named in the hotel's language asked for in the guest's, and a phone written as at home in Brazil
    ("paraty-pousada-do-cais", ["Oi! Vocês têm quarto família de 12 a 15 de abril de 2027? 2 adultos e 2 crianças.",
                                "Pode reservar. Beatriz Souza, bia.souza@example.com.br, (11) 98765-4321",
                                "Como faço para pagar o sinal?"], "Quarto Família", "1,035"),
    ("paraty-pousada-do-cais", ["¿Está libre la suite del 3 al 6 de mayo de 2027? Somos dos.",
                                "Me llamo Lucía Fernández, lucia.f@example.com.ar, +54 9 11 2345 6789",
                                "¿Cómo pago la seña?"], "Suíte do Cais", "1,332"),
    # an Indian mobile without its country code, and a name after a label without a colon
    ("jaipur-haveli-rambagh-gate", ["Is the Jharokha suite free 8 to 10 March 2027 for 2 adults?",
                                    "Please go ahead. Name Meera Iyer, meera.iyer@example.in, 99001 22334",
                                    "Kindly share the payment link for the advance"], "Jharokha Suite", "8,700"),
])
def test_a_room_named_in_the_hotels_own_language_books_through_to_the_deposit_link(concierge, hotel, turns, room,
                                                                                  deposit):
    done = talk(concierge, hotel, *turns)
    assert skills_of(done[1]) == ["create_lead"] and "Name!" not in text_of(done[1])
    last = done[-1]
    assert skills_of(last) == ["generate_payment_link"] and link_of(last), [text_of(t) for t in done]
    assert room in text_of(last) and deposit in text_of(last)


@pytest.mark.parametrize(("hotel", "message", "code"), [
    # dates, a room and "can I book?" in Japanese, Korean, Chinese, Arabic, Russian and Portuguese: a stay
    ("jaipur-haveli-rambagh-gate", "2027年3月8日から11日まで、マハラジャスイートを2名で予約できますか？", "MS"),
    ("jaipur-haveli-rambagh-gate", "2027년 3월 8일부터 11일까지 헤리티지 룸 2명 예약 가능한가요? 요금도요", "HR"),
    ("jaipur-haveli-rambagh-gate", "هل يمكنني حجز جناح مهراجا من 8 إلى 11 مارس 2027 لشخصين؟", "MS"),
    ("jaipur-haveli-rambagh-gate", "Можно забронировать семейный номер с 8 по 11 марта 2027 на четверых?", "FR"),
    ("paraty-pousada-do-cais", "2027年4月12日到15日，家庭房可以预订吗？两个大人两个孩子", "FAM"),
    ("paraty-pousada-do-cais", "Dá pra reservar a suíte de 12 a 15 de abril de 2027 para um casal?", "SUI"),
])
def test_dates_and_a_room_asked_to_be_booked_in_any_language_are_checked_for_that_room(concierge, hotel, message,
                                                                                       code):
    turn = talk(concierge, hotel, message)[0]
    assert skills_of(turn) == ["check_availability"], text_of(turn)
    assert turn.trace.skills[0].args.get("room_code") == code


@pytest.mark.parametrize(("message", "sold_out"), [
    ("Family room for the Carnival nights, 6 to 9 February 2027, two adults and two children", "sold out"),
    ("¿Tienen la suite del 22 al 25 de julio de 2027?", "agotada"),
    ("Есть ли люкс с 6 по 8 февраля 2027?", "распродано"),
])
def test_a_room_named_in_the_hotels_language_is_said_to_be_sold_out_in_the_guests(concierge, message, sold_out):
    turn = talk(concierge, "paraty-pousada-do-cais", message)[0]
    assert skills_of(turn) == ["check_availability"] and sold_out in text_of(turn)


def _with_dishes_named_like_a_party(hotel: Hotel) -> Hotel:
    """The hotel with dishes whose names hold a party's words ("Menu enfants", "Family platter")."""
    menu = hotel.menu.model_copy(update={"items": [
        *hotel.menu.items, MenuItem(id="menu-enfants", name="Menu enfants", price=12, tags=["kids"]),
        MenuItem(id="family-platter", name="Family platter", price=30, tags=["main"]),
        MenuItem(id="prato-criancas", name="Prato crianças", price=10, tags=["kids"])]})
    return hotel.model_copy(update={"menu": menu})


@pytest.fixture(scope="module")
def dishes_concierge(tmp_path_factory) -> Concierge:
    lisbon = _with_dishes_named_like_a_party(HOTELS["lisbon-garden"])
    return offline_concierge(tmp_path_factory.mktemp("dishes"), lisbon)


@pytest.mark.parametrize("message", [
    "Junior suite s'il vous plaît : du 8 au 11 avril 2027, 2 adultes + 2 enfants (6 et 9 ans).",
    "Family room please: May 4 to May 7, 2027, 2 adults + 2 kids.",
    "Quarto duplo, por favor: de 8 a 11 de abril de 2027, 2 adultos + 1 criança.",
])
def test_a_stay_with_its_dates_and_party_is_never_a_room_service_order(dishes_concierge, message):
    turn = talk(dishes_concierge, "lisbon-garden", message)[0]
    assert skills_of(turn) == ["check_availability"], text_of(turn)


def test_the_dishes_named_like_a_party_are_still_ordered_to_a_room(dishes_concierge):
    turn = talk(dishes_concierge, "lisbon-garden", "Un family platter et deux menus enfants pour la chambre 12, s'il "
                                                   "vous plaît")[0]
    assert skills_of(turn) == ["room_service"] and "Family platter" in text_of(turn)


@pytest.mark.parametrize("message", ["How big is the deposit, and is it refunded if we have to cancel?",
                                     "Qual é o sinal na reserva? E recebo de volta se precisar cancelar?"])
def test_a_follow_up_naming_a_topic_of_its_own_is_answered_too(concierge, message):
    """"It" is the deposit, yet cancelling is a topic of its own: its entry answers too, not the deposit alone."""
    turn = talk(concierge, "paraty-pousada-do-cais", message)[0]
    assert turn.trace.kb[:1] == ["deposit-policy"] and "cancellation-policy" in turn.trace.kb
