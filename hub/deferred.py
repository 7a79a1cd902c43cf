"""Route groups imported on their first request.

A web process that only acknowledges webhooks then starts, and stays, without
what the staff console, the chat API, the web chat, the demo checkout or an
unconfigured provider's SDK would import (Jinja2, the Slack SDK, Stripe,
python-telegram-bot, FastAPI's models for every form): a cold start pays only
for the routes it serves.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from fastapi import APIRouter, FastAPI
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Match, get_route_path
from starlette.types import Receive, Scope, Send

Handler = Callable[[Request, Any], Response | Awaitable[Response]]


@dataclass
class RouteGroup:
    """A router, with the exception handlers that apply to its routes (as `app.add_exception_handler` would)."""

    router: APIRouter
    exception_handlers: Mapping[type[Exception], Handler] = field(default_factory=dict)


def included(app: FastAPI, *routers: APIRouter) -> APIRouter:
    """`routers` in one router, included as `app.include_router` includes them (`app.dependency_overrides` apply)."""
    group = APIRouter(dependency_overrides_provider=app)
    for router in routers:
        group.include_router(router)
    return group


class DeferredRoutes(BaseRoute):
    """Stands in an app's routes for the group `build` returns, whose paths all start with one of `prefixes`.

    The first request under a prefix (or a URL or schema lookup) builds the group; the group's router then
    answers what it matches, with the group's exception handlers.
    """

    def __init__(self, prefixes: tuple[str, ...], build: Callable[[], RouteGroup]):
        self.prefixes, self.build = prefixes, build
        self.group: RouteGroup | None = None

    def load(self) -> RouteGroup:
        if self.group is None:
            self.group = self.build()
        return self.group

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        path = get_route_path(scope)
        if scope["type"] not in ("http", "websocket") or not any(
                path == prefix or path.startswith(prefix + "/") for prefix in self.prefixes):
            return Match.NONE, {}
        found = Match.NONE
        for route in self.load().router.routes:   # the router matches again when it handles the request
            match, _ = route.matches(scope)
            if match is Match.FULL:
                return match, {}
            if match is Match.PARTIAL:
                found = match
        return found, {}

    def url_path_for(self, name: str, /, **path_params: Any) -> Any:
        return self.load().router.url_path_for(name, **path_params)

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        group = self.load()
        if group.exception_handlers and "starlette.exception_handlers" in scope:   # where routes look for them
            by_type, by_status = scope["starlette.exception_handlers"]
            scope["starlette.exception_handlers"] = ({**by_type, **group.exception_handlers}, by_status)
        await group.router.app(scope, receive, send)


def defer(app: FastAPI, prefixes: tuple[str, ...], build: Callable[[], RouteGroup]) -> None:
    """Route requests under `prefixes` to the group `build` returns, built at the first of them."""
    app.router.routes.append(DeferredRoutes(prefixes, build))
