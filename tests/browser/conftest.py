"""A real browser (Debian's Chromium, driven by Playwright) against a real hub served over HTTP.

`scripts/browser.sh` (run by `make test`) installs /usr/bin/chromium; Playwright never downloads a browser.
The hub runs embedded (jobs in threads), with the fake Slack and Telegram of tests/fakes, and its app is
served on a localhost port so the browser talks HTTP to it like to `concierge serve`.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from core.hotels import WebChat
from tests.fakes.server import free_ports, serve_in_thread
from tests.fakes.slack import running_hub

CHROMIUM = os.environ.get("CONCIERGE_CHROMIUM", "/usr/bin/chromium")
# Set CONCIERGE_SCREENSHOTS=docs to refresh the screenshots the README shows.
SCREENSHOTS = os.environ.get("CONCIERGE_SCREENSHOTS")


def _browser_or_skip() -> Any:
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.skip(f"no Chromium at {CHROMIUM}: run scripts/browser.sh (make test does)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed: pip install -e '.[test]'")
    return sync_playwright


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_playwright = _browser_or_skip()
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield chromium
        chromium.close()


class Site:
    """A web page of the hotel's own site, on its own origin, that embeds the widget from the hub."""

    def __init__(self, hub_url: str, hotel: str):
        from fastapi import FastAPI
        from fastapi.responses import HTMLResponse

        self.app = FastAPI()

        @self.app.get("/")
        async def page() -> HTMLResponse:
            return HTMLResponse(f"<!doctype html><html lang='en'><title>Harbor View Hotel</title>"
                                f"<body style='font-family:sans-serif;background:#eef2f5'><h1>Harbor View Hotel</h1>"
                                f"<p>Rooms on the water in Portside.</p>"
                                f"<script src='{hub_url}/widget.js' data-hotel='{hotel}' async></script></body></html>")


@pytest.fixture
def served(db, hotel) -> Iterator[dict[str, Any]]:
    """The hub on http://localhost:PORT; the hotel's site (allowed) and another site (not allowed) on 127.0.0.1."""
    site_port, other_port, hub_port = free_ports(3)  # chosen together: the hub must not be given the site's
    allowed = WebChat(allowed_origins=[f"http://127.0.0.1:{site_port}"])
    with running_hub(db, hotel.model_copy(update={"web": allowed}), embedded=True,
                     telegram_webhook_secret="tg-secret") as hub, serve_in_thread(hub.web.app, hub_port) as base:
        hub_url = base.replace("127.0.0.1", "localhost")
        with serve_in_thread(Site(hub_url, hotel.id).app, site_port) as site, \
                serve_in_thread(Site(hub_url, hotel.id).app, other_port) as other:
            yield {"hub": hub, "url": hub_url, "site": site, "other": other}


def screenshot(page: Any, name: str) -> None:
    if SCREENSHOTS:
        page.screenshot(path=str(Path(SCREENSHOTS) / name), full_page=False)
