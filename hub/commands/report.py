"""`concierge report --hotel ID --week 2026-W49`: the weekly report as one HTML file a manager can open anywhere."""

from __future__ import annotations

from pathlib import Path

import typer

from agent.runtime import Runtime, UnknownHotel
from core.settings import load_settings
from jobs import report as weekly


def report(hotel: str = typer.Option(None, help="hotel id (default: DEFAULT_HOTEL or the only hotel)"),
           week: str = typer.Option(..., help="ISO week, e.g. 2026-W49"),
           out: Path = typer.Option(None, help="file to write (default: report-HOTEL-WEEK.html here)")) -> None:
    """Write the week's figures against the week before, the biggest knowledge gaps and the worst-rated
    conversations into one self-contained HTML file (charts inline)."""
    runtime = Runtime(load_settings())
    try:
        found = runtime.hotel(hotel)
        weekly.week_bounds(week, found)
    except (UnknownHotel, ValueError) as exc:
        typer.secho(f"{exc}", fg=typer.colors.RED, err=True)
        raise typer.Exit(1) from None
    runtime.db.migrate()
    with runtime.db.session() as session:
        built = weekly.build(session, found, runtime.embedder, week)
    path = weekly.write(built, out or Path(f"report-{found.id}-{built.week}.html"))
    t = built.this
    typer.echo(f"wrote {path}: {t.conversations} conversations, {len(built.gaps)} gap groups, "
               f"{len(built.worst)} badly rated conversations")
