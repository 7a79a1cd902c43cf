"""Places' opening hours written in the hotel's own language ("cerrado los martes", "fermé le lundi", "Montag
Ruhetag", "lunes a viernes"): read like the English ones, so a guest asking whether a place opens on a day
hears that it is closed. Fresh wording; no message here is an item of a dev set."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.hotels import load_hotel
from skills.places import parse_hours, span_on
from tests.test_brain import Guest, offline_concierge, skills_of, text_of

PALERMO = load_hotel(Path(__file__).resolve().parent / "data" / "hotels" / "buenos-aires-palermo")


@pytest.mark.parametrize(("hours", "closed"), [
    ("11:00-19:00, cerrado los miércoles", {2}),
    ("09:30-18:00, fermé le dimanche", {6}),
    ("10:00-22:00, Dienstag Ruhetag", {1}),
    ("10:00-22:00, donnerstags geschlossen", {3}),
    ("08:00-16:00, fechado aos sábados", {5}),
    ("12:00-23:00, chiuso il lunedì", {0}),
    ("10:00-18:00, closed Fridays", {4}),
])
def test_a_closing_day_in_the_hotels_language_is_read(hours, closed):
    assert parse_hours(hours).closed == frozenset(closed)


@pytest.mark.parametrize(("hours", "weekday", "span"), [
    ("lunes a viernes 08:00-20:00; sábados 10:00-14:00", 5, "10:00-14:00"),
    ("du lundi au vendredi 07:30-19:00, samedi 09:00-12:00", 2, "07:30-19:00"),
    ("Mo-Fr 06:00-22:00, Sa 08:00-20:00", 4, "06:00-22:00"),
])
def test_spans_by_day_in_the_hotels_language_are_read(hours, weekday, span):
    assert span_on(parse_hours(hours), weekday) == span


def test_daily_in_other_words_and_english_do_untouched():
    assert parse_hours("10:00-17:00 todos los días").daily and parse_hours("09:00-18:00 täglich").daily
    assert parse_hours("Do not arrive after 17:00").closed == frozenset()


@pytest.fixture(scope="module")
def concierge(tmp_path_factory):
    return offline_concierge(tmp_path_factory.mktemp("palermo"), PALERMO)


@pytest.mark.parametrize(("text", "closed"), [
    ("Could we visit MALBA on a Tuesday afternoon?", "closed"),
    ("¿Se puede ir al MALBA un martes?", "cerrado"),
])
def test_a_place_closed_that_day_is_said_closed(concierge, text, closed):
    turn = Guest(concierge, hotel=PALERMO).says(text)
    assert "local_recommendations" in skills_of(turn) and closed in text_of(turn)
