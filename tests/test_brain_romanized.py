"""Guests who type their own language in Latin letters: Chinese in pinyin, Japanese in romaji, Hindi and Arabic mixed
with English. Each is answered from the hotel's data, in the guest's language or in English, never in a third one;
English guests' words that happen to spell pinyin or romaji syllables ("mama", "sake") stay English."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.hotels import load_hotel
from core.language import LanguageDetector
from core.romanized import in_english, in_script, read_in_english, romanized_language
from tests.test_brain import HOTEL, Guest, offline_concierge, skills_of, text_of

LISBON = load_hotel(Path(__file__).resolve().parents[1] / "core" / "sample_hotels" / "lisbon-garden")


@pytest.fixture(scope="module")
def concierge(tmp_path_factory):
    return offline_concierge(tmp_path_factory.mktemp("romanized"), HOTEL, LISBON)


@pytest.mark.parametrize(("text", "language"), [
    ("qingwen jianshenfang zai nali", "zh"),
    ("mingtian zaoshang keyi tiqian ruzhu ma", "zh"),
    ("you meiyou chuifengji", "zh"),
    ("heya no kagi wo nakushimashita, doushitara ii desu ka", "ja"),
    ("takushii wo yonde kudasai", "ja"),
    ("kuukou made nanjikan kakarimasu ka", "ja"),
])
def test_pinyin_and_romaji_are_told_by_their_words(text, language):
    assert romanized_language(text) == language


@pytest.mark.parametrize("text", [
    "mama said the room is great", "can I get a taxi", "dim sum nearby?", "sake and sushi tonight", "no sake please",
    "ramen ok?", "Tokyo", "karaoke bar?", "tai chi class in the morning?", "Hola, que tal", "xiexie",
    "Is Mr Wang in room 508?", "Ni hao! What time is breakfast?",
])
def test_english_and_lone_words_are_no_pinyin_or_romaji(text):
    assert romanized_language(text) is None


def test_pinyin_and_romaji_are_written_in_the_guests_script():
    assert in_script("fangjian meiyou reshui", "zh") == "房间没有热水"
    assert in_script("ji dian kaimen", "zh") == "几点开门"
    assert in_script("wifi mima", "zh", keep=frozenset({"wifi"})) == "wifi 密码"
    assert in_script("taoru wo motte kite kudasai", "ja") == "タオルをもってきてください"
    assert in_script("chuushajou wa doko", "ja") == "駐車場はどこ"


@pytest.mark.parametrize(("text", "language"), [
    ("jianshenfang jidian kaimen?", "zh"), ("chekku in wa nanji kara desu ka", "ja"), ("sauna wa arimasu ka", "ja"),
])
def test_the_detector_answers_pinyin_and_romaji_in_their_language(text, language):
    assert LanguageDetector().detect(text) == language


@pytest.mark.parametrize(("message", "language", "entry", "fact"), [
    ("qing wen tingche duoshao qian", "zh", "parking", "42"),
    ("tuifang shijian shi ji dian", "zh", "check-out-time", "11:00"),
    ("chuushajou wa arimasu ka", "ja", "parking", "42"),
    ("chekku auto wa nanji made desu ka", "ja", "check-out-time", "11:00"),
])
def test_a_question_in_pinyin_or_romaji_is_answered_in_the_guests_language(concierge, message, language, entry,
                                                                              fact):
    turn = Guest(concierge).says(message)
    assert turn.trace.language == language and entry in turn.trace.kb and fact in text_of(turn)


@pytest.mark.parametrize(("message", "language", "fact"), [
    ("wifi mima shi shenme", "zh", "azulejo-2718"),
    ("wifi no pasuwaado wa nan desu ka", "ja", "azulejo-2718"),
    ("zaocan duoshao qian", "zh", "14"),
    ("choushoku wa ikura desu ka", "ja", "14"),
])
def test_another_hotel_answers_pinyin_and_romaji_from_its_own_data(concierge, message, language, fact):
    turn = Guest(concierge, hotel=LISBON).says(message)
    assert turn.trace.language == language and fact in text_of(turn)


@pytest.mark.parametrize(("text", "english"), [
    ("pool kitne baje tak khula hai", "pool what time until open is"),
    ("chhal l7ammam 3afak", "how much hammam please"),
])
def test_hindi_and_arabic_in_latin_letters_are_read_in_english(text, english):
    assert read_in_english(text) and in_english(text) == english


@pytest.mark.parametrize("text", ["I like a bit of fish", "Kam is my name", "hai there!", "fin de semana libre?"])
def test_one_hindi_or_arabic_looking_word_is_not_enough(text):
    assert not read_in_english(text)


@pytest.mark.parametrize(("message", "hotel", "entry", "fact"), [
    ("breakfast kitne ka hai?", HOTEL, "breakfast", "22"),
    ("checkout kitne baje karna padega", LISBON, "check-out-time", "12:00"),
    ("wach kayn parking 3andkom?", HOTEL, "parking", "42"),
    ("lftour chhal 3afak", LISBON, "breakfast", "14"),
])
def test_hinglish_and_arabizi_are_answered_in_english(concierge, message, hotel, entry, fact):
    turn = Guest(concierge, hotel=hotel).says(message)
    assert turn.trace.language == "en" and entry in turn.trace.kb and fact in text_of(turn)


@pytest.mark.parametrize("message", ["Can my mama join us for breakfast?", "Any good sake bars nearby?",
                                     "Where can we get dim sum?"])
def test_english_with_such_words_stays_english(concierge, message):
    turn = Guest(concierge).says(message)
    assert turn.trace.language == "en" and skills_of(turn)
