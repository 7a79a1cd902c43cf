"""A small fake of the Telegram Bot API, for real python-telegram-bot calls over localhost HTTP.

Serves `/bot{token}/{method}` and `/file/bot{token}/{path}` with Telegram's own
response shapes (`{"ok": true, "result": ...}`, errors with `error_code`,
`description` and `parameters.retry_after`), records every call, and can be
told to fail the next calls of a method.
"""

from __future__ import annotations

import asyncio
import itertools
import threading
import time
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from starlette.datastructures import UploadFile

from tests.fakes.server import running

TOKEN = "123456:TEST-token"
BOT_USER = {"id": 123456, "is_bot": True, "first_name": "Harbor View Concierge", "username": "harbor_view_bot"}


@dataclass
class Call:
    method: str
    params: dict[str, str]
    files: dict[str, bytes] = field(default_factory=dict)
    at: float = field(default_factory=time.monotonic)   # when it arrived, for the benchmarks


class FakeTelegram:
    def __init__(self, token: str = TOKEN):
        self.token = token
        self.base = ""   # set once served
        self.calls: list[Call] = []
        self.connections: set[tuple[str, int]] = set()   # the clients' (host, port): one per TCP connection
        self.updates: list[dict[str, Any]] = []
        self.files: dict[str, tuple[str, bytes]] = {}   # file_id -> (file_path, bytes)
        self.downloads: list[str] = []
        self.webhook: dict[str, str] = {}
        self._failures: dict[str, list[tuple[int, dict[str, Any]]]] = {}
        self._message_ids = itertools.count(1000)
        self._guard = threading.Lock()
        self.app = self._build()

    # --- what a test arranges ---------------------------------------------------------------

    def fail(self, method: str, times: int = 1, status: int = 500, retry_after: int | None = None) -> None:
        """The next `times` calls of `method` answer `status` (429 with `retry_after` seconds)."""
        body: dict[str, Any] = {"ok": False, "error_code": status, "description": _DESCRIPTIONS.get(status, "Error")}
        if retry_after is not None:
            body["description"] = f"Too Many Requests: retry after {retry_after}"
            body["parameters"] = {"retry_after": retry_after}
        with self._guard:
            self._failures.setdefault(method, []).extend([(status, body)] * times)

    def add_file(self, file_id: str, content: bytes, file_path: str = "voice/file_0.oga") -> None:
        self.files[file_id] = (file_path, content)

    def queue_update(self, update: dict[str, Any]) -> None:
        """An update for getUpdates (long polling)."""
        self.updates.append(update)

    # --- what a test asserts ------------------------------------------------------------------

    def calls_to(self, method: str) -> list[Call]:
        with self._guard:
            return [c for c in self.calls if c.method == method]

    def wait_for(self, method: str, count: int = 1, timeout: float = 60.0) -> list[Call]:
        """The calls of `method` once there are `count` of them (replies arrive from background jobs)."""
        deadline = time.monotonic() + timeout
        while len(calls := self.calls_to(method)) < count:
            if time.monotonic() > deadline:
                raise AssertionError(f"{method} called {len(calls)} time(s), expected {count}: {self.calls}")
            time.sleep(0.02)
        return calls

    # --- the API -------------------------------------------------------------------------------

    def _build(self) -> FastAPI:
        app = FastAPI()

        @app.api_route("/bot{token}/{method}", methods=["GET", "POST"])
        async def api(token: str, method: str, request: Request) -> Response:
            if token != self.token:
                return JSONResponse({"ok": False, "error_code": 401, "description": "Unauthorized"}, 401)
            form = await request.form()
            params = {k: v for k, v in form.items() if isinstance(v, str)}
            files = {k: await v.read() for k, v in form.items() if isinstance(v, UploadFile)}
            with self._guard:
                self.calls.append(Call(method, params, files))
                self.connections.add((request.client.host, request.client.port))
                failures = self._failures.get(method)
                failure = failures.pop(0) if failures else None
            if failure is not None:
                return JSONResponse(failure[1], status_code=failure[0])
            if method == "getUpdates":
                await self._long_poll(params)
            handler = getattr(self, f"_{method}", None)
            if handler is None:
                return JSONResponse({"ok": False, "error_code": 404, "description": "Not Found"}, 404)
            return handler(params)

        @app.get("/file/bot{token}/{file_path:path}")
        async def file(token: str, file_path: str) -> Response:
            content = next((data for path, data in self.files.values() if path == file_path), None)
            if token != self.token or content is None:
                return JSONResponse({"ok": False, "error_code": 404, "description": "Not Found"}, 404)
            self.downloads.append(file_path)
            return Response(content, media_type="application/octet-stream")

        return app

    @staticmethod
    def _ok(result: Any) -> JSONResponse:
        return JSONResponse({"ok": True, "result": result})

    def _message(self, params: dict[str, str], **content: Any) -> JSONResponse:
        return self._ok({"message_id": next(self._message_ids), "date": int(time.time()), "from": BOT_USER,
                         "chat": {"id": int(params["chat_id"]), "type": "private"}, **content})

    def _getMe(self, _params: dict[str, str]) -> JSONResponse:
        return self._ok(BOT_USER)

    def _sendMessage(self, params: dict[str, str]) -> JSONResponse:
        return self._message(params, text=params["text"])

    def _sendVoice(self, params: dict[str, str]) -> JSONResponse:
        voice = {"file_id": f"sent-voice-{len(self.calls)}", "file_unique_id": f"u{len(self.calls)}", "duration": 2,
                 "mime_type": "audio/ogg"}
        return self._message(params, voice=voice, **({"caption": params["caption"]} if "caption" in params else {}))

    def _sendChatAction(self, _params: dict[str, str]) -> JSONResponse:
        return self._ok(True)

    def _getFile(self, params: dict[str, str]) -> JSONResponse:
        file_id = params["file_id"]
        if file_id not in self.files:
            return JSONResponse({"ok": False, "error_code": 400,
                                 "description": "Bad Request: invalid file_id"}, status_code=400)
        path, content = self.files[file_id]
        return self._ok({"file_id": file_id, "file_unique_id": f"u-{file_id}", "file_size": len(content),
                         "file_path": path})

    def _setWebhook(self, params: dict[str, str]) -> JSONResponse:
        self.webhook = params
        return self._ok(True)

    def _deleteWebhook(self, _params: dict[str, str]) -> JSONResponse:
        self.webhook = {}
        return self._ok(True)

    async def _long_poll(self, params: dict[str, str]) -> None:
        """Like Telegram, hold getUpdates open up to `timeout` seconds until an update is there."""
        deadline = time.monotonic() + float(params.get("timeout", 0))
        offset = int(params.get("offset", 0))
        while time.monotonic() < deadline and not any(u["update_id"] >= offset for u in self.updates):
            await asyncio.sleep(0.05)

    def _getUpdates(self, params: dict[str, str]) -> JSONResponse:
        if self.webhook.get("url"):
            return JSONResponse({"ok": False, "error_code": 409, "description": "Conflict: can't use getUpdates "
                                 "method while webhook is active; use deleteWebhook to delete the webhook first"}, 409)
        offset = int(params.get("offset", 0))
        with self._guard:
            self.updates = [u for u in self.updates if u["update_id"] >= offset]   # confirmed ones are gone
            pending = self.updates[:int(params.get("limit", 100))]
        return self._ok(pending)


