"""Run an ASGI app on a free localhost port in a background thread, for the length of a test."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn


def free_port() -> int:
    return free_ports(1)[0]


def free_ports(count: int) -> list[int]:
    """Ports free now and distinct from each other: each is held while the next is chosen, so servers started one
    after another on them cannot be handed the same one (the OS may reuse a port released a moment ago)."""
    socks = [socket.socket() for _ in range(count)]
    try:
        for sock in socks:
            sock.bind(("127.0.0.1", 0))
        return [sock.getsockname()[1] for sock in socks]
    finally:
        for sock in socks:
            sock.close()


@contextmanager
def serve_in_thread(app, port: int | None = None) -> Iterator[str]:
    """Yields the base URL (`http://127.0.0.1:PORT`) while the server runs."""
    port = port or free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("fake server did not start")
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=5)


@contextmanager
def running(fake):
    """Serve a fake provider (an object with an ASGI `app`) and give it its `base` URL while it runs."""
    with serve_in_thread(fake.app) as base:
        fake.base = base
        yield fake
