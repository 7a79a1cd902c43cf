"""Staff at the front desk, in a real browser: sign in, watch a guest's message arrive, take over, reply, give back."""

from __future__ import annotations

import re
import time

import httpx
from sqlalchemy import select

from core.i18n import say
from core.store.models import Conversation, Message
from tests.browser.conftest import screenshot
from tests.fakes.telegram import message_update
from tests.test_console import PASSWORD, add_staff

EMAIL = "ana@harbor.example"


def guest_writes_on_telegram(served, update_id: int, text: str) -> None:
    response = httpx.post(f"{served['url']}/webhooks/telegram/harbor-view", json=message_update(update_id, text=text),
                          headers={"X-Telegram-Bot-Api-Secret-Token": "tg-secret"})
    assert response.status_code == 200


def sign_in(page, served) -> None:
    page.goto(f"{served['url']}/console/")
    assert "/console/login" in page.url
    page.get_by_label("Email").fill(EMAIL)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(r"/console/inbox"))


def test_staff_sign_in_see_a_guest_arrive_live_take_over_reply_and_give_back(browser, served):
    hub = served["hub"]
    add_staff(hub, EMAIL)
    page = browser.new_page(viewport={"width": 1200, "height": 800})
    sign_in(page, served)
    assert "No conversations yet" in page.inner_text("#inbox")
    page.evaluate("window.__stillTheSamePage = true")

    guest_writes_on_telegram(served, 7001, "Hola, quiero hablar con una persona por favor")
    page.wait_for_selector("#inbox >> text=Ana García", timeout=20_000)
    assert page.evaluate("window.__stillTheSamePage") is True   # it came in live, not by a reload
    hub.guests.wait_for("sendMessage")                           # the concierge's acknowledgement
    guest_writes_on_telegram(served, 7002, "Mi habitación es la 214 y el aire acondicionado no funciona")
    page.wait_for_selector("#inbox >> text=aire acondicionado", timeout=20_000)
    screenshot(page, "console-inbox.png")

    page.click("#inbox a")
    page.wait_for_selector("#guest-name")
    page.get_by_role("button", name="Take over").click()
    page.wait_for_selector(f"#status >> text=Taken by {EMAIL}")
    sent_before = len(hub.guests.calls_to("sendMessage"))
    page.get_by_label(re.compile("Reply to the guest")).fill("Hola Ana, soy Ana de recepción. Subimos ahora mismo.")
    page.get_by_role("button", name="Send to guest").click()
    page.wait_for_selector("#lines >> text=Subimos ahora mismo")
    calls = hub.guests.wait_for("sendMessage", sent_before + 1)
    assert calls[-1].params["text"] == "Hola Ana, soy Ana de recepción. Subimos ahora mismo."

    guest_writes_on_telegram(served, 7003, "¡Gracias!")
    page.wait_for_selector("#lines >> text=¡Gracias!", timeout=20_000)   # the open conversation is live too
    screenshot(page, "console-conversation.png")

    page.get_by_role("button", name="Give back to the bot").click()
    page.wait_for_selector("#status >> text=The concierge (bot) answers.")
    calls = hub.guests.wait_for("sendMessage", sent_before + 2)
    assert calls[-1].params["text"] == say("handoff_released", "es")
    with hub.runtime.db.session() as session:
        assert not session.scalar(select(Conversation)).handoff_active
    page.close()


def test_a_form_without_its_csrf_token_or_from_another_site_changes_nothing(browser, served):
    hub = served["hub"]
    add_staff(hub, EMAIL)
    guest_writes_on_telegram(served, 7101, "Hello, is breakfast included?")
    hub.guests.wait_for("sendMessage")
    context = browser.new_context()
    page = context.new_page()
    sign_in(page, served)
    page.click("#inbox a")
    page.wait_for_selector("#guest-name")
    page.evaluate("document.querySelector('form.compose input[name=csrf_token]').remove()")
    page.get_by_label(re.compile("Reply to the guest")).fill("Sent without a token")
    page.get_by_role("button", name="Send to guest").click()
    page.wait_for_selector("text=security token is missing")

    # Another site posts a form to the console in the signed-in browser (cross-site request forgery).
    with hub.runtime.db.session() as session:
        conversation_id = session.scalar(select(Conversation.id))
    evil = context.new_page()
    evil.goto(served["other"])
    with evil.expect_navigation():
        evil.evaluate("""([url, id]) => {
            const form = document.createElement('form');
            form.method = 'post'; form.action = `${url}/console/conversations/${id}/reply`;
            const text = document.createElement('input'); text.name = 'text'; text.value = 'Forged from another site';
            form.appendChild(text); document.body.appendChild(form); form.submit(); }""",
                      [served["url"], conversation_id])
    assert "sign in first" in evil.content()   # SameSite: the session cookie stays home
    time.sleep(1)
    with hub.runtime.db.session() as session:
        texts = list(session.scalars(select(Message.text)))
    assert "Sent without a token" not in texts and "Forged from another site" not in texts
    assert all(c.params["text"] not in ("Sent without a token", "Forged from another site")
               for c in hub.guests.calls_to("sendMessage"))
    context.close()
