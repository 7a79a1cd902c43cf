"""`search_kb`: Answer a question from the hotel's FAQ knowledge base (policies, times, services, facilities)."""

from __future__ import annotations

from pydantic import BaseModel, Field

from core.hotels import Hotel, KBEntry, RoomType
from core.i18n import say
from kb import glossary
from skills.base import Skill, SkillContext, SkillResult
from skills.hotel_facts import also_saying, restated
from skills.room_features import asked_features
from skills.room_fit import room_line, rooms_for_party
from skills.verdicts import prefixed, verdicts


class Args(BaseModel):
    """Arguments of `search_kb` (also the LLM tool schema)."""

    query: str = Field(description="the guest's question, in their words")
    asked: str | None = Field(default=None, max_length=2000,
                              description="the guest's own words, when `query` words them as the FAQ does")
    rooms_for: int | None = Field(default=None, ge=1, le=50,
                                  description="how many the guest's party is, when they ask which room to take and "
                                              "the FAQ names none that sleeps them: the rooms that do are said")
    too_small: list[str] = Field(default_factory=list, max_length=8,
                                 description="codes of the rooms the guest asked about that are too small for them")
    capacity_of: list[str] = Field(default_factory=list, max_length=8,
                                   description="codes of the rooms the guest asks how many they sleep or what "
                                               "they cost, when the FAQ does not say: their most guests and rates "
                                               "are said")
    group_of: int | None = Field(default=None, ge=2, le=500,
                                 description="how many rooms the guest wants, when that many make a group the hotel's "
                                             "sales team books: who to write to is said")


def run(ctx: SkillContext, args: Args) -> SkillResult:
    """Answer only from a confident hit: a guessed FAQ answer is worse than an honest "I don't know"."""
    found = ctx.kb.search(args.query, k=3)
    hits = ctx.kb.answers(found, ctx.language, args.query)
    if args.rooms_for:
        return _rooms_for(ctx, args, [hit.entry for hit in hits])
    if args.capacity_of:  # any entry near the question that names the room is one to read more in
        return _capacity_of(ctx, args, [hit.entry for hit in found])
    if args.group_of and (group := group_terms(ctx.hotel)) is not None and args.group_of >= group[0]:
        return _group(ctx, group, [hit.entry for hit in found])
    if not hits:
        return SkillResult(text=say("kb_no_answer", ctx.language), ok=False, data={"query": args.query})
    entry = hits[0].entry
    answer = entry.answer_in(ctx.language)
    answered_in = ctx.language
    if answer is None:
        answer, answered_in = _untranslated(ctx, entry, args.asked or args.query)
    return SkillResult(text=answer, kb=[hit.entry.id for hit in hits],
                       data={"entry": entry.id, "answer": entry.answer, "answer_language": answered_in,
                             "score": round(float(hits[0].score), 3)})


def _rooms_for(ctx: SkillContext, args: Args, found: list[KBEntry]) -> SkillResult:
    """The rooms that sleep the party, from the hotel's data; the entries found that name one of them are those
    the guest can read more in."""
    small = tuple(room for code in args.too_small if (room := ctx.hotel.room(code)) is not None)
    text, rooms = rooms_for_party(ctx.hotel, args.rooms_for or 1, ctx.language, small)
    return SkillResult(text=text, kb=_naming(found, rooms),
                       data={"rooms_for": args.rooms_for, "rooms": [r.code for r in rooms]})


def _capacity_of(ctx: SkillContext, args: Args, found: list[KBEntry]) -> SkillResult:
    """The most guests (and rate) of each room asked of, from the hotel's data; the entries found that name one of
    them are those the guest can read more in."""
    rooms = [room for code in args.capacity_of if (room := ctx.hotel.room(code)) is not None]
    return SkillResult(text=" ".join(room_line(ctx.hotel, room, ctx.language) for room in rooms),
                       kb=_naming(found, rooms), data={"capacity_of": [room.code for room in rooms]})


