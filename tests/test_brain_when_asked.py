"""A guest asking until when something is open hears when, in any language: the glossary reads "until when" as a
question of hours, and an answer the hotel wrote only in English is not swapped for which rooms include the thing.
Fresh wording; no message here is an item of a dev set."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from core.hotels import Hotel, load_hotel
from kb import glossary
from tests.test_brain import Guest, offline_concierge, text_of

# Breakfast answered in English, zh, ja and ko only; two of its rooms list "breakfast included" among their features.
HARBOURSIDE = load_hotel(Path(__file__).resolve().parent / "data" / "hotels" / "hk-harbourside-central")


@pytest.fixture(scope="module")
def concierge(tmp_path_factory):
    return offline_concierge(tmp_path_factory.mktemp("when"), HARBOURSIDE)


@pytest.fixture(autouse=True)
def monday(monkeypatch):
    monkeypatch.setattr(Hotel, "now", lambda hotel: dt.datetime(2026, 11, 23, 15, 0, tzinfo=hotel.tz))


@pytest.mark.parametrize(("message", "language"), [
    ("До какого времени работает бар?", "ru"),
    ("а до скольки открыт спортзал?", "ru"),
    ("Bis wann hat die Bar offen?", "de"),
    ("Le bar est ouvert jusqu'à quand ?", "fr"),
    ("¿Hasta cuándo está abierto el bar?", "es"),
    ("酒吧开到几点？", "zh"),
    ("حتى متى يبقى البار مفتوحا؟", "ar"),
    ("O bar fica aberto até quando?", "pt"),
])
def test_until_when_asks_the_hours(message, language):
    assert {"what time", "opening hours"} & glossary.asked_of(message, language)


@pytest.mark.parametrize("message", [
    "А до какого времени завтрак по субботам?",
    "Скажите, до скольки идёт завтрак в воскресенье?",
])
def test_until_when_breakfast_is_answered_with_its_hours_not_the_rooms_that_include_it(concierge, message):
    text = text_of(Guest(concierge, hotel=HARBOURSIDE).says(message))
    assert "11:00" in text and "Executive Twin" not in text   # the room whose rate includes breakfast


def test_whether_breakfast_comes_with_the_rooms_still_names_the_rooms_that_include_it(concierge):
    text = text_of(Guest(concierge, hotel=HARBOURSIDE).says("В какие номера включен завтрак?"))
    assert "Номера, где есть" in text and "Executive Twin" in text
