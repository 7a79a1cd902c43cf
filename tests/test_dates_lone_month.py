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
