"""`wake_up_call`: Schedule a wake-up call at a time in the hotel's timezone."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field
from sqlalchemy import select

from core.effects import WakeUpScheduled
from core.i18n import say
from core.store.models import WakeUpCall
from skills.base import Skill, SkillContext, SkillResult
from skills.formatting import long_date
from skills.guest import guest_room


class Args(BaseModel):
    """Arguments of `wake_up_call` (also the LLM tool schema)."""

    time: str = Field(pattern=r"^([01]?\d|2[0-3]):[0-5]\d$", description="24h HH:MM in the hotel's timezone")
    date: dt.date | None = Field(default=None, description="day of the call; the next such time when unset")
    room: str | None = None
    moves: bool = Field(default=False, description="the guest moves the call already set to this time (\"actually, "
                                                   "make it 6:15\"): that one is cancelled, not kept beside it")


def call_moment(now: dt.datetime, at: dt.time, day: dt.date | None = None) -> dt.datetime:
    """The call as a local datetime: on `day`, else the next time the clock shows `at` after `now`.

    Built by wall-clock date and time in the hotel's zone, so 06:45 stays 06:45 across a DST change.
    """
    zone = now.tzinfo
    if day is None:
        day = now.date()
        if dt.datetime.combine(day, at, tzinfo=zone) <= now:
            day += dt.timedelta(days=1)
    return dt.datetime.combine(day, at, tzinfo=zone)


def _day_words(ctx: SkillContext, day: dt.date) -> str:
    today = ctx.now.date()
    if day == today:
        return say("today", ctx.language)
    if day == today + dt.timedelta(days=1):
        return say("tomorrow", ctx.language)
    return long_date(day, ctx.language, weekday=True)


def not_offered(ctx: SkillContext) -> SkillResult | None:
    """A hotel without wake-up calls (no room phones, no night desk): the guest is told so, not asked a time."""
    if ctx.hotel.services.wake_up_calls.available:
        return None
    return SkillResult(text=say("wake_not_offered", ctx.language), ok=False, data={"offered": False})


def _moved(ctx: SkillContext, at: dt.datetime) -> str | None:
    """Cancel the conversation's latest call still to ring, when it is not at `at`: the guest moved it, and two
    calls would wake them twice. Its time as it was said, or None when there was none to move."""
    call = ctx.session.scalar(select(WakeUpCall).where(WakeUpCall.conversation_id == ctx.conversation.id,
                                                       WakeUpCall.status == "scheduled",
                                                       WakeUpCall.at > ctx.now.astimezone(dt.UTC))
                              .order_by(WakeUpCall.id.desc()).limit(1))
    if call is None or call.at == at:
        return None
    call.status = "cancelled"
    return call.local_time[-5:]


def run(ctx: SkillContext, args: Args) -> SkillResult:
    if (refusal := not_offered(ctx)) is not None:
        return refusal
    hour, minute = (int(part) for part in args.time.split(":"))
    local = call_moment(ctx.now, dt.time(hour, minute), args.date)
    hhmm = local.strftime("%H:%M")
    if local <= ctx.now:
        return SkillResult(text=say("wake_past", ctx.language, time=hhmm), ok=False, missing=["time"])
    at = local.astimezone(dt.UTC)
    room = guest_room(ctx, args.room)
    moved = _moved(ctx, at) if args.moves else None
    call = ctx.session.scalar(select(WakeUpCall).where(WakeUpCall.conversation_id == ctx.conversation.id,
                                                       WakeUpCall.at == at, WakeUpCall.status == "scheduled"))
    if call is None:  # asking twice for the same call schedules it once
        call = WakeUpCall(hotel_id=ctx.hotel.id, conversation_id=ctx.conversation.id, room=room, at=at,
                          local_time=local.strftime("%Y-%m-%d %H:%M"))
        ctx.session.add(call)
        ctx.session.flush()
        ctx.effects.append(WakeUpScheduled(call_id=call.id))
    text = say("wake_moved", ctx.language, time=hhmm, day=_day_words(ctx, local.date()), before=moved) if moved \
        else say("wake_set", ctx.language, time=hhmm, day=_day_words(ctx, local.date()))
    return SkillResult(text=text, data={"call_id": call.id, "local_time": call.local_time, "at_utc": at.isoformat(),
                                        "timezone": ctx.hotel.timezone, "room": room})


SKILL = Skill(
    name="wake_up_call",
    description="Schedule a wake-up call at a time in the hotel's timezone.",
    args=Args,
    services=("wake_up_calls",),
    examples=(  # several per language: the offline brain's router learns the skill from them
        "Wake me up at 6:45", "Can I get a wake-up call tomorrow at 7?", "Please wake me at quarter to seven",
        "Could you give me a call at 7 tomorrow morning to wake me?", "¿Me pueden despertar a las 7?",
        "Quiero una llamada despertador a las seis", "Pouvez-vous me réveiller à 7h ?",
        "Un réveil à 6h30 demain, s'il vous plaît", "Bitte wecken Sie mich um 7 Uhr",
        "Ich hätte gern einen Weckruf um halb sieben", "Разбудите меня в 7 утра",
        "Поставьте, пожалуйста, звонок-будильник на 6:30", "明天早上7点叫醒我", "请六点半打电话叫醒我们",
        "明日の朝7時に起こしてください", "6時半にモーニングコールをお願いします", "내일 아침 7시에 깨워 주세요",
        "6시 반에 모닝콜 부탁해요", "أيقظني الساعة السابعة صباحا", "أريد مكالمة إيقاظ الساعة السادسة والنصف",
        "Pode me acordar amanhã às 7 da manhã?", "Quero um despertador às 6h30",
        "Me liga para acordar às oito, por favor",
    ),
    run=run,
    asks=(("time", "ask_wake_time"),),
    refuses=not_offered,
)
