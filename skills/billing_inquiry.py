"""`billing_inquiry`: The guest's balance or itemised bill, only for the phone on the reservation."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from core.hotels import GuestRecord
from core.i18n import say
from skills.base import Skill, SkillContext, SkillResult
from skills.formatting import long_date, money, to_minor
from skills.guest import verified_guest


class Args(BaseModel):
    """Arguments of `billing_inquiry` (also the LLM tool schema)."""

    reservation: str | None = Field(default=None, description="reservation code the guest mentions")
    detail: Literal["balance", "folio"] = "balance"


def balance_minor(guest: GuestRecord, currency: str) -> int:
    """The balance the hotel's system states, else the sum of the folio lines."""
    if guest.balance is not None:
        return to_minor(guest.balance, currency)
    return sum(to_minor(line.amount, currency) for line in guest.folio)


def run(ctx: SkillContext, args: Args) -> SkillResult:
    """A bill goes only to the phone on the booking: names, room numbers or codes in the message prove nothing."""
    guest = verified_guest(ctx)
    asked_other = args.reservation and guest is not None \
        and args.reservation.strip().upper() != guest.reservation.upper()
    if guest is None or asked_other:
        return SkillResult(text=say("billing_verify", ctx.language, phone=ctx.hotel.contact.phone),
                           data={"verified": False})
    currency = ctx.hotel.currency
    owed = balance_minor(guest, currency)
    data = {"verified": True, "reservation": guest.reservation, "balance_minor": owed, "currency": currency}
    if args.detail == "balance":
        return SkillResult(text=say("billing_balance", ctx.language, reservation=guest.reservation,
                                    balance=money(owed, currency)), data=data)
    data["folio"] = [{"date": line.date.isoformat(), "description": line.description,
                      "amount_minor": to_minor(line.amount, currency)} for line in guest.folio]
    lines = [f"• {long_date(line.date, ctx.language)}: {line.description}, {money(row['amount_minor'], currency)}"
             for line, row in zip(guest.folio, data["folio"], strict=True)]
    text = "\n".join([say("billing_folio_intro", ctx.language, reservation=guest.reservation), *lines,
                      say("billing_balance_line", ctx.language, balance=money(owed, currency))])
    return SkillResult(text=text, data=data)

SKILL = Skill(
    name="billing_inquiry",
    description="The guest's current balance or itemised bill; only for the guest whose phone matches the reservation.",
    args=Args,
    examples=(  # several per language: the offline brain's router learns the skill from them
        "What's my balance?", "Can you list the charges on my bill?", "How much do I owe?",
        "What's the total on my room so far?", "Could I see what's been charged to my room?",
        "What was the minibar charge on my folio?", "¿Cuánto llevo gastado en la habitación?",
        "¿Me puede enseñar los cargos de mi cuenta?", "Je voudrais voir le détail de ma facture",
        "Combien reste-t-il à payer sur ma chambre ?", "Was steht bisher auf meiner Zimmerrechnung?",
        "Wie viel habe ich noch offen?", "Какая сумма у меня сейчас к оплате?",
        "Покажите, пожалуйста, мой счёт за номер", "我现在一共消费了多少钱？", "能看一下我房间的账单明细吗？",
        "今の時点で部屋の料金はいくらになっていますか？", "請求の明細を見せてください",
        "지금까지 객실 요금이 얼마 나왔나요?", "제 청구 내역 좀 보여 주세요", "كم يبلغ حسابي حتى الآن؟",
        "أريد الاطلاع على تفاصيل فاتورة غرفتي",
        "ما هو رصيد غرفتي الآن؟", "Сколько набежало по моему номеру?",
        "部屋の請求はいくらですか？", "我的账单现在是多少？", "내 방 요금 합계가 얼마예요?",
    ),
    run=run,
)
