"""`concierge kb search|index|export|import|check|translate|apply-translations`: let hotel staff see what the
concierge finds, move the KB in and out, and see, draft and apply the answers missing in a guest language.

Staff tuning their KB need the scores and the confidence threshold the
concierge uses, so a weak entry can be reworded or a missing one added. What
they search is the live KB (kb.yaml with the changes made in the console);
`export` writes it as a kb.yaml, `import` makes a kb.yaml the live KB, versioned
like an edit and in service on every process without a restart.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

import typer
import yaml

from core.hotels import Hotel, HotelError, KBEntry, load_hotels, load_kb
from core.language import LanguageDetector
from core.settings import Settings, load_settings
from core.store.db import Database
from kb import live, translations

if TYPE_CHECKING:   # the models load for the commands that search, not for every `concierge` command
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
    from kb.embedders import make_embedder
    from kb.search import KnowledgeBase
    from skills.service_entries import with_service_entries

    settings = load_settings()
    hotel = _hotel(name, settings.hotels_dir)
    try:
        embedder = make_embedder(settings.embedder)
    except ValueError as exc:
        typer.secho(f"EMBEDDER: {exc}", fg=typer.colors.RED, err=True)
        raise typer.Exit(1) from None
    knowledge = live.LiveKnowledge(Database(settings.database_url), {hotel.id: hotel}, swap=lambda *_: None,
                                   build=lambda h: KnowledgeBase.build(with_service_entries(h), embedder,
                                                                       settings.embedding_cache_dir,
                                                                       progress=progress,
                                                                       min_score=settings.kb_min_score))
    return knowledge.load(hotel.id)[1]


@app.command()
def search(hotel: str = typer.Argument(..., help=HOTEL_HELP),
           query: str = typer.Argument(..., help="a guest's question, in any language"),
           k: int = typer.Option(5, "--k", min=1, help="how many entries to show")) -> None:
    """Show the entries closest to QUERY with their scores, and whether the concierge would answer from them."""
    kb = _build(hotel, progress=False)
    hits = kb.search(query, k=k)
    for hit in hits:
        typer.echo(f"{hit.score:6.3f}  {hit.entry.id:<28} {hit.matched}")
    # A question in another language may be answered just under the bar (kb.search): judge it as the guest's.
    served = _hotel(hotel, load_settings().hotels_dir)
    language = LanguageDetector(tuple(served.languages)).detect(query, default=served.default_language)
    verdict = "would answer from" if kb.confident(hits, language, query) else "would NOT answer from"
    typer.echo(f"threshold {kb.min_score:.2f} ({kb.embedder.name}, {language}): the concierge {verdict} the KB")


@app.command()
def index(hotel: str = typer.Argument(..., help=HOTEL_HELP)) -> None:
    """Embed the hotel's KB into the cache now, so the first guest does not wait for it."""
    start = time.perf_counter()
    kb = _build(hotel, progress=True)
    typer.echo(f"{len(kb)} entries, {len(kb.texts)} documents indexed with {kb.embedder.name} "
               f"in {time.perf_counter() - start:.1f} s")


@app.command("export")
def export(hotel: str = typer.Argument(..., help=HOTEL_HELP),
           out: Path = typer.Option(None, "--out", help="file to write (default: standard output)")) -> None:
    """Write the live KB (kb.yaml with the console's changes) as a kb.yaml."""
    settings = load_settings()
    found = _hotel(hotel, settings.hotels_dir)
    database = Database(settings.database_url)
    database.migrate()
    with database.session() as session:
        text = live.export_yaml(live.current_entries(session, found))
    if out is None:
        typer.echo(text, nl=False)
    else:
        out.write_text(text, encoding="utf-8")
        typer.echo(f"wrote {out}")


@app.command("import")
def import_(hotel: str = typer.Argument(..., help=HOTEL_HELP),
            file: Path = typer.Argument(..., help="a kb.yaml: becomes the live KB (absent entries are retired)"),
            author: str = typer.Option("cli", help="who made the change, for the history")) -> None:
    """Make FILE the live KB, versioned like an edit; running processes pick it up at their next turn."""
    settings = load_settings()
    found = _hotel(hotel, settings.hotels_dir)
    try:
        entries = load_kb(file)
    except HotelError as exc:
        typer.secho(str(exc), fg=typer.colors.RED, err=True)
        raise typer.Exit(1) from None
    database = Database(settings.database_url)
    database.migrate()
    with database.session() as session:
        counts = live.import_entries(session, found, entries, author)
        now = live.version(session, found.id)
    typer.echo(", ".join(f"{n} {what}" for what, n in counts.items()) + f"; KB version {now}")