_DESCRIPTIONS = {
    400: "Bad Request: chat not found",
    403: "Forbidden: bot was blocked by the user",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
}


# --- Updates as Telegram sends them -------------------------------------------------------------------

GUEST = {"id": 555001, "is_bot": False, "first_name": "Ana", "last_name": "García", "language_code": "es"}


def message_update(update_id: int, message_id: int | None = None, chat_id: int = GUEST["id"],
                   **content: Any) -> dict[str, Any]:
    """An update carrying a guest's private message; `content` is e.g. `text=...` or `voice={...}`."""
    return {"update_id": update_id,
            "message": {"message_id": message_id or update_id % 100_000, "date": int(time.time()),
                        "from": GUEST, "chat": {"id": chat_id, "first_name": GUEST["first_name"], "type": "private"},
                        **content}}


def voice_content(file_id: str, duration: int = 3, size: int = 4096) -> dict[str, Any]:
    return {"voice": {"file_id": file_id, "file_unique_id": f"u-{file_id}", "duration": duration,
                      "mime_type": "audio/ogg", "file_size": size}}


def sticker_content() -> dict[str, Any]:
    return {"sticker": {"file_id": "CAACAgIAAxkBAAEL", "file_unique_id": "AgADwQADMNSdEQ", "type": "regular",
                        "width": 512, "height": 512, "is_animated": False, "is_video": False, "emoji": "👍"}}


def running_fake() -> AbstractContextManager[FakeTelegram]:
    """A FakeTelegram on a localhost port; its `base` is what TELEGRAM_API_BASE should be."""
    return running(FakeTelegram())
