"""The offline brain on a place's season, a day's own places and a place named in the story beside a hotel
question. Fresh wordings in several languages; no message here is an item of a dev set."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from agent.concierge import Concierge
from core.hotels import Hotel, load_hotel
from tests.test_brain import offline_concierge, skills_of, text_of
from tests.test_brain_places import says

HOTELS = Path(__file__).resolve().parent / "data" / "hotels"
ALPS = load_hotel(HOTELS / "zermatt-alpenrose")
PALERMO = load_hotel(HOTELS / "buenos-aires-palermo")
HOSTEL = load_hotel(HOTELS / "berlin-kreuzberg-hostel")


@pytest.fixture(scope="module")
def concierge(tmp_path_factory) -> Concierge:
    return offline_concierge(tmp_path_factory.mktemp("season"), ALPS, PALERMO, HOSTEL)


@pytest.fixture(autouse=True)
def saturday(monkeypatch):
    """Saturday 5 December 2026, early morning."""
    monkeypatch.setattr(Hotel, "now", lambda hotel: dt.datetime(2026, 12, 5, 8, 0, tzinfo=hotel.tz))


@pytest.mark.parametrize(("message", "closed"), [
    ("Is the Gorner Gorge open tomorrow?", "closed"),
    ("¿Está abierta la Gorner Gorge mañana?", "cerrad"),
    ("Ist die Gornerschlucht am Montag geöffnet?", "geschlossen"),
])
def test_a_place_out_of_season_is_closed_that_day(concierge, message, closed):
    """"June to October; closed in winter": in December it is closed whatever the weekday."""
    reply = text_of(says(concierge, ALPS, message))
    assert closed in reply.lower() and "2026" in reply


PIZZERIA = "pizzeria-matterhorn"
SHUT = ALPS.model_copy(update={"id": "alps-shut", "places": [
    place.model_copy(update={"hours": "11:30-23:30; closed from November to mid-December"})
    if place.id == PIZZERIA else place for place in ALPS.places]})


@pytest.fixture(scope="module")
def shut(tmp_path_factory) -> Concierge:
    return offline_concierge(tmp_path_factory.mktemp("shut"), SHUT)


@pytest.mark.parametrize(("message", "closed"), [
    ("Can we grab a pizza at Grampi's Corner tomorrow night?", "closed"),
    ("¿Está abierta la pizzería Grampi's Corner mañana?", "cerrad"),
    ("Ist Grampi's Corner morgen geöffnet?", "geschlossen"),
    ("Est-ce que Grampi's Corner est ouvert demain soir ?", "fermé"),
])
def test_a_place_shut_for_the_winter_months_is_closed_in_them(shut, message, closed):
    """"closed from November to mid-December": on 6 December the pizzeria is closed, whatever its hours."""
    assert closed in text_of(says(shut, SHUT, message)).lower()


@pytest.mark.parametrize("message", ["¿Qué hacemos el domingo?", "What should we do on Sunday?"])
def test_a_plan_for_a_day_leads_with_what_only_that_day_has(concierge, message):
    """The San Telmo fair is on Sundays only: a Sunday's plan has it."""
    turn = says(concierge, PALERMO, message)
    assert "San Telmo" in text_of(turn)


@pytest.mark.parametrize("message", [
    "Morgen wollen wir zur East Side Gallery. Habt ihr Schließfächer im Zimmer?",
    "Tomorrow we're off to the East Side Gallery. Do you have lockers?",
])
def test_a_place_named_in_the_story_beside_a_hotel_question_is_no_wish_for_places(concierge, message):
    turn = says(concierge, HOSTEL, message)
    assert "local_recommendations" not in skills_of(turn) and "lockers" in turn.trace.kb
