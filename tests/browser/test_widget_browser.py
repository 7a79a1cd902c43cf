"""A visitor on the hotel's own website, in a real browser: the widget from the hub, on another origin."""

from __future__ import annotations

from sqlalchemy import func, select

from core.store.models import Conversation
from tests.browser.conftest import screenshot

PANEL = "[data-concierge-widget] .panel"


def open_chat(page) -> None:
    page.get_by_role("button", name="Chat with us").click()
    page.wait_for_selector(PANEL, state="visible")


def send(page, text: str) -> None:
    page.get_by_label("Your message").fill(text)
    page.get_by_label("Your message").press("Enter")


def conversations(hub) -> int:
    with hub.runtime.db.session() as session:
        return session.scalar(select(func.count(Conversation.id)))


def test_a_visitor_chats_reloads_the_page_and_goes_on_in_the_same_conversation(browser, served):
    page = browser.new_page(viewport={"width": 1000, "height": 720})
    page.goto(served["site"])
    open_chat(page)
    send(page, "Do you allow dogs?")
    page.wait_for_selector(f"{PANEL} li.guest >> text=Do you allow dogs?")
    page.wait_for_selector(f"{PANEL} li.bot >> text=35", timeout=30_000)

    page.reload()
    page.wait_for_selector(f"{PANEL} li.bot >> text=35", timeout=15_000)   # reopened, with its history
    send(page, "What is the wifi password?")
    page.wait_for_selector(f"{PANEL} li.bot >> text=tidepool-4821", timeout=30_000)
    screenshot(page, "widget.png")
    assert page.locator(f"{PANEL} li.guest").count() == 2
    assert conversations(served["hub"]) == 1
    with served["hub"].runtime.db.session() as session:
        assert session.scalar(select(Conversation.channel)) == "web"
    page.close()


def test_the_widget_on_a_site_the_hotel_does_not_list_cannot_chat(browser, served):
    page = browser.new_page()
    page.goto(served["other"])
    open_chat(page)
    send(page, "Hello?")
    page.wait_for_selector(f"{PANEL} li.note >> text=Not sent", timeout=15_000)
    assert conversations(served["hub"]) == 0
    page.close()
