"""A manager closes the loop in a real browser: guests' unanswered questions grouped on Gaps, answered in the
editor, and the concierge answers them at once, without a restart; then a reply is reviewed."""

from __future__ import annotations

import re
import uuid

import httpx
from sqlalchemy import select

from core.store.models import Review
from tests.browser.conftest import screenshot
from tests.browser.test_console_browser import sign_in
from tests.test_console import add_staff

EMAIL = "ana@harbor.example"
BOWLING_EN, BOWLING_ES = "Is there a bowling alley in the hotel?", "¿Hay una bolera en el hotel?"


def guest_asks(served, text: str) -> dict:
    response = httpx.post(f"{served['url']}/api/chat", json={"hotel": "harbor-view", "session": uuid.uuid4().hex,
                                                             "text": text}, timeout=60)
    assert response.status_code == 200, response.text
    return response.json()


def nav(page, name: str) -> None:
    page.get_by_role("navigation", name="Console").get_by_role("link", name=name).click()


def test_unanswered_questions_in_two_languages_are_grouped_answered_and_then_answered_live(browser, served):
    for text in (BOWLING_EN, BOWLING_ES, "Do you have a helipad?"):
        assert guest_asks(served, text)["trace"]["kb"] == []
    add_staff(served["hub"], EMAIL, role="manager")
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    sign_in(page, served)

    nav(page, "Gaps")
    page.wait_for_url(re.compile(r"/console/gaps"))
    groups = page.locator("section.gap")
    assert groups.count() == 2
    first = groups.first
    assert first.locator("h2").inner_text().startswith("2 guests asked")
    assert {t.inner_text() for t in first.locator("h2 .tag:not(.warn)").all()} == {"en", "es"}
    assert set(first.locator(".examples li").all_inner_texts()) == {BOWLING_EN, BOWLING_ES}

    first.get_by_role("link", name="Answer it").click()
    page.wait_for_url(re.compile(r"/console/kb/new"))
    assert set(page.get_by_label("Questions guests ask").input_value().splitlines()) == {BOWLING_EN, BOWLING_ES}
    page.get_by_label("Id").fill("bowling")
    page.get_by_label("Answer (English)").fill("No bowling here, but Lucky Strike Lanes is a 10-minute walk "
                                              "up Harbor Street.")
    page.get_by_label("Answer in es").fill("Aquí no hay bolera, pero Lucky Strike Lanes está a 10 minutos a pie.")
    page.get_by_role("button", name="Create").click()
    page.wait_for_url(re.compile(r"/console/kb/harbor-view/bowling"))
    assert "missing in: fr, de, ru, zh, ja, ko, ar" in page.inner_text("main")

    english, spanish = guest_asks(served, BOWLING_EN), guest_asks(served, BOWLING_ES)   # no restart
    assert english["trace"]["kb"] == ["bowling"] and "Lucky Strike Lanes" in english["replies"][0]["text"]
    assert spanish["trace"]["kb"] == ["bowling"] and "Aquí no hay bolera" in spanish["replies"][0]["text"]

    nav(page, "Gaps")
    page.wait_for_url(re.compile(r"/console/gaps"))
    assert page.locator("section.gap").count() == 1 and "helipad" in page.inner_text("main")

    nav(page, "Inbox")
    page.locator("#inbox a").first.click()
    page.wait_for_selector("form.review")
    page.locator("form.review input[name=reason]").last.fill("right answer, could name the street number")
    with page.expect_response(lambda response: "/review" in response.url):
        page.locator("form.review").last.get_by_role("button", name="Good").click()
    with served["hub"].runtime.db.session() as session:
        [review] = session.scalars(select(Review)).all()
    assert (review.verdict, review.author) == ("good", EMAIL)
    screenshot(page, "console-review.png")
    page.close()
