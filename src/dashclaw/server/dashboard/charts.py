"""Chart geometry for server-rendered SVG (pure): no chart library, no script, nothing for the CSP to allow."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

WIDTH = 480
HEIGHT = 120
AXIS_LABELS = 6


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    css_class: str
    title: str


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    bars: list[Bar]
    peak: int
    ticks: list[tuple[float, str]]  # (x, label) under the bars
    series: list[tuple[str, str, int]]  # (name, css class, total) for the legend
    summary: str  # what a screen reader hears

    @property
    def empty(self) -> bool:
        return self.peak == 0


def stacked_bars(starts: list[str], series: dict[str, list[int]], bucket_label: str, what: str) -> Chart:
    """Bars for equal periods starting at `starts` (ISO), one stacked segment per series (in its order)."""
    count = max(len(starts), 1)
    slot = WIDTH / count
    totals = [sum(values[index] for values in series.values()) for index in range(len(starts))]
    peak = max(totals, default=0)
    scale = (HEIGHT - 4) / peak if peak else 0
    bars = []
    for index, start in enumerate(starts):
        top = HEIGHT
        for name, values in series.items():
            value = values[index]
            if not value:
                continue
            height = max(value * scale, 1.5)
            top -= height
            bars.append(Bar(
                x=round(index * slot + slot * 0.12, 2), y=round(top, 2), width=round(slot * 0.76, 2),
                height=round(height, 2), css_class=f"series-{name.replace('_', '-')}",
                title=f"{value} {name.replace('_', ' ')} · {_stamp(start, bucket_label)}",
            ))
    every = max(1, count // AXIS_LABELS)
    ticks = [(round(index * slot + 1, 2), _stamp(start, bucket_label)) for index, start in enumerate(starts)
             if index % every == 0]
    legend = [(name.replace("_", " "), f"series-{name.replace('_', '-')}", sum(values)) for name, values in series.items()]
    total = sum(totals)
    summary = f"{total} {what}, at most {peak} in one period" if total else f"No {what} in this period"
    return Chart(WIDTH, HEIGHT, bars, peak, ticks, legend, summary)


def daily_bars(rows: list[dict[str, Any]], fields: dict[str, str], days: int, today: date, what: str) -> Chart:
    """Bars for the `days` days up to `today` from per-day rows (`{"date": "YYYY-MM-DD", field: n, ...}`), one
    series per `fields` item (series name -> row field); a day without a row is zero."""
    starts = [(today - timedelta(days=back)).isoformat() for back in range(days - 1, -1, -1)]
    by_day = {row["date"]: row for row in rows}
    series = {name: [by_day.get(day, {}).get(field, 0) for day in starts] for name, field in fields.items()}
    return stacked_bars(starts, series, "day", what)


def _stamp(start: str, bucket_label: str) -> str:
    moment = datetime.fromisoformat(start.replace("Z", "+00:00"))
    return moment.strftime({"hour": "%H:%M", "day": "%b %d"}.get(bucket_label, "%a %H:%M"))
