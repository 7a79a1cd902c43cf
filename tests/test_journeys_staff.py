"""Staff and guest journeys in Slack: `/concierge status <room>` shows a guest's steps, `pause`/`resume` hold them.

The real web app, Bolt, RQ on Redis and slack_sdk against the fake Slack, as
in the other `/concierge` tests; the hotel is the reference hotel with the
documented journey.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
import time_machine

from core.hotels import load_hotel
from jobs.journeys import run_step, sync
from tests.fakes.slack import running_hub
from tests.journey_kit import journey_hotel, steps
from tests.test_slack_tickets import ephemerals

LA = ZoneInfo("America/Los_Angeles")


@pytest.fixture
def hub(db, tmp_path):
    hotel = load_hotel(journey_hotel(tmp_path) / "harbor-view")
    with time_machine.travel(dt.datetime(2026, 11, 17, 9, 0, tzinfo=LA), tick=False):
        with running_hub(db, hotel) as hub:
            sync(hub.runtime, hotel)
            yield hub


def test_status_of_a_room_lists_the_guests_journey_with_hotel_times(hub):
    hub.command("status 214")
    hub.jobs.work()

    status, = ephemerals(hub)
    assert status.splitlines() == [
        "*Journey of Maria Gonzalez* (HV-1042, room 214)",
        "• pre-arrival · Wed 18 Nov 10:00 · scheduled",
        "• first-evening · Fri 20 Nov 19:00 · scheduled",
        "• check-out · Tue 24 Nov 08:00 · scheduled",
        "• review · Wed 25 Nov 11:00 · scheduled"]


def test_a_paused_journey_skips_its_steps_saying_who_paused_until_resumed(hub):
    hub.command("pause HV-1042", user="U0ANNA")
    hub.jobs.work()
    assert "• on hold: paused by staff:U0ANNA" in ephemerals(hub)[0]

    row = steps(hub.runtime, "HV-1042")[("HV-1042", "pre-arrival")]
    with time_machine.travel(row.due_at, tick=False):
        run_step(row.id, row.due_at.isoformat())
    skipped = steps(hub.runtime, "HV-1042")[("HV-1042", "pre-arrival")]
    assert (skipped.status, skipped.reason) == ("skipped", "paused by staff:U0ANNA")

    hub.command("resume 214", user="U0BOB")
    hub.jobs.work()
    resumed = ephemerals(hub)[1]
    assert "on hold" not in resumed
    assert "• pre-arrival · Wed 18 Nov 10:00 · skipped (paused by staff:U0ANNA)" in resumed


def test_pause_without_a_guest_is_answered_with_the_usage(hub):
    assert "pause|resume <room or reservation>" in hub.command("pause").text
