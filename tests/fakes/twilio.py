"""A small fake of Twilio's REST API for the real `twilio` SDK over localhost HTTP, and Twilio's side of a webhook.

Serves `POST /2010-04-01/Accounts/{sid}/Messages.json` (basic auth, Twilio's
resource and error shapes) and media at `/2010-04-01/Accounts/{sid}/Messages/
{MM}/Media/{ME}`, records every message created, and can be told to fail the
next sends. `inbound_params`/`status_params` build the form parameters Twilio
posts to a webhook (copied from Twilio's documented requests), `signature`
signs them as Twilio does, with the SDK's own `RequestValidator`.
"""

from __future__ import annotations

import asyncio
import base64
import itertools
import threading
import time
from contextlib import AbstractContextManager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from twilio.request_validator import RequestValidator

from tests.fakes.server import running

ACCOUNT_SID = "AC" + "1" * 32
AUTH_TOKEN = "twilio-test-auth-token"
SMS_NUMBER = "+14155550100"
WHATSAPP_NUMBER = "+14155238886"


class FakeTwilio:
    def __init__(self, account_sid: str = ACCOUNT_SID, auth_token: str = AUTH_TOKEN):
        self.account_sid, self.auth_token = account_sid, auth_token
        self.base = ""   # set once served
        self.sent: list[dict[str, str]] = []          # form parameters of each message created, in arrival order
        self.arrived: list[float] = []                 # time.monotonic() of each, for the benchmarks
        self.media: dict[str, tuple[str, bytes]] = {}  # path -> (content type, bytes)
        self.media_fetches = 0
        self.media_connections: set[tuple[str, int]] = set()   # the clients' (host, port): one per TCP connection
        self._failures: list[tuple[int, int]] = []     # (HTTP status, Twilio error code) for the next sends
        self._stall_after: int | None = None           # the send after this many hangs (see `stall_after`)
        self.stalled = threading.Event()                # set once a send hangs
        self.released = threading.Event()               # set by the test: the hung send answers 503
        self._sids = itertools.count(1)
        self._guard = threading.Lock()
        self.app = self._build()

    # --- what a test arranges ---------------------------------------------------------------

    def fail(self, times: int = 1, status: int = 500, code: int = 20500) -> None:
        """The next `times` sends answer `status` with Twilio error `code`."""
        with self._guard:
            self._failures.extend([(status, code)] * times)

    def stall_after(self, sends: int) -> None:
        """After `sends` messages, the next send hangs unrecorded (a worker can be killed mid-send) until
        `released` is set, then answers 503: Twilio never accepted it."""
        self._stall_after = sends

    def add_media(self, data: bytes, content_type: str) -> str:
        """Store an attachment; returns its `MediaUrlN`."""
        n = next(self._sids)
        path = f"/2010-04-01/Accounts/{self.account_sid}/Messages/MM{n:032d}/Media/ME{n:032d}"
        self.media[path] = (content_type, data)
        return self.base + path

    def bodies_to(self, recipient: str) -> list[str]:
        return [m.get("Body", "") for m in self.sent if m["To"] == recipient]

    # --- Twilio's side -----------------------------------------------------------------------

    def _authorized(self, request: Request) -> bool:
        expected = "Basic " + base64.b64encode(f"{self.account_sid}:{self.auth_token}".encode()).decode()
        return request.headers.get("Authorization") == expected

    def _build(self) -> FastAPI:
        app = FastAPI()

        @app.post("/2010-04-01/Accounts/{sid}/Messages.json")
        async def create_message(sid: str, request: Request) -> Response:
            if not self._authorized(request) or sid != self.account_sid:
                return _error(401, 20003, "Authenticate")
            form = {k: str(v) for k, v in (await request.form()).multi_items()}
            with self._guard:
                stall = self._stall_after is not None and len(self.sent) >= self._stall_after
                if stall:
                    self._stall_after = None
            if stall:
                self.stalled.set()
                await asyncio.to_thread(self.released.wait, 120)
                return _error(503, 20503, "Service unavailable")
            with self._guard:
                failure = self._failures.pop(0) if self._failures else None
                if failure is None:
                    self.sent.append(form)
                    self.arrived.append(time.monotonic())
                    n = next(self._sids)
            if failure is not None:
                return _error(failure[0], failure[1], "Service unavailable" if failure[0] >= 500 else "Refused")
            return JSONResponse(_message_resource(sid, f"SM{n:032x}", form), status_code=201)

        @app.get("/2010-04-01/Accounts/{sid}/Messages/{mm}/Media/{me}")
        async def media(sid: str, mm: str, me: str, request: Request) -> Response:
            if not self._authorized(request):
                return _error(401, 20003, "Authenticate")
            found = self.media.get(request.url.path)
            if found is None:
                return _error(404, 20404, "The requested resource was not found")
            self.media_fetches += 1
            if request.client is not None:
                self.media_connections.add((request.client.host, request.client.port))
            return Response(found[1], media_type=found[0])

        return app


