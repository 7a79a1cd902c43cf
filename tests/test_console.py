"""The staff console: who may get in, what they see, and that their actions are the Slack front desk's own.

The real web app, RQ on Redis, the fake Slack and the fake Telegram (tests/fakes).
"""

from __future__ import annotations

import re
import uuid

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from core.conversations import open_conversation, record
from core.hotels import load_hotel
from core.i18n import say
from core.messages import Channel
from core.settings import SAMPLE_HOTELS_DIR
from core.store.models import Conversation, Message, StaffAccount, StaffSession
from hub.console.auth import LOGIN_LIMIT_PER_EMAIL, create_account
from tests.fakes.slack import CHANNELS, running_hub
from tests.test_slack import CHAT, hand_off, header, telegram_texts

PASSWORD = "correct horse battery"
LISBON = load_hotel(SAMPLE_HOTELS_DIR / "lisbon-garden")


@pytest.fixture
def hub(db, hotel):
    with running_hub(db, hotel) as hub:
        hub.runtime.hotels[LISBON.id] = LISBON
        yield hub


def add_staff(hub, email: str = "ana@harbor.example", hotel: str = "harbor-view", role: str = "front_desk",
              must_change: bool = False) -> None:
    with hub.runtime.db.session() as session:
        account, _ = create_account(session, email, hotel, role, password=PASSWORD)
        account.must_change_password = must_change


def login_token(client) -> str:
    page = client.get("/console/login")
    return re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)


def sign_in(client, email: str = "ana@harbor.example", password: str = PASSWORD, **form):
    return client.post("/console/login", data={"email": email, "password": password,
                                               "csrf_token": login_token(client), **form}, follow_redirects=False)


def csrf(client, path: str = "/console/inbox") -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', client.get(path).text).group(1)


def guest_on_telegram(hub, text: str = "Hola, ¿a qué hora es el desayuno?", hotel: str = "harbor-view") -> int:
    with hub.runtime.db.session() as session:
        conversation = open_conversation(session, hotel, Channel.TELEGRAM, CHAT, sender=CHAT, sender_name="Ana García")
        conversation.language = "es"
        record(session, conversation, "in", "guest", text, provider_id=f"tg-{uuid.uuid4().hex}")
        return conversation.id


def stored(hub, conversation_id: int) -> Conversation:
    with hub.runtime.db.session() as session:
        return session.get(Conversation, conversation_id)


