"""The offline brain: the default concierge, with no model and no key.

The planner (planner.py) reads a message into steps, one per sentence that asks or requests; the brain carries
each out. Every step runs a skill through `run_skill` (reply.py), so every fact in the reply comes from the
hotel's data; questions are answered from the FAQ (faq_answers.py; places nearby, place_answers.py), and when
nothing fits, the brain says so and offers a person, and hands over after repeated misses.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from agent.brains import (
    BrainAnswer,
    BrainInput,
    fill,
    followup,
    framing,
    money,
    room_advice,
    splitter,
    stay_words,
    upkeep,
    urgent,
    wants,
)
from agent.brains.clauses import ARRANGE, OPEN, asking_clauses, to_the_room
from agent.brains.faq import unabbreviated
from agent.brains.faq_answers import ROOM_SERVICE_TOPIC, FaqAnswers
from agent.brains.faq_lookup import FaqLookup
from agent.brains.fill import Step
from agent.brains.guardrails import asked_beside, cuts_a_price, is_manipulation, steering_removed, without_markup
from agent.brains.place_answers import (
    VISIT,
    PlaceAnswers,
    names_a_place_wish,
    only_keys,
    opening_asked,
    turns_places_down,
)
from agent.brains.planner import SMALL_TALK, Planner
from agent.brains.reply import Reply, run_and_remember
from agent.brains.router import SkillRouter
from core.i18n import say
from core.messages import SkillCall
from core.romanized import in_english, in_script, read_in_english, romanized_language
from core.translit import russian_in_latin, to_cyrillic
from kb import glossary
from skills import SKILLS
from skills.base import SkillContext, SkillResult
from skills.book_service import booked_by_hotel, hours_in
from skills.guest import guest_room, verified_guest
from skills.hotel_facts import emergency_call, figures
from skills.runner import run_skill
from skills.tickets import awaited as awaited_ticket

if TYPE_CHECKING:
    from collections.abc import Callable

    from agent.brains.faq_lookup import Probes
    from agent.runtime import Runtime
    from kb.search import KnowledgeBase

INFORMATIONAL = frozenset({"search_kb", "wifi_info", "amenities_info", "check_availability", "local_recommendations"})
# How far under the FAQ's bar the entry an injection's request finds may be, when several of the guest's words
# name it, for its rule to be stated after the refusal.
RULE_UNDER_BAR = 0.15
RULE_WORDS = 2
# What to look up when the guest's own words describe an emergency too vaguely, as hotels title it: one KB calls
# it a medical emergency, another lists the emergency numbers beside the doctor.
EMERGENCY_TOPICS = ("medical emergency", "What is the emergency number? I need a doctor or an ambulance.")
LATE_CHECK_OUT_TOPIC = "late check-out"  # what a rule-recognised late check-out is about, however it was worded
EARLY_CHECK_IN_TOPIC = "early check-in"
PAYMENT_TOPIC = "which payment methods and cards do you accept"  # a bill to settle with a named card or wallet


class OfflineBrain:
    """Plans each message into steps and carries them out with the skills."""

    name = "offline"

    def __init__(self, runtime: Runtime):
        self.router = SkillRouter(lambda: runtime.embedder)
        self.lookup = FaqLookup()
        self.planner = Planner(self.router, self.lookup)
        self.places = PlaceAnswers(self.lookup)
        self.answers = FaqAnswers(self.lookup, self.places)

    def warm(self, kbs: Iterable[KnowledgeBase]) -> None:
        for kb in kbs:
            self.router.warm(kb)
            kb.spelling()  # what a question just under the FAQ's bar is checked against

    def respond(self, turn: BrainInput) -> BrainAnswer:
        ctx = turn.ctx
        reply = Reply()
        probes: Probes = {}
        text, only = self._readable(turn.text, ctx), None
        steps: list[Step] | None = None  # planned here only beside an injection
        if is_manipulation(turn.text):
            # Refuse the attempt; a real question beside it ("...half price. What's the Family Room rate?")
            # is still answered from the hotel's data, by the skills that only inform.
            reply.texts.append(say("refuse_manipulation", ctx.language))
            clauses, unwrapped = splitter.clauses(text), without_markup(text)
            sentences = splitter.clauses(unwrapped)
            asking = set(asking_clauses(unwrapped, sentences))
            text = " ".join(part for c in sentences for part in (
                [c] if c in asking and not is_manipulation(c) and not cuts_a_price(c) else asked_beside(c)))
            only = INFORMATIONAL
            steps = self.planner.plan(text, ctx, probes) if text else []
            if not any(self._informs(step, ctx, probes) for step in steps):
                # Nothing else is asked that the hotel's data answers: what the injection wanted granted may
                # have a rule in the FAQ ("at most 2 pets"), which is said; nothing is granted.
                wanted = " ".join(steering_removed(c) for c in clauses if is_manipulation(c))
                rule = self._governing_rule(wanted, ctx, probes)
                if rule is not None and self.answers.faq(rule, ctx, reply, probes) or not steps:
                    return reply.answer()
        planned = self.planner.plan(text, ctx, probes) if steps is None else steps
        # a guest who books and gives their details in one message is not asked for them in it
        details_given = any(step.intent == "create_lead" for step in planned)
        for step in planned:
            if only is not None and step.intent not in only:  # beside an injection nothing is done, only told
                if step.intent in SMALL_TALK:
                    continue
                step = replace(step, intent="search_kb")
            self._do(step, ctx, reply, probes, act=only is None, details_given=details_given)
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
        return self.lookup.answerable(step.full, ctx, probes)

    def _governing_rule(self, wanted: str, ctx: SkillContext, probes: Probes) -> str | None:
        """The FAQ question whose answer is the hotel's rule for what an injection wanted granted ("three dogs in
        the suite for free": the pet policy): the entry the request finds surely, or its nearest entry within
        reach of the bar that several of the guest's own words name, or the entry the words name clearly (as for
        any question under the bar). None when the FAQ has no such rule."""
        if not wanted:
            return None
        query, hits = self.lookup.probe(wanted, ctx, probes)
        if not hits or not hits[0].entry.questions:
            return None
        top, lexicon = hits[0], self.lookup.lexicon(ctx)
        if ctx.kb.confident(hits, ctx.language, query) and not self.lookup.guessed(query, hits, ctx) or \
                top.score >= ctx.kb.min_score - RULE_UNDER_BAR and \
                len(lexicon.telling(query, top.entry.id, ctx.language, answers=True)) >= RULE_WORDS:
            return top.entry.questions[0]
        return self.lookup.reworded(query, hits, ctx)

    def _readable(self, text: str, ctx: SkillContext) -> str:
        """The message as the rules and the encoder read best: English shorthand written out, Russian typed in
        Latin letters written in Cyrillic, pinyin and romaji in Chinese and Japanese (the hotel's own words, "wifi",
        kept), Hindi and Arabic in Latin letters in English."""
        if ctx.language == "en":
            return unabbreviated(in_english(text) if read_in_english(text) else text)
        if ctx.language == "ru" and russian_in_latin(text, russian_already=True):
            return to_cyrillic(text, keep=self.lookup.lexicon(ctx).names)
        if ctx.language in ("zh", "ja") and romanized_language(text) == ctx.language:
            return in_script(text, ctx.language, keep=self.lookup.lexicon(ctx).names)
        return text

    def _do(self, step: Step, ctx: SkillContext, reply: Reply, probes: Probes, act: bool = True,
            details_given: bool = False) -> None:
        """Carry out one step; `act` False beside an injection, where the hotel's data is told and nothing done."""
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
                run_and_remember(offer["skill"], offer["args"], ctx, reply)
            else:
                reply.texts.append(say("nothing_to_confirm", lang))
        elif intent in ("search_kb", "local_recommendations") and (opening := opening_asked(step, wish, ctx)):
            run_and_remember("local_recommendations", opening, ctx, reply)
        elif intent == "search_kb" and turns_places_down(wish):
            run_and_remember("local_recommendations", wish, ctx, reply)
        elif intent in ("search_kb", "check_availability") and (rooms := room_advice.group_asked(step, ctx)):
            # "想订6间房，有团体价吗？": as many rooms as the hotel's sales team books, who to write to; the FAQ's
            # answer when it gives that address in the guest's language
            self._faq_else_rooms_data(step, ctx, reply, probes,
                                      lambda told: room_advice.gives_group_address(told, ctx), {"group_of": rooms})
        elif intent == "search_kb" and (party := room_advice.asked(step, ctx)):
            self._room_for_party(step, party, ctx, reply, probes)
        elif intent == "search_kb" and (rooms := room_advice.capacity_asked(step, ctx)):
            # how many the rooms named sleep: the FAQ's answer when it says so of each; else the data's
            self._faq_else_rooms_data(step, ctx, reply, probes,
                                      lambda told: room_advice.says_capacity(told, rooms, ctx.hotel),
                                      {"capacity_of": [room.code for room in rooms]})
        elif intent == "search_kb" and (rooms := room_advice.price_asked(step, ctx)):
            # what the rooms named cost: the FAQ's answer when it says each one's rate; else the data's, by season
            self._faq_else_rooms_data(step, ctx, reply, probes, lambda told: room_advice.says_price(told, rooms),
                                      {"capacity_of": [room.code for room in rooms]})
        elif intent == "search_kb":
            answered = len(reply.kb)
            self.answers.answer_or_admit(step, ctx, reply, probes, wish)
            if act:
                self._book_if_asked(step, reply.kb[answered:], ctx, reply)
        elif intent == "emergency" and urgent.WILD_ANIMAL.search(step.full) and not urgent.EMERGENCY.search(step.full):
            # An animal at the door and no one hurt: the hotel's own word on what to do, when it has one ("stay inside,
            # zips closed"), and a person now; no ambulance to call. Shouted words are read as words.
            text = step.full.lower() if step.full.isupper() else step.full
            aside = Reply()
            entry = ctx.hotel.kb_entry(aside.kb[0]) if self.answers.faq(text, ctx, aside, probes) else None
            if entry is not None and urgent.ANIMAL_WORDS.search(" ".join([entry.answer, *entry.questions])):
                reply.take(aside)   # the hotel's word on its animals; not the bed's entry for a snake under the bed
            else:
                reply.texts.append(say("wild_animal_advice", ctx.language))
            if not reply.handoff:
                run_and_remember("handoff_to_staff", {"reason": f"urgent: {step.full[:180]}"}, ctx, reply)
        elif intent == "emergency":
            # The hotel's emergency answer (whom to call, where help is) before anything the guest's words find:
            # "she feels very ill and can't breathe" asks nothing of the altitude, a gas smell nothing of the fireplace
            # Of the hotel's emergency entries, the one the guest's own words name ("what is the emergency number?":
            # the numbers, not the doctor), which may also be the one translated into their language.
            asked = urgent.asks_emergency_number(step.full)  # "what is the emergency number?": whom to call
            own_query, own = self.lookup.probe(step.full, ctx, probes)
            emergency = {hit.entry.id for topic in EMERGENCY_TOPICS
                         for hit in self.lookup.probe(topic, ctx, probes)[1][:2]}
            named = ctx.kb.confident(own, ctx.language, own_query) and own[0].entry.id in emergency
            if not (named and self.answers.faq(step.full, ctx, reply, probes)) and \
                    not any(self.answers.faq(topic, ctx, reply, probes)  # robbed or attacked: whom to call
                            for topic in EMERGENCY_TOPICS[::-1 if asked or urgent.ATTACKED.search(step.full) else 1]):
                self.answers.faq(step.full, ctx, reply, probes)
            numbers, outside = emergency_call(ctx.hotel, ctx.language)
            if not asked and outside and not outside & set().union(*map(figures, reply.texts)):
                # the entry the words found (the pharmacy, a doctor) says no number to call: the hotel's own, first
                reply.texts.insert(0, numbers)
            if not reply.handoff and not asked:
                run_and_remember("handoff_to_staff", {"reason": f"emergency: {step.full[:180]}"}, ctx, reply)
        elif intent == "late_check_out":
            self._late_check_out(step, ctx, reply, probes)
        elif intent == "early_check_in":
            self._early_check_in(step, ctx, reply, probes)
        elif intent == "handoff_to_staff" and reply.handoff:
            return  # a serious complaint in this message already brought a person in
        elif intent in ("housekeeping", "room_service"):
            self._service(step, ctx, reply, probes)
        elif intent == "local_recommendations" and (set(wish) <= {"request"} or "place" in wish) and \
                self._only_unheard_of(step.full, ctx):
            # "골프장 추천해 주세요": no kind of place the hotel knows, and no text of the hotel's (its places too)
            # speaks of golf: said honestly, not a list of whatever places the hotel knows; nor of a place named
            # ("who sings at the Staatsoper on the 15th?"), said not known beside its facts, not "open that day"
            self.answers.answer_or_admit(step, ctx, reply, probes, wish)
        elif intent == "local_recommendations" and not names_a_place_wish(step, wish, ctx) and \
                self.answers.faq(step.full, ctx, reply, probes):
            return  # "anywhere to park near you?": said like a wish for places, about the hotel's own service
        elif intent == "local_recommendations" and self.places.written_about_kind(step, wish, ctx, probes) and \
                self.answers.faq(step.full, ctx, reply, probes):
            return  # "近くにお寺は？": the hotel's own words on its temples, in the guest's language
        elif intent == "local_recommendations" and (about := self.places.faq_about_place(step, wish, ctx, probes)) and \
                self.answers.faq(about, ctx, reply, probes, asked=step.text):
            if "day" in wish and OPEN.search(step.full):  # "how do we get there, and is it open on Sunday?"
                run_and_remember("local_recommendations", only_keys(wish, "place", *VISIT), ctx, reply)
        elif intent == "local_recommendations" and ARRANGE.search(step.text) and \
                "place" in wish:
            # "Book us a table at the Seagrass on Friday": how the hotel books one, and whether it is open that day
            self.answers.faq(step.full, ctx, reply, probes)
            run_and_remember("local_recommendations", only_keys(wish, "place", *VISIT), ctx, reply)
        else:
            args = fill.FILLERS[intent](step, ctx)
            if intent == "check_availability" and details_given:
                args["details_given"] = True
            missing = [(name, phrase) for name, phrase in SKILLS[intent].asks if name not in args]
            if (refusal := SKILLS[intent].refuses(ctx)) is not None:  # "do you do wake-up calls?": none here
                reply.add(SkillCall(name=intent, args=args, ok=False), refusal)
            elif missing:  # the skill's own declaration says what it cannot run without, and how to ask
                self._ask(intent, args, [name for name, _ in missing], missing[0][1], ctx, reply)
            else:
                run_and_remember(intent, args, ctx, reply)
            if intent == "billing_inquiry" and money.PAY_HOW.search(step.text):  # "...with Apple Pay?"
                self.answers.faq(step.full, ctx, reply, probes) or self.answers.faq(PAYMENT_TOPIC, ctx, reply, probes)

    def _only_unheard_of(self, text: str, ctx: SkillContext) -> bool:
        """Whether every hotel topic a text names is one none of the hotel's texts (its places too) speaks of."""
        named = glossary.named(text, ctx.language)
        return bool(named) and named <= self.lookup.lexicon(ctx).unknown_topics(text, ctx.language)

    def _room_for_party(self, step: Step, asked: room_advice.RoomAsked, ctx: SkillContext, reply: Reply,
                        probes: Probes) -> None:
        """Which room to take, for a party that told its size: the FAQ's answer when it names a room that sleeps
        them; else the rooms that do, from the hotel's data (after those they asked of, too small for them)."""
        result = self._faq_else_rooms_data(
            step, ctx, reply, probes,
            None if asked.too_small else lambda told: room_advice.names_room_for(told, asked.party, ctx.hotel),
            {"rooms_for": asked.party, "too_small": [room.code for room in asked.too_small]})
        if result is None:
            return
        rooms = [room for code in result.data.get("rooms", []) if (room := ctx.hotel.room(code))]
        entry = room_advice.entry_about(rooms[0], ctx.hotel) if len(rooms) == 1 and not result.kb else None
        if entry is not None:  # the one room that sleeps them: what the FAQ says of it
            self.answers.faq(entry.questions[0], ctx, reply, probes)

    def _faq_else_rooms_data(self, step: Step, ctx: SkillContext, reply: Reply, probes: Probes,
                             says_enough: Callable[[Reply], bool] | None,
                             rooms_asked: dict[str, Any]) -> SkillResult | None:
        """A question about the hotel's rooms: the FAQ's answer when `says_enough` finds it says what was asked,
        else what hotel.yaml says (`search_kb` with `rooms_asked`), whose result is returned; None for the FAQ's."""
        told = Reply()
        if says_enough is not None and self.answers.faq(step.full, ctx, told, probes, asked=step.text) and \
                says_enough(told):
            reply.take(told)
            return None
        call, result = run_skill(ctx, "search_kb", {"query": step.full, **rooms_asked})
        reply.add(call, result)
        ctx.remember(faq_asked=step.text[:300], faq_topic=result.kb[0] if result.kb else None)
        return result

    def _book_if_asked(self, step: Step, answered: list[str], ctx: SkillContext, reply: Reply) -> None:
        """A guest who asks the hotel to book a service its FAQ says it books ("book it here in the chat"), with
        the day, the hour or the party, has given the desk what it needs: the request goes there, not only the
        instructions back. Asking how booking works ("do I need to book?") books nothing."""
        # the request may be the words lent to the step ("The lantern workshop today, for one. Can you book it?")
        asked = f"{step.text} {step.context}"
        if not wants.BOOK_FOR_US.search(asked) or stay_words.NEED_TO_BOOK.search(asked):
            return
        # the step's own answer, not an entry said beside it ("golf tomorrow?" answered by the luggage rules)
        entry = ctx.hotel.kb_entry(answered[0]) if answered else None
        if entry is None or not booked_by_hotel(entry, ctx.hotel.kb):
            return
        args = fill.book_service(step, ctx, entry.id)
        # the hours the step's answers give for it ("the shuttle runs from 05:00 to 23:00"), its own first, else an
        # entry of the FAQ about the same service (the shuttle's timetable beside how to book it)
        lexicon = self.lookup.lexicon(ctx)
        said = [kb_entry for entry_id in answered if (kb_entry := ctx.hotel.kb_entry(entry_id))] + [
            other for other in ctx.hotel.kb if other.category == entry.category and
            lexicon.kin(entry.id, other.id) and lexicon.kin(other.id, entry.id)]
        if hours := hours_in(kb_entry.answer for kb_entry in said):
            args["hours"] = hours
        if {"day", "time", "party"} & args.keys():
            run_and_remember("book_service", args, ctx, reply)

    def _on_topic(self, step: Step, topic: str, ctx: SkillContext, probes: Probes) -> str:
        """What to ask the FAQ for a request a rule recognised: the guest's words when they find the entry the
        topic finds (a story around it may ask more), else the topic ("entrar a la habitación antes de las 12"
        reads to the encoder like a late check-out)."""
        wanted = self.lookup.probe(topic, ctx, probes)[1]
        found = self.lookup.probe(step.full, ctx, probes)[1]
        return step.full if not wanted or (found and found[0].entry.id == wanted[0].entry.id) else topic

    def _late_check_out(self, step: Step, ctx: SkillContext, reply: Reply, probes: Probes) -> None:
        """Asked about, the FAQ answers and the request waits for a yes; asked for, it is requested."""
        args = fill.check_out(step, ctx, late=True)
        asked = self._on_topic(step, LATE_CHECK_OUT_TOPIC, ctx, probes)
        said = len(reply.texts)
        if ARRANGE.search(step.text) or not (self.answers.faq(asked, ctx, reply, probes) or  # a story around it
                                             self.answers.faq(LATE_CHECK_OUT_TOPIC, ctx, reply, probes)):
            run_and_remember("check_out", args, ctx, reply)
        else:
            ctx.remember(offer={"skill": "check_out", "args": args})
        check_out = ctx.hotel.times.check_out
        if "check-out" in glossary.named(stay_words.LATE_CHECKOUT.sub(" ", step.text), ctx.language) and \
                check_out not in set().union(*map(figures, reply.texts[said:])):
            # "chk out time + late c/o price": the usual hour is asked too, which the late offer does not say
            reply.texts.insert(said, say("checkout_time", ctx.language, time=check_out))

    def _early_check_in(self, step: Step, ctx: SkillContext, reply: Reply, probes: Probes) -> None:
        """The same for an early check-in, which only a guest with a stay on file can be given (the skill finds
        the stay from the verified phone): others hear the hotel's terms."""
        asked = self._on_topic(step, EARLY_CHECK_IN_TOPIC, ctx, probes)
        if verified_guest(ctx) is None:
            if not self.answers.faq(asked, ctx, reply, probes) and \
                    not self.answers.faq(EARLY_CHECK_IN_TOPIC, ctx, reply, probes):
                self.answers.answer_or_admit(step, ctx, reply, probes)
        elif ARRANGE.search(step.text) or not (self.answers.faq(asked, ctx, reply, probes) or
                                               self.answers.faq(EARLY_CHECK_IN_TOPIC, ctx, reply, probes)):
            run_and_remember("early_check_in", {}, ctx, reply)
        else:
            ctx.remember(offer={"skill": "early_check_in", "args": {}})

    def _service(self, step: Step, ctx: SkillContext, reply: Reply, probes: Probes) -> None:
        """A room request; a guest with no known room asking what it costs also hears the FAQ's answer; "how long
        will it take?" after one placed hears where it is."""
        if followup.asks_only_how_long(step.text) and awaited_ticket(ctx, step.intent):
            run_and_remember(step.intent, {"status": True}, ctx, reply)
            return
        if followup.asks_only_how_long(step.text) and (ctx.state.get("pending") or {}).get("skill") == step.intent:
            return  # the request beside it is still waiting for its room, which the guest was just asked for
        args = fill.FILLERS[step.intent](step, ctx)
        if step.intent == "room_service" and not ctx.hotel.menu.room_service and (
                args.get("room") or to_the_room(step.full, ctx.language) or
                self._answered(ROOM_SERVICE_TOPIC, ctx, reply, probes)) and \
                self.answers.faq(ROOM_SERVICE_TOPIC, ctx, reply, probes):
            # Food to a room of a hotel that brings none: its own words on it, said once however many dishes are
            # asked for, not an entry the order's words resemble ("ラーメンを部屋に…": the ski room). A dish
            # ordered at its izakaya ("can we order the crab hotpot there tonight?") is the izakaya's answer.
            reply.calls.append(SkillCall(name="room_service", args=args, ok=False))
            return
        asking = framing.ASKING_ABOUT.search(step.full) or framing.QUESTION.search(step.text)
        if step.intent == "room_service" and not (args.get("items") or args.get("remove") or args.get("notes")
                                                  or args.get("quote")):
            if asking and self.answers.faq(step.full, ctx, reply, probes):
                return
        elif asking and not args.get("room") and guest_room(ctx) is None or \
                step.intent == "housekeeping" and self._priced(step.full, ctx, probes):
            self.answers.faq(step.full, ctx, reply, probes)  # "an extra clean tomorrow?": its price, before it is done
        run_and_remember(step.intent, args, ctx, reply)

    def _priced(self, text: str, ctx: SkillContext, probes: Probes) -> bool:
        """Whether the FAQ entry a request surely finds says what it costs ("an extra cleaning costs 800 Kč")."""
        query, hits = self.lookup.probe(text, ctx, probes)
        if not hits or not ctx.kb.confident(hits, ctx.language, query):
            return False
        entry = hits[0].entry
        answer = entry.answer_in(ctx.language) or entry.answer
        return bool(upkeep.CHARGED.search(answer) and figures(answer) - {f for f in figures(answer) if " " in f})

    def _answered(self, topic: str, ctx: SkillContext, reply: Reply, probes: Probes) -> bool:
        """Whether this reply already holds the entry the topic finds ("Is there room service? I'd love a burger")."""
        hits = self.lookup.probe(topic, ctx, probes)[1]
        return bool(hits) and hits[0].entry.id in reply.kb

    def _ask(self, skill: str, args: dict[str, Any], missing: list[str], phrase: str, ctx: SkillContext,
             reply: Reply) -> None:
        """Ask for what the skill cannot run without; the trace still shows which skill the guest is after."""
        ctx.remember(pending={"skill": skill, "args": args, "missing": missing})
        reply.calls.append(SkillCall(name=skill, args=args, ok=False))
        reply.texts.append(say(phrase, ctx.language))
