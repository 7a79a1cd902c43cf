"""Confidently wrong kinds of answer: the bill when nobody asked for it, an unrelated entry for a service the hotel
does not have, a ticket where someone must come now, the FAQ where a thing was asked for. Fresh wording in several
languages, on the reference hotel and development hotels; no message here is an item of a dev set."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.concierge import Concierge
from core.hotels import LANGUAGES, load_hotel
from core.i18n import say
from tests.test_brain import HOTEL, Guest, offline_concierge, skills_of, text_of

HOTELS = Path(__file__).resolve().parent / "data" / "hotels"
PARIS = load_hotel(HOTELS / "paris-marais-lumiere")      # no babysitting anywhere in its texts
SYDNEY = load_hotel(HOTELS / "sydney-harbour-terrace")   # an entry saying it has none
MARIA = "+14155550123"  # verified, room 214 at the reference hotel
CLAIRE = "+33612345678"  # verified, in house at the Paris hotel: her folio has room nights by meaning near a stay
NOT_SURE = [say("not_sure", language) for language in LANGUAGES]


@pytest.fixture(scope="module")
def concierge(tmp_path_factory) -> Concierge:
    return offline_concierge(tmp_path_factory.mktemp("false"), HOTEL, PARIS, SYDNEY)


@pytest.mark.parametrize("message", [
    "What should we do with our bikes after we check out?",
    "Que fait-on de nos skis pendant la journée ?",
    "¿Qué hacemos con nuestras maletas después de la salida?",
    "Was machen wir mit unserem Gepäck nach dem Auschecken?",
    "How much would it be for our dog, per night?",
    "¿Cuánto sale el estacionamiento para mi coche?",
])
def test_a_possessive_or_a_price_is_no_bill(concierge, message):
    turn = Guest(concierge, MARIA).says(message)
    assert "billing_inquiry" not in skills_of(turn), text_of(turn)


@pytest.mark.parametrize("message", ["What's my balance right now?", "¿Cuánto debo hasta ahora?",
                                     "Combien je vous dois pour l'instant ?"])
def test_the_bill_asked_for_is_still_the_bill(concierge, message):
    assert "billing_inquiry" in skills_of(Guest(concierge, MARIA).says(message))


@pytest.mark.parametrize("later", ["Could we push our check-out back to 1pm?",
                                   "チェックアウトを13時まで延長できますか？",
                                   "On peut prolonger le départ jusqu'à 13h ?"])
def test_a_late_check_out_after_the_bill_is_no_line_of_it(concierge, later):
    guest = Guest(concierge, CLAIRE, hotel=PARIS)
    assert "billing_inquiry" in skills_of(guest.says("What's my balance?"))
    turn = guest.says(later)
    assert "billing_inquiry" not in skills_of(turn), text_of(turn)


@pytest.mark.parametrize("message", [
    "Is there a nanny who could watch our kids on Friday while we're at a concert?",
    "Auriez-vous une nounou pour nos enfants vendredi soir, pendant que nous sortons au restaurant ?",
    "¿Tienen servicio de niñera para el viernes mientras cenamos fuera?",
    "Gibt es eine Kinderbetreuung am Freitagabend, während wir ins Restaurant gehen?",
    "Vous faites du baby-sitting ? (deux enfants) Nous voudrions sortir dîner vendredi.",
])
def test_a_service_the_hotel_never_names_is_not_answered_by_its_occasion(concierge, message):
    turn = Guest(concierge, hotel=PARIS).says(message)
    assert not turn.trace.kb and any(words in text_of(turn) for words in NOT_SURE), text_of(turn)


def test_a_service_the_hotel_names_is_answered_not_its_occasion(concierge):
    turn = Guest(concierge, hotel=SYDNEY).says("Could you find a babysitter for our two kids on Friday while we "
                                               "go out for a harbour dinner cruise?")
    assert turn.trace.kb[:1] == ["babysitting"], text_of(turn)


@pytest.mark.parametrize("message", [
    "Plus d'eau chaude dans la douche. Envoyez-nous quelqu'un s'il vous plaît !",
    "La cerradura de la puerta no cierra. ¡Manden a alguien, por favor!",
    "Батарея совсем холодная. Пришлите мастера!",
    "房间的门锁坏了。快派人来！",
    "The heater has died and it's icy in here. Please send someone up.",
])
def test_a_broken_essential_and_someone_asked_for_reaches_a_person(concierge, message):
    turn = Guest(concierge, hotel=PARIS).says(message)
    assert turn.trace.handoff and "complaints" in skills_of(turn), text_of(turn)


@pytest.mark.parametrize("message", [
    "Pouvez-vous nous monter deux oreillers de plus ?",
    "ممكن ترسلون لنا مناشف إضافية؟",
    "¿Nos traen una manta más, por favor?",
    "Können Sie uns einen Föhn aufs Zimmer bringen?",
])
def test_a_thing_asked_for_is_brought(concierge, message):
    turn = Guest(concierge, MARIA).says(message)
    assert "housekeeping" in skills_of(turn), text_of(turn)


@pytest.mark.parametrize("message", ["Les chambres ont-elles un sèche-cheveux ?", "هل توجد مناشف في الغرفة؟"])
def test_what_the_room_has_is_still_a_question(concierge, message):
    turn = Guest(concierge, MARIA).says(message)
    assert "housekeeping" not in skills_of(turn), text_of(turn)


@pytest.mark.parametrize("message", [
    "Could you send someone up to fix the radiator?", "could somebody come and look at the toilet, it keeps running",
    "¿Pueden mandar a alguien a arreglar la ducha?", "Pourriez-vous envoyer quelqu'un pour réparer le chauffage ?",
    "Können Sie jemanden schicken, der das Fenster repariert?", "Пришлите мастера, надо починить душ",
    "能派人来修一下马桶吗？", "誰か来てシャワーを直してもらえますか", "샤워기 고쳐 줄 기사님 좀 보내 주세요",
    "ممكن ترسلون فني لإصلاح الدش؟",
])
def test_a_person_asked_for_to_fix_something_is_a_fault_to_see_to(concierge, message):
    """"Send someone to fix the radiator" asks for a repair: a ticket for the fault, not "I'm not sure"."""
    assert skills_of(Guest(concierge, MARIA).says(message))[0] == "complaints"


@pytest.mark.parametrize("message", ["Could you send someone to pick us up at the airport?",
                                     "Can you send someone to help with our bags?"])
def test_a_person_sent_for_something_else_is_no_repair(concierge, message):
    assert "complaints" not in skills_of(Guest(concierge, MARIA).says(message))


@pytest.mark.parametrize("message", ["泳池几点以后就不能用了？", "健身房什么时候开始不能用？",
                                     "ジムは何時以降使えませんか？", "수영장 몇 시부터 못 써요?"])
def test_until_when_a_thing_may_be_used_is_asked_not_a_fault(concierge, message):
    """"几点以后就不能用了？" asks the hours; "不能用" alone ("洗衣机不能用了") is still a fault."""
    turn = Guest(concierge, "+15550007777").says(message)
    assert "complaints" not in skills_of(turn)


@pytest.mark.parametrize("message", ["洗衣机不能用了", "세탁기가 고장났어요"])
def test_a_thing_that_cannot_be_used_is_still_a_fault(concierge, message):
    assert "complaints" in skills_of(Guest(concierge, "+15550007777").says(message))


@pytest.mark.parametrize("message", [
    "We arrive in early spring. Will the rooftop pool be too cold for a swim?",
    "¿Estará muy fría la piscina en marzo?",
    "Wird der Pool im März zu kalt zum Schwimmen sein?",
    "Будет ли бассейн холодным в марте?",
    "三月的时候泳池会不会太冷？",
])
def test_how_a_thing_will_be_is_a_question_not_a_fault(concierge, message):
    """A guest asking ahead whether the pool will be cold reports nothing broken: no ticket, the pool's answer."""
    turn = Guest(concierge).says(message)
    assert "complaints" not in skills_of(turn) and "pool" in turn.trace.kb


