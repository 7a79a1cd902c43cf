"""What the offline brain reads out of guests' words: dates, times, people, rooms, orders, contacts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from agent.brains import counting, dates, menus, nearby, orders, room_slots, slots, upkeep
from core.hotels import load_hotel

HOTEL = load_hotel(Path(__file__).resolve().parents[2] / "shared" / "hotels" / "harbor-view")
TODAY = dt.date(2026, 11, 21)  # a Saturday


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


@pytest.mark.parametrize("text, check_in, check_out", [
    ("February 12 to February 15, 2027", "2027-02-12", "2027-02-15"),
    ("2027-04-08 to 2027-04-11", "2027-04-08", "2027-04-11"),
    ("Family room, August 14-18, 2027?", "2027-08-14", "2027-08-18"),
    ("king suite feb 15 to feb 17 2027 please", "2027-02-15", "2027-02-17"),
    ("10 to 13 March 2027", "2027-03-10", "2027-03-13"),
    ("Dec 3-5", "2026-12-03", "2026-12-05"),
    ("3/12 to 3/14", "2027-03-12", "2027-03-14"),
    ("the nights of July 4th and 5th 2027? Arriving the 4th, leaving the 6th.", "2027-07-04", "2027-07-06"),
    ("the nights of the 4th and 5th", "2026-12-04", "2026-12-06"),
    ("from the 12th for 3 nights", "2026-12-12", "2026-12-15"),
    ("from tomorrow for 2 nights", "2026-11-22", "2026-11-24"),
    ("I want to come 4th of July for 2 nights", "2027-07-04", "2027-07-06"),
    # a word ending like a departure word of another language ("private", Portuguese "até") leaves nothing
    ("the suite with a private terrace from May 2 to May 5, 2027", "2027-05-02", "2027-05-05"),
])
def test_english_stays(text, check_in, check_out):
    stay = dates.find_stay(text, TODAY)
    assert (stay.check_in, stay.check_out) == (d(check_in), d(check_out))


@pytest.mark.parametrize("text, check_in, check_out", [
    ("Dec 30 to Jan 2", "2026-12-30", "2027-01-02"),
    ("from December 28, 2026 - January 3", "2026-12-28", "2027-01-03"),
    ("the 30th to the 2nd", "2026-11-30", "2026-12-02"),
    ("del 30 de diciembre al 2 de enero", "2026-12-30", "2027-01-02"),
])
def test_a_stay_runs_across_month_and_year_ends(text, check_in, check_out):
    stay = dates.find_stay(text, TODAY)
    assert (stay.check_in, stay.check_out) == (d(check_in), d(check_out))


@pytest.mark.parametrize("text, check_in, check_out", [
    ("¿tienen una King Suite del 12 al 15 de febrero de 2027?", "2027-02-12", "2027-02-15"),
    ("du 3 au 5 mars", "2027-03-03", "2027-03-05"),
    ("vom 3. bis 5. März", "2027-03-03", "2027-03-05"),
    ("12.03.2027 bis 15.03.2027", "2027-03-12", "2027-03-15"),
    ("с 3 по 5 марта", "2027-03-03", "2027-03-05"),
    ("2月12日到15日", "2027-02-12", "2027-02-15"),
    ("3月10日から2泊", "2027-03-10", "2027-03-12"),
    ("2월 12일부터 15일까지", "2027-02-12", "2027-02-15"),
    ("من 12 إلى 15 فبراير 2027", "2027-02-12", "2027-02-15"),
])
def test_stays_in_other_languages(text, check_in, check_out):
    stay = dates.find_stay(text, TODAY, month_first=False)
    assert (stay.check_in, stay.check_out) == (d(check_in), d(check_out))


@pytest.mark.parametrize("text", ["a room for tonight?", "¿habitación para esta noche?", "une chambre ce soir ?",
                                  "ein Zimmer für heute Nacht?", "номер на сегодня ночью", "غرفة الليلة"])
def test_tonight_alone_is_a_stay_of_one_night(text):
    stay = dates.find_stay(text, TODAY, month_first=False)
    assert (stay.check_in, stay.check_out, stay.nights) == (TODAY, TODAY + dt.timedelta(days=1), 1)


def test_today_alone_is_an_arrival_with_no_departure_yet():
    assert dates.find_stay("arriving today", TODAY).check_out is None


def test_a_date_that_has_passed_this_year_is_next_year():
    assert dates.find_stay("March 3 to 5", TODAY).check_in == d("2027-03-03")
    assert dates.find_stay("November 25 to 27", TODAY).check_in == d("2026-11-25")


def test_numeric_dates_follow_the_writers_habit():
    assert dates.find_stay("3/12 to 3/14", TODAY, month_first=True).check_in == d("2027-03-12")
    assert dates.find_stay("3/12 to 5/12", TODAY, month_first=False).check_in == d("2026-12-03")


@pytest.mark.parametrize("text, expected", [
    ("next Friday", "2026-11-27"), ("tomorrow", "2026-11-22"), ("mañana", "2026-11-22"), ("demain", "2026-11-22"),
    ("übermorgen", "2026-11-23"), ("завтра", "2026-11-22"), ("明天", "2026-11-22"), ("on Monday", "2026-11-23"),
])
def test_relative_days(text, expected):
    assert dates.find_dates(text, TODAY) == [d(expected)]


@pytest.mark.parametrize("text, n", [("for 3 nights", 3), ("two nights", 2), ("2 noches", 2), ("3 nuits", 3),
                                     ("zwei Nächte", 2), ("3泊", 3), ("2박", 2), ("any nightlife?", None)])
def test_nights(text, n):
    assert dates.nights(text) == n


@pytest.mark.parametrize("text, expected", [
    ("wake me at 6:45 tomorrow", "06:45"), ("quarter to seven", "06:45"), ("half past six", "06:30"),
    ("3:30", "03:30"), ("please wake me at 3:30.", "03:30"), ("7am", "07:00"), ("at 7 pm", "19:00"),
    ("19h", "19:00"), ("at 4", "04:00"), ("at six thirty", "06:30"), ("wake me at six", "06:00"),
    ("a las 7 de la mañana", "07:00"), ("réveillez-moi à 7h30", "07:30"), ("um halb sieben", "06:30"),
    ("в 7 утра", "07:00"), ("早上7点", "07:00"), ("7時半に起こして", "07:30"), ("오후 7시", "19:00"), ("noon", "12:00"),
    # minutes before an hour word are the minutes, not the hour ("6:15 Uhr" once set a call for 15:00)
    ("Weckruf bitte um 5:45 Uhr", "05:45"), ("réveil à 6:20 heures", "06:20"), ("в 7:10 часов", "07:10"),
    ("明早6:40点叫我", "06:40"),
    # the clock's own words: numerals before 点/時 and 시, Arabic ordinals, Russian "half way to the seventh"
    ("明早六点半叫我", "06:30"), ("晚上八点送到", "20:00"), ("十一時に来てください", "11:00"),
    ("아홉 시 반쯤", "09:30"),
    ("일곱 시에 깨워줘", "07:00"), ("الساعة الخامسة والنصف صباحا", "05:30"), ("الساعة الثامنة مساء", "20:00"),
    ("в половине восьмого", "07:30"), ("в пять утра", "05:00"), ("sept heures et quart", "07:15"),
    ("um acht Uhr dreißig", "08:30"), ("at five o'clock", "05:00"),
])
def test_clock_times(text, expected):
    assert dates.find_time(text) == expected


@pytest.mark.parametrize("text", ["a room for 2", "$10.50", "12.03.2027", "2 towels", "room 214",
                                  "能便宜一点吗", "三時間かかります", "두 시간 걸려요", "в два номера"])
def test_numbers_that_are_not_times(text):
    assert dates.find_time(text) is None


@pytest.mark.parametrize("text, n", [
    ("2 adults and 2 kids", 4), ("we are 5 people", 5), ("for two people", 2), ("party of 3", 3),
    ("my wife and I", 2), ("2 adultos y 2 niños", 4), ("nous sommes 4", 4), ("2 Erwachsene und 1 Kind", 3),
    ("大人2名", 2), ("성인 2명", 2), ("a room for 2 nights", None),
])
def test_guest_counts(text, n):
    assert slots.guest_count(text) == n


@pytest.mark.parametrize("text, room", [
    ("Could you send 2 extra towels to room 214?", "214"), ("bring it up to 214 please", "214"),
    ("habitación 305", "305"), ("214号室", "214"), ("from 2027-03-10 to 2027-03-12", None), ("at 7 to 305", "305"),
    # a resort's villas, numbered as rooms are
    ("Villa 22, extra beach towels please", "22"), ("вилла 117, принесите воду", "117"), ("205别墅，送两杯咖啡", "205"),
    ("12号别墅要一份披萨", "12"), ("فيلا 9، نريد وسائد", "9"), ("Bungalow 7: the AC is off", "7"),
    ("a villa for 2 adults", None),
    # a camp's tents, the number written first as Chinese, Japanese and Korean write it
    ("我们是7号帐篷，账单多少？", "7"), ("12番テントにお湯をお願いします", "12"), ("3번 텐트인데 수건 주세요", "3"),
    # an aparthotel's apartments
    ("Apt. 7: the hob won't turn on", "7"), ("apartment 12 needs towels", "12"),
    ("appartement 3, pas d'eau chaude", "3"), ("квартира 5, нет света", "5"),
    ("a one-bedroom apartment for 3 people", None),
])
def test_room_numbers(text, room):
    assert room_slots.room_number(text) == room


def test_reservation_codes():
    assert slots.reservation_code("balance on reservation HV-1042") == "HV-1042"
    assert slots.reservation_code("hv-1042 please") == "HV-1042"
    assert slots.reservation_code("room 214") is None


def test_contact_details_for_a_lead():
    text = "Great, I'll take it. I'm Laura Chen, laura.chen@example.com, +1 415 555 0177."
    assert (slots.person_name(text), slots.email(text), slots.phone(text)) == \
        ("Laura Chen", "laura.chen@example.com", "+14155550177")
    assert slots.person_name("me llamo Ana Ruiz") == "Ana Ruiz"
    assert slots.person_name("I'm coming with my cat") is None


@pytest.mark.parametrize("text", ["Im Mai ist doch Regenzeit, oder?", "Wir sind im Zimmer 12 und warten",
                                  "Im Winter auch geöffnet?"])
def test_the_german_im_before_a_noun_names_no_one(text):
    """"im" texted for "I'm" gives a name only as a first and last name: German writes "im" before every noun."""
    assert slots.person_name(text) is None


@pytest.mark.parametrize("text, code", [
    ("Do you have a King Suite", "KS"), ("Family room for 2", "FR"), ("una habitación familiar", "FR"),
    ("une chambre familiale", "FR"), ("Familienzimmer", "FR"), ("Is a Pet-Friendly Queen free", "PF"),
    ("a pet-friendly room", "PF"), ("a standard queen", "SQ"), ("the suite", "KS"), ("a nice view", None),
])
def test_room_types(text, code):
    assert room_slots.room_type(text, HOTEL.rooms) == code


@pytest.mark.parametrize("text, pets", [
    ("We'll be coming with our two cats", True), ("The kids and the dog, then, not the grandparents", True),
    ("This time we are not taking the puppy", False), ("Kommen doch ohne Hund", False),
    ("Al final venimos sin el perro", False), ("Нет, в этот раз без собаки", False), ("Мы приедем с котом", True),
    ("这次不带狗", False),
])
def test_a_pet_turned_down_is_not_a_pet_stay(text, pets):
    assert room_slots.wants_pets(text) is pets


@pytest.mark.parametrize("text, add, remove, referred", [
    ("I'd like to order a Margherita pizza and a sparkling water to room 305",
     [("margherita-pizza", 1), ("sparkling-water", 1)], [], []),
    ("Bring up a clam chowder and a glass of the house red", [("clam-chowder", 1), ("house-red-wine", 1)], [], []),
    ("2 pizzas and three sparkling waters", [("margherita-pizza", 2), ("sparkling-water", 3)], [], []),
    ("una pizza margherita y un agua con gas", [("margherita-pizza", 1), ("sparkling-water", 1)], [], []),
    ("make the salad without anchovies and add a chocolate lava cake", [("chocolate-lava-cake", 1)], [],
     ["caesar-salad"]),
    ("cancel the lava cake", [], ["chocolate-lava-cake"], []),
    ("Welcome to Harbor View", [], [], []),
])
def test_menu_orders(text, add, remove, referred):
    assert orders.menu_order(text, HOTEL.menu.items, HOTEL.name.split()) == (add, remove, referred)


def test_preparation_notes():
    assert orders.order_notes("make the salad without anchovies and add a cake") == "salad without anchovies"
    assert orders.order_notes("two burgers please") is None


@pytest.mark.parametrize("text, items", [
    ("Could you send 2 extra towels to room 214?", [("towels", 2)]),
    ("Can we get a hypoallergenic pillow please?", [("hypoallergenic pillow", 1)]),
    ("We need a crib set up", [("crib", 1)]), ("Please clean my room", [("cleaning", 1)]),
    ("Necesito dos toallas", [("towels", 2)]), ("zwei Kissen bitte", [("pillows", 2)]),
    # the count before the kind of thing: "bath" towels, "feather-free" pillows, a German compound
    ("Three bath towels and 2 feather-free pillows for 118", [("towels", 3), ("pillows", 2)]),
    ("Tres toallas de playa, por favor", [("towels", 3)]), ("Bitte vier Badetücher", [("towels", 4)]),
])
def test_housekeeping_requests(text, items):
    assert upkeep.housekeeping_items(text) == items


def test_place_filters_use_only_what_the_hotels_places_have():
    assert nearby.place_filters("good seafood within walking distance?", HOTEL.places) == \
        {"tags": ["seafood"], "max_minutes": 15}
    assert nearby.place_filters("Is the Maritime Museum open on Monday?", HOTEL.places) == \
        {"kind": "museum", "place": "maritime-museum", "day": "Monday"}
    assert nearby.place_filters("with the kids on a rainy afternoon", HOTEL.places) == \
        {"tags": ["kid-friendly", "rainy-day"]}


@pytest.mark.parametrize(("text", "kind"), [
    ("¿Dónde puedo cambiar dinero cerca?", None), ("Brauche ich essentielle Papiere?", None),
    ("Any good eateries around?", "restaurant"), ("somewhere nice for dining tonight", "restaurant"),
    ("Wo können wir gut essen?", "restaurant"),
])
def test_a_kind_of_place_is_a_whole_word_not_the_start_of_another(text, kind):
    """"dinero" (money) is no "dine", nor "essentielle" an "essen": a kind of place is named by a word of its own."""
    assert nearby.place_filters(text, HOTEL.places).get("kind") == kind


@pytest.mark.parametrize("text, n", [("I'd rate my stay 5 stars", 5), ("2 out of 5, noisy", 2), ("4/5", 4),
                                     ("rate it 3", 3), ("room 5", None),
                                     ("3/2~3/5로 바꿔 주세요", None), ("can we do 7/1 to 7/5 instead?", None),
                                     ("Wir bleiben bis -2/5", None), ("Overall 3/5, the breakfast was cold", 3)])
def test_ratings(text, n):
    assert counting.rating(text) == n


@pytest.mark.parametrize("today, text, check_in, check_out", [
    ("2026-11-18", "this weekend", "2026-11-20", "2026-11-22"),  # asked on a Wednesday
    ("2026-11-18", "next weekend", "2026-11-27", "2026-11-29"),
    ("2026-11-21", "this weekend", "2026-11-21", "2026-11-22"),  # asked on the Saturday itself
    ("2026-11-21", "el próximo fin de semana", "2026-11-27", "2026-11-29"),
])
def test_a_weekend_is_friday_to_sunday(today, text, check_in, check_out):
    stay = dates.find_stay(text, d(today))
    assert (stay.check_in, stay.check_out) == (d(check_in), d(check_out))


@pytest.mark.parametrize("text", [
    "from 2027-01-18 to 2027-01-21 (3 nights) for 2 adults",
    "vom 18.01.2027 bis 21.01.2027 (3 Nächte)",
    "del 18/01/2027 al 21/01/2027",
])
def test_dates_are_never_read_as_a_phone_number(text):
    assert slots.phone(text) is None


def test_a_phone_next_to_a_date_is_still_found():
    assert slots.phone("arriving 2027-01-18, call me on +44 7700 900123") == "+447700900123"


@pytest.mark.parametrize(("text", "kind"), [
    ("Where can we park the rental?", None), ("Is it easy to park near you?", None), ("can I park it overnight", None),
    ("Где можно оставить машину, есть парковка?", None),
    ("Is there a park for the kids to run around?", "park"), ("Какой парк рядом самый красивый?", "park"),
])
def test_parking_a_car_is_no_wish_for_a_park(text, kind):
    assert nearby.place_filters(text, HOTEL.places).get("kind") == kind


@pytest.mark.parametrize("text, wanted, avoided", [
    ("No fish tonight, we'd like something vegetarian", ["vegetarian"], ["seafood"]),
    ("Pas de poisson ce soir, plutôt un endroit romantique ?", ["romantic"], ["seafood"]),
    ("Ohne Kinder diesmal, aber gern etwas Romantisches", ["romantic"], ["kid-friendly"]),
    ("생선 말고 채식 식당 있어요?", ["vegetarian"], ["seafood"]),
    ("不想吃海鲜，附近有素食吗？", ["vegetarian"], ["seafood"]),
])
def test_a_place_tag_turned_down_is_avoided_not_wanted(text, wanted, avoided):
    found = nearby.place_filters(text, HOTEL.places)
    assert found.get("tags") == wanted and found["avoid"] == avoided


def test_a_kind_of_place_is_turned_down_only_when_every_mention_is():
    found = nearby.place_filters("No Japanese food today, where else could we eat?", HOTEL.places)
    assert found["kind"] == "restaurant" and found["avoid"] == ["japanese"]
    assert nearby.place_filters("Not a restaurant, just drinks", HOTEL.places)["avoid"] == ["restaurant"]


@pytest.mark.parametrize("text, day", [
    ("Is the wine bar open on Mondays?", "Monday"), ("水族館は土曜日も開いていますか", "Saturday"),
    ("书店周日开门吗？", "Sunday"), ("¿Abren los martes?", "Tuesday"),
])
def test_the_weekday_a_guest_plans_for(text, day):
    assert nearby.place_filters(text, HOTEL.places)["day"] == day


@pytest.mark.parametrize("text, place", [
    ("Does the Seagrass do a vegan menu?", "seagrass-bistro"), ("Est-ce que Tidewater ouvre tôt ?", "tidewater-coffee"),
    ("Velvet & Vine은 몇 시에 열어요?", "velvet-and-vine"),
])
def test_a_place_named_short_is_found(text, place):
    assert nearby.place_filters(text, HOTEL.places)["place"] == place


@pytest.mark.parametrize("text", ["Is there a fridge in the Family Room?", "Time for dinner: where?",
                                  "we park at the Pier Road garage?", "what time does the bar close"])
def test_a_capitalised_word_is_not_a_place_unless_it_is_its_names_own(text):
    assert "place" not in nearby.place_filters(text, HOTEL.places)


@pytest.mark.parametrize("text", ["¿No hay un restaurante de mariscos por aquí?", "Is there no seafood place nearby?",
                                  "Gibt es hier keinen guten Fisch in der Nähe?", "Нет ли рядом ресторана с рыбой?",
                                  "附近有没有好吃的海鲜？"])
def test_asking_whether_there_is_none_asks_for_one(text):
    found = nearby.place_filters(text, HOTEL.places)
    assert "seafood" in found.get("tags", []) and "avoid" not in found


@pytest.mark.parametrize("text", ["近くでおすすめのレストランはありますか？", "附近有什么好吃的餐厅？",
                                  "هل يمكنك أن تنصحني بمطعم قريب؟"])
def test_a_kind_of_place_is_read_where_words_are_not_spaced_or_take_a_prefix(text):
    assert nearby.place_filters(text, HOTEL.places)["kind"] == "restaurant"


def test_a_tag_word_inside_another_word_is_not_that_tag():
    assert nearby.place_filters("Is there a train to the airport?", HOTEL.places) == {}


_DEV = Path(__file__).resolve().parent / "data" / "hotels"
DAR = load_hotel(_DEV / "marrakech-dar-yasmine")
ALPENROSE = load_hotel(_DEV / "zermatt-alpenrose")
SEIRYU = load_hotel(_DEV / "kyoto-seiryu")


@pytest.mark.parametrize("hotel, text, code", [
    (DAR, "Could we have the superior room instead?", "SP"), (DAR, "¿Y la habitación superior?", "SP"),
    (DAR, "Est-ce que la chambre supérieure est libre ?", "SP"), (DAR, "スーペリアは空いてますか", "SP"),
    (DAR, "the Patio room is fine", "CL"), (DAR, "is the Atlas room free?", "FA"),
    (DAR, "الغرفة العائلية من فضلك", "FA"), (ALPENROSE, "ein Doppelzimmer, bitte", "DZ"),
    (ALPENROSE, "Einzelzimmer für mich allein", "EZ"), (ALPENROSE, "un studio familial", "FS"),
    (SEIRYU, "we'd like the riverside room", "RV"), (SEIRYU, "트윈룸으로 할게요", "WT"),
    (SEIRYU, "a room with a view of the garden", None),  # a garden seen is no Garden Suite
    (SEIRYU, "the cheaper one then", "WT"), (SEIRYU, "더 싼 방으로요", "WT"), (SEIRYU, "便宜一点的", "WT"),
    (HOTEL, "a queen room", None), (HOTEL, "std queen still free?", "SQ"),  # two queens: not a guess
])
def test_room_types_named_by_the_hotels_own_words_in_any_language(hotel, text, code):
    assert room_slots.room_type(text, hotel.rooms) == code


@pytest.mark.parametrize("text, room", [
    ("7号室にタオルを持ってきてください", "7"), ("请送到3号房间", "3"), ("8호실에 베개 하나 더", "8"),
    ("غرفة رقم 4، نحتاج مناشف", "4"), ("Zimmer 6, bitte Kissen", "6"), ("номер 2, принесите воду", "2"),
    ("chambre n° 9", "9"), ("a room for 2 nights", None), ("2호선 타고 가요", None), ("5号到7号有房吗", None),
])
def test_a_room_by_its_number_in_any_script_even_a_single_digit(text, room):
    assert room_slots.room_number(text) == room


@pytest.mark.parametrize("text, n", [("개인탕 90분 얼마예요? 어른 둘 애들 둘이에요", 4), ("세 분 자리 있나요?", 3),
                                     ("스파 60분 코스요", None)])
def test_korean_minutes_are_no_people_and_the_honorific_counts_after_its_own_numbers(text, n):
    assert slots.guest_count(text) == n


@pytest.mark.parametrize("text, room", [("3번 빌라예요", "3"), ("12번 방이에요", "12"), ("2번 출구로 나가요", None)])
def test_a_korean_villa_or_room_by_its_number(text, room):
    assert room_slots.room_number(text) == room


def test_two_words_only_one_rooms_name_has_name_it_without_the_word_room():
    rooms = load_hotel(_DEV / "chianti-podere-ulivi").rooms
    assert room_slots.room_type("Habt ihr das Trilocale Vigna im Oktober noch frei?", rooms) == "AT"
    assert room_slots.room_type("Habt ihr im Oktober noch etwas frei?", rooms) is None


def test_a_room_number_with_its_counter_word_is_no_date():
    assert dates.find_dates("请送两杯茶到3号房间", TODAY) == []


@pytest.mark.parametrize("text, name", [
    ("الاسم: ليلى بنعلي، البريد: leila@example.com", "ليلى بنعلي"), ("اسمي كريم التازي وأريد الحجز", "كريم التازي"),
    ("Nombre: Marta Gil", "Marta Gil"), ("姓名：陈静，电话 +86 135 0000 1111", "陈静"),
    ("我叫周杰，邮箱 zj@example.cn", "周杰"),
    ("鈴木一郎です。メール ichiro@example.jp", "鈴木一郎"), ("제 이름은 이하늘이에요", "이하늘"),
    ("Имя: Пётр Соколов", "Пётр Соколов"), ("大丈夫です", None),
])
def test_names_given_in_scripts_without_capitals_or_as_a_form(text, name):
    assert slots.person_name(text) == name


@pytest.mark.parametrize("text, name", [
    ("좋아요. 한지민 / jimin.han@example.kr / 010-9876-5432", "한지민"),  # the details set apart with slashes
    ("Sounds good. Olivia Brown | olivia@example.com | +1 415 555 0199", "Olivia Brown"),
])
def test_a_name_beside_contact_details_set_apart_by_slashes(text, name):
    assert slots.person_name(text) == name


@pytest.mark.parametrize("text, name", [
    ("Put it under the name Tom Baker, tom@example.com", "Tom Baker"),
    ("Resérvela a nombre de Lucía Herrera, por favor", "Lucía Herrera"),
    ("Au nom de Claire Dubois, claire@example.fr", "Claire Dubois"),
    ("Bitte auf den Namen Jonas Weber reservieren", "Jonas Weber"),
    ("Забронируйте на имя Анна Петрова", "Анна Петрова"),
    ("احجزها باسم مريم الشامسي من فضلك", "مريم الشامسي"),       # "in the name of", and a "please" after it
    ("تمام، الاسم عبدالله النعيمي، abdulla@example.ae", "عبدالله النعيمي"),  # "the name (is)", with no colon
    ("خلي الحجز على اسم هند، 0551234567", "هند"),
    ("أنا مستعجل شوي", None),                                     # "I am" followed by a state is no name
    ("Great, go ahead. Name is Oliver Grant, oliver.grant@example.com", "Oliver Grant"),   # "name is", no "my"
    ("Vale. El nombre es Marta Ruiz y mi correo marta@example.es", "Marta Ruiz"),
    ("D'accord, le nom est Hugo Lefèvre", "Hugo Lefèvre"),
    ("Der Name ist Lena Vogel, Telefon +49 151 2345678", "Lena Vogel"),
    ("Pode ser. O nome é Beatriz Lima", "Beatriz Lima"),
    ("Which name is the reservation under?", None),               # a question about the name gives none
])
def test_a_booking_made_in_a_name(text, name):
    """"Under the name of...", "a nombre de...": the name the booking goes in."""
    assert slots.person_name(text) == name


def test_a_name_alone_answers_the_question_only_when_asked():
    assert slots.name_alone("박서준입니다") == "박서준" and slots.name_alone("غالية المنصوري") == "غالية المنصوري"
    assert slots.name_alone("thanks!") is None


def test_a_date_range_is_no_phone_number():
    assert slots.phone("Rooms from August 11-14 2027?") is None
    assert slots.phone("du 3 au 6 mai 2027, 06 12 34 56 78") == "0612345678"


@pytest.mark.parametrize("text, check_in, check_out", [
    ("del 3 hasta el 6 de mayo", "2027-05-03", "2027-05-06"), ("du 3 jusqu'au 6 mai", "2027-05-03", "2027-05-06"),
    ("vom 15. bis zum 18. März", "2027-03-15", "2027-03-18"), ("с 3 до 6 мая", "2027-05-03", "2027-05-06"),
    ("5月3日から3泊", "2027-05-03", "2027-05-06"), ("5월 3일부터 2박", "2027-05-03", "2027-05-05"),
])
def test_ranges_with_until_words(text, check_in, check_out):
    stay = dates.find_stay(text, TODAY)
    assert (stay.check_in, stay.check_out) == (d(check_in), d(check_out))


@pytest.mark.parametrize("text", ["Korrektur: bis zum 19. März", "non, plutôt jusqu'au 19 mars", "нет, до 19 марта",
                                  "mejor hasta el 19 de marzo"])
def test_a_new_departure_alone(text):
    assert dates.departure_only(text, d("2027-03-15"), False) == d("2027-03-19")


def test_arabic_counts_a_party_by_the_dual():
    assert slots.guest_count("غرفة لشخصين بالغين وطفلين") == 4 and slots.guest_count("لشخصين") == 2


@pytest.mark.parametrize(("text", "items"), [
    ("Could someone bring up a desk fan and a spare duvet? Sorry, blanket", [("blanket", 1), ("fan", 1)]),
    ("¿Nos pueden subir un ventilador para la habitación?", [("fan", 1)]),
    ("Auriez-vous un ventilateur ? Il fait très chaud au 5e", [("fan", 1)]),
    ("Haben Sie einen Luftbefeuchter? Die Luft ist so trocken", [("humidifier", 1)]),
    ("加湿器を一台お願いします", [("humidifier", 1)]),
    ("Big fan of the breakfast, thanks!", []),   # a fan of something is no fan to bring
])
def test_a_fan_and_a_humidifier_are_things_housekeeping_brings(text, items):
    assert upkeep.housekeeping_items(text) == items




@pytest.mark.parametrize(("hotel", "text", "code"), [
    ("spb-nevsky-courtyard", "Нам бы двухместный с окнами во двор, на три ночи", "KVD"),
    ("spb-nevsky-courtyard", "Is the attic one free in May?", "LOFT"),
    ("kyoto-seiryu", "Habt ihr noch ein Zimmer am Fluss für zwei Nächte?", "RV"),
    ("kyoto-seiryu", "庭園側のスイートは空いていますか？", "GS"),
    ("quebec-vieux-port", "Une chambre avec vue sur le fleuve pour le 3 mars?", "FLV"),
    ("busan-haeundae", "바다가 보이는 디럭스룸 있나요?", "OD"),
    ("kyoto-seiryu", "a room with a view of the garden", None),  # the Garden Suite is a suite
    ("quebec-vieux-port", "On voudrait marcher le long du fleuve demain, c'est loin ?", None),  # no room asked for
    # a resort's villas, on the beach or over the water with a pool, in the guests' words
    ("maldives-coral-atoll", "Нужна водная вилла с бассейном на майские", "WVP"),
    ("maldives-coral-atoll", "Do you have a water villa free in March?", "WVP"),
    ("maldives-coral-atoll", "¿Queda alguna villa en la playa para Semana Santa?", "BV"),
    ("maldives-coral-atoll", "Пляжная вилла на двоих есть?", "BV"),
    ("maldives-coral-atoll", "水上别墅还有空房吗？", "WVP"),
    ("maldives-coral-atoll", "Is the pool heated?", None),  # a pool, and no villa asked for
    ("maldives-coral-atoll", "Can we swim at the beach at night?", None),
    # a kind of room asked in the plural: "one of the lofts", "any water villas"
    ("prague-mala-strana-apartments", "Is one of your lofts free over Easter?", "LF"),
    ("maldives-coral-atoll", "Are any of the water villas with pools left in June?", "WVP"),
])
def test_a_room_named_by_where_it_lies_in_the_guests_words(hotel, text, code):
    """"окна во двор", "am Fluss", "vue sur le fleuve": the setting a room is named by, in another language."""
    assert room_slots.room_type(text, load_hotel(_DEV / hotel).rooms) == code


@pytest.mark.parametrize(("text", "phone", "email"), [
    ("就订这个。我叫王芳，邮箱wangfang@example.cn，电话+86 186 1234 5678。", "+8618612345678", "wangfang@example.cn"),
    ("連絡先はメールsuzuki@example.jp、電話+81 80 2345 6789です。", "+818023456789", "suzuki@example.jp"),
    ("이메일은lee@example.kr이고 전화는+82 10 9876 5432입니다", "+821098765432", "lee@example.kr"),
    ("Email: ana@example.es, tel. +34 611 222 333", "+34611222333", "ana@example.es"),
])
def test_contact_details_written_onto_cjk_labels_are_read_whole(text, phone, email):
    """Chinese, Japanese and Korean write the label onto the number and the address, with no space: the "+86" is
    the number's own, the "邮箱" no part of the address."""
    assert (slots.phone(text), slots.email(text)) == (phone, email)


