"""The concierge: a guest's words in, the brain's answer, records and effects out.

Every channel and `/api/chat` come through `agent.turn.take_turn` (or
`Concierge.handle`, the same); once its guards let a message through, `answer`
decides here and not in a brain: the language, whether staff own the
conversation (then the bot stays quiet), empty or overlong words, the transcript.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from typing import Any

from agent.brains import Brain, BrainAnswer, BrainInput, BrainUnavailable
from agent.runtime import Runtime
from agent.turn import Turn, TurnResult, conclude, take_turn
from core import handoff, journeys
from core.conversations import open_conversation, recent_history, record
from core.effects import GuestMessageForStaff
from core.hotels import LANGUAGES
from core.i18n import say
from core.messages import InboundMessage, SkillCall, Trace, utcnow
from core.metrics import TURN_SECONDS
from core.store.models import Conversation
from core.translit import in_chinese_script, writes_traditional
from skills import check_out, early_check_in
from skills.base import SkillContext

log = logging.getLogger(__name__)


class Concierge:
    def __init__(self, runtime: Runtime, offline: Brain, llm: Brain | None = None):
        self.rt = runtime
        self.offline = offline
        self.llm = llm

    @classmethod
    def for_runtime(cls, runtime: Runtime) -> Concierge:
        """The concierge every entry point builds (web, workers, chat): offline brain, plus the LLM if set."""
        from agent.brains.offline import OfflineBrain

        llm = None
        if runtime.settings.llm_model:
            from agent.brains.llm import LLMBrain

            llm = LLMBrain(runtime.settings)
        return cls(runtime, OfflineBrain(runtime), llm)

    def warm(self) -> None:
        """Train the offline brain's router for every hotel now: a worker's first turn otherwise loads the
        sentence encoder and trains it (11-14 s measured under load) while its guest waits."""
        from agent.brains.offline import OfflineBrain

        if isinstance(self.offline, OfflineBrain):
            self.offline.warm(self.rt.kb(hotel_id) for hotel_id in self.rt.hotels)

    def handle(self, message: InboundMessage, **turn: Any) -> TurnResult:
        """Answer one guest message (`turn`: the other fields of `agent.turn.Turn`, e.g. `address`)."""
        return take_turn(self, Turn(message, **turn))

    def answer(self, message: InboundMessage, *, address: str | None = None,
               transcript: str | None = None, language_hint: str | None = None) -> TurnResult:
        """The brain's part of a turn the guards let through. `address` is where replies go (default: sender)."""
        hotel = self.rt.hotel(message.hotel_id)
        settings = self.rt.settings
        text = (transcript if transcript is not None else message.text or "").strip()
        with self.rt.db.session() as session:
            conversation = open_conversation(session, hotel.id, message.channel, address or message.sender,
                                             sender=message.sender or None, sender_name=message.sender_name)
            _forget_if_idle(conversation, settings.conversation_idle_minutes)
            # The guest's own language even where the hotel lists fewer: the concierge speaks all nine, and a
            # Spanish guest of a ryokan is better served in Spanish (with the KB's English where it has no
            # Spanish) than in Japanese. The hotel's `languages` say what its KB and journeys are written in.
            language = language_hint or self.rt.languages.detect(text, previous=conversation.language,
                                                                 default=hotel.default_language)
            if language not in LANGUAGES:   # a transcriber's hint may name a language the concierge lacks words for
                language = hotel.default_language
            conversation.language = language   # before the message is recorded: one UPDATE of the conversation
            inbound = record(session, conversation, "in", "guest", message.text, transcript=transcript,
                             provider_id=message.provider_id or None,
                             media=[m.model_dump(mode="json") for m in message.media])
            trace = Trace(language=language, transcript=transcript, handoff=conversation.handoff_active)
            result = TurnResult(conversation.id, [], trace, inbound_message_id=inbound.id)

            if conversation.handoff_active:
                # Staff own this conversation: the guest's words go to them, the bot stays quiet.
                result.effects.append(GuestMessageForStaff(conversation_id=conversation.id, message_id=inbound.id))
                return conclude(session, conversation, result)
            if not text:
                return conclude(session, conversation, result, say("empty_message", language))
            if len(text) > settings.max_message_chars:
                return conclude(session, conversation, result,
                                say("too_long", language, limit=settings.max_message_chars))

            keyword = journeys.opt_keyword(text)
            if keyword:   # "stop"/"start" in any language, on any channel: the hotel's own messages end or resume
                journeys.opt(session, conversation, keyword, text)
                phrase = "journey_stopped" if keyword == "stop" else "journey_resumed"
                return conclude(session, conversation, result, say(phrase, language, hotel=hotel.name))

            ctx = SkillContext(hotel=hotel, session=session, conversation=conversation, language=language,
                               now=hotel.now(), kb=self.rt.kb(hotel.id),
                               sender=message.sender if message.sender else None, channel=message.channel.value,
                               public_base_url=settings.public_base_url,
                               payments=self.rt.payments, unverified_hold_cap=settings.unverified_hold_cap,
                               has_desk=lambda: handoff.has_desk(session, settings, hotel, message.channel.value))
            offered = _offer_taken(ctx, text)
            answer, brain = (offered, "offline") if offered is not None else self._think(
                BrainInput(text=text, ctx=ctx, history=recent_history(session, conversation)[:-1]))
            trace.brain = brain
            trace.skills = answer.skills
            trace.kb = answer.kb
            result.cost_usd = answer.cost_usd
            result.effects.extend(ctx.effects)
            if answer.handoff and not conversation.handoff_active:
                if ctx.staff_desk:
                    result.effects.append(handoff.start(conversation, reason=_handoff_reason(answer, text)))
                    conversation.handoff_acknowledged = True
                else:   # nobody could take it: never a silent handoff
                    answer.text = f"{answer.text} {handoff.no_desk_reply(hotel, language)}".strip()
            trace.handoff = conversation.handoff_active
            return conclude(session, conversation, result, _in_guests_script(answer.text, text, ctx),
                            payment_url=answer.payment_url)

    def _think(self, turn: BrainInput) -> tuple[BrainAnswer, str]:
        started = time.monotonic()
        answer, brain = None, "offline"
        if self.llm is not None:
            # Records written by skills the model called are undone if its answer is refused,
            # so the offline brain's turn does not write them twice.
            savepoint = turn.ctx.session.begin_nested()
            try:
                answer, brain = self.llm.respond(turn), "llm"
                savepoint.commit()
            except BrainUnavailable as exc:
                log.warning("LLM brain unavailable, offline brain answers: %s", exc)
                savepoint.rollback()
                turn.ctx.effects.clear()
        if answer is None:
            answer = self.offline.respond(turn)
        skill = answer.skills[0].name if answer.skills else "none"
        TURN_SECONDS.labels(brain=brain, skill=skill).observe(time.monotonic() - started)
        return answer, brain


