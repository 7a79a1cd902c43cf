"""`wifi_info`: The guest wifi network name and password."""

from __future__ import annotations

from pydantic import BaseModel

from core.i18n import say
from skills.base import Skill, SkillContext, SkillResult
from skills.formatting import hotel_text, money, to_minor


class Args(BaseModel):
    """Arguments of `wifi_info` (also the LLM tool schema)."""

    pass


def run(ctx: SkillContext, args: Args) -> SkillResult:
    wifi = ctx.hotel.services.wifi
    if wifi is None:
        return SkillResult(text=say("wifi_unknown", ctx.language), ok=False)
    parts = [say("wifi_details", ctx.language, network=wifi.network, password=wifi.password)]
    price = to_minor(wifi.price, ctx.hotel.currency)
    parts.append(say("wifi_free", ctx.language) if price == 0
                 else say("wifi_price", ctx.language, price=money(price, ctx.hotel.currency)))
    parts.append(hotel_text(ctx.hotel, ctx.language, wifi.coverage))
    return SkillResult(text=" ".join(p for p in parts if p),
                       data={"network": wifi.network, "password": wifi.password, "price_minor": price,
                             "currency": ctx.hotel.currency, "coverage": wifi.coverage})


SKILL = Skill(
    name="wifi_info",
    description="The guest wifi network name and password.",
    args=Args,
    services=("wifi",),
    examples=("What's the wifi password?", "wifi pw", "How do I get online?"),
    run=run,
)
