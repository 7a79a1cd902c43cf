"""The guest journey: when each step of a hotel's `journeys` falls for a reservation, and who asked for none.

Planning is pure: a reservation of the export and a step give one instant, in
the hotel's timezone, moved out of the journey's quiet hours. Holds are store
rows: a guest's opt-out (by identity, on any channel, in any of the nine
languages) and a staff pause (by reservation); lifting one keeps the record.
Sending is the jobs layer's (`jobs/journeys.py`).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from core.hotels import GuestRecord, Hotel
from core.hotels import JourneyStep as StepDefinition
from core.messages import utcnow
from core.store.models import Conversation, Guest, JourneyHold, JourneyStep

# What a guest writes, alone in a message, to stop every message the hotel would send first, or to resume them.
# Matched whole (after folding case, accents and punctuation), so "stop the music in 214" is a request, not this.
OPT_OUT_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("stop", "unsubscribe", "no more messages", "stop messages", "stop sending messages", "stop messaging me",
           "opt out", "optout", "stopall", "stop all", "please stop", "stop please", "dont message me",
           "do not message me", "no more texts"),
    "es": ("parar", "detener", "basta", "no mas mensajes", "darme de baja", "dar de baja", "baja",
           "cancelar suscripcion", "no me escriban mas", "dejen de escribirme"),
    "fr": ("arret", "arreter", "desabonner", "me desabonner", "se desabonner", "desinscrire", "me desinscrire",
           "plus de messages", "arretez les messages", "stop svp"),
    "de": ("stopp", "abmelden", "abbestellen", "keine nachrichten mehr", "keine nachrichten", "austragen",
           "bitte keine nachrichten mehr"),
    "ru": ("стоп", "отписаться", "отписка", "больше не пишите", "не пишите мне", "хватит", "хватит сообщений",
           "больше никаких сообщений", "не присылайте сообщения"),
    "zh": ("停止", "退订", "取消订阅", "不要再发消息", "别再发了", "不要再发信息", "不要发消息了"),
    "ja": ("停止", "配信停止", "配信解除", "ストップ", "もう送らないで", "メッセージ不要", "メッセージはいりません"),
    "ko": ("중지", "수신거부", "수신 거부", "구독 취소", "그만", "메시지 그만", "그만 보내", "그만 보내세요"),
    "ar": ("توقف", "ايقاف", "إيقاف", "الغاء الاشتراك", "إلغاء الاشتراك", "لا مزيد من الرسائل", "اوقف الرسائل",
           "أوقف الرسائل"),
    "pt": ("parar", "pare", "cancelar inscricao", "descadastrar", "me descadastrar", "nao quero mais mensagens",
           "chega de mensagens", "parem de me mandar mensagens"),
}
RESUME_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("start", "unstop", "resume", "subscribe"),
    "es": ("reanudar", "comenzar", "suscribirme", "alta"),
    "fr": ("reprendre", "demarrer", "m abonner"),
    "de": ("fortsetzen", "anmelden"),
    "ru": ("старт", "возобновить", "подписаться"),
    "zh": ("开始", "恢复", "订阅"),
    "ja": ("開始", "再開", "スタート"),
    "ko": ("시작", "재개", "수신 동의"),
    "ar": ("ابدأ", "ابدا", "استئناف", "اشتراك"),
    "pt": ("retomar", "reativar", "inscrever"),
}
# A short "yes" to an offer the hotel made.
YES_WORDS: tuple[str, ...] = (
    "yes", "yes please", "yes thanks", "yes thank you", "sure", "ok", "okay", "yep", "yeah", "please do",
    "si", "si por favor", "claro", "oui", "oui merci", "oui svp", "volontiers", "ja", "ja bitte", "gerne",
    "да", "да пожалуйста", "是", "是的", "好", "好的", "要", "はい", "お願いします", "はい お願いします",
    "네", "예", "좋아요", "네 부탁해요", "نعم", "نعم من فضلك", "أجل", "اجل", "sim", "sim por favor", "pode ser",
    "quero", "sim obrigado", "sim obrigada",
)
# Courtesy around the words changes nothing: "stop please", "no más mensajes, por favor".
POLITE = ("please", "pls", "thanks", "thank you", "por favor", "gracias", "s il vous plait", "svp", "merci", "bitte",
          "danke", "пожалуйста", "спасибо", "请", "谢谢", "お願いします", "ください", "주세요", "감사합니다",
          "من فضلك", "شكرا", "obrigado", "obrigada")
_PUNCT = re.compile(r"[\W_]+", re.UNICODE)


def _fold(text: str) -> str:
    """Lower case, no accents (kept for CJK and Hangul), punctuation as single spaces."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = unicodedata.normalize("NFKC", plain)
    return _PUNCT.sub(" ", plain).strip()


