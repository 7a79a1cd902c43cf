"""The staff console at `/console`: server-rendered pages (Jinja2), enhanced by htmx, live through SSE.

`install(app)` adds its routes, its static files and what a page does when
nobody is signed in. Every change a person makes goes through the same
lifecycle functions as the Slack front desk (`jobs.staff`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles

from hub.deferred import RouteGroup, defer, included

if TYPE_CHECKING:
    from hub.console.auth import Forbidden

STATIC = Path(__file__).parent / "static"


def install(app: FastAPI) -> None:
    """The console's routes, imported at its first request (a web process that only takes webhooks never does)."""
    defer(app, ("/console",), lambda: routes(app))


def routes(app: FastAPI) -> RouteGroup:
    from hub.console import analytics, knowledge, pages, records, review
    from hub.console.auth import Forbidden, NotSignedIn, PasswordChangeRequired

    group = included(app, pages.router, records.router, knowledge.router, analytics.router, review.router)
    group.mount("/console/static", StaticFiles(directory=STATIC), name="console-static")
    return RouteGroup(group, {NotSignedIn: sign_in_first, PasswordChangeRequired: choose_password,
                              Forbidden: forbidden})


async def sign_in_first(request: Request, _exc: Exception) -> Response:
    if request.method == "GET" and "hx-request" not in request.headers:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/console/login?next={target}", status_code=303)
    # htmx follows HX-Redirect to the sign-in page; other callers read the 401.
    return JSONResponse({"error": "sign in first"}, status_code=401, headers={"HX-Redirect": "/console/login"})


async def choose_password(_request: Request, _exc: Exception) -> Response:
    return RedirectResponse("/console/password", status_code=303)


async def forbidden(request: Request, exc: Forbidden) -> Response:
    from hub.console.pages import render

    return render(request, "error.html", {"message": exc.reason}, status_code=403)


__all__ = ["install"]
