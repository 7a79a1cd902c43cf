"""Answering a question from the FAQ, or admitting the hotel does not know (and offering a person): the
guest's words, the topic just talked about, a place nearby, or an amenity by its name."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from agent.brains import ages, fill, followup, room_slots, splitter, wants
from agent.brains.clauses import NOT_A_STAY, asking_part, ordered_to_room
from agent.brains.faq import stems as faq_stems
from agent.brains.faq_lookup import FaqLookup
from agent.brains.fill import Step
from agent.brains.place_answers import VISIT, PlaceAnswers, only_keys, places_instead, sights
from agent.brains.reply import Reply, run_and_remember
from core.i18n import say
from core.language import CJK_LETTER
from core.translit import compiled
from kb import glossary
from kb.search import entry_topics, subject_topics
from skills.amenities_info import find_amenity
from skills.base import SkillContext, SkillResult
from skills.formatting import join_list
from skills.local_recommendations import standout
from skills.places import WRITTEN_PRICE, find_place
from skills.runner import run_skill

if TYPE_CHECKING:
    from agent.brains.faq_lookup import Probes
    from core.hotels import KBEntry
    from kb.search import KBHit

# The weight of rare words (idf) a question shares with an entry for them to name it: "room" alone (1.5) does not
OWN_WORDS = 3.0
CHASE_WORDS = 6  # "hello?? is anyone coming??" right after a problem was reported: the guest chasing it
# How far over the FAQ's bar a question's own best match is when its words ask that FAQ question, whatever they
# point back at ("Is parking included with it?"); under it, words like "how long to drive there" are only the
# shape of a question.
OWN_TOPIC_OVER_BAR = 0.15
# What a dish the menu lacks, ordered to a room, is answered with: what the hotel brings to rooms, if anything.
ROOM_SERVICE_TOPIC = "Do you have room service? Can food be delivered to the room?"
# A follow-up leaning on the topic ("А с сыном можно?" after the banya) is answered by an entry of the topic's
# family its own words rank among the first FAMILY_RANK, at most LEAN_UNDER_BAR under the FAQ's bar.
FAMILY_RANK = 3
LEAN_UNDER_BAR = 0.2
UNSURE_BEFORE_HANDOFF = 2  # "not sure" answers in one conversation before a person takes over
# How far under the FAQ's bar the entry stating an age rule may be for a guest asking by a person's age: the story
# around the age ("flying in a day before us") draws the encoder from a rule said in passing (ages.py).
AGE_UNDER_BAR = 0.3
AGE_WINDOW = 0.2  # ...and this far under an entry chosen over the bar, when the guest's words name it as much
# A story told before a question that asks nothing of its own ("..., can you check?") is answered by the entry about
# the hotel topic it names that leads the other entries about its topics by this much, and scores at most this far
# under the FAQ's bar: a story says more than the topic ("when we checked out yesterday"), and draws the encoder away.
STORY_TOPIC_LEAD = 0.04
STORY_UNDER_BAR = 0.35
AGE_ALIKE = 0.1  # entries stating an age rule this near the nearest one are told apart by the guest's words


def asked_more(step: Step) -> str:
    """The bare questions after the question that ask more of the same thing ("Airport pickup? 2 of us, how
    much?", "早餐多少钱？几点开始？"): what its answer must say too, its price and hours; never words to search by."""
    return " ".join(c for c in splitter.clauses(step.context)
                    if followup.asks_only_price(c) or followup.asks_only_when(c))


class FaqAnswers:
    """Says what the FAQ answers to a step, or that it is not known."""

    def __init__(self, lookup: FaqLookup, places: PlaceAnswers):
        self.lookup = lookup
        self.places = places

    def faq(self, text: str, ctx: SkillContext, reply: Reply, probes: Probes, asked: str = "",
            more: str = "") -> bool:
        """Answer from the FAQ if it knows; False (and nothing said) if it does not.

        `asked` is the asking sentence alone: searched when the whole is not answerable, as a story
        around a question can drown it. `more` asks more of it (its price, its hours) for the answer to say.
        """
        query, hits = self.lookup.probe(text, ctx, probes)
        lexicon = self.lookup.lexicon(ctx)
        for part in (asked, asking_part(asked or text)):
            if not part or part == text or followup.asks_only_to_look(part):
                continue  # "Can you check?" names nothing: what to look for is the story ("I left my charger ...")
            alone = self.lookup.probe(part, ctx, probes)
            # (a whole only spelled like its entry under the bar, beside a question that clears it alone for another,
            # is weighed so too: "Our flight back to Lima is at 3:40pm. When is check out?": not the arrival's)
            if ctx.kb.confident(hits, ctx.language, query) and (_over_bar(hits, ctx) or _over_bar(alone[1], ctx) and
                                                                  alone[1][0].entry is not hits[0].entry):
                if _over_bar(alone[1], ctx) and self._question_over_story(alone, hits[0].entry, alone[1][0].entry, ctx):
                    query, hits = alone  # "the latest we can stay on the last day? our flight is at 6pm": not the
                    # early check-in of a flight's story, the check-out the question names
                continue
            # The asking sentence alone, when the story drowns it, or finds the same entry only under the bar where
            # the question alone clears it ("Serve you alcohol? We'd love wine on the roof.": the story's words
            # would reword it to the restaurants nearby). A story that finds another entry changes the question
            # ("our train is late. How does check-in work?": the late arrival).
            unsure = not ctx.kb.confident(hits, ctx.language, query)
            if ctx.kb.confident(alone[1], ctx.language, alone[0]) and (
                    unsure or _over_bar(alone[1], ctx) and alone[1][0].entry is hits[0].entry):
                query, hits = alone
            elif unsure and self.lookup.reworded(query, hits, ctx) is None and \
                    self.lookup.answerable(part, ctx, probes) and lexicon.names_one(*alone, ctx.language):
                query, hits = alone  # only its own words name the entry ("Sorry, I prefer Arabic. كم ثمن التقشير
                # بالصابون؟": the hammam's Arabic answer writes them): the story's words would drown them too
            elif unsure and (own := lexicon.entry_of(lexicon.worded(*alone, ctx.kb.min_score, ctx.language))) and \
                    self._question_over_story(alone, lexicon.entry_of(self.lookup.reworded(query, hits, ctx))
                                              or hits[0].entry, own, ctx):
                query, hits = alone  # "our flight lands at 23:45, how do we get in if reception is closed?": the
                # question's words name the late arrival; the flight's would reword it to the airport
        better = self.lookup.reworded(query, hits, ctx)
        better = self._story_topic(text, query, hits, better, ctx, probes) or better
        better = self._age_rule(text, asked, query, hits, better, ctx, probes) or better
        call, result = run_skill(ctx, "search_kb", {"query": better or query,
                                                    "asked": " ".join(filter(None, (asked or text, more)))})
        if result.ok and (not better and self.lookup.guessed(query, hits, ctx) or
                          self._beside_the_question(asked or text, result, ctx, probes)):
            call, result = call.model_copy(update={"ok": False}), SkillResult(text="", ok=False)
        if not result.ok:
            reply.calls.append(call)
            return False
        if places_instead(asked or text, result, ctx, reply):
            return True
        if result.text in reply.texts:  # two questions of one message with one answer: it is said once
            reply.calls.append(call)
            return True
        result = _yes_of_another_question(asked or text, result, ctx.language)
        lacking = lexicon.lacking(asked or text, ctx.language)
        far = lexicon.unknown_destination(asked or text, ctx.language) if not lacking else None
        if far and far.lower() not in result.text.lower():  # "a shuttle bus to Pattaya?" answered by the boat
            lacking = [far]  # to the pier: first that no ride there is among ours
        if lacking:  # "a sauna or a steam room?" answered by the spa: first that the sauna is not among ours
            reply.texts.append(say("faq_nearest_instead", ctx.language, asked=join_list(lacking, ctx.language)))
        reply.add(call, result)
        answered = result.kb[0] if result.kb else None
        # What a follow-up ("and can the kids go there alone?", "how long is the drive there?") refers to.
        ctx.remember(faq_asked=(asked or text)[:300], faq_topic=answered)
        story = followup.told_before_bare_request(asked or text)  # "..., can you check?" asks nothing more
        also = None if story else (lexicon.companion(query, hits, answered, ctx.kb.min_score, ctx.language)
                or lexicon.complement(*self.lookup.probe(asked or text, ctx, probes), answered, ctx.kb.min_score,
                                      ctx.language)) if answered else None  # a part the question, not its story, asks
        also = also or (_other_room_named(asked or text, result.data.get("answer", ""), ctx) if answered else None)
        if also:
            call, result = run_skill(ctx, "search_kb", {"query": also, "asked": asked or text})
            if result.ok and result.kb and result.kb[0] != answered and result.text not in reply.texts:
                reply.add(call, result)
        return True

    def _story_topic(self, text: str, query: str, hits: list[KBHit], better: str | None, ctx: SkillContext,
                     probes: Probes) -> str | None:
        """The FAQ question of the entry about the hotel topic a story names, when the question after it asks
        nothing of its own ("I think I left my charger in room 107 when we checked out. Can you check?", "Me dejé
        la chaqueta en la habitación. ¿Pueden mirar?"): the story is what is asked, and the topic the glossary hears
        in it (lost property) says which entry, not the words the encoder or the FAQ's wording draw on ("check":
        the check-in). The entry the FAQ would answer with stands when it is about that topic already; else the entry
        the story alone finds, when it is about one of them; else, of the entries about the story's topics, the
        nearest, when it leads the others clearly."""
        story = followup.without_when_told(followup.told_before_bare_request(text))
        if not story:
            return None
        lexicon = self.lookup.lexicon(ctx)
        chosen = lexicon.entry_of(better) if better else \
            hits[0].entry if ctx.kb.confident(hits, ctx.language, query) else None
        squery, shits = self.lookup.probe(story, ctx, probes)
        named = glossary.named(squery, ctx.language)
        if len(named) > 1:  # "I left my phone charger": what the guest did, told in a longer phrase than the thing
            named = {max(sorted(named), key=lambda topic: max(
                (_length(squery[start:end]) for start, end in glossary.where_named(squery, ctx.language, {topic})),
                default=0))}
        if not named or chosen is not None and named & subject_topics(chosen):
            return None
        own = self.lookup.reworded(squery, shits, ctx)  # the story alone, as the FAQ reads a question
        own_entry = lexicon.entry_of(own) if own else \
            shits[0].entry if ctx.kb.confident(shits, ctx.language, squery) else None
        if own_entry is not None and named & subject_topics(own_entry):
            return own or lexicon.closest_question(squery, own_entry.id)
        about = [hit for hit in ctx.kb.on_topic(squery, ctx.language) if named & subject_topics(hit.entry)]
        if not about or len(about) > 1 and about[0].score - about[1].score < STORY_TOPIC_LEAD or \
                about[0].score < ctx.kb.min_score - STORY_UNDER_BAR:
            return None
        return lexicon.closest_question(squery, about[0].entry.id)

    def _age_rule(self, text: str, asked: str, query: str, hits: list[KBHit], better: str | None, ctx: SkillContext,
                  probes: Probes) -> str | None:
        """The FAQ question of the entry stating the age rule a guest asks by a person's age ("my 16-year-old son
        ... can he check in on his own?": the minimum age to check in), when the entry the FAQ would answer with
        states none: of the entries that state one, the nearest to the message or to its asking sentence, within
        AGE_UNDER_BAR of the bar when nothing over it would answer, and at least as near as the entry chosen over it
        when one would (the villas' list, where the water villas' minimum age is nearer)."""
        if not ages.asks_by_age(asked or text, text):
            return None
        lexicon = self.lookup.lexicon(ctx)
        chosen = lexicon.entry_of(better) if better else \
            hits[0].entry if ctx.kb.confident(hits, ctx.language, query) else None
        if chosen is not None and ages.states_age_rule(chosen):
            return None
        # an entry chosen over the bar stands unless the rule reads as near; one under it is a guess
        stands = chosen is not None and any(hit.entry is chosen and hit.score >= ctx.kb.min_score
                                            for hit in ctx.kb.search(query, len(ctx.kb)))
        best: tuple[float, KBEntry] | None = None
        # the sentence the FAQ reads, the whole message (the age may be told in it) and the asking sentence alone
        for reading in dict.fromkeys(part for part in (query, *(self.lookup.probe(told, ctx, probes)[0]
                                                                for told in (text, asked) if told))):
            found = ctx.kb.search(reading, len(ctx.kb))
            bar = next(hit.score for hit in found if hit.entry is chosen) if stands else \
                ctx.kb.min_score - AGE_UNDER_BAR

            def support(entry: KBEntry, reading: str = reading) -> float:
                return lexicon.support(reading, entry.id, ctx.language, answers=True)
            # ...or, a little farther, when the guest's words name the rule as much ("peut-il faire le check-in ?":
            # the age to check in, not the early check-in the encoder hears)
            ruled = [hit for hit in found if ages.states_age_rule(hit.entry) and hit.entry.questions and (
                hit.score >= bar or stands and hit.score >= bar - AGE_WINDOW and support(hit.entry) >= support(chosen)
                > 0)]
            if not ruled or best is not None and ruled[0].score <= best[0]:
                continue
            # of rules the encoder reads alike, the one the guest's words name ("a swim-up suite": the rooms' list
            # that says the suites are for adults, not the adults' pool beside them)
            alike = [hit for hit in ruled if hit.score >= ruled[0].score - AGE_ALIKE]
            best = (ruled[0].score, max(alike, key=lambda hit: (support(hit.entry), hit.score)).entry)
        return lexicon.closest_question(query, best[1].id) if best else None

    def answer_or_admit(self, step: Step, ctx: SkillContext, reply: Reply, probes: Probes,
                        wish: dict[str, Any] | None = None) -> None:
        # What is asked for, not the occasion ("can you babysit Saturday while we go out for dinner?": not the
        # restaurant); and a thing the hotel never speaks of is answered from the question's own words, not from a
        # plan told beside it ("...garder nos enfants ? On aimerait dîner en amoureux": not the restaurants).
        asked = followup.without_occasion(step.text)
        if self.lookup.lexicon(ctx).unknown_topics(self.lookup.probe(asked, ctx, probes)[0], ctx.language):
            step = Step(step.intent, asked)
        elif asked != step.text:
            step = Step(step.intent, asked, context=step.context, told=step.told)
        topic = self._about_topic(step, ctx, reply, probes)
        if topic and self.faq(topic, ctx, reply, probes):  # not the guest's words: they would add their usual topic
            return
        if followup.points_back(step.text) and self._on_last_topic(step, ctx, reply, probes, kin_only=True):
            return  # "les enfants peuvent y aller seuls ?" after the pool: its rules, not the children's policy
        more = asked_more(step)
        if self.faq(step.full, ctx, reply, probes, asked=step.text, more=more):
            self._price_too(step, ctx, reply, probes)
            return
        if step.told and self.faq(f"{step.text} {step.around}", ctx, reply, probes, asked=step.text, more=more):
            return  # a long story before the question can drown it too: read the question first as well
        if ordered_to_room(step.text, ctx) and self.faq(ROOM_SERVICE_TOPIC, ctx, reply, probes):
            return  # "a club sandwich to tent 4?" the menu lacks: what the hotel brings to rooms and where meals are
        if self._on_last_topic(step, ctx, reply, probes):  # "can they go there alone?", "А с сыном можно?"
            return
        unheard = ctx.language == "en" and \
            self.lookup.lexicon(ctx).unheard_of(*self.lookup.probe(step.full, ctx, probes))
        # A question about a thing the hotel never speaks of ("a babysitter tonight? We'd love a night out at a
        # mezcal bar.") is not answered by a place its story names: only by one the question itself points at; nor
        # by a facility it is asked at (a drone flown from the terrace is no question of the terrace's hours).
        lacking = self.lookup.lexicon(ctx).unknown_topics(self.lookup.probe(step.text, ctx, probes)[0], ctx.language)
        amenity = None if unheard or lacking else find_amenity(ctx.hotel.amenities, step.text)
        if amenity is not None:  # "swim on the roof": the rooftop pool; "찜질방": the spa, by its name's sound
            if not self.faq(f"{step.text} {amenity.name}", ctx, reply, probes):  # its entry, in the guest's words
                run_and_remember("amenities_info", fill.amenities_info(step, ctx), ctx, reply)
            return
        wish = fill.local_recommendations(step, ctx) if wish is None else wish
        named = find_place(ctx.hotel.places, wish["place"]) if "place" in wish else None
        place = None if unheard else named or standout(ctx, step.text if lacking else step.full)
        # A place only the meaning points at is listed for a question the FAQ has nothing near; not for one whose
        # nearest entry clears the bar and was only doubted ("как добраться из Хитроу на метро?": the airport's
        # entry, not a towpath the words happen to resemble). The FAQ's words about it answer either.
        query, hits = self.lookup.probe(step.full, ctx, probes)
        near = place is not named and ctx.kb.confident(hits, ctx.language, query)
        if place is not None:  # "anywhere nearby to buy maps?": no FAQ entry, but one of the places nearby
            unknown_of_it = bool(lacking) and place is named and not near
            if unknown_of_it:  # "who sings Tosca at the Staatsoper on the 15th?": not known; what the hotel knows
                # of the place follows, never a verdict on its opening that day, which answers nothing asked
                reply.texts.append(say("place_detail_unknown", ctx.language, place=place.name))
            about = self.places.entry_about(place, place is named, step, ctx, probes)
            if about is not None and self.faq(about, ctx, reply, probes):
                return
            if unknown_of_it:
                run_and_remember("local_recommendations", {"place": place.id}, ctx, reply)
                return
            # ...but a topic no text of the hotel speaks of, places included, is no place's the meaning points at
            # ("will it rain on Thursday?": not the Temple of the Sun's hours that day)
            if not near and not (lacking and place is not named):
                run_and_remember("local_recommendations", {"place": place.id, **only_keys(wish, *VISIT)}, ctx,
                                 reply)  # "美术馆周二开门吗？"
                return
        if not unheard and self.places.sightseeing(step, ctx):  # "what should we see in town?": the places nearby
            run_and_remember("local_recommendations", sights(wish, ctx), ctx, reply)
            return
        words = len(re.findall(r"[^\W\d_]{2,}", step.full))
        # "hello?? is anyone coming??" after reporting a problem: a short line nothing answers chases the problem
        if ctx.state.get("topic") == "complaints" and (words <= CHASE_WORDS or len(step.full) <= 2 * CHASE_WORDS and
                                                       CJK_LETTER.search(step.full)):
            run_and_remember("handoff_to_staff", {"reason": f"guest waiting after a complaint: {step.full[:150]}"},
                             ctx, reply)
            return
        if words < 2 and not CJK_LETTER.search(step.full):
            reply.texts.append(say("say_more", ctx.language))  # "4", "👍", "room?": nothing to go on yet
            return
        lacking = self._lacking(step.text, ctx)
        not_offered = say("not_offered", ctx.language, asked=join_list(lacking, ctx.language)) if lacking else ""
        if say("not_sure", ctx.language) in reply.texts:  # a second question of one message the FAQ lacks too: the
            reply.texts += [not_offered] if not_offered else []  # guest hears it once, and one message counts once
            return
        unsure = int(ctx.state.get("unsure") or 0) + 1
        ctx.remember(unsure=unsure)
        reply.texts.append(say("not_sure", ctx.language))
        if not_offered:  # "a sauna we could book?", "요가 수업 예약": no text of the hotel names it, and it is said
            reply.texts.append(not_offered)
        if unsure >= UNSURE_BEFORE_HANDOFF:
            run_and_remember("handoff_to_staff", {"reason": f"could not answer: {step.full[:150]}"}, ctx, reply)
        else:
            reply.texts.append(say("offer_person", ctx.language))
            ctx.remember(offer={"skill": "handoff_to_staff", "args": {"reason": step.full[:200]}})

    def _about_topic(self, step: Step, ctx: SkillContext, reply: Reply, probes: Probes) -> str | None:
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
        bare_price = followup.asks_only_price(wants.PER_UNIT.sub(" ", step.text)) or \
            bool(wants.FOR_WHOM_ONLY.search(step.text)) or followup.asks_only_when(step.text)
        pointing = followup.points_back(step.text)
        if entry is None or not entry.questions or entry.id in reply.kb or not (
                bare_price or pointing or followup.follows_up(step.text)):
            return None
        if bare_price:
            return entry.questions[0]
        # Its own words as the FAQ would answer them: the whole step, or its question alone beside a story.
        own = next((text for text in (step.full, step.text) if self.lookup.answerable(text, ctx, probes)), None)
        alone = self.lookup.probe(own, ctx, probes)[1] if own else []
        if not pointing:  # a few words that are the topic's ("¿está climatizada?" after the pool)
            return entry.questions[0] if own and alone and self._topics_words(own, entry, alone[0].entry, ctx) \
                else None
        if not alone or alone[0].entry.id == entry.id or alone[0].score >= ctx.kb.min_score + OWN_TOPIC_OVER_BAR:
            return None
        about = f"{own} {entry.questions[0]}"
        if not self.lookup.answerable(about, ctx, probes):
            return None
        read = self.lookup.probe(about, ctx, probes)[1]
        tie = next((hit for hit in read[1:] if hit.entry.id == alone[0].entry.id), None)
        if tie is not None and read[0].score - tie.score < ctx.kb.margin:
            return None  # "may we wear swimsuits there?" after the sauna's hours: its own entry ties, its own words win
        return entry.questions[0] if read[0].entry.id == entry.id else None

    def _topics_words(self, question: str, topic: KBEntry, found: KBEntry, ctx: SkillContext) -> bool:
        """Whether the rare words of a short follow-up are the topic's and none of the entry its own words find:
        "¿está climatizada?" after the pool (its answer says "piscina climatizada") is the pool's, however near
        the rooms' air conditioning reads; "¿y el parking?" names a thing of its own."""
        lexicon, lang = self.lookup.lexicon(ctx), ctx.language
        return found is not topic and bool(lexicon.telling(question, topic.id, lang, answers=True)) and \
            not lexicon.telling(question, found.id, lang, answers=True)

    def _question_over_story(self, alone: tuple[str, list[KBHit]], story: KBEntry, own: KBEntry,
                             ctx: SkillContext) -> bool:
        """Whether the asking sentence alone finds an entry (`own`) about a hotel topic it names, where the whole
        message, story and all, finds one (`story`) about none of them: the question, not its occasion, is asked."""
        asked = glossary.named(alone[0], ctx.language)
        # ...and whose own rare words do not name the story's entry too ("찜질방 어린이 요금은?": the jjimjilbang's
        # children's price, not the children's policy)
        return own is not story and bool(asked & entry_topics(own, ctx.language)) and \
            not asked & entry_topics(story, ctx.language) and \
            sum(self.lookup.lexicon(ctx).telling(alone[0], story.id, ctx.language).values()) < OWN_WORDS

    def _beside_the_question(self, asked: str, result: SkillResult, ctx: SkillContext, probes: Probes) -> bool:
        """Whether the entry the guest's words chose is about none of what the asking sentence names, and that
        names a topic the hotel never speaks of ("a babysitting service in the evening?": not the restaurant's
        evening hours, which share "evening" and "service")."""
        entry = ctx.hotel.kb_entry(result.kb[0]) if result.kb else None
        query, hits = self.lookup.probe(asked, ctx, probes)
        return entry is not None and self.lookup.lexicon(ctx).unspoken(query, hits, ctx.language, entry)

    def _on_last_topic(self, step: Step, ctx: SkillContext, reply: Reply, probes: Probes,
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
        lexicon, lang = self.lookup.lexicon(ctx), ctx.language
        # the pointing question's words
        query, own = self.lookup.probe(step.text if kin_only else step.full, ctx, probes)
        if entry is None or not entry.questions or not followup.follows_up(step.text) or \
                lexicon.unknown_topics(query, lang) or lang == "en" and lexicon.unheard_of(query, own):
            return False
        family = next((hit.entry for hit in own[:FAMILY_RANK] if hit.score >= ctx.kb.min_score - LEAN_UNDER_BAR
                       and lexicon.kin(entry.id, hit.entry.id) and not (kin_only and hit.entry is entry)), None)
        if family is not None and family.questions and \
                self.faq(lexicon.closest_question(query, family.id), ctx, reply, probes):
            return True
        return not kin_only and followup.names_nothing(step.text) and any(
            before and self.faq(f"{step.full} {before}", ctx, reply, probes)
            for before in dict.fromkeys((entry.questions[0], ctx.state.get("faq_asked"))))

    def _price_too(self, step: Step, ctx: SkillContext, reply: Reply, probes: Probes) -> None:
        """A bare price question read with the question before it ("Can she do the temazcal pregnant? And how much
        per person?") when the entry that answered says no price: the entry about the same thing that states
        one (its price list beside its health rules; "a 20% deposit" beside how to pay it) answers the price. Of
        the entries the question finds, the first that names a telling word of the question the answered entry
        names too, and says a price."""
        answered = ctx.hotel.kb_entry(ctx.state.get("faq_topic") or "")
        if answered is None or _says_amount(answered.answer) or not any(
                followup.asks_only_price(clause) for clause in splitter.clauses(step.full)):
            return
        query, hits = self.lookup.probe(" ".join(part for part in (step.text, step.context) if part), ctx, probes)
        # The words of the question the price is about, not the story's ("we come to Oaxaca": the airport) nor the
        # price question's own ("per person" is said by every priced entry).
        lexicon, about = self.lookup.lexicon(ctx), self.lookup.probe(step.text, ctx, probes)[0]
        shared = lexicon.telling(about, answered.id, ctx.language).keys()
        # (an entry the search only listed beside the answer, never said, may still say it)
        priced = next((hit.entry for hit in hits if hit.entry.id != answered.id
                       and _says_amount(hit.entry.answer)
                       and shared & lexicon.telling(about, hit.entry.id, ctx.language).keys()), None)
        if priced is not None and priced.questions:
            call, result = run_skill(ctx, "search_kb", {"query": lexicon.closest_question(query, priced.id),
                                                        "asked": step.full})
            if result.ok and result.kb[:1] == [priced.id] and result.text not in reply.texts:
                reply.add(call, result)

    def _lacking(self, text: str, ctx: SkillContext) -> list[str]:
        """The guest's words for what a question asks the hotel to have or to book that none of its texts speaks
        of ("do you have a sauna?", "can I book a yoga class?")."""
        lexicon = self.lookup.lexicon(ctx)
        return lexicon.lacking(text, ctx.language) or lexicon.lacking(text, ctx.language, among=NOT_A_STAY)


_PERCENT = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)?\s?(?:%|per\s?cent\b)", re.IGNORECASE)


def _says_amount(answer: str) -> bool:
    """Whether an answer states what a thing costs: a price, or a share of the stay ("a 20% deposit")."""
    return bool(WRITTEN_PRICE.search(answer) or _PERCENT.search(answer))


# An answer opening with a yes ("Yes, alcohol is served on our island. But bringing alcohol in is not allowed.")


_YES = compiled(r"^\s*(?:yes|s[ií]|oui|ja|да|是的|可以|有的|はい|네|예|نعم)\s*[,，、:：!！.。]\s*", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?;])\s+|(?<=[。！？；])")
# What a sentence of an answer refuses or says there is not ("not allowed", "нельзя", "禁止", "ممنوع").
_REFUSES = compiled(
    r"\b(?:not|no|never|cannot|can'?t|don'?t|isn'?t|aren'?t|won'?t|forbidden|prohibited|banned|"
    r"prohibid[oa]s?|nunca|pas|jamais|interdit\w*|nicht|kein\w*|verboten|nie|нельзя|не|нет|запрещ\w*)\b|"
    r"禁止|不|没有|ない|ません|できず|불가|없|금지|لا|ليس|غير|ممنوع\w*", re.IGNORECASE)


