"""Days named bare after a month named alone are that month's ("in August 2027 (the 12th and 13th)"), never this
month's or the next. Fresh wording."""

from __future__ import annotations

import datetime as dt

import pytest

from agent.brains.dates import find_dates, find_stay

TODAY = dt.date(2026, 12, 6)


@pytest.mark.parametrize(("text", "first", "last"), [
    ("We're free in August 2027 - the 12th to the 15th - any room?", dt.date(2027, 8, 12), dt.date(2027, 8, 15)),
    ("Coming in March, from the 3rd till the 6th", dt.date(2027, 3, 3), dt.date(2027, 3, 6)),
    ("During May 2027: the 9th to the 11th", dt.date(2027, 5, 9), dt.date(2027, 5, 11)),
])
def test_bare_days_take_the_month_named_alone(text, first, last):
    stay = find_stay(text, TODAY, month_first=False)
    assert (stay.check_in, stay.check_out) == (first, last)


def test_may_the_verb_names_no_month():
    assert find_dates("May I book the 20th to the 22nd?", TODAY, month_first=False)[0].month == 12


@pytest.mark.parametrize(("text", "first", "last"), [
    ("Easter 2027 if you have room: 26 March to the 29th", dt.date(2027, 3, 26), dt.date(2027, 3, 29)),
    ("Für Silvester 2027 hätten wir gern 28. bis 31. Dezember", dt.date(2027, 12, 28), dt.date(2027, 12, 31)),
    ("Pour 2027 : du 20 au 23 décembre, c'est possible ?", dt.date(2027, 12, 20), dt.date(2027, 12, 23)),
    ("2027年のクリスマス、12月24日から26日まで", dt.date(2027, 12, 24), dt.date(2027, 12, 26)),
])
def test_a_year_written_alone_is_the_year_of_the_days_written_without_one(text, first, last):
    """"Over Christmas 2027, in on 20 December": that December, not this one."""
    stay = find_stay(text, TODAY, month_first=False)
    assert (stay.check_in, stay.check_out) == (first, last)


@pytest.mark.parametrize(("text", "first"), [
    ("Room 2027 here, can we stay on the 20th too?", dt.date(2026, 12, 20)),   # a room, no year
    ("We paid 2027 dollars for the tour. Free on 5 March?", dt.date(2027, 3, 5)),
    ("Christmas 2027, 20 to 22 December", dt.date(2027, 12, 20)),             # the year is no day of its own
])
def test_a_room_or_an_amount_is_no_year_and_a_year_no_day(text, first):
    assert find_dates(text, TODAY, month_first=False)[0] == first
