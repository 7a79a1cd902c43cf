"""The quality loop in the console: knowledge gaps grouped by meaning, and the knowledge-base editor.

Pages over `kb.gaps` (what guests asked that the concierge could not answer)
and `kb.live` (kb.yaml overlaid with staff's versioned changes, live on every
process without a restart). Reading is for everyone; changing the knowledge
base is for managers and administrators.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

import hub.console.auth as auth
from agent.runtime import Runtime
from core.hotels import Hotel, KBEntry
from hub.console.auth import Staff
from hub.console.pages import render, signed_in
from kb import gaps as kb_gaps
from kb import live

router = APIRouter(prefix="/console")
EDITORS = ("manager", "admin")
TRIED = 5


def _rt(request: Request) -> Runtime:
    return request.app.state.runtime


def _hotel(staff: Staff, hotel: str) -> str:
    """The hotel the page is about: the one asked for if it is theirs, else their first."""
    if hotel in staff.hotels:
        return hotel
    if not staff.hotels:
        raise auth.Forbidden("Your account has no hotel of this hub.")
    return staff.hotels[0]


def _files(rt: Runtime, hotel_id: str) -> Hotel:
    """The hotel as its folder has it: what `kb.live` overlays staff's changes on."""
    return rt.live.files.get(hotel_id) or rt.hotel(hotel_id)


def _editor(staff: Staff) -> None:
    if staff.role not in EDITORS:
        raise auth.Forbidden("Changing the knowledge base is for managers and administrators.")


def _entries(rt: Runtime, hotel_id: str) -> list[KBEntry]:
    with rt.db.session() as session:
        return live.current_entries(session, _files(rt, hotel_id))


# ---------------------------------------------------------------- gaps


@router.get("/gaps")
async def gaps_page(request: Request, staff: Staff = Depends(signed_in), hotel: str = "") -> Response:
    rt, hotel_id = _rt(request), _hotel(staff, hotel)

    def load():
        with rt.db.session() as session:
            found = kb_gaps.open_gaps(session, hotel_id)
            return kb_gaps.group_gaps(found, rt.embedder), live.current_entries(session, _files(rt, hotel_id))

    groups, entries = await run_in_threadpool(load)
    return render(request, "gaps.html", {"staff": staff, "hotel": hotel_id, "groups": groups,
                                         "entries": [e.id for e in entries], "editor": staff.role in EDITORS})


def _ids(value: str) -> list[int]:
    return [int(part) for part in value.split(",") if part.strip().isdigit()][:2000]


@router.post("/gaps/dismiss")
async def dismiss(request: Request, staff: Staff = Depends(signed_in)) -> Response:
    form = await auth.check_csrf(request, staff.csrf_token)
    _editor(staff)
    hotel_id = _hotel(staff, form.get("hotel", ""))

    def change() -> None:
        with _rt(request).db.session() as session:
            kb_gaps.set_status(session, hotel_id, _ids(form.get("gaps", "")), "dismissed")

    await run_in_threadpool(change)
    return RedirectResponse(f"/console/gaps?hotel={hotel_id}", status_code=303)


@router.post("/gaps/attach")
async def attach(request: Request, staff: Staff = Depends(signed_in)) -> Response:
    """Add the group's questions to an existing entry: its answer now covers them."""
    form = await auth.check_csrf(request, staff.csrf_token)
    _editor(staff)
    rt, hotel_id = _rt(request), _hotel(staff, form.get("hotel", ""))
    ids, entry_id = _ids(form.get("gaps", "")), form.get("entry", "")

    def change() -> str | None:
        with rt.db.session() as session:
            entry = next((e for e in live.current_entries(session, _files(rt, hotel_id)) if e.id == entry_id), None)
            if entry is None:
                return f"No entry {entry_id!r}."
            asked = [g.text for g in kb_gaps.open_gaps(session, hotel_id) if g.id in ids]
            questions = list(dict.fromkeys([*entry.questions, *asked]))
            live.save(session, _files(rt, hotel_id), entry.model_copy(update={"questions": questions}), staff.email)
            kb_gaps.set_status(session, hotel_id, ids, "answered", entry_id)
            return None

    error = await run_in_threadpool(change)
    if error:
        raise auth.Forbidden(error)
    return RedirectResponse(f"/console/gaps?hotel={hotel_id}", status_code=303)


