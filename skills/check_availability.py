"""`check_availability`: Check which rooms are free for given dates and guests, with nightly prices and taxes."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict

from pydantic import BaseModel, Field

from core.hotels import RoomType
from core.i18n import say
from skills.base import Skill, SkillContext, SkillResult
from skills.booking import Stay, remember_stay, remembered_stay
from skills.formatting import join_list, long_date, money
from skills.inventory import (
    Nights,
    Quote,
    charges_text,
    closure,
    combination,
    free_rooms,
    minimum_stay,
    nightly_text,
    quote,
    rate_text,
    room_type,
)


class Args(BaseModel):
    """Arguments of `check_availability` (also the LLM tool schema)."""

    check_in: dt.date | None = Field(default=None, description="first night (arrival date)")
    check_out: dt.date | None = Field(default=None, description="departure date (not a night)")
    guests: int | None = Field(default=None, ge=1, le=20, description="number of guests")
    room_code: str | None = Field(default=None, description="room type code, e.g. SQ, KS")
    kind: list[str] | None = Field(default=None, max_length=8,
                                   description="codes of the room types the guest's words name as a kind (\"a "
                                               "suite\" of several suites), when they name no single type")
    pets: bool = Field(default=False, description="the guest is bringing a pet")
    features: list[str] = Field(default_factory=list, max_length=5,
                                description="what the room should have, in the words of the hotel's room features "
                                            "(e.g. bathtub, balcony, fireplace)")
    wanted: str | None = Field(default=None, max_length=80, description="the guest's own words for those features")
    details_given: bool = Field(default=False, description="the guest gave their name and contact with the request: "
                                                           "the reply asks for none of them")


def _prompt(ctx: SkillContext, args: Args, phrase: str) -> list[str]:
    """Which room to reserve and the details it takes: not asked of a guest who gave them with the request (the
    lead taken beside this answer thanks them), else the reply asks for what it thanks them for."""
    return [] if args.details_given else [say(phrase, ctx.language)]


def _nights(ctx: SkillContext, n: int, beds: int = 0) -> str:
    nights = say("one_night" if n == 1 else "n_nights", ctx.language, n=n)
    return say("n_beds", ctx.language, nights=nights, n=beds) if beds else nights


def price_text(ctx: SkillContext, offer: Quote) -> str:
    """Nightly rate × nights (each season's nights apart, for a stay across seasons), tax on its own line of the
    sum, total: what a guest needs to compare; then a tax per person and night the total leaves out."""
    cur, lang = offer.currency, ctx.language
    charges = charges_text(ctx.hotel, lang)
    runs = offer.rates or (Nights(offer.nights, offer.nightly_minor),)
    cost = " + ".join(say("avail_nightly", lang, nightly=rate_text(run, cur, lang),
                          nights=_nights(ctx, run.nights, offer.beds)) for run in runs)
    if offer.tax_included:
        text = say("avail_price_tax_included", lang, cost=cost, total=money(offer.total_minor, cur))
    elif charges:
        text = say("avail_price_charges", lang, cost=cost, subtotal=money(offer.subtotal_minor, cur),
                   charges=charges, tax=money(offer.tax_minor, cur), total=money(offer.total_minor, cur))
    elif not offer.tax_minor:
        text = say("avail_price_total", lang, cost=cost, total=money(offer.total_minor, cur))
    else:
        text = say("avail_price", lang, cost=cost, subtotal=money(offer.subtotal_minor, cur),
                   tax_percent=f"{offer.tax_percent:g}", tax=money(offer.tax_minor, cur),
                   total=money(offer.total_minor, cur))
    return " ".join(filter(None, [text, person_tax_text(ctx, offer)]))


def person_tax_text(ctx: SkillContext, offer: Quote) -> str:
    """"Not included: the city tax, €3.25 per adult per night": empty when the hotel charges none."""
    if not offer.person_tax_minor:
        return ""
    return say(f"avail_person_tax_{offer.person_tax_per}", ctx.language, name=offer.person_tax_name,
               amount=money(offer.person_tax_minor, offer.currency))


def _totals_include(ctx: SkillContext, offer: Quote) -> str:
    """"Totals include 10% service charge and 7% VAT.": said under a list of totals when the hotel names the
    charges it adds ("++" prices); empty otherwise."""
    charges = charges_text(ctx.hotel, ctx.language)
    return say("avail_totals_include", ctx.language, charges=charges) if charges and offer.tax_minor else ""


def _option(ctx: SkillContext, room: RoomType, check_in: dt.date, check_out: dt.date,
            guests: int) -> tuple[str, dict]:
    offer = quote(ctx.hotel, room.code, check_in, check_out, guests)
    # a dorm's bed is priced per bed for a party of any size: no "up to 1 guests"
    line = say("avail_option_bed" if room.sold_per == "bed" else "avail_option", ctx.language, room=room.name,
               max_guests=room.max_guests,
               nightly=nightly_text(offer, ctx.language), total=money(offer.total_minor, offer.currency))
    return line, {"room_code": room.code, "room": room.name, "max_guests": room.max_guests, **asdict(offer)}


_LACKS = re.compile(r"\s*(?:no|without|not)\b", re.IGNORECASE)  # hotels list room features in English


def says_feature(said: str, feature: str) -> bool:
    """Whether a room's name or one of its features says the feature ("bathtub" in "bathtub and shower", "kitchen"
    in "kitchenette"), as a word of its own, and not that it lacks it ("no balcony")."""
    named = re.compile(rf"\b{re.escape(feature)}(?:s|es|ette|ettes)?\b", re.IGNORECASE)  # not "bed" in "bedrooms"
    return not _LACKS.match(said) and named.search(said) is not None


def has_feature(room: RoomType, feature: str) -> bool:
    """Whether the room's name or features say it (`says_feature`)."""
    return any(says_feature(said, feature) for said in [room.name, *room.features])


