"""The offline brain's planner: a guest's message read into the steps to carry out.

Each sentence is routed to a skill (rules, then what the conversation remembers, then a classifier learned from
the skills' examples and the hotel's FAQ, else the FAQ); sentences with nothing of their own ("Is there a
charge?") lend their words to a neighbour.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from agent.brains import (
    dates,
    faults,
    fill,
    followup,
    framing,
    money,
    nearby,
    room_slots,
    routing,
    slots,
    splitter,
    stay_words,
    urgent,
    wants,
)
from agent.brains.clauses import (
    ARRANGE,
    about_money,
    asking_part,
    asks_of_the_place,
    business_answered,
    business_asked,
    contextual_intents,
    goes_out,
    names_a_service,
    names_an_amenity,
    names_food,
    names_only_a_party,
    names_only_a_room,
    names_the_account,
    says_only,
)
from agent.brains.faq_lookup import FaqLookup
from agent.brains.fill import Step
from agent.brains.router import MIN_PROBABILITY, ROUTED, SkillRouter
from kb import glossary
from kb.search import subject_topics
from skills import complaints
from skills.base import SkillContext
from skills.billing_inquiry import asked_lines, lines_named
from skills.book_service import booked_by_hotel
from skills.guest import verified_guest
from skills.places import mentioned_in

if TYPE_CHECKING:
    from agent.brains.faq_lookup import Probes

SMALL_TALK = ("greeting", "thanks", "ack", "decline")
# What a question leaning back ("Wofür ist das?", "Can you fix it?") asks more of, rather than a question of its
# own: the guest's bill and requests. A place or an FAQ answer may be asked about again ("c'est ouvert le mardi ?").
LEANED_ON = frozenset({"billing_inquiry", "room_service", "housekeeping", "wake_up_call", "book_service",
                       "late_check_out", "early_check_in", "complaints"})
MAX_ROOM_ANSWER_WORDS = 4  # "the Riverside one, please": a room named in answer to "which room?"
# What a guest asks for, never only tells: a sentence before or after a question that neither asks nor requests,
# and that only the learned router reads as one of these, is the story ("we land at 8am" is no wake-up call,
# "money's tight" no bill, "checking out monday" no day to plan).
# What a guest asks for an ordinary timed call, to tell the hotel's entry for it from a wake-up service of its own.
ORDINARY_WAKE_UP = "Can I have a wake-up call in the morning?"
_NIGHTS = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+nights\b", re.IGNORECASE)
ONLY_ASKED_FOR = frozenset({"billing_inquiry", "wake_up_call", "itinerary_plan"})
OFFER_LEAD = 0.1  # how far the offer a request to book finds under the FAQ's bar must lead the next entry
MAX_QUESTIONS = 3  # FAQ questions one message is answered on; more reads as a list to hand a person
_ACTION_CONFIRM = re.compile(r"\b(?:do\s+it|do\s+that|go\s+ahead|arrange|book\s+it|set\s+it\s+up|request\s+it)\b",
                             re.IGNORECASE)


# What an FAQ answer says of a thing a guest worries about: that it is normal, safe, nothing to worry about.
_REASSURING = re.compile(r"\b(?:normal(?:ly)?|safe|harmless|nothing\s+to\s+worry|no\s+cause\s+for\s+concern|"
                         r"(?:perfectly|completely)\s+fine|to\s+be\s+expected|is\s+expected)\b", re.IGNORECASE)


class Planner:
    """Turns a message into steps: one per sentence that asks or requests, with the words it leans on."""

    def __init__(self, router: SkillRouter, lookup: FaqLookup):
        self.router = router
        self.lookup = lookup

    def plan(self, text: str, ctx: SkillContext, probes: Probes) -> list[Step]:
        steps: list[Step] = []
        loose: list[str] = []  # sentences with no intent of their own, waiting for a step to lend their words to
        sentences = splitter.clauses(text)
        if any(cry.search(text) and not any(map(cry.search, sentences)) for cry in (urgent.EMERGENCY, urgent.HUMAN)) \
                or urgent.unwell_now(text) and not any(map(urgent.unwell_now, sentences)):
            # "he fell in the shower and can't get up", "water's spreading across the floor!! help": one emergency
            # or cry for a person told over two clauses
            sentences = [text]
        rooms = {room for sentence in sentences if (room := _room_in(sentence))}
        room_said = bool(rooms)
        for at, clause in enumerate(sentences):
            clause = framing.without_lead_in(framing.without_greeting(clause) if not says_only(framing.GREETING, clause)
                                             else clause)
            clause = followup.without_not_needed(clause)
            if loose and framing.QUESTION.search(clause) and (
                    followup.leans_back(clause) or followup.points_back(clause) or followup.asks_for_ideas(clause) or
                    framing.CONDITION_OPENS.match(loose[-1]) and loose[-1].rstrip().endswith((",", "，", "、", "،"))):
                clause = f"{loose.pop()} {clause}"  # "We need a cab at 6. Can the desk call one?" is one question,
                # and "We land at Gatwick, can you collect us from there?" another, and "If it rains, ¿qué pasa?"
            corrected = _corrected_step(steps) if fill.corrects(clause) else None
            if corrected is not None:  # "Réveil à 6h. Plutôt 5h30." is one request, whatever was told between
                corrected.text = f"{corrected.text} {clause}"
                continue
            if steps and steps[-1].intent == "emergency" and not routing.rule_intents(clause):
                steps[-1].context = f"{steps[-1].context} {clause}".strip()  # "Gas! What do we do?": the danger's
                continue
            if steps and steps[-1].intent == "wifi_info" and wants.PASSWORD.search(clause) and \
                    not routing.rule_intents(clause):
                continue  # "Is the wifi free? And the password?": the wifi answer tells both
            if steps and steps[-1].intent in LEANED_ON and framing.QUESTION.search(clause) and \
                    followup.leans_back(clause) and not routing.rule_intents(clause) and \
                    not followup.asks_only_how_long(clause):  # "How long will that take?": where it stands, below
                steps[-1].context = f"{steps[-1].context} {clause}".strip()  # "Auf der Rechnung steht zweimal 4.500.
                continue  # Wofür ist das?": the bill's lines answer it, no FAQ entry of its own
            if steps and steps[-1].intent not in SMALL_TALK and followup.asks_only_to_look(clause):
                steps[-1].context = f"{steps[-1].context} {clause}".strip()  # "Ich habe mein Ladekabel im Zimmer
                continue  # liegen lassen. Können Sie nachsehen?": to look for what was just told, nothing of its own
            if followup.asks_only_when(clause) and steps and steps[-1].intent in ("search_kb", "local_recommendations"):
                steps[-1].context = f"{steps[-1].context} {clause}".strip()  # "…, and until what time?": its hours
                continue  # ("How do we get to the temple? And when does it close?": the place's answer tells them)
            if followup.asks_only_if_free(clause) and not glossary.named(clause, ctx.language) - {"payment"} and \
                    steps and steps[-1].intent not in SMALL_TALK:
                steps[-1].text = f"{steps[-1].text} {clause}"  # "Is there a gym? Is it free?": one question,
                continue  # its verdict said of the gym, never the free wifi's answer
            if followup.asks_only_price(clause) and not glossary.named(clause, ctx.language) and (
                    (steps and steps[-1].intent not in SMALL_TALK) or loose):
                # "..., and what would that cost?" is about the question before it, never a topic of its own
                if steps and steps[-1].intent not in SMALL_TALK:
                    steps[-1].context = f"{steps[-1].context} {clause}".strip()
                else:
                    loose[-1] = f"{loose[-1]} {clause}"
                continue
            # A sentence told around a question ("we land at 8am", "checking out monday") is its story, before it
            # or after it.
            asked_after = any(framing.QUESTION.search(later) for later in sentences[at + 1:])
            asked_around = asked_after or any(framing.QUESTION.search(told) for told in loose) or any(
                step.intent not in SMALL_TALK and framing.QUESTION.search(step.text) for step in steps)
            intents = self._intents(clause, ctx, probes, beside_a_question=asked_around, room_said=room_said)
            # "The water smells of eggs. Is that normal?": a worried question, answered when the FAQ says the thing is
            # normal; a fault reported still, with its question as its words, when the FAQ does not say so.
            worried_after = bool(steps) and steps[-1].intent == "complaints" and "complaints" not in intents and \
                not routing.rule_intents(clause) and faults.WORRIED.search(clause)
            if worried_after or intents == ["complaints"] and faults.WORRIED.search(clause):
                told = f"{steps[-1].text} {clause}" if worried_after else clause
                if not complaints.urgent(told) and self._reassures(told, ctx, probes):
                    if worried_after:
                        steps[-1] = Step("search_kb", told)
                        continue
                    intents = ["search_kb"]
                elif worried_after:
                    steps[-1].context = f"{steps[-1].context} {clause}".strip()
                    continue
            after_bill = "billing_inquiry" in ((steps[-1].intent if steps else None), ctx.state.get("topic"))
            tells = asked_after and not framing.QUESTION.search(clause)
            hours = glossary.WHEN_ASKED & glossary.asked_of(clause, ctx.language) and \
                not about_money(clause)  # "when does the kids club open?" after the bill: no babysitting line
            if after_bill and not tells and not hours and (
                    intents == ["search_kb"] or intents in (["local_recommendations"], ["room_service"]) and
                    about_money(clause) and not wants.REQUEST.search(clause)) and \
                    self._names_a_charge(clause, ctx, probes):
                # "...and has the deposit come off yet?" after the bill: that line; not "we're in the suite" told
                # before a question, which names a line of the bill too; "are the opera tickets on it?", "is the
                # pizza on it yet?" the tickets' and the pizza's lines, not the opera house nor a new order
                intents = ["billing_inquiry"]
            # "Available? Price per night?", "…예약 가능한가요? 요금도 알려주세요": the quote says it, and the rate
            # asked beside a stay is none of a bill's; not "How much is the extra bed?", a topic of its own
            if intents in (["search_kb"], ["billing_inquiry"]) and steps and \
                    steps[-1].intent == "check_availability" and wants.PRICE.search(clause) and \
                    len(re.findall(r"\w+", clause)) <= 6 and not glossary.named(clause, ctx.language):
                steps[-1].text = f"{steps[-1].text} {clause}"
                continue
            if intents == ["check_availability"] and steps and steps[-1].intent == "search_kb" and \
                    _room_free_asked(steps[-1].full, ctx) and not room_slots.room_type(clause, ctx.hotel.rooms) and \
                    not room_slots.rooms_of_kind(clause, ctx.hotel.rooms):  # "Is a water villa free for New Year? 30
                steps[-1] = Step("check_availability", f"{steps[-1].full} {clause}", told=steps[-1].told)  # Dec to
                continue  # 2 Jan.": the dates are those of the villa asked about, not a question of the FAQ
            if intents == ["check_availability"] and not glossary.named(clause, ctx.language) - {"booking"} and \
                    not room_slots.room_type(clause, ctx.hotel.rooms) and (
                    steps and steps[-1].intent == "search_kb" and names_a_service(steps[-1].full, ctx)
                    or loose and (names_a_service(loose[-1], ctx) or
                                  self._offer_booked(f"{loose[-1]} {clause}", ctx, probes))):
                # "Is there a spa? I'd like to book.", "We'd love the lantern workshop today. Can we book?": that
                if steps and steps[-1].intent == "search_kb":
                    steps[-1].context = f"{steps[-1].context} {clause}".strip()
                else:
                    steps.append(Step("search_kb", loose[-1], context=clause, told=" ".join(loose[:-1])))
                    loose = []
                continue
            if intents in (["check_availability"], ["create_lead"]) and steps and \
                    steps[-1].intent == "local_recommendations" and not _names_a_stay(clause, ctx):
                # "Any good seafood place nearby? Can you book it for us too?", "…予約もお願いできますか？": the place
                # is what is booked, no room: the hotel's own word on booking for guests, or a person
                steps.append(Step("search_kb", clause, context=steps[-1].full))
                continue
            if intents == ["search_kb"] and self._tells_what_for(clause, steps, ctx, probes):
                # "Is there a safe in the room? I'm going to keep my passport in it.": why the guest asks, the words of
                # the question before, not a question of its own about passports
                steps[-1].context = f"{steps[-1].context} {clause}".strip()
                continue
            if intents == ["search_kb"] and loose and framing.QUESTION.search(loose[-1]) and \
                    not framing.QUESTION.search(clause):  # "Is there a tennis court? We'd like to book it.": the
                steps.append(Step("search_kb", loose[-1], context=clause, told=" ".join(loose[:-1])))  # question
                loose = []
                continue
            if intents == ["search_kb"] and steps and steps[-1].intent in ("room_service", "housekeeping") and \
                    followup.asks_only_how_long(clause):
                steps.append(Step(steps[-1].intent, clause))  # "Towels to 305. How long?": the request just made
                continue
            if intents == ["search_kb"] and steps and (steps[-1].intent == "local_recommendations" or (
                    steps[-1].intent == "search_kb" and {"kind", "place"} & set(
                        nearby.place_filters(steps[-1].full, ctx.hotel.places, ctx.hotel.address.city)))) and \
                    asks_of_the_place(clause, ctx):
                steps[-1].context = f"{steps[-1].context} {clause}".strip()  # "A beach nearby? How long by car?":
                continue  # the drive to that beach, which its recommendation says, not to the airport
            if intents == ["search_kb"] and steps and steps[-1].intent == "complaints" and \
                    not framing.QUESTION.search(clause):  # "The heating is stuck on full. It's like a sauna in
                steps[-1].context = f"{steps[-1].context} {clause}".strip()  # here.": the problem told, no question
                continue
            # A question pointing back at the FAQ question before it ("..., or must we do anything beforehand?") is
            # read with it, whatever entry its own vague words reach.
            leans = bool(steps) and steps[-1].intent == "search_kb" and followup.points_back(clause)
            if intents == ["search_kb"] and (names_only_a_room(clause) or names_only_a_party(clause) or leans or
                                             not self.lookup.answerable(clause, ctx, probes)):
                follow_up = self._follow_up(clause, steps, ctx, probes)  # "..., and where does it leave from?"
                # "..., can someone come up right away?" after a problem asks for the fix, nothing of the FAQ
                pleads = steps and steps[-1].intent == "complaints" and (wants.REQUEST.search(clause) or
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
                framing.QUESTION.search(clause) else []  # a sentence that tells ("We'd arrive on the 3rd") details it
            loose = [c for c in loose if c not in asked]
            steps += [Step("search_kb", c, context=" ".join(loose)) for c in asked]
            if intents == ["handoff_to_staff"] and loose and framing.QUESTION.search(clause) and \
                    not routing.rule_intents(clause):  # "8 rooms for a school trip - who should I talk to?": whom
                intents = ["search_kb"]            # the hotel's words name for what was told, no person right now
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
            best = max(loose, key=lambda c: (self.lookup.probe(c, ctx, probes)[1] or [None])[0].score
                       if self.lookup.probe(c, ctx, probes)[1] else 0.0)
            at = loose.index(best)
            return [Step("search_kb", best, context=" ".join(loose[at + 1:]), told=" ".join(loose[:at]))]
        if not steps:
            return [Step("search_kb", text)]
        for step in steps if len(rooms) == 1 else []:  # a request's room, said in the message's other sentence
            step.room = next(iter(rooms))
        return business_answered(acting, ctx) or steps[:1]

    def _fetched(self, clause: str, ctx: SkillContext, probes: Probes) -> bool:
        """A thing asked to be brought to the guest's room that is no food and that the FAQ says nothing of ("bring
        a bottle opener to 305", "¿nos traen un sacacorchos a la 305?"): housekeeping fetches it, whatever it is."""
        return _room_in(clause) is not None and \
            bool(wants.FETCH.search(clause)) and bool(wants.REQUEST.search(clause)) and \
            not names_food(clause, ctx) and not self.lookup.answerable(clause, ctx, probes)

    def _reassures(self, text: str, ctx: SkillContext, probes: Probes) -> bool:
        """Whether the FAQ answers the guest's worry by telling the thing is normal or safe."""
        if not self.lookup.answerable(text, ctx, probes):
            return False
        hits = self.lookup.probe(text, ctx, probes)[1]
        return bool(hits) and bool(_REASSURING.search(hits[0].entry.answer))

    def _intents(self, clause: str, ctx: SkillContext, probes: Probes, beside_a_question: bool = False,
                 room_said: bool = False) -> list[str]:
        for intent, pattern in (("greeting", framing.GREETING), ("thanks", framing.THANKS),
                                ("decline", framing.DECLINE), ("ack", framing.CONFIRM)):
            if says_only(pattern, clause) and not framing.THING_EMOJI.search(clause):
                return ["confirm" if intent == "ack" and _ACTION_CONFIRM.search(clause) else intent]
        found = routing.rule_intents(clause)
        ruled = list(found)
        if not found and "room_code" in ((ctx.state.get("pending") or {}).get("missing") or []) and \
                len(clause.split()) <= MAX_ROOM_ANSWER_WORDS and (answer := self._pending_for(clause, ctx)):
            return answer  # "La Gornergrat", asked which room: the room, though a mountain has the name too
        if "emergency" in found and not urgent.HAZARD.search(clause):
            # a person is brought in; "his wrist looks broken" is no ticket for maintenance (a smoking socket is)
            found = [intent for intent in found if intent != "complaints"]
        if {"handoff_to_staff", "complaints"} <= set(found):
            # "I want the manager now, the AC has been broken for hours": the complaint first, which brings the
            # duty manager in itself; the handoff is left to do only if it did not
            found.remove("complaints")
            found.insert(0, "complaints")
        if "wake_up_call" in found and dates.find_time(clause) is None and (
                framing.ASKING_ABOUT.search(clause) or stay_words.WAKE_UP_SCENERY.search(clause)):
            # "do you do wake-up calls?" is a question; "they'd love to wake up to a view" is not a call at all
            found[found.index("wake_up_call")] = "search_kb"
        if "wake_up_call" in found and dates.find_time(clause) is None and self._own_wake_up(clause, ctx, probes):
            # "put us on the aurora wake-up list", "wake us if the northern lights show": no clock time, and the
            # hotel's own FAQ describes a wake-up of its own for it: how that service works, not a timed call
            found[found.index("wake_up_call")] = "search_kb"
        found += [i for i in contextual_intents(clause, ctx, found, lambda skill: self._nearest(clause, ctx) == skill,
                                                room_said) if i not in found]
        if found == ["local_recommendations"] and beside_a_question and not _asks(clause):
            # "Wir wollen die Museumsinsel sehen. Geht ein Bett im Schlafsaal mit meiner Tochter?": a place named in
            # the story told beside a question is where the guest will go, no wish for places; the question asks
            found = ["search_kb"]
        if not found:
            found = self._pending_for(clause, ctx)
        if not found and (names_only_a_room(clause) or names_only_a_party(clause)):
            return ["search_kb"]  # "7号室です。", "Room 12 here.", "两个人": whose room or how many, for the request
        if not found:
            found = [self._nearest(clause, ctx)]
            if found == ["search_kb"] and self._fetched(clause, ctx, probes):
                found = ["housekeeping"]
            if found == ["search_kb"] and (money.AMOUNT.search(clause) or money.CHARGED.search(clause)) and \
                    self._names_a_charge(clause, ctx, probes):
                # "¿qué es el cargo de 24 dólares…?", "駐車料金はいくらになっていますか？", "what has the parking come
                # to?" from a guest whose bill has it: what it cost so far, not what it costs
                found = ["billing_inquiry"]
            for_whom = beside_a_question and not framing.QUESTION.search(clause) and \
                framing.PARTY_MEMBER.search(clause) and complaints.detect_category(clause) == "other"
            if found == ["complaints"] and (complaints.SLEEPER.search(clause) or
                                            framing.CONDITION_OPENS.match(clause) or for_whom or
                                            faults.SUPPOSED.search(clause)):
                # "Light sleeper here.", "If there's a hurricane alert,", "my grandmother can't climb stairs" beside
                # "is there a lift?": who asks, when, and for whom; nothing in the room is wrong; "what happens if the
                # power goes out?": a fault supposed, for the house's rule
                found = ["search_kb"]
            if found == ["local_recommendations"] and faults.SUPPOSED.search(clause):
                found = ["search_kb"]  # "¿qué pasa si llueve mucho?": the house's rule for the case, no places
            # "Light sleeper here. Which room should I pick?": how the guest sleeps, told for the question, no
            # complaint to report
            told_for = found[0] in ONLY_ASKED_FOR or found[0] == "complaints" and faults.NOISE_ASKED.search(clause)
            story = beside_a_question and told_for and not (
                framing.QUESTION.search(clause) or wants.REQUEST.search(clause) or ARRANGE.search(clause))
            # "can the hotel add it to my bill?" asks a rule, whatever "my" says
            asking = money.ADD_TO_BILL.sub(" ", money.FOR_MINE.sub(" ", asking_part(clause) or clause))
            what_is_included = money.INCLUDED.search(clause) and not money.BILL.search(clause)
            if story or found == ["billing_inquiry"] and (
                    not about_money(clause) or what_is_included or not money.MINE.search(asking) and (
                    self.lookup.answerable(clause, ctx, probes) or not names_the_account(clause))):
                # "how are kids charged?": no bill of the guest's but the hotel's prices ("our car is in your garage,
                # how is parking charged?": "our" is the car's, not the question's); "We're students, money's
                # tight. ...?", "We land at 8am. ...?": the story before a question, which asks nothing itself;
                # "what do we do now?" names no money at all, "qu'est-ce qu'on fait avec nos valises?" only a
                # possessive; "c'est combien pour mon char?" the price of a service for the guest's car; "brekkie
                # incl in my rate?" what the rate includes
                found = ["search_kb"]
            elif found[0] == "room_service" and goes_out(clause, ctx.hotel.places, ctx.hotel.address.city):
                found = ["search_kb"]  # "a pizza at a proper Italian place": where to go, nothing ordered
            elif found[0] == "room_service" and not names_food(clause, ctx):
                found = ["search_kb"]  # "I want a suit and two shirts made": no dish, nothing to eat: no order
            elif found[0] == "housekeeping" and wants.BRING_OWN.search(clause):
                found = ["search_kb"]  # "do we need to bring our own towels?" asks the hotel's rule
            elif found[0] == "check_availability" and (
                    names_an_amenity(clause, ctx) or self._offer_booked(clause, ctx, probes)) and \
                    not room_slots.room_type(clause, ctx.hotel.rooms):
                found = ["search_kb"]  # a time in the hammam booked for two is no stay: the FAQ says how to book
            elif found[0] == "wake_up_call" and glossary.named(clause, ctx.language):
                found = ["search_kb"]  # "a taxi at 6am", "breakfast at 6 tomorrow": a time for a thing, no call
            elif found[0] == "itinerary_plan" and self.lookup.lexicon(ctx).unknown_topics(clause, ctx.language):
                found = ["search_kb"]  # "wie wird das Wetter am Wochenende?": a day named for a thing asked about
                # that no text of the hotel speaks of, no day to plan; honestly not known
        if "check_availability" in found and "check_availability" not in ruled and (
                "cancellation" in glossary.named(clause, ctx.language) or
                self._asks_a_rule(clause, ctx, probes) or self._asks_minimum_stay(clause, ctx, probes) or
                self._offer_booked(clause, ctx, probes)):
            # "Book the sunrise tour for 2 on Friday": one of the hotel's offers booked, no room
            # "refund if we cancel the booking?", "how many dinners do we get in 7 nights?": the hotel's rule, no stay
            # "if we book 20-24 May and have to cancel…": a stay cancelled, dates or not, asks the policy, not a quote
            found = list(dict.fromkeys(intent if intent != "check_availability" else "search_kb" for intent in found))
        if found == ["itinerary_plan"] and "itinerary_plan" not in ruled and wants.BOOK_FOR_US.search(clause) and \
                self._offer_booked(clause, ctx, probes):
            found = ["search_kb"]  # "Podem reservar a aula de culinária amanhã?": the class booked, no day planned
        return business_asked(found, clause, ctx)

    def _offer_booked(self, clause: str, ctx: SkillContext, probes: Probes) -> bool:
        """Whether the sentence is about something the hotel books besides its rooms (a class, a workshop, a tour,
        a treatment): the FAQ entry it surely finds says the hotel books it (`book_service`), and it names no room
        to stay in nor nights."""
        if room_slots.room_type(clause, ctx.hotel.rooms) or stay_words.LODGING.search(room_slots.without_room(clause)) \
                or dates.nights(clause):
            return False
        query, hits = self.lookup.probe(clause, ctx, probes)
        if not hits or not booked_by_hotel(hits[0].entry, ctx.hotel.kb):
            return False
        # a request to book ("Book the foot massage for 2 on Friday") says less than a question: its entry may be
        # under the bar, when it leads the others clearly and the guest's own words name it, besides "book"
        asked = wants.BOOK_FOR_US.search(clause)
        if asked and (len(hits) < 2 or hits[0].score - hits[1].score >= OFFER_LEAD):
            booking = set(re.findall(r"\w+", asked.group(0).lower()))
            if set(self.lookup.lexicon(ctx).telling(query, hits[0].entry.id, ctx.language)) - booking:
                return True
        return self.lookup.answerable(clause, ctx, probes)

    def _asks_a_rule(self, clause: str, ctx: SkillContext, probes: Probes) -> bool:
        """A question the learned router alone reads as a stay, naming no date, no party, no room and no lodging but
        a topic of the hotel's that the FAQ answers ("예약 취소하면 환불되나요?": the cancellation policy)."""
        stay = dates.find_stay(clause, ctx.now.date(), fill.month_first(ctx))
        lodging = stay_words.LODGING.search(_NIGHTS.sub(" ", clause))
        return bool(framing.QUESTION.search(clause) and not stay.check_in and not lodging
                    and not slots.guest_count(clause) and not room_slots.room_type(clause, ctx.hotel.rooms)
                    and glossary.named(clause, ctx.language) - {"booking"}
                    and self.lookup.answerable(clause, ctx, probes))

    def _asks_minimum_stay(self, clause: str, ctx: SkillContext, probes: Probes) -> bool:
        """A question whether a stay only this short may be booked, naming no date ("Can we book just two nights
        during the festival?"): the hotel's minimum stay, when the FAQ answers it; with dates it is a stay to quote."""
        stay = dates.find_stay(clause, ctx.now.date(), fill.month_first(ctx))
        return bool(framing.QUESTION.search(clause) and stay_words.JUST_NIGHTS.search(clause) and not stay.check_in
                    and self.lookup.answerable(clause, ctx, probes))

    def _own_wake_up(self, clause: str, ctx: SkillContext, probes: Probes) -> bool:
        """Whether the FAQ answers a wake-up without a time with a service of the hotel's own: an entry whose
        questions speak of waking, other than the one an ordinary wake-up call finds."""
        query, hits = self.lookup.probe(clause, ctx, probes)
        sure = ctx.kb.confident(hits, ctx.language, query) and not self.lookup.guessed(query, hits, ctx)
        if not hits or not (sure or self.lookup.answerable(clause, ctx, probes)):
            return False  # a request said without a question mark is as sure as a question ("wake us if ...")
        entry = hits[0].entry
        if not stay_words.WAKE.search(" ".join(entry.questions)):
            return False
        ordinary = ctx.kb.lookup(ORDINARY_WAKE_UP, "en", k=1)[1]
        return not ordinary or ordinary[0].entry.id != entry.id

    def _asks_anew(self, clause: str, steps: list[Step], ctx: SkillContext, probes: Probes) -> bool:
        """A question of its own after another ("Is breakfast included? Also, do you have a bowling alley?"): it
        names its own topic, points at nothing before it, its nearest FAQ entry is not one a question before it
        found ("Can I smoke in the room? Or at least vape?" asks the same thing twice), and the message has not
        asked three questions yet. The guest hears what the hotel knows of it, or that it is not known, rather
        than nothing."""
        if not framing.QUESTION.search(clause) or \
                followup.PRONOUN.search(followup.NOT_BACK.sub(" ", followup.without_purpose(clause))) or \
                followup.points_back(clause) or len(re.findall(r"\w+", clause)) < 3 or \
                sum(step.intent == "search_kb" for step in steps) >= MAX_QUESTIONS:
            return False
        own = self.lookup.probe(clause, ctx, probes)[1]
        before = {hits[0].entry.id for step in steps if (hits := self.lookup.probe(step.text, ctx, probes)[1])}
        return not own or own[0].entry.id not in before

    def _tells_what_for(self, clause: str, steps: list[Step], ctx: SkillContext, probes: Probes) -> bool:
        """A sentence told right after an FAQ question that says what the guest asks it for ("I want to keep my
        passport there", "para guardar el pasaporte", "여권 넣어두려고요"): no question nor request of its own, and
        read with the question it leaves the question's own entry among the first two (a purpose names its thing,
        "passport", loudly). A plan that brings a topic of its own so far that the question's entry drops further
        is asked too."""
        if not steps or steps[-1].intent != "search_kb" or not framing.QUESTION.search(steps[-1].text) or \
                framing.QUESTION.search(clause) or framing.TELL_ME.search(clause) or \
                not framing.PURPOSE.search(clause):
            return False
        asked = self.lookup.probe(steps[-1].full, ctx, probes)[1]
        together = self.lookup.probe(f"{steps[-1].full} {clause}", ctx, probes)[1]
        return bool(asked and asked[0].entry.id in {hit.entry.id for hit in together[:2]})

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
                not framing.QUESTION.search(clause):
            return None
        answered = {hits[0].entry.id for s in asked for text in (s.text, s.full)
                    if (hits := self.lookup.probe(text, ctx, probes)[1])}
        own = (self.lookup.probe(clause, ctx, probes)[1] or [None])[0]
        for before in reversed(asked):
            together = f"{clause} {before.text}"
            if not self.lookup.answerable(together, ctx, probes):
                continue
            hits = self.lookup.probe(together, ctx, probes)[1]
            if hits[0].entry.id not in answered and (
                    hits[0].score >= ctx.kb.min_score or (own and own.entry.id == hits[0].entry.id)):
                return Step("search_kb", clause, context=before.text)
            mine = next((hit for hit in hits[1:] if own and hit.entry.id == own.entry.id), None)
            if mine and mine.entry.id not in answered and ctx.kb.confident([mine], ctx.language):
                # Read with the entry's own question, the follow-up finds that entry rather than the topic's.
                return Step("search_kb", clause, context=mine.entry.questions[0])
        # "What's the deposit? And do I get it back if I have to cancel?": the "it" is the deposit, but the
        # question names a topic of its own (cancelling), whose entry its words alone find surely
        topics = glossary.named(clause, ctx.language) - glossary.named(asked[-1].text, ctx.language)
        alone = self.lookup.probe(clause, ctx, probes)[1]
        if topics and alone and alone[0].entry.id not in answered and \
                ctx.kb.confident(alone[:1], ctx.language) and topics & subject_topics(alone[0].entry):
            return Step("search_kb", clause, context=alone[0].entry.questions[0])
        return None

    def _names_a_charge(self, clause: str, ctx: SkillContext, probes: Probes) -> bool:
        """Whether the sentence points at a line of the verified guest's bill ("the $28 item", "die Anzahlung"):
        by its amount or words, or by meaning unless the FAQ answers it with an entry whose questions name none of
        the lines it came near ("can I get a fapiao?" lands near the laundry, a word the encoder does not know)."""
        guest = verified_guest(ctx)
        lines = asked_lines(ctx, guest.folio, clause) if guest is not None else []
        if not lines or lines_named(guest.folio, clause) or not self.lookup.answerable(clause, ctx, probes):
            return bool(lines)
        entry = self.lookup.probe(clause, ctx, probes)[1][0].entry
        return bool(lines_named(lines, " ".join(entry.questions)))  # its answer says too much ("3 days")