_POLITE = sorted({_fold(w) for w in POLITE}, key=len, reverse=True)


def _core(text: str) -> str:
    """The folded message without courtesy before or after it."""
    words = _fold(text or "").split()
    trimmed = True
    while trimmed and words:
        trimmed = False
        for polite in _POLITE:
            size = len(polite.split())
            if len(words) > size and " ".join(words[:size]) == polite:
                words, trimmed = words[size:], True
            if len(words) > size and " ".join(words[-size:]) == polite:
                words, trimmed = words[:-size], True
    return " ".join(words)


_OPT_OUT = {_fold(w) for words in OPT_OUT_WORDS.values() for w in words}
_RESUME = {_fold(w) for words in RESUME_WORDS.values() for w in words}
_YES = {_fold(w) for w in YES_WORDS}


def opt_keyword(text: str) -> str | None:
    """"stop" when the whole message asks for no more messages, "start" when it asks for them again."""
    folded = _core(text)
    if folded in _OPT_OUT:
        return "stop"
    if folded in _RESUME:
        return "start"
    return None


def is_yes(text: str) -> bool:
    return _core(text) in _YES


@dataclass(frozen=True)
class PlannedStep:
    reservation: str
    step: str
    due_at: dt.datetime   # UTC
    guest_name: str
    phone: str | None


def due_at(hotel: Hotel, stay: GuestRecord, step: StepDefinition) -> dt.datetime:
    """The step's instant for this stay, in UTC: its local time, moved to the end of quiet hours if inside them."""
    local = step.trigger.local_moment(stay, hotel.tz)
    return hotel.journeys.quiet_hours.end_after(local).astimezone(dt.UTC)


def plan(hotel: Hotel) -> list[PlannedStep]:
    """Every step of every confirmed reservation of the export (cancelled stays plan nothing)."""
    return [PlannedStep(stay.reservation, step.id, due_at(hotel, stay, step), stay.name, stay.phone)
            for stay in hotel.guests if stay.status == "confirmed" for step in hotel.journeys.steps]


OFFER_HOURS = 48   # how long a journey's offer waits for the guest's yes


def open_offer(session: Session, conversation: Conversation, now: dt.datetime | None = None) -> JourneyStep | None:
    """The latest journey step sent to this conversation whose offer the guest has not answered yet."""
    since = (now or utcnow()) - dt.timedelta(hours=OFFER_HOURS)
    return session.scalar(select(JourneyStep).where(
        JourneyStep.conversation_id == conversation.id, JourneyStep.offer.is_not(None),
        JourneyStep.answered_at.is_(None), JourneyStep.status.in_(("sending", "sent")),
        JourneyStep.claimed_at >= since).order_by(JourneyStep.claimed_at.desc()).limit(1))


def offered_in(session: Session, conversation: Conversation, reservation: str) -> bool:
    """Whether the hub itself sent this reservation's journey to this conversation (so it is the guest's)."""
    return session.scalar(select(JourneyStep.id).where(JourneyStep.conversation_id == conversation.id,
                                                       JourneyStep.reservation == reservation).limit(1)) is not None


# ---------------------------------------------------------------- holds


def guest_identities(stay: GuestRecord, conversations: list[Conversation]) -> set[str]:
    """How this reservation's guest is known to the hub: the phone, and the handles of its linked chats."""
    identities = {stay.phone} if stay.phone else set()
    return identities | {c.guest.identity for c in conversations if c.guest is not None}


def linked_conversations(session: Session, hotel_id: str, stay: GuestRecord) -> list[Conversation]:
    """The guest's conversations, newest first: by phone (SMS, WhatsApp, a chat or widget whose guest gave
    it), or one a step of this reservation's journey already went to."""
    matches = [Conversation.id.in_(select(JourneyStep.conversation_id).where(
        JourneyStep.hotel_id == hotel_id, JourneyStep.reservation == stay.reservation))]
    if stay.phone:
        matches += [Guest.phone == stay.phone, Conversation.address == stay.phone]
    return list(session.scalars(select(Conversation).outerjoin(Guest, Conversation.guest_id == Guest.id)
                                .where(Conversation.hotel_id == hotel_id, or_(*matches))
                                .order_by(Conversation.last_inbound_at.desc().nulls_last(),
                                          Conversation.id.desc())))


