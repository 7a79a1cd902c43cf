"""`concierge chat`: a conversation with the concierge in the terminal."""

from __future__ import annotations

import uuid

import typer

from agent.concierge import Concierge
from agent.runtime import Runtime, UnknownHotel
from core.messages import Channel, InboundMessage
from core.settings import Settings
from jobs import context
from jobs.effects import dispatch_outbox


def run_chat(settings: Settings, hotel_id: str | None, sender: str | None) -> None:
    runtime = Runtime(settings)
    runtime.db.migrate()
    context.set_runtime(runtime)
    try:
        hotel = runtime.hotel(hotel_id)
    except UnknownHotel:
        typer.secho(f"Unknown hotel {hotel_id!r}; known: {', '.join(runtime.hotels)}", fg=typer.colors.RED, err=True)
        raise typer.Exit(2) from None
    typer.echo(f"Loading {hotel.name}'s knowledge base…")
    runtime.warm()
    concierge = Concierge.for_runtime(runtime)
    session = "cli-" + uuid.uuid4().hex[:8]
    typer.secho(f"You are chatting with the concierge of {hotel.name}. Empty line or Ctrl-D to leave.",
                fg=typer.colors.CYAN)
    while True:
        try:
            text = input("you> ").strip()
        except (EOFError, KeyboardInterrupt):
            break
        if not text:
            break
        message = InboundMessage(hotel_id=hotel.id, channel=Channel.API, sender=sender or "",
                                 provider_id=f"cli-{uuid.uuid4().hex}", text=text)
        result = concierge.handle(message, address=session)
        dispatch_outbox(runtime, result.inbound_message_id)
        trace = result.trace
        used = ", ".join(s.name for s in trace.skills) or "no skill"
        typer.secho(f"  [{trace.brain} brain · {trace.language} · {used}"
                    + (f" · kb {', '.join(trace.kb[:3])}" if trace.kb else "")
                    + (" · handed to staff" if trace.handoff else "") + "]", fg=typer.colors.BRIGHT_BLACK)
        for reply in result.replies:
            typer.echo(f"concierge> {reply.text}")
            if reply.payment_url:
                typer.echo(f"           pay: {reply.payment_url}")