def _date_problem(ctx: SkillContext, check_in: dt.date | None, check_out: dt.date | None) -> SkillResult | None:
    """Dates that cannot be checked: missing, backwards, or already past."""
    lang = ctx.language
    if check_in is None or check_out is None:
        missing = [name for name, value in (("check_in", check_in), ("check_out", check_out)) if value is None]
        return SkillResult(text=say("avail_ask_dates", lang), ok=False, missing=missing)
    if check_out <= check_in:
        return SkillResult(text=say("avail_bad_dates", lang), ok=False, missing=["check_out"])
    if check_in < ctx.now.date():
        return SkillResult(text=say("avail_past_dates", lang), ok=False, missing=["check_in", "check_out"])
    return None


def _why_not(ctx: SkillContext, room: RoomType, party: int, pets: bool, free: int, dates: dict[str, str]) -> str | None:
    """Why the room type asked for cannot be offered, in the guest's words; None when it can."""
    lang = ctx.language
    if pets and not room.pets:
        return say("avail_no_pets", lang, room=room.name,
                   pet_rooms=join_list([r.name for r in ctx.hotel.rooms if r.pets], lang))
    if party > room.max_guests and room.units(party) == 1:
        return say("avail_too_many_guests", lang, room=room.name, max_guests=room.max_guests, guests=party)
    if not room.fits(party, free):
        return say("avail_room_sold_out", lang, room=room.name, **dates)
    return None


def _minimum_stay(ctx: SkillContext, args: Args, room: RoomType | None, party: int, check_in: dt.date,
                  check_out: dt.date) -> SkillResult | None:
    """A stay shorter than its season's `minimum_nights`: the minimum, and the stay from the same day that meets
    it, offered when a room that sleeps the party (the one asked for, if any) is free for it; None otherwise (a
    stay too short that could not be had anyway hears that nothing is free)."""
    short = minimum_stay(ctx.hotel, check_in, check_out)
    if short is None:
        return None
    season, nights = short
    until = check_in + dt.timedelta(days=nights)
    free = free_rooms(ctx.hotel, ctx.session, check_in, until)
    if not any(r.fits(party, free[r.code]) for r in ([room] if room else ctx.hotel.rooms)):
        return None
    lang = ctx.language
    return SkillResult(text=say("avail_minimum_stay", lang, season=season, n=nights, check_in=long_date(check_in, lang),
                                check_out=long_date(until, lang)),
                       ok=False, missing=["check_out"],
                       data={"check_in": check_in.isoformat(), "minimum_nights": nights, "season": season,
                             "offer": {**args.model_dump(mode="json", exclude_none=True),
                                       "check_in": check_in.isoformat(), "check_out": until.isoformat()}})