# --- getting in ---------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/console/inbox", "/console/conversations/1", "/console/password"])
def test_nothing_in_the_console_opens_without_signing_in(hub, path):
    response = hub.web.get(path, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"].startswith("/console/login?next=")


def test_actions_without_a_session_are_refused_and_change_nothing(hub):
    conversation_id = guest_on_telegram(hub)
    for action in ("take", "release", "reply", "note"):
        response = hub.web.post(f"/console/conversations/{conversation_id}/{action}", data={"text": "hi"})
        assert response.status_code == 401
    assert not stored(hub, conversation_id).handoff_active
    assert hub.web.get("/console/events", headers={"hx-request": "true"}).status_code == 401


def test_a_forged_session_cookie_is_not_a_session(hub):
    add_staff(hub)
    hub.web.cookies.set("concierge_console", "forged.value.here", path="/console")
    assert hub.web.get("/console/inbox", follow_redirects=False).status_code == 303


def test_staff_add_prints_a_one_time_password_that_must_be_replaced_at_first_sign_in(hub, monkeypatch):
    from hub.cli import app

    monkeypatch.setenv("DATABASE_URL", hub.runtime.settings.database_url)
    monkeypatch.setenv("HOTELS_DIR", str(SAMPLE_HOTELS_DIR))
    result = CliRunner().invoke(app, ["staff", "add", "Marta@Jardim.example", "--hotel", "lisbon-garden",
                                      "--role", "manager"])
    assert result.exit_code == 0, result.output
    password = re.search(r"One-time password: (\S+)", result.output).group(1)
    with hub.runtime.db.session() as session:
        account = session.scalar(select(StaffAccount).where(StaffAccount.email == "marta@jardim.example"))
        assert account.role == "manager" and account.hotels == ["lisbon-garden"]
        assert password not in account.password_hash and account.password_hash.startswith("$argon2id$")

    signed_in = sign_in(hub.web, "marta@jardim.example", password)
    assert signed_in.status_code == 303 and signed_in.headers["location"] == "/console/password"
    assert hub.web.get("/console/inbox", follow_redirects=False).headers["location"] == "/console/password"
    token = csrf(hub.web, "/console/password")
    short = hub.web.post("/console/password", data={"csrf_token": token, "current": password, "new": "short",
                                                    "repeat": "short"})
    assert short.status_code == 400 and "at least 10" in short.text
    done = hub.web.post("/console/password", data={"csrf_token": token, "current": password, "new": PASSWORD,
                                                   "repeat": PASSWORD}, follow_redirects=False)
    assert done.headers["location"] == "/console/inbox"
    assert hub.web.get("/console/inbox").status_code == 200

    again = CliRunner().invoke(app, ["staff", "add", "marta@jardim.example", "--hotel", "nowhere", "--role", "admin"])
    assert again.exit_code == 2 and "Unknown hotel" in again.output
    bad_role = CliRunner().invoke(app, ["staff", "add", "x@jardim.example", "--hotel", "lisbon-garden",
                                        "--role", "owner"])
    assert bad_role.exit_code == 2 and "role must be one of" in bad_role.output


def test_a_wrong_password_is_refused_and_repeated_tries_are_stopped(hub):
    add_staff(hub)
    for _ in range(LOGIN_LIMIT_PER_EMAIL):
        assert sign_in(hub.web, password="guess").status_code == 401
    stopped = sign_in(hub.web)   # even the right password, once over the limit
    assert stopped.status_code == 429 and "Too many sign-in attempts" in stopped.text
    with hub.runtime.db.session() as session:
        assert session.scalar(select(StaffSession)) is None


def test_a_sign_in_form_without_its_token_is_refused(hub):
    add_staff(hub)
    response = hub.web.post("/console/login", data={"email": "ana@harbor.example", "password": PASSWORD},
                            follow_redirects=False)
    assert response.status_code == 403
    assert hub.web.get("/console/inbox", follow_redirects=False).status_code == 303


def test_signing_out_ends_the_session_everywhere(hub):
    add_staff(hub)
    sign_in(hub.web)
    cookie = hub.web.cookies.get("concierge_console")
    assert hub.web.post("/console/logout", data={"csrf_token": csrf(hub.web)},
                        follow_redirects=False).status_code == 303
    hub.web.cookies.set("concierge_console", cookie, path="/console")   # the old cookie, kept by someone
    assert hub.web.get("/console/inbox", follow_redirects=False).status_code == 303


# --- CSRF and hotels ----------------------------------------------------------------------------


def test_a_reply_without_the_csrf_token_or_from_another_site_is_refused(hub):
    add_staff(hub)
    conversation_id = guest_on_telegram(hub)
    sign_in(hub.web)
    token = csrf(hub.web)
    path = f"/console/conversations/{conversation_id}/reply"
    assert hub.web.post(path, data={"text": "Hola"}).status_code == 403
    assert hub.web.post(path, data={"text": "Hola", "csrf_token": "not-it"}).status_code == 403
    assert hub.web.post(path, data={"text": "Hola", "csrf_token": token},
                        headers={"origin": "https://evil.example"}).status_code == 403
    hub.jobs.work()
    assert telegram_texts(hub) == []
    assert not stored(hub, conversation_id).handoff_active


def test_staff_see_and_touch_only_their_own_hotels(hub):
    add_staff(hub, "marta@jardim.example", hotel="lisbon-garden")
    harbor = guest_on_telegram(hub, "Harbor guest asking about parking")
    sign_in(hub.web, "marta@jardim.example")
    assert "Harbor guest" not in hub.web.get("/console/inbox").text
    assert hub.web.get("/console/inbox?hotel=harbor-view").text.count("/console/conversations/") == 0
    assert hub.web.get(f"/console/conversations/{harbor}").status_code == 404
    token = csrf(hub.web)
    for action in ("take", "reply", "note", "release"):
        response = hub.web.post(f"/console/conversations/{harbor}/{action}", data={"csrf_token": token, "text": "x"})
        assert response.status_code == 403
    hub.jobs.work()
    assert telegram_texts(hub) == [] and not stored(hub, harbor).handoff_active


# --- the inbox ------------------------------------------------------------------------------------


def test_the_inbox_lists_newest_first_and_filters_and_searches(hub):
    add_staff(hub)
    first = guest_on_telegram(hub, "¿Tienen parking?")
    with hub.runtime.db.session() as session:
        web = open_conversation(session, "harbor-view", Channel.WEB, "visitor-1")
        web.language, web.room = "en", "412"
        record(session, web, "in", "guest", "Is the pool heated?", provider_id="web-1")
    sign_in(hub.web)
    page = hub.web.get("/console/inbox").text
    assert page.index(f"/console/conversations/{web.id}") < page.index(f"/console/conversations/{first}")
    assert "Ana García" in page and "Website" in page

    def listed(query: str) -> set[int]:
        page = hub.web.get(f"/console/inbox?{query}").text
        return {int(i) for i in re.findall(r"/console/conversations/(\d+)", page)}

    assert listed("channel=web") == {web.id}
    assert listed("language=es") == {first}
    assert listed("q=pool") == {web.id}
    assert listed("q=412") == {web.id}
    assert listed("q=ana") == {first}
    assert listed("state=unanswered") == {first, web.id}
    assert listed("state=handed_off") == set()


# --- the same lifecycle as Slack ------------------------------------------------------------------


def test_a_console_reply_reaches_the_guest_on_telegram_and_takes_the_conversation_over(hub):
    add_staff(hub)
    conversation_id = guest_on_telegram(hub)
    sign_in(hub.web)
    response = hub.web.post(f"/console/conversations/{conversation_id}/reply",
                            data={"csrf_token": csrf(hub.web), "text": "Buenos días, el desayuno es a las 7."})
    assert response.status_code == 200 and "Buenos días, el desayuno es a las 7." in response.text
    hub.jobs.work()
    assert telegram_texts(hub) == ["Buenos días, el desayuno es a las 7."]
    conversation = stored(hub, conversation_id)
    assert conversation.handoff_active and conversation.handoff_owner == "staff:ana@harbor.example"
    assert conversation.last_staff_reply_at is not None
    assert "Taken by <b>ana@harbor.example</b>" in hub.web.get(f"/console/conversations/{conversation_id}").text


def test_a_note_stays_in_the_transcript_and_never_reaches_the_guest(hub):
    add_staff(hub)
    conversation_id = guest_on_telegram(hub)
    sign_in(hub.web)
    hub.web.post(f"/console/conversations/{conversation_id}/note",
                 data={"csrf_token": csrf(hub.web), "text": "VIP, offer the late check-out"})
    hub.jobs.work()
    assert telegram_texts(hub) == []
    with hub.runtime.db.session() as session:
        note = session.scalar(select(Message).where(Message.text == "VIP, offer the late check-out"))
        assert note.internal and note.author == "staff:ana@harbor.example"
    assert "internal note" in hub.web.get(f"/console/conversations/{conversation_id}").text


def test_taken_in_slack_shows_taken_in_the_console_and_the_console_give_back_shows_in_slack(hub):
    add_staff(hub)
    conversation_id = hand_off(hub)
    top = header(hub)
    hub.click("handoff_take", conversation_id, CHANNELS["front-desk"], top["ts"], user="U0ANNA")
    hub.jobs.work()
    sign_in(hub.web)
    page = hub.web.get(f"/console/conversations/{conversation_id}").text
    assert "Taken by <b>U0ANNA</b>" in page

    hub.web.post(f"/console/conversations/{conversation_id}/release", data={"csrf_token": csrf(hub.web)})
    hub.jobs.work()
    assert not stored(hub, conversation_id).handoff_active
    assert telegram_texts(hub)[-1] == say("handoff_released", "es")
    thread = [m["text"] for m in hub.slack.thread("front-desk", top["ts"])]
    assert any("ana@harbor.example gave the conversation back to the bot" in t for t in thread)
    assert "given back by ana@harbor.example" in str(hub.slack.posts("front-desk")[0])


def test_taken_in_the_console_shows_taken_in_slack(hub):
    add_staff(hub)
    conversation_id = hand_off(hub)
    sign_in(hub.web)
    hub.web.post(f"/console/conversations/{conversation_id}/take", data={"csrf_token": csrf(hub.web)})
    hub.jobs.work()
    assert stored(hub, conversation_id).handoff_owner == "staff:ana@harbor.example"
    top = header(hub)
    thread = [m["text"] for m in hub.slack.thread("front-desk", top["ts"])]
    assert any("ana@harbor.example took over" in t for t in thread)
    assert "ana@harbor.example is answering" in str(top)


def test_a_conversation_taken_from_the_console_without_a_handoff_gets_its_slack_thread(hub):
    add_staff(hub)
    conversation_id = guest_on_telegram(hub)
    sign_in(hub.web)
    hub.web.post(f"/console/conversations/{conversation_id}/take", data={"csrf_token": csrf(hub.web)})
    hub.jobs.work()
    conversation = stored(hub, conversation_id)
    assert conversation.handoff_active and conversation.handoff_thread_ts
    assert "ana@harbor.example is answering" in str(header(hub))


def test_accounts_passwords_and_sessions_keep_on_both_stores(any_db, hotel):
    from agent.runtime import Runtime
    from core.settings import load_settings
    from hub.console.auth import authenticate

    runtime = Runtime(load_settings(_env_file=None, redis_url=None, database_url=any_db.url),
                      hotels={hotel.id: hotel}, db=any_db)
    with any_db.session() as session:
        _, password = create_account(session, "Ana@Harbor.example", "harbor-view", "admin")
        again, none = create_account(session, "ana@harbor.example", "lisbon-garden", "admin")
        assert none is None and again.hotels == ["harbor-view", "lisbon-garden"]
    assert authenticate(runtime, "ana@harbor.example", "wrong") is None
    assert authenticate(runtime, "nobody@harbor.example", password) is None
    account = authenticate(runtime, "ANA@harbor.example", password)
    assert account is not None and account.last_login_at is not None
    with any_db.session() as session:
        session.add(StaffSession(id="s" * 43, staff_id=account.id, csrf_token="t", expires_at=account.last_login_at))
    with any_db.session() as session:
        assert session.get(StaffSession, "s" * 43).staff.email == "ana@harbor.example"
