"""`concierge staff add EMAIL --hotel ID --role R`: a console account, with a one-time password to hand over."""

from __future__ import annotations

import typer
from sqlalchemy import select

from core.hotels import HotelError, load_hotels
from core.settings import load_settings
from core.store import Database, StaffAccount
from hub.console.auth import ROLES, create_account

app = typer.Typer(help="Staff accounts for the console (/console).", no_args_is_help=True)


def _database() -> Database:
    database = Database(load_settings().database_url)
    database.migrate()
    return database


@app.command()
def add(email: str = typer.Argument(..., help="the person's email (their sign-in name)"),
        hotel: str = typer.Option(..., "--hotel", help="hotel id they work for"),
        role: str = typer.Option("front_desk", "--role", help=" | ".join(ROLES))) -> None:
    """Create an account and print its one-time password (or give an existing account another hotel)."""
    settings = load_settings()
    try:
        hotels = load_hotels(settings.hotels_dir)
    except HotelError as exc:
        typer.secho(str(exc), fg=typer.colors.RED, err=True)
        raise typer.Exit(1) from None
    if hotel not in hotels:
        typer.secho(f"Unknown hotel {hotel!r}; known: {', '.join(hotels)}", fg=typer.colors.RED, err=True)
        raise typer.Exit(2)
    database = _database()
    try:
        with database.session() as session:
            account, password = create_account(session, email, hotel, role)
            email, hotels_of = account.email, list(account.hotels)
    except ValueError as exc:
        typer.secho(str(exc), fg=typer.colors.RED, err=True)
        raise typer.Exit(2) from None
    if password is None:
        typer.echo(f"{email} already has an account; hotels now: {', '.join(hotels_of)}; role {role}.")
        return
    typer.echo(f"Created {email} ({role}) for {hotel}.")
    typer.echo(f"One-time password: {password}")
    typer.echo(f"Sign in at {settings.public_base_url}/console/ and choose a new password. It is shown only once.")


@app.command("list")
def list_accounts() -> None:
    """Every console account: email, role, hotels."""
    with _database().session() as session:
        for account in session.scalars(select(StaffAccount).order_by(StaffAccount.email)):
            state = " (disabled)" if account.disabled else ""
            typer.echo(f"{account.email}\t{account.role}\t{', '.join(account.hotels)}{state}")
