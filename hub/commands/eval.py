"""`concierge eval export`: the conversations staff reviewed, as a questions file `shared/eval/score.py` runs.

A hotel grows its own regression set from real guests: every reply marked good
must stay as good, every reply marked bad must not come back.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import typer
import yaml

from agent.runtime import Runtime, UnknownHotel
from core.review import eval_items
from core.settings import load_settings

app = typer.Typer(help="The hotel's own evaluation set, from reviewed conversations.", no_args_is_help=True)

HEADER = """# {hotel}: guest messages whose replies staff reviewed in the console, exported {today}.
# Run it: python3 ../shared/eval/score.py THIS_FILE --url http://127.0.0.1:8000 --hotel {hotel}
# reviewed-good: the reply must keep its skills, KB entries and handoff decision;
# reviewed-bad: the same words must not come back (and the entry staff wrote must answer, where there is one).
"""


@app.command("export")
def export(hotel: str = typer.Option(None, help="hotel id (default: DEFAULT_HOTEL or the only hotel)"),
           out: Path = typer.Option(None, help="file to write (default: standard output)"),
           since: str = typer.Option(None, help="only reviews from this date on (YYYY-MM-DD)")) -> None:
    """Write the hotel's reviewed replies as a questions file in the shared/eval format."""
    runtime = Runtime(load_settings())
    try:
        found = runtime.hotel(hotel)
        start = dt.datetime.combine(dt.date.fromisoformat(since), dt.time(0), found.tz) if since else None
    except (UnknownHotel, ValueError) as exc:
        typer.secho(f"{exc}", fg=typer.colors.RED, err=True)
        raise typer.Exit(1) from None
    runtime.db.migrate()
    with runtime.db.session() as session:
        items = eval_items(session, found.id, start)
    text = HEADER.format(hotel=found.id, today=dt.date.today().isoformat()) + yaml.safe_dump(
        {"questions": items}, allow_unicode=True, sort_keys=False, width=120)
    if out is None:
        typer.echo(text, nl=False)
    else:
        out.write_text(text, encoding="utf-8")
        typer.echo(f"wrote {len(items)} reviewed replies to {out}", err=True)
