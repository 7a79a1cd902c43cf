"""Follow-ups after the pool at the reference hotel: when it closes and whether it is heated, asked with a pronoun,
a verb or a word of the pool's own answer, are about the pool; a follow-up naming a thing of its own is not. Fresh
wording in several languages; no message here is an item of a dev set."""

from __future__ import annotations

import pytest

from agent.brains.followup import asks_only_price, asks_only_when
from tests import test_brain
from tests.test_brain import Guest, skills_of, text_of

concierge, afternoon = test_brain.concierge, test_brain.afternoon


def _kb_after(concierge, first: str, follow_up: str) -> list[str]:
    guest = Guest(concierge)
    guest.says(first)
    return guest.says(follow_up).trace.kb


@pytest.mark.parametrize(("first", "follow_up"), [
    ("Is there a swimming pool?", "What time does it shut?"),
    ("¿El hotel tiene piscina?", "¿Hasta qué hora abre?"),
    ("Il y a une piscine à l'hôtel ?", "Elle ferme à quelle heure ?"),
    ("Gibt es bei Ihnen ein Schwimmbad?", "Bis wann hat es offen?"),
    ("Gibt es bei Ihnen ein Schwimmbad?", "Wann schließt es?"),
    ("В отеле есть бассейн?", "До скольки он открыт?"),
    ("酒店有泳池吗？", "它几点关门？"),
    ("ホテルにプールはありますか？", "何時に閉まりますか？"),
    ("호텔에 수영장 있나요?", "몇 시에 닫아요?"),
    ("هل يوجد مسبح في الفندق؟", "متى يغلق؟"),
])
def test_when_it_closes_after_the_pool_is_the_pools_hours(concierge, first, follow_up):
    assert _kb_after(concierge, first, follow_up)[:1] == ["pool"]


@pytest.mark.parametrize(("first", "follow_up"), [
    ("¿El hotel tiene piscina?", "¿Está climatizada?"),
    ("Il y a une piscine à l'hôtel ?", "Elle est chauffée ?"),
    ("Gibt es bei Ihnen ein Schwimmbad?", "Ist es beheizt?"),
    ("В отеле есть бассейн?", "Он с подогревом?"),
    ("Is there a swimming pool?", "Is it heated?"),
])
def test_whether_it_is_heated_after_the_pool_is_the_pools_answer(concierge, first, follow_up):
    """"¿Está climatizada?" reads near the rooms' air conditioning, yet its one telling word is the pool's own."""
    assert _kb_after(concierge, first, follow_up)[:1] == ["pool"]


@pytest.mark.parametrize(("first", "follow_up", "entry"), [
    ("Is there a swimming pool?", "And what time does the gym close?", "gym"),
    ("¿El hotel tiene piscina?", "¿Y el aparcamiento cuesta algo?", "parking"),
    ("Il y a une piscine à l'hôtel ?", "Et la salle de sport, elle ferme à quelle heure ?", "gym"),
    ("Gibt es bei Ihnen ein Schwimmbad?", "Und bis wann gibt es Frühstück?", "breakfast"),
    ("ホテルにプールはありますか？", "ジムは何時に開きますか？", "gym"),
])
def test_a_follow_up_naming_a_new_thing_is_not_tied_to_the_pool(concierge, first, follow_up, entry):
    assert _kb_after(concierge, first, follow_up)[:1] == [entry]


@pytest.mark.parametrize(("question", "only_when"), [
    ("Elle ferme à quelle heure ?", True), ("Wann schließt er?", True), ("Во сколько она закрывается?", True),
    ("它几点关门？", True), ("何時に開きますか？", True), ("몇 시에 닫아요?", True), ("متى تفتح؟", True),
    ("Wann schließt das Restaurant?", False), ("what time does the gym close?", False), ("متى يغلق المطعم؟", False),
])
def test_asking_only_when_it_opens_or_closes_names_nothing(question, only_when):
    assert asks_only_when(question) is only_when


@pytest.mark.parametrize(("question", "only_when"), [
    ("몇 시까지 하나요?", True), ("몇 시까지 열어요?", True), ("何時までやっていますか？", True), ("开到几点？", True),
    ("¿Hasta qué hora está abierta?", True), ("Até que horas fica aberta?", True), ("E a que horas abre?", True),
    ("수영장은 몇 시까지 하나요?", False), ("¿Hasta qué hora está abierto el bar?", False),
    ("Até que horas fica aberto o restaurante?", False),
])
def test_asking_only_until_when_it_runs_names_nothing(question, only_when):
    """The plain verbs a guest asks hours with ("하나요", "やっていますか", "está abierta", "fica aberta") say no topic:
    the question is about the place the guest just asked for."""
    assert asks_only_when(question) is only_when


@pytest.mark.parametrize("message", ["근처에 약국 있어요? 몇 시까지 하나요?",
                                     "Tem farmácia perto? Até que horas fica aberta?",
                                     "¿Hay una farmacia cerca? ¿Hasta qué hora está abierta?"])
def test_a_place_and_until_when_it_runs_is_one_question(concierge, message):
    turn = Guest(concierge).says(message)
    assert turn.trace.kb == ["pharmacy-nearby"] and "21:00" in text_of(turn) and "not sure" not in text_of(turn)



@pytest.mark.parametrize("message", [
    "O estacionamento é grátis? Senão, quanto sai?",
    "停车免费吗？不然要多少钱？",
    "駐車場は無料ですか？無料でなければ、いくらですか？",
    "هل الموقف مجاني؟ وإلا فكم يكلف؟",
    "Le parking, c'est gratuit ? Sinon, ça fait combien ?",
    "Парковка бесплатная? Если нет, сколько она стоит?",
])
def test_what_it_costs_if_it_is_not_free_asks_on_about_the_same_thing(concierge, message):
    """"If not, how much?" names nothing of its own: the parking's answer says its price, and no suite's rate or
    children's rule is found for the bare price words."""
    turn = Guest(concierge).says(message)
    assert turn.trace.kb[:1] == ["parking"] and set(turn.trace.kb) <= {"parking", "self-parking"}


@pytest.mark.parametrize(("question", "only_price"), [
    ("Otherwise, what would it cost?", True),
    ("Si no, ¿cuánto costaría?", True),
    ("Wenn nicht, was kostet das?", True),
    ("否则多少钱？", True),
    ("아니면 얼마예요?", True),
    ("Sinon, combien coûte la navette ?", False),
    ("不然停车多少钱？", False),
])
def test_a_price_asked_in_case_of_no_names_nothing_but_what_it_names(question, only_price):
    assert asks_only_price(question) is only_price


@pytest.mark.parametrize(("message", "place"), [
    ("My parents love oysters and it's their 40th anniversary on Saturday. Any suggestions?", "Pier 9 Seafood Grill"),
    ("Queremos cenar mariscos con vista al puerto. ¿Alguna idea?", "Pier 9 Seafood Grill"),
    ("On cherche un dîner végétarien ce soir. Des idées ?", "Bayview Ramen"),
    ("Wir suchen etwas Vegetarisches zum Abendessen. Ideen?", "Bayview Ramen"),
])
def test_ideas_asked_after_a_wish_are_about_that_wish(concierge, message, place):
    """"Ideas?" names nothing: the wish told before it (oysters, something vegetarian) is what it asks ideas for,
    not the FAQ's nearest entry to the wish alone."""
    turn = Guest(concierge).says(message)
    assert "local_recommendations" in skills_of(turn) and place in text_of(turn), text_of(turn)