def _corrected_step(steps: list[Step]) -> Step | None:
    """The request a correction ("Actually, make it 6:15") takes back: the last one asked for, not a sentence told
    after it ("Wake me at 5:45. I've got the early tour. No wait, 6:15."), else the last question."""
    asked = [step for step in steps if step.intent not in SMALL_TALK]
    return next((step for step in reversed(asked) if step.intent != "search_kb"), asked[-1] if asked else None)


def _place_pointed_at(clause: str, steps: list[Step], ctx: SkillContext) -> str:
    """The question before, when it names a place nearby and this one only points at it ("Which metro line to the
    Louvre? And is it open on Tuesday?"): read before it, so that "it" is that place and not the one the words
    alone would find."""
    places, town = ctx.hotel.places, ctx.hotel.address.city
    if not steps or steps[-1].intent in SMALL_TALK or mentioned_in(clause, places, town) or \
            not followup.PRONOUN.search(followup.NOT_BACK.sub(" ", clause)):
        return ""
    return steps[-1].text if mentioned_in(steps[-1].text, places, town) else ""


def _asks(clause: str) -> bool:
    """Whether a sentence asks or requests something itself, rather than telling the story beside a question."""
    return bool(framing.QUESTION.search(clause) or wants.REQUEST.search(clause) or wants.RECOMMEND.search(clause)
                or ARRANGE.search(clause))


