"""A guest who tells their party and asks which room to take ("We're 2 adults and 3 kids, which room should we
book?", "Somos cuatro, ¿qué habitación nos recomiendan?", "大人2人と子ども2人ですが、どの部屋がいいですか？"), or
whether a room they name sleeps them: the FAQ's answer about rooms is right only when it names a room big enough
for the party; else the rooms that are (hotel.yaml's `max_guests`) are what to say."""

from __future__ import annotations

import re
from dataclasses import dataclass

from agent.brains import dates, room_slots, slots
from agent.brains.fill import Step
from agent.brains.patterns import rx
from agent.brains.reply import Reply
from core.hotels import Hotel, KBEntry, RoomType
from kb import glossary
from skills.base import SkillContext
from skills.booking import remembered_stay
from skills.search_kb import group_terms

# Which room (type) to take, in the nine languages and Portuguese: "which room", "what kind of room", "what room
# would suit us", "recommend a room", "¿qué habitación", "qual quarto", "quelle chambre", "welches Zimmer",
# "какой номер", "哪种房型", "どの部屋", "어떤 방", "أي غرفة". Not a room's number, its service or who is in it.
WHICH_ROOM = rx(
    # one of the hotel's own ("which of your suites", "cuál de sus habitaciones", "laquelle de vos chambres")
    r"\b(?:which|what)\s+of\s+(?:your|the)\s+(?:\w+\s+)?(?:rooms|suites|villas|apartments|cabins|tents)\b|"
    r"\bcu[aá]l(?:es)?\s+de\s+(?:sus|las|tus|los)\s+(?:habitaciones|suites|villas)\b|"
    r"\blaquelle\s+de\s+vos\s+(?:chambres|suites)\b|\bwelche[snmr]?\s+ihrer\s+(?:zimmer|suiten)\b|"
    r"\bqual\s+d[oa]s\s+(?:seus\s+|suas\s+)?(?:quartos|su[ií]tes)\b|\bкак(?:ой|ая|ие)\s+из\s+(?:ваших\s+)?(?:номеров|люксов)",
    r"\b(?:which|what)\s+(?:kind\s+of\s+|type\s+of\s+|sort\s+of\s+|size\s+of\s+)?(?:rooms?|suites?|room\s+types?|"
    r"accommodations?|apartments?|villas?|units?|cabins?|tents?)\b(?!\s*(?:service|number|no\b|#|(?:is|are|am)\s+(?:\w+\s+)?in\b))",
    r"\b(?:rooms?|suites?|option)\s+(?:type\s+)?(?:would|will|should|does|do|could|can|is|are)\s+(?:\w+\s+)?"
    r"(?:fit|suit|work|be\s+(?:best|good|right|ideal|big\s+enough))",
    r"\b(?:best|right|ideal|suitable|good|enough)\s+(?:room|option|choice)\s+for\s+(?:us|our|a\s+family|the\s+\w+\s+of\s+us)",
    r"\brecommend\w*\s+(?:us\s+)?(?:a|which|what|the\s+best)\s+(?:\w+\s+)?room|\brooms?\s+(?:would\s+|do\s+)?you\s+recommend",
    r"\b(?:qu[eé]|cu[aá]l(?:es)?)\s+(?:tipo\s+de\s+)?habitaci[oó]n(?:es)?\b(?!\s+(?:de\s+servicio|n[uú]mero))|"
    r"\bhabitaci[oó]n\s+(?:nos\s+|me\s+)?(?:recomiend|aconsej|conviene|sugier)",
    r"\b(?:qual|que|quais)\s+(?:tipo\s+de\s+)?(?:quartos?|su[ií]tes?|acomoda[cç](?:[aã]o|[oõ]es))\b|"
    r"\bquartos?\s+(?:nos\s+|me\s+)?(?:recomend|indica|aconselh|sugere)",
    r"\bquel(?:le)?s?\s+(?:type\s+de\s+)?(?:chambres?|suites?|logements?)\b(?!\s+(?:num[ée]ro|n°))|"
    r"\bchambre\s+(?:nous\s+|me\s+)?(?:conseill|recommand|convien)",
    r"\bwelche[snmr]?\s+(?:art\s+(?:von\s+)?)?(?:zimmer|suiten?|zimmerkategorie|zimmertyp|unterkunft|wohnung)\b|"
    r"\bwas\s+f[üu]r\s+(?:ein\s+)?zimmer\b|\bzimmer\s+(?:w[üu]rden\s+sie\s+)?empfehlen",
    r"(?<![а-яё])как(?:ой|ую|ие|ом)\s+(?:\w+\s+)?(?:номер|комнат\w*|люкс\w*|апартамент\w*)(?![а-яё])"
    r"(?!\s+(?:телефон|скор|такси|полиц))|номер\s+(?:вы\s+)?(?:посовету|порекоменду|рекоменду)\w*|"
    r"(?:посоветуйте|порекомендуйте)\s+(?:\w+\s+)?номер",
    r"(?:哪种|哪種|哪个|哪個|哪一种|哪间|哪間|什么|什麼)(?:样的|樣的)?(?:房|客房|房间|房間|房型)|推荐.{0,6}房|"
    r"(?:适合|合适|適合).{0,8}房",
    r"(?:どの|どんな|どちらの|おすすめの|お勧めの|オススメの)(?:お)?(?:部屋|客室|タイプ|ルーム)|"
    r"(?:部屋|客室).{0,6}(?:おすすめ|お勧め|オススメ)",
    r"(?:어떤|어느|무슨)\s*(?:방|객실|룸)|(?:방|객실).{0,6}추천",
    r"أي\s+(?:غرفة|الغرف|نوع\s+من\s+الغرف)|أنسب\s+غرفة|(?:ما|ماهي|ما\s+هي)\s+الغرفة\s+(?:المناسبة|الأنسب)|"
    r"غرفة\s+(?:تناسب|مناسبة)",
)
# Whether a room sleeps them: "does it fit 5", "sleep four", "big enough for", "¿caben", "cabemos", "tient-on",
# "passen wir", "поместимся", "住得下", "泊まれますか", "묵을 수 있", "تتسع".
FITS = rx(
    r"\b(?:fits?|sleeps?|accommodates?|holds?|(?:big|large)\s+enough|enough\s+(?:room|space)|room\s+for\s+(?:us|all))\b",
    r"\bcab(?:e|en|emos|er[aá]n?)\b|\bcapacidad\b|\bacomoda\w*\b|\bcapacidade\b",
    r"\b(?:tient|tiendr\w+|loger|convient|assez\s+grand\w*)\b",
    r"\b(?:passen|platz\s+f[üu]r|gro[ßs]\s+genug|reicht)\b",
    r"помест\w+|вмест\w+|рассчитан\w*",
    r"住得下|住下|能住|容纳|容納|泊まれ|入れ|収容|묵을\s*수|잘\s*수|수용|تتسع|تكفي|تستوعب",
)

