"""Telegram: is this update really from our bot's webhook, what did the guest send, how do we answer.

python-telegram-bot does the parsing (`Update.de_json`) and the Bot API calls;
its objects never leave this module. One parsing function serves both the
webhook and `concierge telegram poll`, so a hotel without a public URL gets the
same pipeline. The `update_id` is the dedupe key: Telegram redelivers an update
with the same id until we answer 2xx.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hmac
import itertools
import json
import logging
import os
import ssl
import threading
import warnings
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from functools import cache
from typing import TypeVar

import httpx
from fastapi import APIRouter, Header, Request
from fastapi.responses import JSONResponse, Response
from telegram import (
    Animation,
    Audio,
    Bot,
    Document,
    Location,
    Message,
    PhotoSize,
    ReplyParameters,
    Sticker,
    Update,
    Venue,
    Video,
    VideoNote,
    Voice,
)
from telegram.constants import ChatAction, MessageLimit, UpdateType
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
)
from telegram.request import HTTPXRequest
from telegram.warnings import PTBDeprecationWarning

from agent.runtime import Runtime
from channels.base import Accept, DeliveryError, PermanentDeliveryError, webhook
from core.hotels import Hotel
from core.messages import Channel, InboundMessage, Media, MediaKind, OutboundMessage
from core.settings import Settings
from core.voice.media import MediaNotFound, MediaStore

log = logging.getLogger(__name__)

# httpx logs every request URL at INFO, and Bot API URLs carry the bot token.
logging.getLogger("httpx").setLevel(logging.WARNING)

# Edits, reactions and membership changes carry nothing to answer; asking only for messages keeps them away.
ALLOWED_UPDATES = [UpdateType.MESSAGE]
POLL_TIMEOUT_SECONDS = 30
POLL_RETRY_SECONDS = 5.0
SEND_CONNECTIONS = 8   # replies in flight at once from one process (embedded mode sends from several threads)
T = TypeVar("T")

_KINDS: dict[type, MediaKind] = {
    Voice: MediaKind.VOICE, Audio: MediaKind.AUDIO, PhotoSize: MediaKind.IMAGE, Sticker: MediaKind.STICKER,
    Location: MediaKind.LOCATION, Venue: MediaKind.LOCATION, Document: MediaKind.DOCUMENT,
    Video: MediaKind.VIDEO, VideoNote: MediaKind.VIDEO, Animation: MediaKind.VIDEO,
}


# --- Is this request really from Telegram? -------------------------------------------------------

def verified(settings: Settings, secret_token: str | None) -> bool:
    """Telegram echoes the `secret_token` given to setWebhook; no configured secret means no webhook (fail closed)."""
    expected = settings.telegram_webhook_secret
    if not expected or secret_token is None:
        return False
    return hmac.compare_digest(secret_token.encode(), expected.encode())


def router(rt: Runtime, accept: Accept) -> APIRouter:
    """`POST /webhooks/telegram/{hotel_id}`, handing the guest's message to `accept`."""
    routes = APIRouter()

    @routes.post("/webhooks/telegram/{hotel_id}")
    @webhook
    async def receive(hotel_id: str, request: Request,
                      secret_token: str | None = Header(default=None, alias="X-Telegram-Bot-Api-Secret-Token")
                      ) -> Response:
        if not verified(rt.settings, secret_token):
            return JSONResponse({"error": "missing or wrong X-Telegram-Bot-Api-Secret-Token"}, status_code=403)
        if hotel_id not in rt.hotels:
            return JSONResponse({"error": f"unknown hotel {hotel_id!r}"}, status_code=404)
        try:
            message = inbound_message(parse_update(await request.body()), hotel_id)
        except ValueError as exc:
            return JSONResponse({"error": f"not a Telegram update: {exc}"}, status_code=400)
        if message is not None:   # until we answer 2xx, Telegram delivers the update again
            await accept([message])
        return Response(status_code=200)

    return routes


