"""An FAQ answer the hotel wrote only in English: its facts from hotel.yaml in the guest's language, nothing lost."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from core.hotels import Hotel, load_hotel
from skills import search_kb
from skills.formatting import money
from skills.hotel_facts import Restatement, facts, figures, restated
from tests.conftest import SHARED

ZERMATT = load_hotel(Path(__file__).parent / "data" / "hotels" / "zermatt-alpenrose")


@pytest.mark.parametrize(("text", "said"), [
    ("open 8:00-22:00 (8 am-10 pm)", {"08:00", "22:00"}),
    ("from 2pm until 10.30 p.m.", {"14:00", "22:30"}),
    ("KRW 20,000, or 20000 won, a 6-minute walk", {"20000", "6 min"}),
    ("$25.00 and 2.5 km, 9 minutes' drive", {"25", "2.5", "9 min"}),
])
def test_figures_are_written_one_way(text, said):
    assert figures(text) == said


@pytest.mark.parametrize(("language", "check_in", "early"), [
    ("ru", "Заезд — с 15:00.", "Ранний заезд с 12:00 стоит 30 CHF."),
    ("es", "La entrada (check-in) es a partir de las 15:00.", "La entrada anticipada desde las 12:00 cuesta 30 CHF."),
    ("ko", "체크인은 15:00부터입니다.", "12:00부터 얼리 체크인이 가능하며 요금은 30 CHF입니다."),
])
def test_times_and_fees_of_an_untranslated_answer_are_said_in_the_guests_language(language, check_in, early):
    answer = "Check-in is from 15:00. Early check-in from 12:00 costs CHF 30, subject to availability; ask at " \
             "booking or the day before. We keep your bags at reception."
    restatement = restated(ZERMATT, language, answer)
    facts, rest = restatement.said, restatement.rest()
    assert facts.startswith(f"{check_in} {early}")
    # what the hotel's data does not say stays, in the hotel's own words
    assert rest == "Ask at booking or the day before. We keep your bags at reception."


def test_check_in_said_as_the_room_being_ready():
    restatement = restated(ZERMATT, "ru", "Your room is ready from 15:00 (3 pm).")
    assert restatement.said == "Заезд — с 15:00." and restatement.untold == ()


def test_a_clause_that_says_more_than_the_fact_is_kept_whole():
    """"the first night is charged" is no free cancellation: the clause with 48 in it is kept in English."""
    hotel = load_hotel(SHARED / "hotels" / "harbor-view")
    answer = "If you haven't cancelled at least 48 hours ahead, the first night is charged. Call us if delayed."
    restatement = restated(hotel, "fr", answer)
    facts, rest = restatement.said, restatement.rest()
    assert "48 heures" in facts and rest == answer


@pytest.mark.parametrize("answer", [
    # the same times, another facility: the pool's 07:00-22:00 is not the quiet hours 22:00-07:00
    "Please keep it down between 22:00 and 07:00.",
    # a facility named beside the figures, not with them
    "Reception keeps luggage from 07:00 until 22:00; skis go in the ski room.",
    # no figure the hotel's data holds: nothing to say from it
    "Yes, irons are in every wardrobe.",
])
def test_nothing_is_said_from_the_data_that_the_answer_does_not_say_of_it(answer):
    assert restated(ZERMATT, "de", answer) is None


def test_an_english_guest_reads_the_hotels_own_words():
    assert restated(ZERMATT, "en", "Check-in is from 15:00.") is None


def test_search_kb_asked_only_what_the_data_says_answers_all_in_the_guests_language(make_ctx):
    ctx = make_ctx(language="ar")
    assert "ar" not in ctx.hotel.kb_entry("quiet-hours").translations
    result = search_kb.run(ctx, search_kb.Args(query="quiet hours"))
    assert result.kb[0] == "quiet-hours"
    assert result.text == "ساعات الهدوء من الساعة 22:00 حتى 07:00." and result.data["answer_language"] == "ar"


@pytest.mark.parametrize(("minor", "currency", "written"), [
    (106560, "CNY", "1,065.60 CNY"),   # "¥" would read as yen to a Japanese guest
    (3000, "JPY", "¥3,000"),
    (185000, "MXN", "1,850 MXN"),
    (32900, "USD", "$329"),
    (125000, "AED", "AED 1,250"),     # the Gulf writes its code first
    (30050, "SAR", "SAR 300.50"),
])
def test_money_carries_a_sign_only_when_no_reader_takes_it_for_another_currency(minor, currency, written):
    assert money(minor, currency) == written


@pytest.mark.parametrize(("language", "said"), [
    ("ja", "救急車：144。 警察：117。 消防：118。 フロント：9。"),
    ("es", "Ambulancia: 144. Policía: 117. Bomberos: 118. Recepción: 9."),
])
def test_emergency_numbers_are_said_in_the_guests_language_whoever_answers_them(language, said):
    answer = "In an emergency call 144 for an ambulance, 117 for the police or 118 for fire; dial 9 for reception. " \
             "The nearest hospital is 5 minutes away."
    restatement = restated(ZERMATT, language, answer)
    facts, rest = restatement.said, restatement.rest()
    assert facts == said and rest == answer  # the hotel's words kept whole: they say more than the numbers


def test_facts_speak_to_what_the_answer_leads_with():
    """The answer's first sentence says something the data says; a fact only named further on does not lead."""
    assert restated(ZERMATT, "fr", "Dogs are welcome. Quiet hours are 22:00-07:00.") is None


