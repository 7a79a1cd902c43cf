"""The console's pages: sign-in, inbox, one conversation, and the actions staff take on it."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import secrets
from pathlib import Path
from typing import Any
from urllib.parse import quote
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from sse_starlette.sse import EventSourceResponse
from starlette.concurrency import run_in_threadpool

import hub.console.auth as auth
from agent.runtime import Runtime
from hub.console.auth import Staff, current_staff
from hub.console.inbox import (
    CHANNEL_NAMES,
    Filters,
    author_name,
    conversation_view,
    inbox,
    languages_seen,
    latest_change,
    newest_id,
)
from jobs import staff as desk
from jobs.effects import dispatch
from jobs.queue import enqueue
from skills.formatting import money

router = APIRouter(prefix="/console")
templates = Jinja2Templates(directory=Path(__file__).parent / "templates")
# Pages name no script or style outside /console/static; nobody may frame them (clickjacking).
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; media-src 'self' https: http:; "
                               "frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}
LIVE_POLL_SECONDS = 1.0
LIVE_STREAM_SECONDS = 300   # the browser's EventSource reconnects by itself; no stream lives for ever
MAX_REPLY_CHARS = 4000


def _rt(request: Request) -> Runtime:
    return request.app.state.runtime


def _local(moment: dt.datetime | None, timezone: str) -> str:
    if moment is None:
        return ""
    local = moment.astimezone(ZoneInfo(timezone))
    today = dt.datetime.now(ZoneInfo(timezone)).date()
    return local.strftime("%H:%M" if local.date() == today else "%d %b %H:%M")


def render(request: Request, name: str, context: dict[str, Any], status_code: int = 200) -> HTMLResponse:
    rt = _rt(request)
    staff: Staff | None = context.get("staff")
    context = {"hotels": {h: rt.hotels[h].name for h in (staff.hotels if staff else ()) if h in rt.hotels},
               "channel_names": CHANNEL_NAMES, "author_name": author_name, "money": money,
               "local": lambda moment, hotel_id: _local(moment, rt.hotels[hotel_id].timezone), **context}
    response = templates.TemplateResponse(request, name, context, status_code=status_code)
    response.headers.update(SECURITY_HEADERS)
    return response


def signed_in(staff: Staff = Depends(current_staff)) -> Staff:
    """Every page but the password page wants the one-time password replaced first."""
    if staff.must_change_password:
        raise auth.PasswordChangeRequired
    return staff


# ---------------------------------------------------------------- signing in and out


@router.get("", include_in_schema=False)
async def home() -> Response:
    return RedirectResponse("/console/inbox", status_code=303)


@router.get("/login")
async def login_form(request: Request, next: str = "/console/inbox", error: str = "") -> Response:
    nonce = secrets.token_urlsafe(16)
    response = render(request, "login.html", {"token": auth.login_token(_rt(request), nonce),
                                              "next": _safe_next(next), "error": error})
    response.set_cookie(auth.LOGIN_COOKIE, nonce, max_age=3600, httponly=True, samesite="strict",
                        path="/console", secure=request.url.scheme == "https")
    return response


def _safe_next(target: str) -> str:
    """Only a console page: a login link must not send staff to another site."""
    return target if target.startswith("/console/") and not target.startswith("//") else "/console/inbox"


@router.post("/login")
async def login(request: Request) -> Response:
    rt = _rt(request)
    form = await request.form()
    email, password = str(form.get("email", "")), str(form.get("password", ""))
    target = _safe_next(str(form.get("next", "/console/inbox")))
    if not auth.same_origin(request, rt.settings.public_base_url) or \
            not auth.login_token_ok(rt, request, str(form.get("csrf_token", ""))):
        return await _login_again(request, target, "Your sign-in form expired. Please try again.", 403)
    if auth.login_limited(rt, request, email):
        return await _login_again(request, target, "Too many sign-in attempts. Wait a few minutes and try again.",
                                  429)
    account = await run_in_threadpool(auth.authenticate, rt, email, password)
    if account is None:
        return await _login_again(request, target, "That email and password do not match.", 401)
    cookie = await run_in_threadpool(auth.open_session, rt, account, request)
    response = RedirectResponse(target if not account.must_change_password else "/console/password",
                                status_code=303)
    response.set_cookie(auth.COOKIE, cookie, max_age=auth.SESSION_HOURS * 3600, httponly=True, samesite="lax",
                        path="/console", secure=request.url.scheme == "https")
    response.delete_cookie(auth.LOGIN_COOKIE, path="/console")
    return response


async def _login_again(request: Request, target: str, error: str, status: int) -> Response:
    response = await login_form(request, target, error)
    response.status_code = status
    return response


@router.post("/logout")
async def logout(request: Request, staff: Staff = Depends(current_staff)) -> Response:
    await auth.check_csrf(request, staff.csrf_token)
    await run_in_threadpool(auth.close_session, _rt(request), staff)
    response = RedirectResponse("/console/login", status_code=303)
    response.delete_cookie(auth.COOKIE, path="/console")
    return response


@router.get("/password")
async def password_form(request: Request, staff: Staff = Depends(current_staff), error: str = "") -> Response:
    return render(request, "password.html", {"staff": staff, "error": error})


@router.post("/password")
async def change_password(request: Request, staff: Staff = Depends(current_staff)) -> Response:
    form = await auth.check_csrf(request, staff.csrf_token)
    error = await run_in_threadpool(auth.set_password, _rt(request), staff, form.get("current", ""),
                                    form.get("new", ""))
    if error is None and form.get("new") != form.get("repeat"):
        error = "The two new passwords differ."
    if error:
        return render(request, "password.html", {"staff": staff, "error": error}, status_code=400)
    return RedirectResponse("/console/inbox", status_code=303)


# ---------------------------------------------------------------- inbox and conversation


@router.get("/inbox")
async def inbox_page(request: Request, staff: Staff = Depends(signed_in), hotel: str = "", channel: str = "",
                     language: str = "", state: str = "", q: str = "") -> Response:
    filters = Filters(hotel=hotel if hotel in staff.hotels else "", channel=channel[:32], language=language[:8],
                      state=state if state in ("handed_off", "waiting", "unanswered") else "", q=q[:200])

    def load():
        with _rt(request).db.session() as session:
            return (inbox(session, staff.hotels, filters), languages_seen(session, staff.hotels),
                    newest_id(session, staff.hotels))

    rows, languages, newest = await run_in_threadpool(load)
    return render(request, "inbox.html", {"staff": staff, "rows": rows, "filters": filters,
                                          "languages": languages, "newest": newest})


@router.get("/conversations/{conversation_id}")
async def conversation_page(conversation_id: int, request: Request, staff: Staff = Depends(signed_in),
                            error: str = "") -> Response:
    def load():
        with _rt(request).db.session() as session:
            view = conversation_view(session, staff.hotels, conversation_id)
            return view, newest_id(session, staff.hotels)

    view, newest = await run_in_threadpool(load)
    if view is None:
        return render(request, "error.html", {"staff": staff, "message": "No such conversation in your hotels."},
                      status_code=404)
    return render(request, "conversation.html", {"staff": staff, "view": view, "c": view.conversation,
                                                 "newest": newest, "error": error,
                                                 "mine": view.conversation.handoff_owner == staff.author})


async def _action(request: Request, staff: Staff, conversation_id: int) -> dict[str, str]:
    """The checked form of an action on a conversation this person may see."""
    form = await auth.check_csrf(request, staff.csrf_token)

    def visible() -> bool:
        with _rt(request).db.session() as session:
            return conversation_view(session, staff.hotels, conversation_id) is not None

    if not await run_in_threadpool(visible):
        raise auth.Forbidden("No such conversation in your hotels.")
    return form


def _back(conversation_id: int, error: str = "") -> Response:
    return RedirectResponse(f"/console/conversations/{conversation_id}" + (f"?error={quote(error)}" if error else ""),
                            status_code=303)


@router.post("/conversations/{conversation_id}/take")
async def take(conversation_id: int, request: Request, staff: Staff = Depends(signed_in)) -> Response:
    await _action(request, staff, conversation_id)
    taken = await run_in_threadpool(desk.take_over, conversation_id, staff.author)
    if taken is not None and taken.effect is not None:
        dispatch([taken.effect])   # a new handoff: Slack gets its thread, showing who has it
    elif taken is not None:
        enqueue("default", desk.taken_in_slack, conversation_id, staff.author, taken.previous)
    return _back(conversation_id)


@router.post("/conversations/{conversation_id}/release")
async def release(conversation_id: int, request: Request, staff: Staff = Depends(signed_in)) -> Response:
    await _action(request, staff, conversation_id)
    if await run_in_threadpool(desk.hand_back, conversation_id, staff.author):
        enqueue("default", desk.given_back_in_slack, conversation_id, staff.author)
    return _back(conversation_id)


@router.post("/conversations/{conversation_id}/reply")
async def reply(conversation_id: int, request: Request, staff: Staff = Depends(signed_in)) -> Response:
    return await _write(conversation_id, request, staff, internal=False)


@router.post("/conversations/{conversation_id}/note")
async def note(conversation_id: int, request: Request, staff: Staff = Depends(signed_in)) -> Response:
    return await _write(conversation_id, request, staff, internal=True)


async def _write(conversation_id: int, request: Request, staff: Staff, *, internal: bool) -> Response:
    """A staff reply to the guest, or an internal note: recorded here, then mirrored in the Slack thread."""
    form = await _action(request, staff, conversation_id)
    text = form.get("text", "").strip()
    if not text or len(text) > MAX_REPLY_CHARS:
        what = "note" if internal else "reply"
        return _back(conversation_id, f"Write a {what} of 1 to {MAX_REPLY_CHARS} characters.")
    await run_in_threadpool(desk.add_note if internal else desk.reply_as_staff, conversation_id, staff.author, text)
    enqueue("default", desk.console_wrote_in_slack, conversation_id, staff.author, text, internal)
    return _back(conversation_id)


# ---------------------------------------------------------------- live


@router.get("/events")
async def events(request: Request, staff: Staff = Depends(current_staff), after: int = 0) -> Response:
    """Server-sent events: `changed` with the conversations that have new lines.

    Read from the store every second, so a line written by any web or worker process shows.
    """
    rt = _rt(request)

    def poll(since: int) -> tuple[int, list[int]]:
        with rt.db.session() as session:
            if since < 0:
                return newest_id(session, staff.hotels), []
            return latest_change(session, staff.hotels, since)

    async def stream():
        since, _ = await run_in_threadpool(poll, after if after > 0 else -1)
        loop = asyncio.get_running_loop()
        ends = loop.time() + LIVE_STREAM_SECONDS
        while loop.time() < ends:
            if await request.is_disconnected():
                return
            since, changed = await run_in_threadpool(poll, since)
            if changed:
                yield {"event": "changed", "id": str(since),
                       "data": json.dumps({"newest": since, "conversations": changed})}
            await asyncio.sleep(LIVE_POLL_SECONDS)

    return EventSourceResponse(stream(), ping=15, headers={"Cache-Control": "no-store"})
