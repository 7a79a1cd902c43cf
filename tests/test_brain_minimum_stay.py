"""A season's minimum stay (hotel.yaml `seasons.<key>.minimum_nights`): a stay shorter than it, with a night in the
season, is not quoted; the guest hears the minimum and the dates that meet it, and "yes" quotes those. Asked
without dates ("can we book just one night at New Year?") it is the hotel's rule, from the FAQ. Fresh wording in
several languages; no message here is an item of a dev set."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from core.hotels import load_hotel
from skills.inventory import minimum_stay
from tests.test_brain import Guest, offline_concierge, skills_of, text_of

PARATY = load_hotel(Path(__file__).resolve().parent / "data" / "hotels" / "paraty-pousada-do-cais")


@pytest.fixture(scope="module")
def concierge(tmp_path_factory):
    return offline_concierge(tmp_path_factory.mktemp("minstay"), PARATY)


def test_the_minimum_is_the_highest_of_the_seasons_a_short_stay_touches():
    assert minimum_stay(PARATY, dt.date(2027, 7, 23), dt.date(2027, 7, 25)) == (PARATY.seasons["flip"].name, 3)
    assert minimum_stay(PARATY, dt.date(2027, 7, 21), dt.date(2027, 7, 24)) is None   # three nights: enough
    assert minimum_stay(PARATY, dt.date(2027, 7, 10), dt.date(2027, 7, 11)) is None   # no season asks one
    assert minimum_stay(PARATY, dt.date(2027, 2, 3), dt.date(2027, 2, 6))[1] == 4     # one night in Carnaval


@pytest.mark.parametrize(("text", "said"), [
    ("Any room for 2027-07-23 to 2027-07-25? Just the two of us.", "at least 3 nights"),
    ("¿Hay un cuarto libre del 7 al 9 de febrero de 2027?", "al menos 4 noches"),
    ("Gibt es ein Zimmer vom 8. bis 10. Februar 2027?", "mindestens 4 Nächte"),
    ("Tem vaga de 24/07/2027 a 25/07/2027 para dois?", "no mínimo 3 noites"),
])
def test_a_stay_shorter_than_its_seasons_minimum_hears_the_minimum(concierge, text, said):
    turn = Guest(concierge, hotel=PARATY).says(text)
    assert skills_of(turn) == ["check_availability"] and said in text_of(turn)
    assert "BRL" not in text_of(turn)


def test_a_short_stay_nothing_is_free_for_hears_that_not_the_minimum(concierge):
    said = text_of(Guest(concierge, hotel=PARATY).says("Dá para ficar de 30/12/2026 a 01/01/2027, nós dois?"))
    assert "lotados" in said and "mínimo" not in said


def test_yes_quotes_the_stay_that_meets_the_minimum(concierge):
    guest = Guest(concierge, hotel=PARATY)
    guest.says("Is anything free 2027-07-22 to 2027-07-23?")
    turn = guest.says("sure, go ahead")
    assert "check_availability" in skills_of(turn) and "3 nights" in text_of(turn) and "BRL" in text_of(turn)


@pytest.mark.parametrize("text", [
    "Could we reserve only one night over Carnival?",
    "¿Es posible reservar solo una noche para la FLIP?",
    "On peut réserver juste deux nuits pendant le Réveillon ?",
])
def test_asked_without_dates_it_is_the_hotels_rule(concierge, text):
    turn = Guest(concierge, hotel=PARATY).says(text)
    assert skills_of(turn) == ["search_kb"] and "minimum-stay" in turn.trace.kb


def test_a_season_for_the_rest_of_the_year_holds_its_own_minimum():
    """A shoulder season priced by the hotel's plain rate, with no dates of its own, still asks its 2 nights of
    a stay in May; July's 3 are the dated high season's."""
    cave = load_hotel(Path(__file__).resolve().parent / "data" / "hotels" / "santorini-caldera-cave-suites")
    assert minimum_stay(cave, dt.date(2027, 5, 15), dt.date(2027, 5, 16)) == ("Shoulder season", 2)
    assert minimum_stay(cave, dt.date(2027, 7, 10), dt.date(2027, 7, 12)) == ("High season", 3)
    assert minimum_stay(cave, dt.date(2027, 5, 15), dt.date(2027, 5, 17)) is None
