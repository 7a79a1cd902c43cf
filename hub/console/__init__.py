"""The staff console at `/console`: server-rendered pages (Jinja2), enhanced by htmx, live through SSE.

`install(app)` adds its routes, its static files and what a page does when
nobody is signed in. Every change a person makes goes through the same
lifecycle functions as the Slack front desk (`jobs.staff`).
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles

from hub.console import analytics, knowledge, records, review
from hub.console.auth import Forbidden, NotSignedIn, PasswordChangeRequired
from hub.console.pages import render, router

STATIC = Path(__file__).parent / "static"


def install(app: FastAPI) -> None:
    app.include_router(router)
    app.include_router(records.router)
    app.include_router(knowledge.router)
    app.include_router(analytics.router)
    app.include_router(review.router)
    app.mount("/console/static", StaticFiles(directory=STATIC), name="console-static")

    @app.exception_handler(NotSignedIn)
    async def sign_in_first(request: Request, _exc: NotSignedIn) -> Response:
        if request.method == "GET" and "hx-request" not in request.headers:
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            return RedirectResponse(f"/console/login?next={target}", status_code=303)
        # htmx follows HX-Redirect to the sign-in page; other callers read the 401.
        return JSONResponse({"error": "sign in first"}, status_code=401, headers={"HX-Redirect": "/console/login"})

    @app.exception_handler(PasswordChangeRequired)
    async def choose_password(_request: Request, _exc: PasswordChangeRequired) -> Response:
        return RedirectResponse("/console/password", status_code=303)

    @app.exception_handler(Forbidden)
    async def forbidden(request: Request, exc: Forbidden) -> Response:
        return render(request, "error.html", {"message": exc.reason}, status_code=403)


__all__ = ["install"]