@pytest.mark.parametrize(("text", "added"), [
    ("Can I bring a couple of bottles of duty free gin with me?", []),  # a bottle is a serving, not the dish
    ("¿Puedo traer dos botellas de vino del duty free?", []),
    ("Darf ich zwei Flaschen Whisky aus dem Duty-free mitbringen?", []),
    ("Villa 301: one bottle of Moët please", [("champagne", 1)]),       # the dish's own word still names it
    ("a bottle of champagne please", [("champagne", 1)]),              # and "bottle of" with the dish
    ("Two bottles of mineral water, please", [("mineral-water", 2)]),
])
def test_a_bottle_alone_names_no_bottled_item(text, added):
    hotel = load_hotel(_DEV / "maldives-coral-atoll")
    assert orders.menu_read(text, list(hotel.menu.items), menus.local_words(hotel)).add == added


@pytest.mark.parametrize("text", [
    "Вилла 117: карри из тунца, пожалуйста", "一份金枪鱼咖喱", "マグロのカレーを一つお願いします",
    "참치 카레 하나 주세요", "un curry de atún, por favor", "ein Thunfisch-Curry bitte", "واحد كاري تونة من فضلك",
])
def test_a_tuna_curry_is_ordered_in_the_guests_words(text):
    hotel = load_hotel(_DEV / "maldives-coral-atoll")
    assert orders.menu_read(text, list(hotel.menu.items), menus.local_words(hotel)).add == [("tuna-curry", 1)]


