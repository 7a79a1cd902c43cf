"""The process-wide `Runtime` that job functions use.

RQ calls job functions by import path with JSON-able arguments, so a job cannot
be handed the runtime: `serve` installs it (embedded mode), a worker builds it
from settings on first use.
"""

from __future__ import annotations

import threading

from agent.runtime import Runtime
from core.settings import get_settings

_runtime: Runtime | None = None
_lock = threading.Lock()


def set_runtime(runtime: Runtime | None) -> None:
    global _runtime
    _runtime = runtime


def runtime() -> Runtime:
    global _runtime
    with _lock:
        if _runtime is None:
            _runtime = Runtime(get_settings())
        return _runtime