# How many a room sleeps, asked with no party told: "how many people can stay in", "max occupancy", "¿cuántas
# personas caben", "combien de personnes", "wie viele Personen", "сколько человек", "几个人", "何人まで", "몇 명",
# "كم شخص".
HOW_MANY_SLEEP = rx(
    r"\bhow\s+many\s+(?:people|persons|guests|adults|of\s+us|pax|ppl)\b|\b(?:max(?:imum)?|maximal)\s+(?:occupancy|"
    r"number\s+of\s+(?:guests|people)|guests|people|capacity)\b|\boccupancy\b|\bcapacity\b",
    r"\bcu[aá]nt[oa]s\s+(?:personas|hu[eé]spedes|adultos|caben|cabemos)\b|\bquant[oa]s\s+(?:pessoas|h[oó]spedes|"
    r"adultos|cabem)\b|\bcapacidad(?:e)?\b",
    r"\bcombien\s+de\s+(?:personnes|pers|voyageurs|adultes|couchages)\b|\bcapacit[ée]\b",
    r"\bwie\s+viele\s+(?:personen|g[äa]ste|leute|erwachsene)\b|\bf[üu]r\s+wie\s+viele\b|\bbelegung\b",
    r"сколько\s+(?:человек|гостей|персон|взрослых)|на\s+сколько\s+(?:человек|персон|гостей)|вместимост\w*",
    r"几个人|几人|幾個人|幾人|多少人|几位|幾位|最多住|可以住几|可以住幾|何人|何名|몇\s*명|몇\s*분|최대\s*인원|수용\s*인원|"
    r"كم\s+(?:شخص|فرد|نزيل|واحد)|لكم\s+شخص|سعة",
)


def capacity_asked(step: Step, ctx: SkillContext) -> tuple[RoomType, ...]:
    """The rooms a step names and asks how many they sleep, telling no party ("How many guests fit in the
    Executive Twin?", "ジュニアスイートは何人まで泊まれますか？"): their most guests are hotel.yaml's to say."""
    if not HOW_MANY_SLEEP.search(step.text):
        return ()
    return tuple(room for room in room_slots.rooms_named(step.text, ctx.hotel.rooms) if room.sold_per == "room")


