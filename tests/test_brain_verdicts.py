"""A yes/no question whose answer the hotel wrote only in English: the verdict the hotel's own sentence states is
said first in the guest's language, never one it does not state. Fresh wording; no message is an item of a dev
set."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.hotels import load_hotel
from tests import test_brain
from tests.test_brain import Guest, offline_concierge, text_of

afternoon = test_brain.afternoon  # a Saturday afternoon at the hotel
HOTELS = Path(__file__).resolve().parent / "data" / "hotels"
LUXOR, LONDON, ZERMATT = "luxor-nile-lotus-hotel", "london-kings-cross", "zermatt-alpenrose"
REYKJAVIK = "reykjavik-nordurljos"


@pytest.fixture(scope="module")
def concierge(tmp_path_factory):
    hotels = [load_hotel(HOTELS / hotel) for hotel in (LUXOR, LONDON, ZERMATT, REYKJAVIK)]
    return offline_concierge(tmp_path_factory.mktemp("verdicts"), *hotels), {h.id: h for h in hotels}


def _reply(concierge, hotel: str, message: str) -> str:
    brain, hotels = concierge
    return text_of(Guest(brain, hotel=hotels[hotel]).says(message))


@pytest.mark.parametrize(("hotel", "message", "verdict"), [
    (REYKJAVIK, "Vocês têm elevador na casa?", "Não, não temos."),               # "There is no elevator"
    (REYKJAVIK, "¿La casa tiene ascensor?", "No, eso no lo tenemos."),
    (LONDON, "Разрешено ли курить электронную сигарету в комнате?", "Это запрещено."),  # "fully non-smoking"
    (ZERMATT, "아침 식사가 요금에 포함되어 있나요?", "포함되어 있습니다."),           # "included in every rate"
    (ZERMATT, "¿El desayuno va incluido en la tarifa?", "Eso está incluido."),
])
def test_the_hotels_verdict_opens_the_reply_in_the_guests_language(concierge, hotel, message, verdict):
    reply = _reply(concierge, hotel, message)
    assert reply.startswith(verdict) and "English" not in reply.split(".")[0]


@pytest.mark.parametrize("message", ["Posso trazer meu cão de assistência?", "Можно приехать с собакой-поводырём?"])
def test_an_exception_is_not_answered_with_the_rule_it_excepts(concierge, message):
    """"No pets of any kind. Trained assistance dogs are welcome": a guide dog gets no flat no."""
    reply = _reply(concierge, LUXOR, message)
    assert not reply.startswith(("Não", "Нет"))


@pytest.mark.parametrize(("hotel", "message"), [
    (ZERMATT, "¿A qué hora es el desayuno?"),   # not a yes/no question
    (LUXOR, "Which cards can I pay with?"),     # an English guest reads the hotel's own words
])
def test_no_verdict_is_said_to_what_is_no_yes_no_question(concierge, hotel, message):
    reply = _reply(concierge, hotel, message)
    assert not reply.startswith(("Sí", "No.", "Eso", "Es gratis", "Yes", "It's"))
