"""`create_lead`: Record a booking enquiry with the guest's contact details (name, email, phone)."""

from __future__ import annotations

import datetime as dt
import re

from pydantic import BaseModel, Field

from core.i18n import say
from core.store.models import Lead
from skills.base import Skill, SkillContext, SkillResult
from skills.booking import remembered_stay
from skills.formatting import join_list, long_date, money
from skills.inventory import deposit_share, open_rooms, quote, room_type

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
# How a number is written at home in the hotel's country, so a local number needs no "+": the calling code,
# the trunk prefix dialled before a national number ("090-1234-5678" in Japan) and the lengths with it.
_NATIONAL = {"US": ("1", "", (10,)), "CA": ("1", "", (10,)), "JP": ("81", "0", (10, 11)), "KR": ("82", "0", (10, 11)),
             "CH": ("41", "0", (10,)), "FR": ("33", "0", (10,)), "MA": ("212", "0", (10,)), "GB": ("44", "0", (11,)),
             "DE": ("49", "0", (10, 11, 12)), "AT": ("43", "0", (10, 11, 12, 13)), "PT": ("351", "", (9,)),
             "ES": ("34", "", (9,)), "CN": ("86", "", (11,)), "RU": ("7", "8", (11,)), "AE": ("971", "0", (9, 10)),
             "MX": ("52", "", (10,)), "AU": ("61", "0", (10,)), "NZ": ("64", "0", (9, 10, 11)),
             "IE": ("353", "0", (9, 10)), "NL": ("31", "0", (10,)), "BE": ("32", "0", (9, 10)),
             "SG": ("65", "", (8,)), "HK": ("852", "", (8,)), "TH": ("66", "0", (9, 10)),
             "BR": ("55", "", (10, 11)), "IN": ("91", "", (10,)), "TR": ("90", "0", (11,)), "CZ": ("420", "", (9,)),
             "OM": ("968", "", (8,)), "IT": ("39", "", (9, 10, 11)), "GR": ("30", "", (10,))}
# A country's calling code as a hotel writes its own number ("+55 24 3371-5420", "+91-141-555-0187").
_CALLING_CODE = re.compile(r"^\s*(?:\+|00)(\d{1,3})(?=[\s().\-/])")


class Args(BaseModel):
    """Arguments of `create_lead` (also the LLM tool schema)."""

    name: str | None = Field(default=None, max_length=200, description="the guest's full name")
    email: str | None = Field(default=None, description="e-mail address")
    phone: str | None = Field(default=None, description="phone number, E.164 when possible")
    check_in: dt.date | None = None
    check_out: dt.date | None = None
    room_code: str | None = None
    guests: int | None = Field(default=None, ge=1, le=20)
    notes: str | None = None


def normalize_phone(raw: str, country: str = "US", home: str = "") -> str | None:
    """E.164 ("+14155550177") from what people type ("+1 415 555 0177", "0044 20…", "(415) 555-0177"); a number
    written as the hotel's country writes it at home needs no "+". `home`: the hotel's own number, whose calling
    code a country we know no rules for lends ("(21) 99887-7665" to a hotel at "+55 24 3371-5420")."""
    digits = re.sub(r"[\s().\-/]", "", raw.strip())
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    if not digits.startswith("+"):
        digits = _national(digits, country.upper(), home) or ""
    return digits if re.fullmatch(r"\+[1-9]\d{7,14}", digits) else None


def _national(digits: str, country: str, home: str) -> str | None:
    """A number without its calling code, as the country writes it at home; a country we know no rules for
    takes the calling code of the hotel's own number, a trunk "0" off and 8 to 11 digits after it."""
    if country in _NATIONAL:
        code, trunk, lengths = _NATIONAL[country]
        if len(digits) in lengths and digits.startswith(trunk):
            return f"+{code}{digits[len(trunk):]}"
        if not trunk and len(digits) - len(code) in lengths and digits.startswith(code):
            return f"+{digits}"
        if not trunk and digits.startswith("0") and len(digits) - 1 in lengths:  # "0141 255 0187": a "0" dialled
            return f"+{code}{digits[1:]}"                                        # where none is needed
        return None
    home_code = _CALLING_CODE.match(home)
    national = digits[1:] if digits.startswith("0") else digits
    return f"+{home_code.group(1)}{national}" if home_code and 8 <= len(national) <= 11 else None


