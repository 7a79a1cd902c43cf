"""The one form every table of guests' words is written in: alternatives, case-insensitive."""

from __future__ import annotations

import re


def rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts), re.IGNORECASE)
