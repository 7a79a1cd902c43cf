"""Business requests and bills on the two blind hotels (a London conference hotel, a Chicago aparthotel), in fresh
wording and several languages: a meeting room or a company rate is no stay, a company's lead hears what happens
next, a question of what the rate includes is no bill, a sold-out apartment is said so first, a room sold out on
one set of dates is kept for the next, and a verified guest naming a charge by its amount gets that line."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest

from agent.concierge import Concierge, TurnResult
from core.hotels import Hotel, load_hotel
from core.messages import Channel, InboundMessage
from tests.test_brain import offline_concierge, skills_of, text_of

DATA = Path(__file__).resolve().parent / "data" / "hotels"
LONDON, CHICAGO = "london-kings-cross", "chicago-loop-suites"
PRIVACY = ("For your privacy", "Por su privacidad", "Aus Datenschutzgründen", "В целях", "为保护您的隐私")


@pytest.fixture(scope="module")
def concierge(tmp_path_factory) -> Concierge:
    return offline_concierge(tmp_path_factory.mktemp("business"), load_hotel(DATA / LONDON), load_hotel(DATA / CHICAGO))


@pytest.fixture(autouse=True)
def evening(monkeypatch):
    monkeypatch.setattr(Hotel, "now", lambda hotel: dt.datetime(2026, 12, 5, 19, 0, tzinfo=hotel.tz))


def talk(concierge: Concierge, hotel: str, *texts: str, sender: str = "+15550009999") -> list[TurnResult]:
    session = uuid.uuid4().hex
    return [concierge.handle(InboundMessage(hotel_id=hotel, channel=Channel.API, sender=sender,
                                            provider_id=uuid.uuid4().hex, text=text), address=session)
            for text in texts]


@pytest.mark.parametrize("message", [
    "Haben Sie am 4. März einen Tagungsraum für 12 Personen? Was kostet das halbtags?",
    "3月4日に8人で使える会議室はありますか？",
    "هل لديكم قاعة اجتماعات لثمانية أشخاص يوم 4 مارس؟",
    "¿Tienen una sala de reuniones para 9 personas el 4 de marzo?",
])
def test_a_meeting_room_asked_for_a_day_is_no_stay(concierge, message):
    turn = talk(concierge, LONDON, message)[0]
    assert "check_availability" not in skills_of(turn) and "meeting-rooms" in turn.trace.kb


@pytest.mark.parametrize("message", [
    "Our firm books roughly 45 nights a year with you. Any company rate?",
    "Somos una empresa y pasamos unas 40 noches al año en Londres, ¿hay tarifa corporativa?",
    "Мы бываем у вас около 35 ночей в год. Есть корпоративный тариф?",
    "회사 출장으로 연간 50박 정도 묵는데 기업 요금 있나요?",
])
def test_nights_a_year_with_a_company_rate_ask_the_rate(concierge, message):
    turn = talk(concierge, LONDON, message)[0]
    assert skills_of(turn) == ["search_kb"] and "corporate-rates" in turn.trace.kb


@pytest.mark.parametrize("message", [
    "We'd like a company account. Priya Nair, priya@nairlabs.example, +44 7700 900456.",
    "Nous souhaitons un tarif entreprise. Je suis Claire Martin, claire.martin@example.fr, +33 6 12 34 56 70.",
    "我们公司想签协议价。我叫刘洋，liuyang@example.cn，+86 139 1234 5678。",
])
def test_a_company_lead_hears_the_terms_and_no_question_of_dates(concierge, message):
    turn = talk(concierge, LONDON, message)[0]
    assert skills_of(turn) == ["create_lead", "search_kb"] and "corporate-rates" in turn.trace.kb
    assert "corporate@" in text_of(turn)


@pytest.mark.parametrize("message", [
    "Is the breakfast included in my rate?",
    "¿El desayuno va incluido en mi tarifa?",
    "Ist das Frühstück in meinem Preis inklusive?",
    "Can you just add the taxi to my bill?",
    "Можно записать ужин на мой счёт?",
])
def test_what_the_rate_includes_or_may_be_charged_is_no_bill(concierge, message):
    turn = talk(concierge, LONDON, message)[0]
    assert "billing_inquiry" not in skills_of(turn) and not any(p in text_of(turn) for p in PRIVACY)


@pytest.mark.parametrize("message", [
    "Is a 2BR free Dec 30 2026 to Jan 2 2027? We're 5.",
    "2026年12月30日到2027年1月2日，5个人，还有两居室吗？",
    "¿Hay un apartamento de dos dormitorios del 30 de diciembre de 2026 al 2 de enero de 2027? Somos 5.",
])
def test_a_sold_out_apartment_is_said_so_before_the_rest(concierge, message):
    turn = talk(concierge, CHICAGO, message)[0]
    assert turn.trace.skills[0].args.get("room_code") == "TB"
    assert "Two-Bedroom Suite" in text_of(turn).split("\n")[0]


def test_a_room_sold_out_on_some_dates_is_kept_for_the_next_and_paid_for(concierge):
    turns = talk(concierge, LONDON, "Haben Sie vom 19. bis 21. Januar 2027 ein Superior King?",
                 "Und vom 23. bis 25. Januar?",
                 "Das nehme ich. Lena Vogt, lena.vogt@example.de, +49 170 1234567",
                 "Bitte schicken Sie mir den Zahlungslink für die Anzahlung.")
    assert turns[1].trace.skills[0].args.get("room_code") is None and "Superior King" in text_of(turns[1])
    assert any(reply.payment_url for reply in turns[3].replies) and "86.00" in text_of(turns[3])


@pytest.mark.parametrize("message", ["What's this 24 dollar charge for?", "¿De qué es el cargo de 24 dólares?"])
def test_a_verified_guest_naming_a_charge_by_its_amount_gets_that_line(concierge, message):
    turn = talk(concierge, CHICAGO, message, sender="+5215512345678")[0]
    assert skills_of(turn) == ["billing_inquiry"] and "EV charging" in text_of(turn)
