"""The FAQ as the offline brain reads it: each sentence's query and nearest entries, looked up once per turn,
and whether the FAQ would answer it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from agent.brains import framing
from agent.brains.faq import Lexicon, asks_to_have, capitalised
from agent.brains.nearby import named_place
from agent.brains.particulars import without_particulars
from skills.base import SkillContext

# A question short enough that a day and a party weigh as much as its topic ("balloon tmrw 2 ppl how much", "could
# you also collect us from the airport on the 14th?"); in a longer one the topic outweighs them, and reading it
# again would only cost another search. (A strike asked about is no transfer's question however short: the
# glossary's "strike" is a topic no hotel text speaks of.)
TELEGRAPHIC_WORDS = 12

if TYPE_CHECKING:
    from kb.search import KBHit

    Probes = dict[str, tuple[str, list[KBHit]]]  # a sentence -> (its FAQ query, the FAQ's best entries for it)


class FaqLookup:
    """The hotels' lexicons (built once per hotel object) and the FAQ lookups of one turn."""

    def __init__(self) -> None:
        self._lexicons: dict[str, Lexicon] = {}

    def lexicon(self, ctx: SkillContext) -> Lexicon:
        known = self._lexicons.get(ctx.hotel.id)
        if known is None or known.hotel is not ctx.hotel:   # staff edited the KB: a new hotel object
            known = self._lexicons[ctx.hotel.id] = Lexicon(ctx.hotel)
        return known

    def probe(self, text: str, ctx: SkillContext, probes: Probes) -> tuple[str, list[KBHit]]:
        """The FAQ query for a sentence and the entries nearest to it, looked up once per turn."""
        if text not in probes:
            query = self.lexicon(ctx).query(text, ctx.language)
            # As written and opening with a capital (a question split off mid-sentence, or typed in lower case):
            # either may read nearer its entry to the encoder, and the surer of the two is kept.
            found = [ctx.kb.lookup(q, ctx.language, k=5) for q in dict.fromkeys((query, capitalised(query)))]
            probes[text] = max(found, key=lambda qh: (ctx.kb.confident(qh[1], ctx.language, qh[0]),
                                                      qh[1][0].score if qh[1] else 0.0))
            plain = without_particulars(query) if len(query.split()) <= TELEGRAPHIC_WORDS else query
            first = probes[text][1]
            if plain != query and first and not ctx.kb.confident(first, ctx.language, probes[text][0]):
                # "balloon tmrw 2 ppl how much": the day and the party a booking needs pull the entry the encoder
                # already ranks first under the bar; read without them, that same entry answers when it clears it
                bare = ctx.kb.lookup(plain, ctx.language, k=5)
                if bare[1] and bare[1][0].entry is first[0].entry and ctx.kb.confident(bare[1], ctx.language, bare[0]):
                    probes[text] = bare
        return probes[text]

    def answerable(self, clause: str, ctx: SkillContext, probes: Probes) -> bool:
        """Whether the FAQ would answer the sentence: the same tests `FaqAnswers.faq` applies before it answers."""
        query, hits = self.probe(clause, ctx, probes)
        if self.reworded(query, hits, ctx) is not None:
            # Under the bar only shared words point at an entry: enough for a question, not for a story's sentence.
            return bool(hits[0].score >= ctx.kb.min_score or framing.QUESTION.search(clause))
        if not ctx.kb.confident(hits, ctx.language, query):
            return False
        return not self.guessed(query, hits, ctx)

    def reworded(self, query: str, hits: list[KBHit], ctx: SkillContext) -> str | None:
        """The FAQ's own question to search with instead of the guest's words (faq.Lexicon.reworded)."""
        # Only where the FAQ would not answer the guest's words themselves: under the bar, and not a clear leader
        # within another language's grace ("Le parking est-il payant": the parking, not payment)
        # ...nor for a place nearby the guest names ("the entrance to the Madrasa Ben Youssef": its tickets, which the
        # place's own entry or the place itself tells, not another sight's)
        # ...and over it, where the guest's words do not bear the best hit out (`guessed`), the entry about the topic
        # they name is asked instead ("can she come up to our dorm?": the visitors, not the dorm bookings)
        sure = bool(hits) and ctx.kb.confident(hits, ctx.language, query)
        on_topic = ctx.kb.on_topic(query, ctx.language, mentions=asks_to_have(query)) if hits and \
            named_place(query, ctx.hotel.places) is None and (not sure or self.guessed(query, hits, ctx)) else []
        on_topic = [hit for hit in on_topic if not sure or hit.entry is not hits[0].entry]
        return self.lexicon(ctx).reworded(query, hits, ctx.kb.min_score, ctx.language, on_topic)

    def guessed(self, query: str, hits: list[KBHit], ctx: SkillContext) -> bool:
        """A confident-looking best hit the guest's words do not bear out: better an honest "I don't know"."""
        lexicon = self.lexicon(ctx)
        # "a tennis court and a gym?": the gym's entry answers what the hotel has, and says the court is not
        partly = bool(lexicon.lacking(query, ctx.language))
        return lexicon.doubtful(query, hits, ctx.kb.min_score, ctx.language) or (
            ctx.language == "en" and lexicon.unheard_of(query, hits) and not partly) or \
            lexicon.unspoken(query, hits, ctx.language)