def run(ctx: SkillContext, args: Args) -> SkillResult:
    hotel, lang = ctx.hotel, ctx.language
    # Dates and party size the guest gave earlier fill what this turn leaves out ("and a family room?").
    earlier = remembered_stay(ctx)
    check_in, check_out = args.check_in or earlier.check_in, args.check_out or earlier.check_out
    guests = args.guests or earlier.guests
    problem = _date_problem(ctx, check_in, check_out)
    if problem is not None:
        return problem
    # New dates for the room already chosen keep that room ("make that 3 nights" is still the King Suite), and so do
    # new dates for one that was sold out ("what about the 22nd to the 24th then?").
    room = room_type(hotel, args.room_code or ((earlier.room_code or earlier.wanted)
                                               if args.check_in or args.check_out else None))
    if args.room_code and room is None:
        names = join_list([r.name for r in hotel.rooms], lang)
        return SkillResult(text=say("avail_unknown_room", lang, room=args.room_code, rooms=names), ok=False,
                           data={"room_types": [r.code for r in hotel.rooms]})

    free = free_rooms(hotel, ctx.session, check_in, check_out)
    closed = closure(hotel, check_in, check_out) if not any(free.values()) else None
    if closed is not None:  # not "fully booked": the guest hears when to come instead
        remember_stay(ctx, Stay(check_in, check_out, guests, room.code if room else None))
        return SkillResult(text=say("avail_hotel_closed", lang, hotel=hotel.name,
                                    closed_from=long_date(closed[0], lang), reopens=long_date(closed[1], lang),
                                    check_in=long_date(check_in, lang), check_out=long_date(check_out, lang)),
                           data={"check_in": check_in.isoformat(), "check_out": check_out.isoformat(),
                                 "available": False, "closed_from": closed[0].isoformat(),
                                 "reopens": closed[1].isoformat()})
    party = guests or 1
    longer = _minimum_stay(ctx, args, room, party, check_in, check_out)
    if longer is not None:  # "two nights during the festival": the season's minimum, if a room is free for it
        return longer
    stay = {"check_in": check_in.isoformat(), "check_out": check_out.isoformat(), "guests": guests,
            "nights": (check_out - check_in).days, "free": free}
    dates = {"check_in": long_date(check_in, lang), "check_out": long_date(check_out, lang)}
    refusal = _why_not(ctx, room, party, args.pets, free[room.code], dates) if room else None
    if room is not None and refusal is None:
        offer = quote(hotel, room.code, check_in, check_out, party)
        remember_stay(ctx, Stay(check_in, check_out, guests, room.code))
        free_text = say("avail_bed_free" if room.sold_per == "bed" else "avail_room_free", lang, room=room.name,
                        max_guests=room.max_guests, **dates)
        text = " ".join([free_text, price_text(ctx, offer), *_prompt(ctx, args, "avail_book_prompt")])
        return SkillResult(text=text, data={**stay, "available": True,
                                            "offer": {"room_code": room.code, "room": room.name, **asdict(offer)}})

    fitting = [r for r in hotel.rooms
               if r is not room and r.fits(party, free[r.code]) and (r.pets or not args.pets)]
    kind = [r for r in hotel.rooms if room is None and r.code in (args.kind or [])]
    sold_out = [r for r in kind if not free[r.code]]
    if sold_out:  # "any suite free?": those of the suites that are not are said first
        refusal = say("avail_room_sold_out", lang, room=sold_out[0].name, **dates) if len(sold_out) == 1 else \
            say("avail_kind_sold_out", lang, rooms=join_list([r.name for r in sold_out], lang), **dates)
    fitting = sorted(fitting, key=lambda r: r not in kind)  # then the rooms free, those of the kind first
    featured = [r for r in fitting if all(has_feature(r, feature) for feature in args.features)]
    if featured or not fitting:
        fitting = featured
    elif refusal is None:  # "a room with a bathtub": none free has one, so every room free is offered, said so
        refusal = say("avail_no_feature", lang, wanted=args.wanted or join_list(args.features, lang))
    options = [_option(ctx, r, check_in, check_out, party) for r in fitting]
    data = {**stay, "available": room is None and bool(options) and not (kind and len(sold_out) == len(kind)),
            "options": [o[1] for o in options]}
    parts = [refusal] if refusal else []
    if options:
        # Prices said to include the taxes, unless a tax per person is left out: that one is said after them.
        # Named charges (service charge, VAT) and no tax at all are said after them too, or not at all.
        first = quote(hotel, options[0][1]["room_code"], check_in, check_out, party)
        left_out, totals = person_tax_text(ctx, first), _totals_include(ctx, first)
        plain = bool(left_out) or bool(totals) or not (first.tax_minor or first.tax_included)
        intro = ("avail_alternatives" if refusal else "avail_options_intro") + ("_plain" if plain else "")
        parts.append(say(intro, lang, nights=_nights(ctx, stay["nights"]), **dates))
        parts.extend(o[0] for o in options)
        parts.extend(filter(None, [totals, left_out]))
        parts.extend(_prompt(ctx, args, "avail_book_prompt" if len(options) == 1 else "avail_choose_prompt"))
    elif not any(free.values()):
        parts.append(say("avail_hotel_full", lang, **dates))
    elif party > 1:
        parts.append(_combination_text(ctx, free, party, args.pets, check_in, check_out, data,
                                       largest_said=refusal is not None))
    else:
        parts.append(say("avail_nothing_fits", lang, **dates))
    remember_stay(ctx, Stay(check_in, check_out, guests, options[0][1]["room_code"] if len(options) == 1 else None,
                            wanted=room.code if room else None))
    return SkillResult(text="\n".join(parts), data=data)


