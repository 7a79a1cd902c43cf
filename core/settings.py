"""The one settings object, read once at start from the environment and `.env`.

Everything below the entry points takes values from here as arguments; no
module reads the environment itself.
"""

from __future__ import annotations

import os
import secrets
import time
from functools import lru_cache
from pathlib import Path

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

SAMPLE_HOTELS_DIR = Path(__file__).parent / "sample_hotels"


class SettingsError(SystemExit):
    """Raised at start when a setting is invalid; the message names the setting."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    # Processes and storage
    redis_url: str | None = None
    database_url: str = "sqlite:///concierge.db"
    hotels_dir: Path = SAMPLE_HOTELS_DIR
    default_hotel: str | None = None
    public_base_url: str = "http://localhost:8000"
    api_key: str | None = None
    port: int = 8000

    # Brains and speech
    llm_model: str | None = None
    llm_api_base: str | None = None
    llm_api_key: str | None = None
    llm_fallback_models: str = ""
    llm_timeout_seconds: float = 20.0
    llm_max_retries: int = 2
    llm_circuit_failures: int = 3
    llm_circuit_cooldown_seconds: float = 60.0
    stt_model: str = "local"
    tts_model: str = "local"
    voice_max_seconds: float = 120.0

    # Retrieval
    embedder: str = "use-multilingual"
    embedding_cache_dir: Path = Path(".cache/embeddings")
    kb_min_score: float | None = None   # None: the threshold calibrated for the embedder

    # Telegram
    telegram_bot_token: str | None = None
    telegram_webhook_secret: str | None = None
    telegram_api_base: str = "https://api.telegram.org"

    # Twilio (SMS and WhatsApp)
    twilio_account_sid: str | None = None
    twilio_auth_token: str | None = None
    twilio_sms_number: str | None = None
    twilio_whatsapp_number: str | None = None
    twilio_api_base: str = "https://api.twilio.com"

    # Meta WhatsApp Cloud API
    whatsapp_access_token: str | None = None
    whatsapp_phone_number_id: str | None = None
    whatsapp_app_secret: str | None = None
    whatsapp_verify_token: str | None = None
    whatsapp_api_base: str = "https://graph.facebook.com/v21.0"

    # Slack (staff)
    slack_bot_token: str | None = None
    slack_signing_secret: str | None = None
    slack_staff_channel: str | None = None
    slack_api_base: str = "https://slack.com/api/"
    slack_app_token: str | None = None
    handoff_reminder_minutes: float = 10.0
    handoff_idle_minutes: float = 240.0   # a handoff with no staff reply for this long goes back to the bot
    ticket_escalation_minutes: float = 15.0
    ticket_done_feedback: bool = True   # ask the guest for a 1-5 rating when staff mark a ticket done

    # Stripe
    stripe_secret_key: str | None = None
    stripe_webhook_secret: str | None = None
    stripe_api_base: str = "https://api.stripe.com"
    payments_demo: bool = False        # the offline demo checkout outside embedded mode (never beside a Stripe key)
    unverified_hold_cap: int = 3       # rooms held at once, hotel-wide, for conversations without a verified phone

    # Guards
    guest_rate_limit_per_minute: int = 20
    # /api/chat requests per minute (0: no limit): the hotel's server (API key), an anonymous client address,
    # one session; over it a 429 with Retry-After
    api_rate_limit_per_key: int = 600
    api_rate_limit_per_client: int = 60
    api_rate_limit_per_session: int = 20
    max_body_bytes: int = 1_000_000
    max_attachment_bytes: int = 10_000_000
    max_message_chars: int = 2000
    conversation_idle_minutes: float = 30   # after this long without a guest message, the dialogue memory resets
    dedupe_ttl_seconds: int = 7 * 24 * 3600
    media_token_ttl_seconds: int = 3600
    # Signs media links and staff/web-chat sessions. Required outside embedded mode; embedded mode without
    # it generates one once and keeps it in `secret_key_file`.
    secret_key: str = Field(default="", description="signs media links and session cookies")
    secret_key_file: Path = Path(".concierge-secret")

    # Operations: JSON lines on stderr (`text` for a terminal); probes give up on a dependency after the timeout
    log_level: str = "INFO"
    log_format: str = "json"
    readiness_timeout_seconds: float = 2.0
    prometheus_multiproc_dir: Path | None = None   # read by prometheus_client from the environment too

    # Pipeline: a dead worker's conversation frees after the lock time; turns and sends retry after each pause
    conversation_lock_seconds: int = 120
    inbound_retry_seconds: list[int] = [5, 30, 120]
    outbound_retry_seconds: list[int] = [5, 30, 120, 600, 1800]

    @field_validator("public_base_url", "telegram_api_base", "twilio_api_base", "whatsapp_api_base",
                     "stripe_api_base")
    @classmethod
    def _no_trailing_slash(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must be an http(s) URL")
        return value.rstrip("/")

    @field_validator("slack_api_base")
    @classmethod
    def _slack_base_ends_in_api(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must be an http(s) URL")
        return value if value.endswith("/") else value + "/"

    @field_validator("twilio_sms_number", "twilio_whatsapp_number")
    @classmethod
    def _e164(cls, value: str | None) -> str | None:
        if value is None:
            return None
        value = value.removeprefix("whatsapp:")
        if not (value.startswith("+") and value[1:].isdigit() and 8 <= len(value) <= 16):
            raise ValueError("must be an E.164 phone number such as +14155550100")
        return value

    @property
    def embedded(self) -> bool:
        """No Redis: jobs run in-process and state lives in memory."""
        return not self.redis_url

    @property
    def demo_checkout(self) -> bool:
        """The offline demo checkout, where no money moves: never beside Stripe, and outside embedded mode only
        when asked for, so a production hub without a Stripe key takes no bookings instead of free ones."""
        return not self.stripe_secret_key and (self.embedded or self.payments_demo)

    @property
    def llm_fallbacks(self) -> list[str]:
        return [m.strip() for m in self.llm_fallback_models.split(",") if m.strip()]

    @property
    def signing_key(self) -> bytes:
        """SECRET_KEY; in embedded mode without it, a random key generated once and kept in a file.

        Never derived from other settings: with few secrets set, those are public (the database URL),
        and anyone could sign a media link or a session cookie.
        """
        if self.secret_key:
            return self.secret_key.encode()
        if not self.embedded:
            raise RuntimeError(MISSING_SECRET_KEY)
        return stored_secret(self.secret_key_file.resolve())


MISSING_SECRET_KEY = ("SECRET_KEY is required when REDIS_URL is set: every web and worker process must sign media "
                      "links and sessions with the same key (e.g. `python -c 'import secrets; "
                      "print(secrets.token_urlsafe(32))'`)")


@lru_cache(maxsize=8)
def stored_secret(path: Path) -> bytes:
    """The key in `path`, created (random, readable by this user only) the first time; racing creators agree."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        for _ in range(50):   # another process is writing it this instant
            key = path.read_bytes().strip()
            if key:
                return key
            time.sleep(0.01)
        raise RuntimeError(f"{path} is empty: delete it to generate a new secret key") from None
    key = secrets.token_urlsafe(32).encode()
    with os.fdopen(fd, "wb") as out:
        out.write(key)
    return key


def load_settings(**overrides) -> Settings:
    """Read settings; an invalid one stops the program with a message naming it."""
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        lines = [f"  {'.'.join(str(p) for p in err['loc']).upper()}: {err['msg']}" for err in exc.errors()]
        raise SettingsError("Invalid setting(s):\n" + "\n".join(lines)) from None


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return load_settings()
