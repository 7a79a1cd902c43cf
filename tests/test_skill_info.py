"""Questions answered from the hotel's data: the FAQ, wifi, facilities, places nearby, a day out."""

from __future__ import annotations

import datetime as dt

import pytest

from core.hotels import Place
from skills import amenities_info, itinerary_plan, local_recommendations, search_kb, wifi_info
from skills.places import parse_hours
from tests.conftest import NOON


def test_a_confident_faq_answer_comes_in_the_guests_language(make_ctx):
    result = search_kb.run(make_ctx(language="es"), search_kb.Args(query="What time is check-in?"))
    assert result.ok and result.kb[0] == "check-in-time"
    assert result.text.startswith("El check-in comienza a las 15:00")


def test_an_answer_without_a_translation_says_so_and_gives_the_english(make_ctx):
    result = search_kb.run(make_ctx(language="fr"), search_kb.Args(query="Can I iron my shirt?"))
    entry = make_ctx().hotel.kb_entry(result.kb[0])
    if "fr" in entry.translations:  # the hotel may translate it one day
        return
    assert result.text.startswith("Désolé, cette information n'est disponible qu'en anglais")
    assert entry.answer in result.text and result.data["answer_language"] == "en"


def test_no_confident_hit_is_an_honest_i_dont_know(ctx):
    result = search_kb.run(ctx, search_kb.Args(query="casino blackjack roulette"))
    assert not result.ok and result.kb == []
    assert "don't have that information" in result.text and "front desk" in result.text


def test_wifi_password_and_that_it_is_free(make_ctx):
    result = wifi_info.run(make_ctx(language="fr"), wifi_info.Args())
    assert "HarborView-Guest" in result.text and "tidepool-4821" in result.text and "gratuit" in result.text


def test_the_pool_by_its_short_name(ctx):
    result = amenities_info.run(ctx, amenities_info.Args(amenity="pool"))
    assert "Rooftop Pool" in result.text and "07:00-22:00" in result.text and "Heated" in result.text


def test_ev_chargers_in_german_without_english_notes(make_ctx):
    result = amenities_info.run(make_ctx(language="de"), amenities_info.Args(amenity="EV chargers"))
    assert "rund um die Uhr" in result.text and "first come" not in result.text
    assert result.data["amenity"]["notes"].startswith("Four Level 2 chargers")


def test_a_facility_the_hotel_does_not_have_is_not_invented(make_ctx):
    result = amenities_info.run(make_ctx(), amenities_info.Args(amenity="spa"))
    assert not result.ok and "don't have any information about spa" in result.text
    assert "Rooftop Pool" in result.text


def test_maritime_museum_is_closed_on_mondays(make_ctx):
    result = local_recommendations.run(make_ctx(), local_recommendations.Args(place="maritime museum", day="Monday"))
    assert result.data["open"] is False and "closed on Monday" in result.text


def test_a_place_open_on_the_day_asked(make_ctx):
    result = local_recommendations.run(make_ctx(), local_recommendations.Args(place="Maritime Museum", day="sat"))
    assert result.data["open"] is True and "10:00-17:00" in result.text


def test_vegetarian_restaurants_nearest_first(make_ctx):
    result = local_recommendations.run(make_ctx(), local_recommendations.Args(kind="restaurant",
                                                                              tags=["vegetarian"]))
    assert [p["id"] for p in result.data["places"]] == ["bayview-ramen", "la-marea-taqueria", "seagrass-bistro"]
    assert "7 min walk" in result.text


def test_seafood_within_walking_distance(make_ctx):
    result = local_recommendations.run(make_ctx(), local_recommendations.Args(tags=["seafood"], max_minutes=10))
    assert result.data["places"][0]["id"] == "pier-9-seafood-grill" and "Pier 9" in result.text


def test_kids_on_a_rainy_day_get_places_that_are_both_first(make_ctx):
    result = local_recommendations.run(make_ctx(), local_recommendations.Args(tags=["kids", "rainy"]))
    ids = [p["id"] for p in result.data["places"]]
    assert set(ids[:3]) == {"wharf-street-books", "maritime-museum", "bay-discovery-aquarium"}


def test_nothing_matching_is_said_honestly(make_ctx):
    result = local_recommendations.run(make_ctx(), local_recommendations.Args(kind="casino"))
    assert not result.ok and "front desk" in result.text
    unknown = local_recommendations.run(make_ctx(), local_recommendations.Args(place="Golden Gate Bridge"))
    assert not unknown.ok


