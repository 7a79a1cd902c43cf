"""The offline brain on long messages: a greeting, a story, then one to three questions, in several languages.

None of these messages is an item of a development or held-out set: each stands for a way guests write.
"""

from __future__ import annotations

import pytest

from agent.brains import followup, framing, splitter
from tests import test_brain
from tests.test_brain import Guest, skills_of, text_of

concierge, afternoon = test_brain.concierge, test_brain.afternoon  # the same fixtures: one hotel, a Saturday


@pytest.mark.parametrize("message", [
    "Morning! Our flight gets in at 6am and the kids will be wrecked. Is there any way to get into our room "
    "before noon?",
    "Llegamos en el vuelo de la mañana. ¿Podemos entrar a la habitación antes de las 12?",
    "Notre train arrive à 9h. Est-ce qu'on peut accéder à la chambre plus tôt ?",
    "Wir kommen um 8 Uhr morgens an. Können wir früher ins Zimmer?",
    "Мы прилетаем рано утром. Можно заселиться пораньше?",
    "我们早上七点到，可以早点入住吗？",
    "朝8時に着きます。早めに部屋に入れますか？",
    "아침 일찍 도착해요. 일찍 입실할 수 있나요?",
    "نصل في الصباح الباكر. هل يمكن الدخول إلى الغرفة قبل الظهر؟",
])
def test_getting_into_the_room_before_the_usual_time_is_an_early_check_in(concierge, message):
    """However it is said, and whatever the story before it: an arrival time told is no wake-up call, and the
    words for the room before noon are not a late check-out."""
    turn = Guest(concierge).says(message)
    assert turn.trace.kb[:1] == ["early-check-in"] and "25" in text_of(turn)
    assert "wake_up_call" not in skills_of(turn) and "itinerary_plan" not in skills_of(turn)


@pytest.mark.parametrize("message", [
    "We won't need the shuttle, we'd rather take a taxi downtown at 9. Can the desk order one?",
    "Pas besoin de la navette, il nous faut un taxi pour la gare à 6h. Vous pouvez en appeler un ?",
    "Necesitamos un taxi a la estación mañana a las 6. ¿Pueden pedir uno?",
])
def test_a_question_pointing_back_is_asked_with_the_sentence_it_points_at(concierge, message):
    """"Can the desk order one?" asks nothing alone (its words alone find the wake-up call); what is turned
    down ("no shuttle") is no topic."""
    turn = Guest(concierge).says(message)
    assert turn.trace.kb[:1] == ["taxi-rideshare"] and "airport-shuttle" not in turn.trace.kb


@pytest.mark.parametrize(("message", "entries"), [
    ("Two questions: is there a gym, and what time does the pool close?", ["gym", "pool"]),
    ("Dos preguntas: ¿hay gimnasio? ¿hasta qué hora abre la piscina?", ["gym", "pool"]),
    ("Noch eine Frage: gibt es einen Fitnessraum?", ["gym"]),
])
def test_a_label_announcing_the_questions_is_no_topic(concierge, message, entries):
    turn = Guest(concierge).says(message)
    assert [entry for entry in turn.trace.kb if entry in entries] == entries


@pytest.mark.parametrize("message", [
    "We're grad students and money is tight. What's your cheapest room?",
    "Somos estudiantes y vamos justos de dinero. ¿Cuál es la habitación más barata?",
])
def test_a_story_about_money_is_no_bill(concierge, message):
    turn = Guest(concierge).says(message)
    assert "billing_inquiry" not in skills_of(turn) and "room-types" in turn.trace.kb and "189" in text_of(turn)


@pytest.mark.parametrize(("text", "label"), [
    ("Two things: is there a gym", "is there a gym"),
    ("Last question: do you have cribs?", "do you have cribs?"),
    ("Deux questions : le parking est-il payant ?", "le parking est-il payant ?"),
    ("还有一个问题：有没有停车场？", "有没有停车场？"),
    ("질문 두 가지: 수영장 있어요?", "수영장 있어요?"),
    ("Breakfast: what time?", "Breakfast: what time?"),  # the label is the topic
    ("Allergy question: is there gluten-free bread?", "Allergy question: is there gluten-free bread?"),
])
def test_a_lead_in_label_is_left_out(text, label):
    assert framing.without_lead_in(text) == label


@pytest.mark.parametrize(("sentence", "parts"), [
    ("We land at 7 and will be exhausted by the time we get there.", 1),
    ("Wir kommen spät an und sind bestimmt müde.", 1),
    ("Is there parking, and does it cost extra?", 2),
])
def test_a_sentence_ending_in_a_full_stop_asks_no_second_question(sentence, parts):
    assert len(splitter.questions(sentence)) == parts


@pytest.mark.parametrize(("sentence", "kept"), [
    ("We don't need the shuttle, we need a taxi at 6", "we need a taxi at 6"),
    ("No necesitamos toallas, pero ¿pueden traer almohadas?", "¿pueden traer almohadas?"),
    ("I don't need housekeeping today", "I don't need housekeeping today"),  # nothing else is asked
])
def test_what_the_guest_does_not_need_is_left_out(sentence, kept):
    assert followup.without_not_needed(sentence) == kept


@pytest.mark.parametrize(("message", "entries"), [
    ("Hi, we're coming for our anniversary. Two questions: 1) is there a gym 2) can we bring our dog", ["gym",
                                                                                                       "pet-policy"]),
    ("Hola, dos dudas: 1) ¿hay gimnasio? 2) ¿se admiten perros?", ["gym", "pet-policy"]),
])
def test_each_question_of_a_numbered_list_is_answered(concierge, message, entries):
    turn = Guest(concierge).says(message)
    assert all(entry in turn.trace.kb for entry in entries) and "room_service" not in skills_of(turn)


