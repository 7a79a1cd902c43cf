""""Is there a gym? Is it free?": the second question asks of the first's topic, never a topic of its own (the free
wifi, the payment methods). Fresh wording; no message here is an item of a dev set."""

from __future__ import annotations

import pytest

from agent.brains.followup import asks_only_if_free
from tests.test_brain import Guest, afternoon, concierge, skills_of  # noqa: F401  (the fixtures)


@pytest.mark.parametrize("message", [
    "Do you have a fitness room? Is it free?",
    "¿Tienen gimnasio? ¿Hay que pagar?",
    "Y a-t-il une salle de sport ? C'est payant ?",
    "Habt ihr einen Fitnessraum? Ist der kostenlos?",
    "У вас есть тренажёрный зал? Это бесплатно?",
    "有健身房吗？要钱吗？",
    "ジムはありますか？無料ですか？",
    "헬스장 있어요? 유료인가요?",
    "هل يوجد نادي رياضي؟ هل هو مجاني؟",
    "Vocês têm academia? É grátis?",
])
def test_is_it_free_after_a_question_asks_of_that_topic(concierge, message):  # noqa: F811
    turn = Guest(concierge).says(message)
    assert skills_of(turn) == ["search_kb"] and turn.trace.kb[0] == "gym" and "wifi" not in turn.trace.kb


@pytest.mark.parametrize(("sentence", "only"), [
    ("Is it free?", True), ("C'est gratuit ?", True), ("免费吗？", True), ("Sind die kostenlos?", True),
    ("Is the wifi free?", False), ("Do I have to pay for parking?", False), ("无线网免费吗？", False),
    ("How do I pay it?", False), ("¿Cómo se paga?", False), ("Do we have to pay?", True),
])
def test_only_a_sentence_naming_nothing_else_is_such_a_follow_up(sentence, only):
    assert asks_only_if_free(sentence) is only
