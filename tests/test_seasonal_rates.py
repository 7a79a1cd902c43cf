"""Seasonal rates: a night in a hotel's season is priced at the room's rate for it, a stay across seasons adds each
night's rate, and the deposit is the highest percent its nights' seasons ask; a hotel without seasons (Harbor
View) is priced as before."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from fastapi.testclient import TestClient

from core.hotels import Hotel, HotelError, load_hotel, unread_fields
from jobs import context
from skills import check_availability
from skills.check_availability import Args
from skills.hotel_facts import facts
from skills.inventory import Nights, quote
from tests import test_llm_brain
from tests.fakes.stripe import SECRET_KEY, WEBHOOK_SECRET
from tests.test_brain import offline_concierge, skills_of, text_of
from tests.test_brain_booking_stays import link_of, talk
from tests.test_llm_brain import client, fake_llm
from tests.test_payments import fake_stripe, jobs
from tests.test_payments_chat import AUTH, app_client

__all__ = ["client", "fake_llm", "fake_stripe", "jobs"]   # fixtures

D = dt.date
SHARED = Path(__file__).resolve().parents[2] / "shared"
HARBOR = SHARED / "hotels" / "harbor-view" / "hotel.yaml"
NISEKO = load_hotel(Path(__file__).resolve().parent / "data" / "hotels" / "niseko-powder-lodge")
# Harbor View with a summer high season (its own deposit), a Christmas season across the new year named by the
# `rate_<season>` convention, and a descriptive one; the Pet-Friendly Queen has no seasonal rate at all.
SEASONS = {"high": {"name": "High summer", "from": "07-01", "until": "08-31", "rate_field": "rate_high",
                    "deposit_percent": 50},
           "festive": {"from": "12-22", "until": "01-03"},
           "whale_watching": "Humpbacks pass December to April"}
SEASONAL_RATES = {"SQ": {"rate_high": 249, "rate_festive": 299}, "KS": {"rate_high": 429}}


def _harbor(seasons: dict | None = None, rooms: dict | None = None) -> Hotel:
    data = yaml.safe_load(HARBOR.read_text())
    data["seasons"] = SEASONS if seasons is None else seasons
    for room in data["rooms"]:
        room.update((SEASONAL_RATES if rooms is None else rooms).get(room["code"], {}))
    return Hotel.model_validate(data)


SEASONAL = _harbor()


@pytest.fixture
def hotel() -> Hotel:
    """The skills' context (`make_ctx`) gets the seasonal Harbor View."""
    return SEASONAL


def test_a_stay_across_the_new_year_is_priced_at_the_season_on_both_sides():
    offer = quote(SEASONAL, "SQ", D(2026, 12, 30), D(2027, 1, 2))
    assert offer.rates == (Nights(3, 29900, "festive"),) and offer.subtotal_minor == 89700
    assert offer.deposit_percent == 30 and offer.deposit_minor == 26910   # no percent of its own: the hotel's


def test_a_stay_into_a_season_adds_each_nights_rate_and_takes_the_seasons_deposit_for_the_whole_stay():
    offer = quote(SEASONAL, "SQ", D(2027, 6, 29), D(2027, 7, 2))
    assert offer.rates == (Nights(2, 18900), Nights(1, 24900, "High summer"))
    assert offer.subtotal_minor == 2 * 18900 + 24900 and offer.nightly_minor == 18900
    assert offer.deposit_percent == 50 and offer.deposit_minor == 31350


def test_a_room_without_the_seasons_rate_keeps_its_rate_but_not_the_deposit():
    offer = quote(SEASONAL, "PF", D(2027, 7, 10), D(2027, 7, 12))
    assert offer.rates == (Nights(2, 20900),) and offer.deposit_minor == 20900   # 50 % of 2 x 209


def test_the_leap_day_goes_with_the_28th_of_february():
    lodge = _harbor({"winter": {"from": "12-20", "until": "02-28"}}, {"SQ": {"rate_winter": 279}})
    offer = quote(lodge, "SQ", D(2028, 2, 27), D(2028, 3, 2))
    assert offer.rates == (Nights(3, 27900, "winter"), Nights(1, 18900))
    with pytest.raises(ValueError, match="02-28"):
        _harbor({"winter": {"from": "12-20", "until": "02-29"}})


def test_a_hotel_without_seasons_is_quoted_one_rate_for_every_night(hotel):
    plain = load_hotel(HARBOR.parent)
    offer = quote(plain, "KS", D(2027, 7, 10), D(2027, 7, 13))
    assert offer.rates == (Nights(3, 32900),) and offer.subtotal_minor == 3 * 32900
    assert offer.deposit_minor == 29610 and not plain.seasons