def price_asked(step: Step, ctx: SkillContext) -> tuple[RoomType, ...]:
    """The room a step names and asks the price of, with no stay to quote ("슈페리어 룸 1박 얼마예요?", "Was kostet
    das Superior-Zimmer pro Nacht?"): its rates, season by season, are hotel.yaml's to say."""
    if "price" not in glossary.asked_of(step.text, ctx.language) or dates.find_stay(
            step.text, ctx.now.date()).check_out:
        return ()
    named = room_slots.rooms_named(step.text, ctx.hotel.rooms)
    if not named and (code := room_slots.room_type(step.text, ctx.hotel.rooms)):
        named = [ctx.hotel.room(code)]
    return tuple(room for room in named if room is not None and room.sold_per == "room")


def group_asked(step: Step, ctx: SkillContext) -> int | None:
    """How many rooms a step asks for, when that many make a booking the hotel's sales team takes ("We need 8 rooms
    for a wedding", "想订6间房", "a wedding for about 55 guests")."""
    group = group_terms(ctx.hotel)
    if group is None:
        return None
    wanted = room_slots.rooms_wanted(step.full)
    if not wanted and (party := slots.guest_count(step.full)) and party >= 2 * group[0]:
        wanted = -(-party // 2)  # "about 55 guests": two to a room, as many rooms at least
    return wanted if wanted and wanted >= group[0] else None


def gives_group_address(told: Reply, ctx: SkillContext) -> bool:
    """Whether the FAQ answered with an entry the hotel wrote in the guest's language that gives its sales team's
    address for groups."""
    entry, group = (ctx.hotel.kb_entry(told.kb[0]) if told.kb else None), group_terms(ctx.hotel)
    return entry is not None and group is not None and group[1] in (entry.answer_in(ctx.language) or "")


def says_price(told: Reply, rooms: tuple[RoomType, ...]) -> bool:
    """Whether an answer says each room's rate, in any way a figure is written ("EUR 160", "160 €", "€1,150")."""
    said = " ".join(told.texts)
    return all(re.search(rf"(?<![\d.,]){int(room.rate):,}(?![\d])|(?<![\d.,]){int(room.rate)}(?![\d])", said)
               for room in rooms)


def says_capacity(told: Reply, rooms: tuple[RoomType, ...], hotel: Hotel) -> bool:
    """Whether an answer says each room's most guests as the figure after its name, in the guest's language or the
    hotel's English ("King Suites 3", "Family Room: up to 4 guests"): else the data says it."""
    said = [*told.texts, *(entry.answer for entry_id in told.kb[:1] if (entry := hotel.kb_entry(entry_id)))]
    return all(any(re.search(rf"{re.escape(room.name)}s?\W[^\d.;]{{0,40}}?(?<![\d.,]){room.max_guests}(?![.,]?\d)",
                             text, re.IGNORECASE) for text in said) for room in rooms)


@dataclass(frozen=True)
class RoomAsked:
    """A party asking which room to take: how many they are, and the rooms they named that are too small."""

    party: int
    too_small: tuple[RoomType, ...] = ()


def asked(step: Step, ctx: SkillContext) -> RoomAsked | None:
    """The party of a step asking which room sleeps it, told in the step or earlier in the conversation; or asking
    whether a room it names does, when that room is too small. None for any other question: a room named that
    sleeps them is the FAQ's to describe."""
    named = room_slots.rooms_named(step.text, ctx.hotel.rooms)
    which = bool(WHICH_ROOM.search(step.text))
    if not which and not (named and FITS.search(step.text)):
        return None
    party = step.first(slots.party_size) or remembered_stay(ctx).guests
    if not party or party < 2:
        return None
    small = tuple(room for room in named if room.sold_per == "room" and room.max_guests < party)
    if small:
        return RoomAsked(party, small)
    # a party every room sleeps chooses by what else it asks ("which room is quietest? we're two"): the FAQ's
    rooms = [room.max_guests for room in ctx.hotel.rooms if room.sold_per == "room" and room.count]
    return RoomAsked(party) if which and party > min(rooms, default=party) else None


def names_room_for(told: Reply, party: int, hotel: Hotel) -> bool:
    """Whether an answer names a room that sleeps the party, in the guest's language or the hotel's English."""
    said = [*told.texts, *(entry.answer for entry_id in told.kb[:1] if (entry := hotel.kb_entry(entry_id)))]
    return any(room.max_guests >= party and room.sold_per == "room"
               for text in said for room in room_slots.rooms_named(text, hotel.rooms))


_FIRST_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def entry_about(room: RoomType, hotel: Hotel) -> KBEntry | None:
    """The FAQ entry about one room: the first whose answer opens naming that room and no other ("The Haveli
    Family Room (3 rooms, ground floor...) sleeps 4 of any age: ..."), not the list of every room."""
    for entry in hotel.kb:
        opening = _FIRST_SENTENCE.split(entry.answer.strip(), maxsplit=1)[0]
        if entry.questions and [r.code for r in room_slots.rooms_named(opening, hotel.rooms)] == [room.code]:
            return entry
    return None
