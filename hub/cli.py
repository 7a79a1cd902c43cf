"""The `concierge` command: serve, worker, chat, and the tools staff use."""

from __future__ import annotations

import datetime as dt
import importlib

import click
import typer
from typer.core import TyperGroup

from core.settings import MISSING_SECRET_KEY, Settings, load_settings

# The tools staff run, each imported when it runs: `serve` and `worker` start without them and all they import.
TOOLS = {"hotels": "hub.commands.hotels:app", "kb": "hub.commands.kb:app", "voice": "hub.commands.voice:app",
         "telegram": "hub.commands.telegram:app", "slack": "hub.commands.slack:app",
         "report": "hub.commands.report:report", "eval": "hub.commands.eval:app",
         "journeys": "hub.commands.journeys:app", "staff": "hub.commands.staff:app"}


class Commands(TyperGroup):
    """The processes' commands, then `TOOLS`, each loaded from its module when run or listed in help."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [*super().list_commands(ctx), *TOOLS]

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in TOOLS:
            return super().get_command(ctx, name)
        module, attribute = TOOLS[name].split(":")
        tool = getattr(importlib.import_module(module), attribute)
        if isinstance(tool, typer.Typer):
            group = typer.main.get_group(tool)
            group.name = name
            return group
        single = typer.Typer()   # a function: one command
        single.command(name)(tool)
        return typer.main.get_command(single)


app = typer.Typer(help="Concierge Hub: a hotel concierge on WhatsApp, Telegram, SMS and Slack.", cls=Commands,
                  no_args_is_help=True, pretty_exceptions_enable=False)


def _logging(settings: Settings) -> None:
    from core.logs import configure

    configure(settings.log_level, settings.log_format)


@app.command()
def serve(host: str = typer.Option("0.0.0.0", help="interface to bind"),
          port: int = typer.Option(None, help="port (default $PORT, else 8000)"),
          workers: int = typer.Option(1, help="web processes sharing the port (needs REDIS_URL when over 1)")) -> None:
    """Run the web process: webhooks, /api/chat, /media, health and metrics."""
    import os
    import tempfile

    import uvicorn

    from agent.runtime import Runtime
    from channels import configured_report
    from hub.app import create_app

    settings = _settings_for_a_process()
    _logging(settings)
    if workers > 1 and settings.embedded:
        typer.secho("--workers needs REDIS_URL: in embedded mode one process holds the jobs and the state.",
                    fg=typer.colors.RED, err=True)
        raise typer.Exit(2)
    runtime = Runtime(settings)
    runtime.db.migrate()
    if settings.embedded:
        typer.echo("Concierge Hub: embedded mode (no REDIS_URL): jobs run in this process, "
                   f"records in {settings.database_url}")
    else:
        runtime.state.first_time("startup-check", 1)  # fail now, not on the first guest, if Redis is down
        typer.echo(f"Concierge Hub: web process; jobs go to Redis at {settings.redis_url}")
        _warn_if_redis_forgets(settings.redis_url)
    typer.echo(f"Hotels: {', '.join(runtime.hotels)}")
    for line in configured_report(settings):
        typer.echo(f"  channel {line}")
    if settings.stripe_secret_key:
        typer.echo("  payments: Stripe")
    elif settings.demo_checkout:
        typer.secho("  payments: DEMO checkout at /pay/… (no STRIPE_SECRET_KEY): no real money moves and staff "
                    "notices say DEMO", fg=typer.colors.YELLOW)
    else:
        typer.echo("  payments: off (no STRIPE_SECRET_KEY): guests are asked to book with the front desk; "
                   "PAYMENTS_DEMO=1 turns on the demo checkout")
    if not settings.api_key and not _loopback(host):
        typer.secho(f"WARNING: listening on {host} without API_KEY: /api/chat is open to anyone who can reach "
                    "this port (anonymous, no guest identity). Set API_KEY, or bind --host 127.0.0.1.",
                    fg=typer.colors.RED, bold=True, err=True)
    # Logs go through the JSON handler; requests are counted on /metrics rather than logged one by one.
    # uvloop and httptools are used when installed (uvicorn's "auto").
    options = {"host": host, "port": port or settings.port, "log_config": None, "access_log": False}
    if workers > 1:   # each process builds its own app; /metrics adds them up (prometheus multiprocess mode)
        os.environ.setdefault("PROMETHEUS_MULTIPROC_DIR", tempfile.mkdtemp(prefix="concierge-metrics-"))
        uvicorn.run("hub.app:from_environment", factory=True, workers=workers, **options)
        return
    web = create_app(runtime)
    if settings.embedded:   # the jobs of the last process ended with it: what they left undone is done now
        from jobs.journeys import start
        from jobs.outbound import resume_deliveries
        from jobs.pipeline import recover
        from jobs.wakeup import reschedule_pending

        reschedule_pending()
        recover(runtime)
        resume_deliveries(runtime)
        start(runtime)         # guest journeys: plan from the export, then a tick every 15 minutes
    uvicorn.run(web, **options)


def _settings_for_a_process() -> Settings:
    """Settings for `serve` and `worker`, which stop at once when SECRET_KEY is missing outside embedded mode."""
    settings = load_settings()
    if not settings.embedded and not settings.secret_key:
        typer.secho(MISSING_SECRET_KEY, fg=typer.colors.RED, err=True)
        raise typer.Exit(2)
    return settings


def _loopback(host: str) -> bool:
    import ipaddress

    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _warn_if_redis_forgets(redis_url: str) -> None:
    from redis import Redis

    from jobs.queue import durability_warning

    warning = durability_warning(Redis.from_url(redis_url))
    if warning:
        typer.secho(warning, fg=typer.colors.YELLOW, err=True)


@app.command()
def worker(queues: str = typer.Option("outbound,inbound,default,media",
                                      help="comma list of queues to work (taken replies first, whatever the order)"),
           metrics_port: int = typer.Option(None, help="serve this worker's Prometheus metrics on this port")) -> None:
    """Run an RQ worker (with the scheduler) on the given queues."""
    from redis import Redis

    from agent.runtime import Runtime
    from jobs import context
    from jobs.pipeline import concierge, recover
    from jobs.queue import die_with_this_process, worker_for

    settings = _settings_for_a_process()
    _logging(settings)
    if settings.embedded:
        typer.secho("REDIS_URL is not set: in embedded mode `concierge serve` runs the jobs itself.",
                    fg=typer.colors.RED, err=True)
        raise typer.Exit(2)
    runtime = Runtime(settings)
    runtime.db.migrate()
    context.set_runtime(runtime)
    connection = Redis.from_url(settings.redis_url)
    names = [q.strip() for q in queues.split(",") if q.strip()]
    _warn_if_redis_forgets(settings.redis_url)
    # Jobs run in this process (`jobs.queue.worker_for`, no fork per job), so models load once, here, not per job;
    # only where they are used: turns on `inbound`, speech on `media` (voice notes are heard and spoken there).
    if "inbound" in names:
        runtime.warm()
        concierge(runtime).warm()
    if "media" in names:
        from jobs.voice import warm

        warm()
    if "inbound" in names or "media" in names:
        recover(runtime)   # messages and notes a killed worker left are answered now, not after RQ notices
    if "outbound" in names:
        from jobs.outbound import resume_deliveries

        resume_deliveries(runtime, ("sending",))   # and replies it left mid-send
    if "default" in names:   # each hotel's Monday summary, queued once whichever worker starts first
        from jobs.report import schedule_weekly_summary

        for hotel in runtime.hotels.values():
            schedule_weekly_summary(hotel, dt.datetime.now(dt.UTC))
        from jobs.journeys import start

        start(runtime)     # journey steps a killed worker left mid-send go now; the 15-minute tick is booked
    if metrics_port:
        from prometheus_client import start_http_server

        from hub.ops import metrics_registry

        start_http_server(metrics_port, registry=metrics_registry(settings.prometheus_multiproc_dir))
    die_with_this_process()   # RQ's scheduler is a fork: it must not outlive a killed worker
    worker_for(names, connection).work(with_scheduler=True)


@app.command()
def migrate() -> None:
    """Bring the database schema up to date, then exit.

    A release step; `serve` and `worker` also do it, under a lock.
    """
    from core.store.db import Database

    settings = load_settings()
    _logging(settings)
    Database(settings.database_url).migrate()
    typer.echo("database schema is up to date")


@app.command()
def chat(hotel: str = typer.Option(None, help="hotel id (default: DEFAULT_HOTEL or the only hotel)"),
         sender: str = typer.Option(None, help="pretend to write from this phone number")) -> None:
    """Talk to the concierge in the terminal (embedded mode, no keys needed)."""
    from hub.commands.chat import run_chat

    run_chat(load_settings(redis_url=None), hotel, sender)


def main() -> None:
    app()
