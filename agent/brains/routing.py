"""Which skill each part of a guest's message is for.

High-precision rules first (a wake-up call, a bill, a person, a broken AC are
said in recognisable ways in every language), then the learned router
(`router.py`) for everything the rules miss, with the FAQ as the default: most
of what guests write is a question the hotel's FAQ answers.
The rules name *candidates*; the brain decides with what it remembers
(a "pay" with no room chosen yet is a question for the FAQ, not a payment).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from agent.brains import counting, upkeep
from agent.brains.faults import (
    AV_FAULT,
    COMPLAINT,
    HOURS_ASKED,
    NOISE_ASKED,
    OWN_THING_DOWN,
    PLEA,
    REPAIR,
    SAFE_ASKED,
    SEND_PERSON,
    SOMEONE_COME,
    SUPPOSED,
    UNCLEANED,
)
from agent.brains.framing import ASKING_ABOUT, WHERE_OR_HOW
from agent.brains.money import BILL, BILL_NOT, OTHERS_BILL
from agent.brains.patterns import rx
from agent.brains.stay_words import CHECKOUT_NOW, EARLY_CHECK_IN, EXTEND_STAY, LATE_CHECKOUT, WAKE
from agent.brains.urgent import (
    EMERGENCY,
    EMERGENCY_WORD,
    HAZARD,
    HUMAN,
    IF_EVER,
    SMOKING,
    WILD_ANIMAL,
    asks_emergency_number,
    unwell_now,
)
from agent.brains.wants import FEEDBACK, ITINERARY, PRICE, WIFI, WIFI_ASK
from core.written import without_harakat
from skills.billing_inquiry import STILL_TO_PAY
from skills.complaints import HEATER_COLD, LOCKED_SAFE, NOISE, SLEEPER, THEFT, UNSAFE
from skills.feedback import PRAISE


@dataclass(frozen=True)
class Rule:
    intent: str
    matches: Callable[[str], bool]


# A length of day alone ("a half day out"): a plan, unless a price or a rental is asked ("the meeting room for a
# half day, how much?", "can we hire it for a full day?"): a plan has no price; what is priced or rented by the
# day is something the hotel has, for the FAQ.
DAY_SPAN = rx(r"\bhalf[\s-]day\b|\bfull[\s-]day\b")
FOLLOW_UP_WORDS = 3  # "and for a half day?", "what about a full day?": words beside the span of a bare follow-up
RENTAL = rx(r"\b(?:rent\w*|hir(?:e|ed|ing)|lease|book\w*|reserv\w*)\b")


def _day_to_fill(text: str) -> bool:
    """A half or full day the guest wants filled ("a half day exploring the harbor, any ideas?"); "and a half
    day?" alone asks the question before it again, for another span."""
    return bool(DAY_SPAN.search(text)) and len(re.findall(r"[^\W\d_]+", DAY_SPAN.sub(" ", text))) > FOLLOW_UP_WORDS


def _has(pattern: re.Pattern[str], unless: re.Pattern[str] | None = None) -> Callable[[str], bool]:
    return lambda text: bool(pattern.search(text)) and not (unless and unless.search(text))


