"""How the offline brain reads a message before routing it: how it splits, which script and shorthand it
undoes, and what it keeps beside an injection (issue 12). Fresh wording, several languages: none of these
messages is an item of a development or held-out set."""

from __future__ import annotations

from collections import Counter

import pytest

from agent.brains import followup, framing, splitter
from agent.brains.faq import capitalised, faq_query
from core.language import LanguageDetector
from core.translit import russian_in_latin, to_cyrillic
from tests import test_brain
from tests.test_brain import Guest, text_of

concierge, afternoon = test_brain.concierge, test_brain.afternoon  # the reference hotel, a Saturday afternoon


def test_an_arabic_question_mark_ends_a_question():
    assert splitter.clauses("هل يوجد مسبح؟ وكم سعر الموقف؟") == ["هل يوجد مسبح؟", "كم سعر الموقف؟"]  # "and" comes off
    assert framing.QUESTION.search("كم سعر الموقف؟")


@pytest.mark.parametrize("text", [
    "dobryy den, gde mozhno kupit bilety na tramvay?",
    "podskazhite pozhaluysta, kogda otkryvaetsya basseyn",
    "u vas est utyug v nomere?",
    "spasibo!",
])
def test_russian_typed_in_latin_letters_is_recognised(text):
    assert russian_in_latin(text)
    assert LanguageDetector().detect(text, previous="en") == "ru"


@pytest.mark.parametrize("text", [
    "Est-ce que le parking est gratuit ?", "hola, donde esta la playa?", "is brkfst incl or xtra",
    "Wie viel kostet das Zimmer?", "est", "Can we have a late check-out?",
])
def test_other_latin_script_languages_are_not_taken_for_russian(text):
    assert not russian_in_latin(text)


@pytest.mark.parametrize("text", [
    "nuzhno zakazat taksi v aeroport",       # one common word, and a lone "v" before a word
    "mojno pozavtrakat s rebenkom?",         # a lone "s"
    "podskazhite nomer dlya invalidov",      # "dlya"... and "podskazhite": the one common word, "-ov" is no cue
    "khochu otdelnuyu krovat",               # kh in the common word does not count twice: "-uyu" neither
])
def test_one_common_russian_word_and_a_spelling_only_russian_has(text):
    """A single common word ("nuzhno") is Russian with a second word only Russian spells so ("v", "s", zh, kh,
    "-oy", "-aya"); the first two are, the last two stay undecided without the conversation."""
    assert russian_in_latin(text) is (text.startswith(("nuzhno", "mojno")))
    assert russian_in_latin(text, russian_already=True)


@pytest.mark.parametrize("text", [
    "We'd love a table, spasibo for the help", "budet the spa open in the evening?",
    "the khan el khalili trip was ochen good", "I enjoy the view from the roof, spasibo",
])
def test_one_russian_word_in_an_english_sentence_keeps_it_english(text):
    assert not russian_in_latin(text) and not russian_in_latin(text, russian_already=True)
    assert LanguageDetector().detect(text, previous="ru") != "ru" or not russian_in_latin(text, True)


def test_a_russian_conversation_reads_a_short_latin_follow_up_as_russian():
    assert LanguageDetector().detect("a kogda obed?", previous="ru") == "ru"
    assert LanguageDetector().detect("a kogda obed?", previous="en") != "ru"


@pytest.mark.parametrize("text", [
    "Odada klima çalışmıyor", "Havlu getirebilir misiniz?", "Kahvaltı dahil mi?", "şifre lütfen",
])
def test_turkish_is_answered_in_the_conversations_or_the_hotels_language(text):
    """Turkish is no guest language: its letters ı ğ ş in a third of the words keep the conversation's language
    (else the hotel's), rather than the models' guess at Spanish, French or German."""
    assert LanguageDetector().detect(text, previous=None, default="en") == "en"
    assert LanguageDetector().detect(text, previous="de", default="en") == "de"


@pytest.mark.parametrize(("text", "language"), [
    ("Wie weit ist es zum Taksim-Platz und nach Beşiktaş?", "de"), ("¿Está lejos Kadıköy del hotel?", "es"),
    ("Is the ferry to Üsküdar and Beşiktaş included?", "en"),
])
def test_a_turkish_place_name_in_a_sentence_leaves_the_sentence_its_language(text, language):
    assert LanguageDetector().detect(text, default="en") == language


@pytest.mark.parametrize("message", [
    "Our flight gets into Portside Regional at 6 pm, can someone fetch us from there?",
    "Llegamos al aeropuerto a las 18:00, ¿nos pueden recoger allí?",
])
def test_a_question_pointing_back_at_the_sentence_before_is_read_with_it(concierge, message):
    """"..., can someone fetch us from there?" asks about the airport just named, not about fetching in general."""
    turn = Guest(concierge).says(message)
    assert "airport-shuttle" in turn.trace.kb and "18" in text_of(turn)