def _names_a_stay(clause: str, ctx: SkillContext) -> bool:
    """Whether a booking asked names a stay of its own: dates, nights, a room or lodging."""
    return bool(dates.find_stay(clause, ctx.now.date(), fill.month_first(ctx)).check_in or dates.nights(clause)
                or room_slots.room_type(clause, ctx.hotel.rooms) or stay_words.LODGING.search(clause))


def _room_in(sentence: str) -> str | None:
    """The room a sentence names by its number ("room 305", "305号室"), or says alone ("305")."""
    return room_slots.room_number(sentence) or fill.bare_room(sentence)


def _room_free_asked(clause: str, ctx: SkillContext) -> bool:
    """A question whether a room (a type or a kind of them) is free, that says no dates ("any overwater villa
    free for New Year?", "¿Hay suite disponible?"): the dates told next are its."""
    stay = dates.find_stay(clause, ctx.now.date(), fill.month_first(ctx))
    named = room_slots.room_type(clause, ctx.hotel.rooms) or room_slots.rooms_of_kind(clause, ctx.hotel.rooms)
    # "Is breakfast free in the suite?" asks of breakfast, whatever dates follow; "una villa sobre el agua" names
    # the water of the rooms' own names
    names = " ".join(room.name.lower() for room in ctx.hotel.rooms)
    other = {topic for topic in glossary.named(clause, ctx.language) - {"booking"} if topic.lower() not in names}
    return bool(named and framing.QUESTION.search(clause) and stay_words.FREE_ASKED.search(clause)
                and not (stay.check_in or stay.nights) and not other)