def active_hold(session: Session, hotel_id: str, reservation: str, identities: set[str]) -> JourneyHold | None:
    """The guest's opt-out or the staff pause that stops this reservation's journey, if any."""
    clauses = [(JourneyHold.kind == "paused") & (JourneyHold.reservation == reservation)]
    if identities:
        clauses.append((JourneyHold.kind == "opt_out") & JourneyHold.identity.in_(identities))
    return session.scalar(select(JourneyHold).where(JourneyHold.hotel_id == hotel_id,
                                                    JourneyHold.lifted_at.is_(None), or_(*clauses))
                          .order_by(JourneyHold.id).limit(1))


def _identity(conversation: Conversation) -> str:
    guest = conversation.guest
    if guest is not None:
        return guest.phone or guest.identity
    return conversation.address if conversation.address.startswith("+") else conversation.key


def opt(session: Session, conversation: Conversation, keyword: str, words: str) -> None:
    """The guest wrote "stop" (hold their journeys) or "start" (lift their hold), on any channel."""
    identity = _identity(conversation)
    holds = session.scalars(select(JourneyHold).where(JourneyHold.hotel_id == conversation.hotel_id,
                                                      JourneyHold.kind == "opt_out", JourneyHold.identity == identity,
                                                      JourneyHold.lifted_at.is_(None))).all()
    if keyword == "stop" and not holds:
        session.add(JourneyHold(hotel_id=conversation.hotel_id, kind="opt_out", identity=identity,
                                channel=conversation.channel, words=words[:200], by="guest"))
    elif keyword == "start":
        for hold in holds:
            hold.lifted_at, hold.lifted_by = utcnow(), "guest"
    session.flush()


def pause(session: Session, hotel_id: str, reservation: str, by: str, note: str | None = None) -> bool:
    """Staff pause a guest's journey; False when it was already paused."""
    if active_hold(session, hotel_id, reservation, set()) is not None:
        return False
    session.add(JourneyHold(hotel_id=hotel_id, kind="paused", reservation=reservation, by=by, words=note))
    session.flush()
    return True


def resume(session: Session, hotel_id: str, reservation: str, by: str) -> bool:
    """Staff lift their pause; False when the journey was not paused."""
    hold = active_hold(session, hotel_id, reservation, set())
    if hold is None:
        return False
    hold.lifted_at, hold.lifted_by = utcnow(), by
    return True


# ---------------------------------------------------------------- what staff see


def stay_for(hotel: Hotel, ref: str) -> GuestRecord | None:
    """The reservation a room number or reservation code names (in-house guests first)."""
    key = ref.strip().lstrip("#").lower()
    today = hotel.now().date()
    stays = sorted((g for g in hotel.guests if key in (g.reservation.lower(), (g.room or "").lower())),
                   key=lambda g: not (g.arrival <= today < g.departure))
    return stays[0] if stays else None


def journey_lines(session: Session, hotel: Hotel, reservation: str) -> list[str]:
    """One line per step of the guest's journey, in time order: when (hotel time), what became of it and why."""
    rows = session.scalars(select(JourneyStep).where(JourneyStep.hotel_id == hotel.id,
                                                     JourneyStep.reservation == reservation)
                           .order_by(JourneyStep.due_at)).all()
    lines = []
    for row in rows:
        when = row.due_at.astimezone(hotel.tz).strftime("%a %d %b %H:%M")
        what = {"sent": f"sent on {row.channel}", "sending": f"sending on {row.channel}"}.get(row.status, row.status)
        lines.append(f"{row.step} · {when} · {what}" + (f" ({row.reason})" if row.reason else ""))
    stay = next((g for g in hotel.guests if g.reservation == reservation), None)
    identities = guest_identities(stay, linked_conversations(session, hotel.id, stay)) if stay is not None else set()
    hold = active_hold(session, hotel.id, reservation, identities)
    if hold is not None:
        lines.append(f"on hold: paused by {hold.by}" if hold.kind == "paused" else
                     f"on hold: the guest opted out on {hold.channel} (\u201c{hold.words}\u201d)")
    return lines
