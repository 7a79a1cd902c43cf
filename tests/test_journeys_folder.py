"""A journey in the hotel folder: validated at load with errors that name the step, planned in the hotel's time."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from typer.testing import CliRunner

from core import journeys
from core.hotels import HotelError, load_hotel, load_hotels
from core.settings import SAMPLE_HOTELS_DIR
from hub.cli import app
from tests.journey_kit import documented_journey, journey_hotel


def test_the_sample_hotel_ships_a_journey_and_the_documented_one_loads_on_the_reference_hotel(tmp_path):
    sample = load_hotels(SAMPLE_HOTELS_DIR)["lisbon-garden"]
    assert [s.id for s in sample.journeys.steps] == ["pre-arrival", "first-evening", "check-out", "review"]
    hotel = load_hotel(journey_hotel(tmp_path) / "harbor-view")
    assert hotel.journeys.step("pre-arrival").offer == "early_check_in"
    assert all(set(step.message) == set(hotel.languages) for step in hotel.journeys.steps)


def test_steps_fall_in_the_hotels_timezone_and_quiet_hours_move_them_to_the_morning(tmp_path):
    hotel = load_hotel(journey_hotel(tmp_path, quiet_hours={"from": "22:00", "until": "07:30"}) / "harbor-view")
    maria = next(g for g in hotel.guests if g.reservation == "HV-1042")
    step = hotel.journeys.step("pre-arrival").model_copy(update={"when": "arrival - 1d at 23:15"})
    la = ZoneInfo("America/Los_Angeles")
    assert journeys.due_at(hotel, maria, step) == dt.datetime(2026, 11, 20, 7, 30, tzinfo=la)
    step = step.model_copy(update={"when": "departure + 1d at 11:00"})
    assert journeys.due_at(hotel, maria, step) == dt.datetime(2026, 11, 25, 19, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize("change, error", [
    ({"when": "arrival minus two days"}, "steps[0](pre-arrival).when: Value error, 'arrival minus two days' is not "
                                         "a trigger like 'arrival - 2d at 10:00'"),
    ({"when": "arrival - 2d at 25:00"}, "'25:00' is not a 24h time"),
    ({"channels": ["whatsapp", "email"]}, "steps[0](pre-arrival).channels"),
    ({"message": {"en": "Hello {fist_name}"}}, "en: unknown field(s) ['fist_name']"),
    ({"message": {"xx": "Hello"}}, "unknown language 'xx'"),
    ({"offer": "spa_upgrade"}, "offer must be one of ['early_check_in', 'late_check_out']"),
    ({"whatsapp_template": {"name": "t", "params": ["balance"]}}, "params: unknown field(s) ['balance']"),
])
def test_a_bad_step_is_refused_naming_the_file_the_step_and_the_field(tmp_path, change, error):
    journey = documented_journey()
    journey["steps"][0].update(change)
    with pytest.raises(HotelError) as caught:
        load_hotel(journey_hotel(tmp_path, **journey) / "harbor-view")
    assert "hotel.yaml: journeys." in str(caught.value) and error in str(caught.value)


def test_concierge_hotels_check_reports_the_journey_and_fails_on_a_duplicate_step(tmp_path):
    hotels = journey_hotel(tmp_path)
    result = CliRunner().invoke(app, ["hotels", "check", str(hotels)])
    assert result.exit_code == 0, result.output
    assert "4 journey steps" in result.output
    assert "journeys.steps(review): no whatsapp_template" in result.output

    journey = documented_journey()
    journey["steps"].append(journey["steps"][0])
    result = CliRunner().invoke(app, ["hotels", "check", str(journey_hotel(tmp_path / "dupe", **journey))])
    assert result.exit_code == 1 and "duplicate step id(s) ['pre-arrival']" in result.output


@pytest.mark.parametrize("words", [
    "stop", "STOP!", "Unsubscribe", "no more messages please", "please stop please", "Parar", "no más mensajes",
    "Désabonner", "plus de messages", "Abmelden", "keine Nachrichten mehr", "стоп", "Отписаться", "退订",
    "不要再发消息", "配信停止", "もう送らないで", "수신거부", "그만 보내세요", "إلغاء الاشتراك", "لا مزيد من الرسائل"])
def test_opt_out_words_of_all_nine_languages_are_recognised(words):
    assert journeys.opt_keyword(words) == "stop"


@pytest.mark.parametrize("words", ["stop the music in room 214", "Can I unsubscribe from the newsletter later?",
                                   "no more towels", "Where is the bus stop?", "Parar el taxi en la puerta"])
def test_a_request_that_merely_contains_stop_is_not_an_opt_out(words):
    assert journeys.opt_keyword(words) is None


def test_start_resumes_in_any_language():
    assert {journeys.opt_keyword(w) for w in ("START", "Reanudar", "reprendre", "старт", "再開", "시작")} == {"start"}


def test_concierge_journeys_plans_shows_pauses_and_resumes_a_guests_journey_from_a_shell(tmp_path, monkeypatch):
    hotels = journey_hotel(tmp_path)
    monkeypatch.chdir(tmp_path)
    for name, value in {"HOTELS_DIR": str(hotels), "DATABASE_URL": f"sqlite:///{tmp_path}/hub.db"}.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("REDIS_URL", raising=False)
    cli = CliRunner()

    assert "no steps planned yet" in cli.invoke(app, ["journeys", "status", "214"]).output
    assert "harbor-view: 4 steps × 3 reservations planned" in cli.invoke(app, ["journeys", "sync"]).output
    assert cli.invoke(app, ["journeys", "pause", "HV-1042", "--by", "staff:ana"]).output.strip() == "HV-1042: paused"
    shown = cli.invoke(app, ["journeys", "status", "hv-1042"]).output.splitlines()
    assert shown[0] == "Maria Gonzalez (HV-1042, room 214)"
    assert shown[1].startswith("  pre-arrival · Wed 18 Nov 10:00 · ")
    assert shown[-1] == "  on hold: paused by staff:ana"
    assert cli.invoke(app, ["journeys", "resume", "214"]).output.strip() == "HV-1042: resumed"
    assert cli.invoke(app, ["journeys", "status", "999"]).exit_code == 1
