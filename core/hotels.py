"""Hotel folders (`hotel.yaml` + `kb.yaml`) loaded into typed, validated models.

A hotel is configured by people who are not programmers, so a bad folder must
fail at start with a message that names the file, the entry and the field.
"""

from __future__ import annotations

import datetime as dt
import re
import string
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    TypeAdapter,
    ValidationError,
    field_validator,
    model_validator,
)

from core.written import written_in

LANGUAGES = ("en", "es", "fr", "de", "ru", "zh", "ja", "ko", "ar", "pt")


class HotelError(ValueError):
    """A hotel folder that cannot be loaded; the message says where and why."""


class _Model(BaseModel):
    # Hotels may carry fields we do not use yet; they are kept, not rejected.
    model_config = ConfigDict(extra="allow", frozen=False)


def unread_fields(model: BaseModel, path: str = "", seasonal: frozenset[str] = frozenset()) -> list[str]:
    """Where a hotel file holds fields the concierge keeps but never reads ("policies.taxes.kurtaxe"), so its
    author learns that no quote or answer will mention them unless the KB does. `seasonal`: the fields the
    seasons price with (a room's `rate_peak`, `policies.deposit.peak_percent`), read wherever they are."""
    if isinstance(model, Hotel):
        seasonal = model.season_fields()
    read = (model.extras_read() if isinstance(model, Taxes) else set()) | seasonal
    found = [f"{path}{key}" for key in (model.model_extra or {}) if key not in read]
    for name in type(model).model_fields:
        value = getattr(model, name)
        entries = value.items() if isinstance(value, dict) else enumerate(value if isinstance(value, list) else [value])
        for i, item in entries:
            if isinstance(item, BaseModel):
                where = f"{path}{name}[{i}]." if isinstance(value, list) else \
                    f"{path}{name}.{i}." if isinstance(value, dict) else f"{path}{name}."
                found += unread_fields(item, where, seasonal)
    return found