def test_russian_in_latin_letters_is_written_back_in_cyrillic():
    assert to_cyrillic("zdravstvuyte, skolko stoit zavtrak?") == "здравствуйте, сколко стоит завтрак?"
    assert to_cyrillic("gde basseyn, kakoi nomer") == "где бассейн, какой номер"
    assert to_cyrillic("parol ot wifi", keep=frozenset({"wifi"})) == "парол от wifi"


@pytest.mark.parametrize(("message", "entry", "fact"), [
    ("dobryy vecher, skolko stoit zavtrak?", "breakfast", "22"),
    ("privet, kakoy parol ot wifi?", "wifi", "tidepool-4821"),
])
def test_a_question_in_transliterated_russian_is_answered_in_russian(concierge, message, entry, fact):
    turn = Guest(concierge).says(message)
    assert entry in turn.trace.kb and fact in text_of(turn)
    assert turn.trace.language == "ru"


def test_a_question_is_searched_opening_with_a_capital():
    """A question split off mid-sentence or typed in lower case is searched as the FAQ asks its questions."""
    assert capitalised("где у вас вход?") == "Где у вас вход?"
    assert capitalised("¿a qué hora cierra?") == "¿A qué hora cierra?"
    assert capitalised("été ?") == "Été ?" and capitalised("早餐几点？") == "早餐几点？"


def test_ok_after_a_thing_asks_whether_it_is_allowed():
    words = Counter({"dog": 3, "allowed": 2})
    assert faq_query("🐕 ok?", "en", words) == "dog allowed?"
    assert faq_query("vaping okay?", "en", words) == "vaping allowed?"
    assert faq_query("ok?", "en", words) == "okay?"  # a bare "ok?" stays an acknowledgement


def test_an_adverb_is_not_corrected_to_a_word_without_its_ending():
    """"partly" is a word of its own, not a typo of the hotel's "party"; a misspelt "-ly" word is still fixed."""
    words = Counter({"party": 2, "daily": 3, "mostly": 1})
    assert faq_query("can we pay partly by card", "en", words) == "can we pay partly by card"
    assert faq_query("is it cleaned dailly", "en", words) == "is it cleaned daily"


@pytest.mark.parametrize(("message", "entry"), [("🐕 ok?", "pet-policy"), ("cats ok?", "pet-policy"),
                                                ("cigars ok?", "smoking-policy")])
def test_a_thing_and_ok_is_answered_from_the_faq(concierge, message, entry):
    turn = Guest(concierge).says(message)
    assert entry in turn.trace.kb


@pytest.mark.parametrize(("text", "bare"), [
    ("And what would that set me back?", False), ("what would that cost?", True), ("¿Y cuánto cuesta?", True),
    ("C'est combien ?", True), ("Was kostet das?", True), ("А сколько это стоит?", True), ("多少钱？", True),
    ("いくらですか？", True), ("얼마예요?", True), ("How much is the garage?", False),
    ("¿Cuánto cuesta el desayuno?", False), ("早餐多少钱？", False), ("How much do we owe?", False),
    ("그럼 요금은 어떻게 돼요?", True), ("가격이 어떻게 되나요?", True), ("値段は？", True),  # particles name nothing
    ("料金はいくらですか？", True), ("이불 가격이 어떻게 되나요?", False), ("사우나 요금은?", False),
    ("요금은요?", True), ("그럼 가격은요?", True), ("조식 가격은요?", False),  # "…은요?": "and the …?"
    # for how many it is asked names no thing ("for 3 people", "pour deux nuits", "на двоих", "2人で")
    ("And how much for 3 people?", True), ("Et combien pour deux nuits ?", True), ("¿Cuánto sería para 5 personas?",
                                                                                   True),
    ("Was kostet das für 2 Erwachsene?", True), ("А сколько на двоих?", True), ("2人でいくらですか？", True),
    ("كم السعر لـ 3 أشخاص؟", True), ("How much is the massage for two?", False),
])
def test_a_price_asked_about_nothing_of_its_own_is_recognised(text, bare):
    assert followup.asks_only_price(text) is bare


@pytest.mark.parametrize(("message", "entry", "fact"), [
    ("Is there valet? What would that cost?", "parking", "42"),
    ("¿Alquilan bicicletas? ¿Y cuánto cuesta?", "bike-rental", "15"),
    ("可以租自行车吗？多少钱？", "bike-rental", "15"),
])
def test_a_bare_price_question_is_about_the_question_before_it(concierge, message, entry, fact):
    turn = Guest(concierge).says(message)
    assert entry in turn.trace.kb and fact in text_of(turn)
    assert "billing_inquiry" not in [call.name for call in turn.trace.skills]


