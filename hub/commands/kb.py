"""`concierge kb search HOTEL QUERY` and `concierge kb index HOTEL`: let hotel staff see what the concierge finds.

Staff tuning their kb.yaml need the scores and the confidence threshold the
concierge uses, so a weak entry can be reworded or a missing one added.
"""

from __future__ import annotations

import time
from pathlib import Path

import typer

from core.hotels import Hotel, HotelError, load_hotels
from core.settings import load_settings
from kb.embedders import make_embedder
from kb.search import KnowledgeBase

app = typer.Typer(help="Search and index a hotel's knowledge base.", no_args_is_help=True)

HOTEL_HELP = "a hotel id from HOTELS_DIR, or the path of a hotel folder"


def _hotel(name: str, hotels_dir: Path) -> Hotel:
    """A hotel folder given by path, else the hotel with that id under HOTELS_DIR."""
    try:
        if (Path(name) / "hotel.yaml").exists():
            return next(iter(load_hotels(Path(name)).values()))
        hotels = load_hotels(hotels_dir)
    except HotelError as exc:
        typer.secho(str(exc), fg=typer.colors.RED, err=True)
        raise typer.Exit(1) from None
    if name not in hotels:
        typer.secho(f"no hotel {name!r} in {hotels_dir} (hotels: {', '.join(hotels)})", fg=typer.colors.RED, err=True)
        raise typer.Exit(1)
    return hotels[name]


def _build(name: str, progress: bool) -> KnowledgeBase:
    """The knowledge base exactly as the running concierge builds it: same embedder, cache and threshold."""
    settings = load_settings()
    hotel = _hotel(name, settings.hotels_dir)
    try:
        embedder = make_embedder(settings.embedder)
    except ValueError as exc:
        typer.secho(f"EMBEDDER: {exc}", fg=typer.colors.RED, err=True)
        raise typer.Exit(1) from None
    return KnowledgeBase.build(hotel, embedder, settings.embedding_cache_dir, progress=progress,
                               min_score=settings.kb_min_score)


@app.command()
def search(hotel: str = typer.Argument(..., help=HOTEL_HELP),
           query: str = typer.Argument(..., help="a guest's question, in any language"),
           k: int = typer.Option(5, "--k", min=1, help="how many entries to show")) -> None:
    """Show the entries closest to QUERY with their scores, and whether the concierge would answer from them."""
    kb = _build(hotel, progress=False)
    hits = kb.search(query, k=k)
    for hit in hits:
        typer.echo(f"{hit.score:6.3f}  {hit.entry.id:<28} {hit.matched}")
    verdict = "would answer from" if kb.confident(hits) else "would NOT answer from"
    typer.echo(f"threshold {kb.min_score:.2f} ({kb.embedder.name}): the concierge {verdict} the KB")


@app.command()
def index(hotel: str = typer.Argument(..., help=HOTEL_HELP)) -> None:
    """Embed the hotel's KB into the cache now, so the first guest does not wait for it."""
    start = time.perf_counter()
    kb = _build(hotel, progress=True)
    typer.echo(f"{len(kb)} entries, {len(kb.texts)} documents indexed with {kb.embedder.name} "
               f"in {time.perf_counter() - start:.1f} s")
