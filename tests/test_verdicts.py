"""The verdict of an English-only FAQ answer, said in the guest's language: taken from the hotel's own clause,
only for a yes/no question whose nearest clause states it. Fresh wording; no message is an item of a dev set."""

from __future__ import annotations

import re

import pytest

from kb import glossary
from skills.verdicts import Verdict, clauses, kind_of, prefixed, questions, verdicts

_WORDS = {"guía": "guide", "perro": "dog", "gato": "animal", "gimnasio": "gym", "piscina": "pool",
          "lavandería": "laundry"}


def _overlap(question: str, clause: str, language: str = "es") -> float:
    """A stand-in for the embedding: the English words the question, pivoted, shares with the clause."""
    words = {_WORDS.get(w, w) for w in re.findall(r"\w+", glossary.pivot(question, language).lower())}
    said = {w.rstrip("s") for w in re.findall(r"\w+", clause.lower())}
    return float(len({w.rstrip("s") for w in words} & said))


@pytest.mark.parametrize(("clause", "kind"), [
    ("No animals are accepted in the rooms.", "verdict_no"),
    ("Yes, there is a kettle in every room.", "verdict_yes"),
    ("Parking is free for overnight guests.", "verdict_free"),
    ("The buffet breakfast is included in all our rates.", "verdict_included"),
    ("Breakfast isn't included in the room price.", "verdict_not_included"),
    ("Not included: spirits and champagne.", "verdict_not_included"),
    ("The whole building is non-smoking.", "verdict_not_allowed"),
    ("Diners Club cards are not accepted.", "verdict_not_accepted"),
    ("We don't have a sauna.", "verdict_none"),
    ("Please don't drink from the tap.", "verdict_advised_against"),
    ("No problem: the night porter can help.", None),
    ("Breakfast is included only in the suites.", None),    # a condition, not a verdict
    ("Cots are free if you book them ahead.", None),
    ("Gluten-free bread is baked every morning.", None),
])
def test_a_clause_states_the_verdict_its_own_words_say(clause, kind):
    assert kind_of(clause) == kind


def test_a_colon_after_a_clause_splits_it_but_not_after_a_label():
    assert clauses("The roof terrace is free for every guest: towels are at the bar. Not included: drinks.") == \
        ["The roof terrace is free for every guest", "towels are at the bar.", "Not included: drinks."]


@pytest.mark.parametrize(("asked", "language", "kept"), [
    ("¿Hay cafetera en la habitación? ¿Cuánto cuesta el minibar?", "es", ["¿Hay cafetera en la habitación?"]),
    ("Wann ist das Frühstück?", "de", []),
    ("Est-ce que le parking est gratuit ?", "fr", ["Est-ce que le parking est gratuit ?"]),
    ("Какой бассейн ближе всего?", "ru", []),
    ("キッズクラブは何歳から使えますか？", "ja", []),
    ("키즈클럽은 몇 살부터 이용 가능해요?", "ko", []),
    ("Onde posso estacionar o carro?", "pt", []),
    ("在哪里可以停车？", "zh", []),
    ("كيف أصل إلى الفندق من المطار؟", "ar", []),
    ("هل يوجد مصعد في الفندق؟", "ar", ["هل يوجد مصعد في الفندق؟"]),
    ("Darf mein Hund mit aufs Zimmer?", "de", ["Darf mein Hund mit aufs Zimmer?"]),
    ("Mein Zimmer ist zu kalt.", "de", []),    # no question at all
])
def test_only_yes_no_questions_get_a_verdict(asked, language, kept):
    assert questions(asked, language) == kept


def test_the_verdict_is_of_the_clause_the_question_is_nearest_to():
    answer = "No animals of any kind. Guide dogs are welcome free of charge; please tell us in advance."
    assert verdicts("No animals of any kind.", "¿Puedo venir con mi gato?", "es", _overlap) == [Verdict("verdict_no")]
    assert verdicts(answer, "¿Mi perro guía entra gratis?", "es", _overlap) == [Verdict("verdict_free")]
    assert verdicts(answer, "¿Puedo venir con mi gato?", "es", _overlap) == []  # the exception lets some in