@pytest.mark.parametrize(("place", "follow_up"), [
    ("Is there an aquarium nearby?", "How long is the drive there?"),
    ("附近有水族馆吗？", "打车过去要多久？"),
    ("Gibt es hier in der Nähe ein Aquarium?", "Wie lange fährt man mit dem Auto dorthin?"),
])
def test_a_follow_up_pointing_back_is_about_the_topic_not_what_such_words_usually_ask(concierge, place, follow_up):
    """"How long is the drive there?" alone reads as the airport question; "there" is the aquarium just answered."""
    guest = Guest(concierge)
    guest.says(place)
    turn = guest.says(follow_up)
    assert turn.trace.kb[:1] == ["aquarium"] and "12" in text_of(turn)


@pytest.mark.parametrize(("topic", "price"), [
    ("Can we borrow bicycles here?", "How much per person, roughly?"),
    ("¿Tienen bicicletas para los huéspedes?", "¿Cuánto es por día?"),
    ("Vous louez des vélos ?", "Et combien par jour ?"),
    ("Kann man bei Ihnen Fahrräder leihen?", "Und was kostet das pro Tag?"),
    ("可以租自行车吗？", "一个人多少钱？"),
])
def test_a_bare_price_question_next_turn_asks_the_price_of_the_topic_just_answered(concierge, topic, price):
    """"And per person?" names nothing of its own: alone it would find whichever price reads "per person"."""
    guest = Guest(concierge)
    guest.says(topic)
    turn = guest.says(price)
    assert turn.trace.kb[:1] == ["bike-rental"] and "15" in text_of(turn)


def test_a_follow_up_with_a_topic_of_its_own_keeps_it(concierge):
    guest = Guest(concierge)
    guest.says("Is there an aquarium nearby?")
    turn = guest.says("Is parking included with it?")
    assert turn.trace.kb[:1] == ["parking"] and "42" in text_of(turn)


@pytest.mark.parametrize("message", [
    "Есть ли у вас шаттл в аэропорт? А на машине туда долго?",
    "Do you have a shuttle to the airport? How long does the ride there take?",
])
def test_a_second_question_on_the_same_topic_gets_its_own_entry(concierge, message):
    """Read with the shuttle question, "how long by car?" finds the shuttle again: the entry its own words rank
    first (the drive) answers it."""
    turn = Guest(concierge).says(message)
    assert {"airport-shuttle", "airport-distance"} <= set(turn.trace.kb) and "20" in text_of(turn)


def test_a_vague_second_question_does_not_bring_an_entry_of_its_own(concierge):
    """"...or anything we should know?" leans only on the first question's words: no unrelated second answer."""
    turn = Guest(concierge).says("Kann man den Pool abends nutzen, oder müssen wir vorher etwas tun?")
    assert set(turn.trace.kb) <= {"pool", "pool-rules"} and "22" in text_of(turn)


@pytest.mark.parametrize(("topic", "follow_up"), [
    ("Gibt es am Pool einen Bademeister?", "Und dürfen die Kinder allein dorthin? Sie sind 10 und 12."),
    ("¿Hay socorrista en la piscina?", "¿Y mis hijos pueden ir allí solos? Tienen 9 y 12 años."),
    ("Y a-t-il un maître-nageur à la piscine ?", "Mes fils peuvent-ils y nager sans nous ? Ils ont 10 et 12 ans."),
])
def test_a_follow_up_pointing_back_beside_a_story_is_about_the_topic(concierge, topic, follow_up):
    """"there", "allí", "y" point at the pool: the question alone, not the ages told after it, is read with it,
    and the pool's rules answer (children under 14 with an adult), not the hotel's policy for children."""
    guest = Guest(concierge)
    guest.says(topic)
    turn = guest.says(follow_up)
    assert turn.trace.kb[:1] == ["pool-rules"] and "14" in text_of(turn)


@pytest.mark.parametrize(("message", "entry"), [
    ("¿Organizan paseos en barco para ver ballenas?", "tours-desk"), ("你们能帮忙订观鲸游船吗？", "tours-desk"),
    ("Kann man bei euch eine Bootsfahrt buchen?", "tours-desk"),
])
def test_boat_trips_and_whales_are_the_tours_desk(concierge, message, entry):
    assert turn_kb(concierge, message)[:1] == [entry]


def turn_kb(concierge, message: str) -> list[str]:
    return Guest(concierge).says(message).trace.kb


@pytest.mark.parametrize("message", ["넷이서 묵을 건데 가장 싼 방이 뭐예요?",
                                     "三人で泊まれる一番安い部屋はどれですか？"])
def test_the_cheapest_room_is_the_room_types_and_their_rates(concierge, message):
    assert turn_kb(concierge, message)[:1] == ["room-types"]