@pytest.mark.parametrize(("message", "entry", "unsure"), [
    ("We're coming for a wedding, so excited. Is breakfast included? Also, do you have a bowling alley?",
     "breakfast-included", "not sure"),
    ("Wir reisen mit dem Auto an. Wie viel kostet das Parken pro Nacht und gibt es eine Kegelbahn",
     "parking", "nicht sicher"),
    ("Nous arrivons en voiture. Y a-t-il une piste de bowling ? Et le parking, c'est combien ?",
     "parking", "pas sûr"),
])
def test_a_second_question_the_faq_does_not_know_is_admitted_not_dropped(concierge, message, entry, unsure):
    turn = Guest(concierge).says(message)
    assert entry in turn.trace.kb and unsure in text_of(turn)


@pytest.mark.parametrize(("message", "entry"), [
    ("Is there a gym? When does it open?", "gym"),
    ("Есть ли у вас спортзал? Когда он открыт?", "gym"),
    ("Hay piscina? ¿Está climatizada ella?", "pool"),
    ("Can I smoke in my room? Or at least an e-cigarette?", "smoking-policy"),  # the same entry asked twice
    ("¿Se puede fumar en la habitación? ¿O al menos un cigarrillo electrónico?", "smoking-policy"),
])
def test_a_question_about_what_was_just_named_is_no_question_of_its_own(concierge, message, entry):
    turn = Guest(concierge).says(message)
    assert entry in turn.trace.kb and not any(unsure in text_of(turn) for unsure in ("not sure", "не уверен",
                                                                                      "no estoy seguro"))


@pytest.mark.parametrize("message", [
    "Do we need to bring our own towels to the pool?",
    "¿Hay que traer toallas propias para la piscina?",
    "Müssen wir Handtücher für den Pool mitbringen?",
])
def test_whether_to_bring_ones_own_is_a_question_not_a_request(concierge, message):
    turn = Guest(concierge).says(message)
    assert "housekeeping" not in skills_of(turn)



@pytest.mark.parametrize("message", [
    "Heading out in a minute. Which street is the hotel on? The taxi driver is asking.",
    "¿En qué calle está el hotel? Se lo tengo que decir al taxista.",
    "Der Taxifahrer fragt nach Ihrer Adresse. Welche Straße ist es?",
    "Quelle est votre adresse ? C'est pour le chauffeur de taxi.",
    "タクシーの運転手に見せたいので、ホテルの住所を教えてください。",
])
def test_the_address_asked_for_a_taxi_is_the_address_not_the_taxi(concierge, message):
    """The cab is the occasion; the street the hotel is on is the question (the taxi may be told beside it)."""
    turn = Guest(concierge).says(message)
    assert "hotel-address" in turn.trace.kb and "48 Wharf" in text_of(turn)


@pytest.mark.parametrize("message", [
    "Does my room have a safe? I'm hoping to leave my passport in there while we hike.",
    "¿Las habitaciones tienen caja de seguridad? Es para dejar los pasaportes.",
    "O quarto tem cofre? É pra deixar os passaportes.",
    "Les chambres ont-elles un coffre ? Nous voulons y laisser nos passeports.",
    "Hat das Zimmer einen Tresor? Wir wollen unsere Reisepässe darin aufbewahren.",
    "Есть ли в номере сейф? Чтобы оставить там паспорта.",
    "客房有保险柜吗？打算把护照放进去。",
    "客室にセーフティボックスはありますか？パスポートをしまっておきたいので。",
    "방에 금고가 있어요? 여권이랑 현금 보관하려고요.",
    "هل في الغرفة خزنة؟ لأترك فيها جوازات السفر.",
])
def test_what_a_question_is_asked_for_is_its_story_not_a_question_of_its_own(concierge, message):
    """A sentence told after a question that says what the guest wants it for lends it its words: the guest asked
    about the safe, and gets no paragraph on the ID needed at check-in because the passport was named."""
    turn = Guest(concierge).says(message)
    assert turn.trace.kb[:1] == ["in-room-safe"] and "id-at-check-in" not in turn.trace.kb
    assert skills_of(turn) == ["search_kb"]


@pytest.mark.parametrize(("message", "skill"), [
    ("Is there a pool? Also the shower is broken.", "complaints"),
    ("Le petit-déjeuner est à quelle heure ? La clim de la chambre 214 ne marche plus.", "complaints"),
    ("朝食は何時からですか？シャワーのお湯が出ません。", "complaints"),
    ("Do you have towels? Please send two to 305.", "housekeeping"),
])
def test_a_request_or_a_fault_told_after_a_question_keeps_its_own_step(concierge, message, skill):
    assert skill in skills_of(Guest(concierge).says(message))


@pytest.mark.parametrize(("sentence", "purpose"), [
    ("I want to keep my laptop there.", True),
    ("That's for our car keys.", True),
    ("para guardar las joyas", True),
    ("um die Kamera einzuschließen", True),
    ("чтобы оставить ноутбук", True),
    ("想把相机放进去。", True),
    ("カメラを入れておくつもりです。", True),
    ("노트북 넣어두려고요.", True),
    ("لكي أضع الكاميرا", True),
    ("I'd like to know about the parking.", False),
    ("Je voudrais réserver une table.", False),
    ("我想知道停车费。", False),
    ("予約したいです。", False),
    ("마사지 예약하고 싶어요.", False),
    ("We land at 8am.", False),
])
def test_a_purpose_is_told_apart_from_a_wish_to_know_or_to_book(sentence, purpose):
    assert bool(framing.PURPOSE.search(sentence)) is purpose