def valid_email(raw: str) -> str | None:
    email = raw.strip().strip("<>").lower()
    return email if _EMAIL.match(email) else None


def _sender_phone(ctx: SkillContext) -> str | None:
    """The number the guest writes from is a phone we can already reach them on."""
    return ctx.sender if ctx.sender and re.fullmatch(r"\+[1-9]\d{7,14}", ctx.sender) else None


def run(ctx: SkillContext, args: Args) -> SkillResult:
    lang = ctx.language
    name = (args.name or "").strip()
    email = valid_email(args.email) if args.email else None
    phone = normalize_phone(args.phone, ctx.hotel.address.country or "US", ctx.hotel.contact.phone) \
        if args.phone else _sender_phone(ctx)
    problems = [say(key, lang) for key, bad in (("lead_ask_name", len(name) < 2),
                                                 ("lead_bad_email" if args.email else "lead_ask_email", not email),
                                                 ("lead_bad_phone" if args.phone else "lead_ask_phone", not phone))
                if bad]
    if problems:
        missing = [f for f, ok in (("name", len(name) >= 2), ("email", email), ("phone", phone)) if not ok]
        return SkillResult(text=" ".join(problems), ok=False, missing=missing)

    stay = remembered_stay(ctx)
    check_in, check_out = args.check_in or stay.check_in, args.check_out or stay.check_out
    room = room_type(ctx.hotel, args.room_code or stay.room_code)
    lead = _save(ctx, name=name, email=email, phone=phone, check_in=check_in, check_out=check_out,
                 room_code=room.code if room else None, guests=args.guests or stay.guests, notes=args.notes)
    guest = ctx.conversation.guest
    if guest is not None:
        guest.name = guest.name or name
        guest.email = guest.email or email
    ctx.remember(lead_id=lead.id)
    data = {"lead_id": lead.id, "name": name, "email": email, "phone": phone}
    first = name.split()[0]
    dated = bool(check_in and check_out and check_out > check_in)
    choices = open_rooms(ctx.hotel, ctx.session, check_in, check_out, args.guests or stay.guests) \
        if dated and not room else []
    if choices:  # the dates are known: only the room is left to choose, among those still free
        return SkillResult(text=say("lead_saved_pick_room", lang, name=first, check_in=long_date(check_in, lang),
                                    check_out=long_date(check_out, lang),
                                    rooms=join_list([r.name for r in choices], lang)), data=data)
    if not (room and dated):  # a request of another kind than a stay (a company account) is the team's to answer
        return SkillResult(text=say("lead_saved_request" if args.notes and not dated else "lead_saved_no_stay", lang,
                                    name=first), data=data)
    offer = quote(ctx.hotel, room.code, check_in, check_out, args.guests or stay.guests)
    data.update(room_code=room.code, check_in=check_in.isoformat(), check_out=check_out.isoformat(),
                deposit_minor=offer.deposit_minor, currency=offer.currency)
    text = say("lead_saved", lang, name=first, room=room.name, check_in=long_date(check_in, lang),
               check_out=long_date(check_out, lang), share=deposit_share(ctx.hotel, lang, check_in, check_out),
               deposit=money(offer.deposit_minor, offer.currency))
    return SkillResult(text=text, data=data)


def _save(ctx: SkillContext, **fields) -> Lead:
    """One lead per conversation: a guest correcting their e-mail updates it rather than adding another."""
    lead_id = ctx.state.get("lead_id")
    lead = ctx.session.get(Lead, lead_id) if lead_id else None
    if lead is None or lead.conversation_id != ctx.conversation.id:
        lead = Lead(hotel_id=ctx.hotel.id, conversation_id=ctx.conversation.id, name=fields["name"])
        ctx.session.add(lead)
    for key, value in fields.items():
        setattr(lead, key, value)
    ctx.session.flush()
    return lead


SKILL = Skill(
    name="create_lead",
    description="Record a booking enquiry with the guest's contact details (name, email, phone).",
    args=Args,
    examples=("I'll take it, I'm Ana Ruiz, ana@example.com", "Book it for me please", "Here are my details"),
    run=run,
)
