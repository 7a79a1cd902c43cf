""""How long will it take?" after an order or a request: where it is, never the minutes of whatever FAQ entry
says minutes (the airport). A how-long question that names its own topic, or asked with nothing under way, is
still the FAQ's.

Fresh wording in several languages; none of these messages is an item of a development or held-out set.
"""

from __future__ import annotations

import pytest

from agent.brains import followup
from tests import test_brain
from tests.test_brain import KENJI, Guest, skills_of, text_of

concierge, afternoon = test_brain.concierge, test_brain.afternoon


@pytest.mark.parametrize("question", [
    "How long till it gets here?", "any idea when it'll be here?", "¿Cuánto tiempo tarda más o menos?",
    "Dans combien de temps ça arrive ?", "Wann kommt es ungefähr?", "Как долго ещё ждать?", "大概还要多久？",
    "いつ届きますか？", "언제쯤 와요?", "متى سيصل؟", "ETA?",
])
def test_a_bare_how_long_question_names_nothing_else(question):
    assert followup.asks_only_how_long(question)


@pytest.mark.parametrize("question", [
    "How long is the drive to the airport?", "when does the pool close?", "¿Cuánto cuesta?", "сколько это стоит?",
    "얼마예요?", "Combien ça coûte ?", "how much is it altogether?", "Wie lange hat die Sauna offen?",
])
def test_a_how_long_question_with_its_own_topic_or_a_price_is_not_bare(question):
    assert not followup.asks_only_how_long(question)


@pytest.mark.parametrize(("order", "question", "said"), [
    ("A margherita pizza and a sparkling water to room 305, please", "How long till it gets here?", "kitchen"),
    ("Una hamburguesa y una ensalada César a la habitación 305, por favor", "¿Y cuánto tiempo tarda más o menos?",
     "cocina"),
    ("Deux pizzas margherita pour la chambre 305, s'il vous plaît", "Dans combien de temps ça arrive ?", "cuisine"),
    ("Bitte einen Harbor Burger auf Zimmer 305", "Wann kommt es ungefähr?", "Küche"),
    ("Принесите, пожалуйста, бургер в номер 305", "Как долго ещё ждать?", "кухне"),
    ("请送一份凯撒沙拉到305房间", "大概还要多久？", "厨房"),
])
def test_how_long_after_an_order_is_where_the_order_is(concierge, order, question, said):
    guest = Guest(concierge, KENJI)
    assert "room_service" in skills_of(guest.says(order))
    turn = guest.says(question)
    assert skills_of(turn) == ["room_service"] and turn.trace.kb == []
    assert said in text_of(turn) and "305" in text_of(turn) and "20" not in text_of(turn)


@pytest.mark.parametrize(("request_", "question", "said"), [
    ("Could you send up a couple more pillows to 305?", "any idea when they'll be here?", "housekeeping"),
    ("Necesitamos dos toallas más en la habitación 305", "¿Cuándo llegan?", "limpieza"),
    ("部屋305にタオルを2枚追加でお願いします", "いつ届きますか？", "客室係"),
    ("305호에 수건 두 장 더 부탁드려요", "언제쯤 와요?", "하우스키핑"),
    ("أرسلوا لي وسادتين إضافيتين إلى الغرفة 305 من فضلك", "متى سيصل؟", "التدبير"),
])
def test_how_long_after_a_housekeeping_request_is_where_the_request_is(concierge, request_, question, said):
    guest = Guest(concierge, KENJI)
    assert "housekeeping" in skills_of(guest.says(request_))
    turn = guest.says(question)
    assert skills_of(turn) == ["housekeeping"] and turn.trace.kb == []
    assert said in text_of(turn) and "305" in text_of(turn)


@pytest.mark.parametrize(("message", "skill", "said"), [
    ("Could I get a chocolate lava cake sent to 305? How long will that take?", "room_service", "kitchen"),
    ("Dos almohadas más a la habitación 305, por favor. ¿Cuánto tardan?", "housekeeping", "limpieza"),
])
def test_how_long_asked_beside_the_request_is_answered_after_it(concierge, message, skill, said):
    turn = Guest(concierge, KENJI).says(message)
    assert skills_of(turn) == [skill, skill] and turn.trace.kb == []
    assert said in text_of(turn)


def test_a_how_long_question_naming_its_own_topic_after_an_order_is_the_faqs(concierge):
    guest = Guest(concierge, KENJI)
    guest.says("Two Harbor burgers to room 305 please")
    turn = guest.says("How long does it take to get to the airport from here?")
    assert "airport-distance" in turn.trace.kb and "room_service" not in skills_of(turn)


def test_how_long_with_nothing_under_way_is_the_faqs(concierge):
    turn = Guest(concierge, KENJI).says("How long is the drive to the airport?")
    assert "airport-distance" in turn.trace.kb and "room_service" not in skills_of(turn)


def test_how_long_after_an_order_for_later_is_its_time(concierge):
    guest = Guest(concierge, KENJI)
    guest.says("Eine Pizza Margherita auf Zimmer 305 um 19:30, bitte")
    turn = guest.says("Wann kommt sie?")
    assert skills_of(turn) == ["room_service"] and "19:30" in text_of(turn)


@pytest.mark.parametrize("request_", [
    "Can you check?", "Could you have a look for me?", "¿Pueden mirar?", "Pouvez-vous vérifier ?",
    "Können Sie bitte mal nachsehen?", "Можете проверить?", "能帮我查一下吗？", "確認してもらえますか？",
    "확인해 주실 수 있나요?", "هل يمكنكم التحقق؟", "Podem verificar?",
])
def test_a_bare_request_to_look_names_nothing(request_):
    assert followup.asks_only_to_look(request_)


@pytest.mark.parametrize("question", [
    "Can you check the pool hours?", "Can I check in early?", "Can we see the room?", "Let me check",
    "Could you look for a taxi?", "¿Pueden revisar la factura?", "See you!",
])
def test_a_request_naming_its_own_thing_or_the_guests_own_look_is_not_bare(question):
    assert not followup.asks_only_to_look(question)


def test_the_story_before_a_bare_request_is_what_it_asks_about_without_its_time():
    told = followup.told_before_bare_request("I left my scarf in room 12 when we checked out. Can you check?")
    assert followup.without_when_told(told) == "I left my scarf in room 12."