# ---------------------------------------------------------------- the knowledge base


@router.get("/kb")
async def kb_page(request: Request, staff: Staff = Depends(signed_in), hotel: str = "", q: str = "") -> Response:
    rt, hotel_id = _rt(request), _hotel(staff, hotel)
    entries = await run_in_threadpool(_entries, rt, hotel_id)
    needle = q.strip().lower()[:200]
    if needle:
        entries = [e for e in entries if needle in " ".join([e.id, e.category, e.answer, *e.questions,
                                                            *e.translations.values()]).lower()]
    languages = rt.hotel(hotel_id).languages
    return render(request, "kb.html", {"staff": staff, "hotel": hotel_id, "q": q, "entries": entries,
                                       "missing": {e.id: live.missing_translations(e, languages) for e in entries},
                                       "editor": staff.role in EDITORS})


@router.get("/kb/try")
async def try_question(request: Request, staff: Staff = Depends(signed_in), hotel: str = "",
                       q: str = "") -> Response:
    """The entries the concierge would answer from, ranked with their scores, in any language."""
    rt, hotel_id = _rt(request), _hotel(staff, hotel)

    def search() -> tuple[list, float]:
        rt.refresh_kb(hotel_id)
        index = rt.kb(hotel_id)
        return index.search(q[:500], k=TRIED), index.min_score

    hits, threshold = await run_in_threadpool(search) if q.strip() else ([], 0.0)
    return render(request, "kb_try.html", {"staff": staff, "hotel": hotel_id, "q": q, "hits": hits,
                                           "threshold": threshold})


