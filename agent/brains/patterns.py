"""The one form every table of guests' words is written in: alternatives, case-insensitive, Chinese in either
script (core.translit.either_script)."""

from __future__ import annotations

import re

from core.translit import either_script


def rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{either_script(p)})" for p in parts), re.IGNORECASE)