def test_a_monday_plan_leaves_out_the_museum_that_is_closed(make_ctx):
    monday = dt.date(2026, 11, 23)
    result = itinerary_plan.run(make_ctx(), itinerary_plan.Args(date=monday, interests=["history", "museum"]))
    assert "maritime-museum" not in [s["place_id"] for s in result.data["stops"]]
    assert result.data["closed_that_day"] == ["maritime-museum"]
    assert "Maritime Museum" in result.text and "closed on Monday" in result.text


def test_every_stop_is_open_when_it_is_scheduled_and_suits_the_kids(make_ctx, hotel):
    saturday = dt.date(2026, 11, 28)
    result = itinerary_plan.run(make_ctx(), itinerary_plan.Args(date=saturday, interests=["kids"]))
    assert len(result.data["stops"]) == 5
    for stop in result.data["stops"]:
        place = next(p for p in hotel.places if p.id == stop["place_id"])
        assert parse_hours(place.hours).open_at(saturday.weekday(), dt.time.fromisoformat(stop["time"]))
    visits = [next(p for p in hotel.places if p.id == s["place_id"]) for s in result.data["stops"]
              if s["time"] in ("10:00", "14:30", "16:30")]
    assert all("kid-friendly" in p.tags for p in visits)


def test_a_plan_for_several_days_never_sends_the_guest_to_the_same_place_twice(make_ctx):
    saturday = dt.date(2026, 11, 28)
    result = itinerary_plan.run(make_ctx(language="de"), itinerary_plan.Args(date=saturday, days=3))
    days = result.data["days"]
    assert [d["date"] for d in days] == ["2026-11-28", "2026-11-29", "2026-11-30"]
    visited = [s["place_id"] for d in days for s in d["stops"]]
    assert len(visited) == len(set(visited)) and result.data["stops"] == days[0]["stops"]
    assert result.text.count("Hier ist ein Plan für einen ganzen Tag") == 3 and "Montag" in result.text


def test_more_days_than_a_plan_is_written_for_are_refused_by_the_arguments():
    with pytest.raises(ValueError):
        itinerary_plan.Args(days=itinerary_plan.MAX_DAYS + 1)


def test_a_half_day_this_afternoon(make_ctx):
    result = itinerary_plan.run(make_ctx(now=NOON.replace(hour=13)), itinerary_plan.Args(length="half"))
    assert result.data["part"] == "afternoon" and result.data["date"] == "2026-11-22"
    assert [s["time"] for s in result.data["stops"]] == ["14:00", "16:00", "18:30"]


def test_hours_written_as_always_open_or_daily_are_said_in_the_guests_language():
    from skills.places import hours_text
    assert hours_text(parse_hours("always open"), "ko") == "상시 개방"
    assert hours_text(parse_hours("open 24/7"), "de") == "immer geöffnet"
    assert hours_text(parse_hours("09:00-18:00 daily"), "fr") == "09:00-18:00, tous les jours"
    assert hours_text(parse_hours("09:00-18:00"), "fr") == "09:00-18:00"


def test_hours_until_midnight_written_24_00_are_read_and_an_impossible_time_is_not_a_crash():
    """"18:00-24:00" is open until midnight (a late dinner fits); "09:00-25:00" is no span at all, not a crash
    of every answer that lists the hotel's places."""
    from skills.places import hours_text
    late = parse_hours("18:00-24:00, closed Tuesdays")
    assert late.span == (dt.time(18, 0), dt.time(0, 0)) and late.open_at(0, dt.time(22, 30))
    assert not late.open_on(1) and hours_text(late, "de").startswith("18:00-00:00")
    assert parse_hours("Fri-Sat 21:00-24:00").span is not None
    assert parse_hours("09:00-25:00 daily").span is None
    assert parse_hours("10:00-18:75").span is None


def test_hours_with_a_second_span_are_said_whole_not_cut_to_the_first():
    """A Sunday with its own hours must not be shown with the weekdays' ones."""
    from skills.places import hours_text
    assert hours_text(parse_hours("Mon-Fri 09:00-18:30, Sat-Sun 10:00-16:00"), "es") == \
        "Mon-Fri 09:00-18:30, Sat-Sun 10:00-16:00"
    assert hours_text(parse_hours("12:00-15:00 and 19:00-23:00, closed on Monday"), "en") == \
        "12:00-15:00 and 19:00-23:00, closed on Monday"


