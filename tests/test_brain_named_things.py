"""The offline brain on a question that names a thing the hotel has an entry for (a felucca, a dune drive, a
climate fee, a ride from the airport, an onsen), beside words a broader entry shares (a tour, a price, the address,
the hours): the thing's own entry answers, not the broader one.

None of these messages is an item of a development or held-out set: each stands for a way guests write.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from core.hotels import load_hotel
from tests import test_brain
from tests.test_brain import Guest, offline_concierge, text_of

afternoon = test_brain.afternoon  # a Saturday afternoon at the hotel
HOTELS = Path(__file__).resolve().parent / "data" / "hotels"
LUXOR, CAMP, SANTORINI, NISEKO = ("luxor-nile-lotus-hotel", "muscat-dunes-camp", "santorini-caldera-cave-suites",
                                  "niseko-powder-lodge")


@pytest.fixture(scope="module")
def concierge(tmp_path_factory):
    hotels = [load_hotel(HOTELS / hotel) for hotel in (LUXOR, CAMP, SANTORINI, NISEKO)]
    return offline_concierge(tmp_path_factory.mktemp("named-things"), *hotels), {h.id: h for h in hotels}


@pytest.mark.parametrize(("hotel", "message", "entry"), [
    (LUXOR, "펠루카 타려면 얼마예요?", "felucca-sunset"),                 # a sailing boat by its Korean loanword
    (CAMP, "デューンバッシングは子供も参加できますか？", "dune-bashing"),  # the dune drive, not the tents or a price
    (CAMP, "كم سعر التطعيس؟", "dune-bashing"),
    (SANTORINI, "Wie hoch ist die Klimaabgabe pro Nacht?", "climate-resilience-fee"),  # not the room rates
    (SANTORINI, "¿Cuánto es la tasa climática por noche?", "climate-resilience-fee"),
    (SANTORINI, "كم تكلفة التوصيل من المطار للفندق؟", "transfers"),  # a ride from the airport, not the address
    (NISEKO, "onsen hrs tonight?", "onsen"),  # the onsen's hours, not check-in's, whose question says "hours" too
])
def test_the_entry_about_the_thing_named_answers(concierge, hotel, message, entry):
    brain, hotels = concierge
    turn = Guest(brain, hotel=hotels[hotel]).says(message)
    assert turn.trace.kb[:1] == [entry], (message, turn.trace.kb, text_of(turn))
