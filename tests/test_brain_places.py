"""The offline brain on places nearby in the development hotels written blind (a riad in Marrakech, a beach
tower in Busan): the hotel's own rules come before places, a place's dates and tickets come from what the
hotel wrote about it. Fresh wording in several languages; no message here is an item of a dev set."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest

from agent.concierge import Concierge, TurnResult
from core.hotels import Hotel, load_hotel
from core.messages import Channel, InboundMessage
from tests.test_brain import offline_concierge

HOTELS = Path(__file__).resolve().parent / "data" / "hotels"
RIAD = load_hotel(HOTELS / "marrakech-dar-yasmine")
TOWER = load_hotel(HOTELS / "busan-haeundae")
RYOKAN = load_hotel(HOTELS / "kyoto-seiryu")


@pytest.fixture(scope="module")
def concierge(tmp_path_factory) -> Concierge:
    return offline_concierge(tmp_path_factory.mktemp("places"), RIAD, TOWER, RYOKAN)


@pytest.fixture(autouse=True)
def saturday(monkeypatch):
    """Saturday 5 December 2026, early afternoon."""
    monkeypatch.setattr(Hotel, "now", lambda hotel: dt.datetime(2026, 12, 5, 14, 0, tzinfo=hotel.tz))


def says(concierge: Concierge, hotel: Hotel, text: str) -> TurnResult:
    message = InboundMessage(hotel_id=hotel.id, channel=Channel.API, sender="", provider_id=uuid.uuid4().hex,
                             text=text)
    return concierge.handle(message, address=uuid.uuid4().hex)


def text_of(turn: TurnResult) -> str:
    return "\n".join(reply.text for reply in turn.replies)


def skills_of(turn: TurnResult) -> list[str]:
    return [call.name for call in turn.trace.skills]


@pytest.mark.parametrize(("hotel", "message", "entry", "fact"), [
    (TOWER, "¿Se puede vapear en la habitación?", "smoking", "300,000"),
    (TOWER, "吸电子烟可以在房间里吗？", "smoking", "300,000"),
    (TOWER, "Est-ce qu'on peut fumer sur le toit ?", "smoking", "300,000"),
    (TOWER, "Ist das Essen bei Ihnen halal?", "dietary", "halal"),
    (RIAD, "Does the riad have a bar or sell beer?", "alcohol", "does not serve"),
    (RIAD, "リヤドでお酒は飲めますか？", "alcohol", "does not serve"),
    (RIAD, "Можно у вас заказать бокал вина?", "alcohol", "does not serve"),
])
def test_a_rule_of_the_hotel_that_names_a_place_after_it_is_the_answer(concierge, hotel, message, entry, fact):
    """An answer about the hotel that ends on a place nearby ("...the beach is no-smoking too") is the
    hotel's rule, not a listing of that place."""
    turn = says(concierge, hotel, message)
    assert entry in turn.trace.kb and fact in text_of(turn)
    assert "local_recommendations" not in skills_of(turn)


@pytest.mark.parametrize(("message", "said"), [
    ("Is Jagalchi market open on Tuesday the 1st of June?", "closed on Tuesday, June 1, 2027"),
    ("Le marché Jagalchi est-il ouvert le mardi 15 décembre ?", "fermé le mardi 15 décembre 2026"),
    ("자갈치 시장 12월 15일에 문 열어요?", "2026년 12월 15일 화요일에 휴무"),
    ("¿Abre el mercado de Jagalchi el martes 8 de diciembre?", "Sí, Jagalchi Fish Market abre el martes 8 de"),
])
def test_a_market_closed_on_some_tuesdays_is_checked_on_the_date_asked(concierge, message, said):
    """The fish market closes on the 1st and 3rd Tuesday of the month: the date decides, said with the date."""
    turn = says(concierge, TOWER, message)
    assert said in text_of(turn) and "3rd Tuesday" in text_of(turn)


