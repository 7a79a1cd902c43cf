"""The `concierge` command: serve, worker, chat, and the tools staff use."""

from __future__ import annotations

import importlib
import logging

import typer

from core.settings import load_settings

app = typer.Typer(help="Concierge Hub: a hotel concierge on WhatsApp, Telegram, SMS and Slack.",
                  no_args_is_help=True, pretty_exceptions_enable=False)

SUBCOMMANDS = {
    "hotels": "Validate hotel folders.",
    "kb": "Search and index a hotel's knowledge base.",
    "voice": "Transcribe and speak, as the concierge does with voice notes.",
    "telegram": "Register the Telegram webhook, or long-poll without a public URL.",
    "slack": "Run the staff Slack app in Socket Mode.",
}
for _name, _help in SUBCOMMANDS.items():
    try:
        app.add_typer(importlib.import_module(f"hub.commands.{_name}").app, name=_name, help=_help)
    except ModuleNotFoundError:  # TODO(lead): direct imports once every area has landed
        pass


def _logging() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")


@app.command()
def serve(host: str = typer.Option("0.0.0.0", help="interface to bind"),
          port: int = typer.Option(None, help="port (default $PORT, else 8000)")) -> None:
    """Run the web process: webhooks, /api/chat, /media, health and metrics."""
    import uvicorn

    from core.runtime import Runtime
    from hub.app import create_app

    _logging()
    settings = load_settings()
    runtime = Runtime(settings)
    runtime.db.migrate()
    if settings.embedded:
        typer.echo("Concierge Hub: embedded mode (no REDIS_URL): jobs run in this process, "
                   f"records in {settings.database_url}")
    else:
        runtime.state.first_time("startup-check", 1)  # fail now, not on the first guest, if Redis is down
        typer.echo(f"Concierge Hub: web process; jobs go to Redis at {settings.redis_url}")
    typer.echo(f"Hotels: {', '.join(runtime.hotels)}")
    uvicorn.run(create_app(runtime), host=host, port=port or settings.port, log_level="info")


@app.command()
def worker(queues: str = typer.Option(",".join(("inbound", "outbound", "media", "default")),
                                      help="comma list of queues to work")) -> None:
    """Run an RQ worker (with the scheduler) on the given queues."""
    from redis import Redis
    from rq import Worker

    from core.runtime import Runtime
    from jobs import context

    _logging()
    settings = load_settings()
    if settings.embedded:
        typer.secho("REDIS_URL is not set: in embedded mode `concierge serve` runs the jobs itself.",
                    fg=typer.colors.RED, err=True)
        raise typer.Exit(2)
    runtime = Runtime(settings)
    runtime.db.migrate()
    context.set_runtime(runtime)
    connection = Redis.from_url(settings.redis_url)
    names = [q.strip() for q in queues.split(",") if q.strip()]
    Worker(names, connection=connection).work(with_scheduler=True)


@app.command()
def chat(hotel: str = typer.Option(None, help="hotel id (default: DEFAULT_HOTEL or the only hotel)"),
         sender: str = typer.Option(None, help="pretend to write from this phone number")) -> None:
    """Talk to the concierge in the terminal (embedded mode, no keys needed)."""
    from hub.commands.chat import run_chat

    run_chat(load_settings(redis_url=None), hotel, sender)


def main() -> None:
    app()