@pytest.mark.parametrize(("seasons", "error"), [
    ({"high": {"from": "07-01", "rate_field": "rate_high"}}, "both"),
    ({"high": {"from": "07-01", "until": "08-31", "rate_field": "rate_summer"}}, "rate_summer"),
    ({"high": {"from": "7/1", "until": "08-31"}}, "MM-DD"),
    ({"low": {"rate_field": "rate"}, "regular": {"deposit_percent": 20}}, "rest of the year"),
])
def test_a_season_that_cannot_price_fails_at_load(seasons, error):
    with pytest.raises(ValueError, match=error):
        _harbor(seasons)


def test_a_season_without_dates_prices_the_rest_of_the_year():
    inn = _harbor({**SEASONS, "regular": {"name": "Regular", "deposit_percent": 20}})
    assert quote(inn, "SQ", D(2027, 3, 1), D(2027, 3, 2)).deposit_minor == 3780
    assert quote(inn, "SQ", D(2027, 8, 1), D(2027, 8, 2)).deposit_minor == 12450   # the high season's 50 %
    low = _harbor({**SEASONS, "low": {"rate_field": "rate_low"}}, {**SEASONAL_RATES, "PF": {"rate_low": 159}})
    assert quote(low, "PF", D(2027, 3, 1), D(2027, 3, 3)).rates == (Nights(2, 15900),)
    assert quote(low, "PF", D(2027, 7, 1), D(2027, 7, 2)).rates == (Nights(1, 20900),)   # no rate_high: its rate
    assert "Pet-Friendly Queen: up to 2 guests, $159 / $209 (High summer July 1 – August 31) / $209 (festive " \
           "December 22 – January 3) per night." in [f.text for f in facts(low, "en")]   # in them, its `rate`


def test_the_lodges_peak_is_priced_and_its_fields_are_read():
    offer = quote(NISEKO, "JW", D(2027, 2, 27), D(2027, 3, 2))
    assert offer.rates == (Nights(2, 52000, "Winter peak"), Nights(1, 30000))
    assert offer.deposit_minor == 67000   # 50 % of 134,000
    assert quote(NISEKO, "JW", D(2027, 3, 2), D(2027, 3, 4)).deposit_minor == 18000   # 30 % of 60,000
    unread = unread_fields(NISEKO)
    assert not [f for f in unread if f.endswith("rate_peak") or f in ("seasons", "policies.deposit.peak_percent")]
    assert "seasons.peak.free_cancellation_days_before_arrival" in unread   # kept, said only by the KB


def test_a_seasons_deposit_can_be_written_beside_the_hotels(tmp_path):
    data = yaml.safe_load(HARBOR.read_text())
    data["seasons"] = {"festive": {"from": "12-22", "until": "01-03"}}
    data["policies"]["deposit"]["festive_percent"] = 100
    (tmp_path / "hotel.yaml").write_text(yaml.safe_dump(data))
    inn = load_hotel(tmp_path)
    assert quote(inn, "SQ", D(2026, 12, 31), D(2027, 1, 1)).deposit_minor == 18900
    assert "policies.deposit.festive_percent" not in unread_fields(inn)


def test_a_bad_season_names_its_file(tmp_path):
    data = yaml.safe_load(HARBOR.read_text())
    data["seasons"] = {"high": {"from": "13-01", "until": "08-31"}}
    (tmp_path / "hotel.yaml").write_text(yaml.safe_dump(data))
    with pytest.raises(HotelError, match="seasons"):
        load_hotel(tmp_path)


@pytest.mark.parametrize(("language", "said"), [
    ("en", "$249 (High summer) per night × 1 night"),
    ("fr", "$249 (High summer) par nuit × 1 nuit"),
    ("ja", "1泊$249（High summer） × 1泊"),
    ("ar", "$249 (High summer) لليلة × ليلة واحدة"),
])
def test_a_stay_into_the_season_is_said_night_by_night(make_ctx, language, said):
    result = check_availability.run(make_ctx(language=language),
                                    Args(check_in=D(2027, 6, 29), check_out=D(2027, 7, 2), room_code="SQ"))
    assert said in result.text and "$627" in result.text, result.text   # 2 x 189 + 249
    assert result.data["offer"]["rates"][1] == {"nights": 1, "nightly_minor": 24900, "season": "High summer"}


@pytest.mark.parametrize("language", ["de", "ko", "es"])
def test_the_room_list_names_each_rate_of_a_stay_across_seasons(make_ctx, language):
    result = check_availability.run(make_ctx(language=language),
                                    Args(check_in=D(2027, 8, 30), check_out=D(2027, 9, 2), guests=2))
    king = next(line for line in result.text.splitlines() if "King Suite" in line)
    assert "$429" in king and "$329" in king and "High summer" in king, result.text
    queen = next(line for line in result.text.splitlines() if "Pet-Friendly" in line)
    assert "$209" in queen and "High summer" not in queen, result.text


