"""`concierge journeys status|sync|pause|resume`: the guest journeys from a shell (what `/concierge` does in Slack).

`sync` is for the hotel's PMS export job: after writing the new `guests:` of a
hotel folder, it plans at once what the workers' tick would plan within
fifteen minutes (moved stays, cancellations).
"""

from __future__ import annotations

import typer

from agent.runtime import Runtime
from core import journeys
from core.hotels import Hotel
from core.settings import load_settings

app = typer.Typer(help="Messages the hotel sends first: status, sync, pause, resume.", no_args_is_help=True)

HOTEL = typer.Option(None, "--hotel", help="hotel id (default: DEFAULT_HOTEL or the only hotel)")
REF = typer.Argument(..., help="a room number or a reservation code")


def _runtime() -> Runtime:
    runtime = Runtime(load_settings())
    runtime.db.migrate()
    return runtime


def _stay(rt: Runtime, hotel: Hotel, ref: str):
    stay = journeys.stay_for(hotel, ref)
    if stay is None:
        typer.secho(f"no reservation {ref!r} in {hotel.id}'s export", fg=typer.colors.RED, err=True)
        raise typer.Exit(1)
    return stay


@app.command()
def status(ref: str = REF, hotel: str = HOTEL) -> None:
    """The guest's steps: upcoming with their hotel time, sent, skipped or cancelled with why."""
    rt = _runtime()
    found = rt.hotel(hotel)
    stay = _stay(rt, found, ref)
    with rt.db.session() as session:
        lines = journeys.journey_lines(session, found, stay.reservation)
    typer.echo(f"{stay.name} ({stay.reservation}, room {stay.room or '?'})")
    for line in lines or ["no steps planned yet (`concierge journeys sync`)"]:
        typer.echo(f"  {line}")


@app.command()
def sync() -> None:
    """Plan every hotel's journeys from the export now, and book what is due soon."""
    from jobs import context
    from jobs.journeys import book_due, current_hotels
    from jobs.journeys import sync as plan

    rt = _runtime()
    context.set_runtime(rt)
    for found in current_hotels(rt).values():
        plan(rt, found)
        typer.echo(f"{found.id}: {len(found.journeys.steps)} steps × {len(found.guests)} reservations planned")
    if rt.settings.redis_url:
        typer.echo(f"{book_due(rt)} steps due within the hour booked")


@app.command()
def pause(ref: str = REF, hotel: str = HOTEL, by: str = typer.Option("staff:cli", help="who pauses")) -> None:
    """Hold the guest's journey: due steps are skipped, saying who paused it, until `resume`."""
    rt = _runtime()
    found = rt.hotel(hotel)
    stay = _stay(rt, found, ref)
    with rt.db.session() as session:
        changed = journeys.pause(session, found.id, stay.reservation, by)
    typer.echo(f"{stay.reservation}: " + ("paused" if changed else "was already paused"))


@app.command()
def resume(ref: str = REF, hotel: str = HOTEL, by: str = typer.Option("staff:cli", help="who resumes")) -> None:
    """Lift a staff pause (a guest's own opt-out is lifted only by the guest writing START)."""
    rt = _runtime()
    found = rt.hotel(hotel)
    stay = _stay(rt, found, ref)
    with rt.db.session() as session:
        changed = journeys.resume(session, found.id, stay.reservation, by)
    typer.echo(f"{stay.reservation}: " + ("resumed" if changed else "was not paused"))
