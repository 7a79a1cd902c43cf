"""Twilio Messaging: SMS, and WhatsApp through Twilio (`From: whatsapp:+…`), on one webhook.

Is it Twilio? The SDK's `RequestValidator` over `PUBLIC_BASE_URL` + path and
the form parameters (behind a proxy the external URL is what Twilio signed).
What did the guest send? Form parameters → `InboundMessage`; `MediaUrlN` are
fetched with the account's basic auth. How is a reply delivered? The SDK's
`Client`, its API domain pointed at `TWILIO_API_BASE`. The webhook answers an
empty TwiML `<Response/>`: replies go out through the REST API, from a worker.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from twilio.base.exceptions import TwilioException, TwilioRestException
from twilio.request_validator import RequestValidator, get_signature_algorithm

from agent.runtime import Runtime, UnknownHotel
from channels import HTTP_TIMEOUT_SECONDS, http_pool, read_capped
from channels.base import Accept, AcceptReceipts, DeliveryError, PermanentDeliveryError, Receipt, webhook
from core.hotels import Hotel
from core.messages import Channel, InboundMessage, Media, MediaKind, OutboundMessage
from core.settings import Settings

if TYPE_CHECKING:
    from twilio.rest import Client

log = logging.getLogger(__name__)

PATH = "/webhooks/twilio"
EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response/>'
WHATSAPP = "whatsapp:"
# One SMS body of up to 320 characters arrives whole and reliably (Twilio's advice); longer replies go as
# several messages, split between sentences.
SMS_PART_CHARS = 320
MAX_MEDIA = 10   # Twilio sends at most ten attachments (MediaUrl0…MediaUrl9)
# Twilio's default opt-out keywords (Advanced Opt-Out); Twilio itself confirms STOP and START to the guest.
KEYWORDS = {**dict.fromkeys(("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "OPTOUT", "REVOKE"), "stop"),
            **dict.fromkeys(("START", "YES", "UNSTOP"), "start"), **dict.fromkeys(("HELP", "INFO"), "help")}
RECEIPTS = {"sent": "sent", "delivered": "delivered", "read": "read", "failed": "failed", "undelivered": "failed"}
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+")

def router(rt: Runtime, accept: Accept, accept_receipts: AcceptReceipts) -> APIRouter:
    """The webhook, handing guest messages to `accept` and status callbacks to `accept_receipts`."""
    routes = APIRouter()

    @routes.post(PATH)
    @webhook
    async def receive(request: Request) -> Response:
        settings = rt.settings
        if not (settings.twilio_account_sid and settings.twilio_auth_token):
            return JSONResponse({"error": "Twilio is not configured on this hub (TWILIO_AUTH_TOKEN)"},
                                status_code=403)
        form = await request.form()
        url = settings.public_base_url + request.url.path + (f"?{request.url.query}" if request.url.query else "")
        algorithm = get_signature_algorithm(request.headers.get("X-Twilio-Webhooks-Signature-Settings"))
        if not RequestValidator(settings.twilio_auth_token).validate(
                url, form, request.headers.get("X-Twilio-Signature", ""), algorithm):
            return JSONResponse({"error": "invalid X-Twilio-Signature"}, status_code=403)
        params = {key: str(value) for key, value in form.items()}
        if "MessageStatus" in params and params.get("SmsStatus") != "received":
            await accept_receipts(receipts(params))
            return Response(EMPTY_TWIML, media_type="application/xml")
        try:
            message = parse(rt, params)
        except UnknownHotel as exc:
            return JSONResponse({"error": f"no hotel answers on {exc}"}, status_code=404)
        except KeyError as exc:
            return JSONResponse({"error": f"missing form parameter {exc}"}, status_code=400)
        await accept([message])
        return Response(EMPTY_TWIML, media_type="application/xml")

    return routes


def receipts(params: dict[str, str]) -> list[Receipt]:
    """A status callback as a receipt (none for statuses the hub does not track, e.g. `queued`, or without a sid)."""
    status = RECEIPTS.get(params["MessageStatus"])
    if not status or not params.get("MessageSid"):
        return []
    error = params.get("ErrorCode") and f"Twilio error {params['ErrorCode']}: {params.get('ErrorMessage', '')}"
    channel = Channel.TWILIO_WHATSAPP if params.get("To", "").startswith(WHATSAPP) else Channel.SMS
    return [Receipt(channel, params["MessageSid"], status, error or None)]


def parse(rt: Runtime, params: dict[str, str]) -> InboundMessage:
    """The guest's message from Twilio's form parameters (text, media, location, WhatsApp buttons)."""
    sender, to = params["From"], params["To"]
    channel = Channel.TWILIO_WHATSAPP if sender.startswith(WHATSAPP) else Channel.SMS
    hotel = _hotel_for(rt, to.removeprefix(WHATSAPP))
    # The URLs themselves, not `NumMedia`: a garbled count must not lose the guest's words (nor invent media).
    media = [Media(kind=_kind(params.get(f"MediaContentType{i}", "")), ref=params[f"MediaUrl{i}"],
                   mime_type=params.get(f"MediaContentType{i}"))
             for i in range(MAX_MEDIA) if params.get(f"MediaUrl{i}")]
    if params.get("Latitude") and params.get("Longitude"):
        media.append(Media(kind=MediaKind.LOCATION, ref=f"{params['Latitude']},{params['Longitude']}"))
    return InboundMessage(hotel_id=hotel.id, channel=channel, sender=sender.removeprefix(WHATSAPP),
                          provider_id=params["MessageSid"], text=params.get("ButtonText") or params.get("Body", ""),
                          media=media, sender_name=params.get("ProfileName") or None,
                          interactive_reply=params.get("ButtonPayload") or None)


def _hotel_for(rt: Runtime, number: str) -> Hotel:
    """The hotel that owns the Twilio number written to, else the default hotel."""
    for hotel in rt.hotels.values():
        if number in hotel.channels.twilio_numbers:
            return hotel
    try:
        return rt.hotel(None)
    except UnknownHotel:
        raise UnknownHotel(number) from None


def _kind(content_type: str) -> MediaKind:
    family = content_type.split("/")[0]
    if content_type in ("audio/ogg", "audio/opus"):
        return MediaKind.VOICE            # WhatsApp voice notes
    if content_type == "image/webp":
        return MediaKind.STICKER
    return {"audio": MediaKind.AUDIO, "image": MediaKind.IMAGE, "video": MediaKind.VIDEO}.get(family,
                                                                                             MediaKind.DOCUMENT)


def sms_parts(text: str, limit: int = SMS_PART_CHARS) -> list[str]:
    """`text` as SMS bodies of at most `limit` characters, split between sentences (between words if one is longer)."""
    text = text.strip()
    if len(text) <= limit:
        return [text]
    parts: list[str] = []
    current = ""
    for sentence in _SENTENCE_END.split(text):
        while len(sentence) > limit:
            cut = sentence.rfind(" ", 0, limit + 1)
            cut = cut if cut > 0 else limit
            if current:
                parts.append(current)
                current = ""
            parts.append(sentence[:cut].strip())
            sentence = sentence[cut:].strip()
        if current and len(current) + 1 + len(sentence) > limit:
            parts.append(current)
            current = sentence
        else:
            current = f"{current} {sentence}".strip()
    if current:
        parts.append(current)
    return parts


class TwilioAdapter:
    """Delivers on SMS and on WhatsApp through Twilio; fetches media with the account's basic auth."""

    channels = (Channel.SMS, Channel.TWILIO_WHATSAPP)

    def configured(self, settings: Settings, hotel: Hotel) -> bool:
        return bool(settings.twilio_account_sid and settings.twilio_auth_token
                    and (hotel.channels.twilio_numbers or settings.twilio_sms_number
                         or settings.twilio_whatsapp_number))

    def keyword(self, message: InboundMessage) -> str | None:
        """SMS opt-out keywords: "stop", "start" or "help" (None for anything else, and on WhatsApp)."""
        if message.channel is not Channel.SMS or message.media:
            return None
        return KEYWORDS.get(message.text.strip().upper())

    def warm(self, settings: Settings) -> None:
        """The SDK client and its Messages API (which the SDK imports on first use: seconds on a busy machine)."""
        if settings.twilio_account_sid and settings.twilio_auth_token:
            _client(settings).messages   # noqa: B018

    def send(self, settings: Settings, hotel: Hotel, message: OutboundMessage) -> str:
        """One Twilio message (several for a long SMS, in order); returns the first message's SID."""
        whatsapp = message.channel is Channel.TWILIO_WHATSAPP
        bodies = [message.text] if whatsapp else sms_parts(message.text)
        media = {"media_url": [message.audio_url]} if whatsapp and message.audio_url else {}
        sids = [self._create(settings, hotel, message, body=body, **(media if i == 0 else {}))
                for i, body in enumerate(bodies)]
        return sids[0]

    def send_template(self, settings: Settings, hotel: Hotel, message: OutboundMessage) -> str:
        """Outside WhatsApp's 24-hour window: the message's own Content template (a journey step's) with its
        variables, else the hotel's approved one with the reply as its {{1}}."""
        import json

        template = message.template
        if template is not None and template.content_sid:
            sid, variables = template.content_sid, {str(i): v for i, v in enumerate(template.params, 1)}
        else:
            sid, variables = hotel.channels.whatsapp_template, {"1": message.text[:1000]}
        return self._create(settings, hotel, message, content_sid=sid, content_variables=json.dumps(variables))

    def download(self, settings: Settings, hotel: Hotel, media: Media) -> bytes:
        """A `MediaUrlN`, with the account's basic auth (only ever sent to Twilio's own API base)."""
        if not media.ref.startswith(settings.twilio_api_base + "/"):
            raise PermanentDeliveryError(f"media URL outside TWILIO_API_BASE: {media.ref}")
        auth = (settings.twilio_account_sid or "", settings.twilio_auth_token or "")
        with http_pool("twilio").stream("GET", media.ref, auth=auth) as response:
            if response.status_code >= 400:
                raise DeliveryError(f"Twilio media download: HTTP {response.status_code}")
            return read_capped(response, settings.max_attachment_bytes)

    def _create(self, settings: Settings, hotel: Hotel, message: OutboundMessage, **fields) -> str:
        whatsapp = message.channel is Channel.TWILIO_WHATSAPP
        number = (hotel.channels.twilio_numbers[:1] or
                  [settings.twilio_whatsapp_number if whatsapp else settings.twilio_sms_number])[0]
        if not number:
            raise PermanentDeliveryError(f"no Twilio number to send {message.channel.value} from")
        prefix = WHATSAPP if whatsapp else ""
        try:
            created = _client(settings).messages.create(
                to=prefix + message.recipient, from_=prefix + number,
                status_callback=settings.public_base_url + PATH, **fields)
        except TwilioRestException as exc:
            if exc.status == 429 or exc.status >= 500:
                raise DeliveryError(f"Twilio {exc.status} {exc.code}: {exc.msg}") from exc
            raise PermanentDeliveryError(f"Twilio {exc.status} {exc.code}: {exc.msg}") from exc
        except (TwilioException, OSError) as exc:   # connection refused, timeout
            raise DeliveryError(f"Twilio unreachable: {exc}") from exc
        return created.sid


def _client(settings: Settings) -> Client:
    """The SDK client, its API domain at `TWILIO_API_BASE` (the SDK's own `Domain.base_url`)."""
    return _client_for(settings.twilio_account_sid, settings.twilio_auth_token, settings.twilio_api_base)


@lru_cache(maxsize=8)
def _client_for(account_sid: str | None, auth_token: str | None, api_base: str) -> Client:
    """One client per account for the process's life: its HTTP session keeps connections to Twilio open,
    so a reply does not pay a new TCP and TLS handshake. The environment's proxies and CA bundle are read here,
    once: requests would otherwise scan every environment variable on each send. (Imported here: a web process
    never sends.)"""
    from twilio.http.http_client import TwilioHttpClient
    from twilio.rest import Client

    http = TwilioHttpClient(timeout=HTTP_TIMEOUT_SECONDS)
    environment = http.session.merge_environment_settings(api_base, {}, None, None, None)
    http.session.trust_env = False
    http.session.proxies, http.session.verify = environment["proxies"], environment["verify"]
    client = Client(account_sid, auth_token, http_client=http)
    client.api.base_url = api_base
    return client


adapter = TwilioAdapter()