@pytest.mark.parametrize(("text", "code"), [
    ("Any space in the ladies' dorm next week?", "F4"),
    ("Gibt es im Frauen-Schlafsaal noch ein Bett?", "F4"),
    ("¿Queda cama en el dormitorio femenino?", "F4"),
    ("Une place en dortoir 8 lits ?", "D8"),
    ("Койка в 8-местном общем номере на две ночи", "D8"),
    ("8人间的床位还有吗？", "D8"),
    ("6人部屋のドミトリーは空いていますか？", "D6"),
    ("8인실 도미토리 자리 있어요?", "D8"),
    ("two beds in a dorm please", None),          # three dorms fit: none is named
    ("4 beds in a 6-bed dorm", "D6"),             # "4 beds" is how many, "6-bed" the room
])
def test_a_hostels_dorm_is_named_by_its_kind_and_its_number_of_beds(text, code):
    """"the women's dorm", "dortoir 8 lits", "8人间": a shared room by who sleeps there and how many beds it has."""
    assert room_slots.room_type(text, load_hotel(_DEV / "berlin-kreuzberg-hostel").rooms) == code


@pytest.mark.parametrize(("text", "guests"), [
    ("Any beds in the 8-bed dorm for 2 people?", 2),
    ("有4人女生宿舍的床位吗？", None),
    ("Un lit en dortoir de 6 pour moi", None),
    ("Betten im 8er-Schlafsaal für 2 Personen, 3 Nächte", 2),
    ("6人部屋のドミトリーに2人で泊まれますか？", 2),
    ("Место в 8-местном дорме на одного", None),
    ("Une chambre de 2 personnes du 1er au 3 mai", 2),   # a room "de 2" is the party; "1er" the first of May
])
def test_the_beds_a_dorm_has_are_not_the_party(text, guests):
    """"the 8-bed dorm", "4人女生宿舍": the room's size, never how many guests come."""
    assert slots.guest_count(room_slots.without_room_size(text)) == guests


