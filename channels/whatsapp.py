"""Meta WhatsApp Cloud API. Meta ships no official Python SDK, so this speaks its Graph API with httpx.

Is it Meta? GET: the verification handshake with `WHATSAPP_VERIFY_TOKEN`.
POST: `X-Hub-Signature-256`, HMAC-SHA256 of the raw body with the app secret,
compared in constant time. What did the guest send? One payload may carry
several entries, changes and messages: text, voice notes (`audio`), button and
list replies; `statuses` are delivery receipts, recorded and never answered.
Media: id → URL → bytes, both with the bearer token. How is a reply
delivered? `POST {WHATSAPP_API_BASE}/{phone_number_id}/messages`, quoting the
guest's message with `context.message_id` when it answers one of a burst.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from typing import Any

import httpx
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response

from agent.runtime import Runtime, UnknownHotel
from channels import AttachmentTooLarge, http_pool, read_capped
from channels.base import Accept, AcceptReceipts, DeliveryError, PermanentDeliveryError, Receipt, webhook
from core.hotels import Hotel
from core.messages import Channel, InboundMessage, Media, MediaKind, OutboundMessage
from core.settings import Settings

log = logging.getLogger(__name__)

PATH = "/webhooks/whatsapp"
KINDS = {"image": MediaKind.IMAGE, "video": MediaKind.VIDEO, "document": MediaKind.DOCUMENT,
         "sticker": MediaKind.STICKER, "location": MediaKind.LOCATION}
RATE_LIMIT_CODES = {4, 80007, 130429, 131048, 131056}   # Graph API throttling: try again later
RECEIPTS = {"sent": "sent", "delivered": "delivered", "read": "read", "failed": "failed"}

def router(rt: Runtime, accept: Accept, accept_receipts: AcceptReceipts) -> APIRouter:
    """The webhook, handing guest messages to `accept` and delivery receipts to `accept_receipts`."""
    routes = APIRouter()

    @routes.get(PATH)
    async def handshake(request: Request) -> Response:
        """Meta's subscription check: echo `hub.challenge` when `hub.verify_token` is ours."""
        expected = rt.settings.whatsapp_verify_token
        query = request.query_params
        given = query.get("hub.verify_token", "")
        if not expected or query.get("hub.mode") != "subscribe" or not hmac.compare_digest(given.encode(),
                                                                                            expected.encode()):
            return JSONResponse({"error": "verification failed"}, status_code=403)
        return PlainTextResponse(query.get("hub.challenge", ""))

    @routes.post(PATH)
    @webhook
    async def receive(request: Request) -> Response:
        secret = rt.settings.whatsapp_app_secret
        if not secret:
            return JSONResponse({"error": "WhatsApp is not configured on this hub (WHATSAPP_APP_SECRET)"},
                                status_code=403)
        body = await request.body()
        if not signature_valid(secret, body, request.headers.get("X-Hub-Signature-256", "")):
            return JSONResponse({"error": "invalid X-Hub-Signature-256"}, status_code=403)
        try:
            payload = json.loads(body)
            messages, receipts = parse(rt, payload)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            return JSONResponse({"error": f"not a WhatsApp webhook payload: {exc}"}, status_code=400)
        except UnknownHotel as exc:
            return JSONResponse({"error": f"no hotel answers on phone number id {exc}"}, status_code=404)
        await accept(messages)
        await accept_receipts(receipts)
        return JSONResponse({"ok": True})

    return routes


def signature_valid(secret: str, body: bytes, header: str) -> bool:
    expected = "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected.encode(), header.encode())


def parse(rt: Runtime, payload: dict[str, Any]) -> tuple[list[InboundMessage], list[Receipt]]:
    """Every guest message and every delivery receipt in one webhook payload."""
    if payload.get("object") != "whatsapp_business_account":
        raise ValueError(f"object is {payload.get('object')!r}")
    messages: list[InboundMessage] = []
    receipts: list[Receipt] = []
    for entry in payload["entry"]:
        for change in entry.get("changes", []):
            value = change.get("value", {})
            if change.get("field") != "messages":
                continue
            names = {c.get("wa_id"): c.get("profile", {}).get("name") for c in value.get("contacts", [])}
            if value.get("messages"):
                hotel = _hotel_for(rt, value["metadata"]["phone_number_id"])
                messages += [m for m in (_message(hotel, item, names) for item in value["messages"]) if m]
            for status in value.get("statuses", []):
                if status.get("status") in RECEIPTS:
                    errors = status.get("errors") or []
                    error = "; ".join(f"WhatsApp error {e.get('code')}: {e.get('title', '')}" for e in errors)
                    receipts.append(Receipt(Channel.WHATSAPP, status["id"], RECEIPTS[status["status"]], error or None))
    return messages, receipts


def _message(hotel: Hotel, item: dict[str, Any], names: dict[str, str | None]) -> InboundMessage | None:
    kind = item["type"]
    text, reply_id, media = "", None, []
    if kind == "text":
        text = item["text"]["body"]
    elif kind == "audio":
        audio = item["audio"]
        media = [Media(kind=MediaKind.VOICE if audio.get("voice") else MediaKind.AUDIO, ref=audio["id"],
                       mime_type=audio.get("mime_type"))]
    elif kind == "interactive":
        reply = item["interactive"].get(item["interactive"]["type"], {})   # button_reply or list_reply
        text, reply_id = reply.get("title", ""), reply.get("id")
    elif kind == "button":                                              # a template's quick-reply button
        text, reply_id = item["button"].get("text", ""), item["button"].get("payload")
    elif kind == "reaction":
        return None                                                      # an emoji on a message: nothing to answer
    else:
        part = item.get(kind, {})
        text = part.get("caption", "") if isinstance(part, dict) else ""
        media = [Media(kind=KINDS.get(kind, MediaKind.OTHER), ref=part.get("id", "") if isinstance(part, dict) else "",
                       mime_type=part.get("mime_type") if isinstance(part, dict) else None)]
    return InboundMessage(hotel_id=hotel.id, channel=Channel.WHATSAPP, sender="+" + item["from"],
                          provider_id=item["id"], text=text, media=media, sender_name=names.get(item["from"]),
                          interactive_reply=reply_id)


