"""`concierge telegram`: register the bot's webhook, or long-poll when the hub has no public URL.

The Telegram SDK and the pipeline are imported inside the commands, so `concierge --help` stays quick.
"""

from __future__ import annotations

import logging
import re
from functools import partial

import typer

from agent.runtime import Runtime, UnknownHotel
from core.settings import Settings, load_settings

app = typer.Typer(help="Register the Telegram webhook, or long-poll without a public URL.", no_args_is_help=True)

# What Telegram accepts as a webhook secret_token.
SECRET_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,256}")


def _fail(message: str) -> typer.Exit:
    typer.secho(message, fg=typer.colors.RED, err=True)
    return typer.Exit(2)


def _runtime(settings: Settings, hotel_id: str | None) -> tuple[Runtime, str]:
    if not settings.telegram_bot_token:
        raise _fail("TELEGRAM_BOT_TOKEN is not set: create a bot with @BotFather and put its token there.")
    runtime = Runtime(settings)
    try:
        return runtime, runtime.hotel(hotel_id).id
    except UnknownHotel:
        raise _fail(f"Unknown hotel {hotel_id!r}; known: {', '.join(runtime.hotels)} "
                    "(or set DEFAULT_HOTEL)") from None


@app.command("set-webhook")
def set_webhook(hotel: str = typer.Option(None, help="hotel id (default: DEFAULT_HOTEL or the only hotel)")) -> None:
    """Tell Telegram to POST this hotel's updates to PUBLIC_BASE_URL/webhooks/telegram/{hotel}."""
    from telegram.error import TelegramError

    from channels import telegram

    settings = load_settings()
    _, hotel_id = _runtime(settings, hotel)
    secret = settings.telegram_webhook_secret
    if not secret or not SECRET_TOKEN.fullmatch(secret):
        raise _fail("TELEGRAM_WEBHOOK_SECRET must be set to 1-256 characters of A-Z, a-z, 0-9, _ and - "
                    "(the webhook rejects every update without it).")
    url = f"{settings.public_base_url}/webhooks/telegram/{hotel_id}"
    if not url.startswith("https://"):
        typer.secho(f"Note: Telegram only delivers to https URLs; {url} will be refused by the real Bot API.",
                    fg=typer.colors.YELLOW)
    try:
        telegram.set_webhook(settings, url)
    except TelegramError as exc:
        raise _fail(f"Telegram refused the webhook: {exc}") from None
    typer.echo(f"Webhook set: Telegram now POSTs updates ({', '.join(telegram.ALLOWED_UPDATES)}) for hotel "
               f"{hotel_id} to {url}, with the secret token from TELEGRAM_WEBHOOK_SECRET.")


@app.command()
def poll(hotel: str = typer.Option(None, help="hotel id (default: DEFAULT_HOTEL or the only hotel)")) -> None:
    """Fetch updates by long polling (no public URL needed); Ctrl-C stops. Deletes the webhook first."""
    from telegram.error import TelegramError

    from channels import telegram
    from jobs import context, queue
    from jobs.intake import ingest

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = load_settings()
    runtime, hotel_id = _runtime(settings, hotel)
    runtime.db.migrate()
    context.set_runtime(runtime)
    if settings.embedded:
        typer.echo("Embedded mode (no REDIS_URL): messages are answered in this process.")
        runtime.warm()
    else:
        typer.echo(f"Messages go to the workers through Redis at {settings.redis_url}.")
    typer.echo(f"Polling Telegram for hotel {hotel_id} (webhook removed); Ctrl-C to stop.")
    try:
        telegram.poll(runtime, hotel_id, partial(ingest, runtime))
    except KeyboardInterrupt:
        typer.echo("Stopping…")
    except TelegramError as exc:
        raise _fail(f"Telegram: {exc}") from None
    finally:
        if isinstance(running := queue.runner(), queue.InProcessRunner):
            running.shutdown()   # let replies already in progress reach the guest