# --- What did the guest send? --------------------------------------------------------------------

def parse_update(body: bytes) -> Update:
    """The webhook body as PTB's `Update`; ValueError when it is not one."""
    try:
        data = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError("body is not JSON") from exc
    if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
        raise ValueError("no update_id")
    try:
        return Update.de_json(data, None)
    except (TypeError, KeyError, ValueError, AttributeError) as exc:
        raise ValueError(f"malformed update: {exc}") from exc


def inbound_message(update: Update, hotel_id: str) -> InboundMessage | None:
    """What the guest sent, or None for updates the concierge ignores (edits, membership, service messages).

    `provider_id` is `<update_id>:<message_id>`: the update id makes it the dedupe key, the message id
    lets a reply quote the guest's message.
    """
    message = update.message
    if message is None:
        return None
    if message.chat is None:   # PTB accepts it; Telegram never sends it: a malformed update, not a guest's
        raise ValueError("message without chat")
    media = _media(message)
    text = message.text or message.caption or ""
    if not text and not media:
        return None
    user = message.from_user
    return InboundMessage(hotel_id=hotel_id, channel=Channel.TELEGRAM, sender=str(message.chat.id),
                          provider_id=f"{update.update_id}:{message.message_id}", text=text, media=media,
                          sender_name=user.full_name if user else None)


def _media(message: Message) -> list[Media]:
    attachment = message.effective_attachment
    if attachment is None:
        return []
    if isinstance(attachment, tuple | list):  # photo sizes, smallest first
        attachment = attachment[-1]
    kind = _KINDS.get(type(attachment), MediaKind.OTHER)
    # Telegram voice notes are always OGG/Opus, even when an old client leaves the type out.
    mime_type = getattr(attachment, "mime_type", None) or ("audio/ogg" if kind is MediaKind.VOICE else None)
    return [Media(kind=kind, ref=getattr(attachment, "file_id", ""), mime_type=mime_type,
                  size=getattr(attachment, "file_size", None), duration_seconds=_seconds(attachment, "duration"))]