def _hotel_for(rt: Runtime, phone_number_id: str) -> Hotel:
    """The hotel that owns the WhatsApp number written to, else the default hotel."""
    for hotel in rt.hotels.values():
        if phone_number_id in hotel.channels.whatsapp_phone_number_ids:
            return hotel
    try:
        return rt.hotel(None)
    except UnknownHotel:
        raise UnknownHotel(phone_number_id) from None


class WhatsAppAdapter:
    """Delivers through the Graph API; fetches voice notes by media id."""

    channels = (Channel.WHATSAPP,)

    def configured(self, settings: Settings, hotel: Hotel) -> bool:
        return bool(settings.whatsapp_access_token and settings.whatsapp_app_secret
                    and (hotel.channels.whatsapp_phone_number_ids or settings.whatsapp_phone_number_id))

    def keyword(self, message: InboundMessage) -> str | None:
        """Meta handles opt-outs itself (the guest blocks the business): no keywords."""
        return None

    def warm(self, settings: Settings) -> None:
        """The Graph API's connection pool."""
        if settings.whatsapp_access_token:
            http_pool("whatsapp")

    def send(self, settings: Settings, hotel: Hotel, message: OutboundMessage) -> str:
        """The text (quoting the guest's message if asked), then the voice note beside it: audio has no caption."""
        body: dict[str, Any] = {"type": "text", "text": {"preview_url": False, "body": message.text}}
        if message.quote_provider_id:
            body["context"] = {"message_id": message.quote_provider_id}
        provider_id = self._post(settings, hotel, message, body)
        if message.audio_url:
            self._post(settings, hotel, message, {"type": "audio", "audio": {"link": message.audio_url}})
        return provider_id

    def send_template(self, settings: Settings, hotel: Hotel, message: OutboundMessage) -> str:
        """Outside the 24-hour window: the message's own template (a journey step's) with its parameters, else
        the hotel's approved one with the reply as its one body parameter."""
        own = message.template if message.template is not None and message.template.name else None
        name, language, params = ((own.name, own.language, own.params) if own else
                                  (hotel.channels.whatsapp_template, hotel.channels.whatsapp_template_language,
                                   [message.text[:1000]]))
        template = {"name": name, "language": {"code": language},
                    "components": [{"type": "body", "parameters": [{"type": "text", "text": p} for p in params]}]}
        return self._post(settings, hotel, message, {"type": "template", "template": template})

    def download(self, settings: Settings, hotel: Hotel, media: Media) -> bytes:
        """Media id → short-lived URL → bytes, both with the bearer token; refused early when Meta says too big."""
        http, auth = http_pool("whatsapp"), _auth(settings)
        info = _checked(http.get(f"{settings.whatsapp_api_base}/{media.ref}", headers=auth))
        limit = settings.max_attachment_bytes
        if int(info.get("file_size") or 0) > limit:
            raise AttachmentTooLarge(f"attachment of {info['file_size']} bytes")
        with http.stream("GET", info["url"], headers=auth) as response:
            if response.status_code >= 400:
                raise DeliveryError(f"WhatsApp media download: HTTP {response.status_code}")
            return read_capped(response, limit)

    def _post(self, settings: Settings, hotel: Hotel, message: OutboundMessage, body: dict[str, Any]) -> str:
        number_id = (hotel.channels.whatsapp_phone_number_ids[:1] or [settings.whatsapp_phone_number_id])[0]
        if not number_id:
            raise PermanentDeliveryError("no WhatsApp phone number id to send from (WHATSAPP_PHONE_NUMBER_ID)")
        payload = {"messaging_product": "whatsapp", "recipient_type": "individual",
                   "to": message.recipient.removeprefix("+"), **body}
        try:
            response = http_pool("whatsapp").post(f"{settings.whatsapp_api_base}/{number_id}/messages", json=payload,
                                     headers=_auth(settings))
        except httpx.HTTPError as exc:
            raise DeliveryError(f"WhatsApp unreachable: {exc}") from exc
        return _checked(response)["messages"][0]["id"]


def _auth(settings: Settings) -> dict[str, str]:
    return {"Authorization": f"Bearer {settings.whatsapp_access_token or ''}"}


def _checked(response: httpx.Response) -> dict[str, Any]:
    """The Graph API's JSON answer, or the right error: retry later (throttled, 5xx) or never (other 4xx)."""
    if response.status_code < 400:
        return response.json()
    try:
        error = response.json().get("error", {})
    except ValueError:
        error = {}
    detail = f"WhatsApp {response.status_code} {error.get('code', '')}: {error.get('message', response.text[:200])}"
    retry_after = response.headers.get("Retry-After")
    if response.status_code == 429 or response.status_code >= 500 or error.get("code") in RATE_LIMIT_CODES:
        raise DeliveryError(detail, retry_after=float(retry_after) if retry_after else None)
    raise PermanentDeliveryError(detail)


adapter = WhatsAppAdapter()