@pytest.mark.parametrize(("message", "facts"), [
    ("마조렐 정원 가는 방법 알려주세요", ["taxi", "170"]),
    ("マジョレル庭園の入場料はいくらですか？", ["170", "online"]),
    ("Do we need to book the Majorelle garden ahead, or can we walk there?", ["online", "taxi"]),
    ("Wie komme ich zum Jardin Majorelle und was kostet der Eintritt?", ["170", "taxi"]),
    ("¿Cuánto cuesta la entrada de la Madrasa Ben Youssef?", ["50 MAD", "09:00-18:00"]),
    ("벤 유세프 마드라사 입장료가 얼마예요?", ["50 MAD"]),
])
def test_a_places_tickets_and_way_there_come_from_what_the_hotel_wrote_about_it(concierge, message, facts):
    """A place named by its own word or as it sounds: the FAQ entry about it answers, not its opening hours."""
    turn = says(concierge, RIAD, message)
    assert all(fact in text_of(turn) for fact in facts)


def test_a_question_about_a_place_and_its_opening_day_gets_both(concierge):
    turn = says(concierge, TOWER, "We go to Jagalchi market on Tuesday 1 June: how do we get there, is it open?")
    assert "Line 1" in text_of(turn) and "closed on Tuesday, June 1, 2027" in text_of(turn)


@pytest.mark.parametrize("message", ["¿Venden vino o cerveza en el riad?", "Is there beer at the riad?"])
def test_a_place_the_words_point_at_comes_after_the_hotels_own_rule_about_it(concierge, message):
    turn = says(concierge, RIAD, message)
    assert turn.trace.kb[0] == "alcohol" and "does not serve" in text_of(turn)


@pytest.mark.parametrize("message", [
    "저희 딸이 8살인데 찜질방 이용료가 얼마인가요?", "찜질방 어린이 요금 알려 주세요",
    "チムジルバンは子どもいくらですか？",
])
def test_the_hotels_own_facility_named_as_it_sounds_is_the_hotels_answer_not_a_place(concierge, message):
    """"찜질방" is the hotel's spa (its name says "jjimjilbang"), not a noodle bar nearby."""
    turn = says(concierge, TOWER, message)
    assert "sauna-jjimjilbang" in turn.trace.kb and "10,000" in text_of(turn)
    assert "local_recommendations" not in skills_of(turn)


@pytest.mark.parametrize("message", [
    "What's the best way to reach Fushimi Inari?", "Wie kommen wir zum Fushimi-Inari-Schrein?",
    "¿Cómo llego a Fushimi Inari?",
])
def test_the_way_to_a_place_is_the_hotels_answer_that_shortens_its_name(concierge, message):
    """The FAQ writes "Fushimi Inari" for the place named "Fushimi Inari Taisha", as guests do: its answer (the
    train to take, when to go) is about that place, not only its listing."""
    turn = says(concierge, RYOKAN, message)
    assert "fushimi-inari" in turn.trace.kb and "Keihan" in text_of(turn)


@pytest.mark.parametrize("message", ["Can we take photos on Hanamikoji Street?",
                                     "¿Se puede fotografiar en la calle Hanamikoji?"])
def test_a_place_named_without_its_aside_is_still_named(concierge, message):
    """"Hanamikoji Street (Gion)" is written "Hanamikoji Street" in the hotel's rule about photos there."""
    turn = says(concierge, RYOKAN, message)
    assert "gion-etiquette" in turn.trace.kb and "10,000" in text_of(turn)


@pytest.mark.parametrize(("hotel", "message", "cheap", "dear"), [
    (RIAD, "Any cheap places to eat around the medina?", "Mechoui", "Orangers"),
    (RIAD, "Où manger pas cher près du riad ?", "Mechoui", "Orangers"),
    (TOWER, "가성비 좋은 식당 있을까요?", "Gukbap", "Wongalbi"),
    (TOWER, "Somewhere affordable for lunch, not too far?", "Gukbap", "Wongalbi"),
])
def test_somewhere_cheap_is_what_the_hotel_prices_lowest(concierge, hotel, message, cheap, dear):
    """A budget wish leaves out the places the hotel prices "$$$" and up, tagged "budget" or not."""
    turn = says(concierge, hotel, message)
    assert skills_of(turn) == ["local_recommendations"]
    assert cheap.lower() in text_of(turn).lower() and dear.lower() not in text_of(turn).lower()