@pytest.mark.parametrize("message", [
    "As a Brazilian, do I need a tourist visa to come to the US?",
    "¿Necesito visado para entrar en Estados Unidos con pasaporte argentino?",
    "Мне нужна виза в США, если у меня российский паспорт?",
    "持中国护照来美国需要签证吗？",
    "Welche Impfungen brauchen wir für die Reise in die USA?",
    "旅行保険には入ったほうがいいですか？",
    "여행자 보험 꼭 들어야 하나요?",
])
def test_a_visa_an_insurance_or_a_vaccine_is_not_answered_by_the_passport_or_emergency_entry(concierge, message):
    """What a country requires of a traveller is not the hotel's to say: the passport shown at check-in or the
    emergency numbers would be a confident wrong answer. The reference hotel speaks of none of them."""
    turn = Guest(concierge).says(message)
    assert not turn.trace.kb and any(unsure in text_of(turn) for unsure in NOT_SURE), text_of(turn)


@pytest.mark.parametrize("message", ["Do you accept Visa cards?", "¿Aceptan tarjeta Visa?", "Visaカードは使えますか？"])
def test_the_visa_card_is_still_a_payment_method(concierge, message):
    turn = Guest(concierge).says(message)
    assert turn.trace.kb and turn.trace.kb[0] == "payment-methods", text_of(turn)