def _seconds(obj: object, attribute: str) -> float | None:
    """A PTB time period in seconds: an int today (with a deprecation warning), a timedelta in PTB's future."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = getattr(obj, attribute, None)
    if isinstance(value, dt.timedelta):
        return value.total_seconds()
    return None if value is None else float(value)


# --- How do we deliver a reply? ------------------------------------------------------------------

@cache
def _tls() -> ssl.SSLContext:
    """One TLS context per process: building it is most of what a Bot costs (~80 ms for each of its two clients)."""
    return httpx.create_ssl_context()


def make_bot(settings: Settings) -> Bot:
    """A Bot reaching Telegram (or a local fake) through TELEGRAM_API_BASE; use it inside `async with`."""
    if not settings.telegram_bot_token:
        raise PermanentDeliveryError("TELEGRAM_BOT_TOKEN is not set")
    base, tls = settings.telegram_api_base, {"verify": _tls()}
    return Bot(settings.telegram_bot_token, base_url=f"{base}/bot", base_file_url=f"{base}/file/bot",
               request=HTTPXRequest(connection_pool_size=SEND_CONNECTIONS, httpx_kwargs=tls),
               get_updates_request=HTTPXRequest(connection_pool_size=1, httpx_kwargs=tls))


class _Bots:
    """The process's Bots (one per token and API base) and the one event loop their pooled connections live on.

    A reply is one Bot API call on an open connection: no Bot, TLS context or connection built per reply, and
    no `getMe` (the Bot is never `initialize`d; a wrong token fails the send itself, as `InvalidToken`).
    Callers in any thread hand their coroutine to the loop's thread and wait for it.
    """

    def __init__(self) -> None:
        self._guard = threading.Lock()
        self._forget()
        os.register_at_fork(after_in_child=self._forget)   # a forked child has no loop thread: it starts its own

    def _forget(self) -> None:
        self._loop: asyncio.AbstractEventLoop | None = None
        self._bots: dict[tuple[str, str], Bot] = {}

    def run(self, settings: Settings, call: Callable[[Bot], Awaitable[T]]) -> T:
        bot, loop = self.warm(settings)
        return asyncio.run_coroutine_threadsafe(call(bot), loop).result()

    def warm(self, settings: Settings) -> tuple[Bot, asyncio.AbstractEventLoop]:
        """The Bot for these settings and the loop, built on first use."""
        with self._guard:
            if self._loop is None:
                self._loop = asyncio.new_event_loop()
                threading.Thread(target=self._loop.run_forever, name="telegram", daemon=True).start()
            key = (settings.telegram_bot_token or "", settings.telegram_api_base)
            if key not in self._bots:
                self._bots[key] = make_bot(settings)
            return self._bots[key], self._loop


_bots = _Bots()


@contextmanager
def _provider_errors() -> Iterator[None]:
    """PTB's errors in the pipeline's terms: worth retrying later, or never."""
    try:
        yield
    except RetryAfter as exc:
        raise DeliveryError(str(exc), retry_after=_seconds(exc, "retry_after")) from exc
    except (Forbidden, BadRequest, InvalidToken, ChatMigrated) as exc:  # before NetworkError: BadRequest is one
        raise PermanentDeliveryError(str(exc)) from exc
    except TelegramError as exc:  # NetworkError, TimedOut, 5xx
        raise DeliveryError(str(exc)) from exc


class TelegramAdapter:
    channels = (Channel.TELEGRAM,)

    def configured(self, settings: Settings, hotel: Hotel) -> bool:
        """Replies need only the token: a hotel on `concierge telegram poll` has no webhook secret."""
        return bool(settings.telegram_bot_token)

    def keyword(self, message: InboundMessage) -> str | None:
        """Telegram has no carrier opt-out keywords: a guest leaves by blocking the bot."""
        return None

    def warm(self, settings: Settings) -> None:
        """The Bot and the event loop its connections live on."""
        if settings.telegram_bot_token:
            _bots.warm(settings)

    def send(self, settings: Settings, hotel: Hotel, message: OutboundMessage) -> str:
        voice = _voice_note(settings, message.audio_url) if message.audio_url else None
        with _provider_errors():
            return _bots.run(settings, lambda bot: _send(bot, message, voice))

    def send_template(self, settings: Settings, hotel: Hotel, message: OutboundMessage) -> str:
        raise PermanentDeliveryError("Telegram has no message templates")

    def download(self, settings: Settings, hotel: Hotel, media: Media) -> bytes:
        with _provider_errors():
            return _bots.run(settings, lambda bot: _download(bot, media.ref))


adapter = TelegramAdapter()


async def _send(bot: Bot, message: OutboundMessage, voice: bytes | None) -> str:
    """A text reply is one call (a "typing…" action would only flash: the text is ready); a voice note is
    announced first, as its upload takes a moment."""
    chat_id, text = message.recipient, _with_payment_link(message)
    quote = _reply_parameters(message.quote_provider_id)
    if voice is None:
        return str((await bot.send_message(chat_id, text, reply_parameters=quote)).message_id)
    await bot.send_chat_action(chat_id, ChatAction.UPLOAD_VOICE)
    if len(text) <= MessageLimit.CAPTION_LENGTH:
        sent = await bot.send_voice(chat_id, voice, caption=text, filename="reply.ogg", reply_parameters=quote)
        return str(sent.message_id)
    # Too long for a caption: the text goes first as its own message, the voice note right after it.
    sent = await bot.send_message(chat_id, text, reply_parameters=quote)
    await bot.send_voice(chat_id, voice, filename="reply.ogg")
    return str(sent.message_id)


async def _download(bot: Bot, file_id: str) -> bytes:
    file = await bot.get_file(file_id)
    return bytes(await file.download_as_bytearray())


def _voice_note(settings: Settings, audio_url: str) -> bytes | None:
    """The OGG/Opus bytes behind our own `/media/{token}` link, read from the media store (Telegram wants
    an upload, and the web process need not be running, as with `poll`); None when the link is gone,
    so the text still goes out."""
    try:
        data, _mime_type = MediaStore.from_settings(settings).open(audio_url.rpartition("/media/")[2])
    except MediaNotFound as exc:
        log.warning("voice reply %s unavailable (%s); sending the text alone", audio_url, exc)
        return None
    return data


def _with_payment_link(message: OutboundMessage) -> str:
    if message.payment_url and message.payment_url not in message.text:
        return f"{message.text}\n\n{message.payment_url}"
    return message.text


def _reply_parameters(quote_provider_id: str | None) -> ReplyParameters | None:
    """Quote the guest's message (`<update_id>:<message_id>`); still send if it was deleted meanwhile."""
    message_id = (quote_provider_id or "").rpartition(":")[2]
    if not message_id.isdigit():
        return None
    return ReplyParameters(message_id=int(message_id), allow_sending_without_reply=True)


