"""Answers that must say no when no is the answer, in fresh wording and several languages: a kind of room asked
for dates it is sold out on; a yes that answers another question than the guest's; a ride to a place the hotel
never names; a place open in its season only; a light sleeper's question, which is no complaint (while a real
noise complaint still is); a person too young for what the guest asks, by the hotel's age rule."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from agent.brains import ages, room_slots
from core.hotels import KBEntry, load_hotel
from skills.places import parse_hours
from tests.test_brain import offline_concierge, skills_of, text_of
from tests.test_brain_places import saturday, says  # noqa: F401 (the autouse clock of the places tests)

HOTELS = Path(__file__).resolve().parent / "data" / "hotels"
ATOLL = load_hotel(HOTELS / "maldives-coral-atoll")
JACARANDA = load_hotel(HOTELS / "oaxaca-casa-jacaranda")
RIVER = load_hotel(HOTELS / "bangkok-chao-phraya")
NEVSKY = load_hotel(HOTELS / "spb-nevsky-courtyard")
PALERMO = load_hotel(HOTELS / "buenos-aires-palermo")
LOOP = load_hotel(HOTELS / "chicago-loop-suites")
AZUL = load_hotel(HOTELS / "cancun-playa-azul")


@pytest.fixture(scope="module")
def concierge(tmp_path_factory):
    return offline_concierge(tmp_path_factory.mktemp("say-no"), ATOLL, JACARANDA, RIVER, NEVSKY, PALERMO, LOOP, AZUL)


@pytest.mark.parametrize(("hotel", "text", "kind"), [
    (JACARANDA, "¿Tienen alguna suite libre?", {"CP", "JC"}),
    (JACARANDA, "スイートは空いていますか", {"CP", "JC"}),
    (ATOLL, "any overwater villa left?", {"WVP", "OSS"}),
    (ATOLL, "Is the Water Villa with Pool free?", set()),  # one type named: no kind
])
def test_a_kind_several_room_types_share_is_read_as_those_types(hotel, text, kind):
    assert set(room_slots.rooms_of_kind(text, hotel.rooms)) == kind


@pytest.mark.parametrize(("hotel", "message", "sold_out"), [
    (JACARANDA, "Do you have a suite from July 20 to July 23, 2027?", "not available"),
    (JACARANDA, "Avez-vous une suite de libre du 20 au 23 juillet 2027 ?", "ne sont pas disponibles"),
    (JACARANDA, "Habt ihr vom 20. bis 23. Juli 2027 eine Suite frei?", "nicht verfügbar"),
    (ATOLL, "Any overwater villa open for booking? Dec 30 2026 to Jan 2 2027, two of us.", "not available"),
    (ATOLL, "¿Queda alguna villa sobre el agua libre? Del 30 de diciembre de 2026 al 2 de enero de 2027.", "agotad"),
])
def test_a_kind_of_room_sold_out_is_said_to_be_before_the_rooms_free(concierge, hotel, message, sold_out):
    turn = says(concierge, hotel, message)
    said = text_of(turn)
    assert skills_of(turn) == ["check_availability"], said
    assert sold_out in said.split("\n")[0], said


@pytest.mark.parametrize("message", [
    "Am I allowed to pack some whisky from the airport duty free?",
    "Можно взять с собой бутылку виски из дьюти-фри?",
    "我能带一瓶免税店的酒过去吗？",
    "Puis-je apporter une bouteille de vin achetée au duty free ?",
])
def test_a_yes_to_another_question_does_not_open_a_refusal(concierge, message):
    said = text_of(says(concierge, ATOLL, message))
    assert not said.lstrip().startswith(("Yes", "Да", "可以")) and "Yes," not in said.split(":", 1)[-1][:6], said


@pytest.mark.parametrize("message", ["Do you serve alcohol?", "Вы подаёте алкоголь?"])
def test_a_yes_to_the_question_asked_stays(concierge, message):
    assert text_of(says(concierge, ATOLL, message)).startswith(("Yes", "Да"))


@pytest.mark.parametrize(("message", "named"), [
    ("Does the hotel run a minibus to Hua Hin?", "Hua Hin"),
    ("¿Tienen traslado hasta Kanchanaburi?", "Kanchanaburi"),
    ("Gibt es einen Shuttle nach Pattaya?", "Pattaya"),
    ("有去华欣的班车吗？", "华欣"),
    ("파타야까지 가는 셔틀 있어요?", "파타야"),
])
def test_a_ride_to_a_place_the_hotel_never_names_is_said_to_be_missing(concierge, message, named):
    said = text_of(says(concierge, RIVER, message))
    assert named in said.split("\n")[0], said


@pytest.mark.parametrize("message", [
    "Is there a kids club where the little ones can play while we relax?",
    "¿Hay algún club infantil en el hotel?",
    "Gibt es bei Ihnen einen Kinderclub?",
    "キッズクラブはありますか？",
])
def test_a_kids_club_a_hotel_that_welcomes_children_lacks_is_not_its_children_policy(concierge, message):
    """A hotel that writes "kids stay free" has spoken of children, not of a kids club: no answer about its cots."""
    said = text_of(says(concierge, JACARANDA, message))
    assert "cot" not in said and "MXN" not in said, said


@pytest.mark.parametrize("message", ["Does the shuttle boat stop at ICONSIAM?", "Is there a boat to Sathorn Pier?"])
def test_a_ride_to_a_place_the_hotel_names_is_no_missing_one(concierge, message):
    assert "don't have anything" not in text_of(says(concierge, RIVER, message))


def test_a_season_in_a_places_hours_is_read():
    bridges = parse_hours("Navigation season only (April to November): raised 01:10-02:50")
    assert bridges.in_season(dt.date(2027, 6, 1)) and not bridges.in_season(dt.date(2026, 12, 6))
    assert parse_hours("Daily 10:00-18:00").season is None


@pytest.mark.parametrize("message", ["Will they raise the bridges tonight?", "Are the bridges raised on Sunday?"])
def test_a_place_out_of_its_season_is_said_to_be_closed(concierge, message):
    said = text_of(says(concierge, NEVSKY, message))
    assert not said.startswith("Yes"), said


@pytest.mark.parametrize("message", [
    "I'm a light sleeper. Which of your rooms is best for me?",
    "Tengo el sueño ligero. ¿Qué habitación me conviene?",
    "J'ai le sommeil léger. Quelle chambre me conseillez-vous ?",
    "Я чутко сплю. Какой номер посоветуете?",
])
def test_a_light_sleepers_question_is_no_complaint(concierge, message):
    assert "complaints" not in skills_of(says(concierge, PALERMO, message))


@pytest.mark.parametrize("message", [
    "The bar downstairs is so loud I can't sleep. Can someone do something?",
    "Hay muchísimo ruido en el pasillo y no puedo dormir.",
])
def test_a_noise_complaint_is_still_one(concierge, message):
    assert "complaints" in skills_of(says(concierge, PALERMO, message))


@pytest.mark.parametrize(("hotel", "message", "entries", "age"), [
    (PALERMO, "Mi sobrina tiene 17 años y llega sola el viernes. ¿Puede registrarse sin nosotros?",
     {"id-at-check-in"}, "18"),
    (PALERMO, "Minha filha de 17 anos chega antes, ela pode fazer o check-in sozinha?", {"id-at-check-in"}, "18"),
    (PALERMO, "Notre fils de 17 ans arrive seul, peut-il faire le check-in ?", {"id-at-check-in"}, "18"),
    (LOOP, "My nephew just turned 18, may he book a suite for him and his friends?", {"id-and-age"}, "21"),
    (ATOLL, "Our daughter is 4. Would we be allowed to stay in one of the overwater villas?",
     {"water-villa-children"}, "6"),
    (ATOLL, "4歳の娘と一緒に水上ヴィラに泊まれますか？", {"water-villa-children"}, "6"),
    (ATOLL, "5살 아들이 있는데 워터 빌라에 묵을 수 있나요?", {"water-villa-children"}, "6"),
    (ATOLL, "هل يمكننا الإقامة في الفيلا المائية مع ابننا البالغ من العمر 4 سنوات؟", {"water-villa-children"}, "6"),
    (AZUL, "Our 15-year-old is coming too. Can she stay with us in a Swim-Up Suite?",
     {"room-types", "children-rates", "adults-only-pool"}, "18"),
    (AZUL, "¿Podemos reservar una Swim-Up Suite con nuestro hijo de 12 años?",
     {"room-types", "children-rates", "adults-only-pool"}, "18"),
])
def test_a_persons_age_told_beside_a_may_they_question_hears_the_hotels_age_rule(concierge, hotel, message, entries,
                                                                                 age):
    """The story around the age ("arrives alone on Friday", "the photos") draws the encoder to the check-in times or
    the villas' list, far from a rule an answer states in passing: of the entries that state an age rule, the one
    the question reads nearest answers, in place of "I'm not sure" or an entry that states none."""
    turn = says(concierge, hotel, message)
    assert turn.trace.kb[:1] and turn.trace.kb[0] in entries and age in text_of(turn), (message, turn.trace.kb)


@pytest.mark.parametrize(("hotel", "message", "entry"), [
    (ATOLL, "How much is the seaplane for our 7 year old?", "seaplane-transfer"),
    (ATOLL, "Can we book the Water Villa with Pool for three nights in March?", None),
])
def test_an_age_told_beside_another_question_leaves_its_answer(concierge, hotel, message, entry):
    """What it costs for a child is a price, not whether the child may come; no age told, no age rule."""
    turn = says(concierge, hotel, message)
    assert "water-villa-children" not in turn.trace.kb[:1] and (entry is None or turn.trace.kb[:1] == [entry]), \
        turn.trace.kb


@pytest.mark.parametrize(("text", "asks"), [
    ("Mein Sohn ist 15 Jahre alt, darf er in die Sauna?", True),
    ("我女儿9岁，可以去健身房吗？", True),
    ("Моей дочери 16 лет, ей можно в бассейн одной?", True),
    ("How old do you have to be to rent a kayak?", True),
    ("I'm 7 months pregnant, is the boat trip okay?", False),
    ("We have a 6-year-old, how much is breakfast for her?", False),
    ("Can you book a table for 4 at 8?", False),
])
def test_who_may_by_age_is_told_from_a_price_or_a_request(text, asks):
    assert ages.asks_by_age(text) is asks


@pytest.mark.parametrize(("answer", "rule"), [
    ("Guests must be at least 20 to check in.", True),
    ("Kids aged 3 to 11 eat half price; adults only in the lounge.", True),
    ("Die Sauna ist ab 16 Jahren.", True),
    ("Long stays (30+ nights) are invoiced weekly.", False),
    ("We are fully booked from 12 to 19 August 2027.", False),
    ("Please smoke at least 8 metres from the entrance.", False),
])
def test_an_answer_states_an_age_rule_by_its_ages_not_by_its_dates_or_nights(answer, rule):
    assert ages.states_age_rule(KBEntry(id="rule", questions=["?"], answer=answer)) is rule


@pytest.mark.parametrize("message", ["Do you have cribs?", "¿Tienen cuna para el bebé?", "有婴儿床吗？"])
def test_a_thing_only_answers_mention_is_told_from_them(concierge, message):
    """No entry is about cribs, two mention them in passing (the free extras housekeeping brings, the children's
    rates): one of those answers, not "I'm not sure"."""
    turn = says(concierge, AZUL, message)
    assert turn.trace.kb[:1] in (["children-rates"], ["housekeeping-turndown"]), turn.trace.kb
