"""How noisy the hotel or its street is, asked before booking or before a night ("is it loud around here at
night?"), is a question for the FAQ; noise heard now is still a complaint. Fresh wording in several languages;
no message here is an item of a dev set."""

from __future__ import annotations

import pytest

from agent.brains import routing
from tests.test_brain import HOTEL, Guest, offline_concierge, skills_of


@pytest.mark.parametrize("text", [
    "Are the rooms facing the avenue loud on weekends?",
    "How loud does it get in the evenings with the bars nearby?",
    "I'm a very light sleeper, which floor would you suggest?",
    "¿Es muy ruidoso el barrio de noche?",
    "¿Se escucha ruido de la calle desde las habitaciones?",
    "Y a-t-il beaucoup de bruit le soir dans le quartier ?",
    "Ist es abends laut im Innenhof?",
    "В номерах шумно ли по ночам?",
    "部屋はうるさいですか？",
    "房间晚上吵不吵？",
    "객실이 밤에 시끄럽나요?",
])
def test_noise_asked_about_is_no_complaint(text):
    assert "complaints" not in routing.rule_intents(text)


@pytest.mark.parametrize("text", [
    "Why is the corridor so loud at 1am?",
    "Is it always this noisy on your second floor?",
    "The couple upstairs are so loud we can't sleep",
    "Hay muchísimo ruido en el pasillo y son las dos de la mañana",
    "Es ist so laut im Zimmer, bitte helfen Sie",
    "Il y a du bruit dans la chambre voisine depuis une heure",
    "The shower is broken, and will it be noisy again tonight?",
])
def test_noise_heard_now_is_still_a_complaint(text):
    assert "complaints" in routing.rule_intents(text)


@pytest.fixture(scope="module")
def concierge(tmp_path_factory):
    return offline_concierge(tmp_path_factory.mktemp("noise"), HOTEL)


@pytest.mark.parametrize("text", [
    "Does it get noisy around the hotel at night?", "¿Hay ruido por las noches en el hotel?",
])
def test_a_noise_question_gets_the_hotels_answer_and_no_ticket(concierge, text):
    turn = Guest(concierge).says(text)
    assert "complaints" not in skills_of(turn) and "quiet-hours" in turn.trace.kb
