"""Places read right: a season in their hours, a town's name that names no place, Arabic words heard across more
words than a name has, a name in a place's aside, a plan that leads with what only that day offers, and a place
named in the story beside a hotel question. Fresh wordings in several languages; no message here is an item of a
dev set."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from core.hotels import load_hotel
from skills.places import mentioned_in, parse_hours

HOTELS = Path(__file__).resolve().parent / "data" / "hotels"
KONAK = load_hotel(HOTELS / "istanbul-galata-konak")
RIVER = load_hotel(HOTELS / "bangkok-chao-phraya")
ALPS = load_hotel(HOTELS / "zermatt-alpenrose")


@pytest.mark.parametrize(("hours", "open_on", "closed_on"), [
    ("Navigation season only (April to November): raised 01:10-02:50", dt.date(2027, 5, 3), dt.date(2026, 12, 6)),
    ("May-September 08:00-22:00", dt.date(2027, 9, 30), dt.date(2027, 10, 1)),
    ("10:00-22:00, May 1-October 31", dt.date(2027, 5, 1), dt.date(2027, 4, 30)),
    ("Ski season mid-December to April, 08:30-16:00", dt.date(2027, 1, 10), dt.date(2026, 12, 3)),
    ("de octubre a mayo 10:00-18:00", dt.date(2027, 2, 1), dt.date(2027, 7, 1)),
    ("March and April only, 11:00-20:00", dt.date(2027, 4, 2), dt.date(2027, 5, 2)),
])
def test_a_place_open_in_a_season_is_closed_out_of_it(hours, open_on, closed_on):
    parsed = parse_hours(hours)
    assert parsed.open_on_date(open_on) is not False
    assert parsed.open_on_date(closed_on) is False


@pytest.mark.parametrize(("hours", "open_on", "closed_on"), [
    ("09:00-18:00, closed November to March", dt.date(2027, 4, 1), dt.date(2027, 3, 31)),
    ("Daily 10:00-16:00; closed from mid-October to April", dt.date(2027, 10, 10), dt.date(2027, 1, 15)),
    ("Open all day (the path is closed May 1 - June 20 while the birds nest)", dt.date(2027, 6, 21),
     dt.date(2027, 5, 1)),
    ("11:00-19:00, cerrado de diciembre a febrero", dt.date(2027, 3, 1), dt.date(2027, 2, 28)),
    ("10h-18h : fermé du 15 novembre au 20 mars", dt.date(2027, 3, 21), dt.date(2026, 11, 15)),
    ("Di-So 10:00-17:00, geschlossen von November bis März", dt.date(2027, 10, 31), dt.date(2026, 11, 1)),
    ("09:00-17:00, Januar bis Februar geschlossen", dt.date(2027, 3, 2), dt.date(2027, 1, 3)),
    ("10:00-18:00, chiuso da novembre a marzo", dt.date(2027, 5, 5), dt.date(2027, 12, 24)),
    ("09:00-17:00, fechado de dezembro a fevereiro", dt.date(2027, 11, 30), dt.date(2027, 12, 1)),
    ("08:30-17:30, closed between October and April", dt.date(2027, 5, 1), dt.date(2027, 4, 30)),
    ("12:00-20:00; cerrado entre diciembre y febrero", dt.date(2027, 3, 3), dt.date(2027, 1, 20)),
    ("10h-19h, fermé entre octobre et mars", dt.date(2027, 4, 2), dt.date(2026, 12, 25)),
    ("Zwischen Dezember und März geschlossen, sonst 09:00-16:00", dt.date(2027, 4, 1), dt.date(2027, 2, 14)),
    ("Open between May and September, 10:00-18:00", dt.date(2027, 9, 30), dt.date(2027, 10, 1)),
])
def test_a_place_shut_for_some_months_is_closed_in_them(hours, open_on, closed_on):
    """"closed November to March": its season is the rest of the year, in any language the hotel writes."""
    test_a_place_open_in_a_season_is_closed_out_of_it(hours, open_on, closed_on)


@pytest.mark.parametrize("hours", [
    "09:30-19:00 daily (until 20:00 in July-August)",              # longer hours in an aside
    "09:00-18:00 (March-October), 09:00-17:00 (November-February)",
    "Always open; skating rink and cross-country trails December to March",
    "10:00-17:00; closed Mondays from September to June",
    "09:00-18:00, closed between 13:00 and 14:00",
])
def test_months_of_other_hours_are_no_season(hours):
    assert parse_hours(hours).season is None


@pytest.mark.parametrize("message", [
    "It's our first time in Istanbul, where can we eat fish?",
    "Nous arrivons à Istanbul mardi, le hammam est-il privé ?",
    "Wir sind zum ersten Mal in Istanbul. Habt ihr einen Hammam?",
])
def test_the_town_named_names_no_place_of_its_name(message):
    assert mentioned_in(message, KONAK.places, KONAK.address.city) == []


def test_a_place_of_the_town_s_name_is_still_named_in_full():
    assert [p.id for p in mentioned_in("Is the Istanbul Modern open today?", KONAK.places, "Istanbul")] == \
        ["istanbul-modern"]


@pytest.mark.parametrize("message", ["كم سعر التوصيل من مطار صبيحة إلى الفندق؟", "هل التوصيل من المطار مجاني؟"])
def test_arabic_words_heard_across_more_words_than_a_name_name_no_place(message):
    assert mentioned_in(message, KONAK.places, "Istanbul") == []


def test_a_name_in_arabic_is_still_heard():
    assert [p.id for p in mentioned_in("هل جامع السليمانية مفتوح يوم الجمعة؟", KONAK.places)] == ["suleymaniye"]


@pytest.mark.parametrize(("hotel", "message", "place_id"), [
    (RIVER, "¿Podemos cenar en Yaowarat el viernes?", "yaowarat"),
    (ALPS, "Ist die Gornerschlucht im Winter offen?", "gorner-gorge"),
])
def test_a_place_is_named_by_the_name_in_its_aside(hotel, message, place_id):
    assert [p.id for p in mentioned_in(message, hotel.places, hotel.address.city)][:1] == [place_id]
