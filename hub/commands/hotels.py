"""`concierge hotels check [DIR]`: validate hotel folders before a deployment."""

from __future__ import annotations

from pathlib import Path

import typer

from core.hotels import HotelError, load_hotels, unread_fields
from core.settings import load_settings

app = typer.Typer(help="Validate hotel folders.", no_args_is_help=True)


@app.command()
def check(directory: Path = typer.Argument(None, help="a hotel folder or a folder of hotels (default HOTELS_DIR)"),
          ) -> None:
    """Load every hotel folder and report what is wrong, naming file, entry and field."""
    directory = directory or load_settings().hotels_dir
    try:
        hotels = load_hotels(directory)
    except HotelError as exc:
        typer.secho(str(exc), fg=typer.colors.RED, err=True)
        raise typer.Exit(1) from None
    for hotel in hotels.values():
        typer.echo(f"ok  {hotel.id}: {hotel.name} — {len(hotel.rooms)} room types, {len(hotel.kb)} KB entries, "
                   f"languages {', '.join(hotel.languages)}, {len(hotel.journeys.steps)} journey steps")
        unread = unread_fields(hotel)
        if unread:
            typer.echo(f"    kept but read by no skill (guests hear of them only through the KB): {', '.join(unread)}")
        for step in hotel.journeys.steps:
            missing = [lang for lang in hotel.languages if lang not in step.message]
            if missing:
                typer.echo(f"    journeys.steps({step.id}): no message in {', '.join(missing)}: "
                           f"those guests get {step.text_in(missing[0], hotel.default_language)[0]}")
            if "whatsapp" in step.channels and step.whatsapp_template is None:
                typer.echo(f"    journeys.steps({step.id}): no whatsapp_template: a guest whose 24-hour window is "
                           f"closed gets it on the step's next channel, or not at all")
