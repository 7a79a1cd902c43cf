"""The quality loop in the console: gaps grouped by meaning, answered in the editor, live without a restart."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from core.messages import Channel, InboundMessage
from core.store.models import KnowledgeGap
from tests.fakes.slack import running_hub
from tests.test_console import add_staff, csrf, sign_in

ASKED = [("Do you have a bowling alley?", "en"), ("¿Tienen una bolera en el hotel?", "es"),
         ("Is there a bowling alley nearby in the hotel?", "en"), ("Can I land a helicopter on the roof?", "en")]


@pytest.fixture
def hub(db, hotel):
    with running_hub(db, hotel, embedding_cache_dir=Path(".cache/test-embeddings")) as hub:
        yield hub


def gaps(hub) -> list[KnowledgeGap]:
    with hub.runtime.db.session() as session:
        for text, language in ASKED:
            session.add(KnowledgeGap(hotel_id="harbor-view", kind="not_sure", text=text, language=language,
                                     nearest=[{"entry": "pool", "score": 0.3}]))
    with hub.runtime.db.session() as session:
        return list(session.scalars(select(KnowledgeGap).order_by(KnowledgeGap.id)))


def answer(hub, text: str):
    """The concierge's turn on a question, as a guest's message would get it."""
    from agent.concierge import Concierge

    hub.runtime.refresh_kb("harbor-view")
    message = InboundMessage(hotel_id="harbor-view", channel=Channel.API, sender="",
                             provider_id=f"t-{uuid.uuid4().hex}", text=text)
    return Concierge.for_runtime(hub.runtime).handle(message, address="kb-test")


def test_gaps_are_grouped_by_meaning_across_languages_and_answered_in_the_editor_live(hub):
    found = gaps(hub)
    add_staff(hub, "boss@harbor.example", role="manager")
    sign_in(hub.web, "boss@harbor.example")
    page = hub.web.get("/console/gaps").text
    assert "3 guests asked" in page and "1 guest asked" in page
    bowling = re.search(r'/console/kb/new\?hotel=harbor-view&amp;gaps=([\d,]+)', page).group(1)
    assert sorted(int(i) for i in bowling.split(",")) == [g.id for g in found[:3]]

    form = hub.web.get(f"/console/kb/new?hotel=harbor-view&gaps={bowling}").text
    assert "¿Tienen una bolera en el hotel?" in form and "Do you have a bowling alley?" in form
    created = hub.web.post("/console/kb/new", data={
        "csrf_token": csrf(hub.web, "/console/gaps"), "hotel": "harbor-view", "gaps": bowling, "id": "bowling",
        "category": "amenities", "questions": "Do you have a bowling alley?\n¿Tienen una bolera en el hotel?",
        "answer": "No bowling alley here, but Portside Lanes is a 5-minute walk along the wharf.",
        "answer_es": "No tenemos bolera, pero Portside Lanes está a 5 minutos a pie por el muelle."},
        follow_redirects=False)
    assert created.status_code == 303 and created.headers["location"] == "/console/kb/harbor-view/bowling"
    with hub.runtime.db.session() as session:
        statuses = {g.id: (g.status, g.entry_id) for g in session.scalars(select(KnowledgeGap))}
    assert [statuses[g.id] for g in found] == [("answered", "bowling")] * 3 + [("open", None)]
    assert "3 guests asked" not in hub.web.get("/console/gaps").text

    result = answer(hub, "Do you have a bowling alley?")   # no restart: the same process, the new entry
    assert "Portside Lanes" in result.replies[0].text and result.trace.kb[0] == "bowling"

    entry = hub.web.get("/console/kb/harbor-view/bowling").text
    assert "v" in entry and "create" in entry and "boss@harbor.example" in entry


def test_dismissing_a_group_and_what_the_front_desk_may_not_change(hub):
    found = gaps(hub)
    add_staff(hub)   # front desk
    sign_in(hub.web)
    page = hub.web.get("/console/gaps").text
    assert "Can I land a helicopter on the roof?" in page and "Dismiss" not in page
    token = csrf(hub.web, "/console/gaps")
    helicopter = str(found[3].id)
    assert hub.web.post("/console/gaps/dismiss", data={"csrf_token": token, "hotel": "harbor-view",
                                                       "gaps": helicopter}).status_code == 403
    assert hub.web.post("/console/kb/new", data={"csrf_token": token, "hotel": "harbor-view", "id": "x",
                                                 "questions": "x?", "answer": "x"}).status_code == 403

    add_staff(hub, "boss@harbor.example", role="manager")
    hub.web.cookies.clear()
    sign_in(hub.web, "boss@harbor.example")
    hub.web.post("/console/gaps/dismiss", data={"csrf_token": csrf(hub.web, "/console/gaps"),
                                                "hotel": "harbor-view", "gaps": helicopter})
    assert "helicopter" not in hub.web.get("/console/gaps").text


def test_the_editor_lists_searches_tries_edits_and_reverts_entries(hub):
    add_staff(hub, "boss@harbor.example", role="manager")
    sign_in(hub.web, "boss@harbor.example")
    listing = hub.web.get("/console/kb?q=dog").text
    assert "/console/kb/harbor-view/pet-policy" in listing and "missing in:" in listing
    tried = hub.web.get("/console/kb/try?hotel=harbor-view&q=¿Aceptan perros?").text
    assert re.search(r"<td>1</td>\s*<td><a href=\"/console/kb/harbor-view/pet-policy\"", tried)

    page = hub.web.get("/console/kb/harbor-view/pet-policy").text
    questions = re.search(r'<textarea id="questions"[^>]*>(.*?)</textarea>', page, re.S).group(1)
    answer_now = re.search(r'<textarea id="answer"[^>]*>(.*?)</textarea>', page, re.S).group(1)
    token = csrf(hub.web, "/console/kb")
    edited = hub.web.post("/console/kb/harbor-view/pet-policy", data={
        "csrf_token": token, "action": "save", "category": "policies", "questions": questions,
        "answer": "Dogs and cats welcome, $40 per pet per night."}, follow_redirects=False)
    assert edited.status_code == 303
    assert "$40 per pet" in answer(hub, "Do you allow dogs?").replies[0].text
    history = hub.web.get("/console/kb/harbor-view/pet-policy").text
    assert "+answer: Dogs and cats welcome, $40 per pet per night." in history
    bad = hub.web.post("/console/kb/harbor-view/pet-policy", data={"csrf_token": token, "action": "save",
                                                                   "questions": "", "answer": ""})
    assert bad.status_code == 400 and "role=\"alert\"" in bad.text
    hub.web.post("/console/kb/harbor-view/pet-policy", data={"csrf_token": token, "action": "revert",
                                                             "version": "0"})
    assert "35" in answer(hub, "Do you allow dogs?").replies[0].text and "35" in answer_now


def test_managers_read_the_hotels_figures_with_charts_and_csv(hub):
    for question in ("Do you allow dogs?", "What is the wifi password?", "Can I land a helicopter on the roof?"):
        answer(hub, question)
    add_staff(hub)   # front desk
    sign_in(hub.web)
    assert hub.web.get("/console/analytics").status_code == 403
    add_staff(hub, "boss@harbor.example", role="manager")
    hub.web.cookies.clear()
    sign_in(hub.web, "boss@harbor.example")
    page = hub.web.get("/console/analytics").text
    assert re.search(r'<th scope="row">Conversations</th><td>1</td><td>0</td>', page)
    assert re.search(r'<th scope="row">Guest messages</th><td>3</td><td>0</td>', page)
    assert "pet-policy" in page and page.count('<img src="data:image/svg+xml;base64,') == 3   # one request
    exported = hub.web.get("/console/analytics.csv?hotel=harbor-view").text.splitlines()
    assert exported[1].startswith("Conversations,1,0")
    assert hub.web.get("/console/analytics?since=2026-13-01").status_code == 403