# Priority order: a request for a person or an emergency wins over everything said around it.
RULES = (
    Rule("handoff_to_staff", _has(HUMAN)),
    Rule("emergency", lambda text: bool(EMERGENCY.search(text) or (
        EMERGENCY_WORD.search(text) and asks_emergency_number(text)))),  # "緊急の番号は？": answered, no staff
    Rule("emergency", lambda text: bool(HAZARD.search(text) and not SMOKING.search(text) and not IF_EVER.search(text))),
    Rule("emergency", _has(WILD_ANIMAL, unless=IF_EVER)),  # "there's a snake under the bed": a person now
    Rule("emergency", unwell_now),  # "he's dizzy and nauseous, what should we do?"
    # "no cleaning today, please": nothing is wrong; "is there a do-not-disturb sign?" asks the FAQ
    Rule("housekeeping", _has(upkeep.NO_CLEANING, unless=rx(ASKING_ABOUT.pattern, WHERE_OR_HOW.pattern,
                                                              UNCLEANED.pattern))),
    # "minibar's empty, can someone restock it?"; not "is the minibar restocked daily?", "how often…", "is it free?"
    Rule("housekeeping", _has(upkeep.RESTOCK, unless=rx(ASKING_ABOUT.pattern, WHERE_OR_HOW.pattern,
                                                         r"\b(?:daily|every\s+day|how\s+often)\b"))),
    # "the shower is leaking"; not a flood supposed ("what happens if it floods?"). A fault told with a worry ("worried
    # about the leak in the bathroom") is reported all the same: better a ticket too many than a leak unseen
    Rule("complaints", lambda text: not SUPPOSED.search(text) and bool(COMPLAINT.search(OWN_THING_DOWN.sub(
        " ", HOURS_ASKED.sub(" ", NOISE_ASKED.sub(" ", SLEEPER.sub(" ", text))))))),
    Rule("complaints", _has(UNCLEANED)),
    Rule("complaints", _has(THEFT)),
    Rule("complaints", lambda text: bool(NOISE.search(NOISE_ASKED.sub(" ", text)))),
    # "the radiators are stone cold", not "do the radiators get cold at night?"
    Rule("complaints", _has(HEATER_COLD, unless=rx(ASKING_ABOUT.pattern, r"^\s*(?:do|does|is|are|will|would)\b"))),
    Rule("complaints", _has(UNSAFE)),  # "someone keeps knocking and I don't feel safe": a person now
    Rule("complaints", _has(PLEA, unless=IF_EVER)),  # "our guide is late every morning, can you do something?"
    Rule("complaints", _has(AV_FAULT)),
    # "the safe won't open and our passports are inside"; not "is the safe locked while we're out?", "how do I lock it?"
    Rule("complaints", _has(LOCKED_SAFE, unless=SAFE_ASKED)),
    # "can you send someone to fix the heating?", "could someone come and look at the shower?": a fault to see to
    Rule("complaints", lambda text: bool((SEND_PERSON.search(text) or SOMEONE_COME.search(text))
                                         and REPAIR.search(text))),
    Rule("check_availability", _has(EXTEND_STAY)),
    Rule("wake_up_call", _has(WAKE)),
    Rule("billing_inquiry", _has(BILL, unless=BILL_NOT)),
    Rule("billing_inquiry", _has(OTHERS_BILL)),  # another guest's bill: asked of the skill, which keeps it private
    Rule("billing_inquiry", _has(STILL_TO_PAY, unless=rx(r"\b(?:split|dispute|wrong|incorrect|mistake|refund|"
                                                           r"methods?|cards?)\b"))),
    Rule("late_check_out", _has(LATE_CHECKOUT)),
    Rule("early_check_in", _has(EARLY_CHECK_IN)),
    Rule("check_out", _has(CHECKOUT_NOW)),
    Rule("wifi_info", lambda text: bool(WIFI.search(text) and WIFI_ASK.search(text))),
    # "一日游多少钱？" asks the price of a day tour, not for a plan of the day
    Rule("itinerary_plan", lambda text: bool((ITINERARY.search(text) or _day_to_fill(text)) and
                                             not PRICE.search(text) and not RENTAL.search(text))),
    Rule("feedback", lambda text: counting.rating(text) is not None or bool(
        FEEDBACK.search(text) and not WHERE_OR_HOW.search(text))),  # "where can I leave a review?" is for the FAQ
    Rule("feedback", _has(PRAISE, unless=COMPLAINT)),  # "the waiter was lovely but the room is dirty": the complaint
)


def rule_intents(text: str) -> list[str]:
    """Every rule intent the clause states, strongest first, once (Arabic read without its optional vowels)."""
    text = without_harakat(text)
    return list(dict.fromkeys(rule.intent for rule in RULES if rule.matches(text)))