def _forget_if_idle(conversation: Conversation, minutes: float) -> None:
    """A guest back after a break starts afresh: yesterday's booking slots and "not sure" count do not carry over."""
    last = conversation.last_inbound_at
    if last is not None and utcnow() - last > dt.timedelta(minutes=minutes):
        conversation.state = {}


def _in_guests_script(reply: str, text: str, ctx: SkillContext) -> str:
    """A Chinese reply in the characters the guest writes, traditional (Taiwan, Hong Kong) or simplified, whichever
    the hotel's answer and the phrases are written in; as the conversation last showed when this message does not
    tell, and as it stands when nothing has."""
    if ctx.language != "zh":
        return reply
    traditional = writes_traditional(text)
    if traditional is None:
        traditional = ctx.state.get("traditional")
    else:
        ctx.remember(traditional=traditional)
    return reply if traditional is None else in_chinese_script(reply, traditional)


def _offer_taken(ctx: SkillContext, text: str) -> BrainAnswer | None:
    """A "yes" to the offer a journey step made in this conversation opens its skill, once."""
    step = journeys.open_offer(ctx.session, ctx.conversation) if journeys.is_yes(text) else None
    if step is None:
        return None
    step.answered_at = utcnow()
    skill, args = ((early_check_in.SKILL, early_check_in.Args(reservation_code=step.reservation))
                   if step.offer == "early_check_in" else (check_out.SKILL, check_out.Args(late=True)))
    outcome = skill.run(ctx, args)
    call = SkillCall(name=skill.name, args=args.model_dump(mode="json", exclude_none=True, exclude_defaults=True),
                     ok=outcome.ok)
    return BrainAnswer(text=outcome.text, skills=[call], payment_url=outcome.payment_url)


def _handoff_reason(answer: BrainAnswer, text: str) -> str:
    for call in answer.skills:
        if call.name == "handoff_to_staff" and call.args.get("reason"):
            return str(call.args["reason"])
        if call.name == "complaints":
            return "complaint: " + text[:200]
    return "guest asked for a person: " + text[:200]


__all__ = ["Concierge", "TurnResult"]
