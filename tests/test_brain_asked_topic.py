"""The offline brain on a question whose words are few beside a story: the hotel topic the question names (its pets,
its room service, its late arrivals), not the story's, chooses the FAQ entry.

None of these messages is an item of a development or held-out set: each stands for a way guests write.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from core.hotels import load_hotel
from tests import test_brain
from tests.test_brain import Guest, offline_concierge, skills_of, text_of

afternoon = test_brain.afternoon  # a Saturday afternoon at the hotel
HOTELS = Path(__file__).resolve().parent / "data" / "hotels"
LONDON, BERLIN, ISTANBUL = "london-kings-cross", "berlin-kreuzberg-hostel", "istanbul-galata-konak"
CAMP = "muscat-dunes-camp"


@pytest.fixture(scope="module")
def concierge(tmp_path_factory):
    hotels = [load_hotel(HOTELS / hotel) for hotel in (LONDON, BERLIN, ISTANBUL, CAMP)]
    return offline_concierge(tmp_path_factory.mktemp("asked-topic"), *hotels), {h.id: h for h in hotels}


def _first_entry(concierge, hotel: str, message: str) -> list[str]:
    brain, hotels = concierge
    return Guest(brain, hotel=hotels[hotel]).says(message).trace.kb[:1]


@pytest.mark.parametrize("message", [
    "Just got back from a gig, it's nearly 2am and I haven't eaten. Is there anything I can order up to the room now?",
    "Acabamos de volver de un concierto y es casi la una de la madrugada. ¿Todavía nos pueden subir algo de comer a "
    "la habitación?",
    "On rentre d'un spectacle, il est presque 1h du matin et on a faim. On peut encore se faire monter quelque chose à "
    "manger dans la chambre ?",
    "Wir kommen spät vom Konzert zurück, es ist fast 1 Uhr nachts. Kann man noch Essen aufs Zimmer bestellen?",
    "Мы вернулись поздно, уже почти час ночи. Можно ещё заказать еду в номер?",
])
def test_food_brought_up_at_night_is_room_service(concierge, message):
    assert _first_entry(concierge, LONDON, message) == ["room-service"]


@pytest.mark.parametrize("message", [
    "We're coming with our elderly spaniel, he sleeps all day. Would that be alright in a Classic Double?",
    "Nous venons avec notre vieux chien, il dort toute la journée. Est-ce possible dans une chambre Classic ?",
    "Wir reisen mit unserem kleinen Hund, er ist sehr ruhig. Geht das in einem Classic Double?",
])
def test_a_dog_told_of_before_a_question_about_a_room_asks_the_pet_policy(concierge, message):
    """Under the bar the story's dog, a topic one or two entries are about, is what "would that be alright" asks."""
    assert _first_entry(concierge, LONDON, message) == ["pet-policy"]


@pytest.mark.parametrize("message", [
    "Our plane touches down at BER just before midnight. How do we get inside if reception has shut by then?",
    "Notre avion atterrit à BER vers minuit. Comment entrer si la réception est fermée ?",
    "Наш самолёт садится в BER около полуночи. Как попасть внутрь, если ресепшен уже закрыт?",
    "Unser Flug landet erst kurz vor Mitternacht am BER. Wie kommen wir rein, wenn die Rezeption schon zu ist?",
])
def test_how_to_get_in_after_a_late_flight_is_the_late_arrival_not_the_airport(concierge, message):
    """The flight's words (BER, landing) would reword the message to the way from the airport: the question's
    own words, about reception, settle it."""
    assert _first_entry(concierge, BERLIN, message) == ["self-check-in"]


def test_the_last_day_asked_before_a_flight_told_is_the_late_check_out(concierge):
    """A flight home told after the question reads like an early arrival's story ("our flight lands at 6 am, can we
    get the room?") over the bar: the question alone names check-out, and finds it surely."""
    message = "how long can we hold on to the room on our last day? the flight home is at 7pm"
    assert _first_entry(concierge, ISTANBUL, message) == ["late-check-out"]


@pytest.mark.parametrize("message", [
    "We'd love a sauna after the museum tour. Can you book one?",
    "Nach der Stadtführung hätten wir gern eine Sauna. Können Sie eine buchen?",
])
def test_a_thing_the_hotel_never_speaks_of_is_not_steered_to_the_story(concierge, message):
    """The tour is no answer to a sauna the hotel does not have."""
    assert _first_entry(concierge, LONDON, message) != ["things-to-do"]


@pytest.mark.parametrize("message", ["Can I pay with Amex? Is there a cash machine at the camp?",
                                     "Any cash machine around? Do you accept Amex?"])
def test_a_thing_the_glossary_knows_by_another_name_is_no_unheard_of_thing(concierge, message):
    """"Cash machine" is the ATM the camp's payment entry writes of: the glossary's own name for it counts as the
    hotel's word, whatever its case."""
    assert _first_entry(concierge, CAMP, message) == ["payment-methods"]


@pytest.mark.parametrize("message", [
    "Minibar's empty, could someone restock it? Room 512",
    "¿Me pueden reponer el minibar? Habitación 304",
    "Könnten Sie bitte die Minibar in Zimmer 610 auffüllen?",
    "Пополните мини-бар в номере 402, пожалуйста",
])
def test_a_minibar_to_restock_is_a_request_for_housekeeping_not_the_minibar_entry(concierge, message):
    brain, hotels = concierge
    turn = Guest(brain, hotel=hotels[LONDON]).says(message)
    assert skills_of(turn) == ["housekeeping"] and turn.trace.skills[0].ok, text_of(turn)


@pytest.mark.parametrize("message", ["Is there a minibar in the room?", "Le minibar est-il payant ?"])
def test_the_minibar_asked_about_is_still_the_faqs(concierge, message):
    brain, hotels = concierge
    assert Guest(brain, hotel=hotels[LONDON]).says(message).trace.kb[:1] == ["minibar"]


@pytest.mark.parametrize("hotel", [LONDON, ISTANBUL, BERLIN])
@pytest.mark.parametrize("message", [
    "Pretty sure I left my headphones in room 21 when we checked out this morning. Could you check for me?",
    "I think we forgot our son's toy rabbit in the room on Sunday. Have you found it?",
    "Nos dejamos un paraguas en la habitación cuando nos fuimos. ¿Pueden mirar?",
    "J'ai oublié mon écharpe dans la chambre 3. Vous pouvez regarder ?",
    "Ich habe mein Ladekabel im Zimmer liegen lassen. Können Sie bitte nachsehen?",
])
def test_something_left_behind_then_a_bare_request_is_lost_property(concierge, hotel, message):
    # "Can you check?" names nothing: what to look for is the story, and the story is the hotel's lost property,
    # not the check-out it was told with
    assert _first_entry(concierge, hotel, message) == ["lost-and-found"]
