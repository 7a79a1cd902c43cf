"""Which skill a sentence is for, learned rather than listed.

A logistic regression over the packaged multilingual embedding, trained when a
hotel is first seen (well under a second) from two sources: every skill's own
examples, declared next to its `Args` in ten languages, and the hotel's FAQ
questions, which stand for `search_kb`. A new hotel's KB therefore teaches the
router its own topics ("how late is the sauna open?" is a question, not a
booking), with no word list to extend. The brain asks it only after the
structural rules (numbers, dates, rooms, contacts) found nothing.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from agent.brains.logistic import SoftmaxRegression
from kb.embedders import Embedder
from kb.search import KnowledgeBase
from skills import SKILLS

QUESTION = "search_kb"
STORY = "story"
# Sentences that ask for nothing: the backstory around a request. Their own class, so that a story's words
# ("we're going out for dinner tonight") do not pull it towards the skill they resemble.
STORIES = (
    "We're celebrating our anniversary this week", "My parents are coming with us", "We just landed",
    "It's my first time in California", "I'm travelling for work", "Sorry, quick question",
    "We loved our stay here last year", "My husband is a bit worried about the budget", "We have two small kids",
    "Venimos de Madrid para una boda", "Es nuestro primer viaje a Estados Unidos",
    "Nous arrivons de Paris demain soir", "C'est notre voyage de noces",
    "Wir kommen mit zwei Kindern", "Wir feiern unseren Hochzeitstag",
    "Мы приезжаем в пятницу вечером", "Это наша первая поездка в Америку",
    "我们是来度蜜月的", "我们下周五到", "はじめまして、来週泊まる予定です", "家族で旅行しています",
    "다음 주에 가족 여행으로 가요", "처음 미국에 가요", "نحن قادمون من دبي الأسبوع القادم", "هذه أول زيارة لنا",
    "Viemos de São Paulo para um casamento", "É a nossa primeira viagem para cá",
)
# Services asked about and booked at a time ("a massage tomorrow at 2"): questions for the FAQ, which says what the
# hotel has, whatever it has. Without them a booking time pulls such a sentence towards a plan for the day.
SERVICE_QUESTIONS = (
    "Do you have a spa? I'd like to book a massage tomorrow at 3",
    "Can we book the hotel's tennis court for this morning?",
    "¿Tienen servicio de masajes? Quisiera reservar uno mañana a las cinco",
    "¿Hay clases de yoga en el hotel? Nos gustaría apuntarnos el sábado",
    "Proposez-vous des soins du visage ? J'aimerais réserver demain après-midi",
    "Gibt es eine Sauna im Hotel? Wir würden sie gern morgen früh buchen",
    "Есть ли у вас массаж? Хочу записаться на завтра на три часа", "酒店有水疗吗？想约后天上午十点",
    "ホテルにエステはありますか？明日の夕方に予約したいです", "호텔에 마사지 있나요? 내일 오후 세 시에 예약하고 싶어요",
    "هل لديكم خدمة تدليك؟ أريد حجز موعد غدا الساعة الرابعة",
    "We'd like an appointment tomorrow at 10", "Wir hätten gern einen Termin morgen um 10 Uhr",
    "Nos gustaría una cita para mañana a las diez", "Хотим записаться на завтра на десять",
    "明日の10時に予約を入れたいです", "내일 10시로 예약 잡고 싶어요",
    "Vocês têm massagem? Queria marcar uma amanhã às três", "Queremos um horário amanhã às 10",
)
# What something costs, asked with "I" or "we" ("what would we pay for parking a night?"): the hotel's prices, for
# the FAQ, not the guest's bill. Without them the bill's examples ("how much was I charged for...?") pull every
# price asked in the first person towards the guest's balance.
PRICE_QUESTIONS = (
    "How much do I pay for parking per night?", "What would it cost us to bring the cat each night?",
    "How much will I be charged if I cancel?", "How are pets charged?",
    "¿Cuánto pagaría por una cama extra cada noche?", "Combien je paierai pour le parking par nuit ?",
    "Was müssten wir pro Nacht für den Hund zahlen?", "Сколько я буду платить за парковку в сутки?",
    "停车一晚要付多少钱？", "宠物费怎么收？", "取消的话要收费吗？", "洗衣服务怎么收费？",
    "駐車場は一泊いくら払いますか？", "주차는 하룻밤에 얼마 내요?", "كم أدفع مقابل الإفطار للشخص؟",
    "Quanto eu pago pelo estacionamento por noite?", "Quanto vou pagar por uma cama extra?",
)
# The hotel's own restaurant, bar or kitchen, asked of "you" ("can we eat at yours tonight?", "bei euch", "そちら"):
# questions for the FAQ, which says what the hotel has, even when it has none. Without them a meal or a drink
# pulls such a sentence towards places nearby, and a hotel without a restaurant would never say so.
OWN_PLACE_QUESTIONS = (
    "Can we have dinner at yours tonight?", "Can we grab a drink at your bar later?",
    "¿Podemos cenar con ustedes esta noche?", "On peut déjeuner sur place chez vous ?",
    "Können wir heute bei euch zu Mittag essen?", "Kann man bei euch abends was trinken?",
    "Можно у вас поужинать вечером?", "在你们那儿能吃晚饭吗？", "そちらで夕食は食べられますか？",
    "거기서 저녁 먹을 수 있어요?", "호텔 식당에서 점심도 되나요?", "그쪽 바에서 한잔할 수 있어요?",
    "ホテルのレストランで昼食はとれますか？", "هل يمكننا تناول العشاء عندكم الليلة؟",
)
# Skills the router may name. Others need what only rules or the conversation can tell: a contact for a lead,
# a chosen stay for a payment link, an amenity's name; and wifi and check-out are FAQ topics worded as such.
ROUTED = ("handoff_to_staff", "wake_up_call", "room_service", "housekeeping", "complaints", "billing_inquiry",
          "check_availability", "local_recommendations", "itinerary_plan", "feedback")
# Below this probability the sentence goes to the FAQ, which says honestly when it does not know.
# Measured on the reference hotel's two dev sets (bench/eval_offline.py, questions.yaml + questions-2.yaml):
# C=30 unweighted 95 + 230 passed; C=10 with balanced class weights 92 + 233 (skills over-predicted: "How much
# will you block on my card?" became a bill); C=1 93 + 227; C=100 95 + 229; threshold 0.4: 94 + 229, 0.6: 95 + 226.
MIN_PROBABILITY = 0.5
REGULARIZATION = 30.0


@dataclass(frozen=True)
class Guess:
    skill: str
    probability: float


class SkillRouter:
    """One classifier per knowledge base, trained on first use and kept while that index serves (a KB edited
    live is a new index: its classifier learns the new questions, the old one goes with the old index)."""

    def __init__(self, embedder: Callable[[], Embedder]):
        self._embedder = embedder
        self._examples: tuple[list[str], np.ndarray] | None = None
        self._models: weakref.WeakKeyDictionary[KnowledgeBase, SoftmaxRegression] = weakref.WeakKeyDictionary()
        self._lock = threading.Lock()

    def _skill_examples(self) -> tuple[list[str], np.ndarray]:
        if self._examples is None:
            questions = (*SERVICE_QUESTIONS, *PRICE_QUESTIONS, *OWN_PLACE_QUESTIONS)
            labels = [name for name in ROUTED for _ in SKILLS[name].examples] + [STORY] * len(STORIES) + \
                [QUESTION] * len(questions)
            texts = [text for name in ROUTED for text in SKILLS[name].examples] + [*STORIES, *questions]
            self._examples = labels, self._embedder().embed(texts)
        return self._examples

    def _model(self, kb: KnowledgeBase) -> SoftmaxRegression:
        with self._lock:
            if kb not in self._models:
                labels, vectors = self._skill_examples()
                questions = kb.question_vectors()
                x = np.vstack([vectors, questions])
                y = labels + [QUESTION] * len(questions)
                self._models[kb] = SoftmaxRegression(C=REGULARIZATION).fit(x, y)
            return self._models[kb]

    def warm(self, kb: KnowledgeBase) -> None:
        """Train for `kb` now (embedding the examples loads the sentence encoder) rather than in a guest's turn."""
        self._model(kb)

    def guess(self, text: str, kb: KnowledgeBase) -> Guess:
        """The most likely skill for the sentence and how sure the classifier is of it."""
        model = self._model(kb)
        probabilities = model.predict_proba(kb.query_vector(text)[None, :])[0]
        best = int(np.argmax(probabilities))
        return Guess(str(model.classes_[best]), float(probabilities[best]))