def _live_entries(hotel: Hotel, settings: Settings) -> list[KBEntry]:
    database = Database(settings.database_url)
    database.migrate()
    with database.session() as session:
        return live.current_entries(session, hotel)


@app.command()
def check(hotel: str = typer.Argument(..., help=HOTEL_HELP),
          strict: bool = typer.Option(False, help="exit with status 1 when any translation is missing")) -> None:
    """List the entries whose answer has no translation, per language the hotel serves."""
    settings = load_settings()
    found = _hotel(hotel, settings.hotels_dir)
    entries = _live_entries(found, settings)
    gaps = translations.missing(entries, found.languages)
    for language, ids in gaps.items():
        typer.echo(f"{language}: {len(entries) - len(ids)}/{len(entries)} translated"
                   + (f"; missing: {', '.join(ids)}" if ids else ""))
    if strict and any(gaps.values()):
        raise typer.Exit(1)


@app.command()
def translate(hotel: str = typer.Argument(..., help=HOTEL_HELP),
              out: Path = typer.Option(..., "--out", help="the file of drafts to write, for staff to review"),
              language: list[str] = typer.Option(None, "--language", help="only these languages (repeatable)")) -> None:
    """Draft the missing translations with the configured LLM into a file staff review (never at answer time)."""
    settings = load_settings()
    if not settings.llm_model:
        typer.secho("LLM_MODEL is not set: translations are drafted by a model; staff can also write them "
                    "into kb.yaml by hand (see `concierge kb check`).", fg=typer.colors.RED, err=True)
        raise typer.Exit(1)
    found = _hotel(hotel, settings.hotels_dir)
    languages = [lang for lang in (language or found.languages) if lang in found.languages]
    from core.litellm_client import litellm

    llm = litellm()

    def complete(messages: list[dict[str, str]]) -> str:
        response = llm.completion(model=settings.llm_model, messages=messages, api_base=settings.llm_api_base,
                                  api_key=settings.llm_api_key, timeout=settings.llm_timeout_seconds,
                                  num_retries=settings.llm_max_retries, temperature=0)
        return response.choices[0].message.content or ""

    try:
        drafts, suspicious = translations.draft(_live_entries(found, settings), languages, complete)
    except Exception as exc:  # litellm maps every provider error to its own exception types
        typer.secho(f"the LLM failed: {type(exc).__name__}: {exc}", fg=typer.colors.RED, err=True)
        raise typer.Exit(1) from None
    header = ("# Machine-drafted translations of FAQ answers, for staff to review before they go into kb.yaml\n"
              "# (entry id -> language -> answer). Check every price and time"
              + (f"; these drafts' numbers differ from the English: {', '.join(suspicious)}" if suspicious else "")
              + ".\n")
    out.write_text(header + yaml.safe_dump(drafts, allow_unicode=True, sort_keys=True, width=100), encoding="utf-8")
    typer.echo(f"wrote {sum(len(v) for v in drafts.values())} drafts for {len(drafts)} entries to {out}"
               + (f"; check {len(suspicious)} whose numbers differ" if suspicious else ""))


@app.command("apply-translations")
def apply_translations(hotel: str = typer.Argument(..., help=HOTEL_HELP),
                       file: Path = typer.Argument(..., help="reviewed drafts from `kb translate` "
                                                             "(entry id -> language -> answer)"),
                       author: str = typer.Option("cli", help="who reviewed them, for the history")) -> None:
    """Write reviewed translations into the live KB, versioned like an edit; guests get them at their next turn."""
    settings = load_settings()
    found = _hotel(hotel, settings.hotels_dir)
    try:
        reviewed = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        typer.secho(f"{file}: {exc}", fg=typer.colors.RED, err=True)
        raise typer.Exit(1) from None
    if not isinstance(reviewed, dict) or not all(isinstance(v, dict) for v in reviewed.values()):
        typer.secho(f"{file}: expected entry id -> language -> answer, as `kb translate` writes",
                    fg=typer.colors.RED, err=True)
        raise typer.Exit(1)
    database = Database(settings.database_url)
    database.migrate()
    with database.session() as session:
        entries, skipped = translations.merged(live.current_entries(session, found), reviewed, found.languages)
        counts = live.import_entries(session, found, entries, author)
        now = live.version(session, found.id)
    typer.echo(f"{counts['edited']} entries updated; KB version {now}"
               + (f"; skipped (unknown entry, language not served, or empty): {', '.join(skipped)}" if skipped else ""))
