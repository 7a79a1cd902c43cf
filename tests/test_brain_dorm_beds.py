"""A party in a dorm takes a bed each: asked for several beds, in fresh wording and several languages, the guest
hears the beds priced together and pays the deposit of all of them, and beds already held are not sold twice."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from agent.concierge import Concierge
from core.hotels import Hotel, load_hotel
from skills.inventory import quote
from tests.test_brain import offline_concierge, skills_of, text_of
from tests.test_brain_booking_stays import link_of, talk

HOSTEL = load_hotel(Path(__file__).resolve().parent / "data" / "hotels" / "berlin-kreuzberg-hostel")


@pytest.fixture(scope="module")
def concierge(tmp_path_factory) -> Concierge:
    return offline_concierge(tmp_path_factory.mktemp("dorm"), HOSTEL)


@pytest.fixture(autouse=True)
def afternoon(monkeypatch):
    monkeypatch.setattr(Hotel, "now", lambda hotel: dt.datetime(2026, 11, 21, 15, 0, tzinfo=hotel.tz))


@pytest.mark.parametrize(("turns", "total", "deposit"), [
    # 2 beds × 2 nights × €34 = €136, deposit €27.20
    (["Нам нужны две кровати в женском дорме на 4 места с 1 по 3 июля 2027, мы подруги, обеим по 22",
      "Отлично. Анна Петрова, anna.petrova@example.ru, +7 916 123 45 67", "Как оплатить депозит?"], "136", "27,20"),
    # 3 beds × 2 nights × €29.50 = €177, deposit €35.40
    (["2027年6月1日到6月3日，6人间宿舍还有3个床位吗？",
      "好的，我叫王磊，邮箱 wanglei@example.cn，电话 +86 138 0000 1234", "订金怎么付？"], "177", "35,40"),
    # 2 beds × 2 nights × €29.50 = €118, deposit €23.60
    (["Habt ihr vom 2. bis 4. April 2027 zwei Betten im 6er-Schlafsaal? Wir sind zu zweit, beide 30",
      "Super. Jonas Weber, jonas.weber@example.de, 0151 2345678", "Wie zahle ich die Anzahlung?"], "118", "23,60"),
    # 3 beds × 2 nights × €24.50 = €147, deposit €29.40
    (["Trois lits dans le dortoir de 8 du 5 au 7 mai 2027, c'est possible ? On est trois étudiants.",
      "Top. Camille Martin, camille.martin@example.fr, +33 6 12 34 56 78", "Comment payer l'acompte ?"],
     "147", "29,40"),
])
def test_a_party_in_a_dorm_is_quoted_and_pays_a_bed_each(concierge, turns, total, deposit):
    done = talk(concierge, HOSTEL.id, *turns, sender="+15550001111")
    asked, *_, paid = done
    assert skills_of(asked) == ["check_availability"], [text_of(t) for t in done]
    assert total in text_of(asked) and "sleeps at most" not in text_of(asked), text_of(asked)
    assert not re.search(r"\b1\s*(?:guests|гостей|Personen|personnes)|最多1人", text_of(asked)), text_of(asked)
    assert skills_of(paid) == ["generate_payment_link"] and link_of(paid), [text_of(t) for t in done]
    assert deposit.replace(",", ".") in text_of(paid) or deposit in text_of(paid), text_of(paid)


def test_a_dorm_bed_for_one_is_priced_as_one_bed():
    one, three = (quote(HOSTEL, "D6", dt.date(2027, 2, 5), dt.date(2027, 2, 7), guests) for guests in (1, 3))
    assert (one.subtotal_minor, one.beds) == (5900, 0) and (three.subtotal_minor, three.beds) == (17700, 3)
    assert three.deposit_minor == 3540 and three.nightly_minor == one.nightly_minor


def test_a_room_sold_whole_is_one_room_whatever_the_party():
    room = next(r for r in HOSTEL.rooms if r.sold_per == "room" and r.max_guests >= 2)
    assert room.units(2) == 1 and room.fits(2, 1) and not room.fits(room.max_guests + 1, 5)
    dorm = next(r for r in HOSTEL.rooms if r.sold_per == "bed")
    assert dorm.units(3) == 3 and dorm.fits(3, 3) and not dorm.fits(3, 2)