@pytest.mark.parametrize("text", ["une chambre double du 1er au 3 novembre 2027", "Arrivée le 1er juin, 2 nuits",
                                  "Wir kommen am 2. mit 3 Erwachsenen"])
def test_a_first_of_the_month_is_no_dorm_size(text):
    """French "1er" (the first) is a date, German "6er" a dorm only before a room word."""
    assert room_slots.without_room_size(text) == text


@pytest.mark.parametrize(("text", "fewer"), [
    ("把一份披萨换成汉堡，再加两杯芒果冰沙。", 1),
    ("ピザを1つバーガーに変えてください", 1),
    ("피자 하나를 버거로 바꿔 주세요", 1),
    ("披萨换成汉堡吧", None),
])
def test_a_dish_swapped_for_another_is_taken_off_in_cjk(text, fewer):
    """"把一份披萨换成汉堡": the pizza goes (one of them when one is said), the burger comes."""
    items = load_hotel(Path("tests/data/hotels/maldives-coral-atoll")).menu.items
    read = orders.menu_read(text, items)
    assert read.remove == ["margherita"] and "wagyu-burger" in dict(read.add)
    assert read.fewer.get("margherita") == fewer


@pytest.mark.parametrize("text", [
    "Any family room free in May for 2 adults and 2 kids?",
    "We're two adults travelling with 3 kids, what do you suggest?",
])
def test_the_guests_counted_are_no_dish_named_for_them(text):
    """"2 kids" counts people: not two of the "Kids pasta"."""
    assert "kids-pasta" not in dict(orders.menu_read(text, HOTEL.menu.items).add)


