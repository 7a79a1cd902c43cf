"""`concierge slack socket`: the staff Slack app over Socket Mode, for a hub without a public URL."""

from __future__ import annotations

import asyncio
import logging
from functools import partial

import typer

from agent.runtime import Runtime
from channels import slack
from core.settings import load_settings
from jobs import context, queue
from jobs.intake import accept_staff_event

app = typer.Typer(help="Run the staff Slack app in Socket Mode.", no_args_is_help=True)


@app.command()
def socket() -> None:
    """Connect to Slack over a WebSocket (SLACK_APP_TOKEN, xapp-…) and run the app `/slack/events` runs."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = load_settings()
    missing = [name for name, value in (("SLACK_BOT_TOKEN", settings.slack_bot_token),
                                        ("SLACK_APP_TOKEN", settings.slack_app_token)) if not value]
    if missing:
        typer.secho(f"{' and '.join(missing)} not set: see docs/slack.md (Socket Mode needs an app-level token "
                    "with the connections:write scope).", fg=typer.colors.RED, err=True)
        raise typer.Exit(2)
    runtime = Runtime(settings)
    runtime.db.migrate()
    context.set_runtime(runtime)
    if settings.embedded:
        typer.echo("Embedded mode (no REDIS_URL): staff replies, buttons and commands run in this process.")
    else:
        typer.echo(f"Jobs go to the workers through Redis at {settings.redis_url}.")
    typer.echo("Connecting to Slack in Socket Mode; Ctrl-C to stop.")
    async def run() -> None:
        await slack.socket_mode(runtime, partial(accept_staff_event, runtime)).start_async()

    try:
        asyncio.run(run())
    except KeyboardInterrupt:
        typer.echo("Stopping…")
    finally:
        if isinstance(running := queue.runner(), queue.InProcessRunner):
            running.shutdown()   # let replies already in progress reach the guest