@router.get("/kb/export")
async def export(request: Request, staff: Staff = Depends(signed_in), hotel: str = "") -> Response:
    rt, hotel_id = _rt(request), _hotel(staff, hotel)
    text = live.export_yaml(await run_in_threadpool(_entries, rt, hotel_id))
    return Response(text, media_type="application/yaml; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{hotel_id}-kb.yaml"'})


def _form_entry(form: dict[str, str], languages: list[str]) -> dict[str, Any]:
    return {"id": form.get("id", ""), "category": form.get("category") or "general",
            "questions": form.get("questions", "").splitlines(), "answer": form.get("answer", ""),
            "translations": {lang: form.get(f"answer_{lang}", "") for lang in languages if lang != "en"}}


@router.get("/kb/new")
async def new_entry(request: Request, staff: Staff = Depends(signed_in), hotel: str = "",
                    gaps: str = "") -> Response:
    """An empty entry, or one pre-filled with a gap group's questions ("answer it")."""
    _editor(staff)
    rt, hotel_id = _rt(request), _hotel(staff, hotel)
    ids = _ids(gaps)

    def asked() -> list[str]:
        with rt.db.session() as session:
            return list(dict.fromkeys(g.text for g in kb_gaps.open_gaps(session, hotel_id) if g.id in ids))

    questions = await run_in_threadpool(asked) if ids else []
    draft = {"id": "", "category": "general", "questions": questions, "answer": "", "translations": {}}
    return _entry_form(request, staff, hotel_id, draft, creating=True, gaps=gaps)


def _entry_form(request: Request, staff: Staff, hotel_id: str, entry: dict[str, Any], *, creating: bool,
                gaps: str = "", error: str = "", changes: list | None = None, status_code: int = 200) -> Response:
    hotel = _rt(request).hotel(hotel_id)
    missing = [] if creating else [lang for lang in hotel.languages
                                   if lang != "en" and not (entry.get("translations") or {}).get(lang)]
    return render(request, "kb_entry.html", {"staff": staff, "hotel": hotel_id, "entry": entry, "creating": creating,
                                             "languages": [lang for lang in hotel.languages if lang != "en"],
                                             "gaps": gaps, "error": error, "changes": changes or [],
                                             "missing": missing, "editor": staff.role in EDITORS,
                                             "in_file": _files(_rt(request), hotel_id).kb_entry(entry.get("id", ""))
                                             is not None},
                  status_code=status_code)


@router.post("/kb/new")
async def create(request: Request, staff: Staff = Depends(signed_in)) -> Response:
    form = await auth.check_csrf(request, staff.csrf_token)
    _editor(staff)
    rt, hotel_id = _rt(request), _hotel(staff, form.get("hotel", ""))
    data = _form_entry(form, rt.hotel(hotel_id).languages)

    def change() -> None:
        entry = live.validated(data)
        with rt.db.session() as session:
            live.save(session, _files(rt, hotel_id), entry, staff.email, create=True)
            if form.get("gaps"):
                kb_gaps.set_status(session, hotel_id, _ids(form["gaps"]), "answered", entry.id)

    try:
        await run_in_threadpool(change)
    except live.KBChangeError as exc:
        return _entry_form(request, staff, hotel_id, data, creating=True, gaps=form.get("gaps", ""),
                           error=str(exc), status_code=400)
    return RedirectResponse(f"/console/kb/{hotel_id}/{data['id'].strip()}", status_code=303)


@router.get("/kb/{hotel_id}/{entry_id}")
async def entry_page(hotel_id: str, entry_id: str, request: Request, staff: Staff = Depends(signed_in)) -> Response:
    if hotel_id not in staff.hotels:
        raise auth.Forbidden("Not a hotel of yours.")
    rt = _rt(request)

    def load():
        with rt.db.session() as session:
            files = _files(rt, hotel_id)
            entry = next((e for e in live.current_entries(session, files) if e.id == entry_id), None)
            return entry, live.history(session, files, entry_id)

    entry, changes = await run_in_threadpool(load)
    if entry is None and not changes:
        return render(request, "error.html", {"staff": staff, "message": f"No entry {entry_id!r}."}, status_code=404)
    shown = entry.model_dump() if entry else {"id": entry_id, "category": "", "questions": [], "answer": "",
                                              "translations": {}, "retired": True}
    return _entry_form(request, staff, hotel_id, shown, creating=False, changes=changes)


@router.post("/kb/{hotel_id}/{entry_id}")
async def edit(hotel_id: str, entry_id: str, request: Request, staff: Staff = Depends(signed_in)) -> Response:
    """Save, retire or revert one entry (the form's `action`)."""
    form = await auth.check_csrf(request, staff.csrf_token)
    _editor(staff)
    if hotel_id not in staff.hotels:
        raise auth.Forbidden("Not a hotel of yours.")
    rt = _rt(request)
    action = form.get("action", "save")
    data = {**_form_entry(form, rt.hotel(hotel_id).languages), "id": entry_id}

    def change() -> None:
        with rt.db.session() as session:
            files = _files(rt, hotel_id)
            if action == "retire":
                live.retire(session, files, entry_id, staff.email)
            elif action == "revert":
                version = form.get("version", "")
                if not version.isdigit():
                    raise live.KBChangeError("no version to go back to")
                live.revert(session, files, entry_id, int(version), staff.email)
            else:
                live.save(session, files, live.validated(data), staff.email)

    try:
        await run_in_threadpool(change)
    except live.KBChangeError as exc:
        with rt.db.session() as session:
            changes = live.history(session, _files(rt, hotel_id), entry_id)
        return _entry_form(request, staff, hotel_id, data, creating=False, error=str(exc), changes=changes,
                           status_code=400)
    return RedirectResponse(f"/console/kb/{hotel_id}/{entry_id}", status_code=303)
