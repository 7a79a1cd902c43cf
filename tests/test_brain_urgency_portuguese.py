"""Urgent messages the rules once missed: Portuguese emergencies, hazards and requests for a person, a cry for help
said after what is happening, and a noise complaint told without the word "noise". Fresh wording; no message here
is an item of a dev set."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.concierge import Concierge
from core.hotels import load_hotel
from tests.test_brain import Guest, offline_concierge, skills_of, text_of

HOTELS = Path(__file__).resolve().parent / "data" / "hotels"
PARATY = load_hotel(HOTELS / "paraty-pousada-do-cais")
CANCUN = load_hotel(HOTELS / "cancun-playa-azul")


@pytest.fixture(scope="module")
def concierge(tmp_path_factory) -> Concierge:
    return offline_concierge(tmp_path_factory.mktemp("urgency-pt"), PARATY, CANCUN)


@pytest.mark.parametrize("message", [
    "Meu pai está com dor forte no peito, quarto 8, rápido!",
    "Minha filha não consegue respirar direito, estamos no quarto 3",
    "Meu marido desmaiou no banheiro!",
    "A senhora do quarto 5 caiu na escada e não consegue levantar",
    "Sinto cheiro de gás na cozinha do chalé",
])
def test_a_portuguese_emergency_reaches_a_person(concierge, message):
    turn = Guest(concierge, hotel=PARATY).says(message)
    assert turn.trace.handoff and turn.trace.language == "pt"


@pytest.mark.parametrize("message", ["Quero falar com um atendente, por favor", "Venham já, a porta não tranca"])
def test_a_person_asked_for_in_portuguese_is_given(concierge, message):
    assert Guest(concierge, hotel=PARATY).says(message).trace.handoff


def test_a_fire_supposed_in_portuguese_is_a_question_not_an_alarm(concierge):
    turn = Guest(concierge, hotel=PARATY).says("Em caso de incêndio, para onde devemos ir?")
    assert not turn.trace.handoff


@pytest.mark.parametrize("message", [
    "The bathroom sink is overflowing onto the carpet in 1204. Help!",
    "Water keeps pouring in from the balcony and it's reaching the beds. help",
])
def test_help_cried_after_what_is_happening_brings_a_person(concierge, message):
    turn = Guest(concierge, hotel=CANCUN).says(message)
    assert turn.trace.handoff


def test_help_asked_for_is_no_cry(concierge):
    turn = Guest(concierge, hotel=CANCUN).says("Could you help us find a good taco place?")
    assert not turn.trace.handoff


@pytest.mark.parametrize("message", [
    "Someone's karaoke next door has been going since 10 and it's past midnight",
    "The party upstairs is still going at 2am, this is just not okay",
])
def test_noise_told_without_the_word_is_a_complaint(concierge, message):
    turn = Guest(concierge, hotel=CANCUN).says(message)
    assert skills_of(turn)[0] == "complaints", text_of(turn)
