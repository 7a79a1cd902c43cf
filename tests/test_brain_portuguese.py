"""A Portuguese-speaking guest, Brazilian or European, is served in Portuguese from the first message to the deposit
link: the FAQ, a stay booked and paid, the bill, room service, housekeeping, a fault, a wake-up call and a person
(fresh wording: none of these is an item of a development or held-out set)."""

from __future__ import annotations

import datetime as dt

import pytest

from agent.brains.dates import find_stay, find_time
from core.i18n import catalog
from tests import test_brain
from tests.test_brain import AMIRA, KENJI, MARIA, Guest, skills_of, text_of

concierge, afternoon = test_brain.concierge, test_brain.afternoon  # the same fixtures: one hotel, a Saturday


def test_every_phrase_is_written_in_portuguese():
    staff_only = {key for key, texts in catalog().items() if set(texts) == {"en"}}
    assert [key for key, texts in catalog().items() if "pt" not in texts and key not in staff_only] == []


@pytest.mark.parametrize(("text", "stay"), [
    ("Queremos ficar de 3 a 6 de março", (dt.date(2027, 3, 3), dt.date(2027, 3, 6), 3)),
    ("um quarto do dia 14 até o dia 17 de julho de 2027", (dt.date(2027, 7, 14), dt.date(2027, 7, 17), 3)),
    ("chegamos em 20 de dezembro, são 2 noites", (dt.date(2026, 12, 20), dt.date(2026, 12, 22), 2)),
    ("Tem vaga para amanhã? Só uma noite", (dt.date(2026, 11, 22), dt.date(2026, 11, 23), 1)),
])
def test_a_stay_said_in_portuguese_is_read(text, stay):
    found = find_stay(text, dt.date(2026, 11, 21))
    assert (found.check_in, found.check_out, found.nights) == stay


@pytest.mark.parametrize(("text", "time"), [
    ("me acorda às 6h45", "06:45"), ("às sete e meia da manhã", "07:30"), ("hoje à noite às 9", "21:00"),
    ("ao meio-dia", "12:00"),
])
def test_a_time_said_in_portuguese_is_read(text, time):
    assert find_time(text) == time


@pytest.mark.parametrize(("message", "entry", "says"), [
    ("Até que horas tenho que deixar o quarto?", "check-out-time", "11:00"),
    ("Posso levar meu cachorro?", "pet-policy", "35"),
])
def test_a_portuguese_question_is_answered_from_the_faq_in_portuguese(concierge, message, entry, says):
    turn = Guest(concierge).says(message)
    assert turn.trace.language == "pt" and skills_of(turn) == ["search_kb"] and turn.trace.kb[0] == entry
    assert says in text_of(turn)


def test_a_stay_asked_in_portuguese_is_booked_and_its_deposit_link_sent(concierge):
    guest = Guest(concierge, "+5521998765432")
    asked = guest.says("Boa tarde! A King Suite está livre de 3 a 6 de março de 2027 para nós dois?")
    assert skills_of(asked) == ["check_availability"] and asked.trace.language == "pt"
    assert asked.trace.skills[0].args["check_in"] == "2027-03-03" and "disponível" in text_of(asked)
    lead = guest.says("Pode reservar. Sou o Marcos Pereira, marcos.pereira@example.com, +55 21 99876 5432")
    assert "create_lead" in skills_of(lead) and lead.trace.skills[-1].ok and "Marcos" in text_of(lead)
    pay = guest.says("Como faço para pagar o sinal?")
    assert skills_of(pay) == ["generate_payment_link"] and pay.replies[0].payment_url in text_of(pay)
    assert "sinal" in text_of(pay) and pay.trace.language == "pt"


@pytest.mark.parametrize(("phone", "message", "balance"), [
    (KENJI, "Quanto ainda falta pagar do nosso quarto?", "427.32"),
    (MARIA, "Me mostra o saldo da minha conta, por favor", "335.12"),
])
def test_the_bill_asked_in_portuguese_is_read_out(concierge, phone, message, balance):
    turn = Guest(concierge, phone).says(message)
    assert skills_of(turn) == ["billing_inquiry"] and balance in text_of(turn) and turn.trace.language == "pt"


def test_room_service_ordered_in_portuguese_names_the_dishes(concierge):
    turn = Guest(concierge, AMIRA).says("Queria um hambúrguer e uma água com gás no meu quarto, por favor")
    items = {line["item_id"] for line in turn.trace.skills[0].args["items"]}
    assert skills_of(turn) == ["room_service"] and items == {"harbor-burger", "sparkling-water"}
    assert "pedido" in text_of(turn)


def test_housekeeping_asked_in_portuguese_brings_the_count_to_the_room(concierge):
    turn = Guest(concierge, MARIA).says("Dá para trazer mais duas toalhas de banho e um travesseiro pro quarto 214?")
    assert skills_of(turn) == ["housekeeping"] and turn.trace.skills[0].args["room"] == "214"
    assert {item["item"]: item.get("quantity", 1) for item in turn.trace.skills[0].args["items"]} == \
        {"towels": 2, "pillows": 1}
    assert "governança" in text_of(turn)


def test_a_fault_told_in_portuguese_goes_to_maintenance(concierge):
    turn = Guest(concierge, KENJI).says("A descarga do banheiro não funciona")
    assert skills_of(turn) == ["complaints"] and "manutenção" in text_of(turn)


def test_a_wake_up_call_asked_in_portuguese_is_set(concierge):
    turn = Guest(concierge, KENJI).says("Pode me acordar amanhã às 6h45?")
    assert skills_of(turn) == ["wake_up_call"] and "06:45" in text_of(turn) and "despertador" in text_of(turn)


@pytest.mark.parametrize("message", ["Prefiro falar com um atendente, por favor", "Quero falar com uma pessoa"])
def test_a_person_asked_for_in_portuguese_is_connected(concierge, message):
    turn = Guest(concierge).says(message)
    assert turn.trace.handoff and turn.trace.language == "pt" and "recepção" in text_of(turn)


@pytest.mark.parametrize("message", ["¿Tienen estacionamiento?", "Necesito dos toallas más, por favor",
                                     "¿Cuánto debo en total?"])
def test_a_spanish_guest_stays_spanish(concierge, message):
    assert Guest(concierge).says(message).trace.language == "es"


@pytest.mark.parametrize(("message", "says"), [("Olá, boa tarde!", "concierge digital"),
                                               ("Valeu, muito obrigada!", "De nada")])
def test_a_greeting_and_thanks_in_portuguese_are_answered_in_kind(concierge, message, says):
    turn = Guest(concierge).says(message)
    assert turn.trace.language == "pt" and says in text_of(turn) and not skills_of(turn)