@pytest.mark.parametrize(("language", "said"), [
    ("ru", "Обслуживание в номерах работает круглосуточно."), ("ar", "خدمة الغرف متاحة على مدار الساعة."),
    ("de", "Der Zimmerservice ist rund um die Uhr erreichbar."), ("ja", "ルームサービスは24時間ご利用いただけます。"),
])
def test_room_service_open_at_every_hour_is_said_so_not_as_the_hotels_24h(language, said):
    """"24h" or "24/7" in the hotel's data is a word of its own, not hours to put inside "available {hours}"."""
    for written in ("24h", "24/7"):
        hotel = ZERMATT.model_copy(update={"menu": ZERMATT.menu.model_copy(update={"room_service_hours": written})})
        texts = [fact.text for fact in facts(hotel, language) if "room service" in fact.names]
        assert texts and texts[0].startswith(said) and written not in texts[0]


@pytest.mark.parametrize(("language", "said"), [
    ("en", "Sorry, we don't have room service"), ("zh", "抱歉，我们没有送餐服务"), ("fr", "Désolé, nous n'avons pas"),
    ("ko", "죄송합니다. 룸서비스가 없어"),
])
def test_a_hotel_that_delivers_nothing_says_so_never_room_service_hours(language, said):
    menu = ZERMATT.menu.model_copy(update={"room_service": False, "room_service_hours": "none",
                                           "counter": "Bar", "counter_hours": "17:00-01:00"})
    texts = [fact.text for fact in facts(ZERMATT.model_copy(update={"menu": menu}), language)
             if "room service" in fact.names]
    assert texts == [texts[0]] and texts[0].startswith(said) and "none" not in texts[0] and "17:00-01:00" in texts[0]


def test_a_clause_saying_a_figure_the_guest_named_and_the_data_does_not_is_what_was_asked():
    hotel = load_hotel(Path(__file__).parent / "data" / "hotels" / "busan-haeundae")
    answer = "Late check-out until 15:00 costs KRW 20,000, subject to availability. Until 13:00 it is KRW 40,000. " \
             "Towels are at the pool."
    restatement = restated(hotel, "de", answer)
    assert "15:00" in restatement.said and restatement.untold[-2:] == ("Until 13:00 it is KRW 40,000.",
                                                                      "Towels are at the pool.")
    for asked in ("Can we stay until 13:00?", "Können wir bis 13 Uhr bleiben?"):
        assert restatement.tells_asked_figure("Until 13:00 it is KRW 40,000.", asked)
    assert not restatement.tells_asked_figure("Until 13:00 it is KRW 40,000.", "Can we stay until 15:00?")
    assert not restatement.tells_asked_figure("Towels are at the pool.", "Can we stay until 13:00?")


@pytest.mark.parametrize(("question", "told"), [
    ("¿Cuánto cuesta el museo Dar Youssef?", True), ("ダル・ユーセフ博物館の入場料は？", True),
    ("¿Cuánto cuesta el Palacio Bahia?", False),
])
def test_a_clause_giving_a_figure_of_a_thing_the_guest_named_is_what_was_asked(question, told):
    restatement = Restatement("…", "Dar Youssef Museum: 10 min walk; 10:00-18:00.",
                              ("The Dar Youssef Museum, 10 minutes, 10:00-18:00, 40 MAD.",),
                              frozenset({"10 min", "10:00", "18:00"}))
    assert restatement.tells_of_named(restatement.untold[0], question) is told


