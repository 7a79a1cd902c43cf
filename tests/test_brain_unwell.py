"""Someone unwell now, and the guest asking what to do, reaches a person at once with the hotel's own word on it;
a question about feeling unwell some day stays a question. Fresh wording in several languages; no message here is
an item of a dev set."""

from __future__ import annotations

import pytest

from agent.brains.urgent import unwell_now
from tests import test_brain
from tests.test_brain import Guest, skills_of

concierge, afternoon = test_brain.concierge, test_brain.afternoon  # the same fixtures: one hotel, a Saturday


@pytest.mark.parametrize("message", [
    "My husband is really dizzy and keeps throwing up. What should we do?",
    "Mi hijo está mareado y vomitó dos veces, ¿qué hacemos?",
    "Ma fille a des vertiges et des nausées, que faire ?",
    "Meiner Frau ist schwindlig und übel. Was sollen wir tun?",
    "У мужа кружится голова и тошнит, что нам делать?",
    "我妈妈头晕想吐，怎么办？",
    "母がめまいと吐き気がします。どうしたらいいですか",
    "아이가 어지럽고 토했어요. 어떻게 해야 하나요?",
    "زوجي عنده دوخة وغثيان، ماذا نفعل؟",
])
def test_someone_unwell_now_reaches_a_person(concierge, message):
    assert unwell_now(message)
    turn = Guest(concierge).says(message)
    assert turn.trace.handoff and "handoff_to_staff" in skills_of(turn)


@pytest.mark.parametrize("message", [
    "What should I do if I feel dizzy in the sauna?",
    "Is it normal to feel dizzy after a long flight?",
    "¿Qué hago si me mareo en el barco?",
    "如果头晕怎么办？",
])
def test_feeling_unwell_asked_of_some_day_is_a_question(message):
    assert not unwell_now(message)