@pytest.mark.parametrize("message", [
    "Is it going to rain this Saturday? We planned the harbor cruise",
    "¿Va a llover el domingo?",
    "Quel temps fera-t-il demain ?",
    "Wie wird das Wetter am Wochenende?",
    "Какая будет погода в пятницу?",
    "明天天气怎么样？",
    "明日の天気はどうですか？",
    "내일 날씨 어때요?",
])
def test_a_forecast_is_not_known_nor_answered_by_a_place(concierge, message):
    """No hotel text holds the weather of a coming day: not a place whose description the meaning resembles, nor an
    entry; an honest "not sure"."""
    turn = Guest(concierge).says(message)
    assert "local_recommendations" not in skills_of(turn) and not turn.trace.kb and \
        any(unsure in text_of(turn) for unsure in NOT_SURE), text_of(turn)


@pytest.mark.parametrize("message", [
    "Who is performing at the Sydney Opera House next Friday night?",
    "¿Qué ponen en la Ópera de Sídney el sábado? ¿Quién canta?",
    "Quelle est la programmation de l'Opéra de Sydney le 12 ?",
    "Welches Stück steht am Sonntag im Opernhaus auf dem Spielplan?",
    "Какой репертуар в Сиднейской опере на эти выходные?",
    "悉尼歌剧院这周六演什么？",
    "シドニー・オペラハウスの今週の演目は何ですか？",
])
def test_a_venues_programme_is_not_known_nor_answered_by_its_opening_hours(concierge, message):
    """No hotel text holds who sings or what plays on a night: said not known (with the venue's own facts when the
    guest named it by its name), never "yes, it is open on Friday" as if that were the answer."""
    turn = Guest(concierge, hotel=SYDNEY).says(message)
    text, language = text_of(turn), turn.trace.language
    admitted = (say("place_detail_unknown", language, place="Sydney Opera House"), say("not_sure", language))
    assert any(admission in text for admission in admitted), text
    assert not any(open_that_day in text for open_that_day in ("is open on", "abre el", "ouvert le", "geöffnet"))


@pytest.mark.parametrize("message", [
    "Is the train strike on Friday still happening?",
    "¿Sigue en pie la huelga de autobuses del lunes?",
    "La grève des taxis de jeudi est-elle maintenue ?",
    "Findet der Bahnstreik am Montag wirklich statt?",
])
def test_whether_a_strike_goes_ahead_is_not_known(concierge, message):
    """No hotel text knows whether the workers strike: never the shuttle's or the taxis' entry as if it did."""
    turn = Guest(concierge).says(message)
    assert any(unsure in text_of(turn) for unsure in NOT_SURE), text_of(turn)