def test_a_dish_named_for_kids_is_still_ordered_by_its_name():
    assert dict(orders.menu_read("two kids pasta and a burger please", HOTEL.menu.items).add)["kids-pasta"] == 2


PARATY = load_hotel(_DEV / "paraty-pousada-do-cais")
PALERMO = load_hotel(_DEV / "buenos-aires-palermo")
JAIPUR = load_hotel(_DEV / "jaipur-haveli-rambagh-gate")


@pytest.mark.parametrize("hotel, text, code", [
    # rooms named in Portuguese or Spanish, accents and all ("Quarto Família", "Suíte do Cais", "Suite Ombú"),
    # asked for by their kind in the guest's own language
    (PARATY, "Do you still have a family room for Easter?", "FAM"), (PARATY, "¿Está libre la suite en mayo?", "SUI"),
    (PARATY, "Есть семейный номер на майские?", "FAM"), (PARATY, "五月还有套房吗？", "SUI"),
    (PARATY, "هل الجناح متاح في مايو؟", "SUI"), (PARATY, "ファミリールームは空いていますか", "FAM"),
    (PARATY, "스위트 있나요?", "SUI"), (PARATY, "Habt ihr noch ein Familienzimmer?", "FAM"),
    (PARATY, "une chambre supérieure, s'il vous plaît", "SUP"),
    # the name's own words in another order, its kind in English ("Suíte do Cais", "Suite Ombú")
    (PARATY, "Could we take the Cais suite instead?", "SUI"), (PALERMO, "Is the Ombu suite free in May?", "SUI"),
    (PALERMO, "a classic double for the two of us", "CLA"), (PALERMO, "Семейный номер, пожалуйста", "FAM"),
    # a name written by its sound: Katakana, Hangul ("room" and the kind fused on or not), Arabic consonants
    (JAIPUR, "ジャロカスイートは空いていますか", "JS"), (JAIPUR, "마하라자 스위트 있나요?", "MS"),
    (JAIPUR, "ヘリテージルームを予約したいです", "HR"), (JAIPUR, "هل جناح مهراجا متاح؟", "MS"),
    (JAIPUR, "헤리티지 워크 투어 있어요?", None),  # a heritage walk is no room
])
def test_a_room_named_in_the_hotels_own_language_is_found_from_the_guests_words(hotel, text, code):
    assert room_slots.room_type(text, hotel.rooms) == code


def test_a_kind_two_rooms_share_said_by_its_sound_names_both():
    assert room_slots.room_type("スイートはありますか", JAIPUR.rooms) is None
    assert room_slots.rooms_of_kind("スイートはありますか", JAIPUR.rooms) == ["JS", "MS"]


@pytest.mark.parametrize("text, name", [
    ("Ok, please hold it. Name Meera Iyer, meera.iyer@example.in, 99001 22334", "Meera Iyer"),
    ("Nome Joana Prado, joana@example.com.br, (11) 91234-5678", "Joana Prado"),
])
def test_a_name_after_its_label_without_a_colon_is_the_name_alone(text, name):
    assert slots.person_name(text) == name


@pytest.mark.parametrize(("text", "name"), [
    ("Perfekt, bitte reservieren. Lena und Paul Weber, lena.weber@example.de, +49 170 5550123", "Lena und Paul Weber"),
    ("Book it. Sam and Priya Patel, sam.patel@example.com", "Sam and Priya Patel"),
    ("Adelante. Lucía y Marco Rossi, lucia@example.es", "Lucía y Marco Rossi"),
])
def test_a_couples_name_beside_their_contact_is_the_name(text, name):
    assert slots.person_name(text) == name