def _length(words: str) -> int:
    """How long a phrase is: its words, or its characters in Chinese or Japanese."""
    return len(words) if CJK_LETTER.search(words) else len(words.split())


def _yes_of_another_question(asked: str, result: SkillResult, language: str) -> SkillResult:
    """An entry's "Yes" answers the question its first sentence answers ("Do you serve alcohol?"); when the guest's
    words are those of what it says from a later sentence that refuses on ("bringing alcohol in is not allowed;
    customs keep duty-free bottles") more than of the first, the answer is no to what they asked, and it does not
    open with a yes."""
    # "Only in English: Yes, ...", perhaps after the verdict said of it in the guest's language ("Sí. ...")
    at, said = next(((at, note) for note in (say(key, language) for key in ("not_in_your_language",
                                                                             "not_in_your_language_original"))
                     if note and (at := result.text.find(note)) >= 0), (0, ""))
    yes = _YES.match(result.text[at + len(said):].lstrip())
    if yes is None:
        return result
    rest = result.text[at + len(said):].lstrip()[yes.end():]
    sentences = [part for part in _SENTENCE.split(rest) if part.strip()]
    words = faq_stems(asked)
    first = len(words & faq_stems(sentences[0])) if sentences else 0
    refusing = next((at for at, later in enumerate(sentences[1:], 1) if _REFUSES.search(later)), None)
    if refusing is None or len(words & faq_stems(" ".join(sentences[refusing:]))) <= first:
        return result
    return replace(result, text=f"{said} {rest[:1].upper()}{rest[1:]}".strip())


def _over_bar(hits: list[KBHit], ctx: SkillContext) -> bool:
    """Whether the best hit clears the FAQ's bar itself, not only within the grace of another language."""
    return bool(hits) and hits[0].score >= ctx.kb.min_score


def _other_room_named(text: str, answer: str, ctx: SkillContext) -> str | None:
    """A second room type the question names that the answer leaves out ("the difference between the Laneway Queen
    and the Harbour King?" answered by the Laneway Queen's entry): asked of the FAQ by its name."""
    named = room_slots.rooms_named(text, ctx.hotel.rooms)
    if len(named) < 2:
        return None
    said = answer.lower()
    return next((room.name for room in named if room.name.lower() not in said), None)
