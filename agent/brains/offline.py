"""The offline brain: the default concierge, with no model and no key.

A message is split into its sentences; each is routed to a skill (rules, then
what the conversation remembers, then a classifier learned from the skills'
examples and the hotel's FAQ, else the FAQ); sentences with nothing of their own ("Is there a charge?") lend their
words to a neighbour. Every step runs a skill through `run_skill`, so every
fact in the reply comes from the hotel's data; when nothing fits, the brain
says so and offers a person, and hands over after repeated misses.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from agent.brains import BrainAnswer, BrainInput, dates, dishes, fill, routing, slots
from agent.brains.faq import Lexicon, capitalised, unabbreviated
from agent.brains.fill import Step
from agent.brains.guardrails import is_manipulation, steering_removed, without_markup
from agent.brains.router import MIN_PROBABILITY, ROUTED, SkillRouter
from core.hotels import Place
from core.i18n import say
from core.language import CJK
from core.messages import SkillCall
from core.romanized import in_english, in_script, read_in_english, romanized_language
from core.translit import russian_in_latin, to_cyrillic
from kb import glossary
from skills import SKILLS, complaints
from skills.amenities_info import find_amenity
from skills.base import SkillContext, SkillResult
from skills.billing_inquiry import asked_lines, lines_named
from skills.booking import remembered_stay
from skills.formatting import hotel_text, join_list
from skills.guest import guest_room, verified_guest
from skills.local_recommendations import means_a_place, standout
from skills.places import find_place, mentioned_in, named_in, tag_matches
from skills.runner import run_skill
from skills.tickets import awaited as awaited_ticket

if TYPE_CHECKING:
    from agent.runtime import Runtime
    from kb.search import KBHit, KnowledgeBase

    Probes = dict[str, tuple[str, list[KBHit]]]  # a sentence -> (its FAQ query, the FAQ's best entries for it)

SMALL_TALK = ("greeting", "thanks", "ack", "decline")
MAX_ROOM_ANSWER_WORDS = 4  # "the Riverside one, please": a room named in answer to "which room?"
INFORMATIONAL = frozenset({"search_kb", "wifi_info", "amenities_info", "check_availability", "local_recommendations"})
REMEMBERS_ITSELF = {"room_service"}  # keeps its unplaced order in the conversation: its asks are not replayed
# What a guest asks for, never only tells: a sentence before or after a question that neither asks nor requests,
# and that only the learned router reads as one of these, is the story ("we land at 8am" is no wake-up call,
# "money's tight" no bill, "checking out monday" no day to plan).
ONLY_ASKED_FOR = frozenset({"billing_inquiry", "wake_up_call", "itinerary_plan"})
MAX_QUESTIONS = 3  # FAQ questions one message is answered on; more reads as a list to hand a person
# Hotel topics (kb/glossary.py) booked on their own: "book" beside one of them asks for that, never for a room.
NOT_A_STAY = frozenset({"airport", "babysitting", "barbecue", "bike", "bus", "car rental", "cruise", "dinner", "doctor",
                        "golf", "hair salon", "hammam", "hiking", "lunch", "massage", "restaurant", "sauna", "scrub",
                        "shuttle", "ski lift", "ski pass", "ski rental", "spa", "tasting", "taxi", "tennis", "tickets",
                        "tours", "transfer", "whale watching", "yoga"})
SHORT_FOLLOW_UP = 6  # words of a question that only leans on the place just recommended ("how long by car?")
CHASE_WORDS = 6  # "hello?? is anyone coming??" right after a problem was reported: the guest chasing it
# How far over the FAQ's bar a question's own best match is when its words ask that FAQ question, whatever they
# point back at ("Is parking included with it?"); under it, words like "how long to drive there" are only the
# shape of a question.
OWN_TOPIC_OVER_BAR = 0.15
# How far under the FAQ's bar the entry an injection's request finds may be, when several of the guest's words
# name it, for its rule to be stated after the refusal.
RULE_UNDER_BAR = 0.15
RULE_WORDS = 2
# How far under the FAQ's bar an entry may be that names the place the guest's words point at, to answer for it.
PLACE_UNDER_BAR = 0.1
# A follow-up leaning on the topic ("А с сыном можно?" after the banya) is answered by an entry of the topic's
# family its own words rank among the first FAMILY_RANK, at most LEAN_UNDER_BAR under the FAQ's bar.
FAMILY_RANK = 3
LEAN_UNDER_BAR = 0.2
UNSURE_BEFORE_HANDOFF = 2  # "not sure" answers in one conversation before a person takes over
# What to look up when the guest's own words describe an emergency too vaguely, as hotels title it: one KB calls
# it a medical emergency, another lists the emergency numbers beside the doctor.
EMERGENCY_TOPICS = ("medical emergency", "What is the emergency number? I need a doctor or an ambulance.")
LATE_CHECK_OUT_TOPIC = "late check-out"  # what a rule-recognised late check-out is about, however it was worded
EARLY_CHECK_IN_TOPIC = "early check-in"
PAYMENT_TOPIC = "which payment methods and cards do you accept"  # a bill to settle with a named card or wallet
_ARRANGE = re.compile(r"\b(?:arrange|book|request|reserve|put\s+me\s+down|sign\s+me\s+up|i'?d\s+like|i\s+want|"
                      r"we'?d\s+like|we\s+want|please\s+(?:give|add|set))\b|quiero|quisiera|je\s+voudrais|"
                      r"ich\s+möchte|organisier\w*|organi[sz]a\w*|хочу|оформ\w*|我要|安排|お願いします|手配|원해요|"
                      r"해\s*주세요|أريد|رتب", re.IGNORECASE)
_OPEN = re.compile(r"\b(?:open\w*|closed?|abre|abierto|cerrado|ouvert\w*|ouvre\w*|fermé\w*|geöffnet|offen|"
                   r"geschlossen|работа\w*|открыт\w*|закрыт\w*)\b|开门|开放|关门|营业|開いて|営業|開館|休み|열어|열려|"
                   r"영업|문\s*닫|يفتح|مفتوح|مغلق", re.IGNORECASE)
# Between two sentences: a full stop with a space after it ("2.5 km" is no end), or a CJK one.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?。！？])\s+|(?<=[。！？])")
_CJK = re.compile(f"[{CJK}]")
_SENTENCE_END = re.compile(r"[.!?。！？؟]")  # the mark a sentence ends with: a question's, or another
_CLAUSE_COMMA = re.compile(r"[,，、;；：]|:(?!\d)")  # not the colon of "10:30"
_ACTION_CONFIRM = re.compile(r"\b(?:do\s+it|do\s+that|go\s+ahead|arrange|book\s+it|set\s+it\s+up|request\s+it)\b",
                             re.IGNORECASE)


@dataclass
class _Reply:
    """What the steps of one turn said and did, joined into one answer."""

    texts: list[str] = field(default_factory=list)
    calls: list[SkillCall] = field(default_factory=list)
    kb: list[str] = field(default_factory=list)
    payment_url: str | None = None
    handoff: bool = False

    def add(self, call: SkillCall, result: SkillResult) -> None:
        self.calls.append(call)
        if result.text and result.text not in self.texts:  # two steps one answer serves: it is said once
            self.texts.append(result.text)
        self.kb += [entry for entry in result.kb if entry not in self.kb]
        self.payment_url = self.payment_url or result.payment_url
        self.handoff = self.handoff or result.handoff

    def answer(self) -> BrainAnswer:
        return BrainAnswer(text="\n".join(self.texts), skills=self.calls, kb=self.kb, payment_url=self.payment_url,
                           handoff=self.handoff)


class OfflineBrain:
    name = "offline"

    def __init__(self, runtime: Runtime):
        self.router = SkillRouter(lambda: runtime.embedder)
        self._lexicons: dict[str, Lexicon] = {}

    def warm(self, kbs: Iterable[KnowledgeBase]) -> None:
        for kb in kbs:
            self.router.warm(kb)
            kb.spelling()  # what a question just under the FAQ's bar is checked against

    def respond(self, turn: BrainInput) -> BrainAnswer:
        ctx = turn.ctx
        reply = _Reply()
        probes: Probes = {}
        text, only = self._readable(turn.text, ctx), None
        steps: list[Step] | None = None  # planned here only beside an injection
        if is_manipulation(turn.text):
            # Refuse the attempt; a real question beside it ("...half price. What's the Family Room rate?")
            # is still answered from the hotel's data, by the skills that only inform.
            reply.texts.append(say("refuse_manipulation", ctx.language))
            clauses, unwrapped = routing.clauses(text), without_markup(text)
            text = " ".join(c for c in _asking(unwrapped, routing.clauses(unwrapped)) if not is_manipulation(c))
            only = INFORMATIONAL
            steps = self._plan(text, ctx, probes) if text else []
            if not any(self._informs(step, ctx, probes) for step in steps):
                # Nothing else is asked that the hotel's data answers: what the injection wanted granted may
                # have a rule in the FAQ ("at most 2 pets"), which is said; nothing is granted.
                wanted = " ".join(steering_removed(c) for c in clauses if is_manipulation(c))
                rule = self._governing_rule(wanted, ctx, probes)
                if rule is not None and self._faq(rule, ctx, reply, probes) or not steps:
                    return reply.answer()
        for step in self._plan(text, ctx, probes) if steps is None else steps:
            if only is not None and step.intent not in only:  # beside an injection nothing is done, only told
                if step.intent in SMALL_TALK:
                    continue
                step = replace(step, intent="search_kb")
            self._do(step, ctx, reply, probes)
        if not reply.texts:  # a skill that failed without words: never leave the guest with silence
            reply.texts += [say("not_sure", ctx.language), say("offer_person", ctx.language)]
        return reply.answer()

    def _informs(self, step: Step, ctx: SkillContext, probes: Probes) -> bool:
        """Whether a step beside an injection is answered from the hotel's data: a skill that informs, or a
        question the FAQ answers."""
        if step.intent in SMALL_TALK:
            return False
        if step.intent in INFORMATIONAL - {"search_kb"}:
            return True
        return self._answerable(step.full, ctx, probes)

    def _governing_rule(self, wanted: str, ctx: SkillContext, probes: Probes) -> str | None:
        """The FAQ question whose answer is the hotel's rule for what an injection wanted granted ("three dogs in
        the suite for free": the pet policy): the entry the request finds surely, or its nearest entry within
        reach of the bar that several of the guest's own words name, or the entry the words name clearly (as for
        any question under the bar). None when the FAQ has no such rule."""
        if not wanted:
            return None
        query, hits = self._probe(wanted, ctx, probes)
        if not hits or not hits[0].entry.questions:
            return None
        top, lexicon = hits[0], self._lexicon(ctx)
        if ctx.kb.confident(hits, ctx.language, query) and not self._guessed(query, hits, ctx) or \
                top.score >= ctx.kb.min_score - RULE_UNDER_BAR and \
                len(lexicon.telling(query, top.entry.id, ctx.language, answers=True)) >= RULE_WORDS:
            return top.entry.questions[0]
        return lexicon.reworded(query, hits, ctx.kb.min_score, ctx.language)

    def _readable(self, text: str, ctx: SkillContext) -> str:
        """The message as the rules and the encoder read best: English shorthand written out, Russian typed in
        Latin letters written in Cyrillic, pinyin and romaji in Chinese and Japanese (the hotel's own words, "wifi",
        kept), Hindi and Arabic in Latin letters in English."""
        if ctx.language == "en":
            return unabbreviated(in_english(text) if read_in_english(text) else text)
        if ctx.language == "ru" and russian_in_latin(text, russian_already=True):
            return to_cyrillic(text, keep=self._lexicon(ctx).names)
        if ctx.language in ("zh", "ja") and romanized_language(text) == ctx.language:
            return in_script(text, ctx.language, keep=self._lexicon(ctx).names)
        return text

    # ------------------------------------------------------------------ planning
    def _plan(self, text: str, ctx: SkillContext, probes: Probes) -> list[Step]:
        steps: list[Step] = []
        loose: list[str] = []  # sentences with no intent of their own, waiting for a step to lend their words to
        sentences = routing.clauses(text)
        if routing.EMERGENCY.search(text) and not any(map(routing.EMERGENCY.search, sentences)):
            sentences = [text]  # "he fell in the shower and can't get up": one emergency told over two clauses
        room_said = any(slots.room_number(sentence) or fill.bare_room(sentence) for sentence in sentences)
        for at, clause in enumerate(sentences):
            clause = routing.without_lead_in(routing.without_greeting(clause) if not _only(routing.GREETING, clause)
                                             else clause)
            clause = routing.without_not_needed(clause)
            if loose and routing.QUESTION.search(clause) and (
                    routing.leans_back(clause) or routing.points_back(clause)):
                clause = f"{loose.pop()} {clause}"  # "We need a cab at 6. Can the desk call one?" is one question,
                # and "We land at Gatwick, can you collect us from there?" another
            corrected = _corrected_step(steps) if fill.corrects(clause) else None
            if corrected is not None:  # "Réveil à 6h. Plutôt 5h30." is one request, whatever was told between
                corrected.text = f"{corrected.text} {clause}"
                continue
            if steps and steps[-1].intent == "emergency" and not routing.rule_intents(clause):
                steps[-1].context = f"{steps[-1].context} {clause}".strip()  # "Gas! What do we do?": the danger's
                continue
            if steps and steps[-1].intent == "wifi_info" and routing.PASSWORD.search(clause) and \
                    not routing.rule_intents(clause):
                continue  # "Is the wifi free? And the password?": the wifi answer tells both
            if routing.asks_only_when(clause) and steps and steps[-1].intent in ("search_kb", "local_recommendations"):
                steps[-1].context = f"{steps[-1].context} {clause}".strip()  # "…, and until what time?": its hours
                continue  # ("How do we get to the temple? And when does it close?": the place's answer tells them)
            if routing.asks_only_price(clause) and ((steps and steps[-1].intent not in SMALL_TALK) or loose):
                # "..., and what would that cost?" is about the question before it, never a topic of its own
                if steps and steps[-1].intent not in SMALL_TALK:
                    steps[-1].context = f"{steps[-1].context} {clause}".strip()
                else:
                    loose[-1] = f"{loose[-1]} {clause}"
                continue
            # A sentence told around a question ("we land at 8am", "checking out monday") is its story, before it
            # or after it.
            asked_after = any(routing.QUESTION.search(later) for later in sentences[at + 1:])
            asked_around = asked_after or any(
                step.intent not in SMALL_TALK and routing.QUESTION.search(step.text) for step in steps)
            intents = self._intents(clause, ctx, probes, beside_a_question=asked_around, room_said=room_said)
            after_bill = "billing_inquiry" in ((steps[-1].intent if steps else None), ctx.state.get("topic"))
            tells = asked_after and not routing.QUESTION.search(clause)
            if intents == ["search_kb"] and after_bill and not tells and self._names_a_charge(clause, ctx, probes):
                # "...and has the deposit come off yet?" after the bill: that line; not "we're in the suite" told
                # before a question, which names a line of the bill too
                intents = ["billing_inquiry"]
            if intents == ["search_kb"] and steps and steps[-1].intent == "check_availability" and \
                    routing.PRICE.search(clause) and len(re.findall(r"\w+", clause)) <= 6:
                steps[-1].text = f"{steps[-1].text} {clause}"  # "Available? Price per night?": the quote says it
                continue
            if intents == ["check_availability"] and not glossary.named(clause, ctx.language) - {"booking"} and \
                    not slots.room_type(clause, ctx.hotel.rooms) and (
                    steps and steps[-1].intent == "search_kb" and _names_a_service(steps[-1].full, ctx)
                    or loose and _names_a_service(loose[-1], ctx)):  # "Is there a spa? I'd like to book.": the spa
                if steps and steps[-1].intent == "search_kb":
                    steps[-1].context = f"{steps[-1].context} {clause}".strip()
                else:
                    steps.append(Step("search_kb", loose[-1], context=clause, told=" ".join(loose[:-1])))
                    loose = []
                continue
            if intents == ["search_kb"] and loose and routing.QUESTION.search(loose[-1]) and \
                    not routing.QUESTION.search(clause):  # "Is there a tennis court? We'd like to book it.": the
                steps.append(Step("search_kb", loose[-1], context=clause, told=" ".join(loose[:-1])))  # question
                loose = []
                continue
            if intents == ["search_kb"] and steps and steps[-1].intent in ("room_service", "housekeeping") and \
                    routing.asks_only_how_long(clause):
                steps.append(Step(steps[-1].intent, clause))  # "Towels to 305. How long?": the request just made
                continue
            if intents == ["search_kb"] and steps and (steps[-1].intent == "local_recommendations" or (
                    steps[-1].intent == "search_kb" and {"kind", "place"} & set(
                        slots.place_filters(steps[-1].full, ctx.hotel.places)))) and \
                    _asks_of_the_place(clause, ctx):
                steps[-1].context = f"{steps[-1].context} {clause}".strip()  # "A beach nearby? How long by car?":
                continue  # the drive to that beach, which its recommendation says, not to the airport
            # A question pointing back at the FAQ question before it ("..., or must we do anything beforehand?") is
            # read with it, whatever entry its own vague words reach.
            leans = bool(steps) and steps[-1].intent == "search_kb" and routing.points_back(clause)
            if intents == ["search_kb"] and (_names_only_a_room(clause) or _names_only_a_party(clause) or leans or
                                             not self._answerable(clause, ctx, probes)):
                follow_up = self._follow_up(clause, steps, ctx, probes)  # "..., and where does it leave from?"
                # "..., can someone come up right away?" after a problem asks for the fix, nothing of the FAQ
                pleads = steps and steps[-1].intent == "complaints" and (routing.REQUEST.search(clause) or
                                                                          complaints.urgent(clause))
                if steps and steps[-1].intent not in SMALL_TALK and not follow_up and not pleads and \
                        self._asks_anew(clause, steps, ctx, probes):
                    steps.append(Step("search_kb", clause))  # its words would only blur the question before
                elif steps and steps[-1].intent not in SMALL_TALK:
                    steps[-1].context = f"{steps[-1].context} {clause}".strip()
                    steps += [follow_up] if follow_up else []
                else:
                    loose.append(clause)
                continue
            # A question of its own the FAQ did not recognise, waiting before this question ("do we need to bring
            # our own towels, and what time is dinner?"), is asked too, not lent as words to this one.
            asked = [c for c in loose if self._asks_anew(c, steps, ctx, probes)] if intents == ["search_kb"] and \
                routing.QUESTION.search(clause) else []  # a sentence that tells ("We'd arrive on the 3rd") details it
            loose = [c for c in loose if c not in asked]
            steps += [Step("search_kb", c, context=" ".join(loose)) for c in asked]
            for intent in intents:
                if steps and steps[-1].intent == intent and self._same_request(intent, steps[-1].text, clause, probes):
                    steps[-1].text = f"{steps[-1].text} {clause}"
                else:
                    steps.append(Step(intent, clause, told=" ".join(loose) or _place_pointed_at(clause, steps, ctx)))
                loose = []
        offered = (ctx.state.get("offer") or {}).get("skill")
        # "Book it. Lars Berg, lars@…": the details do what the yes would, once, with what the guest gave.
        acting = [s for i, s in enumerate(steps) if s.intent not in SMALL_TALK and not (
            s.intent == "confirm" and offered and any(later.intent == offered for later in steps[i + 1:]))]
        if not acting and loose:
            # A story around one question nothing recognised: ask the FAQ with the sentence closest to an answer.
            best = max(loose, key=lambda c: (self._probe(c, ctx, probes)[1] or [None])[0].score
                       if self._probe(c, ctx, probes)[1] else 0.0)
            at = loose.index(best)
            return [Step("search_kb", best, context=" ".join(loose[at + 1:]), told=" ".join(loose[:at]))]
        if not steps:
            return [Step("search_kb", text)]
        return acting or steps[:1]

    def _intents(self, clause: str, ctx: SkillContext, probes: Probes, beside_a_question: bool = False,
                 room_said: bool = False) -> list[str]:
        for intent, pattern in (("greeting", routing.GREETING), ("thanks", routing.THANKS),
                                ("decline", routing.DECLINE), ("ack", routing.CONFIRM)):
            if _only(pattern, clause) and not routing.THING_EMOJI.search(clause):
                return ["confirm" if intent == "ack" and _ACTION_CONFIRM.search(clause) else intent]
        found = routing.rule_intents(clause)
        if not found and "room_code" in ((ctx.state.get("pending") or {}).get("missing") or []) and \
                len(clause.split()) <= MAX_ROOM_ANSWER_WORDS and (answer := self._pending_for(clause, ctx)):
            return answer  # "La Gornergrat", asked which room: the room, though a mountain has the name too
        if "emergency" in found and not routing.HAZARD.search(clause):
            # a person is brought in; "his wrist looks broken" is no ticket for maintenance (a smoking socket is)
            found = [intent for intent in found if intent != "complaints"]
        if "wake_up_call" in found and dates.find_time(clause) is None and (
                routing.ASKING_ABOUT.search(clause) or routing.WAKE_UP_SCENERY.search(clause)):
            # "do you do wake-up calls?" is a question; "they'd love to wake up to a view" is not a call at all
            found[found.index("wake_up_call")] = "search_kb"
        found += [i for i in _contextual(clause, ctx, found, lambda skill: self._nearest(clause, ctx) == skill,
                                         room_said) if i not in found]
        if not found:
            found = self._pending_for(clause, ctx)
        if not found and (_names_only_a_room(clause) or _names_only_a_party(clause)):
            return ["search_kb"]  # "7号室です。", "Room 12 here.", "两个人": whose room or how many, for the request
        if not found:
            found = [self._nearest(clause, ctx)]
            story = beside_a_question and found[0] in ONLY_ASKED_FOR and not (
                routing.QUESTION.search(clause) or routing.REQUEST.search(clause) or _ARRANGE.search(clause))
            asking = routing.FOR_MINE.sub(" ", _asking_part(clause) or clause)
            if story or found == ["billing_inquiry"] and (not _about_money(clause) or not routing.MINE.search(
                    asking) and (self._answerable(clause, ctx, probes) or not _names_the_account(clause))):
                # "how are kids charged?": no bill of the guest's but the hotel's prices ("our car is in your garage,
                # how is parking charged?": "our" is the car's, not the question's); "We're students, money's
                # tight. ...?", "We land at 8am. ...?": the story before a question, which asks nothing itself;
                # "what do we do now?" names no money at all, "qu'est-ce qu'on fait avec nos valises?" only a
                # possessive; "c'est combien pour mon char?" the price of a service for the guest's car
                found = ["search_kb"]
            elif found[0] == "room_service" and _goes_out(clause):
                found = ["search_kb"]  # "a pizza at a proper Italian place": where to go, nothing ordered
            elif found[0] == "housekeeping" and routing.BRING_OWN.search(clause):
                found = ["search_kb"]  # "do we need to bring our own towels?" asks the hotel's rule
            elif found[0] == "check_availability" and _names_an_amenity(clause, ctx) and \
                    not slots.room_type(clause, ctx.hotel.rooms):
                found = ["search_kb"]  # a time in the hammam booked for two is no stay: the FAQ says how to book
        return found

    def _asks_anew(self, clause: str, steps: list[Step], ctx: SkillContext, probes: Probes) -> bool:
        """A question of its own after another ("Is breakfast included? Also, do you have a bowling alley?"): it
        names its own topic, points at nothing before it, its nearest FAQ entry is not one a question before it
        found ("Can I smoke in the room? Or at least vape?" asks the same thing twice), and the message has not
        asked three questions yet. The guest hears what the hotel knows of it, or that it is not known, rather
        than nothing."""
        if not routing.QUESTION.search(clause) or \
                routing.PRONOUN.search(routing.NOT_BACK.sub(" ", routing.without_purpose(clause))) or \
                routing.points_back(clause) or len(re.findall(r"\w+", clause)) < 3 or \
                sum(step.intent == "search_kb" for step in steps) >= MAX_QUESTIONS:
            return False
        own = self._probe(clause, ctx, probes)[1]
        before = {hits[0].entry.id for step in steps if (hits := self._probe(step.text, ctx, probes)[1])}
        return not own or own[0].entry.id not in before

    def _nearest(self, clause: str, ctx: SkillContext) -> str:
        guess = self.router.guess(clause, ctx.kb)
        return guess.skill if guess.skill in ROUTED and guess.probability >= MIN_PROBABILITY else "search_kb"

    @staticmethod
    def _pending_for(clause: str, ctx: SkillContext) -> list[str]:
        """A reply that gives what a skill asked for last turn ("305", "at 6:30", "ana@example.com")."""
        pending = ctx.state.get("pending") or {}
        if not pending:
            return []
        step = Step(pending["skill"], clause)
        given = fill.FILLERS[pending["skill"]](step, ctx)
        wanted = set(pending.get("missing") or [])
        if "check_in" in wanted or "check_out" in wanted:
            wanted |= {"check_in", "check_out"}
        return [pending["skill"]] if wanted & {k for k, v in given.items() if v} else []

    def _same_request(self, intent: str, before: str, clause: str, probes: Probes) -> bool:
        """Two sentences in a row for one skill are one request, except two FAQ questions about different things."""
        if intent != "search_kb":
            return intent not in SMALL_TALK
        first, second = probes.get(before, ("", []))[1], probes.get(clause, ("", []))[1]
        return bool(first and second and first[0].entry.id == second[0].entry.id)

    def _follow_up(self, clause: str, steps: list[Step], ctx: SkillContext, probes: Probes) -> Step | None:
        """A question that leans on an FAQ question before it ("Do you run a shuttle? Where does it leave from?"):
        read with that question (the nearest first), it is its own question when it finds another entry than the
        questions already asked, and finds it surely: over the bar, or the entry its own words rank first (read
        with its topic, a vague "anything to know?" only leans on the topic's words). When the topic's entry leads
        again ("Is there a shuttle? How long is the drive?"), the entry the question's own words rank first
        answers it, if it clears the bar (for the guest's language) read with the topic. At most three FAQ
        questions a message."""
        asked = [s for s in steps if s.intent == "search_kb"]
        if not asked or steps[-1].intent != "search_kb" or len(asked) >= MAX_QUESTIONS or \
                not routing.QUESTION.search(clause):
            return None
        answered = {hits[0].entry.id for s in asked for text in (s.text, s.full)
                    if (hits := self._probe(text, ctx, probes)[1])}
        own = (self._probe(clause, ctx, probes)[1] or [None])[0]
        for before in reversed(asked):
            together = f"{clause} {before.text}"
            if not self._answerable(together, ctx, probes):
                continue
            hits = self._probe(together, ctx, probes)[1]
            if hits[0].entry.id not in answered and (
                    hits[0].score >= ctx.kb.min_score or (own and own.entry.id == hits[0].entry.id)):
                return Step("search_kb", clause, context=before.text)
            mine = next((hit for hit in hits[1:] if own and hit.entry.id == own.entry.id), None)
            if mine and mine.entry.id not in answered and ctx.kb.confident([mine], ctx.language):
                # Read with the entry's own question, the follow-up finds that entry rather than the topic's.
                return Step("search_kb", clause, context=mine.entry.questions[0])
        return None

    def _about_topic(self, step: Step, ctx: SkillContext, reply: _Reply, probes: Probes) -> str | None:
        """The question of the FAQ entry last answered, when the guest's question points back at it ("How long is
        the drive there?" after the aquarium) and, read with it, finds that entry: its own words alone
        name whatever such questions usually ask about (the airport). Not when its own words already match a
        question of the FAQ closely ("Can I leave my bags there?"), nor when they find nothing (then the words
        asked before are tried, after), nor when, read with it, the entry they find alone ties with it (their
        own entry is about the topic too), nor when this reply gave that entry already: a second question of one
        message asks something else."""
        entry = ctx.hotel.kb_entry(ctx.state.get("faq_topic") or "")
        # "and per person?", "¿y para niños?", "¿y el fin de semana hasta qué hora?" name nothing of their own: the
        # same question, priced, asked for them or for other days (the topic's answer tells its hours)
        bare_price = routing.asks_only_price(routing.PER_UNIT.sub(" ", step.text)) or \
            bool(routing.FOR_WHOM_ONLY.search(step.text)) or routing.asks_only_when(step.text)
        if entry is None or not entry.questions or entry.id in reply.kb or not (
                bare_price or routing.points_back(step.text)):
            return None
        if bare_price:
            return entry.questions[0]
        # Its own words as the FAQ would answer them: the whole step, or its question alone beside a story.
        own = next((text for text in (step.full, step.text) if self._answerable(text, ctx, probes)), None)
        alone = self._probe(own, ctx, probes)[1] if own else []
        if not alone or alone[0].entry.id == entry.id or alone[0].score >= ctx.kb.min_score + OWN_TOPIC_OVER_BAR:
            return None
        about = f"{own} {entry.questions[0]}"
        if not self._answerable(about, ctx, probes):
            return None
        read = self._probe(about, ctx, probes)[1]
        tie = next((hit for hit in read[1:] if hit.entry.id == alone[0].entry.id), None)
        if tie is not None and read[0].score - tie.score < ctx.kb.margin:
            return None  # "may we wear swimsuits there?" after the sauna's hours: its own entry ties, its own words win
        return entry.questions[0] if read[0].entry.id == entry.id else None

    # ------------------------------------------------------------------ the FAQ
    def _lexicon(self, ctx: SkillContext) -> Lexicon:
        known = self._lexicons.get(ctx.hotel.id)
        if known is None or known.hotel is not ctx.hotel:   # staff edited the KB: a new hotel object
            known = self._lexicons[ctx.hotel.id] = Lexicon(ctx.hotel)
        return known

    def _probe(self, text: str, ctx: SkillContext, probes: Probes) -> tuple[str, list[KBHit]]:
        """The FAQ query for a sentence and the entries nearest to it, looked up once per turn."""
        if text not in probes:
            query = self._lexicon(ctx).query(text, ctx.language)
            # As written and opening with a capital (a question split off mid-sentence, or typed in lower case):
            # either may read nearer its entry to the encoder, and the surer of the two is kept.
            found = [ctx.kb.lookup(q, ctx.language, k=5) for q in dict.fromkeys((query, capitalised(query)))]
            probes[text] = max(found, key=lambda qh: (ctx.kb.confident(qh[1], ctx.language, qh[0]),
                                                      qh[1][0].score if qh[1] else 0.0))
        return probes[text]

    def _names_a_charge(self, clause: str, ctx: SkillContext, probes: Probes) -> bool:
        """Whether the sentence points at a line of the verified guest's bill ("the $28 item", "die Anzahlung"):
        by its amount or words, or by meaning unless the FAQ answers it with an entry whose questions name none of
        the lines it came near ("can I get a fapiao?" lands near the laundry, a word the encoder does not know)."""
        guest = verified_guest(ctx)
        lines = asked_lines(ctx, guest.folio, clause) if guest is not None else []
        if not lines or lines_named(guest.folio, clause) or not self._answerable(clause, ctx, probes):
            return bool(lines)
        entry = self._probe(clause, ctx, probes)[1][0].entry
        return bool(lines_named(lines, " ".join(entry.questions)))  # its answer says too much ("3 days")

    def _answerable(self, clause: str, ctx: SkillContext, probes: Probes) -> bool:
        """Whether the FAQ would answer the sentence: the same tests `_faq` applies before it answers."""
        query, hits = self._probe(clause, ctx, probes)
        lexicon = self._lexicon(ctx)
        if lexicon.reworded(query, hits, ctx.kb.min_score, ctx.language) is not None:
            # Under the bar only shared words point at an entry: enough for a question, not for a story's sentence.
            return bool(hits[0].score >= ctx.kb.min_score or routing.QUESTION.search(clause))
        if not ctx.kb.confident(hits, ctx.language, query):
            return False
        return not self._guessed(query, hits, ctx)

    def _guessed(self, query: str, hits: list[KBHit], ctx: SkillContext) -> bool:
        """A confident-looking best hit the guest's words do not bear out: better an honest "I don't know"."""
        lexicon = self._lexicon(ctx)
        # "a tennis court and a gym?": the gym's entry answers what the hotel has, and says the court is not
        partly = bool(lexicon.lacking(query, ctx.language))
        return lexicon.doubtful(query, hits, ctx.kb.min_score, ctx.language) or (
            ctx.language == "en" and lexicon.unheard_of(query, hits) and not partly) or \
            lexicon.unspoken(query, hits, ctx.language)

    def _faq(self, text: str, ctx: SkillContext, reply: _Reply, probes: Probes, asked: str = "") -> bool:
        """Answer from the FAQ if it knows; False (and nothing said) if it does not.

        `asked` is the asking sentence alone: searched when the whole is not answerable, as a story
        around a question can drown it.
        """
        query, hits = self._probe(text, ctx, probes)
        lexicon = self._lexicon(ctx)
        for part in (asked, _asking_part(asked or text)):
            if not part or part == text or ctx.kb.confident(hits, ctx.language, query) and _over_bar(hits, ctx):
                continue
            alone = self._probe(part, ctx, probes)
            # The asking sentence alone, when the story drowns it, or finds the same entry only under the bar where
            # the question alone clears it ("Serve you alcohol? We'd love wine on the roof.": the story's words
            # would reword it to the restaurants nearby). A story that finds another entry changes the question
            # ("our train is late. How does check-in work?": the late arrival).
            unsure = not ctx.kb.confident(hits, ctx.language, query)
            if ctx.kb.confident(alone[1], ctx.language, alone[0]) and (
                    unsure or _over_bar(alone[1], ctx) and alone[1][0].entry is hits[0].entry):
                query, hits = alone
            elif unsure and lexicon.reworded(query, hits, ctx.kb.min_score, ctx.language) is None and \
                    self._answerable(part, ctx, probes) and lexicon.names_one(*alone, ctx.language):
                query, hits = alone  # only its own words name the entry ("Sorry, I prefer Arabic. كم ثمن التقشير
                # بالصابون؟": the hammam's Arabic answer writes them): the story's words would drown them too
        better = lexicon.reworded(query, hits, ctx.kb.min_score, ctx.language)
        call, result = run_skill(ctx, "search_kb", {"query": better or query})
        if result.ok and (not better and self._guessed(query, hits, ctx) or
                          self._beside_the_question(asked or text, result, ctx, probes)):
            call, result = call.model_copy(update={"ok": False}), SkillResult(text="", ok=False)
        if not result.ok:
            reply.calls.append(call)
            return False
        if self._places_instead(asked or text, result, ctx, reply):
            return True
        if result.text in reply.texts:  # two questions of one message with one answer: it is said once
            reply.calls.append(call)
            return True
        lacking = lexicon.lacking(asked or text, ctx.language)
        if lacking:  # "a sauna or a steam room?" answered by the spa: first that the sauna is not among ours
            reply.texts.append(say("faq_nearest_instead", ctx.language, asked=join_list(lacking, ctx.language)))
        reply.add(call, result)
        answered = result.kb[0] if result.kb else None
        # What a follow-up ("and can the kids go there alone?", "how long is the drive there?") refers to.
        ctx.remember(faq_asked=(asked or text)[:300], faq_topic=answered)
        also = (lexicon.companion(query, hits, answered, ctx.kb.min_score, ctx.language)
                or lexicon.complement(*self._probe(asked or text, ctx, probes), answered, ctx.kb.min_score,
                                      ctx.language)) if answered else None  # a part the question, not its story, asks
        also = also or (_other_room_named(asked or text, result.data.get("answer", ""), ctx) if answered else None)
        if also:
            call, result = run_skill(ctx, "search_kb", {"query": also})
            if result.ok and result.kb and result.kb[0] != answered and result.text not in reply.texts:
                reply.add(call, result)
        return True

    def _written_about_kind(self, step: Step, wish: dict[str, Any], ctx: SkillContext, probes: Probes) -> bool:
        """A kind of place asked for ("which temples are close?") that an FAQ entry the guest's words find surely
        is about (its first sentence names such a place), written in the guest's language, when the places'
        descriptions are not (a list would say only names and hours): the hotel's own words (what each costs,
        when to go) rather than that list."""
        if "place" in wish or "day" in wish or not {"kind", "tags"} & set(wish) or "budget" in wish.get("tags", ()) \
                or not self._answerable(step.full, ctx, probes):  # somewhere cheap: the places' prices choose
            return False
        entry = self._probe(step.full, ctx, probes)[1][0].entry
        first = named_in(_SENTENCE_BREAK.split(entry.answer.strip(), 1)[0], ctx.hotel.places)
        asked = [wish["kind"]] if "kind" in wish else list(wish.get("tags") or [])
        fitting = [place for place in first if any(tag_matches(name, place) for name in asked)]
        return entry.answer_in(ctx.language) is not None and bool(fitting) and \
            not any(hotel_text(ctx.hotel, ctx.language, place.description) for place in fitting)

    def _beside_the_question(self, asked: str, result: SkillResult, ctx: SkillContext, probes: Probes) -> bool:
        """Whether the entry the guest's words chose is about none of what the asking sentence names, and that
        names a topic the hotel never speaks of ("a babysitting service in the evening?": not the restaurant's
        evening hours, which share "evening" and "service")."""
        entry = ctx.hotel.kb_entry(result.kb[0]) if result.kb else None
        query, hits = self._probe(asked, ctx, probes)
        return entry is not None and self._lexicon(ctx).unspoken(query, hits, ctx.language, entry)

    def _faq_about_place(self, step: Step, wish: dict[str, Any], ctx: SkillContext, probes: Probes) -> str | None:
        """What to ask the FAQ about a place the guest names: their words, when the FAQ answers them with an entry
        about that place ("the first train up the Gornergrat, and is it in the pass?"); else the question of the
        entry about it ("마조렐 정원 티켓은?": its tickets and the way there are in the hotel's text, not in its
        hours). A day asked about and nothing else is answered from the place's hours; a table to book, by the
        hotel's booking answer."""
        place = find_place(ctx.hotel.places, wish["place"]) if "place" in wish else None
        if place is None or _asks_only_opening(step, wish):
            return None
        if self._answerable(step.full, ctx, probes):
            hits = self._probe(step.full, ctx, probes)[1]
            # the hotel's text shortens a name as guests do ("Fushimi Inari" of "Fushimi Inari Taisha")
            return step.full if place in mentioned_in(hits[0].entry.answer, ctx.hotel.places) else None
        return None if _ARRANGE.search(step.text) else self._entry_about(place, True, step, ctx, probes)

    @staticmethod
    def _places_instead(text: str, result: SkillResult, ctx: SkillContext, reply: _Reply) -> bool:
        """An FAQ answer the hotel wrote only in English, about places nearby: when those places' own facts (how
        far, when open) say every time and price it says, they are said in the guest's language instead. Not an
        answer about the hotel that names a place after its own rule ("The whole hotel is non-smoking... the
        beach too", "All our meat is halal... a temple restaurant nearby"): that rule is what was asked."""
        if result.data.get("answer_language") == ctx.language:
            return False
        answer = result.data.get("answer", "")
        named = named_in(answer, ctx.hotel.places)
        if not named or not _opens_on(answer, ctx.hotel.places):
            return False
        args = fill.local_recommendations(Step("local_recommendations", text), ctx)
        if len(named) == 1:
            args = {"place": named[0].id, **_only_keys(args, "day", "date")}
        call, places = run_skill(ctx, "local_recommendations", args)
        if not places.ok or not _plan_facts(result.data["answer"]) <= _plan_facts(places.text):
            return False  # the English says more ("otter feedings at 11:00 and 15:00"): better that than less
        reply.add(call, places)
        return True

    def _entry_about(self, place: Place, named: bool, step: Step, ctx: SkillContext, probes: Probes) -> str | None:
        """The question of the FAQ entry that answers about a place, when the FAQ was unsure of the guest's words:
        an entry about that place (its first sentence names it: its tickets and the way there are in the hotel's
        text, not in its hours; "マジョレル庭園のチケットは？"), or a near entry that names it, the hotel's own rule
        first when the guest's words only point at the place ("do you sell wine?": no alcohol here, a licensed bar
        nearby)."""
        hits = self._probe(step.full, ctx, probes)[1]
        rank = {hit.entry.id: i for i, hit in enumerate(hits)}
        places = ctx.hotel.places
        about = sorted((e for e in ctx.hotel.kb if _opens_on(e.answer, places, place) and (named or e.id in rank)),
                       key=lambda entry: rank.get(entry.id, len(hits)))  # a place only pointed at: among the nearest
        near = [hit.entry for hit in hits if hit.score >= ctx.kb.min_score - PLACE_UNDER_BAR
                and place in named_in(hit.entry.answer, places) and hit.entry not in about]
        rules = [] if named else [entry for entry in near if not _opens_on(entry.answer, places)]
        return next((entry.questions[0] for entry in [*rules, *about, *near] if entry.questions), None)

    def _answer_or_admit(self, step: Step, ctx: SkillContext, reply: _Reply, probes: Probes,
                         wish: dict[str, Any] | None = None) -> None:
        # What is asked for, not the occasion ("can you babysit Saturday while we go out for dinner?": not the
        # restaurant); and a thing the hotel never speaks of is answered from the question's own words, not from a
        # plan told beside it ("...garder nos enfants ? On aimerait dîner en amoureux": not the restaurants).
        asked = routing.without_occasion(step.text)
        if self._lexicon(ctx).unknown_topics(self._probe(asked, ctx, probes)[0], ctx.language):
            step = Step(step.intent, asked)
        elif asked != step.text:
            step = Step(step.intent, asked, context=step.context, told=step.told)
        topic = self._about_topic(step, ctx, reply, probes)
        if topic and self._faq(topic, ctx, reply, probes):  # not the guest's words: they would add their usual topic
            return
        if routing.points_back(step.text) and self._on_last_topic(step, ctx, reply, probes, kin_only=True):
            return  # "les enfants peuvent y aller seuls ?" after the pool: its rules, not the children's policy
        if self._faq(step.full, ctx, reply, probes, asked=step.text):
            self._price_too(step, ctx, reply, probes)
            return
        if step.told and self._faq(f"{step.text} {step.around}", ctx, reply, probes, asked=step.text):
            return  # a long story before the question can drown it too: read the question first as well
        if self._on_last_topic(step, ctx, reply, probes):  # "can they go there alone?", "А с сыном можно?"
            return
        unheard = ctx.language == "en" and self._lexicon(ctx).unheard_of(*self._probe(step.full, ctx, probes))
        amenity = None if unheard else find_amenity(ctx.hotel.amenities, step.text)
        if amenity is not None:  # "swim on the roof": the rooftop pool; "찜질방": the spa, by its name's sound
            if not self._faq(f"{step.text} {amenity.name}", ctx, reply, probes):  # its entry, in the guest's words
                self._run("amenities_info", fill.amenities_info(step, ctx), ctx, reply)
            return
        wish = fill.local_recommendations(step, ctx) if wish is None else wish
        named = find_place(ctx.hotel.places, wish["place"]) if "place" in wish else None
        # A question about a thing the hotel never speaks of ("a babysitter tonight? We'd love a night out at a
        # mezcal bar.") is not answered by a place its story names: only by one the question itself points at.
        lacking = self._lexicon(ctx).unknown_topics(self._probe(step.text, ctx, probes)[0], ctx.language)
        place = None if unheard else named or standout(ctx, step.text if lacking else step.full)
        if place is not None:  # "anywhere nearby to buy maps?": no FAQ entry, but one of the places nearby
            about = self._entry_about(place, place is named, step, ctx, probes)
            if about is None or not self._faq(about, ctx, reply, probes):
                self._run("local_recommendations", {"place": place.id, **_only_keys(wish, "day", "date")}, ctx,
                          reply)  # "美术馆周二开门吗？"
            return
        if not unheard and self._sightseeing(step, ctx):  # "what should we see in town?": the places nearby
            self._run("local_recommendations", _sights(wish, ctx), ctx, reply)
            return
        words = len(re.findall(r"[^\W\d_]{2,}", step.full))
        # "hello?? is anyone coming??" after reporting a problem: a short line nothing answers chases the problem
        if ctx.state.get("topic") == "complaints" and (words <= CHASE_WORDS or len(step.full) <= 2 * CHASE_WORDS and
                                                       _CJK.search(step.full)):
            self._run("handoff_to_staff", {"reason": f"guest waiting after a complaint: {step.full[:150]}"},
                      ctx, reply)
            return
        if words < 2 and not _CJK.search(step.full):
            reply.texts.append(say("say_more", ctx.language))  # "4", "👍", "room?": nothing to go on yet
            return
        lacking = self._lacking(step.text, ctx)
        unsure = int(ctx.state.get("unsure") or 0) + 1
        ctx.remember(unsure=unsure)
        reply.texts.append(say("not_sure", ctx.language))
        if lacking:  # "a sauna we could book?", "요가 수업 예약": none of the hotel's texts names it, and it is said
            reply.texts.append(say("not_offered", ctx.language, asked=join_list(lacking, ctx.language)))
        if unsure >= UNSURE_BEFORE_HANDOFF:
            self._run("handoff_to_staff", {"reason": f"could not answer: {step.full[:150]}"}, ctx, reply)
        else:
            reply.texts.append(say("offer_person", ctx.language))
            ctx.remember(offer={"skill": "handoff_to_staff", "args": {"reason": step.full[:200]}})

    def _lacking(self, text: str, ctx: SkillContext) -> list[str]:
        """The guest's words for what a question asks the hotel to have or to book that none of its texts speaks
        of ("do you have a sauna?", "can I book a yoga class?")."""
        lexicon = self._lexicon(ctx)
        if lacking := lexicon.lacking(text, ctx.language):
            return lacking
        unknown = lexicon.unknown_topics(text, ctx.language) & NOT_A_STAY
        said = [words for concept, words in glossary.topics(text, ctx.language) if concept in unknown]
        return list(dict.fromkeys(said or sorted(unknown)))

    def _on_last_topic(self, step: Step, ctx: SkillContext, reply: _Reply, probes: Probes,
                       kin_only: bool = False) -> bool:
        """A follow-up the FAQ cannot answer alone, that leans on what was just talked about, naming no topic the
        hotel never speaks of. A few words ("А с сыном можно? Ему 12" after the banya) are answered by the entry of
        the topic's family (the topic's entry, or one whose questions name what the topic's are about: the banya's
        rules) that their own words rank near the top; words that name nothing of their own ("по средам он до
        скольки?", "a skolko vremeni ehat?") are read with the topic's question, then with the guest's question
        before. "Do you have a bowling alley?" names its own thing: it is never read with the topic's words.
        With `kin_only`, only another entry of the topic's family (the topic's own was just said) that the pointing
        question's own words rank near the top answers, asked before those words are: "can I leave my bags there?"
        is still about bags; "Ils ont 11 et 13 ans" told beside it does not blur it."""
        entry = ctx.hotel.kb_entry(ctx.state.get("faq_topic") or "")
        lexicon, lang = self._lexicon(ctx), ctx.language
        query, own = self._probe(step.text if kin_only else step.full, ctx, probes)  # the pointing question's words
        if entry is None or not entry.questions or not routing.follows_up(step.text) or \
                lexicon.unknown_topics(query, lang) or lang == "en" and lexicon.unheard_of(query, own):
            return False
        family = next((hit.entry for hit in own[:FAMILY_RANK] if hit.score >= ctx.kb.min_score - LEAN_UNDER_BAR
                       and lexicon.kin(entry.id, hit.entry.id) and not (kin_only and hit.entry is entry)), None)
        if family is not None and family.questions and \
                self._faq(lexicon.closest_question(query, family.id), ctx, reply, probes):
            return True
        return not kin_only and routing.names_nothing(step.text) and any(
            before and self._faq(f"{step.full} {before}", ctx, reply, probes)
            for before in dict.fromkeys((entry.questions[0], ctx.state.get("faq_asked"))))

    def _sightseeing(self, step: Step, ctx: SkillContext) -> bool:
        """A plain wish to see or do something nearby ("Was sollten wir in der Stadt anschauen?", "有什么好玩的？")
        that the FAQ could not answer, when the hotel lists places nearby and the guest names no thing the hotel
        never speaks of beside the wish ("where can we go to a casino?" stays "not sure")."""
        if not ctx.hotel.places or not routing.SIGHTSEEING.search(step.text):
            return False
        lexicon = self._lexicon(ctx)
        rest = routing.SIGHTSEEING.sub(" ", step.text)  # the wish's own words ("Sehenswürdigkeiten") are no topic
        return not lexicon.unknown_topics(lexicon.query(rest, ctx.language), ctx.language)

    def _price_too(self, step: Step, ctx: SkillContext, reply: _Reply, probes: Probes) -> None:
        """A bare price question read with the question before it ("Can she do the temazcal pregnant? And how much
        per person?") when the entry that answered says no price: the entry about the same thing that states
        one (its price list beside its health rules) answers the price. Of the entries the question finds, the
        first that names a telling word of the question the answered entry names too, and says a price."""
        answered = ctx.hotel.kb_entry(ctx.state.get("faq_topic") or "")
        if answered is None or _PRICE.search(answered.answer) or not any(
                routing.asks_only_price(clause) for clause in routing.clauses(step.full)):
            return
        query, hits = self._probe(" ".join(part for part in (step.text, step.context) if part), ctx, probes)
        # The words of the question the price is about, not the story's ("we come to Oaxaca": the airport) nor the
        # price question's own ("per person" is said by every priced entry).
        lexicon, about = self._lexicon(ctx), self._probe(step.text, ctx, probes)[0]
        shared = lexicon.telling(about, answered.id, ctx.language).keys()
        priced = next((hit.entry for hit in hits if hit.entry.id not in reply.kb and _PRICE.search(hit.entry.answer)
                       and shared & lexicon.telling(about, hit.entry.id, ctx.language).keys()), None)
        if priced is not None and priced.questions:
            call, result = run_skill(ctx, "search_kb", {"query": lexicon.closest_question(query, priced.id)})
            if result.ok and result.kb[:1] == [priced.id] and result.text not in reply.texts:
                reply.add(call, result)

    # ------------------------------------------------------------------ doing
    def _do(self, step: Step, ctx: SkillContext, reply: _Reply, probes: Probes) -> None:
        intent, lang = step.intent, ctx.language
        # What the step asks of places nearby, read once: several readings below ask it.
        wish = fill.local_recommendations(step, ctx) if intent in ("search_kb", "local_recommendations") else {}
        if intent == "greeting":
            reply.texts.append(say("greeting", lang, hotel=ctx.hotel.name))
        elif intent == "thanks" or (intent == "ack" and not ctx.state.get("offer")):
            reply.texts.append(say("you_are_welcome", lang))
        elif intent == "decline":
            ctx.remember(offer=None)
            reply.texts.append(say("anything_else", lang))
        elif intent in ("confirm", "ack"):
            offer = ctx.state.get("offer")
            ctx.remember(offer=None)
            if offer:
                self._run(offer["skill"], offer["args"], ctx, reply)
            else:
                reply.texts.append(say("nothing_to_confirm", lang))
        elif intent in ("search_kb", "local_recommendations") and (opening := _opening_asked(step, wish, ctx)):
            self._run("local_recommendations", opening, ctx, reply)
        elif intent == "search_kb" and _turns_places_down(wish):
            self._run("local_recommendations", wish, ctx, reply)
        elif intent == "search_kb":
            self._answer_or_admit(step, ctx, reply, probes, wish)
        elif intent == "emergency":
            # The hotel's emergency answer (whom to call, where help is) before anything the guest's words find:
            # "she feels very ill and can't breathe" asks nothing of the altitude, a gas smell nothing of the fireplace
            # Of the hotel's emergency entries, the one the guest's own words name ("what is the emergency number?":
            # the numbers, not the doctor), which may also be the one translated into their language.
            asked = routing.asks_emergency_number(step.full)  # "what is the emergency number?": whom to call
            own_query, own = self._probe(step.full, ctx, probes)
            emergency = {hit.entry.id for topic in EMERGENCY_TOPICS for hit in self._probe(topic, ctx, probes)[1][:2]}
            named = ctx.kb.confident(own, ctx.language, own_query) and own[0].entry.id in emergency
            if not (named and self._faq(step.full, ctx, reply, probes)) and \
                    not any(self._faq(topic, ctx, reply, probes) for topic in EMERGENCY_TOPICS[::-1 if asked else 1]):
                self._faq(step.full, ctx, reply, probes)
            if not reply.handoff and not asked:
                self._run("handoff_to_staff", {"reason": f"emergency: {step.full[:180]}"}, ctx, reply)
        elif intent == "late_check_out":
            self._late_check_out(step, ctx, reply, probes)
        elif intent == "early_check_in":
            self._early_check_in(step, ctx, reply, probes)
        elif intent == "handoff_to_staff" and reply.handoff:
            return  # a serious complaint in this message already brought a person in
        elif intent in ("housekeeping", "room_service"):
            self._service(step, ctx, reply, probes)
        elif intent == "local_recommendations" and not _names_a_place_wish(step, wish, ctx) and \
                self._faq(step.full, ctx, reply, probes):
            return  # "anywhere to park near you?": said like a wish for places, about the hotel's own service
        elif intent == "local_recommendations" and self._written_about_kind(step, wish, ctx, probes) and \
                self._faq(step.full, ctx, reply, probes):
            return  # "近くにお寺は？": the hotel's own words on its temples, in the guest's language
        elif intent == "local_recommendations" and (about := self._faq_about_place(step, wish, ctx, probes)) and \
                self._faq(about, ctx, reply, probes, asked=step.text):
            if "day" in wish and _OPEN.search(step.full):  # "how do we get there, and is it open on Sunday?"
                self._run("local_recommendations", _only_keys(wish, "place", "day", "date"), ctx, reply)
        elif intent == "local_recommendations" and _ARRANGE.search(step.text) and \
                "place" in wish:
            # "Book us a table at the Seagrass on Friday": how the hotel books one, and whether it is open that day
            self._faq(step.full, ctx, reply, probes)
            self._run("local_recommendations", _only_keys(wish, "place", "day", "date"), ctx, reply)
        else:
            args = fill.FILLERS[intent](step, ctx)
            missing = [(name, phrase) for name, phrase in SKILLS[intent].asks if name not in args]
            if missing:  # the skill's own declaration says what it cannot run without, and how to ask
                self._ask(intent, args, [name for name, _ in missing], missing[0][1], ctx, reply)
            else:
                self._run(intent, args, ctx, reply)
            if intent == "billing_inquiry" and routing.PAY_HOW.search(step.text):  # "...with Apple Pay?"
                self._faq(step.full, ctx, reply, probes) or self._faq(PAYMENT_TOPIC, ctx, reply, probes)

    def _on_topic(self, step: Step, topic: str, ctx: SkillContext, probes: Probes) -> str:
        """What to ask the FAQ for a request a rule recognised: the guest's words when they find the entry the
        topic finds (a story around it may ask more), else the topic ("entrar a la habitación antes de las 12"
        reads to the encoder like a late check-out)."""
        wanted = self._probe(topic, ctx, probes)[1]
        found = self._probe(step.full, ctx, probes)[1]
        return step.full if not wanted or (found and found[0].entry.id == wanted[0].entry.id) else topic

    def _late_check_out(self, step: Step, ctx: SkillContext, reply: _Reply, probes: Probes) -> None:
        """Asked about, the FAQ answers and the request waits for a yes; asked for, it is requested."""
        args = fill.check_out(step, ctx, late=True)
        asked = self._on_topic(step, LATE_CHECK_OUT_TOPIC, ctx, probes)
        if _ARRANGE.search(step.text) or not (self._faq(asked, ctx, reply, probes) or  # a story around it
                                              self._faq(LATE_CHECK_OUT_TOPIC, ctx, reply, probes)):
            self._run("check_out", args, ctx, reply)
        else:
            ctx.remember(offer={"skill": "check_out", "args": args})

    def _early_check_in(self, step: Step, ctx: SkillContext, reply: _Reply, probes: Probes) -> None:
        """The same for an early check-in, which only a guest with a stay on file can be given (the skill finds
        the stay from the verified phone): others hear the hotel's terms."""
        asked = self._on_topic(step, EARLY_CHECK_IN_TOPIC, ctx, probes)
        if verified_guest(ctx) is None:
            if not self._faq(asked, ctx, reply, probes) and not self._faq(EARLY_CHECK_IN_TOPIC, ctx, reply, probes):
                self._answer_or_admit(step, ctx, reply, probes)
        elif _ARRANGE.search(step.text) or not (self._faq(asked, ctx, reply, probes) or
                                                self._faq(EARLY_CHECK_IN_TOPIC, ctx, reply, probes)):
            self._run("early_check_in", {}, ctx, reply)
        else:
            ctx.remember(offer={"skill": "early_check_in", "args": {}})

    def _service(self, step: Step, ctx: SkillContext, reply: _Reply, probes: Probes) -> None:
        """A room request; a guest with no known room asking what it costs also hears the FAQ's answer; "how long
        will it take?" after one placed hears where it is."""
        if routing.asks_only_how_long(step.text) and awaited_ticket(ctx, step.intent):
            self._run(step.intent, {"status": True}, ctx, reply)
            return
        if routing.asks_only_how_long(step.text) and (ctx.state.get("pending") or {}).get("skill") == step.intent:
            return  # the request beside it is still waiting for its room, which the guest was just asked for
        args = fill.FILLERS[step.intent](step, ctx)
        asking = routing.ASKING_ABOUT.search(step.full) or routing.QUESTION.search(step.text)
        if step.intent == "room_service" and not (args.get("items") or args.get("remove") or args.get("notes")
                                                  or args.get("quote")):
            if asking and self._faq(step.full, ctx, reply, probes):
                return
        elif asking and not args.get("room") and guest_room(ctx) is None:
            self._faq(step.full, ctx, reply, probes)
        self._run(step.intent, args, ctx, reply)

    def _ask(self, skill: str, args: dict[str, Any], missing: list[str], phrase: str, ctx: SkillContext,
             reply: _Reply) -> None:
        """Ask for what the skill cannot run without; the trace still shows which skill the guest is after."""
        ctx.remember(pending={"skill": skill, "args": args, "missing": missing})
        reply.calls.append(SkillCall(name=skill, args=args, ok=False))
        reply.texts.append(say(phrase, ctx.language))

    def _run(self, skill: str, args: dict[str, Any], ctx: SkillContext, reply: _Reply) -> None:
        """Run a skill with what this turn gave plus what it still lacked last turn; remember what it asks for."""
        pending = ctx.state.get("pending") or {}
        if pending.get("skill") == skill and skill not in REMEMBERS_ITSELF:
            args = {**pending.get("args", {}), **args}
        call, result = _run_tolerant(ctx, skill, args)
        reply.add(call, result)
        # A skill that asked for something or offered something ("shall I place it at 11:00?") is still the topic:
        # "how much will that come to?" is about the order it noted.
        ctx.remember(topic=skill if result.ok or result.missing or result.data.get("offer") else None)
        if result.missing:
            ctx.remember(pending={"skill": skill, "args": args, "missing": result.missing})
        elif pending.get("skill") == skill:
            ctx.remember(pending=None)
        if result.data.get("offer") and (not result.ok or result.data.get("quote")):  # "shall I place it?": yes runs it
            ctx.remember(offer={"skill": skill, "args": result.data["offer"]})
        if result.ok and skill == "check_availability" and (result.data.get("available") or
                                                            result.data.get("options")):
            # "yes" books it: with the guest's details already taken, the next step is the deposit link
            ctx.remember(offer={"skill": "generate_payment_link" if ctx.state.get("lead_id") else "create_lead",
                                "args": {}})
        elif result.ok and skill == "create_lead":
            ctx.remember(offer={"skill": "generate_payment_link", "args": {}})


def _run_tolerant(ctx: SkillContext, skill: str, args: dict[str, Any]) -> tuple[SkillCall, SkillResult]:
    """A value the skill refuses ("25 guests") is dropped so the skill can ask for it rather than fail."""
    try:
        return run_skill(ctx, skill, args)
    except ValidationError as exc:
        bad = {error["loc"][0] for error in exc.errors() if error["loc"]}
        kept = {k: v for k, v in args.items() if k not in bad}
        if kept != args:
            return _run_tolerant(ctx, skill, kept)
        return SkillCall(name=skill, args=args, ok=False), SkillResult(text="", ok=False)


def _over_bar(hits: list[KBHit], ctx: SkillContext) -> bool:
    """Whether the best hit clears the FAQ's bar itself, not only within the grace of another language."""
    return bool(hits) and hits[0].score >= ctx.kb.min_score


def _asking_part(sentence: str) -> str | None:
    """The last of a sentence's comma- or colon-separated parts when it alone carries the question mark ("我们下周六到，
    一家三口开车过来，停车一晚多少钱？", "One more thing before we book: ...?"): run-on sentences put the facts first
    and ask last, and the facts drown the question."""
    parts = [part.strip() for part in _CLAUSE_COMMA.split(sentence) if part.strip()]
    return parts[-1] if len(parts) > 1 and parts[-1].endswith(("?", "？")) else None


def _asking(text: str, clauses: list[str]) -> list[str]:
    """The clauses of the text that ask: a question, a request to be told ("Then tell me when the bar opens."), or a
    part of a sentence that ends with a question mark ("on which days is the class | and how much is it?": the first
    part lost the mark the sentence ends with)."""
    asking, at = [], 0
    for clause in clauses:
        found = text.find(clause, at)
        at = found + len(clause) if found >= 0 else at
        end = _SENTENCE_END.search(text, at) if found >= 0 else None
        if routing.QUESTION.search(clause) or routing.TELL_ME.search(clause) or (
                end is not None and end.group() in "?？؟"):
            asking.append(clause)
    return asking


def _corrected_step(steps: list[Step]) -> Step | None:
    """The request a correction ("Actually, make it 6:15") takes back: the last one asked for, not a sentence told
    after it ("Wake me at 5:45. I've got the early tour. No wait, 6:15."), else the last question."""
    asked = [step for step in steps if step.intent not in SMALL_TALK]
    return next((step for step in reversed(asked) if step.intent != "search_kb"), asked[-1] if asked else None)


def _place_pointed_at(clause: str, steps: list[Step], ctx: SkillContext) -> str:
    """The question before, when it names a place nearby and this one only points at it ("Which metro line to the
    Louvre? And is it open on Tuesday?"): read before it, so that "it" is that place and not the one the words
    alone would find."""
    places = ctx.hotel.places
    if not steps or steps[-1].intent in SMALL_TALK or mentioned_in(clause, places) or \
            not routing.PRONOUN.search(routing.NOT_BACK.sub(" ", clause)):
        return ""
    return steps[-1].text if mentioned_in(steps[-1].text, places) else ""


def _names_only_a_room(clause: str) -> bool:
    """"7号室です。", "Hola, habitación 4.": whose room, never a question for the FAQ (which may have an entry on
    the rooms' numbers)."""
    return bool(slots.room_number(clause)) and len(re.findall(r"\w", slots.without_room(clause))) <= 6


def _names_only_a_party(clause: str) -> bool:
    """"两个人", "2 adults, 1 child", "zwei Personen": how many the request beside it is for, never a request (nor a
    person asked for) of its own."""
    return bool(slots.guest_count(clause)) and len(re.findall(r"\w+", clause)) <= 4


def _only(pattern: re.Pattern[str], clause: str) -> bool:
    """The clause says nothing but what the pattern matches ("thanks!", "hola")."""
    m = pattern.match(clause)
    return bool(m) and not clause[m.end():].strip(" !.?,¡¿")


def _only_a_note(clause: str) -> bool:
    """"Ohne Zwiebeln.", "No ice, please": a preparation wish and nothing else, which can only be about the order
    under way (said alone, the router reads a bare "without" as something missing: a complaint)."""
    notes = slots.order_notes(clause)
    if not notes:
        return False
    rest = routing.PLEASE.sub(" ", clause)
    for note in notes.split("; "):
        rest = rest.replace(note, " ")
    return len(re.findall(r"[^\W\d_]{2,}", rest)) <= 1  # "and", "also"


def _contextual(clause: str, ctx: SkillContext, found: list[str], reads_as: Callable[[str], bool],
                room_said: bool = False) -> list[str]:
    """Intents that need the hotel's lists or the conversation's memory to recognise; `room_said`: the message
    names a room, in this sentence or another ("Do you have a sewing kit? 305")."""
    intents = []
    state = ctx.state
    booking = state.get("booking") or {}
    has_stay = bool(booking.get("check_in") and booking.get("check_out"))
    rooms = slots.room_names(ctx.hotel.guests)
    room_named = slots.room_number(clause) is not None or slots.named_room(clause, rooms) is not None
    local = slots.local_words(ctx.hotel)
    add, remove, referred = slots.menu_order(clause, ctx.hotel.menu.items, local)
    open_order = bool((state.get("room_service") or {}).get("lines"))
    polite_order = routing.PLEASE.search(clause) and not routing.QUESTION.search(clause)  # "two pizzas, please"
    # not "send someone to fix it", "we want to watch the sunset with a glass of wine", "can we bring our own wine?"
    order_words = routing.ORDER.search(routing.WANT_TO_DO.sub(" ", routing.SEND_PERSON.sub(" ", clause))) and \
        not routing.BRING_OWN.search(clause)
    # A menu word beside a room number is an order only when the sentence reads as one ("water is pouring
    # from the ceiling in 214" names water and a room, and is a leak).
    by_room = room_named and not order_words and not polite_order
    if "complaints" in found and (not order_words or routing.PAST_ORDER.search(clause)):
        # "water is dripping in 214, please send someone": the menu's water is part of the problem; "we ordered an
        # hour ago and nothing came, the kids are starving": the order is the one awaited, no new one for the kids
        add = []
    unread: list[str] = []
    if not add and (order_words or polite_order) and "complaints" not in found and \
            ctx.hotel.menu.items and not slots.housekeeping_items(clause):  # "一份素食碗": a dish in other words
        meant, _, unread = dishes.read_all(clause, ctx.hotel.menu.items, ctx.kb.embedder, local, rooms)
        add = [(item_id, quantity) for item_id, quantity, _ in meant]
    ordered = order_words or polite_order or (by_room and (len(add) > 1 or reads_as("room_service"))) \
        or (routing.TO_ROOM.search(clause) and not routing.PRICE.search(clause))
    ordered = ordered and not _goes_out(clause)
    # "what would a burger and a soda come to?", or "how much is that, with delivery?" about the order so far
    quoted = routing.PRICE.search(clause) and (add or (open_order and state.get("topic") == "room_service"
                                                       and routing.ORDER_REF.search(clause)))
    # Things counted as ordered ("탄탄면 하나랑 ... 주세요") by names the menu does not have, and no other request:
    # the order skill says which it could not find and shows the menu, where another skill would take them.
    # "how long will it take?" just after an order or a request was placed is about it, whatever minutes the FAQ tells
    if (waited := state.get("topic")) in ("room_service", "housekeeping") and not found and \
            routing.asks_only_how_long(clause) and awaited_ticket(ctx, waited):
        intents.append(waited)
    if (add and ordered) or (unread and not found) or quoted or (open_order and (
            ((add or remove or referred) and routing.ORDER_CHANGE.search(clause)) or _only_a_note(clause))):
        intents.append("room_service")
    # "do you have a hair dryer in the rooms?" asks what the rooms have; "do you have extra pillows?" also asks for
    # them, and so does any "do you have…?" from a room
    requested = routing.REQUEST.search(routing.ASKING_ABOUT.sub(" ", clause)) or room_said and \
        routing.REQUEST.search(clause)
    if slots.housekeeping_items(clause) and (requested or room_named) and not routing.BRING_OWN.search(clause):
        intents.append("housekeeping")
    awaited = {(state.get("offer") or {}).get("skill"), (state.get("pending") or {}).get("skill")}
    if slots.email(clause) or slots.phone(clause) or (routing.BOOK.search(clause) and has_stay) or (
            ("create_lead" in awaited or has_stay) and slots.person_name(clause)):  # "I'm Lena Fischer" when asked
        intents.append("create_lead")
    elif _wants_availability(clause, ctx, has_stay) and \
            not {"late_check_out", "check_out", "complaints", "wake_up_call", "housekeeping"} & set(found):  # in house
        intents.append("check_availability")
    if routing.PAY.search(clause) and not routing.PAY_NOT.search(clause) and \
            (has_stay or state.get("lead_id") or slots.reservation_code(clause)):
        intents.append("generate_payment_link")
    filters = slots.place_filters(clause, ctx.hotel.places)
    described = "kind" in filters or "tags" in filters
    # "Not seafood please, something casual?": turning a kind of place down while describing one asks for places.
    if "place" in filters or (described and (routing.RECOMMEND.search(clause) or "avoid" in filters)):
        if "itinerary_plan" not in found:
            intents.append("local_recommendations")
    return intents


# What a guest plans by: times ("17:30", not the "(5 pm)" beside it) and prices in any currency ("JPY 800",
# "KRW 32,000", "$15", "12 €", "¥180", "2,000원").
_TIME = re.compile(r"(?<![\d:])\d{1,2}:\d{2}")
_PRICE = re.compile(r"(?:[$€£¥₩₽₺]|\b[A-Z]{3}\b)\s?\d+(?:[,.]\d+)*|(?<![\d:.,])\d+(?:[,.]\d+)*\s?(?:[$€£¥₩₽₺]|"
                    r"\b[A-Z]{3}\b|(?i:\b(?:yen|won|yuan|dirhams?|pesos?|francs?|dollars?|euros?)\b)|円|元|원)")


def _plan_facts(text: str) -> set[str]:
    return {re.sub(r"\D", "", fact).lstrip("0") for fact in _TIME.findall(text) + _PRICE.findall(text)}


def _opens_on(answer: str, places: list[Place], place: Place | None = None) -> bool:
    """Whether an FAQ answer is about places nearby (or that one place): its first sentence names it. "The
    whole hotel is non-smoking... the beach too" is about the hotel."""
    first = named_in(_SENTENCE_BREAK.split(answer.strip(), 1)[0], places)
    return bool(first) and (place is None or place in first)


# Places one eats at or travels by: not what a guest who asks what to see or do in town means, unless they say so.
_NOT_SIGHTS = ("restaurant", "cafe", "bakery", "transport")


def _sights(wish: dict[str, Any], ctx: SkillContext) -> dict[str, Any]:
    """A plain wish to see the place, as places nearby: the sights first, the restaurants only when the hotel lists
    nothing else (or the guest describes a kind of place: then theirs)."""
    if {"kind", "tags", "avoid", "place"} & set(wish) or \
            all(any(tag_matches(kind, place) for kind in _NOT_SIGHTS) for place in ctx.hotel.places):
        return wish
    return {**wish, "avoid": list(_NOT_SIGHTS)}


def _only_keys(args: dict[str, Any], *keys: str) -> dict[str, Any]:
    return {k: v for k, v in args.items() if k in keys}


def _names_a_place_wish(step: Step, wish: dict[str, Any], ctx: SkillContext) -> bool:
    """The guest asks for a kind of place, a place by name, or something a place nearby offers."""
    return bool({"kind", "tags", "avoid", "place"} & set(wish)) or means_a_place(ctx, step.full)


def _opening_asked(step: Step, wish: dict[str, Any], ctx: SkillContext) -> dict[str, Any] | None:
    """"国立博物馆周一开门吗?", "Is the aquarium open on Monday?": whether the one place nearby the guest describes
    is open on a day is answered from its hours, not from an FAQ paragraph about several places."""
    if "day" not in wish or "place" in wish or not _OPEN.search(step.text):
        return None
    if find_amenity(ctx.hotel.amenities, step.text):
        return None  # "is the swimming pool open tonight?" is about the hotel's own pool, not a place nearby
    place = standout(ctx, step.full)
    return {"place": place.id, **_only_keys(wish, "day", "date")} if place else None


def _asks_only_opening(step: Step, wish: dict[str, Any]) -> bool:
    """"Will the market be open on Tuesday the 15th?": a day and whether it opens, and nothing the place's hours
    do not say (its price, tickets or the way there: "faut-il réserver les billets pour demain ?")."""
    return "day" in wish and bool(_OPEN.search(step.full)) and not (
        routing.PRICE.search(step.full) or routing.WHERE_OR_HOW.search(step.full))


def _turns_places_down(wish: dict[str, Any]) -> bool:
    """"Not seafood please. Something casual we can walk to?": a kind of place turned down beside one described
    is a wish for other places, whatever the FAQ knows about the one turned down."""
    return "avoid" in wish and bool({"kind", "tags"} & set(wish))


def _goes_out(clause: str) -> bool:
    """Whether the sentence wants something at a place out ("a night out at a mezcal bar"), not in the room."""
    return bool(routing.OUT_AT.search(clause)) and not routing.TO_ROOM.search(clause)


def _about_money(clause: str) -> bool:
    """Whether the sentence says anything of money ("what do we do now?", "what about our bags?" do not: a
    possessive alone is no money): what a bill is asked with, which the learned router alone cannot tell from the
    shape of a question."""
    return any(pattern.search(clause) for pattern in (routing.PRICE, routing.AMOUNT, routing.PAY, routing.BILL,
                                                          routing.ACCOUNT, routing.MONEY_WORDS))


def _names_the_account(clause: str) -> bool:
    """Whether the sentence names the bill or a charge ("the balance", "the $35", "what's still open"), not only a
    price ("how much is it?", which asks what a service costs)."""
    return any(pattern.search(clause) for pattern in (routing.AMOUNT, routing.BILL, routing.ACCOUNT,
                                                          routing.MONEY_WORDS))


def _names_an_amenity(clause: str, ctx: SkillContext) -> bool:
    """One of the hotel's facilities is named, in English or in the guest's words for it ("하맘", "хамам": the
    glossary writes the hotel's English beside them, which the amenity's name is written in)."""
    amenities = ctx.hotel.amenities
    return bool(find_amenity(amenities, clause) or find_amenity(amenities, glossary.pivot(clause, ctx.language)))


def _asks_of_the_place(clause: str, ctx: SkillContext) -> bool:
    """A short question naming nothing of its own but the way there ("开车多久？", "How long is the drive?",
    "¿cuánto se tarda en coche?"): about the place just recommended."""
    short = len(re.findall(r"\w+", clause)) <= SHORT_FOLLOW_UP or _CJK.search(clause) and len(clause) <= 12
    return bool(short and routing.QUESTION.search(clause) and glossary.named(clause, ctx.language) <= {"car"} and
                not slots.place_filters(clause, ctx.hotel.places) and not routing.rule_intents(clause))


def _names_a_service(text: str, ctx: SkillContext) -> bool:
    """A thing booked on its own, not a night's stay ("book a yoga class", "요가 수업 예약", "予約: スパ"), whether
    or not the hotel has it."""
    return bool(glossary.named(text, ctx.language) & NOT_A_STAY)


def _wants_availability(clause: str, ctx: SkillContext, has_stay: bool) -> bool:
    """A stay is asked for: dates or booking words about a room, not a table, a massage or the guest's own room."""
    stay = dates.find_stay(clause, ctx.now.date(), fill.month_first(ctx))
    choosing = fill.choosing_room(ctx)
    room = slots.room_type(clause, ctx.hotel.rooms, asked=choosing)
    # "our suite", "my room": the guest's own room, not one to stay in ("friends over in our suite on Saturday").
    lodging = ((room and not routing.THEIR_ROOM.search(clause)) or (
        routing.LODGING.search(clause) and not routing.OWN_ROOM.search(clause))) and \
        not slots.names_a_venue(clause, ctx.hotel.kb, ctx.hotel.rooms)
    if routing.BOOK.search(clause) and not routing.NEED_TO_BOOK.search(clause):
        # "book the hammam for two" books one of the hotel's amenities, not a stay
        return bool(lodging or not (routing.BOOK_OTHER.search(clause) or _names_an_amenity(clause, ctx) or
                                    _names_a_service(clause, ctx)))
    if stay.nights == 1 and not stay.check_in and routing.PRICE.search(clause):
        return False  # "what is one night in the suite?", "1泊いくら？": the rate per night, which no date changes
    if (stay.check_in and stay.check_out and (stay.nights or 0) > 1) or ((stay.check_in or stay.nights) and lodging):
        return not routing.ARRIVAL_TIMES.search(clause)
    arrival = remembered_stay(ctx).check_in
    if has_stay and arrival and (dates.departure_only(clause, arrival, fill.month_first(ctx)) or (
            (stay.nights or 0) > 1 and not stay.check_in)):  # "1박에 얼마예요?" is a price per night
        return True  # "we'll leave on the 24th instead", "make it 4 nights": the stay under discussion changes
    if has_stay and arrival and slots.guest_count(clause) and not routing.QUESTION.search(clause):
        return True  # "al final somos tres", "actually there'll be four of us": the party of that stay changes
    # "the king suite then"; "the one with the view" of the rooms just offered
    return bool(room and has_stay and (choosing and not routing.QUESTION.search(clause)
                                       or not routing.ROOM_FEATURE.search(clause)))


def _other_room_named(text: str, answer: str, ctx: SkillContext) -> str | None:
    """A second room type the question names that the answer leaves out ("the difference between the Laneway Queen
    and the Harbour King?" answered by the Laneway Queen's entry): asked of the FAQ by its name."""
    named = slots.rooms_named(text, ctx.hotel.rooms)
    if len(named) < 2:
        return None
    said = answer.lower()
    return next((room.name for room in named if room.name.lower() not in said), None)
