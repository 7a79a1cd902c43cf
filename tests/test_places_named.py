"""Places asked about in the guest's own script and words: a name written as it sounds (Katakana, Hangul, Arabic),
the kind of place the guest names before the one their verb implies, what a place costs and how one gets there.
Fresh wordings in several languages; no message here is an item of a dev set."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.brains import nearby
from core.hotels import Place, load_hotel
from skills.places import mentioned_in, place_line, way_text

HOTELS = Path(__file__).resolve().parent / "data" / "hotels"
RIVER = load_hotel(HOTELS / "bangkok-chao-phraya")
MARINA = load_hotel(HOTELS / "dubai-marina-pearl")
PALERMO = load_hotel(HOTELS / "buenos-aires-palermo")
HOSTEL = load_hotel(HOTELS / "berlin-kreuzberg-hostel")
CAPE = load_hotel(HOTELS / "cape-town-signal-hill-lodge")
HARBOR = load_hotel(Path(__file__).resolve().parents[2] / "shared" / "hotels" / "harbor-view")


def _place(hotel, place_id):
    return next(p for p in hotel.places if p.id == place_id)


@pytest.mark.parametrize(("hotel", "message", "place_id"), [
    (RIVER, "ワット・アルンは何時に閉まりますか？", "wat-arun"),     # Katakana, words apart
    (RIVER, "왓포 마사지 받을 수 있어요?", "wat-pho"),               # Hangul, a name of two short words run together
    (RIVER, "ワットポーまでボートで行けますか", "wat-pho"),
    (MARINA, "هل برج خليفة مفتوح الليلة؟", "burj-khalifa"),         # Arabic, by its consonants
    (MARINA, "كم تكلفة تذكرة برج خليفة؟", "burj-khalifa"),
])
def test_a_place_written_as_it_sounds_is_found(hotel, message, place_id):
    assert [p.id for p in mentioned_in(message, hotel.places)][:1] == [place_id]


@pytest.mark.parametrize("message", ["هل يوجد مسبح في الفندق؟", "ワインはありますか？", "와이파이 비밀번호가 뭐예요?",
                                     "룸서비스 비용이 얼마였죠?"])  # "비용이" (the cost) sounds like "vine" alone
def test_ordinary_words_in_those_scripts_name_no_place(message):
    assert mentioned_in(message, RIVER.places + MARINA.places + HARBOR.places) == []


def test_two_arabic_words_with_a_short_names_consonants_are_no_place():
    """"إذا ألغيت" (if I cancel) has the consonants of "Talek Gate": a name of four consonants is heard in one word,
    not across two."""
    gate = Place(id="gate", name="Talek Gate", kind="nature")
    assert mentioned_in("إذا ألغيت حجزي لشهر أكتوبر، متى يكون الإلغاء مجانيًا؟", [gate]) == []


@pytest.mark.parametrize("message", ["近くにゴルフ場はありますか？", "明日はゴルフをしたいです、どこがいいですか？"])
def test_a_topic_written_as_it_sounds_is_that_topic_not_a_place_that_sounds_alike(message):
    """"ゴルフ" sounds like "Kloof" (of Kloof Street) as much as like golf, which the glossary knows it for."""
    assert mentioned_in(message, CAPE.places) == []


@pytest.mark.parametrize(("language", "price"), [("en", "THB 300 entry"), ("ja", "THB 300"), ("de", "THB 300"),
                                                  ("ar", "THB 300")])
def test_a_written_price_is_part_of_the_place(language, price):
    assert price in place_line(_place(RIVER, "wat-pho"), RIVER, language)


@pytest.mark.parametrize(("language", "way"), [("ko", "보트"), ("ru", "лодке"), ("es", "barco"), ("en", "boat")])
def test_a_place_reached_by_boat_says_so(language, way):
    assert way in place_line(_place(RIVER, "iconsiam"), RIVER, language)


@pytest.mark.parametrize(("language", "mode"), [("ar", "مترو"), ("ko", "지하철"), ("fr", "métro"), ("zh", "地铁")])
def test_the_way_there_is_told_in_the_guests_language(language, mode):
    """The hotel wrote the way in English ("Metro Red Line to ... station"): the guest hears by what."""
    assert mode in way_text(_place(MARINA, "burj-khalifa"), MARINA, language)


def test_the_way_there_in_the_hotels_language_is_its_own_words():
    """Said once: the description the recommendation line already gives is not repeated."""
    assert way_text(_place(MARINA, "burj-khalifa"), MARINA, "en") == ""
    assert "Metro Red Line" in place_line(_place(MARINA, "burj-khalifa"), MARINA, "en")
    assert "U1" in way_text(_place(HOSTEL, "checkpoint-charlie"), HOSTEL, HOSTEL.default_language)


@pytest.mark.parametrize("message", ["How would we get to the night market from here?", "¿Cómo llegamos al museo?",
                                     "Comment on va au palais ?", "Wie kommen wir am besten zum Markt?",
                                     "Как доехать до рынка?", "去夜市怎么走？", "美術館への行き方は？",
                                     "시장까지 가는 방법 알려주세요", "كيف نصل إلى السوق؟"])
def test_asking_the_way(message):
    assert nearby.asks_the_way(message)


@pytest.mark.parametrize("message", ["How long is the boat ride?", "¿A qué hora abre el museo?",
                                     "Wie teuer ist der Eintritt?", "市場は何時まで？"])
def test_other_questions_do_not_ask_the_way(message):
    assert not nearby.asks_the_way(message)


@pytest.mark.parametrize("message", ["Any market close by where locals have breakfast?",
                                     "¿Hay un mercado donde la gente del barrio desayuna?",
                                     "Y a-t-il un marché où manger le matin comme les habitants ?",
                                     "Где рынок, на котором местные едят?",
                                     "地元の人が朝ごはんを食べる市場はありますか？"])
def test_the_kind_of_place_named_comes_before_the_kind_a_verb_implies(message):
    assert nearby.place_filters(message, RIVER.places).get("kind") == "market"


@pytest.mark.parametrize("message", ["¿Algún parque para salir a correr?", "Y a-t-il un parc pour un jogging ?",
                                     "Gibt es einen Park zum Joggen?", "Есть парк, где можно побегать?",
                                     "附近有可以跑步的公园吗？", "ジョギングできる公園はありますか？",
                                     "달리기 할 공원 있어요?", "هل توجد حديقة للجري قريبة؟"])
def test_a_kind_the_hotel_also_tags_is_heard_in_every_language(message):
    """"park" is both a kind and a tag of the hotel's parks: the guest's "parque", "公园" still ask for one."""
    assert nearby.place_filters(message, PALERMO.places).get("kind") == "park"


@pytest.mark.parametrize("message", ["Anything to eat after the club, around 3am?",
                                     "Wo gibt's nach dem Club noch Essen?", "Un truc à manger après la boîte ?"])
def test_a_place_said_as_when_is_not_what_is_wanted(message):
    assert nearby.place_filters(message, HOSTEL.places).get("kind") != "club"


@pytest.mark.parametrize(("hotel", "message", "place_id"), [
    (RIVER, "Ist der Große Palast auch am Sonntag offen?", "grand-palace"),
    (RIVER, "¿Cuánto cuesta entrar al Gran Palacio?", "grand-palace"),
    (RIVER, "Во сколько закрывается Большой дворец?", "grand-palace"),
    (RIVER, "大皇宫要穿长裤吗？", "grand-palace"),
    (PALERMO, "Is the Japanese Garden nice for kids?", "jardin-japones"),
    (PALERMO, "Le Jardin japonais est-il loin ?", "jardin-japones"),
])
def test_a_place_named_in_the_guests_language_is_found(hotel, message, place_id):
    """The one place whose name holds a kind of sight ("Grand Palace", "Jardín Japonés"), said as the one meant."""
    assert nearby.place_filters(message, hotel.places).get("place") == place_id


@pytest.mark.parametrize(("hotel", "message"), [
    (RIVER, "Is there a palace we could visit?"), (RIVER, "¿Hay algún palacio bonito?"),
    (RIVER, "附近有没有宫殿？"), (PALERMO, "Do you have a garden at the hotel?"), (PALERMO, "Gibt es einen Garten?"),
])
def test_a_wish_for_such_a_kind_names_no_place(hotel, message):
    assert "place" not in nearby.place_filters(message, hotel.places)


@pytest.mark.parametrize(("text", "place_id"), [("Sarongs can be borrowed at the Grand Palace gate.", "grand-palace"),
                                                ("Ayer fuimos al Grand Palace con niños.", "grand-palace")])
def test_a_name_said_by_its_first_words_is_found(text, place_id):
    """"the Grand Palace" of "Grand Palace and Wat Phra Kaew", though "Grand" is also in another place's text."""
    assert [p.id for p in mentioned_in(text, RIVER.places)] == [place_id]