def _combination_text(ctx: SkillContext, free: dict[str, int], party: int, pets: bool,
                      check_in: dt.date, check_out: dt.date, data: dict, largest_said: bool = False) -> str:
    rooms = combination(ctx.hotel, free, party, pets)
    if rooms is None:
        return say("avail_no_combination", ctx.language, guests=party)
    quotes = [quote(ctx.hotel, r.code, check_in, check_out) for r in rooms]
    total = sum(q.total_minor for q in quotes)
    data["combination"] = {"room_codes": [r.code for r in rooms], "total_minor": total}
    left_out, totals = person_tax_text(ctx, quotes[0]), _totals_include(ctx, quotes[0])
    plain = bool(left_out) or bool(totals) or not (quotes[0].tax_minor or quotes[0].tax_included)
    text = say("avail_combination" + ("_plain" if plain else ""), ctx.language, guests=party,
               rooms=join_list([r.name for r in rooms], ctx.language), total=money(total, ctx.hotel.currency))
    # "Can all six of us fit in one apartment?": no room sleeps that many, said before two are offered (unless
    # the room asked for was just said to sleep fewer)
    largest = max((r.max_guests for r in ctx.hotel.rooms if r.sold_per == "room"), default=party)
    too_many = "" if largest_said or largest >= party else \
        say("avail_none_sleeps", ctx.language, guests=party, most=largest)
    return " ".join(filter(None, [too_many, text, totals, left_out]))


SKILL = Skill(
    name="check_availability",
    description="Check which rooms are free for given dates and guests, with nightly prices and taxes.",
    args=Args,
    examples=(  # several per language: the offline brain's router learns the skill from them
        "Do you have a room from March 10 to 12?", "Any King Suite available next weekend?",
        "Is a family room free in August?", "Do you have a room for two next weekend?",
        "I want to book a room for three nights", "¿Tienen habitaciones libres para el próximo fin de semana?",
        "Quiero reservar una habitación doble del 3 al 6", "Avez-vous une chambre disponible du 3 au 5 mars ?",
        "Je voudrais réserver une chambre pour deux nuits", "Haben Sie vom 3. bis 5. März ein Zimmer frei?",
        "Ich möchte ein Doppelzimmer für drei Nächte buchen", "Есть ли свободный номер с 3 по 5 марта?",
        "Хочу забронировать номер на две ночи", "3月3日到5日有空房吗？", "我想订一间房住三晚",
        "3月3日から5日まで空室はありますか？", "2泊で部屋を予約したいです", "3월 3일부터 5일까지 빈 방 있나요?",
        "2박으로 방 예약하고 싶어요", "هل لديكم غرفة متاحة من 3 إلى 5 مارس؟", "أريد حجز غرفة لليلتين",
        "Tem quarto de casal livre de 12 a 15 de abril?", "Quero reservar um quarto para três noites",
    ),
    run=run,
)