@pytest.mark.parametrize(("hours", "closed", "open_", "unsure"), [
    ("10:00-17:00; closed the 2nd and 4th Wednesday of each month", [dt.date(2027, 3, 10), dt.date(2027, 3, 24)],
     [dt.date(2027, 3, 3), dt.date(2027, 3, 17), dt.date(2027, 3, 31)], []),
    ("08:00-20:00, closed on the first Monday of the month", [dt.date(2027, 2, 1)], [dt.date(2027, 2, 8)], []),
    ("11:00-23:00; closed last Sunday of every month", [dt.date(2027, 1, 31)], [dt.date(2027, 1, 24)], []),
    ("09:00-18:00, closed every second Thursday", [], [dt.date(2027, 1, 6)], [dt.date(2027, 1, 7)]),
    ("noon-midnight, closed alternate Fridays", [], [], [dt.date(2027, 1, 8)]),
])
def test_a_place_closed_some_weeks_of_the_month_is_checked_against_the_date(hours, closed, open_, unsure):
    """"The 1st and 3rd Tuesday of the month" is a date's matter, not its weekday's; a rule no date settles
    ("every second Thursday") leaves that weekday unsure, and the hotel's own words are said."""
    from skills.places import hours_text
    read = parse_hours(hours)
    assert [read.open_on_date(d) for d in closed + open_ + unsure] == \
        [False] * len(closed) + [True] * len(open_) + [None] * len(unsure)
    assert all(read.sometimes_closed(d.weekday()) and read.open_on(d.weekday()) for d in closed + unsure)
    assert hours_text(read, "ja") == hours


def test_a_day_of_hours_written_by_days_is_said_alone():
    """Asked about Sunday, "Mon-Sat 08:00-19:00, Sun 10:00-18:00" is "10:00-18:00": no English around it."""
    from skills.places import span_on
    assert span_on(parse_hours("Mon-Fri 09:00-18:30; Sat-Sun 10:00-16:00"), 6) == "10:00-16:00"
    assert span_on(parse_hours("7:00-11:00 Tue-Sat, 9:00-13:00 Sun"), 2) == "07:00-11:00"
    assert span_on(parse_hours("12:00-15:00, 19:00-23:00, closed Mondays"), 3) is None


def test_a_place_turned_down_is_left_out(make_ctx):
    result = local_recommendations.run(make_ctx(), local_recommendations.Args(kind="restaurant", avoid=["seafood"]))
    assert "pier-9-seafood-grill" not in [p["id"] for p in result.data["places"]]



@pytest.mark.parametrize(("hours", "language", "said"), [
    ("Tuesday and Friday 11:00-18:30", "en", "11:00-18:30, only on Tuesday and Friday"),
    ("Dienstag und Freitag 11:00-18:30", "de", "11:00-18:30, nur am Dienstag und Freitag"),
    ("jeudi, vendredi et samedi 18:00-23:00", "fr", "18:00-23:00, uniquement le jeudi, vendredi et samedi"),
    ("Mon-Sat 12:00-18:00", "en", "12:00-18:00, closed on Sunday"),
    ("Fri-Mon 10:00-16:00", "es", "10:00-16:00, cerrado: martes, miércoles y jueves"),
])
def test_the_days_a_place_opens_on_are_kept_with_its_hours(hours, language, said):
    """A market open two days a week is never shown as if it opened every day."""
    from skills.places import hours_text
    assert hours_text(parse_hours(hours), language) == said


@pytest.mark.parametrize(("hours", "closed"), [("08:00-20:00, closed Saturday-Sunday", {5, 6}),
                                               ("11:00-22:00, closed Tuesday and Wednesday", {1, 2}),
                                               ("10:00-18:00, closed Mondays", {0})])
def test_every_day_of_a_closed_range_or_list_is_closed(hours, closed):
    """"closed Sunday-Monday" closes both days: a guest asking about Monday must not hear it is open."""
    assert parse_hours(hours).closed == closed


def test_a_day_plan_sends_the_guest_to_no_day_trip_and_no_errand(make_ctx, hotel, monkeypatch):
    """A place the hotel gives no distance for (a citadel a train ride away) is not "nearest", and a pharmacy is
    no sight: neither is a stop of a day in town."""
    far = Place(id="far-ruins", name="Far Ruins", kind="sight", hours="06:00-18:00 daily", tags=["history"])
    errand = Place(id="corner-pharmacy", name="Corner Pharmacy", kind="pharmacy", walk_minutes=1,
                   hours="08:00-22:00 daily")
    monkeypatch.setattr(hotel, "places", [far, errand, *hotel.places])
    result = itinerary_plan.run(make_ctx(), itinerary_plan.Args(date=dt.date(2026, 11, 28), interests=["history"]))
    stops = [s["place_id"] for s in result.data["stops"]]
    assert stops and "far-ruins" not in stops and "corner-pharmacy" not in stops


def test_a_place_whose_distance_is_not_given_is_the_furthest():
    near, boat = Place(id="a", name="A", kind="sight", drive_minutes=10), Place(id="b", name="B", kind="sight",
                                                                                boat_minutes=20)
    unknown = Place(id="c", name="C", kind="sight")
    assert near.minutes_away == 30 and boat.minutes_away == 60 and unknown.minutes_away > 3 * 6 * 60