def test_no_verdict_for_a_question_about_another_thing_or_in_english():
    answer = "We don't have a pool. The gym on the first floor is open around the clock."
    assert verdicts(answer, "¿El gimnasio está abierto de noche?", "es", _overlap) == []
    assert verdicts(answer, "Do you have a pool?", "en", _overlap) == []


@pytest.mark.parametrize(("language", "said"), [
    ("es", "No."), ("fr", "Non."), ("de", "Nein."), ("ru", "Нет."), ("zh", "不行。"), ("ja", "いいえ。"),
    ("ko", "아니요."), ("ar", "لا."), ("pt", "Não."),
])
def test_the_verdict_opens_the_reply_in_the_guests_language(language, said):
    assert prefixed("Only in English: No smoking.", [Verdict("verdict_no")], language).startswith(said)


def test_with_two_questions_the_verdict_names_its_thing():
    answer = "We take Visa and Mastercard. Diners Club is not accepted."
    found = verdicts(answer, "¿Aceptan Visa? ¿Y Diners Club?", "es", _overlap)
    assert found == [Verdict("verdict_not_accepted", "Diners Club")]
    assert found[0].said("es") == "Diners Club: No lo aceptamos."


def test_free_is_told_only_to_a_question_asking_a_price_or_whether_it_is_free():
    answer = "The rooftop gym is free for every guest."
    assert verdicts(answer, "¿Hay gimnasio en el hotel?", "es", _overlap) == []
    assert verdicts(answer, "¿El gimnasio es gratis?", "es", _overlap) == [Verdict("verdict_free")]


def test_there_is_no_of_a_thing_the_hotels_data_lists_is_of_something_else():
    answer = "Laundry is returned the same day; there is no self-service laundry."
    assert verdicts(answer, "¿Hay servicio de lavandería?", "es", _overlap) == [Verdict("verdict_none")]
    assert verdicts(answer, "¿Hay servicio de lavandería?", "es", _overlap, listed=True) == []


def test_a_rule_and_its_exception_as_near_as_each_other_say_nothing():
    answer = "No animals in the rooms. Small dogs are welcome in the garden."
    assert verdicts(answer, "¿Puedo traer a mi perro?", "es", lambda q, c: 0.3) == []


def test_a_card_refused_by_name_is_not_let_by_the_cards_accepted():
    answer = "We accept Visa and Mastercard. Diners Club is not accepted."
    assert verdicts(answer, "Vocês aceitam Diners Club?", "pt", _overlap) == [Verdict("verdict_not_accepted")]


def test_a_refusal_beside_a_welcome_at_no_charge_is_no_flat_no():
    answer = "Sorry, pets are not allowed. Assistance dogs are welcome at no charge."
    assert verdicts(answer, "هل يمكنني إحضار قطتي؟", "ar", lambda q, c: 0.5 if "pets" in c else 0.3) == []


@pytest.mark.parametrize(("question", "language", "kind"), [
    ("¿El estacionamiento es gratis?", "es", "verdict_free"),
    ("Ist das Parken kostenlos?", "de", "verdict_free"),
    ("La place de parking est-elle incluse ?", "fr", "verdict_included"),
    ("¿Hay estacionamiento?", "es", "verdict_yes"),    # a yes to a question that asks neither
])
def test_a_yes_that_says_what_the_question_asks_is_said_as_that(question, language, kind):
    answer = "Yes, parking is free and included for every guest, in the garage under the hotel."
    found = verdicts(answer, question, language, lambda q, c: _overlap(q, c, language))
    assert [v.kind for v in found] == [kind]


def test_a_question_naming_nothing_asks_of_the_question_before_it():
    """"¿Hay gimnasio? ¿Es gratis?": the second asks whether the gym is free, and the gym's clause says it."""
    answer = "The gym on the ground floor is free for every guest, at any hour."
    found = verdicts(answer, "¿Hay gimnasio? ¿Es gratis?", "es", lambda q, c: _overlap(q, c, "es"))
    assert "verdict_free" in [v.kind for v in found]