def _lakeside() -> Hotel:
    """A hotel whose facilities and services carry figures of every common kind, in fields of its own."""
    data = yaml.safe_load((Path(__file__).parent / "data" / "hotels" / "zermatt-alpenrose" / "hotel.yaml").read_text())
    data["amenities"] = [{"id": "kayak-hire", "name": "Kayak Hire", "hours": "09:00-17:00", "price_per_day": 40,
                          "count": 6, "location": "Boathouse"}]
    data["services"] = {**data["services"], "emergency": {"number": "144", "dentist": (
        "Dental Studio Vispa, 7 minutes' walk on Kirchstrasse, 8am-6pm daily")},
        "ski_shuttle": {"first": "07:30", "last": "18:30", "price_per_person": 4, "ride_minutes": 12},
        "dry_cleaning": {"same_day_if_before": "10:00"}, "lost_property": {"held_days": 60},
        "conference_room": {"name": "Gorner Hall", "capacity": 30, "price_half_day": 400, "price_full_day": 700}}
    data["services"]["parking"] = {"partner_garage": {"name": "Riedweg Garage", "walk_minutes": 4, "price_per_24h": 30}}
    data["services"]["glacier_train"] = {"price_adult_return": 60}
    data["policies"]["smoking"] = {"allowed": False, "cleaning_fee": 300}
    data["rooms"][0] = {**data["rooms"][0], "size_sqm": 19, "rollaway_bed": {"available": True, "fee_per_night": 35}}
    return Hotel.model_validate(data)


LAKESIDE = _lakeside()


@pytest.mark.parametrize(("language", "said"), [
    ("es", "Kayak Hire: abierto 09:00-17:00; 40 CHF por día."),
    ("ko", "Kayak Hire: 영업시간 09:00-17:00; 하루 40 CHF."),
    ("pt", "Kayak Hire: horário de funcionamento 09:00-17:00; 40 CHF por dia."),
])
def test_a_facility_named_in_other_forms_of_its_words_is_said(language, said):
    """"kayaks ... hired" names the kayak hire: its hours and price are said, though "kayak hire" is never written."""
    answer = "Kayaks are hired by the day for CHF 40, from 09:00 to 17:00 at the boathouse."
    assert restated(LAKESIDE, language, answer).said == said


@pytest.mark.parametrize(("language", "parts"), [
    ("fr", ("le premier à 07:30", "le dernier à 18:30", "4 CHF par personne")),
    ("ja", ("始発07:30", "最終18:30", "お一人様4 CHF")),
])
def test_a_services_times_and_price_are_said_as_one_sentence(language, parts):
    answer = "The ski shuttle leaves first at 7:30 am and last at 6:30 pm; it costs CHF 4 per person."
    facts = restated(LAKESIDE, language, answer).said
    assert facts.startswith("Ski shuttle: ") and facts.count("Ski shuttle") == 1 and all(p in facts for p in parts)


@pytest.mark.parametrize(("language", "said"), [
    ("ru", "Dental Studio Vispa: 7 мин пешком; часы работы 08:00-18:00"),
    ("zh", "Dental Studio Vispa: 步行7分钟; 营业时间08:00-18:00"),
])
def test_a_place_the_hotel_names_in_a_line_of_its_own_is_said_with_its_distance_and_hours(language, said):
    answer = "Dental Studio Vispa is a 7-minute walk along Kirchstrasse, open 8 am to 6 pm every day."
    assert restated(LAKESIDE, language, answer).said.startswith(said)


@pytest.mark.parametrize(("language", "answer", "said"), [
    ("de", "Lost property stays with us for 60 days.", "Lost property: werden 60 Tage aufbewahrt."),
    ("ar", "Gorner Hall seats 30 and costs CHF 400 for a half day or CHF 700 for a full day.",
     "Gorner Hall: 400 CHF لنصف يوم; 700 CHF ليوم كامل; حتى 30 أشخاص."),
    ("es", "Dry cleaning handed in before 10:00 is back the same day.", "antes de las 10:00"),
    ("ko", "The Single Room (village side) measures 19 m².", "Single Room (village side): 19㎡."),
    ("ru", "Park at Riedweg Garage, 4 minutes' walk, for CHF 30 per 24 hours.",
     "Riedweg Garage: 30 CHF за 24 часа; 4 мин"),
    ("zh", "A return ticket on the glacier train costs CHF 60 per adult.", "往返每位成人60 CHF"),
    ("fr", "If you smoke in your room we charge CHF 300 for cleaning.", "frais de nettoyage de 300 CHF"),
    ("ja", "A rollaway bed can be added for CHF 35 a night.",
     "Single Room (village side)：エキストラベッドは1泊35 CHFです。"),
])
def test_each_kind_of_figure_the_data_holds_is_said_in_the_guests_language(language, answer, said):
    assert said in restated(LAKESIDE, language, answer).said


@pytest.mark.parametrize("answer", [
    "Kayaks are hired from 10:00.",                          # another time than the facility's data
    "The boathouse is open 09:00-17:00 and costs CHF 40.",    # the figures, but not the facility's name
    "We keep left luggage for 60 days.",                      # another service's number of days
])
def test_a_figure_of_the_data_is_not_said_for_what_the_answer_does_not_name_with_it(answer):
    assert restated(LAKESIDE, "fr", answer) is None


