"""Short follow-ups that lean on the topic before them, and two questions in one sentence, at hotels the brain was
not written against (Zermatt, Kyoto, Marrakech, Lisbon). Fresh wording; no message here is an item of a dev set."""

from __future__ import annotations

import pytest

from agent.concierge import Concierge
from tests import test_brain_booking_stays
from tests.test_brain import HOTEL, Guest, offline_concierge, skills_of, text_of
from tests.test_brain_booking_stays import talk

concierge, afternoon = test_brain_booking_stays.concierge, test_brain_booking_stays.afternoon  # four hotels


@pytest.mark.parametrize(("hotel", "first", "follow_up", "fact"), [
    # how long the way takes, said without where: the transfer just talked about
    ("lisbon-garden", "Do you have an airport shuttle?", "а сколько времени занимает дорога?", "25"),
    # a pronoun for the topic ("он": the bath) and a time of day
    ("kyoto-seiryu", "When is the onsen open?", "А по утрам он работает?", "06:00"),
    # only a day and when, of the topic
    ("kyoto-seiryu", "How much is the tea ceremony?", "¿Y los martes a qué hora es?", "16:00"),
    # one of the family, for whom the same question is asked
    ("zermatt-alpenrose", "How much is a ski pass?", "Und für unsere Tochter? Sie ist 10.", "9"),
])
def test_a_follow_up_naming_nothing_of_its_own_is_about_the_topic(concierge, hotel, first, follow_up, fact):
    turns = talk(concierge, hotel, first, follow_up)
    assert "search_kb" in skills_of(turns[1]) and turns[1].trace.kb and fact in text_of(turns[1])


def test_a_few_words_after_a_topic_find_the_entry_of_its_family_they_rank_first(concierge):
    """"Can I go with my son?" after the hammam: the hammam's own rules (who may come, who attends), not "not
    sure" nor the prices again."""
    turns = talk(concierge, "marrakech-dar-yasmine", "¿Tienen hammam?", "¿Y mi mujer, la atiende una mujer?")
    assert turns[1].trace.kb[:1] == ["hammam-etiquette"]


def test_a_question_naming_its_own_thing_is_not_read_with_the_topic(concierge):
    """"Do you have a bowling alley?" after the hammam: not the hammam again, but an honest "not sure"."""
    turns = talk(concierge, "marrakech-dar-yasmine", "Do you have a hammam?", "Do you have a bowling alley?")
    assert "hammam" not in turns[1].trace.kb and "not sure" in text_of(turns[1])


def test_it_after_a_place_named_in_the_same_message_is_that_place(concierge):
    """"How do we get to Fushimi Inari? Is it open at night?": "it" is the shrine, not the place the words "open
    at night" would find alone."""
    turn = talk(concierge, "kyoto-seiryu", "How do we get to Fushimi Inari? And is it open at night?")[0]
    assert "fushimi-inari" in turn.trace.kb and "always open" in text_of(turn)


@pytest.mark.parametrize(("message", "facts"), [
    ("Acceptez-vous TWINT, et les enfants de 6 ans paient-ils le forfait ?", ("TWINT", "9")),
    ("Le parking est-il payant, et les chiens sont-ils acceptés dans les chambres ?", ("parking", "chien")),
])
def test_a_second_french_question_asked_by_inversion_is_answered_too(concierge, message, facts):
    turn = talk(concierge, "zermatt-alpenrose", message)[0]
    assert skills_of(turn).count("search_kb") >= 2 and len(turn.trace.kb) >= 2
    assert all(fact.lower() in text_of(turn).lower() for fact in facts)


@pytest.fixture(scope="module")
def harbor(tmp_path_factory) -> Concierge:
    return offline_concierge(tmp_path_factory.mktemp("harbor"), HOTEL)


@pytest.mark.parametrize("follow_up", [
    "Et les enfants, ils peuvent y aller seuls ?",
    "¿Y los niños pueden ir allí solos? Tienen 10 y 12 años.",
    "Und dürfen die Kinder allein dorthin? Sie sind 9 und 12.",
    "А дети могут ходить туда одни?",
])
def test_a_follow_up_pointing_back_is_answered_by_the_topics_family_before_a_general_entry(follow_up, harbor):
    """"Can the kids go there alone?" after the pool: the pool's rules (under 14 with an adult), not the hotel's
    general policy for children, which the word "kids" alone would find."""
    guest = Guest(harbor)
    guest.says("What time does the pool open?")
    turn = guest.says(follow_up)
    assert "children-policy" not in turn.trace.kb and "14" in text_of(turn)


@pytest.mark.parametrize(("hotel", "first", "follow_up", "fact"), [
    ("zermatt-alpenrose", "Wann hat die Bar offen?", "Und am Wochenende bis wann?", "00:30"),
    ("kyoto-seiryu", "温泉は何時からですか？", "週末は何時までですか？", "9:30"),
    ("lisbon-garden", "¿A qué hora es el desayuno?", "¿Y los domingos hasta qué hora?", "10:30"),
    ("lisbon-garden", "What time is breakfast?", "주말에는 몇 시까지예요?", "10:30"),
    ("zermatt-alpenrose", "桑拿几点开？", "周末几点以后就不能用了？", "20:30"),
])
def test_a_when_question_for_other_days_asks_the_topics_hours(concierge, hotel, first, follow_up, fact):
    """"¿Y los domingos hasta qué hora?" names only a day: the hours of what was just talked about."""
    turn = talk(concierge, hotel, first, follow_up)[1]
    assert fact in text_of(turn)
