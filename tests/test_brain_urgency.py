"""An urgent problem (a person must take over now) told from a routine fault, and a worried question from a
complaint. Fresh wording in several languages on development hotels; no message here is an item of a dev set."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.concierge import Concierge
from core.hotels import load_hotel
from skills import complaints
from tests.test_brain import Guest, offline_concierge, skills_of, text_of

HOTELS = Path(__file__).resolve().parent / "data" / "hotels"
CANCUN = load_hotel(HOTELS / "cancun-playa-azul")       # hot weather, a safe in every room
REYKJAVIK = load_hotel(HOTELS / "reykjavik-nordurljos")  # geothermal hot water that smells of sulphur, midnight sun


@pytest.fixture(scope="module")
def concierge(tmp_path_factory) -> Concierge:
    return offline_concierge(tmp_path_factory.mktemp("urgency"), CANCUN, REYKJAVIK)


@pytest.mark.parametrize("message", [
    "The heater in our room died and it's minus 10 outside, we're shivering",
    "Le radiateur est glacé et on gèle dans la chambre",
    "Батарея ледяная, в номере очень холодно",
    "La clim ne refroidit plus, il fait 35 degrés dans la chambre et on étouffe",
    "Die Klimaanlage kühlt nicht, unser Baby kann nicht schlafen",
    "空调不制冷，房间里太热了，孩子睡不着",
    "المكيف لا يعمل والغرفة حارة جدا والأطفال لا يستطيعون النوم",
    "There's water coming out under the bathroom door and the whole floor is wet",
    "Está goteando agua del techo sobre la cama",
    "天井から水が漏れてベッドが濡れています",
    "La habitación huele a humedad y mi hijo tiene asma",
    "В номере пахнет плесенью, а у меня астма",
    "Im Zimmer sind Kakerlaken, wir brauchen heute Abend ein anderes Zimmer",
    "The safe won't open and my passport is in it, our flight is at 3",
    "Сейф не открывается, там паспорта, а у нас самолёт через час",
    "保险箱打不开，护照在里面，我们一个小时后去机场",
    # water through the ceiling, wherever it lands
    "Water keeps dripping from the ceiling in the bathroom", "L'eau goutte du plafond de la salle de bains",
    "Im Bad tropft es von der Decke", "С потолка в ванной течёт вода", "浴室天花板在滴水", "욕실 천장에서 물이 새요",
    "¡Está saliendo agua del techo, habitación 12!", "Hay agua cayendo del techo encima del escritorio",
])
def test_a_problem_that_cannot_wait_reaches_a_person(concierge, message):
    turn = Guest(concierge, hotel=CANCUN).says(message)
    assert turn.trace.handoff and "complaints" in skills_of(turn), text_of(turn)


@pytest.mark.parametrize("message", [
    "The AC is making a rattling noise", "El aire acondicionado no enfría bien", "Der Wasserhahn im Bad tropft",
    "Кран в ванной подтекает", "The bathroom floor is wet after every shower, the drain is slow",
    "The safe in our room won't lock", "The heating isn't working", "The room smells musty",
])
def test_a_routine_fault_is_a_ticket(concierge, message):
    turn = Guest(concierge, hotel=CANCUN).says(message)
    assert "complaints" in skills_of(turn) and not turn.trace.handoff, text_of(turn)


@pytest.mark.parametrize("message", ["How do I open the safe?", "Is the safe in the room big enough for a laptop?",
                                     "Mi hijo tiene asma, ¿las habitaciones tienen alfombra?",
                                     "If it rains, what can the kids do?"])
def test_a_question_about_the_same_things_stays_a_question(concierge, message):
    assert "complaints" not in skills_of(Guest(concierge, hotel=CANCUN).says(message))


@pytest.mark.parametrize("message", [
    "The hot water smells a bit like sulphur, should we worry?", "El agua caliente huele a huevo podrido, ¿es normal?",
    "Das Warmwasser riecht nach Schwefel. Ist das normal?", "Горячая вода пахнет тухлыми яйцами, это нормально?",
    "热水有一股臭鸡蛋味，正常吗？", "お湯から卵の腐ったような匂いがします。大丈夫ですか？",
    "I sleep very badly and it never gets dark in summer, will I manage to sleep?",
    "Gibt es einen Aufzug? Meine Oma kann keine Treppen steigen.", "有电梯吗？我妈妈爬不了楼梯。",
])
def test_a_worried_question_is_answered_not_ticketed(concierge, message):
    turn = Guest(concierge, hotel=REYKJAVIK).says(message)
    assert skills_of(turn) == ["search_kb"] and turn.trace.kb, text_of(turn)


def test_a_worry_about_what_cannot_wait_still_reaches_a_person(concierge):
    turn = Guest(concierge, hotel=REYKJAVIK).says("Water is dripping from the ceiling onto the bed, is that normal?")
    assert turn.trace.handoff and "complaints" in skills_of(turn), text_of(turn)


@pytest.mark.parametrize("text", ["The safe is stuck, not urgent, whenever you can.", "No es urgente, la ducha gotea"])
def test_a_fault_told_as_no_hurry_is_not_urgent(text):
    assert not complaints.urgent(text)
