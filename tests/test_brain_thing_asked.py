"""The thing a guest asks about, found among the hotel's entries however the question is dressed: the day and the
party of a booking in a telegraphic question; a guide asked for beside the sight to see; tap water in the
languages that have a word of their own for it. Fresh wording in several languages; no message here is an item
of a dev set."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from agent.brains.faq import faq_query
from agent.brains.particulars import without_particulars
from core.hotels import load_hotel
from kb import glossary
from tests import test_brain
from tests.test_brain import Guest, offline_concierge

afternoon = test_brain.afternoon
LUXOR = load_hotel(Path(__file__).resolve().parent / "data" / "hotels" / "luxor-nile-lotus-hotel")


@pytest.fixture(scope="module")
def concierge(tmp_path_factory):
    return offline_concierge(tmp_path_factory.mktemp("thing-asked"), LUXOR)


@pytest.mark.parametrize(("text", "entry"), [
    ("felucca tmrw evening 5 ppl how much?", "felucca-sunset"),
    ("balloon sun 2 ppl how much", "hot-air-balloon"),
])
def test_the_day_and_the_party_of_a_booking_do_not_drown_what_is_asked(concierge, text, entry):
    assert Guest(concierge, hotel=LUXOR).says(text).trace.kb[:1] == [entry]


@pytest.mark.parametrize(("text", "plain"), [
    ("balloon tomorrow 2 people how much", "balloon how much"),
    ("felucca on Friday for 4 adults, price?", "felucca, price?"),
    ("¿Cuánto cuesta el globo mañana para 2 personas?", "¿Cuánto cuesta el globo?"),
    ("Ballonfahrt morgen zu zweit, was kostet das?", "Ballonfahrt, was kostet das?"),
    ("明天两个人热气球多少钱？", "热气球多少钱？"),
    ("내일 두 명 열기구 가격?", "열기구 가격?"),
])
def test_a_questions_booking_particulars_are_told_apart(text, plain):
    assert without_particulars(text) == plain


@pytest.mark.parametrize("text", ["Can I check out at 2pm?", "What time is breakfast?", "2 people?"])
def test_an_hour_and_a_question_of_particulars_only_are_kept(text):
    """"Check out at 2pm" asks for a late check-out; a question of nothing but particulars is left as it is."""
    assert without_particulars(text) == text


@pytest.mark.parametrize("text", [
    "Можно заказать гида, говорящего по-русски?",
    "Нам нужен гид на итальянском в Карнак в среду",
    "Ein Guide auf Spanisch für Karnak am Montag, geht das?",
    "Is there a guide who speaks Japanese?",
])
def test_a_guide_asked_for_finds_the_guides_entry(concierge, text):
    assert Guest(concierge, hotel=LUXOR).says(text).trace.kb[:1] == ["egyptologist-guides"]


@pytest.mark.parametrize(("text", "language"), [
    ("수돗물 그냥 마셔도 돼요?", "ko"),
    ("水道水を飲んでも大丈夫ですか？", "ja"),
    ("自来水能直接喝吗", "zh"),
    ("Ist das Leitungswasser trinkbar?", "de"),
])
def test_tap_water_is_asked_about_the_water(concierge, text, language):
    assert "water" in glossary.named(text, language)
    assert Guest(concierge, hotel=LUXOR).says(text).trace.kb[:1] == ["drinking-water"]


@pytest.mark.parametrize(("text", "language"), [("가이드북 있어요?", "ko"), ("ガイドブックはありますか", "ja")])
def test_a_guidebook_is_no_guide(text, language):
    assert "tour guide" not in glossary.named(text, language)


@pytest.mark.parametrize("text", ["Could you also collect us from the airport?", "Would the terrace be open?",
                                  "Should we book the felucca ahead?"])
def test_a_common_english_word_is_no_typo_of_a_hotel_word(text):
    """"could" is two letters from "cold" (the hotel's cold drinks): a word every sentence uses is left as written."""
    words = Counter({"cold": 3, "world": 2, "shoulder": 1, "felucca": 2, "terrace": 2, "airport": 4, "book": 2})
    assert faq_query(text, "en", words).split()[0] == text.split()[0]


@pytest.mark.parametrize("text", [
    "Could you collect us from the airport on the 21st? Just the three of us.",
    "felucca sat for 6 adults, how much?",
])
def test_a_ride_or_a_sail_asked_with_its_day_and_party_is_answered(concierge, text):
    assert Guest(concierge, hotel=LUXOR).says(text).trace.kb[:1] in (["airport-transfer"], ["felucca-sunset"])


@pytest.fixture(scope="module")
def bangkok(tmp_path_factory):
    hotel = load_hotel(Path(__file__).resolve().parent / "data" / "hotels" / "bangkok-chao-phraya")
    return offline_concierge(tmp_path_factory.mktemp("thing-asked-bkk"), hotel), hotel


@pytest.mark.parametrize("text", ["请问几点可以入住？我们中午左右就到。", "几点能入住呀？我们大概十二点到。"])
def test_what_time_check_in_is_asked_in_chinese_with_an_arrival_is_the_check_in_time(bangkok, text):
    """The guest's own words lead to the restaurant; the pivot hears check-in and ranks that clearly lower."""
    concierge, hotel = bangkok
    assert Guest(concierge, hotel=hotel).says(text).trace.kb[:1] == ["check-in-time"]