@pytest.mark.parametrize(("language", "said"), [
    ("de", "$189 / $249 (High summer 1. Juli – 31. August) / $299 (festive 22. Dezember – 3. Januar) pro Nacht"),
    ("zh", "$189 / $249（High summer 7月1日 – 8月31日）"),
    ("pt", "$189 / $249 (High summer 1 de julho – 31 de agosto)"),   # not "julho 1", the English order
    ("ru", "при бронировании вносится предоплата 30%. если хотя бы одна ночь приходится на сезон high summer"),
])
def test_without_a_date_a_room_is_said_with_its_seasons_rates(language, said):
    assert any(said.lower() in fact.text.lower() for fact in facts(SEASONAL, language)), \
        [fact.text for fact in facts(SEASONAL, language)]


@pytest.fixture(scope="module")
def lodge(tmp_path_factory):
    return offline_concierge(tmp_path_factory.mktemp("seasons"), NISEKO)


@pytest.fixture
def december(monkeypatch):
    monkeypatch.setattr(Hotel, "now", lambda hotel: dt.datetime(2026, 12, 1, 16, 0, tzinfo=hotel.tz))


@pytest.mark.parametrize(("turns", "peak", "deposit"), [
    (["Any chance of the loft apartment from Feb 26 to Mar 2 2027? We're 5.",
      "Booking it: Olivia Brown, olivia.b@example.com.au, +61 400 111 222", "Where do I pay the deposit?"],
     "78,000", "139,500"),   # 3 x 78,000 + 45,000 = 279,000, half of it
    (["2027년 1월 17일부터 19일까지 스탠다드 트윈 두 명 가능해요?",
      "김민준입니다. minjun.kim@example.kr, 010-1234-5678", "보증금은 어떻게 내요?"], "38,000", "38,000"),
])
def test_a_peak_stay_is_quoted_and_pays_the_peak_deposit(lodge, december, turns, peak, deposit):
    asked, _, paid = talk(lodge, NISEKO.id, *turns, sender="+61400111222")
    assert skills_of(asked) == ["check_availability"] and peak in text_of(asked), text_of(asked)
    assert skills_of(paid) == ["generate_payment_link"] and link_of(paid), text_of(paid)
    assert deposit in text_of(paid) and "50" in text_of(paid), text_of(paid)


@pytest.fixture
def lodge_stripe(tmp_path, fake_stripe, jobs, december) -> Iterator[TestClient]:
    _, base = fake_stripe
    with app_client(NISEKO, tmp_path, stripe_secret_key=SECRET_KEY, stripe_api_base=base,
                    stripe_webhook_secret=WEBHOOK_SECRET) as client:
        yield client
    context.set_runtime(None)


def test_the_stripe_checkout_charges_the_peak_deposit_of_a_stay_across_seasons(lodge_stripe, fake_stripe):
    fake, _ = fake_stripe
    for text in ["Is a tatami room free for 4 of us from 27 February to 3 March 2027?",
                 "We'll take it. Mia Tanaka, mia.tanaka@example.com, +1 415 555 0133.",
                 "Please send the payment link for the deposit."]:
        answer = lodge_stripe.post("/api/chat", json={"session": "mia", "text": text, "sender": "+14155550133"},
                                   headers=AUTH)
        assert answer.status_code == 200, answer.text
    [reply] = answer.json()["replies"]
    # 2 peak nights x 52,000 + 2 regular x 30,000 = 164,000; 50 % (a peak night is in the stay) = 82,000
    assert reply["payment_url"] and "¥82,000 (50% of the stay)" in reply["text"], reply["text"]
    assert fake.created[0].form["line_items[0][price_data][unit_amount]"] == "82000"


@pytest.fixture
def llm_client(monkeypatch, request):
    """test_llm_brain's client on the seasonal Harbor View."""
    monkeypatch.setattr(test_llm_brain, "HOTEL", SEASONAL)
    return request.getfixturevalue("client")


def test_the_llm_brains_availability_tool_gets_the_same_seasonal_quote(llm_client, fake_llm):
    fake_llm.call("check_availability", check_in="2027-06-29", check_out="2027-07-02", room_code="SQ")
    fake_llm.say("The Standard Queen is free: $189 a night for two nights, then $249 (High summer), $627 before tax.")
    answer = test_llm_brain.ask(llm_client, "Standard Queen from June 29 to July 2 2027?")
    assert answer["trace"]["brain"] == "llm" and "$249" in answer["replies"][0]["text"]
    tool = fake_llm.requests[1]["messages"][-1]["content"]
    assert "High summer" in tool and "24900" in tool and '"deposit_percent": 50' in tool, tool