def _figure(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _hhmm(value: str) -> str:
    try:
        dt.time.fromisoformat(value)
    except (TypeError, ValueError):
        raise ValueError(f"{value!r} is not a 24h time like '15:00'") from None
    return value


class Address(_Model):
    street: str = ""
    city: str = ""
    region: str = ""
    country: str = ""
    full: str = ""


class Contact(_Model):
    phone: str = ""
    email: str = ""
    sales_email: str = ""
    website: str = ""
    front_desk_hours: str = ""


class TimeOffer(_Model):
    """Late check-out or early check-in: a time, a fee and how to ask."""

    until: str | None = None
    from_: str | None = Field(default=None, alias="from")
    fee: float = 0
    subject_to_availability: bool = True
    how: str = ""


class Times(_Model):
    check_in: str
    check_out: str
    late_check_out: TimeOffer | None = None
    early_check_in: TimeOffer | None = None
    quiet_hours: dict[str, str] | None = None
    front_desk: str = "24h"

    _times = field_validator("check_in", "check_out")(classmethod(lambda cls, v: _hhmm(v)))


class Deposit(_Model):
    """What a booking asks up front: a share of the stay (`percent`) or the first nights' rate (`nights`,
    as inns that take "the first night" do); both add up if a hotel names both."""

    percent: float = Field(default=0, ge=0, le=100)
    nights: int = Field(default=0, ge=0)
    when: str = "at booking"
    method: str = "payment_link"
    balance_due: str = "at check-out"


def _month_day(value: str) -> tuple[int, int]:
    """A night of every year, "12-20" -> (12, 20)."""
    try:
        month, day = (int(part) for part in value.split("-"))
        dt.date(2001, month, day)   # a year without 29 February: see `Season.holds`
    except (AttributeError, TypeError, ValueError):
        raise ValueError(f"{value!r} is not a day of every year like '12-20' (MM-DD; for the end of February "
                         "write 02-28: 29 February goes with 28 February)") from None
    return month, day


class Season(_Model):
    """Nights priced apart from the rest of the year: `from` to `until` ("MM-DD", inclusive, may wrap the new
    year) at each room's `rate_field` (default `rate_<season>`; a room without it keeps `rate`), and a deposit
    of `deposit_percent` (default `policies.deposit.<season>_percent`, else the hotel's percent); a stay with a
    night in it lasts at least its `minimum_nights`. A season without dates that names a rate field or a deposit
    is the rest of the year (a "regular" season)."""

    name: str = ""
    from_: str | None = Field(default=None, alias="from")
    until: str | None = None
    rate_field: str | None = None
    deposit_percent: float | None = Field(default=None, ge=0, le=100)
    minimum_nights: int | None = Field(default=None, ge=1)

    @field_validator("from_", "until")
    @classmethod
    def _day(cls, value: str | None) -> str | None:
        if value is not None:
            _month_day(value)
        return value

    @model_validator(mode="after")
    def _both_ends(self) -> Season:
        if (self.from_ is None) != (self.until is None):
            raise ValueError("a season needs both `from` and `until` (or neither, for the rest of the year)")
        return self

    @property
    def dated(self) -> bool:
        return self.from_ is not None

    @property
    def rest_of_year(self) -> bool:
        return not self.dated and (self.rate_field is not None or self.deposit_percent is not None)

    def first_and_last(self) -> tuple[tuple[int, int], tuple[int, int]]:
        """(month, day) of its first and last night; only for a dated season."""
        return _month_day(self.from_ or ""), _month_day(self.until or "")

    def holds(self, night: dt.date) -> bool:
        """Whether the night falls in the season, whatever the year. 29 February is priced as 28 February: a
        season "until 02-28" means the end of February to a hotel, and one "from 03-01" does not start early."""
        if not self.dated:
            return False
        first, last = self.first_and_last()
        day = (night.month, min(night.day, 28) if night.month == 2 else night.day)
        return first <= day <= last if first <= last else (day >= first or day <= last)

    def label(self, key: str) -> str:
        """What guests hear the season called: its `name`, else its key ("winter_peak" -> "winter peak")."""
        return self.name or key.replace("_", " ")


class PersonTax(BaseModel):
    """A tax charged per adult (or per guest) and night on top of the rate: a city tax, a Kurtaxe, a taxe de séjour."""

    name: str
    amount: float
    per: str   # "adult" or "guest"


# How hotels write who such a tax is charged on.
_PER_PERSON = (("per_adult_per_night", "adult"), ("per_person_per_night", "guest"), ("per_guest_per_night", "guest"))


class Surcharge(BaseModel):
    """One percentage added on top of a price: `kind` "occupancy" (the hotel's one tax figure), "service"
    (a service charge), "vat" (VAT, GST) or "tax" (any other levy the hotel named)."""

    kind: str
    percent: float


def _surcharge_kind(field: str) -> str:
    name = field.removesuffix("_percent")
    if "service" in name:
        return "service"
    return "vat" if name in ("vat", "gst") else "tax"


class Taxes(_Model):
    occupancy_tax_percent: float = 0
    rates_include_tax: bool = False

    def _parts(self) -> dict[str, float]:
        """The hotel's own `*_percent` fields (`service_charge_percent: 10`, `vat_percent: 7`)."""
        return {key: float(value) for key, value in (self.model_extra or {}).items()
                if key.endswith("_percent") and isinstance(value, int | float) and not isinstance(value, bool)
                and value > 0}

    @property
    def surcharges(self) -> list[Surcharge]:
        """What a quote adds to the rate, service charges first. One `occupancy_tax_percent` is the whole
        figure (its siblings are then its breakdown: Dubai's 22 = 10 + 7 + 5); a hotel that names only the
        parts ("++" pricing in Thailand, Bali, Singapore: `service_charge_percent`, `vat_percent`) gets them.
        Nothing when the rates include the taxes."""
        if self.rates_include_tax:
            return []
        if self.occupancy_tax_percent:
            return [Surcharge(kind="occupancy", percent=self.occupancy_tax_percent)]
        parts = [Surcharge(kind=_surcharge_kind(key), percent=value) for key, value in self._parts().items()]
        return sorted(parts, key=lambda part: part.kind != "service")

    def extras_read(self) -> set[str]:
        """The `*_percent` fields a quote adds: the hotel check must not call them unread."""
        return set() if self.rates_include_tax or self.occupancy_tax_percent else set(self._parts())

    @property
    def per_person(self) -> PersonTax | None:
        """The tax the guest pays per person and night beside the rate, whatever the hotel called its block
        (`city_tax`, `kurtaxe`, `tourist_tax`...): a quote that left it out would understate the stay.
        None when there is none, or its block says it is included in the rates."""
        for key, block in (self.model_extra or {}).items():
            if not isinstance(block, dict) or block.get("included_in_rates") is True or block.get("included") is True:
                continue
            for field, per in _PER_PERSON:
                amount = block.get(field)
                if isinstance(amount, int | float) and not isinstance(amount, bool) and amount > 0:
                    name = str(block.get("name") or key.replace("_", " "))
                    return PersonTax(name=name, amount=float(amount), per=per)
        return None


class Policies(_Model):
    deposit: Deposit = Deposit(percent=0)
    taxes: Taxes = Taxes()
    pets: dict[str, Any] | None = None
    smoking: dict[str, Any] | None = None
    cancellation: dict[str, Any] | None = None


class RoomType(_Model):
    code: str
    name: str
    count: int = Field(ge=0)
    max_guests: int = Field(ge=1)
    rate: float = Field(ge=0)
    pets: bool = False
    beds: str = ""
    features: list[str] = []
    sold_per: Literal["room", "bed"] = "room"  # "bed": a dorm's beds, `count` of them, `rate` each

    def units(self, guests: int | None) -> int:
        """How many of `count` a party takes: one room, or a bed each in a dorm ("3 beds for three friends")."""
        return max(1, guests or 1) if self.sold_per == "bed" else 1

    def fits(self, guests: int | None, free: int) -> bool:
        """Whether the party can have it when `free` are left: a room big enough, or a bed each."""
        units = self.units(guests)
        return free >= units and (units > 1 or (guests or 1) <= self.max_guests)


class InventoryBlock(_Model):
    """Nights (inclusive) on which some room types have at most `available` rooms."""

    rooms: list[str]
    first_night: dt.date
    last_night: dt.date
    available: int = Field(default=0, ge=0)
    reason: str = ""

    @model_validator(mode="after")
    def _ordered(self) -> InventoryBlock:
        if self.last_night < self.first_night:
            raise ValueError("last_night is before first_night")
        return self


class Amenity(_Model):
    id: str
    name: str
    hours: str = ""
    location: str = ""
    notes: str = ""


class MenuItem(_Model):
    id: str
    name: str
    price: float = Field(ge=0)
    tags: list[str] = []
    note: str = ""


class Menu(_Model):
    room_service_hours: str = ""
    delivery_fee: float = 0
    items: list[MenuItem] = []
    room_service: bool = True   # false: nothing is delivered to rooms (a hostel); the menu is sold at `counter`
    counter: str = ""           # where the menu is sold when there is no room service ("the bar, ground floor")
    counter_hours: str = ""


class Wifi(_Model):
    network: str
    password: str = ""
    price: float = 0
    coverage: str = ""


class Offered(_Model):
    """A service a hotel may not offer at all ("no wake-up calls: the apartments have no phones")."""

    available: bool = True
    notes: str = ""


class Services(_Model):
    wifi: Wifi | None = None
    wake_up_calls: Offered = Offered()


UNKNOWN_DISTANCE = 24 * 60  # rough minutes of a place whose distance the hotel leaves out: a day away


class Place(_Model):
    id: str
    name: str
    kind: str
    walk_minutes: int | None = None
    drive_minutes: int | None = None
    price_level: str = ""
    hours: str = ""
    description: str = ""
    tags: list[str] = []

    @property
    def minutes_away(self) -> int:
        """Rough travel time, walking counted as is and any ride (a drive, a boat) as three times further; a place
        whose distance the hotel does not give comes after every place whose it does, never first."""
        if self.walk_minutes is not None:
            return self.walk_minutes
        rides = [self.drive_minutes, *(value for key, value in (self.model_extra or {}).items()
                                       if key.endswith("_minutes") and isinstance(value, int))]
        ride = min((minutes for minutes in rides if minutes is not None), default=None)
        return 3 * ride if ride is not None else UNKNOWN_DISTANCE


class Department(_Model):
    id: str
    name: str
    slack_channel: str | None = None
    hours: str = ""
    handles: list[str] = []


class FolioLine(_Model):
    date: dt.date
    description: str
    amount: float


class GuestRecord(_Model):
    """A reservation the hotel's system knows about (from the PMS export in the folder)."""

    reservation: str
    name: str
    phone: str | None = None
    room: str | None = None
    room_type: str | None = None
    arrival: dt.date
    departure: dt.date
    adults: int = 1
    folio: list[FolioLine] = []
    balance: float | None = None
    status: str = Field(default="confirmed", pattern="^(confirmed|cancelled)$")
    language: str | None = None   # the guest's language, when the export knows it

    @property
    def first_name(self) -> str:
        return self.name.split()[0] if self.name.strip() else self.name


class ChannelIdentities(_Model):
    """Identities this hotel answers on, so one hub can serve several hotels."""

    twilio_numbers: list[str] = []
    whatsapp_phone_number_ids: list[str] = []
    slack_team_id: str | None = None
    whatsapp_template: str | None = None
    whatsapp_template_language: str = "en"


class WebChat(_Model):
    """The chat widget: the website origins (scheme://host[:port]) allowed to embed it; none, no widget."""

    allowed_origins: list[str] = []

    @field_validator("allowed_origins")
    @classmethod
    def _origins(cls, values: list[str]) -> list[str]:
        for value in values:
            if not value.startswith(("http://", "https://")) or value.rstrip("/").count("/") != 2:
                raise ValueError(f"{value!r} is not an origin such as 'https://www.example.com'")
        return [v.rstrip("/") for v in values]


class VoiceChoice(_Model):
    """Whether to answer voice notes with voice, and which voice per language."""

    replies: bool = True
    voices: dict[str, str] = {}
    espeak_languages: list[str] = []


JOURNEY_CHANNELS = ("whatsapp", "telegram", "sms")
# What a journey message may name, filled from the reservation and the hotel when it is sent.
JOURNEY_FIELDS = ("name", "first_name", "room", "reservation", "hotel", "arrival", "departure", "check_in",
                  "check_out", "early_check_in_from", "early_check_in_fee", "late_check_out_until",
                  "late_check_out_fee", "hotel_phone", "website", "address")
JOURNEY_OFFERS = ("early_check_in", "late_check_out")
_TRIGGER = re.compile(r"^\s*(arrival|departure)\s*(?:([+-])\s*(\d{1,3})\s*d)?\s+at\s+(\d{1,2}:\d{2})\s*$")


def _fields(text: str) -> set[str]:
    try:
        return {name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(text) if name}
    except ValueError as exc:
        raise ValueError(f"{text[:40]!r}...: {exc}") from None


class Trigger(_Model):
    """`arrival - 2d at 10:00`: a day relative to the stay and a local time on it."""

    anchor: str
    days: int
    at: dt.time

    @classmethod
    def parse(cls, text: str) -> Trigger:
        match = _TRIGGER.match(text or "")
        if match is None:
            raise ValueError(f"{text!r} is not a trigger like 'arrival - 2d at 10:00' or 'departure at 08:00'")
        anchor, sign, days, at = match.groups()
        return cls(anchor=anchor, days=(-1 if sign == "-" else 1) * int(days or 0),
                   at=dt.time.fromisoformat(_hhmm(at.zfill(5))))

    def local_moment(self, stay: GuestRecord, tz: ZoneInfo) -> dt.datetime:
        day = (stay.arrival if self.anchor == "arrival" else stay.departure) + dt.timedelta(days=self.days)
        return dt.datetime.combine(day, self.at, tzinfo=tz)


class WhatsAppTemplateRef(_Model):
    """The approved WhatsApp template a step goes as outside the 24-hour window (Meta name, Twilio Content SIDs)."""

    name: str | None = None                      # Meta template name
    languages: list[str] = ["en"]                # languages Meta approved it in (the first is the fallback)
    content_sids: dict[str, str] = {}            # Twilio Content template SID per language
    params: list[str] = []                       # the body's {{1}}, {{2}}... as journey fields

    @model_validator(mode="after")
    def _known(self) -> WhatsAppTemplateRef:
        if not self.name and not self.content_sids:
            raise ValueError("a whatsapp_template needs `name` (Meta) or `content_sids` (Twilio), or both")
        unknown = [p for p in self.params if p not in JOURNEY_FIELDS]
        if unknown:
            raise ValueError(f"params: unknown field(s) {unknown}; known: {', '.join(JOURNEY_FIELDS)}")
        bad = [lang for lang in [*self.languages, *self.content_sids] if lang not in LANGUAGES]
        if bad:
            raise ValueError(f"unknown language(s) {bad}")
        return self


class JourneyStep(_Model):
    """One message the hotel sends first: when, what in each language, on which channels."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,63}$")
    when: str
    message: dict[str, str] = Field(min_length=1)
    channels: list[str] = list(JOURNEY_CHANNELS)
    whatsapp_template: WhatsAppTemplateRef | None = None
    offer: str | None = None
    expires_after_hours: float = Field(default=12, gt=0)   # a step the hub missed by more is skipped, not sent late

    @field_validator("when")
    @classmethod
    def _trigger(cls, value: str) -> str:
        Trigger.parse(value)
        return value

    @field_validator("channels")
    @classmethod
    def _channels(cls, value: list[str]) -> list[str]:
        unknown = [c for c in value if c not in JOURNEY_CHANNELS]
        if unknown or not value:
            raise ValueError(f"channels must be some of {list(JOURNEY_CHANNELS)}, got {value}")
        return value

    @field_validator("offer")
    @classmethod
    def _offer(cls, value: str | None) -> str | None:
        if value is not None and value not in JOURNEY_OFFERS:
            raise ValueError(f"offer must be one of {list(JOURNEY_OFFERS)}")
        return value

    @field_validator("message")
    @classmethod
    def _message(cls, value: dict[str, str]) -> dict[str, str]:
        for language, text in value.items():
            if language not in LANGUAGES:
                raise ValueError(f"unknown language {language!r} (use {', '.join(LANGUAGES)})")
            unknown = _fields(text) - set(JOURNEY_FIELDS)
            if unknown:
                raise ValueError(f"{language}: unknown field(s) {sorted(unknown)}; known: {', '.join(JOURNEY_FIELDS)}")
        return value

    @property
    def trigger(self) -> Trigger:
        return Trigger.parse(self.when)

    def text_in(self, language: str, fallback: str) -> tuple[str, str]:
        """(language, message): the guest's language if written, else the hotel's, else English, else any."""
        for lang in (language, fallback, "en"):
            if lang in self.message:
                return lang, self.message[lang]
        lang = next(iter(self.message))
        return lang, self.message[lang]


class QuietHours(_Model):
    from_: str = Field(default="21:00", alias="from")
    until: str = "08:00"

    _times = field_validator("from_", "until")(classmethod(lambda cls, v: _hhmm(v)))

    def contains(self, moment: dt.time) -> bool:
        start, end = dt.time.fromisoformat(self.from_), dt.time.fromisoformat(self.until)
        return (start <= moment or moment < end) if start > end else start <= moment < end

    def end_after(self, local: dt.datetime) -> dt.datetime:
        """`local` if outside quiet hours, else the first moment they end."""
        if not self.contains(local.time()):
            return local
        end = dt.time.fromisoformat(self.until)
        day = local.date() if local.time() < end else local.date() + dt.timedelta(days=1)
        return dt.datetime.combine(day, end, tzinfo=local.tzinfo)


class Journeys(_Model):
    """Messages the hotel sends first, relative to each reservation of the export (`guests`)."""

    quiet_hours: QuietHours = QuietHours()
    steps: list[JourneyStep] = []

    @model_validator(mode="after")
    def _unique(self) -> Journeys:
        ids = [s.id for s in self.steps]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"duplicate step id(s) {dupes}")
        return self

    def step(self, step_id: str) -> JourneyStep | None:
        return next((s for s in self.steps if s.id == step_id), None)


class Hotel(_Model):
    id: str
    name: str
    address: Address = Address()
    contact: Contact = Contact()
    timezone: str
    currency: str = Field(min_length=3, max_length=3)
    languages: list[str] = ["en"]
    times: Times
    policies: Policies = Policies()
    rooms: list[RoomType]
    inventory_blocks: list[InventoryBlock] = []
    amenities: list[Amenity] = []
    menu: Menu = Menu()
    services: Services = Services()
    places: list[Place] = []
    departments: list[Department] = []
    guests: list[GuestRecord] = []
    channels: ChannelIdentities = ChannelIdentities()
    voice: VoiceChoice = VoiceChoice()
    journeys: Journeys = Journeys()
    web: WebChat = WebChat()
    kb: list[KBEntry] = []
    seasons: dict[str, Season | str] = {}   # a plain string describes a season and prices nothing

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown timezone {value!r} (use an IANA name like 'Europe/Paris')") from None
        return value

    @model_validator(mode="after")
    def _references(self) -> Hotel:
        codes = {r.code for r in self.rooms}
        for i, block in enumerate(self.inventory_blocks):
            unknown = set(block.rooms) - codes
            if unknown:
                raise ValueError(f"inventory_blocks[{i}].rooms: unknown room code(s) {sorted(unknown)}")
        for guest in self.guests:
            if guest.room_type and guest.room_type not in codes:
                raise ValueError(f"guests[{guest.reservation}].room_type: unknown room code {guest.room_type!r}")
        for step in self.journeys.steps:
            if self.default_language not in step.message and "en" not in step.message:
                raise ValueError(f"journeys.steps({step.id}).message: write it at least in {self.default_language!r}")
            if step.offer and getattr(self.times, step.offer) is None:
                raise ValueError(f"journeys.steps({step.id}).offer: the hotel has no times.{step.offer} to offer")
        seasons = self.priced_seasons()
        for key, season in seasons.items():
            if season.rate_field and not any(_figure((r.model_extra or {}).get(season.rate_field))
                                             or season.rate_field == "rate" for r in self.rooms):
                raise ValueError(f"seasons.{key}.rate_field: no room has a {season.rate_field!r} rate")
        if sum(s.rest_of_year for s in seasons.values()) > 1:
            raise ValueError("seasons: only one season without `from`/`until` can be the rest of the year")
        return self

    def priced_seasons(self) -> dict[str, Season]:
        """The seasons written as blocks (plain strings only describe)."""
        return {key: season for key, season in self.seasons.items() if isinstance(season, Season)}

    def season_on(self, night: dt.date) -> str | None:
        """The season a night is priced in: the first dated one holding it, else the rest-of-year one, if any."""
        seasons = self.priced_seasons()
        return next((k for k, s in seasons.items() if s.holds(night)), None) or \
            next((k for k, s in seasons.items() if s.rest_of_year), None)

    def rate_on(self, room: RoomType, night: dt.date) -> float:
        """The room's rate for a night: its figure for the night's season when it has one, else `rate`."""
        return self.rate_in(room, self.season_on(night))

    def rate_in(self, room: RoomType, key: str | None) -> float:
        """The room's rate in a season (none: the rest of the year): its figure for it when it has one, else
        `rate`, which is what `quote` charges a room without the season's field."""
        seasonal = self.season_rate(room, key) if key else None
        return room.rate if seasonal is None else seasonal

    def season_rate(self, room: RoomType, key: str) -> float | None:
        """The room's own figure for a season (`rate_peak`); None when it has none (it keeps `rate` then)."""
        figure = (room.model_extra or {}).get(self._rate_field(key))
        return float(figure) if _figure(figure) else None

    def deposit_percent_on(self, night: dt.date) -> float:
        """The deposit percent a night's season asks, else the hotel's `policies.deposit.percent`."""
        key = self.season_on(night)
        return self.season_deposit_percent(key) if key else self.policies.deposit.percent

    def season_deposit_percent(self, key: str) -> float:
        """A season's `deposit_percent`, else `policies.deposit.<season>_percent`, else the hotel's percent."""
        season = self.priced_seasons()[key]
        if season.deposit_percent is not None:
            return season.deposit_percent
        figure = (self.policies.deposit.model_extra or {}).get(f"{key}_percent")
        return float(figure) if _figure(figure) else self.policies.deposit.percent

    def _rate_field(self, key: str) -> str:
        return self.priced_seasons()[key].rate_field or f"rate_{key}"

    def season_fields(self) -> frozenset[str]:
        """The room and deposit fields the seasons price with: `concierge hotels check` counts them as read."""
        keys = self.priced_seasons()
        return frozenset({self._rate_field(k) for k in keys} | {f"{k}_percent" for k in keys})

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def default_language(self) -> str:
        return self.languages[0] if self.languages else "en"

    def now(self) -> dt.datetime:
        return dt.datetime.now(self.tz)

    def room(self, code: str) -> RoomType | None:
        return next((r for r in self.rooms if r.code == code), None)

    def department(self, dept_id: str) -> Department | None:
        return next((d for d in self.departments if d.id == dept_id), None)

    def amenity(self, amenity_id: str) -> Amenity | None:
        return next((a for a in self.amenities if a.id == amenity_id), None)

    def kb_entry(self, entry_id: str) -> KBEntry | None:
        return next((e for e in self.kb if e.id == entry_id), None)

    def guest_by_phone(self, phone: str | None) -> GuestRecord | None:
        if not phone:
            return None
        return next((g for g in self.guests if g.phone and g.phone == phone), None)


class KBEntry(_Model):
    id: str
    category: str = "general"
    questions: list[str] = Field(min_length=1)
    answer: str = Field(min_length=1)
    translations: dict[str, str] = {}
    language: str = ""   # what `answer` is written in; read from its text when the hotel does not say

    @model_validator(mode="after")
    def _english_first(self) -> KBEntry:
        """Everything downstream reads `answer` as English: a hotel that writes its own language first ("answer"
        in French, "en" among the translations) gets the English as the answer and its French as a translation;
        an answer with no English stays, marked with its language, so nobody passes it off as English."""
        language = self.language or written_in(self.answer)
        if language != "en":
            others = {code: text for code, text in self.translations.items() if code != "en"}
            others.setdefault(language, self.answer)
            if self.translations.get("en"):
                self.answer, language = self.translations["en"], "en"
            self.translations = others
        self.language = language
        return self

    def answer_in(self, language: str) -> str | None:
        """The answer in `language`, if the hotel wrote it."""
        if language == self.language:
            return self.answer
        return self.translations.get(language)


Hotel.model_rebuild()
_KB_LIST = TypeAdapter(list[KBEntry])


# libyaml's loader when PyYAML has it: the same safe subset, ten times faster (hotel files load at every start).
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read_yaml(path: Path) -> Any:
    try:
        with open(path, encoding="utf-8") as handle:
            return yaml.load(handle, Loader=_YAML_LOADER)
    except FileNotFoundError:
        raise HotelError(f"{path}: file not found") from None
    except yaml.YAMLError as exc:
        raise HotelError(f"{path}: not valid YAML: {exc}") from None


def _identify(node: Any) -> str | None:
    """How a person finds a list entry in the file: its id, room code or reservation."""
    if not isinstance(node, dict):
        return None
    return node.get("id") or node.get("code") or node.get("reservation")


def _describe(exc: ValidationError, path: Path, data: Any) -> str:
    """Name the file, the entry (by its id when it has one) and the field of each error."""
    lines = []
    for err in exc.errors():
        loc, node, parts = err["loc"], data, []
        for part in loc:
            if isinstance(part, int) and isinstance(node, list) and part < len(node):
                node = node[part]
                ident = _identify(node)
                parts.append(f"[{part}]" + (f"({ident})" if ident else ""))
            else:
                node = node.get(part) if isinstance(node, dict) else None
                parts.append(f".{part}")
        where = "".join(parts).lstrip(".") or "(top level)"
        lines.append(f"{path}: {where}: {err['msg']}")
    return "\n".join(lines)


def load_kb(kb_path: Path) -> list[KBEntry]:
    """Read and validate a kb.yaml (a hotel's, or one staff import)."""
    kb_data = _read_yaml(kb_path)
    if isinstance(kb_data, dict):
        kb_data = kb_data.get("entries") or kb_data.get("faq") or []
    if not isinstance(kb_data, list):
        raise HotelError(f"{kb_path}: expected a list of entries")
    try:
        entries = _KB_LIST.validate_python(kb_data)
    except ValidationError as exc:
        raise HotelError(_describe(exc, kb_path, kb_data)) from None
    ids = [e.id for e in entries]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise HotelError(f"{kb_path}: duplicate entry id(s) {dupes}")
    return entries


def load_hotel(folder: Path) -> Hotel:
    """Load and validate one hotel folder."""
    folder = Path(folder)
    hotel_path, kb_path = folder / "hotel.yaml", folder / "kb.yaml"
    data = _read_yaml(hotel_path)
    if not isinstance(data, dict):
        raise HotelError(f"{hotel_path}: expected a mapping at the top level")
    entries = load_kb(kb_path) if kb_path.exists() else []
    try:
        hotel = Hotel.model_validate(data)
    except ValidationError as exc:
        raise HotelError(_describe(exc, hotel_path, data)) from None
    hotel.kb = entries
    return hotel


def load_hotels(hotels_dir: Path) -> dict[str, Hotel]:
    """Every hotel folder (one holding a hotel.yaml) under `hotels_dir`, by id."""
    hotels_dir = Path(hotels_dir)
    if (hotels_dir / "hotel.yaml").exists():
        folders = [hotels_dir]
    else:
        folders = sorted(p for p in hotels_dir.iterdir() if (p / "hotel.yaml").exists()) if hotels_dir.is_dir() else []
    if not folders:
        raise HotelError(f"{hotels_dir}: no hotel folders (a folder with hotel.yaml) found")
    hotels: dict[str, Hotel] = {}
    for folder in folders:
        hotel = load_hotel(folder)
        if hotel.id in hotels:
            raise HotelError(f"{folder / 'hotel.yaml'}: id {hotel.id!r} is already used by another folder")
        hotels[hotel.id] = hotel
    return hotels
