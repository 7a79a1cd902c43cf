"""After a room is quoted for dates, a guest who says the party is bigger ("actually there'll be three of us",
"al final somos cuatro") gets the rooms for that many people on the same dates, not "I'm not sure". Fresh
wording in several languages; no message here is an item of a dev set."""

from __future__ import annotations

import pytest

from agent.brains import slots
from tests.test_brain import HOTEL, Guest, offline_concierge, skills_of, text_of


@pytest.fixture(scope="module")
def concierge(tmp_path_factory):
    return offline_concierge(tmp_path_factory.mktemp("party"), HOTEL)


@pytest.mark.parametrize(("ask", "change"), [
    ("Is a Standard Queen free 2027-06-14 to 2027-06-16?", "Hmm, turns out there'll be 3 of us."),
    ("¿Hay una Standard Queen del 14 al 16 de junio de 2027?", "Uy, al final somos cuatro, se suman mis viejos."),
    ("Avez-vous une Standard Queen du 14 au 16 juin 2027 ?", "Désolé, nous sommes finalement 3."),
    ("Ist ein Standard Queen vom 14. bis 16. Juni 2027 frei?", "Ach, wir sind jetzt 4 Personen."),
])
def test_a_bigger_party_gets_rooms_for_it_on_the_same_dates(concierge, ask, change):
    guest = Guest(concierge)
    guest.says(ask)
    turn = guest.says(change)
    assert "check_availability" in skills_of(turn) and "259" in text_of(turn)


@pytest.mark.parametrize(("text", "count"), [
    ("nous sommes finalement 5", 5), ("somos ahora tres", 3), ("there will be two of us", 2),
    ("we are at 4 pm at the airport", None),
])
def test_the_party_said_with_an_adverb_is_counted(text, count):
    assert slots.guest_count(text) == count
