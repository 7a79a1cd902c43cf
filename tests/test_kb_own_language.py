"""A hotel that writes its FAQ answers in its own language first (`answer` in German or Spanish, English as
one translation, some entries with no English at all): guests still get the hotel's words in their language, and
nobody gets a German answer passed off as English."""

from __future__ import annotations

import pytest

from agent.concierge import Concierge, TurnResult
from core.hotels import KBEntry
from core.written import note_language, written_in
from tests import test_brain
from tests.test_brain import HOTEL, Guest, offline_concierge, text_of

afternoon = test_brain.afternoon  # the same Saturday afternoon as every brain test


@pytest.mark.parametrize(("text", "language"), [
    ("Unser Frühstück wird von 7 bis 10 Uhr im Wintergarten serviert und ist im Zimmerpreis nicht enthalten.", "de"),
    ("Le stationnement se trouve derrière la gare ; il est gratuit pour les clients qui restent deux nuits.", "fr"),
    ("La piscina está en la azotea y abre de 8:00 a 20:00; las toallas se piden en la recepción.", "es"),
    ("La colazione è servita nella sala al piano terra ed è inclusa per tutti gli ospiti.", "it"),
    ("The Chambre du Jardin has a terrace on the courtyard of the Maison des Fleurs; it sleeps two.", "en"),
    ("Check-in is from 14:00 at the Gasthof zum Löwen reception desk.", "en"),
    ("朝食は7時から10時まで、1階のレストランでご用意しております。", "ja"),
    ("早餐在一楼餐厅供应，时间为7点至10点。", "zh"),
    ("조식은 1층 레스토랑에서 7시부터 10시까지 제공됩니다.", "ko"),
    ("Завтрак подаётся с 7 до 10 часов в ресторане на первом этаже.", "ru"),
    ("يقدم الإفطار من الساعة 7 حتى 10 في مطعم الطابق الأرضي.", "ar"),
    ("24h / 7 — 15:00", "en"),
])
def test_the_language_a_hotel_wrote_an_answer_in(text, language):
    assert written_in(text) == language


@pytest.mark.parametrize(("note", "first", "language"), [
    ("Rooms, lobby, restaurants, pools and the beach.", "es", "en"),   # a Spanish-first hotel's English note
    ("Free for guests; ask at the desk.", "fr", "en"),
    ("Habitaciones, lobby y la playa.", "es", "es"),
    ("Zimmer, Lobby und Strand", "de", "de"),                          # no English word: the hotel's own language
    ("24h", "ja", "ja"),
    ("Le lobby et les chambres.", "en", "fr"),
])
def test_the_language_of_a_hotels_short_note(note, first, language):
    """Notes in hotel.yaml are too short for `written_in` to decide; English function words alone make one English,
    so a Spanish-first hotel's English note is said to English guests, and not pasted into a Spanish reply."""
    assert note_language(note, first) == language


def test_an_answer_written_first_in_german_with_english_beside_it_reads_english_first():
    entry = KBEntry(id="sauna", questions=["Gibt es eine Sauna?"],
                    answer="Die Sauna im Keller ist von 16 bis 21 Uhr geöffnet und für unsere Gäste kostenlos.",
                    translations={"en": "The sauna in the basement is open 16:00-21:00 and free for our guests.",
                                  "fr": "Le sauna au sous-sol est ouvert de 16h à 21h, gratuit pour nos clients."})
    assert entry.language == "en" and entry.answer.startswith("The sauna")
    assert entry.answer_in("de").startswith("Die Sauna") and entry.answer_in("fr").startswith("Le sauna")
    assert "en" not in entry.translations


def test_an_answer_the_hotel_wrote_only_in_spanish_is_not_english():
    entry = KBEntry(id="garaje", questions=["¿Hay garaje?"],
                    answer="No tenemos garaje propio; el aparcamiento público de la plaza cuesta 20 € por día.")
    assert entry.language == "es" and entry.answer_in("es") == entry.answer
    assert entry.answer_in("en") is None and entry.answer_in("de") is None


def test_an_english_first_entry_is_left_as_it_was():
    entry = next(e for e in HOTEL.kb if e.id == "pet-policy")
    assert entry.language == "en" and entry.answer_in("en") == entry.answer and "en" not in entry.translations


# The reference hotel with three entries rewritten as a German-first hotel would write them.
_REWRITTEN = {
    "pet-policy": {"answer": "Hunde und Katzen sind willkommen: höchstens 2 Tiere pro Zimmer, 35 $ pro Tier und "
                             "Nacht, nur in unseren Pet-Friendly-Queen-Zimmern.",
                   "translations": {"en": "Dogs and cats are welcome: up to 2 pets per room at $35 per pet per "
                                          "night, only in our Pet-Friendly Queen rooms."}},
    "smoking-policy": {"answer": "Das ganze Haus ist rauchfrei, auch Balkone und Dachterrasse; für Rauchen im Zimmer "
                                 "berechnen wir eine Reinigungsgebühr von 250 $.",
                       "translations": {}},
}
GERMAN_FIRST = HOTEL.model_copy(update={"id": "harbor-german-first", "kb": [
    KBEntry.model_validate({**e.model_dump(exclude={"language"}), **_REWRITTEN.get(e.id, {})}) for e in HOTEL.kb]})


@pytest.fixture(scope="module")
def concierge(tmp_path_factory) -> Concierge:
    return offline_concierge(tmp_path_factory.mktemp("german-first"), GERMAN_FIRST)


def says(concierge: Concierge, text: str) -> TurnResult:
    return Guest(concierge, hotel=GERMAN_FIRST).says(text)


@pytest.mark.parametrize(("message", "language", "said"), [
    ("Hi, can our two cats come along?", "en", "Dogs and cats are welcome"),
    ("Dürfen wir unseren kleinen Hund mitbringen, und was kostet das?", "de", "Hunde und Katzen sind willkommen"),
])
def test_a_guest_gets_the_answer_in_their_language_whichever_the_hotel_wrote_first(concierge, message, language,
                                                                                   said):
    turn = says(concierge, message)
    assert turn.trace.language == language and "pet-policy" in turn.trace.kb and said in text_of(turn)


@pytest.mark.parametrize("message", ["Can I smoke a cigarette out on the balcony?",
                                     "¿Se puede fumar en el balcón de la habitación?"])
def test_an_answer_the_hotel_wrote_only_in_its_own_language_is_given_as_such(concierge, message):
    """Not passed off as English, nor called English when told to a Spanish guest."""
    text = text_of(says(concierge, message))
    assert "rauchfrei" in text and "250" in text
    assert "English" not in text and "inglés" not in text
