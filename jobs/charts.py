"""Analytics charts drawn on the server as inline SVG (pygal): nothing fetched, fine in an e-mail or a file.

The console's Analytics page and the weekly report draw the same charts from
the same `Figures`, so they never disagree.
"""

from __future__ import annotations

import datetime as dt

import pygal
from pygal.style import Style

from core.analytics import Figures, Segment

STYLE = Style(background="white", plot_background="white", foreground="#222", foreground_strong="#111",
              foreground_subtle="#666", colors=("#1f6f8b", "#99a8b2", "#e6a157", "#5b8c5a", "#b5485d"),
              font_family="system-ui, sans-serif", label_font_size=12, major_label_font_size=12,
              legend_font_size=12, title_font_size=15, value_font_size=11)
# No tooltip script from pygal's CDN (`js`): the SVG must stand alone.
WEEKLY_AFTER_DAYS = 92
_COMMON = {"style": STYLE, "js": [], "disable_xml_declaration": True, "width": 640, "height": 300,
           "print_values": False, "legend_at_bottom": True, "truncate_legend": -1}


def _svg(chart: pygal.Graph) -> str:
    return chart.render(is_unicode=True)


def daily(figures: Figures) -> str:
    """Conversations per day; per ISO week when the period is longer than a quarter (a year is 52 bars)."""
    points = [(day, conversations) for day, conversations, _ in figures.daily]
    title = "Conversations per day"
    if len(points) > WEEKLY_AFTER_DAYS:
        weeks: dict[str, int] = {}
        for day, conversations in points:
            year, week, _ = dt.date.fromisoformat(day).isocalendar()
            weeks[f"{year}-W{week:02d}"] = weeks.get(f"{year}-W{week:02d}", 0) + conversations
        points, title = list(weeks.items()), "Conversations per week (a conversation over two days counts twice)"
    chart = pygal.Bar(title=title, show_legend=False, show_minor_x_labels=False,
                      x_labels_major_every=max(1, len(points) // 12), **_COMMON)
    chart.x_labels = [label[5:] for label, _ in points]
    chart.add("conversations", [n for _, n in points])
    return _svg(chart)


def segments(rows: list[Segment], title: str) -> str:
    """Conversations per channel or language, with how many of them needed no staff."""
    chart = pygal.HorizontalBar(title=title, **_COMMON)
    rows = rows[:8]
    chart.x_labels = [s.name for s in rows]
    chart.add("conversations", [s.conversations for s in rows])
    chart.add("answered without staff", [round(s.conversations * (s.automation_rate or 0)) for s in rows])
    return _svg(chart)


def weeks(this: Figures, previous: Figures) -> str:
    """The rates a manager watches, this period against the one before, in percent."""
    chart = pygal.Bar(title="This week against the previous", **_COMMON, range=(0, 100))
    names = ("automation_rate", "handoff_rate", "not_sure_rate", "csat", "conversion_rate")
    chart.x_labels = ["automated", "handed off", "not sure", "CSAT", "leads → paid"]
    chart.add("this week", [_percent(getattr(this, n)) for n in names])
    chart.add("previous week", [_percent(getattr(previous, n)) for n in names])
    return _svg(chart)


def _percent(value: float | None) -> float | None:
    return None if value is None else round(100 * value, 1)