def _error(status: int, code: int, message: str) -> JSONResponse:
    return JSONResponse({"code": code, "message": message, "more_info": f"https://www.twilio.com/docs/errors/{code}",
                         "status": status}, status_code=status)


def _message_resource(account_sid: str, sid: str, form: dict[str, str]) -> dict[str, Any]:
    return {"account_sid": account_sid, "api_version": "2010-04-01", "body": form.get("Body", ""),
            "date_created": "Thu, 20 Nov 2025 10:00:00 +0000", "date_sent": None, "date_updated": None,
            "direction": "outbound-api", "error_code": None, "error_message": None, "from": form.get("From"),
            "messaging_service_sid": None, "num_media": "0", "num_segments": "1", "price": None,
            "price_unit": "USD", "sid": sid, "status": "queued", "to": form.get("To"),
            "uri": f"/2010-04-01/Accounts/{account_sid}/Messages/{sid}.json"}


def running_fake() -> AbstractContextManager[FakeTwilio]:
    """A FakeTwilio on a localhost port; its `base` is what TWILIO_API_BASE should be."""
    return running(FakeTwilio())


_inbound = itertools.count(1)


def inbound_params(sender: str, to: str, body: str = "", *, whatsapp: bool = False, sid: str | None = None,
                   media: tuple[tuple[str, str], ...] = (), profile_name: str = "Ana Guest") -> dict[str, str]:
    """The form Twilio posts for an incoming SMS (or WhatsApp message with `whatsapp=True`)."""
    prefix = "whatsapp:" if whatsapp else ""
    sid = sid or f"SM{next(_inbound):032x}"
    params = {"ToCountry": "US", "ToState": "CA", "SmsMessageSid": sid, "NumMedia": str(len(media)),
              "ToCity": "SAN FRANCISCO", "FromZip": "", "SmsSid": sid, "FromState": "", "SmsStatus": "received",
              "FromCity": "", "Body": body, "FromCountry": "", "To": prefix + to, "ToZip": "94105",
              "NumSegments": "1", "MessageSid": sid, "AccountSid": ACCOUNT_SID, "From": prefix + sender,
              "ApiVersion": "2010-04-01"}
    if whatsapp:
        params |= {"ProfileName": profile_name, "WaId": sender.removeprefix("+"), "ReferralNumMedia": "0",
                   "MessageType": media[0][1].split("/")[0] if media else "text"}
        for key in ("ToCountry", "ToState", "ToCity", "FromZip", "FromState", "FromCity", "FromCountry", "ToZip"):
            params.pop(key)
    for i, (url, content_type) in enumerate(media):
        params[f"MediaUrl{i}"] = url
        params[f"MediaContentType{i}"] = content_type
    return params


def status_params(message_sid: str, status: str, to: str, sender: str, *, error_code: str | None = None,
                  whatsapp: bool = False) -> dict[str, str]:
    """The form Twilio posts to a message's StatusCallback."""
    prefix = "whatsapp:" if whatsapp else ""
    params = {"SmsSid": message_sid, "SmsStatus": status, "MessageStatus": status, "To": prefix + to,
              "MessageSid": message_sid, "AccountSid": ACCOUNT_SID, "From": prefix + sender,
              "ApiVersion": "2010-04-01"}
    if whatsapp:
        params["ChannelPrefix"] = "whatsapp"
    if error_code:
        params["ErrorCode"] = error_code
    return params


def signature(url: str, params: dict[str, str], auth_token: str = AUTH_TOKEN) -> str:
    """`X-Twilio-Signature` for a POST of `params` to `url`, as Twilio computes it."""
    return RequestValidator(auth_token).compute_signature(url, params)
