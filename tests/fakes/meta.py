"""A small fake of Meta's WhatsApp Cloud API (Graph API) over localhost HTTP, and Meta's side of a webhook.

Serves `POST /v21.0/{phone_number_id}/messages`, the media lookup `GET /v21.0/{media_id}`
and the media download it points to, all behind the bearer token, with the Graph
API's response and error shapes; records every message sent and can be told to
fail the next sends (429 with `Retry-After`, 5xx). The payload builders copy the
`messages` webhook shapes of Meta's reference; `signed` signs a body as Meta does.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import threading
import time
from contextlib import AbstractContextManager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response

from tests.fakes.server import running

ACCESS_TOKEN = "EAAG-test-access-token"
APP_SECRET = "meta-test-app-secret"
VERIFY_TOKEN = "meta-test-verify-token"
PHONE_NUMBER_ID = "106540352242922"
DISPLAY_NUMBER = "15550783881"
VERSION = "v21.0"


class FakeMeta:
    def __init__(self, access_token: str = ACCESS_TOKEN):
        self.access_token = access_token
        self.base = ""   # the server's root; WHATSAPP_API_BASE is `api_base`
        self.sent: list[dict[str, Any]] = []          # JSON bodies of each message sent, in arrival order
        self.media: dict[str, tuple[str, bytes]] = {}  # media id -> (mime type, bytes)
        self.media_downloads = 0
        self._failures: list[tuple[int, dict[str, str], dict[str, Any]]] = []
        self._ids = itertools.count(1)
        self._guard = threading.Lock()
        self.app = self._build()

    @property
    def api_base(self) -> str:
        return f"{self.base}/{VERSION}"

    # --- what a test arranges ---------------------------------------------------------------

    def fail(self, times: int = 1, status: int = 500, retry_after: int | None = None) -> None:
        """The next `times` sends answer `status` (429: Meta's throttling error, with `Retry-After`)."""
        code = 130429 if status == 429 else 131000
        error = {"error": {"message": "Rate limit hit" if status == 429 else "Something went wrong",
                           "type": "OAuthException", "code": code, "fbtrace_id": "AbCdEf"}}
        headers = {"Retry-After": str(retry_after)} if retry_after is not None else {}
        with self._guard:
            self._failures.extend([(status, headers, error)] * times)

    def add_media(self, data: bytes, mime_type: str) -> str:
        """Store an attachment; returns its media id."""
        media_id = f"{next(self._ids) + 1000000000000000}"
        self.media[media_id] = (mime_type, data)
        return media_id

    def texts_to(self, recipient: str) -> list[str]:
        return [m["text"]["body"] for m in self.sent if m["to"] == recipient.removeprefix("+") and m["type"] == "text"]

    # --- Meta's side -------------------------------------------------------------------------

    def _authorized(self, request: Request) -> bool:
        return request.headers.get("Authorization") == f"Bearer {self.access_token}"

    def _build(self) -> FastAPI:
        app = FastAPI()
        unauthorized = {"error": {"message": "Invalid OAuth access token.", "type": "OAuthException", "code": 190}}

        @app.post(f"/{VERSION}/{{phone_number_id}}/messages")
        async def send(phone_number_id: str, request: Request) -> Response:
            if not self._authorized(request):
                return JSONResponse(unauthorized, status_code=401)
            body = await request.json()
            with self._guard:
                failure = self._failures.pop(0) if self._failures else None
                if failure is None:
                    self.sent.append(body | {"_phone_number_id": phone_number_id})
                    wamid = f"wamid.OUT{next(self._ids):020d}"
            if failure is not None:
                return JSONResponse(failure[2], status_code=failure[0], headers=failure[1])
            return JSONResponse({"messaging_product": "whatsapp",
                                 "contacts": [{"input": body["to"], "wa_id": body["to"]}],
                                 "messages": [{"id": wamid}]})

        @app.get(f"/{VERSION}/{{media_id}}")
        async def media_url(media_id: str, request: Request) -> Response:
            if not self._authorized(request):
                return JSONResponse(unauthorized, status_code=401)
            if media_id not in self.media:
                return JSONResponse({"error": {"message": "Unsupported get request.", "code": 100}}, status_code=400)
            mime, data = self.media[media_id]
            return JSONResponse({"messaging_product": "whatsapp", "url": f"{self.base}/download/{media_id}",
                                 "mime_type": mime, "sha256": hashlib.sha256(data).hexdigest(),
                                 "file_size": len(data), "id": media_id})

        @app.get("/download/{media_id}")
        async def download(media_id: str, request: Request) -> Response:
            if not self._authorized(request):
                return JSONResponse(unauthorized, status_code=401)
            self.media_downloads += 1
            mime, data = self.media[media_id]
            return Response(data, media_type=mime)

        return app


def running_fake() -> AbstractContextManager[FakeMeta]:
    """A FakeMeta on a localhost port; its `api_base` is what WHATSAPP_API_BASE should be."""
    return running(FakeMeta())


# --- webhook payloads, shaped as in Meta's `messages` webhook reference ---------------------------

_wamids = itertools.count(1)


def wamid() -> str:
    return f"wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQTRBNjU5OUFFRTAz{next(_wamids):08d}="


def message(sender: str, kind: str, content: dict[str, Any], *, message_id: str | None = None) -> dict[str, Any]:
    """One item of `value.messages`: `kind` is text, audio, interactive, image, location, ..."""
    return {"from": sender.removeprefix("+"), "id": message_id or wamid(), "timestamp": str(int(time.time())),
            "type": kind, kind: content}


def text(sender: str, body: str, **kw) -> dict[str, Any]:
    return message(sender, "text", {"body": body}, **kw)


def voice(sender: str, media_id: str, **kw) -> dict[str, Any]:
    return message(sender, "audio", {"mime_type": "audio/ogg; codecs=opus", "sha256": "x" * 44, "id": media_id,
                                     "voice": True}, **kw)


def button_reply(sender: str, reply_id: str, title: str, **kw) -> dict[str, Any]:
    return message(sender, "interactive", {"type": "button_reply", "button_reply": {"id": reply_id, "title": title}},
                   **kw)


def status(message_id: str, state: str, recipient: str, errors: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """One item of `value.statuses`: a delivery receipt."""
    item: dict[str, Any] = {"id": message_id, "status": state, "timestamp": str(int(time.time())),
                            "recipient_id": recipient.removeprefix("+")}
    if state != "failed":
        item["conversation"] = {"id": "CONVERSATION_ID", "origin": {"type": "service"}}
        item["pricing"] = {"billable": True, "pricing_model": "CBP", "category": "service"}
    if errors:
        item["errors"] = errors
    return item


def payload(*values: dict[str, Any]) -> dict[str, Any]:
    """A webhook body with one entry per value (each a `changes[].value`)."""
    return {"object": "whatsapp_business_account",
            "entry": [{"id": "102290129340398", "changes": [{"value": v, "field": "messages"}]} for v in values]}


def value(messages: list[dict[str, Any]] = (), statuses: list[dict[str, Any]] = (),
          phone_number_id: str = PHONE_NUMBER_ID, names: dict[str, str] | None = None) -> dict[str, Any]:
    result: dict[str, Any] = {"messaging_product": "whatsapp",
                              "metadata": {"display_phone_number": DISPLAY_NUMBER, "phone_number_id": phone_number_id}}
    if messages:
        senders = {m["from"] for m in messages}
        result["contacts"] = [{"profile": {"name": (names or {}).get(s, "Sheena Nelson")}, "wa_id": s}
                              for s in sorted(senders)]
        result["messages"] = list(messages)
    if statuses:
        result["statuses"] = list(statuses)
    return result


def signed(body: dict[str, Any], secret: str = APP_SECRET) -> tuple[bytes, dict[str, str]]:
    """The raw body and headers Meta would post: `X-Hub-Signature-256` over exactly these bytes."""
    raw = json.dumps(body).encode()
    signature = "sha256=" + hmac.new(secret.encode(), raw, hashlib.sha256).hexdigest()
    return raw, {"Content-Type": "application/json", "X-Hub-Signature-256": signature}