def group_terms(hotel: Hotel) -> tuple[int, str] | None:
    """From how many rooms a booking is a group's, and the address its sales team answers at: a `group_from_rooms`
    in hotel.yaml's services, beside its own contact, else the hotel's sales e-mail. None when the data says none."""
    for fields in (hotel.services.model_extra or {}).values():
        if isinstance(fields, dict) and isinstance(rooms := fields.get("group_from_rooms"), int):
            own = next((v for k in ("contact", "booking", "email") if "@" in (v := str(fields.get(k) or ""))), "")
            if address := own or hotel.contact.sales_email or hotel.contact.email:
                return rooms, address
    return None


def _group(ctx: SkillContext, group: tuple[int, str], found: list[KBEntry]) -> SkillResult:
    """A group's booking, said in the guest's language: who books it; the entries found that give that address are
    those the guest can read more in."""
    rooms, address = group
    return SkillResult(text=say("group_booking", ctx.language, rooms=rooms, email=address),
                       kb=[entry.id for entry in found if address in entry.answer], data={"group_of": rooms})


def _naming(found: list[KBEntry], rooms: list[RoomType]) -> list[str]:
    """The entries found whose answer names one of the rooms."""
    names = [room.name.lower() for room in rooms]
    return [entry.id for entry in found if any(name in entry.answer.lower() for name in names)]


def _untranslated(ctx: SkillContext, entry: KBEntry, query: str) -> tuple[str, str]:
    """An answer the hotel wrote only in English: what the hotel's data says of it in the guest's language, then
    the clauses it does not say that the guest asks about, in English and said to be; all of it in English, said
    to be, when the data cannot say what the answer leads with. One written only in the hotel's own language is
    given as it is, said to be. Also the language the text is in.

    A clause is asked about when it says a figure the guest named and the data does not, or one the data does not
    of a thing the guest named by its name, or a price the data does not to a guest asking one, or the question
    is nearer to it than to what the data said: "how much is the family room?" is answered by its rate and size,
    "is there a crib in the family room?" also gets the English clause about cribs. The others are left out, as a
    concierge answering in the guest's language would: an English paragraph under a one-line answer is a wall to a
    guest who asked in Korean."""
    if entry.language != "en":   # a hotel that wrote this answer only in its own language
        return f"{say('not_in_your_language_original', ctx.language)} {entry.answer}".strip(), entry.language
    said, asks = restated(ctx.hotel, ctx.language, entry.answer), glossary.asked_of(query, ctx.language)
    verdict = verdicts(entry.answer, query, ctx.language, ctx.kb.closeness, listed=said is not None)  # "Não."
    features = None if asks & glossary.WHEN_ASKED else asked_features(ctx.hotel, query, entry.answer, ctx.language)
    if features is not None:  # which rooms have breakfast tells no one when it is
        said = also_saying(said, *features, entry.answer)
    if said is None:
        return prefixed(f"{say('not_in_your_language', ctx.language)} {entry.answer}", verdict, ctx.language), "en"
    bar = ctx.kb.closeness(query, said.said_in_english)
    # a topic the guest names that the facts say nothing of ("is the pool heated?" beside its hours)
    untold = glossary.named(query, ctx.language) - glossary.named(said.said_in_english, "en")
    rest = said.rest(lambda clause: said.tells_asked_figure(clause, query) or said.tells_of_named(clause, query) or
                     said.tells_asked_price(clause, asks, ctx.hotel.currency) or said.tells_asked_time(clause, asks) or
                     said.tells_more_of(clause, untold) or ctx.kb.closeness(query, clause) > bar)
    if not rest:
        return prefixed(said.said, verdict, ctx.language), ctx.language
    return prefixed(f"{said.said} {say('also_in_english', ctx.language)} {rest}", verdict, ctx.language), "en"


SKILL = Skill(
    name="search_kb",
    description="Answer a question from the hotel's FAQ knowledge base (policies, times, services, facilities).",
    args=Args,
    examples=("What time is check-in?", "Do you allow pets?", "Is breakfast included?"),
    run=run,
)
