"""`/pay/{token}`: the offline demo checkout, and `/pay/thanks`, where Stripe Checkout sends the guest back.

The demo stands in for Stripe Checkout when no `STRIPE_SECRET_KEY` is set, in
embedded mode or with `PAYMENTS_DEMO=1`, so the whole booking flow can be tried
without an account. It says on every page that no money moves, and Pay / Cancel
go through the same job as Stripe's `checkout.session.completed` /
`checkout.session.expired` events. Anywhere else (a Stripe key set, or a
production hub that did not ask for the demo) its routes answer 404 as if they
did not exist: a "Pay" button there would confirm bookings for free.
"""

from __future__ import annotations

from html import escape
from string import Template

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from agent.runtime import Runtime
from core.hotels import LANGUAGES
from core.i18n import say
from core.messages import utcnow
from core.store.models import Conversation, Payment, Reservation
from jobs.intake import accept_stripe_event, demo_event
from skills.formatting import long_date, money
from skills.inventory import deposit_share

router = APIRouter()

_PAGE = Template("""<!doctype html>
<html lang="$lang" dir="$direction"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>$title</title>
<style>
body{font-family:system-ui,sans-serif;background:#f4f4f5;margin:0;padding:2rem 1rem;color:#18181b}
main{max-width:28rem;margin:auto;background:#fff;border-radius:12px;padding:1.5rem;box-shadow:0 1px 4px #0002}
.test{background:#fde047;border:2px dashed #a16207;border-radius:8px;padding:.75rem;font-weight:600}
.amount{font-size:2rem;font-weight:700;margin:.5rem 0}
form{display:flex;gap:.75rem;margin-top:1.25rem}
button{flex:1;font-size:1rem;padding:.8rem;border-radius:8px;border:1px solid #a1a1aa;background:#fff;cursor:pointer}
button[value=pay]{background:#16a34a;border-color:#16a34a;color:#fff}
</style></head>
<body><main>$banner$content</main></body></html>""")


@router.get("/pay/thanks", response_class=HTMLResponse)
async def thanks(lang: str = "en") -> HTMLResponse:
    """Stripe Checkout's `success_url`: the confirmation itself arrives in the chat, after Stripe's event."""
    lang = lang if lang in LANGUAGES else "en"
    return _page(lang, say("pay_page_thanks", lang), f"<p>{escape(say('pay_page_thanks', lang))}</p>", test=False)


@router.get("/pay/{token}", response_class=HTMLResponse)
async def checkout_page(token: str, request: Request) -> HTMLResponse:
    return await run_in_threadpool(_show, _runtime(request), token)


@router.post("/pay/{token}", response_class=HTMLResponse)
async def checkout_action(token: str, request: Request, action: str = Form(...)) -> HTMLResponse:
    if action not in ("pay", "cancel"):
        raise HTTPException(400, "action must be pay or cancel")
    return await run_in_threadpool(_act, _runtime(request), token, action)


def _runtime(request: Request) -> Runtime:
    runtime: Runtime = request.app.state.runtime
    if not runtime.settings.demo_checkout:
        raise HTTPException(404, "Not Found")
    return runtime


def _show(runtime: Runtime, token: str) -> HTMLResponse:
    with runtime.db.session() as session:
        payment, reservation, lang = _find(session, token)
        state = _state(payment, reservation)
        if state != "open":
            return _closed(lang, state)
        hotel = runtime.hotel(payment.hotel_id)
        room = hotel.room(reservation.room_code)
        summary = say("pay_checkout_title", lang, hotel=hotel.name, room=room.name if room else reservation.room_code,
                      check_in=long_date(reservation.check_in, lang), check_out=long_date(reservation.check_out, lang),
                      share=deposit_share(hotel, lang, reservation.check_in, reservation.check_out))
        amount = money(payment.amount_minor, payment.currency)
        content = (f"<h1>{escape(hotel.name)}</h1><p>{escape(summary)}</p>"
                   f"<p class=amount>{escape(amount)}</p><p>{escape(reservation.code)}</p>"
                   f"<form method=post><button name=action value=pay>{escape(say('pay_page_pay', lang, amount=amount))}"
                   f"</button><button name=action value=cancel>{escape(say('pay_page_cancel', lang))}</button></form>")
        return _page(lang, say("pay_page_title", lang), content)


def _act(runtime: Runtime, token: str, action: str) -> HTMLResponse:
    with runtime.db.session() as session:
        payment, reservation, lang = _find(session, token)
        state = _state(payment, reservation)
    if state != "open":
        return _closed(lang, state)
    accept_stripe_event(runtime, demo_event(token, "completed" if action == "pay" else "expired"))
    key = "pay_page_paid" if action == "pay" else "pay_page_cancelled"
    return _page(lang, say("pay_page_title", lang), f"<p>{escape(say(key, lang))}</p>")


def _find(session, token: str) -> tuple[Payment, Reservation, str]:
    payment = session.scalar(select(Payment).where(Payment.provider == "demo", Payment.provider_session_id == token))
    if payment is None:
        raise HTTPException(404, "Not Found")
    conversation = session.get(Conversation, payment.conversation_id) if payment.conversation_id else None
    lang = (conversation.language if conversation is not None else None) or "en"
    return payment, session.get(Reservation, payment.reservation_id), lang


def _state(payment: Payment, reservation: Reservation) -> str:
    if payment.status == "paid":
        return "paid"
    held = reservation.status == "hold" and reservation.hold_expires_at > utcnow()
    if payment.status in ("pending", "open") and held:
        return "open"
    return "closed"


def _closed(lang: str, state: str) -> HTMLResponse:
    key = "pay_page_already_paid" if state == "paid" else "pay_page_closed"
    return _page(lang, say("pay_page_title", lang), f"<p>{escape(say(key, lang))}</p>",
                 status=200 if state == "paid" else 410)


def _page(lang: str, title: str, content: str, *, test: bool = True, status: int = 200) -> HTMLResponse:
    banner = f"<p class=test>{escape(say('pay_page_banner', lang))}</p>" if test else ""
    html = _PAGE.substitute(lang=lang, direction="rtl" if lang == "ar" else "ltr", title=escape(title),
                            banner=banner, content=content)
    return HTMLResponse(html, status_code=status)
