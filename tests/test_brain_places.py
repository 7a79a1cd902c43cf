"""The offline brain on places nearby in the development hotels written blind (a riad in Marrakech, a beach
tower in Busan): the hotel's own rules come before places, a place's dates and tickets come from what the
hotel wrote about it. Fresh wording in several languages; no message here is an item of a dev set."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest

from agent.brains import nearby
from agent.concierge import Concierge, TurnResult
from core.hotels import Hotel, load_hotel
from core.messages import Channel, InboundMessage
from skills.formatting import hotel_text
from skills.places import named_in, place_line
from tests.test_brain import offline_concierge, skills_of, text_of

HOTELS = Path(__file__).resolve().parent / "data" / "hotels"
RIAD = load_hotel(HOTELS / "marrakech-dar-yasmine")
TOWER = load_hotel(HOTELS / "busan-haeundae")
RYOKAN = load_hotel(HOTELS / "kyoto-seiryu")
GUESTHOUSE = load_hotel(HOTELS / "reykjavik-nordurljos")   # no restaurant: a breakfast buffet only
LODGE = load_hotel(HOTELS / "niseko-powder-lodge")   # no room service; a ramen shop nearby is named "Ramen …"


@pytest.fixture(scope="module")
def concierge(tmp_path_factory) -> Concierge:
    return offline_concierge(tmp_path_factory.mktemp("places"), RIAD, TOWER, RYOKAN, GUESTHOUSE, LODGE)


@pytest.fixture(autouse=True)
def saturday(monkeypatch):
    """Saturday 5 December 2026, early afternoon."""
    monkeypatch.setattr(Hotel, "now", lambda hotel: dt.datetime(2026, 12, 5, 14, 0, tzinfo=hotel.tz))


def says(concierge: Concierge, hotel: Hotel, text: str) -> TurnResult:
    message = InboundMessage(hotel_id=hotel.id, channel=Channel.API, sender="", provider_id=uuid.uuid4().hex,
                             text=text)
    return concierge.handle(message, address=uuid.uuid4().hex)


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


@pytest.mark.parametrize(("hotel", "message", "kind"), [
    (RYOKAN, "Are there any temples we could visit this afternoon?", "temple"),
    (RYOKAN, "Y a-t-il des temples à visiter dans le quartier ?", "temple"),
    (RYOKAN, "Gibt es Tempel in der Nähe?", "temple"),
    (RYOKAN, "Какие храмы можно посмотреть поблизости?", "temple"),
    (RYOKAN, "附近有没有寺庙可以参观？", "temple"),
    (RYOKAN, "이 근처에 사찰이 있나요?", "temple"),
    (RYOKAN, "Any shrines worth a visit around here?", "shrine"),
    (RIAD, "¿Qué jardines nos recomienda visitar?", "garden"),
    (RIAD, "Is there a mosque we can see nearby?", "mosque"),
    (TOWER, "근처에 시장 추천해 주세요", "market"),
    (load_hotel(HOTELS / "chengdu-jinjiang"), "晚上想去看川剧，有推荐吗？", "show"),  # an opera is a show
    (load_hotel(HOTELS / "chengdu-jinjiang"), "Any opera performances we could catch tonight?", "show"),
])
def test_a_kind_of_sight_is_read_in_the_guests_words(hotel, message, kind):
    """Temples, shrines, gardens, mosques, markets: the kinds a hotel classes its places by, in every language."""
    assert nearby.place_filters(message, hotel.places).get("kind") == kind


@pytest.mark.parametrize("message", ["We have a free afternoon, anything to see?", "any ideas for a free evening?"])
def test_free_time_is_no_wish_for_free_places(message):
    assert "free" not in (nearby.place_filters(message, TOWER.places).get("tags") or [])


@pytest.mark.parametrize(("message", "shown"), [
    ("¿Hay templos cerca del ryokan?", "Kennin-ji"),
    ("Y a-t-il des temples près d'ici ?", "Kiyomizu-dera"),
])
def test_temples_asked_in_a_language_the_faq_lacks_are_listed_in_it(concierge, message, shown):
    """The FAQ's answer on sights nearby is in English, Japanese and Chinese only: a Spanish or French guest
    hears the temples nearby listed in their own language."""
    turn = says(concierge, RYOKAN, message)
    assert "local_recommendations" in skills_of(turn) and shown in text_of(turn)
    assert "Close by on foot" not in text_of(turn)


@pytest.mark.parametrize("message", ["この辺にお寺はありますか？", "附近有寺庙吗？"])
def test_temples_asked_in_a_language_the_faq_speaks_get_the_hotels_own_words(concierge, message):
    """The hotel wrote its sights in Japanese and Chinese, with prices and when to go; its places' descriptions
    are in English, so its list would say only names and hours in those languages."""
    turn = says(concierge, RYOKAN, message)
    assert "nearby-sights" in turn.trace.kb and ("800円" in text_of(turn) or "800日元" in text_of(turn))


def test_a_place_is_named_without_its_kind():
    """"Kennin-ji" is "Kennin-ji Temple"; "Chengdu" alone is the city, not "Chengdu Museum"."""
    assert [p.id for p in named_in("Kennin-ji is lovely in the rain", RYOKAN.places)] == ["kenninji"]
    assert named_in("The Haedong Yonggungsa sits on the rocks", TOWER.places)[0].id == "yonggungsa"
    chengdu = load_hotel(HOTELS / "chengdu-jinjiang")
    assert named_in("Welcome to Chengdu!", chengdu.places) == []


@pytest.mark.parametrize(("language", "shown"), [("ja", False), ("ko", False), ("zh", False)])
def test_a_description_in_english_is_not_pasted_into_a_reply_in_the_hotels_first_language(language, shown):
    hotel = RYOKAN.model_copy(update={"languages": [language, "en"]})
    place = RYOKAN.places[0]
    assert bool(hotel_text(hotel, language, place.description)) is shown
    assert hotel_text(hotel, language, "静かな庭園のお寺") == ("静かな庭園のお寺" if language != "ko" else "")


@pytest.mark.parametrize("message", ["Comment aller au Gamcheon Culture Village ?",
                                     "Как добраться до Gamcheon Culture Village?"])
def test_the_way_to_a_place_priced_in_won_is_not_cut_to_its_hours(concierge, message):
    """The hotel's English answer on the village gives the subway and a taxi fare in KRW; the village's own facts
    (hours, a drive) do not say them: the English is given, not the hours alone."""
    turn = says(concierge, TOWER, message)
    assert "Toseong" in text_of(turn) and "32,000" in text_of(turn)


@pytest.mark.parametrize(("language", "free"), [("ko", "무료"), ("fr", "gratuit"), ("ar", "مجانًا"), ("en", "free")])
def test_a_free_place_is_said_to_be_free_in_the_guests_language(language, free):
    """Whether it costs anything is what a guest asks first of a temple or a village ("입장료 있어요?")."""
    village = next(p for p in TOWER.places if p.id == "gamcheon-village")
    aquarium = next(p for p in TOWER.places if p.id == "busan-aquarium")
    assert free in place_line(village, TOWER, language) and free not in place_line(aquarium, TOWER, language)


@pytest.mark.parametrize("message", [
    "Could we eat dinner at your place this evening?", "On peut manger à votre restaurant ce midi ?",
    "Könnten wir heute Abend bei euch essen?", "今晚能在你们这儿吃晚饭吗？", "そちらで今晩ご飯を食べられますか？",
    "그쪽 레스토랑에서 점심 먹을 수 있어요?",
])
def test_a_meal_asked_of_the_hotel_itself_gets_its_answer_even_that_it_has_no_restaurant(concierge, message):
    """A guesthouse without a restaurant says so (and what it has instead), not a list of restaurants nearby."""
    turn = says(concierge, GUESTHOUSE, message)
    assert skills_of(turn) == ["search_kb"] and turn.trace.kb[0] == "no-room-service"


@pytest.mark.parametrize("message", [
    "Where could we eat dinner around here this evening?", "Où peut-on bien dîner dans le coin ce soir ?",
    "Wo kann man hier in der Nähe heute Abend essen?", "附近今晚哪里能吃晚饭？", "근처 맛있는 레스토랑 있어요?",
])
def test_a_meal_asked_of_the_neighbourhood_gets_places_nearby(concierge, message):
    turn = says(concierge, GUESTHOUSE, message)
    assert "local_recommendations" in skills_of(turn)


@pytest.mark.parametrize("message", [
    "룸서비스로 라멘 주문 돼요?", "ルームサービスでラーメンを注文したいのですが",
    "Kann man Ramen per Zimmerservice bestellen?", "Could I get ramen from room service tonight?",
])
def test_a_dish_asked_of_room_service_is_the_hotels_answer_though_a_place_nearby_is_named_after_it(concierge,
                                                                                                  message):
    """Room service is the hotel's: a lodge without it says so and what it offers instead, not the ramen shop."""
    turn = says(concierge, LODGE, message)
    assert "local_recommendations" not in skills_of(turn) and "no-room-service" in turn.trace.kb


@pytest.mark.parametrize("message", ["Is there a good ramen place close by?", "近くに美味しいラーメン屋さんは？"])
def test_ramen_asked_of_the_neighbourhood_is_the_ramen_shop(concierge, message):
    turn = says(concierge, LODGE, message)
    assert "local_recommendations" in skills_of(turn) and "Kumagoro" in text_of(turn)


@pytest.mark.parametrize("message", [
    "味噌ラーメンを部屋まで運んでもらえますか？", "Do you do room service? We'd love two miso ramens",
    "¿Hay servicio de habitaciones? Queremos un ramen", "라멘 두 그릇 방으로 배달 되나요?",
])
def test_food_to_a_room_of_a_lodge_without_room_service_gets_its_own_answer_once(concierge, message):
    """However many dishes or sentences ask for it, the lodge says once that nothing is brought to rooms, in its
    own words, and no entry the order's words resemble ("部屋": the ski room) comes with it."""
    turn = says(concierge, LODGE, message)
    assert turn.trace.kb[0] == "no-room-service" and "ski-room" not in turn.trace.kb
    assert len(turn.replies) == 1 and len(text_of(turn).split("\n")) == 1