# --- Registering the webhook, or polling instead ---------------------------------------------------

def set_webhook(settings: Settings, url: str) -> None:
    """Point the bot at `url`, with the secret Telegram will echo in every request."""
    async def register() -> None:
        async with make_bot(settings) as bot:
            await bot.set_webhook(url, secret_token=settings.telegram_webhook_secret, allowed_updates=ALLOWED_UPDATES)

    asyncio.run(register())


def poll(runtime: Runtime, hotel_id: str, accept: Accept, *, polls: int | None = None,
         timeout: int = POLL_TIMEOUT_SECONDS) -> int:
    """Long-poll getUpdates for a hotel with no public URL; returns how many messages were ingested.

    Deletes the webhook first (Telegram allows one or the other). `polls` bounds the number of
    getUpdates calls (None: until interrupted). An update is confirmed to Telegram only after
    `accept` took it, so a crash or a Redis outage loses nothing.
    """
    return asyncio.run(_poll(runtime, hotel_id, accept, polls, timeout))


async def _poll(runtime: Runtime, hotel_id: str, accept: Accept, polls: int | None, timeout: int) -> int:
    ingested, offset = 0, None
    async with make_bot(runtime.settings) as bot:
        await bot.delete_webhook()
        try:
            for _ in itertools.count() if polls is None else range(polls):
                try:
                    updates = await bot.get_updates(offset=offset, timeout=timeout, allowed_updates=ALLOWED_UPDATES)
                except RetryAfter as exc:
                    await asyncio.sleep(_seconds(exc, "retry_after") or POLL_RETRY_SECONDS)
                    continue
                except BadRequest:
                    raise  # a NetworkError to PTB, but no retry will fix it
                except NetworkError as exc:
                    log.warning("getUpdates failed (%s); retrying in %ss", exc, POLL_RETRY_SECONDS)
                    await asyncio.sleep(POLL_RETRY_SECONDS)
                    continue
                messages = [m for m in (inbound_message(u, hotel_id) for u in updates) if m is not None]
                if messages:
                    try:
                        ingested += await accept(messages)
                    except Exception:
                        log.exception("could not accept %d Telegram message(s); retrying", len(messages))
                        await asyncio.sleep(POLL_RETRY_SECONDS)
                        continue
                if updates:
                    offset = updates[-1].update_id + 1
        finally:
            if offset is not None:
                await _confirm(bot, offset)
    return ingested


async def _confirm(bot: Bot, offset: int) -> None:
    """Tell Telegram the updates before `offset` are handled, so the next poll does not fetch them again."""
    try:
        await bot.get_updates(offset=offset, timeout=0, limit=1, allowed_updates=ALLOWED_UPDATES)
    except TelegramError as exc:
        log.warning("could not confirm Telegram updates before %s (they will be deduplicated): %s", offset, exc)
