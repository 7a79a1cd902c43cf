"""A service the hotel does not offer at all is refused plainly, in the guest's language, never promised: an
aparthotel without room phones or a night desk makes no wake-up calls. Fresh wording in several languages, on a
development hotel written blind; no message here is an item of a dev set."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.concierge import Concierge
from core.hotels import load_hotel
from core.store.models import WakeUpCall
from tests.test_brain import Guest, offline_concierge, skills_of, text_of

APARTMENTS = load_hotel(Path(__file__).resolve().parent / "data" / "hotels" / "prague-mala-strana-apartments")


@pytest.fixture(scope="module")
def concierge(tmp_path_factory) -> Concierge:
    return offline_concierge(tmp_path_factory.mktemp("apartments"), APARTMENTS)


@pytest.mark.parametrize(("message", "alarm"), [
    ("Can you ring us at 7 tomorrow so we don't oversleep?", "alarm"),
    ("Do you do wake-up calls?", "alarm"),
    ("¿Nos despiertan mañana a las 6?", "alarma"),
    ("Könnten Sie uns morgen früh um halb sieben wecken?", "Wecker"),
    ("Разбудите нас завтра в 5 утра, пожалуйста", "будильник"),
    ("明天早上七点能叫我们起床吗？", "闹钟"),
    ("明朝5時半に起こしてもらえますか？", "アラーム"),
    ("내일 아침 6시에 깨워 줄 수 있어요?", "알람"),
])
def test_a_wake_up_call_is_not_promised_where_none_is_made(concierge, message, alarm):
    turn = Guest(concierge, hotel=APARTMENTS).says(message)
    assert skills_of(turn) == ["wake_up_call"] and not turn.trace.skills[0].ok
    assert alarm in text_of(turn)
    with concierge.rt.db.session() as session:
        assert session.query(WakeUpCall).count() == 0


@pytest.mark.parametrize("message", [
    "¿Pueden hacer una limpieza extra en el apartamento 24 el viernes?",
    "Können Sie morgen eine Zusatzreinigung in Apartment 31 machen?",
    "Можно заказать дополнительную уборку в квартиру 12 на завтра?",
])
def test_a_request_the_hotel_charges_for_is_told_its_price_as_it_is_passed_on(concierge, message):
    """An extra cleaning costs 800 Kč: the guest hears it before it is done, and housekeeping still gets it."""
    turn = Guest(concierge, hotel=APARTMENTS).says(message)
    assert "housekeeping" in skills_of(turn) and "extra-cleaning" in turn.trace.kb and "800" in text_of(turn)


@pytest.mark.parametrize("message", ["Fresh towels for apartment 24 please",
                                     "Please bring two blankets to apartment 31"])
def test_a_free_request_is_passed_on_without_a_price(concierge, message):
    turn = Guest(concierge, hotel=APARTMENTS).says(message)
    assert skills_of(turn) == ["housekeeping"] and "800" not in text_of(turn)
