"""Signed, expiring links to generated media (voice replies) for `GET /media/{token}`.

Twilio and Meta fetch a reply's audio by URL with no credentials of ours, so the
URL is the credential: a random id, an expiry time and an HMAC-SHA256 over both
with the hub's signing key. The bytes live in Redis when there is one (web and
worker processes share it, and it forgets them with the token), else in a folder
(embedded mode: one process, one disk).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time
from collections.abc import Callable
from contextlib import suppress
from functools import cache
from pathlib import Path
from typing import Protocol

import redis

from core.settings import Settings

DEFAULT_MEDIA_DIR = Path(".cache/media")
SIGNATURE_BYTES = 16   # 128 bits: unforgeable, and keeps the URL short


class MediaNotFound(LookupError):
    """No such media: unknown id, a token that was tampered with, or already forgotten."""


class MediaExpired(MediaNotFound):
    """The token was genuine but its time is up (a 410 rather than a 404)."""


class _Blobs(Protocol):
    def put(self, media_id: str, blob: bytes, ttl_seconds: int) -> None: ...

    def get(self, media_id: str) -> bytes | None: ...


class FolderBlobs:
    """Embedded mode. Files older than the token lifetime are swept on each save."""

    def __init__(self, directory: Path, clock: Callable[[], float] = time.time):
        self.directory = directory
        self.clock = clock

    def put(self, media_id: str, blob: bytes, ttl_seconds: int) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        cutoff = self.clock() - ttl_seconds
        for old in self.directory.iterdir():
            with suppress(FileNotFoundError):   # another thread swept it first
                if old.stat().st_mtime < cutoff:
                    old.unlink()
        staging = self.directory / f".{media_id}.tmp"
        staging.write_bytes(blob)
        staging.rename(self.directory / media_id)   # the web process never reads half a file

    def get(self, media_id: str) -> bytes | None:
        path = self.directory / media_id
        return path.read_bytes() if path.is_file() else None


class RedisBlobs:
    def __init__(self, client: redis.Redis, prefix: str = "concierge:media:"):
        self.client = client
        self.prefix = prefix

    def put(self, media_id: str, blob: bytes, ttl_seconds: int) -> None:
        self.client.set(self.prefix + media_id, blob, ex=ttl_seconds)

    def get(self, media_id: str) -> bytes | None:
        return self.client.get(self.prefix + media_id)


@cache
def _redis(url: str) -> redis.Redis:
    return redis.Redis.from_url(url)   # one connection pool per process


class MediaStore:
    """Saves bytes under a signed token and opens the token back into them."""

    def __init__(self, key: bytes, ttl_seconds: int, blobs: _Blobs, clock: Callable[[], float] = time.time):
        self.key = key
        self.ttl_seconds = ttl_seconds
        self.blobs = blobs
        self.clock = clock

    @classmethod
    def from_settings(cls, settings: Settings, directory: Path = DEFAULT_MEDIA_DIR) -> MediaStore:
        blobs = RedisBlobs(_redis(settings.redis_url)) if settings.redis_url else FolderBlobs(directory)
        return cls(settings.signing_key, settings.media_token_ttl_seconds, blobs)

    def save(self, data: bytes, mime_type: str) -> str:
        """Store `data` and return its token, valid for the store's lifetime."""
        media_id = secrets.token_urlsafe(16)
        expires_at = int(self.clock()) + self.ttl_seconds
        self.blobs.put(media_id, mime_type.encode() + b"\n" + data, self.ttl_seconds)
        return f"{media_id}.{expires_at}.{self._sign(media_id, expires_at)}"

    def open(self, token: str) -> tuple[bytes, str]:
        """(bytes, mime type); raises `MediaNotFound`, or `MediaExpired` for a genuine token past its time."""
        try:
            media_id, expires, signature = token.split(".")
            expires_at = int(expires)
        except ValueError:
            raise MediaNotFound("malformed media token") from None
        if not hmac.compare_digest(signature, self._sign(media_id, expires_at)):
            raise MediaNotFound("media token signature does not match")
        if self.clock() > expires_at:
            raise MediaExpired("media link has expired")
        blob = self.blobs.get(media_id)
        if blob is None:
            raise MediaNotFound("media is gone")
        mime_type, _, data = blob.partition(b"\n")
        return data, mime_type.decode()

    def _sign(self, media_id: str, expires_at: int) -> str:
        digest = hmac.new(self.key, f"media:{media_id}.{expires_at}".encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest[:SIGNATURE_BYTES]).rstrip(b"=").decode()


def media_url(public_base_url: str, token: str) -> str:
    return f"{public_base_url.rstrip('/')}/media/{token}"
