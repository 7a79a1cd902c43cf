"""The one form every table of guests' words is written in: alternatives, case-insensitive, Chinese in either
script (core.translit.either_script)."""

from __future__ import annotations

import re

from core.translit import compiled


def rx(*parts: str) -> re.Pattern[str]:
    return compiled("|".join(f"(?:{p})" for p in parts), re.IGNORECASE)