@pytest.mark.parametrize(("clause", "asks", "told"), [
    ("The buffet is 8,90 € per person.", {"price"}, True),
    ("The buffet is 8,90 € per person.", {"opening hours"}, False),
    ("On Sundays it opens at 08:30.", {"what time"}, False),   # the facts say the hours; other times are others'
    ("It has 40 seats.", {"price"}, False),   # a number, no price
])
def test_a_clause_giving_a_price_to_a_guest_asking_one_is_kept(clause, asks, told):
    restatement = Restatement("…", "Breakfast room: 07:30-10:30.", (clause,), frozenset({"07:30", "10:30"}))
    assert restatement.tells_asked_price(clause, asks, "EUR") is told


def _with_seasons(cancellation: dict, **season_fields) -> Hotel:
    """The Zermatt hotel with a winter season whose free-cancellation deadline may differ from the hotel's own."""
    data = ZERMATT.model_dump(mode="json", by_alias=True)
    data["policies"]["cancellation"] = cancellation
    data["seasons"] = {"winter": {"name": "Winter", "from": "12-01", "until": "03-31", **season_fields}}
    return Hotel.model_validate(data)


@pytest.mark.parametrize(("hotel", "said"), [
    (_with_seasons({"free_until_hours_before_arrival": 48}, free_cancellation_days_before_arrival=21),
     ["48 Stunden", "Winter", "21 Tage"]),
    (_with_seasons({"free_until_hours_before_arrival": 72, "winter_season": {"free_until_hours_before_arrival": 24}}),
     ["72 Stunden", "Winter", "24 Stunden"]),
])
def test_a_seasons_own_cancellation_deadline_is_said_beside_the_hotels(hotel, said):
    """Said alone, the hotel's deadline would tell a guest booking in the season the wrong one."""
    text = " ".join(f.text for f in facts(hotel, "de") if f.names == ("cancel",))
    assert all(words in text for words in said)


def test_a_cancellation_deadline_of_no_season_leaves_the_hotels_own_words_to_say_it():
    hotel = _with_seasons({"free_until_hours_before_arrival": 48, "groups": {"free_until_days_before_arrival": 30}})
    assert not [f for f in facts(hotel, "de") if f.names == ("cancel",)]


@pytest.mark.parametrize(("language", "twice"), [("fr", "ouvert toujours"), ("es", "abierto abierto"),
                                                  ("de", "geöffnet immer geöffnet")])
def test_a_place_open_around_the_clock_is_said_open_once(language, twice):
    """The gym's "24h": "toujours ouvert", never "ouvert toujours ouvert"."""
    said = [fact.text for fact in facts(load_hotel(SHARED / "hotels" / "harbor-view"), language)
            if "Fitness Room" in fact.text]
    assert said and not any(twice in text for text in said)


@pytest.mark.parametrize(("language", "said"), [("fr", "ouvert toute la journée"), ("de", "den ganzen Tag geöffnet"),
                                                ("zh", "全天开放")])
def test_a_place_open_all_day_is_said_so_in_the_guests_language(language, said):
    """A beach's "all day" is no English left in a French sentence ("ouvert all day")."""
    hotel = load_hotel(Path(__file__).parent / "data" / "hotels" / "hoian-lantern-river-hotel")
    texts = [fact.text for fact in facts(hotel, language) if "all day" in fact.text or said in fact.text]
    assert texts and all(said in text and "all day" not in text for text in texts)


@pytest.mark.parametrize(("clause", "priced"), [
    ("We book a remise to Ezeiza: ARS 65.000 per car for up to 3 passengers", True),   # a thousands dot
    ("the breakfast buffet is 8,90 € per person", True),                               # a decimal comma
    ("Pickup ₹1,200 by sedan (up to 3 guests)", True),
    ("Our garage costs $52 per 24 hours with in-and-out privileges", False),          # 24 is no price
])
def test_a_clause_tells_a_price_only_by_a_figure_written_as_money(clause, priced):
    said = Restatement("Parking (garage): 52 ARS.", "", (), frozenset({"52"}))
    unpriced = Restatement("Transfers (airport): 20 min.", "", (), frozenset({"52"}))
    assert unpriced.tells_asked_price(clause, {"price"}, "ARS") is priced
    assert not said.tells_asked_price(clause, {"price"}, "ARS")  # its price said already: more are details


def test_a_smoking_cleaning_fee_says_the_rooms_are_non_smoking_not_that_smoking_is_banned():
    """The fee in hotel.yaml is for smoking in a room: the terrace, the garden or a smoking area may allow it, as
    the hotel's own words then say."""
    hotel = load_hotel(Path(__file__).parent / "data" / "hotels" / "chianti-podere-ulivi")
    said = {language: next(f.text for f in facts(hotel, language) if "smok" in f.names) for language in ("en", "ru")}
    assert said["en"].startswith("The rooms are non-smoking") and said["ru"].startswith("Номера для некурящих")
